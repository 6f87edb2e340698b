"""``signatories``: the members a sentence names right after a group's joint statement hold its positions too.

"European leaders said in a joint statement that borders must not be changed by force. *The signatories
included* Macron, Merz and Starmer." The codebook codes the named holder, and coders code each named signatory
with the group's positions. The rows of the statement's sentence are repeated for every actor the next
sentence lists after "the signatories included" / "the statement was signed by"; the evidence is both
sentences.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex
from helpers.stance.registry import rule

__all__ = ["signatories", "apply_signatories"]

_OPENERS = ({"signatories", "signers", "signatory"}, {"included", "include", "includes", "were", "are", "was"})
_SIGNED = {"signed", "endorsed", "backed"}


def _listed_signers(ix: ArticleIndex, s: int) -> tuple[str, ...]:
    """The actors sentence ``s`` names as signatories of the statement before it, else ()."""
    doc, sent = ix.doc, ix.sents[s]
    words = [t.lower_ for t in doc[sent.start:min(sent.start + 8, sent.end)]]
    head = words[1:] if words and words[0] == "the" else words
    opens = len(head) >= 2 and head[0] in _OPENERS[0] and head[1] in _OPENERS[1]
    signed = any(w in _SIGNED for w in words) and "by" in words and words[0] in {"it", "the"}
    if not (opens or signed):
        return ()
    return tuple(dict.fromkeys(m.actor_id for m in ix.mentions if sent.start <= m.start < sent.end
                               and not (m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s"})))


@rule("signatories")
def signatories(row: dict, signer: str, evidence: str) -> dict:
    """A copy of a statement's ``row`` held by ``signer``, with both sentences as evidence."""
    return {**row, "actor_id": signer, "rule": "signatories", "evidence": evidence}


def apply_signatories(ix: ArticleIndex, rows: list[dict]) -> list[dict]:
    """``rows`` plus, for each sentence that lists signatories, the statement's rows for every signer."""
    by_sent: dict[int, list[dict]] = {}
    for r in rows:
        by_sent.setdefault(r["sent_id"], []).append(r)
    extra: list[dict] = []
    for s, stated in sorted(by_sent.items()):
        if s + 1 >= len(ix.sents) or ix.sent_para[s + 1] != ix.sent_para[s]:
            continue
        signers = _listed_signers(ix, s + 1)
        if not signers:
            continue
        have = {(r["actor_id"], r["topic"], r["stance"]) for r in stated}
        for r in stated:
            for who in signers:
                if (who, r["topic"], r["stance"]) not in have:
                    have.add((who, r["topic"], r["stance"]))
                    extra.append(signatories(r, who, f"{r['evidence']} | {ix.sents[s + 1].text.strip()}"))
    return rows + extra
