"""``blamed_refusal``: who blames another side's refusal of a proposal wants the proposal.

"Merz said *Russia's refusal of a ceasefire must carry a price*", "Macron said Putin's refusal to accept a truce
*showed* he did not want peace": the refusal stays its possessor's objection; the blame phrase right after it
(``blame_predicates`` in stance_cues.yaml) is the position of whoever says it, the reverse of the refusal, when that
speaker is of another side; what it "would bring" ("tougher sanctions") is the speaker's threat, conditional. Said
by its own side ("Peskov said Russia's refusal was justified"), or by nobody the
codebook knows, it adds nothing. A blame phrase that is a cue itself ("was *unacceptable*") gives no row of its own:
it judges the refusal, not the proposal.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit
from helpers.stance.labels import OPPOSITE
from helpers.stance.walks import quote_speakers, reporter

__all__ = ["blamed_refusals", "threatened_refusals"]

_REFUSAL_RULES = {"possessive", "intention"}  # "Russia's *refusal*", "Putin's refusal to *accept*"
_CLOSING = {'"', "”", "’", "'"}
_REFUSALS = {"refusal", "rejection"}
_ANY_REFUSAL = {"a", "any", "such"}  # "a refusal", "any refusal": of what was just asked for


def _speakers(ix: ArticleIndex, h: CueHit, sent: Span) -> tuple[str, ...]:
    """Who says the clause of ``h``: a full quotation's speakers, else the reporter before it."""
    if h.segment >= 0 and ix.quotes[h.segment].full:
        return quote_speakers(ix, h.segment)
    return reporter(ix, h.segment, h.start, sent)


def blamed_refusals(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]], sent: Span) -> None:
    """Add the speaker's reversed position for every refusal a blame phrase follows (its proposals are the
    refusal's), and, when the phrase names what the refusal would bring on ("*would bring* tougher sanctions"),
    the speaker's conditional position on that."""
    doc = ix.doc
    for idx in range(len(hits)):
        h = hits[idx]
        topics = found.get(idx)
        if h.dropped or h.stance not in OPPOSITE or not h.holders or not topics \
                or h.rule not in _REFUSAL_RULES and not (h.rule == "quote" and (h.kind == "noun" or h.nominal)):
            continue
        if h.stance == "support" and not any(t.polarity == "-" for t in topics):
            continue  # a plain acceptance blamed is no refusal ("Kyiv's acceptance of the truce showed ...")
        blame = None
        for j in sorted({h.end, *(t.end for t in topics if t.start >= h.end)}):
            while j < sent.end and doc[j].text in _CLOSING:
                j += 1
            blame = next(iter(ix.markers_in("blame", j, j + 1)), None)
            if blame is not None:
                break
        if blame is None:
            continue
        after = [t for t in ix.sentence_topics(sent)  # "Russia's refusal of a truce *would bring* tougher sanctions":
                 if blame.end <= t.start <= blame.end + 4]  # the consequence is no part of the refusal
        topics = [t for t in topics if t.start < blame.start]
        if not topics:
            continue
        found[idx] = list(topics)  # (whoever says it)
        refusers = {ix.sides.get(a) for a in h.holders}
        who = tuple(a for a in _speakers(ix, h, sent) if a not in h.holders and ix.sides.get(a) not in refusers)
        if not who:
            continue
        for o in hits:
            if o is not h and blame.start <= o.start < blame.end:
                o.dropped = True  # "was *unacceptable*": it judges the refusal
        new = CueHit(blame, blame.start, blame.end, OPPOSITE[h.stance], blame.text, "verb", "subject", "plain",
                     h.stance, True, False, segment=h.segment)
        new.holders, new.rule = who, "blamed_refusal"
        hits.append(new)
        found[len(hits) - 1] = list(topics)
        if after:  # the consequence threatened for the refusal is the speaker's, on that condition
            threat = CueHit(blame, blame.start, blame.end, "conditional", blame.text, "verb", "subject", "plain",
                            "conditional", True, False, segment=h.segment)
            threat.holders, threat.rule = who, "blamed_refusal"
            hits.append(threat)
            found[len(hits) - 1] = after


def threatened_refusals(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"called for a truce. Merz warned that *a refusal would bring* tougher sanctions": who threatens a refusal
    of what was just asked for wants it. The refusal names nothing, so it is of the last proposal offered before
    it (a consequence threatened earlier is none: :meth:`ArticleIndex.resolve_topic`)."""
    doc = ix.doc
    for idx in range(len(hits)):
        h = hits[idx]
        if h.dropped or h.stance != "conditional" or not h.holders or h.start < 1 \
                or doc[h.start].lower_ not in _REFUSALS:
            continue
        k = h.start - 1
        if k >= 1 and ix.demonym_actor(doc[k].text) is not None:
            k -= 1  # "a *Russian* refusal"
        if doc[k].lower_ not in _ANY_REFUSAL:
            continue
        asked = ix.resolve_topic(ix.all_topics, h.start, offered=True)
        if asked is None or asked.polarity != "+" or any(t.topic == asked.topic for t in found.get(idx, ())):
            continue
        new = CueHit(h.span, h.start, h.end, "support", h.phrase, "verb", "subject", "plain", "oppose", True, False,
                     segment=h.segment)
        new.holders, new.rule = h.holders, h.rule
        hits.append(new)
        found[len(hits) - 1] = [asked]
