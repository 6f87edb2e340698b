"""The analysis tables of a whole corpus as partitioned Parquet, so a notebook reads them in one go.

``analyse`` keeps each article's rows in the per-article JSON cache; reading
thousands of small JSON files in every notebook costs more than the notebook
itself. So once a corpus is analysed, its tables are also written here, one
folder per corpus state (a hash of every article's cache key, in order)::

    .cache/tables/<corpus key>/sentences/part-00000.parquet, part-00001.parquet, ...
    .cache/tables/<corpus key>/mentions/...
    .cache/tables/<corpus key>/_complete

Each part holds the rows of :data:`PART_ARTICLES` consecutive articles. The
folder is built under a temporary name and renamed into place, and
``_complete`` is written last, so a reader never sees half a store; a
changed article, codebook or helper gives a new corpus key (the old folder is
left for the next ``make clean-cache``).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Iterator, Mapping, Sequence

import pandas as pd

__all__ = ["PART_ARTICLES", "corpus_key", "store_path", "read_store", "write_store", "atomic_directory"]

PART_ARTICLES = 500
DONE = "_complete"


def corpus_key(keys: Sequence[str]) -> str:
    """Hash of the articles' cache keys, in corpus order."""
    return hashlib.sha256("\n".join(keys).encode("ascii")).hexdigest()


def store_path(cache_root: Path | str, keys: Sequence[str]) -> Path:
    return Path(cache_root) / "tables" / corpus_key(keys)[:24]


def read_store(folder: Path, names: Sequence[str]) -> dict[str, pd.DataFrame] | None:
    """Every table of a complete store (``None`` when missing, incomplete or unreadable)."""
    if not (folder / DONE).is_file():
        return None
    try:
        out = {}
        for name in names:
            parts = sorted((folder / name).glob("part-*.parquet"))
            frames = [pd.read_parquet(p) for p in parts]
            out[name] = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        return out
    except (OSError, ValueError, IndexError):
        return None  # a damaged store is simply rebuilt


def _parts(table: pd.DataFrame, article_ids: Sequence[str]) -> list[pd.DataFrame]:
    """``table`` cut into the rows of consecutive blocks of :data:`PART_ARTICLES` articles (one part if empty)."""
    if table.empty or "article_id" not in table.columns or len(article_ids) <= PART_ARTICLES:
        return [table]
    block = {a: i // PART_ARTICLES for i, a in enumerate(article_ids)}
    numbers = table["article_id"].map(block).fillna(-1)
    return [table[numbers == b].reset_index(drop=True) for b in sorted(set(numbers))]


@contextlib.contextmanager
def atomic_directory(folder: Path, *, replace: bool = False) -> Iterator[Path]:
    """Fill a temporary sibling of ``folder`` (the ``with`` target), then rename it to ``folder``.

    Readers never see a half-written folder. When another process renamed its
    own copy first, that one is kept (``replace=True`` removes an existing
    ``folder`` first: a damaged entry under the same name). On an error the
    temporary folder is removed and the error raised.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp"))
    try:
        yield tmp
        if replace:
            shutil.rmtree(folder, ignore_errors=True)
        try:
            os.replace(tmp, folder)
        except OSError:  # another process stored the same folder first: theirs is as good
            shutil.rmtree(tmp, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_store(folder: Path, tables: Mapping[str, pd.DataFrame], article_ids: Sequence[str]) -> Path:
    """Write ``tables`` as partitioned Parquet into ``folder`` (atomically: temporary folder, then rename)."""
    with atomic_directory(folder) as tmp:
        for name, table in tables.items():
            (tmp / name).mkdir()
            for i, part in enumerate(_parts(table, article_ids)):
                part.to_parquet(tmp / name / f"part-{i:05d}.parquet", index=False)
        (tmp / DONE).write_text("ok\n", encoding="ascii")
        for path in [tmp, *tmp.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() else 0o644)
    return folder
