"""Charts of notebooks 05 and 06: positions over the articles, and agreement with the hand coding.

Every function here returns ``(figure, plotted_data)``: the notebook saves both
with :func:`helpers.figures.save_chart`, so the CSV beside a PNG holds exactly
what the chart shows. Colours come from :mod:`helpers.palette` only (a side or an
actor has the same colour in every chart). Call them inside
``with palette.style():``. An empty input (no stance coded, a topic with no
position, an actor with none) gives a figure that says so, never an error.

The x axis of the position charts is the *articles in publication order*,
evenly spaced, each tick giving the article's number, date and outlet (an
inferred date marked ``≈``, with a footnote). Articles
days apart would pile up on a true time axis while months separate others, so
instead a dotted line with the number of days marks every gap of more than
``GAP_DAYS`` between two articles.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from helpers import palette
from helpers.charts.common import (MUTED, article_date, article_source, inferred_footnote, inline as _inline,
                                   plain as _plain, side_label)
from helpers.figures import empty_chart

__all__ = [
    "STANCE_LEVELS",
    "GAP_DAYS",
    "PLOT_COLUMNS",
    "article_slots",
    "side_label",
    "series_colors",
    "draw_positions",
    "position_chart",
    "topic_grid",
    "confusion_heatmap",
]

# Scores of the four stances (helpers.stance.STANCE_SCORES), as the y ticks name them.
STANCE_LEVELS: dict[float, str] = {1.0: "support", 0.5: "conditional", 0.0: "neutral", -1.0: "oppose"}
GAP_DAYS = 14            # a longer gap between two consecutive articles is marked on the x axis
MAX_TICK_LABELS = 24     # more articles than this: only every k-th tick is labelled
SERIES_MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]
MUTED_ALPHA = 1.0
TITLE_INCHES_PER_CHAR = 0.1  # width of a bold chart title, per character (DejaVu Sans at the title size)
PLOT_COLUMNS = ["article_no", "article_id", "date", "x", "topic", "key", "name", "score", "label", "stances",
                "n_statements"]
SLOT_COLUMNS = ["article_no", "article_id", "published", "date", "x", "tick", "inferred"]


def article_slots(articles: pd.DataFrame) -> pd.DataFrame:
    """The x positions: one slot per article in publication order (then article id).

    Columns ``article_no`` (1, 2, ...), ``article_id``, ``published``, ``date``
    (``YYYY-MM-DD``), ``x`` (0, 1, ...), ``tick`` (number and date, then the
    outlet, or the start of the title when the outlet is unknown) and
    ``inferred`` (the date was inferred, marked ``≈`` in the tick).
    """
    if articles is None or articles.empty:
        return pd.DataFrame(columns=SLOT_COLUMNS)
    extra = [c for c in ("outlet", "title", "date_basis") if c in articles.columns]
    data = articles[["article_id", "published", *extra]].copy()
    data["published"] = pd.to_datetime(data["published"])
    data = data.sort_values(["published", "article_id"], kind="stable").drop_duplicates("article_id")
    data = data.reset_index(drop=True)
    data["article_no"] = np.arange(1, len(data) + 1)
    data["date"] = data["published"].dt.strftime("%Y-%m-%d").fillna("no date")
    data["x"] = np.arange(len(data), dtype=float)
    data["tick"] = [_plain(f"{n} · {article_date(row)}\n{article_source(row, width=22)}")
                    for n, (_, row) in zip(data["article_no"], data.iterrows())]
    data["inferred"] = data["date_basis"].eq("inferred") if "date_basis" in data else False
    return data[SLOT_COLUMNS]


def series_colors(keys: Sequence[str], *, by: str, sides: Mapping[str, str] | None = None) -> dict[str, str]:
    """Palette colour of each series: a side's colour (``by="side"``) or an actor's (``by="actor"``)."""
    sides = sides or {}
    if by == "side":
        return {k: palette.side_color(k) for k in keys}
    return {k: palette.actor_color(k, sides.get(k)) for k in keys}


def _key(positions: pd.DataFrame) -> str:
    for col in ("actor_id", "side"):
        if col in positions.columns:
            return col
    raise ValueError("positions table needs an 'actor_id' or a 'side' column (see helpers.stance.positions)")


def _plot_rows(positions: pd.DataFrame, topic: str, slots: pd.DataFrame, who: Sequence[str] | None,
               names: Mapping[str, str]) -> pd.DataFrame:
    """The rows one panel plots: positions on ``topic`` of ``who`` in the slotted articles."""
    if positions is None or positions.empty or slots.empty:
        return pd.DataFrame(columns=PLOT_COLUMNS)
    key = _key(positions)
    data = positions[positions["topic"] == topic]
    if who is not None:
        data = data[data[key].isin(list(who))]
    data = data.merge(slots[["article_id", "article_no", "date", "x"]], on="article_id", how="inner")
    if data.empty:
        return pd.DataFrame(columns=PLOT_COLUMNS)
    order = {k: i for i, k in enumerate(who)} if who is not None else {}
    out = pd.DataFrame({
        "article_no": data["article_no"].astype(int), "article_id": data["article_id"], "date": data["date"],
        "x": data["x"].astype(float), "topic": topic, "key": data[key].astype(str),
        "name": data[key].map(lambda k: names.get(k, k)), "score": data["score"].astype(float),
        "label": data["label"], "stances": data["stances"] if "stances" in data else data["label"],
        "n_statements": data["n_statements"] if "n_statements" in data else 1,
    })
    out["_o"] = out["key"].map(lambda k: order.get(k, len(order)))
    out = out.sort_values(["_o", "key", "x"], kind="stable").drop(columns="_o")
    return out.reset_index(drop=True)[PLOT_COLUMNS]


def _stance_axis(ax: Axes) -> None:
    """Score axis from oppose (−1) to support (+1), ticks named and coloured by stance."""
    ax.set_ylim(-1.3, 1.3)
    ax.set_yticks(list(STANCE_LEVELS), [f"{label} ({score:+g})".replace("-", "−") if score else f"{label} (0)"
                                        for score, label in STANCE_LEVELS.items()])
    ax.axhline(0, color=palette.GRID_COLOR, linewidth=1.2, zorder=0)


def _article_axis(ax: Axes, slots: pd.DataFrame, *, tick_labels: bool = True, numbers_only: bool = False) -> None:
    """Article slots on x: a faint band on every other article, gaps of more than GAP_DAYS marked."""
    if slots.empty:
        return
    ax.set_xlim(-0.6, len(slots) - 0.4)
    step = max(1, int(np.ceil(len(slots) / MAX_TICK_LABELS)))
    labels = [(str(n) if numbers_only else tick) if i % step == 0 else ""
              for i, (n, tick) in enumerate(zip(slots["article_no"], slots["tick"]))]
    ax.set_xticks(slots["x"], labels if tick_labels else [""] * len(slots), fontsize=9)
    ax.grid(axis="x", visible=False)
    if getattr(ax, "_article_axis_drawn", False):
        return
    ax._article_axis_drawn = True  # type: ignore[attr-defined]
    for i in range(1, len(slots), 2):
        ax.axvspan(i - 0.5, i + 0.5, color=palette.GRID_COLOR, alpha=0.3, linewidth=0, zorder=0)
    dates = slots["published"].tolist()
    for i in range(1, len(slots)):
        if pd.isna(dates[i]) or pd.isna(dates[i - 1]):
            continue
        days = (dates[i] - dates[i - 1]).days
        if days > GAP_DAYS:
            ax.axvline(i - 0.5, color=MUTED, alpha=MUTED_ALPHA, linestyle=":", linewidth=1, zorder=1)
            ax.text(i - 0.5, 1.27, f"{days} days", ha="center", va="top", fontsize=9, color=MUTED, alpha=MUTED_ALPHA,
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})


def draw_positions(ax: Axes, rows: pd.DataFrame, slots: pd.DataFrame, colors: Mapping[str, str], *,
                   keys: Sequence[str] | None = None, annotate_mixed: bool = True, marker_size: float = 7,
                   dodge: float = 0.3) -> None:
    """Draw one line with markers per series (``rows`` from the plot data) on a stance axis.

    ``keys`` fixes the series order (and so each series' marker and place);
    by default, the order of ``rows``. Series that share an article are set
    side by side within its slot (``dodge`` = half the spread), so equal
    positions do not hide each other. A ``mixed`` position (more than one
    stance in the article) is a hollow marker, labelled with its stances when
    ``annotate_mixed``.
    """
    _stance_axis(ax)
    keys = list(keys) if keys is not None else list(dict.fromkeys(rows["key"]))
    offsets = np.linspace(-dodge, dodge, len(keys)) if len(keys) > 1 else np.zeros(len(keys))
    for i, k in enumerate(keys):
        part = rows[rows["key"] == k].sort_values("x")
        if part.empty:
            continue
        xs = part["x"].to_numpy(dtype=float) + offsets[i]
        ys = part["score"].to_numpy(dtype=float)
        mixed = (part["label"] == "mixed").to_numpy()
        color = colors.get(k, palette.side_color("other"))
        marker = SERIES_MARKERS[i % len(SERIES_MARKERS)]
        # solid between neighbouring articles, dashed across articles silent on the topic
        slot = part["x"].to_numpy(dtype=float)
        for a in range(len(xs) - 1):
            ax.plot(xs[a:a + 2], ys[a:a + 2], color=color, linewidth=1.8, alpha=0.9, zorder=2,
                    linestyle="-" if slot[a + 1] - slot[a] <= 1 else (0, (4, 2)))
        ax.plot(xs[~mixed], ys[~mixed], linestyle="none", marker=marker, markersize=marker_size, color=color,
                markeredgecolor="white", markeredgewidth=0.8, zorder=3)
        ax.plot(xs[mixed], ys[mixed], linestyle="none", marker=marker, markersize=marker_size,
                markerfacecolor="white", markeredgecolor=color, markeredgewidth=1.8, zorder=3)
        if annotate_mixed:
            right = len(slots) - 1.5  # in the last slot, the text goes to the left of its point
            for x, y, s in zip(xs[mixed], ys[mixed], part["stances"].to_numpy()[mixed]):
                left = x > right
                ax.annotate(f"mixed: {s}", (x, y), xytext=(-5 if left else 5, -4), textcoords="offset points",
                            fontsize=9, color=palette.TEXT_COLOR, va="top", ha="right" if left else "left")
    _article_axis(ax, slots, tick_labels=False)


def _footnote(fig: Figure, *lines: str) -> None:
    """Grey notes under the figure (``bbox_inches="tight"`` keeps them when saved)."""
    text = "\n".join(line for line in lines if line)
    if text:
        fig.text(0.01, 0.0, text, ha="left", va="top", fontsize=9,
                 color=MUTED, transform=fig.transFigure)


def _handles(keys: Sequence[str], colors: Mapping[str, str], names: Mapping[str, str],
             missing: Sequence[str] = ()) -> list[Line2D]:
    """Legend entries: one per series (colour and marker), the ones with no position, and the mixed marker."""
    handles = [Line2D([], [], color=colors.get(k, palette.side_color("other")),
                      marker=SERIES_MARKERS[i % len(SERIES_MARKERS)], markeredgecolor="white", linewidth=1.8,
                      markersize=7, label=_plain(names.get(k, k))) for i, k in enumerate(keys)]
    handles += [Line2D([], [], color="none", label=_plain(f"{names.get(k, k)}: no position")) for k in missing]
    handles.append(Line2D([], [], color=MUTED, marker="o", markerfacecolor="white", linestyle="none",
                          markeredgewidth=1.5, label="hollow = mixed stances"))
    handles.append(Line2D([], [], color=MUTED, linestyle=(0, (4, 2)), label="dashed = silent in between"))
    return handles


def position_chart(panels: Sequence[tuple[str, pd.DataFrame, Sequence[str] | None]], topic: str,
                   articles: pd.DataFrame, *, names: Mapping[str, str] | None = None,
                   sides: Mapping[str, str] | None = None, topic_label: str | None = None,
                   title: str | None = None) -> tuple[Figure, pd.DataFrame]:
    """The headline chart: positions on one topic over the articles, one panel per table.

    ``panels`` holds ``(panel title, positions table, series to show or None
    for all)``; a table with ``side`` gives side colours, one with
    ``actor_id`` actor colours (``sides`` maps actor ids to sides for actors
    without a colour of their own). ``names`` gives display names of actors.
    Returns the figure and the plotted rows (``panel`` first, then
    :data:`PLOT_COLUMNS`).
    """
    names = dict(names or {})
    slots = article_slots(articles)
    label = topic_label or topic
    title = title or f"Positions on {_inline(label)}, article by article"
    parts, columns = [], ["panel"] + PLOT_COLUMNS
    for panel, table, who in panels:
        side_names = {s: side_label(s) for s in table["side"].unique()} if "side" in table and len(table) else {}
        shown = {**names, **side_names}
        rows = _plot_rows(table, topic, slots, who, shown)
        parts.append((panel, table, who, rows, shown))
    data = pd.concat([r.assign(panel=p)[columns] for p, _, _, r, _ in parts if len(r)], ignore_index=True) \
        if any(len(r) for *_, r, _ in parts) else pd.DataFrame(columns=columns)
    if data.empty:
        why = "no article" if slots.empty else f"no position on {_inline(label)} was coded for the sides or actors shown"
        return empty_chart(_plain(f"Nothing to plot: {why}."), title=_plain(title), figsize=(9, 2.5)), data
    fig, axes = plt.subplots(len(parts), 1, figsize=(max(9.0, 1.9 * len(slots) + 3.5), 3.4 * len(parts) + 1.0),
                             sharex=True, squeeze=False)
    for ax, (panel, table, who, rows, shown) in zip(axes[:, 0], parts):
        by = "side" if "side" in table.columns else "actor"
        keys = list(dict.fromkeys(rows["key"]))
        colors = series_colors(keys, by=by, sides=sides)
        missing = [k for k in (who or []) if k not in set(keys)]
        if rows.empty:
            _stance_axis(ax)
            _article_axis(ax, slots, tick_labels=False)
            ax.text(0.5, 0.5, _plain(f"No position on {_inline(label)} coded for these "
                                     f"{'sides' if by == 'side' else 'actors'}."),
                    transform=ax.transAxes, ha="center", va="center", color=MUTED, alpha=MUTED_ALPHA)
        else:
            draw_positions(ax, rows, slots, colors)
        ax.legend(handles=_handles(keys, colors, shown, missing), loc="upper left", bbox_to_anchor=(1.01, 1.0),
                  frameon=False, fontsize=9.5)
        ax.set_title(_plain(panel), loc="left", fontsize=11)
    _article_axis(axes[-1, 0], slots)
    fig.suptitle(_plain(title), x=0.02, ha="left", fontsize=13, fontweight="bold")
    fig.tight_layout(rect=(0, 0, 1, 0.97))
    _footnote(fig, "Score: mean of the article's statements (support +1, conditional +0.5, neutral 0, oppose −1). "
              "Articles in publication order, evenly spaced.", inferred_footnote(articles))
    return fig, data


def topic_grid(positions: pd.DataFrame, topics: Sequence[str], articles: pd.DataFrame, *,
               who: Sequence[str] | None = None, names: Mapping[str, str] | None = None,
               sides: Mapping[str, str] | None = None, topic_labels: Mapping[str, str] | None = None,
               ncols: int = 2, title: str = "Positions on each proposal") -> tuple[Figure, pd.DataFrame]:
    """Small multiples: one panel per topic (in the order given), the same series and axes in each.

    A topic nobody took a position on keeps its panel, with a note. Ticks are
    article numbers; the key under the chart maps them to dates and ids.
    Returns the figure and the plotted rows (:data:`PLOT_COLUMNS`).
    """
    names = dict(names or {})
    topic_labels = dict(topic_labels or {})
    slots = article_slots(articles)
    by = "side" if positions is not None and "side" in positions.columns else "actor"
    if by == "side" and positions is not None and len(positions):
        names = {**names, **{s: side_label(s) for s in positions["side"].unique()}}
    rows = {t: _plot_rows(positions, t, slots, who, names) for t in topics}
    data = pd.concat([r for r in rows.values() if len(r)], ignore_index=True) \
        if any(len(r) for r in rows.values()) else pd.DataFrame(columns=PLOT_COLUMNS)
    if data.empty or not topics:
        why = "no topic" if not topics else "no article" if slots.empty else "no position was coded on any topic"
        return empty_chart(_plain(f"Nothing to plot: {why}."), title=_plain(title), figsize=(9, 2.5)), data
    keys = list(dict.fromkeys(data["key"]))
    if who is not None:
        keys = [k for k in who if k in set(keys)]
    colors = series_colors(keys, by=by, sides=sides)
    ncols = max(1, min(ncols, len(topics)))
    nrows = int(np.ceil(len(topics) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(3.6 * ncols + 3.4, 2.7 * nrows + 1.0), sharex=True, sharey=True,
                             squeeze=False)
    for i, ax in enumerate(axes.flat):
        if i >= len(topics):
            ax.axis("off")
            continue
        topic = topics[i]
        part = rows[topic]
        if part.empty:
            _stance_axis(ax)
            _article_axis(ax, slots, tick_labels=False)
            ax.text(0.5, 0.5, "no position coded", transform=ax.transAxes, ha="center", va="center",
                    color=MUTED, alpha=MUTED_ALPHA, fontsize=10)
        else:
            # the same series order (so the same marker and place) in every panel
            draw_positions(ax, part, slots, colors, keys=keys, annotate_mixed=False, marker_size=7)
        ax.set_title(_plain(topic_labels.get(topic, topic)), loc="left", fontsize=11)
        if i % ncols:
            ax.tick_params(axis="y", labelleft=False)
    for ax in axes[-1, :]:
        _article_axis(ax, slots, numbers_only=True)
    # panels in the last row that are switched off leave the row above without labels
    for j in range(ncols):
        for r in range(nrows - 1, -1, -1):
            if r * ncols + j < len(topics):
                _article_axis(axes[r, j], slots, numbers_only=True)
                axes[r, j].tick_params(axis="x", labelbottom=True)
                break
    missing = [k for k in (who or []) if k not in set(keys)]
    fig.legend(handles=_handles(keys, colors, names, missing), loc="upper left", bbox_to_anchor=(0.80, 0.93),
               frameon=False, fontsize=9.5)
    fig.suptitle(_plain(title), x=0.02, ha="left", fontsize=13, fontweight="bold")
    fig.tight_layout(rect=(0, 0, 0.80, 0.96))
    key = ["Articles:"] + [f"{n} = {t}".replace("\n", " · ") for n, t in
                           zip(slots["article_no"], slots["tick"].str.split(" · ", n=1).str[1])]
    _footnote(fig, "\n".join(key), inferred_footnote(articles))
    return fig, data


def confusion_heatmap(confusion: pd.DataFrame, *, title: str = "Hand coding against machine coding",
                      row_label: str = "hand-coded", column_label: str = "machine",
                      empty: str = "Nothing to compare: neither side coded a stance.") -> tuple[Figure, pd.DataFrame]:
    """Heatmap of a confusion matrix (rows: hand coding, columns: machine), counts written in the cells.

    The diagonal (agreement) is outlined; the ``none`` x ``none`` cell (cells
    neither side coded, never counted) says so. Returns the figure and the plotted
    counts in long form (``row_label, column_label, cells``). ``empty`` is the
    note drawn when there is nothing to count. The figure is wide enough for its title.
    """
    columns = [row_label, column_label, "cells"]
    if confusion is None or confusion.empty or not np.asarray(confusion.to_numpy(), dtype=float).sum():
        return empty_chart(empty, title=title, figsize=(max(7.0, TITLE_INCHES_PER_CHAR * len(title) + 1.0), 2.5)), \
            pd.DataFrame(columns=columns)
    matrix = confusion.copy()
    matrix.index = [str(i) for i in matrix.index]
    matrix.columns = [str(c) for c in matrix.columns]
    values = matrix.to_numpy(dtype=float)
    data = (matrix.rename_axis(index=row_label, columns=column_label).stack().rename("cells").reset_index())
    data["cells"] = data["cells"].astype(int)
    # the title is centred over the axes, which start about 1.6 in from the left edge (row labels)
    width = max(1.0 * matrix.shape[1] + 2.8, TITLE_INCHES_PER_CHAR * len(title) + 1.8)
    fig, ax = plt.subplots(figsize=(width, 0.75 * matrix.shape[0] + 1.8))
    ax.imshow(np.ma.masked_equal(values, 0), cmap=palette.SEQUENTIAL_CMAP, vmin=0, vmax=max(1.0, values.max()),
              aspect="auto")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=30, ha="right")
    ax.set_yticks(range(matrix.shape[0]), matrix.index)
    ax.set_xlabel(column_label)
    ax.set_ylabel(row_label)
    top = values.max()
    for (i, j), n in np.ndenumerate(values):
        if matrix.index[i] == matrix.columns[j] == "none":
            # cells neither side coded are not counted at all
            ax.text(j, i, "not\ncounted", ha="center", va="center", fontsize=9, color=MUTED, alpha=MUTED_ALPHA)
            continue
        ax.text(j, i, str(int(n)), ha="center", va="center", fontsize=10,
                color="white" if n > 0.6 * top else palette.TEXT_COLOR, alpha=1.0 if n else 0.45)
        if matrix.index[i] == matrix.columns[j] and matrix.index[i] != "none":
            ax.add_patch(plt.Rectangle((j - 0.5, i - 0.5), 1, 1, fill=False, edgecolor=palette.TEXT_COLOR,
                                       linewidth=1.2))
    ax.grid(False)
    ax.set_title(title)
    fig.tight_layout()
    return fig, data
