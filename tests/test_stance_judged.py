"""helpers.stance.judged: a judgement in a relative clause on a plain noun is the reporter's.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # the demands are Russia's; calling them unacceptable is the reporter's judgement, never Russia's
    ("Zelensky said Russia had made demands that were unacceptable, including the withdrawal of Ukrainian troops "
     "from Donetsk.",
     {("russia", "territorial_concessions", "support", "subject"),
      ("volodymyr_zelensky", "territorial_concessions", "oppose", "judged_object")}),
    # an aside between the verb and the judgement; nobody the codebook knows reports it
    ("Russia tabled demands that were, in his words, unacceptable, including the withdrawal of Ukrainian forces "
     "from Donetsk.", {("russia", "territorial_concessions", "support", "subject")}),
    # the same demands with no judgement
    ("Zelensky said Russia had made demands, including the withdrawal of Ukrainian troops from Donetsk.",
     {("russia", "territorial_concessions", "support", "subject")}),
    # a judge the codebook does not know holds nothing; a judge it knows holds the judgement
    ("Russia set out conditions that a Ukrainian source called unacceptable, among them a demand that Ukrainian "
     "forces leave Donetsk.", set()),
    ("Russia set out conditions that Zelensky called unacceptable, among them a demand that Ukrainian forces leave "
     "Donetsk.", {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    # a relative clause on an actor is that actor's own
    ("Zelensky said the Kremlin, which was defiant, rejected the truce.", {("kremlin", "ceasefire", "oppose", "subject")}),
])
def test_a_judgement_of_the_object_is_the_reporters(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause whose subject is the proposal says what happened to it: nobody before it holds that
    ("Europe agrees loan for Ukraine as frozen Russian assets plan stalls",
     {("europe", "sanctions", "support", "subject")}),
    ("Merz backed the talks while the ceasefire collapsed.", {("friedrich_merz", "direct_talks", "support", "subject")}),
    ("Moscow stalls on the ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    # a second finite verb with its object after "and" ends the first verb's reach
    ("Trump scraps Budapest summit and hits Russian oil giants with sanctions",
     {("donald_trump", "direct_talks", "oppose", "subject")}),
    ("Merz backed the ceasefire and talks Trump proposed.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("friedrich_merz", "direct_talks", "support", "subject"),
      ("donald_trump", "direct_talks", "support", "subject")}),
])
def test_what_happens_to_a_proposal_and_a_second_predicate(nlp, text, expected):
    assert rows_of(nlp, text) == expected
