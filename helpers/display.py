"""Small, escaped display helpers for notebooks.

Article text is untrusted: whatever these helpers render as HTML is escaped
first, so a headline containing ``<script>`` shows as text in the notebook and
in the exported report.
"""

from __future__ import annotations

import hashlib
import html

import pandas as pd

__all__ = ["Note", "note", "safe_styler"]


class Note:
    """A short message that renders as an escaped HTML paragraph (plain text elsewhere)."""

    def __init__(self, text: str, *, kind: str = "info") -> None:
        self.text = str(text)
        self.kind = kind

    def _repr_html_(self) -> str:
        colour = {"info": "#555555", "warning": "#A23B00"}.get(self.kind, "#555555")
        return f'<p style="color:{colour}"><em>{html.escape(self.text)}</em></p>'

    def __repr__(self) -> str:
        return self.text


def note(text: str, *, kind: str = "info") -> Note:
    """A displayable note, e.g. ``note("No article was skipped.")`` as a cell's last line."""
    return Note(text, kind=kind)


def safe_styler(table: pd.DataFrame, *, uuid: str | None = None):
    """A pandas Styler whose cell values, index and column labels are all HTML-escaped.

    Styler does not escape by default; use this as the start of every styled table.
    Its element ids come from the table's content (or ``uuid``) instead of
    pandas' random default, so a rerun gives identical HTML.
    """
    if uuid is None:
        digest = hashlib.sha256(table.to_csv().encode("utf-8", "replace"))
        digest.update(repr(list(table.columns)).encode("utf-8", "replace"))
        uuid = "t" + digest.hexdigest()[:12]
    return (table.style.set_uuid(uuid).format(escape="html")
            .format_index(escape="html", axis=0)
            .format_index(escape="html", axis=1))
