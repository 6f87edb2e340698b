"""A pronoun as a cue's object ("talk about pausing *it*", "turned *it* down", "Russia says *this* is
unacceptable"), resolved to the last topic named: the ``pronoun`` step of :func:`helpers.stance.scope.cue_topics`.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit

__all__ = ["pronoun_topic"]


# after "that", the subject of a clause it opens; after "it"/"this"/"that", a verb of which it is the subject
_CLAUSE_SUBJECT_OPENERS = {"he", "she", "they", "we", "i", "you", "it", "the", "a", "an", "his", "her", "its", "their",
                           "some", "any", "no", "all", "both", "around", "about", "there", "this", "these", "those"}
_FINITE_AFTER_SUBJECT = {"is", "was", "are", "were", "would", "will", "had", "has", "could", "can", "should", "might",
                         "must", "did", "does", "remained", "remains"}


def _opens_a_clause(doc, m: Span) -> bool:
    """Does the pronoun ``m`` open or head a clause rather than stand as an object ("that *he* had", "*it was*")?"""
    nxt = doc[m.end] if m.end < len(doc) else None
    return nxt is not None and (nxt.lower_ in _FINITE_AFTER_SUBJECT or m.text.lower() == "that" and (
        nxt.lower_ in _CLAUSE_SUBJECT_OPENERS or nxt.like_num or nxt.is_alpha and nxt.text[0].isupper()))


def pronoun_topic(ix: ArticleIndex, hit: CueHit, sent: Span) -> list[TopicHit]:
    """A topic pronoun ("it") within three words after the cue, or inside it ("turned *it* down"), resolved
    to the last topic named."""
    for m in ix.markers_in("topic_pronoun", hit.start + 1, min(hit.end + 3, sent.end)):
        if m.start < hit.end and m.end >= hit.end:
            continue  # the cue's own last word ("demanded *that*"), not an object inside it
        if m.text.lower() in ("this", "that") and m.start > hit.end + 1:
            continue  # "wants to drag *this* out": a demonstrative after another verb is that verb's object
        if _opens_a_clause(ix.doc, m) or ix.doc[m.start - 1].lower_ in _SUBORDINATORS:
            continue  # "confirmed *that he* had", "showed *it was* not", "*until it* stops": a subject, not an object
        if m.text.lower() in ("this", "that") and m.end < sent.end and _noun_after(ix.doc[m.end]):
            continue  # "rejected *that picture*": a determiner of another noun, not the proposal
        found = ix.resolve_topic(ix.all_topics, m.start)
        if found is not None:
            return [TopicHit(m.start, m.end, found.topic, found.polarity, "pronoun", m.text)]
    if hit.kind == "adj":  # "Russia says *this* is unacceptable": the pronoun is the evaluation's subject
        for m in ix.markers_in("topic_pronoun", max(sent.start, hit.start - 4), hit.start):
            if m.text.lower() == "it" and [t.lower_ for t in hit.span[-2:]] == ["up", "to"]:
                continue  # "*it* is now up to Moscow to answer": "it" stands for what follows, not a proposal
            if all(t.lower_ in _COPULAS for t in ix.doc[m.end:hit.start]):
                found = ix.resolve_topic(ix.all_topics, m.start)
                if found is not None:
                    return [TopicHit(m.start, m.end, found.topic, found.polarity, "pronoun", m.text)]
    return []


_SUBORDINATORS = {"until", "unless", "if", "once", "when", "because", "since", "while"}
_COPULAS = {"is", "was", "are", "were", "be", "been", "would", "will", "could", "remains", "remained", "seems", "not"}


def _noun_after(tok) -> bool:
    """Is ``tok`` (after "this"/"that") a noun it determines, not an adverb or a verb of a clause ("that outright",
    "that was")?"""
    low = tok.lower_
    return tok.is_alpha and tok.is_lower and low not in _COPULAS and low not in _CLAUSE_WORDS \
        and not low.endswith("ly") and low not in {"outright", "again", "too", "either", "now", "altogether", "out",
                                                   "down", "off", "aside", "in", "on", "as", "for", "at", "to"}


_CLAUSE_WORDS = {"has", "had", "have", "can", "should", "must", "might", "may", "does", "did", "would", "will"}
