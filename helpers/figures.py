"""Save every chart as a PNG beside the CSV of exactly the data it plots.

Writes are atomic (temporary file, then rename), and PNGs carry no timestamp,
so two runs over the same corpus give byte-identical files. Files are made
readable by everyone (mode 0644, folders 0755): a report folder is meant to be
handed on, and ``mkstemp`` alone would leave every file private (0600).

When ``WORKBOOK_WRITE_LOG`` names a file, every path written here is appended
to it (one line each): the report sets it for each notebook kernel, so it
knows which files a notebook made and can cache them with the notebook
(:mod:`helpers.notebook_cache`).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from helpers import config

__all__ = ["FILE_MODE", "DIR_MODE", "WRITE_LOG_ENV", "make_dirs", "atomic_write_bytes", "atomic_write_text", "save_table",
           "save_chart", "empty_chart"]

PNG_METADATA = {"Software": None}  # drop the version stamp; PNG has no date by default
FILE_MODE = 0o644  # every written file: readable by colleagues and web servers
DIR_MODE = 0o755
WRITE_LOG_ENV = "WORKBOOK_WRITE_LOG"


def _record(path: Path) -> None:
    """Append ``path`` to the write log named by ``WORKBOOK_WRITE_LOG``, if any (one O_APPEND write per line)."""
    log = os.environ.get(WRITE_LOG_ENV, "")
    if not log:
        return
    fd = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
    try:
        os.write(fd, f"{path.resolve()}\n".encode("utf-8", "surrogateescape"))
    finally:
        os.close(fd)


def make_dirs(folder: Path | str) -> Path:
    """Create ``folder`` and missing parents, each new one with mode 0755 whatever the umask."""
    folder = Path(folder)
    missing = []
    for parent in [folder, *folder.parents]:
        if parent.exists():
            break
        missing.append(parent)
    folder.mkdir(parents=True, exist_ok=True)
    for new in missing:
        with contextlib.suppress(OSError):
            os.chmod(new, DIR_MODE)
    return folder


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then rename (mode 0644)."""
    path = Path(path)
    make_dirs(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            os.fchmod(fh.fileno(), FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _record(path)
    return path


def atomic_write_text(path: Path | str, text: str) -> Path:
    """UTF-8 text version of :func:`atomic_write_bytes`."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def save_table(table: pd.DataFrame, name: str, *, folder: Path | str | None = None) -> Path:
    """Write ``table`` as ``<name>.csv`` (UTF-8, no index) into the tables folder."""
    folder = Path(folder or config.TABLES_DIR)
    return atomic_write_text(folder / f"{name}.csv", table.to_csv(index=False, lineterminator="\n"))


def save_chart(fig: Figure, data: pd.DataFrame, name: str, *, folder: Path | str | None = None,
               show: bool = False) -> tuple[Path, Path]:
    """Save ``fig`` as ``<name>.png`` and ``data`` (what it plots) as ``<name>.csv``.

    ``show=True`` (in a notebook) displays the saved PNG itself and closes the
    figure: the page shows exactly the file beside its CSV, and the chart is
    drawn once instead of again by the inline backend.
    """
    folder = make_dirs(folder or config.FIGURES_DIR)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".png")
    os.fchmod(fd, FILE_MODE)
    os.close(fd)
    try:
        fig.savefig(tmp, format="png", metadata=PNG_METADATA, bbox_inches="tight")
        png = folder / f"{name}.png"
        os.replace(tmp, png)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _record(png)
    csv = atomic_write_text(folder / f"{name}.csv", data.to_csv(index=False, lineterminator="\n"))
    if show:
        from IPython.display import Image, display

        plt.close(fig)
        display(Image(data=png.read_bytes(), format="png", alt=chart_alt(fig, name)))
    return png, csv


def chart_alt(fig: Figure, name: str) -> str:
    """Alt text for a saved chart: its titles (figure, then panels) and where its data is."""
    titles = [fig.get_suptitle(), *(ax.get_title() for ax in fig.axes)]
    said = "; ".join(dict.fromkeys(t.strip() for t in titles if t and t.strip()))
    return f"{said or 'Chart'} (data: figures/{name}.csv)"


def empty_chart(message: str, *, title: str = "", figsize: tuple[float, float] = (7, 2.5)) -> Figure:
    """A figure that says why there is nothing to plot (no actor, no stance...)."""
    fig, ax = plt.subplots(figsize=figsize)
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", wrap=True, fontsize=11, color="#444444")
    if title:
        ax.set_title(title)
    return fig
