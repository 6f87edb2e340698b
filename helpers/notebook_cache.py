"""Executed notebooks, their pages and the files they wrote, cached by what they depend on.

Re-running an unchanged notebook costs a kernel start, every chart and two
nbconvert exports, although its tables come from the analysis cache. So
``python -m helpers.report`` keeps, per notebook, the executed notebook, its
full and reader pages and every file it wrote under the reports folder, under a
key that changes whenever any input of the notebook could:

* the notebook's cells (types, sources, metadata), not their outputs, so
  ``make notebooks`` writing outputs back leaves the key alone;
* every file of the corpus folder (names and bytes) and its resolved path, the
  shipped codebooks (used when a corpus has none) and the dates in
  ``articles.csv`` still in the future (the loader flags those, so the output
  changes the day such a date passes);
* every file of the ``helpers`` package (code, templates, data);
* the versions of Python and of the packages that shape the output;
* the ``WORKBOOK_*`` variables, except those that only say where to write or how fast.

Entries live in ``<cache>/notebooks/<notebook stem>/<key>/``; each is written
to a temporary folder and renamed into place, with a manifest (every file's
SHA-256) written last, and storing one removes that notebook's older entries.
An entry that is missing, partial or damaged is a miss, never an error.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Mapping

from helpers import config
from helpers.nbformat_import import import_nbformat
from helpers.store import atomic_directory

nbformat = import_nbformat()

__all__ = ["ENV_SWITCH", "Entry", "enabled", "run_digest", "notebook_key", "entry_path", "load", "store"]

ENV_SWITCH = "WORKBOOK_NOTEBOOK_CACHE"  # "0" turns the cache off
PACKAGES = ("pandas", "numpy", "matplotlib", "spacy", "nbconvert", "nbclient", "ipykernel", "jinja2", "dask", "pyarrow")
# Variables that say where files go or how many processes run, not what a notebook computes.
NOT_KEYED = {"WORKBOOK_REPORTS_DIR", "WORKBOOK_CACHE_DIR", "WORKBOOK_WRITE_LOG", "WORKBOOK_REPORT_WORKERS",
             "WORKBOOK_DASK_SCHEDULER", ENV_SWITCH}
# Cell metadata a run or a viewer changes without changing what the cell shows.
VOLATILE_CELL_METADATA = {"execution", "ExecuteTime", "collapsed", "scrolled"}
HELPERS_DIR = Path(__file__).resolve().parent
MANIFEST = "manifest.json"
NOTEBOOK, FULL_PAGE, READER_PAGE, FILES = "notebook.ipynb", "full.html", "reader.html", "files"
DATE_RE = re.compile(rb"\b(\d{4}-\d{2}-\d{2})\b")


@dataclass(frozen=True)
class Entry:
    """One cached notebook run: the executed notebook, its two pages and its files (reports-relative)."""

    notebook: str
    full_page: str
    reader_page: str
    files: Mapping[str, bytes] = field(default_factory=dict)


def enabled() -> bool:
    """False when ``WORKBOOK_NOTEBOOK_CACHE=0`` (or ``no``/``off``/``false``)."""
    return os.environ.get(ENV_SWITCH, "1").strip().lower() not in {"0", "no", "off", "false"}


def _hash_tree(digest, folder: Path, *, skip=lambda p: False) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not skip(path):
            digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())


def run_digest(corpus_dir: Path | str | None = None, *, today: dt.date | None = None) -> str:
    """Digest of everything but the notebook itself (corpus, code, versions, settings); once per report run."""
    corpus = Path(corpus_dir or config.CORPUS_DIR).resolve()
    digest = hashlib.sha256()
    digest.update(f"corpus {corpus}\n".encode("utf-8", "surrogateescape"))
    if corpus.is_dir():
        _hash_tree(digest, corpus)
    articles = config.metadata_path(corpus)
    if articles.is_file():  # the loader flags dates after today: the output changes when one passes
        later = sorted({d for d in DATE_RE.findall(articles.read_bytes())
                        if d.decode() > (today or dt.date.today()).isoformat()})
        digest.update(b"future " + b",".join(later) + b"\n")
    digest.update(b"codebooks\n")
    for path in sorted(config.DEFAULT_DATA_DIR.glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    digest.update(b"helpers\n")
    _hash_tree(digest, HELPERS_DIR, skip=lambda p: "__pycache__" in p.parts or p.suffix == ".pyc")
    record = Path(config.ACCURACY_RECORD)  # notebook 06 states the held-out figures `make accuracy` recorded
    digest.update(b"accuracy record\n" + (hashlib.sha256(record.read_bytes()).digest() if record.is_file() else b""))
    versions = [f"python={sys.version}"]
    for name in PACKAGES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    settings = sorted(f"{k}={v}" for k, v in os.environ.items() if k.startswith("WORKBOOK_") and k not in NOT_KEYED)
    digest.update("\n".join(versions + settings).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def notebook_key(path: Path | str, *, corpus_dir: Path | str | None = None, run: str | None = None) -> str:
    """The cache key of notebook ``path``: its cells (not outputs) plus :func:`run_digest` (``run`` if given)."""
    nb = nbformat.read(Path(path), as_version=4)
    cells = [{"type": c.cell_type, "source": c.source,
              "metadata": {k: v for k, v in c.get("metadata", {}).items() if k not in VOLATILE_CELL_METADATA}}
             for c in nb.cells]
    digest = hashlib.sha256((run or run_digest(corpus_dir)).encode("ascii"))
    digest.update(json.dumps(cells, sort_keys=True, ensure_ascii=False).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def entry_path(stem: str, key: str, *, cache_dir: Path | str | None = None) -> Path:
    return Path(cache_dir or config.CACHE_DIR) / "notebooks" / stem / key[:32]


def _safe(rel: str) -> bool:
    """A reports-relative path that stays inside the reports folder."""
    parts = PurePosixPath(rel).parts
    return bool(parts) and not PurePosixPath(rel).is_absolute() and ".." not in parts


def load(stem: str, key: str, *, cache_dir: Path | str | None = None) -> Entry | None:
    """The entry stored for ``stem`` under ``key``; ``None`` if missing, partial or damaged (a miss)."""
    folder = entry_path(stem, key, cache_dir=cache_dir)
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest["key"] != key:
            return None
        blobs = {}
        for rel, sha in manifest["files"].items():
            data = (folder / rel).read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                return None
            blobs[rel] = data
        files = {rel[len(FILES) + 1:]: data for rel, data in blobs.items() if rel.startswith(FILES + "/")}
        if not all(_safe(rel) for rel in files):
            return None
        return Entry(blobs[NOTEBOOK].decode("utf-8"), blobs[FULL_PAGE].decode("utf-8"),
                     blobs[READER_PAGE].decode("utf-8"), files)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store(stem: str, key: str, entry: Entry, *, cache_dir: Path | str | None = None) -> Path:
    """Store ``entry`` atomically (temporary folder, then rename) and remove ``stem``'s older entries."""
    folder = entry_path(stem, key, cache_dir=cache_dir)
    folder.parent.mkdir(parents=True, exist_ok=True)
    blobs = {NOTEBOOK: entry.notebook.encode("utf-8"), FULL_PAGE: entry.full_page.encode("utf-8"),
             READER_PAGE: entry.reader_page.encode("utf-8")}
    for rel, data in entry.files.items():
        if not _safe(rel):
            raise ValueError(f"not a path inside the reports folder: {rel!r}")
        blobs[f"{FILES}/{PurePosixPath(rel).as_posix()}"] = data
    with atomic_directory(folder, replace=True) as tmp:  # replace: a damaged entry under the same key
        for rel, data in blobs.items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_bytes(data)
        manifest = {"key": key, "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in blobs.items()}}
        (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    for old in folder.parent.iterdir():
        if old.is_dir() and old.name != folder.name and not old.name.startswith("."):
            shutil.rmtree(old, ignore_errors=True)
    return folder
