"""Proposals named in the other words news copy uses, and an aside that is no object.

Sentences are made up in the style of news copy; each case asserts the rows (actor, topic, stance, rule) that
the full pipeline codes with the test corpus's codebooks (whose topics and cues are the project's own).
"""

from __future__ import annotations

import pytest

from helpers.codebook import CodebookError
from helpers.stance.lexicon import parse_lexicon
from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # staying outside every bloc is neutrality, a ban on joining too
    ("Moscow demands that Ukraine stay outside any Western military bloc.",
     {("russia", "neutrality", "support", "subject")}),
    ("Kyiv rejected any ban on its membership of the alliance.", {("ukraine", "neutrality", "oppose", "subject")}),
    # the road into the alliance, and Ukraine named inside it, are the opposite of neutrality
    ("Zelensky said Ukraine would not give up its path to the alliance.",
     {("volodymyr_zelensky", "neutrality", "oppose", "own_side"), ("ukraine", "neutrality", "oppose", "own_side")}),
    ("Putin said Russia would never accept Ukraine in NATO.",
     {("vladimir_putin", "neutrality", "support", "own_side"), ("russia", "neutrality", "support", "own_side")}),
    # a pledge "outside NATO" is a kind of guarantee, not neutrality
    ("Merz backed an Article 5-style pledge outside NATO.", {("friedrich_merz", "security_guarantees", "support", "subject")}),
])
def test_neutrality_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Ukraine would not hand Russia the land it had failed to take on the battlefield.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("An aide said Kyiv would never accept the loss of Donbas.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    # "giving away" is no demand: the law that forbids it is the only cue
    ("Ukraine's constitution forbids giving away territory, Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_land_handed_lost_and_given_away(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Merz said Germany would help protect Ukraine's airspace once a deal was signed.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    ("Zelensky said Kyiv expected its allies to commit to a multinational mission.",
     {("volodymyr_zelensky", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side")}),
    ("Umerov said Ukraine wanted guarantees as strong as NATO's mutual defence clause.",
     {("rustem_umerov", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side")}),
    ("Zakharova insisted that Russia must be one of the guarantors.",
     {("maria_zakharova", "security_guarantees", "support", "subject")}),
    ("Zelensky said Ukraine needed guarantees against a new invasion.",
     {("volodymyr_zelensky", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side")}),
])
def test_guarantees_named_by_what_they_do(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Ukraine was ready to stop fighting along the current lines.",
     {("volodymyr_zelensky", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}),
    ("Merz called for an immediate halt to the killing.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Rubio urged both armies to lay down their arms.", {("marco_rubio", "ceasefire", "support", "subject")}),
    ("Rubio said a cessation of hostilities had to come first.", {("marco_rubio", "ceasefire", "support", "speaker")}),
    # a pause said to help the enemy is an argument against it, not a demand to give it
    ("Ushakov said a truce would only give Ukraine time to rearm.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    ("The Kremlin has argued that a ceasefire would allow Kyiv to regroup.",
     {("kremlin", "ceasefire", "oppose", "speaker")}),
    ("Ushakov argued that a pause in the fighting would only let Ukraine rearm.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    # the pause named by its length or as a halt, the army named, the rest belittled after a verb that gives it
    ("Ushakov described the 30-day plan as little more than a breathing space for Ukraine's army.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    ("Ushakov said an immediate halt would only let Ukraine rearm.", {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    ("The Kremlin argues that a pause would only let Ukraine regroup.", {("kremlin", "ceasefire", "oppose", "speaker")}),
    ("The Kremlin argues that a ceasefire would only allow the Ukrainian army to rearm.",
     {("kremlin", "ceasefire", "oppose", "speaker")}),
    ("Ushakov said a truce would give Ukrainian soldiers nothing more than breathing space.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    ("Ushakov said that the truce offered nothing except a breathing space for Ukraine's army.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    # the same argument from Moscow's side: a freeze that leaves the war's causes alone
    ("Ushakov said a truce would leave the root causes of the war untouched.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    ("Ushakov has argued that freezing the front would ignore what Moscow calls the conflict's underlying causes.",
     {("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    ("Ushakov said the talks had left the root causes unresolved.", set()),
    # a pause ranked below something else; a pause ranked above nothing is no position on anything named
    ("Trump wrote that a full peace agreement was better than a ceasefire that might not hold.",
     {("donald_trump", "ceasefire", "oppose", "speaker")}),
    ("Trump said a comprehensive deal would be preferable to a mere truce.",
     {("donald_trump", "ceasefire", "oppose", "speaker")}),
    ("Zelensky said a ceasefire was better than nothing.", set()),
    ("Peskov said a pause in talks would not help.", set()),
    ("Trump said the truce would give Ukraine a chance.", {("donald_trump", "ceasefire", "support", "subject")}),
])
def test_a_halt_in_other_words_and_the_rearming_argument(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Medinsky said Russia was in no hurry to meet at the highest level.",
     {("vladimir_medinsky", "direct_talks", "oppose", "own_side"), ("russia", "direct_talks", "oppose", "own_side")}),
    ("Trump said he was ready to tighten the screws on Moscow's oil revenue.",
     {("donald_trump", "sanctions", "support", "pronoun")}),
    ("Rutte welcomed the new US measures against Rosneft.", {("mark_rutte", "sanctions", "support", "subject")}),
    ("Zelensky urged allies to hit Russian banks if Moscow kept stalling.",
     {("volodymyr_zelensky", "sanctions", "conditional", "subject")}),
    # an aim named in a bare noun is the verb's own object, not the proposal named before it (the blame of the
    # refusal is Merz's support)
    ("Merz said Mr Putin's refusal to accept an unconditional truce showed he did not want peace.",
     {("vladimir_putin", "ceasefire", "oppose", "intention"), ("friedrich_merz", "ceasefire", "support", "blamed_refusal")}),
    ("Merz said the truce was a trap and Russia did not want peace.",
     {("friedrich_merz", "ceasefire", "oppose", "speaker")}),
    ("Merz said Russia did not want a truce.", {("russia", "ceasefire", "oppose", "subject")}),
    # what is done "without" is not what is backed; conditions on lifting keep a measure conditional
    ("Merz said the world should back the ceasefire without reaching for new sanctions.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Merz said the withdrawal of Russian troops would be one of the main preconditions for changing or lifting any "
     "sanctions.", {("friedrich_merz", "sanctions", "conditional", "speaker")}),
    ("Merz backed a ceasefire without preconditions.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    # sanctions named by those who reject them, and relief from them
    ("Moscow wants relief from the US measures on Rosneft written into any deal.",
     {("russia", "sanctions", "oppose", "subject")}),
    ("Merz said Germany does not support unilateral coercive measures.",
     {("friedrich_merz", "sanctions", "oppose", "own_side"), ("germany", "sanctions", "oppose", "own_side")}),
    # helping another actor give guarantees is the helper's support, not the helped actor's
    ("Merz said Germany would help Europe provide security guarantees for Ukraine.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    ("Trump said he would help the Europeans provide security for Ukraine.",
     {("donald_trump", "security_guarantees", "support", "pronoun")}),
    ("Hungary said it would not take part in the loan guarantees.", set()),
    # guarantees wanted in writing
    ("Zelensky said the security guarantees should be formalised on paper within about ten days.",
     {("volodymyr_zelensky", "security_guarantees", "support", "speaker")}),
    ("Zelensky said a guarantee package could be written down within about ten days.",
     {("volodymyr_zelensky", "security_guarantees", "support", "speaker")}),
    ("Zelensky said the troops would be put in harm's way.", set()),
    # a country's share of the force, decided once the terms are known, is a condition on the guarantees
    ("Merz said Berlin would decide on its contribution only when the conditions were known.",
     {("friedrich_merz", "security_guarantees", "conditional", "subject")}),
    ("Merz said Germany would decide on its role in the talks later.", set()),
    # who must take part, in more words: talks "over its head", "on board", "coordinated with Kyiv"
    ("Kyiv warned against any deal made over its head.", {("ukraine", "direct_talks", "conditional", "subject")}),
    ("Merz said any plan needed both Ukraine and Europe on board to work.",
     {("friedrich_merz", "direct_talks", "conditional", "subject")}),
    ("Merz said any call with Putin would have to be coordinated with Kyiv first.",
     {("friedrich_merz", "direct_talks", "conditional", "speaker")}),
    ("Merz said the plan went over budget.", set()),
    # raising the price of the war and keeping up pressure are the sanctions lever; the cost alone is not
    ("Merz said Germany would keep raising the cost of the war until Russia agreed to a ceasefire.",
     {("friedrich_merz", "sanctions", "conditional", "reported_speech"),
      ("friedrich_merz", "ceasefire", "support", "condition_demand")}),
    ("Merz said he would raise the cost of Russia's aggression.", {("friedrich_merz", "sanctions", "support", "pronoun")}),
    ("Rutte said the cost of the war was too high for Europe.", set()),
    ("Zelensky urged allies to keep up the pressure.", {("volodymyr_zelensky", "sanctions", "support", "subject")}),
    ("Merz said Europe would keep tightening the screws until Moscow agreed to a truce.",
     {("friedrich_merz", "sanctions", "conditional", "reported_speech"),
      ("friedrich_merz", "ceasefire", "support", "condition_demand")}),
])
def test_reluctance_and_pressure_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the proposal inside a "who" aside is who the speaker is, not what the later cue is about
    ("Merz, who hosted the meeting, said Europe stood ready to provide security guarantees.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("europe", "security_guarantees", "support", "own_side")}),
    # but a proposal the relative clause itself states stays its own
    ("Merz and Rutte, who said a halt to the fighting, at sea and in the air, must begin on Monday, travelled to Kyiv.",
     {("friedrich_merz", "ceasefire", "support", "speaker"), ("mark_rutte", "ceasefire", "support", "speaker")}),
])
def test_a_who_aside_is_no_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected



@pytest.mark.parametrize("text, expected", [
    # an objection dropped, lifted or withdrawn: it backs the proposal now, and the objection is reported too
    ("Italy withdrew its objections to the sanctions package.",
     {("italy", "sanctions", "oppose", "possessive"), ("italy", "sanctions", "support", "possessive")}),
    ("The EU adopted its 19th package after Finland lifted its veto.",
     {("european_union", "sanctions", "support", "subject"), ("finland", "sanctions", "oppose", "possessive"),
      ("finland", "sanctions", "support", "possessive")}),
    # support withdrawn was support before
    ("Trump withdrew his support for the summit in Budapest.",
     {("donald_trump", "direct_talks", "support", "possessive"), ("donald_trump", "direct_talks", "oppose", "possessive")}),
    # lifting a measure is still opposing it, with or without "its"
    ("Russia wants the US to lift its sanctions.", {("russia", "sanctions", "oppose", "subject")}),
    ("Putin demanded that Washington lift sanctions.", {("vladimir_putin", "sanctions", "oppose", "demand")}),
])
def test_objections_and_support_withdrawn(nlp, text, expected):
    assert rows_of(nlp, text) == expected



@pytest.mark.parametrize("text, expected", [
    # a fronted clause after a time phrase is the main subject's ("A day after rejecting ..., Putin")
    ("A day after rejecting the European call for a ceasefire, Putin proposed talks with Ukraine.",
     {("vladimir_putin", "ceasefire", "oppose", "fronted_clause"), ("europe", "ceasefire", "support", "possessive"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Hours after rejecting the truce, Putin proposed talks.",
     {("vladimir_putin", "ceasefire", "oppose", "fronted_clause"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    # a trade in a headline: what is given up is conditional, what it is traded for wanted
    ("Ukraine signals readiness to drop NATO bid for security guarantees",
     {("ukraine", "neutrality", "conditional", "subject"), ("ukraine", "security_guarantees", "support", "subject")}),
])
def test_fronted_time_phrases_and_a_trade_in_a_headline(nlp, text, expected):
    assert rows_of(nlp, text) == expected



@pytest.mark.parametrize("text, expected", [
    # a negation reaches the first cue after it, not a noun cue past that cue's object
    ("Trump declined to back the European call for a ceasefire.",
     {("donald_trump", "ceasefire", "oppose", "subject"), ("europe", "ceasefire", "support", "possessive")}),
    # a chain of cues is negated whole
    ("The Kremlin said it was not ready to accept a ceasefire.", {("kremlin", "ceasefire", "oppose", "pronoun")}),
    # a possessive before "but" is no holder of the verb after it
    ("Trump promised to help guarantee Ukraine's security but declined to back a ceasefire.",
     {("donald_trump", "security_guarantees", "support", "subject"),
      ("donald_trump", "ceasefire", "oppose", "subject")}),
    # "efforts" are the peace efforts as a whole, not the last proposal named
    ("Merz called for a ceasefire. Rutte welcomed Trump's efforts.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    # "that" opening a clause, and "it" as a clause's subject, are no pronoun objects
    ("Merz called for a ceasefire. Rutte confirmed that he had spoken to Trump.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Merz called for a ceasefire. Rutte said Moscow's stance showed it was not serious.",
     {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Merz called for a ceasefire. Putin brushed that aside.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_negation_reach_possessives_and_pronouns(nlp, text, expected):
    assert rows_of(nlp, text) == expected



@pytest.mark.parametrize("text, expected", [
    # a list with a serial comma is one list, before the verb and after "by"
    ("On Saturday the leaders of France, Germany, and Italy travelled to Kyiv and called for a 30-day ceasefire.",
     {("france", "ceasefire", "support", "subject"), ("germany", "ceasefire", "support", "subject"),
      ("italy", "ceasefire", "support", "subject")}),
    ("The ceasefire was demanded by Merz, Rutte, and Rubio.",
     {("friedrich_merz", "ceasefire", "support", "passive"), ("mark_rutte", "ceasefire", "support", "passive"),
      ("marco_rubio", "ceasefire", "support", "passive")}),
])
def test_a_list_with_a_serial_comma(nlp, text, expected):
    assert rows_of(nlp, text) == expected



@pytest.mark.parametrize("text, expected", [
    ("Ushakov said Ukraine's renunciation of Nato would need to be part of any settlement.",
     {("yuri_ushakov", "neutrality", "support", "speaker")}),
    ("Moscow treats Kyiv's renunciation of the alliance as non-negotiable.",
     {("russia", "neutrality", "support", "subject")}),
    ("Kyiv insists on no recognition of occupied land.", {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky said Ukraine's constitution bars him from trading away land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Medinsky said a summit would make sense only to sign a finished agreement.",
     {("vladimir_medinsky", "direct_talks", "conditional", "speaker")}),
    ("Zelensky rejected withdrawal.", {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky said the fairest option was to halt the fighting along the front line.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker")}),
    # "the two" right before a verb is the pair named before
    ("Trump spoke with Putin on Thursday and said the two would meet in Budapest.",
     {("donald_trump", "direct_talks", "support", "pronoun"), ("vladimir_putin", "direct_talks", "support", "pronoun")}),
])
def test_settlement_terms_land_and_the_two(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_reversals_are_negation_markers_named_as_data():
    lex = parse_lexicon({"cues": {"support": ["back"]},
                         "negation": {"markers": ["not"], "reversals": ["drop|dropped its"]}}, source="cues.yaml")
    assert lex.negation_markers == ("not",) and lex.negation_reversals == ("drop|dropped its",)
    with pytest.raises(CodebookError, match=r"^cues\.yaml: negation: unknown key\(s\) reversal$"):
        parse_lexicon({"cues": {"support": ["back"]}, "negation": {"reversal": ["drop"]}}, source="cues.yaml")


@pytest.mark.parametrize("text, expected", [
    # a series of infinitives after one cue: every item is what the plan requires (an "at" inside one item does
    # not end the next)
    ("The plan drafted by Witkoff would require Ukraine to cede the Donbas, cap its army at 600,000 and stay out "
     "of NATO.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"),
      ("steve_witkoff", "neutrality", "support", "agent")}),
    # the war frozen, in the passive
    ("Merz said the war should be frozen along the current front line.",
     {("friedrich_merz", "ceasefire", "support", "speaker")}),
    ("Ushakov rejected the idea that the conflict could be frozen at the front line.",
     {("yuri_ushakov", "ceasefire", "oppose", "subject")}),
    ("Merz said the fighting should stop where it is.", {("friedrich_merz", "ceasefire", "support", "speaker")}),
    # answering with a proposal is making it; answering *to* one is not
    ("Putin countered with a proposal for direct talks in Istanbul.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Putin replied with a counteroffer: direct negotiations in Istanbul.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Zelensky responded to the proposal for direct talks with caution.", set()),
    # a threat's condition with "did not" before the step it demands
    ("Putin warned that his army would take the region by force if Ukraine did not withdraw its troops from it.",
     {("vladimir_putin", "territorial_concessions", "support", "condition_demand")}),
    # what must be in place before another proposal: the subject is wanted, the later proposal waits on it
    ("Zelensky said security guarantees must be in place before any ceasefire.",
     {("volodymyr_zelensky", "security_guarantees", "support", "speaker"),
      ("volodymyr_zelensky", "ceasefire", "conditional", "speaker")}),
    ("Zakharova said a settlement of the root causes must come before any truce.",
     {("maria_zakharova", "ceasefire", "conditional", "speaker")}),
])
def test_series_passives_answers_and_what_comes_first(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the threat is the speaker's, and so is the demand its condition states; the tariffs before "if" are not
    # what the condition asks for
    ("Trump said the United States would impose heavy tariffs on Russia if no ceasefire was agreed within 50 days.",
     {("donald_trump", "sanctions", "conditional", "reported_speech"),
      ("donald_trump", "ceasefire", "support", "condition_demand")}),
    # a truce "reached", in the passive
    ("Trump warned he would impose sanctions on Moscow unless a truce was reached by Friday.",
     {("donald_trump", "sanctions", "conditional", "reported_speech"),
      ("donald_trump", "ceasefire", "support", "condition_demand")}),
    ("Trump said the US would impose tariffs on Russia if a ceasefire was not reached within 50 days.",
     {("donald_trump", "sanctions", "conditional", "reported_speech"),
      ("donald_trump", "ceasefire", "support", "condition_demand")}),
    # not reached, and no threat: nobody's position
    ("A ceasefire was not reached at the talks.", set()),
])
def test_a_threat_and_its_condition_are_the_speakers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_meeting_one_of_the_demands_is_no_meeting_and_names_who_demands(nlp):
    # "meet" six words before "demands" is no meeting; the possessive holds the proposal the clause before names
    assert rows_of(nlp, "Kyiv offered to drop its NATO bid, a concession that would meet one of Moscow's demands.") \
        == {("ukraine", "neutrality", "support", "subject"), ("russia", "neutrality", "support", "possessive")}


@pytest.mark.parametrize("text, expected", [
    # the speaker's preferred route, named by a noun or an infinitive, and "remains"
    ("Trump wrote that the best route was a direct peace agreement rather than a ceasefire.",
     {("donald_trump", "ceasefire", "oppose", "speaker")}),
    ("Zelensky said the fairest option remains to stop along the current line of contact.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker")}),
    ("The EU signed off on its 19th package of sanctions on Thursday.",
     {("european_union", "sanctions", "support", "subject")}),
    # "consider" judging its object is no "would consider" (conditional)
    ("Zakharova said Russia would consider the presence of NATO troops in Ukraine unacceptable.",
     {("maria_zakharova", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    ("Merz said Germany would consider sending troops to Ukraine.",
     {("friedrich_merz", "security_guarantees", "conditional", "own_side"),
      ("germany", "security_guarantees", "conditional", "own_side")}),
    # "conditions" after a comma is another clause: the meeting stays a meeting
    ("Putin said he was open to a meeting with Zelensky, but conditions must be created.",
     {("vladimir_putin", "direct_talks", "conditional", "pronoun")}),
])
def test_preferred_routes_sign_off_and_judged_objects(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the President" is the one the story is about (named most, the first on a tie), not the last one named
    ("Trump said the summit with Putin would not go ahead. The President said he had called off the meeting in "
     "Budapest.",
     {("donald_trump", "direct_talks", "oppose", "speaker"), ("donald_trump", "direct_talks", "oppose", "pronoun")}),
    # a quoted sentence is someone's own words: no topic of the reported clause after it (the talks); what the
    # clause itself names (going further: more sanctions) is the speaker's
    ('"Moscow has had every chance to come to the table, and it has chosen not to," Merz said, adding that Germany '
     "was ready to go further if needed.", {("friedrich_merz", "sanctions", "conditional", "reported_speech")}),
])
def test_the_president_and_a_quotation_before_the_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a package is its owner's
    ("The EU's 18th package of sanctions lowered the price cap on Russian crude.",
     {("european_union", "sanctions", "support", "possessive")}),
    # and so is a package or a list named by its measure
    ("The EU's 18th sanctions package, agreed in July, lowered the price cap on Russian crude.",
     {("european_union", "sanctions", "support", "possessive")}),
    ("Britain has added 70 more tankers to its sanctions list.", {("britain", "sanctions", "support", "possessive")}),
    # a package with no owner, or one someone else attacks, is the attacker's position only
    ("The sanctions package ran to 40 pages.", set()),
    ("Russia condemned the package of sanctions as theft.", {("russia", "sanctions", "oppose", "subject")}),
    # a document speaks for whoever issued or signed it, even past a place phrase
    ("A statement issued on the sidelines of the summit by France and Germany said that borders must not be changed "
     "by force.",
     {("france", "territorial_concessions", "oppose", "speaker"),
      ("germany", "territorial_concessions", "oppose", "speaker")}),
    ("The statement, signed by Britain and Italy, rejected any territorial concessions.",
     {("britain", "territorial_concessions", "oppose", "subject"),
      ("italy", "territorial_concessions", "oppose", "subject")}),
    # not any "by": those who hosted someone are a preposition's object
    ("Zelensky met officials who had been hosted by Britain and Italy, and rejected any territorial concessions.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "shared_subject")}),
])
def test_packages_and_documents_speak_for_their_owners(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" after a statement is issued is the statement, which speaks for those who issued it, past two fronted
    # phrases and "the leaders of"
    ("On Monday evening, after a dinner with Zelensky, the leaders of Germany, France and Italy issued a joint "
     "statement. It proposes a multinational force for Ukraine.",
     {("germany", "security_guarantees", "support", "pronoun"), ("france", "security_guarantees", "support", "pronoun"),
      ("italy", "security_guarantees", "support", "pronoun")}),
    ("Zelensky issued a statement on Friday. It called for a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "pronoun")}),
    ("Germany and France issued a statement on Friday. They called for a ceasefire.",
     {("germany", "ceasefire", "support", "pronoun"), ("france", "ceasefire", "support", "pronoun")}),
    # where territorial talks start, with a modal in between, is a condition on any cession
    ("Merz said the existing front line should be the basis for any talks.",
     {("friedrich_merz", "territorial_concessions", "conditional", "speaker")}),
    # talks named after the city they sit in
    ("Putin proposed reviving the Istanbul process.", {("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_it_after_a_statement_is_its_issuers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a stated position speaks for its possessor, named or a pronoun
    ("Kyiv's position is that the front line should be frozen where it is.",
     {("ukraine", "ceasefire", "support", "speaker")}),
    ("Putin spoke at length. His position was that a ceasefire must come first.",
     {("vladimir_putin", "ceasefire", "support", "speaker")}),
    # "a group of" leaders coordinated with a person (the group is Europe's), and the members "including" lists
    ("Zelensky and a group of European leaders, including Merz and Rutte, said on Tuesday that the fighting should "
     "stop where it is.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker"), ("friedrich_merz", "ceasefire", "support", "speaker"),
      ("mark_rutte", "ceasefire", "support", "speaker"), ("europe", "ceasefire", "support", "speaker")}),
])
def test_stated_positions_and_a_group_of_leaders(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "never"/"not" before the demanded step turns it: the restriction is what is demanded
    ("Moscow demands that Kyiv never join NATO.", {("russia", "neutrality", "support", "subject")}),
    ("Putin demanded that Ukraine not join the alliance.", {("vladimir_putin", "neutrality", "support", "subject")}),
    # leaving part of a region, or the regions claimed, is ceding them
    ("Russia demanded that Ukrainian troops leave parts of the four regions Moscow claims.",
     {("russia", "territorial_concessions", "support", "subject")}),
    ("Putin wants Ukraine to leave the rest of Donetsk.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    # ", and its ..." opens another clause with its own subject: the proposal before is not its topic
    ("Ankara has declined to join Western sanctions on Moscow, and its trade with Russia has expanded sharply.",
     {("turkey", "sanctions", "oppose", "subject")}),
    # a condition on a cue nobody holds is nobody's (not the "it" of a relative clause inside the object)
    ("The document provides for Ukraine to withdraw from the part of Donetsk it still holds, in exchange for "
     "security guarantees.", set()),
    # ", not" is the inverter's, and "not to" the demand's own: no second turn
    ("Trump wants a deal, not a ceasefire.", {("donald_trump", "ceasefire", "oppose", "subject")}),
])
def test_a_demand_that_something_never_happen(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "as part of" the same proposal named again is no precondition
    ("Britain and France have pledged to send troops as part of a reassurance force.",
     {("britain", "security_guarantees", "support", "subject"), ("france", "security_guarantees", "support", "subject")}),
    ("Putin wants the rest of Donetsk as part of a ceasefire deal.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("vladimir_putin", "ceasefire", "conditional", "subject")}),
    # "too early" is put off, like "premature"
    ("Zakharova said it was too early to talk about a summit between Putin and Zelensky.",
     {("maria_zakharova", "direct_talks", "oppose", "speaker")}),
])
def test_the_same_proposal_as_part_of_itself_and_too_early(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the proposal that modifies a noun cue is its object, and a hyphened word before the noun keeps it a noun
    ("Putin ignored Europe's cease-fire demand.", {("europe", "ceasefire", "support", "possessive")}),
    ("Putin sidestepped the cease-fire demand and suggested reviving direct talks in Istanbul.",
     {("vladimir_putin", "ceasefire", "neutral", "subject"),
      ("vladimir_putin", "direct_talks", "support", "shared_subject")}),
])
def test_a_proposal_before_its_noun(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "must face" sanctions is a threat like "would face"; its condition states the demand
    ("Zelensky said afterward that Moscow must face strong sanctions if it kept rejecting a full ceasefire.",
     {("volodymyr_zelensky", "sanctions", "conditional", "speaker"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    # coaxed to the table, and a settlement reached by negotiating: talks
    ("Trump spent months trying to coax the Russian leader to the table.",
     {("donald_trump", "direct_talks", "support", "subject")}),
    ("Rutte has repeatedly called for a negotiated settlement to the conflict.",
     {("mark_rutte", "direct_talks", "support", "subject")}),
])
def test_must_face_coaxed_to_the_table_and_a_negotiated_settlement(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_quoted_word_or_two_is_absorbed_by_the_condition_of_its_clause(nlp):
    # support quoted in a word or two and the condition outside the quote: one conditional position
    assert rows_of(nlp, 'Ushakov said such a meeting was "certainly needed" but had to be carefully prepared.') \
        == {("yuri_ushakov", "direct_talks", "conditional", "speaker")}


@pytest.mark.parametrize("text, expected", [
    # what a plan would do, said in a relative clause, is the object of the verb before it, not a position of its own
    ("Kyiv rejects any plan that would force it to surrender land.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky rejected a deal that would require Ukraine to cede Donbas.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Russia welcomed a proposal that would keep Ukraine out of NATO.",
     {("russia", "neutrality", "support", "subject")}),
    # recognising territorial gains is ceding the land
    ("Merz said Germany would never recognise Russia's territorial gains.",
     {("friedrich_merz", "territorial_concessions", "oppose", "own_side"),
      ("germany", "territorial_concessions", "oppose", "own_side")}),
])
def test_what_a_plan_would_do_is_the_object_of_the_verb_before(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_goal_the_speaker_names(nlp):
    # membership named as the speaker's own goal is the opposite of neutrality
    assert rows_of(nlp, "Zelensky said NATO membership remained Ukraine's strategic goal.") \
        == {("volodymyr_zelensky", "neutrality", "oppose", "speaker")}


def test_an_offer_that_will_not_stay_forever_is_no_refusal(nlp):
    assert rows_of(nlp, "Washington was ready to extend security guarantees but cautioned that the offer would not "
                        "remain on the table indefinitely.") \
        == {("united_states", "security_guarantees", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # a plan as the verb's subject: what the plan does is its possessor's, not the speaker's or an earlier actor's
    ("Zelensky said the proposal would require Ukraine to cede Donbas.", set()),
    ("Russia's peace plan would require Ukraine to withdraw from Donetsk.",
     {("russia", "territorial_concessions", "support", "possessive")}),
    ("EU leaders agree a loan for Ukraine as the frozen Russian assets plan stalls.",
     {("europe", "sanctions", "support", "subject")}),
])
def test_a_plan_as_the_subject_of_the_cue(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "according to X" names who speaks, at the front of the sentence or closing it
    ("According to Umerov, Kyiv proposed a meeting of the two presidents before the end of August.",
     {("rustem_umerov", "direct_talks", "support", "own_side"), ("ukraine", "direct_talks", "support", "own_side")}),
    ("The Kremlin is ready for a truce, according to Zakharova.",
     {("maria_zakharova", "ceasefire", "support", "own_side"), ("kremlin", "ceasefire", "support", "own_side")}),
    # "him" is the person the sentence before names
    ("Zelensky spoke with Merz on Monday. According to him, sanctions on Russia must be tightened.",
     {("volodymyr_zelensky", "sanctions", "support", "passive")}),
    # unnamed sources speak for nobody: the clause's own subject holds it
    ("According to people briefed on the talks, Putin demanded that Ukraine withdraw from Donetsk.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    # inside a clause it is an aside that moves nothing ("who according to officials urged")
    ("Trump, who according to officials urged a truce, spoke to Putin on Friday.",
     {("donald_trump", "ceasefire", "support", "relative_clause")}),
])
def test_according_to_names_the_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessed position stated after a colon is the possessor's
    ("Kyiv's position remains unchanged: no territorial concessions.",
     {("ukraine", "territorial_concessions", "oppose", "speaker")}),
    ("Russia's position is well known: Ukraine must not join NATO.", {("russia", "neutrality", "support", "speaker")}),
    # a position stated with no colon is not a speech marker
    ("Russia's position on NATO has not changed.", set()),
])
def test_a_position_stated_after_a_colon(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand dropped inside the object of a cue is the opposite of the demand
    ("The Kremlin welcomed Trump's decision to drop the demand for a ceasefire.",
     {("kremlin", "ceasefire", "oppose", "subject"), ("donald_trump", "ceasefire", "oppose", "possessive")}),
    ("Moscow hailed the move away from a truce.", {("russia", "ceasefire", "oppose", "subject")}),
    # the reversal verb of the cue itself still gives the earlier and the new position (codebook rule 8)
    ("Trump dropped his demand for a ceasefire.",
     {("donald_trump", "ceasefire", "support", "possessive"), ("donald_trump", "ceasefire", "oppose", "possessive")}),
])
def test_a_dropped_demand_inside_the_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comma alone joins no list: the persons of a fronted phrase are not the speaker's company
    ("At talks in Berlin with US envoys Steve Witkoff and Jared Kushner, Zelensky said Ukraine would never "
     "withdraw from Donbas.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # a headline's "Russia, Ukraine agree" opens its sentence: both agree
    ("Russia, Ukraine agree on new round of direct talks",
     {("russia", "direct_talks", "support", "subject"), ("ukraine", "direct_talks", "support", "subject")}),
])
def test_a_comma_alone_joins_no_list(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a condition says the holder's side is to receive is the holder's demand
    ("Zelensky said Kyiv was ready to set aside its NATO bid if it received legally binding security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    # a step the other side is to take, after "only if", is the holder's demand too
    ("Putin said Russia would accept a ceasefire only if Ukraine withdrew from Donbas.",
     {("vladimir_putin", "ceasefire", "conditional", "reported_speech"),
      ("vladimir_putin", "territorial_concessions", "support", "condition_demand")}),
    # what the others are to give the holder's side ("gave it", "give Ukraine") is asked for too; what they are to
    # give another side, or a threat's condition, is not
    ("Zelensky said Ukraine was prepared to drop its bid to join NATO if the United States gave it legally binding "
     "guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    ("Zelensky said he could set aside Ukraine's NATO bid if Washington would give Ukraine security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    ("Peskov said Moscow would respond if Europe gave Ukraine security guarantees.", set()),
    # a bare "provided" opens the same condition
    ("Zelensky said Ukraine was ready to give up its bid for NATO membership provided it received binding "
     "security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    ("Zelensky said Ukraine was ready to give up its bid for NATO membership, provided it received binding "
     "security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    # guarantees offered with no recipient named go to the one who sets the condition
    ("Zelensky signalled that Kyiv could give up its NATO bid if Washington and its European allies offered binding "
     "guarantees instead.",
     {("volodymyr_zelensky", "neutrality", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    # what the step is to come with, or be backed by, is asked for too; what it must not come with is not
    ("Zelensky said Ukraine was open to a truce along the front line provided it came with firm security "
     "guarantees.",
     {("volodymyr_zelensky", "ceasefire", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "security_guarantees", "support", "condition_demand")}),
    ("Merz said Germany would accept a ceasefire only if it is backed by security guarantees.",
     {("friedrich_merz", "ceasefire", "conditional", "reported_speech"),
      ("friedrich_merz", "security_guarantees", "support", "condition_demand")}),
    ("Zelensky said Ukraine was open to a truce provided it did not come with security guarantees for Russia.",
     {("volodymyr_zelensky", "ceasefire", "conditional", "reported_speech")}),
    # part of the front frozen is a halt all the same
    ("Putin proposed freezing most of the front if Ukraine withdrew from Donetsk.",
     {("vladimir_putin", "ceasefire", "conditional", "subject"),
      ("vladimir_putin", "territorial_concessions", "support", "condition_demand")}),
])
def test_what_a_condition_asks_for(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_an_aside_about_the_subject_is_not_the_object(nlp):
    # "who attended the summit" says what Zelensky did, not what he urged
    assert rows_of(nlp, "Zelensky, who attended the summit in person, had urged leaders to decide before the end "
                        "of the year.") == set()


@pytest.mark.parametrize("text, expected", [
    # Ukraine's freedom to choose its alliances is the opposite of neutrality
    ("Merz said Kyiv must remain free to choose its alliances.",
     {("friedrich_merz", "neutrality", "oppose", "speaker")}),
    ("Russia rejects Ukraine's right to choose its own alliances.", {("russia", "neutrality", "support", "subject")}),
    # a meeting that "would not go ahead" is called off by whoever says so
    ("Trump said the summit with Putin would not go ahead.", {("donald_trump", "direct_talks", "oppose", "speaker")}),
])
def test_alliances_chosen_and_meetings_called_off(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "is not going to" refuses like "will not"
    ("Ukraine is not going to withdraw from Donbas, Zelensky stressed.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Putin said he was not going to meet Zelensky.", {("vladimir_putin", "direct_talks", "oppose", "pronoun")}),
    # a meeting put off to the final stage is a condition
    ("Zakharova said Putin was ready for a meeting with Zelensky only at the final stage.",
     {("vladimir_putin", "direct_talks", "conditional", "subject")}),
])
def test_refusals_and_deferrals_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_who_expresses_a_readiness_speaks(nlp):
    assert rows_of(nlp, "Zelensky expressed Ukraine's readiness to host a leaders' summit.") == \
        {("volodymyr_zelensky", "direct_talks", "support", "own_side"), ("ukraine", "direct_talks", "support", "own_side")}


@pytest.mark.parametrize("text, expected", [
    # "frontiers must never be redrawn by force" is the European formula against ceding land; "but insisted" is
    # said by the subject of the first speech verb
    ("European leaders said the US draft could be a basis for work but insisted that frontiers must never be "
     "redrawn by force.", {("europe", "territorial_concessions", "oppose", "speaker")}),
    # the formula with tanks for force
    ("Merz said the government should state plainly that borders cannot be redrawn by tanks.",
     {("friedrich_merz", "territorial_concessions", "oppose", "subject")}),
])
def test_the_borders_formula_after_but(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # headline refusals and deferrals
    ("Kremlin says no ceasefire until Kyiv meets conditions", {("kremlin", "ceasefire", "conditional", "reported_speech")}),
    ("Zelensky says no territorial concessions.", {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Putin open to Zelensky meeting but not yet, says Kremlin",
     {("vladimir_putin", "direct_talks", "conditional", "subject")}),
])
def test_headline_refusals_and_deferrals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_live_blogs_time_stamp_before_the_speaker(nlp):
    # "14:05 Zelensky: ..." is his statement, like a headline's "Zelensky: ..."
    assert rows_of(nlp, "14:05 Zelensky: We will not give up our land.") == \
        {("volodymyr_zelensky", "territorial_concessions", "oppose", "pronoun")}


@pytest.mark.parametrize("text, expected", [
    # neither one nor the other is neutral
    ("Moscow neither accepted nor rejected the proposal for a truce.", {("russia", "ceasefire", "neutral", "subject")}),
])
def test_neither_one_nor_the_other(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_european_troops_in_ukraine_are_a_deployment(nlp):
    assert rows_of(nlp, "Zakharova repeated that European troops in Ukraine were unacceptable.") == \
        {("maria_zakharova", "security_guarantees", "oppose", "subject")}


@pytest.mark.parametrize("text, expected", [
    # what nothing can move without is wanted: a meeting named without the hyphen
    ("Trump told reporters that nothing would happen until he and Putin sat down together.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Trump said there would be no real progress until he met Putin face to face.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Trump said nothing would move until he and Putin got together.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    # an adverb after the modal, and the other leader met "himself"
    ("Trump said nothing would really move until he sat down with Putin.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Trump said this week that nothing would happen until he met Putin himself.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Trump said he met Putin himself in 2018.", set()),
    ("Rubio said he saw no breakthrough without a direct conversation between the two leaders.",
     {("marco_rubio", "direct_talks", "support", "speaker")}),
    ("Rubio said he did not expect any real progress until the two presidents met face to face.",
     {("marco_rubio", "direct_talks", "support", "speaker")}),
    # hitting a sector is a sanction; hitting its facilities is a strike
    ("Zelensky urged allies to hit Russian energy and banks if Moscow kept stalling.",
     {("volodymyr_zelensky", "sanctions", "conditional", "subject")}),
    ("Zelensky said Ukraine would keep hitting Russian energy facilities with drones.", set()),
])
def test_nothing_until_a_meeting_and_hitting_a_sector(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # having taken note of a request commits to nothing
    ("Medinsky said Moscow had taken note of Kyiv's request for a meeting of the presidents.",
     {("vladimir_medinsky", "direct_talks", "neutral", "own_side"), ("russia", "direct_talks", "neutral", "own_side"),
      ("ukraine", "direct_talks", "support", "possessive")}),
    # "the measure" refers back to the sanctions named before it
    ("Washington imposed sanctions on Moscow. The Kremlin called the measure unjustified.",
     {("united_states", "sanctions", "support", "subject"), ("kremlin", "sanctions", "oppose", "subject")}),
])
def test_taking_note_and_the_measure(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a member state that dropped its hold on a package objected before and backs it now (codebook rule 8)
    ("The EU adopted its 18th sanctions package after Italy dropped its hold-out.",
     {("european_union", "sanctions", "support", "subject"), ("italy", "sanctions", "oppose", "possessive"),
      ("italy", "sanctions", "support", "possessive")}),
    ("Ambassadors signed off on the 19th package after Merz dropped his opposition.",
     {("friedrich_merz", "sanctions", "oppose", "possessive"), ("friedrich_merz", "sanctions", "support", "possessive")}),
    ("Ambassadors signed off on the 19th package after Finland lifted its hold.",
     {("finland", "sanctions", "oppose", "possessive"), ("finland", "sanctions", "support", "possessive")}),
    # a cue that holds its possessive: whose it is
    ("Zelensky said his opposition to a frozen conflict was well known.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "possessive")}),
    ("Kyiv tightened its hold on the front line.", set()),
])
def test_dropped_holds_and_oppositions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # deciding to do what a proposal names is backing it; immobilising assets is a sanction
    ("On December 12 the EU decided to immobilize Russian central bank assets.",
     {("european_union", "sanctions", "support", "subject")}),
    ("Trump decided to shelve the summit.", {("donald_trump", "direct_talks", "oppose", "subject")}),
    # a loan backed by assets already immobilised names no sanction
    ("Belgium opposed a loan backed by immobilized Russian central bank assets.", set()),
    # humanitarian pauses in the plural are a truce
    ("Moscow instead offered short humanitarian pauses of 24 to 48 hours.",
     {("russia", "ceasefire", "support", "subject")}),
])
def test_decisions_immobilised_assets_and_pauses(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # offering to host, with the meeting named before; hosting troops is no meeting
    ("Trump and Putin agreed to meet in Budapest, and Orbán quickly offered to host.",
     {("donald_trump", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Erdogan said Turkey was ready to host.", {("turkey", "direct_talks", "support", "subject")}),
    ("Poland said it was ready to host US troops.", set()),
    # a time that is a condition
    ("Zelensky said negotiations could begin in any format once the guns fell silent, but not before.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "speaker")}),
    # "and later said he": the subject of the first verb speaks, not the person it phoned
    ("Trump broke off the meeting to phone Putin and later said he had begun arranging a Putin-Zelensky meeting.",
     {("donald_trump", "direct_talks", "support", "pronoun")}),
])
def test_hosting_conditions_as_times_and_and_later_said(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", and that" opens the next reported clause: what was agreed ends before it
    ("Ushakov said both sides had agreed not to disclose details, and that no new summit was planned for now.", set()),
    ("Ushakov said Putin and Trump had agreed to keep talking, and that a summit was not planned.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("donald_trump", "direct_talks", "support", "subject")}),
])
def test_and_that_opens_the_next_reported_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # for whom a proposal is non-negotiable holds it, and a speaker of that side too
    ("Ukraine's neutrality remains non-negotiable for Moscow.", {("russia", "neutrality", "support", "after")}),
    ("Zakharova said Ukraine's neutrality was non-negotiable for Russia.",
     {("maria_zakharova", "neutrality", "support", "own_side"), ("russia", "neutrality", "support", "own_side")}),
])
def test_non_negotiable_for(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Moscow's claim to land is the concession asked for
    ("Zelensky rejected Russia's territorial claims.", {("volodymyr_zelensky", "territorial_concessions", "oppose",
                                                        "subject")}),
    ("The Kremlin insists that Ukraine accept Russia's claim to four partly occupied regions.",
     {("kremlin", "territorial_concessions", "support", "demand")}),
])
def test_russias_claims_to_land(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what someone would rather have, before what it should come before
    ("Merz said he would prefer to see a ceasefire before any summit.",
     {("friedrich_merz", "ceasefire", "support", "pronoun"), ("friedrich_merz", "direct_talks", "conditional",
                                                              "pronoun")}),
    ("Russia prefers a comprehensive settlement rather than a ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    # a priority that "remained" one
    ("Umerov said Kyiv's priority remained a full ceasefire.", {("rustem_umerov", "ceasefire", "support", "speaker")}),
    # Russia leaving occupied land is the opposite of Ukraine ceding it; Ukraine's withdrawal is the cession
    ("Zelensky demanded Russia's withdrawal from occupied land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky demanded that Russian troops withdraw from Ukraine.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Putin demanded that Ukraine withdraw its troops from Donbas.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    # and so is a return to the borders of 1991
    ("Zelensky insisted on a return to Ukraine's 1991 borders.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
])
def test_preferences_priorities_and_whose_withdrawal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal the speaker says is no precondition is not required: an objection to it ...
    ("Trump suggested a ceasefire was not a precondition.", {("donald_trump", "ceasefire", "oppose", "speaker")}),
    # ... and the proposal right before a predicate of its own is that clause's subject, not "suggested"'s object
    ("Zelensky suggested a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # "for talks" after it would make the talks its scope: no cue then
    ("Trump said a ceasefire was not a precondition for talks.", set()),
    # stopping one kind of strike is a truce
    ("Putin agreed on Tuesday to stop strikes on energy infrastructure for 30 days.",
     {("vladimir_putin", "ceasefire", "support", "subject")}),
])
def test_no_precondition_and_stopping_strikes(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a measure said to hurt those who take it, or to backfire, is objected to
    ("Putin said EU sanctions harm first of all the European economy.",
     {("vladimir_putin", "sanctions", "oppose", "speaker")}),
    ("Zakharova said the tariffs had backfired.", {("maria_zakharova", "sanctions", "oppose", "speaker")}),
    # hurting the target is the measure's point: no objection
    ("Merz said sanctions hurt the Russian economy.", set()),
    # a meeting that "may" take place only at the end is held open on a condition
    ("Putin said a meeting with Zelensky may take place only at the final stage.",
     {("vladimir_putin", "direct_talks", "conditional", "subject")}),
])
def test_measures_that_hurt_their_makers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # trading or bargaining a bid away is giving it up
    ("Zelensky refused to trade away Ukraine's NATO ambitions.",
     {("volodymyr_zelensky", "neutrality", "oppose", "subject")}),
    ("Putin urged Kyiv to bargain away its NATO bid.", {("vladimir_putin", "neutrality", "support", "subject")}),
])
def test_trading_a_bid_away(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # talks "without preconditions" set none, quoted or not
    ('Putin instead proposed direct talks in Istanbul "without preconditions".',
     {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Putin instead proposed direct talks in Istanbul without preconditions.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_talks_without_preconditions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # accepting or agreeing that others may do it is the acceptor's position, not the others' (also past "the")
    ("Rubio said Russia had agreed that the US and Europe could offer Ukraine security guarantees.",
     {("russia", "security_guarantees", "support", "demand")}),
    ("Rubio said Moscow had accepted that Washington and its allies could offer Ukraine security guarantees.",
     {("russia", "security_guarantees", "support", "demand")}),
])
def test_accepting_that_others_may(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # arguing for it is backing it
    ("Kyiv had long argued for a ceasefire first, then negotiations.",
     {("ukraine", "ceasefire", "support", "subject"), ("ukraine", "direct_talks", "conditional", "subject")}),
])
def test_arguing_for(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting not agreed yet is not confirmed, not refused (the codebook's neutral)
    ("Ushakov said a summit had not yet been agreed.", {("yuri_ushakov", "direct_talks", "neutral", "speaker")}),
])
def test_not_agreed_yet(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pause belittled as a mere rest for an army is an objection to it
    ("Ushakov called the 30-day ceasefire a mere breathing space for Ukrainian forces.",
     {("yuri_ushakov", "ceasefire", "oppose", "subject")}),
    ("Zakharova said the truce would be nothing more than a brief respite for Kyiv's army.",
     {("maria_zakharova", "ceasefire", "oppose", "speaker")}),
    ("A ceasefire, Medinsky said, would be no more than a breather.",
     {("vladimir_medinsky", "ceasefire", "oppose", "speaker")}),
    ("Rutte said a truce would be nothing but a respite for Russia's army.",
     {("mark_rutte", "ceasefire", "oppose", "speaker")}),
])
def test_a_mere_breathing_space(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pause doubted as one that does not last, a step said to hand the other side a springboard: objections
    ("Trump said he preferred a full peace deal, arguing that ceasefires often fail to hold.",
     {("donald_trump", "ceasefire", "oppose", "speaker")}),
    ("Zelensky said giving up Donetsk would hand Moscow a springboard for its next offensive.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "speaker")}),
    # what a verb wants done to a proposal is the participle after it: sanctions wanted lifted are opposed
    ("Zakharova said Moscow wants the sanctions lifted first.",
     {("maria_zakharova", "sanctions", "oppose", "own_side"), ("russia", "sanctions", "oppose", "own_side")}),
    # "provided" with no comma and no "that", before its subject, is a condition
    ("Merz said a truce would be welcome provided Russia stopped its strikes on ports.",
     {("friedrich_merz", "ceasefire", "conditional", "reported_speech")}),
])
def test_doubts_springboards_wanted_undone_and_provided(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a call" after a determiner is a noun, not the verb that judges an object ("called the plan unfair")
    ("Trump said after a call with Putin that Turkey was very interested in hosting talks.",
     {("turkey", "direct_talks", "support", "subject")}),
])
def test_a_call_is_no_judging_verb(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # wanting a pledge of the opposite ("commit not to", "promise never to") is wanting the restriction
    ("Putin wants Ukraine to promise never to join NATO.", {("vladimir_putin", "neutrality", "support", "subject")}),
    ("Trump's plan would require Kyiv to commit not to join NATO.",
     {("donald_trump", "neutrality", "support", "possessive")}),
    # not ruling out discussing it is being open to talk about it (the codebook's conditional)
    ("Zelensky said he did not rule out discussing a demilitarised zone.",
     {("volodymyr_zelensky", "territorial_concessions", "conditional", "pronoun")}),
    # a numbered package spelled out
    ("The EU is preparing a twentieth package.", {("european_union", "sanctions", "support", "subject")}),
])
def test_pledges_of_the_opposite_and_not_ruling_out_talks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand named with its owner ("remained Kyiv's first request"), held by the one who says so
    ("Rustem Umerov said an unconditional ceasefire remained Kyiv's first request.",
     {("rustem_umerov", "ceasefire", "support", "speaker")}),
    ("Medinsky said neutrality was Russia's main demand.",
     {("vladimir_medinsky", "neutrality", "support", "speaker")}),
    # the senders of a force named as a plural possessive ("NATO countries' forces")
    ("Zakharova said any deployment of NATO countries' forces in Ukraine would be unacceptable.",
     {("maria_zakharova", "security_guarantees", "oppose", "subject")}),
    ("Moscow rejects European states’ troops anywhere near the front.",
     {("russia", "security_guarantees", "oppose", "subject")}),
])
def test_an_owned_demand_and_a_force_named_by_its_senders(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's present tense is the act itself
    ("Oil jumps as Washington blacklists Rosneft and Lukoil", {("united_states", "sanctions", "support", "subject")}),
    # a decision left to its owner is no position on the land itself
    ("The European Union said decisions about territory belong to Ukraine alone.",
     {("european_union", "territorial_concessions", "neutral", "speaker")}),
    ("Any decision on land, Merz said, rests with Ukrainians.",
     {("friedrich_merz", "territorial_concessions", "neutral", "speaker")}),
    # or left to the people's vote, past a "have to" that wants nothing itself
    ("Zelensky said any decision on territory would have to be approved by the Ukrainian people.",
     {("volodymyr_zelensky", "territorial_concessions", "neutral", "speaker")}),
    ("Merz said any decision on land would have to be made by the Ukrainian people themselves.",
     {("friedrich_merz", "territorial_concessions", "neutral", "speaker")}),
    # the alliance's decisions left to its members: no position on Ukraine joining
    ("Rutte said only that membership decisions belonged to the 32 allies.",
     {("mark_rutte", "neutrality", "neutral", "speaker")}),
    ("At NATO, Rutte noted that decisions on enlargement rest with all 32 allies.",
     {("mark_rutte", "neutrality", "neutral", "speaker")}),
    ("Rutte said membership decisions were for allies alone.", {("mark_rutte", "neutrality", "neutral", "speaker")}),
    # land named as the hardest of the open questions, left to the leaders
    ("Kyiv says the most sensitive issues, land among them, are to be settled by the presidents in person.",
     {("ukraine", "territorial_concessions", "neutral", "subject")}),
    ("Zelensky said the hardest questions, territory above all, would be left to the leaders.",
     {("volodymyr_zelensky", "territorial_concessions", "neutral", "subject")}),
])
def test_a_headline_blacklisting_and_a_decision_that_belongs_to_ukraine(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is left of a region is the land itself
    ("Putin demanded the rest of the Donetsk region.", {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Zelensky said Ukraine would never give up the remainder of Donetsk.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_the_rest_of_a_region_is_land(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal that has someone's backing is backed by them
    ("The ceasefire had the backing of Washington.", {("united_states", "ceasefire", "support", "after")}),
    ("The truce has the full support of the United States, Rubio said.",
     {("marco_rubio", "ceasefire", "support", "own_side"), ("united_states", "ceasefire", "support", "own_side")}),
])
def test_a_proposal_with_someone_s_backing(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # plans set aside are shelved; a bid set aside is given up
    ("Trump set aside plans for a second meeting with Putin in Budapest.",
     {("donald_trump", "direct_talks", "oppose", "subject")}),
    ("Zelensky said Ukraine could set aside its NATO bid.",
     {("volodymyr_zelensky", "neutrality", "support", "own_side"), ("ukraine", "neutrality", "support", "own_side")}),
])
def test_plans_set_aside_are_shelved(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # pauses in the plural are a truce proposal too
    ("Medinsky also proposed short pauses to recover the dead.",
     {("vladimir_medinsky", "ceasefire", "support", "subject")}),
    # Ukraine's security ensured is a guarantee; the possessive inside the proposal's name holds nothing
    ("Putin said he agreed with Trump that Ukraine's security should be ensured.",
     {("vladimir_putin", "security_guarantees", "support", "speaker")}),
    ("Putin met Trump. He said he agreed that Ukraine's security should be ensured, without saying how.",
     {("vladimir_putin", "security_guarantees", "support", "speaker")}),
])
def test_pauses_and_ukraine_s_security_ensured(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # part of the land given up, and a claim recognised with its owner as a pronoun
    ("Trump said both Russia and Ukraine would have to give up some of the territory they hold.",
     {("donald_trump", "territorial_concessions", "support", "speaker")}),
    ("Putin demanded recognition of its claims to four Ukrainian regions.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
])
def test_some_of_the_territory_and_recognition_of_its_claims(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an invitation into the alliance is membership, not talks
    ("Zelensky wants an invitation to join NATO.", {("volodymyr_zelensky", "neutrality", "oppose", "subject")}),
    ("Zelensky asked for a membership invitation.", {("volodymyr_zelensky", "neutrality", "oppose", "subject")}),
    ("Putin accepted an invitation to talks in Istanbul.", {("vladimir_putin", "direct_talks", "support", "subject")}),
    # "an invitation to the next invasion" is a figure of speech
    ('"It is an invitation to the next invasion," Rubio said.', set()),
])
def test_a_membership_invitation_is_no_invitation_to_talks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the guns falling silent with a modal between, and sitting down to talk, conjugated
    ("Merz said the guns must fall silent before anyone sits down to talk.",
     {("friedrich_merz", "ceasefire", "support", "speaker"), ("friedrich_merz", "direct_talks", "conditional", "speaker")}),
])
def test_guns_that_must_fall_silent_before_anyone_sits_down(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # land talks that start from the front line are a condition on any cession, with the verb between too
    ("Britain, France and Germany proposed that territorial talks would start from the current line of contact.",
     {("britain", "territorial_concessions", "conditional", "subject"),
      ("france", "territorial_concessions", "conditional", "subject"),
      ("germany", "territorial_concessions", "conditional", "subject")}),
    ("The EU backed territorial talks starting from the current front line.",
     {("european_union", "territorial_concessions", "conditional", "subject")}),
])
def test_land_talks_starting_from_the_front_line_are_a_condition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a manner adverb between a verb and its particle leaves the cue whole
    ("Trump has called repeatedly for an immediate ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
    ("Rutte pushed hard for tougher sanctions on Moscow.", {("mark_rutte", "sanctions", "support", "subject")}),
    ("Merz argued again for a ceasefire first.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    # a hedge is no manner adverb: "probably" keeps the phrase apart, as "only" does
    ('Rubio said the talks had been "probably the most productive" so far.', set()),
])
def test_an_adverb_inside_a_cue_phrase(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and said" inside a ", who" clause: its antecedents speak, not the subject of the main clause
    ("Putin did not reply to the ultimatum of Rutte and Merz, who travelled to Kyiv by train and said a full halt "
     "to the fighting must begin on Monday.",
     {("mark_rutte", "ceasefire", "support", "speaker"), ("friedrich_merz", "ceasefire", "support", "speaker")}),
    # a person after "after" with a verb of their own is the subject of that clause: "he" in the next sentence
    ("The move came a day after President Trump shelved plans for a meeting with Putin in Hungary. He has called "
     "for an immediate ceasefire.",
     {("donald_trump", "direct_talks", "oppose", "subject"), ("donald_trump", "ceasefire", "support", "pronoun")}),
    ("After Trump met Putin in Alaska, he called for a ceasefire.",
     {("donald_trump", "ceasefire", "support", "pronoun")}),
])
def test_speakers_of_a_relative_clause_and_of_an_after_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # nothing moves until the leaders meet in person: the meeting is wanted, in the passive too
    ("Trump said no real progress could be expected until he met Putin in person.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Trump said there would be no breakthrough until he personally meets with Putin.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
])
def test_no_progress_until_the_leaders_meet_in_person(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the quickest route to peace named by the speaker: what it runs through is wanted, what it skips is not
    ("Trump said the quickest route was to move straight to a peace agreement rather than a temporary truce.",
     {("donald_trump", "ceasefire", "oppose", "speaker")}),
    ("Rutte said the surest way forward was an immediate ceasefire.",
     {("mark_rutte", "ceasefire", "support", "speaker")}),
])
def test_the_quickest_route_is_the_speakers_choice(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a settlement must rest on, or has as a foundation, is the speaker's demand
    ("Merz said that any peace had to rest on solid security guarantees.",
     {("friedrich_merz", "security_guarantees", "support", "speaker")}),
    ("Zakharova said Ukraine's neutral status remained one of the foundations of any settlement.",
     {("maria_zakharova", "neutrality", "support", "speaker")}),
    ("Putin said the settlement must be based on Ukraine's neutrality.",
     {("vladimir_putin", "neutrality", "support", "speaker")}),
])
def test_what_a_settlement_must_rest_on(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the terms a side sets, listed after "include", "including" or a colon, are what it wants
    ("The Kremlin's conditions: a neutral Ukraine and all of Donbas.",
     {("kremlin", "neutrality", "support", "possessive"), ("kremlin", "territorial_concessions", "support", "possessive")}),
    ("Russia's conditions remain unchanged: a neutral Ukraine and all of Donbas.",
     {("russia", "neutrality", "support", "possessive"), ("russia", "territorial_concessions", "support", "possessive")}),
    # (and what Kyiv rejected, with them)
    ("Moscow's terms, including a permanent ban on Ukraine joining NATO, were rejected in Kyiv.",
     {("russia", "neutrality", "support", "possessive"), ("ukraine", "neutrality", "oppose", "passive")}),
    ("Putin's requirements include Ukraine's withdrawal from Donbas.",
     {("vladimir_putin", "territorial_concessions", "support", "possessive")}),
    # conditions *for* a proposal stay a condition on it
    ("Russia's conditions for a ceasefire are unacceptable.", {("russia", "ceasefire", "conditional", "possessive")}),
])
def test_the_conditions_a_side_sets(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # gladly talking to the other leader is backing talks
    ("Trump said he would be happy to talk to Putin again.", {("donald_trump", "direct_talks", "support", "pronoun")}),
    ("Zelensky said he was glad to talk with Putin directly.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
    # what the speaker says is in preparation is the speaker's side's plan
    ("Merz said more measures were being prepared.", {("friedrich_merz", "sanctions", "support", "speaker")}),
    ("Rutte said a new sanctions package was being drawn up.", {("mark_rutte", "sanctions", "support", "speaker")}),
])
def test_gladly_talking_and_plans_in_preparation(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # daring the other leader to come in person is a call for a meeting
    ("Zelensky challenged Putin to come to Istanbul himself.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    ("Zelensky dared Putin to come in person.", {("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    ("Putin refused to travel to Turkey in person.", {("vladimir_putin", "direct_talks", "oppose", "subject")}),
])
def test_coming_to_the_talks_in_person(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a time phrase between the subject and its verb ("this week", "earlier this year") leaves the verb a verb
    ("Washington this week imposed sanctions on Rosneft.", {("united_states", "sanctions", "support", "subject")}),
    ("The EU this month adopted a new sanctions package.", {("european_union", "sanctions", "support", "subject")}),
    ("Britain earlier this year imposed sanctions on Rosneft.", {("britain", "sanctions", "support", "subject")}),
])
def test_a_time_phrase_before_the_verb(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # halting where the armies stand is a ceasefire
    ("Trump said both armies should halt along the current front line.",
     {("donald_trump", "ceasefire", "support", "speaker")}),
    # an offer not taken up is refused
    ("Zelensky offered a truce. Putin did not take up the offer.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Putin took up positions on the ceasefire.", set()),
])
def test_halting_at_the_front_and_taking_up_an_offer(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # wanting the other side's troops out of the land is wanting it ceded
    ("Moscow wants Ukrainian troops out of the part of Donetsk they still hold.",
     {("russia", "territorial_concessions", "support", "subject")}),
    ("Putin demanded Ukrainian forces out of Donbas.", {("vladimir_putin", "territorial_concessions", "support", "subject")}),
])
def test_troops_wanted_out_of_the_land(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # wanting to speak to the other side directly backs talks
    ("Trump said he would like to speak with him directly.", {("donald_trump", "direct_talks", "support", "pronoun")}),
    ("Merz said Europe should find a way to speak to Moscow directly.",
     {("friedrich_merz", "direct_talks", "support", "deontic")}),
    ("Zelensky said he was ready to talk directly with Putin.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
])
def test_speaking_to_the_other_side_directly(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # not having said whether leaves it open, like "did not say whether"
    ("Trump has not said whether he is prepared to back new sanctions.",
     {("donald_trump", "sanctions", "neutral", "subject")}),
    ("Merz had not yet indicated whether Germany would send troops to a reassurance force.",
     {("friedrich_merz", "security_guarantees", "neutral", "subject")}),
])
def test_not_having_said_whether(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a modal that opens the proposal's own term, after an inserted speech verb, is the speaker's
    ("Merz spoke in Berlin. Borders, he said, must not be redrawn by force.",
     {("friedrich_merz", "territorial_concessions", "oppose", "speaker")}),
    ("Rutte spoke in Brussels. Borders, he added, cannot be changed by force.",
     {("mark_rutte", "territorial_concessions", "oppose", "pronoun")}),
])
def test_a_modal_opening_the_proposals_term(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # left to the Ukrainians ("for Ukrainians to decide", "for Kyiv to settle") is no position of the speaker's
    ("Asked whether Ukraine should give up territory, Rutte replied that this was for Ukrainians to decide.",
     {("mark_rutte", "territorial_concessions", "neutral", "speaker")}),
])
def test_left_to_the_ukrainians(nlp, text, expected):
    assert rows_of(nlp, text) == expected
