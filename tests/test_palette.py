"""helpers.palette: one colour-blind-safe palette, no global side effects."""

from __future__ import annotations

import importlib

import matplotlib as mpl
from matplotlib.colors import to_rgb

from helpers import palette


def test_import_changes_no_rcparams():
    before = dict(mpl.rcParams)
    importlib.reload(palette)
    assert dict(mpl.rcParams) == before


def test_style_is_scoped():
    before = mpl.rcParams["axes.spines.top"]
    with palette.style():
        assert mpl.rcParams["axes.spines.top"] is False
        assert mpl.rcParams["font.size"] >= palette.MIN_FONT
    assert mpl.rcParams["axes.spines.top"] == before


def test_side_colours_come_from_the_codebooks(codebooks):
    saved = (dict(palette.SIDE_COLORS), dict(palette.SIDE_NAMES))
    try:
        palette.use_sides(codebooks.side_colours, codebooks.side_labels)
        assert palette.side_color("russia") == "#D55E00" and palette.side_name("us") == "US"
        assert palette.side_color("mars") == "#7F7F7F"          # an undeclared side is grey
        assert palette.side_name("unknown") == "No speaker found"
        assert palette.actor_color("vladimir_putin", "russia") == "#D55E00"  # a person: their side
        palette.use_sides({"china": "#882255"}, {"china": "China"})
        assert palette.side_color("china") == "#882255" and palette.side_name("china") == "China"
        assert palette.side_color("russia") == "#7F7F7F"        # only the declared sides have colours
    finally:
        palette.use_sides(*saved)
    assert set(palette.STANCE_COLORS) == {"support", "conditional", "neutral", "oppose"}


def test_stance_scale_is_blue_orange_not_red_green():
    support, oppose = to_rgb(palette.STANCE_COLORS["support"]), to_rgb(palette.STANCE_COLORS["oppose"])
    assert support[2] > support[0] and support[2] > support[1]      # blue
    assert oppose[0] > oppose[1] > oppose[2]                        # orange
    low, high = palette.STANCE_CMAP(0.0), palette.STANCE_CMAP(1.0)
    assert low[0] > low[2] and high[2] > high[0]
    assert not (high[1] > high[0] and high[1] > high[2])            # the support end is not green
