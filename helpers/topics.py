"""Proposal topics (ceasefire, direct talks, sanctions...) as data and as a pipeline component.

The topics live in ``corpus/topics.yaml`` (a corpus may ship its own): for each
topic id a label, what it covers, and the terms that name it. The
``topic_matcher`` component (registered with spaCy, added by
:func:`add_to_pipeline`) finds them with a ``PhraseMatcher`` on lower-cased
tokens and writes two span groups:

* ``doc.spans["topics"]``: every term, ``label_`` = topic id. The longest match
  wins ("secondary sanctions" over "sanctions"). ``id_`` is the polarity:
  ``"+"`` when the phrase names the proposal, ``"-"`` when it names its opposite
  (an ``inverse_terms`` entry such as "NATO membership", or a term right after
  an inverter such as "the *lifting* of sanctions"; an inverter in front of an
  inverse term turns it back: "give up NATO ambitions" is ``"+"``).
* ``doc.spans["topic_refs"]``: phrases that refer back to a topic ("the plan",
  "the offer", "his participation"), ``label_ = "reference"``. They are
  resolved by the stance coder (:mod:`helpers.stance`) to the last topic named.
  A reference followed within four words by a term ("the idea of a three-way
  summit") is dropped: the term says what it is.

Problems in the file raise :class:`CodebookError` naming the file and entry.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import pandas as pd
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from helpers.codebook import CodebookError, read_yaml
from helpers.phrases import MAX_EXPANSIONS, expand_phrase  # noqa: F401 - re-exported for older callers

if TYPE_CHECKING:
    from helpers.codebooks import Codebooks

__all__ = [
    "CodebookError",
    "Topic",
    "TopicCodebook",
    "load_topics",
    "parse_topics",
    "topics_table",
    "expand_phrase",
    "read_yaml",
    "TopicMatcher",
    "add_to_pipeline",
    "TOPICS_FILE",
]

TOPICS_FILE = "topics.yaml"
TOPIC_ID_RE = re.compile(r"[a-z][a-z0-9_]{0,59}")
INVERTER_WINDOW = 3      # an inverter may end up to this many tokens before the term
REFERENCE_LOOKAHEAD = 4  # a term this close after a reference makes it no reference


@dataclass(frozen=True)
class Topic:
    """One proposal the workbook codes positions on."""

    topic_id: str
    label: str
    covers: str
    terms: tuple[str, ...]
    inverse_terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicCodebook:
    """Everything ``topics.yaml`` holds, validated."""

    path: Path
    topics: dict[str, Topic]
    inverters: tuple[str, ...] = ()
    reference_determiners: tuple[str, ...] = ()
    reference_nouns: tuple[str, ...] = ()
    order: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "order", tuple(self.topics))


# --------------------------------------------------------------------------- reading


# "- a\n      - b" (a list item indented deeper) is one YAML scalar "a - b": two such joins mean a mistake
_FOLDED_ITEMS = re.compile(r"\S - \S.* - \S")


def _string_list(value: object, where: str, *, allow_empty: bool = True) -> tuple[str, ...]:
    if value is None:
        value = []
    if isinstance(value, str) or not isinstance(value, list):
        raise CodebookError(f"{where}: expected a list of phrases, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value, start=1):
        if isinstance(item, bool) or not isinstance(item, (str, int, float)) or not str(item).strip():
            raise CodebookError(f"{where}: item #{i} must be a non-empty phrase, got {item!r}")
        phrase = " ".join(str(item).split())
        if _FOLDED_ITEMS.search(phrase):
            raise CodebookError(f"{where}: item #{i} {phrase[:60]!r}... holds several list items run together: "
                                "a '- ' line indented deeper than the one above it continues that line in YAML; "
                                "indent every '- ' of the list alike")
        out.append(phrase)
    if not out and not allow_empty:
        raise CodebookError(f"{where}: the list is empty")
    return tuple(dict.fromkeys(out))


def load_topics(path: Path | str) -> TopicCodebook:
    """Read and validate one ``topics.yaml`` (see :func:`parse_topics`)."""
    path = Path(path)
    return parse_topics(read_yaml(path, "topics"), source=path)


def parse_topics(data: object, *, source: Path | str) -> TopicCodebook:
    """Validate the parsed contents of a topics file.

    Raises :class:`CodebookError` for an empty or malformed file, a bad topic
    id, a topic without terms, an unknown key, or a term claimed by two topics,
    naming the file and the entry.
    """
    path = Path(source)
    if data is None:
        raise CodebookError(f"{path}: the topics file is empty; it needs a 'topics:' mapping with at least one topic")
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: expected a mapping with a 'topics:' section at the top level")
    unknown = sorted(set(map(str, data)) - {"topics", "inverters", "references"})
    if unknown:
        raise CodebookError(f"{path}: unknown top-level section(s) {', '.join(unknown)}; "
                            "expected topics, inverters, references")
    entries = data.get("topics")
    if not entries:
        raise CodebookError(f"{path}: no topics defined; add at least one under 'topics:'")
    if not isinstance(entries, dict):
        raise CodebookError(f"{path}: 'topics:' must map topic ids to their entries")
    topics: dict[str, Topic] = {}
    owner: dict[str, str] = {}
    for topic_id, entry in entries.items():
        tid = str(topic_id)
        where = f"{path}: topic {tid!r}"
        if not TOPIC_ID_RE.fullmatch(tid):
            raise CodebookError(f"{where}: a topic id must be snake_case (lower-case letters, digits, '_')")
        if not isinstance(entry, dict):
            raise CodebookError(f"{where}: expected a mapping with label, covers and terms")
        bad = sorted(set(map(str, entry)) - {"label", "covers", "terms", "inverse_terms"})
        if bad:
            raise CodebookError(f"{where}: unknown key(s) {', '.join(bad)}; expected label, covers, terms, inverse_terms")
        terms = _string_list(entry.get("terms"), f"{where}, terms", allow_empty=False)
        inverse = _string_list(entry.get("inverse_terms"), f"{where}, inverse_terms")
        for term in terms + inverse:
            key = term.casefold().replace("’", "'")
            if key in owner and owner[key] != tid:
                raise CodebookError(f"{where}: term {term!r} is already a term of topic {owner[key]!r}; "
                                    "a term may belong to one topic only")
            owner[key] = tid
        both = sorted({t.casefold() for t in terms} & {t.casefold() for t in inverse})
        if both:
            raise CodebookError(f"{where}: {both[0]!r} is both a term and an inverse term")
        label = str(entry.get("label") or tid.replace("_", " ").capitalize())
        topics[tid] = Topic(tid, label, str(entry.get("covers") or ""), terms, inverse)
    inverters = _string_list(data.get("inverters"), f"{path}: inverters")
    refs = data.get("references") or {}
    if not isinstance(refs, dict):
        raise CodebookError(f"{path}: references: expected a mapping with 'determiners' and 'nouns'")
    bad = sorted(set(map(str, refs)) - {"determiners", "nouns"})
    if bad:
        raise CodebookError(f"{path}: references: unknown key(s) {', '.join(bad)}; expected determiners, nouns")
    dets = _string_list(refs.get("determiners"), f"{path}: references, determiners")
    nouns = _string_list(refs.get("nouns"), f"{path}: references, nouns")
    for kind, items in (("determiners", dets), ("nouns", nouns)):
        for item in items:
            if len(item.split()) != 1:
                raise CodebookError(f"{path}: references, {kind}: {item!r} must be a single word")
    return TopicCodebook(path, topics, inverters, tuple(d.lower() for d in dets), tuple(n.lower() for n in nouns))


def topics_table(book: TopicCodebook) -> pd.DataFrame:
    """The codebook as a table: ``topic, label, covers, terms, inverse_terms``."""
    rows = [{"topic": t.topic_id, "label": t.label, "covers": t.covers, "terms": ", ".join(t.terms),
             "inverse_terms": ", ".join(t.inverse_terms)} for t in book.topics.values()]
    return pd.DataFrame(rows, columns=["topic", "label", "covers", "terms", "inverse_terms"])


# --------------------------------------------------------------------------- component


def _phrase_docs(nlp: Language, phrases: Iterable[str]) -> list[Doc]:
    docs = []
    for phrase in phrases:
        for variant in dict.fromkeys([phrase, phrase.replace("'", "’"), phrase.replace("’", "'")]):
            docs.append(nlp.make_doc(variant.lower()))
    return docs


class TopicMatcher:
    """Finds topic terms and topic references; see the module docstring for the span groups."""

    def __init__(self, nlp: Language, name: str = "topic_matcher") -> None:
        self.name = name
        self.nlp = nlp
        self.codebook: TopicCodebook | None = None

    def configure(self, codebook: TopicCodebook) -> None:
        """Build the matchers from a validated topics codebook (the component reads no file)."""
        nlp = self.nlp
        self.codebook = codebook
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        for topic in self.codebook.topics.values():
            self.terms.add(topic.topic_id, _phrase_docs(nlp, topic.terms))
            if topic.inverse_terms:
                self.terms.add(f"{topic.topic_id}!", _phrase_docs(nlp, topic.inverse_terms))
        self.inverters = PhraseMatcher(nlp.vocab, attr="LOWER")
        if self.codebook.inverters:
            self.inverters.add("inverter", _phrase_docs(nlp, self.codebook.inverters))
        # reference nouns by PhraseMatcher (fast); the determiner before them is checked per hit
        self.refs = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ref_determiners = set(self.codebook.reference_determiners)
        if self.codebook.reference_determiners and self.codebook.reference_nouns:
            self.refs.add("reference", [nlp.make_doc(n) for n in self.codebook.reference_nouns])

    def __call__(self, doc: Doc) -> Doc:
        if self.codebook is None:
            raise ValueError("topic_matcher has no codebook: add it with helpers.topics.add_to_pipeline(nlp, codebooks)")
        vocab = doc.vocab.strings
        spans = []
        for match_id, start, end in self.terms(doc):
            key = vocab[match_id]
            spans.append(Span(doc, start, end, label=key.rstrip("!"), span_id="-" if key.endswith("!") else "+"))
        spans = filter_spans(spans)
        if spans and len(self.inverters):
            inverter_ends = sorted(end for _, _, end in self.inverters(doc))
            if inverter_ends:
                for span in spans:
                    k = bisect.bisect_right(inverter_ends, span.start) - 1
                    if k >= 0 and span.start - inverter_ends[k] < INVERTER_WINDOW and \
                            not any(doc[j].is_sent_start for j in range(inverter_ends[k], span.start + 1)):
                        span.id_ = "+" if span.id_ == "-" else "-"
        doc.spans["topics"] = spans
        refs = []
        if len(self.refs):
            starts = [s.start for s in spans]

            for _, noun, end in self.refs(doc):
                # "the plan", "his participation", or one lower-case word between: "the new plan"
                if noun >= 1 and doc[noun - 1].lower_ in self.ref_determiners:
                    start = noun - 1
                elif noun >= 2 and doc[noun - 2].lower_ in self.ref_determiners and doc[noun - 1].is_lower \
                        and doc[noun - 1].is_alpha:
                    start = noun - 2
                else:
                    continue
                k = bisect.bisect_left(starts, start)
                # a term inside or just after the phrase says what it is
                if k < len(starts) and starts[k] < end + REFERENCE_LOOKAHEAD:
                    continue
                if k > 0 and spans[k - 1].end > start:
                    continue
                refs.append(Span(doc, start, end, label="reference"))
        doc.spans["topic_refs"] = filter_spans(refs)
        return doc


@Language.factory("topic_matcher")
def make_topic_matcher(nlp: Language, name: str) -> TopicMatcher:
    """spaCy factory; the matcher is empty until :meth:`TopicMatcher.configure` gives it a codebook."""
    return TopicMatcher(nlp, name)


def add_to_pipeline(nlp: Language, codebooks: "Codebooks") -> None:
    """Add (or replace) the ``topic_matcher``, configured with the codebooks' topics."""
    if "topic_matcher" in nlp.pipe_names:
        nlp.remove_pipe("topic_matcher")
    nlp.add_pipe("topic_matcher").configure(codebooks.topics)
