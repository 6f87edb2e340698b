"""Verbs joined by "and": whose subject the second verb shares.

Helpers of the ``shared_subject`` holder rule in :mod:`helpers.stance.holders` and of the reach of a verb cue in
:mod:`helpers.stance.scope` (a second verb after "and" ends it), kept apart so those modules stay small.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpers.stance.grammar import DETERMINERS, IRREGULAR_PAST

if TYPE_CHECKING:
    from helpers.stance.document import ArticleIndex

__all__ = ["finite_verb_with_object", "past_form", "subject_of_first_verb"]


def past_form(word: str) -> bool:
    """A past tense or participle by its form ("ruled", "said", "met"): enough to pair two verbs of a sentence."""
    return word.endswith("ed") or word in IRREGULAR_PAST


def subject_of_first_verb(ix: ArticleIndex, lo: int, j: int) -> str | None:
    """The actor that opens the clause at ``lo`` as the subject of a past-tense verb (past an aside set off by
    commas), when another name stands between that verb and the "and" at ``j`` (the verb's object)."""
    doc = ix.doc
    m = ix.mention_at_start.get(lo)
    if m is None or m.end >= j:
        return None
    k = m.end
    if doc[k].text == ",":  # "Peskov*, speaking before the statement,* said"
        k = next((i + 1 for i in range(k + 1, min(j, k + 16)) if doc[i].text == ","), j)
    if k >= j or not (doc[k].is_lower and past_form(doc[k].lower_)):
        return None
    if not any(ix.mention_covering(i) is not None for i in range(k + 1, j)):
        return None
    return m.actor_id


def finite_verb_with_object(ix: ArticleIndex, k: int) -> bool:
    """Is token ``k`` a finite verb in -s or -ed (no proposal's word) followed by its object: a determiner or a
    capitalised name ("*hits Russian* oil giants", "*backed the* plan")?"""
    doc = ix.doc
    w, nxt = doc[k], doc[k + 1]
    verb_term = any(t.start == k and t.end - t.start >= 3 for t in ix.topic_spans)  # "*hits Russian oil* giants"
    return w.is_alpha and w.is_lower and w.lower_.endswith(("s", "ed")) and not w.lower_.endswith("ss") \
        and len(w) > 3 and (verb_term or not ix.in_topic(k)) \
        and (nxt.lower_ in DETERMINERS or nxt.is_title and not nxt.is_sent_start)
