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
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from helpers import config
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


@pytest.fixture(scope="session")
def nlp(codebooks):
    """The full rule-based pipeline with the test corpus's codebooks."""
    return build_nlp(codebooks)


@dataclass
class ReportRun:
    reports: Path
    cache: Path
    corpus_digest_before: str
    corpus_digest_after: str


def tree_digest(folder: Path) -> str:
    """A hash of every file name and byte under ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session")
def real_reports(tmp_path_factory) -> ReportRun:
    """``make report`` on the real corpus (cold cache), into a temporary reports folder."""
    from helpers.report import build_reports

    root = tmp_path_factory.mktemp("real-reports")
    reports, cache = root / "reports", root / "cache"
    corpus = config.PROJECT_ROOT / "corpus"
    before = tree_digest(corpus)
    with workbook_env(None, reports, cache):
        build_reports(reports_dir=reports, log=lambda *_: None)
    return ReportRun(reports, cache, before, tree_digest(corpus))


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
