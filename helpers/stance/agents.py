"""Agents of a passive found past its verb: after time and place phrases, or a capital standing for its government.

Split from :mod:`helpers.stance.holders`, whose ``passive`` rule tries them after the agent phrase right after
the verb ("backed *by Trump*").
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit
from helpers.stance.registry import Attribution
from helpers.stance.walks import coordinated_after

__all__ = ["late_agent", "placed_agent"]


def placed_agent(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"the draft had been *criticized in Kyiv and in European capitals*": a capital right after a passive verb
    stands for its government (the codebook's place names and metonyms)."""
    doc = ix.doc
    j, found = cue.end, []
    while j + 1 < sent.end and doc[j].lower_ == "in":
        k = j + 1
        if doc[k].lower_ == "the":
            k += 1
        m = ix.mention_at_start.get(k)
        if m is None or m.actor_id in ix.persons \
                or doc[m.start:m.end].text.lower().replace(" ", "_") == m.actor_id:
            break  # ("agreed *in Turkey*": a country by its own name is where, not who; a capital is who)
        found.append(m.actor_id)
        j = m.end
        if j + 1 < sent.end and doc[j].lower_ in {"and", ","} and doc[j + 1].lower_ == "in":
            j += 1
    return Attribution(tuple(dict.fromkeys(found))) if found else None


def late_agent(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"was backed *on Monday in Paris by France*": the agent after time and place phrases (no comma between)."""
    doc = ix.doc
    for k in range(cue.end, min(cue.end + 9, sent.end - 1)):
        if doc[k].text in {",", ";", ":"} or (doc[k].lower_ in {"and", "but", "which", "that"}):
            return None
        if doc[k].lower_ == "by":
            j = k + 1
            while j < sent.end and doc[j].lower_ in {"the", "both"}:
                j += 1
            m = ix.mention_at_start.get(j)
            return Attribution(tuple(dict.fromkeys(coordinated_after(ix, m, sent.end)[0]))) if m else None
    return None
