"""``condition_demand``: the condition of a threat names what the threatener wants.

"European leaders threatened more sanctions *if Putin does not accept a
ceasefire*" and "Washington will impose tariffs *unless Moscow agrees to a
truce*" are demands for the ceasefire: the cues inside an if/unless clause are
otherwise not coded (a condition states no position), but a support cue there
that is negated after "if" (or an objection there: "if Moscow refuses a
ceasefire"), or plain after "unless", says what the main clause's holder demands. The main clause's holder holds it as support; the
actor inside the clause is its target, never coded from it.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit
from helpers.stance.conditions import Clause, negate
from helpers.stance.grammar import RECEIPT_VERBS
from helpers.stance.registry import rule
from helpers.stance.walks import reporter

__all__ = ["condition_demand", "apply_condition_demands"]


def _main_holders(hits: list[CueHit], h: CueHit, a: int, b: int, leading: bool) -> tuple[str, ...]:
    """Holders of the main-clause cue nearest the condition (after it when the condition leads)."""
    main = [o for o in hits if o is not h and not o.dropped and o.holders and o.segment == h.segment
            and ((b <= o.start) if leading else (o.start < a))]
    if not main:
        return ()
    return (main[0] if leading else main[-1]).holders


@rule("condition_demand")
def condition_demand(ix: ArticleIndex, inner: CueHit, clause: Clause, holders: tuple[str, ...],
                     target: tuple[str, ...], *, threat: bool = False) -> None:
    """Revive a cue inside an if/unless clause as the main holder's demand, when the condition asks for it
    (``threat``: the main clause threatens sanctions, so an agreement in its condition is no demand)."""
    h = clause[0]
    if inner.stance == "oppose" and not inner.negated:   # "... if Moscow *refuses* a ceasefire", "would pay a price
        asks = h.phrase.lower().startswith(("if", "pay", "paid"))  # for *blocking* a ceasefire"
    else:
        asks = inner.negated if h.phrase.lower().startswith("if") else not inner.negated
        if not asks and not threat and not inner.negated and inner.stance == "support" \
                and inner.span[0].lower_.startswith(("agree", "accept", "commit")):
            asks = True  # "ready for talks *if Moscow agreed* to a truce": what the other side is to agree to
        if not asks and not threat and not inner.negated and inner.stance == "support" \
                and inner.span[0].lower_ in _GIVING and _given_to_own_side(ix, inner.end, holders):
            asks = True  # "ready to drop its NATO bid *if the US gave it* (or *offered*) binding guarantees"
    if not asks:
        return
    inner.dropped = False
    inner.negated = False
    inner.stance = "support"
    inner.holders, inner.rule, inner.target = holders, "condition_demand", target
    inner.memo["within"] = (clause[1], clause[2])  # its proposals are the condition's, not the threat's own


# a condition that something be given to the one who sets it ("if Washington *gave it* guarantees")
_GIVING = {"give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "offer", "offers", "offered",
           "provide", "provides", "provided", "extend", "extends", "extended"}


def _given_to_own_side(ix: ArticleIndex, k: int, holders: tuple[str, ...]) -> bool:
    """Is the word at ``k`` (right after a giving verb) "it", "us", "them", an actor of a holder's side, or no
    recipient at all ("if the US *offered* binding guarantees": given to the one who sets the condition)?"""
    if k >= len(ix.doc):
        return False
    if ix.doc[k].lower_ in {"it", "us", "them"}:
        return True
    m = ix.mention_at_start.get(k)
    if m is None:
        return True
    sides = {ix.sides.get(a) for a in holders} - {None}
    return ix.sides.get(m.actor_id) in sides



_NOT_DONE = {"does", "do", "did", "not", "n't"}
_IF_GIVEN = {"if", "only if", "provided that", "on condition that", "as long as"}


def _offer_for_a_step(ix: ArticleIndex, h: CueHit, a: int, b: int, holders: tuple[str, ...], hits: list[CueHit],
                      sent: Span) -> None:
    """"Putin told Trump he would freeze the front *if Ukraine withdrew from* Donetsk": an offer for a step named by a
    proposal's own verb, right after the actor asked to take it, is the offerer's demand for that step."""
    for t in ix.sentence_topics(sent):
        if not (a <= t.start < b) or t.via != "term" or t.polarity != "+" or not ix.doc[t.start].is_lower:
            continue
        k = t.start  # "... by force *if Kyiv does not withdraw*": a threat's condition, a demand all the same
        while k - 1 > a and ix.doc[k - 1].lower_ in _NOT_DONE:
            k -= 1
        m = ix.mention_at_end.get(k)
        if m is None or m.actor_id in holders:
            continue
        step = CueHit(ix.doc[t.start:t.start + 1], t.start, t.start + 1, "support", h.phrase, "verb", "subject",
                      "plain", "oppose", True, False, segment=h.segment)
        step.holders, step.rule, step.target = holders, "condition_demand", (m.actor_id,)
        step.memo["within"] = (a, b)
        hits.append(step)
        return


def _received_in_condition(ix: ArticleIndex, h: CueHit, a: int, b: int, holders: tuple[str, ...],
                           hits: list[CueHit], sent: Span) -> None:
    """"ready to set aside its NATO bid *if it received* security guarantees": what the holder's side is to receive
    in return is the holder's demand."""
    for t in ix.sentence_topics(sent):
        if not (a <= t.start < b) or t.via != "term" or t.polarity != "+":
            continue
        k = next((j for j in range(t.start - 1, max(a, t.start - 5) - 1, -1)
                  if ix.doc[j].lower_ in RECEIPT_VERBS or _comes_with(ix, j)), None)
        if k is None or any(ix.doc[j].text in {",", ";"} for j in range(k, t.start)) \
                or any(ix.doc[j].lower_ in {"not", "n't", "never", "no"} for j in range(a, t.start)):
            continue  # ("provided it does *not* come with new demands")
        got = CueHit(ix.doc[k:k + 1], k, k + 1, "support", h.phrase, "verb", "subject", "plain", "oppose", True, False,
                     segment=h.segment)
        got.holders, got.rule = holders, "condition_demand"
        got.memo["within"] = (a, b)
        hits.append(got)
        return


def _comes_with(ix: ArticleIndex, j: int) -> bool:
    """"provided it *came with* guarantees", "only if it is *backed by* foreign troops": what a step is to bring along."""
    return j > 0 and (ix.doc[j].lower_ == "with" and ix.doc[j - 1].lower_ in _COMING
                      or ix.doc[j].lower_ == "by" and ix.doc[j - 1].lower_ in _BACKED)


_COMING = {"come", "comes", "came", "coming", "paired", "coupled", "combined"}
_BACKED = {"backed", "accompanied", "underpinned", "underwritten", "secured", "guaranteed", "matched"}


def _demanded_unless(ix: ArticleIndex, h: CueHit, a: int, b: int, holders: tuple[str, ...], hits: list[CueHit],
                     sent: Span) -> None:
    """"could not picture another summit *unless a ceasefire was in place*": what a refusal waits for, named
    with no cue of its own after "unless", is the refuser's demand."""
    for t in ix.sentence_topics(sent):
        if not (a <= t.start < b) or t.via != "term" or t.polarity != "+":
            continue
        wanted = CueHit(ix.doc[h.start:t.start + 1], h.start, t.start + 1, "support", h.phrase, "verb", "subject",
                        "plain", "oppose", True, False, segment=h.segment)  # (its cue reads "unless a ceasefire")
        wanted.holders, wanted.rule = holders, "condition_demand"
        wanted.memo["within"] = (a, b)
        hits.append(wanted)
        return


def apply_condition_demands(ix: ArticleIndex, clauses: list[Clause], hits: list[CueHit], sent: Span) -> None:
    """For every if/unless clause, the support cues inside it that state a demand of the main clause's holder."""
    for clause in clauses:
        h, a, b, leading = clause
        if h.phrase.lower() == "whether":
            continue  # "asked whether a ceasefire was possible": a question, no demand
        holders = _main_holders(hits, h, a, b, leading)
        before = [o.start for o in hits if o is not h and not o.dropped and o.holders and o.start < a]
        main_span = (b, sent.end) if leading else (before[-1] if before else sent.start, a)
        threat = any(t.topic == "sanctions" and t.polarity == "+" and main_span[0] <= t.start < main_span[1]
                     for t in ix.sentence_topics(sent))  # "will tighten sanctions if Moscow accepts": no demand
        if not holders and not leading:  # 'Trump said Russia would face "consequences" *if it did not agree*':
            holders = reporter(ix, h.segment, h.start, sent)  # a threat with no cue of its own is its speaker's
        if not holders:
            continue
        if not any(a <= t.start < b for t in ix.sentence_topics(sent)):
            continue  # "... sanctions if Moscow keeps *stalling*": the condition names no proposal of its own
        if h.phrase.lower() == "unless" and not leading and not any(o is not h and a <= o.start < b for o in hits) \
                and any(o is not h and o.negated and not o.dropped and o.start < a for o in hits):
            _demanded_unless(ix, h, a, b, holders, hits, sent)
        if (h.phrase.lower() in _IF_GIVEN or "provided" in h.phrase.lower()) \
                and not any(o is not h and a <= o.start < b for o in hits):  # ("provided it received ...")
            _offer_for_a_step(ix, h, a, b, holders, hits, sent)
            if not any(o is not h and a <= o.start < b for o in hits):
                _received_in_condition(ix, h, a, b, holders, hits, sent)
        for inner in hits:
            if inner is h or not (a <= inner.start < b) or inner.kind == "noun" \
                    or inner.frame != "plain" and not (inner.frame == "demand" and inner.span[0].lower_ in _GIVING) \
                    or inner.stance not in ("support", "oppose"):
                continue
            negate(ix, inner, max(a, ix.clause_start(inner.start, sent)), ix.window)
            lo, hi = bisect.bisect_left(ix.mention_starts, a), bisect.bisect_left(ix.mention_starts, inner.start)
            target = tuple(dict.fromkeys(m.actor_id for m in ix.mentions[lo:hi]))
            condition_demand(ix, inner, clause, holders, target, threat=threat)
