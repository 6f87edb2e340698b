"""helpers.report: notebooks execute headless and export to escaped, self-contained HTML a newsroom can hand on."""

from __future__ import annotations

import base64
import html
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from helpers import config
from helpers.report import NotebookInfo, build_index, describe, find_notebooks, kernelspec, to_html

from tests.conftest import BUILDS, NICE_BIN


@pytest.fixture(scope="module")
def built(fixture_reports):
    """The whole report of the frozen test corpus (one build shared by the session)."""
    return fixture_reports.reports


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
    assert "open_workbook(CORPUS_DIR" in visible_text(page)


def visible_text(page: str) -> str:
    """The page's text with tags dropped (code is split into highlighting spans)."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def test_reader_report_hides_code(built):
    page = (built / "reader" / "01-load-corpus.html").read_text(encoding="utf-8")
    assert "open_workbook(CORPUS_DIR" not in visible_text(page)
    assert "KAM Isaac" in page
    assert re.search(r'<img[^>]+src="data:image/png;base64,', page)


def test_index_links_every_built_notebook(built):
    page = (built / "index.html").read_text(encoding="utf-8")
    assert '<a href="reader/01-load-corpus.html">01 · Load the corpus</a>' in page
    for path in find_notebooks():
        assert f'href="{path.stem}.html"' in page and f'href="reader/{path.stem}.html"' in page
    assert "5 articles, 15 May 2025 to 19 August 2025" in page


def test_front_page_gives_the_findings(built):
    """Corpus facts, the headline chart itself, the ceasefire moves with evidence, top actors, accuracy."""
    page = (built / "index.html").read_text(encoding="utf-8")
    text = visible_text(page)
    assert "all 5 dates were inferred" in text and "Geopolitical Lens" in text
    headline = (built / "figures" / "05-positions-ceasefire.png").read_bytes()
    assert base64.b64encode(headline).decode() in page       # the chart notebook 05 saved, inlined
    assert "Where each side stood on the ceasefire" in text
    assert "Russia: conditional (≈15 May 2025) → oppose (≈16 May 2025)" in text
    assert "What changed on the ceasefire, and why" in text
    assert "Russia on ceasefire: conditional → oppose (−1.50)" in text    # a true minus sign
    assert "In short: Russia went from conditional support (≈15 May 2025) to opposition (≈16 May 2025)" in text
    assert ("; the US went from support (≈7 August 2025) to mixed positions (≈19 August 2025); Ukraine went from "
            "mixed positions (≈15 May 2025) to support (≈16 May 2025).") in text
    assert "Russia’s effective rejection of the plan" in text  # the evidence sentence after the move
    assert "<blockquote>Russia’s effective rejection" in page   # without the article's list marker ("- ")
    assert text.count("Before, article") >= 3
    assert "Most mentioned" in text and "Most quoted" in text and "Donald Trump" in text
    assert "How far to trust the stance coding" in text and re.search(r"\(\d+%\) are also in the hand coding", text)
    assert "coverage the rules were not written against" in text   # the held-out record, or that none exists
    for nb in ("01", "02", "03", "05", "06"):
        assert re.search(rf'href="reader/{nb}-[\w-]+\.html"', page)


def test_pages_stand_alone_and_are_readable_by_others(built):
    pages = sorted(built.rglob("*.html"))
    assert len(pages) == 13
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "cdnjs" not in text and "<script" not in text, page.name
        assert "ipykernel_" not in text and "/tmp/" not in text, page.name   # no temporary paths
        assert "Warning:" not in text and "warnings.warn" not in text, page.name  # no raw Python warnings
        assert not re.search(r"at 0x[0-9a-f]{6,}", text), page.name
    for path in built.rglob("*"):
        mode = path.stat().st_mode & 0o777
        assert mode == (0o755 if path.is_dir() else 0o644), f"{path}: {oct(mode)}"


def test_tables_are_readable(built):
    """No row numbers, shares as percentages, counts as integers, a cut table says so and names its CSV."""
    page = (built / "reader" / "02-actor-mentions.html").read_text(encoding="utf-8")
    assert "showing 10 of" in page and "full table: reports/tables/02-mentions.csv" in page
    assert 'class="blank level0"' not in page and "row_heading" not in page   # no pandas index column
    assert re.search(r">\d{1,2}\.\d%</td>", page)                          # shares as percentages
    page = (built / "reader" / "06-validation.html").read_text(encoding="utf-8")
    assert re.search(r">\d+</td>", page) and not re.search(r">\d+\.000</td>", page)   # counts as integers
    assert re.search(r">0\.\d{3}</td>", page)                                        # rates to 3 places


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


def test_export_of_an_executed_notebook_is_identical_twice():
    """A warm report restores cached pages, so the export itself is checked here: same notebook, same bytes."""
    path = next(p for p in find_notebooks() if p.name.startswith("02"))
    first = nbformat.read(path, as_version=4)
    assert any(o.get("data", {}).get("image/png") for c in first.cells for o in c.get("outputs", []))
    page = to_html(first, title="T", home="index.html")
    assert page == to_html(nbformat.read(path, as_version=4), title="T", home="index.html")
    assert "<img" in page
    assert 'alt="Mentions by actor and article' in page   # the chart's own alt text, from save_chart
    assert page.count('class="jp-Cell-inputWrapper" tabindex="0"') == len(first.cells)  # focusable, as nbconvert makes them


def test_chart_alt_text_is_escaped_in_the_page():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x", execution_count=1, outputs=[
        nbformat.v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="},
                               metadata={"image/png": {"alt": '"><script>alert(1)</script>'}})])])
    page = to_html(nb, title="T")
    assert "<script>alert(1)" not in page
    assert 'alt="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page or 'alt="&quot;&gt;&lt;script&gt;' in page
    assert 'class="jp-RenderedImage jp-OutputArea-output " tabindex="0"' in page


def test_index_escapes_untrusted_text(tmp_path):
    info = NotebookInfo(tmp_path / "99-x.ipynb", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
    page = build_index([info], corpus_dir=config.PROJECT_ROOT / "corpus")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page


def _report_of_an_empty_corpus(_build, folder: Path) -> tuple[int, str, bool]:
    """``make report`` (notebook 01 only) on a corpus with no article: exit status, stderr, whether a page was written.

    Run in the background when the session starts (a subprocess with its own WORKBOOK_* settings, as
    ``make report`` runs), so its kernel start-up does not hold up the tests' own process."""
    corpus = folder / "corpus"
    (corpus / "raw").mkdir(parents=True)
    (corpus / "articles.csv").write_text(
        "article_id,source_file,title,title_basis,published,date_basis,date_note,outlet,author,url\n", encoding="utf-8")
    reports = folder / "reports"
    env = dict(os.environ, WORKBOOK_CORPUS_DIR=str(corpus), WORKBOOK_REPORTS_DIR=str(reports),
               WORKBOOK_CACHE_DIR=str(folder / "cache"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(config.PROJECT_ROOT), os.environ.get("PYTHONPATH")])))
    nice = [NICE_BIN, "-n", str(BUILDS.NICE)] if NICE_BIN else []  # background work yields to the tests
    proc = subprocess.run([*nice, sys.executable, "-m", "helpers.report", "--only", "01"], cwd=config.PROJECT_ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stderr, (reports / "01-load-corpus.html").exists()


BUILDS.follow("empty_corpus_report", None, _report_of_an_empty_corpus)


@pytest.fixture
def empty_corpus_report():
    return BUILDS.result("empty_corpus_report")


def test_a_failing_notebook_gives_one_clear_error(empty_corpus_report):
    """An empty corpus stops the report with the loader's message, not a kernel traceback."""
    status, stderr, page = empty_corpus_report
    assert status == 1
    assert re.search(r"^error: 01-load-corpus\.ipynb failed: CorpusError: .*raw: the corpus is empty", stderr, re.M), stderr
    assert "Traceback" not in stderr
    assert not page


def test_committed_notebooks_are_thin_and_stable_in_git():
    """Short cells, one kernel display name (JupyterLab's), no timestamps or memory addresses in outputs."""
    spec = kernelspec()
    for path in find_notebooks():
        nb = nbformat.read(path, as_version=4)
        assert nb.metadata["kernelspec"] == spec, path.name
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert "open_workbook(CORPUS_DIR" in code[2].source, path.name
        for cell in code:
            assert len(cell.source.splitlines()) <= 12, f"{path.name}: a cell of {len(cell.source.splitlines())} lines"
            assert "execution" not in cell.metadata, path.name
            for out in cell.get("outputs", []):
                assert out.get("name") != "stderr", f"{path.name}: raw stderr output {out.get('text', '')[:80]!r}"
                for value in out.get("data", {}).values():
                    assert not re.search(r"at 0x[0-9a-f]{6,}", str(value)), path.name
        raw = path.read_text(encoding="utf-8")
        assert raw == nbformat.writes(nbformat.reads(raw, as_version=4)) + "\n", f"{path.name}: not as JupyterLab saves"


def test_console_is_quiet_and_counts_what_it_wrote(fixture_reports):
    """What ``make report`` prints: no kernel warnings, a true count of the files written, where to open them."""
    err = fixture_reports.stderr
    assert "without encryption" not in err and "WARNING" not in err, err[-2000:]
    assert err == "", err[-2000:]  # nothing at all on stderr
    lines = fixture_reports.stdout.splitlines()
    assert lines[0] == "analysed 5 article(s): 5 parsed, 0 from the cache"  # once, before the notebooks
    assert lines[1].startswith("running 6 notebook(s), ")
    files = sorted(p for p in fixture_reports.reports.rglob("*") if p.is_file())
    pages, charts = sum(p.suffix == ".html" for p in files), sum(p.suffix == ".png" for p in files)
    assert pages == 13 and charts > 10
    # a fresh folder: every file in it was written by this run, and the count says so
    wrote = [line for line in lines if line.startswith("wrote ")]
    assert wrote == [f"wrote {len(files)} files to {fixture_reports.reports.resolve()} ({pages} pages, {charts} charts, "
                     f"{len(files) - pages - charts} tables and chart data)"], lines
    assert lines[-1].startswith("open ") and lines[-1].endswith("index.html to read the report")


@pytest.mark.skipif(os.name != "posix", reason="kernels talk over TCP where there are no Unix sockets")
def test_report_kernels_talk_over_socket_files_in_a_folder_of_their_own():
    import asyncio

    from helpers.report import KERNEL_MANAGER

    first, second = KERNEL_MANAGER(kernel_name="python3"), KERNEL_MANAGER(kernel_name="python3")
    assert (first.transport, second.transport) == ("ipc", "ipc")
    folder = Path(first.ip).parent
    assert folder.is_dir() and folder != Path(second.ip).parent  # no port or file two kernels could both claim
    (folder / "k-1").write_text("")  # a socket file left behind
    asyncio.run(first._async_cleanup_resources())
    assert not folder.exists()
    asyncio.run(second._async_cleanup_resources(restart=True))
    assert Path(second.ip).parent.is_dir()  # a restarting kernel keeps its folder
    asyncio.run(second._async_cleanup_resources())
    assert not Path(second.ip).parent.exists()


@pytest.mark.skipif(not Path("/proc/self/autogroup").exists(), reason="Linux autogroup scheduling is not on")
def test_a_niced_report_keeps_its_kernels_niced():
    # a kernel starts a session of its own; under autogroup scheduling only the group's nice value counts
    code = ("import os, subprocess; from helpers.report import _keep_priority; os.nice(7); "
            "p = subprocess.Popen(['sleep', '5'], start_new_session=True); _keep_priority(p); "
            "print(open(f'/proc/{p.pid}/autogroup').read().split()[-1]); p.kill()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=config.PROJECT_ROOT)
    assert done.stdout.strip() == "7", done.stderr
