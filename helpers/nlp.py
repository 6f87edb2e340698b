"""The rule-based spaCy pipeline every analysis runs on: ``spacy.blank("en")``, no model.

Sentences never cross paragraph breaks (headings without a full stop would
otherwise swallow the next paragraph), so a small component marks each
paragraph start before the stock ``sentencizer`` fills in the rest.
"""

from __future__ import annotations

import bisect
from typing import Iterable, Sequence

import numpy as np
import pandas as pd
from spacy.attrs import ORTH
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokens import Doc, Span

from helpers.corpus import WHERE  # noqa: F401 - re-exported for older callers

__all__ = ["blank_pipeline", "paragraph_starts", "sentences", "sent_id_of", "sentence_rows", "sentences_table",
           "text_from_sentences", "MAX_LENGTH"]

# Our components keep no per-token model state, so long articles are safe to
# parse in one piece; spaCy's default 1,000,000-character guard is lifted.
MAX_LENGTH = 50_000_000

_SENTS_KEY = "workbook_sentences"

SENTENCE_COLUMNS = ["article_id", "sent_id", "where", "paragraph", "line", "start_char", "end_char", "text"]


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every newline; newline tokens never start one themselves.

    Newlines sit in whitespace tokens (spaCy attaches only a single space to the
    token before it), so only those tokens are looked at: the cost grows with the
    number of paragraphs, not of tokens, and ``doc.text`` is never rebuilt.
    """
    n = len(doc)
    if n < 2:
        return doc
    breaks = [k for k in np.flatnonzero(doc.to_array("IS_SPACE")).tolist() if "\n" in doc[k].text]
    if breaks:
        starts = doc.to_array("SENT_START").astype(np.int64)
        for k in breaks:
            if k > 0:
                starts[k] = -1
            if k + 1 < n:
                starts[k + 1] = 1
        _set_sent_starts(doc, starts)
    return doc


def _set_sent_starts(doc: Doc, starts: np.ndarray) -> None:
    """Write sentence starts (1 start, -1 not, 0 unset) in one call: setting ``token.is_sent_start``
    one token at a time makes spaCy scan the whole Doc on every call (quadratic in its length)."""
    doc.from_array(["SENT_START"], starts.astype(np.uint64))


OPENING_QUOTES = {"“", "‘", "«", "„"}
STRAIGHT_QUOTES = {'"', "'"}


def _is_opening_quote(doc: Doc, i: int) -> bool:
    token = doc[i]
    if token.text in OPENING_QUOTES:
        return True
    return token.text in STRAIGHT_QUOTES and not token.whitespace_ and (i == 0 or bool(doc[i - 1].whitespace_))


@Language.component("quote_sentence_starts")
def quote_sentence_starts(doc: Doc) -> Doc:
    """Move a sentence start back onto an opening quote mark (``troops. “It’ll be``).

    Only the tokens right before a sentence start are looked at (found in the
    sentence-start array), not every token.
    """
    n = len(doc)
    if n < 2:
        return doc
    starts = doc.to_array("SENT_START").astype(np.int64)
    pending = np.flatnonzero((starts[1:] == 1) & (starts[:-1] != 1)).tolist()
    changed, j = False, 0
    while j < len(pending):
        i = pending[j]
        j += 1
        if starts[i + 1] == 1 and starts[i] != 1 and _is_opening_quote(doc, i):
            starts[i], starts[i + 1], changed = 1, -1, True
            if i + 2 < n and starts[i + 2] == 1 and (j >= len(pending) or pending[j] != i + 1):
                pending.insert(j, i + 1)  # the next token may now be an opening quote before a start
    if changed:
        _set_sent_starts(doc, starts)
    return doc


# An abbreviation glued to the next word by a hyphen or dash ("U.S.-Ukraine", "U.S.-led"): spaCy's
# English tokenizer keeps it one token, so the tokenizer here splits it (one infix more). Splitting it
# afterwards with the retokenizer costs a pass over the whole Doc per token: quadratic in long articles.
JOINED_INFIX = r"(?<=\.)[-–—](?=[^\W\d_])"


# military and diplomatic titles spaCy's exceptions lack: "Lt. Gen. Keith Kellogg" is one sentence, not two
TITLE_ABBREVIATIONS = ("Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Cmdr.", "Brig.", "Amb.", "Hon.", "Pres.")


class _Defaults(English.Defaults):
    infixes = [*English.Defaults.infixes, JOINED_INFIX]
    tokenizer_exceptions = {**English.Defaults.tokenizer_exceptions,
                            **{a: [{ORTH: a}] for a in TITLE_ABBREVIATIONS}}


class _English(English):
    """spaCy's blank English with the one extra infix built in: setting ``tokenizer.infix_finditer`` on
    ``spacy.blank("en")`` afterwards reloads every tokenizer exception (half the cost of a pipeline)."""

    Defaults = _Defaults


def blank_pipeline() -> Language:
    """Tokenizer, paragraph breaks, sentencizer and quote-aware starts on ``spacy.blank("en")``."""
    nlp = _English.from_config()  # spacy.blank("en") is English.from_config(), with the tokenizer built once
    nlp.max_length = MAX_LENGTH
    nlp.add_pipe("paragraph_breaks")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("quote_sentence_starts")
    return nlp


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where each paragraph (separated by blank lines) starts."""
    starts = [0]
    pos = text.find("\n\n")
    while pos != -1:
        starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    return starts


def sentences(doc: Doc) -> list[Span]:
    """The Doc's sentences with surrounding whitespace trimmed; list index = ``sent_id``.

    Every table that refers to a sentence (mentions, quotes, stances) uses this
    numbering, so ``sent_id`` joins them to the sentences table. The list is
    computed once per Doc (from the sentence-start array, without iterating
    tokens in Python) and kept in ``doc.user_data``.
    """
    cached = doc.user_data.get(_SENTS_KEY)
    if cached is not None:
        return cached
    out: list[Span] = []
    n = len(doc)
    if n:
        starts = np.flatnonzero(doc.to_array("SENT_START") == 1).tolist()
        if not starts or starts[0] != 0:
            starts.insert(0, 0)
        bounds = starts + [n]
        for a, b in zip(bounds[:-1], bounds[1:]):
            while a < b and doc[a].is_space:
                a += 1
            while b > a and doc[b - 1].is_space:
                b -= 1
            if b > a:
                out.append(doc[a:b])
    doc.user_data[_SENTS_KEY] = out
    return out


def sent_id_of(spans: Sequence[Span], token_i: int) -> int:
    """``sent_id`` of the sentence (from :func:`sentences`) holding token ``token_i``; -1 if none."""
    starts = [s.start for s in spans]
    k = bisect.bisect_right(starts, token_i) - 1
    return k if k >= 0 and token_i < spans[k].end else -1


def sentence_rows(doc: Doc, *, article_id: str, paragraph_lines: Sequence[int] = (),
                  paragraph_where: Sequence[str] = (), text: str | None = None) -> list[dict]:
    """One row per sentence: id, where it is (headline, standfirst, body), paragraph, raw-file line, offsets, text.

    ``text`` is the Doc's text when the caller has it (spaCy rebuilds ``doc.text`` on every access)."""
    text = doc.text if text is None else text
    starts = paragraph_starts(text)
    rows = []
    for sent in sentences(doc):
        start, end = sent.start_char, sent.end_char
        para = bisect.bisect_right(starts, start) - 1
        rows.append({
            "article_id": article_id,
            "sent_id": len(rows),
            "where": paragraph_where[para] if para < len(paragraph_where) else "body",
            "paragraph": para,
            "line": int(paragraph_lines[para]) if para < len(paragraph_lines) else None,
            "start_char": start,
            "end_char": end,
            "text": text[start:end],
        })
    return rows


def sentences_table(articles: pd.DataFrame, *, nlp: Language | None = None) -> pd.DataFrame:
    """Sentences of every article (``article_id, sent_id, paragraph, line, start_char, end_char, text``)."""
    nlp = nlp or blank_pipeline()
    rows: list[dict] = []
    lines: Iterable = articles["paragraph_lines"] if "paragraph_lines" in articles else [()] * len(articles)
    for doc, (aid, plines) in zip(nlp.pipe(articles["text"]), zip(articles["article_id"], lines)):
        rows.extend(sentence_rows(doc, article_id=aid, paragraph_lines=plines))
    return pd.DataFrame(rows, columns=SENTENCE_COLUMNS).astype({"sent_id": "int64", "paragraph": "int64"})


def sentence_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage (see ``helpers.pipeline``): the sentences table rows of one article."""
    return sentence_rows(doc, article_id=ctx["article_id"], paragraph_lines=ctx.get("paragraph_lines", ()),
                         paragraph_where=ctx.get("paragraph_where", ()), text=ctx.get("text"))


sentence_stage.columns = SENTENCE_COLUMNS  # type: ignore[attr-defined]


def text_from_sentences(rows: list[dict] | None) -> str | None:
    """The article text rebuilt from the sentence rows (same offsets; white space between
    sentences as spaces, or newlines across a paragraph break), which avoids ``doc.text``:
    spaCy joins every token to build it. None if the rows cannot tell paragraphs apart."""
    if rows is None or any("text" not in r or "paragraph" not in r for r in rows[:1]):
        return None
    parts: list[str] = []
    pos, para = 0, None
    for r in rows:
        gap = r["start_char"] - pos
        if gap < 0:
            return None
        if gap:
            parts.append(("\n" if para is not None and r["paragraph"] != para else " ") * gap)
        parts.append(r["text"])
        pos, para = r["end_char"], r["paragraph"]
    return "".join(parts)
