"""helpers.stance.threats: the condition of a threat names what the threatener wants.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # the condition leading or trailing: the refused truce is demanded, the sanctions it would bring are a threat
    ("Zelensky said that if Russia rejected the ceasefire, new sanctions would follow.",
     {("volodymyr_zelensky", "ceasefire", "support", "condition_demand"),
      ("volodymyr_zelensky", "sanctions", "conditional", "reported_speech")}),
    ("Zelensky said new sanctions would follow if Russia rejected the ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "condition_demand"),
      ("volodymyr_zelensky", "sanctions", "conditional", "reported_speech")}),
    # a consequence owed, not only foretold
    ("Merz said that if Moscow refused a full and unconditional truce, strong sanctions had to follow.",
     {("friedrich_merz", "ceasefire", "support", "condition_demand"),
      ("friedrich_merz", "sanctions", "conditional", "reported_speech")}),
    ("Rutte said tougher sanctions must follow if Russia keeps blocking a ceasefire.",
     {("mark_rutte", "ceasefire", "support", "condition_demand"),
      ("mark_rutte", "sanctions", "conditional", "reported_speech")}),
    # a threat conjoined after a call: the condition is the threat's, the call stands unqualified
    ("Merz called for a 30-day ceasefire and threatened sanctions if Russia refused.",
     {("friedrich_merz", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "shared_subject")}),
    # a price for refusing is a threat too: the refusal it names is what the speaker wants undone
    ("Merz said Russia would pay a price for blocking a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "condition_demand")}),
    ("Merz said Moscow would pay more for every week it refused a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "condition_demand")}),
    ("Merz said Europe would pay a high price for the ceasefire.", set()),
])
def test_what_a_threat_demands_is_not_the_threats_own_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a yes/no question put in reported form, its question mark dropped: nobody's position
    ("Would Germany accept sanctions relief for Russia before any withdrawal, one deputy asked.", set()),
    ("Will Moscow agree to the ceasefire, asked a reporter from the front row.", set()),
    ("Could Ukraine give up Donetsk for a truce, the host wondered on air.", set()),
    # the same words as a statement, or a question answered, are positions
    ("Germany would accept sanctions relief for Russia, Merz said.",
     {("friedrich_merz", "sanctions", "oppose", "own_side"), ("germany", "sanctions", "oppose", "own_side")}),
    ("Would Germany back a ceasefire? Merz said Germany would support a truce.",
     {("friedrich_merz", "ceasefire", "support", "own_side"), ("germany", "ceasefire", "support", "own_side")}),
    # the writer's own question states nobody's position, but what it takes as given does
    ("Will Russia agree to a ceasefire?", set()),
    ("What became of the 30-day truce that Kyiv and the EU have been demanding?",
     {("ukraine", "ceasefire", "support", "subject"), ("european_union", "ceasefire", "support", "subject")}),
    # so does whose demand it is: the question is about accepting, the demand is Moscow's either way
    ("Does that mean accepting Russia's territorial demands?",
     {("russia", "territorial_concessions", "support", "possessive")}),
    ("Will Kyiv bow to Moscow's demand for a neutral Ukraine?", {("russia", "neutrality", "support", "possessive")}),
    ("Will Kyiv accept a demand for a neutral Ukraine?", set()),
])
def test_reported_yes_no_questions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a warning with its target named is still a threat; the call before it stands unqualified
    ("Merz and Rutte travelled to Kyiv and called for a 30-day ceasefire, warning Moscow of new sanctions if it "
     "refused.", {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
                  ("friedrich_merz", "sanctions", "conditional", "trailing_participle"),
                  ("mark_rutte", "sanctions", "conditional", "trailing_participle")}),
])
def test_a_warning_names_its_target(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # with no comma, a subject pronoun and a modal open the main clause: the threat is not the condition's
    ("Zelensky said that if Moscow kept rejecting a full ceasefire it should face tougher sanctions.",
     {("volodymyr_zelensky", "ceasefire", "support", "condition_demand"),
      ("volodymyr_zelensky", "sanctions", "conditional", "speaker")}),
    # "that it would" inside the condition is still the condition
    ("Merz said that if Russia agreed that it would stop attacks, talks could begin.",
     {("friedrich_merz", "direct_talks", "conditional", "reported_speech")}),
])
def test_an_if_clause_without_a_comma_ends_at_the_main_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected
