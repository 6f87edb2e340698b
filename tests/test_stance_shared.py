"""Positions taken over from their possessor (helpers.stance.shared), and the conditions a clause comes with.

Sentences are made up in the style of news copy; each case asserts the rows (actor, topic, stance, rule) that
the full pipeline codes with the test corpus's codebooks.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # backing a possessed view: both the possessor and whoever backs it hold what the view says
    ("Rutte and Merz said on Monday that they backed Trump's view that the war should be frozen where it is.",
     {("donald_trump", "ceasefire", "support", "speaker"),
      ("mark_rutte", "ceasefire", "support", "shared_position"),
      ("friedrich_merz", "ceasefire", "support", "shared_position")}),
    # repeating a country's argument
    ("Zakharova repeated Moscow's argument that a truce would only let Ukraine rearm.",
     {("russia", "ceasefire", "oppose", "speaker"), ("maria_zakharova", "ceasefire", "oppose", "shared_position")}),
    # a possessive pronoun as the possessor
    ("Merz echoed his view that sanctions must be tightened.",
     {("friedrich_merz", "sanctions", "support", "passive")}),
    # rejecting the view is a cue of its own: the rejecter takes the other side, nobody shares it
    ("The Kremlin rejected Kyiv's insistence that a ceasefire must come first.",
     {("kremlin", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "support", "possessive")}),
    # a view merely mentioned, with no verb backing it, stays the possessor's
    ("Trump's view that the war should be frozen where it is was first aired in Alaska.",
     {("donald_trump", "ceasefire", "support", "speaker")}),
])
def test_a_backed_view_is_held_by_both(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "with X as the starting point" after a clause is a condition on the territorial question
    ("Merz said the fighting must stop now, with the current line of contact as the starting point for negotiations.",
     {("friedrich_merz", "ceasefire", "support", "speaker"),
      ("friedrich_merz", "territorial_concessions", "conditional", "speaker")}),
    ("Rutte said the fighting should stop at once, with the front line as the starting point for talks.",
     {("mark_rutte", "ceasefire", "support", "speaker"),
      ("mark_rutte", "territorial_concessions", "conditional", "speaker")}),
    # without "with", the clause after the comma is not the cue's
    ("Merz said the fighting must stop now, and the line of contact is where it stands.",
     {("friedrich_merz", "ceasefire", "support", "speaker")}),
])
def test_conditions_a_clause_comes_with(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # waiting for the other leader at a venue is going to the meeting
    ("Zelensky said he would wait for Putin in Istanbul in person.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
    ("Mr. Zelensky said he would wait for Mr. Putin in Turkey on Thursday.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
    # "there" between: the venue named before
    ("Zelensky replied that he would be in Turkey on Thursday and would wait there for Putin in person.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
    # a second verb of the same intention; the place before it holds nothing
    ("Zelensky said he would go to Turkey and wait for Putin in person.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
    # waiting for an answer is no meeting
    ("Zelensky said he would wait for Putin's answer.", set()),
    ("Zelensky said he would go to Turkey and wait for Putin's answer.", set()),
])
def test_waiting_for_the_other_leader(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_the_offer_is_not_the_proposal_put_aside(nlp):
    # "the offer" refers back to the talks proposed, not to the truce the proposal left out
    assert rows_of(nlp, "Putin answered by proposing direct negotiations in Istanbul instead, without mentioning the "
                        "ceasefire, and Trump then urged Zelensky to take up the offer at once.") \
        == {("vladimir_putin", "direct_talks", "support", "subject"), ("donald_trump", "direct_talks", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # a refusal to discuss the proposal is opposition to it
    ("Zakharova said Russia would not discuss any foreign intervention in Ukraine in any form.",
     {("maria_zakharova", "security_guarantees", "oppose", "own_side"), ("russia", "security_guarantees", "oppose", "own_side")}),
    ("Putin said he would not discuss territorial concessions.",
     {("vladimir_putin", "territorial_concessions", "oppose", "pronoun")}),
    # keeping one's own soldiers in Ukraine is the reassurance force
    ("Merz said Germany did not plan to station its own soldiers inside Ukraine.",
     {("friedrich_merz", "security_guarantees", "oppose", "own_side"), ("germany", "security_guarantees", "oppose", "own_side")}),
])
def test_refusing_to_discuss_and_stationing_troops(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the demanded clause's verbs form one series; ", terms Kyiv rejected" is Kyiv's clause about all of them
    ("Moscow demanded that Ukraine pull its troops out of four regions and formally abandon its bid to join NATO, "
     "terms Kyiv rejected as a demand for capitulation.",
     {("russia", "territorial_concessions", "support", "subject"), ("russia", "neutrality", "support", "subject"),
      ("ukraine", "territorial_concessions", "oppose", "subject"), ("ukraine", "neutrality", "oppose", "subject")}),
    ("Moscow demanded that Ukraine abandon its bid to join NATO, terms Kyiv rejected.",
     {("russia", "neutrality", "support", "subject"), ("ukraine", "neutrality", "oppose", "subject")}),
    # one noun summing it up, in the singular, with two clauses after it: each holds its own
    ("Trump urged both armies to freeze the war along the current front line, a position Kyiv endorsed and the "
     "Kremlin rejected.",
     {("donald_trump", "ceasefire", "support", "subject"), ("ukraine", "ceasefire", "support", "subject"),
      ("kremlin", "ceasefire", "oppose", "subject")}),
])
def test_terms_summed_up_after_a_demand(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # commitments named by their kind are guarantees; a host for both sides backs talks
    ("Zelensky signalled he could set aside Ukraine's NATO bid in exchange for binding bilateral commitments.",
     {("volodymyr_zelensky", "neutrality", "conditional", "pronoun"),
      ("volodymyr_zelensky", "security_guarantees", "support", "pronoun")}),
    ("Erdogan's government said Turkey was ready to host the warring sides again.",
     {("turkey", "direct_talks", "support", "subject")}),
])
def test_commitments_and_hosts(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the answer the speaker says the world should give
    ("Zelensky said the world should answer with hard sanctions.", {("volodymyr_zelensky", "sanctions", "support", "speaker")}),
    ("Zelensky said that if the Russian team turned out to be there for show, the world should answer with hard "
     "sanctions on Russia's banks.", {("volodymyr_zelensky", "sanctions", "conditional", "reported_speech")}),
])
def test_the_answer_the_world_should_give(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause with no "that": the actor right before the verb is its subject
    ("The sanctions Europe wants would hit Russian banks.", {("europe", "sanctions", "support", "subject")}),
    ("There was no movement toward the ceasefire Kyiv and its Western backers have been demanding.",
     {("ukraine", "ceasefire", "support", "subject")}),
    # the object of a proposal's verb stays no subject
    ("Zelensky said he would meet Putin only after a ceasefire.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "pronoun")}),
])
def test_relative_clauses_with_no_that(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand noun with its authors and a that-clause: the clause's verb is theirs, the actor in it the target
    ("Putin ignored a demand from France and Germany that Moscow accept a truce.",
     {("france", "ceasefire", "support", "demand"), ("germany", "ceasefire", "support", "demand")}),
    # a subject's group with its members, and the company after it
    ("In a joint statement, Zelensky and a group of European leaders including Germany's Friedrich Merz, together "
     "with the heads of the EU institutions and NATO Secretary General Mark Rutte, proposed a European-led "
     "multinational force.",
     {(a, "security_guarantees", "support", "subject")
      for a in ("volodymyr_zelensky", "europe", "friedrich_merz", "mark_rutte", "european_union")}),
])
def test_demands_from_and_groups_with_members(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" is the body that speaks, not a possessor named in an aside
    ("Turkey, Moscow's biggest trading partner in the region, has said only that it supports dialogue.",
     {("turkey", "direct_talks", "support", "pronoun")}),
    # "no government" as a subject: nobody holds it
    ("The Russian delegation tabled conditions no government could accept.", set()),
    # forgoing a bid is the restriction, offered
    ("Zelensky said Ukraine was ready to forgo its NATO bid.",
     {("volodymyr_zelensky", "neutrality", "support", "own_side"), ("ukraine", "neutrality", "support", "own_side")}),
    # land named by whose claim it is
    ("Moscow demanded that Kyiv pull out of all the territory Moscow claims.",
     {("russia", "territorial_concessions", "support", "subject")}),
])
def test_it_no_one_forgo_and_claimed_land(nlp, text, expected):
    assert rows_of(nlp, text) == expected
