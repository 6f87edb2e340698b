"""One named palette for every chart, so a side or an actor has the same colour everywhere.

Colours are from the Okabe-Ito colour-blind-safe set. Charts ask for colours by
name (``side_color("russia")``, ``actor_color("donald_trump")``,
``STANCE_COLORS["oppose"]``) and never pick their own. Nothing here touches
matplotlib's global rcParams: use :func:`style` as a context manager.
"""

from __future__ import annotations

import contextlib
import hashlib
from typing import Iterator

import matplotlib as mpl

SIDE_COLORS: dict[str, str] = {
    "us": "#0072B2",       # blue
    "russia": "#D55E00",   # vermillion
    "ukraine": "#E69F00",  # orange-yellow
    "europe": "#009E73",   # bluish green
    "turkey": "#CC79A7",   # reddish purple
    "other": "#7F7F7F",    # grey
}

STANCE_COLORS: dict[str, str] = {
    "support": "#009E73",
    "conditional": "#E69F00",
    "neutral": "#9E9E9E",
    "oppose": "#D55E00",
}

# Fixed colours for the main actors; other actors get their side's colour.
ACTOR_COLORS: dict[str, str] = {
    "donald_trump": "#0072B2",
    "united_states": "#6A9FCB",
    "marco_rubio": "#56B4E9",
    "steve_witkoff": "#1F4E79",
    "vladimir_putin": "#D55E00",
    "kremlin": "#A23B00",
    "russia": "#F08A4B",
    "volodymyr_zelensky": "#E69F00",
    "ukraine": "#C9A100",
    "europe": "#009E73",
    "friedrich_merz": "#006B4E",
    "mark_rutte": "#7F7F7F",
}

ARTICLE_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]

SEQUENTIAL_CMAP = "Blues"
DIVERGING_CMAP = "RdYlGn"  # oppose (red) .. support (green)
TEXT_COLOR = "#222222"
GRID_COLOR = "#DDDDDD"

RC: dict[str, object] = {
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#888888",
    "axes.grid": True,
    "grid.color": GRID_COLOR,
    "grid.linewidth": 0.6,
    "text.color": TEXT_COLOR,
    "axes.labelcolor": TEXT_COLOR,
    "svg.hashsalt": "diplomacy-workbook",
    "figure.autolayout": False,
}


def side_color(side: str) -> str:
    """Colour of a side (``us``, ``russia``...); grey for anything unknown."""
    return SIDE_COLORS.get(side, SIDE_COLORS["other"])


def actor_color(actor_id: str, side: str | None = None) -> str:
    """Colour of an actor: its fixed colour, else its side's colour."""
    if actor_id in ACTOR_COLORS:
        return ACTOR_COLORS[actor_id]
    if side:
        return side_color(side)
    digest = int(hashlib.sha256(actor_id.encode()).hexdigest(), 16)
    return list(SIDE_COLORS.values())[digest % len(SIDE_COLORS)]


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Apply the workbook's chart style inside a ``with`` block only."""
    with mpl.rc_context(RC):
        yield
