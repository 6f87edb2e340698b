"""helpers.figures: charts saved as PNG beside their data, atomically and byte-for-byte repeatable."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers.figures import atomic_write_text, chart_alt, empty_chart, save_chart, save_table  # noqa: E402


def _chart():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.bar(["a", "b"], [1, 2])
    return fig


def test_save_chart_writes_png_and_csv(tmp_path):
    data = pd.DataFrame({"x": ["a", "b"], "y": [1, 2]})
    png, csv = save_chart(_chart(), data, "demo", folder=tmp_path)
    assert png.read_bytes().startswith(b"\x89PNG")
    assert csv.read_text(encoding="utf-8") == "x,y\na,1\nb,2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.csv", "demo.png"]


def test_save_chart_is_repeatable(tmp_path):
    data = pd.DataFrame({"y": [1, 2]})
    first, _ = save_chart(_chart(), data, "one", folder=tmp_path)
    second, _ = save_chart(_chart(), data, "two", folder=tmp_path)
    assert first.read_bytes() == second.read_bytes()
    assert b"Software" not in first.read_bytes()  # no version stamp in the PNG


def test_save_chart_show_displays_the_saved_file_and_closes_the_figure(tmp_path, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))
    fig = _chart()
    png, _ = save_chart(fig, pd.DataFrame({"y": [1]}), "shown", folder=tmp_path, show=True)
    assert len(shown) == 1 and shown[0].data == png.read_bytes()   # the page shows the file itself
    assert shown[0].alt == "Chart (data: figures/shown.csv)"         # untitled: says where its data is
    assert not plt.fignum_exists(fig.number)                         # not drawn again by the inline backend


def test_chart_alt_gives_the_titles_once_each_and_the_data_file():
    fig, (left, right) = plt.subplots(1, 2)
    fig.suptitle("Positions on ceasefire")
    left.set_title("Sides")
    right.set_title("Sides")
    assert chart_alt(fig, "05-positions-ceasefire") == "Positions on ceasefire; Sides (data: figures/05-positions-ceasefire.csv)"
    plt.close(fig)


def test_save_table(tmp_path):
    path = save_table(pd.DataFrame({"a": [1]}), "t", folder=tmp_path)
    assert path.read_text(encoding="utf-8") == "a\n1\n"


def test_atomic_write_leaves_old_file_on_failure(tmp_path):
    target = tmp_path / "report.html"
    atomic_write_text(target, "old")

    class Boom(str):
        def encode(self, *args, **kwargs):
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        atomic_write_text(target, Boom("new"))
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_empty_chart_carries_the_message():
    fig = empty_chart("No stance was coded.", title="Positions")
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts == ["No stance was coded."]
    assert fig.axes[0].get_title() == "Positions"


def test_writes_are_logged_only_when_asked(tmp_path, monkeypatch):
    """With WORKBOOK_WRITE_LOG set (the report sets it for each kernel) every written path is appended to it."""
    monkeypatch.delenv("WORKBOOK_WRITE_LOG", raising=False)
    save_table(pd.DataFrame({"a": [1]}), "quiet", folder=tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    log = tmp_path / "writes.log"
    monkeypatch.setenv("WORKBOOK_WRITE_LOG", str(log))
    table = save_table(pd.DataFrame({"a": [1]}), "t", folder=tmp_path / "out")
    png, csv = save_chart(_chart(), pd.DataFrame({"y": [1]}), "c", folder=tmp_path / "out")
    page = atomic_write_text(tmp_path / "out" / "reader" / "p.html", "<p>")
    assert log.read_text(encoding="utf-8").splitlines() == [str(p.resolve()) for p in (table, png, csv, page)]
