"""Is the analysis linear in article length? One long article at growing sizes.

A media archive can hold a whole transcript or a live blog as one article. The
analysis must cost the same per character at 100 KB as at 1.9 MB (the limit is
``helpers.rawtext.MAX_ARTICLE_CHARS``); a rule that scans the whole Doc for each
sentence makes it quadratic, and that shows here first. The article is the
frozen test corpus's five texts repeated up to each size (paragraphs intact),
analysed with the cache off; each size runs in this process, CPU time only.

    python benchmarks/bench_long.py                      # 100 KB, 500 KB, 1 MB, 1.9 MB
    python benchmarks/bench_long.py --kb 200 400 --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.codebooks import load_codebooks  # noqa: E402
from helpers.corpus import load_corpus  # noqa: E402
from helpers.pipeline import analyse  # noqa: E402
from helpers.rawtext import MAX_ARTICLE_CHARS  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "corpus"


def long_text(base: str, chars: int) -> str:
    """``base`` repeated (whole paragraphs) up to about ``chars`` characters."""
    paragraphs = [p for p in base.split("\n\n") if p.strip()]
    out, size, k = [], 0, 0
    while size < chars:
        p = paragraphs[k % len(paragraphs)]
        out.append(p)
        size += len(p) + 2
        k += 1
    return "\n\n".join(out)[:chars]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, nargs="*", default=[100, 500, 1000, 1900], help="article sizes (KB of text)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the median is reported")
    args = parser.parse_args(argv)
    books = load_codebooks(FIXTURE)
    articles = load_corpus(FIXTURE)
    base = "\n\n".join(articles["text"])
    with warnings.catch_warnings():  # warm up (pipeline build, vocabulary) outside the timed runs
        warnings.simplefilter("ignore")
        analyse(articles, codebooks=books, cache=False, progress=False)
    print(f"{'size':>9} {'CPU s':>7} {'us/char':>8} {'stances':>8}")
    per_char = []
    for kb in args.kb:
        chars = min(kb * 1000, MAX_ARTICLE_CHARS)
        one = articles.iloc[:1].copy()
        one["text"] = long_text(base, chars)
        times = []
        for _ in range(args.repeat):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                start = time.process_time()
                result = analyse(one, codebooks=books, cache=False, progress=False)
                times.append(time.process_time() - start)
        cpu = statistics.median(times)
        per_char.append(cpu / chars * 1e6)
        print(f"{chars / 1000:>7.0f}KB {cpu:>7.1f} {per_char[-1]:>8.2f} {len(result.tables['stances']):>8,}", flush=True)
    if len(per_char) > 1:
        print(f"cost per character, largest / smallest article: {per_char[-1] / per_char[0]:.2f} (1.00 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
