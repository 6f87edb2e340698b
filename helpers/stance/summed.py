"""A position summed up after a comma: "Ukraine would not join NATO*, a position Kyiv has never accepted*".

A cue in an apposition or a relative clause after a comma (or a dash) that borrows its proposal from the
clause before answers what that clause *says*, not the bare term. When the clause negates the
term ("would not join NATO", "will never cede land"), what it says is the opposite of the
term, so the borrowed proposal changes direction: rejecting "Ukraine would not join NATO" is
rejecting neutrality.

Used by :func:`helpers.stance.scope.cue_topics` on the topics it found for a cue.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.company import possessor_of
from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit

__all__ = ["negated_clause_topics", "stated_after_colon"]

# what opens the apposition or relative clause that sums up the clause before it
_SUMMING_OPENERS = {"a", "an", "which", "something", "one"}
# a negation right before the term, past auxiliaries ("would *not* be joining NATO", "will *never* join")
_NEGATIONS = {"not", "n't", "never"}
_BETWEEN = {"be", "been", "being", "ever", "now", "again", "formally", "officially"}
_FLIP = {"+": "-", "-": "+"}
_BREAKS = {",", "-", "—", "–"}  # what sets the summing phrase off ("... into NATO *-* a position Kyiv rejects")


def _negated(ix: ArticleIndex, t: TopicHit, lo: int) -> bool:
    """Does a negation stand right before the term ``t`` (past "be", "ever" and the like)?"""
    doc = ix.doc
    k = t.start - 1
    while k > lo and doc[k].lower_ in _BETWEEN:
        k -= 1
    return k >= lo and doc[k].lower_ in _NEGATIONS


def negated_clause_topics(ix: ArticleIndex, hit: CueHit, found: list[TopicHit], sent: Span) -> list[TopicHit]:
    """``found`` with the direction of each term turned when the cue sums up, after a comma, a clause that
    negates it ("..., a demand Kyiv rejected", "..., which Moscow welcomed")."""
    doc = ix.doc
    out = []
    for t in found:
        term = t
        if t.via == "reference" and t.start - 1 > sent.start and doc[t.start - 1].text in _BREAKS:
            # "..., *a demand* Kyiv rejected": the noun refers to the last term of the clause before the comma
            term = next((x for x in reversed(ix.sentence_topics(sent)) if x.via == "term" and x.topic == t.topic
                         and sent.start <= x.start and x.end < t.start), None)
        if term is not None and term.via == "term" and t.polarity in _FLIP and term.end <= hit.start \
                and _sums_up(ix, hit, term) and _negated(ix, term, sent.start):
            t = t._replace(polarity=_FLIP[t.polarity])
        out.append(t)
    return out


def _sums_up(ix: ArticleIndex, hit: CueHit, term: TopicHit) -> bool:
    """Does the cue stand after the comma that closes the term's clause, in a phrase that sums it up?"""
    doc = ix.doc
    comma = next((k for k in range(hit.start - 1, term.end - 1, -1) if doc[k].text in _BREAKS), None)
    return comma is not None and comma + 1 <= hit.start and doc[comma + 1].lower_ in _SUMMING_OPENERS \
        and not any(doc[k].text in _BREAKS for k in range(term.end, comma))


# what a colon may open the content of ("*Russia's conditions* remain the same: ...", "*Ukraine's red lines* are
# unchanged: ...")
_STATED = {"conditions", "condition", "demands", "demand", "terms", "position", "stance", "view", "lines"}
# rules that take the holder from inside the clause after the colon
_CLAUSE_RULES = {"subject", "pronoun", "deontic", "own_side", "speaker"}


def stated_after_colon(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> None:
    """"*The Kremlin's conditions* have not shifted*:* Ukraine should give up the Donbas": what follows the colon is
    the content of the position named before it, held by that position's owner (and by whoever is said to state
    it), not by the actor named inside it."""
    doc = ix.doc
    colon = next((k for k in range(sent.start, sent.end) if doc[k].text == ":" and ix.quote_at(k) < 0), None)
    if colon is None:
        return
    owner = next((own for k in range(sent.start, colon) if doc[k].lower_ in _STATED
                  and (doc[k].lower_ != "lines" or doc[k - 1].lower_ == "red")
                  and (own := possessor_of(ix, k - (doc[k].lower_ == "lines")))), ())
    if not owner:
        return
    for h in hits:
        if h.dropped or h.start <= colon or h.rule not in _CLAUSE_RULES or not h.holders \
                or set(owner) <= set(h.holders):
            continue  # (the speaker rule may have found the owner already: "Russia's position is clear: ...")
        speakers = tuple(a for a in h.holders if a in ix.persons) if h.rule == "speaker" else ()
        h.holders, h.rule = tuple(dict.fromkeys(owner + speakers)), "possessive"
