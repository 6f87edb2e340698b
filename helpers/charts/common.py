"""What every chart shares: article labels (date and outlet), the inferred-date mark, text helpers.

An article is named on a chart axis by its date and outlet (or, when the outlet
is not known, the start of its title), never by its id. A date the metadata
marks ``inferred`` (worked out from the events the article reports) carries
:data:`INFERRED_MARK` and the chart a footnote saying what the mark means.
"""

from __future__ import annotations

import textwrap

import pandas as pd
from matplotlib.figure import Figure

from helpers import palette

INFERRED_MARK = "≈"
INFERRED_NOTE = "≈ date inferred from the events the article reports (see notebook 01)."
MUTED = palette.MUTED_COLOR
FOOTNOTE_SIZE = 9
SOURCE_WIDTH = 26     # characters of a title used in place of a missing outlet


def plain(text: object) -> str:
    """Text as matplotlib should draw it: a ``$`` in a codebook name must not start mathtext."""
    return str(text).replace("$", r"\$")


def inline(label: str) -> str:
    """A topic label inside a sentence: "Ceasefire" -> "ceasefire", but "NATO membership" stays."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def side_label(side: str) -> str:
    """Display name of a side id: ``us`` -> ``US``, ``russia`` -> ``Russia``."""
    return palette.side_name(side)


def _text(row: pd.Series | dict, key: str) -> str:
    value = row.get(key, "") if hasattr(row, "get") else ""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def article_source(row: pd.Series | dict, *, width: int = SOURCE_WIDTH) -> str:
    """The outlet, else the start of the title in quotes, else the article id."""
    outlet = _text(row, "outlet")
    if outlet:
        return textwrap.shorten(outlet, width=width, placeholder="…")
    title = _text(row, "title")
    if title:
        return "“" + textwrap.shorten(title, width=width, placeholder="…") + "”"
    return _text(row, "article_id")


def is_inferred(row: pd.Series | dict) -> bool:
    return _text(row, "date_basis") == "inferred"


def article_date(row: pd.Series | dict) -> str:
    """``≈15 May 2025`` for an inferred date, ``15 May 2025`` for a stated one, ``no date`` for none."""
    date = row.get("published") if hasattr(row, "get") else None
    if date is None or pd.isna(date):
        return "no date"
    date = pd.Timestamp(date)
    return (INFERRED_MARK if is_inferred(row) else "") + f"{date.day} {date:%b %Y}"


def article_labels(articles: pd.DataFrame | None, *, sep: str = " · ") -> dict[str, str]:
    """Axis label of every article: ``≈15 May 2025 · Geopolitical Lens`` (``sep="\\n"`` for two lines)."""
    if articles is None or len(articles) == 0:
        return {}
    return {str(row["article_id"]): plain(article_date(row) + sep + article_source(row))
            for _, row in articles.iterrows()}


def any_inferred(articles: pd.DataFrame | None, ids=None) -> bool:
    """Whether any article (of ``ids``, if given) has an inferred date."""
    if articles is None or len(articles) == 0 or "date_basis" not in articles:
        return False
    rows = articles if ids is None else articles[articles["article_id"].isin(list(ids))]
    return bool((rows["date_basis"] == "inferred").any())


def footnote(fig: Figure, *lines: str, y: float = 0.0) -> None:
    """Grey footnote lines under the plot area (kept by ``bbox_inches='tight'`` when saved)."""
    text = "\n".join(line for line in lines if line)
    if text:
        fig.text(0.01, y, plain(text), ha="left", va="top", fontsize=FOOTNOTE_SIZE, color=MUTED,
                 transform=fig.transFigure)


def inferred_footnote(articles: pd.DataFrame | None, ids=None) -> str:
    return INFERRED_NOTE if any_inferred(articles, ids) else ""


def article_order(articles: pd.DataFrame | None) -> list[str]:
    """Article ids in publication order (then id)."""
    if articles is None or len(articles) == 0:
        return []
    data = articles.assign(_p=pd.to_datetime(articles["published"]))
    return list(data.sort_values(["_p", "article_id"], kind="stable")["article_id"].astype(str))
