"""helpers.stance.contrasts: "rather than" between two ways of holding the same proposal is no objection to it.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # the same proposal, taken up again by a pronoun: a contrast of manner
    ("Merz said Germany should back the ceasefire publicly rather than merely hope for it.",
     {("friedrich_merz", "ceasefire", "support", "deontic")}),
    ("Merz said Europe should push for a ceasefire instead of talking about it.",
     {("friedrich_merz", "ceasefire", "support", "deontic")}),
    # another proposal put aside is still refused
    ("Trump said Kyiv should move to a peace deal rather than agree to a ceasefire.",
     {("donald_trump", "ceasefire", "oppose", "deontic")}),
])
def test_a_contrast_of_manner_is_no_objection(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted "rather than" / "instead of" clause is put aside by the main clause's subject
    ("Rather than accept a truce, Putin proposed direct talks in Istanbul.",
     {("vladimir_putin", "ceasefire", "oppose", "fronted_clause"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Instead of agreeing to a ceasefire, the Kremlin proposed talks.",
     {("kremlin", "ceasefire", "oppose", "fronted_clause"), ("kremlin", "direct_talks", "support", "subject")}),
])
def test_a_fronted_rather_than_is_the_main_subject_s_refusal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same proposal named twice, the second set against the first: two kinds of it, no objection
    ("Zelensky said Ukraine wanted a ceasefire, not a pause for Russia to regroup.",
     {("volodymyr_zelensky", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}),
    # two proposals set against each other: the second is still rejected
    ("Zelensky wanted sanctions, not talks.",
     {("volodymyr_zelensky", "sanctions", "support", "subject"),
      ("volodymyr_zelensky", "direct_talks", "oppose", "subject")}),
])
def test_two_kinds_of_the_same_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_neither_supporting_nor_opposing_is_neutral(nlp):
    assert rows_of(nlp, "India neither supports nor opposes the sanctions.") == {
        ("india", "sanctions", "neutral", "subject")}
