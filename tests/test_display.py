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
