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


def test_colours():
    assert palette.side_color("russia") == palette.SIDE_COLORS["russia"]
    assert palette.side_color("mars") == palette.SIDE_COLORS["other"]
    assert palette.actor_color("vladimir_putin", "russia") == palette.SIDE_COLORS["russia"]  # a person: their side
    assert palette.actor_color("x") == palette.actor_color("x")
    assert set(palette.STANCE_COLORS) == {"support", "conditional", "neutral", "oppose"}
    assert palette.side_name("us") == "US" and palette.side_name("unknown") == "No speaker found"


def test_sides_have_clearly_different_colours():
    colours = [to_rgb(c) for s, c in palette.SIDE_COLORS.items()]
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert sum(abs(x - y) for x, y in zip(a, b)) > 0.4   # distinct Okabe-Ito hues, not shades of one


def test_stance_scale_is_blue_orange_not_red_green():
    support, oppose = to_rgb(palette.STANCE_COLORS["support"]), to_rgb(palette.STANCE_COLORS["oppose"])
    assert support[2] > support[0] and support[2] > support[1]      # blue
    assert oppose[0] > oppose[1] > oppose[2]                        # orange
    low, high = palette.STANCE_CMAP(0.0), palette.STANCE_CMAP(1.0)
    assert low[0] > low[2] and high[2] > high[0]
    assert not (high[1] > high[0] and high[1] > high[2])            # the support end is not green
