"""Charts of notebooks 01 and 02: article lengths, who is mentioned where, shares by side, co-mentions.

Each function returns ``(figure, plotted_data)``; an empty input gives a figure
with a note, never an error. Articles are named by date and outlet (see
:mod:`helpers.charts.common`).
"""

from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from helpers import palette
from helpers.charts.common import article_labels, article_order, footnote, inferred_footnote, plain, side_label
from helpers.figures import empty_chart

__all__ = ["article_lengths", "mention_heatmap", "side_share_bars", "mention_shares", "co_mention_heatmap"]


def article_lengths(articles: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Words per article after cleaning, one bar per article in publication order.

    Plotted data: ``date, article_id, n_words``.
    """
    title = "Article length by publication date"
    if articles is None or len(articles) == 0:
        return empty_chart("No articles to plot.", title=title), pd.DataFrame(columns=["date", "article_id", "n_words"])
    order = article_order(articles)
    data = articles.set_index("article_id").loc[order].reset_index()
    plot_data = pd.DataFrame({"date": pd.to_datetime(data["published"]).dt.strftime("%Y-%m-%d"),
                              "article_id": data["article_id"], "n_words": data["n_words"]})
    labels = article_labels(articles)
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(plot_data) + 1.4))
    ax.barh(range(len(plot_data)), plot_data["n_words"], color=palette.BAR_COLOR)
    ax.set_yticks(range(len(plot_data)), [labels[a] for a in plot_data["article_id"]])
    ax.invert_yaxis()
    for i, n in enumerate(plot_data["n_words"]):
        ax.text(n, i, f" {n:,}", va="center", fontsize=9.5)
    ax.set_xlim(0, plot_data["n_words"].max() * 1.12 + 1)
    ax.set_xlabel("words after cleaning")
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    footnote(fig, inferred_footnote(articles))
    return fig, plot_data


def _side_legend(ax, sides_present: Sequence[str], **kw) -> None:
    handles = [Patch(color=palette.side_color(s), label=side_label(s)) for s in sides_present]
    if handles:
        ax.legend(handles=handles, title="name colour = side", frameon=False, **kw)


def mention_heatmap(matrix: pd.DataFrame, articles: pd.DataFrame, *, names: Mapping[str, str],
                    sides: Mapping[str, str], form: str = "name") -> tuple[Figure, pd.DataFrame]:
    """Mentions of each actor (rows, as in ``matrix``) in each article (columns, publication order).

    ``matrix`` is actor x article (``helpers.actors.mention_matrix``). Plotted
    data, long form: ``date, article_id, actor_id, name, side, mentions``.
    """
    order = article_order(articles)
    matrix = matrix.reindex(columns=order, fill_value=0) if len(order) else matrix
    dates = dict(zip(articles["article_id"], pd.to_datetime(articles["published"]).dt.strftime("%Y-%m-%d"))) \
        if articles is not None and len(articles) else {}
    data = (matrix.rename_axis(index="actor_id", columns="article_id").reset_index()
            .melt(id_vars="actor_id", var_name="article_id", value_name="mentions"))
    data = data.assign(date=data["article_id"].map(dates), name=data["actor_id"].map(names),
                       side=data["actor_id"].map(sides))[["date", "article_id", "actor_id", "name", "side", "mentions"]]
    title = f"Mentions by actor and article ({form} mentions)"
    if matrix.empty or not matrix.to_numpy().any():
        return empty_chart(f"No {form} mention of any actor.", title="Mentions by actor and article"), data
    values = matrix.to_numpy(dtype=float)
    labels = article_labels(articles, sep="\n")
    fig, ax = plt.subplots(figsize=(1.6 * matrix.shape[1] + 4.5, 0.34 * matrix.shape[0] + 2.2))
    ax.imshow(np.ma.masked_equal(values, 0), cmap=palette.SEQUENTIAL_CMAP, aspect="auto", vmin=0,
              vmax=max(1, values.max()))
    ax.set_xticks(range(matrix.shape[1]), [labels.get(a, a) for a in matrix.columns], rotation=30, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [plain(names.get(a, a)) for a in matrix.index])
    for label, actor_id in zip(ax.get_yticklabels(), matrix.index):
        label.set_color(palette.side_color(sides.get(actor_id, "other")))
    top = values.max()
    for (i, j), n in np.ndenumerate(values):
        if n:
            ax.text(j, i, str(int(n)), ha="center", va="center", fontsize=9,
                    color="white" if n > 0.6 * top else palette.TEXT_COLOR)
    ax.grid(False)
    ax.set_title(title)
    present = [s for s in palette.SIDE_COLORS if s in {sides.get(a, "other") for a in matrix.index}]
    _side_legend(ax, present, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9.5, title_fontsize=9.5)
    fig.tight_layout()
    footnote(fig, "Empty cells are zero. " + inferred_footnote(articles))
    return fig, data


def side_share_bars(wide: pd.DataFrame, articles: pd.DataFrame, *, notes: Sequence[str], title: str,
                    xlabel: str, xmax: float = 1.0) -> Figure:
    """Stacked horizontal bars of shares (rows: articles, columns: sides), a note at the end of each bar."""
    labels = article_labels(articles)
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(wide) + 1.8))
    left = np.zeros(len(wide))
    for side in wide.columns:
        ax.barh(range(len(wide)), wide[side].to_numpy(dtype=float), left=left, color=palette.side_color(side),
                label=side_label(side), edgecolor="white", linewidth=0.5)
        left += wide[side].to_numpy(dtype=float)
    for i, text in enumerate(notes):
        ax.text(left[i] if left[i] > 0 else 0, i, "  " + text, va="center", fontsize=9.5)
    ax.set_yticks(range(len(wide)), [labels.get(a, a) for a in wide.index])
    ax.invert_yaxis()
    ax.set_xlim(0, xmax)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False)
    fig.tight_layout()
    footnote(fig, inferred_footnote(articles))
    return fig


def mention_shares(shares: pd.DataFrame, articles: pd.DataFrame, *, sides_order: Sequence[str],
                   form: str = "name") -> tuple[Figure, pd.DataFrame]:
    """Each side's share of an article's mentions (``helpers.actors.side_shares``), one bar per article.

    Plotted data: ``date, article_id, side, mentions, share``.
    """
    data = shares.assign(date=pd.to_datetime(shares["published"]).dt.strftime("%Y-%m-%d"),
                         share=shares["share"].astype(float).round(3))[["date", "article_id", "side", "mentions",
                                                                        "share"]]
    if data.empty:
        return empty_chart(f"No {form} mention of any actor.", title="Share of mentions by side"), data
    present, sides_present = set(data["article_id"]), set(data["side"])
    order = [a for a in article_order(articles) if a in present]
    wide = (data.pivot_table(index="article_id", columns="side", values="share", aggfunc="sum", fill_value=0)
            .reindex(index=order, columns=[s for s in sides_order if s in sides_present], fill_value=0))
    totals = data.groupby("article_id")["mentions"].sum().reindex(order)
    fig = side_share_bars(wide, articles, notes=[f"{int(n)} mentions" for n in totals],
                          title="Share of mentions by side", xlabel=f"share of the article's {form} mentions",
                          xmax=1.25)
    return fig, data


def co_mention_heatmap(pairs: pd.DataFrame, actor_order: Sequence[str], *, names: Mapping[str, str],
                       sides: Mapping[str, str], top: int = 14, form: str = "name") -> tuple[Figure, pd.DataFrame]:
    """Sentences naming both actors, for the ``top`` first actors of ``actor_order`` that are named with another.

    ``pairs`` is ``helpers.actors.co_mentions`` output. Plotted data:
    ``actor_a, actor_b, sentences, articles`` (the pairs among the actors shown).
    """
    columns = ["actor_a", "actor_b", "sentences", "articles"]
    title = "Actors named in the same sentence"
    if pairs is None or pairs.empty:
        return empty_chart("No two actors are named in the same sentence.", title=title), \
            pd.DataFrame(columns=columns)
    paired = set(pairs["actor_a"]) | set(pairs["actor_b"])
    keep = [a for a in actor_order if a in paired][:top]
    data = pairs[pairs["actor_a"].isin(keep) & pairs["actor_b"].isin(keep)][columns].reset_index(drop=True)
    index = {a: i for i, a in enumerate(keep)}
    values = np.zeros((len(keep), len(keep)))
    for a, b, n in zip(data["actor_a"], data["actor_b"], data["sentences"]):
        values[index[a], index[b]] += n
        values[index[b], index[a]] += n
    fig, ax = plt.subplots(figsize=(0.55 * len(keep) + 4.5, 0.5 * len(keep) + 2.4))
    ax.imshow(np.ma.masked_equal(values, 0), cmap=palette.SEQUENTIAL_CMAP, vmin=0, vmax=max(1, values.max()))
    labels = [plain(names.get(a, a)) for a in keep]
    ax.set_xticks(range(len(keep)), labels, rotation=45, ha="right")
    ax.set_yticks(range(len(keep)), labels)
    for tick_labels in (ax.get_xticklabels(), ax.get_yticklabels()):
        for label, actor_id in zip(tick_labels, keep):
            label.set_color(palette.side_color(sides.get(actor_id, "other")))
    top_value = values.max()
    for (i, j), n in np.ndenumerate(values):
        if n:
            ax.text(j, i, str(int(n)), ha="center", va="center", fontsize=9,
                    color="white" if n > 0.6 * top_value else palette.TEXT_COLOR)
    ax.grid(False)
    ax.set_title(f"Sentences naming both actors ({form} mentions)")
    present = [s for s in palette.SIDE_COLORS if s in {sides.get(a, "other") for a in keep}]
    _side_legend(ax, present, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=9.5, title_fontsize=9.5)
    fig.tight_layout()
    return fig, data
