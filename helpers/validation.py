"""Compare the machine's stance coding with the hand-coded annotations.

The unit is the *cell* ``article_id x actor_id x topic``. Each side gives a cell
a label: its stance, ``mixed`` when it coded more than one stance there, or
``none`` when it coded nothing. From the cells come precision and recall of the
coded ``(cell, stance)`` pairs, Cohen's kappa over the cell labels, a confusion
matrix, and every disagreement with both sides' evidence, so a reader can judge
each one.

To read a comparison: :func:`explain` gives each disagreement its kind
(:data:`DISAGREEMENT_KINDS`: missed, machine only, only some of the stances...),
:func:`kind_counts` counts them, :func:`by_group` repeats the comparison per
topic (or article), :func:`side_rows` lifts both codings to the level of sides,
:func:`evidence_problems` lists hand-coded excerpts not found in their article,
and :func:`summary` states the figures in sentences built from the numbers.
"""

from __future__ import annotations

import csv
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from helpers import config
from helpers.corpus import analysed_text

__all__ = [
    "AnnotationError", "STANCES", "CELL", "ANNOTATION_COLUMNS", "load_annotations", "cell_labels", "cohen_kappa",
    "Comparison", "compare", "evidence_problems", "side_rows", "by_group", "DISAGREEMENT_KINDS", "disagreement_kind",
    "explain", "kind_counts", "summary", "article_counts", "bootstrap_f1", "f1_interval",
]

STANCES = ["support", "conditional", "neutral", "oppose"]
LABELS = STANCES + ["mixed", "none"]
CELL = ["article_id", "actor_id", "topic"]
ANNOTATION_COLUMNS = ["article_id", "actor_id", "topic", "stance", "evidence"]


class AnnotationError(ValueError):
    """The annotations file is unusable; the message names the file and row."""


def load_annotations(path: Path | str | None = None, *, corpus_dir: Path | str | None = None,
                     articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read ``annotations/stances.csv``, checking columns and stance labels.

    With ``articles`` given, unknown article ids are an error, and evidence that is
    not found in the article text is warned about (it may quote a dropped line).
    """
    path = Path(path) if path else Path(corpus_dir or config.CORPUS_DIR) / "annotations" / "stances.csv"
    if not path.exists():
        raise AnnotationError(f"{path}: annotations file not found")
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            fields = [f.strip() for f in (reader.fieldnames or [])]
    except UnicodeDecodeError as exc:
        raise AnnotationError(f"{path}: not UTF-8 (byte offset {exc.start})") from None
    table = pd.DataFrame([list(r.values())[: len(fields)] for r in rows], columns=fields)
    missing = [c for c in ANNOTATION_COLUMNS if c not in table.columns]
    if missing:
        raise AnnotationError(f"{path}: missing column(s) {', '.join(missing)}")
    table = table[ANNOTATION_COLUMNS].map(lambda v: (v or "").strip())
    for i, row in table.iterrows():
        if row["stance"] not in STANCES:
            raise AnnotationError(f"{path}, row {i + 2}: unknown stance {row['stance']!r}; use one of {', '.join(STANCES)}")
        for col in CELL:
            if not row[col]:
                raise AnnotationError(f"{path}, row {i + 2}: {col} is empty")
    if articles is not None:
        texts = _article_texts(articles)
        unknown = sorted(set(table["article_id"]) - set(texts))
        if unknown:
            raise AnnotationError(f"{path}: unknown article_id(s) {', '.join(unknown)}")
        for i, row in table.iterrows():
            if row["evidence"] and _squash(row["evidence"]) not in _squash(texts[row["article_id"]]):
                warnings.warn(f"{path}, row {i + 2}: evidence not found in the text of {row['article_id']}", stacklevel=2)
    return table.reset_index(drop=True)


def _article_texts(articles: pd.DataFrame) -> dict[str, str]:
    """article_id -> the text the analysis reads (headline and standfirst included), for evidence checks."""
    if not len(articles):
        return {}
    leads = articles["lead"] if "lead" in articles else [()] * len(articles)
    return {aid: analysed_text(text, lead if isinstance(lead, (tuple, list)) else ())[0]
            for aid, text, lead in zip(articles["article_id"], articles["text"], leads)}


def _squash(text: str) -> str:
    return " ".join(text.split())


def cell_labels(coded: pd.DataFrame) -> pd.DataFrame:
    """One row per cell: its label (a stance, or ``mixed``) and its first evidence sentence."""
    if coded.empty:
        return pd.DataFrame(columns=CELL + ["label", "stances", "evidence"])
    grouped = coded.groupby(CELL, sort=True)
    out = grouped.agg(stances=("stance", lambda s: "+".join(sorted(set(s), key=STANCES.index))),
                      evidence=("evidence", lambda s: " | ".join(dict.fromkeys(s))))
    out["label"] = out["stances"].where(~out["stances"].str.contains("+", regex=False), "mixed")
    return out.reset_index()[CELL + ["label", "stances", "evidence"]]


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two equally long label lists (nan when agreement by chance is total)."""
    if len(a) != len(b):
        raise ValueError("label lists differ in length")
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b)) / n
    labels = set(a) | set(b)
    expected = sum((a.count(label) / n) * (b.count(label) / n) for label in labels)
    return float("nan") if expected == 1 else (observed - expected) / (1 - expected)


@dataclass
class Comparison:
    """Result of :func:`compare`."""

    cells: pd.DataFrame          # every cell either side coded: gold/machine label and evidence
    metrics: pd.DataFrame        # precision, recall, F1, kappa, agreement and counts
    confusion: pd.DataFrame      # gold label (rows) x machine label (columns)
    disagreements: pd.DataFrame  # cells whose labels differ, with both sides' evidence


def compare(gold: pd.DataFrame, machine: pd.DataFrame) -> Comparison:
    """Compare hand coding (``gold``) with the machine's coded statements (``machine``)."""
    g = cell_labels(gold[CELL + ["stance", "evidence"]] if not gold.empty else gold)
    m = cell_labels(machine[CELL + ["stance", "evidence"]] if not machine.empty else machine)
    cells = g.merge(m, on=CELL, how="outer", suffixes=("_gold", "_machine"))
    for side in ("gold", "machine"):
        cells[f"label_{side}"] = cells[f"label_{side}"].fillna("none")
        cells[f"stances_{side}"] = cells[f"stances_{side}"].fillna("")
        cells[f"evidence_{side}"] = cells[f"evidence_{side}"].fillna("")
    cells = cells.sort_values(CELL, kind="stable").reset_index(drop=True)
    cells["agree"] = cells["label_gold"] == cells["label_machine"]

    gold_pairs = set(map(tuple, gold[CELL + ["stance"]].drop_duplicates().to_numpy())) if not gold.empty else set()
    machine_pairs = set(map(tuple, machine[CELL + ["stance"]].drop_duplicates().to_numpy())) if not machine.empty else set()
    hits = len(gold_pairs & machine_pairs)
    precision = hits / len(machine_pairs) if machine_pairs else float("nan")
    recall = hits / len(gold_pairs) if gold_pairs else float("nan")
    f1 = (2 * precision * recall / (precision + recall)) if precision and recall and precision + recall else float("nan")
    both = cells[(cells["label_gold"] != "none") & (cells["label_machine"] != "none")]
    metrics = pd.DataFrame([
        {"measure": "hand-coded (cell, stance) pairs", "value": float(len(gold_pairs))},
        {"measure": "machine-coded (cell, stance) pairs", "value": float(len(machine_pairs))},
        {"measure": "pairs both coded", "value": float(hits)},
        {"measure": "precision", "value": precision},
        {"measure": "recall", "value": recall},
        {"measure": "F1", "value": f1},
        {"measure": "cells either side coded", "value": float(len(cells))},
        {"measure": "cell agreement (all cells)", "value": float(cells["agree"].mean()) if len(cells) else float("nan")},
        {"measure": "Cohen's kappa (all cells, 'none' as a label)",
         "value": cohen_kappa(list(cells["label_gold"]), list(cells["label_machine"]))},
        {"measure": "cells both coded", "value": float(len(both))},
        {"measure": "Cohen's kappa (cells both coded)",
         "value": cohen_kappa(list(both["label_gold"]), list(both["label_machine"]))},
    ])
    present = [label for label in LABELS if label in set(cells["label_gold"]) | set(cells["label_machine"])]
    confusion = (pd.crosstab(pd.Categorical(cells["label_gold"], categories=present),
                             pd.Categorical(cells["label_machine"], categories=present), dropna=False)
                 .rename_axis(index="hand-coded", columns="machine"))
    disagreements = cells.loc[~cells["agree"], CELL + ["label_gold", "label_machine", "evidence_gold", "evidence_machine"]]
    return Comparison(cells=cells, metrics=metrics, confusion=confusion, disagreements=disagreements.reset_index(drop=True))


def article_counts(gold: pd.DataFrame, machine: pd.DataFrame) -> list[tuple[int, int, int]]:
    """Per hand-coded article (sorted ids): (hand-coded pairs, machine-coded pairs, pairs both coded)."""
    def pairs(rows: pd.DataFrame) -> set[tuple]:
        return set(map(tuple, rows[CELL + ["stance"]].drop_duplicates().to_numpy())) if not rows.empty else set()
    g, m = pairs(gold), pairs(machine)
    by_article: dict[str, list[int]] = {p[0]: [0, 0, 0] for p in g}
    for p in g:
        by_article[p[0]][0] += 1
        by_article[p[0]][2] += p in m
    for p in m:
        if p[0] in by_article:
            by_article[p[0]][1] += 1
    return [tuple(by_article[aid]) for aid in sorted(by_article)]


def bootstrap_f1(counts: list[tuple[int, int, int]], *, reps: int = 2000, seed: int = 11,
                 level: float = 0.95) -> tuple[float, float] | None:
    """Bootstrap interval of the micro F1 over articles from :func:`article_counts`: articles are resampled with
    replacement ``reps`` times with a fixed seed, so reruns agree. A figure from a handful of articles moves a
    lot with the articles drawn; this says how much. None without articles."""
    if not counts:
        return None
    arr = np.asarray(counts, dtype=float)
    rng = np.random.default_rng(seed)
    sums = arr[rng.integers(0, len(arr), size=(reps, len(arr)))].sum(axis=1)  # reps x (gold, machine, hits)
    denom = sums[:, 0] + sums[:, 1]
    f1 = np.divide(2 * sums[:, 2], denom, out=np.zeros(reps), where=denom > 0)
    lo, hi = np.quantile(f1, [(1 - level) / 2, 1 - (1 - level) / 2])
    return round(float(lo), 2), round(float(hi), 2)


def f1_interval(gold: pd.DataFrame, machine: pd.DataFrame, **options) -> tuple[float, float] | None:
    """:func:`bootstrap_f1` of a comparison: the hand-coded articles' counts."""
    return bootstrap_f1(article_counts(gold, machine), **options)


# --------------------------------------------------------------------------- reading the comparison


def evidence_problems(gold: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Annotation rows whose article is not in the corpus, or whose evidence is not in its cleaned text.

    Columns: ``row`` (the line in the CSV file), ``article_id, actor_id, topic,
    evidence, problem``. An empty table means every row can be checked against
    its article.
    """
    columns = ["row", "article_id", "actor_id", "topic", "evidence", "problem"]
    if gold.empty:
        return pd.DataFrame(columns=columns)
    texts = _article_texts(articles)
    squashed = {aid: _squash(text) for aid, text in texts.items()}
    rows = []
    for i, row in gold.reset_index(drop=True).iterrows():
        if row["article_id"] not in texts:
            problem = "article not in the corpus"
        elif row["evidence"] and _squash(row["evidence"]) not in squashed[row["article_id"]]:
            problem = "evidence not found in the cleaned text"
        else:
            continue
        rows.append({"row": i + 2, **{c: row[c] for c in ["article_id", "actor_id", "topic", "evidence"]},
                     "problem": problem})
    return pd.DataFrame(rows, columns=columns)


def side_rows(rows: pd.DataFrame, sides: Mapping[str, str]) -> pd.DataFrame:
    """The same rows with ``actor_id`` replaced by the actor's side (``other`` if unknown).

    Feeding both sides' rows through this and then :func:`compare` compares the
    coding at the article x side x topic level.
    """
    out = rows.copy()
    if out.empty:
        return out
    out["actor_id"] = out["actor_id"].map(lambda a: sides.get(a, "other"))
    return out


def _metric(metrics: pd.DataFrame, name: str) -> float:
    values = metrics.loc[metrics["measure"] == name, "value"]
    return float(values.iloc[0]) if len(values) else float("nan")


BY_GROUP_COLUMNS = ["cells", "agree", "agreement", "hand_pairs", "machine_pairs", "both_pairs", "precision", "recall",
                    "kappa"]


def by_group(gold: pd.DataFrame, machine: pd.DataFrame, by: str = "topic", *,
             order: Sequence[str] | None = None) -> pd.DataFrame:
    """The comparison of :func:`compare` repeated within each value of ``by`` (a topic, an article...).

    One row per value either side coded, in ``order`` (others after it,
    sorted): cells either side coded, cells that agree and their share,
    (cell, stance) pairs of each side and of both, precision, recall, and
    Cohen's kappa over the cells (``none`` as a label; NaN when every cell has
    the same label on both sides).
    """
    values = set(gold[by]) if len(gold) else set()
    values |= set(machine[by]) if len(machine) else set()
    ranked = [v for v in (order or []) if v in values] + sorted(values - set(order or []))
    rows = []
    for value in ranked:
        g = gold[gold[by] == value] if len(gold) else gold
        m = machine[machine[by] == value] if len(machine) else machine
        result = compare(g, m)
        met = result.metrics
        rows.append({by: value, "cells": len(result.cells), "agree": int(result.cells["agree"].sum()),
                     "agreement": _metric(met, "cell agreement (all cells)"),
                     "hand_pairs": int(_metric(met, "hand-coded (cell, stance) pairs")),
                     "machine_pairs": int(_metric(met, "machine-coded (cell, stance) pairs")),
                     "both_pairs": int(_metric(met, "pairs both coded")),
                     "precision": _metric(met, "precision"), "recall": _metric(met, "recall"),
                     "kappa": _metric(met, "Cohen's kappa (all cells, 'none' as a label)")})
    return pd.DataFrame(rows, columns=[by] + BY_GROUP_COLUMNS)


DISAGREEMENT_KINDS = {
    "missed": "missed by the machine",
    "extra": "coded by the machine only",
    "fewer": "machine found only some of the hand-coded stances",
    "more": "machine added a stance to the hand-coded one(s)",
    "different": "different stance",
    "overlap": "partly different stances",
}


def disagreement_kind(gold_stances: str, machine_stances: str) -> str:
    """Key of :data:`DISAGREEMENT_KINDS` for one cell, from both sides' ``+``-joined stances."""
    g = {s for s in str(gold_stances or "").split("+") if s}
    m = {s for s in str(machine_stances or "").split("+") if s}
    if g == m:
        raise ValueError(f"not a disagreement: both sides coded {gold_stances!r}")
    if not m:
        return "missed"
    if not g:
        return "extra"
    if m < g:
        return "fewer"
    if g < m:
        return "more"
    return "overlap" if g & m else "different"


def explain(comparison: Comparison) -> pd.DataFrame:
    """Every disagreement with its kind, both sides' stances and both sides' evidence."""
    columns = CELL + ["kind", "stances_gold", "stances_machine", "evidence_gold", "evidence_machine"]
    cells = comparison.cells
    if cells.empty or cells["agree"].all():
        return pd.DataFrame(columns=columns)
    out = cells.loc[~cells["agree"]].copy()
    out["kind"] = [DISAGREEMENT_KINDS[disagreement_kind(g, m)]
                   for g, m in zip(out["stances_gold"], out["stances_machine"])]
    return out[columns].reset_index(drop=True)


def kind_counts(explained: pd.DataFrame) -> pd.DataFrame:
    """Disagreements per kind (``kind, cells``): most frequent first, ties in :data:`DISAGREEMENT_KINDS` order."""
    if explained.empty:
        return pd.DataFrame(columns=["kind", "cells"])
    rank = {kind: i for i, kind in enumerate(DISAGREEMENT_KINDS.values())}
    counts = explained.groupby("kind").size().rename("cells").reset_index()
    counts["_r"] = counts["kind"].map(lambda k: rank.get(k, len(rank)))
    counts = counts.sort_values(["cells", "_r"], ascending=[False, True], kind="stable").drop(columns="_r")
    return counts.reset_index(drop=True)


def _num(value: float, digits: int = 2) -> str:
    return "n/a" if value is None or math.isnan(value) else f"{value:.{digits}f}"


def summary(comparison: Comparison, *, unit: str = "article x actor x topic") -> str:
    """The comparison in plain sentences, every number read from ``comparison`` (for a discussion cell)."""
    met = comparison.metrics
    n_gold, n_machine, n_both = (int(_metric(met, k)) for k in
                                 ("hand-coded (cell, stance) pairs", "machine-coded (cell, stance) pairs",
                                  "pairs both coded"))
    cells = comparison.cells
    if cells.empty:
        return "Neither the hand coding nor the machine coded any stance, so there is nothing to compare."
    n_cells, n_agree = len(cells), int(cells["agree"].sum())
    both = int(_metric(met, "cells both coded"))
    kappa_all = _metric(met, "Cohen's kappa (all cells, 'none' as a label)")
    kappa_both = _metric(met, "Cohen's kappa (cells both coded)")
    text = (f"The hand coding has {n_gold} (cell, stance) pair{'s' if n_gold != 1 else ''} and the machine "
            f"{n_machine}; {n_both} are the same, so precision is {_num(_metric(met, 'precision'))} and recall "
            f"{_num(_metric(met, 'recall'))} (F1 {_num(_metric(met, 'F1'))}). Of the {n_cells} {unit} cells that "
            f"either side coded, {n_agree} ({n_agree / n_cells:.0%}) get the same label; Cohen's kappa is "
            f"{_num(kappa_all)} over them, and "
            f"{_num(kappa_both)} over the {both} cells both sides coded.")
    kinds = kind_counts(explain(comparison))
    if kinds.empty:
        return text + " There is no disagreement."
    n_dis = int(kinds["cells"].sum())
    listed = "; ".join(f"{kind} ({n})" for kind, n in zip(kinds["kind"], kinds["cells"]))
    return text + f" The {n_dis} disagreement{'s' if n_dis != 1 else ''}, by kind: {listed}."
