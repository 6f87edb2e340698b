"""Plans as subjects (helpers.stance.plans): what a named plan would do is its owner's position.

Sentences are made up in the style of news copy; each case asserts the rows (actor, topic, stance, rule) that
the full pipeline codes with the test corpus's codebooks.
"""

from __future__ import annotations

import pytest

from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # "the document" goes back to the plan named with its owner in the paragraphs before
    ("Washington's plan was handed to Kyiv last week. The document provides for Ukraine to withdraw from Donetsk.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # past an aside and an adverb
    ("Washington's plan was handed to Kyiv last week. The original document, drawn up in secret, reportedly "
     "provides for Ukraine to withdraw from the part of Donetsk it still holds.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # a long relative aside
    ("The US plan surfaced last week. The plan, whose outlines leaked in the American press and which an envoy "
     "delivered to Zelensky in Kyiv on Thursday, would require Ukraine to pull out of Donetsk.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # a plan the speaker names, with no owner anywhere before: nobody's position
    ("Zelensky said the proposal would require Ukraine to cede Donbas.", set()),
    # the owner is the plan's, not the speaker's
    ("The US plan was handed to Kyiv last week. Zelensky said the draft would require Ukraine to cede Donbas.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # but the draft's authors named right after it own it, past their titles and with a co-author
    ("The US plan was handed to Kyiv last week. That draft, prepared by special envoy Steve Witkoff with Kremlin "
     "aide Yuri Ushakov, would have required Ukraine to give up the rest of Donetsk.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"),
      ("yuri_ushakov", "territorial_concessions", "support", "agent")}),
    ("The US plan was handed to Kyiv last week. The draft, drawn up by Witkoff, would require Ukraine to cede Donbas.",
     {("steve_witkoff", "territorial_concessions", "support", "agent")}),
    # past a long participle aside that names only who delivered it
    ("Washington's plan leaked last week. The original draft, handed to Zelensky in Kyiv on Thursday by a senior "
     "Pentagon official, would have required Ukraine to withdraw from Donbas.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
])
def test_the_plan_named_before_owns_what_the_plan_does(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "It" in the sentence after "The original draft ..." is the draft, and the draft is the owner's
    ("Washington's plan surfaced last week. The original draft, which was handed to Kyiv on Thursday, alarmed "
     "Europe. It would have required Ukraine to withdraw from Donetsk.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # with no owned plan before, "it" holds nothing
    ("The original draft was handed to Kyiv on Thursday. It would have required Ukraine to withdraw from Donetsk.",
     set()),
])
def test_it_after_a_sentence_about_the_plan(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_the_authors_of_the_draft_hold_what_it_requires(nlp):
    # "worked out by A and B": both authors, and "It" in the next sentence is the draft
    assert rows_of(nlp, "The original draft was worked out by Witkoff and Ushakov and handed to Zelensky in Kyiv last "
                        "week. It would have required Ukraine to pull out of the part of the Donetsk region it still "
                        "holds.") \
        == {("steve_witkoff", "territorial_concessions", "support", "possessive"),
            ("yuri_ushakov", "territorial_concessions", "support", "possessive")}


@pytest.mark.parametrize("text, expected", [
    # an aside that names the plan's authors with a verb that is no cue ("put together by", "worked out between"),
    # past a long title: the authors hold what it requires, not the last name of the aside
    ("The original draft, put together by US envoy Steve Witkoff with input from Kremlin aide Yuri Ushakov, would have "
     "required Kyiv to pull out of the part of Donetsk it still holds.",
     {("steve_witkoff", "territorial_concessions", "support", "agent")}),
    ("The draft, reportedly worked out largely between the White House envoy Steve Witkoff and the Kremlin's "
     "veteran aide Yuri Ushakov, would require Ukraine to withdraw from Donbas.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"),
      ("yuri_ushakov", "territorial_concessions", "support", "agent")}),
    # a co-author named right after "with", past a title, is one; a list of three too
    ("The plan, written by Witkoff with Kremlin aide Yuri Ushakov, would require Ukraine to withdraw from Donbas.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"),
      ("yuri_ushakov", "territorial_concessions", "support", "agent")}),
    ("The plan, written by Witkoff, Rubio and Ushakov, would require Ukraine to withdraw from Donbas.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"), ("marco_rubio", "territorial_concessions",
      "support", "agent"), ("yuri_ushakov", "territorial_concessions", "support", "agent")}),
])
def test_authors_in_an_aside_hold_what_the_plan_requires(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The statement" as a verb's subject speaks for whoever issued it in the sentence before
    ("In a joint statement, Merz and Rutte proposed a multinational force. The statement also envisaged a US-led "
     "mechanism to monitor a truce.",
     {("friedrich_merz", "security_guarantees", "support", "subject"), ("mark_rutte", "security_guarantees", "support", "subject"),
      ("friedrich_merz", "ceasefire", "support", "possessive"), ("mark_rutte", "ceasefire", "support", "possessive")}),
    # a statement nobody was named issuing holds nothing
    ("The statement also envisaged a US-led mechanism to monitor a truce.", set()),
    # something not under consideration is refused
    ("Turkey stressed that sending troops to any reassurance force was not under consideration.",
     {("turkey", "security_guarantees", "oppose", "speaker")}),
])
def test_what_a_statement_foresees(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a plan requires in the present or the past, as with "would require"
    ("The plan was drafted by Witkoff. It required Ukraine to withdraw from the Donetsk region.",
     {("steve_witkoff", "territorial_concessions", "support", "agent")}),
    ("Washington's plan requires Ukraine to give up Donbas.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # several modifiers between the owner and the plan; giving up "the rest of" a region
    ("Washington's original 28-point draft would have required Ukraine to give up the rest of Donetsk.",
     {("united_states", "territorial_concessions", "support", "possessive")}),
    # what a law or a role requires is no plan's demand
    ("The sanctions required by the treaty will stay in place, Zelensky said.",
     {("volodymyr_zelensky", "sanctions", "support", "speaker")}),
])
def test_a_plan_that_requires(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_numbered_draft_before_it(nlp):
    # "The original 28-point draft, prepared by Witkoff, ... It proposed": the draft's author holds what it proposes
    assert rows_of(nlp, "The original 28-point draft, prepared by Witkoff, alarmed Kyiv. It proposed that Ukraine "
                        "withdraw from Donbas.") == {("steve_witkoff", "territorial_concessions", "support", "agent")}


def test_it_after_a_fronted_according_to(nlp):
    # "According to versions published in the media, it would require ...": the plan of the sentence before
    assert rows_of(nlp, "The original plan, drafted by Witkoff, alarmed Kyiv when it leaked. According to versions "
                        "published in the media, it would require Ukraine to withdraw from Donbas.") == \
        {("steve_witkoff", "territorial_concessions", "support", "agent")}


@pytest.mark.parametrize("text, expected", [
    # a document is the subject of its past-tense verbs, and the verbs conjoined to them share its owner
    ("Kyiv's document insisted on a full ceasefire first, rejected any cap on its army and refused to recognise "
     "occupied land as Russian.",
     {("ukraine", "ceasefire", "support", "possessive"), ("ukraine", "territorial_concessions", "oppose",
                                                            "shared_subject")}),
    ("Russia's memorandum demanded a halt to arms deliveries and called for Ukraine's neutrality.",
     {("russia", "neutrality", "support", "shared_subject")}),
    # the demonym right before the document names its owner
    ("The Russian document called for the withdrawal of Ukrainian forces from Donetsk.",
     {("russia", "territorial_concessions", "support", "possessive")}),
])
def test_documents_as_subjects(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # authors named by their demonyms and a group noun own the draft ("drafted by American and Russian envoys")
    ("A 12-point document drafted by American and Russian envoys has unsettled Kyiv. The draft would require Ukraine "
     "to withdraw from Donbas.",
     {("united_states", "territorial_concessions", "support", "possessive"),
      ("russia", "territorial_concessions", "support", "possessive")}),
    # a demonym with no group noun after it names no author ("drafted by American lawyers' standards" is none)
    ("A document drafted by Russian standards has unsettled Kyiv. The draft would require Ukraine to withdraw from "
     "Donbas.", set()),
])
def test_plan_authors_named_by_demonyms(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a speech verb in its bare form is one more infinitive of the list, not a new report
    ("Putin demanded that Ukraine withdraw from Donetsk and write a ban on NATO membership into its constitution.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("vladimir_putin", "neutrality", "support", "subject")}),
    # while "and said" opens a report of its own
    ("Putin agreed a prisoner swap and said he would trade ideas on a ceasefire.", set()),
])
def test_bare_speech_verbs_in_a_list(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the provisions go on in the conditional after the plan's own sentence: the owner's, not the subject's
    ("Washington's plan leaked on Friday. The plan would require Ukraine to withdraw from Donbas. Kyiv would also "
     "have to accept that it will not join NATO.",
     {("united_states", "territorial_concessions", "support", "possessive"),
      ("united_states", "neutrality", "support", "provisions")}),
    # over one sentence with no cue in between, and with a scare-quoted word
    ("Washington's plan leaked on Friday. The draft would require Ukraine to withdraw from Donbas. Crimea would be "
     "left aside for now. Kyiv would agree to the \"gradual\" lifting of sanctions.",
     {("united_states", "territorial_concessions", "support", "possessive"),
      ("united_states", "sanctions", "oppose", "provisions")}),
    # someone speaking ends the list: the speaker's own position
    ("Washington's plan leaked on Friday. The plan would require Ukraine to withdraw from Donbas. Zelensky said "
     "Ukraine would never give up its bid to join NATO.",
     {("united_states", "territorial_concessions", "support", "possessive"),
      ("volodymyr_zelensky", "neutrality", "oppose", "own_side"), ("ukraine", "neutrality", "oppose", "own_side")}),
    # so does a new paragraph, and a sentence not in the conditional
    ("Washington's plan leaked on Friday. The plan would require Ukraine to withdraw from Donbas.\n\nRussia would "
     "welcome a ceasefire, Western diplomats believe.",
     {("united_states", "territorial_concessions", "support", "possessive"), ("russia", "ceasefire", "support",
                                                                             "subject")}),
    ("Washington's plan leaked on Friday. The plan would require Ukraine to withdraw from Donbas. Russia rejects a "
     "ceasefire.",
     {("united_states", "territorial_concessions", "support", "possessive"), ("russia", "ceasefire", "oppose",
                                                                             "subject")}),
    # a question about the plan opens the list, past a short answer; a passive with no agent is the plan's too
    ("Washington's 28-point plan leaked on Wednesday.\n\nSo what is in the plan? Quite a lot. Ukraine would pull "
     "out of Donbas. Its army would be capped. Western sanctions would be lifted in stages.",
     {("united_states", "sanctions", "oppose", "provisions"),
      ("united_states", "territorial_concessions", "support", "provisions")}),
    # a question with no plan named before it owns nothing
    ("So what is in the plan? Quite a lot. Western sanctions would be lifted in stages.", set()),
    # nor does the list run on past a long sentence in another mood
    ("Washington's 28-point plan leaked on Wednesday.\n\nSo what is in the plan? Diplomats in Brussels spent the "
     "whole weekend arguing about it. Western sanctions would be lifted in stages.", set()),
])
def test_provisions_listed_after_the_plan(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a constitution is to say is a provision, not the position of the "it" it names; after a plan's sentence
    # it is the plan owner's
    ("Kyiv would write into its constitution that it will not join NATO.", set()),
    ("The US plan would require Ukraine to cede Donbas. Kyiv would also write into its constitution that it will not "
     "join NATO.",
     {("united_states", "territorial_concessions", "support", "possessive"),
      ("united_states", "neutrality", "support", "provisions")}),
    # a position stated about the constitution is still one
    ("Zelensky said Ukraine would never accept a ban on NATO membership.",
     {("volodymyr_zelensky", "neutrality", "oppose", "own_side"), ("ukraine", "neutrality", "oppose", "own_side")}),
])
def test_what_a_constitution_is_to_say_is_a_provision(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb conjoined to what a plan asks for says more of it: the plan owner's, not the subject's inside it
    ("Russia's text calls for Ukraine to leave Donbas and to accept neutrality.",
     {("russia", "territorial_concessions", "support", "possessive"), ("russia", "neutrality", "support", "possessive")}),
    ("The European counter-proposal would raise the army cap and start territorial talks from the current line of "
     "contact.",
     {("europe", "territorial_concessions", "conditional", "possessive")}),
    # a verb with a subject of its own after "and" is that subject's
    ("Russia's text calls for Ukraine to leave Donbas, and Zelensky rejected it.",
     {("russia", "territorial_concessions", "support", "possessive"),
      ("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
])
def test_what_a_plan_asks_for_goes_on_after_and(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a provision with no cue of its own, going on from a plan sentence, is what the plan's owner wants
    ("The draft drawn up by Witkoff would require Ukraine to cap its army. Ukraine would also withdraw from the parts "
     "of Donetsk it still holds.",
     {("steve_witkoff", "territorial_concessions", "support", "provisions")}),
    # ... after a sentence that only introduces the plan with its authors
    ("The 28-point draft, drawn up by Witkoff, became public last week. In return, Kyiv would receive security "
     "guarantees whose terms remain vague.",
     {("steve_witkoff", "security_guarantees", "support", "provisions")}),
    # a conditional sentence with no plan before it holds nobody's position
    ("Talks resumed in Geneva. Ukraine would withdraw from the parts of Donetsk it still holds.", set()),
])
def test_provisions_without_a_cue_of_their_own(nlp, text, expected):
    assert rows_of(nlp, text) == expected
