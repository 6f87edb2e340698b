"""Positions taken over from their possessor: "Merz backed *Trump's view that* the fighting must stop".

A possessed position noun followed by "that" ("Trump's view that", "Moscow's
argument that") is a speech marker in ``stance_cues.yaml``: the clause is the
possessor's position. Whoever backs, repeats or shares that position
("backed", "echoed", "repeated") holds what the clause says as well, with the
same stance; a rejection ("rejected Kyiv's insistence that ...") is a cue of
its own and needs nothing here.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.company import possessor_of
from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import POSITION_NOUNS, POSSESSIVE_MARKS
from helpers.stance.hits import CueHit
from helpers.stance.registry import rule
from helpers.stance.walks import nearest_subject, speaker_of

__all__ = ["SHARING_VERBS", "apply_shared_positions", "shared_position"]

# verbs whose subject takes a possessed position over as its own ("Lavrov *repeated* Moscow's argument that")
SHARING_VERBS = frozenset({
    "back", "backs", "backed", "support", "supports", "supported", "share", "shares", "shared",
    "echo", "echoes", "echoed", "endorse", "endorses", "endorsed", "second", "seconded", "repeated",
    "reiterated", "restated", "welcomed", "embraced", "adopted", "accepted",
})


@rule("shared_position")
def shared_position(row: dict, holder: str) -> dict:
    """A copy of the possessor's ``row`` held by whoever backs the possessed position."""
    return {**row, "actor_id": holder, "rule": "shared_position"}


def _sharers(ix: ArticleIndex, hits: list[CueHit], k: int) -> tuple[str, ...]:
    """Who holds the sharing verb at token ``k``: its cue's holders, or the speaker of a speech verb there."""
    held = next((h.holders for h in hits if h.start <= k < h.end and not h.dropped), ())
    if held:
        return held
    verb = next((v for v in ix.markers_in("speech", k, k + 1) if v.start == k), None)
    if verb is not None:
        return speaker_of(ix, verb)
    s = ix.sent_of(k)  # "they firmly *back* Trump's view": no cue there (no proposal follows), its subject
    found = nearest_subject(ix, k, ix.sents[s].start, seg=-1) if s >= 0 else None
    return found[0] if found else ()


def apply_shared_positions(ix: ArticleIndex, hits: list[CueHit], rows: list[dict], sent: Span) -> list[dict]:
    """``rows`` plus, for each "X backed Y's view that ...", Y's rows from that clause held by X."""
    doc = ix.doc
    extra: list[dict] = []
    for m in ix.markers_in("speech", sent.start, sent.end):
        if m.end - m.start != 2 or doc[m.start].lower_ not in POSITION_NOUNS or doc[m.start + 1].lower_ != "that":
            continue
        owner = possessor_of(ix, m.start)
        if not owner:
            continue
        k = m.start - 2  # the word before "his view that"
        if doc[m.start - 1].lower_ in POSSESSIVE_MARKS:
            k = ix.mention_at_end[m.start - 1].start - 1  # the word before "Trump's view that"
        if k < sent.start or doc[k].lower_ not in SHARING_VERBS:
            continue
        held = [a for a in _sharers(ix, hits, k) if a and a not in owner]
        extra += [shared_position(r, a) for r in rows if r["actor_id"] in owner and r["_pos"] > m.start for a in held]
    return rows + extra
