"""Topic scope: which topic(s) a cue is about.

Tried in order (:func:`cue_topics`), the first that finds any wins:

* ``after``: the topics after the cue up to the next verb cue or clause break
  (``;``, "while", "whereas"): the first one, plus any later one not
  introduced by a place or time preposition ("called for a ceasefire *at* the
  next meeting" is the ceasefire only). After a holder phrase found after the
  cue ("a deadline set by Trump for ..."), the scope starts past it.
* ``pronoun``: a pronoun object right after the cue ("talk about pausing
  *it*"), resolved like a reference (``topic_via = "pronoun"``;
  :mod:`helpers.stance.pronoun_topics`).
* ``before``: a verb or adjective cue looks back to a topic earlier in its
  clause ("something Kyiv claims to support", "talks are what Moscow
  wants"); a noun or an alternative ("... or face sanctions") never does.
* ``elaboration``: a next sentence opening with "These include ..." lends its
  topics (``topic_via = "elaboration"``; the evidence is both sentences).

The topics a cue borrows from around it when its clause names none (a question before it, an apposition,
a summing-up noun, the sentence before) are in :mod:`helpers.stance.nearby`; a proposal named after "before"
that waits on the cue's own (coded conditional) is found by :mod:`helpers.stance.preconditions`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.grammar import (CLAUSE_BREAKS, DETERMINERS, PLAN_NOUNS, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS,
                                    PREPOSITIONS, PROPOSAL_MODIFIERS, SCOPE_STOP_PREPOSITIONS, base_form,
                                    fronted_opener)
from helpers.stance.hits import CueHit, participle_with_agent
from helpers.stance.nearby import answer_to_last_sentence, apposition_topics, question_topics, summary_topics
from helpers.stance.participles import gerund_list, in_participle_aside, participle_clause
from helpers.stance.occasions import AFTER_THE_FACT, OCCASIONS, own_object_at_occasion, own_object_before_time
from helpers.stance.preconditions import precondition, waits_on_subject, with_conditions
from helpers.stance.pronoun_topics import pronoun_topic
from helpers.stance.conjoined import finite_verb_with_object
from helpers.stance.relatives import object_relative, participle_after_term
from helpers.stance.summed import negated_clause_topics

__all__ = ["scope_after", "scope_before", "pronoun_topic", "elaboration", "list_items", "listed_topics", "cue_topics",
           "topic_end_after"]


def _next_verb_cue(hit: CueHit, hits: list[CueHit], sent: Span) -> int:
    """Where the next verb cue after ``hit`` starts (the end of its reach), else the sentence's end. A judgement in
    a relative clause on the object ("tabled demands *that were unacceptable*, including ...") ends nothing."""
    return next((o.start for o in hits if o.start >= hit.end and o.start > hit.start and o.verbal and not o.dropped
                 and o.rule != "judged_object"), sent.end)


# words that open another clause right after ", and" ("*, and that* no summit was planned", "*, and why* ...")
_CLAUSE_WH = {"that", "why", "how", "whether", "what", "where", "when"}

# participles that open a reporting clause after a comma (", citing ...", ", saying ..."): the cue before does
# not reach into it (a list of gerunds, ", cutting ... and giving up ...", goes on)
_REPORTING_PARTICIPLES = {"citing", "saying", "adding", "noting", "arguing", "stressing", "explaining", "referring",
                          "pointing", "claiming", "insisting", "telling", "writing", "accusing", "blaming"}


def scope_after(ix: ArticleIndex, hit: CueHit, hits: list[CueHit], topics: list[TopicHit],
                sent: Span) -> list[TopicHit]:
    """Topics inside or after the cue, up to the next verb cue or clause break."""
    doc = ix.doc
    end = _next_verb_cue(hit, hits, sent)
    condition = next((o.start for o in hits if o.start >= hit.end and o.frame == "modifier" and o.hypothetical),
                     end)
    for j in range(hit.end, end):
        if doc[j].lower_ in CLAUSE_BREAKS or opens_as_clause(ix, j):
            end = j
            break
        if doc[j].lower_ == "and" and j > hit.end and j + 1 < end and doc[j + 1].lower_ in _NEW_PREDICATE:
            end = j  # "agreed to hold more talks *and would* send ideas on a truce later": another predicate
            break
        if doc[j].lower_ == "and" and j > hit.end and j + 2 < end and finite_verb_with_object(ix, j + 1):
            end = j  # "scraps Budapest summit *and hits* Russian oil giants with sanctions": another predicate
            break
        if _but_opens_clause(doc, j) and j - 1 > hit.end:
            end = j - 1  # "open to talks*, but Western guarantees* unacceptable": another clause, its own subject
            break
        if doc[j].lower_ == "without" and j > hit.end and j + 1 < end and doc[j + 1].lower_.endswith("ing") \
                and doc[j + 1].lower_ not in {"preconditions", "bring"}:
            end = j  # "back the ceasefire *without reaching for* new sanctions": what is done without, not backed
            break
        if doc[j].lower_ == "but" and j > hit.end and j + 1 < end and doc[j + 1].lower_ in {"no", "without"}:
            end = j  # "agree a prisoner swap *but no* ceasefire": what was not agreed is no object of the cue
            break
        if doc[j].lower_ == "that" and j - 1 > hit.end and doc[j - 1].lower_ == "but":
            end = j - 1  # 'Russia "is committed to peace" *but that* a ceasefire must not ...': another clause
            break
        if doc[j].lower_ in _CLAUSE_WH and j - 2 > hit.end and doc[j - 1].lower_ == "and" and doc[j - 2].text == ",":
            end = j - 2  # "agreed not to disclose details*, and that* no summit was planned": the next reported clause
            break  # (or a question clause: "NATO must prepare for a long confrontation*, and why* frozen assets ...")
        if doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ in {"and", "but"} \
                and _finite_before_topic(ix, j + 2, end):
            end = j  # "declined the request for missiles*, and a phone call* with Putin had raised hopes of a meeting"
            break
    end = next((o.start for o in hits if hit.end <= o.start < end and o.frame == "modifier" and o.hypothetical
                and o.span[-1].lower_ == "that" and len(o.span) > 1), end)  # "dismissed claims that ...": not
    # what is dismissed is the claim, and the proposal inside it is no object of the cue
    for m in ix.markers_in("negation", hit.end, end):  # "agree prisoner swap*, fail to* reach truce": a new clause
        if m.start - 1 > hit.end and doc[m.start - 1].text == "," and ix.quote_at(m.start) < 0 \
                and m.text.lower() not in {"not", "no", "nor", "never", "without"}:  # ", not X" names what is not wanted
            end = m.start - 1
            break
    for j in range(hit.end + 1, end - 1):  # "demands pressure on Moscow*, citing* ... Geneva talks": a reporting
        if doc[j].text == "," and ix.quote_at(j) < 0 and (doc[j + 1].lower_ in _REPORTING_PARTICIPLES  # clause
                                                          or participle_clause(ix, j + 1)
                                                          and not gerund_list(ix, j + 1, end)
                                                          or doc[j + 1].lower_ == "without"  # ", without
                                                          and doc[j + 2].lower_.endswith("ing")):  # mentioning"
            end = j  # "proposed talks in Istanbul*, sidestepping* a European demand for a truce": another clause
            break
    for m in ix.markers_in("speech", hit.end, end):  # "agreed a prisoner swap, said they would trade ideas on a ceasefire"
        k = m.start - 1
        while k > hit.end and doc[k].lower_ in _SPEECH_ADVERBS:
            k -= 1
        if ix.quote_at(m.start) < 0 and doc[k].text in {",", "and"} and not base_form(doc[m.start].lower_):
            end = m.start  # (not a verb of a list of infinitives: "to withdraw ... *and write* a ban on NATO
            break  # membership into its constitution")
    begin = hit.start
    if hit.holder_end > hit.end:
        begin = hit.holder_end
    if hit.end < end and doc[hit.end].text == ",":  # "demanded*, as the price of a truce,* that Ukraine pull out":
        close = next((j for j in range(hit.end + 1, min(end - 1, hit.end + 12)) if doc[j].text == ","), None)
        if close is not None and doc[close + 1].lower_ == "that":  # the aside is not what is demanded
            begin = max(begin, close + 1)
    object_of_verb = any(o is not hit and o.verbal and hit.start - 3 <= o.end <= hit.start for o in hits)
    chosen: list[TopicHit] = []
    for t in topics:
        if not (hit.start <= t.start < hit.end or begin <= t.start < end
                or t.via == "reference" and t.start <= hit.start < t.end and not object_of_verb):
            continue  # "dropped *the demand*": the reference names it (not "committing to the proposal": an object)
        if chosen:
            lo = chosen[-1].end  # after an aside closed by ", and" ("Crimea*, annexed by Russia in 2014, and*
            comma = next((j for j in range(t.start - 1, lo - 1, -1) if doc[j].text == ","), None)  # membership")
            if comma is not None and doc[comma + 1].lower_ in {"and", "or"}:
                lo = comma + 1
            elif _infinitive_series(doc, hit.start, chosen[0].start):  # "to cede X, cap its army *at* 600,000
                # and stay out of NATO": the preposition belongs to the item before "and"
                lo = next((j + 1 for j in range(t.start - 1, lo - 1, -1) if doc[j].lower_ in {"and", "or"}), lo)
            if _preposition_before(doc, t.start, lo) in SCOPE_STOP_PREPOSITIONS:
                if t.polarity == "c" and _preposition_before(doc, t.start, lo) == "with":
                    chosen.append(t)  # "must stop now, *with the line of contact as the starting point*": the
                    continue  # terms it comes with are a condition on it
                break
            if any(doc[j].lower_ in _TIME_PREPOSITIONS for j in range(lo, t.start)):
                break  # "are set to meet in Alaska*, after a deadline for Moscow to halt the war*": when, not what
            if any(doc[j].lower_ in {"that", "which", "who"} for j in range(chosen[-1].end, t.start)):
                break  # "a truce *that* would allow for peace talks": a clause about the first topic
            if (hit.before_topic or hit.verbal) and _verb_after_and(ix, chosen[-1].end, t.start) \
                    and not _infinitive_series(doc, hit.start, chosen[0].start) \
                    and not (hit.frame == "demand" and hit.span[-1].lower_ == "that"):  # "demanded that Kyiv
                # pull out of four regions *and abandon* its NATO bid": the demanded clause's verbs, in a series
                break  # "would *start* territorial talks ... *and leave* NATO membership to ...": another verb's
        elif t.start >= hit.end and _preposition_before(doc, t.start, hit.end) in _TIME_PREPOSITIONS \
                and ix.mention_starts and _mention_between(ix, max(begin, hit.end), t.start):
            continue  # "reaffirmed support for Ukraine *after* Berlin talks": the object was the actor
        elif t.start >= hit.end and own_object_before_time(ix, hit.end, t.start):
            continue  # "ready to send troops *after a ceasefire*": when, not what
        elif t.start > hit.end and hit.verbal and own_object_at_occasion(ix, hit.end, t.start):
            continue  # "agreed to a prisoner swap *at the Istanbul talks*": where, not what
        elif (hit.kind == "noun" or hit.nominal) and t.start > hit.end and doc[hit.end].lower_ in AFTER_THE_FACT:
            break  # "dropped the demand *after his summit*": when, not what was demanded
        elif t.start > hit.end and doc[hit.end].lower_ in {"after", "following"} \
                and all(doc[j].lower_ in DETERMINERS or doc[j].lower_ in PROPOSAL_MODIFIERS
                        for j in range(hit.end + 1, t.start)):
            continue  # "troops could be deployed *after a ceasefire*": when, not what
        chosen.append(t)
    if chosen and chosen[0].start < condition:  # "tighten sanctions if Moscow accepts the ceasefire": the
        chosen = [t for t in chosen if t.start < condition]  # if-clause is a condition, not a second object
    elif chosen and hit.holder_mode in ("speaker", "speaker_only"):  # "sanctions would follow if Moscow refused a ceasefire":
        chosen = []                                   # the condition is no object; the subject is the topic
    return chosen


# words between "and" and a speech verb that ends a cue's reach ("confirmed the swap and *also* said ...")
_SPEECH_ADVERBS = {"also", "later", "then", "separately", "further"}
_FINITE = {"had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "did", "does"}


def _finite_before_topic(ix: ArticleIndex, k: int, end: int) -> bool:
    """Does a finite auxiliary come before any proposal in the ten words from ``k``: a clause of its own after
    ", and" ("*, and* a phone call with Putin *had* raised hopes of a meeting"), not a list of objects?"""
    for i in range(k, min(end, k + 10)):
        if i in ix.topic_starts:  # a proposal is the new clause's subject when a finite verb follows it
            t_end = max((t.end for t in ix.topic_spans if t.start == i), default=None)
            return t_end is not None and t_end < min(end, len(ix.doc)) and ix.doc[t_end].lower_ in _FINITE \
                and i == k  # (", and *sanctions have* not changed that", not ", and new sanctions on ...")
        if ix.doc[i].lower_ in _FINITE:
            return i > k  # a subject between ", and" and the verb; ", and would ..." is the same subject's
    return False


def opens_as_clause(ix: ArticleIndex, j: int) -> bool:
    """"offered to drop NATO ambitions *as he held* talks", "will not lift sanctions *until Russia withdraws*":
    "as"/"until"/"once" before a subject opens a new clause ("until Friday" does not)."""
    doc = ix.doc
    if doc[j].lower_ not in {"as", "until", "once"} or j + 1 >= len(doc):
        return False
    if doc[j].lower_ == "until" and doc[j + 1].lower_ in {"the", "its", "their"}:
        return True  # "until the war ends"
    if doc[j].lower_ == "until" and doc[j + 1].lower_ in {"a", "an"} and any(k in ix.topic_starts
                                                                         for k in range(j + 2, min(j + 4, len(doc)))):
        return True  # "would not meet Putin *until a ceasefire* was in place"
    if doc[j].lower_ == "once" and doc[j + 1].lower_ in {"a", "an", "the", "its", "their"} \
            and (j == 0 or doc[j - 1].lower_ != "only"):
        return True  # "ready to go *once a ceasefire is agreed*": when, not what ("only once" is a condition)
    if doc[j + 1].lower_ in {"he", "she", "they", "it", "we"}:
        return True
    if doc[j].lower_ == "as":  # "backs Europe's truce push *as Istanbul talks yield* only a prisoner swap": a proposal
        k = j + 1  # as the subject of a clause of its own
        while k < min(j + 3, len(doc)) and k not in ix.topic_starts and (doc[k].lower_ == "the" or doc[k].is_title):
            k += 1
        end = max((t.end for t in ix.topic_spans if t.start == k), default=None)
        if end is not None and end < len(doc) and doc[end].is_alpha and doc[end].is_lower \
                and doc[end].lower_ not in PREPOSITIONS and doc[end].lower_ not in {"and", "or", "the", "a", "an", "of"} \
                and doc[end].lower_ not in PLAN_NOUNS:  # (not "as the frozen assets *plan* stalls": its plan)
            return True
    m = ix.mention_at_start.get(j + 1)  # "as Zelensky *held*", not "the same status as Ukraine *in* the talks"
    return m is not None and m.end < len(doc) and doc[m.end].is_alpha and doc[m.end].is_lower \
        and doc[m.end].lower_ not in PREPOSITIONS and doc[m.end].lower_ not in {"and", "or", "the", "a", "an"}


# a topic after one of these, past an actor the cue took as its object, is when it happened, not what
_TIME_PREPOSITIONS = {"after", "before", "since", "following", "ahead", "amid"}
_TIME_CLAUSES = {"after", "when", "once", "following"}  # "dropped *its veto after* securing ...": the clause ends


def _preposition_before(doc, pos: int, lo: int) -> str | None:
    """The nearest preposition in the three words before ``pos`` (not before ``lo``); "ahead of" is "ahead"."""
    for j in range(pos - 1, max(lo, pos - 4) - 1, -1):
        if doc[j].lower_ in PREPOSITIONS:
            if doc[j].lower_ == "of" and j > 0 and doc[j - 1].lower_ == "ahead":
                return "ahead"  # "ahead of the talks" is a time, like "before"
            return doc[j].lower_
    return None


def _verb_after_and(ix: ArticleIndex, lo: int, pos: int) -> bool:
    """Does another verb stand between an "and" (after ``lo``) and the topic at ``pos`` ("... *and leave* NATO
    membership to the allies"), a lower-case word that is no determiner, modifier or preposition?"""
    doc = ix.doc
    k = next((j for j in range(pos - 1, lo - 1, -1) if doc[j].lower_ in {"and", "or"}), None)
    if k is None or k + 1 >= pos:
        return False
    w = doc[k + 1]
    return w.is_alpha and w.is_lower and w.lower_ not in DETERMINERS and w.lower_ not in PROPOSAL_MODIFIERS \
        and w.lower_ not in PREPOSITIONS and not ix.in_topic(w.i) and ix.mention_covering(w.i) is None \
        and w.lower_ not in ix.inverter_first_words  # "agreed to hold talks *and lift* sanctions",
    # "surrendering territory *and giving up* NATO": what the same verb names, turned


def _infinitive_series(doc, lo: int, pos: int) -> bool:
    """Is the first object an infinitive of the cue ("would require Ukraine *to cede* the Donbas, cap its army and
    stay out of NATO")? Then a verb after "and" is the next item of the same series, not a predicate of its own."""
    return any(doc[j].lower_ == "to" and doc[j + 1].is_alpha and doc[j + 1].is_lower
               and doc[j + 1].lower_ not in DETERMINERS and doc[j + 1].lower_ not in PROPOSAL_MODIFIERS
               for j in range(lo, pos))


def _mention_between(ix: ArticleIndex, lo: int, hi: int) -> bool:
    k = bisect.bisect_left(ix.mention_starts, lo)
    return k < len(ix.mentions) and ix.mentions[k].start < hi


# an auxiliary or modal right after "and" opens another predicate of the same subject
_NEW_PREDICATE = {"would", "will", "could", "should", "can", "must", "may", "might", "has", "have", "had", "is",
                  "are", "was", "were", "did", "does"}
# words after ", but" that keep the clause going ("backed talks, but not a truce", "but only with guarantees")
_BUT_CONTINUES = {"not", "only", "also", "rather", "with", "without", "on", "in", "at", "for", "to", "that", "then",
                  "still", "never", "no"}


def _but_opens_clause(doc, j: int) -> bool:
    """Is token ``j`` a "but" after a comma that opens a clause with a subject of its own (", but Western
    guarantees ...")?"""
    return doc[j].lower_ == "but" and j > 0 and doc[j - 1].text == "," and j + 1 < len(doc) \
        and doc[j + 1].is_alpha and doc[j + 1].lower_ not in _BUT_CONTINUES


def scope_before(ix: ArticleIndex, hit: CueHit, hits: list[CueHit], topics: list[TopicHit],
                 sent: Span) -> list[TopicHit]:
    """Topics earlier in the cue's clause, after any verb cue before it."""
    if hit.rule == "agent" and hit.start - 1 > sent.start and ix.doc[hit.start - 1].text == ",":
        named = [t for t in topics if hit.start - 4 <= t.end <= hit.start - 1]
        if named:  # "the talks*, broken off by* Kyiv in 2022": the participle describes the noun before the comma
            return named[-1:]
    if hit.kind == "verb" and hit.stance != "neutral" and hit.end < sent.end and ix.doc[hit.end].lower_ == "what":
        return []  # "rejecting *what he called* pressure tactics": the verb's object follows it, named or not
        # (not "declining to say *what* it would send": what is left unsaid is about the proposal before it)
    lo = ix.clause_start(hit.start, sent)
    own_subject = -1
    if hit.rule == "subject" and hit.kind == "verb" and hit.holders:
        k = bisect.bisect_left(ix.mention_starts, hit.start) - 1
        while k >= 0 and ix.mentions[k].start >= lo:
            if ix.mentions[k].actor_id in hit.holders:
                own_subject = ix.mentions[k].start
                break
            k -= 1
    speech = ix.markers_in("speech", lo, hit.start)
    if speech and hit.kind == "verb" and fronted_opener(ix.doc, sent.start, sent.end):
        lo = max(lo, speech[-1].end)  # "After meeting Zelensky, Trump said he opposed ...": the said clause only
    for m in speech if hit.kind == "adj" else ():  # "said Russia was ready for talks *and repeated that* a truce
        if m.start - 1 > lo and ix.doc[m.start - 1].lower_ in {"and", "but"} and m.end < hit.start \
                and ix.doc[m.end].lower_ == "that" and ix.quote_at(m.start) < 0:
            lo = max(lo, m.end)  # was unacceptable": what the adjective judges is in that clause
    for other in hits:
        if other.end <= hit.start and other.verbal and not other.dropped and other is not hit \
                and not (hit.rule == "passive" and (_set_off(ix.doc, other, hit.start, lo)
                                                    or participle_with_agent(other.span))) \
                and not _conjoined_predicates(ix.doc, other, hit):
            lo = max(lo, other.end)
    for j in range(lo + 1, hit.start - 2):  # "declined to join sanctions*, and its trade* with Russia has expanded":
        if ix.doc[j].text == "," and ix.doc[j + 1].lower_ in {"and", "but"} \
                and ix.doc[j + 2].lower_ in {"its", "their", "his", "her", "that"}:  # another clause, its own
            # subject (", and that European amendments were unacceptable": another reported clause)
            lo = j + 1
    for j in range(lo + 1, hit.start):
        if _but_opens_clause(ix.doc, j) and any(j < t.start and t.end <= hit.start for t in topics):
            lo = j + 1  # "open to talks, *but* Western guarantees unacceptable": not the talks (with no proposal
            # of its own, the clause answers the one before: "Ukraine wants to join NATO, but Russia objects")
    found = [t for t in topics if t.start >= lo and t.end <= hit.start
             and _preposition_before(ix.doc, t.start, lo) not in OCCASIONS  # "agreed *at talks* in Jeddah"
             and not in_participle_aside(ix, t, lo, hit.start) and not _in_another_quote(ix, t, hit)]
    for k in range(lo, hit.start - 2):  # "Zelensky*, who attended the summit,* had urged ...": an aside about
        if ix.doc[k].text == "," and ix.doc[k + 1].lower_ in {"who", "whose"}:  # the subject is not the cue's object
            close = next((c for c in range(k + 2, hit.start) if ix.doc[c].text == ","), None)
            if close is not None and (hit.start - close <= 3 or any(  # the aside closes right before the verb, or
                    0 < m.start - close <= 3 for m in ix.markers_in("speech", close, hit.start))):  # before "told"
                found = [t for t in found if not (k < t.start < close)]
    relative = next((k for k in range(hit.start - 1, lo, -1) if ix.doc[k].text == ","
                     and ix.doc[k + 1].lower_ in {"which", "that"}), None)
    if relative is not None and any(t.end <= relative for t in found):
        found = [t for t in found if t.end <= relative][-1:]  # "a proposal for a truce*, which* Moscow did not
        # accept": what the relative clause is about is the last proposal before it
    bare = hit.end >= sent.end or not ix.doc[hit.end].is_alpha  # "..., but Russia *objects*.": nothing after it
    if own_subject >= 0 and not bare:  # "Trump wants a ceasefire, *Putin wants* land": the object of another
        found = [t for t in found if not (t.end <= own_subject and _object_of_a_verb(hits, hit, t)  # verb before it
                                          and not _relative_between(ix, t.end, own_subject))]
    elif hit.rule == "shared_subject" and not bare:  # "rejected a ceasefire and *demanded that* Ukraine withdraw":
        found = [t for t in found if not _object_of_a_verb(hits, hit, t)]  # the first verb's object, not the second's
    return found


def _in_another_quote(ix: ArticleIndex, t: TopicHit, hit: CueHit) -> bool:
    """Is ``t`` inside a quoted sentence the cue is not in ('"... come to the table," Bessent said, adding that
    Washington was *ready to* go further')? Someone else's words, not the reported clause's subject."""
    q = ix.quote_at(t.start)
    return q >= 0 and q != hit.segment and ix.quotes[q].full


_PREDICATE_JOINS = {"but", "and", "yet", '"', "”", "’"}


def _conjoined_predicates(doc, other: CueHit, hit: CueHit) -> bool:
    """"a meeting was *needed* but *had to be prepared*": two predicates of one subject, joined by a bare "but" or
    "and" with nothing else between; the later one is about the same proposal as the first."""
    between = [doc[j].lower_ for j in range(other.end, hit.start)]
    return bool(between) and any(w in {"but", "and", "yet"} for w in between) \
        and all(w in _PREDICATE_JOINS for w in between) and doc[other.end].lower_ not in {"and", "but", "yet"} \
        or bool(between) and between[-1] in {"but", "yet"} and all(w in _PREDICATE_JOINS for w in between)


def _relative_between(ix: ArticleIndex, a: int, b: int) -> bool:
    """"a ceasefire, *something* both Kyiv and Moscow claim to support": the proposal is the later verb's object."""
    return any(ix.doc[j].lower_ in {"something", "which", "that", "what", "one", "whom"} for j in range(a, b))


def _object_of_a_verb(hits: list[CueHit], hit: CueHit, t: TopicHit) -> bool:
    """Is topic ``t`` right after another verb cue (up to three words between), as its object?"""
    return any(o is not hit and o.verbal and not o.dropped and o.end <= t.start <= o.end + 3 for o in hits)


def _set_off(doc, other: CueHit, pos: int, lo: int) -> bool:
    """Is ``other`` inside commas before ``pos`` ("The proposal*, backed by Kyiv,* was rejected by Moscow")?"""
    return any(doc[j].text == "," for j in range(lo, other.start)) \
        and any(doc[j].text == "," for j in range(other.end, pos))


def elaboration(ix: ArticleIndex, s: int) -> list[TopicHit]:
    """The topics of the next sentence of the paragraph when it opens with "These include"."""
    if s + 1 >= len(ix.sents) or ix.sent_para[s + 1] != ix.sent_para[s]:
        return []
    nxt = ix.sents[s + 1]
    if not ix.markers_in("elaboration", nxt.start, nxt.start + 1):
        return []
    return [t._replace(via="elaboration") for t in ix.sentence_topics(nxt)]


def list_items(ix: ArticleIndex, s: int, *, limit: int = 15) -> list[int]:
    """The sentences listed after sentence ``s`` when it ends with a colon ("put forward the following demands:"):
    the next ones that end with ";" or open in lower case, each its own item; the list ends at the first other."""
    sent = ix.sents[s]
    j = sent.end - 1
    while j > sent.start and ix.doc[j].is_space:
        j -= 1
    if ix.doc[j].text != ":":
        return []
    items: list[int] = []
    for k in range(s + 1, min(len(ix.sents), s + 1 + limit)):
        text = ix.sents[k].text.strip()
        if not text:
            break
        if text.endswith(";") or text[0].islower():
            items.append(k)
            if not text.endswith(";"):
                break  # the last item, closed by a full stop
        else:
            break
    return items


def listed_topics(ix: ArticleIndex, s: int) -> list[TopicHit]:
    """The topics of the items listed after sentence ``s`` (:func:`list_items`), ``via = "list"``."""
    return [t._replace(via="list") for k in list_items(ix, s) for t in ix.sentence_topics(ix.sents[k])]


_OPENING_MARKS = {'"', "“", "‘", "«", "„"}
_OBJECT_PREPOSITIONS = {"for", "on", "against", "of", "about"}
_OBJECT_STARTS = {"the", "a", "an", "this", "these", "those", "its", "his", "her", "their", "our", "any", "some",
                  "much", "most", "many", "all", "part", "parts", "few", "little"}
_TIME_WORDS = {"day", "next", "same", "following", "previous", "week", "month", "year", "morning", "evening",
               "night", "time", "moment", "weekend"}


def _has_object(ix: ArticleIndex, hit: CueHit, sent: Span) -> bool:
    """Does a verb cue have its own object that names no topic ("slams *Russia's commitment* to peace",
    "criticised *the decision*")? Then it does not look back to a topic before it."""
    j = hit.end
    if j >= sent.end or hit.kind != "verb" or hit.span[-1].lower_ == "by":
        return False  # ("broken off *by* Kyiv": what follows "by" is the agent, not an object)
    doc = ix.doc
    if doc[j].lower_ == "to":  # "preparing *to form* a force": an infinitive complement;
        return not any(t.lower_ in {"be", "been"} for t in hit.span)  # "could be deployed *to Ukraine*": a place
    if doc[j].text in _OPENING_MARKS and j + 1 < sent.end:
        j += 1  # 'calls for *"a just peace"*'
    if ((hit.stance == "support") != hit.negated) and hit.span[-1].lower_ in _OBJECT_PREPOSITIONS and doc[j].is_alpha \
            and not ix.in_topic(j) \
            and doc[j].lower_ not in _TIME_WORDS:
        return True  # "calls for *restraint*", 'pushing for "a just peace"': the preposition's object is no topic
        # (a support cue, negated or not: "no truce as Kenya *calls for patience*"; an objection looks back: 'warning of "unpredictable consequences"' of a force named before)
    if hit.stance == "neutral" and doc[j].lower_ in {"on", "about", "regarding"} \
            and not any(ix.in_topic(k) for k in range(j + 1, min(j + 5, sent.end))):
        return True  # "declining to comment *on Zelensky's remarks*": what was not commented on, no proposal
    if doc[j].lower_ in _OBJECT_STARTS:
        return j + 1 < sent.end and doc[j + 1].lower_ not in _TIME_WORDS
    if doc[j].is_lower and doc[j].lower_.endswith("ing") and len(doc[j]) >= 5 \
            and doc[j].lower_ not in _ING_PREPOSITIONS and not ix.in_topic(j):
        return True  # "favoured *going straight to a deal*": a gerund is the verb's own object
    if hit.span[-1].lower_ == "to" and j + 2 < sent.end and doc[j].is_alpha and doc[j].is_lower \
            and doc[j + 1].lower_ in _OBJECT_STARTS and doc[j + 2].lower_ not in _TIME_WORDS:
        return True  # "is ready to *discuss the matter*": the infinitive has its own object
    m = ix.mention_at_start.get(j)
    if m is not None and hit.frame != "demand" and hit.stance == "support" and (m.end >= sent.end or not (
            doc[m.end].lower_ in {"to", "for", "on", "in", "’s", "'s"} or ix.in_topic(m.end))):
        return True  # "European leaders *rallied behind Ukraine* and ...": an actor is the object, no proposal
    k = next((k for k in range(j, min(j + 3, sent.end)) if doc[k].lower_ not in _AIM_MODIFIERS), j)
    if ((hit.stance == "support") != hit.negated) and doc[k].lower_ in _ABSTRACT_OBJECTS and not ix.in_topic(k):
        return True  # "showed he did not *want peace*": an aim named in a bare noun is the verb's own object (a
        # support cue's, negated or not; a warning "of escalation" still looks back)
    if m is None and _bare_plural_object(ix, j, sent):
        return True  # "would not accept *ultimatums*.": a bare plural noun closing the clause is the object
    return m is not None and m.end < sent.end and doc[m.end].lower_ in {"’s", "'s"}


def _bare_plural_object(ix: ArticleIndex, j: int, sent: Span) -> bool:
    """Is token ``j`` a bare plural noun (lower case, in -s, no proposal) that ends its clause?"""
    doc = ix.doc
    t = doc[j]
    return t.is_alpha and t.is_lower and len(t) > 4 and t.lower_.endswith("s") and not t.lower_.endswith("ss") \
        and not ix.in_topic(j) and t.lower_ not in _NOT_PLURAL_NOUNS \
        and (j + 1 >= sent.end or doc[j + 1].text in {".", ",", ";", ":", "!", "?"})


# aims named by a bare noun right after a verb: its object, never a proposal named before it
_ABSTRACT_OBJECTS = {"peace", "war", "dialogue", "diplomacy", "escalation", "compromise", "victory", "justice",
                     "capitulation", "stability", "confrontation"}

_AIM_MODIFIERS = {"a", "an", "more", "real", "lasting", "genuine", "endless", "just", "total", "durable", "further",
                  "only"}  # "wanted *more* war", "wants *a lasting* peace"

_NOT_PLURAL_NOUNS = {"always", "perhaps", "afterwards", "towards", "besides", "nevertheless", "sometimes",
                     "unless", "thus", "across", "upwards", "backwards", "regardless"}


def _noun_names_its_object(ix: ArticleIndex, hit: CueHit, sent: Span) -> bool:
    """Does a noun cue ending in a preposition name what it is about, and is that no proposal ("Zelensky's *request
    for* Tomahawk missiles")? Then it says nothing about a proposal of another sentence."""
    j = hit.end
    if hit.span[-1].lower_ not in _OBJECT_PREPOSITIONS or j >= sent.end or not ix.doc[j].is_alpha:
        return False
    return not any(ix.in_topic(k) for k in range(j, min(j + 5, sent.end)))


# words in -ing that are prepositions, not a gerund object ("backed it *during* the call")
_ING_PREPOSITIONS = {"during", "including", "regarding", "concerning", "following", "according", "pending",
                     "notwithstanding", "excluding", "considering", "barring"}

def cue_topics(ix: ArticleIndex, s: int, hit: CueHit, hits: list[CueHit], topics: list[TopicHit]) -> list[TopicHit]:
    """The topics of one cue of sentence ``s``: after, pronoun, before (verbs and adjectives), elaboration."""
    sent = ix.sents[s]
    found = [t for t in topics if t.start < hit.start and hit.end <= t.end]  # "the fighting *must* stop": its own term
    if found:
        found += with_conditions(ix, found[-1].end, topics, sent)
    if not found and hit.kind == "verb" and not hit.nominal:
        found = object_relative(ix, hit, topics, sent) or participle_after_term(ix, hit, topics, sent)
    if not found and hit.rule == "passive" and hit.kind == "verb" and hit.end < sent.end \
            and ix.doc[hit.end].lower_ != "by":  # "sanctions would not be *lifted* as a reward for a truce": the
        found = scope_before(ix, hit, hits, topics, sent)  # passive's subject, not a noun after it
    if not found and hit.kind == "adj" and hit.span[-1].lower_ == "first":  # "a ceasefire *must come first*": the
        found = scope_before(ix, hit, hits, topics, sent)  # subject is what comes first, whatever follows
    if not found:
        found = scope_after(ix, hit, hits, topics, sent)
    if not found:
        found = pronoun_topic(ix, hit, sent)
    if not found:
        found = question_topics(ix, hit, sent)
    if not found and (hit.kind == "noun" or hit.nominal) and hit.rule == "possessive":  # "Europe's *truce*
        found = [t for t in topics if t.end == hit.start and t.via == "term"]  # *demand*": the term before it
    if not found and (hit.kind == "noun" or hit.nominal):
        found = apposition_topics(ix, hit, sent)
    if not found:
        found = summary_topics(ix, hit, topics, sent)
    if not found and hit.kind != "noun" and not hit.nominal and not hit.alternative \
            and not _has_object(ix, hit, sent):
        found = scope_before(ix, hit, hits, topics, sent)
    if not found and (hit.kind == "noun" or hit.nominal) and (hit.end >= sent.end or ix.doc[hit.end].is_punct
                                                              or ix.doc[hit.end].lower_ in _TIME_CLAUSES) \
            and hit.start > sent.start and (ix.doc[hit.start - 1].lower_ in POSSESSIVE_PRONOUNS
                                            or ix.doc[hit.start - 1].lower_ in POSSESSIVE_MARKS
                                            or hit.span[0].lower_ in POSSESSIVE_PRONOUNS):
        found = [t for t in topics if t.end <= hit.start and t.start >= sent.start
                 and not any(ix.doc[j].lower_ in PLAN_NOUNS for j in range(t.end + 1, hit.start))][-1:]
        # "adopted the package after Slovakia dropped *its objections*.": a bare noun at the clause's end is about
        # the proposal before (not past a plan: "talks on *the plan* that echoed the Kremlin's demands"); with
        # none in its sentence, the one of the sentence before ("... new sanctions. Slovakia dropped *its veto*")
        if not found and not topics and hit.reversed_from and s > 0 and ix.sent_para[s - 1] == ix.sent_para[s]:
            found = [t for t in ix.sentence_topics(ix.sents[s - 1]) if t.polarity == "+"][-1:]
    own_object = (hit.kind == "noun" or hit.nominal) and _noun_names_its_object(ix, hit, sent)
    if not found and not own_object:
        found = elaboration(ix, s)
    if not found and not own_object:
        found = listed_topics(ix, s)
    if not found and not own_object:
        found = answer_to_last_sentence(ix, s, hit)
    found = negated_clause_topics(ix, hit, [t for t in found if not _what_it_starts(ix, t)], sent)
    if waits_on_subject(ix, hit, found):  # "guarantees *must be in place* before a ceasefire"
        return scope_before(ix, hit, hits, topics, sent) + [t._replace(via="precondition") for t in found]
    extra = precondition(ix, hit, topics, found, end=_next_verb_cue(hit, hits, sent))
    if extra and any(f.start == extra[0].start for f in found):
        return [extra[0] if f.start == extra[0].start else f for f in found]
    return found + extra


def _what_it_starts(ix: ArticleIndex, t: TopicHit) -> bool:
    """Is ``t`` named as what something else is to start ("endorsed the freeze *as a starting point for talks*")?
    The cue's object is the starting point, not the talks."""
    return t.start >= 3 and [w.lower_ for w in ix.doc[t.start - 3:t.start]] == ["starting", "point", "for"]


def topic_end_after(ix: ArticleIndex, j: int, hi: int) -> int | None:
    """End of a proposal term starting at ``j`` past up to six determiners and modifiers ("of *a three-way
    meeting*"), else None."""
    doc = ix.doc
    k = j
    while k < min(j + 6, hi) and k not in ix.topic_starts and (doc[k].is_lower or doc[k].like_num
                                                                   or doc[k].text in {"-", "–"}):
        k += 1
    if k not in ix.topic_starts:
        return None
    return max(t.end for t in ix.topic_spans if t.start == k)
