"""benchmarks/accuracy.py: split, topic map and metrics on tiny invented tables (no corpus, no devset)."""

from __future__ import annotations

import importlib.util
import json

import pandas as pd
import pytest

from helpers import config
from helpers.validation import compare

_spec = importlib.util.spec_from_file_location("accuracy", config.PROJECT_ROOT / "benchmarks" / "accuracy.py")
accuracy = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)


def frame(rows):
    return pd.DataFrame(rows, columns=["article_id", "actor_id", "topic", "stance", "evidence"])


GOLD = frame([
    ("a1", "russia", "ceasefire", "oppose", "Moscow turned the truce down."),
    ("a1", "ukraine", "ceasefire", "support", "Kyiv welcomed the truce."),
    ("a1", "donald_trump", "sanctions", "conditional", "Tariffs unless a deal comes."),
    ("a2", "vladimir_putin", "direct_talks", "support", "Putin offered a meeting."),
])
MACHINE = frame([
    ("a1", "russia", "ceasefire", "support", "Moscow turned the truce down."),
    ("a1", "ukraine", "ceasefire", "support", "Kyiv welcomed the truce."),
    ("a1", "donald_trump", "sanctions", "conditional", "Tariffs unless a deal comes."),
    ("a2", "kremlin", "direct_talks", "oppose", "The Kremlin ruled out a meeting."),
])
SIDES = {"russia": "russia", "vladimir_putin": "russia", "kremlin": "russia", "ukraine": "ukraine",
         "donald_trump": "united_states"}


def test_split_every_fourth_sorted_id_is_held_out():
    ids = ["h", "b", "g", "a", "c", "f", "e", "d"]
    split = accuracy.split_of(ids)
    assert sorted(k for k, v in split.items() if v == "heldout") == ["d", "h"]
    assert sorted(k for k, v in split.items() if v == "study") == ["a", "b", "c", "e", "f", "g"]
    assert accuracy.split_of(ids) == split  # the same every time, whatever the input order


def test_a_split_file_decides_the_parts(tmp_path):
    ids = ["w1-01", "w1-02", "w3-01", "w3-02"]
    (tmp_path / "split.csv").write_text("article_id,part\nw1-01,study\nw1-02,study\nw3-01,heldout\nw3-02,heldout\n",
                                        encoding="utf-8")
    assert accuracy.split_of(ids, corpus_dir=tmp_path) == {"w1-01": "study", "w1-02": "study", "w3-01": "heldout",
                                                           "w3-02": "heldout"}
    assert accuracy.split_of(ids) == {"w1-01": "study", "w1-02": "study", "w3-01": "study", "w3-02": "heldout"}
    (tmp_path / "split.csv").write_text("article_id,part\nw1-01,study\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"split.csv: no part for w1-02, w3-01, w3-02"):
        accuracy.split_of(ids, corpus_dir=tmp_path)
    (tmp_path / "split.csv").write_text("article_id,part\nw1-01,train\nw1-02,study\nw3-01,study\nw3-02,study\n",
                                        encoding="utf-8")
    with pytest.raises(SystemExit, match=r"split.csv: part must be study or heldout, not 'train'"):
        accuracy.split_of(ids, corpus_dir=tmp_path)


def test_the_written_corpus_is_complete_and_its_evidence_verbatim():
    """benchmarks/written: every article has raw text, a part and hand coding whose evidence is in its file."""
    import csv

    folder = config.PROJECT_ROOT / "benchmarks" / "written"
    with (folder / "articles.csv").open(encoding="utf-8") as fh:
        articles = {r["article_id"]: r["source_file"] for r in csv.DictReader(fh)}
    assert len(articles) == 726
    split = accuracy.split_of(articles, corpus_dir=folder)
    held = (3, 6, 7, 9, 11, 12, 13, 15, 16, 17, 18, 19, 20, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 43, 45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99, 101, 103, 105, 107, 109, 111, 113, 115, 117, 119, 121)
    assert sorted(a for a, p in split.items() if p == "heldout") == sorted(f"w{w}-0{i}" for w in held
                                                                          for i in range(1, 7))
    with (folder / "annotations" / "stances.csv").open(encoding="utf-8") as fh:
        gold = list(csv.DictReader(fh))
    assert len(gold) == 10402 and {r["article_id"] for r in gold} == set(articles)
    texts = {a: (folder / "raw" / f).read_text(encoding="utf-8") for a, f in articles.items()}
    assert [r["evidence"] for r in gold if r["evidence"] not in texts[r["article_id"]]] == []
    with (folder / "annotations" / "second_coder.csv").open(encoding="utf-8") as fh:
        second = list(csv.DictReader(fh))
    assert len(second) == 154 and {r["article_id"][:2] for r in second} == {"w1", "w5"}
    assert [r["evidence"] for r in second if r["evidence"] not in texts[r["article_id"]]] == []


def test_legacy_topic_id_maps_only_after_the_rename():
    assert accuracy.topic_map(["ceasefire", "neutrality"]) == {"nato_membership": "neutrality"}
    assert accuracy.topic_map(["ceasefire", "nato_membership"]) == {}


def test_scores_on_hand_made_tables():
    s = accuracy.scores(GOLD, MACHINE, SIDES)
    assert (s["gold_pairs"], s["machine_pairs"], s["hits"]) == (4, 4, 2)
    assert s["precision"] == 0.5 and s["recall"] == 0.5 and s["f1"] == 0.5
    # 5 actor cells, labels gold/machine: conditional/conditional, oppose/support, support/support,
    # none/oppose, support/none -> observed 0.4, chance 7/25 -> kappa 0.12 / 0.72
    assert (s["actor_cells"], s["actor_cells_agree"]) == (5, 2)
    assert s["kappa"] == pytest.approx(1 / 6, abs=1e-4)
    # sides: Russia's two cells contradict (oppose/support, support/oppose), Ukraine and the US agree
    assert (s["side_cells"], s["side_cells_agree"], s["side_agreement"]) == (4, 2, 0.5)
    assert s["contradictions_actor"] == 1
    assert s["contradictions_side"] == 2


@pytest.mark.parametrize("gold, machine, expected", [
    ("support", "oppose", True),
    ("oppose", "support", True),
    ("support", "conditional+oppose", True),
    ("support+oppose", "oppose", False),
    ("conditional", "oppose", False),
    ("", "oppose", False),
    ("support", "", False),
])
def test_contradiction(gold, machine, expected):
    assert accuracy.is_contradiction(gold, machine) is expected


def _kinds(gold, machine, *, actors, mentioned, topic_in_evidence=None):
    cells = compare(gold, machine).cells
    dis = cells[~cells["agree"]]
    return {(c["actor_id"], c["topic"]): accuracy.miss_kind(
        c, gold, machine, actors=actors, topics={"ceasefire", "sanctions", "direct_talks"}, sides=SIDES,
        mentioned=mentioned, topic_in_evidence=topic_in_evidence) for c in dis.to_dict("records")}


def test_miss_kinds_say_what_went_wrong():
    gold = pd.concat([GOLD, frame([
        ("a1", "keir_starmer", "ceasefire", "support", "Starmer backed the truce."),
        ("a1", "europe", "sanctions", "support", "Europe readied sanctions."),
        ("a2", "ukraine", "sanctions", "support", "Kyiv asked for sanctions."),
    ])], ignore_index=True)
    mentioned = {("a1", "russia"), ("a1", "ukraine"), ("a1", "donald_trump"), ("a2", "vladimir_putin"),
                 ("a2", "kremlin"), ("a2", "ukraine")}
    actors = set(SIDES) | {"europe"}
    kinds = _kinds(gold, MACHINE, actors=actors, mentioned=mentioned)
    assert kinds == {
        ("russia", "ceasefire"): "wrong stance: gold oppose, machine support",
        ("kremlin", "direct_talks"): "machine only: gold has this topic under another actor of the same side",
        ("vladimir_putin", "direct_talks"): "missed: topic coded under another actor of the same side",
        ("keir_starmer", "ceasefire"): "missed: actor not in codebook",
        ("europe", "sanctions"): "missed: actor never mentioned in article",
        ("ukraine", "sanctions"): "missed: actor mentioned, no stance found",
    }
    kinds = _kinds(gold, MACHINE, actors=actors, mentioned=mentioned, topic_in_evidence=False)
    assert kinds[("ukraine", "sanctions")] == "missed: no stance found, topic words not recognised in evidence"


def test_miss_kinds_topic_errors_and_partial_cells():
    gold = frame([("a1", "ukraine", "ceasefire", "support", "x"), ("a1", "ukraine", "ceasefire", "oppose", "y"),
                  ("a1", "russia", "sanctions", "oppose", "z")])
    machine = frame([("a1", "ukraine", "ceasefire", "support", "x"), ("a1", "russia", "ceasefire", "oppose", "z")])
    kinds = _kinds(gold, machine, actors=set(SIDES), mentioned={("a1", "ukraine"), ("a1", "russia")})
    assert kinds == {
        ("ukraine", "ceasefire"): "partly found: machine lacks oppose",
        ("russia", "sanctions"): "missed: actor mentioned, stances on other topics only",
        ("russia", "ceasefire"): "machine only: actor hand-coded on other topics",
    }


def test_top_kinds_most_frequent_first_ties_by_name():
    kinds = ["b", "a", "c", "a", "b", "a", "d"]
    assert accuracy.top_kinds(kinds, 3) == [("a", 3), ("b", 2), ("c", 1)]


def test_json_written_atomically(tmp_path):
    path = tmp_path / "out" / "accuracy.json"
    accuracy.write_json(path, {"f1": 0.5})
    accuracy.write_json(path, {"f1": 0.75})
    assert json.loads(path.read_text(encoding="utf-8")) == {"f1": 0.75}
    assert [p.name for p in path.parent.iterdir()] == ["accuracy.json"]


def test_print_misses_and_extras_show_each_side_of_the_disagreement(capsys):
    dis = pd.DataFrame([
        {"article_id": "a1", "actor_id": "russia", "topic": "ceasefire", "stances_gold": "oppose",
         "stances_machine": "", "kind": "missed", "evidence_gold": "Moscow turned the truce down."},
        {"article_id": "a2", "actor_id": "kremlin", "topic": "direct_talks", "stances_gold": "",
         "stances_machine": "oppose", "kind": "machine only", "evidence_gold": ""},
    ])
    machine = pd.DataFrame([{"article_id": "a2", "actor_id": "kremlin", "topic": "direct_talks", "stance": "oppose",
                             "sent_id": 3, "rule": "subject", "cue": "ruled out",
                             "evidence": "The Kremlin ruled out a meeting."}])
    accuracy.print_misses({"machine": machine}, {"disagreements": dis}, 5)
    out = capsys.readouterr().out
    assert "first 1 cells with a hand-coded stance" in out and "* a1 | russia | ceasefire: gold oppose" in out
    assert "kremlin" not in out
    accuracy.print_misses({"machine": machine}, {"disagreements": dis}, 5, extras=True)
    out = capsys.readouterr().out
    assert "first 1 cells the machine coded with no hand-coded stance" in out
    assert "machine s3 kremlin direct_talks oppose (rule subject, cue 'ruled out')" in out and "russia" not in out


def test_f1_interval_is_a_seeded_bootstrap_over_articles():
    # identical articles: every resample gives the same F1, so the interval is that point
    assert accuracy.f1_interval([(4, 4, 2)] * 5) == (0.5, 0.5)
    # a perfect and an empty-handed article: resamples run from all of one to all of the other
    lo, hi = accuracy.f1_interval([(4, 4, 4), (4, 4, 0)] * 3)
    assert 0.0 <= lo < 0.5 < hi <= 1.0
    # reruns agree (a fixed seed)
    counts = [(4, 4, 4), (4, 4, 0), (2, 1, 1)]
    assert accuracy.f1_interval(counts) == accuracy.f1_interval(list(counts))
    assert accuracy.f1_interval([]) is None
    # articles with nothing coded on either side count as F1 0, not as an error
    assert accuracy.f1_interval([(0, 0, 0)]) == (0.0, 0.0)


def test_evaluate_reports_the_interval_for_the_articles_asked():
    data = {"gold": GOLD, "machine": MACHINE, "sides": SIDES, "topics": ["ceasefire", "sanctions", "direct_talks"]}
    result = accuracy.evaluate(data, {"a1", "a2"}, with_kinds=False)
    # a1: 3 gold, 3 machine, 2 hits; a2: 1, 1, 0 -> resamples give F1 0 (a2 twice), 0.5 or 2/3 (a1 twice)
    assert result["f1_interval"] == (0.0, 0.67)
    assert accuracy._jsonable(result, False)["f1_interval"] == [0.0, 0.67]


def test_a_second_coder_is_compared_with_the_first_and_the_machine(tmp_path):
    (tmp_path / "annotations").mkdir()
    (tmp_path / "annotations" / "second_coder.csv").write_text(
        "article_id,actor_id,topic,stance,evidence\n"
        "a1,russia,ceasefire,oppose,Moscow turned the truce down.\n"
        "a1,ukraine,ceasefire,support,Kyiv welcomed the truce.\n", encoding="utf-8")
    data = {"dir": tmp_path, "gold": GOLD, "machine": MACHINE, "sides": SIDES, "topics": ["ceasefire"],
            "articles": pd.DataFrame({"article_id": ["a1", "a2"]})}
    agreement = accuracy.coder_agreement(data)
    assert agreement["articles"] == 1
    # the first coder has 3 pairs in a1, the second 2 of them: precision 1, recall 2/3
    first = agreement["second_vs_first"]
    assert (first["gold_pairs"], first["machine_pairs"], first["hits"], first["precision"]) == (3, 2, 2, 1.0)
    assert agreement["machine_vs_first"]["hits"] == 2 and agreement["machine_vs_second"]["hits"] == 1
    assert accuracy.coder_agreement({**data, "dir": tmp_path / "none"}) is None
