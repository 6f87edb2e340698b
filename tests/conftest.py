"""Shared fixtures: the frozen test corpus (loaded once), its codebooks and one-pass
analysis, and a factory for small synthetic corpora in temporary folders.

The exact-count tests read ``tests/fixtures/corpus/`` (the five seed articles,
their metadata and the codebooks as they were frozen), never the user's
``corpus/``: adding an article or an actor there leaves the suite green.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from helpers import config, pipeline
from helpers.codebooks import load_codebooks
from helpers.corpus import load_corpus
from helpers.pipeline import analyse, build_nlp

FIXTURE_CORPUS = Path(__file__).parent / "fixtures" / "corpus"

ARTICLE_IDS = [
    "putin-trump-bail-istanbul",
    "istanbul-talks-begin",
    "trump-seeks-putin-meeting",
    "trump-putin-to-meet",
    "white-house-trilateral-plan",
]


@pytest.fixture(scope="session")
def codebooks():
    """The frozen test corpus's codebooks (actors, topics, lexicon, quote cues, boilerplate)."""
    return load_codebooks(FIXTURE_CORPUS)


@pytest.fixture(scope="session")
def articles():
    """The frozen test corpus (the five seed articles), cleaned."""
    return load_corpus(FIXTURE_CORPUS)


@pytest.fixture(scope="session")
def analysis(articles, codebooks):
    """All derived tables of the test corpus, computed without the on-disk cache."""
    return analyse(articles, codebooks=codebooks, cache=False)


@pytest.fixture(scope="session", autouse=True)
def one_pipeline_per_codebooks():
    """Each set of codebooks (by digest) gets its rule pipeline once in this process.

    Building one costs about 0.4 s (spaCy's tokenizer exceptions, the phrase matchers) and dozens of
    tests analyse small corpora with the same codebooks. A pipeline keeps nothing from one document
    that changes the rows of the next (the same tables come out of a fresh pipeline and of one that
    has parsed other corpora first), so sharing it changes no result; ``build_nlp`` itself still runs
    for every distinct set of codebooks.
    """
    built: dict[str, object] = {}
    fresh = pipeline.build_nlp

    def build_nlp(books):
        if books.digest not in built:
            built[books.digest] = fresh(books)
        return built[books.digest]

    patch = pytest.MonkeyPatch()
    patch.setattr(pipeline, "build_nlp", build_nlp)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def nlp(codebooks):
    """The full rule-based pipeline with the test corpus's codebooks."""
    return build_nlp(codebooks)


@dataclass
class ReportRun:
    """One ``python -m helpers.report`` (what ``make report`` runs) and what it printed."""

    corpus: Path
    reports: Path
    cache: Path
    corpus_digest_before: str
    corpus_digest_after: str
    stdout: str
    stderr: str


def tree_digest(folder: Path) -> str:
    """A hash of every file name and byte under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --------------------------------------------------------------------------- shared report builds
#
# Building every report takes tens of seconds (six notebook kernels), so each
# corpus is built once per session and shared by every test that reads it. The
# builds a session needs are started in the background as soon as the tests are
# collected, as ``make report`` would run them (a subprocess with its own
# WORKBOOK_* environment, so the tests' process and its nbval kernels are not
# pointed elsewhere), and the tests that read them run last, so unit tests and
# nbval run meanwhile on the other core. Work that only reads a finished build
# (opening its pages in a browser) is a *follow-up*, run in the background as
# soon as that build is done. Builds and follow-ups run at a lower priority
# (``NICE``) so the tests' own process, which runs its tests one after the other,
# is not slowed by them: they take the CPU it leaves. (A kernel slowed down at
# start-up cannot lose its ports to another process: report kernels talk over
# socket files, ``helpers.report.KERNEL_MANAGER``.)


NICE_BIN = shutil.which("nice")


@dataclass
class _Build:
    name: str                          # the fixture that gives this build
    make_corpus: Callable[[Path], Path]  # writes (or names) the corpus, given a scratch folder
    cache_from: str | None = None      # a rerun: start after this build and reuse its cache
    forget: tuple[str, ...] = ()       # notebooks whose cached run the rerun drops first, so they execute again
    workers: int | None = None         # notebooks run at once (WORKBOOK_REPORT_WORKERS); None: make report's default
    slow: bool = False                 # its tests are marked slow: run by make check (and CI), not by make test
    run: ReportRun | None = None
    error: str = ""
    started: bool = False
    done: threading.Event = field(default_factory=threading.Event)


@dataclass
class _Followup:
    name: str                                         # the fixture that gives its result
    after: str | None                                 # the build it reads (None: it needs none, start at once)
    work: Callable[[ReportRun | None, Path], object]  # given that build and a scratch folder
    close: Callable[[object], None] | None = None     # what ends its result (e.g. stops a cluster)
    result: object = None
    error: str = ""
    started: bool = False
    launched: bool = False
    done: threading.Event = field(default_factory=threading.Event)


class ReportBuilds:
    """Report builds shared by the session: defined by name, run once each in the background."""

    LANES = 2  # builds running at once (the machine this was tuned on has two cores)
    NICE = 10  # background work yields the CPU to the tests' own process, whose tests run one after the other

    def __init__(self) -> None:
        self.builds: dict[str, _Build] = {}
        self.followups: dict[str, _Followup] = {}
        self.closers: list[threading.Thread] = []
        self.root: Path | None = None
        self.procs: list[subprocess.Popen] = []
        self.lock = threading.Lock()
        self.closing = False

    def define(self, name: str, make_corpus: Callable[[Path], Path], *, cache_from: str | None = None,
               forget: tuple[str, ...] = (), workers: int | None = None, slow: bool = False) -> None:
        """A build, fixture ``name``. ``workers=1`` runs its notebooks one at a time (``WORKBOOK_REPORT_WORKERS``):
        for a build that checks what the pages say, not how notebooks run side by side, so that fewer kernels at
        once leave CPU to the tests' own process, which runs its tests one after the other."""
        self.builds[name] = _Build(name, make_corpus, cache_from, forget, workers, slow)

    def follow(self, name: str, after: str | None, work: Callable[[ReportRun | None, Path], object], *,
               close: Callable[[object], None] | None = None) -> None:
        """Define follow-up work on build ``after`` (or on none), run in the background once it is done; fixture
        ``name``. ``close(result)`` ends its result, at :meth:`release` or at the end of the session."""
        self.followups[name] = _Followup(name, after, work, close)

    def needed_by(self, item: pytest.Item) -> set[str]:
        """The builds and follow-ups a collected test reads (directly or through its fixtures)."""
        return set(getattr(item, "fixturenames", ())) & (set(self.builds) | set(self.followups))

    def start(self, names: set[str]) -> None:
        """Run the named builds (and the builds they rerun or follow) in the background, each chain in order."""
        with self.lock:
            for name in names & set(self.followups):
                self.followups[name].started = True
            wanted = {self.followups[n].after if n in self.followups else n for n in names} - {None}
            for name in list(wanted):
                while self.builds[name].cache_from:
                    name = self.builds[name].cache_from
                    wanted.add(name)
            todo = [b for b in self.builds.values() if b.name in wanted and not b.started]
            if self.root is None:
                self.root = Path(tempfile.mkdtemp(prefix="workbook-report-builds-"))
        for name in names & set(self.followups):  # its build may be done already
            self._launch(self.followups[name])
        if not todo:
            return
        with self.lock:
            for build in todo:
                build.started = True
            chains = [[b] for b in todo if not b.cache_from or b.cache_from not in {t.name for t in todo}]
            for chain in chains:
                chain.extend(b for b in todo if b.cache_from == chain[0].name)
            chains.sort(key=len, reverse=True)
            lanes: list[list[_Build]] = [[] for _ in range(min(self.LANES, len(chains)))]
            for chain in chains:  # the longest chains first, each on the lane with the fewest builds
                min(lanes, key=len).extend(chain)
        for lane in lanes:
            threading.Thread(target=self._run_lane, args=(lane,), daemon=True).start()

    def result(self, name: str) -> object:
        """The result of follow-up ``name`` (started now, with its build, if the collection hook did not)."""
        followup = self.followups[name]
        self.start({name})
        followup.done.wait()
        if followup.error:
            pytest.fail(f"{name!r} on report build {followup.after!r} failed:\n{followup.error}", pytrace=False)
        return followup.result

    def get(self, name: str) -> ReportRun:
        """The finished build ``name`` (started now if the collection hook did not)."""
        build = self.builds[name]
        self.start({name})
        build.done.wait()
        if build.error:
            pytest.fail(f"report build {name!r} failed:\n{build.error}", pytrace=False)
        assert build.run is not None
        return build.run

    def _run_lane(self, lane: list[_Build]) -> None:
        for build in lane:
            try:
                if build.cache_from:
                    self.builds[build.cache_from].done.wait()
                build.run = self._build(build)
            except Exception as exc:  # reported by get(), in the test that needs the build
                build.error = f"{type(exc).__name__}: {exc}"
            finally:
                build.done.set()
            for followup in list(self.followups.values()):
                if followup.after == build.name:
                    self._launch(followup)

    def _launch(self, followup: _Followup) -> None:
        """Start a follow-up that is wanted and whose build (if any) is done, once."""
        build = self.builds[followup.after] if followup.after else None
        with self.lock:
            if not followup.started or followup.launched or (build is not None and not build.done.is_set()):
                return
            followup.launched = True
        threading.Thread(target=self._follow, args=(followup, build), daemon=True).start()

    def _follow(self, followup: _Followup, build: _Build | None) -> None:
        try:
            if build is not None and build.error:
                raise RuntimeError(f"the build failed:\n{build.error}")
            assert self.root is not None
            folder = self.root / f"{followup.name}-work"
            folder.mkdir()
            followup.result = followup.work(build.run if build else None, folder)
        except Exception as exc:  # reported by result(), in the test that needs it
            followup.error = f"{type(exc).__name__}: {exc}"
        finally:
            followup.done.set()

    def _build(self, build: _Build) -> ReportRun:
        assert self.root is not None
        folder = self.root / build.name
        folder.mkdir()
        corpus = build.make_corpus(folder)
        source = self.builds[build.cache_from].run if build.cache_from else None
        cache = source.cache if source else folder / "cache"
        reports = folder / "reports"
        env = dict(os.environ, WORKBOOK_CORPUS_DIR=str(corpus), WORKBOOK_REPORTS_DIR=str(reports),
                   **({"WORKBOOK_REPORT_WORKERS": str(build.workers)} if build.workers else {}),
                   WORKBOOK_CACHE_DIR=str(cache),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(config.PROJECT_ROOT), os.environ.get("PYTHONPATH")])))
        before = tree_digest(corpus)
        for stem in build.forget:
            shutil.rmtree(cache / "notebooks" / stem)
        with self.lock:
            if self.closing:
                raise RuntimeError("the test session ended first")
            nice = [NICE_BIN, "-n", str(self.NICE)] if NICE_BIN else []  # run from threads, so no preexec_fn
            proc = subprocess.Popen([*nice, sys.executable, "-m", "helpers.report"], cwd=config.PROJECT_ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                    process_group=0)  # not a new session: that would escape the nice value
            self.procs.append(proc)
        stdout, stderr = proc.communicate(timeout=1800)
        if proc.returncode != 0:
            raise RuntimeError(f"exit status {proc.returncode}\n{stderr[-3000:]}")
        return ReportRun(corpus, reports, cache, before, tree_digest(corpus), stdout, stderr)

    def release(self, name: str) -> None:
        """End follow-up ``name``'s result now, in the background (its tests are done)."""
        followup = self.followups[name]
        if followup.close is not None and followup.done.is_set() and followup.result is not None:
            result, followup.result = followup.result, None
            thread = threading.Thread(target=followup.close, args=(result,), daemon=True)
            thread.start()
            self.closers.append(thread)

    def close(self) -> None:
        """Stop builds still running (a session cut short) and remove their folders."""
        for followup in self.followups.values():
            if followup.done.wait(timeout=120 if followup.launched else 0):
                self.release(followup.name)
        for thread in self.closers:
            thread.join(timeout=60)
        with self.lock:
            self.closing = True
            for proc in self.procs:
                if proc.poll() is None:
                    os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            with contextlib.suppress(Exception):
                proc.wait(timeout=30)
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)


BUILDS = ReportBuilds()
# The frozen test corpus, built from a cold cache, and built again from the cache it left (a second
# ``make report``, which must give byte-identical files). The rerun takes every notebook from the notebook
# cache but one, which it executes again in a new kernel: its pages and files must come out byte-identical too.
RERUN_EXECUTES = "04-stances"
BUILDS.define("fixture_reports", lambda _: FIXTURE_CORPUS)
BUILDS.define("fixture_rerun", lambda _: FIXTURE_CORPUS, cache_from="fixture_reports", forget=(RERUN_EXECUTES,))


@pytest.fixture(scope="session")
def fixture_reports() -> ReportRun:
    """``make report`` on the frozen test corpus (cold cache), into a temporary reports folder."""
    return BUILDS.get("fixture_reports")


@pytest.fixture(scope="session")
def fixture_rerun() -> ReportRun:
    """``make report`` again on the frozen test corpus, from the cache the first run left, into another folder
    (notebook :data:`RERUN_EXECUTES` executed again, the others restored from the notebook cache)."""
    return BUILDS.get("fixture_rerun")


@pytest.hookimpl(tryfirst=True)  # before ``-m "not slow"`` deselects by the marks added here
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """nbval's notebooks run first and tests that read a shared report build or background work last, so the
    background work runs while the other tests do;
    tests that read a ``slow`` build are marked ``slow`` (``make test`` leaves them to ``make check``)."""
    def reads_a_build(item: pytest.Item) -> bool:  # or background work of its own
        return bool(BUILDS.needed_by(item))

    for item in items:
        if any(BUILDS.builds[name].slow for name in BUILDS.needed_by(item) if name in BUILDS.builds):
            item.add_marker(pytest.mark.slow)
    # nbval's notebooks first: their cells run in a kernel while the tests' process waits, which leaves a core to
    # the background builds; the unit tests, which need a core of their own, then run when the builds are done.
    items.sort(key=lambda item: (reads_a_build(item), item.path.suffix != ".ipynb"))  # stable otherwise


def pytest_collection_finish(session: pytest.Session) -> None:
    if session.config.option.collectonly:
        return
    BUILDS.start({name for item in session.items for name in BUILDS.needed_by(item)})


def pytest_sessionfinish() -> None:
    BUILDS.close()


@contextlib.contextmanager
def workbook_env(corpus: Path | None, reports: Path, cache: Path):
    """Point the workbook (and the notebook kernels it starts) at other folders."""
    keys = ["WORKBOOK_CORPUS_DIR", "WORKBOOK_REPORTS_DIR", "WORKBOOK_CACHE_DIR"]
    old = {k: os.environ.get(k) for k in keys}
    values = [str(corpus) if corpus else None, str(reports), str(cache)]
    try:
        for key, value in zip(keys, values):
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        yield
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


HEADER = ["article_id", "source_file", "title", "title_basis", "published", "date_basis",
          "date_note", "outlet", "author", "url", "standfirst"]


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Build a corpus folder: ``make_corpus({"a.txt": "text"}, rows=[{...}])``.

    Files are given as str (written UTF-8) or bytes (written as is). Rows default
    to one valid metadata row per file; pass ``rows=`` to control them exactly.
    The frozen test codebooks are copied in unless ``codebooks=False``.
    """

    def make(files: dict[str, str | bytes], rows: list[dict] | None = None, *, name: str = "corpus",
             codebooks: bool = True) -> Path:
        root = tmp_path / name
        raw = root / "raw"
        raw.mkdir(parents=True)
        for fname, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (raw / fname).write_bytes(data)
        if rows is None:
            rows = [
                {"article_id": Path(f).stem.lower().replace(".", "-"), "source_file": f,
                 "title": f"Title of {f}", "title_basis": "supplied",  # ours, so not analysed as a headline
                 "published": "2025-05-16", "date_basis": "stated"}
                for f in files
            ]
        with (root / "articles.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=HEADER)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: row.get(k, "") for k in HEADER})
        if codebooks:  # the frozen codebooks, so no test depends on the user's corpus/
            for path in sorted(FIXTURE_CORPUS.glob("*.yaml")):
                shutil.copyfile(path, root / path.name)
        return root

    return make
