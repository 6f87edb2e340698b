"""Attribution rules: who holds a cue. Each rule is one function, registered in the order tried.

The holder step (:func:`attribute`) tries :data:`HOLDER_RULES` in order; the
first that returns an :class:`Attribution` names the cue's holders and its
``rule``. A rule returns None when it does not apply; an attribution with no
actors ends the search with nobody (a quotation whose speaker is unknown, a
compound cue with no actor before its hyphen).

* ``quote``: the cue is inside a full quotation: its speaker holds it.
* ``speaker``: the cue is what the speaker says ought to happen ("He stated
  that Europe must be involved").
* ``compound``: "U.S. and European-backed".
* ``after``: "unacceptable to Kyiv and its Western partners", "a red line
  Kyiv refuses to cross".
* ``agent``: "an invitation from Zelensky", "a deadline set by Trump", "left
  without comment by the Russian side".
* ``passive``: "the truce was backed by Trump" (a verb cue after a form of
  "be", with "by" and an actor right after it), or a reduced relative "the
  ceasefire proposed by Washington".
* ``passive_demand``: "Ukraine should not be forced into concessions", Merz
  said: the one reporting it (the subject is the demand's target).
* ``possessive``: "Russia's rejection", "his insistence" (a pronoun resolved
  to the last person named), "the European call for" (a demonym after an article).
* ``proposal_subject`` (in :mod:`helpers.stance.judged`): "EU agrees loan *as
  the frozen assets plan stalls*": nobody (the proposal is the subject).
* ``judged_object`` (in :mod:`helpers.stance.judged`): "tabled demands *that
  were unacceptable*": the reporter of the sentence, never the subject.
* ``subject``: the nearest actor before the cue in its clause that is not
  inside a prepositional phrase ("talks *with* Putin"), a possessor ("Putin's
  aide") or a noun modifier ("the Trump–Putin meeting"), with actors
  coordinated to it ("both Kyiv and Moscow"); ``pronoun`` when that nearest
  candidate is he/she (the last person named) or it (the last country or
  institution named in the sentence); ``relative_clause``: "his earlier
  comments, which leaned toward supporting ...". A noun cue is held by the
  subject of a light verb right before it ("extended an invitation"), or by
  no one.
* ``fronted_clause``: "Despite proposing the talks, the Russian President ...".

``demand`` and ``reported_speech`` are applied later, by
:mod:`helpers.stance.conditions`; ``deontic`` and ``own_side`` by
:mod:`helpers.stance.speakers`; ``condition_demand`` by :mod:`helpers.stance.threats`; ``intention`` by
:mod:`helpers.stance.intentions`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from helpers.stance.agents import late_agent, placed_agent
from helpers.stance.conjoined import past_form, subject_of_first_verb
from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import (DETERMINERS, JUDGING_VERBS, LIGHT_VERBS, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS,
                                    PREPOSITIONS, fronted_opener, past_auxiliaries_back)
from helpers.stance.hits import AGREED_BETWEEN, CueHit, demonym_ending_at, name_modifier, participle_with_agent
from helpers.stance.quoted import named_in_quote, plainly_stated, third_person_subject
from helpers.stance.registry import HOLDER_RULES, Attribution, holder_rule
from helpers.stance.scope import topic_end_after
from helpers.stance.speakers import after_deontic, ruled_out_for_another_side
from helpers.stance.walks import (SubjectKind, coordinated_after, coordinated_before, in_pp, modifier_mention,
                                  nearest_subject,
                                  quote_speakers, reporter, speaker_of, speech_before,
                                  trailing_speaker)

__all__ = ["attribute", "HOLDER_RULES", "judging_verb_before"]

_POSSESSIVE_STOPS = {"and", "or", "but", "yet", "then", "to", "is", "are", "was", "were", "has", "have", "had", "be",
                     "as"}
# people a possessive names by their relation to it, not the possessor ("Ukraine's allies", "Putin's critics")
_OTHERS_OF = {"allies", "ally", "partners", "partner", "critics", "opponents", "backers", "neighbours", "neighbors",
              "enemies", "adversaries", "supporters", "friends", "rivals", "foes"}
_COPULAS = {"is", "are", "was", "were", "be", "been", "remains", "remained", "remain"}


def _noun_like(cue: CueHit) -> bool:
    return cue.nominal or cue.kind == "noun"


@holder_rule("quote")
def quote(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """Inside a full quotation the speaker holds the cue; an unknown speaker holds nothing."""
    if cue.segment >= 0 and ix.quotes[cue.segment].full:
        speakers = quote_speakers(ix, cue.segment)
        if third_person_subject(ix, cue):
            return Attribution(())  # "“They rejected the truce,” Zelensky said": not the speaker's own position
        named = named_in_quote(ix, cue, sent)
        if named and _right_after_be(ix, cue, sent):  # '"Russia *was offered* a truce by Kyiv," he said': the
            agent = passive(ix, cue, sent)              # subject of a passive is given the proposal, its agent
            if agent is not None and agent.holders:     # offers it
                return agent
            named = None
        if named is None and speakers and cue.stance == "oppose" and (cue.kind == "noun" or cue.nominal):
            owner = possessive(ix, cue, sent)  # '"*Russia's* rejection of the truce will cost it," Rutte said'
            if owner is not None and owner.holders and not {ix.sides.get(a) for a in owner.holders} \
                    & {ix.sides.get(a) for a in speakers}:
                return owner  # another side's objection, reported (codebook rule 4)
        if named == ():
            return Attribution(())  # '"Some partners did not support this," Zelensky said': nobody named
        if named and not speakers and plainly_stated(ix, cue):
            return Attribution(named)  # '"Russia demands neutrality," one analyst said': Russia's, reported
        if named and speakers:
            own = {ix.sides.get(a) for a in speakers}
            reported = all(a in ix.persons for a in named) and not set(named) & set(speakers)
            if reported or not any(ix.sides.get(a) in own for a in named):  # '"*Putin* is not ready," Peskov
                # said': a person the speaker reports on holds it (codebook rule 4), of either side
                if not (after_deontic(ix, cue) or ruled_out_for_another_side(ix, cue, speakers, holders=named)):
                    return Attribution(named)  # "“Russia has rejected every ceasefire,” Zelensky said": Russia's
                # "“Russia must agree to a ceasefire,” she said": the speaker's demand
        return Attribution(speakers)  # the speaker's own side ("“Ukraine will never ...,” Zelensky said") stays his
    return None


@holder_rule("speaker")
def speaker(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """A ``holder: speaker`` cue: the subject of the speech verb before it ("He stated that ... must").
    ``speaker_only``: nobody else, when no one speaks ("Russia has no veto over ..." is no one's position, least
    of all Russia's)."""
    if cue.holder_mode not in ("speaker", "speaker_only"):
        return None
    verb = speech_before(ix, cue.start, sent.start)
    who = speaker_of(ix, verb) if verb is not None else trailing_speaker(ix, cue.end, sent)
    if not who and cue.holder_mode == "speaker_only":
        return Attribution(())
    return Attribution(who) if who else None


@holder_rule("compound")
def compound(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """A ``holder: compound`` cue ("U.S. and European-backed"): the actor or demonym right before the hyphen."""
    if cue.holder_mode != "compound":
        return None
    lo = ix.clause_start(cue.start, sent)
    return Attribution(_compound_actors(ix, cue, lo) or ())


def _compound_actors(ix: ArticleIndex, cue: CueHit, lo: int) -> tuple[str, ...] | None:
    if cue.start - 1 < lo:
        return None
    m = ix.mention_at_end.get(cue.start)
    if m is not None:
        return tuple(coordinated_before(ix, m, lo))
    demonyms = ix.markers.get("demonym", [])
    for d in demonyms:
        if d.end == cue.start:
            out = [d.kb_id_]
            k = d.start - 1
            if k > lo and ix.doc[k].lower_ in {"and", "or"}:
                prev = ix.mention_at_end.get(k)
                if prev is not None:
                    out.insert(0, prev.actor_id)
                else:
                    for d2 in demonyms:
                        if d2.end == k:
                            out.insert(0, d2.kb_id_)
            return tuple(out)
    return None


@holder_rule("after")
def after(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """A ``holder: after`` cue: the actors within three function words after it ("unacceptable to Kyiv")."""
    if cue.holder_mode != "after":
        return None
    j = cue.end
    steps = 0
    while j < sent.end and steps < 3:
        m = ix.mention_at_start.get(j)
        if m is not None:
            actors, end = coordinated_after(ix, m, sent.end)
            return Attribution(tuple(actors), end)
        if ix.doc[j].lower_ not in {"to", "for", "the", "a", "by", "among", "with", "still"}:
            return None
        j += 1
        steps += 1
    return None


@holder_rule("agent")
def agent(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"an invitation from Zelensky", "a deadline set by Trump": for ``holder: agent`` cues and nouns.

    For a noun, a possessor before it ("Russia's invitation from ...") wins:
    the possessive rule is asked first.
    """
    if cue.holder_mode == "agent":
        found = _agent_phrase(ix, cue, sent.end)
        if found:
            return found
    if _noun_like(cue) and possessive(ix, cue, sent) is None:
        return _agent_phrase(ix, cue, sent.end)
    return None


def _agent_phrase(ix: ArticleIndex, cue: CueHit, hi: int) -> Attribution | None:
    doc = ix.doc
    j, limit = cue.end, min(cue.end + 3, hi)
    if cue.span[-1].lower_ in ("by", "from"):
        j -= 1  # a cue that ends in its "by" ("declared by", "calls from"): the agent follows it
    passed_topic = False
    while j < limit:
        low = doc[j].lower_
        if low in {"of", "for"} and _noun_like(cue) and (end := topic_end_after(ix, j + 1, hi)) is not None:
            j, limit = end, min(end + 1, hi)  # "the proposal *of a three-way meeting* by Witkoff"
            passed_topic = True
            continue
        if low in {"by", "from"} or low == "between" and j == cue.end and cue.span[-1].lower_ in AGREED_BETWEEN:
            k = j + 1
            while k < min(j + 4, hi) and k not in ix.mention_at_start and doc[k].is_alpha \
                    and (doc[k].is_lower or doc[k].lower_ in {"the", "a", "an"}
                         or doc[k].is_title and k + 1 in ix.mention_at_start):
                k += 1  # "by *the various* European countries", "from *Republican* Lindsey Graham"
            m = ix.mention_at_start.get(k)
            if m is not None:
                actors, end = coordinated_after(ix, m, hi)
                if end + 1 < hi and doc[end].lower_ == "with" and (w := ix.mention_at_start.get(end + 1)) is not None:
                    more, end = coordinated_after(ix, w, hi)  # "negotiated by Witkoff *with* Dmitriev": both authors
                    actors = [*actors, *more]
                return Attribution(tuple(actors), -1 if passed_topic else end)  # the topic is before it
            return None
        if low in PREPOSITIONS or ix.mention_covering(j) is not None:
            return None
        j += 1
    return None


_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being", "’s", "'s"}


@holder_rule("passive")
def passive(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """A passive verb cue with its agent: "the truce was backed by Trump", "has been proposed by Kyiv"."""
    if _noun_like(cue) or cue.kind != "verb":
        return None
    doc = ix.doc
    before = {doc[j].lower_ for j in range(max(sent.start, cue.start - 3), cue.start)}
    if cue.start - 1 >= sent.start and doc[cue.start - 1].lower_ == "to":
        return None  # "would *be* prepared *to accept* guarantees from the US": an infinitive, not a passive
    if not before & _BE_FORMS:
        # a reduced relative: "the ceasefire *proposed by* Washington", "sanctions *imposed by* the EU"
        if not (len(cue.span) == 1 and cue.end < sent.end and participle_with_agent(cue.span)):
            return None
    found = _agent_phrase(ix, cue, sent.end) or late_agent(ix, cue, sent) or placed_agent(ix, cue, sent)
    if found is None and cue.end < sent.end and doc[cue.end].lower_ == "by":
        if before & {"not", "never", "n't", "cannot"}:  # "said guarantees *could not be provided by* foreign troops":
            return Attribution(reporter(ix, cue.segment, cue.start, sent))  # who may not provide them: the speaker's
        return Attribution(())  # "would be provided by the various countries": an agent the codebook lacks
    if found is None and cue.frame != "demand" and _right_after_be(ix, cue, sent):
        # "after the summit *was called off*": no agent, and the subject is what was done, never who did it
        return Attribution(reporter(ix, cue.segment, cue.start, sent) or trailing_speaker(ix, cue.end, sent))
    return found


def _right_after_be(ix: ArticleIndex, cue: CueHit, sent: Span) -> bool:
    """Is the cue a participle right after a form of "be" ("was *rejected*", "has been quietly *shelved*")?"""
    if not cue.span[0].lower_.endswith(("ed", "en")) or (len(cue.span) > 1 and cue.span[-1].lower_ in PREPOSITIONS):
        return False  # "is opposed to", "was prepared to", "is committed to": an adjective, its subject holds it
    return _be_right_before(ix, cue.start, sent, {"not", "n't", "never", "also", "now", "quietly", "formally",
                                                  "effectively", "officially", "indefinitely", "repeatedly"})


def _be_right_before(ix: ArticleIndex, pos: int, sent: Span, skip: set[str]) -> bool:
    """Is the word before ``pos``, past the words in ``skip``, a form of "be"?"""
    j = pos - 1
    while j > sent.start and ix.doc[j].lower_ in skip:
        j -= 1
    return j >= sent.start and ix.doc[j].lower_ in _BE_FORMS


@holder_rule("passive_demand")
def passive_demand(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"Ukraine should not *be forced into* concessions, Merz said": the subject of a passive demand is its
    target, never its holder; the one reporting it holds the position (else nobody)."""
    if cue.frame != "demand" or not cue.verbal or cue.start <= sent.start \
            or not cue.span[-1].lower_.endswith(("ed", "en")):
        return None  # a participle: "is *demanding*" is active
    if not _be_right_before(ix, cue.start, sent, {"not", "n't", "never", "also", "now", "being"}):
        return None
    return Attribution(reporter(ix, cue.segment, cue.start, sent) or trailing_speaker(ix, cue.end, sent))


@holder_rule("possessive")
def possessive(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"Russia's effective rejection", "his earlier insistence" (up to two words between)."""
    if cue.kind == "adj":
        return None  # "called Putin's offer *a manipulation*": an adjective's holder is never a possessive
    if cue.span[0].lower_ in _COPULAS:
        return None  # "Ukraine's neutrality *was a condition for* peace": the possessive owns the subject, not the cue
    doc = ix.doc
    lo = ix.clause_start(cue.start, sent)
    m = name_modifier(ix, cue.span, lo) if _noun_like(cue) else None
    if m is not None:
        return Attribution((m.actor_id,))  # "cool on *Trump push* for a summit", "a *Kremlin* demand": the name
    j = cue.start - 1
    if cue.span[0].lower_ in POSSESSIVE_PRONOUNS and cue.span[0].lower_ != "their" and len(cue.span) > 1:
        j = cue.start  # a cue that holds its possessive ("dropped *his opposition*")
    skipped = 0
    while j >= lo and skipped <= 2:
        t = doc[j]
        low = t.lower_
        if low in POSSESSIVE_MARKS:
            if ix.in_topic(j):
                return None  # "*Ukraine's security* should be ensured": the possessive is part of the proposal
            m = ix.mention_at_end.get(j)
            return Attribution((m.actor_id,)) if m is not None else None
        if low == "their":
            pair = _their(ix, j, sent)
            return Attribution(pair) if pair else None
        if low in POSSESSIVE_PRONOUNS:
            who = ix.resolve_possessive(j, POSSESSIVE_PRONOUNS[low])
            return Attribution((who,)) if who else None
        if t.text in {"-", "–"} and j > lo and not doc[j - 1].whitespace_:
            j -= 1  # a hyphenated modifier counts as one word ("Trump's 50-day ultimatum")
            continue
        demonym = demonym_ending_at(ix, j) if _noun_like(cue) else None
        if demonym is not None and (demonym.start > lo and doc[demonym.start - 1].lower_ in {"the", "a", "an"}
                                    or demonym.end == cue.start and ix.mention_covering(j) is None):
            return Attribution((demonym.kb_id_,))  # "the European call for a truce", "a U.S. proposal",
            # "dismissed *European* demands for a truce" (a bare adjective right before the noun)
        if low in _OTHERS_OF:
            return None  # "*Ukraine's allies* backed a ceasefire": others than Ukraine
        if (t.is_alpha and t.is_lower or t.like_num) and low not in DETERMINERS and low not in PREPOSITIONS \
                and low not in _POSSESSIVE_STOPS:
            skipped += 1
            j -= 1
            continue
        return None
    return None


def _their(ix: ArticleIndex, pos: int, sent: Span) -> tuple[str, ...]:
    """Who "their" is: the sentence's coordinated subject ("Trump and Putin discussed their plan") or its
    subject and the partner after "with" ("Trump spoke with Putin, and their agreement")."""
    k = bisect.bisect_left(ix.mention_starts, sent.start)
    if k >= len(ix.mentions) or ix.mentions[k].start >= pos:
        return ()
    first = ix.mentions[k]
    actors, end = coordinated_after(ix, first, pos)
    if len(set(actors)) > 1:
        return tuple(dict.fromkeys(actors))
    for m in ix.mentions[k + 1:]:
        if m.start >= pos:
            break
        if ix.doc[m.start - 1].lower_ == "with" and m.actor_id != first.actor_id:
            return (first.actor_id, m.actor_id)
    return ()


# verbs that hold a noun cue only through "with" ("Putin *countered with* a proposal for talks"; not "responded to")
_ANSWERING = {"responded", "responds", "replied", "replies", "answered", "answers", "countered", "counters", "came",
              "comes"}


def _light(doc, j: int) -> bool:
    return doc[j].lower_ in LIGHT_VERBS or doc[j].lower_ in _ANSWERING and doc[j + 1].lower_ in ("with", "back")


def _walk_start(ix: ArticleIndex, cue: CueHit, sent: Span) -> int | None:
    """Where the subject walk starts: the cue, or for a noun the light verb before it; None if it has none.
    An adjective judging an object ("India *called* the U.S. tariff *unfair*") starts at the judging verb."""
    if cue.kind == "adj" and (judge := judging_verb_before(ix, cue, sent)) is not None:
        return judge
    if not _noun_like(cue):
        return cue.start
    lo = ix.clause_start(cue.start, sent)
    j = cue.start - 1
    steps = 0
    while j >= lo and steps < 3 and not _light(ix.doc, j):
        j -= 1
        steps += 1
    if j < lo or not _light(ix.doc, j):
        return None
    nxt = ix.doc[j + 1].lower_
    if j + 1 < cue.start and (nxt.endswith("ed") or nxt.endswith("en")):
        return None  # "has *rejected* the proposal": an auxiliary before another verb, not a light verb
    return j


def judging_verb_before(ix: ArticleIndex, cue: CueHit, sent: Span) -> int | None:
    """A verb that says what its object is ("calls", "described ... as") before an adjective cue, in its clause."""
    doc = ix.doc
    lo = max(ix.clause_start(cue.start, sent), cue.start - 25)
    q = ix.quote_at(cue.start)
    if q >= 0 and cue.start - ix.quotes[q].start > 6:
        return None  # deep inside a quotation: the quoted speaker's words, not a judgement quoted in a word or two
    for j in range(cue.start - 1, lo - 1, -1):
        if doc[j].lower_ in JUDGING_VERBS and ix.quote_at(j) < 0 \
                and (j + 1 >= len(doc) or doc[j + 1].lower_ not in {"for", "on", "off", "up", "that"}) \
                and not (j - 1 >= lo and doc[j - 1].lower_ in DETERMINERS):  # "after *a call* with Putin": a noun
            return j
    return None


def _nearest(ix: ArticleIndex, cue: CueHit, sent: Span) -> tuple[tuple[str, ...], SubjectKind] | None:
    """The nearest subject candidate of the cue (one walk, shared by the three rules that read it)."""
    if "nearest" not in cue.memo:
        pos = _walk_start(ix, cue, sent)
        lo = ix.clause_start(cue.start, sent)
        cue.memo["nearest"] = None if pos is None else nearest_subject(ix, pos, lo, seg=cue.segment)
    return cue.memo["nearest"]


def _nearest_of_kind(ix: ArticleIndex, cue: CueHit, sent: Span, kind: SubjectKind) -> Attribution | None:
    found = _nearest(ix, cue, sent)
    return Attribution(found[0]) if found is not None and found[1] == kind else None


_CONJOINED_ADVERBS = {"also", "then", "later", "now", "even", "to", "has", "have", "had", "would", "will", "is", "was",
                      "repeatedly", "again", "since"}
_PHASE_PAST = {"began", "begun", "started"}  # "and *began* arranging": the verb after "and", in the past
_CONJOINED_SKIP = _CONJOINED_ADVERBS | _PHASE_PAST | {"start", "begin"}


@holder_rule("shared_subject")
def shared_subject(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """A verb conjoined to an earlier verb cue shares its holder: "Putin agreed to meet Zelensky *and accept*
    guarantees" is Putin's acceptance, not Zelensky's (he is the object of "meet")."""
    if not cue.verbal:
        return None
    doc = ix.doc
    lo = ix.clause_start(cue.start, sent)
    j = cue.start - 1
    while j > lo and doc[j].lower_ in _CONJOINED_SKIP:
        j -= 1
    if j == lo and doc[j].lower_ == "but" and j - 1 >= sent.start and doc[j - 1].text != ",":
        lo = ix.clause_start(j - 1, sent)  # "accepted the talks *but insisted* on a ceasefire": "but" opened a clause
    if j <= lo or doc[j].lower_ not in {"and", "but"}:
        return None  # ("Kyiv and Moscow agreed": the word before the verb is a name: the subject rule's case)
    earlier = [c for c in ix.cues_in(lo, j) if c.end <= j and ix.memo.get(("holders", c.start))]
    if earlier and (j - 1 > sent.start and doc[j - 1].text == "," or any(m.start == j + 1 for m in ix.markers_in(
            "speech", j + 1, j + 2))):  # (or a speech verb itself: "said Europe was ready *but insisted* that")
        # "Merz said that Europe would not accept X*, and called for* Y": after a comma the verb joins the speech
        speech = [m for m in ix.markers_in("speech", sent.start, earlier[-1].start) if ix.quote_at(m.start) < 0]
        who = speaker_of(ix, speech[0]) if speech else ()
        if who and all(w in ix.persons for w in who):
            return Attribution(who)
    if earlier:
        return Attribution(ix.memo[("holders", earlier[-1].start)])
    verb = next((k for k in range(j + 1, cue.start) if doc[k].lower_ not in _CONJOINED_ADVERBS), cue.start)
    if (first := subject_of_first_verb(ix, lo, j)) is not None \
            and (past_form(doc[verb].lower_) or doc[verb].lower_ in _PHASE_PAST):  # "and then agreed", "and began"
        return Attribution((first,))  # "Peskov*, speaking ...,* said Russia had its own view *and dismissed* the
        # threat": the first verb's subject, not a name inside its object
    if j - 1 > sent.start and doc[j - 1].text == "," and past_form(doc[j + 1].lower_):
        # 'Trump had said Ukraine could end the war if it wanted to*, but ruled out* Crimea': a past verb after
        # ", but" with no subject of its own is the speech verb's partner, so the speaker's
        speech = [m for m in ix.markers_in("speech", sent.start, j) if ix.quote_at(m.start) < 0]
        who = speaker_of(ix, speech[0]) if speech and past_form(doc[speech[0].start].lower_) else ()
        if who:
            return Attribution(who)
    if doc[j + 1].lower_ in _AUXILIARY_AFTER_AND:  # "Orban *has argued* that ... *and has called* for": the verb
        speech = [m for m in ix.markers_in("speech", sent.start, j) if ix.quote_at(m.start) < 0]  # is conjoined
        k = speech[0].start - 1 if speech else sent.start
        while k > sent.start and doc[k].lower_.endswith("ly"):
            k -= 1  # "has *repeatedly* argued"
        if speech and k >= sent.start and doc[k].lower_ in _AUXILIARY_AFTER_AND:
            who = speaker_of(ix, speech[0])  # to the speech verb, which has the same auxiliary before it
            return Attribution(who) if who else None
    return None


_AUXILIARY_AFTER_AND = {"has", "have", "had", "would", "will", "is", "was"}



@holder_rule("trailing_participle")
def trailing_participle(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"Putin said Moscow would fight on if Kyiv refused, *dismissing* European calls for a truce": a participle
    after a comma belongs to the sentence's main subject, not to the subject of the clause just before it."""
    doc = ix.doc
    comma = cue.start - 1 - (cue.start - 2 > sent.start and doc[cue.start - 1].lower_ in {"while", "whilst"})
    if cue.segment >= 0 or not cue.verbal or comma <= sent.start or doc[comma].text != "," \
            or not doc[cue.start].lower_.endswith("ing"):
        return None  # (", *while insisting* that ...": the same participle)
    speech = [m for m in ix.markers_in("speech", max(sent.start, comma - 5), comma)
              if ix.quote_at(m.start) < 0]
    if speech and speech[-1].end == comma and (who := speaker_of(ix, speech[-1])):
        return Attribution(who)  # "..., Peskov said, *rejecting* Kyiv's call": the one who just spoke
    for m in ix.mentions[bisect.bisect_left(ix.mention_starts, sent.start):]:
        if m.start >= cue.start:
            break
        if ix.quote_at(m.start) < 0 and not in_pp(ix, m.start, sent.start) and not modifier_mention(ix, m):
            return Attribution(tuple(dict.fromkeys(coordinated_after(ix, m, cue.start)[0])))
    return None


@holder_rule("manner")
def manner(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"Trump welcomed the talks *without saying* whether ...": a "without" participle is done by the subject of the
    verb before it (the holder of the verb cue just before it in the sentence)."""
    start = cue.start - 1 if cue.start > sent.start and ix.doc[cue.start - 1].lower_ == "without" \
        and ix.doc[cue.start].lower_.endswith("ing") else cue.start  # (not "broke up without agreement on")
    if ix.doc[start].lower_ != "without":  # ("*without confirming* a summit": the marker right before the cue)
        return None
    earlier = [c for c in ix.cues_in(sent.start, start) if c.end <= start and ix.memo.get(("holders", c.start))]
    if earlier:
        return Attribution(ix.memo[("holders", earlier[-1].start)])
    verb = speech_before(ix, start, sent.start) if start > sent.start \
        and ix.doc[start - 1].text == "," else None  # "Ushakov said the presidents had talked*, without
    who = speaker_of(ix, verb) if verb is not None and ix.quote_at(verb.start) < 0 else ()  # confirming* a summit":
    return Attribution(who) if who else None  # the one who said it left it open


@holder_rule("subject")
def subject(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """The nearest candidate is an actor that can be a subject ("Germany backs", "both Kyiv and Moscow claim")."""
    return _nearest_of_kind(ix, cue, sent, "subject")


@holder_rule("pronoun")
def pronoun(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """The nearest candidate is he/she (last person named) or it (last country or institution in the sentence)."""
    return _nearest_of_kind(ix, cue, sent, "pronoun")


@holder_rule("relative_clause")
def relative_clause(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """The nearest candidate is ", which/who" ("his earlier comments, which leaned toward supporting")."""
    return _nearest_of_kind(ix, cue, sent, "relative_clause")


@holder_rule("fronted_clause")
def fronted_clause(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"Despite proposing the talks himself, the Russian President has ...": the main clause's subject."""
    if _walk_start(ix, cue, sent) is None or _nearest(ix, cue, sent) is not None:
        return None
    doc = ix.doc
    participle = cue.start == sent.start and doc[cue.start].lower_.endswith("ing")  # "*Rejecting* the truce, Moscow"
    if not fronted_opener(doc, sent.start, sent.end) and not participle:
        return None
    comma = next((t.i for t in doc[sent.start:sent.end] if t.text == ","), None)
    if comma is None or cue.start > comma:
        return None
    own = ix.mention_at_end.get(past_auxiliaries_back(ix.doc, cue.start, sent.start))
    if own is not None and own.start > sent.start:
        return Attribution((own.actor_id,))  # "After *Putin rejected* the truce, ...": the clause has its subject
    for m in ix.mentions[bisect.bisect_left(ix.mention_starts, comma):]:
        if m.start >= sent.end:
            break
        if not in_pp(ix, m.start, comma + 1):
            return Attribution((m.actor_id,))
    return None


@holder_rule("fronted_for")
def fronted_for(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"*For Kyiv*, territorial concessions are unacceptable": a sentence that opens with "For <actor>," gives
    that actor the positions of a main clause that names no actor as its subject."""
    doc = ix.doc
    if cue.segment >= 0 or doc[sent.start].lower_ != "for" or _nearest(ix, cue, sent) is not None:
        return None
    m = ix.mention_at_start.get(sent.start + 1)
    comma = next((j for j in range(sent.start + 1, min(cue.start, sent.start + 10)) if doc[j].text == ","), None)
    if m is None or comma is None:
        return None
    actors, end = coordinated_after(ix, m, comma)
    if end != comma and doc[end].lower_ != "and":  # "For Kyiv and its allies,": the allies go unnamed
        return None
    return Attribution(tuple(dict.fromkeys(actors)))


@holder_rule("trailing_speaker")
def trailing_speaker_rule(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"The deployment of NATO troops would be unacceptable, Zakharova said": an evaluation (an adjective cue)
    whose clause names no actor as its subject is the verdict of the speaker who closes the sentence."""
    if cue.kind != "adj" or cue.segment >= 0 or _nearest(ix, cue, sent) is not None:
        return None
    who = trailing_speaker(ix, cue.end, sent)
    return Attribution(who) if who else None


def attribute(ix: ArticleIndex, cue: CueHit, sent: Span) -> None:
    """Fill ``cue.holders`` and ``cue.rule`` with the first registered rule that applies."""
    for entry in HOLDER_RULES:
        found = entry.fn(ix, cue, sent)
        if found is not None:
            cue.holders, cue.rule = found.holders, entry.name
            if found.end >= 0:
                cue.holder_end = found.end
            if cue.verbal and found.holders:
                ix.memo[("holders", cue.start)] = found.holders  # a verb conjoined later shares them
            return
