"""helpers.validation: agreement measures on hand-made cases, and the real annotation file."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers import config
from helpers.validation import (
    DISAGREEMENT_KINDS,
    AnnotationError,
    article_counts,
    bootstrap_f1,
    by_group,
    cell_labels,
    cohen_kappa,
    compare,
    disagreement_kind,
    evidence_problems,
    explain,
    f1_interval,
    kind_counts,
    load_annotations,
    side_rows,
    summary,
)


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
                                  "territorial_concessions", "neutrality"}
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


# --------------------------------------------------------------------------- reading the comparison


def test_evidence_problems_name_the_row_and_the_problem():
    articles = pd.DataFrame({"article_id": ["a1"], "text": ["Russia  rejected it.\nUkraine accepted it."]})
    gold = frame([
        ("a1", "russia", "ceasefire", "oppose", "Russia rejected it."),       # found (whitespace squashed)
        ("a1", "ukraine", "ceasefire", "support", "Ukraine rejected it."),    # not in the text
        ("a2", "kremlin", "direct_talks", "oppose", "The Kremlin declined."),  # article not in the corpus
    ])
    problems = evidence_problems(gold, articles)
    assert list(zip(problems["row"], problems["problem"])) == [
        (3, "evidence not found in the cleaned text"), (4, "article not in the corpus")]
    assert evidence_problems(gold.iloc[0:0], articles).empty


def test_real_annotation_evidence_is_all_in_the_cleaned_text(articles):
    gold = load_annotations(corpus_dir=config.PROJECT_ROOT / "corpus")
    assert evidence_problems(gold, articles).empty


def test_side_rows_compare_at_the_side_level():
    sides = {"russia": "russia", "ukraine": "ukraine", "vladimir_putin": "russia", "kremlin": "russia"}
    gold, machine = side_rows(GOLD, sides), side_rows(MACHINE, sides)
    assert list(gold["actor_id"]) == ["russia", "ukraine", "other", "russia", "russia"]
    result = compare(gold, machine)
    labels = result.cells.set_index(["article_id", "actor_id", "topic"])
    # Putin's support and oppose and the Kremlin's oppose are all Russia's in a2
    assert labels.loc[("a2", "russia", "direct_talks"), "label_gold"] == "mixed"
    assert labels.loc[("a2", "russia", "direct_talks"), "label_machine"] == "mixed"
    assert side_rows(GOLD.iloc[0:0], sides).empty


def test_by_group_repeats_the_comparison_per_topic():
    table = by_group(GOLD, MACHINE, "topic", order=["sanctions", "ceasefire"]).set_index("topic")
    assert list(table.index) == ["sanctions", "ceasefire", "direct_talks"]
    assert table.loc["ceasefire", "cells"] == 2 and table.loc["ceasefire", "agree"] == 1
    assert table.loc["ceasefire", "precision"] == pytest.approx(1 / 2)
    assert table.loc["ceasefire", "recall"] == pytest.approx(1 / 2)
    assert table.loc["sanctions", "recall"] == 0 and math.isnan(table.loc["sanctions", "precision"])
    assert table.loc["direct_talks", "both_pairs"] == 1
    assert table["cells"].sum() == compare(GOLD, MACHINE).metrics.set_index("measure").loc[
        "cells either side coded", "value"]
    assert by_group(frame([]), frame([]), "topic").empty


@pytest.mark.parametrize("gold, machine, kind", [
    ("support", "", "missed"),
    ("", "oppose", "extra"),
    ("support+oppose", "support", "fewer"),
    ("support", "support+neutral", "more"),
    ("support", "conditional", "different"),
    ("support+oppose", "support+neutral", "overlap"),
])
def test_disagreement_kinds(gold, machine, kind):
    assert disagreement_kind(gold, machine) == kind
    assert kind in DISAGREEMENT_KINDS


def test_disagreement_kind_of_an_agreement_is_an_error():
    with pytest.raises(ValueError, match="not a disagreement"):
        disagreement_kind("support", "support")


def test_explain_lists_every_disagreement_with_its_kind_and_both_sentences():
    table = explain(compare(GOLD, MACHINE)).set_index(["article_id", "actor_id"])
    assert len(table) == 4
    assert table.loc[("a1", "ukraine"), "kind"] == DISAGREEMENT_KINDS["different"]
    assert table.loc[("a1", "donald_trump"), "kind"] == DISAGREEMENT_KINDS["missed"]
    assert table.loc[("a2", "kremlin"), "kind"] == DISAGREEMENT_KINDS["extra"]
    assert table.loc[("a2", "vladimir_putin"), "kind"] == DISAGREEMENT_KINDS["fewer"]
    assert table.loc[("a2", "vladimir_putin"), "evidence_gold"] == "Putin proposed talks. | Putin stayed away."
    assert table.loc[("a2", "kremlin"), "evidence_machine"] == "The Kremlin declined."
    assert explain(compare(GOLD, GOLD)).empty


def test_summary_reads_every_number_from_the_comparison():
    text = summary(compare(GOLD, MACHINE))
    assert text.startswith("The hand coding has 5 (cell, stance) pairs and the machine 4; 2 are the same, "
                           "so precision is 0.50 and recall 0.40 (F1 0.44).")
    assert "Of the 5 article x actor x topic cells that either side coded, 1 (20%) get the same label" in text
    assert "over the 3 cells both sides coded" in text
    assert text.endswith("The 4 disagreements, by kind: missed by the machine (1); coded by the machine only (1); "
                         "machine found only some of the hand-coded stances (1); different stance (1).")


def test_summary_of_nothing_and_of_full_agreement():
    assert "nothing to compare" in summary(compare(frame([]), frame([])))
    assert summary(compare(GOLD, GOLD)).endswith("There is no disagreement.")
    assert "precision is n/a" in summary(compare(GOLD, frame([])))


def test_kind_counts_most_frequent_first_then_in_kind_order():
    explained = pd.DataFrame({"kind": [DISAGREEMENT_KINDS[k] for k in ["different", "missed", "fewer", "fewer"]]})
    counts = kind_counts(explained)
    assert list(zip(counts["kind"], counts["cells"])) == [
        (DISAGREEMENT_KINDS["fewer"], 2), (DISAGREEMENT_KINDS["missed"], 1), (DISAGREEMENT_KINDS["different"], 1)]
    assert kind_counts(explained.iloc[0:0]).empty


def test_article_counts_and_the_f1_interval():
    # a1: 3 hand-coded pairs, 2 machine, 1 both; a2: 2, 2, 1 (machine rows of unannotated articles do not count)
    machine = pd.concat([MACHINE, frame([("a9", "russia", "sanctions", "oppose", "Elsewhere.")])])
    assert article_counts(GOLD, machine) == [(3, 2, 1), (2, 2, 1)]
    # resamples: a1 twice F1 0.4, a2 twice 0.5, one of each 4/9 -> the 95% interval spans 0.40 to 0.50
    assert f1_interval(GOLD, machine) == (0.4, 0.5)
    assert bootstrap_f1([]) is None and f1_interval(GOLD.iloc[0:0], MACHINE) is None
    # a seeded bootstrap: the same figures on every run
    assert bootstrap_f1([(3, 2, 1), (2, 2, 1), (5, 1, 0)]) == bootstrap_f1([(3, 2, 1), (2, 2, 1), (5, 1, 0)])
