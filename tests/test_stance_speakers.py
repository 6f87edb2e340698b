"""helpers.stance.speakers and the speaker walks it reads: who reports a position, and so holds it too.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # a participle opening the sentence has no subject: "and warned" shares the speaker of "said"
    ("Announcing the package on Monday, Chancellor Friedrich Merz said it was overdue, and warned that Germany "
     "was prepared to impose further sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
    ("Merz said the package was overdue and warned that Germany was prepared to impose further sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
])
def test_a_second_speech_verb_shares_the_first_one_s_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected
