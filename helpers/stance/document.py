"""The per-article index the stance rules read: sentences, paragraphs, mentions, quotations, topics.

Built once per article (only for an article with both a cue and a topic) and
asked by every rule; the lookups that are costly to repeat (which quotation a
token is in, the topics with resolved references) are computed on first use.
"""

from __future__ import annotations

import bisect
import itertools
from typing import NamedTuple, Sequence

from spacy.tokens import Doc, Span

from helpers.nlp import paragraph_starts, sentences
from helpers.stance.grammar import (CLAUSE_BREAKS, DOCUMENT_REFERENCES, JOINED_BY, MEETING_WORDS, OCCASION_WORDS,
                                    OFFERED_REFERENCES, POSITION_NOUNS, PREPOSITIONS, PUT_ASIDE, QUOTE_MARKS,
                                    THREAT_WORDS, aside_marker)
from helpers.stance.pronouns import (fits_gender, of_the_pronoun_s_gender, opens_with_unlisted_name, pronoun_subject_of,
                                     subject_of_verb_before)
from helpers.stance.quote_spans import Quote, find_quotes


__all__ = ["ArticleIndex", "Mention", "Quote", "TopicHit", "DEFAULT_NEGATION_WINDOW"]

DEFAULT_NEGATION_WINDOW = 3


class TopicHit(NamedTuple):
    start: int
    end: int
    topic: str
    polarity: str      # "+" names the proposal, "-" its opposite, "c" a condition on it ("without Ukraine")
    via: str           # term | reference | pronoun | elaboration | list | precondition | previous_sentence
    text: str


class Mention(NamedTuple):
    start: int
    end: int
    actor_id: str


# a word before a speech verb's form that makes it a noun ("the claims", "Moscow's warning")
_BEFORE_A_NOUN = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "’s", "'s", "these", "those",
                  "this", "that", "such", "new", "latest", "earlier", "recent"}


# words that open a subordinate clause before a pronoun: a name after it may be the pronoun's ("When he arrived,
# Putin said")
_FRONTED_CLAUSE_WORDS = {"when", "after", "before", "as", "while", "since", "if", "although", "though", "because",
                         "once", "until", "whenever"}

_ACTS = {"move", "step"}  # acts referred back to ("welcomed *the move*")
REFERS_BACK_PARAGRAPHS = 3  # a topic's own noun ("the measures") reaches further back than "the plan"
# prepositions that may lead a clause with its own subject ("a day *after* Trump shelved the summit")
_CLAUSE_LEADERS = frozenset({"after", "before", "since", "until"})


class ArticleIndex:
    """One Doc's sentences, paragraphs, actor mentions, quotations and topics, by token position.

    ``persons`` (the actor ids "he"/"she" may refer to) and the negation window
    come from the cue matcher, via ``doc.user_data``; without them no pronoun
    resolves to a person and the window is 3 words.
    """

    def __init__(self, doc: Doc, *, article_id: str = "", quotes: Sequence[dict] | None = None,
                 text: str | None = None) -> None:
        self.doc = doc
        self.text = text if text is not None else doc.text
        self.article_id = article_id
        self.quote_rows = quotes
        self.window = int(doc.user_data.get("stance:negation_window") or DEFAULT_NEGATION_WINDOW)
        self.sents = sentences(doc)
        self.sent_starts = [s.start for s in self.sents]
        self.para_chars = paragraph_starts(self.text)
        self.sent_para = [bisect.bisect_right(self.para_chars, s.start_char) - 1 for s in self.sents]
        self.persons = set(doc.user_data.get("stance:persons") or ())
        self.bodies = set(doc.user_data.get("stance:bodies") or ())
        self.media = set(doc.user_data.get("stance:media") or ())
        self.genders: dict[str, str] = dict(doc.user_data.get("stance:genders") or {})
        self.inverter_words: frozenset[str] = frozenset(doc.user_data.get("topics:inverters") or ())
        self.inverter_first_words = frozenset(w.split()[0] for w in self.inverter_words if w.split())
        self.reversal_words = frozenset(doc.user_data.get("stance:reversals") or ())  # "dropped", "abandoned"
        self.role_heads: dict[str, tuple[str, ...]] = dict(doc.user_data.get("stance:role_heads") or {})
        self.sides: dict[str, str] = dict(doc.user_data.get("stance:sides") or {})
        self.demonyms: dict[str, str] = dict(doc.user_data.get("stance:demonyms") or {})
        self.cues = list(doc.spans["stance_cues"]) if "stance_cues" in doc.spans else []
        self.cue_starts = {c.start for c in self.cues}
        self.markers: dict[str, list[Span]] = {}
        found = list(doc.spans["stance_markers"]) if "stance_markers" in doc.spans else []
        named = {i for g in ("actors", "actor_roles") if g in doc.spans
                 for sp in doc.spans[g] for i in range(sp.start, sp.end)}
        demonym_ends = {m.end for m in found if m.label_ == "demonym" and m.start not in named}  # "the Kremlin said"
        for m in found:
            if m.label_ == "speech" and m.start > 0 and doc[m.start].lower_ not in POSITION_NOUNS \
                    and (doc[m.start - 1].lower_ in _BEFORE_A_NOUN or m.start in demonym_ends):
                continue  # "Russian *claims* that", "his *remarks*", "Moscow's *warning*": a noun, no speech verb
            if m.label_ == "speech" and aside_marker(doc, m):
                continue
            self.markers.setdefault(m.label_, []).append(m)
        self.topic_spans = list(doc.spans["topics"]) if "topics" in doc.spans else []
        self.ref_spans = list(doc.spans["topic_refs"]) if "topic_refs" in doc.spans else []
        self.topic_starts = {t.start for t in self.topic_spans}
        self.topic_ends = {t.end: t.start for t in self.topic_spans}  # end -> start ("once a ceasefire is agreed")
        mentions: list[Mention] = []
        for group in ("actors", "actor_roles"):
            if group in doc.spans:
                mentions += [Mention(s.start, s.end, s.label_) for s in doc.spans[group]]
        mentions.sort()
        self.mentions: list[Mention] = []
        for m in mentions:  # a role overlapping a name mention (should not happen) yields to it
            if self.mentions and m.start < self.mentions[-1].end:
                continue
            self.mentions.append(m)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_at_start = {m.start: m for m in self.mentions}
        self.mention_at_end = {m.end: m for m in self.mentions}
        self.memo: dict[object, object] = {}   # results of the rules' walks (speakers of paired quotes)
        self._quotes: list[Quote] | None = None
        self._quote_of: dict[int, int] = {}
        self._topics: list[TopicHit] | None = None
        self._topic_starts_sorted: list[int] | None = None
        self._mention_tokens: set[int] | None = None
        self._clause_breaks: list[int] | None = None
        self._purpose_thats: list[int] = []
        self._topic_term_starts: list[int] | None = None
        self._topic_term_max_end: list[int] = []
        speech = [m for m in self.markers.get("speech", []) if self.mention_covering(m.start) is None]
        # "the United *States*" is a name, not the speech verb "states"; "*Zelensky:* Ukraine will not ..." (a
        # headline's or standfirst's colon after the person who opens the sentence) is speech
        speech += [Span(doc, m.end, m.end + 1, label="speech") for m in self.mentions
                   if m.end < len(doc) and doc[m.end].text == ":"
                   and all(doc[i].is_punct or all(c.isdigit() or c in ":." for c in doc[i].text)  # past a time
                           # stamp ("14:05 Zelensky:", a live blog's)
                           for i in range(self.sents[max(self.sent_of(m.start), 0)].start, m.start))]
        if speech:
            self.markers["speech"] = sorted(speech, key=lambda sp: (sp.start, sp.end))
        self._marker_starts = {label: [m.start for m in ms] for label, ms in self.markers.items()}
        self._cue_starts = [c.start for c in self.cues]
        self._quote_starts: list[int] | None = None
        self._quote_max_end: list[int] | None = None

    # ------------------------------------------------------------------ positions

    def markers_in(self, label: str, lo: int, hi: int) -> list[Span]:
        """The ``label`` markers starting in [lo, hi), by binary search (long articles stay linear)."""
        starts = self._marker_starts.get(label)
        if not starts:
            return []
        a = bisect.bisect_left(starts, lo)
        b = bisect.bisect_left(starts, hi, lo=a)
        return self.markers[label][a:b]

    def in_topic(self, i: int) -> bool:
        """Is token ``i`` inside a topic term ("*NATO* troops", "*NATO* membership")?"""
        if self._topic_term_starts is None:
            spans = sorted((t.start, t.end) for t in self.topic_spans)
            self._topic_term_starts = [s for s, _ in spans]
            self._topic_term_max_end = list(itertools.accumulate((e for _, e in spans), max))
        k = bisect.bisect_right(self._topic_term_starts, i) - 1
        return k >= 0 and i < self._topic_term_max_end[k]

    def cues_in(self, lo: int, hi: int) -> list[Span]:
        """The cue spans starting in [lo, hi), by binary search."""
        starts = self._cue_starts
        return self.cues[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def sent_of(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def clause_start(self, pos: int, sent: Span) -> int:
        """First token of the clause of ``pos``: after the last clause break (";", "while", "so that"...) before it."""
        if self._clause_breaks is None:  # found once per article: this is asked for every cue, many times
            doc = self.doc
            self._clause_breaks = [j for j in range(len(doc)) if doc[j].lower_ in CLAUSE_BREAKS
                                   and not (doc[j].lower_ == "while" and j + 1 < len(doc)  # ", *while insisting*
                                            and doc[j + 1].is_lower and doc[j + 1].lower_.endswith("ing"))]  # that":
            # a participle of the main clause's subject, no clause with its own
            self._purpose_thats = [j for j in range(1, len(doc))  # "so that" / "in order that": a purpose clause
                                   if doc[j].lower_ == "that" and doc[j - 1].lower_ in {"so", "order"}]
        lo = sent.start
        k = bisect.bisect_left(self._clause_breaks, pos) - 1
        if k >= 0 and self._clause_breaks[k] >= sent.start:
            lo = self._clause_breaks[k] + 1
        k = bisect.bisect_left(self._purpose_thats, pos) - 1
        if k >= 0 and self._purpose_thats[k] > sent.start:
            lo = max(lo, self._purpose_thats[k] + 1)
        return lo

    # ------------------------------------------------------------------ mentions and pronouns

    def mention_covering(self, i: int) -> Mention | None:
        k = bisect.bisect_right(self.mention_starts, i) - 1
        if k >= 0 and self.mentions[k].start <= i < self.mentions[k].end:
            return self.mentions[k]
        return None

    def mention_tokens(self) -> set[int]:
        if self._mention_tokens is None:
            self._mention_tokens = {i for m in self.mentions for i in range(m.start, m.end)}
        return self._mention_tokens

    def last_person_before(self, pos: int) -> str | None:
        """The last person named before ``pos``, outside quotations (for he/she/his/her)."""
        return self._last_named_before(pos, self.persons)

    def salient_person_before(self, pos: int) -> str | None:
        """Who "he"/"she" at ``pos`` most likely is: after a speech verb, its speaker; else the first person named
        in its sentence before it who is not the object of a preposition ("Merz, speaking after talks *with
        Zelensky*, said he"), else that of the sentence before ("Trump spoke with Putin. *He* said"), else the
        last person named."""
        s = self.sent_of(pos)
        if s >= 0:
            speech = [m for m in self.markers_in("speech", self.sents[s].start, pos) if self.quote_at(m.start) < 0]
            k = speech[-1].start - 1 if speech else -1
            while k > 0 and self.doc[k].lower_ in ("later", "then", "also", "afterwards", "again"):
                k -= 1
            if speech and k >= 0 and self.doc[k].lower_ == "and":
                speech = []  # "told them Putin wanted a deal, *and (later) said he*": the clause's subject, below
            if speech and (k := speech[-1].start - 1) >= self.sents[s].start and k != pos \
                    and self.doc[k].lower_ == self.doc[pos].lower_ in ("he", "she"):
                return self.salient_person_before(k)  # "*He* said he had asked Witkoff ..., and that *he*": one man
            if speech and (role := self._role_subject_before(speech[-1].start, self.sents[s].start)):
                return role  # "the US leader dropped it, *saying he* ...": the role that speaks
            if speech:  # "Putin told Trump *he* was ready": the one who speaks, nearest before the verb
                lo = bisect.bisect_left(self.mention_starts, self.sents[s].start)
                hi = bisect.bisect_left(self.mention_starts, speech[-1].start)
                for m in reversed(self.mentions[lo:hi]):
                    if m.actor_id in self.persons and self.quote_at(m.start) < 0 \
                            and not self._after_preposition(m.start, but=_CLAUSE_LEADERS):
                        return m.actor_id  # ("a day *after President Trump* shelved plans ..., saying he": "after"
                        # leads a clause there, Trump its subject)
        if s >= 0 and (role := self._role_subject_before(pos, self.sents[s].start)):
            return role  # "the US leader dropped *his* call": the role named in the clause, not a person before it
        for k, hi in ((s, pos), (s - 1, None), (s - 2, None), (s - 3, None)):
            if k < 0:
                continue
            sent = self.sents[k]
            lo = bisect.bisect_left(self.mention_starts, sent.start)
            if k == s - 1 and opens_with_unlisted_name(self, sent):
                return None  # "Jouni Partanen of the Left Alliance welcomed it. *He* stopped short of": not a name
            if hi is None and (chained := pronoun_subject_of(self, sent, pos)) is not None:
                return self.salient_person_before(chained)  # "Zelensky ... *He* renewed ..., an idea Trump backed.
                # But *he* said": the same man as the sentence before's subject pronoun, not a later name
            for m in self.mentions[lo:]:
                if m.start >= (hi if hi is not None else sent.end):
                    break
                if m.actor_id in self.persons and self.quote_at(m.start) < 0 \
                        and not self._after_preposition(m.start, but=self._clause_leader_before(m)):
                    return m.actor_id
            if hi is not None and any(m.actor_id in self.persons for m in self.mentions[lo:]
                                      if sent.start <= m.start < pos):
                break  # persons in its own sentence, all objects: the last of them
            if hi is None and any(m.actor_id in self.persons and self.quote_at(m.start) < 0
                                  for m in self.mentions[lo:] if m.start < sent.end):
                break  # the sentence before names people, all objects: the last named (further back only past a
                # sentence with nobody in it: '"They just don't go anywhere." *He* added')
        return self.last_person_before(pos)

    def _role_subject_before(self, pos: int, lo: int) -> str | None:
        """The person a role names nearest before ``pos`` in its sentence ("the US leader"), unless a person is
        named after it or the role is a preposition's object."""
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        last_person = next((self.mentions[i].start for i in range(k, -1, -1) if self.mentions[i].start >= lo
                            and self.mentions[i].actor_id in self.persons), lo - 1)
        for j in range(pos - 1, max(lo, last_person), -1):
            if self.doc[j].lower_ in self.role_heads and self.quote_at(j) < 0:
                who = self.role_named_at(j)
                start = next((i for i in range(j, max(lo, j - 5) - 1, -1) if self.doc[i].lower_ == "the"), j)
                if who and not self._after_preposition(start + 1 if start < j else j):
                    return who
        return None

    def demonym_actor(self, adjective: str) -> str | None:
        """The actor of a demonym ("Russian" -> russia), from the lexicon's ``demonyms`` table."""
        return self.demonyms.get(adjective)

    def last_group_named(self, pos: int, head: str) -> str | tuple[str, ...] | None:
        """Who "the leaders" at ``pos`` are: the last actor named, in its sentence or the two before, by a name
        ending in that noun ("European leaders", "EU leaders"), or the actors listed after that noun and "of"
        ("the leaders of France, Germany and Britain"), outside quotations."""
        s = self.sent_of(pos)
        lo = self.sents[max(0, s - 2)].start if s >= 0 else 0
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            m = self.mentions[k]
            if self.doc[m.end - 1].lower_ == head and self.quote_at(m.start) < 0:
                return m.actor_id
            k -= 1
        for j in range(pos - 2, lo - 1, -1):  # "the leaders *of France, Germany and Britain*"
            if self.doc[j].lower_ == head and self.doc[j + 1].lower_ == "of" and self.quote_at(j) < 0:
                listed: list[str] = []
                i = j + 2
                while i < pos and (m := self.mention_at_start.get(i)) is not None:
                    listed.append(m.actor_id)
                    i = m.end + (1 if m.end < pos and self.doc[m.end].lower_ in {",", "and"} else 0)
                    if i < pos and self.doc[i].lower_ == "and":
                        i += 1
                if listed:
                    return tuple(dict.fromkeys(listed))
        return None

    def last_pair_before(self, pos: int, *, every: bool = False) -> tuple[str, ...] | None:
        """Who "the two leaders" / "both presidents" at ``pos`` are: the first two people named (outside quotes,
        not as prepositional objects) in its sentence before it, else in one of the two before; ``every``: all of
        them ("Macron, Merz and Starmer met. *The leaders* ...")."""
        s = self.sent_of(pos)
        for k, hi in ((s, pos), (s - 1, None), (s - 2, None)):
            if k < 0 or every and k == s - 2:
                continue  # "the leaders" reaches one sentence back; "both leaders", a pair, two
            sent = self.sents[k]
            found = self._people_in(sent.start, hi if hi is not None else sent.end)
            if every and k == s - 1 and k >= 1 and found and self.doc[sent.start].lower_ == "they":
                found = list(dict.fromkeys(self._people_in(self.sents[k - 1].start, self.sents[k - 1].end) + found))
                # "Macron and Merz arrived. *They were joined by* Starmer and Tusk. The leaders ...": all four
            if len(found) >= 2:
                return tuple(found) if every else (found[0], found[1])
        return None

    def _people_in(self, lo: int, hi: int) -> list[str]:
        """The persons named in [lo, hi), outside quotations and not as prepositional objects ("spoke *with* Putin"
        and "joined *by* Starmer" count: company)."""
        found: list[str] = []
        for m in self.mentions[bisect.bisect_left(self.mention_starts, lo):]:
            if m.start >= hi:
                break
            joined = m.start >= 2 and self.doc[m.start - 1].lower_ == "by" \
                and self.doc[m.start - 2].lower_ in JOINED_BY
            if m.actor_id in self.persons and m.actor_id not in found and self.quote_at(m.start) < 0 \
                    and not self._after_preposition(m.start, but={"with", "by"} if joined else {"with"}):
                found.append(m.actor_id)
        return found

    def _clause_leader_before(self, m: Mention) -> frozenset[str]:
        """``_CLAUSE_LEADERS`` when a verb follows the mention ("a day *after* President Trump *shelved* plans":
        Trump the subject of the clause "after" leads), else none ("after talks with Trump's envoy")."""
        nxt = self.doc[m.end] if m.end < len(self.doc) else None
        if nxt is None or not (nxt.is_lower and nxt.is_alpha) or nxt.lower_ in PREPOSITIONS \
                or nxt.lower_ in ("and", "or", "but"):
            return frozenset()
        return _CLAUSE_LEADERS

    def _after_preposition(self, start: int, *, but: frozenset[str] | set[str] = frozenset()) -> bool:
        """Is the mention at ``start`` led by a preposition (other than those in ``but``), past titles and names
        ("with *US envoy* Witkoff")?"""
        j = start - 1
        lo = max(0, start - 6)
        while j >= lo and self.doc[j].lower_ not in PREPOSITIONS \
                and (self.doc[j].is_title or self.doc[j].is_upper or self.doc[j].lower_ in {"the", "’s", "'s"}
                     or j in self.mention_tokens()):
            j -= 1  # a capitalised preposition ("*With* Zelensky absent, ...") still leads the mention
        return j >= 0 and self.doc[j].lower_ in PREPOSITIONS and self.doc[j].lower_ not in but

    def last_holder_of_role(self, pos: int, head: str, *, side: str | None = None) -> str | None:
        """The last person named before ``pos`` (outside quotations) whose roles end in ``head`` ("the minister"),
        of ``side`` when given ("the Russian minister")."""
        among = set(self.role_heads.get(head, ()))
        if side is not None:
            among = {a for a in among if self.sides.get(a) == side}
        return self._last_named_before(pos, among)

    def most_named_with_role(self, pos: int, head: str) -> str | None:
        """Of the people whose roles end in ``head``, the one named most before ``pos`` ("the head of state": the
        president the story is about, not the last one named)."""
        return self._most_named_before(pos, set(self.role_heads.get(head, ())))

    def role_named_at(self, j: int) -> str | None:
        """Who a role ending at token ``j`` is: "the minister", or one whose modifier names a side ("the Russian
        leader", "the US leader", "the Kremlin spokesman"): the last person named before it with that role."""
        doc, head = self.doc, self.doc[j].lower_
        if head not in self.role_heads or j < 2:
            return None
        if doc[j - 1].lower_ == "the":  # "the President": the one the story is about, named most so far
            return self.most_named_with_role(j, head)
        demonym = next((d for d in self.markers_in("demonym", max(0, j - 4), j) if d.end == j), None)
        named = self.mention_at_end.get(j)
        start, actor = ((demonym.start, demonym.kb_id_) if demonym is not None
                        else (named.start, named.actor_id) if named is not None and named.actor_id not in self.persons
                        else (0, None))
        side = self.sides.get(actor) if actor else None
        if side is None or start < 1 or doc[start - 1].lower_ != "the":
            return None
        return self.last_holder_of_role(j, head, side=side)

    def _most_named_before(self, pos: int, among: set[str]) -> str | None:
        """Of ``among``, the one named most often before ``pos`` outside quotations (a tie: the first named, whom
        the story opened with)."""
        k = bisect.bisect_left(self.mention_starts, pos)
        counts: dict[str, int] = {}
        for m in self.mentions[:k]:
            if m.actor_id in among and self.quote_at(m.start) < 0:
                counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
        return max(counts, key=counts.get) if counts else None  # dicts keep the order first named

    def _last_named_before(self, pos: int, among: set[str]) -> str | None:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        while k >= 0 and among:
            m = self.mentions[k]
            if m.actor_id in among and self.quote_at(m.start) < 0:
                return m.actor_id
            k -= 1
        return None

    def last_thing_in_sentence(self, pos: int) -> str | None:
        """The last country or institution named before ``pos`` in its sentence (for it/its), not the possessor
        opening an aside ("China, *Moscow's* biggest trading partner, said *it* supports dialogue": China)."""
        s = self.sent_of(pos)
        lo = self.sents[s].start if s >= 0 else 0
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        possessor = None  # ("added tankers linked to *Moscow's* fleet to *its* sanctions list": not Moscow's list)
        while k >= 0 and self.mentions[k].start >= lo:
            m = self.mentions[k]
            owns = m.end < len(self.doc) and self.doc[m.end].lower_ in ("'s", "’s")
            if m.actor_id not in self.persons and not (owns and m.start > 0 and self.doc[m.start - 1].text == ","):
                if not owns:  # (an aside's possessor is never it)
                    return m.actor_id
                possessor = possessor or m.actor_id
            k -= 1
        return possessor

    def _conjoined_thing_subject(self, tok_i: int) -> str | None:
        """"*Italy* will back Kyiv, *but it* will not send soldiers": "it" opening a conjoined clause is the country
        or body that opens the sentence, not the last one named."""
        if tok_i < 1 or self.doc[tok_i - 1].lower_ not in ("but", "and", "yet") or (s := self.sent_of(tok_i)) < 0:
            return None
        lo = self.sents[s].start
        k = bisect.bisect_left(self.mention_starts, lo)
        if k >= len(self.mentions) or (m := self.mentions[k]).start >= tok_i or m.actor_id in self.persons \
                or m.start - lo > 1 or m.start > lo and self.doc[lo].lower_ != "the":
            return None
        return m.actor_id

    def resolve_pronoun(self, tok_i: int, kind: str | None, *, subject: bool = True) -> str | None:
        if kind == "person":
            who = of_the_pronoun_s_gender(self, tok_i, self.salient_person_before(tok_i))
            if subject and who is not None and who in self._named_later_in_clause(tok_i):
                # "*He* scrapped plans for a summit with *Putin*": a subject pronoun is never a name its clause
                # goes on to name; the last other person named before it, if the pronoun fits them
                who = of_the_pronoun_s_gender(self, tok_i, self._last_named_before(tok_i, self.persons - {who}))
            return who
        if kind == "thing":
            return self._conjoined_thing_subject(tok_i) or self.last_thing_in_sentence(tok_i)
        return None

    def _named_later_in_clause(self, tok_i: int) -> set[str]:
        """The persons named after a main-clause pronoun at ``tok_i``, up to the end of its clause (";", ", and",
        ", but" or the sentence's end); none for a pronoun inside a fronted clause ("After *he* met Trump, Putin")."""
        s = self.sent_of(tok_i)
        if s < 0 or any(self.doc[j].lower_ in _FRONTED_CLAUSE_WORDS for j in range(self.sents[s].start, tok_i)):
            return set()
        end = self.sents[s].end
        for j in range(tok_i + 1, end - 1):
            if self.doc[j].text == ";" or self.doc[j].text == "," and self.doc[j + 1].lower_ in ("and", "but"):
                end = j
                break
        k = bisect.bisect_left(self.mention_starts, tok_i)
        return {m.actor_id for m in self.mentions[k:] if m.start < end and m.actor_id in self.persons}

    def resolve_possessive(self, tok_i: int, kind: str | None) -> str | None:
        """Whose "his"/"her" at ``tok_i`` is: after "thanked Trump *for his*" the person praised or blamed for it
        (a person named right before "for"/"over"), else as :meth:`resolve_pronoun`."""
        if kind == "person" and tok_i >= 2 and self.doc[tok_i - 1].lower_ in ("for", "over"):
            m = self.mention_at_end.get(tok_i - 1)
            if m is not None and m.actor_id in self.persons and self.quote_at(m.start) < 0:
                return m.actor_id
        if kind == "person" and (who := subject_of_verb_before(self, tok_i)) is not None \
                and fits_gender(self, tok_i, who):
            return who
        return self.resolve_pronoun(tok_i, kind, subject=False)

    # ------------------------------------------------------------------ quotations

    @property
    def quotes(self) -> list[Quote]:
        if self._quotes is None:
            self._quotes = self._find_quotes()
        return self._quotes

    def quote_at(self, i: int) -> int:
        """Index of the quotation token ``i`` is quoted in, else -1.

        Inside a quotation split by its attribution ("“…,” Zelenskiy said. “…”"),
        the attribution between the parts is not quoted: a token is quoted when
        an odd number of quotation marks stands between the quotation's start
        and it.
        """
        cached = self._quote_of.get(i)
        if cached is not None:
            return cached
        quotes = self.quotes
        if self._quote_starts is None:
            self._quote_starts = [q.start for q in quotes]
            self._quote_max_end = list(itertools.accumulate((q.end for q in quotes), max))
        found = -1
        k = bisect.bisect_right(self._quote_starts, i) - 1
        first = -1
        while k >= 0 and self._quote_max_end[k] > i:  # the first quotation holding i (they rarely overlap)
            if quotes[k].start <= i < quotes[k].end:
                first = k
            k -= 1
        if first >= 0:
            q = quotes[first]
            marks = sum(1 for t in self.doc[q.start:i + 1] if t.text in QUOTE_MARKS)
            found = first if marks % 2 == 1 or (marks == 0 and i > q.start) else -1
        self._quote_of[i] = found
        return found

    def _find_quotes(self) -> list[Quote]:
        """Quotation spans with their kind and speaker (:func:`helpers.stance.quote_spans.find_quotes`)."""
        return find_quotes(self.doc, self.text, self.para_chars, self.quote_rows)

    # ------------------------------------------------------------------ topics

    @property
    def all_topics(self) -> list[TopicHit]:
        """Terms plus resolved references, in text order."""
        if self._topics is None:
            items = [TopicHit(t.start, t.end, t.label_, t.id_ or "+", "term", t.text) for t in self.topic_spans]
            items.sort()
            ref_tokens = {i for ref in self.ref_spans for i in range(ref.start, ref.end)}
            for ref in self.ref_spans:
                found = self.resolve_topic(items, ref.start, topic=ref.kb_id_ or None,
                                           plan=self.doc[ref.end - 1].lower_ in DOCUMENT_REFERENCES,
                                           offered=self.doc[ref.end - 1].lower_ in OFFERED_REFERENCES
                                           or self.doc[ref.end - 1].lower_ in DOCUMENT_REFERENCES)
                if found is not None and self.doc[ref.end - 1].lower_ in _ACTS and not ref.kb_id_:
                    found = self._lead_act(items, ref.start, found)
                if found is not None and ref[0].lower_ in ("a", "an") \
                        and self.sent_of(found.start) != self.sent_of(ref.start):
                    continue  # an apposition (", a plan opposed by ...") names something of its own sentence
                if found is not None and self.doc[ref.end - 1].lower_ in DOCUMENT_REFERENCES \
                        and self.sent_of(found.start) == self.sent_of(ref.start) \
                        and any(self.doc[j].lower_ in CLAUSE_BREAKS for j in range(found.end, ref.start)):
                    continue  # "will not cede land, *though* he is ready to discuss *the framework*": not the land
                if found is not None and not self._named_otherwise(ref, found, ref_tokens):
                    polarity = "+" if ref.kb_id_ else found.polarity  # "the measures" are the sanctions themselves
                    bisect.insort(items, TopicHit(ref.start, ref.end, found.topic, polarity, "reference", ref.text))
            self._topics = items
            self._topic_starts_sorted = [t.start for t in items]
        return self._topics

    def _lead_act(self, items: list[TopicHit], pos: int, found: TopicHit) -> TopicHit:
        """"Zelensky welcomed *the move*" paragraphs after the lead: the act the article opened with (the first
        topic of its first two sentences), when that topic was named again since, else ``found``."""
        if self.sent_para[self.sent_of(found.start)] == self.sent_para[self.sent_of(pos)] or len(self.sents) < 3:
            return found  # an act of its own paragraph ("Trump shelved the summit. Putin called the move ...")
        lead = next((t for t in items if t.start < self.sents[1].end and t.via == "term"), None)
        if lead is None or lead.topic == found.topic:
            return found
        since = self.sent_para[self.sent_of(pos)] - REFERS_BACK_PARAGRAPHS
        recent = [t for t in items if t.start < pos and t.topic == lead.topic
                  and since <= self.sent_para[self.sent_of(t.start)]]
        return recent[-1] if recent else found

    def _named_otherwise(self, ref: Span, found: TopicHit, ref_tokens: set[int]) -> bool:
        """Was the reference's noun used since the topic for something that is no topic ("talks in Geneva on
        the *peace plan*. Zelensky backed *the plan*": the plan is the peace plan, not the talks)?"""
        head = self.doc[ref.end - 1].lower_
        forms = {head, head + "s", head[:-1] if head.endswith("s") else head}
        return any(self.doc[j].lower_ in forms and j not in ref_tokens for j in range(found.end, ref.start))

    def resolve_topic(self, items: list[TopicHit], pos: int, *, topic: str | None = None,
                      plan: bool = False, offered: bool = False) -> TopicHit | None:
        """The last topic before token ``pos`` (of ``topic`` only, if given: "the measures" refers back to
        sanctions, whatever was named since) in its paragraph, else in the previous paragraph. With ``plan``
        ("the plan", "the draft"), a meeting named as an occasion is skipped (:meth:`_occasion`); with ``offered``
        ("the offer", "the idea"), a consequence threatened (:meth:`_threatened`)."""
        s = self.sent_of(pos)
        if s < 0:
            return None
        para = self.sent_para[s]
        k = bisect.bisect_left(items, pos, key=lambda t: t.start) - 1  # the last topic before pos
        while k >= 0 and (items[k].polarity == "c" or topic is not None and items[k].topic != topic
                          or topic is None and (self.put_aside(items[k].start) or self._after_before(items[k].start))
                          or plan and self._occasion(items[k]) or offered and self._threatened(items[k])):
            k -= 1  # a condition ("must have a say") is no proposal to refer back to, nor one put aside
        if k < 0:
            return None
        t = items[k]   # paragraphs follow text order: the last one is in this paragraph or none is
        back = 1 if topic is None else REFERS_BACK_PARAGRAPHS
        return t if para - back <= self.sent_para[self.sent_of(t.start)] <= para else None

    def _threatened(self, t: TopicHit) -> bool:
        """Is the topic named as a threatened consequence ("called for a truce, *warning of* tougher sanctions if
        it refused", :meth:`_consequence`) or as what is given in return ("pull out of Donbas *in return for* a
        freeze")? It is not what was offered or asked for: "Putin did not take up *the offer*" is the truce."""
        s = self.sent_of(t.start)
        lo = max(0, t.start - 4, self.sents[s].start if s >= 0 else 0)
        return any(self.doc[j].lower_ in THREAT_WORDS for j in range(lo, t.start)) \
            or any(self.doc[j].lower_ in ("return", "exchange") and self.doc[j + 1].lower_ == "for"
                   for j in range(lo, t.start - 1)) or s >= 0 and self._consequence(t, self.sents[s])

    def _consequence(self, t: TopicHit, sent: Span) -> bool:
        """Is the topic what a condition would bring ("If Moscow refused, *heavier sanctions* would follow",
        "sanctions would follow if it refused")? The clause outside the "if"."""
        doc = self.doc
        ifs = [j for j in range(sent.start, sent.end) if doc[j].lower_ in ("if", "unless")]
        if not ifs:
            return False
        j = ifs[0]
        if j == sent.start or doc[j - 1].is_punct and j - 1 == sent.start:  # "If ..., sanctions would follow"
            comma = next((k for k in range(j, sent.end) if doc[k].text == ","), None)
            return comma is not None and t.start > comma
        return t.end <= j and not any(doc[k].text in (",", ";") for k in range(t.end, j))  # "sanctions would follow
        # if ...", not "called for a truce, warning of sanctions if ..."

    def _occasion(self, t: TopicHit) -> bool:
        """Is the topic a meeting named as an occasion ("after *a day of talks* in Geneva on the plan")? It is
        held, not drafted: no plan to refer back to (a meeting proposed is one: "proposed a summit")."""
        if self.doc[t.end - 1].lower_ not in MEETING_WORDS:
            return False
        return any(self.doc[j].lower_ in OCCASION_WORDS for j in range(max(0, t.start - 3), t.start))

    def _after_before(self, start: int) -> bool:
        """Is the proposal at ``start`` what something must come before ("withdraw *before any ceasefire*")? It
        is when, not what: "Kyiv rejected the demand" is the withdrawal."""
        j = start - 1 - (start >= 1 and self.doc[start - 1].lower_ in ("any", "a", "the"))
        return j >= 0 and self.doc[j].lower_ == "before"

    def put_aside(self, start: int) -> bool:
        """Is the proposal at ``start`` put aside ("*without mentioning* the ceasefire", "*rather than* a truce")?"""
        lo = max(0, start - 3)
        s = self.sent_of(start)
        if s >= 0:
            lo = max(lo, self.sents[s].start)
        return any(self.doc[j].lower_ in PUT_ASIDE for j in range(lo, start))

    def sentence_topics(self, sent: Span) -> list[TopicHit]:
        items = self.all_topics
        starts = self._topic_starts_sorted
        a = bisect.bisect_left(starts, sent.start)
        b = bisect.bisect_left(starts, sent.end)
        return items[a:b]
