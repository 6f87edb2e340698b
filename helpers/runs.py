"""What keeps a report run going: the analysis done once, kernels within memory, failures named, no litter.

``python -m helpers.report`` (:func:`helpers.report.build_reports`) uses these:

* :func:`prepare_analysis` opens the corpus once in the report process, so the
  analysis (on Dask for a large corpus) fills the cache before any kernel
  starts, and the notebooks read the stored tables instead of each parsing
  the corpus; the problems met are counted once, in the console;
* :func:`kernel_slots` is how many notebook kernels the free memory allows;
* :func:`attempt` turns a notebook's failure (an error in a cell, a dead
  kernel, anything else) into one :class:`Failure` naming the notebook and
  the cause, so the other notebooks still run;
* :func:`remove_temporaries` deletes the temporary files an interrupted write
  (a kernel killed while saving a chart) leaves behind;
* :func:`with_failures` lists the failed notebooks at the top of the front page.
"""

from __future__ import annotations

import csv
import gc
import html
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from helpers import config

__all__ = ["Failure", "attempt", "kernel_slots", "kernel_mb", "prepare_analysis", "remove_temporaries",
           "with_failures"]

KERNEL_BASE_MB = 450          # a notebook kernel with pandas, matplotlib and spaCy loaded
KERNEL_MB_PER_ARTICLE = 0.25  # and what the tables of one article add to it (measured: README, Speed)
# the temporary files of helpers.figures and helpers.store: ".<name>.<random>.tmp" or ".png"
TEMPORARY = re.compile(r"^\..+\.[A-Za-z0-9_]{8}\.(tmp|png)$")


@dataclass(frozen=True)
class Failure:
    """A notebook that did not run through: its file name and one line saying why."""

    name: str
    message: str


def attempt(run: Callable[[], object], path: Path, log=print) -> object:
    """``run()``, or a :class:`Failure` naming ``path`` and the cause if it raises."""
    try:
        return run()
    except Exception as exc:  # noqa: BLE001 - any failure of one notebook must not stop the others
        # helpers.report's ReportError already names the notebook (matched by name: under
        # ``python -m helpers.report`` the module runs as __main__, a second copy of the class)
        message = str(exc) if type(exc).__name__ == "ReportError" else f"{path.name} failed: {type(exc).__name__}: {exc}"
    log(f"  {path.stem}: FAILED ({message.split(': ', 1)[-1]})")
    return Failure(path.name, message)


def kernel_mb(n_articles: int) -> float:
    """Estimated peak memory of one notebook kernel over ``n_articles`` articles, in MB."""
    return KERNEL_BASE_MB + KERNEL_MB_PER_ARTICLE * n_articles


def kernel_slots(n_articles: int, *, available_mb: float | None = None) -> int:
    """How many kernels fit in the memory available now (at least 1), keeping a quarter of it free."""
    if available_mb is None:
        try:
            import psutil

            available_mb = psutil.virtual_memory().available / 2**20
        except Exception:  # noqa: BLE001 - no reading of memory: do not limit
            return 64
    return max(1, int(0.75 * available_mb // kernel_mb(n_articles)))


def _count_rows(corpus_dir: Path) -> int:
    try:
        with (corpus_dir / "articles.csv").open(newline="", encoding="utf-8", errors="replace") as fh:
            return max(0, sum(1 for _ in csv.reader(fh)) - 1)
    except OSError:
        return 0


def prepare_analysis(corpus_dir: Path | str | None = None, *, scheduler: str | None = None, log=print) -> int:
    """Analyse the corpus once (filling the cache) and return its number of articles.

    A corpus that cannot be read is left for the notebooks to report (each names the problem); the
    problems the analysis met are counted here once, and listed in notebook 01.
    """
    from helpers.workbook import open_workbook

    folder = Path(corpus_dir or config.CORPUS_DIR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = open_workbook(folder, progress=False, scheduler=scheduler)
    except Exception:  # noqa: BLE001 - the notebooks say what is wrong, naming the file
        return _count_rows(folder)
    n, problems = len(wb.articles), len(wb.problems)
    log(f"analysed {n:,} article(s): {wb.analysis.parsed:,} parsed, {wb.analysis.cache_hits:,} from the cache"
        + (f"; {problems:,} problem(s) met, listed once in notebook 01" if problems else ""))
    del wb
    gc.collect()
    return n


def remove_temporaries(reports: Path) -> list[Path]:
    """Delete the temporary files interrupted atomic writes left under ``reports``; return them."""
    gone = []
    if reports.is_dir():
        for path in reports.rglob(".*"):
            if path.is_file() and TEMPORARY.match(path.name):
                path.unlink(missing_ok=True)
                gone.append(path)
    return gone


def with_failures(page: str, failures: Sequence[tuple[str, str]]) -> str:
    """``page`` with a section naming every failed notebook and why, right after its H1."""
    if not failures:
        return page
    items = "".join(f"<li><strong>{html.escape(name)}</strong>: {html.escape(message)}</li>"
                    for name, message in failures)
    section = (f'<section class="failed"><h2>Notebooks that failed</h2><p>These notebooks did not run through, so '
               f"their pages are missing or from an earlier run; the findings below leave them out.</p>"
               f"<ul>{items}</ul></section>")
    head, sep, rest = page.partition("</h1>")
    return head + sep + "\n" + section + rest if sep else section + page
