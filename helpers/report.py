"""Execute the numbered notebooks headless and export them as HTML reports.

``python -m helpers.report`` (what ``make report`` runs) executes every
``notebooks/NN-*.ipynb`` in order without touching the stored notebooks, and
writes, under the reports folder:

* ``NN-name.html``: the full notebook, code included;
* ``reader/NN-name.html``: the reader's version, code cells hidden;
* ``index.html``: title, the corpus's date range, one link per notebook with
  its one-line purpose.

``--in-place`` also saves the executed notebooks back (``make notebooks``),
which is how the committed outputs that nbval compares are refreshed. Every
file is written atomically, and nothing time-stamped enters a report, so two
runs over the same corpus give identical HTML.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import os
import re
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

from helpers import config
from helpers.figures import atomic_write_text

__all__ = ["ReportError", "NotebookInfo", "find_notebooks", "describe", "execute", "to_html", "build_index", "build_reports", "main"]

NOTEBOOK_RE = re.compile(r"^\d{2}-[\w-]+\.ipynb$")
REPORT_TITLE = "Diplomacy coverage workbook"


@dataclass(frozen=True)
class NotebookInfo:
    """A notebook's file, title (its H1) and one-line purpose (first sentence under it)."""

    path: Path
    title: str
    purpose: str

    @property
    def html_name(self) -> str:
        return self.path.with_suffix(".html").name


def find_notebooks(folder: Path | str | None = None) -> list[Path]:
    """Numbered notebooks (``NN-name.ipynb``) in run order."""
    folder = Path(folder or config.NOTEBOOKS_DIR)
    return sorted(p for p in folder.glob("*.ipynb") if NOTEBOOK_RE.match(p.name))


def _plain(markdown: str) -> str:
    text = re.sub(r"`([^`]*)`", r"\1", markdown)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"[*_]{1,2}([^*_]+)[*_]{1,2}", r"\1", text).strip()


def describe(path: Path | str) -> NotebookInfo:
    """Title and purpose from the notebook's first markdown cell (``# Title`` then prose)."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    title, purpose = path.stem, ""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.strip().splitlines()
        if lines and lines[0].startswith("# "):
            title = _plain(lines[0][2:])
            body = " ".join(line.strip() for line in lines[1:] if line.strip())
            match = re.match(r"(.+?[.!?])(\s|$)", _plain(body))
            purpose = match.group(1) if match else _plain(body)
        break
    return NotebookInfo(path, title, purpose)


class ReportError(RuntimeError):
    """A notebook failed; the message names the notebook and the error it raised, without the traceback."""


def execute(path: Path | str, *, timeout: int = 900) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in its own folder; raise :class:`ReportError` on the first error."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
    )
    try:
        client.execute()
    except CellExecutionError as exc:
        raise ReportError(f"{path.name} failed: {exc.ename}: {exc.evalue}") from None
    return nb


def to_html(nb: nbformat.NotebookNode, *, hide_code: bool = False) -> str:
    """Standalone HTML of an executed notebook; figures are embedded as data URIs."""
    exporter = HTMLExporter(template_name="lab")
    if hide_code:
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    body, _ = exporter.from_notebook_node(nb)
    return body


def _corpus_summary(corpus_dir: Path | str | None) -> tuple[str, int, str]:
    """Date range, article count and a fingerprint of the cleaned texts, for the index page."""
    from helpers.corpus import read_corpus

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # skipped articles are counted here and listed in notebook 01
            corpus = read_corpus(corpus_dir, errors="warn")
    except Exception as exc:  # the index must still say what went wrong
        return f"corpus could not be read: {exc}", 0, ""
    articles = corpus.articles
    skipped = f"; {len(corpus.skipped)} file(s) skipped, listed in notebook 01" if len(corpus.skipped) else ""
    if articles.empty:
        return "no articles" + skipped, 0, ""
    first, last = articles["published"].min(), articles["published"].max()
    span = first.strftime("%d %B %Y") if first == last else f"{first:%d %B %Y} to {last:%d %B %Y}"
    digest = hashlib.sha256("\n".join(articles["text_sha256"]).encode()).hexdigest()[:12]
    return span + skipped, len(articles), digest


def build_index(infos: Sequence[NotebookInfo], *, corpus_dir: Path | str | None = None) -> str:
    """The reports' front page; every piece of text in it is HTML-escaped."""
    span, n, digest = _corpus_summary(corpus_dir)
    esc = html.escape
    items = "\n".join(
        f'  <li><a href="{esc(i.html_name)}">{esc(i.title)}</a> '
        f'(<a href="reader/{esc(i.html_name)}">reader\'s version</a>)<br>'
        f"<span class=purpose>{esc(i.purpose)}</span></li>"
        for i in infos
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(REPORT_TITLE)}</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; color: #222; line-height: 1.45; }}
li {{ margin-bottom: 0.8rem; }} .purpose {{ color: #555; }} .meta {{ color: #555; }}
</style>
</head>
<body>
<h1>{esc(REPORT_TITLE)}</h1>
<p class=meta>Corpus: {n} article{'s' if n != 1 else ''}, {esc(span)}.{f' Fingerprint {esc(digest)}.' if digest else ''}</p>
<p>Each notebook is given in full (code included) and in a reader's version with the code hidden.
Every count can be traced to the sentences that produced it: the tables in each report list them.</p>
<ol>
{items}
</ol>
</body>
</html>
"""


def _render(path: Path, reports: Path, in_place: bool) -> tuple[list[Path], NotebookInfo]:
    nb = execute(path)
    if in_place:
        atomic_write_text(path, nbformat.writes(nb) + "\n")
    name = path.with_suffix(".html").name
    written = [
        atomic_write_text(reports / name, to_html(nb)),
        atomic_write_text(reports / "reader" / name, to_html(nb, hide_code=True)),
    ]
    return written, describe(path)


def build_reports(
    *,
    notebooks_dir: Path | str | None = None,
    reports_dir: Path | str | None = None,
    corpus_dir: Path | str | None = None,
    only: Sequence[str] = (),
    in_place: bool = False,
    workers: int | None = None,
    log=print,
) -> list[Path]:
    """Execute notebooks and write full HTML, reader HTML and the index.

    Notebooks are independent (each reads the corpus and the shared analysis
    cache), so up to ``workers`` of them run at once, one kernel each; the
    default is one per CPU core, at most 4. The first error stops the build.
    """
    reports = Path(reports_dir or config.REPORTS_DIR)
    paths = find_notebooks(notebooks_dir)
    if only:
        paths = [p for p in paths if any(p.name.startswith(o) for o in only)]
    if not paths:
        raise SystemExit(f"no notebooks to run in {notebooks_dir or config.NOTEBOOKS_DIR}")
    workers = workers or int(os.environ.get("WORKBOOK_REPORT_WORKERS", 0)) or min(4, os.cpu_count() or 1)
    log(f"running {len(paths)} notebook(s), {min(workers, len(paths))} at a time ...")
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(paths)))) as pool:
        results = list(pool.map(lambda p: _render(p, reports, in_place), paths))
    written = [path for files, _ in results for path in files]
    infos = [info for _, info in results]
    written.append(atomic_write_text(reports / "index.html", build_index(infos, corpus_dir=corpus_dir)))
    log(f"wrote {len(written)} files to {reports}")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--in-place", action="store_true", help="also save executed notebooks back to notebooks/")
    parser.add_argument("--only", nargs="*", default=(), help="notebook name prefixes, e.g. 01 02")
    args = parser.parse_args(argv)
    try:
        build_reports(only=args.only, in_place=args.in_place)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
