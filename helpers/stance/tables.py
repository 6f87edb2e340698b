"""The stance tables a notebook reads: coded statements, positions (article x actor x topic), the matrix.

They take plain objects (an analysis with ``.articles`` and ``.tables``, an
actor -> side mapping, a topic order), so they neither read codebooks nor run
the pipeline: the caller has those already.
"""

from __future__ import annotations

from typing import Iterable, Mapping, Protocol, Sequence

import pandas as pd

from helpers.provisional import actor_sides
from helpers.stance.labels import STANCE_COLUMNS, STANCE_SCORES, STANCES, STATEMENT_COLUMNS

__all__ = ["extract_stances", "positions", "stance_matrix"]


class AnalysisLike(Protocol):
    articles: pd.DataFrame
    tables: dict[str, pd.DataFrame]


def extract_stances(analysis: AnalysisLike, *, sides: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per coded statement: ``STATEMENT_COLUMNS`` (``published`` and ``side`` added).

    ``analysis`` is an :class:`helpers.pipeline.Analysis` (anything with
    ``.articles`` and ``.tables``); ``sides`` maps actor_id -> side (an actor
    not in it is ``other``; default: the analysis's codebooks and its
    provisional actors, who are marked in the ``provisional`` column). Ordered by article date, article id, sentence,
    then as coded within the sentence.
    """
    if sides is None:
        sides = actor_sides(analysis)
    table = analysis.tables.get("stances", pd.DataFrame(columns=STANCE_COLUMNS))
    arts = analysis.articles
    published = dict(zip(arts["article_id"], pd.to_datetime(arts["published"]))) if len(arts) else {}
    out = table.copy()
    for col in STANCE_COLUMNS:
        if col not in out.columns:
            out[col] = pd.Series(dtype=object)
    out["published"] = pd.to_datetime(out["article_id"].map(published))
    out["side"] = out["actor_id"].map(dict(sides)).fillna("other")
    prov = analysis.tables.get("provisional")
    out["provisional"] = out["actor_id"].isin(set(prov["actor_id"]) if prov is not None else set())
    order = {aid: i for i, aid in enumerate(arts.sort_values(["published", "article_id"], kind="stable")["article_id"])} \
        if len(arts) else {}
    out["_o"] = out["article_id"].map(order)
    out["_r"] = range(len(out))
    out = out.sort_values(["_o", "sent_id", "_r"], kind="stable").drop(columns=["_o", "_r"])
    out = out[STATEMENT_COLUMNS].reset_index(drop=True)
    out["sent_id"] = out["sent_id"].astype("int64")
    out["negated"] = out["negated"].astype(bool)
    return out


def _label(stances: Iterable[str]) -> str:
    distinct = sorted(set(stances), key=STANCES.index)
    return distinct[0] if len(distinct) == 1 else "mixed"


def _typed_positions(table: pd.DataFrame) -> pd.DataFrame:
    """Column types that hold for an empty table too (a barren corpus still plots)."""
    return table.astype({"published": "datetime64[ns]", "n_statements": "int64", "score": "float64",
                         "article_id": object, "topic": object, "label": object, "stances": object,
                         "evidence": object, "cue": object, "rule": object})


def positions(stances: pd.DataFrame, *, by: str = "actor", topic_order: Sequence[str] = ()) -> pd.DataFrame:
    """One row per article x actor (``by="actor"``) or side (``by="side"``) x topic.

    Columns: ``article_id, published, actor_id`` (or ``side``) ``, topic,
    n_statements, score, label, stances, evidence, cue, rule``.

    * ``score`` is the mean of the statements' scores: support = +1,
      conditional = +0.5 (support tied to a condition leans towards support),
      neutral = 0, oppose = -1; always in [-1, 1].
    * ``label`` is the stance when all statements agree, else ``mixed``;
      ``stances`` lists the distinct stances ("support+conditional").
    * ``evidence`` (with its ``cue`` and ``rule``) is the most decisive
      statement: the strongest stance (|score| largest), first in the article
      on a tie; for a unanimous cell that is simply its first sentence.

    Rows are ordered by article date, article id, actor (or side), and topic in
    ``topic_order`` (the order of ``topics.yaml``; topics not in it come after,
    alphabetically).
    """
    if by not in ("actor", "side"):
        raise ValueError(f"by must be 'actor' or 'side', got {by!r}")
    key = "actor_id" if by == "actor" else "side"
    columns = ["article_id", "published", key, "topic", "n_statements", "score", "label", "stances", "evidence",
               "cue", "rule"]
    if stances is None or stances.empty:
        return _typed_positions(pd.DataFrame(columns=columns))
    missing = [c for c in ("article_id", key, "topic", "stance", "evidence") if c not in stances.columns]
    if missing:
        raise ValueError(f"stances table lacks column(s) {', '.join(missing)}; use extract_stances()")
    data = stances.copy()
    unknown = sorted(set(data["stance"]) - set(STANCES))
    if unknown:
        raise ValueError(f"unknown stance label(s) {', '.join(map(str, unknown))}; expected {', '.join(STANCES)}")
    if "published" not in data.columns:
        data["published"] = pd.NaT
    if "sent_id" not in data.columns:
        data["sent_id"] = range(len(data))
    for col in ("cue", "rule"):
        if col not in data.columns:
            data[col] = ""
    data["_score"] = data["stance"].map(STANCE_SCORES)
    data["_strength"] = -data["_score"].abs()
    data["_row"] = range(len(data))
    cell = ["article_id", key, "topic"]
    groups = data.groupby(cell, sort=False)
    agg = groups.agg(published=("published", "first"), n_statements=("stance", "size"), score=("_score", "mean"))
    bits = {s: 1 << i for i, s in enumerate(STANCES)}
    present = (data.drop_duplicates(cell + ["stance"]).assign(_bit=lambda d: d["stance"].map(bits))
               .groupby(cell, sort=False)["_bit"].sum())
    best = (data.sort_values(["_strength", "sent_id", "_row"], kind="stable")
            .drop_duplicates(cell, keep="first").set_index(cell)[["evidence", "cue", "rule"]])
    agg = agg.join(present.rename("_bits")).join(best).reset_index()
    found = {m: [s for s in STANCES if m & bits[s]] for m in set(agg["_bits"])}
    agg["score"] = [round(float(v), 3) for v in agg["score"]]
    agg["n_statements"] = agg["n_statements"].astype("int64")
    agg["label"] = [found[m][0] if len(found[m]) == 1 else "mixed" for m in agg["_bits"]]
    agg["stances"] = ["+".join(found[m]) for m in agg["_bits"]]
    out = _typed_positions(agg[columns])
    topic_rank = {t: i for i, t in enumerate(topic_order)}
    out["_t"] = out["topic"].map(lambda t: topic_rank.get(t, len(topic_rank)))
    out = out.sort_values(["published", "article_id", key, "_t", "topic"], kind="stable").drop(columns="_t")
    return out.reset_index(drop=True)


def stance_matrix(stances: pd.DataFrame, *, by: str = "actor", topic_order: Sequence[str] = ()) -> pd.DataFrame:
    """Actor (or side) x topic: the mean score over all the articles' positions (NaN where none)."""
    pos = positions(stances, by=by, topic_order=topic_order)
    key = "actor_id" if by == "actor" else "side"
    if pos.empty:
        return pd.DataFrame()
    matrix = pos.pivot_table(index=key, columns="topic", values="score", aggfunc="mean")
    order = [t for t in topic_order if t in matrix.columns]
    order += sorted(c for c in matrix.columns if c not in order)
    return matrix[order].sort_index()
