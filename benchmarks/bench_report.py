"""Time the whole report (every notebook and HTML page) on synthetic corpora, cold and warm.

For each N (default 1,000 and 10,000 articles) it builds a varied corpus with
``benchmarks/synthetic.py`` (dates over six months, the codebooks' actors and
topic words, stance sentences and quotations), then runs ``python -m
helpers.report`` in a subprocess, alternating cold runs (empty cache) and warm
runs (cache from the cold run before), ``--repeat`` times each, so both sides
of the warm/cold ratio meet the same load on a shared machine. Each run reports
wall time, CPU time (user + system of the report and every kernel and Dask
worker it started), the peak memory of the largest process and of the whole
process tree (sampled every 0.2 s), and the size of the largest page. The
analysis alone is timed too, in one process and on a local Dask cluster.

    python benchmarks/bench_report.py --n 1000 2000 --repeat 2
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def timed(cmd: list[str], env: dict) -> dict:
    """Run ``cmd``; wall and CPU seconds, peak RSS of its largest process and of its whole tree (MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    watched = psutil.Process(proc.pid)

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss(watched))
            time.sleep(0.2)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    out, _ = proc.communicate()
    watcher.join()
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "largest_mb": after.ru_maxrss / 1024, "tree_mb": peak[0] / 2**20,
            "ok": proc.returncode == 0, "output": out}


def pages(reports: Path) -> tuple[int, str]:
    sizes = {p.relative_to(reports).as_posix(): p.stat().st_size for p in reports.rglob("*.html")}
    name = max(sizes, key=sizes.get) if sizes else ""
    return (sizes.get(name, 0), name)


def bench(n: int, repeat: int) -> list[dict]:
    from synthetic import build_corpus

    rows = []
    with tempfile.TemporaryDirectory(prefix="workbook-scale-") as tmp:
        tmp = Path(tmp)
        words = build_corpus(tmp / "corpus", n)
        print(f"\nN = {n:,} articles, {words:,} words", flush=True)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBOOK_CORPUS_DIR": str(tmp / "corpus")}
        for mode in ("off", "local"):
            env_a = {**env, "WORKBOOK_CACHE_DIR": str(tmp / f"cache-a-{mode}"), "WORKBOOK_DASK_SCHEDULER": mode}
            code = "from helpers.workbook import open_workbook; open_workbook(progress=False)"
            m = timed([sys.executable, "-W", "ignore", "-c", code], env_a)
            label = "analysis only, " + ("one process" if mode == "off" else "local Dask cluster")
            print(f"  {label:38s} wall {m['wall']:7.1f} s  cpu {m['cpu']:7.1f} s  peak {m['tree_mb']:6.0f} MB", flush=True)
            rows.append({"n": n, "run": label, **m})
        for r in range(repeat):
            for kind in ("cold", "warm"):
                cache = tmp / f"cache-{r}"
                if kind == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
                reports = tmp / f"reports-{r}-{kind}"
                m = timed([sys.executable, "-m", "helpers.report"],
                          {**env, "WORKBOOK_CACHE_DIR": str(cache), "WORKBOOK_REPORTS_DIR": str(reports)})
                size, page = pages(reports)
                print(f"  report {kind} #{r + 1}: wall {m['wall']:7.1f} s  cpu {m['cpu']:7.1f} s  peak largest "
                      f"{m['largest_mb']:6.0f} MB, tree {m['tree_mb']:6.0f} MB; largest page {size / 2**20:.2f} MB "
                      f"({page}){'' if m['ok'] else '  FAILED'}", flush=True)
                if not m["ok"]:
                    print(m["output"][-2000:])
                rows.append({"n": n, "run": f"report {kind}", "page_mb": size / 2**20, **m})
        for r in range(repeat):
            cold, warm = rows[-2 * repeat + 2 * r], rows[-2 * repeat + 2 * r + 1]
            print(f"  warm / cold #{r + 1}: wall {warm['wall'] / cold['wall']:.0%}, cpu {warm['cpu'] / cold['cpu']:.0%}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="*", default=[1_000, 10_000], help="corpus sizes (articles)")
    parser.add_argument("--repeat", type=int, default=2, help="cold/warm pairs per size, alternating")
    args = parser.parse_args(argv)
    rows = [row for n in args.n for row in bench(n, args.repeat)]
    print("\n| articles | run | wall s | CPU s | peak MB (largest process) | peak MB (all processes) | largest page MB |")
    print("|---:|---|---:|---:|---:|---:|---:|")
    for r in rows:
        page = f"{r['page_mb']:.2f}" if "page_mb" in r else ""
        print(f"| {r['n']:,} | {r['run']} | {r['wall']:.0f} | {r['cpu']:.0f} | {r['largest_mb']:.0f} "
              f"| {r['tree_mb']:.0f} | {page} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
