"""helpers.report: notebooks execute headless and export to escaped, self-contained HTML."""

from __future__ import annotations

import html
import re

import nbformat
import pytest

from helpers import config
from helpers.report import NotebookInfo, build_index, describe, find_notebooks


@pytest.fixture(scope="module")
def built(real_reports):
    return real_reports.reports


def test_report_files_exist(built):
    assert (built / "index.html").is_file()
    for path in find_notebooks():
        assert (built / path.with_suffix(".html").name).is_file()
        assert (built / "reader" / path.with_suffix(".html").name).is_file()
    assert (built / "figures" / "01-article-lengths.png").is_file()
    assert (built / "figures" / "01-article-lengths.csv").is_file()
    assert (built / "tables" / "01-articles.csv").is_file()
    # no temporary files are left behind
    assert not [p for p in built.rglob("*.tmp")]


def test_full_report_has_tables_figure_and_code(built):
    page = (built / "01-load-corpus.html").read_text(encoding="utf-8")
    assert "<table" in page and "trump-putin-to-meet" in page and "KAM Isaac" in page
    assert re.search(r'<img[^>]+src="data:image/png;base64,', page)
    assert "read_corpus(CORPUS_DIR" in visible_text(page)


def visible_text(page: str) -> str:
    """The page's text with tags dropped (code is split into highlighting spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_reader_report_hides_code(built):
    page = (built / "reader" / "01-load-corpus.html").read_text(encoding="utf-8")
    assert "read_corpus(CORPUS_DIR" not in visible_text(page)
    assert "KAM Isaac" in page
    assert re.search(r'<img[^>]+src="data:image/png;base64,', page)


def test_index_links_every_built_notebook(built):
    page = (built / "index.html").read_text(encoding="utf-8")
    assert '<a href="01-load-corpus.html">01 · Load the corpus</a>' in page
    assert page.count('href="reader/') == len(find_notebooks())
    assert 'href="reader/01-load-corpus.html"' in page
    assert "5 articles, 15 May 2025 to 19 August 2025" in page


def test_figure_csv_is_the_plotted_data(built):
    csv = (built / "figures" / "01-article-lengths.csv").read_text(encoding="utf-8").splitlines()
    assert csv[0] == "date,article_id,n_words"
    assert csv[1] == "2025-05-15,putin-trump-bail-istanbul,449"
    assert len(csv) == 6


def test_every_notebook_opens_with_title_and_purpose():
    paths = find_notebooks()
    assert paths and paths[0].name == "01-load-corpus.ipynb"
    for path in paths:
        info = describe(path)
        assert re.match(r"\d\d · ", info.title), path.name
        assert len(info.purpose) > 20, path.name
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert code[1].source.startswith("# Parameters"), f"{path.name}: second code cell must be the parameters"
        params = [line.split("=")[0].strip() for line in code[1].source.splitlines()[1:] if "=" in line]
        assert params and all(p.isupper() for p in params), path.name


def test_committed_notebooks_are_executed_without_errors():
    for path in find_notebooks():
        nb = nbformat.read(path, as_version=4)
        counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
        assert all(counts), f"{path.name}: not executed top to bottom"
        assert counts == list(range(1, len(counts) + 1)), f"{path.name}: cells executed out of order"
        for cell in nb.cells:
            for out in cell.get("outputs", []):
                assert out.get("output_type") != "error", path.name
                assert out.get("name") != "stderr" or "Traceback" not in out.get("text", ""), path.name


def test_index_escapes_untrusted_text(tmp_path):
    info = NotebookInfo(tmp_path / "99-x.ipynb", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
    page = build_index([info], corpus_dir=config.PROJECT_ROOT / "corpus")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page


def test_a_failing_notebook_gives_one_clear_error(tmp_path):
    """An empty corpus stops the report with the loader's message, not a kernel traceback."""
    from conftest import workbook_env
    from helpers.report import ReportError, build_reports

    corpus = tmp_path / "corpus"
    (corpus / "raw").mkdir(parents=True)
    (corpus / "articles.csv").write_text(
        "article_id,source_file,title,title_basis,published,date_basis,date_note,outlet,author,url\n", encoding="utf-8")
    reports = tmp_path / "reports"
    with workbook_env(corpus, reports, tmp_path / "cache"):
        with pytest.raises(ReportError, match=r"01-load-corpus.ipynb failed: CorpusError: .*raw: the corpus is empty"):
            build_reports(reports_dir=reports, corpus_dir=corpus, only=["01"], log=lambda *_: None)
    assert not (reports / "01-load-corpus.html").exists()
