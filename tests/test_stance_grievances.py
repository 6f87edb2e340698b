"""Grievances (topics.yaml ``grievances``) in the stance coder: asking that "the root causes" of the war be
addressed, with NATO's expansion named as one of them, backs Ukrainian neutrality.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    ("Kremlin aide Yuri Ushakov said any settlement had to address the root causes of the conflict, including "
     "NATO's eastward expansion.",
     {("yuri_ushakov", "neutrality", "support", "speaker")}),
    ("Putin said a lasting peace must address what he called the root causes of the war, above all the expansion "
     "of NATO.",
     {("vladimir_putin", "neutrality", "support", "speaker")}),
    # another cue on the clause reads the turned part as the proposal too (it was "oppose" before)
    ("Russia insisted that any deal tackle the root causes of the conflict — Moscow's shorthand for Ukraine's bid "
     "to join NATO.",
     {("russia", "neutrality", "support", "subject")}),
])
def test_addressing_root_causes_that_include_nato_expansion_backs_neutrality(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the root causes with no part named: no proposal, and the truce before them is not what "address" takes
    ("Putin said any truce must address the root causes of the conflict.", set()),
    # a remedy clause after the link is read as it stands ("will never join" backs neutrality)
    ("Putin said a pause could only follow agreement on the root causes of the war, a formula that includes a "
     "guarantee that Ukraine will never join NATO.",
     {("vladimir_putin", "ceasefire", "conditional", "speaker"), ("vladimir_putin", "neutrality", "support", "deontic")}),
    # a denial that NATO is among them takes no side
    ("Zelensky said the root causes of the war were Russian imperialism, not NATO membership.", set()),
])
def test_root_causes_without_a_listed_part_code_no_neutrality(nlp, text, expected):
    assert rows_of(nlp, text) == expected
