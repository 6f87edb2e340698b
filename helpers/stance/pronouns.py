"""Pronouns that go back to a subject: "*Trump* dropped *his* insistence", "*He* renewed ... But *he* said".

Helpers of :class:`helpers.stance.document.ArticleIndex`'s pronoun resolution, kept apart so that the index stays
small.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from helpers.stance.grammar import DAY_WORDS, OWN_POSITION_VERBS, PREPOSITIONS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from helpers.stance.document import ArticleIndex

__all__ = ["fits_gender", "of_the_pronoun_s_gender", "pronoun_subject_of", "subject_of_verb_before",
           "opens_with_unlisted_name"]

# a pronoun's gender, as the subject pronoun that names the same person ("his" -> "he")
_PRONOUN_GENDER = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she"}
# words that may open a sentence before its subject pronoun ("*But* he said")
_SENTENCE_OPENERS = {"but", "and", "yet", "still", "later", "then", "now", "so", "also", "however", ","}

# adverbs between a subject and its verb ("Putin *again* repeated his demand")
_SUBJECT_ADVERBS = {"also", "again", "then", "later", "now", "since", "once", "never", "still", "even", "soon"}


def subject_of_verb_before(ix: ArticleIndex, tok_i: int) -> str | None:
    """"*Trump* dropped *his* insistence": the person named as the subject of the verb right before the
    possessive owns it, not a person named later in a fronted clause ("After meeting Putin, Trump dropped his
    ..."). Adverbs may stand between subject and verb ("Putin *again* repeated his demand")."""
    doc, j = ix.doc, tok_i - 1
    if doc[j].lower_ not in OWN_POSITION_VERBS:
        return None
    k = j - 1
    while k > 0 and doc[k].is_lower and (doc[k].lower_.endswith("ly") or doc[k].lower_ in _SUBJECT_ADVERBS):
        k -= 1
    relative = k > 1 and doc[k].lower_ == "who" and doc[k - 1].text == ","
    if relative:
        k -= 2  # "... to Zelensky*, who* reiterated his call"
    m = ix.mention_at_end.get(k + 1)
    if m is None or m.actor_id not in ix.persons or ix.quote_at(m.start) >= 0 \
            or not relative and m.start > 0 and doc[m.start - 1].lower_ in PREPOSITIONS:
        return None
    return m.actor_id


def pronoun_subject_of(ix: ArticleIndex, sent: Span, pos: int) -> int | None:
    """The subject pronoun of the same gender as the one at ``pos`` that opens ``sent`` (after a conjunction
    or adverb at most), unquoted and before anyone is named in it; else None."""
    gender = _PRONOUN_GENDER.get(ix.doc[pos].lower_)
    j = sent.start
    while j < sent.end - 1 and ix.doc[j].lower_ in _SENTENCE_OPENERS:
        j += 1
    if gender is None or ix.doc[j].lower_ != gender or ix.quote_at(j) >= 0 or j >= pos:
        return None
    return j


# capitalised words that open a sentence without being a name ("*The* talks", "*In* Kyiv")
_NOT_NAMES = {"the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "for", "from", "with", "as", "it",
              "he", "she", "they", "this", "that", "these", "those", "his", "her", "their", "its", "asked", "speaking",
              "while", "when", "if", "since", "during", "mr", "mrs", "ms", "dr", "sir", "some", "many", "most"}


def opens_with_unlisted_name(ix: ArticleIndex, sent: Span) -> bool:
    """Does ``sent`` open with a person's name the codebook lacks ("*Jouni Partanen* of the Left Alliance welcomed
    ...")? Then a "he" or "she" in the next sentence is most likely that person, whom no row can name."""
    j = sent.start
    if j + 2 >= sent.end or ix.quote_at(j) >= 0:
        return False
    first, second, after = ix.doc[j], ix.doc[j + 1], ix.doc[j + 2]
    return first.is_title and second.is_title and first.is_alpha and second.is_alpha \
        and first.lower_ not in _NOT_NAMES and first.lower_ not in PREPOSITIONS \
        and not {first.lower_, second.lower_} & DAY_WORDS and ix.mention_covering(j) is None and ix.mention_covering(j + 1) is None \
        and (after.is_lower or after.text == ",")


# the gender a personal pronoun names ("she" is no man the codebook knows)
_GENDER_OF_PRONOUN = {**{p: {"he": "m", "she": "f"}[g] for p, g in _PRONOUN_GENDER.items()},
                      "himself": "m", "herself": "f"}


def fits_gender(ix: ArticleIndex, tok_i: int, who: str) -> bool:
    """Can the pronoun at ``tok_i`` name ``who`` ("she" no man, "he" no woman the codebook knows)?"""
    wanted = _GENDER_OF_PRONOUN.get(ix.doc[tok_i].lower_)
    return not wanted or ix.genders.get(who, wanted) == wanted


def of_the_pronoun_s_gender(ix: ArticleIndex, tok_i: int, who: str | None) -> str | None:
    """``who`` if the pronoun at ``tok_i`` can name them; else the last person of the pronoun's gender (or of none
    known) named in its sentence or the three before, outside quotations ("Trump ... The Greek MEP Papadaki ...
    *She* said": not Trump), or nobody."""
    if who is None or fits_gender(ix, tok_i, who):
        return who
    s = ix.sent_of(tok_i)
    lo = bisect.bisect_left(ix.mention_starts, ix.sents[max(0, s - 3)].start)
    hi = bisect.bisect_left(ix.mention_starts, tok_i)
    for m in reversed(ix.mentions[lo:hi]):
        if m.actor_id in ix.persons and ix.quote_at(m.start) < 0 and fits_gender(ix, tok_i, m.actor_id):
            return m.actor_id
    return None
