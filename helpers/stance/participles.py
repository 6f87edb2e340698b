"""Participles right after a proposal: what is done to it, or only a description of it.

"Moscow wants sanctions *lifted*": the wish is for the participle (an objection), not for the sanctions.
"does not support unilateral sanctions *adopted* outside the UN": the participle describes the object of the
verb before it and states nobody's position.
A participle clause set off by a comma (", sidestepping ...", "Zelensky*, arriving for a summit,* said") is an
aside, not the cue's object (:func:`helpers.stance.scope.scope_after` and ``scope_before`` ask here).
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit, participle_with_agent

__all__ = ["wanted_undone", "participles_describing_objects", "participle_clause", "in_participle_aside", "gerund_list"]

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
                or participle_with_agent(h.span):
            continue
        for jdx, o in enumerate(hits[:idx]):
            if not o.dropped and o.verbal and o.frame != "modifier" and \
                    any(t.end == h.start and t.start >= o.end for t in found.get(jdx, [])):
                h.dropped = True
                found[idx] = []
                break


# -ing words after a comma that go on with the phrase before rather than open a clause of their own
_NOT_CLAUSES = {"including", "regarding", "concerning", "following", "starting", "beginning", "excluding",
                "according", "involving", "covering", "targeting", "notwithstanding", "during", "pending"}


def participle_clause(ix: ArticleIndex, j: int) -> bool:
    """Does a participle clause open at ``j`` after a comma (", ignoring ...", ", sidestepping ...")? Not a gerund
    that names a proposal (", giving up land"), nor "including"/"following" (nor, see the caller, the next item
    of a list of proposals: "surrendering territory, cutting its army and giving up ...")."""
    t = ix.doc[j]
    return t.is_lower and t.is_alpha and len(t) > 5 and t.lower_.endswith("ing") and t.lower_ not in _NOT_CLAUSES \
        and not ix.in_topic(j)


def in_participle_aside(ix: ArticleIndex, t: TopicHit, lo: int, hi: int) -> bool:
    """Is ``t`` inside an aside that a participle or "who" opens between commas ("Zelensky*, arriving for an EU
    summit,* called the sanctions a strong signal"; "Macron*, who hosted the meeting,* said ..."): where, when or
    who, not what the later cue judges?"""
    doc = ix.doc
    opener = next((j for j in range(t.start - 1, lo - 1, -1) if doc[j].text == ","), None)
    if opener is None or opener + 1 >= t.start:
        return False
    if doc[opener + 1].lower_ in {"who", "whom", "whose"}:  # closed by a comma before the main verb (", said"),
        # unless the aside itself says it (", who said a halt to the fighting, at sea and in the air, must begin")
        return not ix.markers_in("speech", opener + 1, t.start) \
            and any(doc[j].text == "," and (ix.markers_in("speech", j + 1, j + 2) or j + 1 in ix.cue_starts)
                    for j in range(t.end, hi))
    if not participle_clause(ix, opener + 1):
        return False
    return any(doc[j].text == "," for j in range(t.end, hi))


def gerund_list(ix: ArticleIndex, j: int, end: int) -> bool:
    """Is the -ing word at ``j`` an item of a list of gerunds ("ceding land, *shrinking* the army and dropping the NATO
    bid"): "and" with another -ing word follows before ``end``?"""
    doc = ix.doc
    return any(doc[k].lower_ == "and" and doc[k + 1].lower_.endswith("ing") for k in range(j + 1, min(end, j + 12) - 1))
