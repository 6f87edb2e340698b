"""Attribution cues for quotations (``quote_cues.yaml``): which words say who spoke.

Data a corpus may override like every other codebook file; parsed once into
:class:`Cues` (one compiled regular expression) as part of
:class:`helpers.codebooks.Codebooks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from helpers.codebook import CodebookError, read_yaml

__all__ = ["Cues", "load_cues", "parse_cues"]



@dataclass(frozen=True)
class Cues:
    """The compiled cue list: which words attribute speech, and some grammar word lists."""

    pattern: re.Pattern[str]
    speaker_after: frozenset[str]
    title_words: frozenset[str]
    filler_words: frozenset[str]
    unless_followed_by: dict[str, frozenset[str]] = field(default_factory=dict)
    weak: frozenset[str] = frozenset()


def load_cues(path: Path | str) -> Cues:
    """Read and compile one ``quote_cues.yaml`` (see :func:`parse_cues`)."""
    path = Path(path)
    return parse_cues(read_yaml(path, "quote cue"), source=path)


def parse_cues(data: object, *, source: Path | str) -> Cues:
    """Compile the parsed contents of a quote-cue file; a malformed one raises ``CodebookError`` naming it."""
    path = Path(source)
    groups = data.get("cues") if isinstance(data, dict) else None
    if not isinstance(groups, dict) or not groups:
        raise CodebookError(f"{path}: expected a non-empty 'cues:' mapping")
    forms: dict[str, str] = {}
    after: set[str] = set()
    unless: dict[str, frozenset[str]] = {}
    weak: set[str] = set()
    for name, spec in groups.items():
        spec = {"forms": spec} if isinstance(spec, list) else spec
        if not isinstance(spec, dict) or not isinstance(spec.get("forms"), list) or not spec["forms"]:
            raise CodebookError(f"{path}: cue {name!r} needs a non-empty 'forms:' list")
        speaker = spec.get("speaker", "before")
        if speaker not in ("before", "after"):
            raise CodebookError(f"{path}: cue {name!r}: speaker must be 'before' or 'after', got {speaker!r}")
        stop = frozenset(str(w).lower() for w in spec.get("unless_followed_by", []) or [])
        for form in spec["forms"]:
            key = " ".join(str(form).lower().split())
            if not key:
                raise CodebookError(f"{path}: cue {name!r} has an empty form")
            if key in forms and forms[key] != name:
                raise CodebookError(f"{path}: form {key!r} is listed under both {forms[key]!r} and {name!r}")
            forms[key] = str(name)
            if speaker == "after":
                after.add(key)
            if spec.get("weak"):
                weak.add(key)
            if stop:
                unless[key] = stop
    alternatives = sorted(forms, key=lambda f: (-len(f), f))
    body = "|".join(r"\s+".join(map(re.escape, f.split())) for f in alternatives)
    pattern = re.compile(rf"(?<![\w’'-])(?:{body})(?![\w’'-])", re.IGNORECASE)
    words = lambda key: frozenset(str(w).lower() for w in (data.get(key) or []))  # noqa: E731
    return Cues(pattern, frozenset(after), words("title_words"), words("filler_words"), unless, frozenset(weak))


