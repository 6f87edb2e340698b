"""Where a candidate subject stands: inside a prepositional phrase ("talks *with Putin*"), in a list before a cue
("Britain, France *and Germany* backed ..."), after a possessor, counted after a speech verb, or in an aside.

Small tests the subject walk (:mod:`helpers.stance.walks`) asks of a mention before it takes it as a cue's
subject; split from that module so it stays about the walks themselves.
"""

from __future__ import annotations

from helpers.stance.company import coordinated_after
from helpers.stance.document import ArticleIndex, Mention
from helpers.stance.grammar import (AUXILIARIES, CONJUNCT_GLUE, COORDINATORS, COUNT_WORDS, DAY_WORDS,
                                    FRONTED_OPENERS, GROUP_HEADS, NP_GLUE, POSSESSIVE_MARKS, PREPOSITIONS,
                                    RELATIVE_PRONOUNS, STATE_GROUPS, SUBJECT_PRONOUNS, TITLE_HEADS, issued_by)
from helpers.stance.hits import demonym_ending_at

__all__ = ["between_names", "in_pp", "coordinated_before", "counted_after_speech", "relative_aside_start"]


def in_pp(ix: ArticleIndex, start: int, lo: int, *, before_cue: int | None = None) -> bool:
    """Is the noun phrase starting at ``start`` the object of a preposition?"""
    doc = ix.doc
    j = start - 1
    listed = _listed(ix, start)  # inside "A, B and C" a comma separates the items of one noun phrase
    while j >= lo:
        t = doc[j]
        low = t.lower_
        if low in {"and", "or"}:
            listed = True
        elif low == "," and listed and j - 1 >= lo and (j - 1) in ix.mention_tokens():
            if before_cue is not None and _verb_follows_list(ix, start, before_cue):
                return False  # "According to Peskov, *Moscow and Washington agreed*": the list is the subject
            j -= 1  # "including from Britain, France and the EU": the whole list is the object
            continue
        if low in PREPOSITIONS:
            if low == "by" and issued_by(doc, j, lo):  # "a statement issued *by* Canada and Japan said"
                return False
            if low == "of" and j - 1 >= lo and doc[j - 1].lower_ in GROUP_HEADS:
                # "the leaders *of Britain, France and Germany* demanded": they are the subject, unless the group is
                # someone's company ("went to Kyiv *with the leaders of* France and Germany")
                g = j - 2 if j - 2 >= lo and doc[j - 2].lower_ == "the" else j - 1
                return g - 1 >= lo and doc[g - 1].lower_ in {"with", "alongside"}
            if low in {"in", "from"} and j - 1 >= lo and doc[j - 1].lower_ in _PLACED_GROUPS \
                    and not (j - 2 >= lo and (ix.mention_covering(j - 2) is not None
                                              or demonym_ending_at(ix, j - 2) is not None)):
                return False  # "*officials in Washington* rejected", not "US officials in Kyiv": the place is theirs
            if low == "of" and j - 1 >= lo and doc[j - 1].is_title and doc[j - 1].lower_ in TITLE_HEADS \
                    and (m := ix.mention_at_start.get(start)) is not None and m.actor_id in ix.persons:
                return False  # "*President of Ukraine* Volodymyr Zelensky said": a title before the name
            if low in _CLAUSE_OPENERS and before_cue is not None and _verb_follows(ix, start, before_cue):
                return False  # "came *after the US* on Wednesday *imposed* sanctions": a clause's subject
            if low == "with" and before_cue is not None:
                m = ix.mention_at_start.get(start)
                nxt = doc[m.end] if m is not None and m.end < len(doc) else None
                if nxt is not None and nxt.lower_.endswith("ing"):
                    return False  # "with spokesperson Maria Zakharova warning of ..."
            return True
        if low in DAY_WORDS and j not in ix.mention_tokens():
            return False  # "claimed on *Sunday* Putin had accepted": a time phrase ends before the name
        if low in NP_GLUE or j in ix.mention_tokens() or t.is_title or t.is_upper:
            j -= 1
            continue
        return False
    return False


_PAST = ("ed", "went", "flew", "came", "met", "made", "gave", "took", "sent", "stood", "spoke", "told", "wrote")
_CLAUSE_OPENERS = {"after", "before", "since", "until", "despite"}
_PLACED_GROUPS = GROUP_HEADS | {"diplomats", "lawmakers", "policymakers", "authorities", "advisers", "advisors",
                                "aides", "planners", "mediators"}


def between_names(ix: ArticleIndex, i: int) -> bool:
    """Does token ``i`` (a comma) stand between two names ("France*,* Germany and Britain"), so it ends no clause or
    aside?"""
    return {i - 1, i + 1} <= ix.mention_tokens()


def _verb_follows_list(ix: ArticleIndex, start: int, cue: int) -> bool:
    """Does the cue at ``cue`` follow the actors coordinated from the mention at ``start`` (past auxiliaries)?"""
    m = ix.mention_at_start.get(start)
    if m is None:
        return False
    _, end = coordinated_after(ix, m, cue)
    while end < cue and ix.doc[end].lower_ in AUXILIARIES:
        end += 1
    return end == cue


def _verb_follows(ix: ArticleIndex, start: int, cue: int) -> bool:
    """Does the cue at ``cue`` come right after the mention at ``start`` (past auxiliaries and "on Monday")?"""
    m = ix.mention_at_start.get(start)
    if m is None:
        return False
    doc = ix.doc
    k = m.end
    if k + 1 < cue and doc[k].lower_ == "on" and doc[k + 1].is_title:
        k += 2
    if k + 1 < cue and doc[k].text == "," and doc[k + 1].lower_.endswith("ing"):  # "after Trump*, speaking in the
        k = next((j + 1 for j in range(k + 2, min(cue, k + 16)) if doc[j].text == ","), k)  # Oval Office,* declared"
    while k < cue and doc[k].lower_ in AUXILIARIES:
        k += 1
    if k < cue <= k + 15 and doc[cue - 1].lower_ == "to" and doc[k].is_alpha and doc[k].is_lower \
            and doc[k].lower_.endswith(_PAST) and doc[k].lower_ not in PREPOSITIONS \
            and not any(doc[i].text in {",", ";", ":"} and not between_names(ix, i) for i in range(k, cue)):
        return True  # "a week *after Starmer went* to Kyiv with ... *to call for*": the clause's verb, then its purpose
    return k == cue


def _listed(ix: ArticleIndex, start: int) -> bool:
    """Is the mention at ``start`` followed by more items of a list closed by "and"/"or" ("France, Germany and")?"""
    m = ix.mention_at_start.get(start)
    doc = ix.doc
    while m is not None and m.end < len(doc):
        nxt = doc[m.end].lower_
        if nxt in {"and", "or"}:
            return True
        if nxt != ",":
            return False
        if m.end + 1 < len(doc) and doc[m.end + 1].lower_ in {"and", "or"}:
            return True  # "France, Germany, and the European Commission"
        m = ix.mention_at_start.get(m.end + 1)
    return False


def coordinated_before(ix: ArticleIndex, m: Mention, lo: int) -> list[str]:
    """``m`` and the actors coordinated before it ("both Kyiv and *Moscow*")."""
    out = [m.actor_id]
    commas = 0
    j = _past_possessor(ix, m.start - 1, lo)
    start = j + 1
    while j > lo and ix.doc[j].lower_ in CONJUNCT_GLUE and start - j <= 2:
        j -= 1
    while j > lo and ix.doc[j].lower_ in COORDINATORS:
        bare_comma = ix.doc[j].text == ","
        j -= ix.doc[j].lower_ in {"and", "or"} and ix.doc[j - 1].text == "," and (j - 1) in ix.mention_at_end  # ", and"
        prev = ix.mention_at_end.get(j)
        if bare_comma and prev is not None and prev.start > lo and len(out) == 1 and m.end < len(ix.doc) \
                and ix.doc[m.end].lower_ not in {",", "and", "or"}:
            break  # "with envoys Witkoff and Kushner*, Zelensky* said": a comma alone ends no list (a headline's
            # "Russia, Ukraine agree" opens its sentence)
        if prev is None and ix.doc[j].text == "," and (k := relative_aside_start(ix, j, lo)) is not None \
                and ix.doc[k + 1].lower_ in {"who", "whose"}:
            prev = ix.mention_at_end.get(k)  # "Merz*, who hosted the talks,* Macron and Starmer": past the aside
        if prev is None:
            low = ix.doc[j - 1].lower_
            if ix.doc[j].lower_ == "and" and low in SUBJECT_PRONOUNS:  # "*he* and Putin had agreed"
                who = ix.resolve_pronoun(j - 1, SUBJECT_PRONOUNS[low])
                if who and who not in out:
                    out.insert(0, who)
            break
        if ix.doc[j].text == "," and in_pp(ix, prev.start, lo) and not commas \
                and not (prev.start - 1 >= lo and ix.doc[prev.start - 1].text == ","):
            break  # "According to the Kremlin, *Putin* ...", "In Moscow, ...": a fronted phrase, not a list (but
            # "by Macron, Starmer, Merz and Tusk": a second comma makes it one list, all of it the object)
        commas += ix.doc[j].text == ","
        out.insert(0, prev.actor_id)
        j = _past_possessor(ix, prev.start - 1, lo)
        start = j + 1
        while j > lo and ix.doc[j].lower_ in CONJUNCT_GLUE and start - j <= 2:
            j -= 1  # "France, Germany, *the* United Kingdom and Poland"
    return out


def _past_possessor(ix: ArticleIndex, j: int, lo: int) -> int:
    """``j``, or the token before a possessor ending at ``j`` ("Italy's Meloni and *Finland's* Stubb")."""
    if j > lo and ix.doc[j].lower_ in POSSESSIVE_MARKS and (owner := ix.mention_at_end.get(j)) is not None:
        return owner.start - 1
    return j


def counted_after_speech(ix: ArticleIndex, j: int, lo: int) -> bool:
    """"Macron said *26 countries* had committed to the force": a counted group of countries right after a speech
    verb is the count its speaker announces (the coalition he speaks for), so the walk goes on to him."""
    doc = ix.doc
    k = j - 1
    if ix.doc[j].lower_ not in STATE_GROUPS or k < lo or not (doc[k].like_num or doc[k].lower_ in COUNT_WORDS):
        return False
    while k > lo and (doc[k].like_num or doc[k].lower_ in COUNT_WORDS or doc[k].text in {"-", "–"}):
        k -= 1
    if doc[k].lower_ == "that":
        k -= 1
    return any(m.end == k + 1 for m in ix.markers_in("speech", lo, k + 1))


def relative_aside_start(ix: ArticleIndex, comma: int, lo: int) -> int | None:
    """The comma opening an aside that ``comma`` closes (no other comma between), else None: ", who/which ...,",
    ", after meeting Zelensky in Kyiv,", ", speaking in Paris,", ", according to Peskov,"."""
    doc = ix.doc
    for j in range(comma - 1, max(lo, comma - 40) - 1, -1):
        if doc[j].text == "," and not (j in ix.mention_at_end and (j + 1) in ix.mention_at_start
                                       and _listed(ix, j + 1)):
            return None  # (a comma inside a list of names is not the aside's: "demand from France, Germany and ...")
        if doc[j].text == ",":
            continue
        low = doc[j].lower_
        if j - 1 >= lo and doc[j - 1].text == "," and (
                low in RELATIVE_PRONOUNS or low in PREPOSITIONS or low in FRONTED_OPENERS
                or (doc[j].is_lower and low.endswith("ing") and len(low) > 4)):
            return j - 1
        if j - 1 > lo and doc[j - 1].text == "," and low in {"the", "a", "an"} and (j - 1) in ix.mention_at_end \
                and any(doc[k].lower_ in RELATIVE_PRONOUNS for k in range(j + 1, min(j + 10, comma))):
            return j - 1  # "Medinsky*, the Kremlin aide who led Russia's team,* said": an apposition with its clause
    return None
