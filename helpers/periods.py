"""Views by period for large corpora: which period, and the tables the period charts plot.

Up to :data:`SCALE_FROM` articles the notebooks show every article (a column or
a bar each). Above it a chart with one column per article is unreadable, so the
notebooks group articles by **period**: a day, a week (starting Monday) or a
month, chosen from the date span so that there are at most about
:data:`MAX_PERIODS` of them (:func:`choose_period`), or set by the notebook's
``PERIOD`` parameter. Every table here keeps the number of statements,
mentions or articles behind each point, so a reader can tell a share of 3
statements from one of 300.

Positions by period are the **share supporting**: of a side's statements on a
topic in the period that take a side (support, conditional support or
opposition; neutral statements are counted but left out of the share),
the share that support it (conditional support counts as support). The band
around it is the 95% Wilson score interval, which stays inside 0-100% and
widens honestly when there are few statements.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

__all__ = ["SCALE_FROM", "MAX_PERIODS", "PERIODS", "PeriodError", "resolve_period", "choose_period",
           "period_start", "period_label", "with_period", "wilson", "stance_shares", "top_by_period",
           "count_by_period", "share_by_period"]

SCALE_FROM = 30          # more articles than this: views by period instead of per article
MAX_PERIODS = 31         # a chosen period gives at most about this many points on a chart
PERIODS = ("day", "week", "month")
ARTICLE = "article"      # PERIOD = "article": per-article views whatever the corpus size
SUPPORTING = ("support", "conditional")
TAKING_SIDES = ("support", "conditional", "oppose")
Z95 = 1.959963984540054


class PeriodError(ValueError):
    """A PERIOD parameter that is not one of day, week, month, article or None."""


def choose_period(dates: pd.Series | Sequence) -> str:
    """The finest of day, week, month that gives at most :data:`MAX_PERIODS` periods over the dates."""
    dates = pd.to_datetime(pd.Series(list(dates)), errors="coerce").dropna()
    if dates.empty:
        return "month"
    for period in PERIODS:
        if period_start(dates, period).nunique() <= MAX_PERIODS:
            return period
    return "month"


def resolve_period(articles: pd.DataFrame, period: str | None = None, *, scale_from: int = SCALE_FROM) -> str | None:
    """The period the views use: ``None`` for per-article views (``scale_from`` articles or fewer, or
    ``period="article"``), else ``period`` or the one :func:`choose_period` picks."""
    if period is not None and period not in (*PERIODS, ARTICLE):
        raise PeriodError(f"PERIOD must be one of {', '.join(PERIODS)}, {ARTICLE!r} or None, got {period!r}")
    if period == ARTICLE or articles is None or len(articles) <= scale_from:
        return None
    return period or choose_period(articles["published"])


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """The first day of each date's period (weeks start on Monday)."""
    dates = pd.to_datetime(dates).dt.normalize()
    if period == "day":
        return dates
    if period == "week":
        return dates - pd.to_timedelta(dates.dt.weekday, unit="D")
    if period == "month":
        return dates - pd.to_timedelta(dates.dt.day - 1, unit="D")
    raise PeriodError(f"unknown period {period!r}")


def period_label(start: pd.Timestamp, period: str) -> str:
    """``3 Mar 2025`` (day), ``wk of 3 Mar 2025`` (week), ``Mar 2025`` (month)."""
    start = pd.Timestamp(start)
    if period == "month":
        return f"{start:%b %Y}"
    return ("wk of " if period == "week" else "") + f"{start.day} {start:%b %Y}"


def with_period(rows: pd.DataFrame, articles: pd.DataFrame, period: str) -> pd.DataFrame:
    """``rows`` (each with an ``article_id``) plus ``period``: the start of its article's period."""
    published = pd.to_datetime(articles.set_index("article_id")["published"])
    starts = period_start(published, period)
    return rows.assign(period=rows["article_id"].map(starts).astype("datetime64[ns]"))


def wilson(k, n, z: float = Z95) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval of ``k`` successes in ``n`` trials (arrays); NaN where ``n`` is 0."""
    k, n = np.asarray(k, dtype=float), np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    lo, hi = np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)
    return np.where(n > 0, lo, np.nan), np.where(n > 0, hi, np.nan)


def stance_shares(statements: pd.DataFrame, articles: pd.DataFrame, period: str, *, key: str = "side",
                  topics: Sequence[str] = (), who: Sequence[str] = ()) -> pd.DataFrame:
    """Share supporting per period x ``key`` (``side`` or ``actor_id``) x topic, with its Wilson band.

    Columns: ``period, label, <key>, topic, statements, taking_sides, supporting, share_supporting,
    low, high`` (``statements`` counts neutral ones too). Rows in period, key and topic order.
    """
    columns = ["period", "label", key, "topic", "statements", "taking_sides", "supporting", "share_supporting",
               "low", "high"]
    data = statements
    if topics:
        data = data[data["topic"].isin(list(topics))]
    if who:
        data = data[data[key].isin(list(who))]
    if data.empty:
        return pd.DataFrame(columns=columns)
    data = with_period(data, articles, period).assign(
        _side=lambda d: d["stance"].isin(TAKING_SIDES).astype(int),
        _sup=lambda d: d["stance"].isin(SUPPORTING).astype(int))
    out = (data.groupby(["period", key, "topic"]).agg(statements=("stance", "size"), taking_sides=("_side", "sum"),
                                                      supporting=("_sup", "sum")).reset_index())
    with np.errstate(invalid="ignore", divide="ignore"):
        out["share_supporting"] = np.where(out["taking_sides"] > 0, out["supporting"] / out["taking_sides"], np.nan)
    out["low"], out["high"] = wilson(out["supporting"], out["taking_sides"])
    out["label"] = [period_label(p, period) for p in out["period"]]
    order = {t: i for i, t in enumerate(topics)}
    out["_t"] = out["topic"].map(lambda t: order.get(t, len(order)))
    out = out.sort_values(["period", key, "_t", "topic"], kind="stable").drop(columns="_t")
    return out[columns].round({"share_supporting": 3, "low": 3, "high": 3}).reset_index(drop=True)


def count_by_period(rows: pd.DataFrame, articles: pd.DataFrame, period: str, *, by: str,
                    value: str | None = None) -> pd.DataFrame:
    """``rows`` summed per period x ``by`` (``value`` column, or a row count): ``period, label, <by>, value``."""
    data = with_period(rows, articles, period)
    grouped = data.groupby(["period", by])
    out = (grouped[value].sum() if value else grouped.size()).rename("value").reset_index()
    out["label"] = [period_label(p, period) for p in out["period"]]
    return out[["period", "label", by, "value"]].sort_values(["period", by], kind="stable").reset_index(drop=True)


def share_by_period(rows: pd.DataFrame, articles: pd.DataFrame, period: str, *, by: str, value: str) -> pd.DataFrame:
    """Each ``by`` group's share of the period's ``value`` total: ``period, label, <by>, value, total, share``."""
    out = count_by_period(rows, articles, period, by=by, value=value)
    out["total"] = out.groupby("period")["value"].transform("sum")
    out["share"] = (out["value"] / out["total"].where(out["total"] > 0)).round(3)
    return out


def top_by_period(counts: pd.DataFrame, articles: pd.DataFrame, period: str, *, by: str = "actor_id",
                  value: str = "mentions", top: int = 15) -> pd.DataFrame:
    """The ``top`` groups over the whole corpus, and their ``value`` in each period.

    Columns: ``period, label, <by>, value, rank`` (rank 1 = largest total; ties by id).
    Every period x group pair is present (zero when absent), so the table is the full grid a heatmap shows.
    """
    columns = ["period", "label", by, "value", "rank"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    totals = counts.groupby(by)[value].sum().reset_index().sort_values([value, by], ascending=[False, True],
                                                                         kind="stable")
    keep = list(totals[by].head(top))
    per = count_by_period(counts[counts[by].isin(keep)], articles, period, by=by, value=value)
    periods = sorted(set(period_start(articles["published"], period)))
    grid = pd.MultiIndex.from_product([periods, keep], names=["period", by])
    out = per.set_index(["period", by])["value"].reindex(grid, fill_value=0).reset_index()
    out["label"] = [period_label(p, period) for p in out["period"]]
    out["rank"] = out[by].map({a: i + 1 for i, a in enumerate(keep)})
    return out[columns].astype({"value": "int64"})
