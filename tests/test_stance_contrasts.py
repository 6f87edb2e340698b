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
