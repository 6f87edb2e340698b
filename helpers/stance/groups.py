"""Whom a group or a document speaks for: "the two sides", "the statement said", "according to X".

Split from :mod:`helpers.stance.walks`, which calls these while walking back to a subject; they call back into it
(who speaks in the sentence they point to), so the import of ``walks`` is made on use.
"""

from __future__ import annotations

import bisect

from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import STATEMENT_NOUNS

__all__ = ["STATEMENT_NOUNS", "according_to", "statement_authors", "two_sides"]


def two_sides(ix: ArticleIndex, pos: int) -> tuple[str, ...]:
    """The two parties "the sides" at ``pos`` stand for: the last two countries or bodies of different sides named
    in the eight sentences before (talks "between Russia and Ukraine" are theirs, not their negotiators'), else the
    last two people of different sides in its sentence or the two before; outside quotations, leaving out the one
    who reports it; else nobody."""
    from helpers.stance import walks

    s = ix.sent_of(pos)
    verb = walks.speech_before(ix, pos, ix.sents[s].start) if s >= 0 else None
    reporter = set(walks.speaker_of(ix, verb)) if verb is not None else set()

    def named(back: int) -> list[str]:
        lo = ix.sents[max(0, s - back)].start if s >= 0 else 0
        span = ix.mentions[bisect.bisect_left(ix.mention_starts, lo):bisect.bisect_left(ix.mention_starts, pos)]
        found = [(m.start, m.actor_id) for m in span if ix.quote_at(m.start) < 0 and m.actor_id not in reporter]
        found += [(d.start, d.kb_id_) for d in ix.markers_in("demonym", lo, pos)  # "*Russian and Ukrainian*
                  if d.kb_id_ and ix.quote_at(d.start) < 0 and ix.mention_covering(d.start) is None]  # delegations"
        return [a for _, a in sorted(found)]
    for pool in ([a for a in named(8) if a not in ix.persons], named(2)):
        first = next((a for a in reversed(pool) if ix.sides.get(a)), None)
        second = next((a for a in reversed(pool) if ix.sides.get(a) and ix.sides.get(a) != ix.sides.get(first)), None)
        if first and second:
            return second, first
    return ()


def statement_authors(ix: ArticleIndex, j: int) -> tuple[str, ...]:
    """Who issued the statement named at ``j`` ("..., the statement reads"): the speaker of the last sentence
    before it, in its paragraph or the one before, that names a statement and has a speaker ("In a joint
    statement, the leaders of France, Germany and Italy said ..."); else nobody."""
    from helpers.stance import walks

    s = ix.sent_of(j)
    for k in range(s, max(-1, s - 4), -1):
        if ix.sent_para[k] < ix.sent_para[s] - 1:
            break
        sent = ix.sents[k]
        hi = j if k == s else sent.end
        if not any(ix.doc[i].lower_ in STATEMENT_NOUNS for i in range(sent.start, hi) if i != j):
            continue
        for verb in ix.markers_in("speech", sent.start, hi):
            if ix.quote_at(verb.start) < 0 and ix.doc[verb.start].lower_ != "according" \
                    and not any(ix.doc[i].lower_ in STATEMENT_NOUNS
                                for i in range(max(sent.start, verb.start - 3), verb.start)):
                who = walks.speaker_of(ix, verb)
                if who:
                    return who
        held = sorted((key[1], who) for key, who in ix.memo.items()  # "In a joint statement, Merz and Rutte
                      if key[0] == "holders" and sent.start <= key[1] < hi and who)  # *proposed* ...": its verb's
        if held:
            return held[0][1]
    return ()


def according_to(ix: ArticleIndex, j: int) -> tuple[str, ...]:
    """Who "according to" names at ``j``: a codebook actor or role ("according to *Umerov*"), a person for
    "him"/"her", the issuers of a statement ("according to *the statement*"); nobody for unnamed sources."""
    doc = ix.doc
    if (m := ix.mention_at_start.get(j)) is not None:
        return (m.actor_id,)
    if j < len(doc) and doc[j].lower_ in ("him", "her"):
        return (who,) if (who := ix.resolve_pronoun(j, "person")) else ()
    k = j + 1 if j < len(doc) and doc[j].lower_ == "the" else j
    return statement_authors(ix, k) if k < len(doc) and doc[k].lower_ in STATEMENT_NOUNS else ()
