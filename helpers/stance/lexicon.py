"""The stance lexicon (``stance_cues.yaml``): its entries as :class:`Cue` objects, validated.

:func:`parse_lexicon` checks already-parsed YAML data and names the file and
entry in every error, so a user who edits the lexicon learns what to fix
before any article is parsed; :func:`load_lexicon` reads the file first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import pandas as pd

from helpers.codebook import CodebookError, read_yaml
from helpers.phrases import expand_phrase
from helpers.stance.labels import STANCES

__all__ = ["Cue", "Lexicon", "parse_lexicon", "load_lexicon", "lexicon_table", "LEXICON_FILE"]

LEXICON_FILE = "stance_cues.yaml"
KINDS = ("verb", "noun", "adj")
HOLDERS = ("subject", "agent", "after", "speaker", "speaker_only", "compound")
FRAMES = ("plain", "demand", "modifier")
ENTRY_KEYS = {"cue", "kind", "holder", "frame", "negated", "standalone", "hypothetical", "unless_followed_by",
              "before_topic", "wanted", "between", "leading", "after_topic", "antecedent"}
SECTIONS = {"cues", "negation", "speech_verbs", "elaboration_openers", "topic_pronouns", "demonyms",
            "blame_predicates"}
NEGATION_WINDOW_MAX = 6
TABLE_COLUMNS = ["stance", "cue", "kind", "holder", "frame", "negated"]


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
    before_topic: bool = False   # a cue only right before a topic term ("will never *cede land*")
    wanted: str = ""             # a modifier's side that stays support: "before" / "after" it
    between: bool = False        # a cue only when two parties are named ("Trump and Putin *will meet*")
    leading: bool = False        # a cue only when it opens its sentence ("*Without* a truce, ...")
    after_topic: bool = False    # a cue only right after a proposal's term ("drop the NATO bid *for* guarantees")
    antecedent: bool = False     # its proposal is the last one named before it ("*the ball is in* Russia's court")

    def options(self) -> str:
        """The options as stored in a cue span's ``id_`` (spans carry strings, not objects)."""
        return "|".join([self.kind, self.holder, self.frame, self.negated, str(int(self.standalone)),
                         str(int(self.hypothetical)), str(int(self.before_topic)), self.wanted or "-",
                         str(int(self.between)), str(int(self.leading)), str(int(self.after_topic)),
                         str(int(self.antecedent))])


@dataclass(frozen=True)
class Lexicon:
    """The validated contents of ``stance_cues.yaml``; ``path`` is the source named in messages."""

    path: Path
    cues: tuple[Cue, ...]
    negation_window: int
    negation_markers: tuple[str, ...]
    negation_default: dict
    speech_verbs: tuple[str, ...]
    elaboration_openers: tuple[str, ...]
    topic_pronouns: tuple[str, ...]
    demonyms: dict
    negation_reversals: tuple[str, ...] = ()   # markers that also report the position they turn ("dropped its veto")
    blame_predicates: tuple[str, ...] = ()     # what blames a refusal ("Russia's refusal ... *must carry a price*")


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


def _negation(negation: object, path: Path | str) -> tuple[int, dict[str, str]]:
    """The negation window and what each stance becomes when negated."""
    if not isinstance(negation, dict):
        raise CodebookError(f"{path}: negation: expected a mapping with window, markers, default")
    bad = sorted(set(map(str, negation)) - {"window", "markers", "reversals", "default"})
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
    return window, default


def _wanted(entry: dict, where: str) -> str:
    value = entry.get("wanted")
    if value is None:
        return ""
    if value not in ("before", "after"):
        raise CodebookError(f"{where}: wanted must be before or after, got {value!r}")
    if entry.get("frame") != "modifier":
        raise CodebookError(f"{where}: wanted applies to a modifier (frame: modifier) only")
    return str(value)


def _cue(entry: object, label: str, i: int, default: dict[str, str], path: Path | str) -> Cue:
    """One entry of a stance family: a bare phrase or a mapping with ``cue:`` and options."""
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
    for flag in ("standalone", "hypothetical", "before_topic", "between", "leading", "after_topic", "antecedent"):
        if flag in entry and not isinstance(entry[flag], bool):
            raise CodebookError(f"{where}: {flag} must be true or false")
    unless = entry.get("unless_followed_by") or []
    if not isinstance(unless, list) or any(isinstance(w, bool) or not str(w).strip() for w in unless):
        raise CodebookError(f"{where}: unless_followed_by must be a list of words "
                            "(YAML reads an unquoted no/yes/on/off as true/false: quote it)")
    return Cue(
        phrase=phrase, stance=label,
        kind=_choice(entry, "kind", KINDS, "verb", where),
        holder=_choice(entry, "holder", HOLDERS, "subject", where),
        frame=_choice(entry, "frame", FRAMES, "plain", where),
        negated=str(negated),
        standalone=bool(entry.get("standalone", True)),
        hypothetical=bool(entry.get("hypothetical", False)),
        unless_followed_by=tuple(str(w).lower() for w in unless),
        before_topic=bool(entry.get("before_topic", False)),
        wanted=_wanted(entry, where),
        between=bool(entry.get("between", False)),
        leading=bool(entry.get("leading", False)),
        after_topic=bool(entry.get("after_topic", False)),
        antecedent=bool(entry.get("antecedent", False)),
    )


def _cues(families: dict, default: dict[str, str], path: Path | str) -> tuple[Cue, ...]:
    """Every entry of ``cues:``; a phrase (and each of its expansions) may belong to one entry only."""
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
            cue = _cue(entry, label, i, default, path)
            where = f"{path}: cues, {label}, {cue.phrase!r}"
            for variant in expand_phrase(cue.phrase, where):
                key = variant.casefold().replace("’", "'")
                if key in owner and owner[key][1] != (label, i):  # the same phrase written twice is a clash too
                    raise CodebookError(f"{where}: the phrase {variant!r} is also matched by {owner[key][0]}; "
                                        "a phrase may belong to one entry only")
                owner[key] = (where, (label, i))
            cues.append(cue)
    if not cues:
        raise CodebookError(f"{path}: no cues defined under 'cues:'")
    return tuple(cues)


def parse_lexicon(data: object, *, source: Path | str) -> Lexicon:
    """Validate parsed ``stance_cues.yaml`` data; ``source`` names the file in every message.

    Raises :class:`CodebookError` naming the file and entry for: empty or
    malformed data; a stance label other than support, oppose, conditional,
    neutral (under ``cues`` or as a ``negated`` value); an unknown option or
    value; a phrase with bad syntax; the same phrase in two entries.
    """
    path = source
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
    window, default = _negation(negation, path)
    cues = _cues(families, default, path)
    demonyms = data.get("demonyms") or {}
    if not isinstance(demonyms, dict):
        raise CodebookError(f"{path}: demonyms: expected a mapping of adjective to actor_id")
    return Lexicon(
        path=Path(path),
        cues=cues,
        negation_window=window,
        negation_markers=_phrases(negation.get("markers"), f"{path}: negation, markers"),
        negation_reversals=_phrases(negation.get("reversals"), f"{path}: negation, reversals"),
        negation_default=default,
        speech_verbs=_phrases(data.get("speech_verbs"), f"{path}: speech_verbs"),
        elaboration_openers=_phrases(data.get("elaboration_openers"), f"{path}: elaboration_openers"),
        topic_pronouns=_phrases(data.get("topic_pronouns"), f"{path}: topic_pronouns"),
        demonyms={str(k): str(v) for k, v in demonyms.items()},
        blame_predicates=_phrases(data.get("blame_predicates"), f"{path}: blame_predicates"),
    )


def load_lexicon(path: Path | str) -> Lexicon:
    """Read and validate a ``stance_cues.yaml`` file (a missing or unreadable one raises :class:`CodebookError`)."""
    path = Path(path)
    return parse_lexicon(read_yaml(path, "stance lexicon"), source=path)


def lexicon_table(lexicon: Lexicon) -> pd.DataFrame:
    """The cue lexicon as a table: ``stance, cue, kind, holder, frame, negated``."""
    return pd.DataFrame([{"stance": c.stance, "cue": c.phrase, "kind": c.kind, "holder": c.holder,
                          "frame": c.frame, "negated": c.negated} for c in lexicon.cues],
                        columns=TABLE_COLUMNS)
