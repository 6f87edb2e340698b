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
  inverse term turns it back: "give up NATO ambitions" is ``"+"``), ``"c"`` when it names a
  condition on the proposal (a ``condition_terms`` entry such as "without Ukraine"): any position
  taken on it is ``conditional``.
* ``doc.spans["topic_refs"]``: phrases that refer back to a topic ("the plan",
  "the offer", "his participation"), ``label_ = "reference"``. They are
  resolved by the stance coder (:mod:`helpers.stance`) to the last topic named.
  A reference followed within four words by a term ("the idea of a three-way
  summit") is dropped: the term says what it is.

Problems in the file raise :class:`CodebookError` naming the file and entry.
The component lives in :mod:`helpers.topic_matcher` (the only part that needs
spaCy) and is re-exported here on first use, so reading the codebook or the
cached tables never imports spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.codebook import CodebookError, read_yaml
from helpers.lazy import reexport_on_use
from helpers.phrases import MAX_EXPANSIONS, expand_phrase  # noqa: F401 - re-exported for older callers

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
    terms: tuple[str, ...]            # every literal phrase the matcher looks for
    inverse_terms: tuple[str, ...] = ()
    written_terms: tuple[str, ...] = ()    # as the file writes them ("give|hand over [the] Donbas"); () = terms
    written_inverse: tuple[str, ...] = ()
    condition_terms: tuple[str, ...] = ()  # a condition on it ("without Ukraine"): any position is conditional
    written_condition: tuple[str, ...] = ()
    refers_back: tuple[str, ...] = ()      # nouns that refer back to this topic only ("the measures": sanctions)


@dataclass(frozen=True)
class TopicCodebook:
    """Everything ``topics.yaml`` holds, validated."""

    path: Path
    topics: dict[str, Topic]
    inverters: tuple[str, ...] = ()
    reference_determiners: tuple[str, ...] = ()
    reference_nouns: tuple[str, ...] = ()
    order: tuple[str, ...] = field(default=())
    reference_blockers: tuple[str, ...] = ()  # "the *peace* plan" names another thing: no reference
    reference_acts: tuple[str, ...] = ()  # "the *US* move": an act, which an actor's abbreviation may name
    not_before: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "meet" is no meeting before "demands"
    grievances: tuple[str, ...] = ()  # "the *root causes* of the war, including NATO expansion": a part is
    grievance_links: tuple[str, ...] = ()  # named (after a link word) as a thing to remove: its polarity turns

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


def _expand(phrases: tuple[str, ...], where: str) -> tuple[str, ...]:
    """Terms may use the lexicon's phrase syntax: ``a|b`` alternatives for one word, ``[a]`` an optional word."""
    out: list[str] = []
    for phrase in phrases:
        out.extend(expand_phrase(phrase, where) if ("|" in phrase or "[" in phrase) else [phrase])
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
    unknown = sorted(set(map(str, data)) - {"topics", "inverters", "references", "not_before", "grievances"})
    if unknown:
        raise CodebookError(f"{path}: unknown top-level section(s) {', '.join(unknown)}; "
                            "expected topics, inverters, references, not_before, grievances")
    entries = data.get("topics")
    if not entries:
        raise CodebookError(f"{path}: no topics defined; add at least one under 'topics:'")
    if not isinstance(entries, dict):
        raise CodebookError(f"{path}: 'topics:' must map topic ids to their entries")
    topics: dict[str, Topic] = {}
    owner: dict[str, str] = {}
    back_owner: dict[str, str] = {}
    for topic_id, entry in entries.items():
        tid = str(topic_id)
        where = f"{path}: topic {tid!r}"
        if not TOPIC_ID_RE.fullmatch(tid):
            raise CodebookError(f"{where}: a topic id must be snake_case (lower-case letters, digits, '_')")
        if not isinstance(entry, dict):
            raise CodebookError(f"{where}: expected a mapping with label, covers and terms")
        bad = sorted(set(map(str, entry)) - {"label", "covers", "terms", "inverse_terms", "condition_terms",
                                              "refers_back"})
        if bad:
            raise CodebookError(f"{where}: unknown key(s) {', '.join(bad)}; "
                                "expected label, covers, terms, inverse_terms, condition_terms, refers_back")
        written = _string_list(entry.get("terms"), f"{where}, terms", allow_empty=False)
        written_inverse = _string_list(entry.get("inverse_terms"), f"{where}, inverse_terms")
        written_condition = _string_list(entry.get("condition_terms"), f"{where}, condition_terms")
        terms, inverse = _expand(written, f"{where}, terms"), _expand(written_inverse, f"{where}, inverse_terms")
        condition = _expand(written_condition, f"{where}, condition_terms")
        for term in terms + inverse + condition:
            key = term.casefold().replace("’", "'")
            if key in owner and owner[key] != tid:
                raise CodebookError(f"{where}: term {term!r} is already a term of topic {owner[key]!r}; "
                                    "a term may belong to one topic only")
            owner[key] = tid
        both = sorted({t.casefold() for t in terms} & {t.casefold() for t in inverse})
        if both:
            raise CodebookError(f"{where}: {both[0]!r} is both a term and an inverse term")
        twice = sorted({t.casefold() for t in condition} & {t.casefold() for t in terms + inverse})
        if twice:
            raise CodebookError(f"{where}: {twice[0]!r} is both a condition term and a term")
        back = _string_list(entry.get("refers_back"), f"{where}, refers_back")
        for noun in back:
            if len(noun.split()) != 1:
                raise CodebookError(f"{where}, refers_back: {noun!r} must be a single word")
            if noun.lower() in back_owner and back_owner[noun.lower()] != tid:
                raise CodebookError(f"{where}, refers_back: {noun!r} already refers back to topic "
                                    f"{back_owner[noun.lower()]!r}")
            back_owner[noun.lower()] = tid
        label = str(entry.get("label") or tid.replace("_", " ").capitalize())
        topics[tid] = Topic(tid, label, str(entry.get("covers") or ""), terms, inverse, written, written_inverse,
                            condition, written_condition, tuple(n.lower() for n in back))
    inverters = _expand(tuple(_string_list(data.get("inverters"), f"{path}: inverters")), f"{path}: inverters")
    refs = data.get("references") or {}
    if not isinstance(refs, dict):
        raise CodebookError(f"{path}: references: expected a mapping with 'determiners' and 'nouns'")
    bad = sorted(set(map(str, refs)) - {"determiners", "nouns", "not_after", "acts"})
    if bad:
        raise CodebookError(f"{path}: references: unknown key(s) {', '.join(bad)}; "
                            "expected determiners, nouns, not_after, acts")
    dets = _string_list(refs.get("determiners"), f"{path}: references, determiners")
    nouns = _string_list(refs.get("nouns"), f"{path}: references, nouns")
    blockers = _string_list(refs.get("not_after"), f"{path}: references, not_after")
    acts = _string_list(refs.get("acts"), f"{path}: references, acts")
    if set(a.lower() for a in acts) - set(n.lower() for n in nouns):
        raise CodebookError(f"{path}: references, acts: every act must be one of the nouns")
    for kind, items in (("determiners", dets), ("nouns", nouns), ("not_after", blockers), ("acts", acts)):
        for item in items:
            if len(item.split()) != 1:
                raise CodebookError(f"{path}: references, {kind}: {item!r} must be a single word")
    return TopicCodebook(path, topics, inverters, tuple(d.lower() for d in dets), tuple(n.lower() for n in nouns),
                         reference_blockers=tuple(b.lower() for b in blockers),
                         reference_acts=tuple(a.lower() for a in acts),
                         not_before=_not_before(data.get("not_before"), path),
                         **_grievances(data.get("grievances"), path))


def _grievances(value: object, path: Path) -> dict[str, tuple[str, ...]]:
    """``grievances``: ``phrases`` naming what one side wants removed ("root causes") and ``links`` that list its
    parts ("including", "such as"); both or neither."""
    if value is None:
        return {}
    if not isinstance(value, dict) or set(map(str, value)) != {"phrases", "links"}:
        raise CodebookError(f"{path}: grievances: expected a mapping with exactly 'phrases' and 'links'")
    phrases = _expand(_string_list(value["phrases"], f"{path}: grievances, phrases", allow_empty=False),
                      f"{path}: grievances, phrases")
    links = _expand(_string_list(value["links"], f"{path}: grievances, links", allow_empty=False),
                    f"{path}: grievances, links")
    return {"grievances": phrases, "grievance_links": links}


def _not_before(value: object, path: Path) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``not_before``: a word -> words that, among the six after a term ending in it (up to a punctuation mark),
    make it no term ("meet *demands*", "a new round *of sanctions*")."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise CodebookError(f"{path}: not_before: expected a mapping of a word to a list of words")
    out = []
    for term, words in value.items():
        if len(str(term).split()) != 1:
            raise CodebookError(f"{path}: not_before: {term!r} must be a single word")
        items = _string_list(words, f"{path}: not_before, {term}", allow_empty=False)
        if any(len(w.split()) != 1 for w in items):
            raise CodebookError(f"{path}: not_before, {term}: every entry must be a single word")
        out.append((str(term).lower(), tuple(w.lower() for w in items)))
    return tuple(out)


def topics_table(book: TopicCodebook) -> pd.DataFrame:
    """The codebook as a table: ``topic, label, covers, terms, inverse_terms, condition_terms, refers_back``."""
    rows = [{"topic": t.topic_id, "label": t.label, "covers": t.covers,
             "terms": ", ".join(t.written_terms or t.terms),
             "inverse_terms": ", ".join(t.written_inverse or t.inverse_terms),
             "condition_terms": ", ".join(t.written_condition or t.condition_terms),
             "refers_back": ", ".join(t.refers_back)}
            for t in book.topics.values()]
    return pd.DataFrame(rows, columns=["topic", "label", "covers", "terms", "inverse_terms", "condition_terms",
                                       "refers_back"])


# Names served by :mod:`helpers.topic_matcher`, imported on first use (it imports spaCy).
_COMPONENT_NAMES = ("TopicMatcher", "add_to_pipeline", "make_topic_matcher")
__getattr__, __dir__ = reexport_on_use(__name__, "helpers.topic_matcher", _COMPONENT_NAMES)
