"""Topics a cue borrows from around it when its own clause names none.

* ``answer_to_last_sentence``: "Zelensky proposed a truce. *The Kremlin has not responded.*"
* ``apposition_topics``: "Ukraine would not join NATO*, a long-standing Kremlin demand*".
* ``question_topics``: "*Asked about a ceasefire*, Peskov said Moscow was not ready".
* ``summary_topics``: "... and renounce NATO *— conditions Kyiv rejects*".

Split from :mod:`helpers.stance.scope`, which tries them in :func:`~helpers.stance.scope.cue_topics`.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.grammar import BE_FORMS, SUMMARY_NOUNS
from helpers.stance.hits import CueHit

__all__ = ["answer_to_last_sentence", "apposition_topics", "question_topics", "summary_topics"]


# words that may stand between a cue and the end of its sentence ("has not responded *so far*")
_TRAILING = {"so", "far", "yet", "publicly", "immediately", "outright", "again", "too", "either", "firmly"}


# verbs that answer a proposal named just before in their own sentence ("..., and Trump urged Kyiv *to accept*.")
_ANSWERS = {"accept", "accepts", "accepted", "agree", "agrees", "agreed", "reject", "rejects", "rejected", "refuse",
            "refuses", "refused", "decline", "declines", "declined"}


def answer_to_last_sentence(ix: ArticleIndex, s: int, hit: CueHit) -> list[TopicHit]:
    """"Zelensky proposed a truce. *The Kremlin has not responded.*": a verb cue that ends its sentence with no
    object answers the last proposal named before it in its own sentence, else that of the sentence before (its
    last topic), in the same paragraph."""
    if hit.antecedent:
        return _antecedent(ix, s, hit)
    if hit.kind != "verb" or hit.nominal or hit.frame != "plain" or hit.segment >= 0:
        return []
    doc, sent = ix.doc, ix.sents[s]
    j = hit.end
    while j < sent.end and doc[j].lower_ in _TRAILING:
        j += 1
    if j >= sent.end or doc[j].text not in {".", "!"}:
        return []
    own = [t for t in ix.sentence_topics(sent)
           if t.end <= hit.start and t.polarity == "+" and not ix.put_aside(t.start)]
    subject = _passive_subject_end(ix, hit, sent)
    if subject is not None and not any(t.end == subject for t in own) \
            and doc[subject - 1].lower_ not in _REFERRING:
        return []  # "said that *Russia's stance could not be accepted*": what was refused is the subject named
    if own and hit.span[-1].lower_ in _ANSWERS and not any(doc[k].text in {";", ".", ":"}
                                                            for k in range(own[-1].end, hit.start)):
        return own[-1:]  # "Putin suggested talks in Istanbul, and Trump urged Kyiv *to accept*.": this sentence's
    if s == 0 or ix.sent_para[s - 1] != ix.sent_para[s]:  # proposal, when it has one
        return []
    prev = ix.sents[s - 1]
    before = [t for t in ix.sentence_topics(prev) if t.polarity != "-"]
    if not before:
        return []
    t = before[-1]
    return [TopicHit(t.start, t.end, t.topic, t.polarity, "previous_sentence", t.text)]


# subjects of a passive that point back to a proposal named before ("a truce was proposed, *which* was rejected")
_REFERRING = {"which", "that", "it", "this", "they", "these", "those", "one"}
_PASSIVE_AUX = BE_FORMS | {"has", "have", "had", "will", "would", "could", "can", "should", "must", "might", "may",
                           "not", "n't", "never", "also", "then", "now", "quickly", "flatly", "firmly", "promptly"}


def _passive_subject_end(ix: ArticleIndex, hit: CueHit, sent: Span) -> int | None:
    """Where the subject of a passive cue ends ("Russia's stance *could not be accepted*": after "stance"), or None
    when the cue is no passive participle right after a form of "be"."""
    doc = ix.doc
    j = hit.start
    while j > sent.start and doc[j - 1].lower_ in _PASSIVE_AUX:
        j -= 1
    if j == hit.start or not {doc[k].lower_ for k in range(j, hit.start)} & BE_FORMS:
        return None
    return j if j > sent.start and doc[j - 1].is_alpha else None


def _antecedent(ix: ArticleIndex, s: int, hit: CueHit) -> list[TopicHit]:
    """An ``antecedent`` cue ("Ukraine said yes; now *the ball was in* Russia's court") is about the last proposal
    named before it: in its own sentence, else in one of the two sentences before (a paragraph may be one
    sentence long)."""
    own = [t for t in ix.sentence_topics(ix.sents[s]) if t.end <= hit.start and t.polarity == "+"
           and not ix.put_aside(t.start)]
    if own:
        return own[-1:]
    for k in (s - 1, s - 2):
        before = [t for t in ix.sentence_topics(ix.sents[k]) if t.polarity == "+"] if k >= 0 else []
        if before:  # the sentence's first proposal: what it is about ("Kyiv accepted *the proposal* after eight
            t = before[0]  # hours of talks"), not the occasions after it
            return [TopicHit(t.start, t.end, t.topic, t.polarity, "previous_sentence", t.text)]
    return []


def apposition_topics(ix: ArticleIndex, hit: CueHit, sent: Span) -> list[TopicHit]:
    """"Ukraine would not join NATO*, a long-standing Kremlin demand*": a noun cue in an apposition after a comma names
    the proposal of the clause before it (its last term)."""
    doc = ix.doc
    k = hit.start - 1
    while k > sent.start and hit.start - k <= 5 and doc[k].text != ",":
        k -= 1
    if k <= sent.start or doc[k].text != "," or doc[k + 1].lower_ not in {"a", "an"}:
        return []
    before = [t for t in ix.sentence_topics(sent) if t.end <= k and t.via == "term"]
    return before[-1:]


_ASKED = {"asked", "questioned", "pressed"}


def question_topics(ix: ArticleIndex, hit: CueHit, sent: Span) -> list[TopicHit]:
    """"*Asked about a ceasefire*, Peskov said Moscow was not ready": an answer with no proposal of its own is
    about the one the question named (the opening phrase up to its comma)."""
    doc = ix.doc
    j = sent.start
    if j < sent.end and doc[j].lower_ == "when":
        j += 1
    if j >= sent.end or doc[j].lower_ not in _ASKED:
        return []
    comma = next((k for k in range(j + 1, min(sent.end, j + 25)) if doc[k].text == ","), None)
    if comma is None or hit.start <= comma:
        return []
    return [TopicHit(t.start, t.end, t.topic, t.polarity, "question", t.text)
            for t in ix.sentence_topics(sent) if j < t.start < comma]


def summary_topics(ix: ArticleIndex, hit: CueHit, topics: list[TopicHit], sent: Span) -> list[TopicHit]:
    """"The Kremlin insisted that Ukraine withdraw ... and renounce NATO *— conditions Kyiv rejects*": a cue after a
    dash and a noun summing up the list before it is about every proposal before the dash."""
    doc = ix.doc
    dash = next((k for k in range(hit.start - 1, max(sent.start, hit.start - 10) - 1, -1)
                 if doc[k].text in {"—", "–", ","}), None)  # (", *terms* Kyiv rejected as capitulation")
    if dash is None or dash + 1 >= hit.start:
        return []
    k = dash + 1
    if doc[k].lower_ in {"the", "these", "those", "such", "all", "a", "an"} and k + 1 < hit.start:
        k += 1
    if doc[k].lower_ not in SUMMARY_NOUNS:
        return []
    return [t for t in topics if sent.start <= t.start and t.end <= dash]
