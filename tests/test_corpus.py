"""helpers.corpus: the real corpus's values, the cleaning rules, and every bad input."""

from __future__ import annotations

import hashlib

import datetime as dt
import re
import warnings

import pandas as pd
import pytest

from helpers import config
from helpers.corpus import (
    CorpusError,
    CorpusWarning,
    clean_text,
    cleaning_log,
    count_words,
    load_corpus,
    load_metadata,
    load_rules,
    parse_rules,
    read_corpus,
    read_raw,
)
from helpers.nlp import sentences_table

from tests.conftest import ARTICLE_IDS, FIXTURE_CORPUS, tree_digest


# Hand-checked facts about the real corpus after cleaning.
EXPECTED = {
    # article_id: (published, n_words, n_paragraphs, n_removed, n_sentences)
    "putin-trump-bail-istanbul": ("2025-05-15", 449, 11, 6, 23),
    "istanbul-talks-begin": ("2025-05-16", 334, 10, 3, 19),
    "trump-seeks-putin-meeting": ("2025-05-16", 446, 12, 1, 23),
    "trump-putin-to-meet": ("2025-08-07", 421, 8, 20, 21),
    "white-house-trilateral-plan": ("2025-08-19", 631, 18, 2, 27),
}


# --------------------------------------------------------------------------- real corpus


def test_article_order_and_columns(articles):
    assert list(articles["article_id"]) == ARTICLE_IDS
    for col in ["article_id", "source_file", "title", "published", "outlet", "author", "text", "n_words"]:
        assert col in articles.columns
    assert articles["published"].is_monotonic_increasing


@pytest.mark.parametrize("article_id", ARTICLE_IDS)
def test_real_article_counts(articles, article_id):
    row = articles.set_index("article_id").loc[article_id]
    published, n_words, n_paragraphs, n_removed, _ = EXPECTED[article_id]
    assert row["published"] == pd.Timestamp(published)
    assert row["date_basis"] == "inferred"
    assert row["n_words"] == n_words == count_words(row["text"])
    assert row["n_paragraphs"] == n_paragraphs
    assert row["n_removed"] == n_removed


def test_sentence_counts(articles):
    counts = sentences_table(articles).groupby("article_id").size().to_dict()
    assert counts == {aid: v[4] for aid, v in EXPECTED.items()}


def test_metadata_values(articles):
    by_id = articles.set_index("article_id")
    assert by_id.loc["trump-putin-to-meet", "author"] == "KAM Isaac"
    assert by_id.loc["istanbul-talks-begin", "outlet"] == "Geopolitical Lens"
    assert by_id.loc["white-house-trilateral-plan", "title_basis"] == "supplied"
    assert set(by_id.drop(index="white-house-trilateral-plan")["title_basis"]) == {"stated"}
    assert by_id.loc["trump-seeks-putin-meeting", "source_file"] == "000_5bb5ee0b47c4ea7a.txt"


BOILERPLATE = re.compile(
    r"advertisement|ad image|also read|back to top|leave a (reply|comment)|share this article|follow us|"
    r"email address will not be published|required fields",
    re.IGNORECASE,
)


@pytest.mark.parametrize("article_id", ARTICLE_IDS)
def test_no_boilerplate_survives(articles, article_id):
    row = articles.set_index("article_id").loc[article_id]
    assert not BOILERPLATE.search(row["text"])
    # the headline, the byline and the outlet label are not body text
    assert row["title"] not in row["text"]
    if row["author"]:
        assert row["author"] not in row["text"]
    if row["outlet"]:
        assert row["outlet"] not in row["text"]


@pytest.mark.parametrize(
    "article_id, first, last",
    [
        ("trump-seeks-putin-meeting", "Trump plans to meet with Putin to discuss Ukraine",
         "remains as complex as ever."),
        ("trump-putin-to-meet", "U.S. President Donald Trump and Russian President Vladimir Putin",
         "Further details on the Trump–Putin meeting are expected in the coming days."),
        ("white-house-trilateral-plan", "President Donald Trump has announced plans",
         "one of the deadliest conflicts in recent history."),
        ("putin-trump-bail-istanbul", "Istanbul The much-anticipated peace summit",
         "even peace talks are turning into a geopolitical chess match."),
        ("istanbul-talks-begin", "Istanbul, Turkey — In a potential turning point",
         "devastating conflicts in recent history."),
    ],
)
def test_body_text_survives(articles, article_id, first, last):
    text = articles.set_index("article_id").loc[article_id, "text"]
    assert text.startswith(first)
    assert text.endswith(last)


def test_paragraphs_kept(articles):
    text = articles.set_index("article_id").loc["white-house-trilateral-plan", "text"]
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 18
    assert paragraphs[5] == "A Shift in Trump’s Approach"  # section headings stay, as their own paragraph


def test_cleaning_log_is_complete():
    log = cleaning_log(FIXTURE_CORPUS)
    assert list(log.columns) == ["article_id", "line", "text", "rule"]
    assert len(log) == 32
    counts = log.groupby("rule").size().to_dict()
    assert counts == {"advertisement": 12, "back_to_top": 1, "byline": 2, "comment_form": 5,
                      "cross_link": 3, "headline": 6, "outlet_label": 1, "share_widget": 2}
    # every removed line is really in the raw file at that line number
    meta = load_metadata(FIXTURE_CORPUS).set_index("article_id")
    for row in log.itertuples():
        raw = read_raw(config.raw_dir(FIXTURE_CORPUS) / meta.loc[row.article_id, "source_file"])
        assert raw.splitlines()[row.line - 1].strip() == row.text


# SHA-256 of the five seed articles exactly as received (../shared/seeds/), recorded once.
SEED_SHA256 = {
    "000_5bb5ee0b47c4ea7a.txt": "eb2a6680726097e2e427be000e81dc7e9017cbc11ed58225404187e6991cc96b",
    "001_ad8bdea11c4494a7.txt": "0c915b730bec5d4f4f4b2f595d0a590b2d7fdcd808c059b00ffd51f7ad44dc2b",
    "002_9f0c6f3e6685e7c8.txt": "1e62b7041d7558f4801706ecbe39d74325fc18fa34d6c97d2965bd22e3e44c8b",
    "003_366f693be9bf5719.txt": "faaa7eb32873d4869ab087c1b5c8c3cb16b19f078b27ffc896c551c6bdea846c",
    "004_7366a5ea150a030b.txt": "e32a2ea8dd07b691779a7e092f976643bc7a7285d103990f1667e901b34543e5",
}


def test_fixture_raw_files_are_the_seeds_byte_for_byte():
    raw = FIXTURE_CORPUS / "raw"
    got = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(raw.iterdir())}
    assert got == SEED_SHA256


def test_loading_never_changes_raw(tmp_path):
    raw = config.raw_dir(config.PROJECT_ROOT / "corpus")
    before = tree_digest(raw)
    read_corpus(config.PROJECT_ROOT / "corpus")
    assert tree_digest(raw) == before


# --------------------------------------------------------------------------- cleaning rules


@pytest.mark.parametrize(
    "line, rule",
    [
        ("- Advertisement -", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Ad imageAd image", "advertisement"),
        ("Share This Article", "share_widget"),
        ("Follow US", "share_widget"),
        ("Leave a Comment", "comment_form"),
        ("Your email address will not be published. Required fields are marked *", "comment_form"),
        ("Also Read: Anything at all here", "cross_link"),
        ("Read more: another story", "cross_link"),
        ("Back To Top", "back_to_top"),
        ("date 2025-05-16", "date_line"),
        ("Published: 2025-06-03 09:15 UTC", "date_line"),
        ("Sarah Anderson | 1:50 PM", "byline_time"),
        ("By Tomas Reyes • 10:05 a.m. ET", "byline_time"),
        ("No Result", "site_menu"),
        ("View All Result", "site_menu"),
        ("Home News", "site_menu"),
        ("Home | World | Politics | Business", "site_menu"),
        ("Most read", "site_menu"),
        ("Accept all cookies", "site_menu"),
        ("© 2025 The Harbour Courier. All rights reserved.", "site_menu"),
        ("Updated 9:05 AM GMT, June 3, 2025", "date_line"),
        ("03.06.2025 09:05", "date_line"),
        ("Published on 03/06/2025 - 11:40 GMT+2 • Updated 12:15", "date_line"),
        ("Wednesday 4 June 2025 08:30 BST", "date_line"),
        ("14:05 BST", "date_line"),
        ("3 JUN, 11:02", "date_line"),
        ("Jun 3, 2025 7:10 PM GMT+1 Updated 2 hours ago", "date_line"),
        ("By Hanna Berg and Luis Ortega", "byline"),
        ("By Harbour Courier Staff and News Agencies", "byline"),
        ("By Ivo Marek in Geneva", "byline"),
        ("Reporting by Hanna Berg; Editing by Luis Ortega", "credits"),
        ("--With assistance from Ivo Marek.", "credits"),
        ("(Updates with reaction in sixth paragraph.)", "credits"),
        ("Courier writer Ivo Marek in Geneva contributed to this report.", "credits"),
        ("afp-ab/cd", "credits"),
        ("Tags: Geneva talks, sanctions, Kremlin", "site_menu"),
        ("Sign up for our Morning Brief newsletter", "site_menu"),
        ("Link Copied", "site_menu"),
        ("EN   DE   FR   ES", "site_menu"),
        ("Why you can trust The Harbour Courier", "site_menu"),
        ("Photo: Presidential press service", "photo_caption"),
    ],
)
def test_boilerplate_rule_fires(line, rule):
    cleaned = clean_text(f"Body sentence one.\n{line}\nBody sentence two.")
    assert cleaned.removed == [(2, line, rule)]
    assert cleaned.text == "Body sentence one.\n\nBody sentence two."
    assert cleaned.paragraph_lines == [1, 3]


@pytest.mark.parametrize(
    "line",
    [
        "He said the advertisement campaign was over.",  # rules match whole lines only
        "Leave a comment about the summit, Trump told reporters.",
        "Back to top priorities, the minister said.",
        "Related talks are planned.",
        "The date 2025-05-16 was set for the talks.",
        "The talks ended - 1:50 PM local time, officials said.",
        "The talks ended | 1:50 PM",  # lower-case words are not a byline
        "News of the deal reached Kyiv at noon.",
        "World",  # one section name alone may be a heading
        "Reporting from Geneva, the correspondent said the mood was tense.",
        "By Friday, Moscow had not answered the offer.",
        "By Friday Moscow And Kyiv Had Not Answered",  # a headline in title case, not a byline: too many words
        "On June 3 the delegations met again in Geneva.",
        "Share prices fell in Moscow after the announcement.",
        "Summary executions were reported, Kyiv said.",
        "Photo opportunities were limited, aides said.",
        "Editing the draft took three days, the envoy said.",
    ],
)
def test_body_lines_that_look_like_boilerplate_are_kept(line):
    assert clean_text(line).text == line


def test_structural_rules():
    raw = "The Headline\nBy Jane Doe\nJane Doe\nThe Lens\n\nThe Headline\nBody here.\nThe Headline, said a caption."
    cleaned = clean_text(raw, title="The Headline", author="Jane Doe", outlet="The Lens")
    assert [r[2] for r in cleaned.removed] == ["headline", "byline", "byline", "outlet_label", "headline"]
    assert cleaned.text == "Body here.\n\nThe Headline, said a caption."


def test_headline_glued_to_outlet_is_dropped():
    raw = "Peace Plan Stalls | The Lens\nBody here.\nThe Lens — Peace Plan Stalls\nPeace Plan Stalls again, one said."
    cleaned = clean_text(raw, title="Peace Plan Stalls", outlet="The Lens", rules=[])
    assert cleaned.removed == [(1, "Peace Plan Stalls | The Lens", "headline"), (3, "The Lens — Peace Plan Stalls", "headline")]
    assert cleaned.text == "Body here.\n\nPeace Plan Stalls again, one said."


def test_repeated_long_line_dropped_short_kept():
    raw = "A long paragraph that is repeated verbatim.\nYes.\nYes.\nA long paragraph that is repeated verbatim."
    cleaned = clean_text(raw)
    assert cleaned.removed == [(4, "A long paragraph that is repeated verbatim.", "repeated_line")]
    assert cleaned.text.count("Yes.") == 2


@pytest.mark.parametrize(
    "line, cut, kept",
    [
        (" date 2025-05-16 Leaders met in Kyiv on Saturday.", "date 2025-05-16", "Leaders met in Kyiv on Saturday."),
        ("Published: 2025-06-03 09:15 UTC Talks resumed in Geneva.", "Published: 2025-06-03 09:15 UTC",
         "Talks resumed in Geneva."),
        ("date 2025-05-16 Zelensky said talks must go on.", "date 2025-05-16", "Zelensky said talks must go on."),
    ],
)
def test_date_stamp_glued_to_prose_is_cut(line, cut, kept):
    cleaned = clean_text(f"{line}\nBody sentence two.")
    assert cleaned.removed == [(1, cut, "date_line")]
    assert cleaned.text == f"{kept}\n\nBody sentence two."
    assert cleaned.paragraph_lines == [1, 2]


def test_headline_behind_a_date_stamp_is_recognised():
    cleaned = clean_text("date 2025-05-11 Peace Plan Stalls\nBody here.", title="Peace Plan Stalls")
    assert cleaned.removed == [(1, "date 2025-05-11", "date_line"), (1, "Peace Plan Stalls", "headline")]
    assert cleaned.text == "Body here."


def test_start_rule_cuts_only_before_prose():
    rules = parse_rules({"rules": [{"rule": "stamp", "where": "start", "pattern": r"\d{4}-\d{2}-\d{2}"}]},
                        source="b.yaml")
    assert clean_text("2025-05-16", rules=rules).removed == []  # nothing follows: a line rule's business
    assert clean_text("2025-05-16x marks the spot.", rules=rules).text == "2025-05-16x marks the spot."
    assert clean_text("In 2025-05-16 style.", rules=rules).text == "In 2025-05-16 style."  # only at the start


def test_rules_file_errors(tmp_path):
    bad = tmp_path / "boilerplate.yaml"
    bad.write_text("rules:\n  - rule: x\n    pattern: '(unclosed'\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"boilerplate.yaml: rule #1 \(x\): bad pattern"):
        load_rules(bad)
    bad.write_text("rules:\n  - rule: x\n    where: end\n    pattern: 'x'\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"rule #1 \(x\): 'where' must be one of line, start, not 'end'"):
        load_rules(bad)
    bad.write_text("just a string\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="top-level 'rules:' list"):
        load_rules(bad)
    bad.write_text("rules: [\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid YAML"):
        load_rules(bad)


@pytest.mark.parametrize("text, n", [("U.S. President Donald Trump’s 30-day plan", 6), ("—", 0), ("it’s 12:30 p.m.", 4)])
def test_count_words(text, n):
    assert count_words(text) == n


# --------------------------------------------------------------------------- bad input

GOOD = "Trump met Putin.\n\nZelensky said talks must go on."


def test_synthetic_good_corpus(make_corpus):
    root = make_corpus({"a.txt": GOOD, "b.txt": "\ufeff" + GOOD})  # a BOM is fine
    articles = load_corpus(root)
    assert list(articles["article_id"]) == ["a", "b"]
    assert articles["text"].tolist() == [GOOD, GOOD]


@pytest.mark.parametrize(
    "files, rows, message",
    [
        ({"a.txt": GOOD, "stray.txt": GOOD}, [{"article_id": "a", "source_file": "a.txt", "title": "T",
                                                 "published": "2025-01-01", "date_basis": "stated"}],
         r"stray.txt: no row in articles.csv"),
        ({"a.txt": GOOD}, [{"article_id": "a", "source_file": "a.txt", "title": "T", "published": "2025-01-01",
                            "date_basis": "stated"},
                           {"article_id": "gone", "source_file": "gone.txt", "title": "T",
                            "published": "2025-01-01", "date_basis": "stated"}],
         r"\(gone\): source_file gone.txt not found"),
        ({"a.txt": ""}, None, r"a.txt: file is empty"),
        ({"a.txt": "  \n\n \t"}, None, r"a.txt: file is empty"),
        ({"a.txt": "“Peace now,” he said.".encode("cp1252")}, None,
         r"a.txt: not UTF-8 text \(byte 0x93 at offset 0\)\. It decodes as Windows-1252"),
        ({"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, None, r"a.txt: looks like a binary file"),
        ({"a.txt": "- Advertisement -\nShare This Article\n"}, None, r"a.txt: no article text left"),
    ],
)
def test_bad_files(make_corpus, files, rows, message):
    root = make_corpus(files, rows)
    with pytest.raises(CorpusError, match=message):
        load_corpus(root)


def _row(**kw):
    row = {"article_id": "a", "source_file": "a.txt", "title": "T", "published": "2025-05-16", "date_basis": "stated"}
    row.update(kw)
    return row


@pytest.mark.parametrize(
    "rows, message",
    [
        ([_row(), _row(source_file="b.txt")], r"row 3 \(a\): duplicate article_id, already used on row 2"),
        ([_row(), _row(article_id="b")], r"row 3 \(b\): source_file a.txt is already used on row 2"),
        ([_row(published="")], r"row 2 \(a\): published date is missing"),
        ([_row(published="16/05/2025")], r"published date '16/05/2025' is malformed; give it as YYYY-MM-DD"),
        ([_row(published="2025-02-30")], r"published date '2025-02-30' does not exist"),
        ([_row(published="2999-01-01")], r"published date 2999-01-01 is in the future"),
        ([_row(published="0999-01-01")], r"implausibly early"),
        ([_row(date_basis="guessed")], r"date_basis must be 'stated' or 'inferred', got 'guessed'"),
        ([_row(article_id="Bad Id!")], r"article_id must be a short lower-case slug"),
        ([_row(article_id="")], r"row 2: article_id is empty"),
        ([_row(title="")], r"title is empty"),
        ([_row(source_file="../etc/passwd")], r"source_file must be a plain file name"),
    ],
)
def test_bad_metadata_rows(make_corpus, rows, message):
    root = make_corpus({"a.txt": GOOD, "b.txt": GOOD}, rows)
    with pytest.raises(CorpusError, match=message):
        read_corpus(root)


def test_metadata_file_problems(make_corpus):
    root = make_corpus({"a.txt": GOOD})
    meta = root / "articles.csv"
    meta.write_text("article_id,source_file,title\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"articles.csv: missing column\(s\) published, date_basis, outlet"):
        load_corpus(root)
    meta.write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"articles.csv: metadata file is empty"):
        load_corpus(root)
    meta.write_bytes(b"article_id\n\x93x\x94\n")
    with pytest.raises(CorpusError, match=r"articles.csv: not UTF-8"):
        load_corpus(root)
    meta.write_text('article_id,source_file\n"a,unclosed\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"articles.csv: not a valid CSV table"):
        load_corpus(root)
    meta.unlink()
    with pytest.raises(CorpusError, match=r"articles.csv: metadata file not found"):
        load_corpus(root)


def test_empty_corpus(make_corpus):
    root = make_corpus({}, [])
    with pytest.raises(CorpusError, match=r"raw: the corpus is empty"):
        load_corpus(root)


def test_missing_folders(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match=r"raw/ folder not found"):
        load_corpus(tmp_path)


def test_metadata_reports_all_problems_at_once(make_corpus):
    root = make_corpus({"a.txt": GOOD, "b.txt": GOOD}, [_row(published=""), _row(article_id="b", source_file="b.txt", date_basis="x")])
    with pytest.raises(CorpusError, match=r"2 problems:\n.*published date is missing.*\n.*date_basis"):
        load_metadata(root)


def test_warn_mode_skips_explicitly(make_corpus):
    rows = [_row(), _row(article_id="b", source_file="b.txt", published="nope"),
            _row(article_id="c", source_file="c.txt"), _row(article_id="a", source_file="d.txt")]
    root = make_corpus({"a.txt": GOOD, "b.txt": GOOD, "c.txt": b"", "d.txt": GOOD, "e.txt": GOOD}, rows)
    with pytest.warns(CorpusWarning) as record:
        corpus = read_corpus(root, errors="warn")
    assert list(corpus.articles["article_id"]) == ["a"]
    skipped = corpus.skipped.set_index("source_file")["problem"]
    assert sorted(skipped.index) == ["b.txt", "c.txt", "d.txt", "e.txt"]
    assert "malformed" in skipped["b.txt"] and "file is empty" in skipped["c.txt"]
    assert "duplicate article_id" in skipped["d.txt"] and "no row in articles.csv" in skipped["e.txt"]
    assert len(record) == 4


def test_hidden_files_are_ignored(make_corpus):
    root = make_corpus({"a.txt": GOOD})
    (root / "raw" / ".DS_Store").write_bytes(b"\x00\x01")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(load_corpus(root)) == 1


def test_windows_line_endings(make_corpus):
    root = make_corpus({"a.txt": "Trump met Putin.\r\n\r\nTalks go on.\r\n"})
    assert load_corpus(root)["text"].iloc[0] == "Trump met Putin.\n\nTalks go on."


def test_bad_errors_argument():
    with pytest.raises(ValueError, match="errors must be"):
        read_corpus(errors="ignore")  # type: ignore[arg-type]


def test_today_is_injectable(make_corpus):
    root = make_corpus({"a.txt": GOOD}, [_row(published="2025-05-16")])
    with pytest.raises(CorpusError, match="in the future"):
        read_corpus(root, today=dt.date(2025, 5, 1))


# --------------------------------------------------------------------------- hostile input (issue 12)


def test_symlink_in_raw_is_refused(make_corpus, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD, encoding="utf-8")
    root = make_corpus({"a.txt": GOOD})
    (root / "raw" / "link.txt").symlink_to(outside)
    with pytest.raises(CorpusError) as info:
        read_corpus(root)
    assert str(info.value) == f"{root / 'raw' / 'link.txt'}: is a symbolic link; refused. Copy the article file itself into raw/"
    with pytest.warns(CorpusWarning, match=r"link.txt: is a symbolic link; refused"):
        corpus = read_corpus(root, errors="warn")
    assert list(corpus.articles["article_id"]) == ["a"]
    assert list(corpus.skipped["source_file"]) == ["link.txt"]


def test_symlink_with_a_row_is_refused(make_corpus, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(GOOD, encoding="utf-8")
    root = make_corpus({}, [_row(source_file="link.txt")])
    (root / "raw" / "link.txt").symlink_to(outside)
    with pytest.raises(CorpusError, match=r"raw/link.txt: is a symbolic link; refused"):
        read_corpus(root)


def test_raw_folder_resolving_outside_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "a.txt").write_text(GOOD, encoding="utf-8")
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "raw").symlink_to(elsewhere, target_is_directory=True)
    (root / "articles.csv").write_text(
        "article_id,source_file,title,published,date_basis,outlet,author,url\na,a.txt,T,2025-05-16,stated,,,\n",
        encoding="utf-8")
    with pytest.raises(CorpusError) as info:
        read_corpus(root)
    assert str(info.value) == (f"{root / 'raw' / 'a.txt'}: resolves to {(elsewhere / 'a.txt').resolve()}, "
                               f"outside the corpus folder {root.resolve()}; refused")


def test_control_characters_stripped_with_warning(make_corpus):
    root = make_corpus({"a.txt": "Trump met\x00 Putin.\x1b\n\nZelensky said\x07 talks must go on.\r\n"})
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(root)
    assert articles["text"].iloc[0] == GOOD
    assert [str(w.message) for w in record] == [
        f"{root / 'raw' / 'a.txt'}: removed 3 control characters (U+0000 x1, U+0007 x1, U+001B x1); check the file"]


def test_mostly_control_characters_refused(make_corpus):
    root = make_corpus({"a.txt": "ok" + "\x01\x02\x03" * 10})
    with pytest.raises(CorpusError, match=r"a.txt: mostly control characters \(30 control characters "
                                          r"\(U\+0001 x10, U\+0002 x10, U\+0003 x10\)\), not article text; refused"):
        load_corpus(root)


def test_control_characters_in_metadata_stripped(make_corpus):
    root = make_corpus({"a.txt": GOOD}, [_row(title="Talks\x00 resume", author="Jane\x1b Doe")])
    with pytest.warns(CorpusWarning) as record:
        articles = load_corpus(root)
    assert articles["title"].iloc[0] == "Talks resume"
    assert articles["author"].iloc[0] == "Jane Doe"
    assert sorted(str(w.message) for w in record) == [
        f"{root / 'articles.csv'}, row 2, column author: removed 1 control character (U+001B x1)",
        f"{root / 'articles.csv'}, row 2, column title: removed 1 control character (U+0000 x1)",
    ]


@pytest.mark.parametrize(
    "data, how",
    [
        (GOOD.encode("utf-16"), "byte-order mark"),               # with BOM
        (GOOD.encode("utf-16-le"), "NUL-interleaved characters"),  # no BOM
        (GOOD.encode("utf-16-be"), "NUL-interleaved characters"),
    ],
)
def test_utf16_is_named(make_corpus, data, how):
    root = make_corpus({"a.txt": data})
    with pytest.raises(CorpusError) as info:
        load_corpus(root)
    assert str(info.value) == (f"{root / 'raw' / 'a.txt'}: is UTF-16 text ({how}), not UTF-8; re-save it as UTF-8 "
                               "(e.g. `iconv -f UTF-16 -t UTF-8`)")


def test_article_over_the_size_limit_is_refused(make_corpus, monkeypatch):
    from helpers import rawtext

    assert rawtext.MAX_ARTICLE_CHARS == 2_000_000
    monkeypatch.setattr(rawtext, "MAX_ARTICLE_CHARS", 60)
    root = make_corpus({"a.txt": GOOD, "big.txt": "é" * 61})  # 122 bytes, 61 characters
    with pytest.warns(CorpusWarning, match=r"big.txt: 61 characters is over the article limit of 60; refused"):
        corpus = read_corpus(root, errors="warn")
    assert list(corpus.articles["article_id"]) == ["a"]
    (root / "raw" / "big.txt").write_bytes(b"x" * 241)  # over 4 bytes a character: refused before reading
    with pytest.raises(CorpusError, match=r"big.txt: 241 bytes is over the limit of 240 bytes; refused"):
        read_corpus(root)


def test_missing_date_names_the_file(make_corpus):
    root = make_corpus({"page.html": GOOD}, [_row(source_file="page.html", published="", date_basis="")])
    with pytest.raises(CorpusError, match=r"row 2 \(a\): published date is missing for page.html; give it as YYYY-MM-DD"):
        read_corpus(root)
