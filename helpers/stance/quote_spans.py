"""Quotation spans of an article: from the quotes stage's rows when it ran, else paired here from the marks.

Kept apart from :mod:`helpers.stance.document`, whose index asks for them once per article.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple, Sequence

from spacy.tokens import Doc

from helpers.stance.grammar import CLOSE_QUOTES, OPEN_QUOTES, QUOTE_MARK_RE

__all__ = ["Quote", "find_quotes"]


class Quote(NamedTuple):
    start: int
    end: int                          # token indices, marks included
    full: bool
    speakers: tuple[str, ...] | None  # None: paired here, speaker not looked up yet (walks.quote_speakers)


def find_quotes(doc: Doc, text: str, para_chars: Sequence[int],
                quote_rows: Sequence[dict] | None) -> list[Quote]:
    """Quotation spans (token indices) with their kind and speaker.

    From the quotes stage when it ran (its rows, speakers and kinds);
    otherwise quotation marks are paired here, paragraph by paragraph, and a
    quote of four words or more starting with a capital counts as full (its
    speaker is looked up by :func:`helpers.stance.walks.quote_speakers`).
    """
    if quote_rows is not None:
        out = []
        for r in quote_rows:
            try:
                span = doc.char_span(int(r["start_char"]), int(r["end_char"]), alignment_mode="expand")
            except (KeyError, TypeError, ValueError):
                continue
            if span is None:
                continue
            sid = str(r.get("speaker_id") or "")
            out.append(Quote(span.start, span.end, str(r.get("kind", "full")) == "full", (sid,) if sid else None))
        out.sort()
        return out
    regions: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    straight: int | None = None
    para = -1
    for m in QUOTE_MARK_RE.finditer(text):
        pos, ch = m.start(), m.group()
        p = bisect.bisect_right(para_chars, pos) - 1
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
    out = []
    for sp in spans:
        if sp is None or len(sp) < 2:
            continue
        inner = [t for t in sp[1:-1] if not t.is_punct]
        full = len(inner) >= 4 and sp[1].text[:1].isupper()
        out.append(Quote(sp.start, sp.end, full, None if full else ()))
    return out
