"""Stance coding: who supports, opposes, or sets conditions on which proposal, and where it says so.

Rule-based on the blank spaCy pipeline; every coded row records the cue that
fired and the rule that attributed it, so a reader can audit it against its
sentence (``evidence``).

Inputs on the Doc
    ``doc.spans["actors"]`` / ``["actor_roles"]`` (:mod:`helpers.actors`),
    ``doc.spans["topics"]`` / ``["topic_refs"]`` (:mod:`helpers.topics`), and
    from the ``stance_cue_matcher`` component added here (lexicon
    ``stance_cues.yaml``): ``doc.spans["stance_cues"]`` (``label_`` = stance
    family, ``kb_id_`` = the lexicon entry, ``id_`` = its options) and
    ``doc.spans["stance_markers"]`` (``label_`` = ``negation``, ``speech``,
    ``elaboration``, ``topic_pronoun`` or ``demonym``). Quotations come from
    the quotes stage (``ctx["quotes"]``); without it, quotation marks are paired
    here and the speaker is taken from a speech verb in the sentence.

Which sentences
    Only sentences with a stance cue and a topic (a term, a reference such as
    "the plan" or "his participation" resolved to the last topic named in the
    paragraph, else in the previous paragraph, or a pronoun object of a cue,
    "talk about pausing *it*") are looked at; all other Python work is skipped.

Topic of a cue
    The topics after the cue up to the next verb cue or clause break (``;``,
    "while", "whereas"): the first one, plus any later one not introduced by
    a place or time preposition ("called for a ceasefire *at* the next
    meeting" is the ceasefire only). Failing that, a verb or adjective cue
    looks back to a topic earlier in its clause ("something Kyiv claims to
    support"); a noun or a demand never looks back. A sentence opening with
    "These include ..." lends its topics to the cues of the sentence before
    (``topic_via = "elaboration"``, evidence = both sentences). A topic that
    names the opposite of the proposal (``id_ == "-"``: "the lifting of
    sanctions") swaps support and oppose.

Holder of a cue (``rule``)
    ``quote``: the cue is inside a full quotation: its speaker holds it (an
    unknown speaker gives no row). ``possessive``: "Russia's rejection",
    "his insistence" (a pronoun resolved to the last person named).
    ``agent``: "an invitation from Zelensky", "a deadline set by Trump",
    "left without comment by the Russian side". ``after``: "unacceptable to
    Kyiv and its Western partners", "a red line Kyiv refuses to cross".
    ``compound``: "U.S. and European-backed". ``subject``: the nearest actor
    before the cue in its clause that is not inside a prepositional phrase
    ("talks *with* Putin"), a possessor ("Putin's aide") or a noun modifier
    ("the Trump–Putin meeting"), with actors coordinated to it ("both Kyiv and
    Moscow"); ``pronoun`` when that is he/she (the last person named) or it
    (the last country or institution named in the sentence);
    ``relative_clause``: "his earlier comments, which leaned toward
    supporting ..."; ``fronted_clause``: "Despite proposing the talks, the
    Russian President ...". ``speaker``: the cue is what the speaker says
    ought to happen ("He stated that Europe must be involved").
    ``reported_speech``: a condition reported as someone's words ("Rutte
    warned that if Russia refuses ..., the U.S. would intensify sanctions")
    is the speaker's. ``demand``: a demand placed on another actor ("urged
    Trump to press Russia for a ceasefire", "a deadline for Russia to agree to
    a ceasefire") is the demander's support; the target is never coded from it
    (its id is in ``target``).

Negation and conditions
    A negation marker up to three words before a cue (same clause) negates it:
    support becomes oppose, "has not confirmed" becomes neutral, an
    oppose/conditional/neutral cue is cancelled (all set in the lexicon).
    ``negated`` records it. A clause opened by "if"/"unless" states a
    condition, not a position: cues inside it are not coded, and the support
    cues of its main clause become ``conditional`` ("slapping secondary
    sanctions ... if he suspects Moscow is playing games"; an objection stays
    one: "warned of consequences if peacekeepers are deployed"); "in
    principle" or "as a precondition" make the support cue right before them
    conditional. Alone in its clause, "unless"/"only if" is the cue ("Ukraine
    might not join the talks unless Putin attends"). Within one
    sentence (and one side of a quotation mark), a conditional statement of an
    actor on a topic absorbs its bare support or opposition there.

Outputs
    :func:`stances_stage` (pipeline stage, rows ``STANCE_COLUMNS``),
    :func:`extract_stances` (one row per coded statement, with ``published``
    and ``side``), :func:`positions` (one row per article x actor-or-side x
    topic with a score), :func:`stance_matrix` and :func:`code_text` (code one
    made-up text, for tests and for trying a sentence).
"""

from __future__ import annotations

import bisect
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple, Sequence

import pandas as pd
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from helpers.nlp import paragraph_starts, sentences
from helpers.codebook import CodebookError, read_yaml
from helpers.topics import expand_phrase

__all__ = [
    "CodebookError",
    "StanceWarning",
    "STANCES",
    "STANCE_SCORES",
    "STANCE_COLUMNS",
    "STATEMENT_COLUMNS",
    "Cue",
    "Lexicon",
    "load_lexicon",
    "parse_lexicon",
    "lexicon_table",
    "StanceCueMatcher",
    "add_cue_matcher",
    "code_doc",
    "code_text",
    "stances_stage",
    "extract_stances",
    "positions",
    "stance_matrix",
]

LEXICON_FILE = "stance_cues.yaml"
STANCES = ("support", "conditional", "neutral", "oppose")
STANCE_SCORES = {"support": 1.0, "conditional": 0.5, "neutral": 0.0, "oppose": -1.0}
KINDS = ("verb", "noun", "adj")
HOLDERS = ("subject", "agent", "after", "speaker", "compound")
FRAMES = ("plain", "demand", "modifier")
ENTRY_KEYS = {"cue", "kind", "holder", "frame", "negated", "standalone", "hypothetical", "unless_followed_by"}
SECTIONS = {"cues", "negation", "speech_verbs", "elaboration_openers", "topic_pronouns", "demonyms"}

STANCE_COLUMNS = ["article_id", "sent_id", "actor_id", "topic", "stance", "cue", "rule", "evidence",
                  "negated", "target", "topic_via", "topic_text"]
STATEMENT_COLUMNS = ["article_id", "published", "sent_id", "actor_id", "side", "topic", "stance", "cue", "rule",
                     "evidence", "negated", "target", "topic_via", "topic_text"]

# English grammar the rules rely on (not lexicon: users extend cues, not prepositions).
PREPOSITIONS = {"with", "between", "to", "from", "for", "on", "against", "by", "of", "at", "in", "into", "over",
                "about", "toward", "towards", "among", "than", "like", "including", "without", "after", "before",
                "during", "despite", "via", "upon", "across", "through", "behind", "under", "amid", "within",
                "according", "ahead", "beside", "besides", "alongside", "around", "near", "per"}
SCOPE_STOP_PREPOSITIONS = {"at", "in", "during", "on", "after", "before", "amid", "since", "until", "ahead",
                           "following", "within", "throughout"}
NP_GLUE = {"the", "a", "an", "and", "or", "both", "’s", "'s", "his", "her", "their", "its", "himself", "herself",
           "him", "them", "-", "–", "—", "former", "then", "then-", "top", "chief"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
               "your", "any", "no", "such", "’s", "'s"}
POSSESSIVE_MARKS = {"’s", "'s", "’", "'"}
POSSESSIVE_PRONOUNS = {"his": "person", "her": "person", "its": "thing", "their": None}
SUBJECT_PRONOUNS = {"he": "person", "she": "person", "it": "thing"}
SKIP_PRONOUNS = {"him", "himself", "herself", "itself", "they", "them", "we", "us", "i", "me", "you",
                 "his", "her", "its", "their", "our", "my"}
CLAUSE_BREAKS = {";", "while", "whereas", "although", "though"}
FRONTED_OPENERS = {"despite", "after", "before", "while", "by", "since", "when", "although", "though", "upon",
                   "in", "having", "following"}
RELATIVE_PRONOUNS = {"which", "who"}
CONTRACTING_PRONOUNS = {"it", "he", "she", "that", "there", "what", "who", "here", "where", "this", "let"}
LIGHT_VERBS = {"expressed", "expresses", "express", "voiced", "voices", "extended", "extends", "made", "makes",
               "issued", "issues", "offered", "offers", "renewed", "reiterated", "repeated", "reaffirmed",
               "signalled", "signaled", "showed", "shows", "show", "has", "have", "had", "gave", "gives", "stated",
               "announced", "confirmed", "underscored", "stressed", "emphasized", "emphasised"}
OPEN_QUOTES = {"“": "”", "«": "»", "„": "“"}
QUOTE_MARK_RE = re.compile('[“”«»„"]')
QUOTE_MARKS = {"“", "”", "«", "»", "„", '"'}
CLOSE_QUOTES = {"”", "»"}
NEGATION_WINDOW_MAX = 6


class StanceWarning(UserWarning):
    """A sentence the stance rules could not code (it is skipped; the message names it)."""


# =========================================================================== lexicon


@dataclass(frozen=True)
class Cue:
    """One lexicon entry (see the header of ``stance_cues.yaml``)."""

    phrase: str
    stance: str
    kind: str = "verb"
    holder: str = "subject"
    frame: str = "plain"
    negated: str = "oppose"      # a stance label, or "none" (cancelled)
    standalone: bool = True
    hypothetical: bool = False
    unless_followed_by: tuple[str, ...] = ()

    def options(self) -> str:
        """The options as stored in a cue span's ``id_``."""
        return "|".join([self.kind, self.holder, self.frame, self.negated, str(int(self.standalone)),
                         str(int(self.hypothetical))])


@dataclass(frozen=True)
class Lexicon:
    """The validated contents of ``stance_cues.yaml``."""

    path: Path
    cues: tuple[Cue, ...]
    negation_window: int
    negation_markers: tuple[str, ...]
    negation_default: dict
    speech_verbs: tuple[str, ...]
    elaboration_openers: tuple[str, ...]
    topic_pronouns: tuple[str, ...]
    demonyms: dict


def _phrases(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CodebookError(f"{where}: expected a list of phrases, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value, start=1):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
            hint = " (YAML reads an unquoted no/yes/on/off as true/false: quote it)" if isinstance(item, bool) else ""
            raise CodebookError(f"{where}: item #{i} must be a non-empty phrase, got {item!r}{hint}")
        phrase = " ".join(str(item).split())
        expand_phrase(phrase, f"{where}, item #{i}")  # syntax check
        out.append(phrase)
    return tuple(out)


def _choice(entry: dict, key: str, allowed: Sequence[str], default: str, where: str) -> str:
    value = entry.get(key, default)
    if value is None:
        value = default
    value = str(value)
    if value not in allowed:
        raise CodebookError(f"{where}: {key} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def load_lexicon(path: Path | str) -> Lexicon:
    """Read and validate one ``stance_cues.yaml`` (see :func:`parse_lexicon`)."""
    path = Path(path)
    return parse_lexicon(read_yaml(path, "stance lexicon"), source=path)


def parse_lexicon(data: object, *, source: Path | str) -> Lexicon:
    """Validate the parsed contents of a stance lexicon.

    Raises :class:`CodebookError` naming the file and entry for: a missing,
    empty or malformed file; a stance label other than support, oppose,
    conditional, neutral (under ``cues`` or as a ``negated`` value); an unknown
    option or value; a phrase with bad syntax; the same phrase in two entries.
    """
    path = Path(source)
    if data is None:
        raise CodebookError(f"{path}: the stance lexicon is empty; it needs a 'cues:' mapping")
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: expected a mapping with a 'cues:' section at the top level")
    unknown = sorted(set(map(str, data)) - SECTIONS)
    if unknown:
        raise CodebookError(f"{path}: unknown section(s) {', '.join(unknown)}; expected {', '.join(sorted(SECTIONS))}")
    families = data.get("cues")
    if not families or not isinstance(families, dict):
        raise CodebookError(f"{path}: 'cues:' must map stance labels ({', '.join(STANCES)}) to lists of cues")

    negation = data.get("negation") or {}
    if not isinstance(negation, dict):
        raise CodebookError(f"{path}: negation: expected a mapping with window, markers, default")
    bad = sorted(set(map(str, negation)) - {"window", "markers", "default"})
    if bad:
        raise CodebookError(f"{path}: negation: unknown key(s) {', '.join(bad)}")
    window = negation.get("window", 3)
    if isinstance(window, bool) or not isinstance(window, int) or not 1 <= window <= NEGATION_WINDOW_MAX:
        raise CodebookError(f"{path}: negation: window must be a whole number from 1 to {NEGATION_WINDOW_MAX}")
    default = {"support": "oppose", "oppose": "none", "conditional": "none", "neutral": "none"}
    given = negation.get("default") or {}
    if not isinstance(given, dict):
        raise CodebookError(f"{path}: negation: default must map stance labels to what they become")
    for label, value in given.items():
        if str(label) not in STANCES:
            raise CodebookError(f"{path}: negation, default: unknown stance label {label!r}; "
                                f"use one of {', '.join(STANCES)}")
        if str(value) not in STANCES + ("none",):
            raise CodebookError(f"{path}: negation, default, {label}: unknown stance label {value!r}; "
                                f"use one of {', '.join(STANCES)} or none")
        default[str(label)] = str(value)

    cues: list[Cue] = []
    owner: dict[str, str] = {}
    for label, entries in families.items():
        label = str(label)
        if label not in STANCES:
            raise CodebookError(f"{path}: cues: unknown stance label {label!r}; use one of {', '.join(STANCES)}")
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise CodebookError(f"{path}: cues, {label}: expected a list of cues")
        for i, entry in enumerate(entries, start=1):
            where = f"{path}: cues, {label}, entry #{i}"
            if isinstance(entry, (str, int, float)) and not isinstance(entry, bool):
                entry = {"cue": entry}
            if not isinstance(entry, dict) or not str(entry.get("cue") or "").strip():
                raise CodebookError(f"{where}: expected a phrase or a mapping with 'cue:'")
            phrase = " ".join(str(entry["cue"]).split())
            where = f"{path}: cues, {label}, {phrase!r}"
            bad = sorted(set(map(str, entry)) - ENTRY_KEYS)
            if bad:
                raise CodebookError(f"{where}: unknown option(s) {', '.join(bad)}; "
                                    f"expected {', '.join(sorted(ENTRY_KEYS - {'cue'}))}")
            negated = entry.get("negated", default[label])
            if str(negated) not in STANCES + ("none",):
                raise CodebookError(f"{where}: negated: unknown stance label {negated!r}; "
                                    f"use one of {', '.join(STANCES)} or none")
            for flag in ("standalone", "hypothetical"):
                if flag in entry and not isinstance(entry[flag], bool):
                    raise CodebookError(f"{where}: {flag} must be true or false")
            unless = entry.get("unless_followed_by") or []
            if not isinstance(unless, list) or any(isinstance(w, bool) or not str(w).strip() for w in unless):
                raise CodebookError(f"{where}: unless_followed_by must be a list of words "
                                    "(YAML reads an unquoted no/yes/on/off as true/false: quote it)")
            cue = Cue(
                phrase=phrase, stance=label,
                kind=_choice(entry, "kind", KINDS, "verb", where),
                holder=_choice(entry, "holder", HOLDERS, "subject", where),
                frame=_choice(entry, "frame", FRAMES, "plain", where),
                negated=str(negated),
                standalone=bool(entry.get("standalone", True)),
                hypothetical=bool(entry.get("hypothetical", False)),
                unless_followed_by=tuple(str(w).lower() for w in unless),
            )
            for variant in expand_phrase(phrase, where):
                key = variant.casefold().replace("’", "'")
                if key in owner and owner[key] != where:
                    raise CodebookError(f"{where}: the phrase {variant!r} is also matched by {owner[key]}; "
                                        "a phrase may belong to one entry only")
                owner[key] = where
            cues.append(cue)
    if not cues:
        raise CodebookError(f"{path}: no cues defined under 'cues:'")
    demonyms = data.get("demonyms") or {}
    if not isinstance(demonyms, dict):
        raise CodebookError(f"{path}: demonyms: expected a mapping of adjective to actor_id")
    return Lexicon(
        path=path,
        cues=tuple(cues),
        negation_window=window,
        negation_markers=_phrases(negation.get("markers"), f"{path}: negation, markers"),
        negation_default=default,
        speech_verbs=_phrases(data.get("speech_verbs"), f"{path}: speech_verbs"),
        elaboration_openers=_phrases(data.get("elaboration_openers"), f"{path}: elaboration_openers"),
        topic_pronouns=_phrases(data.get("topic_pronouns"), f"{path}: topic_pronouns"),
        demonyms={str(k): str(v) for k, v in demonyms.items()},
    )


def lexicon_table(lex: Lexicon) -> pd.DataFrame:
    """The cue lexicon as a table: ``stance, cue, kind, holder, frame, negated``."""
    return pd.DataFrame([{"stance": c.stance, "cue": c.phrase, "kind": c.kind, "holder": c.holder,
                          "frame": c.frame, "negated": c.negated} for c in lex.cues],
                        columns=["stance", "cue", "kind", "holder", "frame", "negated"])


# =========================================================================== component


class StanceCueMatcher:
    """Marks stance cues and the words the stance rules need (negations, speech verbs...)."""

    def __init__(self, nlp: Language, name: str = "stance_cue_matcher") -> None:
        self.name = name
        self.nlp = nlp
        self.lexicon: Lexicon | None = None
        self.persons: tuple[str, ...] = ()

    def configure(self, *, lexicon: Lexicon, persons: Iterable[str]) -> None:
        """Build the matchers from a validated lexicon; ``persons`` are the actor ids who are people."""
        nlp = self.nlp
        self.lexicon = lexicon
        self.persons = tuple(sorted(persons))
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, Cue] = {}
        for i, cue in enumerate(self.lexicon.cues):
            key = f"cue{i}"
            self.entries[key] = cue
            self.cues.add(key, [nlp.make_doc(v.lower()) for v in expand_phrase(cue.phrase)])
        self.markers = PhraseMatcher(nlp.vocab, attr="LOWER")
        for label, phrases in (("negation", self.lexicon.negation_markers),
                               ("speech", self.lexicon.speech_verbs),
                               ("elaboration", self.lexicon.elaboration_openers),
                               ("topic_pronoun", self.lexicon.topic_pronouns)):
            docs = [nlp.make_doc(v.lower()) for p in phrases for v in expand_phrase(p)]
            if docs:
                self.markers.add(label, docs)
        self.demonyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        for word, actor_id in self.lexicon.demonyms.items():
            self.demonyms.add(actor_id, [nlp.make_doc(word)])

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError("stance_cue_matcher has no lexicon: add it with helpers.stance.add_cue_matcher")
        strings = doc.vocab.strings
        spans = []
        n = len(doc)
        for match_id, start, end in self.cues(doc):
            cue = self.entries[strings[match_id]]
            if cue.unless_followed_by and end < n and doc[end].lower_ in cue.unless_followed_by:
                continue
            spans.append(Span(doc, start, end, label=cue.stance, kb_id=cue.phrase, span_id=cue.options()))
        doc.spans["stance_cues"] = filter_spans(spans)
        markers = [Span(doc, s, e, label=strings[m]) for m, s, e in self.markers(doc)]
        markers += [Span(doc, s, e, label="demonym", kb_id=strings[m]) for m, s, e in self.demonyms(doc)]
        doc.spans["stance_markers"] = sorted(markers, key=lambda sp: (sp.start, sp.end))
        doc.user_data["stance:persons"] = self.persons
        doc.user_data["stance:negation_window"] = self.lexicon.negation_window
        return doc


@Language.factory("stance_cue_matcher")
def make_stance_cue_matcher(nlp: Language, name: str) -> StanceCueMatcher:
    """spaCy factory; the matcher is empty until :meth:`StanceCueMatcher.configure` gives it a lexicon."""
    return StanceCueMatcher(nlp, name)


def add_cue_matcher(nlp: Language, codebooks) -> None:
    """Add (or replace) the ``stance_cue_matcher``, configured with the codebooks' lexicon and people."""
    if "stance_cue_matcher" in nlp.pipe_names:
        nlp.remove_pipe("stance_cue_matcher")
    nlp.add_pipe("stance_cue_matcher").configure(lexicon=codebooks.lexicon, persons=codebooks.actors.persons)


# =========================================================================== coding


class _Topic(NamedTuple):
    start: int
    end: int
    topic: str
    polarity: str      # "+" names the proposal, "-" its opposite
    via: str           # term | reference | pronoun | elaboration
    text: str


class _Mention(NamedTuple):
    start: int
    end: int
    actor_id: str


@dataclass
class _CueHit:
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
    holders: tuple[str, ...] = ()
    rule: str = ""
    target: tuple[str, ...] = ()
    dropped: bool = False
    modified_by: str = ""
    holder_end: int = -1       # token after the holder phrase found after the cue (agent / after)

    @property
    def verbal(self) -> bool:
        return self.kind in ("verb", "adj") and self.frame != "modifier" and not self.nominal


class _Quote(NamedTuple):
    start: int
    end: int            # token indices, marks included
    full: bool
    speakers: tuple[str, ...]
    known: bool         # a speaker was looked for (quotes stage or fallback) and found


class _Coder:
    """Codes one Doc; built once per article, touching only candidate sentences."""

    window = 3  # negation window; the cue matcher stores the lexicon's on the Doc

    def __init__(self, doc: Doc, *, article_id: str = "", quotes: Sequence[dict] | None = None,
                 text: str | None = None) -> None:
        self.doc = doc
        self.text = text if text is not None else doc.text
        self.article_id = article_id
        self.quote_rows = quotes
        self.sents = sentences(doc)
        self.sent_starts = [s.start for s in self.sents]
        self.para_chars = paragraph_starts(self.text)
        self.sent_para = [bisect.bisect_right(self.para_chars, s.start_char) - 1 for s in self.sents]
        self.persons = set(doc.user_data.get("stance:persons") or ())
        self.cues = list(doc.spans["stance_cues"]) if "stance_cues" in doc.spans else []
        markers = list(doc.spans["stance_markers"]) if "stance_markers" in doc.spans else []
        self.markers: dict[str, list[Span]] = {}
        for m in markers:
            self.markers.setdefault(m.label_, []).append(m)
        self.topic_spans = list(doc.spans["topics"]) if "topics" in doc.spans else []
        self.ref_spans = list(doc.spans["topic_refs"]) if "topic_refs" in doc.spans else []
        self.topic_starts = {t.start for t in self.topic_spans}
        mentions: list[_Mention] = []
        for group in ("actors", "actor_roles"):
            if group in doc.spans:
                mentions += [_Mention(s.start, s.end, s.label_) for s in doc.spans[group]]
        mentions.sort()
        self.mentions: list[_Mention] = []
        for m in mentions:  # a role overlapping a name mention (should not happen) yields to it
            if self.mentions and m.start < self.mentions[-1].end:
                continue
            self.mentions.append(m)
        self.mention_starts = [m.start for m in self.mentions]
        self.mention_at_start = {m.start: m for m in self.mentions}
        self.mention_at_end = {m.end: m for m in self.mentions}
        self._quotes: list[_Quote] | None = None
        self._quote_of: dict[int, int] = {}
        self._topics: list[_Topic] | None = None

    # ------------------------------------------------------------------ helpers

    def sent_of(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def mention_covering(self, i: int) -> _Mention | None:
        k = bisect.bisect_right(self.mention_starts, i) - 1
        if k >= 0 and self.mentions[k].start <= i < self.mentions[k].end:
            return self.mentions[k]
        return None

    @property
    def quotes(self) -> list[_Quote]:
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
        found = -1
        for k, q in enumerate(self.quotes):
            if q.start <= i < q.end:
                marks = sum(1 for t in self.doc[q.start:i + 1] if t.text in QUOTE_MARKS)
                found = k if marks % 2 == 1 or (marks == 0 and i > q.start) else -1
                break
        self._quote_of[i] = found
        return found

    @property
    def all_topics(self) -> list[_Topic]:
        """Terms plus resolved references, in text order."""
        if self._topics is None:
            items = [_Topic(t.start, t.end, t.label_, t.id_ or "+", "term", t.text) for t in self.topic_spans]
            items.sort()
            for ref in self.ref_spans:
                found = self._resolve_topic(items, ref.start)
                if found is not None:
                    items.append(_Topic(ref.start, ref.end, found.topic, found.polarity, "reference", ref.text))
                    items.sort()
            self._topics = items
        return self._topics

    def _resolve_topic(self, items: list[_Topic], pos: int) -> _Topic | None:
        """The last topic before token ``pos`` in its paragraph, else in the previous paragraph."""
        s = self.sent_of(pos)
        if s < 0:
            return None
        para = self.sent_para[s]
        same = previous = None
        for t in items:
            if t.start >= pos:
                break
            tp = self.sent_para[self.sent_of(t.start)]
            if tp == para:
                same = t
            elif tp == para - 1:
                previous = t
        return same or previous

    # ------------------------------------------------------------------ quotes

    def _find_quotes(self) -> list[_Quote]:
        """Quotation spans (token indices) with their kind and speaker.

        From the quotes stage when it ran (its rows, speakers and kinds);
        otherwise quotation marks are paired here, paragraph by paragraph, a
        quote of four words or more starting with a capital counts as full, and
        its speaker is the subject of a speech verb in its sentence.
        """
        doc = self.doc
        self._quotes = []
        if self.quote_rows is not None:
            out = []
            for r in self.quote_rows:
                try:
                    span = doc.char_span(int(r["start_char"]), int(r["end_char"]), alignment_mode="expand")
                except (KeyError, TypeError, ValueError):
                    continue
                if span is None:
                    continue
                sid = str(r.get("speaker_id") or "")
                out.append(_Quote(span.start, span.end, str(r.get("kind", "full")) == "full",
                                  (sid,) if sid else (), True))
            out.sort()
            return out
        regions: list[tuple[int, int]] = []
        opened: int | None = None
        closer = ""
        straight: int | None = None
        para = -1
        for m in QUOTE_MARK_RE.finditer(self.text):
            pos, ch = m.start(), m.group()
            p = bisect.bisect_right(self.para_chars, pos) - 1
            if p != para:
                para, opened, straight = p, None, None
            if opened is None and ch in OPEN_QUOTES:
                opened, closer = pos, OPEN_QUOTES[ch]
            elif opened is not None and (ch == closer or ch in CLOSE_QUOTES):
                regions.append((opened, pos + 1))
                opened = None
            elif ch == '"':
                if straight is None:
                    straight = pos
                else:
                    regions.append((straight, pos + 1))
                    straight = None
        spans = [doc.char_span(a, b, alignment_mode="expand") for a, b in sorted(regions)]
        spans = [sp for sp in spans if sp is not None and len(sp) >= 2]
        # regions first (the speaker search asks which tokens are quoted), speakers second
        self._quotes = [_Quote(sp.start, sp.end, False, (), False) for sp in spans]
        out = []
        for sp in spans:
            inner = [t for t in sp[1:-1] if not t.is_punct]
            full = len(inner) >= 4 and sp[1].text[:1].isupper()
            speakers = self._fallback_speaker(sp.start, sp.end) if full else ()
            out.append(_Quote(sp.start, sp.end, full, speakers, full))
        return out

    def _fallback_speaker(self, start: int, end: int) -> tuple[str, ...]:
        """Speaker of a quote when the quotes stage gave none: the subject of a speech verb next to it."""
        speech = self.markers.get("speech", [])
        s_first, s_last = self.sent_of(start), self.sent_of(max(start, end - 1))
        lo = self.sents[s_first].start if s_first >= 0 else start
        hi = self.sents[s_last].end if s_last >= 0 else end
        near = [m for m in speech if lo <= m.start < hi and not (start <= m.start < end)]
        if not near:
            return ()
        before = [m for m in near if m.start < start]
        verb = before[-1] if before else near[0]
        return self._speaker_of(verb)

    # ------------------------------------------------------------------ holders

    def _in_pp(self, start: int, lo: int, *, before_cue: int | None = None) -> bool:
        """Is the noun phrase starting at ``start`` the object of a preposition?"""
        doc = self.doc
        j = start - 1
        while j >= lo:
            t = doc[j]
            low = t.lower_
            if low in PREPOSITIONS:
                if low == "with" and before_cue is not None:
                    m = self.mention_at_start.get(start)
                    nxt = doc[m.end] if m is not None and m.end < len(doc) else None
                    if nxt is not None and nxt.lower_.endswith("ing"):
                        return False  # "with spokesperson Maria Zakharova warning of ..."
                return True
            if low in NP_GLUE or j in self._mention_tokens() or t.is_title or t.is_upper:
                j -= 1
                continue
            return False
        return False

    def _mention_tokens(self) -> set[int]:
        cached = getattr(self, "_mtok", None)
        if cached is None:
            cached = {i for m in self.mentions for i in range(m.start, m.end)}
            self._mtok = cached
        return cached

    def _last_person_before(self, pos: int) -> str | None:
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.actor_id in self.persons and self.quote_at(m.start) < 0:
                return m.actor_id
            k -= 1
        return None

    def _last_thing_in_sentence(self, pos: int) -> str | None:
        s = self.sent_of(pos)
        lo = self.sents[s].start if s >= 0 else 0
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= lo:
            m = self.mentions[k]
            if m.actor_id not in self.persons:
                return m.actor_id
            k -= 1
        return None

    def _resolve_pronoun(self, tok_i: int, kind: str | None) -> str | None:
        if kind == "person":
            return self._last_person_before(tok_i)
        if kind == "thing":
            return self._last_thing_in_sentence(tok_i)
        return None

    def _coordinated_before(self, m: _Mention, lo: int) -> list[str]:
        out = [m.actor_id]
        j = m.start - 1
        while j > lo and self.doc[j].lower_ in {"and", "or", ","}:
            prev = self.mention_at_end.get(j)
            if prev is None:
                break
            out.insert(0, prev.actor_id)
            j = prev.start - 1
        return out

    def _coordinated_after(self, m: _Mention, hi: int) -> tuple[list[str], int]:
        out = [m.actor_id]
        j = m.end
        doc = self.doc
        while j < hi and doc[j].lower_ in {"and", "or", ","}:
            k = j + 1
            while k < hi and doc[k].lower_ in {"its", "their", "the", "his", "her"}:
                k += 1
            nxt = self.mention_at_start.get(k)
            if nxt is None:
                break
            out.append(nxt.actor_id)
            j = nxt.end
        return out, j

    def _subject(self, pos: int, lo: int, *, seg: int) -> tuple[tuple[str, ...], str] | None:
        """Nearest actor before token ``pos`` (not before ``lo``) that can be a subject."""
        doc = self.doc
        j = pos - 1
        while j >= lo:
            m = self.mention_covering(j)
            if m is not None and m.start >= lo:
                if self.quote_at(m.start) in (-1, seg) and not self._modifier_mention(m) \
                        and not self._in_pp(m.start, lo, before_cue=pos):
                    return tuple(self._coordinated_before(m, lo)), "subject"
                j = m.start - 1
                continue
            t = doc[j]
            low = t.lower_
            if self.quote_at(j) in (-1, seg):
                if low in SUBJECT_PRONOUNS and not self._in_pp(j, lo):
                    who = self._resolve_pronoun(j, SUBJECT_PRONOUNS[low])
                    if who:
                        return (who,), "pronoun"
                elif low in RELATIVE_PRONOUNS and j > lo and doc[j - 1].text == ",":
                    who = self._antecedent(j - 1, lo)
                    if who:
                        return who, "relative_clause"
            j -= 1
        return None

    def _modifier_mention(self, m: _Mention) -> bool:
        """A possessor ("Putin's aide") or a noun modifier ("the Trump–Putin meeting") is no subject."""
        doc = self.doc
        if m.end >= len(doc):
            return False
        nxt = doc[m.end]
        if nxt.lower_ in POSSESSIVE_MARKS:
            return True
        if nxt.text in {"-", "–", "—"} and m.end + 1 in self.mention_at_start:
            return True
        return m.end in self.topic_starts

    def _antecedent(self, comma: int, lo: int) -> tuple[str, ...] | None:
        """The actor a relative clause after ``comma`` refers to ("Rubio, who", "his comments, which")."""
        doc = self.doc
        prev = self.mention_at_end.get(comma)
        if prev is not None:
            return (prev.actor_id,)
        for j in range(comma - 1, max(lo, comma - 4) - 1, -1):
            low = doc[j].lower_
            if low in POSSESSIVE_PRONOUNS:
                who = self._resolve_pronoun(j, POSSESSIVE_PRONOUNS[low])
                return (who,) if who else None
            if low in POSSESSIVE_MARKS and (m := self.mention_at_end.get(j)) is not None:
                return (m.actor_id,)
        return None

    def _possessive(self, cue: _CueHit, lo: int) -> tuple[str, ...] | None:
        """"Russia's effective rejection", "his earlier insistence"."""
        doc = self.doc
        j = cue.start - 1
        skipped = 0
        while j >= lo and skipped <= 2:
            t = doc[j]
            low = t.lower_
            if low in POSSESSIVE_MARKS:
                m = self.mention_at_end.get(j)
                return (m.actor_id,) if m is not None else None
            if low in POSSESSIVE_PRONOUNS:
                who = self._resolve_pronoun(j, POSSESSIVE_PRONOUNS[low])
                return (who,) if who else None
            if t.is_alpha and t.is_lower and low not in DETERMINERS and low not in PREPOSITIONS \
                    and low not in {"and", "or", "to", "is", "are", "was", "were", "has", "have", "had", "be"}:
                skipped += 1
                j -= 1
                continue
            return None
        return None

    def _agent(self, cue: _CueHit, hi: int) -> tuple[tuple[str, ...], int] | None:
        """"an invitation from Zelensky", "a deadline set by Trump", "left “without comment” by the Russian side"."""
        doc = self.doc
        for j in range(cue.end, min(cue.end + 3, hi)):
            low = doc[j].lower_
            if low in {"by", "from"}:
                m = self.mention_at_start.get(j + 1)
                if m is not None:
                    actors, end = self._coordinated_after(m, hi)
                    return tuple(actors), end
                return None
            if low in PREPOSITIONS or self.mention_covering(j) is not None:
                return None
        return None

    def _after(self, cue: _CueHit, hi: int) -> tuple[tuple[str, ...], int] | None:
        """"unacceptable to Kyiv and its Western partners", "a red line Kyiv refuses to cross"."""
        j = cue.end
        steps = 0
        while j < hi and steps < 3:
            m = self.mention_at_start.get(j)
            if m is not None:
                actors, end = self._coordinated_after(m, hi)
                return tuple(actors), end
            if self.doc[j].lower_ not in {"to", "for", "the", "a", "by", "among", "with", "still"}:
                return None
            j += 1
            steps += 1
        return None

    def _compound(self, cue: _CueHit, lo: int) -> tuple[str, ...] | None:
        """"U.S. and European-backed": the actor or demonym right before the hyphen."""
        j = cue.start - 1
        if j < lo:
            return None
        m = self.mention_at_end.get(cue.start)
        if m is not None:
            return tuple(self._coordinated_before(m, lo))
        for d in self.markers.get("demonym", []):
            if d.end == cue.start:
                out = [d.kb_id_]
                k = d.start - 1
                if k > lo and self.doc[k].lower_ in {"and", "or"}:
                    prev = self.mention_at_end.get(k)
                    if prev is not None:
                        out.insert(0, prev.actor_id)
                    else:
                        for d2 in self.markers.get("demonym", []):
                            if d2.end == k:
                                out.insert(0, d2.kb_id_)
                return tuple(out)
        return None

    def _speech_before(self, pos: int, lo: int) -> Span | None:
        """The last speech verb outside quotation marks between ``lo`` and ``pos``."""
        found = None
        for m in self.markers.get("speech", []):
            if m.start >= pos:
                break
            if m.start >= lo and self.quote_at(m.start) < 0:
                found = m
        return found

    def _speaker_of(self, verb: Span) -> tuple[str, ...]:
        """Who says it: the subject of a speech verb ("and wrote" shares the clause's first subject)."""
        s = self.sent_of(verb.start)
        lo = self.sents[s].start if s >= 0 else 0
        doc = self.doc
        if verb.start > lo and doc[verb.start - 1].lower_ == "and":
            firsts = [m for m in self.markers.get("speech", []) if lo <= m.start < verb.start
                      and self.quote_at(m.start) < 0]
            if firsts:
                verb = firsts[0]
        found = self._subject(verb.start, lo, seg=-1)
        if found:
            return found[0]
        # "…,” said Trump
        m = self.mention_at_start.get(verb.end)
        return (m.actor_id,) if m is not None else ()

    def _fronted(self, cue: _CueHit, sent: Span) -> tuple[str, ...] | None:
        """"Despite proposing the talks himself, the Russian President has ...": the main clause's subject."""
        doc = self.doc
        if doc[sent.start].lower_ not in FRONTED_OPENERS:
            return None
        comma = next((t.i for t in doc[sent.start:sent.end] if t.text == ","), None)
        if comma is None or cue.start > comma:
            return None
        for m in self.mentions[bisect.bisect_left(self.mention_starts, comma):]:
            if m.start >= sent.end:
                break
            if not self._in_pp(m.start, comma + 1):
                return (m.actor_id,)
        return None

    def _clause_start(self, pos: int, sent: Span) -> int:
        doc = self.doc
        lo = sent.start
        for j in range(pos - 1, sent.start - 1, -1):
            if doc[j].lower_ in CLAUSE_BREAKS:
                lo = j + 1
                break
        return lo

    def _holder(self, cue: _CueHit, sent: Span) -> None:
        """Fill ``cue.holders`` and ``cue.rule``."""
        if cue.segment >= 0:
            q = self.quotes[cue.segment]
            if q.full:
                cue.holders, cue.rule = (q.speakers, "quote") if q.speakers else ((), "quote_unknown_speaker")
                return
        lo = self._clause_start(cue.start, sent)
        hi = sent.end
        if cue.holder_mode == "speaker":
            verb = self._speech_before(cue.start, sent.start)
            if verb is not None:
                who = self._speaker_of(verb)
                if who:
                    cue.holders, cue.rule = who, "speaker"
                    return
        if cue.holder_mode == "compound":
            who = self._compound(cue, lo)
            if who:
                cue.holders, cue.rule = who, "compound"
            return
        if cue.holder_mode == "agent":
            found = self._agent(cue, hi)
            if found:
                cue.holders, cue.rule, cue.holder_end = found[0], "agent", found[1]
                return
        if cue.holder_mode == "after":
            found = self._after(cue, hi)
            if found:
                cue.holders, cue.rule, cue.holder_end = found[0], "after", found[1]
                return
        who = self._possessive(cue, lo)
        if who:
            cue.holders, cue.rule = who, "possessive"
            return
        if cue.nominal or cue.kind == "noun":
            found = self._agent(cue, hi)
            if found:
                cue.holders, cue.rule, cue.holder_end = found[0], "agent", found[1]
                return
            # a light verb right before the noun: "extended an invitation", "expressed a strong desire"
            j = cue.start - 1
            steps = 0
            while j >= lo and steps < 3 and self.doc[j].lower_ not in LIGHT_VERBS:
                j -= 1
                steps += 1
            if j < lo or self.doc[j].lower_ not in LIGHT_VERBS:
                return
            pos = j
        else:
            pos = cue.start
        found = self._subject(pos, lo, seg=cue.segment)
        if found:
            cue.holders, cue.rule = found
            return
        who = self._fronted(cue, sent)
        if who:
            cue.holders, cue.rule = who, "fronted_clause"

    # ------------------------------------------------------------------ per sentence

    def _sentence_topics(self, sent: Span) -> list[_Topic]:
        items = self.all_topics
        starts = [t.start for t in items]
        a = bisect.bisect_left(starts, sent.start)
        b = bisect.bisect_left(starts, sent.end)
        return items[a:b]

    def _is_nominal(self, span: Span, lo: int) -> bool:
        """A verb-or-noun cue used as a noun: after a possessive or a determiner ("Putin's demands")."""
        doc = self.doc
        j = span.start - 1
        skipped = 0
        while j >= lo and skipped <= 2:
            low = doc[j].lower_
            if low in POSSESSIVE_MARKS:  # "Putin's demands", but not "it's ready" / "he's willing"
                return j > lo and doc[j - 1].lower_ not in CONTRACTING_PRONOUNS
            if low in DETERMINERS or low in POSSESSIVE_PRONOUNS:
                return True
            if doc[j].is_alpha and doc[j].is_lower and low not in PREPOSITIONS and low not in {
                    "to", "and", "or", "not", "has", "have", "had", "is", "are", "was", "were", "be", "been",
                    "will", "would", "can", "could", "may", "might", "must", "should", "also", "still"}:
                skipped += 1
                j -= 1
                continue
            return False
        return False

    def _make_hits(self, sent: Span, cue_spans: list[Span]) -> list[_CueHit]:
        hits = []
        for sp in cue_spans:
            kind, holder, frame, negated, standalone, hypothetical = (sp.id_ or "verb|subject|plain|oppose|1|0").split("|")
            hit = _CueHit(sp, sp.start, sp.end, sp.label_, sp.kb_id_ or sp.text, kind, holder, frame, negated,
                          standalone == "1", hypothetical == "1")
            if kind == "verb" and frame != "modifier":
                hit.nominal = self._is_nominal(sp, sent.start)
            hit.segment = self.quote_at(sp.start)
            hits.append(hit)
        return hits

    def _negate(self, hit: _CueHit, lo: int, window: int = 3) -> None:
        doc = self.doc
        for m in self.markers.get("negation", []):
            if m.end > hit.start:
                break
            if m.end <= hit.start and m.end >= hit.start - window + 0 and m.start >= lo \
                    and not any(doc[j].text in {",", ";", ":"} for j in range(m.end, hit.start)) \
                    and not (m.start < hit.start < m.end):
                hit.negated = True
        if hit.negated:
            if hit.negated_to == "none":
                hit.dropped = True
            else:
                hit.stance = hit.negated_to

    def _scope_after(self, hit: _CueHit, hits: list[_CueHit], topics: list[_Topic], sent: Span) -> list[_Topic]:
        doc = self.doc
        end = sent.end
        for other in hits:
            if other.start > hit.start and other.start >= hit.end and other.verbal and not other.dropped:
                end = min(end, other.start)
                break
        for j in range(hit.end, end):
            if doc[j].lower_ in CLAUSE_BREAKS:
                end = j
                break
        begin = hit.start
        if hit.holder_end > hit.end:
            begin = hit.holder_end
        chosen: list[_Topic] = []
        for t in topics:
            if not (hit.start <= t.start < hit.end or begin <= t.start < end):
                continue
            if chosen:
                prep = None
                for j in range(t.start - 1, max(chosen[-1].end, t.start - 4) - 1, -1):
                    if doc[j].lower_ in PREPOSITIONS:
                        prep = doc[j].lower_
                        break
                if prep in SCOPE_STOP_PREPOSITIONS:
                    break
            chosen.append(t)
        return chosen

    def _scope_before(self, hit: _CueHit, hits: list[_CueHit], topics: list[_Topic], sent: Span) -> list[_Topic]:
        lo = self._clause_start(hit.start, sent)
        for other in hits:
            if other.end <= hit.start and other.verbal and not other.dropped and other is not hit:
                lo = max(lo, other.end)
        return [t for t in topics if t.start >= lo and t.end <= hit.start]

    def _pronoun_topic(self, hit: _CueHit, sent: Span) -> list[_Topic]:
        for m in self.markers.get("topic_pronoun", []):
            if m.start < hit.end:
                continue
            if m.start >= min(hit.end + 3, sent.end):
                break
            found = self._resolve_topic([t for t in self.all_topics if t.start < m.start], m.start)
            if found is not None:
                return [_Topic(m.start, m.end, found.topic, found.polarity, "pronoun", m.text)]
        return []

    def _elaboration(self, s: int) -> list[_Topic]:
        if s + 1 >= len(self.sents) or self.sent_para[s + 1] != self.sent_para[s]:
            return []
        nxt = self.sents[s + 1]
        if not any(m.start == nxt.start for m in self.markers.get("elaboration", [])):
            return []
        return [t._replace(via="elaboration") for t in self._sentence_topics(nxt)]

    def _hypothetical_clause(self, hit: _CueHit, sent: Span) -> tuple[int, int, bool]:
        """Extent of an if/unless clause, and whether it leads (its main clause follows)."""
        doc = self.doc
        end = sent.end
        if hit.segment >= 0:
            end = min(end, self.quotes[hit.segment].end - 1)
        for j in range(hit.end, end):
            if doc[j].text in {",", ";"}:
                return hit.start, j, True
        return hit.start, end, False

    def code_sentence(self, s: int, cue_spans: list[Span]) -> list[dict]:
        sent = self.sents[s]
        topics = self._sentence_topics(sent)
        hits = self._make_hits(sent, cue_spans)
        # 1. conditions: if/unless clauses are hypothetical
        clauses = []
        for h in hits:
            if h.frame == "modifier" and h.hypothetical:
                a, b, leading = self._hypothetical_clause(h, sent)
                clauses.append((h, a, b, leading))
                for other in hits:
                    if other is not h and a <= other.start < b:
                        other.dropped = True
        # 2. negation, holders
        for h in hits:
            if h.dropped or h.frame == "modifier":
                continue
            self._negate(h, self._clause_start(h.start, sent), self.window)
        for h in hits:
            if not h.dropped and h.frame != "modifier":
                self._holder(h, sent)
        # 3. topics of each cue
        cue_topics: dict[int, list[_Topic]] = {}
        for idx, h in enumerate(hits):
            if h.dropped or h.frame == "modifier":
                continue
            found = self._scope_after(h, hits, topics, sent)
            if not found:
                found = self._pronoun_topic(h, sent)
            if not found and h.frame != "demand" and h.kind != "noun" and not h.nominal:
                found = self._scope_before(h, hits, topics, sent)
            if not found:
                found = self._elaboration(s)
            cue_topics[idx] = found
        # 4. demands on another actor
        for h in hits:
            if h.dropped or h.frame != "demand" or not h.holders:
                continue
            target, region_start = self._demand_target(h, sent)
            if not target:
                continue
            h.target = target
            for other in hits:
                if other is h or other.dropped or not (region_start <= other.start < sent.end):
                    continue
                if not other.holders or set(other.holders) & set(target):
                    other.holders = tuple(dict.fromkeys([a for a in other.holders if a not in target] + list(h.holders)))
                    other.rule = "demand"
                    other.target = target
        # 5. modifiers: conditions and qualifications
        for h, a, b, leading in clauses:
            main = [o for o in hits if o is not h and not o.dropped and o.frame != "modifier"
                    and o.segment == h.segment and ((b <= o.start) if leading else (o.start < a))]
            self._apply_modifier(h, main, cue_topics, hits, sent, topics)
        for h in hits:
            if h.frame == "modifier" and not h.hypothetical:
                prev = [o for o in hits if o.end <= h.start and not o.dropped and o.frame != "modifier"
                        and o.segment == h.segment]
                self._apply_modifier(h, prev[-1:], cue_topics, hits, sent, topics)
        # 6. rows
        rows = []
        evidence = sent.text
        for idx, h in enumerate(hits):
            if h.dropped or h.frame == "modifier" and not h.holders:
                continue
            found = cue_topics.get(idx, [])
            if not found or not h.holders:
                continue
            for t in found:
                stance = h.stance
                if t.polarity == "-":
                    stance = {"support": "oppose", "oppose": "support"}.get(stance, stance)
                ev = evidence
                if t.via == "elaboration":
                    ev = self.text[sent.start_char:self.sents[s + 1].end_char]
                cue_text = h.span.text if not h.modified_by else f"{h.span.text} … {h.modified_by}"
                for actor in h.holders:
                    if not actor:
                        continue
                    rows.append({
                        "article_id": self.article_id, "sent_id": s, "actor_id": actor, "topic": t.topic,
                        "stance": stance, "cue": cue_text, "rule": h.rule, "evidence": ev,
                        "negated": bool(h.negated), "target": ",".join(h.target),
                        "topic_via": t.via, "topic_text": t.text, "_seg": h.segment, "_pos": h.start,
                    })
        return _absorb(rows)

    def _apply_modifier(self, mod: _CueHit, targets: list[_CueHit], cue_topics: dict[int, list[_Topic]],
                        hits: list[_CueHit], sent: Span, topics: list[_Topic]) -> None:
        applied = False
        for o in targets:
            idx = hits.index(o)
            # conditional = support tied to a condition; an objection stays one ("warned of
            # consequences if peacekeepers are deployed")
            if o.stance == "support" and cue_topics.get(idx) and o.holders:
                o.stance = "conditional"
                o.modified_by = mod.span.text
                applied = True
                if mod.hypothetical:
                    self._speaker_takes(o, mod, sent)
        if applied or not mod.standalone:
            return
        # alone in its clause, the condition is the cue: "Ukraine might not join the talks unless ..."
        self._holder(mod, sent)
        if not mod.holders:
            return
        idx = hits.index(mod)
        found = self._scope_after(mod, hits, topics, sent) or self._scope_before(mod, hits, topics, sent)
        if not found:
            return
        cue_topics[idx] = found
        mod.stance = "conditional"
        if mod.hypothetical:
            self._speaker_takes(mod, mod, sent)

    def _speaker_takes(self, hit: _CueHit, mod: _CueHit, sent: Span) -> None:
        """A condition reported in someone's words is the speaker's ("Rutte warned that if ...")."""
        if hit.segment >= 0 and self.quotes[hit.segment].full:
            return
        verb = self._speech_before(mod.start, sent.start)
        if verb is None:
            return
        who = self._speaker_of(verb)
        if who:
            hit.holders, hit.rule = who, "reported_speech"

    def _demand_target(self, h: _CueHit, sent: Span) -> tuple[tuple[str, ...], int]:
        """The actor a demand is placed on ("urged Trump to", "a deadline ... for Russia to agree")."""
        doc = self.doc
        j = max(h.end, h.holder_end if h.holder_end > 0 else h.end)
        limit = min(j + 4, sent.end)
        while j < limit:
            m = self.mention_at_start.get(j)
            who: tuple[str, ...] = ()
            end = j + 1
            if m is not None:
                actors, end = self._coordinated_after(m, sent.end)
                who = tuple(actors)
            elif doc[j].lower_ in {"him", "her"}:
                r = self._last_person_before(j)
                who = (r,) if r else ()
            if who:
                if any(doc[k].lower_ in {"to", "for"} for k in range(end, min(end + 2, sent.end))):
                    return who, end
                return (), 0
            if doc[j].lower_ not in {"for", "on", "upon", "the", "a"} and not doc[j].is_punct:
                return (), 0
            j += 1
        return (), 0

    def run(self) -> list[dict]:
        if not self.cues or not (self.topic_spans or self.ref_spans):
            return []
        by_sent: dict[int, list[Span]] = {}
        for c in self.cues:
            s = self.sent_of(c.start)
            if s >= 0 and c.start < self.sents[s].end:
                by_sent.setdefault(s, []).append(c)
        topic_sents = {self.sent_of(t.start) for t in self.topic_spans} | {self.sent_of(r.start) for r in self.ref_spans}
        pron = self.markers.get("topic_pronoun", [])
        pron_starts = [p.start for p in pron]
        rows: list[dict] = []
        for s in sorted(by_sent):
            spans = by_sent[s]
            wanted = s in topic_sents
            if not wanted and pron_starts:
                for c in spans:
                    k = bisect.bisect_left(pron_starts, c.end)
                    if k < len(pron_starts) and pron_starts[k] < c.end + 3:
                        wanted = True
                        break
            if not wanted and s + 1 < len(self.sents) and (s + 1) in topic_sents:
                wanted = any(m.start == self.sents[s + 1].start for m in self.markers.get("elaboration", []))
            if wanted:
                try:
                    rows.extend(self.code_sentence(s, spans))
                except Exception as exc:  # noqa: BLE001 - one odd sentence must not stop the corpus
                    warnings.warn(f"{self.article_id or 'text'}: stance rules failed on sentence {s} "
                                  f"({type(exc).__name__}: {exc}); no stance coded from it", StanceWarning,
                                  stacklevel=2)
        for r in rows:
            r.pop("_seg", None)
            r.pop("_pos", None)
        return rows


def _absorb(rows: list[dict]) -> list[dict]:
    """One row per actor x topic x stance in a sentence; a conditional absorbs bare support/oppose."""
    conditional = {(r["actor_id"], r["topic"], r["_seg"]) for r in rows if r["stance"] == "conditional"}
    out, seen = [], set()
    for r in sorted(rows, key=lambda r: r["_pos"]):
        if r["stance"] in ("support", "oppose") and (r["actor_id"], r["topic"], r["_seg"]) in conditional:
            continue
        key = (r["actor_id"], r["topic"], r["stance"])
        if key in seen:
            continue
        seen.add(key)
        out.append(r)
    return out


def code_doc(doc: Doc, *, article_id: str = "", quotes: Sequence[dict] | None = None,
             text: str | None = None) -> list[dict]:
    """Stance rows (``STANCE_COLUMNS``) of a Doc run through the full pipeline.

    ``quotes`` are the quotes stage's rows for this Doc (``None``: quotation
    marks are paired here instead); ``text`` is ``doc.text`` if the caller has it.
    """
    spans = doc.spans
    if not spans.get("stance_cues") or not (spans.get("topics") or spans.get("topic_refs")):
        return []  # nothing to code: skip building the per-article indexes
    coder = _Coder(doc, article_id=article_id, quotes=quotes, text=text)
    window = doc.user_data.get("stance:negation_window")
    if window:
        coder.window = int(window)
    return coder.run()


def stances_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: one row per coded statement of this article (``STANCE_COLUMNS``)."""
    return code_doc(doc, article_id=str(ctx.get("article_id", "")), quotes=ctx.get("quotes"), text=ctx.get("text"))


stances_stage.columns = STANCE_COLUMNS  # type: ignore[attr-defined]


def code_text(text: str, *, nlp: Language, codebooks=None, with_quotes: bool = True) -> pd.DataFrame:
    """Code a made-up text (one article) and return its stance rows as a table.

    ``nlp`` is the full pipeline (:func:`helpers.pipeline.build_nlp`); with
    ``with_quotes`` and ``codebooks`` the quotes stage supplies the speakers of
    quotations.
    """
    doc = nlp(text)
    quotes = None
    if with_quotes and codebooks is not None and "actors" in doc.spans:
        try:
            from helpers.actors import mentions_stage
            from helpers.nlp import sentence_stage
            from helpers.quotes import quotes_stage

            ctx = {"article_id": "text", "published": None, "paragraph_lines": (), "codebooks": codebooks}
            ctx["sentences"] = sentence_stage(doc, ctx)
            ctx["mentions"] = mentions_stage(doc, ctx)
            quotes = quotes_stage(doc, ctx)
        except Exception:  # noqa: BLE001 - the quotes stage is optional here
            quotes = None
    return pd.DataFrame(code_doc(doc, article_id="text", quotes=quotes), columns=STANCE_COLUMNS)


# =========================================================================== tables


def extract_stances(analysis, *, sides: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per coded statement: ``STATEMENT_COLUMNS`` (``published`` and ``side`` added).

    ``analysis`` is an :class:`helpers.pipeline.Analysis`; ``sides`` maps
    actor_id to side (default: its codebooks'). Ordered by article date,
    article id, sentence, then as coded within the sentence.
    """
    table = analysis.tables.get("stances", pd.DataFrame(columns=STANCE_COLUMNS))
    arts = analysis.articles
    published = dict(zip(arts["article_id"], pd.to_datetime(arts["published"]))) if len(arts) else {}
    out = table.copy()
    for col in STANCE_COLUMNS:
        if col not in out.columns:
            out[col] = pd.Series(dtype=object)
    out["published"] = pd.to_datetime(out["article_id"].map(published))
    if sides is None:
        sides = analysis.codebooks.side_map()
    out["side"] = out["actor_id"].map(sides).fillna("other")
    order = {aid: i for i, aid in enumerate(arts.sort_values(["published", "article_id"], kind="stable")["article_id"])} \
        if len(arts) else {}
    out["_o"] = out["article_id"].map(order)
    out["_r"] = range(len(out))
    out = out.sort_values(["_o", "sent_id", "_r"], kind="stable").drop(columns=["_o", "_r"])
    out = out[STATEMENT_COLUMNS].reset_index(drop=True)
    out["sent_id"] = out["sent_id"].astype("int64")
    out["negated"] = out["negated"].astype(bool)
    return out


def _label(stances: Iterable[str]) -> str:
    distinct = sorted(set(stances), key=STANCES.index)
    return distinct[0] if len(distinct) == 1 else "mixed"


def _typed_positions(table: pd.DataFrame) -> pd.DataFrame:
    """Column types that hold for an empty table too (a barren corpus still plots)."""
    return table.astype({"published": "datetime64[ns]", "n_statements": "int64", "score": "float64",
                         "article_id": object, "topic": object, "label": object, "stances": object,
                         "evidence": object, "cue": object, "rule": object})


def positions(stances: pd.DataFrame, *, by: str = "actor", topic_order: Sequence[str] = ()) -> pd.DataFrame:
    """One row per article x actor (``by="actor"``) or side (``by="side"``) x topic.

    Columns: ``article_id, published, actor_id`` (or ``side``) ``, topic,
    n_statements, score, label, stances, evidence, cue, rule``.

    * ``score`` is the mean of the statements' scores: support = +1,
      conditional = +0.5 (support tied to a condition leans towards support),
      neutral = 0, oppose = -1; always in [-1, 1].
    * ``label`` is the stance when all statements agree, else ``mixed``;
      ``stances`` lists the distinct stances ("support+conditional").
    * ``evidence`` (with its ``cue`` and ``rule``) is the most decisive
      statement: the strongest stance (|score| largest), first in the article
      on a tie; for a unanimous cell that is simply its first sentence.

    Rows are ordered by article date, article id, actor (or side), and topic in
    ``topics.yaml`` order.
    """
    if by not in ("actor", "side"):
        raise ValueError(f"by must be 'actor' or 'side', got {by!r}")
    key = "actor_id" if by == "actor" else "side"
    columns = ["article_id", "published", key, "topic", "n_statements", "score", "label", "stances", "evidence",
               "cue", "rule"]
    if stances is None or stances.empty:
        return _typed_positions(pd.DataFrame(columns=columns))
    missing = [c for c in ("article_id", key, "topic", "stance", "evidence") if c not in stances.columns]
    if missing:
        raise ValueError(f"stances table lacks column(s) {', '.join(missing)}; use extract_stances()")
    data = stances.copy()
    unknown = sorted(set(data["stance"]) - set(STANCES))
    if unknown:
        raise ValueError(f"unknown stance label(s) {', '.join(map(str, unknown))}; expected {', '.join(STANCES)}")
    if "published" not in data.columns:
        data["published"] = pd.NaT
    if "sent_id" not in data.columns:
        data["sent_id"] = range(len(data))
    for col in ("cue", "rule"):
        if col not in data.columns:
            data[col] = ""
    data["_score"] = data["stance"].map(STANCE_SCORES)
    data["_strength"] = -data["_score"].abs()
    data["_row"] = range(len(data))
    rows = []
    for (aid, who, topic), g in data.groupby(["article_id", key, "topic"], sort=False):
        best = g.sort_values(["_strength", "sent_id", "_row"], kind="stable").iloc[0]
        rows.append({
            "article_id": aid, "published": g["published"].iloc[0], key: who, "topic": topic,
            "n_statements": int(len(g)), "score": round(float(g["_score"].mean()), 3),
            "label": _label(g["stance"]),
            "stances": "+".join(sorted(set(g["stance"]), key=STANCES.index)),
            "evidence": best["evidence"], "cue": best["cue"], "rule": best["rule"],
        })
    out = _typed_positions(pd.DataFrame(rows, columns=columns))
    topic_rank = {t: i for i, t in enumerate(topic_order)}
    out["_t"] = out["topic"].map(lambda t: topic_rank.get(t, len(topic_rank)))
    out = out.sort_values(["published", "article_id", key, "_t", "topic"], kind="stable").drop(columns="_t")
    return out.reset_index(drop=True)


def stance_matrix(stances: pd.DataFrame, *, by: str = "actor", topic_order: Sequence[str] = ()) -> pd.DataFrame:
    """Actor (or side) x topic: the mean score over all the articles' positions (NaN where none)."""
    pos = positions(stances, by=by, topic_order=topic_order)
    key = "actor_id" if by == "actor" else "side"
    if pos.empty:
        return pd.DataFrame()
    matrix = pos.pivot_table(index=key, columns="topic", values="score", aggfunc="mean")
    order = [t for t in topic_order if t in matrix.columns]
    order += sorted(c for c in matrix.columns if c not in order)
    return matrix[order].sort_index()
