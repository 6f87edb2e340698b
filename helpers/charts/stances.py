"""Charts of notebook 04: statements per article by stance, and the actor x topic stance matrix.

Stances use the one diverging blue-orange scale of :mod:`helpers.palette`
(support blue, oppose orange), never red-green. Each function returns
``(figure, plotted_data)``; an empty input gives a figure with a note.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers import palette
from helpers.charts.common import article_labels, footnote, inferred_footnote, plain, side_label
from helpers.figures import empty_chart

__all__ = ["STANCE_ORDER", "statements_by_article", "stance_cells", "stance_matrix"]

STANCE_ORDER = ("support", "conditional", "neutral", "oppose")   # helpers.stance.STANCES


def statements_by_article(per_article: pd.DataFrame, articles: pd.DataFrame, *,
                          stances: Sequence[str] = STANCE_ORDER) -> tuple[Figure, pd.DataFrame]:
    """Coded statements per article, stacked by stance.

    ``per_article`` has ``date, article_id`` and one count column per stance.
    Plotted data, long form: ``date, article_id, stance, statements``.
    """
    data = per_article.melt(id_vars=["date", "article_id"], value_vars=list(stances), var_name="stance",
                            value_name="statements")
    title = "Statements per article, by stance"
    if per_article.empty or not per_article[list(stances)].to_numpy().any():
        return empty_chart("No statement coded for the selected actors and topics.",
                           title="Statements per article"), data
    labels = article_labels(articles)
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(per_article) + 1.9))
    left = np.zeros(len(per_article))
    for stance in stances:
        values = per_article[stance].to_numpy(dtype=float)
        ax.barh(range(len(per_article)), values, left=left, color=palette.STANCE_COLORS[stance], label=stance,
                edgecolor="white", linewidth=0.5)
        for i, (x, v) in enumerate(zip(left, values)):
            if v >= 2:
                ax.text(x + v / 2, i, str(int(v)), ha="center", va="center", fontsize=9,
                        color=palette.STANCE_TEXT_COLORS[stance])
        left += values
    ax.set_yticks(range(len(per_article)), [labels.get(a, a) for a in per_article["article_id"]])
    ax.invert_yaxis()
    ax.set_xlabel("coded statements")
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="stance", title_fontsize=9.5)
    fig.tight_layout()
    footnote(fig, inferred_footnote(articles))
    return fig, data


def stance_cells(positions: pd.DataFrame, *, key: str, topic_order: Sequence[str]) -> pd.DataFrame:
    """One cell per actor (or side) and topic: mean position score, articles and statements, busiest rows first."""
    columns = [key, "topic", "score", "articles", "statements"]
    if positions is None or positions.empty:
        return pd.DataFrame(columns=columns)
    cells = (positions.groupby([key, "topic"], sort=False)
             .agg(score=("score", "mean"), articles=("article_id", "nunique"), statements=("n_statements", "sum"))
             .reset_index())
    cells["score"] = cells["score"].round(3)
    topics = [t for t in topic_order if t in set(cells["topic"])]
    rows = cells.groupby(key)["statements"].sum().sort_values(ascending=False, kind="stable").index.tolist()
    cells = cells.assign(_r=cells[key].map({k: i for i, k in enumerate(rows)}),
                         _t=cells["topic"].map({t: i for i, t in enumerate(topics)}))
    return cells.sort_values(["_r", "_t"]).drop(columns=["_r", "_t"]).reset_index(drop=True)[columns]


def stance_matrix(cells: pd.DataFrame, *, key: str, topic_order: Sequence[str],
                  names: Mapping[str, str] | None = None, sides: Mapping[str, str] | None = None,
                  topic_labels: Mapping[str, str] | None = None) -> tuple[Figure, pd.DataFrame]:
    """Mean position score per actor (or side, ``key="side"``) and topic, on the blue-orange stance scale.

    ``cells`` is :func:`stance_cells` output, which is also the plotted data.
    Each cell shows its score and, in brackets, the number of articles coding it;
    uncoded cells are light grey.
    """
    names, sides, topic_labels = dict(names or {}), dict(sides or {}), dict(topic_labels or {})
    if cells is None or cells.empty:
        return empty_chart("No statement coded for the selected actors and topics.", title="Stance matrix"), cells
    rows = list(dict.fromkeys(cells[key]))
    topics = [t for t in topic_order if t in set(cells["topic"])]
    score = cells.pivot(index=key, columns="topic", values="score").reindex(index=rows, columns=topics)
    count = cells.pivot(index=key, columns="topic", values="articles").reindex(index=rows, columns=topics)
    fig, ax = plt.subplots(figsize=(1.7 * len(topics) + 4.5, 0.45 * len(rows) + 2.2))
    cmap = palette.STANCE_CMAP.with_extremes(bad="#EDEDED")
    values = score.to_numpy(dtype=float)
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=-1, vmax=1, aspect="auto")
    for (i, j), value in np.ndenumerate(values):
        if not np.isnan(value):
            ax.text(j, i, f"{value:+.2f} ({int(count.iat[i, j])})", ha="center", va="center", fontsize=9,
                    color="white" if abs(value) > 0.75 else palette.TEXT_COLOR)
    bar = fig.colorbar(image, ax=ax, fraction=0.03, pad=0.02, ticks=[-1, -0.5, 0, 0.5, 1])
    bar.ax.set_yticklabels(["oppose −1", "−0.5", "neutral 0", "conditional +0.5", "support +1"], fontsize=9.5)
    ax.set_xticks(range(len(topics)), [plain(topic_labels.get(t, t)) for t in topics], rotation=30, ha="right")
    labels = [plain(names.get(k, k)) for k in rows] if key == "actor_id" else [side_label(k) for k in rows]
    ax.set_yticks(range(len(rows)), labels)
    ax.grid(False)
    ax.set_title("Mean position score (articles coded)")
    fig.tight_layout()
    footnote(fig, "Blue: support, orange: opposition, grey: not coded. A cell averages the whole period: "
                  "read shifts in notebook 05.")
    return fig, cells
