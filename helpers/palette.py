"""One named palette for every chart, so a side or an actor has the same colour everywhere.

Colours are from the Okabe-Ito colour-blind-safe set, one clearly different hue
per side. A person is drawn in the colour of the side they belong to (Trump in
the US blue, Putin in the Russian vermillion): charts that show people and
sides put them in separate panels, and tell people of the same side apart by
marker or hatching, never by a second shade of the same hue. Stances use one
diverging blue-orange scale (support blue, oppose orange, neutral grey), never
red-green. Charts ask for colours by name (``side_color("russia")``,
``actor_color("donald_trump", "us")``, ``STANCE_COLORS["oppose"]``) and never pick
their own. Nothing here touches matplotlib's global rcParams: use :func:`style`
as a context manager.
"""

from __future__ import annotations

import contextlib
from typing import Iterator

import matplotlib as mpl
from matplotlib.colors import LinearSegmentedColormap, to_rgb

# Sides and their colours are data (the ``sides:`` section of actors.yaml):
# :func:`use_sides` fills these from the codebooks (``open_workbook`` calls it).
# Until then every side is grey.
OTHER_COLOR = "#7F7F7F"
SIDE_COLORS: dict[str, str] = {"other": OTHER_COLOR}
UNKNOWN_COLOR = "#BBBBBB"  # no speaker / no side found
BAR_COLOR = "#0072B2"  # bars that stand for no side (article lengths)

SIDE_NAMES: dict[str, str] = {"other": "Other", "unknown": "No speaker found"}


def use_sides(colours: dict[str, str], labels: dict[str, str]) -> None:
    """Take the sides, colours and display names of the codebooks (in their order)."""
    SIDE_COLORS.clear()
    SIDE_COLORS.update(colours)
    SIDE_COLORS.setdefault("other", OTHER_COLOR)
    SIDE_NAMES.clear()
    SIDE_NAMES.update(labels)
    SIDE_NAMES.setdefault("other", "Other")
    SIDE_NAMES["unknown"] = "No speaker found"

# Diverging stance scale: blue (support) .. grey (neutral) .. orange (oppose).
STANCE_COLORS: dict[str, str] = {
    "support": "#2166AC",
    "conditional": "#92C5DE",
    "neutral": "#BDBDBD",
    "oppose": "#E66101",
}
STANCE_TEXT_COLORS: dict[str, str] = {"support": "white", "conditional": "#222222", "neutral": "#222222",
                                      "oppose": "white"}

SEQUENTIAL_CMAP = "Blues"
STANCE_CMAP = LinearSegmentedColormap.from_list(
    "workbook_stance", [(0.0, "#B35806"), (0.25, "#F1A340"), (0.5, "#F2F2F2"), (0.75, "#6BAED6"), (1.0, "#2166AC")])
DIVERGING_CMAP = STANCE_CMAP  # oppose (orange, -1) .. support (blue, +1)
TEXT_COLOR = "#222222"
MUTED_COLOR = "#555555"    # secondary text: notes, keys, footnotes (contrast 7:1 on white)
GRID_COLOR = "#DDDDDD"
MIN_FONT = 9               # no text smaller than this, in points at the saved size

RC: dict[str, object] = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "xtick.labelsize": 9.5,
    "ytick.labelsize": 9.5,
    "legend.fontsize": 9.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#888888",
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": GRID_COLOR,
    "grid.linewidth": 0.6,
    "text.color": TEXT_COLOR,
    "axes.labelcolor": TEXT_COLOR,
    "svg.hashsalt": "diplomacy-workbook",
    "figure.autolayout": False,
}


def side_color(side: str) -> str:
    """Colour of a side (``us``, ``russia``...); light grey for ``unknown``, grey for anything else."""
    if side == "unknown":
        return UNKNOWN_COLOR
    return SIDE_COLORS.get(side, SIDE_COLORS["other"])


def side_name(side: str) -> str:
    """Display name of a side id: ``us`` -> ``US``, ``russia`` -> ``Russia``."""
    if side in SIDE_NAMES:
        return SIDE_NAMES[side]
    return side.upper() if len(side) <= 2 else side.replace("_", " ").title()


def actor_color(actor_id: str, side: str | None = None) -> str:
    """Colour of an actor: the colour of its side (grey when the side is not known)."""
    return side_color(side or "other")


def text_on(color: str) -> str:
    """Black or white, whichever reads better on a fill of ``color``."""
    r, g, b = to_rgb(color)
    return TEXT_COLOR if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the workbook's chart style inside a ``with`` block only."""
    with mpl.rc_context(RC):
        yield
