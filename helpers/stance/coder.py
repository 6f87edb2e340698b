"""Per-sentence orchestration: which sentences are coded, the order of the steps, the rows.

Only sentences with a stance cue and a topic (a term, a reference such as
"the plan" resolved to the last topic named in the paragraph, else in the
previous paragraph, a pronoun object of a cue, or an elaboration in the next
sentence) are looked at; all other Python work is skipped. In each, the steps
run in this order: if/unless clauses drop the cues inside them; negation;
holders (:mod:`helpers.stance.holders`); the demands a threat's condition
states (:mod:`helpers.stance.threats`); topics (:mod:`helpers.stance.scope`);
demands; reported speech (:mod:`helpers.stance.speakers`); modifiers (:mod:`helpers.stance.conditions`); then one row per
holder x topic, a topic naming the opposite of the proposal ("the lifting of
sanctions") swapping support and oppose. Within one sentence (and one side of
a quotation mark), a conditional statement of an actor on a topic absorbs its
bare support or opposition there (:func:`_absorb`).
"""

from __future__ import annotations

import bisect
import warnings
from typing import Sequence

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc, Span

from helpers.actors import mentions_stage
from helpers.nlp import sentence_stage
from helpers.quotes import quotes_stage
from helpers.stance import judged, parse  # noqa: F401 - judged registers its holder rule
from helpers.stance.blamed import blamed_refusals, threatened_refusals
from helpers.stance.conditions import apply_demands, apply_modifiers, hypothetical_clauses, in_object_relative, negate
from helpers.stance.contrasts import kind_contrasts, manner_contrasts
from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.grammar import RULE_OUT_VERBS
from helpers.stance.hits import CueHit, make_hits
from helpers.stance.holders import attribute, judging_verb_before
from helpers.stance.intentions import apply_intentions
from helpers.stance.interplay import (judged_infinitives, kinds_of_the_proposal, objections_to_objections,
                                      own_cue_terms, predicated_subjects)
from helpers.stance.limits import limited_support
from helpers.stance.participles import participles_describing_objects, wanted_undone
from helpers.stance.preconditions import listed_conditions
from helpers.stance.plans import (authored_subjects, conjoined_to_a_plan, described_plans,
                                  plan_of_the_sentence_before, plan_subjects, provision_sentence,
                                  provisions_continued, provisions_without_cues, written_into_law)
from helpers.stance.labels import OPPOSITE, STANCE_COLUMNS, StanceWarning
from helpers.stance.questions import indirect_questions, owned_demand, reported_yes_no_question
from helpers.stance.scope import cue_topics, list_items
from helpers.stance.shared import apply_shared_positions
from helpers.stance.signatories import apply_signatories
from helpers.stance.speakers import apply_own_side, own_side, reported_by_unnamed
from helpers.stance.summed import stated_after_colon
from helpers.stance.threats import apply_condition_demands

__all__ = ["code_sentence", "code_doc", "stances_stage", "code_text"]

# words that negate a term right after them ("would *not* join NATO, a Kremlin demand")
_NOT_WORDS = {"not", "never", "n't"}
_MODAL_WORDS = {"would", "will", "could", "might", "may", "can", "must", "should"}
# rules that take the holder from the reported clause itself (not from who reports it)
_CLAUSE_SUBJECT_RULES = {"subject", "pronoun", "relative_clause", "possessive", "passive"}


def code_sentence(ix: ArticleIndex, s: int, cue_spans: list[Span]) -> list[dict]:
    """The stance rows of sentence ``s`` (with the private ``_seg``/``_pos`` keys :func:`_absorb` reads)."""
    sent = ix.sents[s]
    last = sent.end - 1
    while last > sent.start and ix.doc[last].is_space:
        last -= 1
    question = ix.doc[last].text == "?" and ix.quote_at(last) < 0
    if reported_yes_no_question(ix, sent, last):
        return []  # "Would Canada accept sanctions relief before any withdrawal, the MP asked.": nobody's either
    topics = ix.sentence_topics(sent)
    hits = make_hits(ix, sent, cue_spans)
    if question:  # "Will Russia agree to a ceasefire?": a question the writer asks is nobody's position, but what
        colon = max((j for j in range(sent.start, last) if ix.doc[j].text == ":"), default=sent.start)
        if not any(t.end <= colon for t in topics):
            colon = sent.start  # ("asked a simple question: would Russia accept a truce?" states nothing)
        hits = [h for h in hits if h.end <= colon  # the statement a colon opens a question with ("backed the
                or in_object_relative(ix, h) or owned_demand(ix, h)]  # truce, but listed conditions: who would
        # monitor it?"); what the question takes as given is a position too
        if not hits:  # ("What happened to the truce *that Kyiv has been demanding*?", "Will Kyiv accept *Russia's demands*?")
            return []
    _judged_objects(ix, hits, sent)
    _belittled_gifts(ix, hits)
    described_plans(ix, hits)
    clauses = hypothetical_clauses(ix, hits, sent)
    indirect_questions(ix, hits, sent)
    for h in hits:
        if not h.dropped and h.frame != "modifier":
            negate(ix, h, ix.clause_start(h.start, sent), ix.window)
    for h in hits:
        if not h.dropped and h.frame != "modifier":
            attribute(ix, h, sent)
            if h.holders and h.rule in _CLAUSE_SUBJECT_RULES and h.segment < 0 \
                    and reported_by_unnamed(ix, h.start, sent):
                h.holders = ()  # "Analysts say the Kremlin is unlikely to accept ...": nobody's position
    apply_intentions(ix, hits)
    plan_subjects(ix, hits)
    authored_subjects(hits)
    conjoined_to_a_plan(ix, hits)
    stated_after_colon(ix, hits, sent)
    _appended_conditions(ix, hits)
    plan_of_the_sentence_before(ix, s, hits)
    written_into_law(ix, hits)
    provisions_continued(ix, s, hits)
    provisions_without_cues(ix, s, hits)
    apply_condition_demands(ix, clauses, hits, sent)
    _unimaginable_without(ix, hits, sent)
    _failed_together(ix, hits)
    found: dict[int, list[TopicHit]] = {}
    for idx, h in enumerate(hits):
        if not h.dropped and h.frame != "modifier":
            found[idx] = cue_topics(ix, s, h, hits, topics)
            if "within" in h.memo:  # "impose tariffs if no ceasefire *was agreed*": not the tariffs before "if"
                found[idx] = [t for t in found[idx] if h.memo["within"][0] <= t.start < h.memo["within"][1]]
    _demanded_in_condition(hits, found)
    listed_conditions(ix, hits, found)
    own_cue_terms(hits, found)
    objections_to_objections(hits, found)
    manner_contrasts(hits, found)
    kind_contrasts(ix, hits, found)
    wanted_undone(ix, hits, found)
    participles_describing_objects(ix, hits, found)
    predicated_subjects(ix, hits, found)
    judged_infinitives(ix, hits, found)
    kinds_of_the_proposal(ix, hits, found)
    limited_support(ix, hits, found, sent)
    _unconfirmed_clauses(ix, hits, found, sent)
    blamed_refusals(ix, hits, found, sent)
    threatened_refusals(ix, hits, found)
    apply_demands(ix, hits, sent)
    apply_own_side(ix, hits, sent)
    apply_modifiers(ix, clauses, hits, found, sent, topics)
    for h in hits:  # a condition standing alone ("France would send troops *only after* a ceasefire", Macron said)
        if h.frame == "modifier" and h.holders and not h.dropped:
            own_side(ix, h, sent)
    buts = [j for j in range(sent.start, sent.end) if ix.doc[j].lower_ == "but"]
    return _absorb(apply_shared_positions(ix, hits, _seconded(ix, hits, _rows(ix, s, hits, found)), sent), buts=buts)


def _demanded_in_condition(hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"If Russia rejected the ceasefire, new sanctions would follow": what the condition demands is the demand's
    alone; the threat after it does not take the ceasefire as a proposal of its own (made conditional by the "if")."""
    for h in hits:
        if h.rule != "condition_demand" or h.dropped or "within" not in h.memo:
            continue
        a, b = h.memo["within"]
        for idx, o in enumerate(hits):
            if o is not h and idx in found and not (a <= o.start < b) and o.rule != "condition_demand":
                found[idx] = [t for t in found[idx] if not (a <= t.start < b)]


def _failed_together(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"Russia and Ukraine *failed to agree* on a ceasefire", "ended their talks *without agreeing* to": parties of
    opposite sides failing together state no position on it (one party "failed to agree" is its refusal)."""
    for h in hits:
        if h.negated and (h.negated_by.startswith("fail") or h.negated_by == "without") \
                and len({ix.sides.get(a) for a in h.holders}) >= 2:
            h.holders = ()  # (still a verb that ends the reach of the cue before it)


def _judged_objects(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> None:
    """"would *consider* the presence of NATO troops *unacceptable*": the verb only judges its object; a cue it is
    part of ("would consider", conditional) states no position of its own."""
    for h in hits:
        if h.dropped or h.kind != "adj" or (j := judging_verb_before(ix, h, sent)) is None:
            continue
        for o in hits:
            if o is not h and o.start <= j < o.end:
                o.dropped = True


_BELITTLING = {"nothing", "little"}


def _belittled_gifts(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"a truce would *give* Ukraine's army *nothing more than a breathing space*": the verb only carries the
    belittling judgement after it; what it gives is no position of its own."""
    for h in hits:
        if h.dropped or h.kind != "verb" or h.stance == "oppose":
            continue
        for o in hits:
            if o.kind == "adj" and o.stance == "oppose" and 0 <= o.start - h.end <= 4 \
                    and ix.doc[o.start].lower_ in _BELITTLING:
                h.dropped = True


_SECONDING = {"backed", "supported", "echoed", "seconded", "endorsed", "joined"}


def _seconded(ix: ArticleIndex, hits: list[CueHit], rows: list[dict]) -> list[dict]:
    """"Merz said he could not imagine a meeting without a ceasefire, *and Macron backed him*": who backs a person
    named before holds what that person holds in the sentence, not a position of the cue's own."""
    doc = ix.doc
    for h in hits:
        if h.dropped or not h.holders or h.span.text.lower() not in _SECONDING or h.end >= len(doc) \
                or doc[h.end].lower_ not in ("him", "her"):
            continue
        backed = ix.resolve_pronoun(h.end, "person")
        own = [r for r in rows if r["_pos"] == h.start]
        theirs = [r for r in rows if r["actor_id"] == backed and r["_pos"] < h.start]
        if not theirs:
            continue
        rows = [r for r in rows if r not in own]
        rows += [{**r, "actor_id": a, "cue": h.span.text, "rule": h.rule, "_pos": h.start}
                 for r in theirs for a in h.holders if a != backed]
    return rows


def _not_before_verb(doc, j: int) -> bool:
    """Is token ``j`` a "not"/"never" before a bare verb ("that Kyiv *never join*")? Not ", not"/"but not", which
    name what is not wanted (the topic inverters), nor "not to", which a demand's own frame reads."""
    return doc[j].lower_ in _NOT_WORDS and doc[j - 1].text not in {",", "but", "—", "–"} \
        and doc[j + 1].lower_ != "to" and doc[j + 1].is_lower


_PLEDGES = {"commit", "commits", "committed", "committing", "promise", "promises", "promised", "pledge", "pledges",
            "pledged", "agree", "agrees", "agreed", "undertake", "undertakes", "undertook", "vow", "vows", "vowed",
            "guarantee", "guarantees", "guaranteed", "swear", "swore"}


def _pledged_not_to(doc, lo: int, hi: int) -> bool:
    """Does a pledge of a refusal ("commit *not to*", "promise *never to*") right before ``hi`` (a word or two
    between), after ``lo``, govern the proposal there?"""
    return any(doc[j].lower_ in _PLEDGES and doc[j + 1].lower_ in _NOT_WORDS and doc[j + 2].lower_ == "to"
               for j in range(max(lo, hi - 5), hi - 2))


def _appended_conditions(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"..., who demanded a truce from Monday*, backed by the threat of* sanctions": a condition appended after a
    comma, with no holder of its own, is the holder's of the position it is appended to (the last held cue)."""
    for idx, h in enumerate(hits):
        if h.dropped or h.holders or h.stance != "conditional" or h.frame == "modifier" \
                or h.start == 0 or ix.doc[h.start - 1].text != ",":
            continue
        before = [a for a in hits[:idx] if not a.dropped and a.holders and a.frame != "modifier"
                  and a.stance in ("support", "oppose")]
        if before:
            h.holders, h.rule = before[-1].holders, before[-1].rule


_IMAGINE_WORDS = {"imagine", "imagines", "imagined", "envisage", "envisages", "envision", "envisions", "see", "sees",
                  "foresee", "foresees", "picture", "pictures", "pictured"}


def _unimaginable_without(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> None:
    """"I can't imagine that the next meeting would take place *without* a ceasefire": what cannot be imagined
    without something is "no meeting without a ceasefire"; the verb inside the imagined clause is no cue of its
    own, so the negated "imagine" reaches both proposals (one conditional, the other wanted)."""
    doc = ix.doc
    for h in hits:
        if h.dropped or not h.negated or h.span[-1].lower_ not in _IMAGINE_WORDS:
            continue
        end = next((k for k in range(h.end, sent.end) if doc[k].text in {",", ";"}), sent.end)
        if not any(doc[k].lower_ == "without" for k in range(h.end, end)):
            continue
        for other in hits:
            if other is not h and not other.dropped and h.end <= other.start < end and other.verbal:
                other.dropped = True


_CONFIRM_WORDS = {"confirm", "confirms", "confirmed", "confirming", "say", "says", "said", "saying", "specifying",
                  "indicating"}


def _unconfirmed_clauses(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]], sent: Span) -> None:
    """"Ushakov *stopped short of confirming that* Putin had agreed to meet": what a speaker does not confirm is
    nobody's position; the cues of that clause are dropped and their proposals are what the speaker left open."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        if h.dropped or h.stance != "neutral" or h.end >= sent.end \
                or h.span[-1].lower_ not in _CONFIRM_WORDS and h.span[0].lower_ not in RULE_OUT_VERBS \
                or doc[h.end].lower_ not in {"that", "whether", "if"}:  # (also "did not *rule out that* ...")
            continue
        end = next((k for k in range(h.end, sent.end) if doc[k].text == ";"), sent.end)
        for jdx, other in enumerate(hits):
            if other is not h and not other.dropped and h.end < other.start < end:
                other.dropped = True
                if not found.get(idx):
                    found[idx] = list(found.get(jdx, []))


def _decided_on_condition(ix: ArticleIndex, t: TopicHit, topics: list[TopicHit]) -> bool:
    """Does a condition on who takes part follow the proposal closely ("territorial questions being decided *over
    the heads of* Ukrainians")? Then the proposal itself is what is conditioned."""
    if t.polarity == "c":
        return False
    doc = ix.doc
    return any(c.polarity == "c" and c.topic != t.topic and t.end <= c.start <= t.end + 4
               and not any(doc[j].text in {",", ";", ":"} or ix.in_topic(j) for j in range(t.end, c.start))
               for c in topics)


def _rows(ix: ArticleIndex, s: int, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> list[dict]:
    sent = ix.sents[s]
    rows = []
    for idx, h in enumerate(hits):
        if h.dropped or h.frame == "modifier" and not h.holders:
            continue
        topics = found.get(idx, [])
        if not topics or not h.holders:
            continue
        for t in topics:
            inverted = t.polarity == "-" and not (h.negated_by == "without" and h.start < t.start)
            if t.end <= h.start and h.span.text.lower() in ix.inverter_words:
                inverted = not inverted  # "sanctions must be *lifted*": the inverter after the term, as a cue
            elif t.via == "pronoun" and _inverted_after(ix, t.end):
                inverted = not inverted  # "called for *them* to be *lifted*"
            elif t.via == "pronoun" and t.start >= h.end and h.span.label_ == "support" \
                    and any(ix.doc[k].lower_ in ix.inverter_words for k in range(h.end - 1, t.start)):
                inverted = not inverted  # "no plans to *ease them*", "wants to *lift them*": undoing what it names
            elif t.via == "term" and t.start >= h.end and (h.verbal or h.span[-1].lower_ == "that") \
                    and _inverted_after(ix, t.end):
                inverted = not inverted  # "wants *sanctions removed*", "demanded that sanctions *be lifted*"
            elif inverted and h.span.label_ == "oppose" and h.end <= t.start <= h.end + 3 \
                    and h.span[-1].lower_ in ix.inverter_words:
                inverted = False  # "threatened to *derail* the talks": the objection already says it, once
            elif inverted and h.span[-1].lower_ == "without" and h.end <= t.start <= h.end + 3:
                inverted = False  # "no peace *without* guarantees": the cue holds the "without" and says it
            elif inverted and h.span[-1].lower_ == "no" and t.start < h.end <= t.end:
                inverted = False  # "red lines: *no* recognition of occupied land": the term's own "no", said once
            if (h.kind == "noun" or h.nominal) and t.end <= h.start and t.via == "term" and t.polarity == "-" \
                    and any(ix.doc[j].lower_ in _NOT_WORDS for j in range(max(sent.start, t.start - 3), t.start)):
                inverted = not inverted  # "Ukraine would *not* join NATO, a Kremlin *demand*": the restriction
                # (a refused proposal, "would never give up Donbas, a Russian demand", names the proposal itself)
            elif t.start >= h.end and t.via == "term" and any(_not_before_verb(ix.doc, j)
                                                              for j in range(max(h.end, t.start - 3), t.start)):
                inverted = not inverted  # "demands that Kyiv *never* join NATO": what is wanted is the opposite
            elif t.start >= h.end and t.via == "term" and _pledged_not_to(ix.doc, h.end, t.start):
                inverted = not inverted  # "wants Ukraine to *commit not to* join NATO": a pledge of the opposite
            stance = OPPOSITE.get(h.stance, h.stance) if inverted else h.stance  # "without accepting a
            # ceasefire": the "without" negated the cue; it does not invert the term as well
            if t.via == "precondition" or stance == "oppose" and _without_next(ix, t, topics) \
                    or t.polarity == "c" and stance in ("support", "oppose") \
                    or stance in ("support", "oppose") and _decided_on_condition(ix, t, topics):
                stance = "conditional"  # "must have a seat *at the table*"
            elif h.wanted_side and stance == "conditional":
                at, side = h.wanted_side
                if (t.start >= at) == (side == "after"):  # what is wanted ("in exchange for sanctions
                    stance = "oppose" if inverted else "support"  # relief" is wanting their end)
            evidence = sent.text
            if t.via == "elaboration":
                evidence = ix.text[sent.start_char:ix.sents[s + 1].end_char]
            elif t.via == "list":
                evidence = f"{sent.text.strip()} … {ix.sents[ix.sent_of(t.start)].text.strip()}"
            cue_text = h.span.text if not h.modified_by else f"{h.span.text} … {h.modified_by}"
            stances = [stance]
            if h.reversed_from in OPPOSITE and h.wanted_side and (t.start >= h.wanted_side[0]) \
                    == (h.wanted_side[1] == "after"):  # "dropped its demand for NATO membership *in return for*
                stances = ["oppose" if inverted else "support"]  # guarantees": the guarantees are wanted, not dropped
            elif h.reversed_from in OPPOSITE and stance in OPPOSITE:
                stances.insert(0, OPPOSITE[stance])  # the earlier position a reversal reports (codebook rule 8)
            for actor, stance in ((a, st) for a in h.holders for st in stances):
                if not actor or actor in ix.media:
                    continue  # "Tass reported ...": an outlet holds no position (codebook rule 4)
                rows.append({
                    "article_id": ix.article_id, "sent_id": s, "actor_id": actor, "topic": t.topic,
                    "stance": stance, "cue": cue_text, "rule": h.rule, "evidence": evidence,
                    "negated": bool(h.negated), "target": ",".join(h.target),
                    "topic_via": t.via, "topic_text": t.text, "_pos": h.start,
                    "_seg": h.segment if h.segment >= 0 and ix.quotes[h.segment].full else -1,  # a quoted word or
                    # two ('was "certainly needed" but had to be prepared') is the reported clause's own
                })
    return rows


def _inverted_after(ix: ArticleIndex, j: int) -> bool:
    """"called for them *to be lifted*": an inverter right after a pronoun object, past "to be" (not "begin them
    without *delay*": a word further on is no verb done to it)."""
    doc = ix.doc
    k = j
    while k < min(j + 3, len(doc)) and doc[k].lower_ in {"to", "be", "being", "been"}:
        k += 1
    return k < len(doc) and doc[k].lower_ in ix.inverter_words and doc[k].lower_ != "without"  # ("accept it
    # *without* delay": how it is to be done, not its opposite)


def _without_next(ix: ArticleIndex, t: TopicHit, topics: list[TopicHit]) -> bool:
    """"no ceasefire *without* a withdrawal": the objection is to the proposal without the other, a condition.

    True when "without" follows the term (a word or two after it, no comma between) and another of the cue's
    topics comes after that "without"; that later topic keeps its own stance (the "without" inverts it).
    """
    doc = ix.doc
    for k in range(t.end, min(t.end + 5, len(doc))):  # "the next meeting would take place *without* ..."
        if doc[k].lower_ == "without":
            first = bisect.bisect_left(ix.mention_starts, k)
            if any(k < m.start <= k + 2 for m in ix.mentions[first:first + 2]) \
                    and any(doc[i].lower_ == "no" for i in range(max(0, t.start - 3), t.start)):
                return True  # "*no* negotiations about Ukraine *without Ukraine*": on a condition of who takes part
            return any(u.start > k and u.topic != t.topic for u in topics)
        if doc[k].is_punct:
            return False
    return False


# proposals one backs with a limit on one's own part ("but would not send troops"; the codebook's tie-breaking)
_LIMITED = {"security_guarantees"}


def _absorb(rows: list[dict], *, buts: Sequence[int] = ()) -> list[dict]:
    """One row per actor x topic x stance in a sentence; a conditional absorbs bare support/oppose, and support
    absorbs an objection after "but" to a guarantee (the codebook's stated limit: "would support guarantees *but*
    would not send troops" is support)."""
    conditional = {(r["actor_id"], r["topic"], r["_seg"]) for r in rows if r["stance"] == "conditional"}
    supported = {(r["actor_id"], r["topic"], r["_seg"]): r["_pos"] for r in sorted(rows, key=lambda r: -r["_pos"])
                 if r["stance"] == "support"}
    out, seen = [], set()
    for r in sorted(rows, key=lambda r: r["_pos"]):
        if r["stance"] in ("support", "oppose") and (r["actor_id"], r["topic"], r["_seg"]) in conditional:
            continue
        first = supported.get((r["actor_id"], r["topic"], r["_seg"]))
        if r["stance"] == "oppose" and r["topic"] in _LIMITED and first is not None \
                and any(first < b < r["_pos"] for b in buts):
            continue  # (not two formats of talks: "welcomed the summit but rejected a meeting with Zelensky")
        key = (r["actor_id"], r["topic"], r["stance"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def _wanted(ix: ArticleIndex, s: int, spans: list[Span], topic_sents: set[int], pron_starts: list[int]) -> bool:
    """Does sentence ``s`` have a topic for its cues: its own, a pronoun object, or an elaboration next?"""
    if s in topic_sents:
        return True
    if pron_starts:
        for c in spans:
            k = bisect.bisect_left(pron_starts, c.start + 1)  # inside the cue too ("turned *it* down")
            if k < len(pron_starts) and pron_starts[k] < c.end + 3:
                return True
    if s + 1 < len(ix.sents) and (s + 1) in topic_sents \
            and ix.markers_in("elaboration", ix.sents[s + 1].start, ix.sents[s + 1].start + 1):
        return True
    if any(k in topic_sents for k in list_items(ix, s)):
        return True  # "put forward the following demands:" and the items listed after it
    if s > 1 and (s - 2) in topic_sents and any((c.id_ or "").rsplit("|", 1)[-1] == "1" for c in spans):
        return True  # an ``antecedent`` cue (the last of a cue's options, ``Cue.options``: "the ball is in Russia's
        # court") two sentences after the proposal
    return s > 0 and (s - 1) in topic_sents  # a cue answering the sentence before (answer_to_last_sentence)


def _code_article(ix: ArticleIndex) -> list[dict]:
    if not ix.cues or not (ix.topic_spans or ix.ref_spans):
        return []
    by_sent: dict[int, list[Span]] = {}
    for c in ix.cues:
        s = ix.sent_of(c.start)
        if s >= 0 and c.start < ix.sents[s].end:
            by_sent.setdefault(s, []).append(c)
    topic_sents = {ix.sent_of(t.start) for t in ix.topic_spans} | {ix.sent_of(r.start) for r in ix.ref_spans}
    pron_starts = [p.start for p in ix.markers.get("topic_pronoun", [])]
    wanted = [s for s in sorted(by_sent) if _wanted(ix, s, by_sent[s], topic_sents, pron_starts)]
    provisions = [s for s in topic_sents if s > 0 and s not in by_sent  # a plan's provisions with no cue of their
                  and provision_sentence(ix, s)]  # own (provisions_without_cues)
    wanted = sorted(wanted + provisions)
    if parse.enabled() and wanted:
        parse.prepare(ix, wanted)  # opt-in: parse the candidate sentences in one batch
    rows: list[dict] = []
    for s in wanted:
        try:
            rows.extend(code_sentence(ix, s, by_sent.get(s, [])))
        except Exception as exc:  # noqa: BLE001 - one odd sentence must not stop the corpus
            warnings.warn(f"{ix.article_id or 'text'}: stance rules failed on sentence {s} "
                          f"({type(exc).__name__}: {exc}); no stance coded from it", StanceWarning, stacklevel=2)
    for r in rows:
        r.pop("_seg", None)
        r.pop("_pos", None)
    return apply_signatories(ix, rows)


def code_doc(doc: Doc, *, article_id: str = "", quotes: Sequence[dict] | None = None,
             text: str | None = None) -> list[dict]:
    """Stance rows (``STANCE_COLUMNS``) of a Doc run through the full pipeline.

    ``quotes`` are the quotes stage's rows for this Doc (``None``: quotation
    marks are paired here instead); ``text`` is ``doc.text`` if the caller has it.
    """
    spans = doc.spans
    if not spans.get("stance_cues") or not (spans.get("topics") or spans.get("topic_refs")):
        return []  # nothing to code: skip building the per-article indexes
    return _code_article(ArticleIndex(doc, article_id=article_id, quotes=quotes, text=text))


def stances_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: one row per coded statement of this article (``STANCE_COLUMNS``)."""
    return code_doc(doc, article_id=str(ctx.get("article_id", "")), quotes=ctx.get("quotes"), text=ctx.get("text"))


stances_stage.columns = STANCE_COLUMNS  # type: ignore[attr-defined]


def code_text(text: str, *, nlp: Language, context: dict | None = None) -> pd.DataFrame:
    """Code a made-up text (one article) and return its stance rows as a table.

    ``nlp`` is a full pipeline (actors, topics, stance cues). When it marks
    actors, the sentence, mention and quote stages run first, as in an
    analysis, so quotations get the quotes stage's speakers; ``context`` is
    merged into the ``ctx`` they get (e.g. ``{"codebooks": ...}``; without codebooks the quotes
    stage is skipped and quotation marks are paired by the stance rules themselves).
    """
    doc = nlp(text)
    ctx: dict = {"article_id": "text", "published": None, "paragraph_lines": (), **(context or {})}
    if "actors" in doc.spans:
        ctx["sentences"] = sentence_stage(doc, ctx)
        ctx["mentions"] = mentions_stage(doc, ctx)
        if "codebooks" in ctx:  # the quotes stage needs the quote cues; without them quotes are paired here
            ctx["quotes"] = quotes_stage(doc, ctx)
    rows = [{**row, "where": "body"} for row in stances_stage(doc, ctx)]  # a made-up text is all body
    return pd.DataFrame(rows, columns=STANCE_COLUMNS)

