"""Token walks the attribution rules share (nearest subject, coordination, speakers): each answers one question
about the words around a position ("who says this speech verb?") so the rules in holders.py read as their cases."""

from __future__ import annotations

import bisect
from typing import Literal

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, Mention
from helpers.stance.grammar import (AUXILIARIES, CLOSE_QUOTES, CONTROL_VERBS, DAY_WORDS, FRONTED_OPENERS, GROUP_HEADS,
                                    OFFICE_NOUNS, POSITION_NOUNS, POSSESSIVE_MARKS, POSSESSIVE_PRONOUNS, PREPOSITIONS,
                                    REDUCED_RELATIVE, RELATIVE_PRONOUNS, STATE_GROUPS, SUBJECT_PRONOUNS, TELL_VERBS,
                                    past_auxiliaries_back)
from helpers.stance.company import (OTHERS, OTHERS_DETERMINERS, companions_after, coordinated_after, group_of,
                                    in_company, issues_a_document, members_after, object_before, opens_sentence,
                                    possessor_of)
from helpers.stance.candidates import coordinated_before, counted_after_speech, in_pp, relative_aside_start
from helpers.stance.conjoined import subject_of_first_verb
from helpers.stance.hits import demonym_ending_at
from helpers.stance.reported import SIDE_GROUPS, demonyms_before, reported_subject
from helpers.stance.roles import role_subject
from helpers.stance.groups import STATEMENT_NOUNS, according_to, statement_authors, two_sides

__all__ = ["SubjectKind", "in_pp", "coordinated_before", "coordinated_after", "modifier_mention", "antecedent",
           "nearest_subject", "speech_before", "speech_after", "speaker_of", "spokesperson_for", "reporter",
           "trailing_speaker", "quote_speakers"]

SubjectKind = Literal["subject", "pronoun", "relative_clause"]


# titles of local politicians after their party or place ("Reform UK *councillor* Dean Marsh")
_LOCAL_TITLES = {"councillor", "councilor", "lawmaker", "legislator", "senator", "congressman", "congresswoman",
                 "mayor", "politician", "candidate", "activist", "deputy", "assemblyman", "assemblywoman"}


def modifier_mention(ix: ArticleIndex, m: Mention) -> bool:
    """A possessor ("Putin's aide") or noun modifier ("the US *sanctions*") is no subject ("*Washington* sanctioned" is)."""
    doc = ix.doc
    if m.end >= len(doc):
        return False
    nxt = doc[m.end]
    if nxt.lower_ in POSSESSIVE_MARKS:
        # "*Ukraine's delegation*, led by Umerov, proposed": a body that acts for its possessor is the possessor
        return not (m.end + 1 < len(doc) and doc[m.end + 1].lower_ in _ACTING_FOR)
    if ix.in_topic(m.start) and not any(t.start == m.start and t.end == m.end for t in ix.topic_spans):
        return True  # "the deployment of any *NATO* troops": part of the proposal's name (but "the
        # coalition of the willing agreed": an actor whose name is a term is a subject)
    if nxt.text in {"-", "–", "—"} and not doc[m.end - 1].whitespace_ and m.end + 1 < len(doc) and (
            m.end + 1 in ix.mention_at_start or doc[m.end + 1].is_lower):
        return True  # "the Trump–Putin meeting", "a US-led mechanism"
    if nxt.lower_ in {"member", "state"} and not (m.end + 1 < len(doc) and doc[m.end + 1].lower_ in STATE_GROUPS):
        return True  # "Singapore, *the only ASEAN member* to impose sanctions": one member, not the body (but "EU
        # *member states* adopted": the bloc's states acting as it)
    if m.end + 1 < len(doc) and nxt.lower_ in _LOCAL_TITLES and nxt.is_lower \
            and (p := ix.mention_at_start.get(m.end + 1)) is not None and p.actor_id in ix.persons:
        return True  # "*Reform UK* councillor Dean Marsh said": the party or place of a person's title
    return m.end in ix.topic_starts and m.end not in ix.cue_starts


def antecedent(ix: ArticleIndex, comma: int, lo: int) -> tuple[str, ...] | None:
    """The actor a relative clause after ``comma`` refers to ("Rubio, who", "his comments, which")."""
    doc = ix.doc
    prev = ix.mention_at_end.get(comma)
    if prev is not None:
        return tuple(dict.fromkeys(coordinated_before(ix, prev, lo)))  # "Merz, Starmer and Tusk, who demanded": all
    for j in range(comma - 1, max(lo, comma - 4) - 1, -1):
        low = doc[j].lower_
        if low in POSSESSIVE_PRONOUNS:
            who = ix.resolve_possessive(j, POSSESSIVE_PRONOUNS[low])
            return (who,) if who else None
        if low in POSSESSIVE_MARKS and (m := ix.mention_at_end.get(j)) is not None:
            return (m.actor_id,)
    if comma - 2 >= lo and ix.doc[comma - 1].is_lower and (d := demonym_ending_at(ix, comma - 2)) is not None \
            and ix.mention_covering(comma - 2) is None:
        return (d.kb_id_,)  # "the *Russian* memorandum, which demanded ...": Russia's
    return None


def nearest_subject(ix: ArticleIndex, pos: int, lo: int, *, seg: int) -> tuple[tuple[str, ...], SubjectKind] | None:
    """The nearest candidate subject before token ``pos`` (not before ``lo``), and its kind.

    Walking back, the first of: an actor mention not in a prepositional phrase
    and not a modifier (``subject``, with the actors coordinated to it); he/she/it
    resolved (``pronoun``); ", which/who" with its antecedent
    (``relative_clause``). Tokens quoted in another quotation than ``seg`` are
    passed over.
    """
    doc = ix.doc
    j = pos - 1
    speech_ends = {m.end: m for m in ix.markers_in("speech", lo, pos)}
    company: list[str] = []
    while j >= lo:
        if j + 1 in speech_ends and (own := reported_subject(ix, j + 1, pos)) is not None:
            return own, "subject"  # "Fidan said *the sides* had agreed", "said *the Russians* had": not the speaker
        if j + 1 in speech_ends and (who := _conjoined_speaker(ix, speech_ends[j + 1], lo)):
            return who, "subject"  # "Peskov said Russia had no news *and repeated that* ...": Peskov, not Russia
        if j + 1 in speech_ends and doc[j].text == "," and doc[j - 1].lower_ in POSITION_NOUNS \
                and (who := possessor_of(ix, j - 1)):
            return who, "subject"  # "*In Moscow's view,* Western troops would be unacceptable": Moscow's
        m = ix.mention_covering(j)
        if m is not None and m.start >= lo:
            set_against = m.start - 2 >= lo and doc[m.start - 1].lower_ == "not" and doc[m.start - 2].text == ","
            if m.start - 1 >= lo and doc[m.start - 1].is_lower and doc[m.start - 1].is_alpha \
                    and ix.in_topic(m.start - 1) and not (m.end < pos and doc[m.end].lower_ in AUXILIARIES) \
                    and not all(doc[k].lower_ in AUXILIARIES or doc[k].lower_ in REDUCED_RELATIVE
                                for k in range(m.end, pos)):
                # (not "the sanctions *Europe wants*", "the truce *Kyiv and its backers have* demanded": an actor
                # right before the cue, past auxiliaries and its company, is its subject)
                j = m.start - 1  # "he would *meet Putin* only after a ceasefire": the object of a proposal's verb
                continue
            if m.end < pos and doc[m.end].lower_ == "to" and m.start - 1 >= lo \
                    and doc[m.start - 1].lower_ in CONTROL_VERBS:
                j = m.start - 2  # "Trump *told Putin to* agree": what Putin is told is the teller's demand
                continue
            if m.start - 1 >= lo and doc[m.start - 1].lower_ in TELL_VERBS \
                    and any(doc[k].lower_ == "that" for k in range(m.end, min(pos, m.end + 5))):
                j = m.start - 2  # "Erdogan *told Putin* by phone *that* Istanbul was ready": Putin is only told
                continue
            if ix.quote_at(m.start) in (-1, seg) and in_company(ix, m.start, lo):
                if not (m.end < len(doc) and doc[m.end].lower_ in POSSESSIVE_MARKS  # (not "*France's* Macron")
                        and any((n := ix.mention_at_start.get(k)) is not None and n.actor_id in ix.persons
                                for k in range(m.end + 1, min(m.end + 4, pos)))):
                    company.append(m.actor_id)  # "Merz, *along with Macron and Starmer*, called for": theirs too
            elif ix.quote_at(m.start) in (-1, seg) and not modifier_mention(ix, m) and not set_against \
                    and not in_pp(ix, m.start, lo, before_cue=pos):  # set_against: "Russia, *not Ukraine*, is"
                return tuple(dict.fromkeys([*coordinated_before(ix, m, lo), *members_after(ix, m, pos),
                                            *company, *companions_after(ix, m.end, pos)])), "subject"
            j = m.start - 1
            continue
        low = doc[j].lower_
        if low == "," and (opener := relative_aside_start(ix, j, lo)) is not None:
            company += [m.actor_id for m in ix.mentions if opener < m.start < j and ix.quote_at(m.start) in (-1, seg)
                        and in_company(ix, m.start, opener + 1)  # "Trump, *like Macron*, supports": his too
                        and not (m.end < len(doc) and doc[m.end].lower_ in POSSESSIVE_MARKS)]  # not "France's"
            j = opener - 1  # "Zelensky, who met Trump on Monday, rejected ...": the aside's actors are not it
            continue
        if doc[j].text in _DASHES and ix.quote_at(j) in (-1, seg):
            opener = next((k for k in range(j - 1, lo - 1, -1) if doc[k].text in _DASHES), None)
            if opener is not None:
                j = opener - 1  # "Putin — who met Trump on Friday — rejected": the aside's actors are not it
                continue
            if any(doc[k].text in _DASHES for k in range(pos, ix.sents[ix.sent_of(pos)].end)):
                return None  # the cue is inside an aside ("the proposal — originally favoring ... —")
        if ix.quote_at(j) in (-1, seg):
            if (who := role_subject(ix, j, lo, in_pp)) is not None:
                return (who,), "pronoun"  # "the minister said", "the Russian minister", "the head of state"
            if body := _its_office(ix, j, lo):
                return body, "pronoun"  # "The Kremlin was frosty. *Its spokesman* called the truce a trick"
            if low in SIDE_GROUPS and (named := demonyms_before(ix, j, lo)):
                return named, "subject"  # "the Ukrainian and American *delegations* had reached ..."
            if low in GROUP_HEADS and j - 1 >= lo and doc[j - 1].lower_ == "the" and not in_pp(ix, j - 1, lo) \
                    and (j + 1 >= len(doc) or doc[j + 1].lower_ != "of") \
                    and (group := ix.last_group_named(j - 1, low)
                         or ix.last_pair_before(j - 1, every=True)) is not None:
                # "European leaders met in Kyiv. *The leaders* threatened ...", "Trump met Putin. The leaders ..."
                return ((group,) if isinstance(group, str) else group), "pronoun"
            if low in GROUP_HEADS and j - 1 >= lo and doc[j - 1].lower_ in {"two", "both"} \
                    and not in_pp(ix, j - 1, lo) and (pair := ix.last_pair_before(j - 1)):
                return pair, "pronoun"  # "Merz and Macron flew to Kyiv. *The two leaders* demanded ..."
            if low == "two" and doc[j - 1].lower_ == "the" and j + 1 < len(doc) and doc[j + 1].lower_ in AUXILIARIES \
                    and not in_pp(ix, j - 1, lo) and (pair := ix.last_pair_before(j - 1)):
                return pair, "pronoun"  # "Trump spoke with Putin and said *the two would* meet"
            if low in OTHERS and (j == lo or doc[j - 1].lower_ in OTHERS_DETERMINERS or not doc[j - 1].is_alpha) \
                    and not in_pp(ix, j, lo) and (j + 1 >= pos or doc[j + 1].lower_ != "of") \
                    and not counted_after_speech(ix, j, lo):
                return (), "subject"  # '"Some *partners* from the US did not support this"': nobody the codebook names
            if j - 1 >= lo and doc[j - 1].lower_ == "no" and doc[j].is_alpha and doc[j].is_lower and low != "longer" \
                    and not in_pp(ix, j - 1, lo) and all(doc[k].lower_ in AUXILIARIES for k in range(j + 1, pos)):
                return (), "subject"  # "conditions *no government* could accept": nobody holds it
            if (low in {"sides", "parties"} and j - 1 >= lo and doc[j - 1].lower_ in {"the", "two", "both"}
                    or low in {"side", "party"} and j - 1 >= lo and doc[j - 1].lower_ == "each") \
                    and not in_pp(ix, j - 1, lo) and not object_before(ix, j - 1, lo):
                return two_sides(ix, j), "subject"  # "*The two sides* agreed to meet again"
            if low in {"we", "i"} and (j == lo or doc[j - 1].lower_ not in PREPOSITIONS):
                q = ix.quote_at(j)  # '"The Russians want Donbas — *we* don't accept that"': the speaker, not them
                if q >= 0 and ix.quotes[q].full:
                    return None  # the quotation's speaker holds it (the quote rule)
                verb = speech_before(ix, j, ix.sents[ix.sent_of(j)].start)  # 'said that "*we* will force ..."'
                who = speaker_of(ix, verb) if verb is not None else ()
                return (who, "pronoun") if who else None
            if doc[j].is_title and low.endswith("s") and j - 1 >= lo and doc[j - 1].lower_ == "the" \
                    and not in_pp(ix, j - 1, lo) and (demonym := ix.demonym_actor(doc[j].text[:-1])):
                return (demonym,), "subject"  # "*the Russians* rejected a truce": the demonym's actor
            if low in {"they", "it"} and (opens_sentence(ix, j) or _after_fronted_clause(ix, j)) \
                    and (prev := _previous_subject(ix, j, low)):
                return prev, "pronoun"  # "Britain and France lead the coalition. *They* pledged ...": that subject
            if low == "they":  # (a subject form: never the object of a preposition, "said on Monday they")
                return _they(ix, j, lo), "pronoun"  # "Zelensky said *they* had rejected": not Zelensky
            if low in SUBJECT_PRONOUNS and (low in {"he", "she"} or not in_pp(ix, j, lo)):  # ("a day *after he*
                who = ix.resolve_pronoun(j, SUBJECT_PRONOUNS[low])  # shelved": a nominative opens a clause)
                if who:
                    return (who,), "pronoun"
            elif low in RELATIVE_PRONOUNS and j > lo and doc[j - 1].text in {",", *_DASHES}:  # "Zelensky – who"
                found = antecedent(ix, j - 1, lo)
                if found:
                    return found, "relative_clause"
                if low == "which":
                    return None  # "dismissed the memorandum, *which demanded* ...": a thing's clause, not Zelensky's
        j -= 1
    if company:  # "In a statement, *leaders including Macron and Merz* said": the group's named members
        return tuple(dict.fromkeys(company)), "subject"
    return None


def _relative_antecedent(ix: ArticleIndex, j: int, lo: int) -> tuple[str, ...]:
    """The antecedent of a ", who" clause still open at ``j`` (no comma since), else none."""
    doc = ix.doc
    for k in range(j - 1, lo + 1, -1):
        if doc[k].text in {",", ";", ":"} or ix.quote_at(k) >= 0:
            return ()
        if doc[k].lower_ == "who" and doc[k - 1].text == ",":
            return antecedent(ix, k - 1, lo) or ()
    return ()


def _conjoined_speaker(ix: ArticleIndex, verb: Span, lo: int) -> tuple[str, ...]:
    """The speaker of a speech verb after "and"/"but" with no subject of its own: the first speech verb's."""
    k = verb.start - 1
    if k < lo or ix.doc[k].lower_ not in {"and", "but"} or ix.quote_at(verb.start) >= 0:
        return ()
    return speaker_of(ix, verb)


def _they(ix: ArticleIndex, j: int, lo: int) -> tuple[str, ...]:
    """Who "they" at ``j`` is: the speakers of the speech verb right before it when they are several or a body
    ("Zelensky and Macron said they backed ..."); else nobody the rules can name."""
    k = j - 1
    if k >= lo and ix.doc[k].lower_ == "that":
        k -= 1
    verb = next((m for m in ix.markers_in("speech", max(lo, k - 3), k + 1) if m.end == k + 1), None)
    if verb is None:  # 'said *in a joint statement* they would': past a phrase of where or how it was said
        verb = next((m for m in reversed(ix.markers_in("speech", max(lo, k - 7), k + 1)) if m.end <= k
                     and ix.doc[m.end].lower_ in {"in", "on", "at", "during", "after", "late", "earlier", "later"}
                     and all(ix.doc[i].is_alpha and ix.mention_covering(i) is None for i in range(m.end, k + 1))),
                    None)
    if verb is None:
        return ()
    who = speaker_of(ix, verb)
    return who if len(who) > 1 or (who and who[0] not in ix.persons) else ()




def _clause_opening_subject(ix: ArticleIndex, lo: int, hi: int) -> tuple[str, ...]:
    """The actors that open the sentence at ``lo`` as its subject (with those coordinated to it), before ``hi``."""
    k = bisect.bisect_left(ix.mention_starts, lo)
    first = next((m for m in ix.mentions[k:] if m.start < hi and ix.quote_at(m.start) < 0
                  and not in_pp(ix, m.start, lo) and not modifier_mention(ix, m)), None)
    if first is None or first.start > lo + 1:
        return ()
    return tuple(dict.fromkeys(coordinated_after(ix, first, hi)[0]))


def _after_fronted_clause(ix: ArticleIndex, j: int) -> bool:
    """Is the pronoun at ``j`` the subject right after a fronted clause that opens its sentence ("*Standing
    alongside Zelensky,* they called for ...", "*If Moscow refused,* they warned")? It then opens the main clause."""
    lo = ix.sents[ix.sent_of(j)].start
    first = ix.doc[lo].lower_
    return j - 1 > lo and ix.doc[j - 1].text == "," \
        and (first in FRONTED_OPENERS or first in {"if", "unless", "once"} or first.endswith("ing") and len(first) > 4) \
        and not any(ix.doc[k].text in {",", ";", ":", '"', "“"} for k in range(lo, j - 1))


def _its_office(ix: ArticleIndex, j: int, lo: int) -> tuple[str, ...]:
    """Who an office noun at ``j`` after a sentence-opening "its" speaks for ("The Kremlin was frosty. *Its
    spokesman* said"): the body the sentence before was about, else ()."""
    doc = ix.doc
    if j - 1 < lo or doc[j].lower_ not in OFFICE_NOUNS or doc[j - 1].lower_ != "its" or not opens_sentence(ix, j - 1):
        return ()
    return _previous_subject(ix, j - 1, "it")


_TIME_OPENERS = {"on", "in", "last", "this", "late", "early", "next"}
_OPENING_TIMES = DAY_WORDS | {"week", "month", "january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december"}


def _previous_subject(ix: ArticleIndex, j: int, pronoun: str, *, depth: int = 0) -> tuple[str, ...]:
    """Who a sentence-opening "they"/"it" at ``j`` is: the subject that opens the sentence before (its first actor
    not after a preposition, with those coordinated to it), when it fits the pronoun: several actors or a body for
    "they", one country or body for "it"."""
    s = ix.sent_of(j)
    if s <= 0:
        return ()
    prev = ix.sents[s - 1]
    opens = prev.start
    while ix.doc[opens].lower_ in FRONTED_OPENERS or ix.doc[opens].lower_ in {"on", "at"}:  # "*In a joint
        nxt = next((i + 1 for i in range(opens + 1, min(opens + 9, prev.end - 1)) if ix.doc[i].text == ","), opens)
        if nxt == opens:  # statement,* the Europeans pledged", "*On Monday, after a dinner,* the leaders": past them
            break
        opens = nxt
    while ix.doc[opens].lower_ in _TIME_OPENERS and ix.doc[opens + 1].lower_ in _OPENING_TIMES:
        opens += 2  # "*On Saturday* Starmer travelled ...", "*Last week* the leaders met", with no comma
    if pronoun == "they" and ix.doc[opens].lower_ == "the" and ix.doc[opens + 1].lower_ in GROUP_HEADS \
            and ix.doc[opens + 2].lower_ != "of":  # "After meeting Zelensky, *the leaders* called ... *They* warned"
        group = ix.last_group_named(opens, ix.doc[opens + 1].lower_) or ix.last_pair_before(opens, every=True)
        return ((group,) if isinstance(group, str) else group) if group else ()
    if pronoun == "they" and depth < 2:  # "They called for a truce. If Moscow refused, *they* warned, ...": the
        t = next((k for k in range(prev.start, min(prev.start + 12, prev.end))  # same "they" as the sentence before
                  if ix.doc[k].lower_ == "they" and (opens_sentence(ix, k) or _after_fronted_clause(ix, k))), None)
        if t is not None:
            return _previous_subject(ix, t, "they", depth=depth + 1)
    first = _opening_mention(ix, opens, prev.end)
    if first is None and pronoun == "they":  # "The demand was set out on Saturday, *when the leaders of France and
        first = next((m for k in range(opens + 2, prev.end - 1)  # Germany travelled* to Kyiv. *They* called for":
                      if ix.doc[k].lower_ in _WHEN_CLAUSES and ix.doc[k - 1].text == ","  # the subject of a "when"
                      and (m := _opening_mention(ix, k + 1, prev.end)) is not None), None)  # clause, a thing opening
    if first is None:
        return ()  # the subject opens its sentence (not "The leaders said *Ukraine* ...")
    who, end = coordinated_after(ix, first, prev.end)
    if pronoun == "they" and len(who) == 1 and who[0] in ix.persons:
        who += companions_after(ix, end, prev.end)  # "Starmer travelled to Kyiv with Macron and Merz. *They* ..."
    who = list(dict.fromkeys(who))
    if issues_a_document(ix, end, prev.end):  # "... issued a statement. *It* proposes": the statement is theirs
        return tuple(who)
    if pronoun == "it":
        return (who[0],) if len(who) == 1 and who[0] not in ix.persons else ()
    return tuple(who) if len(who) > 1 or who[0] not in ix.persons else ()


_DASHES = {"—", "–", "--"}
_WHEN_CLAUSES = {"when", "as", "after", "while"}


def _opening_mention(ix: ArticleIndex, opens: int, end: int):
    """The first actor of the clause opening at ``opens`` when it is its subject ("*The leaders of France* ..."),
    else None."""
    k = bisect.bisect_left(ix.mention_starts, opens)
    first = next((m for m in ix.mentions[k:] if m.start < end and ix.quote_at(m.start) < 0
                  and not in_pp(ix, m.start, opens) and not modifier_mention(ix, m)), None)
    if first is None or not (first.start == opens or group_of(ix, opens, first.start)
                             or first.start == opens + 1 and ix.doc[opens].lower_ in {"the", "both"}):
        return None
    return first


_ACTING_FOR = OFFICE_NOUNS | {"delegation", "negotiators", "negotiating", "government"}
def speech_before(ix: ArticleIndex, pos: int, lo: int) -> Span | None:
    """The last speech verb outside quotation marks between ``lo`` and ``pos``."""
    for m in reversed(ix.markers_in("speech", lo, pos)):
        if ix.quote_at(m.start) < 0:
            return m
    return None


def speaker_of(ix: ArticleIndex, verb: Span) -> tuple[str, ...]:
    """Who says it: the subject of a speech verb ("and wrote" shares the clause's first subject)."""
    s = ix.sent_of(verb.start)
    lo = ix.sents[s].start if s >= 0 else 0
    doc = ix.doc
    if doc[verb.start].lower_ == "according":
        return according_to(ix, verb.end)
    comma = verb.start - 1 - (verb.start - 1 > lo and doc[verb.start - 1].lower_ in {"while", "before", "after"})
    comma -= comma > lo and doc[comma].text in {'"', "”", "’"} and doc[comma - 1].text == ","  # 'leaks," while'
    if comma > lo and doc[comma].text == "," and doc[verb.start].lower_.endswith("ing") \
            and ix.quote_at(verb.start) < 0 and (first := _clause_opening_subject(ix, lo, comma + 1)):
        return first  # "Trump urged Putin to agree, *saying* ...", "..., *while repeating* that": the main subject
    if verb.start > lo and doc[verb.start - 1].lower_ in ("and", "but"):  # "said ... *but insisted* that"
        if who := _relative_antecedent(ix, verb.start - 1, lo):
            return who  # "... by Macron and Merz, *who* travelled to Kyiv *and said*": the relative's antecedent
        firsts = [m for m in ix.markers_in("speech", lo, verb.start) if ix.quote_at(m.start) < 0
                  and not (m.start == lo and doc[m.start].lower_.endswith("ing"))]  # ("*Announcing* it, X said")
        if firsts:
            verb = firsts[0]
        else:  # "Macron urged Putin to accept ... and *warned* of sanctions": the first verb cue's holders
            held = sorted((k[1], who) for k, who in ix.memo.items()
                          if k[0] == "holders" and lo <= k[1] < verb.start and who)
            if held:
                return held[0][1]
            if (first := subject_of_first_verb(ix, lo, verb.start - 1)) is not None:
                return (first,)  # "Zelensky met Merz *and said* that ...": Zelensky, not the one he met
            if doc[lo].lower_ in SUBJECT_PRONOUNS and not any(doc[k].lower_ in RELATIVE_PRONOUNS
                                                            for k in range(lo, verb.start)) \
                    and (who := ix.resolve_pronoun(lo, SUBJECT_PRONOUNS[doc[lo].lower_])):
                return (who,)  # "*She* ruled out easing it unless Russia agreed ..., *and said*": she
    j = past_auxiliaries_back(ix.doc, verb.start, lo) - 1
    if verb.start > lo and doc[verb.start - 1].text == "," and doc[verb.start].lower_.endswith("ing"):
        j = next((k for k in range(verb.start - 2, max(lo, verb.start - 4) - 1, -1)
                  if doc[k].lower_ in STATEMENT_NOUNS), j)  # '..., the statement reads, *adding* that'
    if j > lo and doc[j].lower_ in STATEMENT_NOUNS and ix.mention_covering(j) is None:
        return statement_authors(ix, j)  # "the statement said": whoever issued the statement named before
    if j - 1 > lo and doc[j].lower_ in OFFICE_NOUNS and doc[j - 1].lower_ in POSSESSIVE_MARKS \
            and (m := ix.mention_at_end.get(j - 1)) is not None and m.actor_id in ix.persons:
        return (m.actor_id,)  # "Zelensky's office said": the office speaks for him
    if body := _its_office(ix, j, lo):
        return body  # "The Kremlin was frosty. *Its spokesman* said": the body the sentence before was about
    if j - 1 >= lo and doc[j].lower_ in OFFICE_NOUNS and doc[j - 1].lower_ in POSSESSIVE_PRONOUNS \
            and not (doc[j - 1].lower_ == "its" and opens_sentence(ix, j - 1)) \
            and (who := ix.resolve_possessive(j - 1, POSSESSIVE_PRONOUNS[doc[j - 1].lower_])):
        return (who,)  # "*His office* said": the person spoken for
    if doc[verb.start].lower_ in POSITION_NOUNS and (who := possessor_of(ix, verb.start)):
        return who  # "*Kyiv's* position is that ...", "*his* view was that": the possessor holds it
    if (who := spokesperson_for(ix, j, lo)) is not None:
        return who  # "*A spokesperson for the Russian embassy* said": the body (or person) spoken for
    found = nearest_subject(ix, verb.start, lo, seg=-1)
    if found:
        return found[0]
    # "…,” said Trump" (not "Zelensky's office said *Putin's* proposal ...": no subject is found there)
    m = ix.mention_at_start.get(verb.end)
    if m is None or verb.start == lo or doc[verb.start - 1].text not in {",", '"', "’", *CLOSE_QUOTES} \
            or doc[verb.start].lower_.endswith("ing"):  # ", saying *Moscow* must ...": the clause's subject
        return ()
    return (m.actor_id,)


# who speaks for someone else: "a spokesperson *for* the embassy", "the official representative *of* the ministry"
_SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "representative", "spokespeople"}


def spokesperson_for(ix: ArticleIndex, j: int, lo: int) -> tuple[str, ...] | None:
    """The one a spokesperson speaks for, when the subject ending at ``j`` is "a spokesperson for X" (no name of
    their own: "Lotte Claes, a spokesperson for ..." is Lotte Claes, found as the subject)."""
    doc = ix.doc
    m = ix.mention_at_end.get(j + 1)
    if m is None:
        return None
    k = m.start - 1
    if k > lo and doc[k].lower_ == "the":
        k -= 1
    if k - 1 < lo or doc[k].lower_ not in {"for", "of"} or doc[k - 1].lower_ not in _SPOKESPEOPLE:
        return None
    i = k - 2
    while i >= lo and (doc[i].is_lower and doc[i].is_alpha and doc[i].lower_ not in {"and", "said", "who"}
                       or doc[i].text == "-"):
        i -= 1  # "a *foreign-affairs* spokeswoman for", "the *official* representative of"
    if i >= lo and (doc[i].text == "," or ix.mention_at_end.get(i + 1) is not None):
        return None  # "Lotte Claes*,* a spokesperson for ...": the person named is the speaker
    return (m.actor_id,)


def speech_after(ix: ArticleIndex, pos: int, sent: Span) -> Span | None:
    """A speech verb closing the sentence after a comma ("Kyiv will never cede land, Zelensky said.")."""
    doc = ix.doc
    for m in ix.markers_in("speech", pos, sent.end):
        if ix.quote_at(m.start) >= 0:
            continue
        k = m.start - 1
        while k > pos and ix.mention_covering(k) is not None:
            k -= 1
        if k == m.start - 1 and k - 1 >= pos and doc[k].lower_ in {"he", "she"}:
            k -= 1  # "Ukraine will not give up land*, he said*": the pronoun is resolved by speaker_of
        elif k == m.start - 1 and k - 1 > pos and (doc[k].lower_ in ix.role_heads or doc[k].lower_ in STATEMENT_NOUNS) \
                and doc[k - 1].lower_ in {"the", "joint"}:
            k -= 1  # ", the *spokesman* said": a role naming the last such person (nearest_subject resolves it);
            # ", the *statement* said": whoever issued it (speaker_of)
            if doc[k].lower_ == "joint" and k - 1 > pos and doc[k - 1].lower_ == "the":
                k -= 1
        if k > pos and doc[k].lower_ == "the" and k + 1 < m.start:
            k -= 1  # ", *the* Kremlin spokesman said"
        return m if doc[k].text == "," else None
    return None


def trailing_speaker(ix: ArticleIndex, pos: int, sent: Span) -> tuple[str, ...]:
    """Who closes the sentence with a speech verb after ``pos`` (", Zelensky said", ", said Zakharova")."""
    verb = speech_after(ix, pos, sent)
    if verb is None:
        return ()
    before = ix.mention_at_end.get(verb.start)
    after = ix.mention_at_start.get(verb.end)
    if after is not None and before is None:
        return (after.actor_id,)  # ", said Zakharova"
    return speaker_of(ix, verb)  # ", Zelensky tells Trump": the subject, not the one told


def reporter(ix: ArticleIndex, segment: int, pos: int, sent: Span) -> tuple[str, ...]:
    """Who reports the clause at ``pos``: the speaker of the last speech verb before it in ``sent``.

    Nobody inside a full quotation (``segment``), whose speaker holds it already.
    """
    if segment >= 0 and ix.quotes[segment].full:
        return ()
    verb = speech_before(ix, pos, sent.start)
    return speaker_of(ix, verb) if verb is not None else ()


def _fallback_speaker(ix: ArticleIndex, start: int, end: int) -> tuple[str, ...]:
    """Speaker of a quote the quotes stage did not give: the subject of a speech verb next to it."""
    doc = ix.doc
    j = end
    while j < len(doc) and doc[j].text in {",", ".", "!", "?", "'", "’", '"', "”"}:
        j += 1
    if j + 1 < len(doc) and doc[j].text in {":", "—", "–", "-"} and (m := ix.mention_at_start.get(j + 1)) is not None:
        return (m.actor_id,)  # "'We will not trade land for peace': Zelensky", "... — Zelensky wrote on Telegram"
    s_first, s_last = ix.sent_of(start), ix.sent_of(max(start, end - 1))
    lo = ix.sents[s_first].start if s_first >= 0 else start
    hi = ix.sents[s_last].end if s_last >= 0 else end
    near = [m for m in ix.markers_in("speech", lo, hi) if not (start <= m.start < end)]
    if not near:
        return ()
    before = [m for m in near if m.start < start]
    verb = before[-1] if before else near[0]
    return speaker_of(ix, verb)


def quote_speakers(ix: ArticleIndex, k: int) -> tuple[str, ...]:
    """The speakers of quotation ``k``: the quotes stage's, else found here once and kept."""
    q = ix.quotes[k]
    if q.speakers is not None:
        return q.speakers
    key = ("quote_speakers", k)
    if key not in ix.memo:
        ix.memo[key] = _fallback_speaker(ix, q.start, q.end)
    return ix.memo[key]  # type: ignore[return-value]
