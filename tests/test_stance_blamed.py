"""helpers.stance.blamed: who blames another side's refusal of a proposal wants the proposal.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from helpers.codebook import CodebookError
from helpers.stance.lexicon import parse_lexicon
from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # the refusal stays Russia's; the blame after it is the reporter's support
    ("Merz said Russia's refusal of a ceasefire must carry a price.",
     {("russia", "ceasefire", "oppose", "possessive"),
      ("friedrich_merz", "ceasefire", "support", "blamed_refusal")}),
    ("Rutte said Mr Putin's refusal to accept an unconditional truce showed he did not want peace.",
     {("vladimir_putin", "ceasefire", "oppose", "intention"),
      ("mark_rutte", "ceasefire", "support", "blamed_refusal")}),
    # a blame phrase that is a cue itself judges the refusal, not the ceasefire
    ("Merz said Putin's refusal of a ceasefire was unacceptable.",
     {("vladimir_putin", "ceasefire", "oppose", "possessive"),
      ("friedrich_merz", "ceasefire", "support", "blamed_refusal")}),
    # a refusal of the opposite of a proposal: whoever blames it wants the opposite
    ("Merz said Russia's refusal to lift sanctions was a mistake.",
     {("russia", "sanctions", "support", "intention"),
      ("friedrich_merz", "sanctions", "oppose", "blamed_refusal")}),
    # in a full quotation, another side's refusal is that side's; the speaker blames it
    ('"Russia\'s rejection of the truce will have consequences," Rutte said.',
     {("russia", "ceasefire", "oppose", "quote"), ("mark_rutte", "ceasefire", "support", "blamed_refusal")}),
    # what the refusal would bring on is the speaker's threat, not part of what was refused
    ("Merz warned that Russia's refusal of the truce would bring tougher sanctions.",
     {("russia", "ceasefire", "oppose", "possessive"), ("friedrich_merz", "ceasefire", "support", "blamed_refusal"),
      ("friedrich_merz", "sanctions", "conditional", "blamed_refusal")}),
    ("Rutte said Putin's rejection of the ceasefire would lead to new sanctions.",
     {("vladimir_putin", "ceasefire", "oppose", "possessive"), ("mark_rutte", "ceasefire", "support", "blamed_refusal"),
      ("mark_rutte", "sanctions", "conditional", "blamed_refusal")}),
    # ... said by the refuser's own side, the consequence is still no part of the refusal
    ("Medinsky said Russia's refusal of the truce would bring tougher sanctions.",
     {("vladimir_medinsky", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    # the speaker's own side's refusal stays the speaker's
    ('"Our rejection of the ceasefire is final," Zelensky said.',
     {("volodymyr_zelensky", "ceasefire", "oppose", "quote")}),
    # no blame phrase after the refusal: only the refusal
    ("Merz said Russia's refusal of a ceasefire came as no surprise.", {("russia", "ceasefire", "oppose", "possessive")}),
    # the same side blames nothing; nobody reports it: nobody blames
    ("Medinsky said Russia's refusal of the ceasefire showed its strength.",
     {("vladimir_medinsky", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("Russia's refusal of a ceasefire must carry a price.", {("russia", "ceasefire", "oppose", "possessive")}),
])
def test_blaming_a_refusal_wants_the_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aim named after a modifier is the verb's own object, not a proposal named before
    ("Zelensky said the Kremlin's rejection of the ceasefire proved that Moscow wanted more war.",
     {("kremlin", "ceasefire", "oppose", "possessive"),
      ("volodymyr_zelensky", "ceasefire", "support", "blamed_refusal")}),
    ("Merz said Putin wanted a real ceasefire.", {("vladimir_putin", "ceasefire", "support", "subject")}),
])
def test_an_aim_after_a_modifier_is_the_verbs_own_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_blame_predicates_are_data_checked_like_phrases():
    lex = parse_lexicon({"cues": {"support": ["back"]}, "blame_predicates": ["must carry [a] price"]}, source="cues.yaml")
    assert lex.blame_predicates == ("must carry [a] price",)
    with pytest.raises(CodebookError, match=r"^cues\.yaml: blame_predicates, item #2: unbalanced"):
        parse_lexicon({"cues": {"support": ["back"]}, "blame_predicates": ["showed", "must [carry price"]},
                      source="cues.yaml")
    with pytest.raises(CodebookError, match=r"^cues\.yaml: blame_predicates: expected a list"):
        parse_lexicon({"cues": {"support": ["back"]}, "blame_predicates": "showed"}, source="cues.yaml")



@pytest.mark.parametrize("text, expected", [
    # "a refusal" names nothing: it is a refusal of what was just asked for, which the threatener wants
    ("Leaders called for a full ceasefire. Merz warned that a refusal would bring much tougher sanctions.",
     {("friedrich_merz", "ceasefire", "support", "speaker"), ("friedrich_merz", "sanctions", "conditional", "speaker")}),
    # a consequence threatened before is no proposal refused
    ("Rutte called for a truce, warning of new sanctions. He said any refusal would trigger even harsher sanctions.",
     {("mark_rutte", "ceasefire", "support", "subject"), ("mark_rutte", "sanctions", "conditional", "trailing_participle"),
      ("mark_rutte", "ceasefire", "support", "speaker"), ("mark_rutte", "sanctions", "conditional", "speaker")}),
    # "a Russian refusal" is no more Russia's position than "a refusal"
    ("Leaders called for a full ceasefire. Merz warned that a Russian refusal would bring tougher sanctions.",
     {("friedrich_merz", "ceasefire", "support", "speaker"), ("friedrich_merz", "sanctions", "conditional", "speaker")}),
    # a refusal with its possessor is that actor's, handled as a blamed refusal; with no proposal before, nothing
    ("Merz warned that a refusal would bring tougher sanctions.",
     {("friedrich_merz", "sanctions", "conditional", "speaker")}),
])
def test_a_refusal_threatened_is_of_what_was_asked_for(nlp, text, expected):
    assert rows_of(nlp, text) == expected
