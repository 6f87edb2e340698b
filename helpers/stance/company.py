"""Who shares a clause's position, or holds none: people named "along with" the subject, "both sides" as an
object, unnamed others ("some partners", "many analysts"), a sentence-opening pronoun.

Small word tests on the article index that the subject walk (:mod:`helpers.stance.walks`) asks; kept apart so
that module stays about the walk itself.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import OFFICE_NOUNS

__all__ = ["OTHERS", "OTHERS_DETERMINERS", "in_company", "object_before", "opens_sentence"]

# unnamed others as a clause's subject: nobody the codebook names holds what they do
OTHERS = {"partners", "allies", "countries", "nations", "critics", "observers", "analysts", "experts", "sources",
          "others", "skeptics", "sceptics", "commentators"}
OTHERS_DETERMINERS = {"some", "many", "several", "other", "the", "most", "few", "various", "unnamed"}


def in_company(ix: ArticleIndex, start: int, lo: int) -> bool:
    """Is the mention at ``start`` in a phrase "along with / together with / alongside / like ..." (past the
    other names and "and" of its list)? Those named share the subject's position."""
    doc = ix.doc
    j = start - 1
    while j >= lo and (ix.mention_covering(j) is not None or doc[j].lower_ in {"and", ","}):
        j -= 1
    while j >= lo and (doc[j].lower_ in {"its", "his", "her", "their"} or doc[j].lower_ in OFFICE_NOUNS):
        j -= 1  # "through *its spokesman* Dmitry Peskov"
    if j >= lo and doc[j].lower_ in {"alongside", "like", "through"}:
        k = j - 1
    elif j - 1 >= lo and doc[j].lower_ == "with" and doc[j - 1].lower_ in {"along", "together"}:
        k = j - 2
    else:
        return False
    # right after the subject or the comma after it ("Merz, along with", not "speaking alongside")
    return k >= 0 and (doc[k].text == "," or ix.mention_covering(k) is not None)


def object_before(ix: ArticleIndex, j: int, lo: int) -> bool:
    """Is the phrase starting at ``j`` (past "the"/"two") the object of a verb before it ("urged *both sides* to
    agree")?"""
    k = j - 1
    while k >= lo and ix.doc[k].lower_ in {"the", "two", "both"}:
        k -= 1
    return k >= lo and ix.doc[k].is_alpha and ix.doc[k].is_lower \
        and ix.doc[k].lower_ not in {"that", "and", "but", "while", "as", "because", "when", "said", "says"}


def opens_sentence(ix: ArticleIndex, j: int) -> bool:
    """Is token ``j`` the first word of its sentence (past an opening quotation mark)?"""
    start = ix.sents[ix.sent_of(j)].start
    return j == start or (j == start + 1 and not ix.doc[start].is_alpha)
