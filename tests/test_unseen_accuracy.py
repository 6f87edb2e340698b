"""helpers.unseen_accuracy: the record `make accuracy` writes and the sentences the reports quote from it."""

from __future__ import annotations

import datetime as dt
import importlib.util

import pytest

from helpers import config, frontpage
from helpers.unseen_accuracy import RECORD_COLUMNS, RecordError, read_record, record_rows, unseen_summary, write_record


def result(articles, gold, machine, hits, p, r, f1, interval, side=(0, 0), contra=(0, 0)):
    return {"articles": articles, "f1_interval": interval,
            "overall": {"gold_pairs": gold, "machine_pairs": machine, "hits": hits, "precision": p, "recall": r,
                        "f1": f1, "side_cells_agree": side[0], "side_cells": side[1],
                        "contradictions_actor": contra[0], "contradictions_side": contra[1]}}


CORPORA = {
    "seeds": {"parts": {"all": result(5, 61, 59, 57, 0.9661, 0.9344, 0.95, (0.86, 1.0), (40, 43))}},
    "devset": {"parts": {
        "study": result(30, 154, 143, 120, 0.8392, 0.7792, 0.8081, (0.75, 0.86), (85, 112), (1, 0)),
        "heldout": result(10, 61, 42, 17, 0.4048, 0.2787, 0.3301, (0.22, 0.45), (11, 44), (4, 3)),
    }},
}
DAY = dt.date(2026, 11, 23)


def test_record_rows_one_per_part():
    rows = record_rows(CORPORA, measured=DAY, parser=False)
    assert list(rows.columns) == RECORD_COLUMNS
    assert list(zip(rows["corpus"], rows["part"])) == [("seeds", "all"), ("devset", "study"), ("devset", "heldout")]
    held = rows.iloc[2].to_dict()
    assert held["measured"] == "2026-11-23" and held["hits"] == 17 and held["machine_pairs"] == 42
    assert (held["f1"], held["f1_low"], held["f1_high"]) == (0.3301, 0.22, 0.45)
    assert held["side_cells_agree"] == 11 and held["contradictions_actor"] == 4 and held["parser"] is False


def test_written_atomically_and_read_back(tmp_path):
    path = write_record(record_rows(CORPORA, measured=DAY, parser=True), tmp_path / "results" / "accuracy.csv")
    assert [p.name for p in path.parent.iterdir()] == ["accuracy.csv"]   # no temporary file left behind
    back = read_record(path)
    assert back["part"].tolist() == ["all", "study", "heldout"] and back["parser"].tolist() == [True] * 3
    assert back.loc[2, "gold_pairs"] == 61


def test_summary_quotes_the_held_out_part_beside_the_studied_one():
    text = unseen_summary(record_rows(CORPORA, measured=DAY, parser=False))
    assert text == (
        "Measured on coverage the rules were not written against (10 hand-coded real articles from other outlets in "
        "the development set, held back while the rules were changed; measured 2026-11-23 by make accuracy): the "
        "machine found 17 of the 61 hand-coded positions (recall 28%), and 17 of its 42 positions were hand-coded too "
        "(precision 40%): F1 0.33, plausibly between 0.22 and 0.45. It matched 11 of 44 side × proposal cells and "
        "contradicted the hand coding (support against oppose) in 4 cells. On the 30 real articles from other outlets "
        "in the development set the rules were tuned on, F1 was 0.81: expect a new corpus to look like the held-out "
        "figures, and read each position's evidence sentence before quoting it.")


def test_summary_adds_the_held_out_part_of_another_corpus():
    corpora = {**CORPORA, "written": {"parts": {"heldout": result(6, 71, 52, 24, 0.4615, 0.338, 0.3902, (0.22, 0.53))}}}
    text = unseen_summary(record_rows(corpora, measured=DAY, parser=False))
    assert (" On 6 held-back news-style articles we wrote ourselves, in benchmarks/written, F1 was 0.39 (recall 34%, "
            "precision 46%). On the 30 ") in text


def test_summary_without_a_record_or_a_held_out_part():
    assert unseen_summary(None).startswith("No measurement on coverage the rules were not written against")
    seeds_only = record_rows({"seeds": CORPORA["seeds"]}, measured=DAY, parser=False)
    assert unseen_summary(seeds_only) == ("The accuracy record has no held-out part, so it says nothing about "
                                          "coverage the rules have not seen.")


def test_missing_record_is_none_and_a_bad_one_names_the_file(tmp_path):
    assert read_record(tmp_path / "none.csv") is None
    bad = tmp_path / "accuracy.csv"
    bad.write_text("measured,corpus\n2026-11-23,devset\n", encoding="utf-8")
    with pytest.raises(RecordError, match=r"accuracy.csv: missing column\(s\) part, articles"):
        read_record(bad)
    rows = record_rows(CORPORA, measured=DAY, parser=False).astype({"hits": object})
    rows.loc[0, "hits"] = "many"
    write_record(rows, bad)
    with pytest.raises(RecordError, match=r"accuracy.csv: column\(s\) hits must hold whole numbers"):
        read_record(bad)
    bad.write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(RecordError, match=r"accuracy.csv: cannot be read as a CSV table"):
        read_record(bad)


def test_front_page_quotes_the_record_escaped(tmp_path, monkeypatch):
    rows = record_rows({"<b>dev</b>": CORPORA["devset"]}, measured=DAY, parser=False)
    monkeypatch.setattr(config, "ACCURACY_RECORD", write_record(rows, tmp_path / "accuracy.csv"))
    html = frontpage._unseen_paragraph()
    assert "articles of the &lt;b&gt;dev&lt;/b&gt; corpus" in html and "<b>dev</b>" not in html
    assert "measured 2026-11-23 by make accuracy" in html and "F1 0.33, plausibly between 0.22 and 0.45" in html
    (tmp_path / "accuracy.csv").write_text("x\n1\n", encoding="utf-8")
    assert "The accuracy record could not be read:" in frontpage._unseen_paragraph()


def test_benchmark_records_only_with_a_held_out_part(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("accuracy", config.PROJECT_ROOT / "benchmarks" / "accuracy.py")
    accuracy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(accuracy)
    path = tmp_path / "accuracy.csv"
    accuracy._write_record(path, {"corpora": {"seeds": CORPORA["seeds"]}})
    assert not path.exists() and "record not written" in capsys.readouterr().out
    accuracy._write_record(path, {"corpora": CORPORA})
    assert read_record(path)["part"].tolist() == ["all", "study", "heldout"]
