"""A report run degrades gracefully: a failing notebook (a dead kernel too) is named, the others still run."""

from __future__ import annotations

import shutil

import nbformat
import pytest

from helpers import runs
from helpers.report import ReportError, build_reports, find_notebooks
from tests.conftest import FIXTURE_CORPUS, workbook_env



def _notebook(folder, name, *cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {name}\n\nA test notebook.")]
    nb.cells += [nbformat.v4.new_code_cell(c) for c in cells]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / f"{name}.ipynb")


def test_failures_are_named_and_the_other_notebooks_still_run(tmp_path, capsys):
    notebooks, reports = tmp_path / "notebooks", tmp_path / "reports"
    notebooks.mkdir()
    _notebook(notebooks, "01-fine", "x = 1 + 1\nx")
    _notebook(notebooks, "02-raises", "raise ValueError('the sky fell')")
    # a kernel killed in the middle of a write: a temporary file is left, then the process dies
    _notebook(notebooks, "03-dies", f"from pathlib import Path\nPath({str(reports / 'figures')!r}).mkdir(parents=True, exist_ok=True)\n"
              f"Path({str(reports / 'figures' / '.03-chart.abcd1234.png')!r}).write_bytes(b'half')\n"
              "import os\nos._exit(1)")
    _notebook(notebooks, "04-fine", "'still runs'")
    lines = []
    with workbook_env(FIXTURE_CORPUS, reports, tmp_path / "cache"):
        with pytest.raises(ReportError) as caught:
            build_reports(notebooks_dir=notebooks, reports_dir=reports, corpus_dir=FIXTURE_CORPUS, workers=2,
                          log=lines.append)
    messages = str(caught.value).splitlines()
    assert messages == ["02-raises.ipynb failed: ValueError: the sky fell",
                        "03-dies.ipynb failed: its kernel died (out of memory, or killed); run fewer notebooks at "
                        "once with WORKBOOK_REPORT_WORKERS=1"]
    assert (reports / "01-fine.html").is_file() and (reports / "04-fine.html").is_file()
    assert not (reports / "02-raises.html").exists() and not (reports / "03-dies.html").exists()
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "Notebooks that failed" in index and "02-raises.ipynb failed: ValueError: the sky fell" in index
    assert "its kernel died" in index and 'href="reader/01-fine.html"' in index and "reader/02-raises" not in index
    assert not [p for p in reports.rglob(".*") if p.is_file()], "temporary file left behind"
    assert any(line.startswith("analysed 5 article(s)") for line in lines)
    assert "  03-dies: FAILED (its kernel died (out of memory, or killed); run fewer notebooks at once with " \
           "WORKBOOK_REPORT_WORKERS=1)" in lines


def test_kernels_are_limited_by_memory():
    assert runs.kernel_mb(0) == runs.KERNEL_BASE_MB
    assert runs.kernel_slots(2_000, available_mb=4_000) == 3          # 0.75 * 4000 // 950
    assert runs.kernel_slots(10_000, available_mb=1_000) == 1         # never fewer than one
    assert runs.kernel_slots(0, available_mb=24_000) == 40


def test_temporaries_are_removed_and_nothing_else(tmp_path):
    (tmp_path / "figures").mkdir()
    keep = [tmp_path / "figures" / "02-chart.png", tmp_path / ".hidden-notes.txt", tmp_path / "index.html"]
    litter = [tmp_path / "figures" / ".02-chart.k3j_9xq1.png", tmp_path / ".index.html.ab12cd34.tmp"]
    for path in keep + litter:
        path.write_text("x")
    assert sorted(runs.remove_temporaries(tmp_path)) == sorted(litter)
    assert all(p.exists() for p in keep) and not any(p.exists() for p in litter)


def test_failures_section_escapes_and_sits_under_the_title():
    page = runs.with_failures("<body><h1>Report</h1><p>rest</p>", [("05-x.ipynb", "failed: <script>")])
    assert page.index("Notebooks that failed") > page.index("</h1>") and page.index("rest") > page.index("failed")
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert runs.with_failures("<h1>R</h1>", []) == "<h1>R</h1>"
