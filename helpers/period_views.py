"""One call per notebook chart for corpora shown by period: the table (``helpers.periods``) and its chart.

Each function takes the :class:`helpers.workbook.Workbook`, the tables the
notebook already has and the period (``wb.period(PERIOD)``), and returns
``(figure, plotted_data)`` like every chart function, so a notebook cell reads
``fig, data = period_views.x(...) if period else charts.x(...)``.
"""

from __future__ import annotations

from typing import Sequence

import pandas as pd
from matplotlib.figure import Figure

from helpers import periods
from helpers.charts import periods as pcharts
from helpers.charts.common import inline

__all__ = ["lengths", "mention_heatmap", "mention_shares", "quote_shares", "statement_counts", "headline",
           "topic_grid"]


def lengths(wb, period: str) -> tuple[Figure, pd.DataFrame]:
    """Notebook 01: articles per period and their median length."""
    data = periods.with_period(wb.articles[["article_id", "n_words"]], wb.articles, period)
    counts = (data.groupby("period").agg(articles=("article_id", "size"), median_words=("n_words", "median"))
              .reset_index())
    counts["label"] = [periods.period_label(p, period) for p in counts["period"]]
    counts = counts[["period", "label", "articles", "median_words"]]
    return pcharts.articles_by_period(wb.articles, counts, period=period)


def mention_heatmap(wb, counts: pd.DataFrame, period: str, *, top: int = 20, form: str = "name"):
    """Notebook 02: the ``top`` most mentioned actors, mentions per period."""
    grid = periods.top_by_period(counts, wb.articles, period, top=top)
    return pcharts.heatmap_by_period(grid, names=wb.names, sides=wb.sides,
                                     title=f"The {top} most mentioned actors, {form} mentions per {period}")


def mention_shares(wb, counts: pd.DataFrame, period: str, *, form: str = "name"):
    """Notebook 02: each side's share of the period's mentions."""
    shares = periods.share_by_period(counts, wb.articles, period, by="side", value="mentions")
    return pcharts.shares_by_period(shares, by="side", order=wb.codebooks.side_order,
                                    title=f"Share of {form} mentions by side, per {period}",
                                    ylabel="share of the mentions", total_label="number of mentions")


def quote_shares(wb, table: pd.DataFrame, period: str, *, by: str, top: int = 8, no_speaker: str = ""):
    """Notebook 03: each side's (``by="side"``) or top speaker's share of the period's quoted words."""
    if by == "side":
        shares = periods.share_by_period(table, wb.articles, period, by="side", value="quoted_words")
        return pcharts.shares_by_period(shares, by="side", order=[*wb.codebooks.side_order, "unknown"],
                                        title=f"Share of quoted words by side, per {period}",
                                        ylabel="share of the quoted words", total_label="number of quoted words")
    from helpers.charts.quotes import HATCHES, OTHER_SPEAKERS

    totals = table[table["actor_id"] != no_speaker].groupby("actor_id")["quoted_words"].sum()
    keep = list(totals.sort_values(ascending=False, kind="stable").index[:top])
    data = table.assign(actor_id=table["actor_id"].where(table["actor_id"].isin([*keep, no_speaker]), OTHER_SPEAKERS))
    shares = periods.share_by_period(data, wb.articles, period, by="actor_id", value="quoted_words")
    colors, hatches, used = {}, {}, {}
    for actor in keep:  # a speaker has their side's colour; speakers of one side differ by hatching
        colors[actor] = pcharts.palette.actor_color(actor, wb.sides.get(actor))
        used[colors[actor]] = used.get(colors[actor], -1) + 1
        hatches[actor] = HATCHES[used[colors[actor]] % len(HATCHES)]
    colors.update({OTHER_SPEAKERS: pcharts.palette.UNKNOWN_COLOR, no_speaker: pcharts.palette.UNKNOWN_COLOR})
    hatches[no_speaker] = "//"
    names = {**wb.names, OTHER_SPEAKERS: OTHER_SPEAKERS, no_speaker: "no speaker found"}
    return pcharts.shares_by_period(shares, by="actor_id", order=[*keep, OTHER_SPEAKERS, no_speaker], names=names,
                                    colors=colors, hatches=hatches, legend_title="colour = side",
                                    title=f"Share of quoted words by speaker, per {period}",
                                    ylabel="share of the quoted words", total_label="number of quoted words")


def statement_counts(wb, statements: pd.DataFrame, period: str, *, stances: Sequence[str]):
    """Notebook 04: coded statements per period, by stance."""
    counts = periods.count_by_period(statements, wb.articles, period, by="stance")
    return pcharts.stances_by_period(counts, stances=stances, period=period)


def headline(wb, topic: str, sides: Sequence[str], period: str):
    """Notebook 05: each side's share supporting ``topic`` per period, with its band and statement counts."""
    shares = periods.stance_shares(wb.statements, wb.articles, period, key="side", topics=[topic], who=sides)
    label = wb.topic_labels.get(topic, topic)
    return pcharts.positions_by_period(shares, [topic], key="side", who=sides, topic_labels=wb.topic_labels,
                                       title=f"Each side's support for the {inline(label)}, per {period}")


def topic_grid(wb, who: Sequence[str], period: str, *, key: str = "side", title: str = ""):
    """Notebook 05: share supporting each proposal per period, for sides (``key="side"``) or actors."""
    shares = periods.stance_shares(wb.statements, wb.articles, period, key=key, topics=wb.topic_order, who=who)
    return pcharts.positions_by_period(shares, wb.topic_order, key=key, who=who, topic_labels=wb.topic_labels,
                                       names=wb.names, sides=wb.sides, title=title, limit=4)
