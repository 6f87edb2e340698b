"""Throughput and memory of the full analysis against spaCy's bare tokenizer + sentencizer.

Builds a scale corpus of N articles in a temporary folder, from varied text: each
article recombines sentences of the real corpus with a share of their words
replaced by generated ones, so the tokenizer meets new strings all the time
(repeating the same sentences would let spaCy's tokenizer cache flatter the
figures). Then, in one run, for each N:

* bare: ``spacy.blank("en")`` + ``sentencizer`` over the cleaned texts;
* full: load + clean the corpus, then mentions, quotes and stances
  (``helpers.pipeline.analyse``, cache off, nothing sampled or skipped).

Each measurement runs in a fresh subprocess, so its peak memory (max RSS) is its own.

    python benchmarks/bench_pipeline.py            # N = 1,000 and 10,000
    python benchmarks/bench_pipeline.py --n 200    # a quick look
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
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
        start = time.perf_counter()
        n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
        elapsed = time.perf_counter() - start
        words = sum(count_words(t) for t in texts)
        extra = {"sentences": n_sents}
    else:
        from helpers.pipeline import analyse

        start = time.perf_counter()
        articles = load_corpus(corpus_dir)
        result = analyse(articles, corpus_dir=None, cache=False, progress=False)
        elapsed = time.perf_counter() - start
        words = int(articles["n_words"].sum())
        extra = {name: len(table) for name, table in result.tables.items()}
        extra["tables_mb"] = sum(int(t.memory_usage(deep=True).sum()) for t in result.tables.values()) / 2**20
        extra["articles_mb"] = int(articles.memory_usage(deep=True).sum()) / 2**20
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"mode": mode, "seconds": elapsed, "words": words, "wps": words / elapsed, "peak_mb": peak_mb, **extra}


def run(ns: list[int]) -> list[dict]:
    results = []
    for n in ns:
        with tempfile.TemporaryDirectory(prefix="workbook-bench-") as tmp:
            words = build_corpus(Path(tmp), n)
            print(f"\nN = {n:,} articles, {words:,} words (varied text)", flush=True)
            row = {"n_articles": n}
            for mode in ("bare", "full"):
                out = subprocess.run([sys.executable, __file__, "--child", mode, tmp],
                                     check=True, capture_output=True, text=True)
                m = json.loads(out.stdout.strip().splitlines()[-1])
                print(f"  {mode:5s} {m['seconds']:8.2f} s  {m['wps']:>11,.0f} words/s  peak {m['peak_mb']:7.0f} MB"
                      + ("" if mode == "bare" else
                         f"  ({m['mentions']:,} mentions, {m['quotes']:,} quotes, {m['stances']:,} stances;"
                         f" result tables {m['tables_mb']:.0f} MB, article table {m['articles_mb']:.0f} MB)"),
                      flush=True)
                row[mode] = m
            row["ratio"] = row["full"]["wps"] / row["bare"]["wps"]
            print(f"  full / bare throughput: {row['ratio']:.0%} (target >= 25%)", flush=True)
            results.append(row)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="*", default=[1_000, 10_000], help="corpus sizes (articles)")
    parser.add_argument("--notebooks", action="store_true",
                        help="also time a cold and a warm rerun of every notebook on the real corpus")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "CORPUS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_measure(*args.child)))
        return 0
    results = run(args.n)
    print("\n| N articles | words | bare words/s | full words/s | full/bare | peak MB bare | peak MB full "
          "| result + article tables MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        f = r["full"]
        print(f"| {r['n_articles']:,} | {f['words']:,} | {r['bare']['wps']:,.0f} | {f['wps']:,.0f} "
              f"| {r['ratio']:.0%} | {r['bare']['peak_mb']:.0f} | {f['peak_mb']:.0f} "
              f"| {f['tables_mb'] + f['articles_mb']:.0f} |")
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
