"""helpers.charts: what each chart plots, its colours, and empty or unusual input (a note, never an error)."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402

from helpers import palette  # noqa: E402
from helpers.charts import (  # noqa: E402
    PLOT_COLUMNS,
    article_slots,
    confusion_heatmap,
    position_chart,
    series_colors,
    side_label,
    topic_grid,
)
from helpers.figures import save_chart  # noqa: E402


@pytest.fixture(autouse=True)
def _sides_of_the_test_codebooks(codebooks):
    """Charts colour and name sides from the codebooks (as open_workbook does)."""
    saved = (dict(palette.SIDE_COLORS), dict(palette.SIDE_NAMES))
    palette.use_sides(codebooks.side_colours, codebooks.side_labels)
    yield
    palette.use_sides(*saved)


ARTICLES = pd.DataFrame({
    "article_id": ["late", "first", "second"],
    "published": pd.to_datetime(["2025-08-07", "2025-05-15", "2025-05-16"]),
})
POSITION_COLUMNS = ["article_id", "published", "actor_id", "topic", "n_statements", "score", "label", "stances",
                    "evidence", "cue", "rule"]


def positions(rows, key="actor_id"):
    cols = [key if c == "actor_id" else c for c in POSITION_COLUMNS]
    table = pd.DataFrame(rows, columns=cols)
    table["published"] = pd.to_datetime(table["published"])
    return table


ACTORS = positions([
    ("first", "2025-05-15", "donald_trump", "ceasefire", 1, 1.0, "support", "support", "Trump pushes.", "push", "subject"),
    ("first", "2025-05-15", "vladimir_putin", "ceasefire", 1, 0.5, "conditional", "conditional", "Putin: if.", "if", "subject"),
    ("second", "2025-05-16", "vladimir_putin", "ceasefire", 2, 0.0, "mixed", "support+oppose", "Putin both.", "x", "subject"),
    ("late", "2025-08-07", "donald_trump", "ceasefire", 1, 1.0, "support", "support", "Trump again.", "back", "subject"),
    ("late", "2025-08-07", "donald_trump", "sanctions", 1, 0.5, "conditional", "conditional", "Or face sanctions.",
     "or face", "demand"),
])
SIDES = positions([
    ("first", "2025-05-15", "us", "ceasefire", 1, 1.0, "support", "support", "Trump pushes.", "push", "subject"),
    ("second", "2025-05-16", "russia", "ceasefire", 2, 0.0, "mixed", "support+oppose", "Putin both.", "x", "subject"),
], key="side")
NAMES = {"donald_trump": "Donald Trump", "vladimir_putin": "Vladimir Putin"}
ACTOR_SIDES = {"donald_trump": "us", "vladimir_putin": "russia"}


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def texts(fig):
    """Every piece of text drawn on the figure (titles, notes, annotations, legends, ticks)."""
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text)]


# --------------------------------------------------------------------------- articles on x


def test_article_slots_are_in_publication_order():
    slots = article_slots(ARTICLES)
    assert list(slots["article_id"]) == ["first", "second", "late"]
    assert list(slots["article_no"]) == [1, 2, 3]
    assert list(slots["x"]) == [0.0, 1.0, 2.0]
    assert slots["tick"].iloc[0] == "1 · 15 May 2025\nfirst"   # no outlet or title: the id


def test_article_slots_of_no_articles():
    assert article_slots(ARTICLES.iloc[0:0]).empty
    assert article_slots(None).empty


def test_side_labels():
    assert side_label("us") == "US"
    assert side_label("russia") == "Russia"


# --------------------------------------------------------------------------- headline chart


def test_position_chart_plots_exactly_the_selected_positions():
    with palette.style():
        fig, data = position_chart([("Sides", SIDES, None), ("Actors", ACTORS, ["vladimir_putin", "donald_trump"])],
                                   "ceasefire", ARTICLES, names=NAMES, sides=ACTOR_SIDES, topic_label="Ceasefire")
    assert list(data.columns) == ["panel"] + PLOT_COLUMNS
    actors = data[data["panel"] == "Actors"]
    # the order asked for, then by article; the sanctions row is not plotted
    assert list(zip(actors["key"], actors["article_id"])) == [
        ("vladimir_putin", "first"), ("vladimir_putin", "second"), ("donald_trump", "first"), ("donald_trump", "late")]
    assert list(actors["article_no"]) == [1, 2, 1, 3]
    assert list(actors["name"]) == ["Vladimir Putin"] * 2 + ["Donald Trump"] * 2
    assert set(data.loc[data["panel"] == "Sides", "name"]) == {"US", "Russia"}
    drawn = texts(fig)
    assert "mixed: support+oppose" in drawn      # the stance label of a mixed position is written out
    assert "83 days" in drawn                    # the gap between May and August is marked
    assert any("first" in t for t in drawn)      # no outlet or title known: the id on the x axis


def test_position_chart_uses_the_palette_colour_of_each_actor_and_side():
    with palette.style():
        fig, _ = position_chart([("Sides", SIDES, None), ("Actors", ACTORS, None)], "ceasefire", ARTICLES,
                                sides=ACTOR_SIDES)
    colours = {to_hex(line.get_color()) for ax in fig.axes for line in ax.get_lines()}
    for expected in (palette.actor_color("donald_trump", "us"), palette.actor_color("vladimir_putin", "russia"),
                     palette.side_color("us"), palette.side_color("russia")):
        assert expected.lower() in colours
    assert series_colors(["kremlin", "nobody"], by="actor", sides={"nobody": "europe", "kremlin": "russia"}) == {
        "kremlin": palette.side_color("russia"), "nobody": palette.side_color("europe")}


def test_position_chart_names_an_actor_with_no_position():
    with palette.style():
        fig, data = position_chart([("Actors", ACTORS, ["donald_trump", "olena_zelenska"])], "ceasefire", ARTICLES,
                                   names={"olena_zelenska": "Olena Zelenska"})
    assert set(data["key"]) == {"donald_trump"}
    assert "Olena Zelenska: no position" in texts(fig)


@pytest.mark.parametrize("panels, topic", [
    ([("Sides", SIDES.iloc[0:0], None), ("Actors", ACTORS.iloc[0:0], None)], "ceasefire"),   # no stance coded at all
    ([("Sides", SIDES, None), ("Actors", ACTORS, None)], "security_guarantees"),             # topic with no positions
    ([("Actors", ACTORS, ["olena_zelenska"])], "ceasefire"),                                 # actor with none
    ([("Actors", pd.DataFrame(), None)], "ceasefire"),                                       # a bare empty frame
])
def test_position_chart_with_nothing_to_plot_says_so(panels, topic, tmp_path):
    with palette.style():
        fig, data = position_chart(panels, topic, ARTICLES)
    assert data.empty and list(data.columns) == ["panel"] + PLOT_COLUMNS
    assert any(t.startswith("Nothing to plot") for t in texts(fig))
    png, csv = save_chart(fig, data, "empty", folder=tmp_path)
    assert png.stat().st_size > 0 and csv.read_text().startswith("panel,article_no")


def test_position_chart_with_one_empty_panel_keeps_the_other():
    with palette.style():
        fig, data = position_chart([("Sides", SIDES, None), ("Actors", ACTORS, ["olena_zelenska"])], "ceasefire",
                                   ARTICLES)
    assert set(data["panel"]) == {"Sides"}
    assert "No position on ceasefire coded for these actors." in texts(fig)


def test_position_chart_with_no_articles():
    with palette.style():
        fig, data = position_chart([("Sides", SIDES, None)], "ceasefire", ARTICLES.iloc[0:0])
    assert data.empty
    assert any("no article" in t for t in texts(fig))


# --------------------------------------------------------------------------- small multiples


def test_topic_grid_keeps_a_panel_for_a_topic_without_positions():
    topics = ["ceasefire", "direct_talks", "sanctions"]
    with palette.style():
        fig, data = topic_grid(ACTORS, topics, ARTICLES, names=NAMES, sides=ACTOR_SIDES,
                               topic_labels={"ceasefire": "Ceasefire", "direct_talks": "Direct talks"})
    assert list(data.columns) == PLOT_COLUMNS
    assert list(dict.fromkeys(data["topic"])) == ["ceasefire", "sanctions"]
    assert len(data) == 5
    drawn = texts(fig)
    assert "Direct talks" in drawn and "no position coded" in drawn
    assert any(t.startswith("Articles:\n1 = 15 May 2025 · first") for t in drawn)


def test_topic_grid_of_sides_and_selected_actors():
    with palette.style():
        _, sides = topic_grid(SIDES, ["ceasefire"], ARTICLES)
        fig, actors = topic_grid(ACTORS, ["ceasefire", "sanctions"], ARTICLES, who=["donald_trump", "olena_zelenska"])
    assert set(sides["name"]) == {"US", "Russia"}
    assert set(actors["key"]) == {"donald_trump"}
    assert "olena_zelenska: no position" in texts(fig)


@pytest.mark.parametrize("table, topics", [
    (ACTORS.iloc[0:0], ["ceasefire", "sanctions"]),
    (pd.DataFrame(), ["ceasefire"]),
    (ACTORS, []),
    (ACTORS, ["neutrality"]),
])
def test_topic_grid_with_nothing_to_plot_says_so(table, topics):
    with palette.style():
        fig, data = topic_grid(table, topics, ARTICLES)
    assert data.empty
    assert any(t.startswith("Nothing to plot") for t in texts(fig))


# --------------------------------------------------------------------------- confusion matrix


def test_confusion_heatmap_plots_every_count():
    confusion = pd.DataFrame([[3, 1], [0, 2]], index=["support", "oppose"], columns=["support", "oppose"])
    with palette.style():
        fig, data = confusion_heatmap(confusion)
    assert list(data.columns) == ["hand-coded", "machine", "cells"]
    assert len(data) == 4 and data["cells"].sum() == 6
    assert data.set_index(["hand-coded", "machine"]).loc[("support", "oppose"), "cells"] == 1
    assert {"3", "1", "0", "2"} <= set(texts(fig))


@pytest.mark.parametrize("confusion", [pd.DataFrame(), pd.DataFrame([[0]], index=["none"], columns=["none"]), None])
def test_confusion_heatmap_with_nothing_to_compare(confusion):
    with palette.style():
        fig, data = confusion_heatmap(confusion)
    assert data.empty and list(data.columns) == ["hand-coded", "machine", "cells"]
    assert any(t.startswith("Nothing to compare") for t in texts(fig))


@pytest.mark.parametrize("confusion", [
    pd.DataFrame([[17, 3], [1, 7]], index=["support", "mixed"], columns=["support", "mixed"]), pd.DataFrame()])
def test_confusion_heatmap_title_fits_in_the_saved_figure(confusion):
    """A long title on a small matrix is not cut at the figure's edge."""
    title = "Hand-coded against machine label, per article × side × topic"
    with palette.style():
        fig, _ = confusion_heatmap(confusion, title=title)
        fig.canvas.draw()
        box = next(t for t in fig.findobj(matplotlib.text.Text) if t.get_text() == title).get_window_extent()
    width = fig.get_figwidth() * fig.dpi
    assert box.x0 >= 0 and box.x1 <= width, (box.x0, box.x1, width)


def test_confusion_heatmap_says_why_it_is_empty():
    with palette.style():
        fig, data = confusion_heatmap(pd.DataFrame(), empty="No article is hand-coded yet.")
    assert data.empty and "No article is hand-coded yet." in texts(fig)


def test_stance_axis_uses_a_true_minus_sign():
    with palette.style():
        fig, _ = position_chart([("Actors", ACTORS, None)], "ceasefire", ARTICLES, names=NAMES)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert "oppose (−1)" in labels and "support (+1)" in labels and not any("-" in t for t in labels)


def test_confusion_heatmap_marks_the_uncounted_none_cell():
    confusion = pd.DataFrame([[2, 1], [1, 0]], index=["support", "none"], columns=["support", "none"])
    with palette.style():
        fig, data = confusion_heatmap(confusion)
    assert "not\ncounted" in texts(fig)
    assert len(data) == 4


def test_codebook_text_with_a_dollar_sign_is_drawn_as_text():
    with palette.style():
        fig, _ = position_chart([("Actors", ACTORS, ["donald_trump", "olena_zelenska"])], "ceasefire", ARTICLES,
                                names={"donald_trump": "$Trump", "olena_zelenska": "Olena $Z"}, topic_label="Cease$fire")
        fig.canvas.draw()  # mathtext would fail on an unbalanced $
        grid, _ = topic_grid(ACTORS, ["ceasefire", "nato"], ARTICLES, names={"donald_trump": "$Trump"},
                             topic_labels={"nato": "NATO $"})
        grid.canvas.draw()
        empty, _ = position_chart([("Actors", ACTORS, None)], "nato", ARTICLES, topic_label="NATO $")
        empty.canvas.draw()
    assert r"\$Trump" in texts(fig)


def test_titles_keep_acronyms_of_topic_labels():
    with palette.style():
        fig, _ = position_chart([("Actors", ACTORS, None)], "ceasefire", ARTICLES, topic_label="Ceasefire")
        other, _ = position_chart([("Actors", ACTORS, None)], "nato", ARTICLES, topic_label="NATO membership")
    assert "Positions on ceasefire, article by article" in texts(fig)
    assert any("no position on NATO membership" in t for t in texts(other))


# --------------------------------------------------------------------------- articles named by date and outlet

from helpers import charts  # noqa: E402

META = pd.DataFrame({
    "article_id": ["a1", "a2", "a3"],
    "published": pd.to_datetime(["2025-05-15", "2025-05-16", "2025-08-07"]),
    "date_basis": ["inferred", "stated", "inferred"],
    "outlet": ["", "Geopolitical Lens", ""],
    "title": ["Putin and Trump Bail on High-Stakes Ukraine Peace Talks", "Talks begin", "Trump and Putin to Meet"],
    "n_words": [449, 900, 600],
})


def all_font_sizes(fig):
    return [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text) if t.get_text().strip()]


def test_article_labels_give_date_and_outlet_and_mark_inferred_dates():
    labels = charts.article_labels(META)
    assert labels["a2"] == "16 May 2025 · Geopolitical Lens"
    assert labels["a1"] == "≈15 May 2025 · “Putin and Trump Bail on…”"   # no outlet: the start of the title
    slots = article_slots(META)
    assert list(slots["inferred"]) == [True, False, True]
    with palette.style():
        fig, _ = position_chart([("Actors", ACTORS.iloc[0:0], None)], "ceasefire", META)
        fig, _ = charts.article_lengths(META)
    assert any(charts.INFERRED_NOTE in t for t in texts(fig))


def test_article_lengths_plots_words_in_date_order(tmp_path):
    with palette.style():
        fig, data = charts.article_lengths(META.iloc[::-1])
    assert data.to_csv(index=False) == "date,article_id,n_words\n2025-05-15,a1,449\n2025-05-16,a2,900\n2025-08-07,a3,600\n"
    assert "16 May 2025 · Geopolitical Lens" in texts(fig)
    assert min(all_font_sizes(fig)) >= palette.MIN_FONT


MATRIX = pd.DataFrame([[3, 0, 1], [0, 2, 0]], index=pd.Index(["donald_trump", "russia"], name="actor_id"),
                      columns=["a3", "a1", "a2"])
NAMES2 = {"donald_trump": "Donald Trump", "russia": "Russia"}
SIDES2 = {"donald_trump": "us", "russia": "russia"}


def test_mention_heatmap_data_and_names():
    with palette.style():
        fig, data = charts.mention_heatmap(MATRIX, META, names=NAMES2, sides=SIDES2)
    assert list(data.columns) == ["date", "article_id", "actor_id", "name", "side", "mentions"]
    assert list(data["article_id"].unique()) == ["a1", "a2", "a3"]        # publication order
    assert data["mentions"].sum() == 6 and "Donald Trump" in texts(fig)
    assert "US" in texts(fig)                                             # side key with display names
    assert min(all_font_sizes(fig)) >= palette.MIN_FONT


def test_mention_shares_and_quote_shares():
    shares = pd.DataFrame({"article_id": ["a1", "a1", "a2"], "published": pd.to_datetime(["2025-05-15"] * 2 + ["2025-05-16"]),
                           "side": ["us", "russia", "us"], "mentions": [2, 1, 4], "share": [2 / 3, 1 / 3, 1.0]})
    with palette.style():
        fig, data = charts.mention_shares(shares, META, sides_order=["us", "russia"])
    assert list(data.columns) == ["date", "article_id", "side", "mentions", "share"]
    assert list(data["share"]) == [0.667, 0.333, 1.0]
    assert "US" in texts(fig) and "us" not in texts(fig)                   # legend with display names
    by_side = shares.rename(columns={"mentions": "quotes"}).assign(quoted_words=[20, 10, 5], share_of_text=0.1)
    with palette.style():
        fig, data = charts.quote_shares_by_side(by_side, META)
    assert data is by_side and "Russia" in texts(fig)


def test_quote_shares_by_actor_groups_the_rest():
    by_actor = pd.DataFrame({"article_id": ["a1", "a1", "a1"], "published": pd.to_datetime(["2025-05-15"] * 3),
                             "actor_id": ["donald_trump", "marco_rubio", "(no speaker)"],
                             "name": ["Donald Trump", "Marco Rubio", "(no speaker)"], "side": ["us", "us", "unknown"],
                             "quotes": [2, 1, 1], "quoted_words": [30, 10, 5], "share": [0.6, 0.3, 0.1],
                             "share_of_text": [0.1, 0.05, 0.01]})
    with palette.style():
        fig, data = charts.quote_shares_by_actor(by_actor, META, names={"donald_trump": "Donald Trump"},
                                                 sides={"donald_trump": "us", "marco_rubio": "us"}, top=1)
    assert list(data["speaker"]) == ["donald_trump", "other speakers", "(no speaker)"]
    assert "no speaker found" in texts(fig)


def test_mentions_vs_quotes_and_co_mentions():
    people = pd.DataFrame({"actor_id": ["donald_trump", "x"], "name": ["Donald Trump", "X"], "side": ["us", "other"],
                           "mentions": [10, 2], "quotes": [3, 0], "quoted_words": [40, 0], "quoted": [True, False],
                           "kind": ["person"] * 2})
    with palette.style():
        fig, data = charts.mentions_vs_quotes(people)
    assert "kind" not in data and "  never quoted" in texts(fig)
    pairs = pd.DataFrame({"actor_a": ["donald_trump"], "actor_b": ["russia"], "sentences": [4], "articles": [2],
                          "example": ["Trump and Russia."]})
    with palette.style():
        fig, data = charts.co_mention_heatmap(pairs, ["donald_trump", "russia", "nobody"], names=NAMES2, sides=SIDES2)
    assert list(data.columns) == ["actor_a", "actor_b", "sentences", "articles"] and len(data) == 1
    assert "4" in texts(fig)


def test_statements_and_stance_matrix():
    per_article = pd.DataFrame({"article_id": ["a1", "a2"], "date": ["2025-05-15", "2025-05-16"], "support": [2, 0],
                                "conditional": [1, 0], "neutral": [0, 0], "oppose": [0, 3], "total": [3, 3]})
    with palette.style():
        fig, data = charts.statements_by_article(per_article, META)
    assert list(data.columns) == ["date", "article_id", "stance", "statements"] and data["statements"].sum() == 6
    with palette.style():
        cells = charts.stance_cells(ACTORS, key="actor_id", topic_order=["ceasefire", "sanctions"])
        fig, data = charts.stance_matrix(cells, key="actor_id", topic_order=["ceasefire", "sanctions"], names=NAMES)
    assert list(data.columns) == ["actor_id", "topic", "score", "articles", "statements"]
    assert data.set_index(["actor_id", "topic"]).loc[("vladimir_putin", "ceasefire"), "score"] == 0.25
    assert any("Blue: support, orange: opposition" in t for t in texts(fig))
    assert min(all_font_sizes(fig)) >= palette.MIN_FONT


@pytest.mark.parametrize("draw", [
    lambda: charts.article_lengths(META.iloc[0:0]),
    lambda: charts.mention_heatmap(MATRIX.iloc[0:0], META, names={}, sides={}),
    lambda: charts.mention_shares(pd.DataFrame(columns=["article_id", "published", "side", "mentions", "share"]),
                                  META, sides_order=["us"]),
    lambda: charts.co_mention_heatmap(pd.DataFrame(columns=["actor_a", "actor_b", "sentences", "articles"]), [],
                                      names={}, sides={}),
    lambda: charts.quote_shares_by_side(pd.DataFrame(), META),
    lambda: charts.quote_shares_by_actor(pd.DataFrame(), META, names={}, sides={}),
    lambda: charts.mentions_vs_quotes(pd.DataFrame()),
    lambda: charts.statements_by_article(pd.DataFrame(columns=["date", "article_id", "support", "conditional",
                                                               "neutral", "oppose"]), META),
    lambda: charts.stance_matrix(charts.stance_cells(ACTORS.iloc[0:0], key="actor_id", topic_order=[]),
                                 key="actor_id", topic_order=[]),
])
def test_every_chart_with_nothing_to_plot_gives_a_note(draw, tmp_path):
    with palette.style():
        fig, data = draw()
    assert len(data) == 0
    assert [t for t in texts(fig) if t.startswith("No ")]
    png, _ = save_chart(fig, data, "empty", folder=tmp_path)
    assert png.stat().st_size > 0


def test_headline_and_grid_type_is_at_least_9_points():
    with palette.style():
        fig, _ = position_chart([("Sides", SIDES, None), ("Actors", ACTORS, None)], "ceasefire", META.iloc[:0].pipe(
            lambda _: ARTICLES), names=NAMES)
        grid, _ = topic_grid(ACTORS, ["ceasefire", "sanctions"], ARTICLES, names=NAMES)
    assert min(all_font_sizes(fig)) >= palette.MIN_FONT
    assert min(all_font_sizes(grid)) >= palette.MIN_FONT
