"""The Dask path (a real LocalCluster of two worker processes) gives the same tables as one process."""

from __future__ import annotations

import pandas as pd
import pandas.testing as pt
import pytest

from helpers import distributed, store
from helpers.corpus import load_corpus
from helpers.pipeline import analyse

from tests.conftest import BUILDS

TEXTS = {
    "a.txt": "Talks in Istanbul\n\nPutin rejected the ceasefire on Friday. “We back the ceasefire,” Zelensky said.\n\n"
             "Trump called for a summit with Putin and Zelensky.",
    "b.txt": "Sanctions\n\nThe Kremlin opposes sanctions. Ukraine supports new sanctions on Russian oil, "
             "Zelensky told reporters.\n\nErdogan offered to host talks.",
    "c.txt": "Guarantees\n\n“Security guarantees are vital,” Macron said. Rubio said the U.S. backs the truce.",
}


def start_cluster(_build, _folder):
    """Two worker processes take seconds to start, so they start in the background as the session begins
    (``tests.conftest.BUILDS``), and stop in the background once this module's tests are done."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)


BUILDS.follow("dask_cluster", None, start_cluster, close=lambda c: c.close())


@pytest.fixture(scope="module")
def dask_cluster():
    yield BUILDS.result("dask_cluster")
    BUILDS.release("dask_cluster")


@pytest.fixture
def cluster(dask_cluster):
    return dask_cluster


@pytest.fixture
def synthetic(make_corpus, codebooks):
    files = {f"{k}{name}": text.replace("Friday", day) for name, text in TEXTS.items()
             for k, day in enumerate(["Friday", "Monday", "Sunday"])}
    rows = [{"article_id": f"art-{i:02d}", "source_file": name, "title": f"Title {i}",
             "published": f"2025-05-{10 + i:02d}", "date_basis": "stated"} for i, name in enumerate(sorted(files))]
    return load_corpus(make_corpus(files, rows=rows))


def test_cluster_gives_the_same_tables_row_for_row(cluster, synthetic, codebooks, tmp_path):
    local = analyse(synthetic, codebooks=codebooks, cache=False, scheduler="off")
    remote = analyse(synthetic, codebooks=codebooks, cache_dir=tmp_path, scheduler=cluster.scheduler_address)
    assert remote.parsed == len(synthetic) == 9
    assert len(local.stances) > 0 and len(local.quotes) > 0 and len(local.mentions) > 20
    for name, table in local.tables.items():
        pt.assert_frame_equal(remote.tables[name], table, obj=name)
    # the rerun reads the partitioned Parquet store: same tables again, nothing parsed
    again = analyse(synthetic, codebooks=codebooks, cache_dir=tmp_path, scheduler=cluster.scheduler_address)
    assert again.parsed == 0 and again.cache_hits == 9
    for name, table in local.tables.items():
        pt.assert_frame_equal(again.tables[name], table, obj=name)
    parts = sorted(p.relative_to(tmp_path).parts[2:] for p in (tmp_path / "tables").rglob("*.parquet"))
    assert ("stances", "part-00000.parquet") in parts and len(parts) == len(local.tables) == 7


def test_store_is_partitioned_by_blocks_of_articles(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "PART_ARTICLES", 2)
    table = pd.DataFrame({"article_id": ["a", "a", "b", "c", "d", "e"], "n": range(6)})
    folder = store.write_store(tmp_path / "s", {"rows": table}, ["a", "b", "c", "d", "e"])
    parts = sorted(p.name for p in (folder / "rows").iterdir())
    assert parts == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert pd.read_parquet(folder / "rows" / "part-00001.parquet")["article_id"].tolist() == ["c", "d"]
    pt.assert_frame_equal(store.read_store(folder, ["rows"])["rows"], table)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left


def test_incomplete_store_is_not_read(tmp_path):
    folder = store.write_store(tmp_path / "s", {"rows": pd.DataFrame({"article_id": ["a"]})}, ["a"])
    (folder / store.DONE).unlink()
    assert store.read_store(folder, ["rows"]) is None


def test_runner_choice(monkeypatch):
    monkeypatch.delenv(distributed.SCHEDULER_ENV, raising=False)
    monkeypatch.setenv(distributed.WORKERS_ENV, "2")
    assert distributed.choose_runner(distributed.DASK_FROM - 1) is None          # small: in-process
    assert distributed.choose_runner(distributed.DASK_FROM) is not None          # large: local cluster
    assert distributed.choose_runner(10_000, "off") is None
    monkeypatch.setenv(distributed.SCHEDULER_ENV, "tcp://127.0.0.1:8786")
    assert distributed.scheduler_address() == "tcp://127.0.0.1:8786"
    assert distributed.choose_runner(1) is not None                               # a cluster named: always used
