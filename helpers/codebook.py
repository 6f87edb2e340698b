"""Reading the YAML files users edit (codebooks, lexicons, rules), with one kind of error.

Every failure (missing, unreadable, not UTF-8, not YAML) becomes an exception
naming the file and, for a YAML error, the line and column.
"""

from __future__ import annotations

from pathlib import Path

import yaml

__all__ = ["CodebookError", "read_yaml"]


class CodebookError(ValueError):
    """A codebook file is unusable; the message names the file and the entry."""


MAX_YAML_BYTES = 1_000_000
"""Largest codebook file accepted; the shipped ones are under 50 kB."""


class _AliasRefused(Exception):
    """Raised by the loader at the first anchor or alias, carrying where it is."""

    def __init__(self, kind: str, name: str, mark: yaml.Mark) -> None:
        super().__init__(kind)
        self.kind, self.name, self.mark = kind, name, mark


class _NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses YAML anchors and aliases: a codebook never needs them, and they let a
    tiny file expand into a huge one ("billion laughs")."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise _AliasRefused("alias", f"*{event.anchor}", event.start_mark)
        anchor = getattr(event, "anchor", None)
        if anchor:
            raise _AliasRefused("anchor", f"&{anchor}", event.start_mark)
        return super().compose_node(parent, index)


# libyaml (C) when PyYAML was built with it: every notebook kernel reads the codebooks, and the pure
# Python loader spends about 50 ms per file on them.
_FAST = getattr(yaml, "CSafeLoader", None)


def _load(text: str) -> object:
    """Parse YAML without anchors or aliases: checked on the event stream first, then loaded."""
    if _FAST is None:
        return yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 - a SafeLoader subclass
    for event in yaml.parse(text, Loader=_FAST):  # events only: nothing is expanded
        if isinstance(event, yaml.AliasEvent):
            raise _AliasRefused("alias", f"*{event.anchor}", event.start_mark)
        anchor = getattr(event, "anchor", None)
        if anchor:
            raise _AliasRefused("anchor", f"&{anchor}", event.start_mark)
    return yaml.load(text, Loader=_FAST)  # noqa: S506 - libyaml's SafeLoader


def read_yaml(path: Path | str, what: str, *, error: type[Exception] = CodebookError) -> object:
    """Parse a YAML file the user edits; raise ``error`` naming the file on any failure.

    Files over :data:`MAX_YAML_BYTES` and YAML anchors/aliases are refused, so
    a hostile codebook fails fast instead of exhausting memory.
    """
    return read_yaml_text(path, what, error=error)[1]


def read_yaml_text(path: Path | str, what: str, *, error: type[Exception] = CodebookError) -> tuple[str, object]:
    """Like :func:`read_yaml`, also returning the text read (so a caller can hash it without reading again)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_YAML_BYTES:
            raise error(f"{path}: {size:,} bytes is over the limit of {MAX_YAML_BYTES:,} bytes for a {what} file")
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(f"{path}: {what} file not found") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte offset {exc.start}); re-save it as UTF-8") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return text, _load(text)
    except _AliasRefused as exc:
        raise error(
            f"{path}: YAML {exc.kind} {exc.name} at line {exc.mark.line + 1}, column {exc.mark.column + 1} "
            f"is not allowed in a {what} file; write the value out in full"
        ) from None
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{path}: not valid YAML{where}: {problem}") from None
