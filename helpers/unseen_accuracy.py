"""The stance coding's measured accuracy on coverage its rules were not written against.

Agreement on a corpus the rules were tuned on says little about a new corpus. ``make accuracy``
scores the rules against hand-coded corpora, with part of the development set held back while
the rules are changed, and records the figures in ``benchmarks/results/accuracy.csv``
(:data:`helpers.config.ACCURACY_RECORD`). The front page and notebook 06 quote the held-out row
from that record, so every report says how far the coding generalises, with the date measured.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd

from helpers import config
from helpers.figures import atomic_write_text

__all__ = ["RECORD_COLUMNS", "RecordError", "record_rows", "write_record", "read_record", "unseen_summary"]

RECORD_COLUMNS = [
    "measured", "corpus", "part", "articles", "gold_pairs", "machine_pairs", "hits", "precision", "recall", "f1",
    "f1_low", "f1_high", "side_cells_agree", "side_cells", "contradictions_actor", "contradictions_side", "parser",
]
_COUNTS = ["articles", "gold_pairs", "machine_pairs", "hits", "side_cells_agree", "side_cells",
           "contradictions_actor", "contradictions_side"]


class RecordError(ValueError):
    """The accuracy record cannot be read; the message names the file and the problem."""


def record_rows(corpora: dict, *, measured: dt.date, parser: bool) -> pd.DataFrame:
    """One row per corpus part from ``benchmarks/accuracy.py``'s figures (``{label: {"parts": {part: result}}}``)."""
    rows = []
    for label, corpus in corpora.items():
        for part, result in corpus["parts"].items():
            o, interval = result["overall"], result.get("f1_interval") or (None, None)
            rows.append({"measured": measured.isoformat(), "corpus": label, "part": part,
                         "articles": result["articles"], "gold_pairs": o["gold_pairs"],
                         "machine_pairs": o["machine_pairs"], "hits": o["hits"], "precision": o["precision"],
                         "recall": o["recall"], "f1": o["f1"], "f1_low": interval[0], "f1_high": interval[1],
                         "side_cells_agree": o["side_cells_agree"], "side_cells": o["side_cells"],
                         "contradictions_actor": o["contradictions_actor"],
                         "contradictions_side": o["contradictions_side"], "parser": bool(parser)})
    return pd.DataFrame(rows, columns=RECORD_COLUMNS).round({"precision": 4, "recall": 4, "f1": 4,
                                                             "f1_low": 4, "f1_high": 4})


def write_record(rows: pd.DataFrame, path: Path | str | None = None) -> Path:
    """Write the record atomically (a half-written record must never reach a report)."""
    return atomic_write_text(Path(path or config.ACCURACY_RECORD), rows.to_csv(index=False, lineterminator="\n"))


def read_record(path: Path | str | None = None) -> pd.DataFrame | None:
    """The recorded figures, or ``None`` when nothing was recorded yet."""
    path = Path(path or config.ACCURACY_RECORD)
    if not path.exists():
        return None
    try:
        table = pd.read_csv(io.StringIO(path.read_text(encoding="utf-8")), dtype={"corpus": str, "part": str})
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise RecordError(f"{path}: cannot be read as a CSV table ({exc})") from None
    missing = [c for c in RECORD_COLUMNS if c not in table.columns]
    if missing:
        raise RecordError(f"{path}: missing column(s) {', '.join(missing)}; rerun `make accuracy` to rewrite it")
    bad = [c for c in _COUNTS if pd.to_numeric(table[c], errors="coerce").isna().any()]
    if bad:
        raise RecordError(f"{path}: column(s) {', '.join(bad)} must hold whole numbers")
    return table


# what the benchmark's corpus labels stand for, in a reader's words
_CORPORA = {"devset": "real articles from other outlets in the development set",
            "written": "news-style articles we wrote ourselves, in benchmarks/written"}


def _describe(corpus: str) -> str:
    return _CORPORA.get(str(corpus), f"articles of the {corpus} corpus")


def _pct(value: float) -> str:
    return f"{float(value) * 100:.0f}%"


def unseen_summary(record: pd.DataFrame | None) -> str:
    """Plain sentences on the held-out figures (and the studied ones beside them), for a report.

    The held-out part is the honest one: its articles were only scored, never read while the rules changed.
    """
    if record is None or record.empty:
        return ("No measurement on coverage the rules were not written against is recorded yet: run make accuracy "
                "with a hand-coded corpus split into a studied and a held-out part.")
    held = record[record["part"] == "heldout"]
    if held.empty:
        return "The accuracy record has no held-out part, so it says nothing about coverage the rules have not seen."
    h = held.iloc[0]
    text = (f"Measured on coverage the rules were not written against ({int(h['articles'])} hand-coded "
            f"{_describe(h['corpus'])}, held back while the rules were changed; measured {h['measured']} by "
            "make accuracy): "
            f"the machine found {int(h['hits'])} of the {int(h['gold_pairs'])} hand-coded positions "
            f"(recall {_pct(h['recall'])}), and {int(h['hits'])} of its {int(h['machine_pairs'])} positions were "
            f"hand-coded too (precision {_pct(h['precision'])}): F1 {float(h['f1']):.2f}")
    if pd.notna(h["f1_low"]) and pd.notna(h["f1_high"]):
        text += f", plausibly between {float(h['f1_low']):.2f} and {float(h['f1_high']):.2f}"
    text += (f". It matched {int(h['side_cells_agree'])} of {int(h['side_cells'])} side × proposal cells and "
             f"contradicted the hand coding (support against oppose) in {int(h['contradictions_actor'])} cells.")
    for _, o in held.iloc[1:].iterrows():  # another corpus's held-out part
        text += (f" On {int(o['articles'])} held-back {_describe(o['corpus'])}, F1 was {float(o['f1']):.2f} "
                 f"(recall {_pct(o['recall'])}, precision {_pct(o['precision'])}).")
    study = record[(record["part"] == "study") & (record["corpus"] == h["corpus"])]
    if not study.empty:
        s = study.iloc[0]
        text += (f" On the {int(s['articles'])} {_describe(h['corpus'])} the rules were tuned on, F1 was "
                 f"{float(s['f1']):.2f}: expect a new corpus to look like the held-out figures, and read each "
                 "position's evidence sentence before quoting it.")
    return text
