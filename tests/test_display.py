"""helpers.display: escaped notes and styled tables, stable across runs."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.display import note, safe_styler

PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</table><b>x</b>"]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_styler_escapes_values_index_and_columns(payload):
    table = pd.DataFrame({payload: [payload]}, index=[payload])
    page = safe_styler(table).to_html()
    assert payload not in page
    assert page.count("&lt;") >= 3


@pytest.mark.parametrize("payload", PAYLOADS)
def test_note_escapes(payload):
    assert payload not in note(payload)._repr_html_()
    assert repr(note(payload)) == payload


def test_styler_html_is_identical_on_rerun():
    table = pd.DataFrame({"a": [1, 2]})
    assert safe_styler(table).to_html() == safe_styler(table.copy()).to_html()
    assert safe_styler(table).to_html() != safe_styler(pd.DataFrame({"a": [1, 3]})).to_html()
    assert "T_fixed" in safe_styler(table, uuid="fixed").to_html()


# --------------------------------------------------------------------------- table()

from helpers.display import Note, prose, table  # noqa: E402


def test_table_has_no_row_index_and_aligns_text_left_numbers_right():
    frame = pd.DataFrame({"who": ["Trump", "Putin"], "mentions": [38.0, 20.0], "share": [0.171, 0.5]})
    page = table(frame)._repr_html_()
    assert "row_heading" not in page and "blank level0" not in page
    assert ">38</td>" in page and "38.0" not in page          # whole counts as integers
    assert ">17.1%</td>" in page and ">50.0%</td>" in page     # shares as percentages
    assert "td.col0 {\n  text-align: left;" in page and "td.col1 {\n  text-align: right;" in page


def test_table_index_becomes_a_column():
    frame = pd.DataFrame({"n": [1, 2]}, index=pd.Index(["a", "b"], name="article_id"))
    shown = table(frame)
    assert list(shown.data.columns) == ["article_id", "n"]


def test_cut_table_says_so_and_names_the_csv():
    shown = table(pd.DataFrame({"x": range(30)}), "02-mentions", max_rows=10)
    assert len(shown.data) == 10
    assert "showing 10 of 30 rows — full table: reports/tables/02-mentions.csv" in shown._repr_html_()
    assert "showing" not in table(pd.DataFrame({"x": range(3)}), "t", max_rows=10)._repr_html_()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_table_escapes(payload):
    page = table(pd.DataFrame({payload: [payload]}))._repr_html_()
    assert payload not in page


def test_table_is_stable_and_has_no_memory_address():
    frame = pd.DataFrame({"a": [1.5, 2.25], "b": ["x", "y"]})
    assert table(frame)._repr_html_() == table(frame.copy())._repr_html_()
    assert "0x" not in repr(table(frame)) and "1.50" in repr(table(frame))


def test_table_of_nothing_is_a_note():
    shown = table(pd.DataFrame({"a": []}), empty="Nothing was skipped.")
    assert isinstance(shown, Note) and repr(shown) == "Nothing was skipped."


def test_table_options():
    frame = pd.DataFrame({"score": [0.5, -1.0], "value": [61.0, 0.982], "when": pd.to_datetime(["2025-05-15", None])})
    page = table(frame, signed=["score"], mixed=["value"], decimals={"value": 3})._repr_html_()
    assert ">+0.50</td>" in page and ">-1.00</td>" in page
    assert ">61</td>" in page and ">0.982</td>" in page
    assert ">2025-05-15</td>" in page


def test_prose_is_escaped_markup_not_console_text():
    text = prose("First <b>finding</b>.", ["Second."])
    assert text._repr_html_() == "<p>First &lt;b&gt;finding&lt;/b&gt;.</p>\n<p>Second.</p>"
    assert "<b>" not in text._repr_markdown_()


def test_share_columns_are_found_by_name_only_when_they_are_shares():
    from helpers.display import is_share_column

    assert all(is_share_column(c) for c in ("share", "share_of_text", "share_of_quoted_words", "precision", "F1"))
    assert not any(is_share_column(c) for c in ("share_widget", "shares_count", "mentions", "kappa"))


def test_side_ids_show_as_side_names_but_the_data_keeps_them():
    frame = pd.DataFrame({"name": ["Donald Trump", "Volodymyr Zelensky", "Nobody"], "side": ["us", "ukraine", ""]})
    shown = table(frame)
    page = shown._repr_html_()
    assert ">US</td>" in page and ">Ukraine</td>" in page and ">us</td>" not in page
    assert list(shown.data["side"]) == ["us", "ukraine", ""]
    assert "US" in repr(shown) and ">ukraine</td>" in table(frame, sides=())._repr_html_()
