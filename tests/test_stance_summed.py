"""helpers.stance.summed: a cue that sums up, after a comma, a clause that negates its proposal answers the clause.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # rejecting "Ukraine must never join NATO" is rejecting neutrality, not NATO membership
    ("Putin said Ukraine must never join NATO, a demand Kyiv rejected.",
     {("vladimir_putin", "neutrality", "support", "speaker"), ("ukraine", "neutrality", "oppose", "subject")}),
    ("Trump wrote that Ukraine would not be joining NATO, a position Kyiv has never accepted.",
     {("donald_trump", "neutrality", "support", "deontic"), ("ukraine", "neutrality", "oppose", "subject")}),
    # welcoming "Ukraine would never cede land" is opposing the cession
    ("Zelensky said Ukraine would never cede land, a stance Merz welcomed.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side"),
      ("friedrich_merz", "territorial_concessions", "oppose", "subject")}),
    # a clause that does not negate its proposal keeps it
    ("Putin said Ukraine must give up its NATO bid, a demand Kyiv rejected.",
     {("vladimir_putin", "neutrality", "support", "speaker"), ("ukraine", "neutrality", "oppose", "subject")}),
    ("Trump said Ukraine should join NATO one day, a position Kyiv welcomed.",
     {("donald_trump", "neutrality", "oppose", "speaker"), ("ukraine", "neutrality", "oppose", "subject")}),
])
def test_a_summed_up_clause_keeps_its_negation(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_dash_sets_off_the_summing_phrase_too(nlp):
    assert rows_of(nlp, "Trump wrote that Ukraine would not be joining NATO - a position Kyiv has never accepted.") \
        == {("donald_trump", "neutrality", "support", "deontic"), ("ukraine", "neutrality", "oppose", "subject")}


@pytest.mark.parametrize("text, expected", [
    # what a colon opens after "X's conditions/position ..." is the content of X's position, not the position of
    # the actor named inside it
    ("The Kremlin's conditions for ending the war have not shifted: Ukraine should give up the parts of the Donbas "
     "it still holds.", {("kremlin", "territorial_concessions", "support", "possessive")}),
    ("Ushakov said Russia's position had not changed: Ukraine must stay out of NATO.",
     {("russia", "neutrality", "support", "possessive"), ("yuri_ushakov", "neutrality", "support", "possessive")}),
    # a colon after no one's position leaves the clause after it to its own subject
    ("The news came on Monday: Ukraine should give up the Donbas, Ushakov said.",
     {("yuri_ushakov", "territorial_concessions", "support", "speaker")}),
])
def test_a_position_stated_after_a_colon_is_its_owners(nlp, text, expected):
    assert rows_of(nlp, text) == expected
