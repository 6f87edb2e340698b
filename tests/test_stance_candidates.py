"""helpers.stance.candidates: where a candidate subject stands before a cue (after a preposition, in a list).

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # a list before the verb is its subject, every member of it
    ("Britain, France and Germany backed a ceasefire.",
     {("britain", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject"),
      ("germany", "ceasefire", "support", "subject")}),
    # a name after a preposition ("with Putin", "with Zelensky") is never the subject
    ("Merz held talks with Putin and said Germany backed a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "own_side"), ("germany", "ceasefire", "support", "own_side")}),
    ("After a call with Zelensky, Trump said he backed a ceasefire.",
     {("donald_trump", "ceasefire", "support", "pronoun")}),
])
def test_a_list_is_a_subject_and_a_prepositional_object_is_not(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group placed "from" or "in" its countries speaks for all of them ("advisers from A, B and C")
    ("Security advisers from Britain, France and Germany circulated a counter-proposal for a ceasefire.",
     {("britain", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject"),
      ("germany", "ceasefire", "support", "subject")}),
    ("Aides in Washington backed a ceasefire.", {("united_states", "ceasefire", "support", "subject")}),
    # a fronted phrase is no such group: the subject after its comma holds the position
    ("According to Rubio, France and Germany backed a ceasefire.",
     {("france", "ceasefire", "support", "subject"), ("germany", "ceasefire", "support", "subject")}),
])
def test_a_group_placed_in_its_countries_speaks_for_all_of_them(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a long participle aside with a list of names in it is passed whole: the name before it is the subject
    ("Putin, responding to a demand from the leaders of France, Germany, Britain and Italy that Moscow accept an "
     "unconditional ceasefire, instead proposed direct negotiations in Istanbul.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("france", "ceasefire", "support", "demand"),
      ("germany", "ceasefire", "support", "demand"), ("britain", "ceasefire", "support", "demand"),
      ("italy", "ceasefire", "support", "demand")}),
    # an apposition after a name is no list: the aside ends at its comma
    ("After a call with Putin, the US president said Merz, speaking in Berlin, backed a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_an_aside_with_a_list_in_it_is_passed_whole(nlp, text, expected):
    assert rows_of(nlp, text) == expected
