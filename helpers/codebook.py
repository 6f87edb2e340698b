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


def read_yaml(path: Path | str, what: str, *, error: type[Exception] = CodebookError) -> object:
    """Parse a YAML file the user edits; raise ``error`` naming the file on any failure."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(f"{path}: {what} file not found") from None
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text (byte offset {exc.start}); re-save it as UTF-8") from None
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise error(f"{path}: not valid YAML{where}: {problem}") from None
