"""Questions, which state nobody's position: reported yes/no questions and questions a speech verb reports.

"Would Canada accept sanctions relief before any withdrawal, the MP asked." and "Peskov did not say *when* talks
would resume" put a proposal in words without anyone taking a position on it; the coder drops the cues inside.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import POSSESSIVE_MARKS
from helpers.stance.hits import CueHit

__all__ = ["reported_yes_no_question", "indirect_questions", "owned_demand"]

_QUESTION_WORDS = {"when", "whether", "how", "why", "where", "if"}
_INVERTED_AUX = {"would", "will", "could", "can", "should", "shall", "does", "do", "did", "is", "are", "was", "were",
                 "has", "have", "must", "might"}
_ASKING = {"asked", "asks", "wondered", "wonders"}
_DENYING = {"not", "never", "n't"}
_PASSIVE_BE = {"been", "being", "be", "was", "were"}


def reported_yes_no_question(ix: ArticleIndex, sent: Span, last: int) -> bool:
    """Does the sentence open with an inverted auxiliary ("Would Canada accept ...") and end on the asking (", Kettering
    asked.")? A question put in reported form with its mark dropped, which states no position."""
    doc = ix.doc
    k = sent.start
    while k < last and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if doc[k].lower_ not in _INVERTED_AUX or not doc[k].is_title or k + 1 >= last or doc[k + 1].is_punct:
        return False
    comma = next((j for j in range(last - 1, k + 2, -1) if doc[j].text == ","), None)
    return comma is not None and any(doc[j].lower_ in _ASKING for j in range(comma + 1, min(comma + 6, last)))


def indirect_questions(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> None:
    """"Peskov did not say *when* talks would resume": a question a speech verb reports asserts nothing, nor does what
    a speaker is said not to have said; the cues of that clause are not coded."""
    doc = ix.doc
    for verb in ix.markers_in("speech", sent.start, sent.end):
        denied = any(doc[k].lower_ in _DENYING for k in range(max(sent.start, verb.start - 2), verb.start)) \
            and doc[verb.start - 1].lower_ not in _PASSIVE_BE  # ("had not *been told*": not informed, nothing unsaid)
        if verb.end >= sent.end or not (doc[verb.end].lower_ in _QUESTION_WORDS or denied):
            continue  # ("Zelensky *never said* Ukraine would reject a truce": what was not said is nobody's)
        end = next((k for k in range(verb.end, sent.end) if doc[k].text in {",", ";"}), sent.end)
        for h in hits:
            if verb.end < h.start < end and h.frame != "modifier":
                h.dropped = True


def owned_demand(ix: ArticleIndex, h: CueHit) -> bool:
    """Is ``h`` a noun cue owned by an actor ("accepting *Russia's territorial demands*?")? A question takes the
    demand as given: whose it is stays a position even where the question itself is nobody's."""
    if h.kind != "noun" and not h.nominal:
        return False
    doc = ix.doc
    j = h.start
    j = min([t.start for t in ix.topic_spans if t.start < j <= t.end] + [j])  # "Russia's *territorial* demands":
    # the proposal named before the noun, or a term that ends with it
    if j < 2 or doc[j - 1].lower_ not in POSSESSIVE_MARKS:
        return False
    return ix.mention_at_end.get(j - 1) is not None
