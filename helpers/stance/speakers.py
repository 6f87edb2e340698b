"""Reported speech: ``own_side`` (a person reporting their own country's position
holds it) and ``deontic`` (what a speaker says another actor should do is the
speaker's demand).

The codebook codes the person whose position is reported ("Zelensky said
Ukraine would never cede land" is Zelensky's position, as "Ukraine is not
afraid of meetings" is in his own words), so when a cue's holders are only
countries or institutions and a speech verb before it has a person of the
same side as its subject, the speaker holds the cue as well (the codebook codes
a spokesperson and the body they speak for both). A speaker of
another side ("Rubio said Russia rejected the plan") leaves the holder as it
is: that is a report about Russia, not Rubio's position.

"Trump wrote that Ukraine should agree to talks" is Trump's position, not
Ukraine's: a verb cue right after "should", "must", "has to" or "needs to", in
a clause reported by a speech verb, is the speaker's demand (the codebook's
demand rule): the speaker holds it and the subject is its target.

``reported_by_unnamed``: what analysts or experts say an actor will do is their
view, not the actor's position (a fact unnamed diplomats report stays coded).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit, demonym_ending_at
from helpers.stance.registry import rule
from helpers.stance.grammar import past_auxiliaries_back
from helpers.stance.walks import in_pp, reporter, speaker_of, speech_before, trailing_speaker

__all__ = ["reported_by_unnamed", "own_side", "deontic", "apply_own_side", "after_deontic", "ruled_out_for_another_side"]

# rules whose holder is a grammatical subject in the reported clause (a quote's speaker is already a person)
_SUBJECT_RULES = {"subject", "pronoun", "relative_clause", "passive", "possessive", "shared_subject"}
# modal words that make the clause after them a demand ("should", "has to")
_DEONTIC = {"should", "must"}
_DEONTIC_TO = {"has", "have", "had", "needs", "need", "ought"}
_FUTURE = {"will", "would", "can", "could"}
_BETWEEN_MODAL_AND_VERB = {"not", "never", "now", "immediately", "also", "still", "first", "finally", "simply",
                           "eventually", "ultimately", "then", "therefore", "too"}
_NEED_VERBS = {"need", "needs", "needed"}
_FUTURE_NEGATED = {"won't", "wouldn't", "cannot", "can't", "couldn't"}


def after_deontic(ix: ArticleIndex, hit: CueHit) -> bool:
    """Does a deontic modal stand right before the cue ("should [not] agree", "has to accept")?"""
    doc = ix.doc
    first = hit.span[0].lower_
    if first in _DEONTIC or first in _DEONTIC_TO and len(hit.span) > 1 and hit.span[1].lower_ == "to":
        return True  # the cue is the modal itself: "Zelensky *has to* give up land"
    j = hit.start - 1
    if hit.put_aside:  # "should move to a deal *rather than agreeing* to a truce": the modal of the preferred verb
        k = j
        while k >= max(0, hit.start - 14) and doc[k].text not in {",", ";", ":"} and ix.mention_covering(k) is None:
            if doc[k].lower_ in _DEONTIC:
                return True
            k -= 1
    if j >= 0 and doc[j].lower_ in _BETWEEN_MODAL_AND_VERB:  # "must *also* leave", "should *first* agree"
        j -= 1
    if j < 0:
        return False
    if doc[j].lower_ in _DEONTIC:
        return True
    return doc[j].lower_ == "to" and j > 0 and doc[j - 1].lower_ in _DEONTIC_TO


def ruled_out_for_another_side(ix: ArticleIndex, hit: CueHit, who: tuple[str, ...], *,
                               holders: tuple[str, ...] | None = None) -> bool:
    """"Trump said Ukraine *would never* join NATO": a speaker ruling something out for an actor of another side
    states the speaker's own position (the actor has not said so). ``holders``: the actors the clause names
    (default: the cue's holders)."""
    if hit.span[0].lower_ not in _FUTURE_NEGATED and not (
            hit.span[0].lower_ in _FUTURE and len(hit.span) > 1 and hit.span[1].lower_ in {"not", "never"}):
        return False
    sides = {ix.sides.get(w) for w in who}
    named = hit.holders if holders is None else holders
    return None not in sides and all(ix.sides.get(h) not in sides for h in named)


@rule("deontic")
def deontic(ix: ArticleIndex, hit: CueHit, sent: Span) -> None:
    """Give a cue after "should"/"must" in a reported clause to the speaker, the subject as its target; also a
    "will never"/"would not" the speaker says of an actor of another side."""
    if hit.rule not in _SUBJECT_RULES or not hit.verbal:
        return
    quoted = hit.segment >= 0 and ix.quotes[hit.segment].full  # a full quotation's speaker holds it already
    who = reporter(ix, hit.segment, hit.start, sent) or (() if quoted else trailing_speaker(ix, hit.end, sent))
    if not who or set(who) & set(hit.holders):
        return
    if after_deontic(ix, hit) or ruled_out_for_another_side(ix, hit, who) or _needed_by_another_side(ix, hit, who):
        hit.target, hit.holders, hit.rule = hit.holders, who, "deontic"


def _needed_by_another_side(ix: ArticleIndex, hit: CueHit, who: tuple[str, ...]) -> bool:
    """"Merz said Ukraine *needed* security guarantees": what a speaker says another side needs is the speaker's
    demand (Ukraine has not said so here); "Zelensky said Ukraine needs ..." stays his country's too."""
    if hit.span[0].lower_ not in _NEED_VERBS:
        return False
    sides = {ix.sides.get(w) for w in who}
    return None not in sides and all(ix.sides.get(h) not in sides for h in hit.holders)


@rule("own_side")
def own_side(ix: ArticleIndex, hit: CueHit, sent: Span) -> None:
    """Add the person who reports ``hit`` to its holders when they are that person's own country or body, or
    that person's own envoy ("Trump said *his* envoy Witkoff would meet Putin": Trump sends him)."""
    if hit.rule not in _SUBJECT_RULES and hit.rule != "after" or not hit.holders:
        return  # ("Peskov said troops were *unacceptable to Russia*": his own country's position)
    if any(h in ix.persons for h in hit.holders):
        _sender_of_envoy(ix, hit, sent)
        return
    if hit.segment >= 0 and ix.quotes[hit.segment].full:
        return
    verb = speech_before(ix, hit.start, sent.start)
    who = speaker_of(ix, verb) if verb is not None else trailing_speaker(ix, hit.end, sent)
    who = tuple(w for w in who if w in ix.persons or w in ix.bodies)
    if len(who) != 1:
        return
    side = ix.sides.get(who[0])
    if side and all(ix.sides.get(h) == side and (who[0] in ix.persons or h not in ix.bodies) for h in hit.holders):
        hit.holders, hit.rule = who + hit.holders, "own_side"


def _sender_of_envoy(ix: ArticleIndex, hit: CueHit, sent: Span) -> None:
    """"Trump said *his special envoy Steve Witkoff* would meet Putin": the speaker whose envoy it is holds it too."""
    if hit.rule != "subject" or len(hit.holders) != 1 or (hit.segment >= 0 and ix.quotes[hit.segment].full):
        return
    verb = speech_before(ix, hit.start, sent.start)
    if verb is None:
        return
    lo, hi = bisect.bisect_left(ix.mention_starts, verb.end), bisect.bisect_left(ix.mention_starts, hit.start)
    m = next((m for m in ix.mentions[lo:hi] if m.actor_id == hit.holders[0]), None)
    if m is None or m.start < 1 or ix.doc[m.start - 1].lower_ not in {"his", "her"}:
        return
    who = speaker_of(ix, verb)
    if len(who) == 1 and who[0] in ix.persons and who[0] != m.actor_id \
            and ix.sides.get(who[0]) == ix.sides.get(m.actor_id):
        hit.holders, hit.rule = who + hit.holders, "own_side"


def apply_own_side(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> None:
    """Apply :func:`deontic`, then :func:`own_side`, to every held cue of the sentence."""
    for h in hits:
        if not h.dropped and h.holders:
            deontic(ix, h, sent)
            own_side(ix, h, sent)


# unnamed people whose view a clause gives, not a report of a fact ("analysts say X is unlikely to ..."; "diplomats
# said the EU has agreed" stays a report of the EU's position, as the annotation codebook codes it)
_UNNAMED_REPORTERS = {"analysts", "experts", "observers", "critics", "commentators", "skeptics", "sceptics", "pundits"}


def reported_by_unnamed(ix: ArticleIndex, pos: int, sent: Span) -> bool:
    """Is the clause at ``pos`` the view of unnamed others ("*Analysts say* the Kremlin is unlikely to accept ...",
    "*experts in Kyiv believe* ...")? Then it is nobody's position the codebook can name."""
    verb = speech_before(ix, pos, sent.start)
    if verb is None:
        return False
    j = past_auxiliaries_back(ix.doc, verb.start, sent.start) - 1
    doc = ix.doc
    while j > sent.start and ix.mention_covering(j) is not None and in_pp(ix, j, sent.start):
        j = ix.mention_covering(j).start - 2  # "analysts *in Kyiv* say": past the place
    return j >= sent.start and doc[j].lower_ in _UNNAMED_REPORTERS and ix.mention_covering(j) is None \
        and demonym_ending_at(ix, j - 1) is None
