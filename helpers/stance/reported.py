"""The subject of a reported clause named as a people or a group: "said *the Russians* had rejected", "*Ukrainian
officials* say", "said *the sides* had agreed", "polling suggests *most Ukrainians*".

Split from :mod:`helpers.stance.walks`, which calls these while walking back to a subject; ``in_pp`` is taken from it
on use (it imports this module).
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import AUXILIARIES, COUNT_WORDS, PARTIES, PREPOSITIONS, REPORTED_NEGATIONS, STATE_GROUPS
from helpers.stance.groups import two_sides
from helpers.stance.hits import demonym_ending_at

__all__ = ["SIDE_GROUPS", "demonyms_before", "reported_subject"]

_DELEGATION_HEADS = {"delegation", "delegations", "negotiators", "negotiating", "team", "teams"}
# "Russian *officials* said", "the Ukrainian *government* has rejected": the group speaks for its demonym's actor
SIDE_GROUPS = _DELEGATION_HEADS | {"officials", "diplomats", "authorities", "government", "leadership"}
_SHARES_OF_PEOPLE = {"most", "many", "some", "few", "several", "all", "ordinary"}  # "*most* Ukrainians": a people


def demonyms_before(ix: ArticleIndex, j: int, lo: int) -> tuple[str, ...]:
    """The actors of the demonyms right before ``j`` ("the *Ukrainian and American* delegations"), after "the"."""
    from helpers.stance import walks

    doc = ix.doc
    found: list[str] = []
    k = j
    while k - 1 >= lo:
        d = demonym_ending_at(ix, k - 1)
        if d is None or d.start < lo or ix.mention_covering(k - 1) is not None:
            break
        found.insert(0, d.kb_id_)
        k = d.start
        if k - 2 >= lo and doc[k - 1].lower_ in {"and", ","} and demonym_ending_at(ix, k - 2) is not None:
            k -= 1
    fronted = k - 1 >= lo and doc[k - 1].text == "," and doc[ix.sents[ix.sent_of(k)].start].lower_ in PREPOSITIONS
    fronted = fronted or k - 2 >= lo and doc[k - 1].lower_ in {"and", "but", "while"} and doc[k - 2].text == ","
    # (or opening a clause after a comma: "*, and* Russian officials continue to insist")
    if not found or k - 1 >= lo and not fronted and (doc[k - 1].lower_ != "the" or walks.in_pp(ix, k - 1, lo)):
        return ()  # "the Ukrainian and American delegations", or opening the clause: "Russian negotiators said"
    return tuple(dict.fromkeys(found))  # (or after a fronted phrase: "*On neutrality,* Ukrainian officials say")


def reported_subject(ix: ArticleIndex, k: int, pos: int) -> tuple[str, ...] | None:
    """After a speech verb ending at ``k``: the holders named by the reported clause's own subject when it is no actor
    the walk found ("said *the Russians* had rejected": russia; "said *the other side* had": nobody), or None when
    the speaker stays the holder (no subject, "*his country* would never", or the proposal itself as subject)."""
    doc = ix.doc
    if k < pos and doc[k].lower_ == "that":
        k += 1
    end = pos
    while end > k and (doc[end - 1].lower_ in AUXILIARIES or doc[end - 1].lower_ in REPORTED_NEGATIONS
                       or doc[end - 1].lower_.endswith("ly") or not doc[end - 1].is_alpha):
        end -= 1
    words = [t for t in doc[k:end] if t.is_alpha]
    if not words or any(ix.in_topic(t.i) or ix.mention_covering(t.i) is not None for t in words):
        return None
    head = doc[end - 1]
    if "to" in {t.lower_ for t in words} or any(doc[i].text == "," for i in range(k, end)):
        return None  # "claim *to* support", an aside: no clause of its own
    if head.is_title and head.text.endswith("s") and (demonym := ix.demonym_actor(head.text[:-1])):
        # "said *the Russians* had rejected ...": the demonym's actor; "polling suggests *most Ukrainians*": people
        return () if words[0].lower_ in _SHARES_OF_PEOPLE else (demonym,)
    if head.lower_ in SIDE_GROUPS and (named := demonyms_before(ix, end - 1, k)):
        return named  # "said *Ukrainian officials* had rejected ...": Ukraine
    if [w.lower_ for w in words] in (["the", "sides"], ["the", "two", "sides"], ["both", "sides"], ["the", "parties"],
                                     ["the", "two", "parties"]):
        return two_sides(ix, k)  # "Fidan said *the sides* had agreed in principle": the two parties named before
    if head.lower_ in STATE_GROUPS and any(doc[i].like_num or doc[i].lower_ in COUNT_WORDS for i in range(k, end)):
        return None  # "Macron said *26 countries* had committed to the force": the count he announces is his news
    if head.lower_ in PARTIES or words[0].lower_ == "the" and len(words) > 1 and words[1].lower_ in PARTIES:
        return ()  # "said *the other side* had": nobody the codebook names
    return None
