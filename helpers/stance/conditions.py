"""Negation, conditions and demands: what turns a cue's plain stance into another, or into none.

* Negation: a negation marker up to the lexicon's window of words before a cue
  (same clause, no comma between) negates it: support becomes oppose, "has not
  confirmed" becomes neutral, an oppose/conditional/neutral cue is cancelled
  (all set in the lexicon). ``negated`` records it.
  With the opt-in parser (:mod:`helpers.stance.parse`), a parsed sentence's
  cue is negated by a ``neg`` child of its verb or governing verb instead.
* If/unless: a clause opened by "if"/"unless" states a condition, not a
  position: cues inside it are not coded, and the support cues of its main
  clause become ``conditional`` ("slapping secondary sanctions ... if he
  suspects Moscow is playing games"; an objection stays one: "warned of
  consequences if peacekeepers are deployed"). Alone in its clause,
  "unless"/"only if" is the cue ("Ukraine might not join the talks unless
  Putin attends").
* Modifiers: "in principle" or "as a precondition" make the support cue right
  before them conditional.
* ``reported_speech``: a condition reported as someone's words ("Rutte warned
  that if Russia refuses ..., the U.S. would intensify sanctions") is the
  speaker's.
* ``demand``: a demand placed on another actor ("urged Trump to press Russia
  for a ceasefire", "a deadline for Russia to agree to a ceasefire") is the
  demander's support; the target is never coded from it (its id is in
  ``target``).
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance import parse
from helpers.stance.conjoined import past_form
from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.grammar import (OPEN_QUOTES, PLANNING, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS, QUOTE_MARKS,
                                    RULE_OUT_VERBS, SUMMARY_NOUNS)
from helpers.stance.hits import CueHit
from helpers.stance.holders import attribute
from helpers.stance.lasting import lasts_until
from helpers.stance.registry import rule
from helpers.stance.scope import opens_as_clause, scope_after, scope_before
from helpers.stance.walks import coordinated_after, reporter

__all__ = ["Clause", "negate", "hypothetical_clauses", "demand", "apply_demands", "reported_speech",
           "apply_modifiers"]

# words after which a condition opens its own sentence ("Zelensky said *that* if ...", "*But* if ...")
_OPENERS = {"that", "and", "but", "so", "then", "yet", "because"}
_CONCESSIVE = {"though", "although", "while", "whereas"}
# a time limit between a demand's target and what it is asked to do ("gave Moscow *until Friday* to")
_TIME_WORDS = {"until", "till", "by", "within"}
_NOT_FOREVER = {"indefinitely", "forever"}

# verbs that a negation before them cancels out instead of passing on to the cue after them
_NEGATIVE_VERBS = {"hesitate", "hesitates", "hesitated", "hesitating", "shy", "shies", "shied",
                   # "had *not budged* from its demand": still demands it
                   "budge", "budged", "budging", "waver", "wavered", "wavering", "deviate", "deviated", "relent",
                   "relented", "move", "moved", "moving", "retreat", "retreated", "retreating", "shift", "shifted"}

# after a comma these open a clause or an apposition of their own, beyond what a demand's target is asked to do
_NEW_CLAUSE_AFTER_COMMA = {"a", "an", "which", "who", "but", "while", "whereas", "although", "though"}

Clause = tuple[CueHit, int, int, bool]   # the if/unless cue, its clause's start and end, whether it leads


def _cue_between(ix: ArticleIndex, lo: int, hi: int) -> bool:
    """Is there a cue from ``lo`` with its own object before ``hi``? "declined to *back the European* call for": the
    marker negates "back", not the noun after its object; "not *ready to* accept", "never *allow* Europe to station"
    are one chain, negated whole."""
    doc = ix.doc
    return any(c.end < hi and any(doc[j].lower_ != "to" and ix.mention_covering(j) is None for j in range(c.end, hi))
               for c in ix.cues_in(lo, hi))


# words between a negation marker and a cue that end the marker's reach: a coordinator, a possessive, or a word opening
# another clause ("no truce *as* Turkey calls for a ceasefire": the "no" is the truce's, not the call's)
_REACH_ENDS = {"and", "but", "or", "’s", "'s", "as", "while", "whereas", "because", "since", "when", "although",
               "though", "unless", "once"}


_ASIDE_ADVERBS = {"however", "though", "moreover", "nonetheless", "nevertheless", "still", "therefore", "also"}


def _aside_between(doc, lo: int, hi: int) -> set[int]:
    """The tokens of a one-word aside set off by commas between ``lo`` and ``hi`` (", however,")."""
    for j in range(lo, hi - 2):
        if doc[j].text == "," and doc[j + 1].lower_ in _ASIDE_ADVERBS and doc[j + 2].text == ",":
            return {j, j + 1, j + 2}
    return set()


def negate(ix: ArticleIndex, hit: CueHit, lo: int, window: int = 3) -> None:
    """Mark ``hit`` negated when a negation marker ends within ``window`` words before it.

    Words, not tokens: the pieces of a hyphenated word ("long-standing") count once. A comma or a
    coordinator between them ends the marker's reach, and "without" negates only the word right after
    it ("without accepting", not "without precedent and would force").
    """
    doc = ix.doc
    marker_tokens: set[int] = set()
    # a marker may take the possessive a cue holds ("*lifted its* | *its hold*")
    inside = 1 if len(hit.span) > 1 and hit.span[0].lower_ in POSSESSIVE_PRONOUNS else 0
    for m in ix.markers_in("negation", lo, hit.start + inside):  # a marker before the clause never counts
        if m.end > hit.start + inside:
            break
        joins = sum(1 for j in range(m.end, hit.start) if doc[j].text in {"-", "–"} and not doc[j - 1].whitespace_)
        aside = _aside_between(doc, m.end, hit.start)  # "would not*, however,* agree": an aside is no break
        if m.end <= hit.start + inside and m.end >= hit.start - window - 2 * joins - len(aside) and m.start >= lo \
                and not any((doc[j].text in {",", ";", ":"} or doc[j].lower_ in _REACH_ENDS) and j not in aside
                            for j in range(m.end, hit.start)) \
                and not (m.start < hit.start < m.end - inside) \
                and not _cue_between(ix, m.end, hit.start) \
                and not (m.text.lower() == "without" and m.end < hit.start) \
                and not any(v.start >= m.end and v.end <= hit.start  # "did *not say* talks would resume"
                            for v in ix.markers_in("speech", m.end, hit.start)) \
                and doc[m.end].lower_ not in _NEGATIVE_VERBS:  # "would *not hesitate* to impose": no negation
            hit.negated = True
            hit.negated_by = doc[m.start].lower_
            marker_tokens.update(range(m.start, m.end))
    if hit.negated and any(t.lower_ in _NOT_FOREVER for t in doc[hit.end:min(hit.end + 2, len(doc))]):
        hit.dropped = True  # "the offer would not remain on the table *indefinitely*": a time limit on it, no
        # refusal and no new position
    if not hit.negated and hit.verbal and hit.end < len(doc) and doc[hit.end].lower_ == "no" \
            and hit.span[-1].lower_ not in ("to", "for", "of", "on", "in", "with", "about"):
        hit.negated, hit.negated_by = True, "no"  # "would accept *no* deal": the object's "no" negates the verb
        marker_tokens.add(hit.end)
    if hit.put_aside and not hit.negated and not _turned_already(ix, hit):
        hit.negated, hit.negated_by = True, "rather"  # "instead of accepting a truce": not accepting it
    parsed = parse.parse_negation(ix, hit, ix.sents[ix.sent_of(hit.start)], marker_tokens)
    if parsed is not None:
        hit.negated = parsed
    if hit.negated:
        if hit.negated_by in ix.reversal_words and hit.stance in ("support", "oppose"):
            if hit.negated_to == "none" and hit.stance == "oppose":  # "*dropped* its objection to the package":
                hit.reversed_from, hit.stance = "oppose", "support"  # it backs it now, and objected before
                return
            if hit.negated_to == "none":
                return
            if hit.span[0].lower_ not in PLANNING:  # ("*shelved plans for* a summit": a plan dropped, no demand made)
                hit.reversed_from = hit.stance  # "*abandoned* his demand for a ceasefire": the demand was made too
        if hit.negated_to == "none":
            hit.dropped = True
        else:
            hit.stance = hit.negated_to


def _turned_already(ix: ArticleIndex, hit: CueHit) -> bool:
    """Has the "rather than" before ``hit`` turned the proposal right after it already ("rather than back *a
    truce*", an inverter within reach)? Then negating the cue too would turn it twice."""
    after = [t for t in ix.sentence_topics(ix.sents[ix.sent_of(hit.start)]) if t.start >= hit.end]
    return bool(after) and after[0].polarity == "-" and after[0].start - hit.start <= 3


_MAIN_SUBJECTS = {"it", "he", "she", "they", "we", "i"}
_MAIN_MODALS = {"should", "would", "will", "must", "could", "can", "might", "shall"}


def _hypothetical_clause(ix: ArticleIndex, hit: CueHit, sent: Span) -> tuple[int, int, bool]:
    """Extent of an if/unless clause, and whether it leads (its main clause follows)."""
    doc = ix.doc
    end = sent.end
    if hit.segment >= 0:
        end = min(end, ix.quotes[hit.segment].end - 1)
    for j in range(hit.end, end):
        if doc[j].text == "," and ix.mention_at_end.get(j) is not None \
                and (m := ix.mention_at_start.get(j + 1)) is not None and m.end < end \
                and doc[m.end].lower_ in {",", "and", "or"}:  # (a name before the comma too: not "if talks fail,"
            continue  # "guarantees from the United States*, European partners and* other allies": a list goes on
        if j > hit.end + 2 and doc[j].lower_ in _MAIN_SUBJECTS and j + 1 < end and doc[j + 1].lower_ in _MAIN_MODALS \
                and doc[j - 1].lower_ not in {"that", "whether", "and", "or"} and _opens_its_sentence(ix, hit.start, sent):
            return hit.start, j, True  # "if Moscow kept rejecting a truce *it should* face sanctions": no comma
        if doc[j].text in {",", ";"}:
            if doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ in {"and", "but"} \
                    and hit.start - 1 > sent.start and doc[hit.start - 1].text == ",":
                return hit.start, j, False  # "prepared to tighten sanctions*, if the talks went badly, and* might
                # relax them": set off between a clause and a coordinator, it trails the clause before
            return hit.start, j, _opens_its_sentence(ix, hit.start, sent)
    return hit.start, end, False


def _opens_its_sentence(ix: ArticleIndex, pos: int, sent: Span) -> bool:
    """Does the clause at ``pos`` come first, its main clause after it? Not after a main clause's words:
    "There can be no talks until Russia agrees, Zelensky said" (the comma ends the condition, nothing leads)."""
    j = pos - 1
    if j < sent.start:
        return True
    doc = ix.doc
    if doc[j].text in QUOTE_MARKS and doc[j].text not in OPEN_QUOTES and j > sent.start \
            and (doc[j - 1].is_alpha or doc[j - 1].text in {".", ",", "!", "?"}):
        return False  # 'would face "severe consequences" *if* ...': a quotation closes before it, no clause opens
    if not doc[j].is_alpha or doc[j].lower_ in _OPENERS:
        return True
    return any(m.end == pos for m in ix.markers_in("speech", max(sent.start, j - 3), pos))


def hypothetical_clauses(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> list[Clause]:
    """The if/unless clauses of the sentence; every other cue inside one is dropped."""
    clauses = []
    for h in hits:
        if h.frame == "modifier" and h.hypothetical:
            if h.start == h.end - 1 and ix.doc[h.start].lower_ == "until" and not opens_as_clause(ix, h.start):
                h.dropped = True  # "gave Moscow until Friday to": a time, not a condition
                continue
            if ix.doc[h.start].lower_ == "until" and _past_perfect_before(ix, h.start, sent):
                h.dropped = True  # "Trump, who *had demanded* a truce *until* he met Putin": how long, no condition
                continue
            a, b, leading = _hypothetical_clause(ix, h, sent)
            clauses.append((h, a, b, leading))
            for other in hits:
                if other is not h and a <= other.start < b:
                    other.dropped = True
    return clauses


def _past_perfect_before(ix: ArticleIndex, pos: int, sent: Span) -> bool:
    """Is there a past perfect ("had demanded") in the clause before ``pos``? An "until" after it tells how long
    something was the case, not on what condition it would be."""
    doc = ix.doc
    lo = ix.clause_start(pos, sent)
    for j in range(max(lo, pos - 10), pos - 1):
        k = j + 1
        while k < pos and doc[k].lower_ in _PERFECT_FILLERS:
            k += 1  # "had *himself* demanded", "had *long* insisted"
        if doc[j].lower_ == "had" and k < pos and doc[k].is_lower and past_form(doc[k].lower_):
            return True
    return False


_PERFECT_FILLERS = {"himself", "herself", "itself", "themselves", "also", "already", "long", "repeatedly", "previously",
                    "earlier", "once", "first"}


def _demand_target(ix: ArticleIndex, h: CueHit, sent: Span) -> tuple[tuple[str, ...], int]:
    """The actor a demand is placed on ("urged Trump to", "a deadline ... for Russia to agree"), or the subject
    of the clause a demand cue ending in "that" opens ("insisted that Kyiv withdraw")."""
    doc = ix.doc
    j = max(h.end, h.holder_end if h.holder_end > 0 else h.end)
    if h.end > h.start and doc[h.end - 1].lower_ == "that":  # "demanded (a pledge) that Kyiv never join NATO"
        m = ix.mention_at_start.get(h.end + (h.end < sent.end and doc[h.end].lower_ == "the"))  # "that *the* US"
        if m is not None:
            actors, end = coordinated_after(ix, m, sent.end)
            return tuple(actors), end
        return (), 0
    if (h.kind == "noun" or h.nominal) and h.holders and h.holder_end > h.end:
        # "a demand *by Europe's biggest powers that Moscow accept* a truce": the demander named, then the target
        k = next((i for i in range(j, min(j + 4, sent.end)) if doc[i].lower_ == "that"), None)
        m = ix.mention_at_start.get(k + 1) if k is not None and all(
            doc[i].is_alpha or doc[i].lower_ in POSSESSIVE_MARKS for i in range(j, k)) else None
        if m is not None:
            actors, end = coordinated_after(ix, m, sent.end)
            return tuple(actors), end
    limit = min(j + 4, sent.end)
    while j < limit:
        m = ix.mention_at_start.get(j)
        who: tuple[str, ...] = ()
        end = j + 1
        if m is not None:
            actors, end = coordinated_after(ix, m, sent.end)
            who = tuple(actors)
        elif doc[j].lower_ in {"him", "her"}:
            r = ix.last_person_before(j)
            who = (r,) if r else ()
        elif doc[j].lower_ in _ANYONE and j + 1 < sent.end and doc[j + 1].lower_ == "to":
            return (), j + 1  # "was not asking *anyone to* lift sanctions": a demand on nobody in particular
        if who:
            timed = end < sent.end and (doc[end].lower_ in _TIME_WORDS or doc[end].like_num
                                        or doc[end].lower_ in {"a", "two", "ten", "fifty"})  # "gave Moscow 50 days to"
            reach = 5 if timed else 2  # "gave Moscow until Friday to"
            if any(doc[k].lower_ in {"to", "for", "into"} for k in range(end, min(end + reach, sent.end))):
                return who, end
            return (), 0
        if doc[j].lower_ not in {"for", "on", "upon", "the", "a"} and not doc[j].is_punct:
            return (), 0
        j += 1
    return (), 0


@rule("demand")
def demand(ix: ArticleIndex, h: CueHit, hits: list[CueHit], sent: Span) -> None:
    """The cues after a demand on another actor are the demander's; the target is recorded, never coded."""
    target, region_start = _demand_target(ix, h, sent)
    if not target and not region_start:
        _infinitive_of_noun(ix, h, hits)
        return
    h.target = target
    doc = ix.doc
    if region_start + 1 < sent.end and doc[region_start].lower_ in {"not", "never"} \
            and doc[region_start + 1].lower_ == "to" and h.stance in ("support", "oppose"):
        h.stance = "oppose" if h.stance == "support" else "support"  # "urged Trump *not to* recognise Crimea"
    said = (h.kind == "noun" or h.nominal) and bool(ix.markers_in("speech", sent.start, h.start))
    region_end = next((k for k in range(region_start, sent.end - 1) if doc[k].text in {";", "—", "–"}
                       or doc[k].text == "," and (doc[k + 1].lower_ in _NEW_CLAUSE_AFTER_COMMA
                                                  or doc[k + 1].lower_ in SUMMARY_NOUNS
                                                  or said and doc[k + 1].lower_ == "and" and k + 2 < sent.end
                                                  and doc[k + 2].lower_ == "that")), sent.end)
    # ("said Moscow would not budge on *its demand* that Kyiv cede Donetsk*, and that* ...": the second
    # that-clause is the speech verb's, not the demand's)
    # (", *terms* Kyiv rejected": a noun summing up what was demanded; its clause is said of it)
    # ("insisted that Kyiv withdraw* — conditions Kyiv rejects*": what follows the dash is said of the demand)
    for other in hits:
        if other is h or other.dropped or not (region_start <= other.start < region_end):
            continue  # "wants Ukraine to cede Donbas*, a demand Kyiv rejects*": Kyiv's own clause
        if not other.holders or set(other.holders) & set(target) or not target and other.start == region_start + 1:
            other.holders = tuple(dict.fromkeys([a for a in other.holders if a not in target] + list(h.holders)))
            other.rule = "demand"
            other.target = target
            if not target and h.negated and not other.negated and other.stance in ("support", "oppose"):
                other.negated, other.negated_by = True, h.negated_by  # "was *not asking anyone to lift* sanctions"
                other.stance = "oppose" if other.stance == "support" else "support"


_ANYONE = {"anyone", "anybody", "everyone", "everybody", "others", "nobody"}


def _infinitive_of_noun(ix: ArticleIndex, h: CueHit, hits: list[CueHit]) -> None:
    """"Trump's ultimatum *to agree* to a ceasefire": the verb right after a demand noun and "to" is the
    demander's, whoever the sentence's subject is ("Russia rejected Trump's ultimatum to agree ...")."""
    if not (h.kind == "noun" or h.nominal):
        return
    j = max(h.end, h.holder_end if h.holder_end > 0 else h.end)
    if j >= len(ix.doc) or ix.doc[j].lower_ != "to":
        return
    for other in hits:
        if other.start == j + 1 and not other.dropped and other is not h:
            other.holders, other.rule = h.holders, "demand"


def _demanded_by_noun(ix: ArticleIndex, h: CueHit, hits: list[CueHit]) -> None:
    """"a demand *from France and Germany that Moscow accept* a truce": the verb of the that-clause after a
    demand noun and its authors is the authors' position; the actor named in it is the target."""
    doc = ix.doc
    j = h.holder_end
    if not (h.kind == "noun" and h.holders and h.rule == "agent" and 0 < j < len(doc) - 2) \
            or doc[j].lower_ != "that" or (m := ix.mention_at_start.get(j + 1)) is None:
        return
    for other in hits:
        if other is not h and not other.dropped and other.verbal and m.end <= other.start <= m.end + 3:
            other.holders, other.rule, other.target = h.holders, "demand", (m.actor_id,)
            return


def apply_demands(ix: ArticleIndex, hits: list[CueHit], sent: Span) -> None:
    """Apply :func:`demand` for every held demand cue of the sentence."""
    for h in hits:
        _demanded_by_noun(ix, h, hits)
        if h.frame != "demand":
            continue
        if h.dropped:  # "failed to convince Trump to back sanctions": still not Trump's position
            _unheld_demand(ix, h, hits, sent)
        elif h.holders:
            demand(ix, h, hits, sent)
        else:
            _unheld_demand(ix, h, hits, sent)


def _concessive_between(ix: ArticleIndex, lo: int, hi: int) -> bool:
    """Does another clause open between ``lo`` and ``hi`` (", *while* German officials said ... only once")? A
    condition there does not qualify the cue before it."""
    return any(ix.doc[k].text == ";" or ix.doc[k].text == "," and ix.doc[k + 1].lower_ in _CONCESSIVE
               for k in range(lo, hi - 1))


def _unheld_demand(ix: ArticleIndex, h: CueHit, hits: list[CueHit], sent: Span) -> None:
    """"attempts to persuade the Kremlin to accept a truce": with no demander named, what the target is asked
    to do is still not the target's position, so the target is taken off the cues after the demand."""
    target, region_start = _demand_target(ix, h, sent)
    if not target:
        return
    for other in hits:
        if other is not h and not other.dropped and region_start <= other.start < sent.end \
                and other.holders and set(other.holders) <= set(target):
            other.holders, other.target = (), target


@rule("reported_speech")
def reported_speech(ix: ArticleIndex, hit: CueHit, mod: CueHit, sent: Span) -> None:
    """A condition reported in someone's words is the speaker's ("Rutte warned that if ...")."""
    who = reporter(ix, hit.segment, mod.start, sent)
    if who:
        hit.holders, hit.rule = who, "reported_speech"


def _apply_modifier(ix: ArticleIndex, mod: CueHit, targets: list[CueHit], cue_topics: dict[int, list[TopicHit]],
                    hits: list[CueHit], sent: Span, topics: list[TopicHit]) -> None:
    applied = False
    for o in targets:
        idx = hits.index(o)
        # conditional = support tied to a condition; an objection stays one ("warned of
        # consequences if peacekeepers are deployed"), unless the condition names what would lift
        # it ("no talks *until* a ceasefire": talks once there is one)
        lifts = o.stance == "oppose" and (mod.wanted == "after" or mod.phrase.lower() == "unless" and o.negated
                                          and mod.start > o.start)  # "could not picture a summit *unless*
        # the guns fell silent": a summit on that condition
        not_ruled_out = o.stance == "neutral" and o.negated and o.span[0].lower_ in RULE_OUT_VERBS  # "has not ruled
        # out a summit, *but only when* a document is ready": an opening with a condition
        if lasts_until(ix, mod, o):
            continue  # "sanctions should *stay in place until* Russia agrees": how long they last, no condition
        if (o.stance == "support" or lifts or not_ruled_out) and cue_topics.get(idx) and o.holders:
            if mod.wanted == "after" and o.frame == "demand" and mod.phrase.lower().startswith(("in exchange",
                                                                                                   "in return")):
                applied = True  # "Moscow's demand to halt NATO enlargement in return for peace": still a demand
                o.wanted_side = (mod.start, mod.wanted)  # (what it is traded for stays wanted if it is dropped)
                if not o.dropped and not o.reversed_from:  # "asked for Ukraine to leave Donetsk *in return for*
                    # freezing the front": what the demander offers is no demand of theirs (a dropped demand's is)
                    cue_topics[idx] = [t for t in cue_topics[idx] if t.start < mod.start]
                continue  # (but "insisted that Kyiv withdraw *as a condition for* a ceasefire": the truce is)
            o.stance = "conditional"
            o.modified_by = mod.span.text
            if mod.wanted:  # "give up X in exchange for Y": Y is what is wanted, X the condition
                o.wanted_side = (mod.start, mod.wanted)
            applied = True
            if mod.hypothetical:
                before = o.holders
                reported_speech(ix, o, mod, sent)
                for c in hits:  # the threat's demands are the speaker's too ('Trump said the US would impose
                    # tariffs if no ceasefire was agreed')
                    if c.rule == "condition_demand" and set(c.holders) <= set(before) and c.start >= mod.start:
                        c.holders = o.holders
    if applied or not mod.standalone or targets and not any(o.holders for o in targets) \
            and any(o.verbal for o in targets):
        return  # (a condition on a verb nobody holds is nobody's: "the document provides for ..., in exchange for")
    if mod.wanted == "before" and any(o.stance == "oppose" and cue_topics.get(hits.index(o)) for o in targets):
        return  # "Kyiv will not withdraw from Donbas *as a condition for* peace": the condition is what is refused
    # alone in its clause, the condition is the cue: "Ukraine might not join the talks unless ..."
    attribute(ix, mod, sent)
    if not mod.holders:
        return
    idx = hits.index(mod)
    if mod.wanted == "after":  # "concessions must come *only after* guarantees": the concessions are conditional
        found = scope_before(ix, mod, hits, topics, sent)
        low = mod.phrase.lower()
        if low.startswith(_DEPENDS_ON) and not found:
            found = scope_after(ix, mod, hits, topics, sent)  # "the force would be *dependent upon* a US
            # guarantee": with nothing named before it, what it depends on is the condition
        elif low.startswith(("in exchange", "in return") + _DEPENDS_ON) or low == "for":
            # "could give up its NATO bid *in exchange for* guarantees", "drop NATO bid *for* guarantees", "made a
            # truce *conditional on* a withdrawal": those wanted (a proposal on both sides stays conditional)
            found = found + [t for t in scope_after(ix, mod, hits, topics, sent)
                             if t.topic not in {b.topic for b in found}]
            mod.wanted_side = (mod.start, "after")
    elif mod.wanted == "before":  # "a ceasefire *is a precondition for* talks": the ceasefire wanted, talks conditional
        found = scope_before(ix, mod, hits, topics, sent) + scope_after(ix, mod, hits, topics, sent)
        mod.wanted_side = (mod.start, "before")
    else:
        found = scope_after(ix, mod, hits, topics, sent) or scope_before(ix, mod, hits, topics, sent)
    if not found:
        return
    cue_topics[idx] = found
    mod.stance = "conditional"
    if mod.hypothetical:
        reported_speech(ix, mod, mod, sent)


# a condition that names what something depends on ("made a truce *conditional on* a withdrawal")
_DEPENDS_ON = ("dependent", "conditional", "contingent")

_CONJOINED_MODALS = {"would", "will", "could", "should", "must", "might", "can"}


def _last_conjunct(ix: ArticleIndex, main: list[CueHit], a: int, sent: Span) -> list[CueHit]:
    """A trailing if-clause qualifies only the last of conjoined clauses before it.

    "called on Putin to extend the ceasefire, and threatened sanctions if he
    refused": the threat is conditional, the call is not.
    """
    doc = ix.doc
    for k in range(a - 2, sent.start, -1):
        if doc[k].text == "," and doc[k + 1].lower_ in {"and", "but"}:
            later = [o for o in main if o.start > k]
            return later if later else main
        if doc[k].text == "," and doc[k + 1].lower_ in _CONCESSIVE:
            return [o for o in main if o.start > k]  # "would back guarantees*, though* he did not say whether ..."
        if doc[k].text == "," and doc[k + 1].lower_.endswith("ing") and any(o.start == k + 1 for o in main):
            return [o for o in main if o.start > k]  # "called for a truce*, warning of* sanctions if Moscow refused"
        if doc[k].lower_ == "and" and (m := ix.mention_at_start.get(k + 1)) is not None and m.end < a \
                and doc[m.end].lower_ in _CONJOINED_MODALS | {"has", "have", "had", "is", "was", "says", "said"}:
            return [o for o in main if o.start > k]  # "which Kyiv accepted *and Moscow has* met with questions": a
            # clause with its own subject takes the condition, not the one before it
        if doc[k].lower_ == "and" and any(o.start == k + 1 and o.verbal for o in main) \
                and any(o.start < k and o.verbal for o in main):
            return [o for o in main if o.start > k]  # "called for a truce *and threatened* sanctions if Russia
            # refused": the threat is conditional, the call is not
        if doc[k].lower_ == "and" and ix.markers_in("speech", k + 1, k + 2):
            return [o for o in main if o.start > k]  # "wanted a ceasefire quickly *and warned* of consequences if
            # Moscow refused": the threat is conditional, the wish is not
        if doc[k].lower_ == "and" and doc[k + 1].lower_ in _CONJOINED_MODALS:
            return [o for o in main if o.start > k]  # "wanted a ceasefire quickly *and would* not be pleased if one
            # were not agreed": the condition is the second predicate's, the wish stands
        if doc[k].lower_ in {"as", "while", "whereas"} and doc[k + 1].lower_ in {"its", "their", "his", "her"}:
            return [o for o in main if o.start > k]  # "is ready to stop fighting *as its allies* threaten sanctions
            # if it refuses": the threat is conditional, the readiness is not
    if any(o.rule != "relative_clause" for o in main):
        return [o for o in main if o.rule != "relative_clause"]  # "Washington*, which floated the truce,* threatened
        # sanctions should Moscow block it": the aside is not what the condition qualifies
    return main


def _quoted_tail(ix: ArticleIndex, o: CueHit, h: CueHit) -> bool:
    """Is ``h`` in a partial quotation that goes on with the clause of ``o`` ('would meet Putin *"anywhere,
    provided* he is ready to stop the killing"'): the condition qualifies the words before the quotation."""
    return o.segment < 0 <= h.segment and not ix.quotes[h.segment].full and o.start < ix.quotes[h.segment].start
    # (the cue may take the quotation's first word: 'was *"possible*, but only if Moscow wants it"')


_RELATIVE_FILLERS = {"has", "have", "had", "been", "so", "far", "already", "also", "first", "initially", "originally"}


def in_object_relative(ix: ArticleIndex, o: CueHit) -> bool:
    """Is the cue ``o`` the verb of a relative clause on a proposal ("the truce *that Kyiv and Washington backed*",
    "the proposal, *which Kyiv accepted*"): its holders are not the ones a following "but ..." qualifies."""
    doc = ix.doc
    j = o.start
    while j > 0 and doc[j - 1].lower_ in _RELATIVE_FILLERS:
        j -= 1
    m = ix.mention_at_end.get(j)
    if m is None:
        return False
    start = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "the")  # ("that *the EU* backed")
    while start > 1 and doc[start - 1].lower_ in {"and", ","} and (m := ix.mention_at_end.get(start - 1)) is not None:
        start = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "the")  # "that *Kyiv and Washington* backed"
    if start < 2 or doc[start - 1].lower_ not in {"that", "which"}:
        return False
    k = start - 1 - (doc[start - 2].text == ",")
    return k in ix.topic_ends or k - 1 in ix.topic_ends and doc[k - 1].is_alpha  # right after a proposal ("the
    # ceasefire *proposal*, which"), not after a verb ("said that Kyiv backed")


def _relative_between(ix: ArticleIndex, lo: int, hi: int) -> bool:
    """Does a relative clause (", which", ", who") open between ``lo`` and ``hi``?"""
    return any(ix.doc[j].text == "," and ix.doc[j + 1].lower_ in ("which", "who") for j in range(lo, hi - 1))


def _object_noun(verb: CueHit, noun: CueHit) -> bool:
    """Is ``noun`` another holder's request or proposal that ``verb`` takes as its object ("*accepted* a US
    *proposal for*", "*backed* Trump's *call for*")?"""
    return (noun.kind == "noun" or noun.nominal) and verb.verbal and 0 <= noun.start - verb.end <= 3 \
        and bool(verb.holders) and set(verb.holders) != set(noun.holders)


def apply_modifiers(ix: ArticleIndex, clauses: list[Clause], hits: list[CueHit],
                    cue_topics: dict[int, list[TopicHit]], sent: Span, topics: list[TopicHit]) -> None:
    """If/unless clauses qualify the support of their main clause; "in principle" the cue right before it."""
    for h, a, b, leading in clauses:
        if h.phrase.lower() == "whether":
            continue  # "welcomed the talks without saying *whether* ...": a question, no condition on the talks
        main = [o for o in hits if o is not h and not o.dropped and o.frame != "modifier"
                and (o.segment == h.segment or leading and h.segment < 0  # 'Without a truce, he said, "the
                     or not leading and _quoted_tail(ix, o, h))              # answer must be sanctions"'
                and ((b <= o.start) if leading else (o.start < a))]

        if leading:  # "said that if there is a zone, troops must pull back*, and that* the fairest option ...":
            stop = next((j for j in range(b + 1, sent.end - 2) if ix.doc[j].text == ";" or ix.doc[j].text == ","
                         and ix.doc[j + 1].lower_ in {"and", "but"} and ix.doc[j + 2].lower_ == "that"), sent.end)
            main = [o for o in main if o.start < stop]  # the next reported clause is not the condition's
        else:
            main = _last_conjunct(ix, main, a, sent)
            if main and _relative_between(ix, max(o.end for o in main), h.start):
                continue  # "preparing measures beyond the package*, which* ministers *are expected to* approve": the
                # condition is the relative clause's, not the main clause's
            main = [o for o in main if not any(_object_noun(v, o) for v in main)]  # "Kyiv *backed* Trump's call
            # for a truce*, on condition that* ...": the backing is conditional, not the call it backs
        _apply_modifier(ix, h, main, cue_topics, hits, sent, topics)
    for h in hits:
        if h.frame == "modifier" and not h.hypothetical:
            prev = [o for o in hits if o.end <= h.start and not o.dropped and o.frame != "modifier"
                    and o.segment == h.segment and not _concessive_between(ix, o.end, h.start)]
            if h.span[0].lower_ == "but" and prev and in_object_relative(ix, prev[-1]):
                prev = [o for o in prev if o.holders and not in_object_relative(ix, o)]  # "agrees with the truce that Kyiv
                # backed, *but asks who* will monitor it": the reservation is the main clause's
            if len(prev) >= 2 and _object_noun(prev[-2], prev[-1]):
                prev = prev[:-1]  # "Ukraine *accepted* a US proposal for a truce*, subject to* ...": the acceptance's
            _apply_modifier(ix, h, prev[-1:], cue_topics, hits, sent, topics)
