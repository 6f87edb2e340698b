"""Charts of notebook 03: who is quoted, how much, by side and by speaker, against how often named.

Each function returns ``(figure, plotted_data)``; an empty input gives a figure
with a note, never an error.
"""

from __future__ import annotations

from typing import Mapping

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from helpers import palette
from helpers.charts.common import article_labels, article_order, footnote, inferred_footnote, plain
from helpers.charts.mentions import side_share_bars
from helpers.figures import empty_chart

__all__ = ["NO_SPEAKER", "OTHER_SPEAKERS", "quote_shares_by_side", "quote_shares_by_actor", "mentions_vs_quotes"]

NO_SPEAKER = "(no speaker)"           # helpers.quotes.UNATTRIBUTED
OTHER_SPEAKERS = "other speakers"
HATCHES = [None, "..", "xx", "\\\\", "++"]


def quote_shares_by_side(by_side: pd.DataFrame, articles: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Each side's share of an article's quoted words (``helpers.quotes.quote_shares(by="side")``).

    Plotted data: the table as given. Quotes without a speaker are their own
    grey part, "No speaker found".
    """
    title = "Share of quoted words by side"
    if by_side is None or by_side.empty:
        return empty_chart("No quotation in the corpus.", title=title), by_side
    order = article_order(articles)
    side_order = [s for s in [*palette.SIDE_COLORS, "unknown"] if s in set(by_side["side"])]
    wide = (by_side.pivot_table(index="article_id", columns="side", values="share", aggfunc="sum", fill_value=0)
            .reindex(index=order, columns=side_order, fill_value=0))
    totals = by_side.groupby("article_id")[["quoted_words", "share_of_text"]].sum().reindex(order)
    notes = ["no quotes" if pd.isna(w) else f"{int(w)} words ({s:.0%} of text)"
             for w, s in zip(totals["quoted_words"], totals["share_of_text"])]
    fig = side_share_bars(wide, articles, notes=notes, title=title, xlabel="share of the article's quoted words",
                          xmax=1.45)
    return fig, by_side


def quote_shares_by_actor(by_actor: pd.DataFrame, articles: pd.DataFrame, *, names: Mapping[str, str],
                          sides: Mapping[str, str], top: int = 8,
                          no_speaker: str = NO_SPEAKER) -> tuple[Figure, pd.DataFrame]:
    """Each speaker's share of an article's quoted words; speakers past the ``top`` most quoted are grouped.

    A speaker has their side's colour; speakers of the same side are told apart
    by hatching. Plotted data: ``article_id, published, speaker, speaker_name,
    side, quotes, quoted_words, share, share_of_text``.
    """
    title = "Share of quoted words by actor"
    if by_actor is None or by_actor.empty:
        return empty_chart("No quotation in the corpus.", title=title), by_actor
    ranked = (by_actor[by_actor["actor_id"] != no_speaker].groupby("actor_id")["quoted_words"].sum()
              .sort_values(ascending=False, kind="stable"))
    keep = list(ranked.index[:top])
    data = by_actor.assign(speaker=by_actor["actor_id"].where(by_actor["actor_id"].isin(keep + [no_speaker]),
                                                              OTHER_SPEAKERS))
    data["speaker_name"] = data["speaker"].map(names).fillna(data["speaker"])
    speakers = keep + [s for s in (OTHER_SPEAKERS, no_speaker) if s in set(data["speaker"])]
    order = article_order(articles)
    wide = (data.pivot_table(index="article_id", columns="speaker", values="share", aggfunc="sum", fill_value=0)
            .reindex(index=order, columns=speakers, fill_value=0))
    labels = article_labels(articles)
    fig, ax = plt.subplots(figsize=(10, 0.6 * len(wide) + 1.8))
    left = np.zeros(len(wide))
    used: dict[str, int] = {}
    for speaker in speakers:
        grouped = speaker in (OTHER_SPEAKERS, no_speaker)
        colour = palette.UNKNOWN_COLOR if grouped else palette.actor_color(speaker, sides.get(speaker))
        n = used[colour] = used.get(colour, -1) + 1
        hatch = "//" if speaker == no_speaker else HATCHES[n % len(HATCHES)]
        label = "no speaker found" if speaker == no_speaker else names.get(speaker, speaker)
        ax.barh(range(len(wide)), wide[speaker].to_numpy(dtype=float), left=left, color=colour, hatch=hatch,
                label=plain(label), edgecolor="white", linewidth=0.5)
        left += wide[speaker].to_numpy(dtype=float)
    ax.set_yticks(range(len(wide)), [labels.get(a, a) for a in wide.index])
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of the article's quoted words")
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, title="colour = side",
              title_fontsize=9.5)
    fig.tight_layout()
    footnote(fig, inferred_footnote(articles))
    data = data[["article_id", "published", "speaker", "speaker_name", "side", "quotes", "quoted_words", "share",
                 "share_of_text"]]
    return fig, data


def mentions_vs_quotes(people: pd.DataFrame) -> tuple[Figure, pd.DataFrame]:
    """Name mentions of each person (bars), solid when quoted (with the number of quotations), pale when never.

    ``people`` is ``helpers.quotes.actor_coverage`` restricted to persons. Plotted
    data: ``actor_id, name, side, mentions, quotes, quoted_words, quoted``.
    """
    columns = ["actor_id", "name", "side", "mentions", "quotes", "quoted_words", "quoted"]
    title = "Name mentions and quotations per person"
    if people is None or people.empty:
        return empty_chart("No person is named in the corpus.", title=title), pd.DataFrame(columns=columns)
    data = people[columns].reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(9, 0.38 * len(data) + 1.6))
    colours = [to_rgba(palette.actor_color(a, s), 1.0 if q else 0.3)
               for a, s, q in zip(data["actor_id"], data["side"], data["quoted"])]
    ax.barh(range(len(data)), data["mentions"], color=colours)
    for i, (m, q) in enumerate(zip(data["mentions"], data["quotes"])):
        ax.text(m, i, f"  {q} quote{'s' if q != 1 else ''}" if q else "  never quoted", va="center", fontsize=9.5)
    ax.set_yticks(range(len(data)), [plain(n) for n in data["name"]])
    ax.invert_yaxis()
    ax.set_xlim(0, data["mentions"].max() * 1.3 + 1)
    ax.set_xlabel("name mentions in the corpus")
    ax.set_title(title)
    ax.grid(axis="y", visible=False)
    fig.tight_layout()
    footnote(fig, "Bar colour = the person's side; pale bars: never quoted.")
    return fig, data
