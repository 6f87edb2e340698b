"""Accuracy of the stance coding on annotated corpus folders: seeds (in-sample) and the devset.

A corpus folder holds ``raw/``, ``articles.csv`` and ``annotations/stances.csv``. For each
folder the benchmark runs the full analysis and compares the machine's coded statements
with the hand coding (:mod:`helpers.validation`), per corpus and per topic:

* actor level (article x actor x topic): precision, recall, F1 of the (cell, stance)
  pairs and Cohen's kappa over the cells (``none`` as a label), and a 95% bootstrap interval
  of the F1 over articles (:func:`f1_interval`: how far a figure from a few articles holds);
* side level (article x side x topic): cells that get the same label, share and count;
* contradictions: cells where one side's stances include support and not oppose and the
  other's include oppose and not support (actor and side level);
* the most frequent kinds of disagreement, refined for a developer (:func:`miss_kind`).

Devset split (issue 11): the sorted article ids of every corpus other than the project's
own ``corpus/`` are split once: index % 4 == 3 is ``heldout``, the rest ``study``, unless
the folder has a ``split.csv`` (``article_id,part``) that says which is which (the
written corpus, ``benchmarks/written``, holds back its ``w3``, ``w6``, ``w7``, ``w9``, ``w11``, ``w12`` and ``w13`` articles that way). Study
the study part; only *score* the held-out part at the end of a session. Held-out misses
and miss kinds are never printed unless ``--show-heldout`` is given.

    python benchmarks/accuracy.py                        # corpus/, ../shared/devset, benchmarks/written
    python benchmarks/accuracy.py --split study --misses 20
    python benchmarks/accuracy.py --split study --extras 20   # rows the hand coding does not have
    python benchmarks/accuracy.py --json /tmp/accuracy.json path/to/other-corpus
    python benchmarks/accuracy.py --parser               # holders and negation by the dependency parser
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import math
import os
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.validation import (CELL, article_counts, compare, disagreement_kind, load_annotations,  # noqa: E402
                                side_rows)
from helpers.validation import bootstrap_f1 as f1_interval  # noqa: E402

SPLITS = ("study", "heldout", "all")
LEGACY_TOPICS = {"nato_membership": "neutrality"}  # gold id -> codebook id, when the codebook has the new one


# --------------------------------------------------------------------------- data: split and topic ids


def split_of(article_ids, *, corpus_dir: Path | None = None) -> dict[str, str]:
    """``{article_id: "study" | "heldout"}``: sorted ids, every fourth (index % 4 == 3) held out, unless the corpus
    folder has its own ``split.csv`` (``article_id,part``), which then decides for every article."""
    ids = sorted(set(article_ids))
    path = corpus_dir / "split.csv" if corpus_dir is not None else None
    if path is None or not path.is_file():
        return {aid: ("heldout" if i % 4 == 3 else "study") for i, aid in enumerate(ids)}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    parts = {(r.get("article_id") or "").strip(): (r.get("part") or "").strip() for r in rows}
    bad = sorted({p for p in parts.values() if p not in ("study", "heldout")})
    missing = [a for a in ids if a not in parts]
    if bad or missing:
        raise SystemExit(f"{path}: " + (f"part must be study or heldout, not {', '.join(map(repr, bad))}" if bad
                                        else f"no part for {', '.join(missing[:5])}"))
    return {aid: parts[aid] for aid in ids}


def topic_map(codebook_topics) -> dict[str, str]:
    """Legacy gold topic ids mapped to the codebook's, only where the codebook has the new id and not the old."""
    have = set(codebook_topics)
    return {old: new for old, new in LEGACY_TOPICS.items() if new in have and old not in have}


# --------------------------------------------------------------------------- metrics


def _set(stances) -> set[str]:
    return {s for s in str(stances or "").split("+") if s}


def is_contradiction(gold_stances: str, machine_stances: str) -> bool:
    """One side says support (and not oppose), the other oppose (and not support)."""
    g, m = _set(gold_stances), _set(machine_stances)
    return (("support" in g and "oppose" not in g and "oppose" in m and "support" not in m)
            or ("oppose" in g and "support" not in g and "support" in m and "oppose" not in m))


def contradictions(cells: pd.DataFrame) -> int:
    """Cells of a :func:`helpers.validation.compare` result that are support/oppose contradictions."""
    return int(sum(is_contradiction(g, m) for g, m in zip(cells.get("stances_gold", []),
                                                            cells.get("stances_machine", []))))


def _f(value) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else round(float(value), 4)


def scores(gold: pd.DataFrame, machine: pd.DataFrame, sides: dict[str, str]) -> dict:
    """Actor-level P/R/F1/kappa, side-level cell agreement and contradictions of one comparison."""
    actor = compare(gold, machine)
    met = dict(zip(actor.metrics["measure"], actor.metrics["value"]))
    side = compare(side_rows(gold, sides), side_rows(machine, sides))
    smet = dict(zip(side.metrics["measure"], side.metrics["value"]))
    n_side, agree_side = len(side.cells), int(side.cells["agree"].sum()) if len(side.cells) else 0
    return {
        "gold_pairs": int(met["hand-coded (cell, stance) pairs"]),
        "machine_pairs": int(met["machine-coded (cell, stance) pairs"]),
        "hits": int(met["pairs both coded"]),
        "precision": _f(met["precision"]), "recall": _f(met["recall"]), "f1": _f(met["F1"]),
        "kappa": _f(met["Cohen's kappa (all cells, 'none' as a label)"]),
        "actor_cells": len(actor.cells),
        "actor_cells_agree": int(actor.cells["agree"].sum()) if len(actor.cells) else 0,
        "side_cells": n_side, "side_cells_agree": agree_side,
        "side_agreement": _f(agree_side / n_side) if n_side else None,
        "side_precision": _f(smet["precision"]), "side_recall": _f(smet["recall"]), "side_f1": _f(smet["F1"]),
        "contradictions_actor": contradictions(actor.cells), "contradictions_side": contradictions(side.cells),
    }


# --------------------------------------------------------------------------- kinds of miss


def miss_kind(cell: dict, gold: pd.DataFrame, machine: pd.DataFrame, *, actors: set[str], topics: set[str],
              sides: dict[str, str], mentioned: set[tuple[str, str]], evidence_ok: bool = True,
              topic_in_evidence: bool | None = None) -> str:
    """An informative kind for one disagreeing cell (``article_id, actor_id, topic, stances_gold, stances_machine``).

    ``gold``/``machine`` are all rows of the compared articles; ``mentioned`` holds
    ``(article_id, actor_id)`` pairs the machine found a mention of.
    """
    art, actor, topic = cell["article_id"], cell["actor_id"], cell["topic"]
    g, m = _set(cell["stances_gold"]), _set(cell["stances_machine"])
    base = disagreement_kind(cell["stances_gold"], cell["stances_machine"])
    side = sides.get(actor, "other")

    def others(rows: pd.DataFrame) -> pd.DataFrame:
        return rows[(rows["article_id"] == art) & (rows["actor_id"] != actor)] if len(rows) else rows

    if base == "missed":
        if topic not in topics:
            return "missed: topic not in codebook"
        if actor not in actors:
            return "missed: actor not in codebook"
        if not evidence_ok:
            return "missed: gold evidence not in cleaned text"
        if (art, actor) not in mentioned:
            return "missed: actor never mentioned in article"
        on_topic = others(machine)
        on_topic = on_topic[on_topic["topic"] == topic] if len(on_topic) else on_topic
        if len(on_topic) and (on_topic["actor_id"].map(lambda a: sides.get(a, "other")) == side).any():
            return "missed: topic coded under another actor of the same side"
        own = machine[(machine["article_id"] == art) & (machine["actor_id"] == actor)] if len(machine) else machine
        if len(own):
            return "missed: actor mentioned, stances on other topics only"
        if len(on_topic):
            return "missed: topic coded under an actor of another side"
        if topic_in_evidence is False:
            return "missed: no stance found, topic words not recognised in evidence"
        return "missed: actor mentioned, no stance found"
    if base == "extra":
        on_topic = others(gold)
        on_topic = on_topic[on_topic["topic"] == topic] if len(on_topic) else on_topic
        if len(on_topic) and (on_topic["actor_id"].map(lambda a: sides.get(a, "other")) == side).any():
            return "machine only: gold has this topic under another actor of the same side"
        own = gold[(gold["article_id"] == art) & (gold["actor_id"] == actor)] if len(gold) else gold
        if len(own):
            return "machine only: actor hand-coded on other topics"
        if len(on_topic):
            return "machine only: gold has this topic under an actor of another side"
        return "machine only: actor not hand-coded in article"
    if base == "fewer":
        return f"partly found: machine lacks {'+'.join(sorted(g - m))}"
    if base == "more":
        return f"extra stance: machine adds {'+'.join(sorted(m - g))}"
    return f"{'wrong stance' if base == 'different' else 'partly different'}: gold {'+'.join(sorted(g))}, " \
           f"machine {'+'.join(sorted(m))}"


def top_kinds(kinds: list[str], n: int = 10) -> list[tuple[str, int]]:
    """The ``n`` most frequent kinds, ties by name."""
    counts: dict[str, int] = {}
    for k in kinds:
        counts[k] = counts.get(k, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


# --------------------------------------------------------------------------- running a corpus


def _squash(text: str) -> str:
    return " ".join(str(text).split())


def _seen_sides(corpus_dir: Path) -> dict[str, str]:
    path = corpus_dir / "actors_seen.csv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {r["actor_id"].strip(): (r.get("side") or "other").strip()
                for r in csv.DictReader(fh) if r.get("actor_id")}


def load(corpus_dir: Path, *, cache_dir: str | None) -> dict:
    """Analyse one corpus folder; gold and machine rows of its annotated articles, and what to judge misses by."""
    from helpers.codebooks import load_codebooks
    from helpers.corpus import read_corpus
    from helpers.pipeline import analyse
    from helpers.stance import extract_stances

    codebooks = load_codebooks(corpus_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = read_corpus(corpus_dir, errors="warn", rules=codebooks.boilerplate).articles
        analysis = analyse(articles, codebooks=codebooks, cache_dir=cache_dir, progress=False)
        statements = extract_stances(analysis)
        gold = load_annotations(corpus_dir=corpus_dir)
    topics = list(codebooks.topic_order)
    gold["topic"] = gold["topic"].replace(topic_map(topics))
    gold = gold[gold["article_id"].isin(set(articles["article_id"]))].reset_index(drop=True)
    annotated = set(gold["article_id"])
    machine = statements[statements["article_id"].isin(annotated)].reset_index(drop=True)
    actors = codebooks.side_map()
    sides = {**_seen_sides(corpus_dir), **actors}
    mentions = analysis.tables.get("mentions", pd.DataFrame(columns=["article_id", "actor_id"]))
    texts = {aid: _squash(t) for aid, t in zip(articles["article_id"], articles["text"])}
    return {"dir": corpus_dir, "codebooks": codebooks, "articles": articles, "gold": gold, "machine": machine, "topics": topics,
            "actors": set(actors), "sides": sides, "texts": texts,
            "mentioned": set(zip(mentions["article_id"], mentions["actor_id"]))}


def _topics_in(texts: list[str], codebooks) -> list[set[str]]:
    """Topic ids the topic matcher finds in each text (a hint for reading misses)."""
    from helpers.pipeline import build_nlp

    nlp = build_nlp(codebooks)
    return [{s.label_ for s in doc.spans.get("topics", ())} for doc in nlp.pipe(texts)]


def evaluate(data: dict, article_ids: set[str], *, with_kinds: bool) -> dict:
    """Scores overall and per topic for the articles ``article_ids``; disagreements with kinds if asked."""
    gold = data["gold"][data["gold"]["article_id"].isin(article_ids)]
    machine = data["machine"][data["machine"]["article_id"].isin(article_ids)]
    out = {"articles": len(article_ids & set(gold["article_id"])), "overall": scores(gold, machine, data["sides"])}
    out["f1_interval"] = f1_interval(article_counts(gold, machine))
    ranked = [t for t in data["topics"] if t in set(gold["topic"]) | set(machine["topic"])]
    ranked += sorted((set(gold["topic"]) | set(machine["topic"])) - set(ranked))
    out["topics"] = {t: scores(gold[gold["topic"] == t], machine[machine["topic"] == t], data["sides"])
                     for t in ranked}
    if with_kinds:
        cells = compare(gold, machine).cells
        dis = cells[~cells["agree"]].reset_index(drop=True) if len(cells) else cells
        first = gold.drop_duplicates(CELL).set_index(CELL)["evidence"] if len(gold) else pd.Series(dtype=object)
        evid = [first.get((a, b, c), "") for a, b, c in zip(dis["article_id"], dis["actor_id"], dis["topic"])]
        found = _topics_in([e or "" for e in evid], data["codebooks"]) if len(dis) else []
        kinds = []
        for k, cell in enumerate(dis.to_dict("records")):
            ok = not evid[k] or _squash(evid[k]) in data["texts"].get(cell["article_id"], "")
            kinds.append(miss_kind(cell, gold, machine, actors=data["actors"], topics=set(data["topics"]),
                                   sides=data["sides"], mentioned=data["mentioned"], evidence_ok=ok,
                                   topic_in_evidence=(cell["topic"] in found[k]) if evid[k] else None))
        out["disagreements"] = dis.assign(kind=kinds)
        out["miss_kinds"] = top_kinds(kinds, 10)
    return out


# --------------------------------------------------------------------------- printing


def _p(v) -> str:
    return "  n/a" if v is None else f"{v:5.2f}"


HEADER = (f"{'':26} {'gold':>5} {'mach':>5} {'hit':>4} {'P':>5} {'R':>5} {'F1':>5} {'kappa':>5}  "
          f"{'side cells':>15} {'sF1':>5}  {'contra a/s':>10}")


def _row(name: str, s: dict) -> str:
    side = f"{s['side_cells_agree']}/{s['side_cells']}" + (f" {s['side_agreement']:.0%}" if s["side_cells"] else "")
    return (f"{name[:26]:26} {s['gold_pairs']:5d} {s['machine_pairs']:5d} {s['hits']:4d} {_p(s['precision'])} "
            f"{_p(s['recall'])} {_p(s['f1'])} {_p(s['kappa'])}  {side:>15} {_p(s['side_f1'])}  "
            f"{s['contradictions_actor']:>4d}/{s['contradictions_side']:<4d}")


def coder_agreement(data: dict) -> dict | None:
    """A second hand coding of some articles (``annotations/second_coder.csv``) against the first, beside the machine
    on the same articles: how far two careful coders agree is the ceiling any machine figure is read against."""
    path = Path(data["dir"]) / "annotations" / "second_coder.csv"
    if not path.is_file():
        return None
    second = load_annotations(path)
    second["topic"] = second["topic"].replace(topic_map(data["topics"]))
    ids = set(second["article_id"])
    unknown = sorted(ids - set(data["articles"]["article_id"]))
    if unknown:
        raise SystemExit(f"{path}: unknown article_id(s) {', '.join(unknown)}")
    first = data["gold"][data["gold"]["article_id"].isin(ids)]
    machine = data["machine"][data["machine"]["article_id"].isin(ids)]
    return {"articles": len(ids), "second_vs_first": scores(first, second, data["sides"]),
            "machine_vs_first": scores(first, machine, data["sides"]),
            "machine_vs_second": scores(second, machine, data["sides"])}


def print_agreement(label: str, agreement: dict) -> None:
    print(f"\n== {label}: a second coder on {agreement['articles']} article(s), the first coding as reference")
    print(HEADER)
    for name, key in (("second coder", "second_vs_first"), ("machine", "machine_vs_first"),
                      ("machine vs 2nd", "machine_vs_second")):
        print(_row(name, agreement[key]))


def print_result(label: str, result: dict) -> None:
    print(f"\n== {label}: {result['articles']} annotated article(s)")
    print(HEADER)
    print(_row("ALL", result["overall"]))
    if result.get("f1_interval"):
        lo, hi = result["f1_interval"]
        print(f"  F1 95% interval over articles (bootstrap, 2000 resamples): {lo:.2f} to {hi:.2f}")
    for topic, s in result["topics"].items():
        print(_row("  " + topic, s))
    if result.get("miss_kinds"):
        print(f"  top kinds of disagreement ({len(result['disagreements'])} cells):")
        for kind, n in result["miss_kinds"]:
            print(f"    {n:4d}  {kind}")


def print_misses(data: dict, result: dict, n: int, width: int = 220, *, extras: bool = False) -> None:
    """The first ``n`` wrong cells with both sides' evidence: hand-coded ones, or (``extras``) machine-only ones."""
    dis = result.get("disagreements")
    if dis is None or not len(dis):
        return
    shown = dis[(dis["stances_gold"] == "") if extras else (dis["stances_gold"] != "")].head(n)
    machine = data["machine"]
    what = "the machine coded with no hand-coded stance" if extras else "with a hand-coded stance the machine got wrong"
    print(f"\n-- first {len(shown)} cells {what}")
    for cell in shown.to_dict("records"):
        print(f"\n* {cell['article_id']} | {cell['actor_id']} | {cell['topic']}: gold {cell['stances_gold']}, "
              f"machine {cell['stances_machine'] or 'none'}  [{cell['kind']}]")
        print(f"  gold evidence: {_squash(cell['evidence_gold'])[:width]}")
        rows = machine[(machine["article_id"] == cell["article_id"]) & (machine["actor_id"] == cell["actor_id"])]
        if not len(rows):
            print("  machine: no row for this actor in this article; its rows on this topic there:")
            rows = machine[(machine["article_id"] == cell["article_id"]) & (machine["topic"] == cell["topic"])]
        for r in rows.to_dict("records"):
            print(f"  machine s{r['sent_id']} {r['actor_id']} {r['topic']} {r['stance']} "
                  f"(rule {r['rule']}, cue {r['cue']!r}): "
                  f"{_squash(r['evidence'])[:width]}")


# --------------------------------------------------------------------------- command line


def _default_corpora() -> list[Path]:
    out = [ROOT / "corpus"]
    dev = (ROOT / ".." / "shared" / "devset").resolve()
    out += [dev] if (dev / "annotations" / "stances.csv").is_file() else []
    written = ROOT / "benchmarks" / "written"  # our own articles, coded blind (benchmarks/written/README.md)
    return out + ([written] if (written / "annotations" / "stances.csv").is_file() else [])


def _label(corpus_dir: Path) -> str:
    return "seeds" if corpus_dir.resolve() == (ROOT / "corpus").resolve() else corpus_dir.resolve().name


def _jsonable(result: dict, show_kinds: bool) -> dict:
    out = {k: result[k] for k in ("articles", "overall", "topics")}
    out["f1_interval"] = list(result["f1_interval"]) if result.get("f1_interval") else None
    if show_kinds and "miss_kinds" in result:
        out["miss_kinds"] = [{"kind": k, "cells": n} for k, n in result["miss_kinds"]]
    return out


def _write_record(path: Path, payload: dict) -> None:
    """The record the front page and notebook 06 quote; never one without a held-out part (it would mislead)."""
    from helpers.stance.parser_switch import enabled
    from helpers.unseen_accuracy import record_rows, write_record

    rows = record_rows(payload["corpora"], measured=dt.date.today(), parser=enabled())
    if not (rows["part"] == "heldout").any():
        print(f"record not written to {path}: no held-out part was measured (a devset folder and no --split)")
        return
    write_record(rows, path)
    print(f"record written to {path}")


def write_json(path: Path, payload: dict) -> None:
    """Write atomically: a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="annotated corpus folders (default: corpus/ and "
                        "../shared/devset when it exists)")
    parser.add_argument("--corpus", action="append", type=Path, default=[], help="another corpus folder (repeatable)")
    parser.add_argument("--split", choices=SPLITS, help="report only this part of the split corpora "
                        "(default: study, heldout and all); the project's corpus/ is always reported whole")
    parser.add_argument("--json", type=Path, help="write the figures as JSON to this path")
    parser.add_argument("--record", type=Path, help="write the figures of every part to this CSV (the record the "
                        "reports quote, benchmarks/results/accuracy.csv); only when a held-out part was measured")
    parser.add_argument("--extras", type=int, default=0, metavar="N", help="print the first N cells of the study "
                        "split the machine coded and the hand coding did not, with both sides' evidence")
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="print the first N missed cells of "
                        "the study split with the gold evidence and the machine's rows")
    parser.add_argument("--show-heldout", action="store_true", help="also print held-out (and all) miss kinds and "
                        "misses; do this only when you mean to look at the held-out articles")
    parser.add_argument("--cache-dir", help="analysis cache (default: WORKBOOK_CACHE_DIR or .cache)")
    parser.add_argument("--parser", action=argparse.BooleanOptionalAction, default=None,
                        help="code holders and negation of the candidate sentences with spaCy's en_core_web_sm "
                        "parser (helpers.stance.parse; default: WORKBOOK_PARSER)")
    args = parser.parse_args(argv)
    if args.parser is not None:
        from helpers.stance import parse

        parse.use_parser(args.parser)

    folders = [*args.folders, *args.corpus] or _default_corpora()
    payload: dict = {"split_rule": "sorted article ids; index % 4 == 3 is heldout, the rest study",
                     "topic_map": {}, "corpora": {}}
    for folder in folders:
        data = load(Path(folder), cache_dir=args.cache_dir)
        label = _label(Path(folder))
        payload["topic_map"][label] = topic_map(data["topics"])
        ids = set(data["articles"]["article_id"])
        if label == "seeds":
            parts = {"all": ids}
        else:
            split = split_of(ids, corpus_dir=Path(folder))
            parts = {"study": {a for a, s in split.items() if s == "study"},
                     "heldout": {a for a, s in split.items() if s == "heldout"}, "all": ids}
            if args.split:
                parts = {args.split: parts[args.split]}
        payload["corpora"][label] = {"dir": str(Path(folder).resolve()), "parts": {}}
        if (agreement := coder_agreement(data)) is not None:  # (put a second coder on studied articles only)
            print_agreement(label, agreement)
            payload["corpora"][label]["coder_agreement"] = agreement
        for part, part_ids in parts.items():
            visible = label == "seeds" or part == "study" or args.show_heldout
            result = evaluate(data, part_ids, with_kinds=visible)
            print_result(f"{label} {part}" if label != "seeds" else label, result)
            payload["corpora"][label]["parts"][part] = _jsonable(result, visible)
            if args.misses and visible:
                print_misses(data, result, args.misses)
            if args.extras and visible:
                print_misses(data, result, args.extras, extras=True)
    print("\ncolumns: gold/mach = (cell, stance) pairs, hit = both; kappa over article x actor x topic cells "
          "('none' a label);\nside cells = article x side x topic cells with the same label; sF1 = F1 of side-level "
          "(cell, stance) pairs;\ncontra a/s = support/oppose contradictions at actor/side level.")
    if args.record:
        _write_record(args.record, payload)
    if args.json:
        write_json(args.json, payload)
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
