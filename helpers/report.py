"""Execute the numbered notebooks headless and export them as HTML reports.

``python -m helpers.report`` (what ``make report`` runs) executes every
``notebooks/NN-*.ipynb`` in order without touching the stored notebooks, and
writes, under the reports folder:

* ``NN-name.html``: the full notebook, code included;
* ``reader/NN-name.html``: the reader's version, code cells hidden;
* ``index.html``: the front page: what the corpus is, the headline chart, the
  largest position shifts with their evidence, the most mentioned and most
  quoted actors, the agreement with the hand coding, and one link per notebook.

Pages stand alone: no script, font or style is fetched from the network (the
``workbook`` nbconvert template drops require.js, MathJax and mermaid, which the
notebooks do not use), images are inlined, and every file is readable by
others (0644). ``--in-place`` also saves the executed notebooks back
(``make notebooks``) with the metadata JupyterLab writes, so opening and saving
one in JupyterLab changes nothing in git. Every file is written atomically,
and nothing time-stamped enters a report, so two runs over the same corpus give
identical HTML.

A notebook whose cells, corpus, helpers code, package versions and settings are
unchanged since it last ran is not executed again: its pages and the files it
wrote come from :mod:`helpers.notebook_cache` (``--no-cache`` or
``WORKBOOK_NOTEBOOK_CACHE=0`` runs every notebook).
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from helpers.nbformat_import import import_nbformat

nbformat = import_nbformat()  # before nbclient and nbconvert import it

from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
from nbconvert import HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

from helpers import config, frontpage, notebook_cache, runs
from helpers.figures import WRITE_LOG_ENV, atomic_write_bytes, atomic_write_text

__all__ = ["ReportError", "NotebookInfo", "find_notebooks", "describe", "execute", "to_html", "build_index", "build_reports", "main"]

NOTEBOOK_RE = re.compile(r"^\d{2}-[\w-]+\.ipynb$")
REPORT_TITLE = frontpage.REPORT_TITLE
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
KERNEL_NAME = "python3"
# What JupyterLab stores for this kernel (its kernelspec's display name); used when the spec cannot be read.
DEFAULT_KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": KERNEL_NAME}
# The kernel logs a warning about TCP transport on every start; it says nothing to a report's reader.
KERNEL_ARGS = ["--IPKernelApp.log_level=ERROR"]


class _SocketFileKernelManager(AsyncKernelManager):
    """A kernel that talks over Unix socket files in a private folder instead of TCP ports.

    A TCP kernel is given free ports that it binds only once it has started; with several kernels starting at
    once (a report build runs notebooks side by side, and other builds may run beside it) another process can
    take a port in that window, and a kernel that loses one never answers. Socket files in a folder of its own
    cannot be taken."""

    def __init__(self, **kwargs) -> None:
        self._socket_dir = tempfile.mkdtemp(prefix="workbook-kernel-")
        super().__init__(transport="ipc", ip=os.path.join(self._socket_dir, "k"), **kwargs)

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw) -> None:
        await super()._async_launch_kernel(kernel_cmd, **kw)
        _keep_priority(getattr(self.provisioner, "process", None))

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            shutil.rmtree(self._socket_dir, ignore_errors=True)


def _keep_priority(process) -> None:
    """Give a kernel its parent's priority (``nice make report``) where Linux schedules sessions as groups.

    A kernel starts a session of its own, and under autogroup scheduling a session competes with the others as a
    whole whatever its processes' nice value; the group's own nice value is in ``/proc/PID/autogroup``."""
    niceness = os.nice(0) if hasattr(os, "nice") else 0
    pid = getattr(process, "pid", None)
    if niceness <= 0 or pid is None:
        return
    try:
        Path(f"/proc/{pid}/autogroup").write_text(str(niceness))
    except OSError:  # no autogroups (another system, or switched off): the nice value alone applies
        pass


# Unix sockets where there are any (not on Windows).
KERNEL_MANAGER = _SocketFileKernelManager if os.name == "posix" else AsyncKernelManager


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


def kernelspec(name: str = KERNEL_NAME) -> dict:
    """The notebook ``kernelspec`` metadata JupyterLab writes for kernel ``name``."""
    try:
        from jupyter_client.kernelspec import KernelSpecManager

        spec = KernelSpecManager().get_kernel_spec(name)
        return {"display_name": spec.display_name, "language": spec.language, "name": name}
    except Exception:  # no kernelspec installed: the default ipykernel one
        return dict(DEFAULT_KERNELSPEC)


def normalise(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Metadata as JupyterLab saves it: its kernelspec, no execution timestamps in cells."""
    nb.metadata["kernelspec"] = kernelspec(nb.metadata.get("kernelspec", {}).get("name", KERNEL_NAME))
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        cell.metadata.pop("ExecuteTime", None)
    return nb


def execute(path: Path | str, *, timeout: int = 900, env: dict[str, str] | None = None) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in its own folder; raise :class:`ReportError` on the first error.

    ``env`` is the kernel's environment (default: this process's)."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=KERNEL_NAME,
        kernel_manager_class=KERNEL_MANAGER,
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
        extra_arguments=list(KERNEL_ARGS),
    )
    try:
        client.execute(**({"env": env} if env is not None else {}))
    except CellExecutionError as exc:
        raise ReportError(f"{path.name} failed: {exc.ename}: {exc.evalue}") from None
    except DeadKernelError:
        raise ReportError(f"{path.name} failed: its kernel died (out of memory, or killed); "
                          "run fewer notebooks at once with WORKBOOK_REPORT_WORKERS=1") from None
    except CellTimeoutError:
        raise ReportError(f"{path.name} failed: a cell ran longer than {timeout} s") from None
    return normalise(nb)


_TABINDEX = re.compile(r'<div class="(jp-Cell-inputWrapper|[^"]*\bjp-OutputArea-output\b[^"]*)"')


class _Exporter(HTMLExporter):
    """nbconvert's HTML exporter without its BeautifulSoup pass over the finished page.

    That pass (nbconvert 7) gives images without ``alt`` a stock text and makes inputs and outputs focusable;
    parsing and re-serialising the page took 60% of the export time. Here the template writes each chart's own
    ``alt`` (``save_chart`` sets it) and one regular expression adds the ``tabindex``."""

    def from_notebook_node(self, nb, resources=None, **kw):
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        self.register_filter("highlight_code",
                             self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)))
        resources = self._init_resources(resources)
        self.register_filter("filter_data_type", WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources))
        html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        return _TABINDEX.sub(lambda m: f'{m.group(0)} tabindex="0"', html), resources


_EXPORTERS = threading.local()


def _exporter(hide_code: bool) -> HTMLExporter:
    """One exporter per thread and flavour: building its template environment costs more than a small page."""
    cache = _EXPORTERS.__dict__.setdefault("by_flavour", {})
    if hide_code not in cache:
        exporter = _Exporter(template_name="workbook", extra_template_basedirs=[str(TEMPLATES_DIR)])
        if hide_code:
            exporter.exclude_input = True
            exporter.exclude_input_prompt = True
            exporter.exclude_output_prompt = True
        cache[hide_code] = exporter
    return cache[hide_code]


def to_html(nb: nbformat.NotebookNode, *, hide_code: bool = False, title: str = "", home: str = "") -> str:
    """Standalone HTML of an executed notebook: figures embedded, nothing loaded from the network.

    ``home`` is the relative link to the front page shown at the top of the page.
    """
    exporter = _exporter(hide_code)
    resources = {"metadata": {"name": title or "notebook"}, "workbook_home": home}
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    return body


def build_index(infos: Sequence[NotebookInfo], *, corpus_dir: Path | str | None = None,
                reports_dir: Path | str | None = None, failures: Sequence[tuple[str, str]] = ()) -> str:
    """The reports' front page (see :mod:`helpers.frontpage`); every piece of text in it is HTML-escaped.

    ``failures`` (notebook name, message) are listed at its top."""
    return runs.with_failures(frontpage.build(infos, corpus_dir=corpus_dir, reports_dir=reports_dir), failures)


def _pages(nb: nbformat.NotebookNode, title: str) -> tuple[str, str]:
    """The full and the reader page of an executed notebook."""
    return (to_html(nb, title=title, home="index.html"),
            to_html(nb, hide_code=True, title=title, home="../index.html"))


def _written(log_file: Path, reports: Path) -> dict[str, bytes]:
    """The files a notebook wrote under ``reports`` (from its write log): reports-relative name -> bytes."""
    root = reports.resolve()
    out = {}
    for line in log_file.read_text(encoding="utf-8", errors="surrogateescape").splitlines():
        path = Path(line)
        if path.is_relative_to(root) and path.is_file():
            out[path.relative_to(root).as_posix()] = path.read_bytes()
    return out


def _render(path: Path, reports: Path, in_place: bool, log, run_key: str | None) -> NotebookInfo:
    """Execute ``path`` and write its pages; with ``run_key``, restore them from the cache when unchanged."""
    info = describe(path)
    key = notebook_cache.notebook_key(path, run=run_key) if run_key else None
    entry = notebook_cache.load(path.stem, key) if key else None
    if entry is not None:
        if in_place:
            atomic_write_text(path, entry.notebook)
        for rel, data in sorted(entry.files.items()):
            atomic_write_bytes(reports / rel, data)
        full, reader = entry.full_page, entry.reader_page
        how = "done (unchanged, from cache)"
    else:
        fd, log_name = tempfile.mkstemp(prefix=f"{path.stem}-writes-", suffix=".log")
        os.close(fd)
        log_file = Path(log_name)
        try:
            nb = execute(path, env=config.child_env(**{WRITE_LOG_ENV: str(log_file)}))
            written = _written(log_file, reports)
        finally:
            log_file.unlink(missing_ok=True)
        notebook = nbformat.writes(nb) + "\n"
        if in_place:
            atomic_write_text(path, notebook)
        full, reader = _pages(nb, info.title)
        if key:
            notebook_cache.store(path.stem, key, notebook_cache.Entry(notebook, full, reader, written))
        how = "done"
    name = path.with_suffix(".html").name
    atomic_write_text(reports / name, full)
    atomic_write_text(reports / "reader" / name, reader)
    log(f"  {path.stem}: {how}")
    return info


def _files(folder: Path) -> dict[Path, tuple[int, int]]:
    """Every file under ``folder`` with its inode and modification time (to tell which were written)."""
    if not folder.is_dir():
        return {}
    out = {}
    for p in folder.rglob("*"):
        if p.is_file():
            st = p.stat()
            out[p] = (st.st_ino, st.st_mtime_ns)
    return out


def _shown(path: Path) -> str:
    """A path as the user typed it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def build_reports(
    *,
    notebooks_dir: Path | str | None = None,
    reports_dir: Path | str | None = None,
    corpus_dir: Path | str | None = None,
    only: Sequence[str] = (),
    in_place: bool = False,
    workers: int | None = None,
    scheduler: str | None = None,
    cache: bool | None = None,
    log=print,
) -> list[Path]:
    """Execute notebooks and write full HTML, reader HTML and the index.

    The corpus is analysed once first, in this process (on Dask when it is
    large, see :mod:`helpers.distributed`), so the notebooks read the stored
    tables. Notebooks are independent, so up to ``workers`` of them run at
    once, one kernel each: by default one per CPU core, at most 4, and no more
    than the free memory allows (:func:`helpers.runs.kernel_slots`). A notebook
    that fails (an error, a dead kernel) is named with its cause, the others
    still run, the index lists it, and :class:`ReportError` is raised at the
    end with one line per failed notebook. Returns every file written under
    the reports folder (by this process and by the notebooks), in name order.
    An unchanged notebook is restored from :mod:`helpers.notebook_cache`
    unless ``cache`` is False (default: on unless ``WORKBOOK_NOTEBOOK_CACHE=0``).
    """
    reports = Path(reports_dir or config.REPORTS_DIR)
    paths = find_notebooks(notebooks_dir)
    if only:
        paths = [p for p in paths if any(p.name.startswith(o) for o in only)]
    if not paths:
        raise SystemExit(f"no notebooks to run in {notebooks_dir or config.NOTEBOOKS_DIR}")
    n_articles = runs.prepare_analysis(corpus_dir, scheduler=scheduler, log=log)
    asked = workers or int(os.environ.get("WORKBOOK_REPORT_WORKERS", 0)) or min(4, os.cpu_count() or 1)
    workers = max(1, min(asked, len(paths), runs.kernel_slots(n_articles)))
    if cache is None:
        cache = notebook_cache.enabled()
    run_key = notebook_cache.run_digest(corpus_dir) if cache else None
    before = _files(reports)
    log(f"running {len(paths)} notebook(s), {workers} at a time ...")
    lock = threading.Lock()

    def say(line: str) -> None:  # one line at a time: print() from two threads can interleave on one line
        with lock:
            log(line)

    with _quiet_kernels(), ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda p: runs.attempt(lambda: _render(p, reports, in_place, say, run_key), p, say),
                                paths))
    infos = [r for r in results if isinstance(r, NotebookInfo)]
    failures = [r for r in results if isinstance(r, runs.Failure)]
    runs.remove_temporaries(reports)
    index = atomic_write_text(reports / "index.html",
                              build_index(infos, corpus_dir=corpus_dir, reports_dir=reports,
                                          failures=[(f.name, f.message) for f in failures]))
    after = _files(reports)
    written = sorted(p for p, stamp in after.items() if before.get(p) != stamp)
    kinds = {"pages": sum(p.suffix == ".html" for p in written), "figures": sum(p.suffix == ".png" for p in written)}
    if in_place and infos:
        log(f"saved {len(infos)} executed notebook(s) in {_shown(paths[0].parent)}")
    log(f"wrote {len(written)} files to {_shown(reports)} ({kinds['pages']} pages, {kinds['figures']} charts, "
        f"{len(written) - kinds['pages'] - kinds['figures']} tables and chart data)")
    log(f"open {_shown(index)} to read the report")
    if failures:
        raise ReportError("\n".join(f.message for f in failures))
    return written


class _quiet_kernels:
    """Silence jupyter_client's own warnings while kernels start and stop (they say nothing to a reader)."""

    def __enter__(self):
        self._levels = {}
        for name in ("traitlets", "jupyter_client", "nbclient", "NotebookClient"):
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            logger.setLevel(logging.ERROR)
        self._warnings = warnings.catch_warnings()
        self._warnings.__enter__()
        warnings.filterwarnings("ignore", module="jupyter_client")
        warnings.filterwarnings("ignore", module="zmq")
        return self

    def __exit__(self, *exc):
        self._warnings.__exit__(*exc)
        for name, level in self._levels.items():
            logging.getLogger(name).setLevel(level)
        return False


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--in-place", action="store_true", help="also save executed notebooks back to notebooks/")
    parser.add_argument("--only", nargs="*", default=(), help="notebook name prefixes, e.g. 01 02")
    parser.add_argument("--scheduler", default=None,
                        help="Dask scheduler for the analysis, e.g. tcp://host:8786 (default $WORKBOOK_DASK_SCHEDULER)")
    parser.add_argument("--no-cache", action="store_true",
                        help="execute every notebook, even those unchanged since the last run "
                             "(also: WORKBOOK_NOTEBOOK_CACHE=0)")
    args = parser.parse_args(argv)
    try:
        build_reports(only=args.only, in_place=args.in_place, scheduler=args.scheduler,
                      cache=False if args.no_cache else None)
    except ReportError as exc:
        for line in str(exc).splitlines():
            print(f"error: {line}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
