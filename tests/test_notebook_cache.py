"""helpers.notebook_cache: an unchanged notebook is restored, never re-run; any change to its inputs re-runs it."""

from __future__ import annotations

import csv
import datetime as dt
import json
import shutil
from pathlib import Path

import nbformat
import pytest

from helpers import config, notebook_cache, report
from helpers.notebook_cache import Entry, load, notebook_key, run_digest, store
from helpers.report import build_reports, find_notebooks
from tests.conftest import FIXTURE_CORPUS, workbook_env

RUN = "0" * 64  # a fixed run digest: the notebook's own part of the key only


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURE_CORPUS, tmp_path / "corpus"))


# --------------------------------------------------------------------------- the key


def test_key_ignores_outputs_and_execution_counts_but_not_sources(tmp_path):
    source = find_notebooks()[0]
    copy = tmp_path / source.name
    shutil.copyfile(source, copy)
    before = notebook_key(copy, run=RUN)
    nb = nbformat.read(copy, as_version=4)
    assert any(c.get("outputs") for c in nb.cells)  # the committed notebook is executed
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(nb, copy)
    assert notebook_key(copy, run=RUN) == before
    nb.cells[-1].source += "\n# one more line"
    nbformat.write(nb, copy)
    assert notebook_key(copy, run=RUN) != before
    assert notebook_key(copy, run="1" * 64) != notebook_key(copy, run=RUN)


@pytest.mark.parametrize("change", [
    lambda c: (c / "raw" / sorted(p.name for p in (c / "raw").iterdir())[0]).write_text("Trump met Putin.\n"),
    lambda c: (c / "articles.csv").write_text((c / "articles.csv").read_text(encoding="utf-8") + "\n",
                                              encoding="utf-8"),
    lambda c: (c / "actors.yaml").write_text((c / "actors.yaml").read_text(encoding="utf-8") + "\n# x\n",
                                             encoding="utf-8"),
    lambda c: (c / "annotations" / "extra.csv").write_text("a\n", encoding="utf-8"),
])
def test_any_corpus_file_changes_the_key(corpus, change):
    before = run_digest(corpus)
    assert run_digest(corpus) == before  # stable while nothing changes
    change(corpus)
    assert run_digest(corpus) != before


def test_the_corpus_location_and_the_helpers_code_change_the_key(corpus, tmp_path, monkeypatch):
    before = run_digest(corpus)
    assert run_digest(shutil.copytree(corpus, tmp_path / "elsewhere")) != before
    helpers = Path(shutil.copytree(notebook_cache.HELPERS_DIR, tmp_path / "helpers",
                                   ignore=shutil.ignore_patterns("__pycache__")))
    monkeypatch.setattr(notebook_cache, "HELPERS_DIR", helpers)
    assert run_digest(corpus) == before
    (helpers / "quotes.py").write_text((helpers / "quotes.py").read_text(encoding="utf-8") + "\n# x\n",
                                       encoding="utf-8")
    assert run_digest(corpus) != before


def test_the_accuracy_record_changes_the_key(corpus, tmp_path, monkeypatch):
    # notebook 06 states the held-out figures of benchmarks/results/accuracy.csv: a new record reruns it
    record = tmp_path / "accuracy.csv"
    monkeypatch.setattr(notebook_cache.config, "ACCURACY_RECORD", record)
    missing = run_digest(corpus)
    record.write_text("date,corpus,part\n2026-11-24,written,heldout\n", encoding="utf-8")
    written = run_digest(corpus)
    assert written != missing and run_digest(corpus) == written
    record.write_text("date,corpus,part\n2026-11-25,written,heldout\n", encoding="utf-8")
    assert run_digest(corpus) != written


def test_settings_count_but_not_where_to_write(corpus, monkeypatch):
    before = run_digest(corpus)
    monkeypatch.setenv("WORKBOOK_REPORTS_DIR", "/somewhere/else")
    monkeypatch.setenv("WORKBOOK_REPORT_WORKERS", "1")
    monkeypatch.setenv(notebook_cache.ENV_SWITCH, "1")
    assert run_digest(corpus) == before
    monkeypatch.setenv("WORKBOOK_PARSER", "1")
    assert run_digest(corpus) != before


def test_a_future_date_that_passes_changes_the_key(corpus):
    """The loader flags published dates after today, so the key changes on the day the last one passes."""
    with (corpus / "articles.csv").open(newline="", encoding="utf-8") as fh:
        last = max(dt.date.fromisoformat(row["published"]) for row in csv.DictReader(fh))
    before, after = last - dt.timedelta(days=1), last + dt.timedelta(days=1)
    assert run_digest(corpus, today=before) != run_digest(corpus, today=after)
    assert run_digest(corpus, today=after) == run_digest(corpus, today=after + dt.timedelta(days=300))


# --------------------------------------------------------------------------- entries


ENTRY = Entry('{"cells": []}\n', "<html>full ü</html>", "<html>reader</html>",
              {"figures/02-x.png": b"\x89PNG\x00\xff\xfe", "tables/02-x.csv": "a,b\nü,1\n".encode(),
               "tables/sub/deep.csv": b""})


def test_store_then_load_gives_the_same_bytes(tmp_path):
    folder = store("02-x", "a" * 64, ENTRY, cache_dir=tmp_path)
    assert folder.parent == tmp_path / "notebooks" / "02-x"
    assert load("02-x", "a" * 64, cache_dir=tmp_path) == ENTRY
    assert load("02-x", "b" * 64, cache_dir=tmp_path) is None
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # no temporary folder left


@pytest.mark.parametrize("damage", [
    lambda f: (f / "files" / "figures" / "02-x.png").write_bytes(b"\x89PNG"),    # truncated
    lambda f: (f / "full.html").unlink(),                                        # missing
    lambda f: (f / "manifest.json").unlink(),                                    # never completed
    lambda f: (f / "manifest.json").write_text("{not json", encoding="utf-8"),
    lambda f: (f / "manifest.json").write_text(json.dumps({"key": "a" * 64, "files": []}), encoding="utf-8"),
])
def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path, damage):
    damage(store("02-x", "a" * 64, ENTRY, cache_dir=tmp_path))
    assert load("02-x", "a" * 64, cache_dir=tmp_path) is None
    store("02-x", "a" * 64, ENTRY, cache_dir=tmp_path)
    assert load("02-x", "a" * 64, cache_dir=tmp_path) == ENTRY


def test_an_entry_pointing_outside_the_reports_folder_is_a_miss(tmp_path):
    folder = store("02-x", "a" * 64, ENTRY, cache_dir=tmp_path)
    (folder / "files" / "x.csv").write_bytes(b"x")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["files/../../x.csv"] = manifest["files"]["files/tables/02-x.csv"]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert load("02-x", "a" * 64, cache_dir=tmp_path) is None
    with pytest.raises(ValueError, match="inside the reports folder"):
        store("02-x", "c" * 64, Entry("", "", "", {"../escape.csv": b""}), cache_dir=tmp_path)


def test_storing_a_new_entry_removes_the_older_ones_of_that_notebook_only(tmp_path):
    store("02-x", "a" * 64, ENTRY, cache_dir=tmp_path)
    store("03-y", "a" * 64, ENTRY, cache_dir=tmp_path)
    newer = store("02-x", "b" * 64, ENTRY, cache_dir=tmp_path)
    assert [p.name for p in newer.parent.iterdir()] == [newer.name]
    assert load("02-x", "a" * 64, cache_dir=tmp_path) is None
    assert load("02-x", "b" * 64, cache_dir=tmp_path) == ENTRY
    assert load("03-y", "a" * 64, cache_dir=tmp_path) == ENTRY


def test_the_switch(monkeypatch):
    monkeypatch.delenv(notebook_cache.ENV_SWITCH, raising=False)
    assert notebook_cache.enabled()
    monkeypatch.setenv(notebook_cache.ENV_SWITCH, "0")
    assert not notebook_cache.enabled()


# --------------------------------------------------------------------------- in a report run


def _notebook(folder: Path, name: str, *cells: str) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {name}\n\nA test notebook.")]
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / f"{name}.ipynb")
    return folder / f"{name}.ipynb"


def test_a_rerun_restores_pages_and_files(tmp_path, monkeypatch):
    """The files a kernel wrote (it gets WORKBOOK_WRITE_LOG) come back on a rerun into another folder."""
    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    writes = _notebook(notebooks, "01-writes", "import pandas as pd\nfrom helpers.figures import save_table\n"
                       "save_table(pd.DataFrame({'a': [1, 2]}), '01-table')\n'written'")
    runs = []
    for name, in_place in (("first", False), ("second", True)):
        reports, lines = tmp_path / name, []
        with workbook_env(FIXTURE_CORPUS, reports, tmp_path / "cache"):
            build_reports(notebooks_dir=notebooks, reports_dir=reports, corpus_dir=FIXTURE_CORPUS,
                          in_place=in_place, log=lines.append)
        runs.append((reports, lines))
    (first, lines1), (second, lines2) = runs
    assert "  01-writes: done" in lines1 and "  01-writes: done (unchanged, from cache)" in lines2
    for rel in ("01-writes.html", "reader/01-writes.html", "tables/01-table.csv"):
        assert (second / rel).read_bytes() == (first / rel).read_bytes(), rel
    assert (second / "tables" / "01-table.csv").read_text(encoding="utf-8") == "a\n1\n2\n"
    written = sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert written == ["01-writes.html", "index.html", "reader/01-writes.html", "tables/01-table.csv"]
    assert any(line.startswith("wrote 4 files") for line in lines2), lines2  # restored files are written files
    saved = nbformat.read(writes, as_version=4)  # --in-place on a hit saves the cached executed notebook
    assert saved.cells[1].outputs[0]["data"]["text/plain"] == "'written'"


def test_a_failed_notebook_is_never_stored(tmp_path, monkeypatch):
    def fails(path, **_):
        raise report.ReportError(f"{Path(path).name} failed: ValueError: the sky fell")

    monkeypatch.setattr(config, "CACHE_DIR", tmp_path / "cache")
    monkeypatch.setattr(report, "execute", fails)
    path = _notebook(tmp_path, "02-raises", "raise ValueError('the sky fell')")
    with pytest.raises(report.ReportError, match="the sky fell"):
        report._render(path, tmp_path / "reports", False, print, RUN)
    assert not (tmp_path / "cache").exists() and not (tmp_path / "reports").exists()
