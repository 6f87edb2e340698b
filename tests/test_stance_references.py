"""Holders named by reference: "the two leaders", "the Russian minister", "and said he", "Western plans".

Sentences are written for these tests in the style of news copy; each case asserts the
rows (actor, topic, stance, rule) the full pipeline codes.
"""

from __future__ import annotations

import shutil

import pytest

from helpers.codebooks import load_codebooks
from helpers.pipeline import build_nlp
from helpers.stance import code_text
from tests.conftest import FIXTURE_CORPUS as CORPUS
from tests.test_stance_rules import rows_of


@pytest.mark.parametrize("text, expected", [
    # the first two people named in the sentence before, subjects or partners "with"
    ("Merz and Trump met in Berlin. The two leaders demanded that Moscow accept a 30-day ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "demand"), ("donald_trump", "ceasefire", "support", "demand")}),
    ("Trump spoke with Putin about Zelensky. Both leaders agreed to hold a summit in Budapest.",
     {("donald_trump", "direct_talks", "support", "pronoun"), ("vladimir_putin", "direct_talks", "support", "pronoun")}),
    # one person named before: no pair, so the reference holds nothing rather than a guess
    ("Trump arrived in Alaska. The two presidents agreed to a summit.", set()),
])
def test_the_two_leaders_are_the_pair_named_before(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Russian minister": the last minister named whose side is Russia's, not the last minister
    ("Fomin met Umerov in Istanbul. The Russian minister said Moscow would not accept any deployment of NATO troops.",
     {("alexander_fomin", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    ("Fomin met Umerov in Istanbul. The minister said Kyiv would not cede any territory.",
     {("rustem_umerov", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_a_role_with_a_demonym_names_that_side_s_holder(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and said he": the subject of the sentence, not the last person named before "said"
    ("The U.S. President told reporters Putin wanted a deal, and said he backed security guarantees for Ukraine.",
     {("donald_trump", "security_guarantees", "support", "pronoun")}),
    ("Putin told Trump he was ready for talks.", {("vladimir_putin", "direct_talks", "support", "pronoun")}),
])
def test_and_said_he_is_the_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare demonym right before a noun cue holds it; the clause's subject does not
    ('Zakharova said Western plans to send troops to Ukraine were "unacceptable".',
     {("europe", "security_guarantees", "support", "possessive"),
      ("maria_zakharova", "security_guarantees", "oppose", "subject")}),
    ("Kyiv rejected Russian demands for a withdrawal from Donetsk.",
     {("ukraine", "territorial_concessions", "oppose", "subject"),
      ("russia", "territorial_concessions", "support", "possessive")}),
])
def test_a_demonym_right_before_a_noun_cue_holds_it(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"There will be no concessions on territory," the Ukrainian President told reporters in Kyiv.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ('"Ukrainians will not give their land to the occupier," Zelensky wrote on Telegram.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ("Zelensky said Ukraine would not hand its land to the occupier.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Ushakov said a meeting between Putin and Zelensky would require thorough preparation.",
     {("yuri_ushakov", "direct_talks", "conditional", "speaker")}),
])
def test_land_in_other_words_and_preparation(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky's office said Ukraine remained committed to a full ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}),
    ("Putin's aides have said Russia is ready to resume direct talks.",
     {("vladimir_putin", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    ("Merz's spokesman said Germany backed the truce.",
     {("friedrich_merz", "ceasefire", "support", "own_side"), ("germany", "ceasefire", "support", "own_side")}),
    # a country's office is no person's: the country itself is not made the speaker
    ("Russia's office in Geneva said Kyiv backed the truce.", {("ukraine", "ceasefire", "support", "subject")}),
])
def test_an_office_speaks_for_its_principal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


COALITION = """
  - actor_id: coalition_of_the_willing
    name: Coalition of the Willing
    kind: organisation
    side: europe
    aliases: [coalition of the willing]
"""


@pytest.fixture(scope="module")
def coalition_nlp(tmp_path_factory):
    """The test codebooks plus an actor whose name is also a topic term (security_guarantees)."""
    root = tmp_path_factory.mktemp("coalition")
    shutil.copytree(CORPUS, root, dirs_exist_ok=True)
    actors = root / "actors.yaml"
    text = actors.read_text(encoding="utf-8")
    anchor = "  - actor_id: european_commission\n"
    assert anchor in text
    actors.write_text(text.replace(anchor, COALITION.lstrip("\n") + "\n" + anchor), encoding="utf-8")
    books = load_codebooks(root)
    return build_nlp(books), books


@pytest.mark.parametrize("text, expected", [
    # an actor whose whole name is a topic term is still a subject
    ("The coalition of the willing agreed to provide Ukraine with security guarantees.",
     {("coalition_of_the_willing", "security_guarantees", "support", "subject")}),
    ("Russia rejected the coalition of the willing.", {("russia", "security_guarantees", "oppose", "subject")}),
    # ... but an actor inside a longer term is not ("NATO troops")
    ("NATO troops in Ukraine would be unacceptable, Zakharova said.",
     {("maria_zakharova", "security_guarantees", "oppose", "trailing_speaker")}),
])
def test_an_actor_named_like_a_proposal(coalition_nlp, text, expected):
    nlp, books = coalition_nlp
    rows = code_text(text, nlp=nlp, context={"codebooks": books})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == expected


@pytest.mark.parametrize("text, expected", [
    ("The European Commission proposed a ban on Russian LNG imports.",
     {("european_commission", "sanctions", "support", "subject")}),
    ("Italy opposed the import ban.", {("italy", "sanctions", "oppose", "subject")}),
    ("Trump said the US could provide air support.",
     {("donald_trump", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "own_side")}),
    ("Britain is ready to deploy peacekeepers to Ukraine.", {("britain", "security_guarantees", "support", "subject")}),
    # "deploy" is a cue only right before a proposal
    ("Russia deployed more troops to the front.", set()),
    # "allow X to": the allower's position, not X's
    ("Russia would never allow Europe to station troops on the ground in Ukraine.",
     {("russia", "security_guarantees", "oppose", "demand")}),
])
def test_bans_air_support_deploying_and_allowing(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Territorial concessions are out of the question, the Ukrainian President said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "speaker")}),
    # a clause with its own subject keeps it
    ("Kyiv says a ceasefire is vital, Merz told reporters.", {("ukraine", "ceasefire", "support", "subject")}),
    # inside a quotation the quote's speaker holds it
    ('"A ceasefire is vital," Merz told reporters.', {("friedrich_merz", "ceasefire", "support", "quote")}),
])
def test_verdicts_closed_by_a_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", X tells Y": the speaker is X, the one before the verb, not the one told
    ("Ukraine will not give up Donbas, Zelensky tells Trump",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Ukraine will not give up Donbas, said Zelensky.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # ", the Foreign Ministry spokeswoman said" and ", the spokeswoman said" (the last one named) close it too
    ("Russia is ready for talks, the Foreign Ministry spokeswoman said.",
     {("maria_zakharova", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    ("Zakharova spoke on Thursday. Russia is ready for talks, the spokeswoman said.",
     {("maria_zakharova", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
    ("Russia is ready for talks, the spokeswoman said.", {("russia", "direct_talks", "support", "subject")}),
])
def test_speakers_closing_the_sentence(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after a preposition is an adjective, not a verb with a subject
    ("Zelensky flew to Washington after stalled talks.", set()),
    ("Kyiv blamed Moscow for stalled talks.", set()),
    # not ruling something out is noncommittal
    ("Moscow did not rule out a new round of talks.", {("russia", "direct_talks", "neutral", "subject")}),
    ("Moscow ruled out a new round of talks.", {("russia", "direct_talks", "oppose", "subject")}),
    ("Zakharova said deploying military contingents in Ukraine was unacceptable to Russia.",
     {("maria_zakharova", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
])
def test_participles_not_ruling_out_and_contingents(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", a demand X rejected": an apposition names the proposal of its clause
    ("Trump wants Zelensky to cede Donbas, a demand Kyiv has rejected.",
     {("donald_trump", "territorial_concessions", "support", "subject"),
      ("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("Putin proposed direct talks in Istanbul, an offer Zelensky accepted.",
     {("vladimir_putin", "direct_talks", "support", "subject"),
      ("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    # without the comma "a demand" is no reference
    ("Putin proposed direct talks and Zelensky made a demand.", {("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_appositions_refer_to_the_proposal_of_their_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "but <verb>" shares the subject of the verb cue before it, and a verb after "but" is no noun
    ("Putin backed the talks but rejected a ceasefire.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "shared_subject")}),
    ("Zelensky accepted the talks but insisted on a ceasefire first.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject"),
      ("volodymyr_zelensky", "ceasefire", "support", "shared_subject")}),
    # after a comma "but" opens a clause with its own subject
    ("Zelensky accepted the talks, but Putin rejected a ceasefire.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # avoiding a proposal is objecting to it
    ("Zelensky accused Putin of dragging out the talks to avoid a ceasefire.",
     {("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_but_and_avoiding(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "For now," names nobody: the speaker closing the sentence holds it
    ("For now, a ceasefire is vital, Merz said.", {("friedrich_merz", "ceasefire", "support", "trailing_speaker")}),
    ("For Kyiv and its allies, a ceasefire is vital.", {("ukraine", "ceasefire", "support", "fronted_for")}),
    # a clause with its own subject keeps it
    ("For Kyiv, the choice is clear: Moscow rejected the ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    # "thanked Trump for his": the one thanked
    ("Zelensky thanked Trump for his support for security guarantees.",
     {("donald_trump", "security_guarantees", "support", "possessive")}),
    ("Zelensky repeated his call for a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "possessive")}),
])
def test_for_whom_and_whose(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky hopes for a meeting with Putin before the end of the year.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    ("Kyiv hopes to secure security guarantees from Washington.",
     {("ukraine", "security_guarantees", "support", "subject")}),
    ("Putin snubbed the offer of a ceasefire.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Trump nixed the idea of new sanctions.", {("donald_trump", "sanctions", "oppose", "subject")}),
    ("Moscow shot down the idea of a summit in Europe.", {("russia", "direct_talks", "oppose", "subject")}),
    ("The Kremlin brushed aside calls for a ceasefire.", {("kremlin", "ceasefire", "oppose", "subject")}),
    ("Russian forces shot down drones over Kursk.", set()),
])
def test_hopes_snubs_and_brush_offs(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the leaders": the last group named by that noun, else the two people named before
    ("European leaders met in Kyiv on Saturday. The leaders threatened to ratchet up sanctions if Putin did not comply.",
     {("europe", "sanctions", "conditional", "pronoun")}),
    ("Trump met Putin. The leaders agreed to a summit.",
     {("donald_trump", "direct_talks", "support", "pronoun"), ("vladimir_putin", "direct_talks", "support", "pronoun")}),
    ("Trump arrived in Alaska. The leaders agreed to a summit.", set()),
    # "the leaders of": the group rule of the subject walk, not a reference
    ("Putin met Trump. The leaders of Britain and France agreed to a summit.",
     {("britain", "direct_talks", "support", "subject"), ("france", "direct_talks", "support", "subject")}),
])
def test_the_leaders_refer_back(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "after the US imposed": a clause's subject after "after", not a prepositional object
    ("Moscow protested after the US on Tuesday imposed sanctions on two oil firms.",
     {("united_states", "sanctions", "support", "subject")}),
    ("Kyiv spoke after Moscow, and rejected the ceasefire.", {("ukraine", "ceasefire", "oppose", "shared_subject")}),
    # drafting or tabling proposals is the drafter's: a noun cue after a verb of preparing
    ("Ushakov said the Kremlin was drafting proposals for a new round of direct talks.",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("kremlin", "direct_talks", "support", "own_side")}),
    ("Kyiv has no objection to a ceasefire.", {("ukraine", "ceasefire", "support", "subject")}),
    ("Putin would have no objection to meeting Zelensky if Kyiv asked.",
     {("vladimir_putin", "direct_talks", "conditional", "subject")}),
    ("Zelensky said he could shelve Kyiv's aspirations to join the NATO military alliance.",
     {("volodymyr_zelensky", "neutrality", "support", "pronoun")}),
    # "declared by X": the agent declared it
    ("It was the last day of a three-day ceasefire declared by Russia.", {("russia", "ceasefire", "support", "agent")}),
    ("The sanctions announced by Washington hit Rosneft.", {("united_states", "sanctions", "support", "agent")}),
])
def test_clause_subjects_drafts_objections_and_declarations(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X said the sides agreed": the parties the clause names are nobody the codebook holds, and not the speaker
    ('Ushakov, who took part in the talks, said the parties had "agreed in principle" to hold another round.', set()),
    ("Ushakov said the parties agreed to a ceasefire.", set()),
    # a named subject after the speech verb still holds it
    ("Ushakov said the Kremlin agreed to a ceasefire.",
     {("yuri_ushakov", "ceasefire", "support", "own_side"), ("kremlin", "ceasefire", "support", "own_side")}),
])
def test_unnamed_parties_after_a_speech_verb(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Ukrainian and American delegations": the demonyms name the holders
    ("Umerov said that the Ukrainian and American delegations reached a common understanding on a ceasefire.",
     {("ukraine", "ceasefire", "support", "subject"), ("united_states", "ceasefire", "support", "subject")}),
    # ... not as the object of a preposition
    ("Talks with the Russian delegation covered a ceasefire.", set()),
    # a negotiating team is a delegation
    ("Russia demanded that Kyiv pull its troops out of Donbas, which the Ukrainian team said was unacceptable.",
     {("russia", "territorial_concessions", "support", "subject"),
      ("ukraine", "territorial_concessions", "oppose", "subject")}),
])
def test_delegations_named_by_demonyms(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an aside between dashes is passed over on the way back to the subject
    ("Putin — who met Trump on Friday — rejected the truce.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Zelensky — speaking in Kyiv — rejected the truce.", {("volodymyr_zelensky", "ceasefire", "oppose", "subject")}),
    ("The plan — which Zelensky rejected — called for a ceasefire.", set()),
    # a cue inside the aside describes the noun before it, not the sentence's subject
    ("Putin reviewed the proposal — originally favouring a freeze of the front line — but raised objections.", set()),
    # a dash without spaces joins names into a modifier
    ("The Trump–Putin meeting backed a ceasefire.", set()),
])
def test_asides_between_dashes(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # inside a quotation, a clause whose subject is an actor of another side is that actor's position
    ('"Russia has rejected every ceasefire proposal," Zelensky said.', {("russia", "ceasefire", "oppose", "quote")}),
    ('"Putin does not want a ceasefire," Zelensky said.', {("vladimir_putin", "ceasefire", "oppose", "quote")}),
    # the speaker's own side, or "we", stays the speaker's
    ('"Ukraine will never cede Donbas," Zelensky said.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ('"We support the ceasefire," Zelensky said.', {("volodymyr_zelensky", "ceasefire", "support", "quote")}),
    # he/she/they in a quotation are somebody else than the speaker: nobody the rules can name
    ('"They have rejected the ceasefire," Zelensky said.', set()),
    ('"He does not want a ceasefire," Zelensky said of Putin.', set()),
    # so are "it" (a country or body, not "it is time for") and "nobody"
    ('"It wants a neutral Ukraine," Zelensky said.', set()),
    ('"It is time for a ceasefire," Merz said.', {("friedrich_merz", "ceasefire", "support", "quote")}),
    ('"Nobody has even agreed to a ceasefire," Rutte said.', set()),
    # the subject of a passive is given the proposal: its agent, else the speaker, holds it
    ('"Russia was offered an unconditional ceasefire by Ukraine," Rutte said.',
     {("ukraine", "ceasefire", "support", "quote")}),
    ('"Russia was offered an unconditional ceasefire in March," Zelensky said.',
     {("volodymyr_zelensky", "ceasefire", "support", "quote")}),
])
def test_quoted_positions_of_the_other_side(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" after a single person's speech verb is somebody else: nobody, and never the speaker
    ("Zelensky said they had rejected the truce.", set()),
    # after several speakers, or a body, it is them
    ("Zelensky and Merz said they backed a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "pronoun"), ("friedrich_merz", "ceasefire", "support", "pronoun")}),
    ("European leaders said they backed a ceasefire.", {("europe", "ceasefire", "support", "pronoun")}),
])
def test_they(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reported clause with its own subject is not the speaker's position
    ("Zelensky said the other side had rejected the truce.", set()),
    ("Zelensky said the Russians had rejected the truce.", {("russia", "ceasefire", "oppose", "subject")}),
    ("Trump said the Ukrainians wanted a ceasefire.", {("ukraine", "ceasefire", "support", "subject")}),
    ("Putin said everyone wanted a ceasefire.", set()),
    # the speaker's own body, the proposal itself, or an infinitive keep the speaker
    ("Zelensky said his country would never cede land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "possessive")}),
    ("Something both Kyiv and Moscow claim to support in principle: a ceasefire.",
     {("ukraine", "ceasefire", "conditional", "subject"), ("russia", "ceasefire", "conditional", "subject")}),
])
def test_reported_clauses_with_their_own_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted participle is the main clause subject's
    ("Rejecting the ceasefire, the Kremlin said Kyiv was not serious.", {("kremlin", "ceasefire", "oppose", "fronted_clause")}),
    # what others are said to claim is nobody's position, and what is dismissed is the claim, not the proposal
    ("Zelensky dismissed Russian claims that Ukraine had rejected the talks.", set()),
    ("Kyiv denied allegations that it had agreed to a ceasefire.", set()),
    # an intention to refuse ascribed to another is an accusation, not the accused's refusal (nor the accuser's)
    ("Zelensky said Putin was preparing to reject the truce while pretending otherwise.", set()),
    ("Sybiha accused Moscow of planning to block any truce.", set()),
    # a verb "claims that" reports like "said"
    ("Trump claims that Russia wants a ceasefire.", {("russia", "ceasefire", "support", "subject")}),
    # a speech verb's form used as a noun reports nothing: "his remarks" has no speaker to hand on
    ("Merz criticised his remarks that Kyiv backed the truce.", {("ukraine", "ceasefire", "support", "subject")}),
])
def test_fronted_participles_claims_and_nouns(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a European plan for", "drawn up by": who made the plan holds it
    ("Russia dismissed a European plan for a reassurance force.",
     {("russia", "security_guarantees", "oppose", "subject"), ("europe", "security_guarantees", "support", "possessive")}),
    ("The plan, drawn up by Britain and France, would see peacekeepers deployed after the war.",
     {("britain", "security_guarantees", "support", "agent"), ("france", "security_guarantees", "support", "agent")}),
    # a side's "proposal" or "plan" is that side's whole plan, no reference to the last proposal named ...
    ("Trump wants talks with Putin. Zelensky rejected the American proposal.",
     {("donald_trump", "direct_talks", "support", "subject")}),
    # so is someone's "final offer"
    ("Trump proposed a ceasefire. On Saturday he said the draft was not his final offer.",
     {("donald_trump", "ceasefire", "support", "subject")}),
    # ... while "the proposal" refers back
    ("Trump wants talks with Putin. Zelensky rejected the proposal.",
     {("donald_trump", "direct_talks", "support", "subject"), ("volodymyr_zelensky", "direct_talks", "oppose",
                                                              "subject")}),
    # "the European initiative" refers back like "the initiative"
    ("Britain proposed a reassurance force. Kyiv welcomed the European initiative.",
     {("britain", "security_guarantees", "support", "subject"), ("ukraine", "security_guarantees", "support", "subject")}),
    # ground troops, and "the effort" referring back
    ("Rubio said the United States would not send ground troops.",
     {("marco_rubio", "security_guarantees", "oppose", "own_side"),
      ("united_states", "security_guarantees", "oppose", "own_side")}),
])
def test_plans_drafters_and_references(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "has argued that ... and has called for": the second verb shares the speech verb's subject (one row: the
    # argument that sanctions "hurt Europe" is his objection too)
    ("Merz has repeatedly argued that sanctions hurt Europe more than Russia and has called for them to be lifted.",
     {("friedrich_merz", "sanctions", "oppose", "speaker")}),
    # "them to be lifted": an inverter after a pronoun topic
    ("Rutte discussed the sanctions, and Italy called for them to be lifted.",
     {("italy", "sanctions", "oppose", "subject")}),
    # "the package" refers back to the sanctions named before
    ("The EU proposed new sanctions. Italy would back the package only if it won guarantees.",
     {("european_union", "sanctions", "support", "subject"), ("italy", "sanctions", "conditional", "subject")}),
    # what a demand must come before is no demand: "the demand" is the withdrawal
    ("Putin demanded that Ukraine withdraw from Donetsk before any truce. Kyiv rejected the demand.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("vladimir_putin", "ceasefire", "conditional", "subject"),
      ("ukraine", "territorial_concessions", "oppose", "subject")}),
    # "the pressure" refers back to the sanctions named before, and to nothing without them
    ("The EU adopted new sanctions on Moscow. Russia dismissed the pressure.",
     {("european_union", "sanctions", "support", "subject"), ("russia", "sanctions", "oppose", "subject")}),
    ("Russia dismissed the pressure.", set()),
    # "the designations" (names added to a sanctions list) refer back to the sanctions
    ("The US imposed sanctions on Rosneft. Zelensky welcomed the designations as a strong signal.",
     {("united_states", "sanctions", "support", "subject"), ("volodymyr_zelensky", "sanctions", "support", "subject")}),
    # "the framework" past "though" is not the land the clause before refused
    ("Zelensky said Ukraine will not cede occupied land, though he is ready to discuss the framework with Trump.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_conjoined_verbs_pronoun_inversions_and_packages(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a topic pronoun as the subject of an evaluation refers back
    ("Europe backs a reassurance force. Russia says this is unacceptable.",
     {("europe", "security_guarantees", "support", "subject"), ("russia", "security_guarantees", "oppose", "subject")}),
    ("Trump proposed a ceasefire. It would be a mistake, Ushakov said.",
     {("donald_trump", "ceasefire", "support", "subject"), ("yuri_ushakov", "ceasefire", "oppose", "speaker")}),
    # not yet responding is noncommittal; voting against is objecting
    ("Zelensky called for a ceasefire. Moscow has yet to respond to the proposal.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("russia", "ceasefire", "neutral", "subject")}),
    ("The EU approved new sanctions. Italy voted against them.",
     {("european_union", "sanctions", "support", "subject"), ("italy", "sanctions", "oppose", "subject")}),
])
def test_pronoun_subjects_responses_and_votes(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted phrase ending in a name, then the subject list right before its verb
    ("According to the Foreign Ministry spokeswoman, Moscow and Washington agreed to continue the dialogue.",
     {("russia", "direct_talks", "support", "subject"), ("united_states", "direct_talks", "support", "subject")}),
    ("In Kyiv, Zelensky and Merz backed a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("friedrich_merz", "ceasefire", "support", "subject")}),
    # a list inside a phrase, closed by a comma, stays the phrase's
    ("European leaders, including from Britain, France and Germany, backed a ceasefire.",
     {("europe", "ceasefire", "support", "subject")}),
])
def test_a_fronted_phrase_before_a_subject_list(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body that acts for its possessor, and demonym negotiators opening a clause
    ("Ukraine's delegation, led by Umerov, proposed a meeting between Zelensky and Putin.",
     {("ukraine", "direct_talks", "support", "subject")}),
    ("Russian and Ukrainian negotiators agreed to a prisoner swap but not a ceasefire.",
     {("russia", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "oppose", "subject")}),
    ("Talks with Russian negotiators covered a ceasefire.", set()),
])
def test_delegations_acting_for_their_country(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the agent of a passive after time and place phrases
    ("A ceasefire along the front line was backed on Monday in Paris by France.",
     {("france", "ceasefire", "support", "passive")}),
    ("The truce was agreed on Friday by both Russia and Ukraine.",
     {("russia", "ceasefire", "support", "passive"), ("ukraine", "ceasefire", "support", "passive")}),
    # not across a comma
    ("The truce was agreed, after long talks in Paris, by France.", set()),
])
def test_late_agents_of_passives(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_the_actor_after_saying_is_its_clause_subject_not_the_speaker(nlp):
    # ", saying Moscow must be forced to the table": Moscow is what the demand is about, not who says it
    text = "Senators introduced new sanctions on Russian oil, saying Moscow must be forced to the negotiating table."
    assert ("russia", "direct_talks", "support", "passive_demand") not in rows_of(nlp, text)
    assert rows_of(nlp, "Kyiv backs the truce, said Zelensky.") == {
        ("volodymyr_zelensky", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}


@pytest.mark.parametrize("text, expected", [
    # ", and called for": after a comma the conjoined verb is the speaker's, not the reported clause subject's
    ("Zelensky said Russia rejected the truce, and called for more sanctions.",
     {("russia", "ceasefire", "oppose", "subject"), ("volodymyr_zelensky", "sanctions", "support", "shared_subject")}),
    ("Putin agreed to meet Zelensky, and accepted security guarantees.",
     {("vladimir_putin", "direct_talks", "support", "subject"),
      ("vladimir_putin", "security_guarantees", "support", "shared_subject")}),
    # "and then proposed", "and had begun arranging": the first verb's subject, not the one it phoned or met
    ("Trump met Zelensky and then proposed a summit.", {("donald_trump", "direct_talks", "support", "shared_subject")}),
    ("Trump said he had phoned Putin and had begun arranging a summit.",
     {("donald_trump", "direct_talks", "support", "shared_subject")}),
    # an apposition ", a plan ..." names something of its own sentence, never a topic named before it
    ("Merz called for talks. Merz also backed using frozen assets, a plan opposed by Italy.",
     {("friedrich_merz", "direct_talks", "support", "subject")}),
])
def test_conjoined_verbs_after_a_comma_and_appositions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a group that speaks for its country: a demonym before officials, diplomats, the government
    ("Ukrainian officials rejected any plan to cede land.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("The Russian government has dismissed calls for a truce.", {("russia", "ceasefire", "oppose", "subject")}),
    ("Zelensky said Ukrainian diplomats had welcomed the sanctions.",
     {("volodymyr_zelensky", "sanctions", "support", "own_side"), ("ukraine", "sanctions", "support", "own_side")}),
    # as the object of a preposition or of a verb they hold nothing
    ("According to Russian officials, Putin backed the summit.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Trump told Ukrainian officials that he supported a ceasefire.",
     {("donald_trump", "ceasefire", "support", "pronoun")}),
])
def test_groups_of_a_side(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "that he supported": after a subject pronoun the cue is a verb, not a noun after "that"
    ("Merz said that he supported a ceasefire.", {("friedrich_merz", "ceasefire", "support", "pronoun")}),
    ("Rutte told reporters that he rejected the truce.", {("mark_rutte", "ceasefire", "oppose", "pronoun")}),
    # "that" as a determiner still makes a noun of the cue: the proposal is what is criticised, nobody's support
    ("Merz criticised that proposal for a ceasefire.", {("friedrich_merz", "ceasefire", "oppose", "subject")}),
])
def test_subject_pronoun_after_that(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role mention ending in a lower-case word right before a verb cue is its subject, not a possessive
    ("Ukraine's president backed a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    ("Ukraine's leader supports direct talks.", {("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    # a possessive before a noun-like form still makes it a noun: "Putin's demands"
    ("Putin's demands for Ukrainian neutrality were rejected by Zelensky.",
     {("vladimir_putin", "neutrality", "support", "possessive"),
      ("volodymyr_zelensky", "neutrality", "oppose", "passive")}),
])
def test_role_mention_before_a_verb(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an answer with no proposal of its own is about the one the question named
    ("Asked about a truce, Ushakov said Moscow was not ready.",
     {("yuri_ushakov", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("When asked about new sanctions, Rubio said Washington was ready.",
     {("marco_rubio", "sanctions", "support", "own_side"), ("united_states", "sanctions", "support", "own_side")}),
    # an answer with its own proposal keeps it
    ("Asked about sanctions, Rubio said Washington backed a ceasefire.",
     {("marco_rubio", "ceasefire", "support", "own_side"), ("united_states", "ceasefire", "support", "own_side")}),
    # a question is nobody's position
    ("Reporters asked whether Russia would accept a ceasefire.", set()),
    ("Zelensky asked about security guarantees.", set()),
    ("Zelensky asked Trump for security guarantees.", {("volodymyr_zelensky", "security_guarantees", "support", "subject")}),
])
def test_answers_to_a_question(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Zelensky said Ukraine would "never" cede land.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Zelensky said Ukraine would not accept a frozen conflict.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "own_side"), ("ukraine", "ceasefire", "oppose", "own_side")}),
])
def test_quoted_cue_word_and_frozen_conflict(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the German leader": a president, chancellor or prime minister of that side named before
    ("Merz met Zelensky in Berlin. The German leader called for a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "pronoun")}),
    # "repeated that" reports speech: the speaker of their own country's position is coded too
    ("Merz spoke in Berlin. He repeated that Germany would not send troops to Ukraine.",
     {("friedrich_merz", "security_guarantees", "oppose", "own_side"),
      ("germany", "security_guarantees", "oppose", "own_side")}),
    # a name modifying a noun cue after a preposition holds it ("Kremlin cool on Trump push for summit")
    ("Kremlin cool on Trump push for summit", {("donald_trump", "direct_talks", "support", "possessive")}),
    # a participle after the name is no noun: "with Zakharova warning of"
    ("Moscow rejected the plan for a reassurance force, with Zakharova warning of escalation.",
     {("russia", "security_guarantees", "oppose", "subject"),
      ("maria_zakharova", "security_guarantees", "oppose", "subject")}),
])
def test_leaders_speech_and_name_modifiers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", but" before a new subject opens another clause: each cue keeps its own proposal
    ("Ushakov: Moscow open to talks, but Western guarantees for Kyiv 'unacceptable'",
     {("yuri_ushakov", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side"),
      ("yuri_ushakov", "security_guarantees", "oppose", "own_side"),
      ("russia", "security_guarantees", "oppose", "own_side")}),
    # ", but not" keeps the clause: what is not wanted
    ("Merz backed the talks, but not a truce.",
     {("friedrich_merz", "direct_talks", "support", "subject"), ("friedrich_merz", "ceasefire", "oppose", "subject")}),
    # a quotation the quotes stage left without a speaker: "the minister said" after it names the last minister
    ('Umerov spoke in Kyiv. "Any withdrawal from Donetsk is unacceptable to us," the minister said.',
     {("rustem_umerov", "territorial_concessions", "oppose", "quote")}),
])
def test_but_clauses_and_role_speakers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reversal of one's own demand named by reference: the demand's proposal, opposed now
    ("Rubio first demanded a full truce, then dropped the demand after the summit in Alaska.",
     {("marco_rubio", "ceasefire", "support", "subject"), ("marco_rubio", "ceasefire", "oppose", "subject")}),
    ("Merz proposed a truce. He abandoned the proposal after talks with Putin.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("friedrich_merz", "ceasefire", "oppose", "pronoun"),
      ("friedrich_merz", "ceasefire", "support", "pronoun")}),
    # a noun cue as the object of a verb cue stays the verb's object
    ("Merz proposed a truce. Putin stopped short of committing to the plan.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # "any" opens an object of the verb's own: no proposal before it is looked back to
    ("Merz called for talks but has not endorsed any specific plan.",
     {("friedrich_merz", "direct_talks", "support", "subject")}),
])
def test_reversals_by_reference(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "back" before another's request for a proposal backs the proposal too
    ("Britain and France back Kyiv's call for a truce.",
     {("britain", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject"),
      ("ukraine", "ceasefire", "support", "possessive")}),
    # the ambition to join NATO, given up, is neutrality wanted
    ("Moscow wants Ukraine to give up its ambition to join NATO.", {("russia", "neutrality", "support", "subject")}),
    ("Zelensky said Ukraine would never abandon its goal of joining NATO.",
     {("volodymyr_zelensky", "neutrality", "oppose", "own_side"), ("ukraine", "neutrality", "oppose", "own_side")}),
    ("Ukraine says it will not recognise any of its territory as Russian.",
     {("ukraine", "territorial_concessions", "oppose", "pronoun")}),
])
def test_requests_ambitions_and_recognition(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a title with "of" before a name is no prepositional phrase
    ("President of Ukraine Volodymyr Zelensky has said that Ukraine is ready for a summit.",
     {("volodymyr_zelensky", "direct_talks", "support", "own_side"), ("ukraine", "direct_talks", "support", "own_side")}),
    # "the head of state" and "the President": the last president or leader named
    ("Zelensky met Merz in Kyiv. The head of state also called on partners to tighten sanctions.",
     {("volodymyr_zelensky", "sanctions", "support", "pronoun")}),
    # the president the story is about, named most, not the last one named (the one he would meet)
    ("Zelensky spoke on Sunday. Zelensky said he would meet Putin in Istanbul. The head of state also called on "
     "partners to tighten sanctions.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun"), ("volodymyr_zelensky", "sanctions", "support",
                                                                       "pronoun")}),
    ('Zelensky spoke in Kyiv. "Ukrainians will not give their land to the occupier," the President stressed.',
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    # a person in a prepositional phrase stays out
    ("Merz spoke of Zelensky. Rutte backed a truce.", {("mark_rutte", "ceasefire", "support", "subject")}),
])
def test_titles_head_of_state_and_the_president(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence-opening "He" after a quotation that names nobody: the subject of the sentences before it
    ('Trump, speaking next to NATO chief Mark Rutte, said he hoped the penalties would be short. "Every time we '
     'speak, it goes nowhere," he told reporters. "It just goes nowhere." He added that he had called off the '
     "Budapest meeting.", {("donald_trump", "direct_talks", "oppose", "pronoun")}),
    # the sentence before names people, all as objects: the last of them, as before
    ("Zelensky met Merz. Talks with Rutte followed. He backed a ceasefire.",
     {("mark_rutte", "ceasefire", "support", "pronoun")}),
])
def test_he_past_a_quotation_that_names_nobody(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # those named "along with / alongside / like" the subject share its position
    ("Merz, along with Rutte and Zelensky, called for a truce.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
      ("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    ("European leaders, among them Merz and Rutte, backed a reassurance force.",
     {("europe", "security_guarantees", "support", "subject"), ("friedrich_merz", "security_guarantees", "support", "subject"),
      ("mark_rutte", "security_guarantees", "support", "subject")}),
    ("Merz, joined by Rutte, backed a European-led reassurance force.",
     {("friedrich_merz", "security_guarantees", "support", "subject"),
      ("mark_rutte", "security_guarantees", "support", "subject")}),
    ("Trump, like Merz, supports security guarantees for Ukraine.",
     {("donald_trump", "security_guarantees", "support", "subject"),
      ("friedrich_merz", "security_guarantees", "support", "subject")}),
    # other asides do not: "speaking with", "who met"
    ("Merz, speaking with Rutte, called for a truce.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    ("Zelensky, who met Trump on Monday, rejected a truce.", {("volodymyr_zelensky", "ceasefire", "oppose", "subject")}),
])
def test_subjects_in_company(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Russians" as a subject: the demonym's actor
    ("The Russians rejected a truce.", {("russia", "ceasefire", "oppose", "subject")}),
    # "Ukraine's allies" are not Ukraine
    ("Ukraine's allies backed a truce.", set()),
    # a quoted "we" after another subject is the speaker's: not the Russians
    ('Zelensky spoke in Kyiv. "The Russians want a truce on their terms — we do not accept that truce," Zelensky said.',
     {("russia", "ceasefire", "support", "quote"), ("volodymyr_zelensky", "ceasefire", "oppose", "quote")}),
    # "we" in a partial quotation after a speech verb: the one who said it
    ('Merz said that "together with Washington we will force Putin to accept a truce".',
     {("friedrich_merz", "ceasefire", "support", "demand")}),
])
def test_demonym_plurals_allies_and_we(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_the_bloc_is_the_eu(nlp):
    assert rows_of(nlp, "The EU met in Brussels. The 27-member bloc adopted new sanctions.") == {
        ("european_union", "sanctions", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # "the leaders" after a list of three people: all of them
    ("Merz, Rutte and Zelensky met in Kyiv on Saturday. The leaders threatened to tighten sanctions if Putin did not "
     "comply.",
     {("volodymyr_zelensky", "sanctions", "conditional", "pronoun"), ("friedrich_merz", "sanctions", "conditional", "pronoun"),
      ("mark_rutte", "sanctions", "conditional", "pronoun")}),
    # "the leaders of France, Germany and Britain": the countries listed
    ("The leaders of France, Germany and Britain met in Kyiv. The leaders backed a truce.",
     {("france", "ceasefire", "support", "pronoun"), ("germany", "ceasefire", "support", "pronoun"),
      ("britain", "ceasefire", "support", "pronoun")}),
    # "the two leaders" stays a pair
    ("Merz, Rutte and Zelensky met in Kyiv. The two leaders backed a truce.",
     {("friedrich_merz", "ceasefire", "support", "pronoun"), ("mark_rutte", "ceasefire", "support", "pronoun")}),
])
def test_the_leaders_as_a_group(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("verb", ["told", "encouraged", "invited", "implored", "begged", "advised", "warned"])
def test_object_told_to_do_something_is_the_tellers_demand(nlp, verb):
    assert rows_of(nlp, f"Trump {verb} Putin to agree to a truce.") == {("donald_trump", "ceasefire", "support", "subject")}


def test_told_someone_that_is_speech(nlp):
    assert rows_of(nlp, "Trump told Putin that Zelensky had rejected a truce.") == {
        ("volodymyr_zelensky", "ceasefire", "oppose", "subject")}


@pytest.mark.parametrize("text, expected", [
    # "the sides" a mediator reports: the two parties named before (countries before their negotiators)
    ("Russia and Ukraine held talks in Istanbul. Umerov and Medinsky led the delegations. Erdogan said the sides "
     "agreed in principle to hold more talks.",
     {("russia", "direct_talks", "conditional", "subject"), ("ukraine", "direct_talks", "conditional", "subject")}),
    ("Trump met Putin in Alaska. The White House said the two sides had agreed to more talks.",
     {("donald_trump", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "support", "subject")}),
    # with no two parties named, nobody
    ("Erdogan said the sides agreed in principle to hold more talks.", set()),
])
def test_the_sides_are_the_two_parties(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_the_two_sides_as_a_subject(nlp):
    assert rows_of(nlp, "Russia and Ukraine held talks in Istanbul. The two sides agreed to meet again.") == {
        ("russia", "direct_talks", "support", "subject"), ("ukraine", "direct_talks", "support", "subject")}
    assert rows_of(nlp, "Trump spoke to both sides and backed a truce.") == {
        ("donald_trump", "ceasefire", "support", "subject")}


def test_relative_clause_set_off_by_dashes(nlp):
    assert rows_of(nlp, "Zelensky – who has rejected a truce – met Trump.") == {
        ("volodymyr_zelensky", "ceasefire", "oppose", "relative_clause")}


@pytest.mark.parametrize("text, expected", [
    # an objection with nothing after it answers the proposal of the clause before
    ("Ukraine wants to join NATO, but Russia objects.",
     {("ukraine", "neutrality", "oppose", "subject"), ("russia", "neutrality", "support", "subject")}),
    ("Merz wants a truce, but Putin refuses.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # a verb with an object of its own does not
    ("Merz wants a truce, Putin wants land.", {("friedrich_merz", "ceasefire", "support", "subject")}),
    # the object of a proposal's verb is no subject: "meet Putin only after"
    ("Zelensky would meet Putin only after a truce.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "subject")}),
    # "must be at the table" in any talks: a condition
    ("Zelensky said Ukraine must be at the table in any talks.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "speaker")}),
])
def test_bare_objections_objects_of_proposals_and_seats_at_the_table(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and would ..." opens another predicate: the cue before does not reach into it
    ("Merz agreed in principle to meet Putin and would present ideas on a truce later.",
     {("friedrich_merz", "direct_talks", "conditional", "subject")}),
    ("Merz backed sanctions and will discuss a truce with Rutte.", {("friedrich_merz", "sanctions", "support", "subject")}),
    # a list of objects after one verb still belongs to it
    ("Merz backed sanctions and a truce.",
     {("friedrich_merz", "sanctions", "support", "subject"), ("friedrich_merz", "ceasefire", "support", "subject")}),
])
def test_and_with_an_auxiliary_opens_a_predicate(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # unnamed others as the subject hold nothing, in a quotation or out of it
    ('"Some partners did not support the idea of security guarantees," Zelensky said.', set()),
    ("Many analysts backed a truce.", set()),
    # "Kyiv and its allies": the named actor still holds it
    ("Umerov told reporters Kyiv and its allies were ready for a truce.",
     {("rustem_umerov", "ceasefire", "support", "own_side"), ("ukraine", "ceasefire", "support", "own_side")}),
    ('"We support a truce," Zelensky said.', {("volodymyr_zelensky", "ceasefire", "support", "quote")}),
])
def test_unnamed_others_hold_nothing(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a sentence-opening "They"/"It" is the subject that opened the sentence before
    ("Britain and France lead the coalition. They have pledged to provide security guarantees to Kyiv.",
     {("britain", "security_guarantees", "support", "pronoun"), ("france", "security_guarantees", "support", "pronoun")}),
    ("The EU met on Monday. It agreed to adopt new sanctions.", {("european_union", "sanctions", "support", "pronoun")}),
    # not when that sentence opened with someone else
    ("The leaders said Ukraine needed an army. They also backed a truce.", set()),
    # one person is no "they"
    ("Merz spoke with Rutte. They backed a truce.", set()),
])
def test_sentence_opening_they_and_it(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle clause after a comma is another clause: the cue before does not reach into it
    ("Putin proposed direct talks in Istanbul, sidestepping a European demand for a truce.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("europe", "ceasefire", "support", "possessive"),
      ("vladimir_putin", "ceasefire", "neutral", "trailing_participle")}),
    # a list of gerunds after a demand goes on
    ("Russia demands that Ukraine cede territory, cutting its army and giving up NATO membership.",
     {("russia", "territorial_concessions", "support", "subject"), ("russia", "neutrality", "support", "subject")}),
    # "which" after a thing: the thing's clause, Zelensky holds none of it; a demonym before the thing holds it
    ("Zelensky dismissed the memorandum, which demanded that Ukraine withdraw from Donetsk.", set()),
    ("Zelensky dismissed the Russian memorandum, which demanded that Ukraine withdraw from Donetsk.",
     {("russia", "territorial_concessions", "support", "relative_clause")}),
])
def test_participle_clauses_and_which_after_a_thing(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_both_sides_as_an_object_are_no_holders(nlp):
    assert rows_of(nlp, "Merz urged both sides to agree to a truce.") == {
        ("friedrich_merz", "ceasefire", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # an apposition naming another's demand: the proposal of the clause before (a restriction restated as "not")
    ("Trump said Ukraine would not join NATO, a long-standing Kremlin demand.",
     {("donald_trump", "neutrality", "support", "deontic"), ("kremlin", "neutrality", "support", "possessive")}),
    ("Zelensky said Ukraine would never give up Donbas, a key Russian demand.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side"),
      ("russia", "territorial_concessions", "support", "possessive")}),
    # a demand's reach ends at an apposition: Kyiv's own clause
    ("Putin wants Ukraine to cede Donbas, a demand Kyiv rejects.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("ukraine", "territorial_concessions", "oppose", "possessive")}),
])
def test_appositions_naming_a_demand(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin, through its spokesman Ushakov, rejected the idea of a truce.",
     {("kremlin", "ceasefire", "oppose", "subject"), ("yuri_ushakov", "ceasefire", "oppose", "subject")}),
    # "both leaders" two sentences after the pair was named
    ("Zelensky met Merz in Berlin on Monday. They spoke for two hours. Both leaders called for a truce.",
     {("volodymyr_zelensky", "ceasefire", "support", "pronoun"), ("friedrich_merz", "ceasefire", "support", "pronoun")}),
])
def test_through_its_spokesman_and_both_leaders(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_saying_after_a_comma_is_the_main_subjects_speech(nlp):
    assert rows_of(nlp, "Trump urged Putin to agree to a truce, saying Russia should accept talks.") == {
        ("donald_trump", "ceasefire", "support", "demand"), ("donald_trump", "direct_talks", "support", "deontic")}


@pytest.mark.parametrize("text", [
    "Ushakov said Moscow would not comment, while repeating that Russia would not accept NATO troops in Ukraine.",
    'Ushakov declined to comment "on the basis of leaks," while repeating that Russia would not accept NATO troops.',
])
def test_a_speech_verb_after_comma_while_is_the_main_subjects_speech(nlp, text):
    assert rows_of(nlp, text) == {("yuri_ushakov", "security_guarantees", "oppose", "own_side"),
                                  ("russia", "security_guarantees", "oppose", "own_side")}


@pytest.mark.parametrize("text, expected", [
    # "while" before a participle opens no clause of its own: the participle is the main subject's
    ("Merz backed the truce, while insisting that borders cannot be changed by force.",
     {("friedrich_merz", "ceasefire", "support", "subject"),
      ("friedrich_merz", "territorial_concessions", "oppose", "subject")}),
    # a verb whose object is a "what" clause takes no proposal from before it
    ("Zakharova said Moscow remained open to dialogue while rejecting what she called pressure tactics.",
     {("maria_zakharova", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
])
def test_while_before_a_participle_and_what_clauses(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_what_a_starting_point_starts_is_not_the_object(nlp):
    # "endorsed that idea as a starting point for negotiations": the idea is endorsed, the talks are its purpose
    text = "Trump proposed freezing the front line. Zelensky endorsed that idea as a starting point for negotiations."
    assert rows_of(nlp, text) == {("donald_trump", "ceasefire", "support", "subject"),
                                  ("volodymyr_zelensky", "ceasefire", "support", "subject")}


def test_he_after_a_clause_leader_is_a_subject(nlp):
    # "after he shelved": a nominative pronoun opens a clause, it is no object of "after"
    text = "Trump spoke to reporters on Monday. It came a day after he shelved a planned summit with Putin in Budapest."
    assert rows_of(nlp, text) == {("donald_trump", "direct_talks", "oppose", "pronoun")}


@pytest.mark.parametrize("text, expected", [
    # ", he said" closing the sentence: the pronoun's person reports their own country's position
    ("Zelensky spoke in Kyiv on Monday. Ukraine will not give up land it controls, he said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # and right after the cue: the speaker's own view
    ("Zelensky spoke in Kyiv on Monday. A ceasefire must come first, he said.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker")}),
    # a pronoun that fits nobody named adds nobody
    ("Zelensky spoke in Kyiv on Monday. Ukraine will not give up land it controls, she said.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    # "until it stops": the pronoun is the clause's subject (Moscow), not a proposal referred back to
    ("Zelensky called for a truce. Pressure on Moscow must be increased until it stops the killing, he wrote.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
])
def test_a_closing_pronoun_speaker_and_a_pronoun_subject_after_until(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a subject pronoun is never a person its own clause goes on to name: Putin is last named, but not "he"
    ("Trump spoke to reporters. Putin stayed silent. He then scrapped plans for a summit with Putin.",
     {("donald_trump", "direct_talks", "oppose", "pronoun")}),
    # inside a fronted clause the name after it may be the pronoun's
    ("Trump met Putin. After he met Trump, Putin said he would accept a ceasefire.",
     {("vladimir_putin", "ceasefire", "support", "pronoun")}),
])
def test_a_pronoun_is_not_a_name_its_clause_goes_on_to_name(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_an_act_referred_back_to_paragraphs_later_is_the_one_the_article_opened_with(nlp):
    lead = "The US imposed sanctions on Russian oil firms on Wednesday.\n\nPutin had proposed a summit in Budapest. "
    later = rows_of(nlp, lead + "Trump shelved the summit.\n\nZelensky welcomed the move as a strong signal.")
    assert {r for r in later if r[0] == "volodymyr_zelensky"} == {
        ("volodymyr_zelensky", "sanctions", "support", "subject")}
    # in the act's own paragraph "the move" is the act just named
    same = rows_of(nlp, lead + "Trump shelved the summit, and Zelensky welcomed the move.")
    assert {r for r in same if r[0] == "volodymyr_zelensky"} == {
        ("volodymyr_zelensky", "direct_talks", "support", "subject")}


def test_a_long_apposition_with_its_relative_clause_is_passed_to_the_speaker(nlp):
    # "Medinsky, the Kremlin aide and former culture minister who ...," : the relative pronoun stands far into it
    text = ("Vladimir Medinsky, the Kremlin aide and former culture minister who also led Russia's team in 2022, "
            "said Moscow was ready to continue the talks.")
    assert rows_of(nlp, text) == {("vladimir_medinsky", "direct_talks", "support", "own_side"),
                                  ("russia", "direct_talks", "support", "own_side")}


def test_a_proposal_after_after_is_when_not_what(nlp):
    assert rows_of(nlp, "Merz said European troops could be deployed after a truce.") == {
        ("friedrich_merz", "security_guarantees", "support", "speaker")}


def test_speaker_after_a_dash_or_colon(nlp):
    assert rows_of(nlp, '"We will not give up our land." — Zelensky wrote on Telegram.') == {
        ("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}
    assert rows_of(nlp, '"We will never cede our land": Zelensky') == {
        ("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}


@pytest.mark.parametrize("text, expected", [
    # "the plan" is no meeting: the talks held on it are not what it refers to
    ("Negotiators met for a day of talks in Geneva on the plan, which Kyiv said echoed the Kremlin's demands.", set()),
    # "the proposal" may be the talks proposed
    ("Putin proposed direct talks in Istanbul. Zelensky accepted the proposal.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("volodymyr_zelensky", "direct_talks", "support", "subject")}),
])
def test_a_plan_is_not_a_meeting(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an objectless answer at the sentence's end answers the proposal named before it in the same sentence
    ("Putin suggested reviving direct talks in Istanbul, and Trump urged Kyiv to accept.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("donald_trump", "direct_talks", "support", "demand")}),
    # with no proposal in its own sentence, the sentence before
    ("Zelensky proposed a ceasefire. The Kremlin refused.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("kremlin", "ceasefire", "oppose", "subject")}),
])
def test_an_answer_takes_the_proposal_of_its_own_sentence_first(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what was agreed in the talks is the object, the talks the occasion
    ("Russia and Ukraine agree to swap 1,000 prisoners each in first direct talks since 2022.", set()),
    ("Russia, Ukraine agree on 1,000-prisoner swap in first direct talks since 2022.", set()),
    # engaging in talks is backing them
    ("Putin said Russia was ready to engage in substantive negotiations.",
     {("vladimir_putin", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side")}),
])
def test_an_agreement_reached_in_talks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "They were joined by" adds people to the pair named before: "the leaders" are all four
    ("Merz and Rutte arrived in Kyiv. They were joined by Rubio and Witkoff. After meeting Zelensky, the leaders "
     "called for a ceasefire.",
     {(who, "ceasefire", "support", "pronoun")
      for who in ("friedrich_merz", "mark_rutte", "marco_rubio", "steve_witkoff")}),
    # "They" after "the leaders": the same group, and what a refusal would bring is its threat (a refusal of the
    # ceasefire they asked for, which they want)
    ("Merz and Rutte arrived in Kyiv. The leaders called for a ceasefire. They warned that a refusal would bring "
     "new large-scale sanctions.",
     {(who, topic, stance, rule) for who in ("friedrich_merz", "mark_rutte")
      for topic, stance, rule in (("ceasefire", "support", "pronoun"), ("sanctions", "conditional", "speaker"),
                                  ("ceasefire", "support", "speaker"))}),
])
def test_the_leaders_named_over_several_sentences(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a thing opens the sentence before: "they" are the subject of its "when" clause
    ("The demand was set out on Saturday, when the leaders of France and Germany travelled to Kyiv. Standing beside "
     "Zelensky, they called for a truce.",
     {("france", "ceasefire", "support", "pronoun"), ("germany", "ceasefire", "support", "pronoun")}),
    # one person is no "they"
    ("The demand was set out on Saturday, when Merz travelled to Kyiv. They called for a truce.", set()),
])
def test_they_after_a_when_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "his" after a verb of one's own position is the subject's, not the person of a fronted clause
    ("After meeting Putin in Anchorage, Trump dropped his insistence on a ceasefire first.",
     {("donald_trump", "ceasefire", "support", "possessive"), ("donald_trump", "ceasefire", "oppose", "possessive")}),
    ("After talks with Zelensky, Putin again repeated his demand for the whole of Donbas.",
     {("vladimir_putin", "territorial_concessions", "support", "possessive")}),
    # the subject of a relative clause, even after a preposition
    ("Trump spoke to Putin and then to Zelensky, who reiterated his call for a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "possessive")}),
])
def test_his_after_a_verb_of_ones_own_position(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_he_goes_back_to_the_subject_pronoun_of_the_sentence_before(nlp):
    # "He renewed ..., an idea Trump has also endorsed. But he said": the man of the chain, not the later name
    text = ("Zelensky welcomed the sanctions. He renewed his backing for a ceasefire along the front line, an idea "
            "Trump has also endorsed. But he said Kyiv would not withdraw from the rest of the Donetsk region.")
    assert rows_of(nlp, text) == {
        ("volodymyr_zelensky", "sanctions", "support", "subject"),
        ("volodymyr_zelensky", "ceasefire", "support", "pronoun"), ("donald_trump", "ceasefire", "support", "subject"),
        ("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
        ("ukraine", "territorial_concessions", "oppose", "own_side")}


@pytest.mark.parametrize("text, expected", [
    # an act named by an abbreviated actor refers back ("the US move"); the whole plan of an actor does not
    ("The US imposed sanctions on Rosneft. Putin called the US move unfriendly.",
     {("united_states", "sanctions", "support", "subject"), ("vladimir_putin", "sanctions", "oppose", "subject")}),
    ("The US proposed a ceasefire. Putin rejected the US plan.", {("united_states", "ceasefire", "support", "subject")}),
    ("Russia keeps a list of unfriendly countries.", set()),
    # the logical next step is wanted
    ('Zelensky said Ukraine regarded a meeting of the two presidents as "the logical next step."',
     {("volodymyr_zelensky", "direct_talks", "support", "speaker")}),
])
def test_acts_named_by_their_actor_and_next_steps(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "that" before a noun determines it: "that picture" is not the proposal named before
    ("Putin demanded that Ukraine withdraw from Donbas. Witkoff rejected that picture.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    # "that" alone, or before an adverb, is the proposal
    ("Putin demanded that Ukraine withdraw from Donbas. Zelensky rejected that outright.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
])
def test_a_demonstrative_before_a_noun_is_no_pronoun(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what a speaker says another side "needs" is the speaker's demand, not that side's position ...
    ("Merz said Ukraine needed iron-clad security guarantees.",
     {("friedrich_merz", "security_guarantees", "support", "deontic")}),
    ("Rubio said Russia needed a ceasefire.", {("marco_rubio", "ceasefire", "support", "deontic")}),
    # ... while a speaker's own country needing it is both theirs
    ("Zelensky said Ukraine needs security guarantees.",
     {("volodymyr_zelensky", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side")}),
    # "together with the heads of government of" a list: the governments share the subject's position
    ("Rutte, together with the heads of government of France, Germany and Italy, said Russia must accept a ceasefire.",
     {("mark_rutte", "ceasefire", "support", "deontic"), ("france", "ceasefire", "support", "deontic"),
      ("germany", "ceasefire", "support", "deontic"), ("italy", "ceasefire", "support", "deontic")}),
    # a path "toward" NATO that Russia may "hold no veto over"
    ("Merz said that Russia could hold no veto over Ukraine's path toward NATO.",
     {("friedrich_merz", "neutrality", "oppose", "speaker")}),
])
def test_needs_heads_of_government_and_vetoes(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "she" is no man the codebook knows: the woman named before, not the first person of the sentence before
    ("Putin met Zakharova on Monday. She said Russia would never accept a ceasefire.",
     {("maria_zakharova", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("Putin met Zakharova on Monday. He said Russia would never accept a ceasefire.",
     {("vladimir_putin", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    # and with no woman named, "she" is nobody the codebook knows
    ("Putin spoke on Monday. She said Russia would never accept a ceasefire.",
     {("russia", "ceasefire", "oppose", "subject")}),
])
def test_pronouns_keep_to_the_codebook_s_genders(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a provisional person's gendered title keeps "he" off her
    ("Putin spoke on Monday. Kremlin spokeswoman Olena Petrova then spoke to reporters. He said Russia would never "
     "accept a ceasefire.",
     {("vladimir_putin", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("Putin spoke on Monday. Kremlin spokesman Oleg Petrov then spoke to reporters. He said Russia would never "
     "accept a ceasefire.",
     {("oleg_petrov", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
])
def test_gendered_titles_of_provisional_people(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it" opening a conjoined clause is the country that opens the sentence, not the last one named
    ("Germany will back Kyiv, but it will not send troops to Ukraine.",
     {("germany", "security_guarantees", "oppose", "pronoun")}),
    ("Russia said Germany had armed Kyiv and it would never accept a ceasefire.",
     {("russia", "ceasefire", "oppose", "pronoun")}),
])
def test_it_after_but_is_the_sentence_s_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "its" is no possessor named on the way ("Moscow's fleet"), but the country before it
    ("Germany also added dozens of vessels linked to Moscow's shadow fleet to its sanctions lists.",
     {("germany", "sanctions", "support", "possessive")}),
    ("Russia's partner India said it rejects sanctions.", {("india", "sanctions", "oppose", "pronoun")}),
])
def test_its_skips_possessors(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the only EU member" is one member, not the EU
    ("Italy, the only EU member to impose its own sanctions on Russia, was more guarded.",
     {("italy", "sanctions", "support", "subject")}),
    # while "EU member states" act as the bloc
    ("EU member states adopted the sanctions package.", {("european_union", "sanctions", "support", "subject")}),
])
def test_a_member_is_no_body(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "it is up to Moscow to ...": "it" stands for what follows, not the proposal named before
    ("Zelensky accepted the ceasefire. Merz said it was up to Moscow to show whether it wanted peace.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # an "it" that does refer back still does
    ("Putin proposed a ceasefire on his terms. Merz said it was unacceptable.",
     {("vladimir_putin", "ceasefire", "support", "subject"), ("friedrich_merz", "ceasefire", "oppose", "subject")}),
])
def test_it_before_up_to_refers_to_nothing(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the offer" is the truce asked for, not the sanctions threatened if it is refused
    ("Merz and Rutte called on Moscow to accept a 30-day ceasefire, warning of tougher sanctions if it refused.\n\n"
     "Vladimir Putin did not take up the offer.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "trailing_participle"),
      ("mark_rutte", "sanctions", "conditional", "trailing_participle"),
      ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # "that idea" is what was asked for, not what was offered in return
    ("Putin asked that Ukraine pull out of Donbas in return for a freeze of the front line. Kyiv rejected that idea.",
     {("vladimir_putin", "territorial_concessions", "support", "subject"),
      ("ukraine", "territorial_concessions", "oppose", "subject")}),
    # nor the sanctions a refusal would bring ("If ..., sanctions would follow"; "... would follow if ...")
    ("Merz set out a simple demand: a full ceasefire for 30 days. If Moscow refused, he warned, heavier sanctions "
     "would follow. He said Trump backed the plan.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("friedrich_merz", "sanctions", "conditional", "speaker"),
      ("donald_trump", "ceasefire", "support", "subject")}),
    ("Merz set out a simple demand: a full ceasefire for 30 days. Heavier sanctions would follow if Moscow refused, "
     "he warned. He said Trump backed the plan.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("friedrich_merz", "sanctions", "conditional", "speaker"),
      ("donald_trump", "ceasefire", "support", "subject")}),
    # "the move" may be the threat itself
    ("Trump threatened Russia with sanctions on Monday. The Kremlin called the move unfriendly.",
     {("donald_trump", "sanctions", "conditional", "subject"), ("kremlin", "sanctions", "oppose", "subject")}),
])
def test_an_offer_is_never_the_threatened_consequence(nlp, text, expected):
    assert rows_of(nlp, text) == expected
