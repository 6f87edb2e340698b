"""A cue found in a sentence (:class:`CueHit`), with what the rules decide about it as they go.

The rules of one sentence share these objects: the conditions step drops or
qualifies them, the holder rules fill ``holders`` and ``rule``, the scope
rules read where their holder phrase ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, Mention
from helpers.stance.grammar import (CONTRACTING_PRONOUNS, DETERMINERS, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS,
                                    PREPOSITIONS, PROPOSAL_BATCHES, PROPOSAL_MODIFIERS, SCOPE_STOP_PREPOSITIONS,
                                    SPANS_OF_TIME, WRITINGS)

__all__ = ["AGREED_BETWEEN", "CueHit", "make_hits", "is_nominal", "demonym_ending_at", "name_modifier", "participle_with_agent",
           "has_own_object"]

# what may stand right before a ``leading`` cue that opens its sentence (a quotation or a dash that opens it)
_OPENING_MARKS = {'"', "“", "«", "„", "'", "‘", "—", "–", "-", ":"}
DEFAULT_OPTIONS = "verb|subject|plain|oppose|1|0|0|-|0|0|0|0"
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")  # "a 19th package of sanctions"
# words that may stand between a determiner and a verb cue used as a noun ("the long-awaited *demands*")
_NOUN_BEFORE = {"for", "of", "the", "about", "with"}  # words before a noun ("a call *for* fighting to stop")
_SUBJECT_WORDS = {"he", "she", "they", "we", "i", "you", "it"}
_NOT_SKIPPED = {"to", "and", "or", "but", "yet", "then", "not", "has", "have", "had", "is", "are", "was", "were", "be",
                "been",
                "will", "would", "can", "could", "may", "might", "must", "should", "also", "still",
                # adverbs before a verb ("no *longer* supports", "*repeatedly* rejected")
                "longer", "now", "already", "again", "never", "repeatedly", "reportedly", "publicly", "strongly",
                "firmly", "openly", "consistently"}


@dataclass
class CueHit:
    span: Span
    start: int
    end: int
    stance: str
    phrase: str
    kind: str
    holder_mode: str
    frame: str
    negated_to: str
    standalone: bool
    hypothetical: bool
    nominal: bool = False
    segment: int = -1          # index of the quotation it is in, -1 outside quotes
    negated: bool = False
    negated_by: str = ""     # the negation marker's first word ("without" also inverts a term after it)
    holders: tuple[str, ...] = ()
    rule: str = ""
    target: tuple[str, ...] = ()
    dropped: bool = False
    modified_by: str = ""
    holder_end: int = -1       # token after the holder phrase found after the cue (agent / after)
    alternative: bool = False  # opens with "or" ("or face"): its topic follows it, never precedes it
    wanted: str = ""           # a modifier's side that stays support ("in exchange for": after it)
    wanted_side: tuple[int, str] | None = None  # set on a cue a `wanted` modifier qualified: (its start, side)
    before_topic: bool = False  # a cue only before a proposal ("will not", "begin"): that proposal is its object
    put_aside: bool = False    # right after "rather than"/"instead of": what is put aside, so negated
    reversed_from: str = ""    # the stance a reversal turned ("abandoned his demand for": it was support)
    antecedent: bool = False   # its proposal is the last one named before it ("the ball is in Russia's court")
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # walks several rules share

    @property
    def verbal(self) -> bool:
        return self.kind in ("verb", "adj") and self.frame != "modifier" and not self.nominal


_MODALS = {"will", "would", "could", "can", "should", "must", "might", "may", "shall", "won't", "wouldn't", "cannot",
           "can't", "couldn't", "shouldn't", "mustn't"}


_WHEN_NOUNS = {"week", "month", "year", "weekend", "morning", "afternoon", "evening", "spring", "summer", "autumn",
               "winter", "time"}
_WHEN_DETERMINERS = {"this", "last", "next", "that", "same", "every"}


def is_nominal(ix: ArticleIndex, span: Span, lo: int) -> bool:
    """A verb-or-noun cue used as a noun: after a possessive or a determiner ("Putin's demands")."""
    doc = ix.doc
    j = span.start - 1
    if span[0].lower_ in _MODALS or span[0].lower_ == "and":
        return False  # "that negotiations *would begin*", "go to Turkey *and wait*": a modal or "and" is never a noun
    if participle_with_agent(span):
        return False  # "the ceasefire *proposed by* Washington": a participle
    if span[0].lower_.endswith("ed") and j >= lo and doc[j].is_alpha and doc[j].is_lower \
            and (doc[j].lower_.endswith("s") and not doc[j].lower_.endswith("ss") or doc[j].lower_ in ix.role_heads
                 or doc[j].lower_ in WRITINGS):
        return False  # a past tense after a plural noun, a person's role or a document is the verb: "the sanctions
        # forced", "the leaders agreed", "the envoy backed", "Kyiv's document insisted"
    if span[0].lower_.endswith("s") and j >= lo and (j + 1) in ix.topic_ends:
        return False  # "a summit *needs* thorough preparation": a verb after the proposal it is about
    if len(span) == 1 and span[0].lower_.endswith("ed") and j >= lo and doc[j].lower_ in PREPOSITIONS:
        return True  # "threatens Russia with sanctions *over stalled* talks": a participle used as an adjective
    m = ix.mention_covering(j) if j >= lo else None
    if m is not None and m.end == span.start and doc[j].is_lower:
        return False  # "*Ukraine's president* backed": a role mention right before it is the verb's subject
    if name_modifier(ix, span, lo) is not None:
        return True  # "cool *on Trump push* for a summit", "*a long-standing Kremlin demand*": a name as modifier
    if span[0].lower_.endswith("ing") and j >= lo and doc[j].lower_ in SPANS_OF_TIME:
        return False  # "has spent *the past week demanding*": time spent doing it, not "the demands"
    if j - 1 >= lo and doc[j].lower_ in _WHEN_NOUNS and doc[j - 1].lower_ in _WHEN_DETERMINERS:
        return False  # "Washington *this week imposed* sanctions": a time phrase, not "this imposed ..."
    skipped = 0
    while j >= lo and skipped <= 2:
        low = doc[j].lower_
        if low in POSSESSIVE_MARKS:  # "Putin's demands", but not "it's ready" / "he's willing"
            return j > lo and doc[j - 1].lower_ not in CONTRACTING_PRONOUNS
        if low in DETERMINERS or low in POSSESSIVE_PRONOUNS:
            return True
        if low in _SUBJECT_WORDS:
            return False  # "said that *he* supported": a subject pronoun before it makes it a verb
        if doc[j].is_alpha and doc[j].is_lower and low not in PREPOSITIONS and low not in _NOT_SKIPPED:
            skipped += 1
            j -= 1
            continue
        if doc[j].text in {"-", "–"} and j - 1 >= lo and doc[j - 1].is_alpha and not doc[j - 1].whitespace_:
            j -= 1  # "the *cease-fire* demand": a hyphened word is one word
            continue
        demonym = demonym_ending_at(ix, j) if ix.mention_covering(j) is None else None
        if demonym is not None:  # "the *European* call for a truce" (not "the Kremlin", an actor)
            if j == span.start - 1:
                return True  # right before the cue an adjective: "said *Western* plans to ... were unacceptable"
            skipped += 1
            j = demonym.start - 1
            continue
        return False
    return False


def name_modifier(ix: ArticleIndex, span: Span, lo: int) -> Mention | None:
    """The name right before a cue that modifies it as a noun: after a preposition ("cool on *Trump* push for") or
    after "a"/"an" and adjectives ("a long-standing *Kremlin* demand"); not before a participle ("with Zakharova
    warning")."""
    doc = ix.doc
    m = ix.mention_at_end.get(span.start)
    if m is None or m.start - 1 < lo or span[0].lower_.endswith(("ed", "ing")):
        return None
    if doc[m.start - 1].lower_ in PREPOSITIONS:
        return m
    k = m.start - 1
    while k >= lo and (doc[k].is_lower and doc[k].is_alpha and doc[k].lower_ not in DETERMINERS
                       or doc[k].text in {"-", "–"}):
        k -= 1
    return m if k >= lo and doc[k].lower_ in {"a", "an"} else None


# participles whose agents may follow "between" ("the truce *agreed between* Washington and Kyiv")
AGREED_BETWEEN = {"agreed", "negotiated", "brokered", "reached", "signed", "struck", "drafted"}


def participle_with_agent(span: Span) -> bool:
    """"*proposed by* Washington", "*agreed between* Washington and Kyiv": a past participle with its agent right
    after it (a passive, never a noun)."""
    doc = span.doc
    return span[-1].lower_.endswith("ed") and span.end < len(doc) \
        and (doc[span.end].lower_ == "by" or doc[span.end].lower_ == "between" and span[-1].lower_ in AGREED_BETWEEN)


def demonym_ending_at(ix: ArticleIndex, j: int) -> Span | None:
    """The demonym marker ("European", "U.S.") whose last token is ``j``, if any."""
    return next((d for d in ix.markers_in("demonym", max(0, j - 3), j + 1) if d.end == j + 1), None)


def _past_determiners(ix: ArticleIndex, j: int, end: int) -> int:
    """The first token from ``j`` past a determiner, a duration and words like "new" ("back *a 30-day* ceasefire",
    "announced *new* sanctions")."""
    doc = ix.doc
    k = j
    while k < end and k - j < 7 and (_compound_modifier(doc, k, end) or doc[k].lower_ in DETERMINERS
                                     or doc[k].lower_ in PROPOSAL_MODIFIERS
                                     or doc[k].like_num or doc[k].text in {"-", "–"} or _ORDINAL.match(doc[k].lower_)
                                     or (doc[k].lower_ in PROPOSAL_BATCHES and k + 1 < end
                                         and doc[k + 1].lower_ == "of")
                                     or (doc[k].lower_ == "of" and k > j and doc[k - 1].lower_ in PROPOSAL_BATCHES)
                                     or (k > j and doc[k].lower_ in {"day", "days"} and doc[k - 1].text in {"-", "–"})):
        k += 3 if _compound_modifier(doc, k, end) else 1
    return k


# the second half of a compound modifier before a proposal ("back *a European-led* force", "a *US-brokered* truce")
_LED = {"led", "backed", "brokered", "run", "funded", "style", "type", "sponsored", "drafted", "proposed"}


def _compound_modifier(doc, k: int, end: int) -> bool:
    return k + 2 < end and doc[k + 1].text in {"-", "–"} and doc[k + 2].lower_ in _LED


_REQUEST_NOUNS = {"call", "calls", "demand", "demands", "proposal", "plan", "push", "bid", "offer", "appeal", "request"}
_VIEW_NOUNS = {"view", "position", "idea", "argument", "stance", "insistence", "demand", "call", "proposal"}
_QUANTIFIERS = {"the", "a", "an", "every", "any", "all", "each", "this", "that", "these", "those", "such", "new",
               "latest", "fresh"}
_CLOSING_MARKS = {'"', "”", "’", "»"}


def has_own_object(ix: ArticleIndex, hit: CueHit, sent: Span) -> bool:
    """Does a proposal follow the cue as its object ("After the talks Trump *backed a ceasefire*")?"""
    return _topic_next(ix, hit.end, sent.end)


def _topic_next(ix: ArticleIndex, j: int, end: int) -> bool:
    """Does a proposal follow token ``j``, past determiners and modifiers, or past an inverter that names its
    opposite ("will not *give up its NATO aspirations*")?"""
    doc = ix.doc
    if j < end and doc[j].text in _CLOSING_MARKS:
        j += 1  # 'would "never" cede land': a quoted cue word
    if j < end and doc[j].lower_ in {"be", "become"}:  # "will never *be* a member of NATO"
        j += 1
    if j < end and doc[j].lower_ == "that":
        return False  # "declared *that* a ceasefire was impossible": a clause, not the cue's object
    k = _past_determiners(ix, j, end)
    if k in ix.topic_starts or (j < end and j in ix.topic_starts):  # a term that begins with its article ("raise *the cost of the war*")
        return True
    named = ix.mention_at_start.get(k)  # "back new *EU* sanctions": the actor who imposes them, as a modifier
    if named is not None and named.end < end and doc[named.end].lower_ not in POSSESSIVE_MARKS \
            and _past_determiners(ix, named.end, end) == named.end and named.end in ix.topic_starts:
        return True
    owner = ix.mention_at_start.get(k) or ix.mention_at_start.get(j)  # "cleared *the bloc's* 19th sanctions package"
    if owner is not None and owner.end + 1 < end and doc[owner.end].lower_ in POSSESSIVE_MARKS \
            and _past_determiners(ix, owner.end + 1, end) in ix.topic_starts:
        return True
    m = ix.mention_at_start.get(k)  # "back *Kyiv's call for* a ceasefire": another's request for the proposal
    if m is not None and m.end + 2 < end and doc[m.end].lower_ in POSSESSIVE_MARKS:
        noun, link = doc[m.end + 1].lower_, doc[m.end + 2].lower_
        if (noun in _REQUEST_NOUNS and link in {"for", "of", "to"}) or (noun in _VIEW_NOUNS and link == "that"):
            # "back Trump's *view that* the fighting must stop": another's view or request names the proposal
            return _past_determiners(ix, m.end + 3, end) in ix.topic_starts
    for n in (1, 2, 3):
        if k + n <= end and " ".join(t.lower_ for t in doc[k:k + n]) in ix.inverter_words:
            stop = next((i for i in range(k + n, min(k + n + 3, end)) if doc[i].is_punct), min(k + n + 3, end))
            return _past_determiners(ix, k + n, end) in ix.topic_starts \
                or any(i in ix.topic_starts and not any(ix.doc[g].lower_ in SCOPE_STOP_PREPOSITIONS
                                                        for g in range(k + n, i)) for i in range(k + n, stop))
    return False


_PAIR_WORDS = {"two", "both"}


def _two_parties(ix: ArticleIndex, sp: Span, lo: int) -> bool:
    """Does the meeting cue ``sp`` name two parties: an actor right after it ("will meet *Putin*"), or a subject
    that is a list or a pair ("Trump *and* Putin will meet", "he and Putin", "the two leaders")?"""
    doc = ix.doc
    k = sp.end
    while k < len(doc) and k < sp.end + 4 and not doc[k].is_punct \
            and (doc[k].lower_ not in PREPOSITIONS or doc[k].lower_ == "with"):
        if k in ix.mention_at_start:
            return True  # "meet *Putin*", "set to meet with *the Ukrainian president*"
        k += 1
    j = sp.start - 1
    while j >= lo and (doc[j].is_lower and doc[j].lower_ in {"are", "were", "is", "was", "will", "would", "also",
                                                              "soon", "then", "finally", "still", "now"}):
        j -= 1
    m = ix.mention_covering(j) if j >= lo else None
    if m is not None:
        k = m.start - 1
        if k - 1 >= lo and doc[k].lower_ in POSSESSIVE_MARKS and ix.mention_covering(k - 1) is not None:
            k = ix.mention_covering(k - 1).start - 1  # "Trump and *Russia's* Vladimir Putin": a title of the name
        return k >= lo and doc[k].lower_ in {"and", "&"}  # "Trump *and* Putin will meet"
    while j >= lo and doc[j].is_lower and doc[j].is_alpha and doc[j].lower_ not in _PAIR_WORDS and j >= sp.start - 3:
        j -= 1  # "the two *leaders*", "both *presidents*"
    return j >= lo and doc[j].lower_ in _PAIR_WORDS


def _inside_topic(ix: ArticleIndex, sp: Span) -> bool:
    """Is the cue part of a topic term that starts before it ("the fighting *must* stop"), or that it opens
    ("Borders, he said, *must not* be redrawn by force")? The term then names the proposal the modal asks for."""
    modal = sp[0].lower_ in _MODALS
    return any(t.start < sp.start and sp.end <= t.end or modal and t.start == sp.start and sp.end < t.end
               for t in ix.topic_spans)


def _traded(ix: ArticleIndex, sp: Span, end: int, both: bool) -> bool:
    """Does a proposal's term end right before ``sp`` (and, with ``both``, another proposal's term start right
    after it: "the NATO bid *for* security guarantees", not "meet *for* peace talks")?"""
    if sp.start not in ix.topic_ends:
        return False
    if not both:
        return True
    before = {t.label_ for t in ix.topic_spans if t.end == sp.start}
    k = _past_determiners(ix, sp.end, end)
    after = {t.label_ for t in ix.topic_spans if t.start == k}
    return bool(after) and not after <= before


def _pronoun_object(ix: ArticleIndex, j: int, end: int) -> bool:
    """Is token ``j`` "it"/"them" closing its clause and standing for a proposal ("would *help Europe provide
    them*.")?"""
    doc = ix.doc
    return j < end and doc[j].lower_ in {"it", "them"} and (j + 1 >= end or doc[j + 1].is_punct) \
        and ix.resolve_topic(ix.all_topics, j) is not None


def _parenthetical_speech(ix: ArticleIndex, sp: Span, lo: int) -> bool:
    """Is the one-word cue ``sp`` a speech verb set off as an aside after its subject (", *he suggested*,")?"""
    doc = ix.doc
    if len(sp) != 1 or sp.end >= len(doc) or doc[sp.end].text not in {",", "."} \
            or not ix.markers_in("speech", sp.start, sp.start + 1):
        return False
    j = sp.start - 1
    m = ix.mention_at_end.get(sp.start)
    if m is not None:
        j = m.start - 1
    elif doc[j].lower_ in {"he", "she", "they", "it"}:
        j -= 1
    else:
        return False
    return j > lo and doc[j].text == "," and not any(doc[k].lower_ == "that" for k in range(sp.end, sp.end + 5)
                                                     if k < len(doc))  # not "Putin suggested, in English, that"


def make_hits(ix: ArticleIndex, sent: Span, cue_spans: list[Span]) -> list[CueHit]:
    """One :class:`CueHit` per cue span of the sentence, with its options unpacked.

    A ``before_topic`` cue with no topic term right after it (past a determiner or a duration) is left out.
    """
    hits = []
    for sp in cue_spans:
        kind, holder, frame, negated, standalone, hypothetical, before_topic, wanted, between, leading, after_topic, \
            antecedent = (sp.id_ or DEFAULT_OPTIONS).split("|")
        if after_topic == "1" and not _traded(ix, sp, sent.end, before_topic == "1"):
            continue  # "drop the NATO bid *for* guarantees" trades one proposal for another; "calls for" is no trade
        if leading == "1" and sp.start > sent.start and ix.doc[sp.start - 1].text not in _OPENING_MARKS:
            continue  # "*Without* a truce, ..." opens its sentence; "talks without preconditions" is no condition
        if before_topic == "1" and not (_topic_next(ix, sp.end, sent.end) or _inside_topic(ix, sp)
                                        or len(sp) > 1 and sp.end - 1 in ix.topic_starts  # "would *wait* for Putin"
                                        or len(sp) > 2 and _pronoun_object(ix, sp.end, sent.end)):
            continue  # "will not" is a cue only when a proposal follows ("will not cede land")
        if between == "1" and not _two_parties(ix, sp, sent.start):
            continue  # "the coalition *would meet* by video": allies among themselves, no talks between parties
        if frame == "modifier" and ix.in_topic(sp.start) and ix.in_topic(sp.end - 1) \
                and any(t.start <= sp.start and sp.end <= t.end for t in ix.topic_spans):
            continue  # "territorial *questions*": a word of a proposal's name, not "questions whether"
        if kind == "verb" and sp.start > sent.start and ix.doc[sp.start - 1].lower_ in _NOUN_BEFORE \
                and any(t.start == sp.start and sp.end < t.end for t in ix.topic_spans):
            continue  # "Trump's call for *fighting to* stop": a noun opening the proposal's name, no verb of its own
        if _temporal_passive(ix, sp, sent.start):
            continue  # "ready to go *once a ceasefire is agreed*": when, not anyone's position
        if _parenthetical_speech(ix, sp, sent.start):
            continue  # "a truce, *he suggested*, would help Kyiv": who says it, not a proposal of its own
        if _describes_a_topic(ix, sp, sent.start):
            continue  # "rejects any ceasefire *that would allow* Ukraine to rearm": what the proposal does
        hit = CueHit(sp, sp.start, sp.end, sp.label_, sp.kb_id_ or sp.text, kind, holder, frame, negated,
                     standalone == "1", hypothetical == "1")
        hit.alternative = sp[0].lower_ == "or"
        hit.before_topic = before_topic == "1"
        hit.antecedent = antecedent == "1"
        hit.put_aside = kind == "verb" and _dispreferred(ix, sp, sent.start)  # "*rather than* agreeing to a truce"
        hit.wanted = "" if wanted == "-" else wanted
        if kind == "verb" and frame != "modifier" and not hit.alternative:
            hit.nominal = is_nominal(ix, sp, sent.start)
            if hit.nominal and any(t.start <= sp.start and sp.end <= t.end and t.end - t.start > len(sp)
                                   and _inverted_object(ix, t.start - 1, sent.start) for t in ix.topic_spans):
                continue  # "give up *its push to join NATO*": a word of the proposal given up, no cue
        hit.segment = ix.quote_at(sp.start)
        hits.append(hit)
    _objects_of_verbs(ix, hits)
    _asked_of_another(ix, hits)
    return hits


def _asked_of_another(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """'Trump's *call for Putin to agree* to a ceasefire': what a request names another actor to do is the request's
    content; the verb after "for X to" is no cue of its own, and the request's reach goes on over it."""
    doc = ix.doc
    for a in hits:
        if not (a.kind == "noun" or a.nominal) or a.span[-1].lower_ != "for":
            continue
        m = ix.mention_at_start.get(a.end)
        if m is None or m.end + 1 >= len(doc) or doc[m.end].lower_ != "to":
            continue
        for b in hits:
            if b.start == m.end + 1 and b.kind == "verb" and b.stance in ("support", "oppose"):
                b.dropped = True


def _inverted_object(ix: ArticleIndex, det: int, lo: int) -> bool:
    """Does an inverter ("give up", "drop") end right before the determiner at ``det`` ("give up *its* push to join
    NATO")?"""
    if det <= lo or ix.doc[det].lower_ not in DETERMINERS:
        return False
    before = " ".join(t.lower_ for t in ix.doc[max(lo, det - 3):det])
    return any(before == w or before.endswith(" " + w) for w in ix.inverter_words)


_PUT_ASIDE = (("rather", "than"), ("instead", "of"))
_PUT_ASIDE_ADVERBS = {"first", "just", "simply", "merely", "still", "again"}


def _dispreferred(ix: ArticleIndex, span: Span, lo: int) -> bool:
    """Does "rather than" or "instead of" come right before ``span`` (an adverb such as "first" between)? The verb
    names what someone puts aside; the clause it depends on says whose position that is."""
    doc = ix.doc
    j = span.start
    if j - 1 >= lo and (doc[j - 1].lower_ in _PUT_ASIDE_ADVERBS or doc[j - 1].lower_.endswith("ly")):
        j -= 1
    return j - 2 >= lo and (doc[j - 2].lower_, doc[j - 1].lower_) in _PUT_ASIDE


_TEMPORAL = {"once", "when", "after", "before", "until", "till", "whenever"}
_PASSIVE_AUX = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "gets", "get", "got"}


def _temporal_passive(ix: ArticleIndex, span: Span, lo: int) -> bool:
    """Is ``span`` a passive participle in a clause of time about a proposal ("once a ceasefire *is agreed*",
    "after the sanctions were *lifted*"), with no agent after it?"""
    doc = ix.doc
    if len(span) != 1 or not span[0].lower_.endswith("ed") or participle_with_agent(span):
        return False
    j = span.start - 1
    while j >= lo and doc[j].lower_ in _PASSIVE_AUX:
        j -= 1
    if j == span.start - 1 or j < lo or (j + 1) not in ix.topic_ends:
        return False
    k = ix.topic_ends[j + 1]  # the topic term's start, then its determiners and modifiers back to the conjunction
    while k - 1 >= lo and (doc[k - 1].lower_ in DETERMINERS or doc[k - 1].lower_ in PROPOSAL_MODIFIERS
                           or doc[k - 1].like_num or doc[k - 1].text in {"-", "–"}):
        k -= 1
    return k - 1 >= lo and doc[k - 1].lower_ in _TEMPORAL


_RELATIVE_MODALS = {"would", "could", "will", "might", "may", "can", "should"}


def _describes_a_topic(ix: ArticleIndex, span: Span, lo: int) -> bool:
    """Is ``span`` the verb of a relative clause right after a proposal ("a truce *that would allow* Kyiv to
    rearm", "sanctions *which hurt* ordinary people")? It says what the proposal does, not who wants it."""
    doc = ix.doc
    j = span.start - 1
    if j >= lo and doc[j].lower_ in _RELATIVE_MODALS:
        j -= 1
    if j >= lo and doc[j].lower_ in {"only", "also", "not", "never"}:
        j -= 1
        if j >= lo and doc[j].lower_ in _RELATIVE_MODALS:
            j -= 1
    return j - 1 >= lo and doc[j].lower_ in {"that", "which"} and j in ix.topic_ends


def _objects_of_verbs(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """A cue right after a verb cue is its object, used as a noun: "Moscow rejected calls for a truce".

    Only determiners and lower-case modifiers may stand between ("dismissed the
    latest calls for"); "agreed to support" and "said and backed" stay verbs.
    """
    doc = ix.doc
    for a, b in zip(hits, hits[1:]):
        if a.verbal and a.frame != "demand" and b.kind == "noun" and b.start >= a.end and b.start - a.end <= 2 \
                and all(doc[j].lower_ in _QUANTIFIERS for j in range(a.end, b.start)) \
                and not (b.end < len(doc) and doc[b.end].lower_ in {"from", "by"}) \
                and b.span[-1].lower_ not in ("from", "by"):  # "an invitation *from* X"
            b.dropped = True  # "has rejected *every proposal* for a ceasefire": the verb's object, no row of its own
            continue
        if not a.verbal or a.frame == "demand" or b.kind != "verb" or b.frame == "modifier" or b.start < a.end:
            continue
        if a.span[-1].lower_ == "to":
            continue  # "prepared to *walk away from*": an infinitive, not an object
        if participle_with_agent(b.span):
            continue  # "rejected the ceasefire *proposed by* Washington": a participle with its agent
        gap = range(a.end, b.start)
        if b.holder_mode in ("speaker", "speaker_only") and 2 <= len(gap) <= 4 and doc[b.start - 1].lower_ in {"that", "which"} \
                and all(doc[j].is_alpha and ix.mention_covering(j) is None for j in gap):
            b.nominal = b.dropped = True  # "rejected any deal *that would require* ...": what the deal is, not a position
            continue
        if len(gap) <= 2 and all(doc[j].is_alpha and doc[j].is_lower and doc[j].lower_ not in _NOT_SKIPPED
                                 and ix.mention_covering(j) is None and not ix.in_topic(j) for j in gap):
            b.nominal = b.dropped = True  # no row of its own: the verb before it holds the topic
