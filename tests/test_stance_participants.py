"""Who takes part in a position: arranged meetings, groups placed by a country, pledged troops, "never refused".

Sentences are made up in the style of news copy; each case asserts the rows (actor, topic, stance, rule) that
the full pipeline codes with the test corpus's codebooks.
"""

from __future__ import annotations

import pytest

from helpers.stance import code_text
from tests.test_stance_rules import CODEBOOKS, rows_of


@pytest.mark.parametrize("text, expected", [
    # an arranged meeting: each participant named as its subject holds it (codebook rule 6)
    ("Trump and Putin will meet in Alaska on Friday.",
     {("donald_trump", "direct_talks", "support", "subject"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Putin and Trump are scheduled to meet in Anchorage on August 15.",
     {("donald_trump", "direct_talks", "support", "subject"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Trump and Putin are due to hold a summit in Budapest.",
     {("donald_trump", "direct_talks", "support", "subject"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Trump said he and Putin would meet in Budapest within two weeks.",
     {("donald_trump", "direct_talks", "support", "subject"),
      ("vladimir_putin", "direct_talks", "support", "subject")}),
    # a condition still makes it conditional; an expectation is nobody's position
    ("Trump said he would meet Putin only after a ceasefire.",
     {("donald_trump", "direct_talks", "conditional", "pronoun")}),
    ("The two leaders are expected to meet next week.", set()),
    # allies meeting among themselves are no talks between the parties: a meeting cue needs two parties named
    ("Merz said the coalition of the willing would meet by video on Tuesday.", set()),
    ("Merz said European leaders will meet in London next week.", set()),
    ("Trump is set to meet with the Ukrainian president on Monday.",
     {("donald_trump", "direct_talks", "support", "subject")}),
    # "meet" before demands is no meeting, and "due to" as "because of" is no schedule
    ("Merz said the offer would meet Russia's demands.", set()),
])
def test_an_arranged_meeting_is_its_participants_position(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group placed "in" or "from" a country speaks for it, unless the group has a side of its own
    ("Officials in Washington rejected the ceasefire proposal.", {("united_states", "ceasefire", "oppose", "subject")}),
    ("Diplomats from Germany and France called for a ceasefire.",
     {("germany", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject")}),
    ("US officials in Kyiv rejected the ceasefire proposal.", {("united_states", "ceasefire", "oppose", "subject")}),
    # a place that is only where something happened is still no holder
    ("At the talks in Istanbul, negotiators from Russia rejected a ceasefire.",
     {("russia", "ceasefire", "oppose", "subject")}),
])
def test_a_group_placed_by_a_country_speaks_for_it(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain and France pledged troops for a reassurance force.",
     {("britain", "security_guarantees", "support", "subject"),
      ("france", "security_guarantees", "support", "subject")}),
    ("Merz offered soldiers to the multinational force, his office said.",
     {("friedrich_merz", "security_guarantees", "support", "subject")}),
    # never refusing is holding it open; refusing is opposing
    ("Ushakov said Moscow had never refused dialogue with the Ukrainian side.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    ("Putin refused to meet Zelensky.", {("vladimir_putin", "direct_talks", "oppose", "subject")}),
    # a demand written into the proposal's own words ("the fighting *must* stop") is the speaker's
    ("The fighting must stop, Merz said.", {("friedrich_merz", "ceasefire", "support", "speaker")}),
    # (the view is Trump's; the leaders who back it hold it too: helpers.stance.shared)
    ("European leaders said they firmly back Trump's view that the killing should end now.",
     {("donald_trump", "ceasefire", "support", "speaker"), ("europe", "ceasefire", "support", "shared_position")}),
])
def test_pledges_refusals_and_demands_inside_a_term(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # soldiers offered or refused with no place named are the protection force of this story
    ("Meloni has ruled out sending Italian troops.", set()),  # Meloni is not in the test codebook: nobody
    ("Rubio said the United States would not provide troops.",
     {("marco_rubio", "security_guarantees", "oppose", "own_side"),
      ("united_states", "security_guarantees", "oppose", "own_side")}),
    # a speaker of the same side reporting it holds it too
    ("Britain is ready to contribute troops, Merz said.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("britain", "security_guarantees", "support", "own_side")}),
    # a stated limit is no opposition ("stopped short of committing troops" keeps the support)
    ("Trump voiced support for security guarantees but stopped short of committing U.S. troops.",
     {("donald_trump", "security_guarantees", "support", "subject")}),
    # troops sent somewhere else are no guarantee, and there is no cue
    ("Russia has sent troops to the border, Zelensky said.", set()),
])
def test_troops_offered_or_refused(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia reiterated that a neutral status for Ukraine was a key demand.",
     {("russia", "neutrality", "support", "speaker")}),
    ("Ushakov said that neutrality remained one of the main goals.",
     {("yuri_ushakov", "neutrality", "support", "speaker")}),
    # offering a go-between backs the talks
    ("Turkey offered to mediate between Moscow and Kyiv.", {("turkey", "direct_talks", "support", "subject")}),
])
def test_key_demands_and_mediation(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a list is the whole list's
    ("Merz, Rubio and Rutte, who demanded an unconditional ceasefire, flew to Kyiv.",
     {("friedrich_merz", "ceasefire", "support", "relative_clause"), ("marco_rubio", "ceasefire", "support",
                                                                      "relative_clause"),
      ("mark_rutte", "ceasefire", "support", "relative_clause")}),
    # members named after a group that opens the clause share its position; names after an object do not
    ("European leaders, including Merz and Rutte, issued a statement backing a European-led force.",
     {("europe", "security_guarantees", "support", "subject"), ("friedrich_merz", "security_guarantees", "support",
                                                                 "subject"),
      ("mark_rutte", "security_guarantees", "support", "subject")}),
    ("Trump met several leaders, including Merz, and rejected a ceasefire.",
     {("donald_trump", "ceasefire", "oppose", "shared_subject")}),
    # a bare group with no comma before "including" that opens its clause: its named members, not their countries
    ("In a joint statement, leaders including Germany's Friedrich Merz and Britain's Keir Starmer said borders must "
     "not be changed by force.",
     {("friedrich_merz", "territorial_concessions", "oppose", "speaker"),
      ("keir_starmer", "territorial_concessions", "oppose", "speaker")}),
    ("Trump met leaders including Merz and rejected a ceasefire.",
     {("donald_trump", "ceasefire", "oppose", "shared_subject")}),
])
def test_lists_before_relatives_and_members_of_a_group(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Umerov said the logical next step was a meeting of the two presidents.",
     {("rustem_umerov", "direct_talks", "support", "speaker")}),
    # the same step with the adjective after "next"
    ("Umerov said the next natural step would be a summit between the two leaders.",
     {("rustem_umerov", "direct_talks", "support", "speaker")}),
    ("Rubio said the moment had come for an immediate ceasefire.",
     {("marco_rubio", "ceasefire", "support", "speaker")}),
    ("Rubio warned that foreign banks could face secondary sanctions.",
     {("marco_rubio", "sanctions", "conditional", "speaker")}),
    # a proposal that must start: the speaker's, and a list before "who ... said" speaks as one
    ("Merz, Rubio and Rutte, who travelled together to Kyiv, said a full halt to the fighting must begin on Monday.",
     {("friedrich_merz", "ceasefire", "support", "speaker"), ("marco_rubio", "ceasefire", "support", "speaker"),
      ("mark_rutte", "ceasefire", "support", "speaker")}),
    ("Ushakov said Moscow was ready to keep talking.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
])
def test_next_steps_moments_and_threatened_sanctions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # not moving from a demand keeps it
    ("Rubio said Moscow had not moved from its demand that Kyiv hand over the rest of the Donbas.",
     {("russia", "territorial_concessions", "support", "possessive")}),
    # ruling out a region's return backs the cession; a law that forbids ceding land opposes it
    ("Trump ruled out Crimea's return.", {("donald_trump", "territorial_concessions", "support", "subject")}),
    ("Zelensky said his constitution forbids ceding land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "possessive")}),
    # the European formula: the modal inside the term is the cue
    ("Merz said borders could not be changed by force.",
     {("friedrich_merz", "territorial_concessions", "oppose", "subject")}),
    # a place floated or offered for the talks backs them
    ("Merz floated Geneva as a venue.", {("friedrich_merz", "direct_talks", "support", "subject")}),
    # viewing it badly or well
    ("Ushakov said Russia would view any European troops in Ukraine negatively.",
     {("yuri_ushakov", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
])
def test_demands_kept_laws_borders_venues_and_views(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two predicates of one subject joined by "but": the second is about the same proposal
    ("Ushakov said a meeting was needed but had to be carefully prepared.",
     {("yuri_ushakov", "direct_talks", "conditional", "speaker")}),
    # a second verb with its own subject-sharing clause does not take the first verb's object
    ("Putin rejected a ceasefire and demanded that Ukraine withdraw.",
     {("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_conjoined_predicates(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an object relative clause is about the proposal right before it, not about the talks named earlier
    ("The talks broke up without agreement on the 30-day ceasefire that Britain and its European allies have been "
     "demanding.", {("britain", "ceasefire", "support", "subject"), ("europe", "ceasefire", "support", "subject")}),
    ("They flew out with a summit the Kremlin hasn't confirmed, a pledge on security guarantees and homework.",
     {("kremlin", "direct_talks", "neutral", "subject")}),
    # "said before the talks that": the "that" of the speech verb, no relative clause on the talks
    ("Zelensky said before the talks that Ukraine was ready to give up its bid to join NATO in return for legally "
     "binding bilateral guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "own_side"), ("ukraine", "neutrality", "conditional", "own_side"),
      ("volodymyr_zelensky", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side")}),
    ("It was the truce that Kyiv backed.", {("ukraine", "ceasefire", "support", "subject")}),
    # a force named by its purpose is a reassurance force
    ("Merz pledged to take part in a force meant to reassure Ukraine.",
     {("friedrich_merz", "security_guarantees", "support", "subject")}),
    # a fronted phrase before the subject is no relative clause
    ("After the summit, Zelensky proposed to give up the NATO bid in return for security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional", "subject"),
      ("volodymyr_zelensky", "security_guarantees", "support", "subject")}),
    # a day before a name ends the time phrase: the name is the reported subject
    ("Witkoff said on Sunday Putin had accepted security guarantees.",
     {("vladimir_putin", "security_guarantees", "support", "subject")}),
    # possessors in a list of members are not members ("France's Merz" is Merz)
    ("European leaders, including Germany's Friedrich Merz and NATO's Mark Rutte, issued a statement backing a "
     "European-led force.", {("europe", "security_guarantees", "support", "subject"),
                            ("friedrich_merz", "security_guarantees", "support", "subject"),
                            ("mark_rutte", "security_guarantees", "support", "subject")}),
    # a participle "mediated by" names no mediation offer
    ("Umerov said he had agreed in consultations mediated by Turkey to resume prisoner exchanges.", set()),
])
def test_object_relatives_time_phrases_and_possessors(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a characterisation by someone else is nobody's position
    ("Merz and Rutte also made the trip, in what diplomats described as an effort to make sure Zelensky was not "
     "pressured into ceding territory.", set()),
    # ", and" before a clause with its own subject and verb ends a cue's reach
    ("Putin had declined a request for missiles, and a call with Trump last week had raised hopes of a meeting.",
     set()),
    ("Putin rejected the sanctions, and the talks.", {("vladimir_putin", "sanctions", "oppose", "subject"),
                                                      ("vladimir_putin", "direct_talks", "oppose", "subject")}),
    # the same when the proposal is the new clause's subject, its verb right after it
    ("Putin has said no to a simple ceasefire since March, and sanctions have not changed that calculation.",
     {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # a request that names its own object refers back to no proposal
    ("The talks on sanctions went on. Days earlier Putin had declined Zelensky's request for cruise missiles.",
     set()),
    # negotiating "through the media" is about publicity, not talks
    ("Ushakov said Russia would not negotiate through the media.", set()),
    ("Ushakov said Russia would not negotiate with Kyiv.",
     {("yuri_ushakov", "direct_talks", "oppose", "own_side"), ("russia", "direct_talks", "oppose", "own_side")}),
    # a loan funded by frozen assets is a financing plan, not a sanction
    ("Merz said Germany backed the reparations loan.", set()),
])
def test_characterisations_new_clauses_and_other_things(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Merz said talks were the only way to end the war.", {("friedrich_merz", "direct_talks", "support", "speaker")}),
    ("Merz said the war can only be settled through negotiations.",
     {("friedrich_merz", "direct_talks", "support", "speaker")}),
    ("Rutte said the conflict must end through dialogue.", {("mark_rutte", "direct_talks", "support", "speaker")}),
    # left open: not discussed, silent, not answered
    ("Ushakov said a three-way summit had not been discussed.",
     {("yuri_ushakov", "direct_talks", "neutral", "speaker")}),
    ("The Kremlin has so far remained silent on the proposal for a ceasefire.",
     {("kremlin", "ceasefire", "neutral", "subject")}),
    ("Putin did not answer the ceasefire demand directly.", {("vladimir_putin", "ceasefire", "neutral", "subject")}),
    # a time or stage the meeting waits for
    ("The Kremlin said a meeting between Putin and Zelensky could only take place at the final stage.",
     {("kremlin", "direct_talks", "conditional", "speaker")}),
    # "could not picture X without Y": X conditional, Y wanted
    ("Merz said he could not picture the next round of talks taking place without a ceasefire.",
     {("friedrich_merz", "direct_talks", "conditional", "pronoun"),
      ("friedrich_merz", "ceasefire", "support", "pronoun")}),
    ("Merz said he could hardly imagine the next meeting taking place without a ceasefire.",
     {("friedrich_merz", "direct_talks", "conditional", "pronoun"),
      ("friedrich_merz", "ceasefire", "support", "pronoun")}),
    # stopping where the armies stand is a ceasefire; the option someone backs in apposition is theirs
    ("Ushakov objected to stopping along the front line, the option Trump now backs.",
     {("yuri_ushakov", "ceasefire", "oppose", "subject"), ("donald_trump", "ceasefire", "support", "subject")}),
])
def test_only_ways_open_questions_and_stopping_lines(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand backed by a threat: the threatened measure is conditional
    ("Merz and Rutte traveled to Kyiv to demand a full truce from Monday, on pain of tougher sanctions.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "subject"),
      ("mark_rutte", "sanctions", "conditional", "subject")}),
    # another round of talks, but not another round of sanctions
    ("Ushakov said Russia stood ready to hold further rounds.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    ("The EU imposed a new round of sanctions on Moscow.", {("european_union", "sanctions", "support", "subject")}),
    ("Putin demanded that Ukraine pull out of all the territory Moscow claims.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    # parties of opposite sides failing to agree together state no position; one party failing to agree refuses
    ("Russia and Ukraine swapped prisoners but failed to agree on a ceasefire.", set()),
    ("Trump and Putin ended their talks without agreeing to a ceasefire.", set()),
    ("Putin failed to agree to a ceasefire.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # planning a proposal of one's own backs it; "after months of planning," plans nothing named
    ("Britain and France are planning a reassurance force for Ukraine.",
     {("britain", "security_guarantees", "support", "subject"), ("france", "security_guarantees", "support", "subject")}),
    ("After months of planning, the EU adopted sanctions.", {("european_union", "sanctions", "support", "subject")}),
    # a document handed over demands what its sender demands
    ("Russia handed over a memorandum demanding that Ukraine renounce NATO membership.",
     {("russia", "neutrality", "support", "subject")}),
    # a demonym's officials opening a clause after ", and" are their country
    ("Putin met Trump, and Russian officials continue to insist that Ukraine abandon its aspiration to join NATO.",
     {("russia", "neutrality", "support", "subject")}),
    # Ukraine's own forces leaving land is ceding it, as "Russian troops leave" is the reverse
    ("Putin insisted that Ukrainian soldiers leave the region entirely.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("The Kremlin wants Kyiv's forces to pull out of the towns they still hold.",
     {("kremlin", "territorial_concessions", "support", "subject")}),
    # promises report a position like statements
    ("Trump promised the US would help guarantee Ukraine's security after any settlement.",
     {("donald_trump", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "own_side")}),
    ("Trump said he would hold off for now on tariffs against China.",
     {("donald_trump", "sanctions", "neutral", "pronoun")}),
])
def test_threats_rounds_withdrawals_and_promises(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare possessed noun at the clause's end is about the proposal before it
    ("The EU adopted its 19th sanctions package after Britain dropped its objections.",
     {("european_union", "sanctions", "support", "subject"), ("britain", "sanctions", "oppose", "possessive"),
      ("britain", "sanctions", "support", "possessive")}),
    ("The sanctions package passed despite Germany's objections.", {("germany", "sanctions", "oppose", "possessive")}),
    # dropped in the next sentence, with none of its own: the proposal of the sentence before
    ("The EU adopted its 19th sanctions package. Italy dropped its veto after securing energy terms.",
     {("european_union", "sanctions", "support", "subject"), ("italy", "sanctions", "oppose", "possessive"),
      ("italy", "sanctions", "support", "possessive")}),
    # "a demand" with no possessor stays no reference
    ("Putin proposed direct talks and Zelensky made a demand.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_bare_possessed_nouns(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_an_apposition_names_the_approach_its_endorsers_back(nlp):
    # "..., an approach X and Y endorsed in a statement ... for talks": the approach is the freeze named before it
    assert rows_of(nlp, "Trump has proposed freezing the conflict where the armies stand, an approach Merz and Rutte "
                        "endorsed in a statement calling the line of contact the starting point for talks.") == {
        ("donald_trump", "ceasefire", "support", "subject"), ("friedrich_merz", "ceasefire", "support", "subject"),
        ("mark_rutte", "ceasefire", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    ("Ushakov said Russia would make no territorial concessions.",
     {("yuri_ushakov", "territorial_concessions", "oppose", "own_side"),
      ("russia", "territorial_concessions", "oppose", "own_side")}),
    ("Ushakov said Moscow would accept no NATO-country troops in Ukraine.",
     {("yuri_ushakov", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    ("Zelensky's preferred option is a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "possessive")}),
])
def test_no_concessions_no_troops_and_preferred_options(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_plan_negotiated_by_one_with_another_is_both_authors(nlp):
    assert rows_of(nlp, "The original draft, negotiated by Witkoff with Ushakov, would require Ukraine to withdraw "
                        "from the Donetsk region.") == {
        ("steve_witkoff", "territorial_concessions", "support", "agent"),
        ("yuri_ushakov", "territorial_concessions", "support", "agent")}


@pytest.mark.parametrize("text, expected", [
    # "It" opening the next sentence goes on about the plan and its authors
    ("The plan, drafted by Witkoff and Ushakov, landed in Kyiv last week. It would require Ukraine to withdraw from "
     "the Donetsk region and renounce NATO membership.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"),
      ("yuri_ushakov", "territorial_concessions", "support", "agent"),
      ("steve_witkoff", "neutrality", "support", "agent"), ("yuri_ushakov", "neutrality", "support", "agent")}),
    # without authors named before, nobody holds what "it" requires
    ("The plan landed in Kyiv last week. It would require Ukraine to withdraw from the Donetsk region.", set()),
])
def test_it_after_an_authored_plan(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the signatories a sentence lists after a joint statement hold its positions too
    ("European leaders said in a joint statement they were ready to work toward a three-way summit. The signatories "
     "included Merz and Rutte.",
     {("europe", "direct_talks", "support", "pronoun"), ("friedrich_merz", "direct_talks", "support", "signatories"),
      ("mark_rutte", "direct_talks", "support", "signatories")}),
    ("European leaders backed a ceasefire. The statement was signed by Merz.",
     {("europe", "ceasefire", "support", "subject"), ("friedrich_merz", "ceasefire", "support", "signatories")}),
    # a list in the next sentence that names no signatories adds nobody
    ("European leaders backed a ceasefire. Merz and Rutte flew home.", {("europe", "ceasefire", "support", "subject")}),
    # a term with its own modal is that modal's: "insisted that" reports it, it adds no support
    ("European leaders insisted that borders must not be changed by force.",
     {("europe", "territorial_concessions", "oppose", "speaker")}),
])
def test_signatories_and_terms_with_their_own_cue(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_signatory_rows_quote_both_sentences(nlp):
    rows = code_text("European leaders backed a ceasefire. The statement was signed by Merz.", nlp=nlp,
                     context={"codebooks": CODEBOOKS})
    merz = rows[rows["actor_id"] == "friedrich_merz"].iloc[0]
    assert merz["evidence"] == "European leaders backed a ceasefire. | The statement was signed by Merz."


@pytest.mark.parametrize("text, expected", [
    # who must take part: any position on talks with that condition is conditional (codebook: "X must be involved")
    ("European leaders insist Ukraine must have a seat at the table.",
     {("europe", "direct_talks", "conditional", "speaker")}),
    ("Merz said a war in Europe could not be settled without Europeans.",
     {("friedrich_merz", "direct_talks", "conditional", "speaker")}),
    ("Merz warned against a settlement over the heads of the Ukrainians and the Europeans.",
     {("friedrich_merz", "direct_talks", "conditional", "subject")}),
    ("Germany, France and Britain said in a joint statement that the path to peace cannot be decided without Ukraine.",
     {("germany", "direct_talks", "conditional", "speaker"), ("france", "direct_talks", "conditional", "speaker"),
      ("britain", "direct_talks", "conditional", "speaker")}),
    # the same with "can be decided/made" ("nothing about Ukraine can be decided without Ukraine") and a deal
    # "imposed on" Kyiv or made "without its consent"
    ("Merz said nothing about Ukraine can be decided without Ukraine.",
     {("friedrich_merz", "direct_talks", "conditional", "speaker")}),
    ("Merz has said that no settlement can be imposed on Ukraine without its consent.",
     {("friedrich_merz", "direct_talks", "conditional", "speaker")}),
    ("Rutte said NATO would never accept a deal imposed on Kyiv.",
     {("mark_rutte", "direct_talks", "conditional", "own_side"), ("nato", "direct_talks", "conditional", "own_side")}),
    # a decision that can be made at a meeting names no one who must take part
    ("Merz said a decision can be made at the summit in June.", set()),
    # "without preconditions" is no one's participation
    ("Putin said he would meet Zelensky without preconditions.",
     {("vladimir_putin", "direct_talks", "support", "pronoun")}),
])
def test_conditions_of_who_takes_part(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # no plans yet: the meeting is left unconfirmed
    ("A White House official said there were no plans for the two presidents to meet soon.",
     {("white_house", "direct_talks", "neutral", "speaker")}),
    ("The Kremlin has no plans for a meeting with Zelensky.", {("kremlin", "direct_talks", "neutral", "subject")}),
    # what must be in place, and a demand backed by a threat (two entries each: alternatives are one word each)
    ("Zelensky said security guarantees had to be in place before the war ended.",
     {("volodymyr_zelensky", "security_guarantees", "support", "speaker")}),
    ("Merz and Rutte demanded a ceasefire, backed by the threat of sweeping sanctions.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "subject"),
      ("mark_rutte", "sanctions", "conditional", "subject")}),
])
def test_no_plans_things_in_place_and_threats(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_leading_condition_ends_before_the_next_reported_clause(nlp):
    # "said that if ..., X, and that Y": Y is a statement of its own, not under the condition
    assert rows_of(nlp, "Zelensky has said that if there is to be such a zone, Russian troops would have to pull back, "
                        "and that the fairest option would be to freeze the front where it currently runs.") == {
        ("volodymyr_zelensky", "ceasefire", "support", "speaker")}


def test_an_aside_between_two_objects_does_not_end_the_list(nlp):
    assert rows_of(nlp, "Trump ruled out a return of Crimea, annexed by Russia in 2014, and membership of NATO for "
                        "Kyiv.") == {("donald_trump", "territorial_concessions", "support", "subject"),
                                    ("donald_trump", "neutrality", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # "the statement said/reads": whoever issued the statement named before speaks
    ("In a joint statement, the leaders of France, Germany and Britain said they backed a ceasefire. It will be up to "
     "Ukraine to make decisions on its territory, the statement said.",
     {("france", "ceasefire", "support", "pronoun"), ("germany", "ceasefire", "support", "pronoun"),
      ("britain", "ceasefire", "support", "pronoun"), ("france", "territorial_concessions", "neutral", "speaker"),
      ("germany", "territorial_concessions", "neutral", "speaker"),
      ("britain", "territorial_concessions", "neutral", "speaker")}),
    # a statement nobody is named as issuing gives nobody
    ("It will be up to Ukraine to make decisions on its territory, the statement said.", set()),
])
def test_the_statement_speaks_for_its_authors(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand made "in exchange for" something stays a demand: the exchange is what is offered for it
    ("Putin is reported to have demanded in Anchorage that Ukraine withdraw from the rest of Donetsk in exchange "
     "for freezing lines elsewhere.", {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Merz said he couldn't picture another round without the guns falling silent.",
     {("friedrich_merz", "direct_talks", "conditional", "pronoun"),
      ("friedrich_merz", "ceasefire", "support", "pronoun")}),
])
def test_demands_in_exchange_and_guns_falling_silent(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list of three or more after "by" is one list, all of it the relative clause's antecedent
    ("The talks answered the ultimatum delivered in Kyiv by Merz, Rutte, Rubio and Zelensky, who demanded an "
     "unconditional ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "relative_clause"), ("mark_rutte", "ceasefire", "support",
                                                                       "relative_clause"),
      ("marco_rubio", "ceasefire", "support", "relative_clause"),
      ("volodymyr_zelensky", "ceasefire", "support", "relative_clause")}),
    # a fronted phrase before a two-name subject is still no list
    ("According to the Kremlin, Putin and Ushakov rejected a ceasefire.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("yuri_ushakov", "ceasefire", "oppose", "subject")}),
])
def test_long_lists_after_a_preposition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "…, without confirming a summit" after reported speech: the one who spoke left it open
    ("Trump and Putin met in Alaska. Ushakov said the two presidents had talked about sending higher-ranking "
     "officials to future talks, without confirming a summit.",
     {("yuri_ushakov", "direct_talks", "neutral", "manner")}),
    # "broke up without agreement on" a truce is nobody's objection
    ("Russia and Ukraine agreed to swap prisoners, but the talks broke up without agreement on a ceasefire.", set()),
])
def test_without_confirming_after_reported_speech(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a capital after a passive verb stands for its government; a country named by its own name is a venue
    ("The draft had been criticized in Kyiv and in Moscow for requiring Ukraine to withdraw from the Donetsk region.",
     {("ukraine", "territorial_concessions", "oppose", "passive"),
      ("russia", "territorial_concessions", "oppose", "passive")}),
    ("A ceasefire was agreed in Britain.", set()),
])
def test_capitals_after_a_passive(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Trump and Russia's Putin": a possessive title inside the pair still makes two parties
    ("US President Donald Trump and Russia's Vladimir Putin are set to meet in Alaska on Friday.",
     {("donald_trump", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "support", "subject")}),
    # a time phrase after the meeting is when, not a second proposal
    ("Trump and Putin are set to meet in Alaska, after a deadline for Moscow to halt the war passed.",
     {("donald_trump", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_a_pair_with_a_possessive_title_and_a_time_after(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the speaker who sends "his envoy" to a meeting holds it with the envoy
    ("Trump said his special envoy Steve Witkoff would meet Putin in Moscow.",
     {("donald_trump", "direct_talks", "support", "own_side"), ("steve_witkoff", "direct_talks", "support", "own_side")}),
    # another side's envoy is not the speaker's
    ("Zelensky said his guest Witkoff would meet Putin.", {("steve_witkoff", "direct_talks", "support", "subject")}),
])
def test_the_speaker_who_sends_his_envoy(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_the_parties_named_by_their_demonyms(nlp):
    # "Russian and Ukrainian delegations met ... The parties agreed": the parties are Russia and Ukraine
    assert rows_of(nlp, "Russian and Ukrainian delegations met in Istanbul on Friday. The parties agreed to continue "
                        "the negotiations.") == {("russia", "direct_talks", "support", "subject"),
                                                 ("ukraine", "direct_talks", "support", "subject")}


def test_each_side_is_one_of_the_two_sides(nlp):
    assert rows_of(nlp, "Russia and Ukraine held talks in Istanbul. Each side agreed to a prisoner exchange and a "
                        "short truce.") == {("russia", "ceasefire", "support", "subject"),
                                           ("ukraine", "ceasefire", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # an office named by its last two words is the last person named who holds it
    ("Umerov met Witkoff in Miami. The defence minister said Ukraine would never withdraw from Donbas.",
     {("rustem_umerov", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Witkoff met Umerov and Medinsky in Istanbul. The chief negotiator rejected a ceasefire.",
     {("vladimir_medinsky", "ceasefire", "oppose", "pronoun")}),
])
def test_an_office_of_two_words_names_its_holder(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "he" after a sentence opened by a name the codebook lacks is that person: a provisional actor "of" a party
    # since the twenty-first session, and nobody when no title or party makes the name a person
    ("Jouni Partanen of the Left Alliance welcomed the idea. He rejected a ceasefire.",
     {("jouni_partanen", "ceasefire", "oppose", "pronoun")}),
    ("Jouni Partanen welcomed the idea. He rejected a ceasefire.", set()),
    # a day or a preposition opening the sentence is no name
    ("Zelensky spoke to Merz. By Saturday morning, Merz had left. He rejected a ceasefire.",
     {("friedrich_merz", "ceasefire", "oppose", "pronoun")}),
    ("Zelensky met Merz in Paris. He rejected a ceasefire.", {("volodymyr_zelensky", "ceasefire", "oppose", "pronoun")}),
])
def test_a_pronoun_after_an_unlisted_name(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessor after a person's name and a comma is an apposition (the person's title), not a list item
    ("Jane Moss, Britain's deputy foreign minister, urged the EU not to ease sanctions.",
     {("jane_moss", "sanctions", "support", "demand")}),
    ("Merz, Britain and Italy urged the EU not to ease sanctions.",
     {(a, "sanctions", "support", "demand") for a in ("friedrich_merz", "britain", "italy")}),
])
def test_an_apposition_is_no_list(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_possessed_signal_is_its_possessors_statement(nlp):
    # "Zelensky's signal that Kyiv could ...": Zelensky says it, for his own country
    assert rows_of(nlp, "The debate turned on Zelensky's signal in Berlin that Kyiv could set aside its bid to join "
                        "NATO in exchange for legally binding guarantees.") == {
        (a, t, st, "own_side") for a in ("volodymyr_zelensky", "ukraine")
        for t, st in (("neutrality", "conditional"), ("security_guarantees", "support"))}


@pytest.mark.parametrize("text, expected", [
    # a share of a people in a poll is no government; "the Russians" are Russia's side
    ("Polling suggests most Ukrainians reject a withdrawal from Donbas.", set()),
    ("Zakharova said the Ukrainians had rejected the ceasefire.", {("ukraine", "ceasefire", "oppose", "subject")}),
])
def test_most_of_a_people_is_nobody(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the one phoned for a purpose is not its subject: the caller's purpose
    ("Trump said he had phoned Putin to begin arranging a meeting with Zelensky.",
     {("donald_trump", "direct_talks", "support", "pronoun")}),
])
def test_a_call_made_for_a_purpose(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of countries a speaker announces is his news (the coalition he speaks for) ...
    ("Rutte said 26 countries had committed to a reassurance force.",
     {("mark_rutte", "security_guarantees", "support", "subject")}),
    ("Rutte announced that twenty-six countries had pledged to join a reassurance force.",
     {("mark_rutte", "security_guarantees", "support", "subject")}),
    # ... an uncounted group stays nobody's
    ("Rutte said many countries had backed a reassurance force.", set()),
])
def test_a_count_of_countries_announced(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "after" leading a clause with its own subject: that subject is the one ", saying he" speaks of
    ("The talks collapsed a day after Trump cancelled the summit with Putin, saying he did not want a wasted meeting.",
     {("donald_trump", "direct_talks", "oppose", "subject")}),
])
def test_after_leads_a_clause_with_a_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a possessed view opening the sentence says whose the clause is
    ("In Moscow's view, Western troops in Ukraine would be unacceptable.",
     {("russia", "security_guarantees", "oppose", "subject")}),
    ("Merz spoke in Berlin on Monday. In his view, Russia must accept a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "deontic")}),
    # a clause with a subject of its own stays that subject's
    ("In Zelensky's view, the Kremlin rejects any ceasefire.", {("kremlin", "ceasefire", "oppose", "subject")}),
    # inside a reported clause, "in Kyiv's view" is an aside: the reporter keeps it
    ("Umerov told reporters that, in Kyiv's view, the next step should be a meeting of the two presidents.",
     {("rustem_umerov", "direct_talks", "support", "speaker")}),
])
def test_a_view_opening_the_sentence_is_its_possessors(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the "without" before the proposal is the outer clause's; the relative clause is about the proposal itself
    ("The meeting ended without the ceasefire Merz had said he wanted.",
     {("friedrich_merz", "ceasefire", "support", "pronoun")}),
    ("The meeting ended without the ceasefire that Kyiv has been demanding.",
     {("ukraine", "ceasefire", "support", "subject")}),
    ("The meeting ended without a ceasefire.", set()),
])
def test_an_object_relative_after_without(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a compound modifier between the cue and the proposal ("a European-led force") keeps the proposal its object
    ("Merz said Germany would back a European-led multinational force for Ukraine.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    # a participle with its agent set off after a proposal is about that proposal, not the next one named
    ("Merz said Europe would back a multinational force for Ukraine, supported by the United States, and a "
     "mechanism to monitor a ceasefire.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("europe", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "passive")}),
])
def test_compound_modifiers_and_participles_after_a_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal opening the sentence in a time phrase is no object relative when the verb has an object of its own
    ("After the talks Trump backed a ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
    ("Before the summit Mr Trump had pressed for a ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
    # with no object after the verb, the proposal before it is the relative clause's object
    ("The summit Trump backed never happened.", {("donald_trump", "direct_talks", "support", "subject")}),
])
def test_no_object_relative_when_the_verb_has_its_own_object(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parties a proposal was agreed between are its agents, like "agreed by"
    ("India welcomed the ceasefire proposal agreed between the United States and Ukraine in Jeddah.",
     {("india", "ceasefire", "support", "subject"), ("united_states", "ceasefire", "support", "passive"),
      ("ukraine", "ceasefire", "support", "passive")}),
    ("The Kremlin dismissed the truce agreed between Washington and Kyiv.",
     {("kremlin", "ceasefire", "oppose", "subject"), ("united_states", "ceasefire", "support", "passive"),
      ("ukraine", "ceasefire", "support", "passive")}),
    # talks held between two sides state no position of theirs
    ("Talks were held between Russia and Ukraine.", set()),
])
def test_agreed_between_names_the_agents(nlp, text, expected):
    assert rows_of(nlp, text) == expected
