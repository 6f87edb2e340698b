"""helpers.stance.lasting: a measure kept "until" something happens is backed, not backed on a condition.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    ("Merz said Germany wants to keep sanctions in place until the guns fall silent.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
    ("Merz said sanctions on Russia should stay in place until the Kremlin accepts a ceasefire.",
     {("friedrich_merz", "sanctions", "support", "speaker"), ("friedrich_merz", "ceasefire", "support", "condition_demand")}),
    ("Zelensky called on partners to keep up the pressure until Russia agrees to stop the fighting.",
     {("volodymyr_zelensky", "sanctions", "support", "subject"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    # a measure threatened on a condition stays conditional
    ("Merz said Germany would support new sanctions if Russia refused a ceasefire.",
     {("friedrich_merz", "sanctions", "conditional", "reported_speech"),
      ("friedrich_merz", "ceasefire", "support", "condition_demand")}),
])
def test_kept_until_is_backed(nlp, text, expected):
    assert rows_of(nlp, text) == expected
