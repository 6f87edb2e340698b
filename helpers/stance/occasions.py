"""Occasions: a proposal named as when or where something happened, not as what a cue is about.

"ready to *send troops after* a ceasefire" (a time), "agree to *a prisoner swap* at the first direct talks",
"agree to swap prisoners *in* first direct talks" (a meeting as the occasion): the cue's object is its own,
and the proposal in the time or place phrase is no object of it. :func:`helpers.stance.scope.scope_after`
asks these for every topic after a cue.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import DETERMINERS, PREPOSITIONS

__all__ = ["AFTER_THE_FACT", "OCCASIONS", "own_object_at_occasion", "own_object_before_time"]

AFTER_THE_FACT = {"after", "following", "since", "amid"}
# a proposal named after one of these is the occasion of what is said, not its object ("would sign up, *at the
# talks*, only if ...")
OCCASIONS = {"at", "during", "after", "following", "since", "amid", "ahead", "before"}


def own_object_before_time(ix: ArticleIndex, lo: int, pos: int) -> bool:
    """Do the words between a cue (ending at ``lo``) and a topic at ``pos`` hold a verb and its object, the topic
    standing in a time phrase after them ("ready to *send troops after* a ceasefire")?"""
    doc = ix.doc
    k = pos - 1
    while k > lo and (doc[k].lower_ in {"a", "an", "the", "any", "its", "their", "first", "second", "third", "latest",
                                        "last", "next", "direct"}
                      or doc[k].text in {"-", "–"} or doc[k - 1].text in {"-", "–"} or ix.in_topic(k)):
        k -= 1  # "after *their first face-to-face* talks"
    if k <= lo or doc[k].lower_ not in AFTER_THE_FACT:
        return False
    j = lo
    if j + 1 < k and doc[j].lower_ == "on" and doc[j + 1].is_title:
        j += 2  # "agreed *on Friday* to exchange prisoners after ..."
    if j + 1 < k and doc[j].lower_ == "to" and doc[j + 1].is_lower:
        j += 1  # "... to *exchange* prisoners after ..."
    words = [doc[i] for i in range(j, k)]
    return len(words) >= 2 and all((w.is_alpha or w.like_num) and not ix.in_topic(w.i) for w in words) \
        and words[0].is_lower and words[0].lower_ not in PREPOSITIONS


_OCCASION_PREPOSITIONS = {"at", "during"}


def own_object_at_occasion(ix: ArticleIndex, lo: int, pos: int) -> bool:
    """Does the verb ending at ``lo`` take an object of its own (no proposal, no actor) before a topic at ``pos``
    that an "at"/"during" phrase introduces ("agree to *a prisoner swap* at the first direct talks")?"""
    doc = ix.doc
    k = pos - 1
    while k > lo and (ix.in_topic(k) or doc[k].is_alpha and doc[k].is_lower and doc[k].lower_ not in PREPOSITIONS):
        k -= 1  # "at *the first direct* talks", "at their first *face-to-face* talks"
    if k <= lo or not (doc[k].lower_ in _OCCASION_PREPOSITIONS
                       or doc[k].lower_ == "in" and doc[pos].lower_ in {"talks", "negotiations", "meeting", "summit"}
                       and doc[lo - 1].lower_.startswith("agree")):
        return False  # (and "agree to swap prisoners *in* their first direct talks", not "engage in talks")
    j = lo + 1 if doc[lo].lower_ in {"to", "on", "upon"} else lo
    words = [doc[i] for i in range(j, k)]
    return bool(words) and all((w.is_alpha or w.like_num or w.text in {"-", "–"})
                               and (w.lower_ not in PREPOSITIONS or w.lower_ == "of")  # "prisoners *of* war"
                               and not ix.in_topic(w.i) and ix.mention_covering(w.i) is None for w in words) \
        and any(w.is_alpha and w.lower_ not in DETERMINERS for w in words)
