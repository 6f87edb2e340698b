"""Position shifts: how an actor's (or side's) position on a topic moves from article to article.

Input is the ``positions`` table of :func:`helpers.stance.positions` (one row per
article x actor-or-side x topic with ``published``, ``score`` in [-1, 1],
``label`` and ``evidence``). "Consecutive" means consecutive among the articles
in which that actor has a position on that topic: an article that is silent on
it is not read as a change.
"""

from __future__ import annotations

import pandas as pd

__all__ = ["key_column", "what_changed", "timeline"]

CHANGE_COLUMNS = [
    "topic", "from_article", "from_date", "from_label", "from_score", "from_evidence",
    "to_article", "to_date", "to_label", "to_score", "to_evidence", "score_change",
]


def key_column(positions: pd.DataFrame) -> str:
    """``actor_id`` for actor positions, ``side`` for side positions."""
    for col in ("actor_id", "side"):
        if col in positions.columns:
            return col
    raise ValueError("positions table needs an 'actor_id' or a 'side' column")


def _ordered(positions: pd.DataFrame) -> pd.DataFrame:
    return positions.sort_values(["published", "article_id"], kind="stable")


def what_changed(positions: pd.DataFrame, *, topics: list[str] | None = None) -> pd.DataFrame:
    """Every change of label between consecutive articles, with both evidence sentences."""
    key = key_column(positions)
    columns = [key] + CHANGE_COLUMNS
    if positions.empty:
        return pd.DataFrame(columns=columns)
    data = positions if topics is None else positions[positions["topic"].isin(topics)]
    rows = []
    for (who, topic), group in data.groupby([key, "topic"], sort=True):
        previous = None
        for row in _ordered(group).itertuples(index=False):
            if previous is not None and row.label != previous.label:
                rows.append({
                    key: who, "topic": topic,
                    "from_article": previous.article_id, "from_date": previous.published,
                    "from_label": previous.label, "from_score": previous.score,
                    "from_evidence": previous.evidence,
                    "to_article": row.article_id, "to_date": row.published,
                    "to_label": row.label, "to_score": row.score, "to_evidence": row.evidence,
                    "score_change": round(float(row.score) - float(previous.score), 3),
                })
            previous = row
    out = pd.DataFrame(rows, columns=columns)
    if not out.empty:
        order = {t: i for i, t in enumerate(topics or sorted(out["topic"].unique()))}
        out = (out.assign(_t=out["topic"].map(order)).sort_values(["_t", key, "to_date", "to_article"], kind="stable")
               .drop(columns="_t").reset_index(drop=True))
    return out


def timeline(positions: pd.DataFrame, topic: str, *, who: list[str] | None = None) -> pd.DataFrame:
    """Plot data for one topic: one row per article x actor (or side) with a position."""
    key = key_column(positions)
    data = positions[positions["topic"] == topic]
    if who is not None:
        data = data[data[key].isin(who)]
    cols = ["published", "article_id", key, "score", "label", "n_statements", "evidence"]
    cols = [c for c in cols if c in data.columns]
    return _ordered(data)[cols].reset_index(drop=True)
