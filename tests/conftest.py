"""Shared fixtures: the real corpus (loaded once), its one-pass analysis, and a
factory for small synthetic corpora in temporary folders."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

import pytest

from helpers import config
from helpers.corpus import load_corpus
from helpers.pipeline import analyse, build_nlp

ARTICLE_IDS = [
    "putin-trump-bail-istanbul",
    "istanbul-talks-begin",
    "trump-seeks-putin-meeting",
    "trump-putin-to-meet",
    "white-house-trilateral-plan",
]


@pytest.fixture(scope="session")
def articles():
    """The real corpus, cleaned."""
    return load_corpus(config.PROJECT_ROOT / "corpus")


@pytest.fixture(scope="session")
def analysis(articles, tmp_path_factory):
    """All derived tables of the real corpus, computed without the on-disk cache."""
    return analyse(articles, corpus_dir=config.PROJECT_ROOT / "corpus", cache=False)


@pytest.fixture(scope="session")
def nlp():
    """The full rule-based pipeline with the shipped codebooks."""
    return build_nlp(config.PROJECT_ROOT / "corpus")


HEADER = ["article_id", "source_file", "title", "title_basis", "published", "date_basis",
          "date_note", "outlet", "author", "url"]


@pytest.fixture
def make_corpus(tmp_path: Path) -> Callable[..., Path]:
    """Build a corpus folder: ``make_corpus({"a.txt": "text"}, rows=[{...}])``.

    Files are given as str (written UTF-8) or bytes (written as is). Rows default
    to one valid metadata row per file; pass ``rows=`` to control them exactly.
    """

    def make(files: dict[str, str | bytes], rows: list[dict] | None = None, *, name: str = "corpus") -> Path:
        root = tmp_path / name
        raw = root / "raw"
        raw.mkdir(parents=True)
        for fname, content in files.items():
            data = content.encode("utf-8") if isinstance(content, str) else content
            (raw / fname).write_bytes(data)
        if rows is None:
            rows = [
                {"article_id": Path(f).stem.lower().replace(".", "-"), "source_file": f,
                 "title": f"Title of {f}", "published": "2025-05-16", "date_basis": "stated"}
                for f in files
            ]
        with (root / "articles.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=HEADER)
            writer.writeheader()
            for row in rows:
                writer.writerow({k: row.get(k, "") for k in HEADER})
        return root

    return make
