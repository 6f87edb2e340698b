"""helpers.stance.interplay: how one cue's object bears on another cue in the same sentence.

Sentences are written for these tests in the style of news copy; each case asserts the rows (actor, topic,
stance, rule) the full pipeline codes with the test corpus's codebooks.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # own_cue_terms: a term that holds its own modal is that cue's alone, not a second position of "insisted"
    ("Merz insisted that borders must not be changed by force.",
     {("friedrich_merz", "territorial_concessions", "oppose", "speaker")}),
    # objections_to_objections: condemning another's rejection backs what was rejected
    ("Kyiv condemned Moscow's rejection of the ceasefire.",
     {("ukraine", "ceasefire", "support", "subject"), ("russia", "ceasefire", "oppose", "possessive")}),
    # kinds_of_the_proposal: an objection in a relative clause on the proposal objects to that kind of it only
    ("Merz warned that a ceasefire which simply gave Russia time to rearm would be no peace.",
     {("friedrich_merz", "ceasefire", "conditional", "speaker")}),
    # judged_infinitives: "a mistake to agree" turns the agreement into an objection, with no row of its own
    ("Rutte said it would be a mistake to agree to a ceasefire now.",
     {("mark_rutte", "ceasefire", "oppose", "subject")}),
    # predicated_subjects: a proposal that is the subject of a predicate is not the object of the verb before it
    ("Trump suggested a ceasefire was not a precondition.", {("donald_trump", "ceasefire", "oppose", "speaker")}),
])
def test_one_cues_object_bears_on_another(nlp, text, expected):
    assert rows_of(nlp, text) == expected
