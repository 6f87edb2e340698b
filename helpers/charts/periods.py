"""Charts by period (day, week or month) for corpora of more than ``helpers.periods.SCALE_FROM`` articles.

The per-article charts give each article a bar or a column; with thousands of
articles they would be tens of thousands of pixels long. These charts have one
point or bar per period (at most about ``helpers.periods.MAX_PERIODS`` unless
the notebook asks for a finer period: tick labels are then thinned) and a fixed
width, so they read the same at 50 articles and at 50,000. Each returns
``(figure, plotted_data)``; the tables come from :mod:`helpers.periods`.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers import palette
from helpers.charts.common import footnote, inline, plain, side_label
from helpers.figures import empty_chart

__all__ = ["articles_by_period", "heatmap_by_period", "shares_by_period", "stances_by_period",
           "positions_by_period", "MAX_TICKS"]

MAX_TICKS = 16       # period labels shown on an axis; the others are thinned out
MAX_SERIES = 6       # sides or actors drawn in a position chart: those with the most statements
WIDTH = 11.0         # inches: every chart here has the same width, whatever the corpus size


def _period_axis(ax, labels: Sequence[str]) -> None:
    step = max(1, int(np.ceil(len(labels) / MAX_TICKS)))
    ticks = list(range(0, len(labels), step))
    ax.set_xticks(ticks, [plain(labels[i]) for i in ticks], rotation=40, ha="right")
    ax.set_xlim(-0.6, len(labels) - 0.4)


def _labels(data: pd.DataFrame) -> tuple[list, list[str]]:
    periods = data.drop_duplicates("period").sort_values("period")
    return list(periods["period"]), list(periods["label"])


def articles_by_period(articles: pd.DataFrame, counts: pd.DataFrame, *, period: str) -> tuple[Figure, pd.DataFrame]:
    """Articles per period (bars) and their median length in words (line, right axis).

    ``counts`` is ``period, label, articles, median_words``; it is also the plotted data.
    """
    title = f"Articles per {period} and their median length"
    if counts.empty:
        return empty_chart("No articles to plot.", title=title), counts
    fig, ax = plt.subplots(figsize=(WIDTH, 4.2))
    x = np.arange(len(counts))
    ax.bar(x, counts["articles"], color=palette.BAR_COLOR, label="articles")
    ax.set_ylabel(f"articles per {period}")
    ax.yaxis.set_major_locator(plt.MaxNLocator(integer=True))
    right = ax.twinx()
    right.plot(x, counts["median_words"], color=palette.TEXT_COLOR, marker="o", markersize=4, linewidth=1.5,
               label="median words per article")
    right.set_ylabel("median words per article")
    right.set_ylim(0, max(1.0, float(counts["median_words"].max())) * 1.15)
    right.grid(False)
    _period_axis(ax, list(counts["label"]))
    ax.set_title(title)
    ax.grid(axis="x", visible=False)
    handles = ax.get_legend_handles_labels()[0] + right.get_legend_handles_labels()[0]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.08, 1.0), frameon=False)
    fig.tight_layout()
    footnote(fig, f"{int(counts['articles'].sum()):,} articles in {len(counts)} {period}s; the full table is "
                  "the CSV beside this chart.")
    return fig, counts


def heatmap_by_period(grid: pd.DataFrame, *, names: Mapping[str, str], sides: Mapping[str, str], title: str,
                      by: str = "actor_id") -> tuple[Figure, pd.DataFrame]:
    """Rows: the top groups of ``grid`` (``helpers.periods.top_by_period``), columns: periods; colour = value."""
    if grid.empty or not grid["value"].any():
        return empty_chart("Nothing to plot.", title=title), grid
    periods, labels = _labels(grid)
    rows = list(grid.sort_values("rank").drop_duplicates(by)[by])
    matrix = (grid.pivot_table(index=by, columns="period", values="value", aggfunc="sum", fill_value=0)
              .reindex(index=rows, columns=periods, fill_value=0).to_numpy(dtype=float))
    fig, ax = plt.subplots(figsize=(WIDTH, 0.36 * len(rows) + 2.4))
    image = ax.imshow(np.ma.masked_equal(matrix, 0), cmap=palette.SEQUENTIAL_CMAP, aspect="auto", vmin=0,
                      vmax=max(1.0, matrix.max()))
    _period_axis(ax, labels)
    ax.set_yticks(range(len(rows)), [plain(names.get(a, a)) for a in rows])
    for label, key in zip(ax.get_yticklabels(), rows):
        label.set_color(palette.side_color(sides.get(key, "other")))
    if len(periods) <= 20:
        top = matrix.max()
        for (i, j), n in np.ndenumerate(matrix):
            if n:
                ax.text(j, i, f"{int(n):,}", ha="center", va="center", fontsize=9,
                        color="white" if n > 0.6 * top else palette.TEXT_COLOR)
    ax.grid(False)
    ax.set_title(title)
    fig.colorbar(image, ax=ax, fraction=0.03, pad=0.01)
    fig.tight_layout()
    footnote(fig, "Empty cells are zero; name colour = side. Totals over the whole corpus pick the rows.")
    return fig, grid


def shares_by_period(shares: pd.DataFrame, *, by: str, order: Sequence[str], title: str, ylabel: str,
                     names: Mapping[str, str] | None = None, colors: Mapping[str, str] | None = None,
                     hatches: Mapping[str, str] | None = None, legend_title: str | None = None,
                     total_label: str = "") -> tuple[Figure, pd.DataFrame]:
    """Stacked bars, one per period: each group's share (``helpers.periods.share_by_period``).

    The total behind each bar (mentions, quoted words) is written above it when there are few periods.
    """
    if shares.empty:
        return empty_chart("Nothing to plot.", title=title), shares
    periods, labels = _labels(shares)
    wide = (shares.pivot_table(index="period", columns=by, values="share", aggfunc="sum", fill_value=0)
            .reindex(index=periods, columns=[g for g in order if g in set(shares[by])], fill_value=0))
    totals = shares.drop_duplicates("period").set_index("period")["total"].reindex(periods)
    fig, ax = plt.subplots(figsize=(WIDTH, 4.6))
    x, bottom = np.arange(len(periods)), np.zeros(len(periods))
    for group in wide.columns:
        values = wide[group].to_numpy(dtype=float)
        color = (colors or {}).get(group) or palette.side_color(group)
        label = (names or {}).get(group) or side_label(group)
        ax.bar(x, values, bottom=bottom, color=color, label=plain(label), edgecolor="white", linewidth=0.4,
               hatch=(hatches or {}).get(group))
        bottom += values
    if len(periods) <= 20:
        for i, n in enumerate(totals):
            ax.text(i, 1.01, f"{int(n):,}", ha="center", va="bottom", fontsize=9, color=palette.MUTED_COLOR)
    ax.set_ylim(0, 1.08)
    ax.set_yticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_ylabel(ylabel)
    _period_axis(ax, labels)
    ax.set_title(title)
    ax.grid(axis="x", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title=legend_title, title_fontsize=9.5)
    fig.tight_layout()
    footnote(fig, f"The number above each bar is its {total_label or 'total'}." if len(periods) <= 20 else
             f"Totals ({total_label or 'total'}) per period are in the CSV beside this chart.")
    return fig, shares


def stances_by_period(counts: pd.DataFrame, *, stances: Sequence[str], period: str) -> tuple[Figure, pd.DataFrame]:
    """Coded statements per period, stacked by stance (``helpers.periods.count_by_period`` by ``stance``)."""
    title = f"Statements per {period}, by stance"
    if counts.empty:
        return empty_chart("No statement coded for the selected actors and topics.", title=title), counts
    periods, labels = _labels(counts)
    wide = (counts.pivot_table(index="period", columns="stance", values="value", aggfunc="sum", fill_value=0)
            .reindex(index=periods, columns=list(stances), fill_value=0))
    fig, ax = plt.subplots(figsize=(WIDTH, 4.4))
    x, bottom = np.arange(len(periods)), np.zeros(len(periods))
    for stance in stances:
        values = wide[stance].to_numpy(dtype=float)
        ax.bar(x, values, bottom=bottom, color=palette.STANCE_COLORS[stance], label=stance, edgecolor="white",
               linewidth=0.4)
        bottom += values
    ax.set_ylabel("coded statements")
    ax.yaxis.set_major_locator(plt.MaxNLocator(integer=True))
    _period_axis(ax, labels)
    ax.set_title(title)
    ax.grid(axis="x", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="stance", title_fontsize=9.5)
    fig.tight_layout()
    return fig, counts


def _series(ax, rows: pd.DataFrame, n_periods: int, pos: Mapping, color: str, label: str, big: int) -> None:
    """One line of share supporting with its Wilson band, broken where a period has no statement taking a side."""
    full = rows.set_index(rows["period"].map(pos))[["share_supporting", "low", "high", "taking_sides"]]
    full = full[full["taking_sides"] > 0].reindex(range(n_periods))
    x = np.arange(n_periods)
    ax.fill_between(x, full["low"], full["high"], color=color, alpha=0.18, linewidth=0)
    ax.plot(x, full["share_supporting"], color=color, linewidth=1.8, label=plain(label))
    seen = full.dropna(subset=["share_supporting"])
    ax.scatter(seen.index, seen["share_supporting"], s=10 + 90 * np.sqrt(seen["taking_sides"] / big), color=color,
               edgecolor="white", linewidth=0.5, zorder=3)


def _share_axis(ax, ylabel: bool) -> None:
    ax.set_ylim(-0.03, 1.03)
    ax.set_yticks([0, 0.5, 1.0], ["0%", "50%", "100%"])
    ax.axhline(0.5, color=palette.GRID_COLOR, linewidth=1, zorder=0)
    if ylabel:
        ax.set_ylabel("share supporting")


def _most_stated(data: pd.DataFrame, key: str, who: Sequence[str], limit: int) -> list[str]:
    totals = data.groupby(key)["taking_sides"].sum()
    return sorted([k for k in who if totals.get(k, 0) > 0], key=lambda k: (-totals[k], list(who).index(k)))[:limit]


def positions_by_period(shares: pd.DataFrame, topics: Sequence[str], *, key: str, who: Sequence[str],
                        title: str, topic_labels: Mapping[str, str], names: Mapping[str, str] | None = None,
                        sides: Mapping[str, str] | None = None, limit: int = MAX_SERIES) -> tuple[Figure, pd.DataFrame]:
    """Share supporting per period with its 95% Wilson band (``shares``: ``helpers.periods.stance_shares``).

    One topic: one panel per side or actor (the ``limit`` with most statements taking a side), grey bars
    behind the line for the statements of each period. Several topics: one panel per topic, a line for each
    of the ``limit`` most stated sides or actors. Larger points rest on more statements.
    """
    data = shares[shares["topic"].isin(list(topics)) & shares[key].isin(list(who))].reset_index(drop=True)
    if data.empty or not data["taking_sides"].any():
        return empty_chart("Nothing to plot: no statement taking a side for these topics.", title=title), data
    periods, labels = _labels(shares)
    pos = {p: i for i, p in enumerate(periods)}
    keep = _most_stated(data, key, who, limit)
    data = data[data[key].isin(keep)].reset_index(drop=True)
    shown = [t for t in topics if t in set(data["topic"])]
    panels = [(k, [t for t in shown]) for k in keep] if len(shown) == 1 else [(None, [t]) for t in shown]
    cols = 2 if len(panels) > 1 else 1
    rows_n = int(np.ceil(len(panels) / cols))
    fig, axes = plt.subplots(rows_n, cols, figsize=(WIDTH, 3.0 * rows_n + 1.3), squeeze=False, sharex=True)
    big = max(1, int(data["taking_sides"].max()))
    color = {k: palette.side_color(k) if key == "side" else palette.actor_color(k, (sides or {}).get(k)) for k in keep}
    name = {k: side_label(k) if key == "side" else (names or {}).get(k, k) for k in keep}
    for n, (one, panel_topics) in enumerate(panels):
        ax = axes[n // cols][n % cols]
        topic = panel_topics[0]
        for k in ([one] if one else keep):
            _series(ax, data[(data["topic"] == topic) & (data[key] == k)], len(periods), pos, color[k], name[k], big)
        _share_axis(ax, n % cols == 0)
        if one:
            rows = data[(data["topic"] == topic) & (data[key] == one)]
            counts = ax.twinx()
            counts.bar(rows["period"].map(pos), rows["statements"], color=palette.GRID_COLOR, zorder=0, width=0.8)
            counts.set_ylim(0, max(1, rows["statements"].max()) * 3)
            counts.yaxis.set_major_locator(plt.MaxNLocator(integer=True, nbins=3))
            counts.set_ylabel("statements", color=palette.MUTED_COLOR)
            counts.grid(False)
            ax.set_zorder(counts.get_zorder() + 1)
            ax.patch.set_visible(False)
            ax.set_title(plain(f"{name[one]}: {int(rows['statements'].sum()):,} statements"), fontsize=11)
        else:
            ax.set_title(plain(topic_labels.get(topic, topic)), fontsize=11)
    for n in range(len(panels), rows_n * cols):
        axes[n // cols][n % cols].axis("off")
    for n in range(len(panels)):
        below = n + cols
        if below >= len(panels):
            _period_axis(axes[n // cols][n % cols], labels)
            axes[n // cols][n % cols].tick_params(labelbottom=True)
    if len(shown) > 1:
        handles, texts = axes[0][0].get_legend_handles_labels()
        for ax in axes.flat[1:len(panels)]:
            for h, t in zip(*ax.get_legend_handles_labels()):
                if t not in texts:
                    handles.append(h)
                    texts.append(t)
        fig.legend(handles, texts, loc="upper left", bbox_to_anchor=(1.0, 0.95), frameon=False)
    fig.suptitle(plain(title), fontsize=12)
    fig.tight_layout()
    left_out = [name.get(k, k) for k in who if k not in keep and k in set(shares[key])]
    footnote(fig, "Line: share of the statements taking a side that support (conditional support counts); band: "
                  "95% Wilson interval;",
             "larger points rest on more statements" + (" (grey bars: statements per period)." if len(shown) == 1
                                                        else "; counts in the CSV beside this chart.")
             + (f" Not shown (fewer statements): {len(left_out)}." if len(set(data[key])) < len(set(who) & set(shares[key])) else ""))
    return fig, data


def topic_title(label: str) -> str:
    """"Positions on the ceasefire" style wording for a topic label."""
    return f"Positions on the {inline(label)}"
