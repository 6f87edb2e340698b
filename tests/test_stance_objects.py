"""Where a cue's object is: a pronoun inside a phrasal verb, a plan made public by its authors.

Sentences are made up in the style of news copy; each case asserts the rows (actor, topic, stance, rule) that
the full pipeline codes with the test corpus's codebooks.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # the pronoun between verb and particle is the object ("turned it down"), resolved to the last proposal
    ("Merz called for a 30-day ceasefire on Sunday. Putin turned it down within hours.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Merz called for a 30-day ceasefire on Sunday. Putin brushed that aside.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Trump proposed a summit with Putin in Budapest. Two days later he called it off.",
     {("donald_trump", "direct_talks", "support", "subject"), ("donald_trump", "direct_talks", "oppose", "pronoun")}),
    ("Rutte urged new sanctions on Moscow. The Kremlin waved them off as theatre.",
     {("mark_rutte", "sanctions", "support", "subject"), ("kremlin", "sanctions", "oppose", "subject")}),
    # ... or a reference to it ("brushed *the pressure* aside": the sanctions)
    ("Rutte urged new sanctions on Moscow. The Kremlin brushed the pressure aside.",
     {("mark_rutte", "sanctions", "support", "subject"), ("kremlin", "sanctions", "oppose", "subject")}),
    ("Merz called for a 30-day ceasefire. Putin brushed the demand aside.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # the particle right after the verb still works, and "it" after another verb is not the cue's object
    ("Putin turned down the ceasefire proposal.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Merz called for a 30-day ceasefire. Putin said it was too early to turn anything down.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_a_pronoun_inside_a_phrasal_verb_is_its_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # making one's own plan public is backing it: the subject of "unveiled", "set out", "outlined" holds the plan
    ("European leaders unveiled plans for a multinational force on Thursday.",
     {("europe", "security_guarantees", "support", "subject")}),
    ("Britain and France set out plans for a reassurance force after the talks.",
     {("britain", "security_guarantees", "support", "subject"),
      ("france", "security_guarantees", "support", "subject")}),
    ("Merz outlined a proposal for a 30-day ceasefire in Berlin.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    # the plan of someone else, named by its owner, stays its owner's
    ("Merz outlined Putin's proposal for direct talks to reporters.",
     {("vladimir_putin", "direct_talks", "support", "possessive")}),
])
def test_a_plan_made_public_is_its_authors(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_pronoun_inside_a_phrasal_verb_reaches_back_past_a_sentence(nlp):
    text = ("Merz called for a 30-day ceasefire on Sunday. The Kremlin gave no answer for two days. "
            "Then Putin turned it down in a televised address.")
    assert ("vladimir_putin", "ceasefire", "oppose", "subject") in rows_of(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # "He said he had asked X to ..., and that he hoped": the second "he" is the speaker "He", not X
    ("Trump spoke to reporters on Sunday. He said he had asked Witkoff to see Putin in Moscow, and that he hoped "
     "to meet both leaders soon.", {("donald_trump", "direct_talks", "support", "pronoun")}),
    # a named speaker is still the nearest one before the last speech verb
    ("Trump spoke to Merz on Monday. He said Putin had told him he would accept a ceasefire.",
     {("vladimir_putin", "ceasefire", "support", "pronoun")}),
])
def test_he_after_he_said_is_the_same_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # denying another a veto over a path is backing the path: the one who says it holds it, nobody else
    ("Merz said Russia could have no veto over Ukraine's path to NATO.",
     {("friedrich_merz", "neutrality", "oppose", "speaker")}),
    ('"Moscow cannot block Ukraine\'s path to NATO," Rutte said.', {("mark_rutte", "neutrality", "oppose", "quote")}),
    ("Merz said the Kremlin could not veto Ukraine's membership of NATO.",
     {("friedrich_merz", "neutrality", "oppose", "speaker")}),
    ("Merz said Russia cannot have a veto against Ukraine's pathway to the EU and NATO.",
     {("friedrich_merz", "neutrality", "oppose", "speaker")}),
    # with no one speaking it is the writer's claim, not the position of the actor denied the veto
    ("Russia has no veto over Ukraine's path to NATO.", set()),
    # a veto used is still opposition
    ("Putin vetoed the ceasefire.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_no_veto_over_is_the_speaker_s_support(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one told ("told Putin ... that") is not the subject of what he is told
    ("Trump told Putin by phone that Washington was ready to host a new round.",
     {("donald_trump", "direct_talks", "support", "own_side"),
      ("united_states", "direct_talks", "support", "own_side")}),
    ("Merz assured Zelensky on Monday that Germany was ready to contribute troops to a reassurance force.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    ("Rutte told Zelensky that Istanbul was ready to host a new round.",
     {("mark_rutte", "direct_talks", "support", "subject")}),
    # what someone is told to do is still the teller's demand
    ("Trump told Putin to agree to a ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
])
def test_the_one_told_is_not_the_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Merz said any plan must reject recognition of occupied territory.",
     {("friedrich_merz", "territorial_concessions", "oppose", "subject")}),
    # land put under Moscow's rule
    ("Ushakov insisted that Donbas must come under Russian control.",
     {("yuri_ushakov", "territorial_concessions", "support", "speaker")}),
    ("Zelensky rejected Russian control over parts of Donetsk.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky said Moscow's refusal to halt the killing showed it did not want peace.",
     {("russia", "ceasefire", "oppose", "possessive"), ("volodymyr_zelensky", "ceasefire", "support", "blamed_refusal")}),
])
def test_land_taken_and_killing_halted(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", without mentioning X": X is the gerund's object, neither inverted nor the earlier cue's object
    ("Putin proposed direct talks in Istanbul, without mentioning the ceasefire.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
    # "without" right before the proposal still turns it
    ("Putin proposed direct talks without a ceasefire.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # and a cue after "without" is still the speaker's manner
    ("Putin welcomed the talks, without committing to a ceasefire.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "manner")}),
])
def test_without_and_a_gerund(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negated passive with an agent the codebook lacks: who may not provide it is the speaker's position
    ("Ushakov said guarantees for Ukraine could not be provided by foreign troops.",
     {("yuri_ushakov", "security_guarantees", "oppose", "passive")}),
    # not negated, the unnamed agent still holds it, and no one else
    ("Ushakov said security guarantees would be provided by the various countries.", set()),
    ("Security guarantees could not be provided by foreign troops.", set()),
])
def test_a_negated_passive_with_an_unknown_agent(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "be prepared to accept X from A, B and C": an infinitive, not a passive with A, B and C as its agents
    ("Zelensky said Ukraine would be prepared to accept guarantees from the US, Germany and France "
     "in place of NATO membership.",  # (NATO membership is the price: conditional)
     {("volodymyr_zelensky", "neutrality", "conditional", "own_side"),
      ("ukraine", "neutrality", "conditional", "own_side")}),
    # what is taken instead of a proposal is its opposite
    ("Putin proposed direct talks instead of a ceasefire.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # a mission for after the truce is a guarantee, not the truce
    ("Merz said Germany remained open to contributing to a post-ceasefire mission.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    # the writer's reading ("a sign the Kremlin wants ...") is nobody's position
    ("Ushakov is expected to travel to Washington, officials said, a sign the Kremlin wants to keep talks alive.",
     set()),
])
def test_infinitives_substitutes_and_readings(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Merz ruled out deploying German troops.", {("friedrich_merz", "security_guarantees", "oppose", "subject")}),
    ("Putin warns foreign troops would be targets.", {("vladimir_putin", "security_guarantees", "oppose", "speaker")}),
])
def test_troops_named_by_their_sender_and_troops_as_targets(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "They" opening a sentence: the subject that opens the sentence before, past a fronted phrase
    ("In a joint statement, Germany and France pledged to support a multinational force. "
     "They also endorsed a US-led mechanism to monitor any ceasefire.",
     {("germany", "security_guarantees", "support", "subject"), ("france", "security_guarantees", "support", "subject"),
      ("germany", "ceasefire", "support", "pronoun"), ("france", "ceasefire", "support", "pronoun")}),
    # one person is no "they"
    ("In Moscow, Putin met Witkoff on Thursday. They also endorsed a ceasefire.", set()),
])
def test_they_after_a_fronted_phrase(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list goes on past a "who" aside on its first member
    ("Merz, who hosted the talks, Rutte and Rubio committed to a multinational force.",
     {("friedrich_merz", "security_guarantees", "support", "subject"),
      ("mark_rutte", "security_guarantees", "support", "subject"),
      ("marco_rubio", "security_guarantees", "support", "subject")}),
    # an "and" before the next member ends the first clause: Merz is Zelensky's object, no subject
    ("Zelensky met Merz, who hosted the talks, and Rutte and Rubio committed to a multinational force.",
     {("mark_rutte", "security_guarantees", "support", "subject"),
      ("marco_rubio", "security_guarantees", "support", "subject")}),
])
def test_a_list_past_a_relative_aside(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a threat appended after a comma is the demander's, even when a relative clause holds the demand
    ("The talks answered the ultimatum set by Merz and Rutte, who demanded a truce from Monday, backed by the "
     "threat of sweeping sanctions.",
     {("friedrich_merz", "ceasefire", "support", "relative_clause"), ("mark_rutte", "ceasefire", "support", "relative_clause"),
      ("friedrich_merz", "sanctions", "conditional", "relative_clause"),
      ("mark_rutte", "sanctions", "conditional", "relative_clause")}),
    # with no position held before it, the threat holds nothing
    ("The mood soured, backed by the threat of sweeping sanctions.", set()),
])
def test_a_threat_appended_to_a_demand(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who backs a person named before holds what that person holds in the sentence
    ("Merz said he could hardly imagine a meeting without a ceasefire, and Rutte backed him.",
     {("friedrich_merz", "ceasefire", "support", "pronoun"), ("friedrich_merz", "direct_talks", "conditional", "pronoun"),
      ("mark_rutte", "ceasefire", "support", "subject"), ("mark_rutte", "direct_talks", "conditional", "subject")}),
    ("Merz called for a ceasefire, and Rutte backed him.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject")}),
    # backing a proposal stays what it is
    ("Merz backed a ceasefire.", {("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_backing_a_person_named_before(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what was agreed at the talks is the object, the talks are the occasion
    ("Russia and Ukraine agreed to a large prisoner exchange during talks in Istanbul.", set()),
    ("Russia and Ukraine agree to big prisoner swap at first direct talks in years", set()),
    # a hyphenated meeting word and "prisoners of war" in the object: still where, not what
    ("Russia and Ukraine agreed to exchange 1,000 prisoners of war each at their first face-to-face talks.", set()),
    # after the talks, past a day and "to", modifiers and a hyphenated term: when it was agreed, not what
    ("Russian and Ukrainian negotiators agreed on Friday to exchange 1,000 prisoners of war each after their first "
     "face-to-face talks in three years.", set()),
    # "offering few details": the verb's own object, not the summit or the ceasefire before it
    ("Trump and Putin leave Alaska summit without a ceasefire, citing progress but offering few details", set()),
    # the talks as the object stay the object, the place after them the place
    ("Zelensky agreed to a meeting at the Vatican.", {("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    ("Putin proposed a truce at the talks.", {("vladimir_putin", "ceasefire", "support", "subject")}),
])
def test_an_object_of_its_own_before_the_occasion(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun inside the name of the proposal given up is no cue, so the exchange reaches the verb before it
    ("Zelensky says Ukraine is prepared to give up its push to join NATO in return for guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "own_side"), ("ukraine", "neutrality", "conditional", "own_side")}),
    # bringing the warring sides together is backing talks between them
    ("Rutte offered to help bring the two sides closer together.", {("mark_rutte", "direct_talks", "support", "subject")}),
    ("Merz said he would not bring together the warring parties.",
     {("friedrich_merz", "direct_talks", "oppose", "pronoun")}),
    # land talks that start from the front line: a condition on any cession, the European formula
    ("Germany and France circulated a plan which would begin territorial talks from the current front line.",
     {("germany", "territorial_concessions", "conditional", "subject"),
      ("france", "territorial_concessions", "conditional", "subject")}),
    ("Merz backed taking the current line of contact as the starting point for negotiations.",
     {("friedrich_merz", "territorial_concessions", "conditional", "subject")}),
    # a cue only before a proposal takes that proposal; another verb after "and" takes the next one
    ("Germany and France circulated a plan which would begin territorial talks from the current front line and "
     "leave NATO membership to the allies.",
     {("germany", "territorial_concessions", "conditional", "subject"),
      ("france", "territorial_concessions", "conditional", "subject")}),
    # ... unless that verb turns it, as the list goes on ("and lift", "and giving up")
    ("Rutte agreed to hold talks and lift sanctions.",
     {("mark_rutte", "direct_talks", "support", "subject"), ("mark_rutte", "sanctions", "oppose", "shared_subject")}),
    # a counterproposal from X is X's
    ("Rutte circulated a counterproposal for a ceasefire.", {("mark_rutte", "ceasefire", "support", "subject")}),
    # a proposal decided "over the heads of" those who should take part is conditioned, not refused
    ("Merz said Germany could not accept territorial questions being decided over the heads of Ukrainians.",
     {("friedrich_merz", "territorial_concessions", "conditional", "own_side"),
      ("germany", "territorial_concessions", "conditional", "own_side"),
      ("friedrich_merz", "direct_talks", "conditional", "own_side"), ("germany", "direct_talks", "conditional", "own_side")}),
    # a condition on another proposal further on leaves the first one as it is
    ("Zelensky backed a ceasefire and talks with Ukraine at the table.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"),
      ("volodymyr_zelensky", "direct_talks", "conditional", "subject")}),
    # what is taken "in place of" a proposal is wanted, the proposal given up is the price: conditional
    ("Zelensky said Ukraine would accept bilateral guarantees in place of NATO membership.",
     {("volodymyr_zelensky", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side"),
      ("volodymyr_zelensky", "neutrality", "conditional", "own_side"), ("ukraine", "neutrality", "conditional", "own_side")}),
    # what a plan "would have required" is its authors' position, as what it "would require"
    ("The plan, drafted by Witkoff and Rubio, landed in Kyiv. It would have required Ukraine to withdraw from the "
     "Donetsk region.", {("steve_witkoff", "territorial_concessions", "support", "agent"),
                         ("marco_rubio", "territorial_concessions", "support", "agent")}),
    # a bill's sponsor backs what it would do, a party label before the name notwithstanding
    ("A Senate bill from Republican Marco Rubio allowing 500% duties on buyers of Russian oil stalled.",
     {("marco_rubio", "sanctions", "support", "agent")}),
    # troops of a named Western country sent or deployed, in the passive
    ("Merz repeated that no German soldiers would be sent.", {("friedrich_merz", "security_guarantees", "oppose", "speaker")}),
    ("Merz said German troops would not be deployed.", {("friedrich_merz", "security_guarantees", "oppose", "subject")}),
    # going without it is giving it up
    ("Zelensky said he was ready to forgo NATO membership.",
     {("volodymyr_zelensky", "neutrality", "support", "pronoun")}),
    ("Kyiv will never relinquish its NATO ambitions.", {("ukraine", "neutrality", "oppose", "subject")}),
])
def test_a_word_of_the_proposal_given_up(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the measures" refers back to the sanctions named before, whatever was named since
    ("The EU adopted new sanctions on Thursday, while Merz called for a ceasefire. "
     "Putin said the measures were an unfriendly act.",
     {("european_union", "sanctions", "support", "subject"), ("friedrich_merz", "ceasefire", "support", "subject"),
      ("vladimir_putin", "sanctions", "oppose", "speaker")}),
    # "the pause" refers back to the ceasefire named before
    ("Trump proposed a 30-day ceasefire. Putin expressed an interest in the pause.",
     {("donald_trump", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "support", "subject")}),
    ("Putin expressed an interest in the pause.", set()),
    # "the guarantees" refer back to the security guarantees named before, and only to them
    ("Zelensky asked for security guarantees on Monday. Putin rejected the guarantees.",
     {("volodymyr_zelensky", "security_guarantees", "support", "subject"),
      ("vladimir_putin", "security_guarantees", "oppose", "subject")}),
    ("Kyiv sought loan guarantees from the IMF. Merz said Germany would back the guarantees.", set()),
    # ... as do "such commitments" and "the backstop"
    ("Zelensky asked for security guarantees on Monday. Rubio said Washington was willing to provide such "
     "commitments.",
     {("volodymyr_zelensky", "security_guarantees", "support", "subject"),
      ("marco_rubio", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "own_side")}),
    ("Merz made commitments on energy. Rubio said Washington was willing to provide such commitments.", set()),
    # being let off the sanctions is their end ("freed from", "relief from")
    ("Moscow wants to be freed from sanctions, Zakharova said.",
     {("maria_zakharova", "sanctions", "oppose", "own_side"), ("russia", "sanctions", "oppose", "own_side")}),
    ("The Kremlin demanded relief from Western sanctions.", {("kremlin", "sanctions", "oppose", "subject")}),
    # with no sanctions named, "the measures" refer to nothing
    ("Merz called for a ceasefire and security measures. Putin rejected the measures.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    # a topic's own noun reaches three paragraphs back, past paragraphs on other things ...
    ("The EU adopted new sanctions on Thursday.\n\nOil prices rose in Asian trading.\n\n"
     "Diplomats expect a decision on frozen assets next month.\n\nPutin said the measures were an unfriendly act.",
     {("european_union", "sanctions", "support", "subject"), ("vladimir_putin", "sanctions", "oppose", "speaker")}),
    # ... and no further
    ("The EU adopted new sanctions on Thursday.\n\nOil prices rose in Asian trading.\n\n"
     "Diplomats expect a decision next month.\n\nTraders were cautious.\n\n"
     "Putin said the measures were an unfriendly act.",
     {("european_union", "sanctions", "support", "subject")}),
    # the act is the position: a subject right before "sanctioned" is its subject, not a modifier ...
    ("Washington sanctioned two Russian oil majors on Wednesday.",
     {("united_states", "sanctions", "support", "subject")}),
    ("The EU blacklisted two Russian banks.", {("european_union", "sanctions", "support", "subject")}),
    # ... while "sanctions" after a name stays a noun, and "sanctioned firms" holds nothing
    ("The US sanctions on Rosneft hurt Indian refiners.", set()),
    ("India kept buying oil from sanctioned Russian firms.", set()),
    # the callers named after "calls from" hold what they call for; the one who resists them opposes it
    ("Trump had long resisted calls from Kyiv and Brussels to go after Moscow's oil revenues.",
     {("donald_trump", "sanctions", "oppose", "subject"), ("ukraine", "sanctions", "support", "agent"),
      ("european_union", "sanctions", "support", "agent")}),
    ("Zelensky rejected demands from Moscow for a withdrawal from Donbas.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject"),
      ("russia", "territorial_concessions", "support", "agent")}),
    # revenue named with no move against it is no sanctions
    ("Russia's oil revenues fell by a fifth in October, Zelensky said.", set()),
    # it must come about: "has to come", "must come"; not when it must come only after another
    ('"A ceasefire has to come now," Rubio said.', {("marco_rubio", "ceasefire", "support", "quote")}),
    ("Merz said talks should begin without delay.", {("friedrich_merz", "direct_talks", "support", "speaker")}),
])
def test_the_measures_and_what_must_come(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a modifier word inside a proposal's name is no modifier ("territorial *questions*")
    ("Putin demanded that Kyiv surrender the rest of the Donetsk region, and Zelensky said territorial questions "
     "could only be settled between him and Putin.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("volodymyr_zelensky", "territorial_concessions", "conditional", "speaker")}),
    # an aside between a demand and its that-clause is not what is demanded
    ("Russia had demanded, as the price of a ceasefire, that Ukraine pull out of all the territory Moscow claims.",
     {("russia", "territorial_concessions", "support", "subject")}),
])
def test_names_of_proposals_and_asides_before_that(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what was not agreed is no object of the agreement
    ("Russia and Ukraine agree biggest prisoner swap of the war but no ceasefire", set()),
    # "rather than" turns the proposal after it, even past a bare verb
    ("Putin chose to keep fighting rather than accept a ceasefire.",
     {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # a cue put aside by "rather than"/"instead of" is negated, past an adverb, and turned once only
    ("Putin wants to negotiate a full settlement instead of accepting a truce.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Zelensky chose to press for talks rather than simply back a truce.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject"),
      ("volodymyr_zelensky", "ceasefire", "oppose", "subject")}),
    # what others "should" do rather than V: the speaker's position, not theirs
    ("Trump said Russia and Ukraine should move straight to a peace agreement rather than first agreeing to a "
     "ceasefire.", {("donald_trump", "ceasefire", "oppose", "deontic")}),
    # a participle aside after the subject says where or when, it is not what the later cue judges
    ("Zelensky, arriving in Brussels for a European Union summit, called the sanctions a strong signal.",
     {("volodymyr_zelensky", "sanctions", "support", "subject")}),
])
def test_what_was_not_agreed_and_asides_after_the_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Ukrainians will not gift their land to the occupier," Zelensky said.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    # "the move" refers back to the last proposal named
    ("The EU imposed new sanctions on Moscow on Friday. The Kremlin called the move unlawful.",
     {("european_union", "sanctions", "support", "subject"), ("kremlin", "sanctions", "oppose", "subject")}),
])
def test_land_as_a_gift_and_the_move(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an apposition with a relative clause after a name is an aside: the name speaks
    ("Ushakov, the Kremlin aide who led Russia's team, said afterwards that Moscow was ready to keep talking.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    # time spent doing it stands between the holder and the cue
    ("Putin rejected the 30-day ceasefire that Kyiv and its European allies have spent the past week demanding.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "support", "subject"),
      ("europe", "ceasefire", "support", "subject")}),
    ("Putin rejected the 30-day ceasefire Kyiv has spent weeks demanding.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "support", "subject")}),
    # plans fleshed out are their authors'
    ("Britain and France held a video call to flesh out plans for a reassurance force.",
     {("britain", "security_guarantees", "support", "subject"), ("france", "security_guarantees", "support", "subject")}),
])
def test_appositions_time_spent_and_plans_fleshed_out(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what Ukraine's part of Donetsk would become is the territorial question
    ('Washington has floated turning that area into a demilitarised "free economic zone".',
     {("united_states", "territorial_concessions", "support", "subject")}),
    # an approval it needs makes it conditional for the one who says so, never for those who must approve
    ("Washington floated a demilitarised zone in Donetsk, which Zelensky said Ukrainians would have to approve.",
     {("united_states", "territorial_concessions", "support", "subject"),
      ("volodymyr_zelensky", "territorial_concessions", "conditional", "speaker")}),
    ("The plan would have to approve a demilitarised zone.", set()),
])
def test_a_free_economic_zone_and_an_approval_it_needs(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a support cue whose preposition has its own object is about that object, negated or not
    ("Istanbul talks end with a prisoner swap but no truce as Turkey calls for patience", set()),
    ("No ceasefire yet, and Rutte calls for calm", set()),
    # with a proposal as the object, the cue is about it
    ("Istanbul talks end with no truce as Turkey calls for a ceasefire",
     {("turkey", "ceasefire", "support", "subject")}),
])
def test_a_preposition_with_its_own_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare plural noun closing the clause is the verb's own object, not a proposal named before it
    ("Zakharova said Moscow remained open to talks but would not accept ultimatums.",
     {("maria_zakharova", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    # a word in -s that is no noun leaves the proposal before it in reach
    ("The ceasefire, which Putin rejects, was proposed by Trump.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("donald_trump", "ceasefire", "support", "passive")}),
])
def test_a_bare_plural_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle right after the object of an earlier verb describes that object; it is nobody's position
    ("India does not support unilateral sanctions adopted outside the UN Security Council.",
     {("india", "sanctions", "oppose", "subject")}),
])
def test_a_participle_describing_the_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", and why ..." opens another clause: the cue before it does not reach the proposals inside it
    ("Also this week: a warning that the EU must prepare for a long confrontation, and why the question of frozen "
     "Russian assets heads to the summit.", set()),
])
def test_and_why_opens_another_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "without" right after a pronoun object says how it is done, not its opposite
    ("Turkey welcomed the ceasefire proposal and urged both sides to accept it without delay.",
     {("turkey", "ceasefire", "support", "subject")}),
])
def test_a_pronoun_object_without_delay(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speech verb set off as an aside after its subject says who speaks, not what is proposed
    ("Putin raised questions. Until they were answered, he suggested, a truce would mainly help Kyiv.", set()),
    ("Merz suggested a truce.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("As they parted, Putin suggested, in English, that they meet next in Moscow.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_a_speech_verb_set_off_as_an_aside(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a party that could give up the opposite of a proposal accepts the proposal; a deal's description does not
    ("Zelensky said Kyiv could give up its NATO bid.",
     {("volodymyr_zelensky", "neutrality", "support", "own_side"), ("ukraine", "neutrality", "support", "own_side")}),
    ("Zelensky said Kyiv could give up its bid to join NATO if the US offered legally binding guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    ("Zelensky said Kyiv would never give up its NATO bid.",
     {("volodymyr_zelensky", "neutrality", "oppose", "own_side"), ("ukraine", "neutrality", "oppose", "own_side")}),
    ("Merz discussed a draft deal under which Ukraine would give up its NATO bid.", set()),
    # a proposal wanted undone: the verb after the term turns it
    ("Moscow wants sanctions removed from its ships.", {("russia", "sanctions", "oppose", "subject")}),
    ("Russia demanded that sanctions be lifted.", {("russia", "sanctions", "oppose", "subject")}),
    ("Zelensky does not want sanctions to be eased.", {("volodymyr_zelensky", "sanctions", "support", "subject")}),
    # a pronoun undone by the cue or a verb before it: the opposite of what it names
    ("Sanctions bite. Merz said there were no plans to ease them.",
     {("friedrich_merz", "sanctions", "neutral", "speaker"), ("friedrich_merz", "sanctions", "support", "subject")}),
    ("Sanctions bite. Ushakov wants to lift them.", {("yuri_ushakov", "sanctions", "oppose", "subject")}),
])
def test_proposals_given_up_or_wanted_undone(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun closing the clause is the object of a cue that needs a proposal after it
    ("Merz wants security guarantees for Ukraine. Trump said he would help Europe provide them.",
     {("friedrich_merz", "security_guarantees", "support", "subject"),
      ("donald_trump", "security_guarantees", "support", "pronoun")}),
    ("Merz wants security guarantees for Ukraine. Trump said he would help Europe provide them with aircraft.",
     {("friedrich_merz", "security_guarantees", "support", "subject")}),
    # foreign troops with "military" between sender and troops
    ("Ushakov said Western military forces in Ukraine were unacceptable.",
     {("yuri_ushakov", "security_guarantees", "oppose", "subject")}),
    # not discussing a proposal states no position on it
    ("Rutte declined to discuss NATO membership.", {("mark_rutte", "neutrality", "neutral", "subject")}),
    ("Rutte avoided the question of NATO membership.", {("mark_rutte", "neutrality", "neutral", "subject")}),
    # "it was time to" in reported speech
    ("Merz said it was time to stop the killing.", {("friedrich_merz", "ceasefire", "support", "speaker")}),
])
def test_proposals_named_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # signing whatever carries a proposal: refusing to sign it refuses the proposal
    ("Zelensky has said he will not sign anything that recognises occupied land as Russian.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "pronoun")}),
    ("Zelensky said he would never sign any deal that recognises occupied land as Russian.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "pronoun")}),
    # land given in exchange for something is a cession
    ("Zelensky said Kyiv would not accept any arrangement that exchanges land for promises.",
     {("ukraine", "territorial_concessions", "oppose", "own_side"),
      ("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side")}),
    # "stops the killing" is a halt to the fighting in any tense
    ("Merz said Germany would support any arrangement that stops the killing.",
     {("friedrich_merz", "ceasefire", "support", "own_side"), ("germany", "ceasefire", "support", "own_side")}),
])
def test_signing_anything_that_and_land_exchanged_for(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # financial steps or consequences named alone are sanctions; one that "could" be taken is a threat
    ("Trump said he could take financial steps that would be very bad for Russia.",
     {("donald_trump", "sanctions", "conditional", "pronoun")}),
    ("Merz warned that Russia could face financial consequences if it refuses.",
     {("friedrich_merz", "sanctions", "conditional", "speaker")}),
    # the Russian formula with its other adjectives, and exclusion for good, are neutrality
    ("Putin said Russia insists on Ukraine's neutral, non-bloc and non-nuclear status.",
     {("vladimir_putin", "neutrality", "support", "own_side"), ("russia", "neutrality", "support", "own_side")}),
    ("Ushakov said Moscow insists on Ukraine's non-aligned, non-nuclear status.",
     {("yuri_ushakov", "neutrality", "support", "own_side"), ("russia", "neutrality", "support", "own_side")}),
    ("Medinsky said Russia wants Ukraine's permanent exclusion from NATO.",
     {("vladimir_medinsky", "neutrality", "support", "own_side"), ("russia", "neutrality", "support", "own_side")}),
    # "going into NATO" is joining it
    ("Trump wrote that Ukraine would not be going into NATO.", {("donald_trump", "neutrality", "support", "deontic")}),
])
def test_financial_steps_and_the_neutrality_formula(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pause named alone is the truce
    ("Zelensky said Ukraine wanted a lasting peace, not a pause that Russia could use to regroup.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "own_side"), ("ukraine", "ceasefire", "oppose", "own_side")}),
    ("Medinsky said Russia saw no point in a pause that would let Ukraine rearm.",
     {("vladimir_medinsky", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    # a pause in something else is not
    ("Zelensky said Ukraine could live with a pause in its membership bid.", set()),
])
def test_a_pause_named_alone(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the "no" of a term that already says no is said once: no recognition of occupied land is opposing the cession
    ("Zelensky says Ukraine's red lines are unchanged: no recognition of occupied territory.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "speaker")}),
    ("Zelensky said: no recognition of occupied territory.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "speaker")}),
])
def test_a_term_s_own_no_is_said_once(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # joining others' position backs the proposal
    ("Germany has lined up with the European call for an unconditional truce.",
     {("germany", "ceasefire", "support", "subject"), ("europe", "ceasefire", "support", "possessive")}),
    ("Merz said Germany would align itself with the new sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
    # taking up others' sanctions: joining them, matching or following every package
    ("Finland joined Western sanctions within days.", {("finland", "sanctions", "support", "subject")}),
    ("India has declined to join Western sanctions on Moscow.", {("india", "sanctions", "oppose", "subject")}),
    ("Italy has matched every package of sanctions since 2022.", {("italy", "sanctions", "support", "subject")}),
    # joining NATO stays a bid for membership
    ("Ukraine hopes to join NATO one day.", {("ukraine", "neutrality", "oppose", "subject")}),
])
def test_lining_up_with_and_aligning_with(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # striking someone with a measure is imposing it; on a condition, a threat
    ("Trump warned that he could hit Russia with banking sanctions if it blocked a deal.",
     {("donald_trump", "sanctions", "conditional", "reported_speech")}),
    ("Drones hit Russia with a wave of attacks.", set()),
])
def test_hitting_someone_with_a_measure(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the actor who imposes them, named before the proposal, is no object of its own
    ("Finland would back new EU sanctions.", {("finland", "sanctions", "support", "subject")}),
    ("Italy said it would back the next round of EU sanctions.", {("italy", "sanctions", "support", "pronoun")}),
    ("Germany will back the next round of sanctions.", {("germany", "sanctions", "support", "subject")}),
    # an actor as the object is no proposal
    ("Turkey will back Russia in the talks.", set()),
])
def test_an_actor_naming_whose_proposal_it_is(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "as" before a proposal with a verb of its own opens a clause: what happens meanwhile, not the cue's object
    ("Turkey urges a lasting truce as Istanbul talks yield only a prisoner swap.",
     {("turkey", "ceasefire", "support", "subject")}),
    ("Trump urged a ceasefire as the talks stalled.", {("donald_trump", "ceasefire", "support", "subject")}),
    # "as" before a proposal with no verb after it names no clause
    ("Merz backed sanctions as well as talks.",
     {("friedrich_merz", "sanctions", "support", "subject"), ("friedrich_merz", "direct_talks", "support", "subject")}),
])
def test_as_opens_a_clause_with_a_proposal_as_its_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected
