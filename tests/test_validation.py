"""helpers.validation: agreement measures on hand-made cases, and the real annotation file."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import config
from helpers.validation import AnnotationError, cell_labels, cohen_kappa, compare, load_annotations


def frame(rows):
    return pd.DataFrame(rows, columns=["article_id", "actor_id", "topic", "stance", "evidence"])


GOLD = frame([
    ("a1", "russia", "ceasefire", "oppose", "Russia rejected it."),
    ("a1", "ukraine", "ceasefire", "support", "Ukraine accepted it."),
    ("a1", "donald_trump", "sanctions", "conditional", "Sanctions if no deal."),
    ("a2", "vladimir_putin", "direct_talks", "support", "Putin proposed talks."),
    ("a2", "vladimir_putin", "direct_talks", "oppose", "Putin stayed away."),
])
MACHINE = frame([
    ("a1", "russia", "ceasefire", "oppose", "Russia rejected it."),
    ("a1", "ukraine", "ceasefire", "neutral", "Ukraine accepted it."),
    ("a2", "vladimir_putin", "direct_talks", "support", "Putin proposed talks."),
    ("a2", "kremlin", "direct_talks", "oppose", "The Kremlin declined."),
])


def test_cell_labels_marks_mixed():
    labels = cell_labels(GOLD).set_index(["article_id", "actor_id", "topic"])["label"]
    assert labels[("a2", "vladimir_putin", "direct_talks")] == "mixed"
    assert labels[("a1", "russia", "ceasefire")] == "oppose"


def test_compare_counts_and_measures():
    result = compare(GOLD, MACHINE)
    m = result.metrics.set_index("measure")["value"]
    assert m["pairs both coded"] == 2
    assert m["precision"] == pytest.approx(2 / 4)
    assert m["recall"] == pytest.approx(2 / 5)
    assert m["F1"] == pytest.approx(2 * 0.5 * 0.4 / 0.9)
    assert m["cells either side coded"] == 5
    # labels (gold, machine): oppose/oppose, support/neutral, conditional/none, mixed/support, none/oppose
    assert m["cell agreement (all cells)"] == pytest.approx(1 / 5)
    gold = ["oppose", "support", "conditional", "mixed", "none"]
    machine = ["oppose", "neutral", "none", "support", "oppose"]
    assert m["Cohen's kappa (all cells, 'none' as a label)"] == pytest.approx(cohen_kappa(gold, machine))
    assert len(result.disagreements) == 4
    row = result.disagreements.set_index("actor_id").loc["ukraine"]
    assert (row["label_gold"], row["label_machine"]) == ("support", "neutral")
    assert result.confusion.loc["oppose", "oppose"] == 1
    assert int(result.confusion.to_numpy().sum()) == 5


@pytest.mark.parametrize(
    "a, b, kappa",
    [
        (["x", "y", "x", "y"], ["x", "y", "x", "y"], 1.0),
        (["x", "x", "y", "y"], ["x", "y", "x", "y"], 0.0),
        # textbook example: 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no -> kappa 0.4
        (["y"] * 25 + ["n"] * 25, ["y"] * 20 + ["n"] * 5 + ["y"] * 10 + ["n"] * 15, 0.4),
    ],
)
def test_cohen_kappa_values(a, b, kappa):
    assert cohen_kappa(a, b) == pytest.approx(kappa)


def test_cohen_kappa_degenerate():
    assert math.isnan(cohen_kappa([], []))
    assert math.isnan(cohen_kappa(["x", "x"], ["x", "x"]))
    with pytest.raises(ValueError):
        cohen_kappa(["x"], [])


def test_compare_with_no_machine_rows():
    result = compare(GOLD, frame([]))
    m = result.metrics.set_index("measure")["value"]
    assert m["recall"] == 0 and math.isnan(m["precision"])
    assert len(result.disagreements) == 4  # the mixed cell counts once


def test_real_annotations_load_and_match_the_text(articles):
    gold = load_annotations(corpus_dir=config.PROJECT_ROOT / "corpus", articles=articles)
    assert len(gold) == 61
    assert set(gold["article_id"]) == set(articles["article_id"])
    assert set(gold["topic"]) == {"ceasefire", "direct_talks", "sanctions", "security_guarantees",
                                  "territorial_concessions", "nato_membership"}
    assert gold.groupby("stance").size().to_dict() == {"conditional": 9, "neutral": 4, "oppose": 14, "support": 34}


@pytest.mark.parametrize(
    "content, message",
    [
        ("article_id,actor_id,topic,stance\n", r"missing column\(s\) evidence"),
        ("article_id,actor_id,topic,stance,evidence\na,b,c,maybe,e\n", r"row 2: unknown stance 'maybe'"),
        ("article_id,actor_id,topic,stance,evidence\na,,c,support,e\n", r"row 2: actor_id is empty"),
    ],
)
def test_bad_annotation_files(tmp_path, content, message):
    path = tmp_path / "stances.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AnnotationError, match=message):
        load_annotations(path)


def test_missing_annotation_file(tmp_path):
    with pytest.raises(AnnotationError, match="annotations file not found"):
        load_annotations(tmp_path / "nope.csv")
