"""Reading one untrusted article file into text, refusing what is not article text.

Raw files come from browsers, scrapers and exports, so every read checks, in
order: that the file is a regular file inside the corpus folder (no symlinks),
its size, UTF-16 (named as such, with the fix), binary content, UTF-8, and
control characters (stripped with a warning, refused when they are most of the
file). Saved web pages (``.html``/``.htm``) are then reduced to their article
text by :mod:`helpers.webpage`. Errors name the file and the fix.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "MAX_ARTICLE_CHARS",
    "MAX_PAGE_BYTES",
    "WEB_PAGE_SUFFIXES",
    "read_raw",
    "strip_controls",
    "strip_table_controls",
]

MAX_ARTICLE_CHARS = 2_000_000
"""Longest article text accepted (characters); a news article is rarely over 50,000."""
MAX_PAGE_BYTES = 20_000_000
"""Largest saved web page accepted (bytes, markup included)."""
WEB_PAGE_SUFFIXES = frozenset({".html", ".htm"})

# C0 controls except tab (09), newline (0a) and carriage return (0d, handled as a line break), plus DEL.
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class CorpusError(ValueError):
    """A problem with the corpus that a user must fix; the message names the file or row."""


class CorpusWarning(UserWarning):
    """An article was skipped or repaired (``errors="warn"``); the message says which and why."""


def strip_controls(text: str) -> tuple[str, dict[str, int]]:
    """Remove control characters; return the text and a count per character name (for the warning)."""
    found: dict[str, int] = {}
    for ch in CONTROL_RE.findall(text):
        name = f"U+{ord(ch):04X}"
        found[name] = found.get(name, 0) + 1
    return (CONTROL_RE.sub("", text), found) if found else (text, found)


def describe_controls(found: dict[str, int]) -> str:
    """``'3 control characters (U+0000 x2, U+001B x1)'``: short, sorted, deterministic."""
    total = sum(found.values())
    parts = ", ".join(f"{name} x{n}" for name, n in sorted(found.items()))
    return f"{total} control character{'s' if total != 1 else ''} ({parts})"


def strip_table_controls(table: "pd.DataFrame", path: Path) -> None:
    """Remove control characters from metadata values in place, warning per cell: never silently."""
    for col in table.columns:
        for i, value in table[col].items():
            if isinstance(value, str):
                clean, found = strip_controls(value)
                if found:
                    table.at[i, col] = clean.strip()
                    warnings.warn(f"{path}, row {i + 2}, column {col}: removed {describe_controls(found)}",
                                  CorpusWarning, stacklevel=4)


def _looks_utf16(data: bytes) -> str | None:
    """'BOM' or 'NUL-interleaved' when the bytes are UTF-16 text, else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "byte-order mark"
    head = data[:8192]
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    if max(even_nul, odd_nul) >= 0.4 * pairs and min(even_nul, odd_nul) <= 0.05 * pairs:
        return "NUL-interleaved characters"
    return None


def _check_location(path: Path, root: Path | None) -> None:
    if path.is_symlink():
        raise CorpusError(f"{path}: is a symbolic link; refused. Copy the article file itself into raw/")
    if root is not None:
        real, base = path.resolve(), Path(root).resolve()
        if not real.is_relative_to(base):
            raise CorpusError(f"{path}: resolves to {real}, outside the corpus folder {base}; refused")


def _decode(path: Path, data: bytes) -> str:
    utf16 = _looks_utf16(data)
    if utf16:
        raise CorpusError(
            f"{path}: is UTF-16 text ({utf16}), not UTF-8; re-save it as UTF-8 "
            f"(e.g. `iconv -f UTF-16 -t UTF-8`)"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in data[:8192]:
            raise CorpusError(
                f"{path}: looks like a binary file (NUL bytes), not article text; save the article as plain UTF-8 text"
            ) from None
        hint = ""
        try:
            data.decode("cp1252")
            hint = " It decodes as Windows-1252: re-save it as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)."
        except UnicodeDecodeError:
            pass
        raise CorpusError(
            f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}).{hint}"
        ) from None


def read_raw(path: Path | str, *, root: Path | str | None = None) -> str:
    """Read one raw article as text, refusing symlinks, oversize, UTF-16, binary and non-UTF-8 files.

    ``root`` is the corpus folder the file must resolve inside. A BOM is
    accepted, CR/CRLF become newlines, control characters are stripped with a
    :class:`CorpusWarning`. An ``.html``/``.htm`` file is read as the article
    text extracted from the page.
    """
    path = Path(path)
    _check_location(path, Path(root) if root is not None else None)
    page = path.suffix.lower() in WEB_PAGE_SUFFIXES
    limit_bytes = MAX_PAGE_BYTES if page else 4 * MAX_ARTICLE_CHARS  # UTF-8 is at most 4 bytes a character
    try:
        size = path.stat().st_size
        if size > limit_bytes:
            raise CorpusError(f"{path}: {size:,} bytes is over the limit of {limit_bytes:,} bytes; refused")
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{path}: file not found") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror})") from None
    if not data.strip():
        raise CorpusError(f"{path}: file is empty; delete it or paste the article text into it")
    text = _decode(path, data)
    if not text.strip():
        raise CorpusError(f"{path}: file is empty; delete it or paste the article text into it")
    text, found = strip_controls(text)
    if found:
        removed = sum(found.values())
        if removed > len(text.strip()):  # more control characters than everything else
            raise CorpusError(
                f"{path}: mostly control characters ({describe_controls(found)}), not article text; refused"
            )
        warnings.warn(f"{path}: removed {describe_controls(found)}; check the file", CorpusWarning, stacklevel=2)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if page:
        from helpers.webpage import page_text

        text = page_text(text)
        if not text.strip():
            raise CorpusError(f"{path}: no article text found in the saved page; save the article page itself")
    if len(text) > MAX_ARTICLE_CHARS:
        raise CorpusError(
            f"{path}: {len(text):,} characters is over the article limit of {MAX_ARTICLE_CHARS:,}; refused"
        )
    return text
