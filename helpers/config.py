"""Every path the workbook uses, built in one place from the project root.

Two environment variables let a user (or a test) point the whole workbook at
another corpus or output folder without editing notebooks:

* ``WORKBOOK_CORPUS_DIR``: folder holding ``raw/`` and ``articles.csv``
  (and optionally its own ``actors.yaml``, ``topics.yaml``, ``stance_cues.yaml``).
* ``WORKBOOK_REPORTS_DIR``: where HTML reports, figures and tables go.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT: Path = Path(__file__).resolve().parent.parent
NOTEBOOKS_DIR: Path = PROJECT_ROOT / "notebooks"


def _env_path(name: str, default: Path) -> Path:
    value = os.environ.get(name, "").strip()
    return Path(value).expanduser().resolve() if value else default


CORPUS_DIR: Path = _env_path("WORKBOOK_CORPUS_DIR", PROJECT_ROOT / "corpus")
REPORTS_DIR: Path = _env_path("WORKBOOK_REPORTS_DIR", PROJECT_ROOT / "reports")
CACHE_DIR: Path = _env_path("WORKBOOK_CACHE_DIR", PROJECT_ROOT / ".cache")


def child_env(**extra: str) -> dict[str, str]:
    """This process's environment for a child (a notebook kernel), with the ``WORKBOOK_*_DIR`` paths made
    absolute: a kernel starts in ``notebooks/``, where a relative ``WORKBOOK_CORPUS_DIR=../shared/devset`` given
    at the project root would name another folder."""
    env = dict(os.environ)
    for name in ("WORKBOOK_CORPUS_DIR", "WORKBOOK_REPORTS_DIR", "WORKBOOK_CACHE_DIR"):
        if env.get(name, "").strip():
            env[name] = str(_env_path(name, PROJECT_ROOT))
    return {**env, **extra}


FIGURES_DIR: Path = REPORTS_DIR / "figures"
TABLES_DIR: Path = REPORTS_DIR / "tables"
READER_DIR: Path = REPORTS_DIR / "reader"

# The stance coding's figures on hand-coded corpora, written by `make accuracy` (helpers.unseen_accuracy).
ACCURACY_RECORD: Path = PROJECT_ROOT / "benchmarks" / "results" / "accuracy.csv"

# Data files shipped with the workbook: used when a corpus has none of its own.
DEFAULT_DATA_DIR: Path = PROJECT_ROOT / "corpus"


def raw_dir(corpus_dir: Path | str | None = None) -> Path:
    """Folder of received article files (read-only for code)."""
    return Path(corpus_dir or CORPUS_DIR) / "raw"


def metadata_path(corpus_dir: Path | str | None = None) -> Path:
    """The one-row-per-article metadata table."""
    return Path(corpus_dir or CORPUS_DIR) / "articles.csv"


def data_file(name: str, corpus_dir: Path | str | None = None) -> Path:
    """A codebook file (``actors.yaml``...): the corpus's own if present, else the shipped one."""
    own = Path(corpus_dir or CORPUS_DIR) / name
    return own if own.exists() else DEFAULT_DATA_DIR / name
