"""helpers.stance.conditions and the coder's conditions: "no X without Y", "accept no X", leading prepositions.

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import pytest

from helpers.stance import code_text
from tests.test_stance_rules import CODEBOOKS, rows_of


@pytest.mark.parametrize("text, expected", [
    # the objection is to the one without the other: the first is conditional, the second wanted
    ("There will be no ceasefire without a withdrawal of Ukrainian forces from Donetsk, Ushakov said.",
     {("yuri_ushakov", "ceasefire", "conditional", "speaker"),
      ("yuri_ushakov", "territorial_concessions", "support", "speaker")}),
    ("Zelensky said there could be no ceasefire without security guarantees.",
     {("volodymyr_zelensky", "ceasefire", "conditional", "speaker"),
      ("volodymyr_zelensky", "security_guarantees", "support", "speaker")}),
    # "without" and no other proposal after it: no condition
    ("Putin rejected a ceasefire without consulting his generals.",
     {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # "without" negating the cue itself stays a plain objection
    # (the "without" participle is done by the clause's subject: the manner rule)
    ("Russia pressed on with its offensive without agreeing to a ceasefire.",
     {("russia", "ceasefire", "oppose", "manner")}),
])
def test_no_proposal_without_another(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (read by the "no deal without" cue since the eighth session: the speaker holds it)
    ("Rutte said the alliance would accept no deal without security guarantees.",
     {("mark_rutte", "security_guarantees", "support", "speaker")}),
    ("The Kremlin backs no truce, Ushakov said.",
     {("kremlin", "ceasefire", "oppose", "own_side"), ("yuri_ushakov", "ceasefire", "oppose", "own_side")}),
    # a ministry reporting its own country's position holds it too, as a person would
    ("The Russian foreign ministry said Moscow backs no truce.",
     {("russian_foreign_ministry", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    # a news outlet reports positions and holds none (codebook rule 4), yet the one it reports still does
    ("Tass confirmed the date of the meeting.", set()),
    ("Tass and the Kremlin backed the talks.", {("kremlin", "direct_talks", "support", "subject")}),
    # but a body reporting another body's position does not (the White House is no US ministry's own country)
    ("The White House said the Kremlin backs no truce.", {("kremlin", "ceasefire", "oppose", "subject")}),
    # a cue ending in a preposition keeps its own "no": "say no to" is a cue of its own
    ("Zelensky said no to a ceasefire on Russia's terms.", {("volodymyr_zelensky", "ceasefire", "oppose", "subject")}),
])
def test_no_after_the_verb_negates_it(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants Ukraine kept out of NATO.", {("russia", "neutrality", "support", "subject")}),
    ("Zelensky rejected demands that Ukraine stay out of the alliance.",
     {("volodymyr_zelensky", "neutrality", "oppose", "subject")}),
    ("Zelensky rejected Moscow's claims to Ukrainian land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
])
def test_out_of_nato_and_claims_to_land(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_capitalised_preposition_still_leads_its_mention(nlp):
    # "With Zelensky absent": Zelensky is a prepositional object, so "he" is Putin, the first subject
    text = "With Zelensky absent, Putin met Trump in Alaska. He said he opposed any ceasefire."
    assert rows_of(nlp, text) == {("vladimir_putin", "ceasefire", "oppose", "pronoun")}


@pytest.mark.parametrize("text, expected", [
    # reluctance and refusal negate the verb after them
    ("Trump has been reluctant to impose new sanctions on Moscow.", {("donald_trump", "sanctions", "oppose", "subject")}),
    ("Merz was unwilling to commit to security guarantees.",
     {("friedrich_merz", "security_guarantees", "oppose", "subject")}),
    ("Moscow's refusal to accept a ceasefire angered European capitals.",
     {("russia", "ceasefire", "oppose", "intention")}),
    ("Russia remains wary of any deployment of European troops in Ukraine.",
     {("russia", "security_guarantees", "oppose", "subject")}),
    ("Rutte is sceptical about a ceasefire.", {("mark_rutte", "ceasefire", "oppose", "subject")}),
])
def test_reluctance_refusal_and_scepticism(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an objection to another actor's objection is support, and welcoming it is opposition
    ("Kyiv condemned Moscow's rejection of the ceasefire.",
     {("ukraine", "ceasefire", "support", "subject"), ("russia", "ceasefire", "oppose", "possessive")}),
    ("Zakharova welcomed Kyiv's rejection of the ceasefire.",
     {("maria_zakharova", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "oppose", "possessive")}),
    ("Zelensky slammed Putin's refusal to meet him.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject"),
      ("vladimir_putin", "direct_talks", "oppose", "possessive")}),
    # a demand is no objection: condemning it stays opposition
    ("Kyiv condemned Moscow's demand for territorial concessions.",
     {("ukraine", "territorial_concessions", "oppose", "subject"),
      ("russia", "territorial_concessions", "support", "possessive")}),
])
def test_objections_to_objections(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # declaring a truce is supporting it; "declared that" opens a clause, not the cue's object
    ("Putin declared a three-day truce.", {("vladimir_putin", "ceasefire", "support", "subject")}),
    ("Putin declared that a ceasefire was impossible.", {("vladimir_putin", "ceasefire", "oppose", "speaker")}),
    # carrying a measure out is support (the codebook: "acting to carry it out")
    ("The EU implemented the sanctions package.", {("european_union", "sanctions", "support", "subject")}),
    # "the fighting should stop" names a ceasefire
    ("Merz wants the fighting to stop.", {("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_declaring_implementing_and_stopping_the_fighting(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a passive participle in a clause of time says when, not whose position
    ("Europe is ready to deploy peacekeepers once a ceasefire is agreed.",
     {("europe", "security_guarantees", "support", "subject")}),
    ("Zelensky will travel to Istanbul after the truce has been agreed.", set()),
    ("Merz said the troops would be ready once a ceasefire is agreed.", set()),
    ("Merz said peacekeepers would deploy after the truce has been agreed.", set()),
    # ... not outside one, and not with its agent
    ("The ceasefire was agreed by Moscow on Monday.", {("russia", "ceasefire", "support", "passive")}),
    # a reporting participle after a comma opens a clause the cue before it does not reach into
    ("Zelensky demanded pressure on Moscow, citing the talks in Geneva.", set()),
    # a list of gerunds goes on
    ("Trump backed new measures, including sanctions.", {("donald_trump", "sanctions", "support", "subject")}),
])
def test_clauses_of_time_and_reporting_participles(nlp, text, expected):
    assert rows_of(nlp, text) == expected


LISTED = ("In its memorandum, Russia put forward the following demands:\n\n"
          "recognition of Crimea as Russian;\n\n"
          "Ukraine's neutrality and a ban on foreign troops in Ukraine;\n\n"
          "lifting all sanctions against Russia.\n\n"
          "Kyiv called the sanctions a tool of pressure.")


def test_items_listed_after_a_colon_are_the_demands_topics(nlp):
    # each item is what the demand asks for, with the item's own inversions ("lifting", "a ban on")
    assert rows_of(nlp, LISTED) == {
        ("russia", "territorial_concessions", "support", "subject"), ("russia", "neutrality", "support", "subject"),
        ("russia", "security_guarantees", "oppose", "subject"), ("russia", "sanctions", "oppose", "subject")}
    rows = code_text(LISTED, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(rows["topic_via"]) == {"list"}
    # the evidence shows the introduction and the item
    assert rows.loc[rows["topic"] == "sanctions", "evidence"].tolist() == [
        "In its memorandum, Russia put forward the following demands: … lifting all sanctions against Russia."]


def test_a_list_ends_at_the_first_sentence_that_is_no_item(nlp):
    text = "Russia put forward the following demands:\n\nCrimea must be recognised.\n\nIt also wants sanctions lifted."
    assert rows_of(nlp, text) == set()


@pytest.mark.parametrize("text, expected", [
    # an infinitive with its own object does not reach back to a proposal named earlier in the sentence
    ("Rubio said Washington saw Russia's concerns about NATO expansion as legitimate and was ready to discuss the issue.",
     {("russia", "neutrality", "support", "possessive")}),
    # without an object it still does
    ("Sanctions are something Trump is ready to impose.", {("donald_trump", "sanctions", "support", "subject")}),
])
def test_infinitives_with_their_own_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand made "as a condition for" a proposal: the demand is wanted, the proposal conditional
    ("The Kremlin has insisted that Ukrainian forces withdraw from Donetsk as a condition for a ceasefire.",
     {("kremlin", "territorial_concessions", "support", "subject"), ("kremlin", "ceasefire", "conditional", "subject")}),
    # "in return for" after a demand keeps the demand; what the demander offers for it is no position of theirs
    ("Moscow's demand to halt NATO enlargement in return for a ceasefire was rejected.",
     {("russia", "neutrality", "support", "possessive")}),
    ("Putin asked for Ukraine to withdraw from Donetsk in return for freezing the front elsewhere.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    # but what is offered in return is wanted ("give up X in exchange for Y")
    ("Zelensky offered to give up NATO membership in exchange for security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "subject"),
      ("volodymyr_zelensky", "security_guarantees", "support", "subject")}),
    # leaving a region, and the withdrawal of someone's troops from one, are territorial concessions
    ('"We will not leave Donbas," Zelensky said.', {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ("Zelensky rejected any withdrawal of his troops from the Donbas region.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    # a deontic modal on another side's subject in a quotation is the speaker's demand
    ('"Russia must agree to an unconditional ceasefire," Merz said.', {("friedrich_merz", "ceasefire", "support", "quote")}),
])
def test_conditions_on_demands_and_quoted_demands(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # someone's conditions for a proposal are a conditional position on it
    ("The document sets out Russia's conditions for a ceasefire.", {("russia", "ceasefire", "conditional", "possessive")}),
    # creating the conditions for it is working for it
    ("Ushakov said Moscow was creating the conditions for direct talks.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    ("Umerov said Ukraine would never agree to surrender its territory.",
     {("rustem_umerov", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # the second predicate of the speaker's own country is the speaker's position too
    ("Ushakov told reporters that Russia was satisfied with the result and ready to continue contacts.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
])
def test_conditions_for_and_surrendering_territory(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Merz said he could not imagine a meeting without a ceasefire first.",
     {("friedrich_merz", "direct_talks", "conditional", "pronoun"), ("friedrich_merz", "ceasefire", "support", "pronoun")}),
    # a later proposal introduced by "from" is a time, not a second object
    ('"I would like to see a ceasefire from the next meeting on," Merz said.',
     {("friedrich_merz", "ceasefire", "support", "quote")}),
    # "stressed that any deal": "that" is no determiner of a reference
    ("Europe welcomed the progress but stressed that any deal must respect Ukraine.", set()),
])
def test_imagining_wishing_and_complementizers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "press secretary", "press conference": no demand
    ("The White House press secretary told reporters that Trump backed the talks.",
     {("donald_trump", "direct_talks", "support", "subject")}),
    ("Trump pressed Putin to accept a ceasefire.", {("donald_trump", "ceasefire", "support", "demand")}),
    # studying a proposal is noncommittal; being hopeful about one is support
    ("The Kremlin said it was studying the proposal for a ceasefire.", {("kremlin", "ceasefire", "neutral", "pronoun")}),
    ("Zelensky is optimistic about a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
])
def test_press_secretaries_studying_and_hope(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "meet" before demands or conditions is no meeting (topics.yaml, not_before)
    ("Kyiv refused to meet Russia's demands for territory.",
     {("ukraine", "territorial_concessions", "oppose", "subject"),
      ("russia", "territorial_concessions", "support", "possessive")}),
    ("Putin is ready to meet Zelensky.", {("vladimir_putin", "direct_talks", "support", "subject")}),
    # a negation before another actor's possessive does not reach that actor's cue
    ("Kyiv did not accept Moscow's proposal for talks.",
     {("ukraine", "direct_talks", "oppose", "subject"), ("russia", "direct_talks", "support", "possessive")}),
])
def test_meeting_demands_and_negation_before_a_possessive(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's "X: no <proposal> without <other>" is X's condition
    ("Zelensky: no ceasefire without security guarantees",
     {("volodymyr_zelensky", "ceasefire", "conditional", "subject"),
      ("volodymyr_zelensky", "security_guarantees", "support", "subject")}),
    # a body before the colon speaks too
    ("Kremlin: no ceasefire for now", {("kremlin", "ceasefire", "oppose", "subject")}),
    ("Trump vows new sanctions on Russia", {("donald_trump", "sanctions", "support", "subject")}),
])
def test_headline_no_and_vows(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a partial quotation inside a cue's phrase does not hide the cue
    ('Rubio said the talks had been "the most productive" so far.',
     {("marco_rubio", "direct_talks", "support", "speaker")}),
    ('Umerov told reporters both the Ukrainian and American delegations reached "a common understanding" on a ceasefire.',
     {("ukraine", "ceasefire", "support", "subject"), ("united_states", "ceasefire", "support", "subject")}),
    # what a plan "would require" of an actor is the plan's author's demand, down to its last clause
    ("Trump's plan would require Ukraine to cede the Donbas and to promise that it will not join NATO.",
     {("donald_trump", "territorial_concessions", "support", "possessive"),
      ("donald_trump", "neutrality", "support", "demand")}),
])
def test_partial_quotations_inside_cues_and_requirements(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # calling a proposal a threat, or warning it would lead to escalation, is the speaker's objection
    ("Zakharova said any deployment of European troops would be seen as a direct threat.",
     {("maria_zakharova", "security_guarantees", "oppose", "speaker")}),
    ("Zakharova said sending Western troops to Ukraine would lead to escalation.",
     {("maria_zakharova", "security_guarantees", "oppose", "speaker")}),
])
def test_threats_and_escalation(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin added that a ceasefire would only be possible once the documents were ready.",
     {("vladimir_putin", "ceasefire", "conditional", "speaker")}),
    ("Umerov said Ukraine would not give up a single centimetre of its land.",
     {("rustem_umerov", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_only_possible_once_and_not_an_inch(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ushakov said any settlement must recognise the new territorial realities.",
     {("yuri_ushakov", "territorial_concessions", "support", "speaker")}),
    ("Putin demanded recognition of the realities on the ground.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
])
def test_territorial_realities(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb of allowing with no actor as its target takes the condition like any verb
    ("Kyiv and Washington drafted a plan that would allow talks to begin only after a ceasefire.",
     {("ukraine", "direct_talks", "conditional", "subject"), ("united_states", "direct_talks", "conditional", "subject")}),
    # a proposal one drafts is one's own
    ("Germany drafted a counter-proposal that would freeze the fighting.",
     {("germany", "ceasefire", "support", "subject")}),
])
def test_allowing_under_a_condition_and_drafted_proposals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # doubt and uncertainty open a clause that is nobody's position
    ("Trump said he was not sure Putin wanted a ceasefire.", set()),
    ("Zelensky doubted that Russia was ready for peace talks.", set()),
    ("It is unclear whether Moscow will agree to a ceasefire.", set()),
    # belief reports it like "said"
    ("Trump said he believed Putin wanted a ceasefire.", {("vladimir_putin", "ceasefire", "support", "subject")}),
])
def test_doubt_and_uncertainty(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a support cue whose preposition has an object of its own does not reach back to a proposal named before it
    ('The Kremlin agreed to talks as Merz called for "a just peace".', {("kremlin", "direct_talks", "support", "subject")}),
    ("Sanctions are what Kyiv is calling for.", {("ukraine", "sanctions", "support", "subject")}),
    ("The Kremlin said it appreciated the offer of talks.", {("kremlin", "direct_talks", "support", "pronoun")}),
])
def test_objects_of_prepositional_cues_and_appreciation(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "but that" opens another reported clause: the cue before it does not reach into it
    ('Putin told Trump that Russia "is committed to peace" but that a ceasefire must wait.', set()),
    # a demonstrative after another verb is that verb's object, not the cue's
    ('Ushakov rejected peacekeepers. "Russia wants to drag this out," Zelensky wrote.',
     {("yuri_ushakov", "security_guarantees", "oppose", "subject")}),
    ("Trump proposed a ceasefire. Putin rejected this.",
     {("donald_trump", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_but_that_and_demonstratives(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X is a precondition for Y": X wanted (with its own inversions), Y conditional
    ("Ushakov said the removal of sanctions was a precondition for talks.",
     {("yuri_ushakov", "sanctions", "oppose", "subject"), ("yuri_ushakov", "direct_talks", "conditional", "subject")}),
    ("Zelensky said a ceasefire is a precondition for any talks.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"),
      ("volodymyr_zelensky", "direct_talks", "conditional", "subject")}),
    # what it must or should be, the speaker's demand all the same
    ("Merz argued that a truce should be a condition for any trilateral meeting.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("friedrich_merz", "direct_talks", "conditional", "subject")}),
    ("Zelensky said a ceasefire has to be a precondition for talks.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"),
      ("volodymyr_zelensky", "direct_talks", "conditional", "subject")}),
])
def test_preconditions_named_as_such(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a proposal "must be" is a condition on it
    ('"Any new truce must be comprehensive and monitored," Zelensky said.',
     {("volodymyr_zelensky", "ceasefire", "conditional", "quote")}),
    # the moratorium (on strikes) is a partial truce
    ("Ushakov said Russia remained committed to the moratorium.",
     {("yuri_ushakov", "ceasefire", "support", "own_side"), ("russia", "ceasefire", "support", "own_side")}),
])
def test_requirements_on_a_proposal_and_moratoriums(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # halting an offensive is a (partial) truce; an inverter does not reach a topic past "during"
    ("Russia says it will not halt its offensive during talks", {("russia", "ceasefire", "oppose", "pronoun")}),
    ("Ushakov said a truce was only possible after a comprehensive agreement.",
     {("yuri_ushakov", "ceasefire", "conditional", "speaker")}),
    # a participle right after ", X said," is X's
    ("Russia will fight on while talks go on, Ushakov said, rejecting Kyiv's call for a ceasefire.",
     {("yuri_ushakov", "ceasefire", "oppose", "trailing_participle"), ("ukraine", "ceasefire", "support", "possessive")}),
])
def test_offensives_only_possible_after_and_participles_after_a_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a present-tense verb right after the proposal it is about is a verb, not a noun
    ("Ushakov said a summit needs thorough preparation.", {("yuri_ushakov", "direct_talks", "conditional", "speaker")}),
    ("Ushakov said a summit requires thorough preparation.",
     {("yuri_ushakov", "direct_talks", "conditional", "speaker")}),
])
def test_verbs_after_their_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rutte said a ceasefire was within reach.", {("mark_rutte", "ceasefire", "support", "speaker")}),
    ("Ukraine said it would send a delegation only if Russia presented its memorandum first.",
     {("ukraine", "direct_talks", "conditional", "reported_speech")}),
])
def test_within_reach_and_sending_delegations(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the proposal stands in a time phrase after the infinitive's own object: when, not what
    ("Merz said Germany was ready to send engineers after a ceasefire.", set()),
    ("Merz said Germany was ready to help rebuild roads following a truce.", set()),
    # with the proposal as the object itself, it is coded
    ("Merz said Germany was ready to send troops to Ukraine after a ceasefire.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    # one word between the cue and the time phrase is no object of its own
    ("Merz said Germany was ready to help after a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "own_side"), ("germany", "ceasefire", "support", "own_side")}),
])
def test_proposal_in_a_time_phrase_after_an_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"A truce is the first step," Rutte told reporters.', {("mark_rutte", "ceasefire", "support", "quote")}),
    ("Umerov said the Ukrainian army would never be withdrawn, rejecting calls for withdrawing troops from Donetsk.",
     {("rustem_umerov", "territorial_concessions", "oppose", "trailing_participle")}),
    ('"Kyiv will never accept the annexation," Zelensky said.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ("Merz said Europe stood ready to deploy troops to Ukraine.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("europe", "security_guarantees", "support", "own_side")}),
])
def test_forms_added_in_the_eighth_session(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition stated as "no peace without": what comes after "without" is wanted
    ("There can be no lasting peace without security guarantees, Rutte said.",
     {("mark_rutte", "security_guarantees", "support", "speaker")}),
    ("Putin said there would be no settlement without Kyiv dropping its bid to join NATO.",
     {("vladimir_putin", "neutrality", "support", "speaker")}),
    ("Merz: no deal without a ceasefire", {("friedrich_merz", "ceasefire", "support", "speaker")}),
    # the older pattern, with the proposal before "without", is unchanged
    ("There will be no ceasefire without security guarantees, Rutte said.",
     {("mark_rutte", "ceasefire", "conditional", "speaker"),
      ("mark_rutte", "security_guarantees", "support", "speaker")}),
])
def test_no_peace_without(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a proposal says what it does, not who wants it
    ("Ushakov said Moscow opposed any truce that would let Kyiv regroup.",
     {("yuri_ushakov", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("Merz backed sanctions which would only hurt the Russian economy.",
     {("friedrich_merz", "sanctions", "support", "subject")}),
    # "that" after an actor opens no such clause
    ("Zelensky said that Russia would never accept a ceasefire.",
     {("russia", "ceasefire", "oppose", "subject")}),
])
def test_relative_clause_after_a_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "made clear" reports speech like "said": the speaker of their own country's position is coded too
    ("Zelensky has made clear that Ukraine will never cede territory.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Ushakov made it plain that Russia would not agree to a truce.",
     {("yuri_ushakov", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
])
def test_made_clear_reports_speech(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective judging the infinitive after it gives the verb its sign
    ("Merz said it would be a mistake to agree to a truce.", {("friedrich_merz", "ceasefire", "oppose", "subject")}),
    ("Merz said it would be a mistake to reject a truce.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Zelensky said it was absurd to expect Ukraine to cede land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Rutte said it was crucial to agree on security guarantees.",
     {("mark_rutte", "security_guarantees", "support", "subject")}),
    # new evaluative cues of their own
    ("Ushakov said sanctions were pointless.", {("yuri_ushakov", "sanctions", "oppose", "speaker")}),
    ("Ushakov said there was no need for security guarantees.",
     {("yuri_ushakov", "security_guarantees", "oppose", "speaker")}),
    ("Ushakov questioned the need for a truce.", {("yuri_ushakov", "ceasefire", "oppose", "subject")}),
])
def test_judged_infinitives_and_evaluations(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessive before a copular condition owns its subject, not the cue
    ("The Kremlin said Ukraine's neutrality was a key condition for peace.",
     {("kremlin", "neutrality", "support", "subject")}),
    # "as condition for" without an article is a condition too: the proposal after it is conditional
    ("Russia demands Ukraine's neutrality as condition for truce",
     {("russia", "neutrality", "support", "subject"), ("russia", "ceasefire", "conditional", "subject")}),
    # a possessive owning the cue still holds it
    ("Russia's demand for neutrality was rejected.", {("russia", "neutrality", "support", "possessive")}),
    ("Putin not against ceasefire", {("vladimir_putin", "ceasefire", "support", "subject")}),
])
def test_possessives_and_conditions_in_headline_style(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hope or a fear about what another actor will do is nobody's position
    ("Trump hopes Putin will agree to a truce.", set()),
    ("Zelensky fears Trump could push Ukraine to cede land.", set()),
    ("Merz worries that Trump will lift sanctions.", set()),
    # hoping for a proposal, or to do it, is support
    ("Trump hopes for a truce.", {("donald_trump", "ceasefire", "support", "subject")}),
    ("Trump hopes to meet Putin.", {("donald_trump", "direct_talks", "support", "subject")}),
])
def test_hopes_and_fears(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ukraine has no intention of ceding land.", {("ukraine", "territorial_concessions", "oppose", "subject")}),
    # "little interest" is none
    ("Putin showed little interest in a truce.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("There is no question of Ukraine giving up territory, Umerov said.",
     {("rustem_umerov", "territorial_concessions", "oppose", "speaker")}),
    # giving no answer is no demand
    ("The Kremlin gave no answer on the truce.", set()),
])
def test_no_intention_little_interest_no_question(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a denial or a doubt: what it is about is nobody's position
    ("Ushakov denied reports that Putin had agreed to a summit with Zelensky.", set()),
    ("Zelensky doubted Moscow's commitment to a truce.", set()),
    ("Zelensky questioned Russia's readiness for talks.", set()),
    # "questioned the need for" is an objection of its own
    ("Ushakov questioned the need for a truce.", {("yuri_ushakov", "ceasefire", "oppose", "subject")}),
])
def test_denials_and_doubts(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"Priority number one is to organise a meeting of the presidents," Umerov said.',
     {("rustem_umerov", "direct_talks", "support", "quote")}),
    ("Rutte said a truce was the top priority.", {("mark_rutte", "ceasefire", "support", "speaker")}),
])
def test_priorities(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a modal cue that is the demand itself: the speaker demands it of the actor named
    ('"Zelensky is going to have to give up some land," Rubio said.',
     {("marco_rubio", "territorial_concessions", "support", "quote")}),
    ("Rubio said Zelensky has to give up land.", {("marco_rubio", "territorial_concessions", "support", "speaker")}),
    # everyday phrasings of support and objection in quotations
    ('"We are going to put very severe sanctions on Russia," Rubio said.',
     {("marco_rubio", "sanctions", "support", "quote")}),
    ('"There is no way we are going to give up Donbas," Zelensky said.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ('"Security guarantees are the key," Zelensky said.',
     {("volodymyr_zelensky", "security_guarantees", "support", "quote")}),
])
def test_modal_demands_and_quoted_phrasings(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a request asks another actor to do is the requester's
    ("Trump's call for Putin to agree to a truce went unanswered.",
     {("donald_trump", "ceasefire", "support", "possessive")}),
    # a time limit between the target and what it must do: "50 days", "a week"
    ("Trump gave Putin 50 days to agree to a truce.", {("donald_trump", "ceasefire", "support", "demand")}),
    ("Trump gave Putin a week to agree to a truce.", {("donald_trump", "ceasefire", "support", "demand")}),
])
def test_requests_of_another_and_time_limits(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what analysts or experts say an actor will do is their view, not the actor's position
    ("Analysts say the Kremlin is unlikely to accept a truce before the summer.", set()),
    ("Experts in Kyiv believe Moscow will reject any reassurance force.", set()),
    # speculation and predictions
    ("Western media have speculated that the Kremlin could agree to a summit with Zelensky.", set()),
    ("Putin is expected to reject the truce.", set()),
    # a fact that unnamed diplomats report stays the actor's position (the annotation codebook's rule 4)
    ("Diplomats said the EU had agreed to cut the price cap on Russian oil.",
     {("european_union", "sanctions", "support", "subject")}),
    ("Ushakov says Moscow will reject the truce.",
     {("yuri_ushakov", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
])
def test_views_of_unnamed_observers_and_predictions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rutte said a reassurance force was a good idea.", {("mark_rutte", "security_guarantees", "support", "speaker")}),
    ("Merz called a truce the right first step.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    ('"There can be no talk of any peacekeepers," Ushakov said.',
     {("yuri_ushakov", "security_guarantees", "oppose", "quote")}),
    # leaving it to others, declining to say, not committing: neutral
    ("Rubio said territorial concessions were a matter for Kyiv and Moscow.",
     {("marco_rubio", "territorial_concessions", "neutral", "subject")}),
    ("Rubio said the issue of territory was one for Kyiv and Moscow to decide.",
     {("marco_rubio", "territorial_concessions", "neutral", "subject")}),
    ("Ushakov declined to say whether Putin would meet Zelensky.",
     {("yuri_ushakov", "direct_talks", "neutral", "subject")}),
    # (not committing to a proposal stays an objection, as the hand coding has stopping short of a commitment)
    ("Putin has not committed to a truce.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # signing an order that imposes a measure is support for it
    ("Trump signed an executive order imposing tariffs on India.", {("donald_trump", "sanctions", "support", "subject")}),
    # troops not to be deployed; renouncing NATO membership is neutrality
    ("Rubio said American troops will not be deployed to Ukraine.",
     {("marco_rubio", "security_guarantees", "oppose", "subject")}),
    ("Russia demands Ukraine's renunciation of NATO membership.", {("russia", "neutrality", "support", "subject")}),
    # "no talks about Ukraine without Ukraine": a condition on who takes part
    ("Merz said there can be no negotiations about Ukraine without Ukraine.",
     {("friedrich_merz", "direct_talks", "conditional", "speaker")}),
])
def test_evaluations_neutral_positions_orders_and_troops(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # warnings of war or escalation oppose what they are about
    ("Ushakov warned that any deployment of Western troops in Ukraine would mean war.",
     {("yuri_ushakov", "security_guarantees", "oppose", "speaker")}),
    ("Ushakov warned that sending European troops to Ukraine would lead to a dangerous escalation.",
     {("yuri_ushakov", "security_guarantees", "oppose", "speaker")}),
    # a denial without "that" (headline style), a question the writer asks: nobody's position
    ("Kremlin denies Putin agreed to meet Zelensky", set()),
    ("Will Russia agree to a truce?", set()),
    ("Would Kyiv accept a European reassurance force? Officials have not said.", set()),
    # more terms
    ("The EU will never recognise Russia's illegal annexation of Ukrainian territory.",
     {("european_union", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky said the proposal for a two-day truce was unacceptable.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "subject")}),
])
def test_warnings_denials_questions_and_terms(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a standalone condition reported by its side's speaker: the speaker holds it too
    ("Merz said Germany would send troops to Ukraine only after a truce.",
     {("friedrich_merz", "security_guarantees", "conditional", "own_side"),
      ("germany", "security_guarantees", "conditional", "own_side")}),
    # an if-clause with no proposal of its own states no demand
    ("Rutte said NATO would back new sanctions if Moscow keeps stalling.",
     {("mark_rutte", "sanctions", "conditional", "reported_speech")}),
])
def test_standalone_conditions_and_empty_if_clauses(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "not hesitate to" is no negation of what follows
    ("Rubio said Washington would not hesitate to impose further sanctions if Russia stalled.",
     {("marco_rubio", "sanctions", "conditional", "reported_speech")}),
    # a person the speaker reports on holds the quoted position (codebook rule 4), of either side
    ('"Putin is not ready for a truce," Ushakov said.', {("vladimir_putin", "ceasefire", "oppose", "quote")}),
    ('"I support a truce," Zelensky said.', {("volodymyr_zelensky", "ceasefire", "support", "quote")}),
    # a noun cue as the object of a verb cue has no row of its own (not the speaker's support)
    ('"Moscow has rejected every proposal for a truce," Rutte said.', {("russia", "ceasefire", "oppose", "quote")}),
    ("The Kremlin has repeatedly declined requests for a summit.", {("kremlin", "direct_talks", "oppose", "subject")}),
    # unless it has its own holder after it
    ("Putin declined an invitation from Zelensky to meet in Istanbul.",
     {("vladimir_putin", "direct_talks", "oppose", "subject"), ("volodymyr_zelensky", "direct_talks", "support", "agent")}),
    ('"It is time for a truce," Rubio said.', {("marco_rubio", "ceasefire", "support", "quote")}),
    ('"Western peacekeepers would be a declaration of war," Ushakov said.',
     {("yuri_ushakov", "security_guarantees", "oppose", "quote")}),
])
def test_quoted_reports_objects_and_idioms(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # support, objection, condition and neutrality in everyday idioms (eighth session, from written probes)
    ("The EU renewed sanctions on Russia.", {("european_union", "sanctions", "support", "subject")}),
    ("Merz warmed to the idea of a truce.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Trump backed off from new sanctions.", {("donald_trump", "sanctions", "oppose", "subject")}),
    ("Putin threw cold water on the idea of a truce.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Ushakov said a summit was premature.", {("yuri_ushakov", "direct_talks", "oppose", "speaker")}),
    ("Moscow set preconditions for a truce.", {("russia", "ceasefire", "conditional", "subject")}),
    ("Rubio refused to say whether Ukraine should give up territory.",
     {("marco_rubio", "territorial_concessions", "neutral", "subject")}),
    ("The Kremlin gave a frosty response to the proposal for a truce.",
     {("kremlin", "ceasefire", "oppose", "subject")}),
    # proposals in other words
    ("The EU adopted its 18th package of restrictive measures.", {("european_union", "sanctions", "support", "subject")}),
    ("Putin demanded all of Donetsk.", {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Ushakov called for an end to NATO expansion.", {("yuri_ushakov", "neutrality", "support", "subject")}),
    ("Ushakov demanded guarantees of no further NATO expansion.", {("yuri_ushakov", "neutrality", "support", "subject")}),
    ("Rutte backed NATO's open-door policy.", {("mark_rutte", "neutrality", "oppose", "subject")}),
    ("Merz demanded that the guns fall silent.", {("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_idioms_and_other_names_of_proposals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trailing participle with its own cue takes the if-clause; the call before it stays unconditional
    ("Merz and Rutte called for an unconditional 30-day ceasefire, warning of tough new sanctions if Moscow refused.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "trailing_participle"),
      ("mark_rutte", "sanctions", "conditional", "trailing_participle")}),
    ("Merz called for a ceasefire, threatening sanctions if Moscow refused.",
     {("friedrich_merz", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "trailing_participle")}),
    # without a participle between, the if-clause still qualifies the call
    ("Merz called for a ceasefire if Moscow released the prisoners.",
     {("friedrich_merz", "ceasefire", "conditional", "subject")}),
])
def test_an_if_clause_after_a_trailing_participle_is_the_participle_s(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Without X," opening the sentence is a condition on what follows
    ("Without a truce, Zelensky said, the answer must be strong sanctions.",
     {("volodymyr_zelensky", "sanctions", "conditional", "speaker")}),
    ("Without a truce, Zelensky said, \"the answer must be strong sanctions.\"",
     {("volodymyr_zelensky", "sanctions", "conditional", "speaker")}),
    ("If Russia refuses, Merz said, \"we will back new sanctions.\"",
     {("friedrich_merz", "sanctions", "conditional", "pronoun")}),
    # "without" inside a clause is no condition
    ("Putin proposed direct talks without preconditions.", {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Zelensky said that without new sanctions, the war would go on.", set()),
])
def test_a_leading_without_is_a_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an offer for a step the other side is to take: the offerer demands the step, the one asked holds nothing
    ("Putin told Trump he would end the war if Ukraine withdrew from the rest of the Donetsk region.",
     {("vladimir_putin", "territorial_concessions", "support", "condition_demand")}),
    # a condition with a cue of its own keeps the earlier rules: the offer is conditional, and what the other
    # side is to agree to is wanted
    ("Zelensky said he would meet Putin if Russia agreed to a ceasefire.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    # leaving talks is no territorial step
    ("Ushakov said Russia would withdraw from the talks.", set()),
])
def test_an_offer_for_a_step_is_a_demand_for_it(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one proposal traded for another: the first is conditional, the second wanted
    ("Zelensky offers to drop NATO bid for security guarantees",
     {("volodymyr_zelensky", "neutrality", "conditional", "subject"),
      ("volodymyr_zelensky", "security_guarantees", "support", "subject")}),
    # the same proposal on both sides is no trade, and "for" after no proposal is none
    ("Russia and Ukraine agreed to a meeting for peace talks in Geneva.",
     {("russia", "direct_talks", "support", "subject"), ("ukraine", "direct_talks", "support", "subject")}),
    ("Merz called for a ceasefire.", {("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_one_proposal_for_another_is_a_trade(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_second_that_clause_after_a_demand_noun_is_the_speech_verbs(nlp):
    # "said Moscow would not budge on its demand that Ukraine cede Donetsk, and that ... were unacceptable": the
    # second that-clause is said, not demanded, and its verdict is about what it names (no proposal)
    assert rows_of(nlp, "Russian officials said that Moscow would not budge on its demand that Ukraine cede "
                        "Donetsk, and that European amendments to the American draft were unacceptable.") == \
        {("russia", "territorial_concessions", "support", "possessive")}


def test_a_condition_after_while_qualifies_its_own_clause(nlp):
    # "only once" in the while-clause is Germany's condition, not a condition on Italy's refusal
    assert rows_of(nlp, "Italy has said it will not contribute troops to Ukraine, while German officials indicated "
                        "that Berlin would decide only once the conditions were clear.") == \
        {("italy", "security_guarantees", "oppose", "pronoun")}


@pytest.mark.parametrize("text, expected", [
    # what the other side is to agree to, after a plain "if", is wanted by the one who sets the condition
    ("Zelensky said Kyiv was ready for talks if Moscow agreed to a ceasefire.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    # a cession put to a referendum is conditional, a refusal included
    ("Zelensky said Ukraine would not give up land without a nationwide referendum.",
     {("volodymyr_zelensky", "territorial_concessions", "conditional", "own_side"),
      ("ukraine", "territorial_concessions", "conditional", "own_side")}),
    # foreign units named as contingents are a deployment
    ("Zakharova said the presence of foreign contingents in Ukraine was unacceptable to Russia.",
     {("maria_zakharova", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    # "unacceptable to" an actor of the speaker's own side: the speaker's position too; of another side: not
    ("Umerov said any withdrawal from Donetsk was unacceptable to Kyiv.",
     {("rustem_umerov", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Rubio said a ceasefire was unacceptable to Moscow.", {("russia", "ceasefire", "oppose", "after")}),
])
def test_conditions_the_other_side_meets_and_referendums(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # support with a stated limit on one's own part is support (the codebook's tie-breaking)
    ("Trump said Washington would support security guarantees but would not send American troops.",
     {("donald_trump", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "own_side")}),
    # two formats of talks: one backed, one refused, both coded
    ("Putin welcomed the summit but rejected a meeting with Zelensky.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "oppose",
                                                                   "shared_subject")}),
])
def test_support_with_a_stated_limit(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_list_inside_the_condition_does_not_end_it(nlp):
    # "from the United States, European partners and other allies": the comma continues the list, so the
    # condition follows its main clause and what it is to receive is wanted
    assert rows_of(nlp, "Zelensky told reporters that Ukraine was ready to set aside its goal of joining NATO, "
                        "provided that it received binding guarantees from the United States, European partners "
                        "and other allies.") == \
        {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
         ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}


@pytest.mark.parametrize("text, expected", [
    # "and warned ... if Moscow refused": the condition qualifies the warning, not the wish before it
    ("Trump said he wanted a ceasefire quickly and warned of serious consequences if Moscow refused.",
     {("donald_trump", "ceasefire", "support", "pronoun")}),
    ("Zelensky welcomed the sanctions and said Kyiv remained ready for talks if Moscow agreed to a ceasefire.",
     {("volodymyr_zelensky", "sanctions", "support", "subject"),
      ("volodymyr_zelensky", "direct_talks", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
])
def test_a_condition_after_and_said_qualifies_the_second_predicate(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition on what is refused is refused with it, not wanted
    ("Zelensky said Ukraine is ready for a meeting with Putin, but will not withdraw troops from Donbas as a "
     "condition for peace.",
     {("volodymyr_zelensky", "direct_talks", "support", "own_side"), ("ukraine", "direct_talks", "support", "own_side"),
      ("volodymyr_zelensky", "territorial_concessions", "oppose", "shared_subject")}),
    # a condition on what is demanded still is one
    ("Moscow insisted that Kyiv withdraw from Donbas as a condition for a ceasefire.",
     {("russia", "territorial_concessions", "support", "subject"), ("russia", "ceasefire", "conditional", "subject")}),
    # troops of NATO countries on Ukraine's soil are a deployment
    ("Zakharova said Moscow categorically does not accept troops of NATO countries on the territory of Ukraine.",
     {("maria_zakharova", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    ("Zakharova said Moscow would never accept European troops on Ukrainian soil.",
     {("maria_zakharova", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
])
def test_refused_conditions_and_troops_on_ukrainian_soil(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare "provided" after a comma opens a condition; "provided by" does not
    ("Zelensky said he would meet Putin anywhere, provided Russia agreed to a ceasefire.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    ("Ukraine backed the truce, provided by the Turkish plan.", {("ukraine", "ceasefire", "support", "subject")}),
    # a condition inside a partial quotation qualifies the reported words before it
    ('Trump said he backed a ceasefire "as long as both sides agree."',
     {("donald_trump", "ceasefire", "conditional", "reported_speech")}),
    # after an if-clause's comma, a list of names is the main clause's subject, not more of the condition
    ("Zelensky said that if the talks failed, Europe and the US should hit Russian energy.",
     {("volodymyr_zelensky", "sanctions", "conditional", "reported_speech")}),
])
def test_bare_provided_quoted_conditions_and_lists_after_an_if_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition by inversion; the threatened side holds nothing
    ("Washington, which first floated the 30-day truce, has threatened further sanctions should Moscow block it.",
     {("united_states", "ceasefire", "support", "relative_clause"),
      ("united_states", "sanctions", "conditional", "subject")}),
    ("Trump said he would impose tariffs should Russia reject a ceasefire.",
     {("donald_trump", "sanctions", "conditional", "reported_speech")}),
    # a plain "should" is no inversion
    ("Zelensky said Europe should impose sanctions.", {("volodymyr_zelensky", "sanctions", "support", "deontic")}),
])
def test_conditions_by_inversion(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition in a partial quotation qualifies the cue that takes the quotation's first word
    ('Merz said a ceasefire over Christmas was "possible, but only if Moscow wants it".',
     {("friedrich_merz", "ceasefire", "conditional", "reported_speech")}),
    # a lower-case quotation after a comma goes on with the clause: its condition is the clause's
    ('Turkey stands ready to host further rounds of talks, "if the parties ask for it".',
     {("turkey", "direct_talks", "conditional", "subject")}),
    # "underlined" reports speech: the speaker holds "not on the agenda", not the parties of the meeting
    ("Ushakov underlined that a meeting of the presidents of Russia and the United States was not on the agenda.",
     {("yuri_ushakov", "direct_talks", "oppose", "speaker")}),
    # "none of them is impossible" denies the impossibility
    ('Rubio said a summit was possible. "The issues are not small, but none of them is impossible," he said.',
     {("marco_rubio", "direct_talks", "support", "speaker")}),
])
def test_quoted_conditions_underlined_and_none(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cession put to the people, or made only with their consent, is conditional
    ("Zelensky said any territorial arrangement would have to be put to his people.",
     {("volodymyr_zelensky", "territorial_concessions", "conditional", "speaker")}),
    ("Zelensky said any territorial compromise must go to a national vote.",
     {("volodymyr_zelensky", "territorial_concessions", "conditional", "speaker")}),
    ("Zelensky said Ukraine would not cede land without the consent of its people.",
     {("volodymyr_zelensky", "territorial_concessions", "conditional", "own_side"),
      ("ukraine", "territorial_concessions", "conditional", "own_side")}),
])
def test_land_put_to_the_people(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an objection in a relative clause on the proposal is to that kind of it only
    ("Rutte warned that a ceasefire which simply gave Russia time to rearm would be no peace.",
     {("mark_rutte", "ceasefire", "conditional", "speaker")}),
    # not a relative clause with a subject of its own
    ("Putin dismissed a ceasefire that Kyiv proposed.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "support", "subject")}),
    ("Zelensky said a truce would only give Russia time to rearm.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "speaker")}),
])
def test_an_objection_to_a_kind_of_the_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_what_a_dropped_demand_is_traded_for_stays_wanted(nlp):
    # the dropped demand is reported twice (codebook rule 8); the guarantees it is traded for are wanted, once
    assert rows_of(nlp, "Kyiv dropped its demand for NATO membership in return for security guarantees.") == {
        ("ukraine", "neutrality", "support", "possessive"), ("ukraine", "neutrality", "oppose", "possessive"),
        ("ukraine", "security_guarantees", "support", "possessive")}


def test_an_aside_on_the_speaker_is_not_what_the_condition_qualifies(nlp):
    # "Merz, who has kept Germany out of new sanctions, told reporters that ... only if": not the sanctions
    assert rows_of(nlp, "Merz, who has kept Germany out of new sanctions, told reporters that a lasting ceasefire "
                        "could come only if both sides showed flexibility.") \
        == {("friedrich_merz", "ceasefire", "conditional", "reported_speech")}


def test_a_trailing_condition_qualifies_the_clause_after_as(nlp):
    # "ready to accept a ceasefire *as its allies threaten* sanctions if it refuses": the allies' threat is the
    # conditional one; Ukraine's readiness stands
    rows = rows_of(nlp, "Ukraine says it is ready to accept a ceasefire as its allies threaten Moscow with new "
                        "sanctions if it refuses.")
    assert {r for r in rows if r[1] == "ceasefire"} == {("ukraine", "ceasefire", "support", "pronoun")}


@pytest.mark.parametrize("text, expected", [
    # not ruling something out, with a condition, is an opening on that condition
    ("The White House has not ruled out a three-way summit, but only when a document is ready for signature.",
     {("white_house", "direct_talks", "conditional", "subject")}),
    # without one it stays noncommittal
    ("Zelensky did not rule out a summit.", {("volodymyr_zelensky", "direct_talks", "neutral", "subject")}),
])
def test_not_ruled_out_on_a_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_what_is_not_ruled_out_is_nobodys_position_yet(nlp):
    # "did not rule out that Russia and Ukraine could agree on a truce": the parties have agreed to nothing
    assert rows_of(nlp, "Putin did not rule out that Russia and Ukraine could agree on a truce.") \
        == {("vladimir_putin", "ceasefire", "neutral", "subject")}


@pytest.mark.parametrize("text, expected", [
    # "until" after a past perfect tells how long, not on what condition
    ("Trump, who had himself demanded a truce until he met Putin, said he had changed his mind.",
     {("donald_trump", "ceasefire", "support", "relative_clause")}),
    # "until a ceasefire ..." opens a clause: the meeting is conditional on it
    ("Zelensky said he would not meet Putin until a ceasefire was in place.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "reported_speech")}),
])
def test_until_as_a_time_and_as_a_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_meeting_that_can_only_come_at_the_end(nlp):
    assert rows_of(nlp, "Ushakov said a Putin-Zelensky meeting could only come at the end of the process.") \
        == {("yuri_ushakov", "direct_talks", "conditional", "speaker")}


def test_what_can_only_follow_something_else_waits_on_it(nlp):
    assert rows_of(nlp, "Ushakov said a truce could only follow agreement on the root causes of the war.") \
        == {("yuri_ushakov", "ceasefire", "conditional", "speaker")}


@pytest.mark.parametrize("text, expected", [
    # what comes first is wanted, what comes ", then" waits on it
    ("Zelensky said a ceasefire must come first, then talks.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker"),
      ("volodymyr_zelensky", "direct_talks", "conditional", "speaker")}),
    ("Kyiv wants a ceasefire first, then negotiations.",
     {("ukraine", "ceasefire", "support", "subject"), ("ukraine", "direct_talks", "conditional", "subject")}),
    # what comes first is the subject, whatever the sentence names after it
    ("Merz said he would rather see a ceasefire come first, a rebuke of the shift toward a comprehensive settlement "
     "instead of a truce.", {("friedrich_merz", "ceasefire", "support", "pronoun")}),
    # the order a speaker states in the present, with a freeze "along" the front as the truce
    ("Washington says a freeze along the current front comes first.",
     {("united_states", "ceasefire", "support", "speaker")}),
    # "NATO members" are the allies, not Ukraine's membership; "a NATO member" is
    ("Trump would impose sanctions once all NATO members stopped buying Russian oil.",
     {("donald_trump", "sanctions", "support", "subject")}),
    ("Putin said Ukraine would never be a NATO member.", {("vladimir_putin", "neutrality", "support", "deontic")}),
])
def test_what_comes_first_and_nato_members(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "would only meet ... if": a meeting on a condition
    ("Trump said he would only meet Putin if a deal looked within reach.",
     {("donald_trump", "direct_talks", "conditional", "reported_speech")}),
])
def test_only_meeting_on_a_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trailing condition after "and" + modal qualifies that second predicate, not the wish before it
    ("Trump told reporters he wanted a ceasefire quickly and would not be pleased if one were not agreed today.",
     {("donald_trump", "ceasefire", "support", "pronoun")}),
    # set off between a clause and ", and", a condition trails the clause before it (it leads nothing)
    ("Rubio said Washington was prepared to tighten sanctions, including tariffs on buyers of Russian oil, if the "
     "talks went badly, and might relax the measures if they went well.",
     {("marco_rubio", "sanctions", "conditional", "reported_speech")}),
    ("Rutte said he was ready to back new sanctions, if Moscow stalled, and would say more next week.",
     {("mark_rutte", "sanctions", "conditional", "reported_speech")}),
])
def test_conditions_of_a_second_predicate(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks held only within a truce wait on it
    ("Merz said talks with Moscow made sense only in the context of a ceasefire.",
     {("friedrich_merz", "direct_talks", "conditional", "subject")}),
])
def test_only_in_the_context_of(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # agreement "but" with reservations ("nuances", "asks who will monitor it") is agreement on conditions
    ("Putin said he agreed with the ceasefire but there were nuances.",
     {("vladimir_putin", "ceasefire", "conditional", "reported_speech")}),
    ("Putin says he agrees with the 30-day ceasefire, but asks who will monitor it.",
     {("vladimir_putin", "ceasefire", "conditional", "pronoun")}),
    # the reservation qualifies the main clause, not a relative clause on the proposal before it
    ("Putin says he agrees with the truce that Kyiv and Washington proposed, but asks who will monitor it.",
     {("vladimir_putin", "ceasefire", "conditional", "pronoun"), ("ukraine", "ceasefire", "support", "subject"),
      ("united_states", "ceasefire", "support", "subject")}),
    ("Putin backed the ceasefire proposal, which Kyiv has already accepted, but asked how it would be enforced.",
     {("vladimir_putin", "ceasefire", "conditional", "subject"), ("ukraine", "ceasefire", "support", "subject")}),
    # a trailing reservation after "and" + a new subject is that clause's, not the one before it
    ("Talks followed the proposal for a truce, which Kyiv accepted and Moscow has met with a list of questions.",
     {("ukraine", "ceasefire", "support", "subject")}),
    # a "that" after a verb opens no relative clause: the reservation stays with the clause before it
    ("Rutte said that Kyiv backed the truce but asked who would monitor it.",
     {("ukraine", "ceasefire", "conditional", "subject")}),
    # questions or conditions listed after "but", and what "any" such truce must do, are reservations too
    ("Putin said he was in favour of ending hostilities.", {("vladimir_putin", "ceasefire", "support", "pronoun")}),
    ("Putin said he was in favour of ending hostilities, but he listed questions that would have to be settled first.",
     {("vladimir_putin", "ceasefire", "conditional", "pronoun")}),
    ("Putin said he supported a truce, but argued that any truce must lead to a lasting peace.",
     {("vladimir_putin", "ceasefire", "conditional", "pronoun")}),
    ("Zelensky welcomed the prospect of a ceasefire but warned that any peace deal must be just.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # a statement a colon ends with a question stays a statement; a question after a bare lead-in states nothing
    ("Putin said he agreed with the idea of halting hostilities, but he listed conditions: who would monitor the truce?",
     {("vladimir_putin", "ceasefire", "conditional", "pronoun")}),
    ("Merz asked a simple question: would Russia accept a ceasefire?", set()),
])
def test_agreement_with_reservations(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reservation after a verb's object qualifies the verb's holder, not the owner of the object
    ("Ukraine accepted a US proposal for a 30-day ceasefire, subject to Russian agreement.",
     {("ukraine", "ceasefire", "conditional", "subject"), ("united_states", "ceasefire", "support", "possessive")}),
    ("Zelensky welcomed Trump's proposal for a truce, subject to guarantees.",
     {("volodymyr_zelensky", "ceasefire", "conditional", "subject"), ("donald_trump", "ceasefire", "support", "possessive")}),
    # a condition clause ("on condition that", "provided") after the object is the verb's too
    ("Kyiv has backed Trump's call for a truce along the current line, on condition that the line is only a "
     "starting point for talks.",
     {("ukraine", "ceasefire", "conditional", "subject"), ("donald_trump", "ceasefire", "support", "possessive")}),
    ("Zelensky accepted Trump's proposal for a ceasefire, provided Russia did the same.",
     {("volodymyr_zelensky", "ceasefire", "conditional", "subject"), ("donald_trump", "ceasefire", "support", "possessive")}),
    # the noun opening a proposal's name ("fighting to stop") is no cue between the verb and the call
    ("Kyiv has backed Trump's call for fighting to stop along the current line.",
     {("ukraine", "ceasefire", "support", "subject"), ("donald_trump", "ceasefire", "support", "possessive")}),
    # the reservation of one who repeats his own call stays his
    ("Trump renewed his call for a truce, provided Russia agreed.",
     {("donald_trump", "ceasefire", "conditional", "subject")}),
])
def test_a_reservation_after_an_object_is_the_verbs(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "only ... once" with the verb between: the talks wait on the condition
    ("Merz said talks could only begin once the guns had fallen silent.",
     {("friedrich_merz", "direct_talks", "conditional", "subject")}),
    ("Merz said talks could only start after a ceasefire.", {("friedrich_merz", "direct_talks", "conditional", "subject")}),
    ("Merz said talks could begin next week.", {("friedrich_merz", "direct_talks", "support", "speaker")}),
])
def test_only_begin_once(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the fighting said to end on a condition is the speaker's conditional offer; leaving land is the demand
    ("Putin said the fighting would end only once Ukrainian troops left Donbas.",
     {("vladimir_putin", "ceasefire", "conditional", "speaker"),
      ("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Putin said the fighting would stop if Ukrainian forces left the territories Russia claims.",
     {("vladimir_putin", "ceasefire", "conditional", "reported_speech")}),
    # leaving without something is no step of its own
    ("Trump and Putin left without a ceasefire.", set()),
])
def test_fighting_that_would_end_on_a_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a side's own vision of a truce to come is a truce on its terms
    ("Medinsky said Russia had agreed to present its vision of a possible ceasefire.",
     {("vladimir_medinsky", "ceasefire", "conditional", "own_side"), ("russia", "ceasefire", "conditional", "own_side")}),
    # the idea of a ceasefire is the ceasefire
    ("Zelensky welcomed the idea of a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
])
def test_a_vision_of_a_ceasefire(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a refusal "unless" something happens is the refused thing on that condition, and the condition wanted
    ("Merz said he could not picture another summit going ahead unless a ceasefire was in place.",
     {("friedrich_merz", "direct_talks", "conditional", "reported_speech"),
      ("friedrich_merz", "ceasefire", "support", "condition_demand")}),
    ("Zelensky said Ukraine would not accept a ceasefire unless it came with security guarantees.",
     {("volodymyr_zelensky", "ceasefire", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    # a plain condition after a support cue stays as it was
    ("Trump threatened tariffs unless Russia agreed to a ceasefire.",
     {("donald_trump", "sanctions", "conditional", "subject"), ("donald_trump", "ceasefire", "support", "condition_demand")}),
])
def test_a_refusal_unless_a_proposal_wants_it(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what conditions are made of is wanted; only the proposal they are set for is conditional
    ("Russia set out conditions for a ceasefire, including Ukraine's withdrawal from Donbas and an end to its NATO "
     "ambitions.",
     {("russia", "ceasefire", "conditional", "subject"), ("russia", "territorial_concessions", "support", "subject"),
      ("russia", "neutrality", "support", "subject")}),
    ("Putin set out his conditions for a truce: Ukraine's withdrawal from Donetsk and neutrality.",
     {("vladimir_putin", "ceasefire", "conditional", "possessive"),
      ("vladimir_putin", "territorial_concessions", "support", "possessive"),
      ("vladimir_putin", "neutrality", "support", "possessive")}),
    # with nothing listed, the condition stays on everything it names
    ("Russia set out conditions for a ceasefire and for talks.",
     {("russia", "ceasefire", "conditional", "subject"), ("russia", "direct_talks", "conditional", "subject")}),
])
def test_what_conditions_are_made_of_is_wanted(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a prediction inside a relative clause qualifies that clause, not the main one
    ("Kallas said the bloc was preparing a new package, which ministers are expected to approve next week.",
     {("european_union", "sanctions", "support", "subject")}),
    ("Zelensky backed the truce, which Russia was expected to reject.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # an unnamed package of something else is no sanctions package
    ("The United States approved a new package of military aid.", set()),
])
def test_a_prediction_in_a_relative_clause_and_a_new_package(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "made X conditional on Y": X held on a condition, Y what is wanted
    ("Moscow made any ceasefire conditional on Ukraine withdrawing from territory it still holds.",
     {("russia", "ceasefire", "conditional", "subject"), ("russia", "territorial_concessions", "support", "subject")}),
    ("The Kremlin made direct talks contingent on a ceasefire.",
     {("kremlin", "direct_talks", "conditional", "subject"), ("kremlin", "ceasefire", "support", "subject")}),
    # nothing named before it: what it depends on is the condition
    ("Merz said any European role would be dependent upon a US security guarantee.",
     {("friedrich_merz", "security_guarantees", "conditional", "subject")}),
])
def test_made_conditional_on(nlp, text, expected):
    assert rows_of(nlp, text) == expected
