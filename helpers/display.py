"""Readable, escaped tables and notes for the notebooks and their HTML reports.

Article text is untrusted: whatever these helpers render as HTML is escaped
first, so a headline containing ``<script>`` shows as text in the notebook and
in the exported report.

:func:`table` is how every notebook shows a table: no pandas row numbers,
text left-aligned and wrapped, numbers right-aligned, whole numbers as
integers, shares as percentages, dates as ``YYYY-MM-DD``, and when the table is
cut, a line saying so and naming the CSV with every row
(``showing 20 of 61 — full table: reports/tables/02-mentions.csv``). Its output
is the same HTML on every run (no random ids, no memory addresses), so a
notebook saved from JupyterLab does not change in git.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

__all__ = ["Note", "Table", "Prose", "note", "prose", "table", "safe_styler", "is_share_column"]

MAX_ROWS = 50          # rows shown before a table is cut (the CSV has them all)
WRAP_AT = 60           # text columns with longer values wrap, at most about this many characters wide
SHARE_RE = re.compile(r"^share$|^share_of|_share$|^(precision|recall|agreement|f1)$", re.IGNORECASE)


class Note:
    """A short message that renders as an escaped HTML paragraph (plain text elsewhere)."""

    def __init__(self, text: str, *, kind: str = "info") -> None:
        self.text = str(text)
        self.kind = kind

    def _repr_html_(self) -> str:
        colour = {"info": "#444444", "warning": "#8A3A00"}.get(self.kind, "#444444")
        return f'<p class="workbook-note" style="color:{colour}"><em>{html.escape(self.text)}</em></p>'

    def __repr__(self) -> str:
        return self.text


def note(text: str, *, kind: str = "info") -> Note:
    """A displayable note, e.g. ``note("No article was skipped.")`` as a cell's last line."""
    return Note(text, kind=kind)


class Prose:
    """Paragraphs of plain text rendered as escaped HTML prose (markdown in the notebook), not console text."""

    def __init__(self, paragraphs: Iterable[str]) -> None:
        self.paragraphs = [str(p) for p in paragraphs if str(p).strip()]

    def _repr_html_(self) -> str:
        return "\n".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)

    def _repr_markdown_(self) -> str:
        return "\n\n".join(_md_escape(p) for p in self.paragraphs)

    def __repr__(self) -> str:
        return "\n\n".join(self.paragraphs)


def _md_escape(text: str) -> str:
    return html.escape(re.sub(r"([\\`*_\[\]#|<>])", r"\\\1", text), quote=False)


def prose(*paragraphs: str | Iterable[str]) -> Prose:
    """``prose("First paragraph.", "Second.")`` (or one list of paragraphs) as a displayable text."""
    flat: list[str] = []
    for p in paragraphs:
        flat.extend([p] if isinstance(p, str) else list(p))
    return Prose(flat)


def safe_styler(table: pd.DataFrame, *, uuid: str | None = None):
    """A pandas Styler whose cell values, index and column labels are all HTML-escaped.

    Styler does not escape by default; use this as the start of every styled table.
    Its element ids come from the table's content (or ``uuid``) instead of
    pandas' random default, so a rerun gives identical HTML.
    """
    if uuid is None:
        uuid = _digest(table)
    return (table.style.set_uuid(uuid).format(escape="html")
            .format_index(escape="html", axis=0)
            .format_index(escape="html", axis=1))


def _digest(table: pd.DataFrame) -> str:
    digest = hashlib.sha256(table.to_csv().encode("utf-8", "replace"))
    digest.update(repr(list(table.columns)).encode("utf-8", "replace"))
    return "t" + digest.hexdigest()[:12]


def is_share_column(name: object) -> bool:
    """A column of shares (0..1) shown as percentages: ``share``, ``share_of_text``, ``precision``..."""
    return bool(SHARE_RE.search(str(name)))


def _whole(series: pd.Series) -> bool:
    values = series.dropna().to_numpy(dtype=float)
    return bool(len(values)) and bool(np.all(np.isfinite(values))) and bool(np.all(values == np.round(values)))


def _formatter(series: pd.Series, name: str, *, percent: bool, decimals: int | None, signed: bool,
               mixed: bool = False) -> Callable:
    """How one column's values are written."""
    if pd.api.types.is_bool_dtype(series):
        return lambda v: "yes" if v is True or v == 1 else ("no" if v is False or v == 0 else "")
    if pd.api.types.is_datetime64_any_dtype(series):
        return lambda v: "" if pd.isna(v) else v.strftime("%Y-%m-%d")
    if pd.api.types.is_numeric_dtype(series):
        if percent:
            places = 1 if decimals is None else decimals
            return lambda v: "" if pd.isna(v) else f"{v * 100:.{places}f}%"
        sign = "+" if signed else ""
        if decimals is None and _whole(series):
            return lambda v: "" if pd.isna(v) else f"{int(round(v)):{sign}d}"
        places = 2 if decimals is None else decimals
        if mixed:  # counts and ratios in one column: each whole value as an integer
            return lambda v: "" if pd.isna(v) else (f"{int(v):{sign}d}" if float(v).is_integer() and (abs(v) > 1 or v == 0)
                                                    else f"{v:{sign}.{places}f}")
        return lambda v: "" if pd.isna(v) else f"{v:{sign}.{places}f}"
    return lambda v: "" if v is None or (isinstance(v, float) and np.isnan(v)) else str(v)


def _side_formatter(fmt: Callable) -> Callable:
    """A side id written as the side's display name (``us`` -> ``US``); empty cells stay empty."""
    from helpers.palette import side_name

    def write(value):
        text = fmt(value)
        return side_name(text) if text else text

    return write


class Table:
    """A table shown the readable way; ``_repr_html_`` for notebooks and reports, plain text elsewhere."""

    def __init__(self, data: pd.DataFrame, *, total: int, csv: str | None, styler, caption: str,
                 formatters: Mapping[str, Callable] | None = None) -> None:
        self.data = data
        self.formatters = dict(formatters or {})
        self.total = total
        self.csv = csv
        self.styler = styler
        self.caption = caption

    def _repr_html_(self) -> str:
        body = self.styler.to_html()
        if self.caption:
            body += f'\n<p class="workbook-table-note"><em>{html.escape(self.caption)}</em></p>'
        return body

    def __repr__(self) -> str:
        shown = self.data.copy()
        for col, fmt in self.formatters.items():
            shown[col] = [fmt(v) for v in self.data[col]]
        text = shown.to_string(index=False, max_colwidth=80)
        return text + (f"\n{self.caption}" if self.caption else "")


def _flatten(frame: pd.DataFrame) -> pd.DataFrame:
    """The index becomes ordinary columns (a pivot's row labels are data, not row numbers)."""
    frame = frame.copy()
    if isinstance(frame.columns, pd.MultiIndex):
        frame.columns = [" ".join(str(p) for p in col if str(p)) for col in frame.columns]
    keep_index = not (isinstance(frame.index, pd.RangeIndex) and frame.index.name is None)
    if keep_index:
        names = [n if n is not None else ("" if frame.index.nlevels == 1 else f"level_{i}")
                 for i, n in enumerate(frame.index.names)]
        frame.index = frame.index.set_names(names)
        frame = frame.reset_index()
    frame.columns = [str(c) for c in frame.columns]
    frame.columns.name = None
    return frame


def table(
    data: pd.DataFrame,
    csv: str | None = None,
    *,
    max_rows: int | None = MAX_ROWS,
    percent: Iterable[str] | str = (),
    decimals: Mapping[str, int] | None = None,
    signed: Iterable[str] = (),
    mixed: Iterable[str] = (),
    wrap: bool = True,
    align: Mapping[str, str] | None = None,
    bold: Iterable[str] = (),
    cell_style: Mapping[str, Callable[[object], str]] | None = None,
    sides: Iterable[str] = ("side",),
    empty: str = "Nothing to show.",
    folder_label: str = "reports/tables",
) -> Table | Note:
    """``data`` as a readable table (see the module docstring); a note saying ``empty`` if it has no row.

    ``csv`` names the saved CSV that holds every row (``"02-mentions"``): it is
    named under the table when the table is cut to ``max_rows`` rows. Shares are
    found by column name (``share``, ``share_of_text``, ``precision``...) or
    given in ``percent`` (``"all"``: every numeric column); ``decimals`` sets
    places per column, ``signed`` columns get a ``+``, ``mixed`` columns hold
    counts and ratios (each whole value shown as an integer), ``wrap=False``
    keeps every cell on one line, ``align`` overrides a column's alignment, ``cell_style`` maps a
    column to a function giving the CSS of each of its cells. Columns named in ``sides`` hold side ids
    and show the side's display name (``us`` as ``US``); the saved CSV keeps the ids.
    """
    if data is None or len(data) == 0:
        return note(empty)
    frame = _flatten(data)
    total = len(frame)
    shown = frame.head(max_rows) if max_rows else frame
    caption = ""
    if len(shown) < total:
        caption = f"showing {len(shown)} of {total} rows"
        caption += f" — full table: {folder_label}/{csv}.csv" if csv else ""
    all_percent = percent == "all"
    percent, signed, mixed, decimals = set(() if all_percent else percent), set(signed), set(mixed), dict(decimals or {})
    align, side_columns = dict(align or {}), set(sides)
    styler = shown.style.set_uuid(_digest(shown)).hide(axis="index")
    styles: dict[str, list[dict]] = {}
    formatters: dict[str, Callable] = {}
    for col in shown.columns:
        series = shown[col]
        numeric = pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)
        fmt = _formatter(series, col, percent=col in percent or (numeric and (all_percent or is_share_column(col))),
                         decimals=decimals.get(col), signed=col in signed, mixed=col in mixed)
        if col in side_columns and not numeric:
            fmt = _side_formatter(fmt)
        formatters[col] = fmt
        styler = styler.format(fmt, subset=[col], escape="html")
        side = align.get(col, "right" if numeric else "left")
        props = f"text-align: {side}; vertical-align: top;"
        if not numeric and not wrap:
            props += " white-space: nowrap;"
        elif not numeric:
            longest = series.astype(str).str.len().max() if len(series) else 0
            if longest and longest > WRAP_AT:
                props += (f" white-space: normal; overflow-wrap: anywhere; min-width: 14em;"
                          f" max-width: {WRAP_AT // 2}em;")
            else:
                props += " white-space: nowrap;" if longest and longest <= 24 else " white-space: normal;"
        if col in bold:
            props += " font-weight: bold;"
        styles[col] = [{"selector": "td", "props": props}, {"selector": "th", "props": f"text-align: {side};"}]
    styler = styler.set_table_styles(styles, overwrite=False)
    styler = styler.set_table_styles([{"selector": "", "props": "border-collapse: collapse;"},
                                      {"selector": "th", "props": "vertical-align: bottom;"}], overwrite=False)
    styler = styler.format_index(escape="html", axis=1)
    for col, func in (cell_style or {}).items():
        if col in shown.columns:
            styler = styler.map(func, subset=[col])
    return Table(shown, total=total, csv=csv, styler=styler, caption=caption, formatters=formatters)
