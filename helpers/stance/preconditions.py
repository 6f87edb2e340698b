"""Preconditions: a proposal named after "before"/"ahead of"/"as part of" waits on what the cue wants.

"demanded Ukraine cede more territory *before a ceasefire*" wants the land and makes the ceasefire
conditional; "security guarantees *must be in place before* a ceasefire" wants the guarantees (the subject of
the predicate) and makes the ceasefire conditional. :func:`helpers.stance.scope.cue_topics` asks these after
it has found a cue's topics; the topics marked ``via="precondition"`` are coded conditional.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit

__all__ = ["precondition", "waits_on_subject", "with_conditions", "listed_conditions"]

_PRECONDITION_WORDS = {"before", "ahead"}


def _precondition_word(doc, pos: int, lo: int) -> bool:
    """Is the topic at ``pos`` introduced by "before"/"ahead of"/"as part of"/", then" (up to four lower-case
    words between, not before ``lo``)?"""
    j, words = pos - 1, 0
    while j > lo and words <= 4:
        low = doc[j].lower_
        if low in _PRECONDITION_WORDS or low == "then" and doc[j - 1].text == ",":
            return True  # (", *then* talks": what comes after what the cue wants first)
        if low == "of" and j - 2 > lo and doc[j - 1].lower_ == "part" and doc[j - 2].lower_ == "as":
            return True
        if not (doc[j].is_alpha and doc[j].is_lower):
            return False
        j, words = j - 1, words + 1   # "before *a full and lasting* ceasefire", "ahead *of any direct* talks"
    return False


def precondition(ix: ArticleIndex, hit: CueHit, topics: list[TopicHit], found: list[TopicHit], *,
                 end: int) -> list[TopicHit]:
    """"demanded Ukraine cede more territory *before a ceasefire*", "wants Donetsk *as part of a ceasefire*":
    a support cue's demand is a precondition of the proposal after "before"/"ahead of"/"as part of" (before
    ``end``, where the cue's reach ends), so the holder's stance on that proposal is conditional. The topic may
    be the cue's only one, when the demand itself names no proposal ("wants the rest of Donetsk as part of a
    ceasefire deal")."""
    if hit.stance != "support" or not found:
        return []
    doc = ix.doc
    for t in topics:
        if t.start < hit.end or t.start >= end or (t is found[0] and t.start <= hit.end + 1):
            continue
        if t not in found and (t.start <= found[-1].start or any(t.topic == f.topic for f in found)):
            continue
        if any(f is not t and f.topic == t.topic and f.start < t.start for f in found):
            continue  # "pledged to send troops as part of a reassurance force": the same proposal, named again
        if _precondition_word(doc, t.start, hit.end):
            return [t._replace(via="precondition")]
    return []


def waits_on_subject(ix: ArticleIndex, hit: CueHit, found: list[TopicHit]) -> bool:
    """Is every topic of a predicate a speaker holds ("*must be in place*", "*had to come before*") named after
    "before"? Then what must come first is the predicate's subject (a proposal, or not: "the root causes must
    be settled first"), and the proposal after "before" waits on it."""
    return bool(found) and hit.kind == "adj" and hit.holder_mode in ("speaker", "speaker_only") \
        and all(t.start >= hit.end and _precondition_word(ix.doc, t.start, hit.start) for t in found)


def with_conditions(ix: ArticleIndex, j: int, topics: list[TopicHit], sent: Span) -> list[TopicHit]:
    """"the fighting must stop now*, with the line of contact as the starting point*": the condition terms a
    clause comes with, right after it."""
    doc = ix.doc
    k = j
    while k < min(sent.end, j + 3) and doc[k].lower_ not in {",", "with"}:
        k += 1  # "now", "at once"
    k += k < sent.end and doc[k].text == ","
    if k >= sent.end or doc[k].lower_ != "with":
        return []
    return [t for t in topics if t.polarity == "c" and k < t.start <= k + 4]


# words that open the list of what a condition is made of ("conditions for a ceasefire, *including* ...")
_LISTING = {"including", "namely", "notably", ":"}
_CONDITION_NOUNS = {"condition", "conditions", "precondition", "preconditions", "terms"}


def listed_conditions(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"Russia set out *conditions for* a ceasefire, *including* Ukraine's withdrawal from four regions": what the
    conditions are made of is wanted, and only the proposal they are set for is conditional."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        topics = found.get(idx) or []
        if h.dropped or h.stance != "conditional" or h.wanted_side or len(topics) < 2 \
                or not any(t.lower_ in _CONDITION_NOUNS for t in h.span):
            continue
        first = min(t.end for t in topics)
        link = next((j for j in range(first, min(first + 4, len(doc))) if doc[j].lower_ in _LISTING
                     or doc[j].lower_ == "such" and j + 1 < len(doc) and doc[j + 1].lower_ == "as"), None)
        if link is not None and any(t.start > link for t in topics):
            h.wanted_side = (link, "after")
