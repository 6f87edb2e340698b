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


def test_colours():
    assert palette.side_color("russia") == palette.SIDE_COLORS["russia"]
    assert palette.side_color("mars") == palette.SIDE_COLORS["other"]
    assert palette.actor_color("donald_trump") == palette.ACTOR_COLORS["donald_trump"]
    assert palette.actor_color("some_minister", "ukraine") == palette.SIDE_COLORS["ukraine"]
    assert palette.actor_color("x") == palette.actor_color("x")  # stable without a side
    assert set(palette.STANCE_COLORS) == {"support", "conditional", "neutral", "oppose"}
