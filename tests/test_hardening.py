"""The whole workbook on hostile and unusual corpora: escaped reports, clear failures, nothing lost,
and identical output on a rerun.

Each case runs every notebook headless (``python -m helpers.report``, as ``make report`` does) against a
temporary corpus through ``WORKBOOK_CORPUS_DIR`` / ``WORKBOOK_REPORTS_DIR``, once per session, in the
background while other tests run (``tests.conftest.BUILDS``); the corpora carry the frozen test codebooks.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from helpers.report import find_notebooks

from tests.conftest import BUILDS, FIXTURE_CORPUS, RERUN_EXECUTES, tree_digest

XSS_TITLE = '<script>alert("xss-title")</script>'
XSS_IMG = "<img src=x onerror=alert('xss-body')>"
XSS_TABLE = "</table><b>xss-table</b>"

HOSTILE_BODY = f"""Trump met Putin in Alaska {XSS_IMG} to discuss a 30-day ceasefire.

Zelensky said: “We accept the ceasefire {XSS_TABLE} and want talks.” Russia rejected the ceasefire.

<script>alert("xss-script-line")</script>

The Kremlin declined a direct meeting."""

BARREN_BODY = "The weather in the valley was mild.\n\nMarkets were calm and the harvest was good."


def html_pages(reports: Path) -> list[Path]:
    return sorted(reports.rglob("*.html"))


def write_corpus(root: Path, files: dict[str, bytes], rows: list[str]) -> Path:
    (root / "raw").mkdir(parents=True)
    for name, data in files.items():
        (root / "raw" / name).write_bytes(data)
    header = "article_id,source_file,title,title_basis,published,date_basis,date_note,outlet,author,url"
    (root / "articles.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    for path in sorted(FIXTURE_CORPUS.glob("*.yaml")):  # the frozen codebooks, not the user's corpus/
        shutil.copyfile(path, root / path.name)
    return root


# --------------------------------------------------------------------------- hostile corpus


def hostile_corpus(root: Path) -> Path:
    """Markup in titles, bodies and metadata; odd encodings; files the loader must skip, each for its reason."""
    title = XSS_TITLE.replace('"', '""')
    corpus = write_corpus(
        root / "corpus",
        {
            "xss.txt": (f"{XSS_TITLE}\n\n{HOSTILE_BODY}\n- Advertisement -\n").encode("utf-8"),
            "bom.txt": "\ufeffTrump said the talks in Istanbul would go ahead. Putin declined.".encode("utf-8"),
            "cp1252.txt": "“Peace now,” Zelensky said.".encode("cp1252"),
            "barren.txt": BARREN_BODY.encode("utf-8"),
            "dashes.txt": "— — —\n\n…".encode("utf-8"),  # text, but not a single word
            "future.txt": b"Trump will meet Putin.",
            "dup.txt": b"Putin met Trump.",
            "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        },
        [
            f'xss,xss.txt,"{title}",stated,2025-05-16,stated,,"<b>Outlet</b>","<i>Author</i>",',
            "bom,bom.txt,Talks go ahead,stated,2025-05-17,stated,,,,",
            "cp,cp1252.txt,Windows file,stated,2025-05-18,stated,,,,",
            "barren,barren.txt,Nothing political,stated,2025-05-19,stated,,,,",
            "dashes,dashes.txt,Only dashes,stated,2025-05-20,stated,,,,",
            "future,future.txt,From the future,stated,2999-01-01,stated,,,,",
            "bom,dup.txt,Duplicate id,stated,2025-05-21,stated,,,,",
            "binary,binary.txt,A picture,stated,2025-05-22,stated,,,,",
        ],
    )
    for path in (corpus / "raw").iterdir():
        path.chmod(0o444)
    return corpus


# One notebook at a time: these two builds check what the pages say (the fixture build and
# tests/test_report_failures.py run notebooks two at a time), and they leave CPU to the other tests.
BUILDS.define("hostile", hostile_corpus, workers=1, slow=True)


@pytest.fixture(scope="module")
def hostile():
    run = BUILDS.get("hostile")
    return run.corpus, run.reports, run.corpus_digest_before


def test_hostile_corpus_reports_exist(hostile):
    _, reports, _ = hostile
    names = {p.relative_to(reports).as_posix() for p in html_pages(reports)}
    for nb in find_notebooks():
        assert nb.with_suffix(".html").name in names
        assert f"reader/{nb.with_suffix('.html').name}" in names
    assert "index.html" in names


@pytest.mark.parametrize("payload", [XSS_TITLE, XSS_IMG, "<b>xss-table</b>", '<script>alert("xss-script-line")',
                                     "<b>Outlet</b>", "<i>Author</i>"])
def test_no_live_markup_in_any_report(hostile, payload):
    _, reports, _ = hostile
    for page in html_pages(reports):
        assert payload not in page.read_text(encoding="utf-8"), f"{page.name} contains live {payload!r}"


def test_hostile_text_is_shown_escaped(hostile):
    _, reports, _ = hostile
    page = (reports / "01-load-corpus.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(" in page  # the title is there, as text


@pytest.mark.parametrize(
    "problem",
    [
        "cp1252.txt: not UTF-8 text (byte 0x93 at offset 0). It decodes as Windows-1252",
        "(future): published date 2999-01-01 is in the future",
        "(bom): duplicate article_id, already used on row 3",
        "binary.txt: looks like a binary file",
    ],
)
def test_bad_files_are_skipped_and_listed_with_the_fix(hostile, problem):
    _, reports, _ = hostile
    page = html.unescape((reports / "reader" / "01-load-corpus.html").read_text(encoding="utf-8"))
    assert problem in page
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "4 file(s) skipped, listed in notebook 01" in index


def test_usable_unusual_articles_are_kept(hostile):
    _, reports, _ = hostile
    csv = (reports / "tables" / "01-articles.csv").read_text(encoding="utf-8")
    for article_id in ("xss", "bom", "barren", "dashes"):
        assert f",{article_id}," in csv


def test_validation_without_hand_coding_tells_the_truth(hostile):
    """No annotations: notebook 06 gives the machine's count and how to add a sample, never "nothing coded"."""
    _, reports, _ = hostile
    page = html.unescape((reports / "reader" / "06-validation.html").read_text(encoding="utf-8"))
    count = re.search(r"The machine coded (\d+) statement\(s\)", page)
    assert count and int(count.group(1)) > 0
    assert f"so the {count.group(1)} machine-coded statement(s) cannot be checked here" in page
    assert "Nothing to compare: no article of this corpus is hand-coded yet" in page
    assert "To add a hand-coded sample" in page
    assert "Neither the hand coding nor the machine coded" not in page and "Neither side coded" not in page
    index = html.unescape((reports / "index.html").read_text(encoding="utf-8"))
    assert "No article of this corpus is hand-coded" in index


def test_unknown_side_in_a_corpus_codebook_is_a_clear_error(tmp_path):
    from helpers.actors import CodebookError
    from helpers.corpus import load_corpus
    from helpers.pipeline import analyse

    corpus = write_corpus(tmp_path / "corpus", {"a.txt": b"Trump met Putin."},
                          ["a,a.txt,T,stated,2025-05-16,stated,,,,"])
    (corpus / "actors.yaml").write_text(
        "sides:\n  - {side_id: other, label: Other, colour: '#7F7F7F'}\n"
        "actors:\n  - actor_id: donald_trump\n    name: Donald Trump\n    kind: person\n    side: mars\n"
        "    aliases: [Trump]\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"actors.yaml.*donald_trump.*side"):
        analyse(load_corpus(corpus), corpus_dir=corpus, cache=False)


def test_corpus_unchanged_by_the_workbook(hostile):
    corpus, _, before = hostile
    assert tree_digest(corpus) == before


def test_no_temporary_files_left(hostile):
    _, reports, _ = hostile
    assert not [p for p in reports.rglob("*") if p.name.startswith(".") or p.suffix == ".tmp"]


# --------------------------------------------------------------------------- barren corpus


def barren_corpus(root: Path) -> Path:
    """One article naming no actor, quoting no one, taking no stance."""
    return write_corpus(root / "corpus", {"calm.txt": BARREN_BODY.encode()},
                        ["calm,calm.txt,A calm day,stated,2025-05-16,stated,,,,"])


BUILDS.define("barren", barren_corpus, workers=1, slow=True)


@pytest.fixture(scope="module")
def barren():
    return BUILDS.get("barren")


def test_corpus_with_no_actor_and_no_stance_still_reports(barren):
    """No actor, no quote, no stance: every notebook runs (an error in any cell fails the build)."""
    reports = barren.reports
    for nb in find_notebooks():
        assert (reports / nb.with_suffix(".html").name).is_file()
        # each notebook still saves its charts (empty ones carry a note) with their data
        stem = nb.name[:2]
        pngs = sorted((reports / "figures").glob(f"{stem}-*.png"))
        assert pngs, f"{nb.name} saved no chart"
        for png in pngs:
            assert png.with_suffix(".csv").is_file(), png.name


def test_barren_corpus_unchanged_by_the_workbook(barren):
    assert barren.corpus_digest_after == barren.corpus_digest_before


# --------------------------------------------------------------------------- reproducibility


def test_make_report_leaves_the_corpus_unchanged(fixture_reports):
    assert fixture_reports.corpus_digest_after == fixture_reports.corpus_digest_before
    assert (fixture_reports.reports / "index.html").is_file()


def test_two_runs_give_identical_reports(fixture_reports, fixture_rerun):
    """Same corpus, same tables, CSVs, charts and HTML; the rerun comes from the cache.

    The rerun restores every notebook from the notebook cache but one, which it executes again in a new
    kernel (its cached run was dropped): a restored page and a recomputed one must both equal the first."""
    first, second = fixture_reports.reports, fixture_rerun.reports
    assert first != second and fixture_rerun.cache == fixture_reports.cache
    stems = [nb.stem for nb in find_notebooks()]
    assert sorted(line for line in fixture_reports.stdout.splitlines() if line.startswith("  ")) == [
        f"  {s}: done" for s in stems]
    assert sorted(line for line in fixture_rerun.stdout.splitlines() if line.startswith("  ")) == sorted(
        f"  {s}: done" if s == RERUN_EXECUTES else f"  {s}: done (unchanged, from cache)" for s in stems)
    files1 = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    files2 = sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    assert files1 == files2
    assert any(p.suffix == ".png" for p in files1) and any(p.suffix == ".csv" for p in files1)
    assert sum(p.suffix == ".html" for p in files1) == 13
    different = [str(p) for p in files1 if (first / p).read_bytes() != (second / p).read_bytes()]
    assert different == []
