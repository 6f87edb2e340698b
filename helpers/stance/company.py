"""Who shares a clause's position, or holds none: people named "along with" the subject, "both sides" as an
object, unnamed others ("some partners", "many analysts"), a sentence-opening pronoun.

Small word tests on the article index that the subject walk (:mod:`helpers.stance.walks`) asks; kept apart so
that module stays about the walk itself.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex, Mention
from helpers.stance.grammar import (A_GROUP_OF, CONJUNCT_GLUE, COORDINATORS, DOCUMENT_NOUNS, GROUP_HEADS,
                                    ISSUING_VERBS, OFFICE_NOUNS, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS)

__all__ = ["OTHERS", "OTHERS_DETERMINERS", "coordinated_after", "in_company", "members_after", "object_before",
           "opens_sentence", "issues_a_document", "group_of", "possessor_of", "companions_after"]

# unnamed others as a clause's subject: nobody the codebook names holds what they do
OTHERS = {"partners", "allies", "countries", "nations", "critics", "observers", "analysts", "experts", "sources",
          "others", "skeptics", "sceptics", "commentators"}
OTHERS_DETERMINERS = {"some", "many", "several", "other", "the", "most", "few", "various", "unnamed"}


# words of "the heads of the EU institutions", "the heads of government of" in a list of company
_HEADS_OF = {"the", "heads", "head", "leaders", "chiefs", "of", "institutions", "government", "governments", "state"}


def in_company(ix: ArticleIndex, start: int, lo: int) -> bool:
    """Is the mention at ``start`` in a phrase "along with / together with / joined by / alongside / like ..." (past the
    other names and "and" of its list)? Those named share the subject's position."""
    doc = ix.doc
    j = start - 1
    last = start  # the last name of the list passed: titles reach a few words before it
    while j >= lo and (ix.mention_covering(j) is not None or doc[j].lower_ in {"and", ",", "'s", "’s"}
                       or last - j <= 8 and (doc[j].is_title or doc[j].lower_ in _HEADS_OF)):
        if ix.mention_covering(j) is not None:
            last = j
        j -= 1  # past the list, with its possessors ("including *France's* Emmanuel Macron and *Britain's* ...")
        # and titles ("together with *the heads of the* EU institutions and NATO *Secretary General* Mark Rutte")
    while j >= lo and (doc[j].lower_ in {"its", "his", "her", "their"} or doc[j].lower_ in OFFICE_NOUNS):
        j -= 1  # "through *its spokesman* Dmitry Peskov"
    if j >= lo and doc[j].lower_ == "including":
        return _group_subject_before(ix, j - 1)  # "European leaders, *including* Macron and Starmer, backed"
    if j - 1 >= lo and doc[j].lower_ == "them" and doc[j - 1].lower_ == "among":
        return _group_subject_before(ix, j - 2)  # "European leaders, *among them* Macron and Merz, said"
    if j >= lo and doc[j].lower_ in {"alongside", "like", "through"}:
        k = j - 1
    elif j - 1 >= lo and (doc[j].lower_ == "with" and doc[j - 1].lower_ in {"along", "together"}
                          or doc[j].lower_ == "by" and doc[j - 1].lower_ == "joined"):  # "Merz, *joined by* Rutte,"
        k = j - 2
    else:
        return False
    # right after the subject or the comma after it ("Merz, along with", not "speaking alongside")
    return k >= 0 and (doc[k].text == "," or ix.mention_covering(k) is not None)


def _group_subject_before(ix: ArticleIndex, comma: int) -> bool:
    """Does a group that opens its clause end at the comma before "including" ("*European leaders*, including")?
    Only then are the names after it the group's members that share its position, not a list of the met."""
    doc = ix.doc
    lo = ix.sents[ix.sent_of(comma)].start
    head = comma - 1 if doc[comma].text == "," else comma  # (or right before it: "*leaders* including Macron")
    if head < lo or doc[head].lower_ not in GROUP_HEADS | OTHERS:
        return False
    j = head - 1
    while j >= lo and j >= comma - 7 and (ix.mention_covering(j) is not None or doc[j].lower_ in OTHERS_DETERMINERS
                                          or doc[j].is_title or doc[j].lower_ in {"other", "fellow", "western"}
                                          or doc[j].lower_ in {"a", "group", "of", "number"}):  # "a group of
        j -= 1
    return j < lo or doc[j].lower_ in {"that", "and", "but", "while", "as", ",", "“", '"'}


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


def issues_a_document(ix: ArticleIndex, lo: int, hi: int) -> bool:
    """Does the clause from ``lo`` to ``hi`` issue a document ("... *issued a joint statement*.")? A sentence-opening
    "it" after it is that document, which speaks for whoever issued it."""
    doc = ix.doc
    return any(doc[k].lower_ in ISSUING_VERBS and any(doc[i].lower_ in DOCUMENT_NOUNS
                                                      for i in range(k + 1, min(k + 4, hi))) for k in range(lo, hi))


def group_of(ix: ArticleIndex, opens: int, first: int) -> bool:
    """Does a sentence open with "the leaders of" right before its first actor ("*The leaders of* Germany and France
    issued ...")? Then the actors listed are its subject."""
    doc = ix.doc
    return first == opens + 3 and doc[opens].lower_ == "the" and doc[opens + 1].lower_ in GROUP_HEADS \
        and doc[opens + 2].lower_ == "of"


def possessor_of(ix: ArticleIndex, pos: int) -> tuple[str, ...]:
    """Whose the noun at ``pos`` is: the actor named right before its "'s" ("*Kyiv's* position"), or what a
    possessive pronoun right before it refers to ("*his* view"); else ()."""
    doc = ix.doc
    if pos >= 2 and doc[pos - 1].lower_ in POSSESSIVE_MARKS and (m := ix.mention_at_end.get(pos - 1)) is not None:
        return (m.actor_id,)
    if pos >= 1 and doc[pos - 1].lower_ in POSSESSIVE_PRONOUNS:
        who = ix.resolve_possessive(pos - 1, POSSESSIVE_PRONOUNS[doc[pos - 1].lower_])
        return (who,) if who else ()
    return ()


def coordinated_after(ix: ArticleIndex, m: Mention, hi: int) -> tuple[list[str], int]:
    """``m`` and the actors coordinated after it ("Kyiv and its Western partners"), and where they end."""
    out = [m.actor_id]
    j = m.end
    doc = ix.doc
    while j < hi and doc[j].lower_ in COORDINATORS:
        k = j + 1
        k += doc[j].text == "," and k < hi and doc[k].lower_ in {"and", "or"}  # the serial comma: "Paris*, and* Berlin"
        while k < hi and (doc[k].lower_ in CONJUNCT_GLUE or doc[k].lower_ in A_GROUP_OF) and k - j <= 4:
            k += 1
        nxt = ix.mention_at_start.get(k)
        if nxt is None:
            break
        after = doc[nxt.end] if nxt.end < len(doc) else None
        if doc[j].text == "," and after is not None and after.is_alpha and after.is_lower \
                and after.lower_ not in {"and", "or"}:
            break  # "provided by the Europeans, *Trump said*": a new clause, not a list
        if doc[j].text == "," and after is not None and after.lower_ in {"'s", "’s"} and m.actor_id in ix.persons:
            break  # "Vaidas Kairys*, Lithuania's* deputy foreign minister,": an apposition, not a list
        out.append(nxt.actor_id)
        j = nxt.end
    return out, j


def members_after(ix: ArticleIndex, m: Mention, pos: int) -> list[str]:
    """"*Merz and a group of European leaders including France's Emmanuel Macron and Britain's Keir Starmer*,
    ... proposed": a subject's group and the members it names after "including" (not their possessors)."""
    doc = ix.doc
    after, end = coordinated_after(ix, m, pos)
    if len(after) < 2 or end >= pos or doc[end].lower_ != "including":
        return after[1:]
    members, k = [], end + 1
    while k < pos and ((n := ix.mention_at_start.get(k)) is not None or doc[k].lower_ in {"and", "'s", "’s"}):
        if n is not None:
            if not (n.end < len(doc) and doc[n.end].lower_ in POSSESSIVE_MARKS):
                members.append(n.actor_id)
            k = n.end
        else:
            k += 1
    return after[1:] + members


# a person who went somewhere or stood "with" others: "they" in the next sentence is all of them
_WITH = {"with", "alongside"}
_NOT_COMPANY = {"that", "said", "says", "told", "asked", "urged", "discussed", "talks", "talked", "spoke", "call",
                "phone", "by"}


def companions_after(ix: ArticleIndex, end: int, hi: int) -> list[str]:
    """The people named after "with" or "alongside" in the clause after a subject that ends at ``end`` ("Starmer
    travelled to Kyiv *with France's Emmanuel Macron, Germany's Friedrich Merz and Poland's Donald Tusk*"), not
    their possessors; none when the clause reports talk ("spoke with", "said that") before the list."""
    doc = ix.doc
    w = next((k for k in range(end, min(end + 9, hi)) if doc[k].lower_ in _WITH), None)
    if w is None or any(doc[k].text in {",", ";", ":"} or doc[k].lower_ in _NOT_COMPANY for k in range(end, w)):
        return []
    out, k = [], w + 1
    while k < hi:
        n = ix.mention_at_start.get(k)
        if n is not None:
            if not (n.end < hi and doc[n.end].lower_ in POSSESSIVE_MARKS) and n.actor_id in ix.persons:
                out.append(n.actor_id)
            k = n.end
        elif doc[k].lower_ in {"and", ",", "'s", "’s"} or (doc[k].is_alpha and any(
                ix.mention_at_start.get(i) is not None for i in range(k + 1, min(k + 4, hi)))):
            k += 1  # "Germany's *new chancellor* Friedrich Merz"
        else:
            break
    return out
