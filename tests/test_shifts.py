"""helpers.shifts: changes between consecutive articles, on hand-made position tables."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.shifts import key_column, timeline, what_changed


def positions(rows, key="actor_id"):
    return pd.DataFrame(rows, columns=["article_id", "published", key, "topic", "score", "label", "n_statements",
                                       "evidence"]).assign(published=lambda d: pd.to_datetime(d["published"]))


P = positions([
    ("a1", "2025-05-15", "vladimir_putin", "ceasefire", 0.5, "conditional", 1, "Putin says he is willing to talk about it."),
    ("a2", "2025-05-16", "vladimir_putin", "ceasefire", -1.0, "oppose", 2, "Putin rejected the ceasefire."),
    ("a3", "2025-08-07", "vladimir_putin", "ceasefire", -1.0, "oppose", 1, "Russia refuses."),
    ("a4", "2025-08-19", "vladimir_putin", "ceasefire", 1.0, "support", 1, "Putin accepted."),
    ("a1", "2025-05-15", "donald_trump", "ceasefire", 1.0, "support", 1, "Trump pushes for a ceasefire."),
    ("a4", "2025-08-19", "donald_trump", "ceasefire", 1.0, "support", 1, "Trump backs it."),
    ("a2", "2025-05-16", "donald_trump", "sanctions", 0.5, "conditional", 1, "Sanctions if games."),
    ("a4", "2025-08-19", "donald_trump", "sanctions", 1.0, "support", 1, "Trump imposed tariffs."),
])


def test_every_change_listed_with_both_sentences():
    changes = what_changed(P)
    assert list(zip(changes["actor_id"], changes["topic"], changes["from_article"], changes["to_article"])) == [
        ("vladimir_putin", "ceasefire", "a1", "a2"),
        ("vladimir_putin", "ceasefire", "a3", "a4"),
        ("donald_trump", "sanctions", "a2", "a4"),
    ]
    first = changes.iloc[0]
    assert first["from_evidence"] == "Putin says he is willing to talk about it."
    assert first["to_evidence"] == "Putin rejected the ceasefire."
    assert first["score_change"] == -1.5


def test_unchanged_positions_and_silences_are_not_changes():
    changes = what_changed(P)
    assert not ((changes["actor_id"] == "donald_trump") & (changes["topic"] == "ceasefire")).any()


def test_topic_order_follows_the_given_list():
    changes = what_changed(P, topics=["sanctions", "ceasefire"])
    assert list(changes["topic"]) == ["sanctions", "ceasefire", "ceasefire"]


def test_side_positions_and_empty_input():
    sides = P.rename(columns={"actor_id": "side"})
    assert key_column(sides) == "side"
    assert list(what_changed(sides).columns)[0] == "side"
    empty = what_changed(P.iloc[0:0])
    assert empty.empty and "to_evidence" in empty.columns
    with pytest.raises(ValueError, match="actor_id"):
        key_column(pd.DataFrame({"x": [1]}))


def test_timeline_is_date_ordered():
    t = timeline(P, "ceasefire", who=["vladimir_putin"])
    assert list(t["article_id"]) == ["a1", "a2", "a3", "a4"]
    assert list(t["score"]) == [0.5, -1.0, -1.0, 1.0]
