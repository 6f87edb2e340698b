"""Participles right after a proposal: what is done to it, or only a description of it.

"Moscow wants sanctions *lifted*": the wish is for the participle (an objection), not for the sanctions.
"does not support unilateral sanctions *adopted* outside the UN": the participle describes the object of the
verb before it and states nobody's position.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit

__all__ = ["wanted_undone", "participles_describing_objects"]

# participles that undo a proposal ("sanctions *lifted*")
_UNDONE = {"lifted", "eased", "scrapped", "dropped", "relaxed", "loosened", "suspended", "removed", "withdrawn"}


def wanted_undone(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"Moscow *wants* sanctions *lifted*": what a verb wants done to its object is the participle right after it
    (an objection), not the object itself; the wish states no support of its own."""
    for idx, h in enumerate(hits):
        if h.dropped or h.kind != "verb" or h.frame == "modifier" or h.stance != "support" or not found.get(idx):
            continue
        ends = {t.end for t in found[idx] if t.start >= h.end}
        if any(not n.dropped and n.start in ends and len(n.span) == 1 and ix.doc[n.start].lower_ in _UNDONE
               for n in hits[idx + 1:]):
            h.dropped = True


def participles_describing_objects(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"does not support unilateral sanctions *adopted* outside the UN": a participle right after a proposal that an
    earlier verb of the clause takes as its object describes that object; it states nobody's position."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        if h.dropped or len(h.span) != 1 or not doc[h.start].lower_.endswith("ed") or h.frame == "modifier" \
                or (h.end < len(doc) and doc[h.end].lower_ == "by"):
            continue
        for jdx, o in enumerate(hits[:idx]):
            if not o.dropped and o.verbal and o.frame != "modifier" and \
                    any(t.end == h.start and t.start >= o.end for t in found.get(jdx, [])):
                h.dropped = True
                found[idx] = []
                break
