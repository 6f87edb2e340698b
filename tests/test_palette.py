"""helpers.palette: one palette, no global side effects."""

from __future__ import annotations

import importlib

import matplotlib as mpl

from helpers import palette


def test_import_changes_no_rcparams():
    before = dict(mpl.rcParams)
    importlib.reload(palette)
    assert dict(mpl.rcParams) == before


def test_style_is_scoped():
    before = mpl.rcParams["axes.spines.top"]
    with palette.style():
        assert mpl.rcParams["axes.spines.top"] is False
    assert mpl.rcParams["axes.spines.top"] == before


def test_side_colours_come_from_the_codebooks(codebooks):
    saved = (dict(palette.SIDE_COLORS), dict(palette.SIDE_NAMES))
    try:
        palette.use_sides(codebooks.side_colours, codebooks.side_labels)
        assert palette.side_color("russia") == "#D55E00" and palette.side_name("us") == "US"
        assert palette.side_color("mars") == "#7F7F7F"          # an undeclared side is grey
        assert palette.side_color("unknown") == palette.UNKNOWN_COLOR
        assert palette.actor_color("some_minister", "russia") == "#D55E00"
        palette.use_sides({"china": "#882255"}, {"china": "China"})
        assert palette.side_color("china") == "#882255" and palette.side_name("china") == "China"
        assert palette.side_color("russia") == "#7F7F7F"        # only the declared sides have colours
    finally:
        palette.use_sides(*saved)
    assert set(palette.STANCE_COLORS) == {"support", "conditional", "neutral", "oppose"}
