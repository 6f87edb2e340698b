"""helpers.ingest: proposing articles.csv rows for saved pages, plain text and news exports."""

from __future__ import annotations

import csv
import json
import stat

import pytest

from helpers.corpus import ARTICLE_ID_RE, CorpusError, CorpusWarning, load_corpus, read_corpus
from helpers.ingest import HEADER, main, slug

from tests.conftest import tree_digest
from tests.test_webpage import FURNITURE, STORY, news_page

HEADER_LINE = ",".join(HEADER) + "\n"


def corpus(tmp_path, files=None, *, table: str | None = HEADER_LINE, exports=None):
    root = tmp_path / "corpus"
    (root / "raw").mkdir(parents=True)
    for name, content in (files or {}).items():
        (root / "raw" / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    if table is not None:
        (root / "articles.csv").write_bytes(table.encode("utf-8"))
    if exports:
        (root / "exports").mkdir()
        for name, content in exports.items():
            (root / "exports" / name).write_text(content, encoding="utf-8")
    return root


def table(root):
    with (root / "articles.csv").open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def run(root, *args, capsys):
    code = main(["--corpus", str(root), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


# --------------------------------------------------------------------------- saved pages


def test_saved_page_becomes_an_article(tmp_path, capsys):
    root = corpus(tmp_path, {"grain.html": news_page()})
    raw_before = tree_digest(root / "raw")
    code, out, _ = run(root, capsys=capsys)
    assert code == 0
    assert out == ("added insurers-and-port-officials-draft-rules-for-grain-convoys: grain.html, "
                   "'Insurers and port officials draft rules for grain convoys', "
                   "2025-06-02 (page meta tag article:published_time), author Oleh Brandt, outlet The Harbour Courier\n")
    assert table(root) == [{
        "article_id": "insurers-and-port-officials-draft-rules-for-grain-convoys", "source_file": "grain.html",
        "title": "Insurers and port officials draft rules for grain convoys", "title_basis": "stated",
        "published": "2025-06-02", "date_basis": "stated", "date_note": "page meta tag article:published_time",
        "outlet": "The Harbour Courier", "author": "Oleh Brandt",
        "url": "https://harbour-courier.example/economy/grain-convoy-rules"}]
    assert tree_digest(root / "raw") == raw_before
    article = load_corpus(root).iloc[0]
    assert article["text"] == "\n\n".join(STORY)
    assert not any(junk in article["text"] for junk in FURNITURE)
    # a second run adds nothing and leaves articles.csv byte-identical
    before = (root / "articles.csv").read_bytes()
    code, out, _ = run(root, capsys=capsys)
    assert code == 0
    assert out == f"{root}: nothing new; every file in raw/ and every export row has a row in articles.csv\n"
    assert (root / "articles.csv").read_bytes() == before
    assert tree_digest(root / "raw") == raw_before


def test_page_without_a_date_is_left_for_the_user(tmp_path, capsys):
    root = corpus(tmp_path, {"undated.html": news_page(meta=False)})
    code, out, _ = run(root, capsys=capsys)
    assert code == 0
    row = table(root)[0]
    assert (row["published"], row["date_basis"], row["date_note"]) == ("", "", "")
    assert "raw/undated.html: needs a date; no date is stated. Fill in published (YYYY-MM-DD)" in out
    with pytest.raises(CorpusError, match=r"row 2 \(insurers-and-port-officials-draft-rules-for-grain-convoys\): "
                                          r"published date is missing for undated.html"):
        read_corpus(root)
    # still listed on the next run, and still nothing added
    _, out, _ = run(root, capsys=capsys)
    assert out == ("\nneeds a human (1):\n  - raw/undated.html "
                   "(insurers-and-port-officials-draft-rules-for-grain-convoys): still needs a date in articles.csv\n")
    assert len(table(root)) == 1


def test_user_rows_are_kept_byte_for_byte(tmp_path, capsys):
    user = ('\ufeff' + HEADER_LINE.replace("\n", "\r\n")
            + 'talks,talks.txt,"Talks, again",stated,2025-05-16,inferred,"from ""Friday""",The Lens,,\r\n')
    root = corpus(tmp_path, {"talks.txt": "Talks go on.\n", "grain.html": news_page()}, table=user)
    run(root, capsys=capsys)
    data = (root / "articles.csv").read_bytes()
    assert data.startswith(user.encode("utf-8"))
    added = data[len(user.encode("utf-8")):].decode("utf-8")
    assert added.endswith("\r\n") and added.count("\r\n") == 1 and added.startswith("insurers-and-port")
    assert [r["article_id"] for r in table(root)] == ["talks", "insurers-and-port-officials-draft-rules-for-grain-convoys"]
    assert stat.S_IMODE((root / "articles.csv").stat().st_mode) == 0o644
    assert sorted(p.name for p in root.iterdir()) == ["articles.csv", "raw"]  # no temp file left behind


def test_plain_text_file_gets_headline_dateline_and_byline(tmp_path, capsys):
    text = ("Ceasefire monitors reach the border town\n date 2025-05-16\nBy Sarah Anderson\n\n"
            "Monitors from four countries arrived on Friday, a day later than planned.\n")
    root = corpus(tmp_path, {"monitors.txt": text})
    run(root, capsys=capsys)
    row = table(root)[0]
    assert row == {"article_id": "ceasefire-monitors-reach-the-border-town", "source_file": "monitors.txt",
                   "title": "Ceasefire monitors reach the border town", "title_basis": "stated",
                   "published": "2025-05-16", "date_basis": "stated",
                   "date_note": "dateline 'date 2025-05-16' (line 2)", "outlet": "", "author": "Sarah Anderson",
                   "url": ""}
    assert load_corpus(root)["text"].iloc[0] == "Monitors from four countries arrived on Friday, a day later than planned."


def test_bad_raw_files_are_listed_not_added(tmp_path, capsys):
    root = corpus(tmp_path, {"scan.pdf": b"%PDF-1.7", "wide.txt": "Talks go on.".encode("utf-16")})
    code, out, _ = run(root, capsys=capsys)
    assert code == 0
    assert table(root) == []
    assert "  - raw/scan.pdf: not a .txt or .html file" in out
    assert "  - raw/wide.txt: is UTF-16 text (byte-order mark), not UTF-8; re-save it as UTF-8" in out


def test_symlink_in_raw_is_listed_not_added(tmp_path, capsys):
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Talks go on.\n", encoding="utf-8")
    root = corpus(tmp_path)
    (root / "raw" / "link.txt").symlink_to(outside)
    _, out, _ = run(root, capsys=capsys)
    assert table(root) == []
    assert out == ("\nneeds a human (1):\n  - raw/link.txt: is a symbolic link; refused. "
                   "Copy the article file itself into raw/\n")


# --------------------------------------------------------------------------- exports

EXPORT = """url,title,publish_date,media_name,author,text
https://courier.example/a,Grain convoy plan goes to ministers,2025-06-10 08:00:00,The Harbour Courier,Oleh Brandt,"ODESA — The convoy plan was sent to ministers on Tuesday.

Officials expect an answer within a week."
https://gazette.example/b,Insurers raise war-risk premiums,20250611T101500Z,Baltic Gazette,,"Insurers raised premiums for ships calling at Black Sea ports."
https://gazette.example/c,Port reopens after drone strike,,Baltic Gazette,Ana Ruiz,"The port reopened on Thursday after repairs."
"""


def test_csv_export_becomes_articles(tmp_path, capsys):
    root = corpus(tmp_path, exports={"mediacloud.csv": EXPORT})
    export_before = (root / "exports" / "mediacloud.csv").read_bytes()
    code, out, _ = run(root, capsys=capsys)
    assert code == 0
    rows = table(root)
    assert [r["source_file"] for r in rows] == ["mediacloud-row0001.txt", "mediacloud-row0002.txt",
                                                 "mediacloud-row0003.txt"]
    assert [r["article_id"] for r in rows] == ["grain-convoy-plan-goes-to-ministers", "insurers-raise-war-risk-premiums",
                                               "port-reopens-after-drone-strike"]
    assert [(r["published"], r["date_basis"]) for r in rows] == [("2025-06-10", "stated"), ("2025-06-11", "stated"), ("", "")]
    assert rows[0]["date_note"] == "export mediacloud.csv row 1, column publish_date"
    assert [r["outlet"] for r in rows] == ["The Harbour Courier", "Baltic Gazette", "Baltic Gazette"]
    assert [r["author"] for r in rows] == ["Oleh Brandt", "", "Ana Ruiz"]
    assert rows[2]["url"] == "https://gazette.example/c"
    assert (root / "raw" / "mediacloud-row0001.txt").read_text(encoding="utf-8") == (
        "ODESA — The convoy plan was sent to ministers on Tuesday.\n\nOfficials expect an answer within a week.\n")
    assert "created raw/mediacloud-row0003.txt" in out
    assert "raw/mediacloud-row0003.txt (mediacloud.csv row 3): needs a date" in out
    assert (root / "exports" / "mediacloud.csv").read_bytes() == export_before
    with pytest.warns(CorpusWarning, match=r"row 4 \(port-reopens-after-drone-strike\): published date is missing "
                                           r"for mediacloud-row0003.txt"):
        corpus_load = read_corpus(root, errors="warn")
    assert list(corpus_load.articles["article_id"]) == ["grain-convoy-plan-goes-to-ministers",
                                                        "insurers-raise-war-risk-premiums"]
    assert list(corpus_load.skipped["source_file"]) == ["mediacloud-row0003.txt"]
    # second run: nothing added, nothing written
    raw_before, table_before = tree_digest(root / "raw"), (root / "articles.csv").read_bytes()
    run(root, capsys=capsys)
    assert tree_digest(root / "raw") == raw_before
    assert (root / "articles.csv").read_bytes() == table_before


def test_jsonl_export_with_a_column_map(tmp_path, capsys):
    lines = [{"link": "https://wire.example/1", "headline": "Envoys meet in Valletta", "seendate": "20250612T120000Z",
              "domain": "wire.example", "authors": ["Ana Ruiz", "Tom Hale"], "body": "Envoys met in Valletta."},
             {"link": "https://wire.example/2", "headline": "Envoys meet in Valletta", "seendate": "2025-06-13",
              "domain": "wire.example", "authors": [], "body": ""}]
    root = corpus(tmp_path, exports={"gdelt.jsonl": "\n".join(json.dumps(x) for x in lines) + "\n"})
    code, out, _ = run(root, "--map", "text=body", "--map", "title=headline", capsys=capsys)
    assert code == 0
    rows = table(root)
    assert len(rows) == 1
    assert rows[0]["title"] == "Envoys meet in Valletta" and rows[0]["author"] == "Ana Ruiz, Tom Hale"
    assert (rows[0]["published"], rows[0]["outlet"], rows[0]["url"]) == ("2025-06-12", "wire.example", "https://wire.example/1")
    assert "gdelt.jsonl row 2: no article text; not imported" in out


def test_bad_map_is_a_clear_error(tmp_path, capsys):
    root = corpus(tmp_path, exports={"mediacloud.csv": EXPORT})
    code, out, err = run(root, "--map", "text=story", capsys=capsys)
    assert code == 2 and out == ""
    assert err == (f"error: {root / 'exports' / 'mediacloud.csv'}: --map text=story: no column 'story' "
                   "(columns: author, media_name, publish_date, text, title, url)\n")
    code, _, err = run(root, "--map", "colour=text", capsys=capsys)
    assert code == 2 and "--map: unknown field(s) colour" in err
    assert list((root / "raw").iterdir()) == []


def test_existing_raw_file_is_never_overwritten(tmp_path, capsys):
    root = corpus(tmp_path, {"mediacloud-row0001.txt": "Something else entirely.\n"}, exports={"mediacloud.csv": EXPORT})
    _, out, _ = run(root, capsys=capsys)
    assert (root / "raw" / "mediacloud-row0001.txt").read_text(encoding="utf-8") == "Something else entirely.\n"
    rows = table(root)
    assert [r["source_file"] for r in rows] == ["mediacloud-row0002.txt", "mediacloud-row0003.txt",
                                                 "mediacloud-row0001.txt"]
    assert (rows[2]["article_id"], rows[2]["title"], rows[2]["title_basis"]) == ("mediacloud-row0001", "", "")
    assert "  - mediacloud.csv row 1: raw/mediacloud-row0001.txt already exists with other content; not overwritten" in out
    assert "  - raw/mediacloud-row0001.txt: no headline found; write a title and set title_basis=supplied" in out


def test_no_articles_csv_yet(tmp_path, capsys):
    root = corpus(tmp_path, {"grain.html": news_page()}, table=None)
    run(root, capsys=capsys)
    assert (root / "articles.csv").read_text(encoding="utf-8").splitlines()[0] == ",".join(HEADER)
    assert len(table(root)) == 1


@pytest.mark.parametrize(
    "title, taken, expected",
    [("Zelensky’s offer: a summit “within weeks”", set(), "zelenskys-offer-a-summit-within-weeks"),
     ("Talks", {"talks", "talks-2"}, "talks-3"),
     ("Переговоры в Стамбуле", set(), "kyiv-report"),
     ("A" * 70 + " tail", set(), "a" * 60)],
)
def test_slug(title, taken, expected):
    result = slug(title, set(taken), fallback="kyiv-report")
    assert result == expected and ARTICLE_ID_RE.fullmatch(result)
