"""helpers.stance rule by rule: each registered rule on sentences written for it, and the rule called alone.

Every case asserts the concrete rows (actor, topic, stance, rule) that the
full pipeline codes; the sentences are made up in the style of news copy.
"""

from __future__ import annotations

import pandas as pd
import pytest
from spacy.tokens import Span

from helpers.actors import add_to_pipeline as add_actor_ruler
from helpers.actors import mentions_stage
from helpers.codebook import CodebookError
from helpers.nlp import blank_pipeline, sentence_stage
from helpers.quotes import quotes_stage
from helpers.stance import (HOLDER_RULES, RULES, add_cue_matcher, code_text, lexicon_table, load_lexicon,
                            parse_lexicon)
from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit, make_hits
from helpers.stance.holders import attribute
from helpers.topics import add_to_pipeline as add_topic_matcher

from tests.conftest import FIXTURE_CORPUS as CORPUS  # noqa: E402
from helpers.codebooks import load_codebooks  # noqa: E402

CODEBOOKS = load_codebooks(CORPUS)
HOLDER_ORDER = ["quote", "speaker", "compound", "after", "agent", "passive", "passive_demand", "possessive", "shared_subject",
                "trailing_participle", "manner", "proposal_subject", "judged_object", "parse",
                "subject",
                "pronoun", "relative_clause", "fronted_clause", "fronted_for", "trailing_speaker"]
LATER_RULES = ["demand", "reported_speech", "own_side", "deontic", "condition_demand", "intention", "signatories",
               "shared_position", "provisions"]


def rows_of(nlp, text: str) -> set[tuple[str, str, str, str]]:
    """(actor_id, topic, stance, rule) of every row coded from ``text``."""
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    return set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"]))


def cue_in(nlp, text: str, cue: str) -> tuple[ArticleIndex, CueHit, Span]:
    """The article index, the hit of ``cue`` and its sentence, as the coder builds them."""
    doc = nlp(text)
    ctx = {"article_id": "t", "published": None, "paragraph_lines": (), "codebooks": CODEBOOKS}
    ctx["sentences"] = sentence_stage(doc, ctx)
    ctx["mentions"] = mentions_stage(doc, ctx)
    ix = ArticleIndex(doc, article_id="t", quotes=quotes_stage(doc, ctx))
    span = next(sp for sp in doc.spans["stance_cues"] if sp.text == cue)
    s = ix.sent_of(span.start)
    hits = make_hits(ix, ix.sents[s], [sp for sp in doc.spans["stance_cues"] if ix.sent_of(sp.start) == s])
    for h in hits:  # the cues before it are attributed first, as the coder does (shared_subject reads them)
        if h.start < span.start:
            attribute(ix, h, ix.sents[s])
    return ix, next(h for h in hits if h.start == span.start), ix.sents[s]


# --------------------------------------------------------------------------- the registry


def test_registry_names_every_rule_once():
    assert [r.name for r in HOLDER_RULES] == HOLDER_ORDER
    assert set(RULES) == set(HOLDER_ORDER + LATER_RULES)
    assert all(RULES[r.name] is r.fn for r in HOLDER_RULES)
    assert len({id(fn) for fn in RULES.values()}) == len(RULES)  # one function per name


def test_every_rule_in_the_output_is_registered(analysis):
    assert set(analysis.stances["rule"]) <= set(RULES)


# --------------------------------------------------------------------------- holder rules

HOLDER_CASES = [
    # quote: the speaker of a full quotation
    ("Merz told reporters: “Europe will accept a ceasefire along the current front line.”", "accept", "quote",
     {("friedrich_merz", "ceasefire", "support", "quote")}),
    ('Merz said, "Europe is ready to accept a ceasefire now."', "accept", "quote",
     {("friedrich_merz", "ceasefire", "support", "quote")}),
    ("“We reject any deal that forces Kyiv to cede territory,” Zelensky told parliament on Tuesday.", "reject", "quote",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    # speaker: what someone says ought to happen
    ("Rubio stated that Europe must be involved in the peace talks.", "must be involved in", "speaker",
     {("marco_rubio", "direct_talks", "conditional", "speaker")}),
    ("Zelensky said that Ukraine should have a seat at the negotiations.", "should have a seat at", "speaker",
     {("volodymyr_zelensky", "direct_talks", "conditional", "speaker")}),
    # compound: "X-brokered"
    ("The Kremlin dismissed the U.S.-brokered ceasefire.", "-brokered", "compound",
     {("kremlin", "ceasefire", "oppose", "subject"), ("united_states", "ceasefire", "support", "compound")}),
    ("Officials in Kyiv studied a U.S. and European-drafted plan for security guarantees.", "-drafted", "compound",
     {("united_states", "security_guarantees", "support", "compound"),
      ("europe", "security_guarantees", "support", "compound")}),
    # after: the actors right after the cue
    ("A ceasefire on Moscow's terms is unacceptable to Kyiv and its European partners.", "unacceptable", "after",
     {("ukraine", "ceasefire", "oppose", "after"), ("europe", "ceasefire", "oppose", "after")}),
    ("Territorial concessions remain a red line for Zelensky.", "red line", "after",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "after")}),
    # agent: "from X", "by X"
    ("Putin turned down a proposal from Trump for a ceasefire.", "proposal", "agent",
     {("donald_trump", "ceasefire", "support", "agent"), ("vladimir_putin", "ceasefire", "oppose", "subject")}),
    ("Diplomats discussed an invitation from Zelensky to hold direct talks in Geneva.", "invitation", "agent",
     {("volodymyr_zelensky", "direct_talks", "support", "agent")}),
    # passive: a verb cue after a form of "be", its agent after "by"
    ("The plan for a ceasefire from Monday was backed by Finland, officials said.", "backed", "passive",
     {("finland", "ceasefire", "support", "passive")}),
    ("New sanctions have been proposed by Germany and France.", "proposed", "passive",
     {("germany", "sanctions", "support", "passive"), ("france", "sanctions", "support", "passive")}),
    # passive_demand: the subject of "be forced into" is the target; whoever reports it holds the position
    ("Ukraine should not be forced into territorial concessions, Merz said.", "forced", "passive_demand",
     {("friedrich_merz", "territorial_concessions", "oppose", "passive_demand")}),
    ("Merz said Kyiv must not be pressured into a ceasefire on Moscow's terms.", "pressured", "passive_demand",
     {("friedrich_merz", "ceasefire", "oppose", "passive_demand")}),
    # possessive: "X's refusal", "his insistence"
    ("Moscow's refusal of the ceasefire frustrated Washington.", "refusal", "possessive",
     {("russia", "ceasefire", "oppose", "possessive")}),
    ("Rubio met reporters in Paris. His insistence on security guarantees was clear.", "insistence on", "possessive",
     {("marco_rubio", "security_guarantees", "support", "possessive")}),
    # "their": the sentence's coordinated subject, or its subject and the partner after "with"
    ("Trump spoke with Putin on Thursday, and their agreement to meet in Budapest surprised Kyiv.", "agreement to",
     "possessive", {("donald_trump", "direct_talks", "support", "possessive"),
                    ("vladimir_putin", "direct_talks", "support", "possessive")}),
    ("Merz and Rutte repeated their call for a ceasefire.", "call for", "possessive",
     {("friedrich_merz", "ceasefire", "support", "possessive"), ("mark_rutte", "ceasefire", "support", "possessive")}),
    # shared_subject: a verb conjoined to an earlier verb cue has its holder, not the object between them
    ("Putin agreed to meet Zelensky and accept security guarantees.", "accept", "shared_subject",
     {("vladimir_putin", "direct_talks", "support", "subject"),
      ("vladimir_putin", "security_guarantees", "support", "shared_subject")}),
    ("Kyiv welcomed the talks but also rejected the ceasefire.", "rejected", "shared_subject",
     {("ukraine", "direct_talks", "support", "subject"), ("ukraine", "ceasefire", "oppose", "shared_subject")}),
    # subject: the nearest actor before the cue, with coordinated ones
    ("Finland supports the deployment of peacekeepers.", "supports", "subject",
     {("finland", "security_guarantees", "support", "subject")}),
    ("Both Germany and France backed the ceasefire.", "backed", "subject",
     {("germany", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject")}),
    # pronoun: he/she = the last person named, it = the last country or institution in the sentence
    ("Putin spoke on Friday. He ruled out a ceasefire.", "ruled out", "pronoun",
     {("vladimir_putin", "ceasefire", "oppose", "pronoun")}),
    ("Turkey says it is ready to host direct talks.", "ready to", "pronoun",
     {("turkey", "direct_talks", "support", "pronoun")}),
    # relative_clause: ", who" / ", which" and its antecedent
    ("Rutte praised Merz, who backed the ceasefire on Monday.", "backed", "relative_clause",
     {("friedrich_merz", "ceasefire", "support", "relative_clause")}),
    ("Reporters pressed Trump on his earlier remarks, which leaned toward supporting sanctions.", "supporting", "relative_clause",
     {("donald_trump", "sanctions", "support", "relative_clause")}),
    # fronted_clause: the subject of the main clause
    ("Despite backing the talks in public, Putin sent only a junior delegation.", "backing", "fronted_clause",
     {("vladimir_putin", "direct_talks", "support", "fronted_clause")}),
    ("After rejecting the ceasefire, the Kremlin launched a new offensive.", "rejecting", "fronted_clause",
     {("kremlin", "ceasefire", "oppose", "fronted_clause")}),
    # trailing_speaker: an evaluation whose clause names no actor is the verdict of who closes the sentence
    ("The deployment of NATO troops in Ukraine is unacceptable, Zakharova said.", "unacceptable", "trailing_speaker",
     {("maria_zakharova", "security_guarantees", "oppose", "trailing_speaker")}),
    ("A ceasefire is vital, Merz told reporters.", "vital", "trailing_speaker",
     {("friedrich_merz", "ceasefire", "support", "trailing_speaker")}),
    # trailing_participle: a participle after a comma is the main subject's, not the clause's before it
    ("Putin said Russia would fight on if Kyiv refused, dismissing European calls for a ceasefire.", "dismissing",
     "trailing_participle", {("vladimir_putin", "ceasefire", "oppose", "trailing_participle"),
                             ("europe", "ceasefire", "support", "possessive")}),
    # fronted_for: "For <actor>," opens a sentence whose main clause names no actor as subject
    ("For Kyiv, territorial concessions are unacceptable.", "unacceptable", "fronted_for",
     {("ukraine", "territorial_concessions", "oppose", "fronted_for")}),
    ("For Kyiv and Washington, a ceasefire is vital.", "vital", "fronted_for",
     {("ukraine", "ceasefire", "support", "fronted_for"), ("united_states", "ceasefire", "support", "fronted_for")}),
]


@pytest.mark.parametrize("text, cue, rule, expected", HOLDER_CASES)
def test_holder_rule(nlp, text, cue, rule, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, cue, rule, expected", HOLDER_CASES)
def test_holder_rule_alone_is_the_first_that_applies(nlp, text, cue, rule, expected):
    """The rule named in the row, called by itself on its cue, finds the holders; every rule before it declines."""
    ix, hit, sent = cue_in(nlp, text, cue)
    found = RULES[rule](ix, hit, sent)
    assert found is not None and set(found.holders) == {actor for actor, _, _, r in expected if r == rule}
    for entry in HOLDER_RULES[:HOLDER_ORDER.index(rule)]:
        assert entry.fn(ix, hit, sent) is None, entry.name


def test_quote_with_unknown_speaker_claims_the_cue_for_nobody(nlp):
    text = "The mood was tense. “We will accept the ceasefire,” a senior official said."
    ix, hit, sent = cue_in(nlp, text, "accept")
    assert RULES["quote"](ix, hit, sent).holders == ()
    assert rows_of(nlp, text) == set()


@pytest.mark.parametrize("text, expected", [
    # an unknown speaker reports what a named actor plainly does: that actor's
    ('"Russia demands neutrality. Ukraine says that is for Ukrainians to decide," one analyst said.',
     {("russia", "neutrality", "support", "quote")}),
    ('"The Kremlin has rejected a ceasefire since March," said an economist at a Tokyo bank.',
     {("kremlin", "ceasefire", "oppose", "quote")}),
    # what the actor might do, or is asked to do, is the unknown speaker's guess: nobody's
    ('"Kyiv may accept a ceasefire if Washington signs," said a Western diplomat.', set()),
    ('"Ukraine is being asked to accept neutrality," a lecturer said.', set()),
])
def test_quote_with_unknown_speaker_reports_a_plainly_named_actor(nlp, text, expected):
    assert rows_of(nlp, text) == expected


# --------------------------------------------------------------------------- rules applied after the holders


@pytest.mark.parametrize("text, expected, target", [
    ("Merz urged Zelensky to accept the ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "demand")}, "volodymyr_zelensky"),
    ("Rutte pressed Putin to agree to a ceasefire.", {("mark_rutte", "ceasefire", "support", "demand")},
     "vladimir_putin"),
    ("The summit follows an ultimatum from Trump for Russia to accept a ceasefire.",
     {("donald_trump", "ceasefire", "support", "demand")}, "russia"),
    # a demand whose content is a clause: the clause's subject is the target, what it says the demander's
    ("Russia demands a pledge that Ukraine will never join NATO.",
     {("russia", "neutrality", "support", "demand")}, "ukraine"),
    ("Putin wants a written guarantee that Kyiv will not join NATO.",
     {("vladimir_putin", "neutrality", "support", "demand")}, "ukraine"),
    ("Merz demanded that Putin agree to a ceasefire.", {("friedrich_merz", "ceasefire", "support", "demand")},
     "vladimir_putin"),
])
def test_demand_is_the_demanders_and_records_the_target(nlp, text, expected, target):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == expected
    assert rows["target"].tolist() == [target]


@pytest.mark.parametrize("text, expected", [
    ("Rutte warned that if Russia stalls, Europe would tighten sanctions.",
     {("mark_rutte", "sanctions", "conditional", "reported_speech")}),
    ("Zelensky warned that if Russia attacks again, Ukraine would seek more sanctions.",
     {("volodymyr_zelensky", "sanctions", "conditional", "reported_speech")}),
])
def test_reported_speech_gives_the_condition_to_the_speaker(nlp, text, expected):
    assert rows_of(nlp, text) == expected


# --------------------------------------------------------------------------- negation and conditions


@pytest.mark.parametrize("text, expected", [
    ("The Kremlin has not accepted the ceasefire.", {("kremlin", "ceasefire", "oppose", "subject")}),
    ("Moscow has not agreed to the ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    ("Zelensky has not confirmed his participation in the talks.",
     {("volodymyr_zelensky", "direct_talks", "neutral", "subject")}),
    ("Ukraine never rejected the direct talks.", set()),   # a negated objection is cancelled
    # ... except "not ruling out", which is noncommittal (the codebook's neutral)
    ("Kyiv did not rule out direct talks.", {("ukraine", "direct_talks", "neutral", "subject")}),
    # reversals: a demand or a call given up is no longer one
    # a reversal reports the earlier position too (annotation codebook, rule 8): two rows
    ("Trump abandoned his demand for a ceasefire.",
     {("donald_trump", "ceasefire", "support", "possessive"), ("donald_trump", "ceasefire", "oppose", "possessive")}),
    ("Trump abandoned his long-standing demand for a ceasefire.",   # a hyphenated word counts once in the window
     {("donald_trump", "ceasefire", "support", "possessive"),        # (and once between "his" and the noun)
      ("donald_trump", "ceasefire", "oppose", "possessive")}),
    ("Kyiv dropped its call for new sanctions.",
     {("ukraine", "sanctions", "support", "possessive"), ("ukraine", "sanctions", "oppose", "possessive")}),
    # a dropped objection: the objection was a position, and dropping it lets the proposal through (the coders code
    # both: the earlier opposition and the support now)
    ("Moscow dropped its objection to direct talks.", {("russia", "direct_talks", "oppose", "possessive"),
                                                       ("russia", "direct_talks", "support", "possessive")}),
    ("Britain dropped its veto of the sanctions package.", {("britain", "sanctions", "oppose", "possessive"),
                                                           ("britain", "sanctions", "support", "possessive")}),
    # a plan dropped was no demand: only the dropping is a position
    ("Trump dropped plans for a second summit with Putin.", {("donald_trump", "direct_talks", "oppose", "subject")}),
])
def test_negation(nlp, text, expected):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == expected
    assert rows["negated"].all()


@pytest.mark.parametrize("text, expected", [
    ("Russia has consistently rebuffed calls for a ceasefire.", {("russia", "ceasefire", "oppose")}),
    ("Moscow dismissed the latest calls for new sanctions.", {("russia", "sanctions", "oppose")}),
    ("Kyiv welcomed calls for a ceasefire.", {("ukraine", "ceasefire", "support")}),
    ("Putin agreed to support a ceasefire.", {("vladimir_putin", "ceasefire", "support")}),
    ("Kyiv has held firm against ceding territory.", {("ukraine", "territorial_concessions", "oppose")}),
    ("The Kremlin held out for a ceasefire on its own terms.", {("kremlin", "ceasefire", "conditional")}),
    ("Zelensky said he expects a ceasefire from Monday.", {("volodymyr_zelensky", "ceasefire", "support")}),
    ("Kyiv and Washington reached a common understanding on a ceasefire.",
     {("ukraine", "ceasefire", "support"), ("united_states", "ceasefire", "support")}),
    ("The Kremlin said it had nothing to say about the direct talks.", {("kremlin", "direct_talks", "neutral")}),
    ("Kyiv has fought to join NATO for years.", {("ukraine", "neutrality", "oppose")}),   # membership is the opposite
    ("Finland lobbied for tougher sanctions.", {("finland", "sanctions", "support")}),
    ("Moscow is ready to continue contacts with Kyiv.", {("russia", "direct_talks", "support")}),  # "contacts" = talks
    # "X's proposal" refers back to the proposal named before, like "the proposal"
    ("Zelensky proposed direct talks in Istanbul. Russia has not yet responded to Zelensky's proposal.",
     {("volodymyr_zelensky", "direct_talks", "support"), ("russia", "direct_talks", "neutral")}),
])
def test_cues_in_more_forms(nlp, text, expected):
    """Also: a cue right after a verb cue is its object ("rebuffed calls for"), not a position of its own."""
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"])) == expected


@pytest.mark.parametrize("text, expected, cue", [
    ("Ukraine will join the talks only if Putin attends.",
     {("ukraine", "direct_talks", "conditional", "subject")}, "only if"),
    ("Zelensky could skip the summit unless Putin attends in person.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "subject")}, "unless"),
    ("Ukraine backs the deployment of peacekeepers unless Russia objects.",
     {("ukraine", "security_guarantees", "conditional", "subject")}, "backs … unless"),
    ("If Moscow welcomes the talks, Europe will ease sanctions.",   # nothing for Moscow: hypothetical
     {("europe", "sanctions", "conditional", "subject")}, "ease … If"),
    ("Germany supports security guarantees in principle.",
     {("germany", "security_guarantees", "conditional", "subject")}, "supports … in principle"),
])
def test_if_unless_and_modifiers_make_a_position_conditional(nlp, text, expected, cue):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == expected
    assert rows["cue"].tolist() == [cue]


# --------------------------------------------------------------------------- topic scope


@pytest.mark.parametrize("text, expected", [
    # after: a place or time phrase ends the reach ("the Geneva meeting" is not a second topic)
    ("Finland called for a ceasefire at the Geneva meeting.",
     [("finland", "ceasefire", "support", "term", "ceasefire")]),
    # before: a verb looks back into its clause
    ("Direct talks are something Moscow says it wants.",
     [("russia", "direct_talks", "support", "term", "talks")]),
    ("Security guarantees are what Kyiv wants.",
     [("ukraine", "security_guarantees", "support", "term", "Security guarantees")]),
    # pronoun object of the cue, resolved to the last topic named
    ("Ukraine proposed a ceasefire in May. Putin refused to discuss it.",
     [("ukraine", "ceasefire", "support", "term", "ceasefire"),
      ("vladimir_putin", "ceasefire", "oppose", "pronoun", "it")]),
    # elaboration: "These include ..." lends its topics to the sentence before
    ("The Kremlin rejected the European plan. These include security guarantees.",
     [("kremlin", "security_guarantees", "oppose", "elaboration", "security guarantees")]),
    ("Moscow rejected the latest list. These include secondary sanctions.",
     [("russia", "sanctions", "oppose", "elaboration", "secondary sanctions")]),
])
def test_topic_scope(nlp, text, expected):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert list(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["topic_via"], rows["topic_text"])) == expected


def test_elaboration_evidence_is_both_sentences(nlp):
    text = "The Kremlin rejected the European plan. These include security guarantees."
    assert code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})["evidence"].tolist() == [text]


@pytest.mark.parametrize("text, expected", [
    ("Moscow wants the lifting of sanctions.", {("russia", "sanctions", "oppose", "subject")}),
    ("Kyiv rejects the lifting of sanctions.", {("ukraine", "sanctions", "support", "subject")}),
    ("Ukraine opposes the easing of sanctions.", {("ukraine", "sanctions", "support", "subject")}),
    # "without" names the absence of the proposal
    ("Zelensky rejected any deal without security guarantees.",
     {("volodymyr_zelensky", "security_guarantees", "support", "subject")}),
    # reversal words before a term ("forget NATO membership" is neutrality)
    ("Moscow demanded that Kyiv forget NATO membership.", {("russia", "neutrality", "support", "subject")}),
    ("Putin insisted that Ukraine pull its troops out of the four regions.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Zelensky rejected Russia's demand that Ukraine withdraw from the Donbas.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject"),
      ("russia", "territorial_concessions", "support", "possessive")}),
    # idioms and acts that oppose a proposal
    ("Moscow poured cold water on the idea of a summit in Istanbul.", {("russia", "direct_talks", "oppose", "subject")}),
    ("The White House called off the planned summit.", {("white_house", "direct_talks", "oppose", "subject")}),
    ("Trump cancelled his meeting with Putin.", {("donald_trump", "direct_talks", "oppose", "subject")}),
    ("Zakharova said Russia saw no point in a ceasefire.",
     {("maria_zakharova", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("The European Union adopted its new sanctions package.", {("european_union", "sanctions", "support", "subject")}),
    # "back" (the bare verb) only right before a proposal, past a determiner or a duration
    ("EU leaders back 30-day ceasefire.", {("europe", "ceasefire", "support", "subject")}),
    ("Britain and France will back a ceasefire.",
     {("britain", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject")}),
    ("Russia came back to the talks.", set()),
    ("Troops will pull back from the line once a ceasefire starts.", set()),
    # "but not": the second object is the cue's opposite
    ("Moscow backs direct talks, but not a ceasefire.",
     {("russia", "direct_talks", "support", "subject"), ("russia", "ceasefire", "oppose", "subject")}),
    # troops sent or deployed to Ukraine, and guaranteeing its security, are security guarantees
    ("Trump ruled out sending American troops to Ukraine.",
     {("donald_trump", "security_guarantees", "oppose", "subject")}),
    ("Germany will not send troops to Ukraine, Merz said.",
     {("friedrich_merz", "security_guarantees", "oppose", "own_side"),
      ("germany", "security_guarantees", "oppose", "own_side")}),
    ("Trump said the United States would help guarantee Ukraine's security.",
     {("donald_trump", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "own_side")}),
    ("The US will help Ukraine rebuild after the war.", set()),
    # "the envoy", "the spokeswoman": the last person named whose roles end in that word
    ("Zakharova spoke on Thursday. The spokeswoman said Moscow rejected the ceasefire.",
     {("maria_zakharova", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    ("Witkoff flew to Moscow on Tuesday. The envoy backed a ceasefire.",   # a verb after a role, not "the backed"
     {("steve_witkoff", "ceasefire", "support", "pronoun")}),
    ("Witkoff met Zelensky in Kyiv. The envoy said the talks had failed. Zelensky backed a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # "neither ... nor" negates and lists both; ", not X," and "unlike X," set X apart from the subject
    ("Neither Russia nor Ukraine has agreed to the ceasefire.",
     {("russia", "ceasefire", "oppose", "subject"), ("ukraine", "ceasefire", "oppose", "subject")}),
    ("Russia, not Ukraine, is blocking the peace talks.", {("russia", "direct_talks", "oppose", "subject")}),
    ("Unlike Zelensky, Putin has not committed to a ceasefire.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
    # what is wanted in exchange keeps its polarity: sanctions relief wanted is opposition to sanctions
    ("Moscow said it could accept a ceasefire in exchange for sanctions relief.",
     {("russia", "ceasefire", "conditional", "pronoun"), ("russia", "sanctions", "oppose", "pronoun")}),
    # a relative clause set off by commas is passed over on the way back to the subject
    ("Zelensky, who met Trump at the White House on Monday, rejected the idea of ceding territory.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("The Kremlin, which has long opposed NATO expansion, rejected the ceasefire.",
     {("kremlin", "neutrality", "support", "relative_clause"), ("kremlin", "ceasefire", "oppose", "subject")}),
    # freezing the fighting is a ceasefire; recognising an annexation a territorial concession
    ("Putin wants to freeze the fighting along the current front line.",
     {("vladimir_putin", "ceasefire", "support", "subject")}),
    ("Moscow is demanding recognition of its annexation of four regions.",
     {("russia", "territorial_concessions", "support", "subject")}),
    # "but only" sets a condition on what comes before it
    ("Moscow is ready for talks, but only on its own terms.", {("russia", "direct_talks", "conditional", "subject")}),
    ("Russia dismisses European peacekeeper plan", {("russia", "security_guarantees", "oppose", "subject")}),
    # NATO membership in other words; "irreversible" and "would not be able to" are the speaker's verdicts
    ("Putin has long demanded that NATO stop its eastward expansion.",
     {("vladimir_putin", "neutrality", "support", "subject")}),
    ("Rutte said Ukraine's path to NATO membership was irreversible.", {("mark_rutte", "neutrality", "oppose", "speaker")}),
    ("Trump said Ukraine would not be able to join NATO.", {("donald_trump", "neutrality", "support", "speaker")}),
    ("Finland became a NATO member in 2023.", set()),
    ("Ukraine wants to become a member of NATO.", {("ukraine", "neutrality", "oppose", "subject")}),
    ("Putin said he saw no obstacles to a meeting with Trump.", {("vladimir_putin", "direct_talks", "support", "pronoun")}),
    # an inverter after the term, as the cue ("sanctions should be lifted") still names the opposite
    ("Zakharova said sanctions had failed and should be lifted.",
     {("maria_zakharova", "sanctions", "oppose", "passive")}),
    ("\u201cWe will not give up our land,\u201d Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    # what a proposal is called: "a positive step", "as a provocation" (describe, brand, dub are speech verbs)
    ("Zelensky called the ceasefire proposal a positive step.", {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # two judgements joined by "and" are one
    ("Rutte called the new sanctions a strong and long-overdue signal.",
     {("mark_rutte", "sanctions", "support", "subject")}),
    ("Zelensky called the truce offer an important and necessary step.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    ("Zakharova described the European peacekeeping plan as a provocation.",
     {("maria_zakharova", "security_guarantees", "oppose", "speaker")}),
    ("Trump described his meeting with Putin as very productive.", {("donald_trump", "direct_talks", "support", "speaker")}),
    # an adjective's holder is never the possessive; the offer itself is the possessor's ("Putin's ceasefire offer")
    ("Zelensky called Putin's ceasefire offer a manipulation.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "subject"),
      ("vladimir_putin", "ceasefire", "support", "possessive")}),
    # an expectation placed on another actor is the expecter's ("expected Putin to agree"); "is expected to" is none
    ("Trump said he expected Putin to agree to a ceasefire.", {("donald_trump", "ceasefire", "support", "demand")}),
    ("Zelensky is expected to attend the talks.", set()),
    # a threat to impose sanctions is conditional support, not the plain "impose"
    ("Trump threatened to impose secondary tariffs on countries buying Russian oil.",
     {("donald_trump", "sanctions", "conditional", "subject")}),
    # announcing new sanctions supports them; holding off on them puts them off (neutral, as the coders code it)
    ("Britain announced new sanctions on Russia's shadow fleet.", {("britain", "sanctions", "support", "subject")}),
    ("Britain and France back an unconditional ceasefire.",
     {("britain", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject")}),
    ("Trump has held off on new sanctions.", {("donald_trump", "sanctions", "neutral", "subject")}),
    # a passive without an agent: its subject is what was done, never who did it
    ("Trump imposed sanctions on Russia after the summit was called off.",
     {("donald_trump", "sanctions", "support", "subject")}),
    ("The summit was called off, Zakharova said.", {("maria_zakharova", "direct_talks", "oppose", "passive")}),
    # an adjective after "be" keeps its subject as the holder
    ("Zelensky said Ukraine was prepared to hold talks.", {("volodymyr_zelensky", "direct_talks", "support", "own_side"),
                                                           ("ukraine", "direct_talks", "support", "own_side")}),
    ("Russia is opposed to a ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    ("Russia is not interested in a ceasefire, Zelensky said.", {("russia", "ceasefire", "oppose", "subject")}),
    # the speaker's verdict on a proposal named before it
    ("Ushakov said a trilateral summit was not on the agenda.", {("yuri_ushakov", "direct_talks", "oppose", "speaker")}),
    ("Zelensky said a meeting with Putin was the only way to end the war.",
     {("volodymyr_zelensky", "direct_talks", "support", "speaker")}),
    ("Trump said the ceasefire was not necessary.", {("donald_trump", "ceasefire", "oppose", "speaker")}),
    # staying neutral is neutrality; membership called unrealistic is the speaker's support for it
    ("The Kremlin wants Ukraine to remain neutral.", {("kremlin", "neutrality", "support", "subject")}),
    ("NATO membership for Ukraine is unrealistic, Rubio said.", {("marco_rubio", "neutrality", "support", "speaker")}),
    # the occupation, land for peace and borders are territorial terms
    ("\u201cWe will never recognise the occupation of our land,\u201d Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    ("Zelensky said Ukraine would not trade land for peace.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # a fronted "according to X," is the source, not one more holder
    ("According to the Kremlin, Putin supports direct talks with Ukraine.",
     {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("France, Germany and Britain backed the ceasefire.",
     {(a, "ceasefire", "support", "subject") for a in ("france", "germany", "britain")}),
    # a region named as what is given up is the topic (topics.yaml: "give|... up [the] Donbas|...")
    ("Ukraine will not give up the Donbas, Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Zelensky refused to pull troops out of the Donbas.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Trump pressed Zelensky to accept a plan that would hand the Donbas to Russia.",
     {("donald_trump", "territorial_concessions", "support", "demand")}),
    ("Russia wants to stop NATO expansion.", {("russia", "neutrality", "support", "subject")}),
])
def test_topic_naming_the_opposite_swaps_support_and_oppose(nlp, text, expected):
    assert rows_of(nlp, text) == expected


# --------------------------------------------------------------------------- the matcher takes objects, not files


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(CORPUS / "stance_cues.yaml")


def test_without_persons_he_and_she_resolve_to_no_one(lexicon):
    nlp = blank_pipeline()
    add_actor_ruler(nlp, CODEBOOKS)
    add_topic_matcher(nlp, CODEBOOKS)
    add_cue_matcher(nlp, lexicon=lexicon, persons=())
    assert code_text("Putin spoke on Friday. He ruled out a ceasefire.", nlp=nlp, context={"codebooks": CODEBOOKS}).empty
    add_cue_matcher(nlp, lexicon=lexicon, persons={"vladimir_putin"})  # reconfigures the same component
    assert nlp.pipe_names.count("stance_cue_matcher") == 1
    assert rows_of(nlp, "Putin spoke on Friday. He ruled out a ceasefire.") == {
        ("vladimir_putin", "ceasefire", "oppose", "pronoun")}


def test_unconfigured_matcher_says_how_to_configure_it():
    nlp = blank_pipeline()
    nlp.add_pipe("stance_cue_matcher")
    with pytest.raises(ValueError, match="add_cue_matcher"):
        nlp("Russia rejected the ceasefire.")


def test_parse_lexicon_names_the_source():
    with pytest.raises(CodebookError, match=r"^my-cues\.yaml: cues: unknown stance label 'approve'"):
        parse_lexicon({"cues": {"approve": ["back"]}}, source="my-cues.yaml")
    lex = parse_lexicon({"cues": {"support": ["back|backs"]}}, source="inline")
    assert lexicon_table(lex).to_dict("records") == [
        {"stance": "support", "cue": "back|backs", "kind": "verb", "holder": "subject", "frame": "plain",
         "negated": "oppose"}]
    assert isinstance(lexicon_table(lex), pd.DataFrame)


# --------------------------------------------------------------------------- review queue

REVIEW_TEXT = ("Zelensky said the ceasefire was discussed at length.\n\n"
               "Putin rejected the ceasefire.\n\n"
               "Trump spoke about sanctions if Moscow refuses.\n\n"
               "Rubio flew to Geneva.\n")


def test_review_queue_lists_actor_and_topic_sentences_without_a_stance(make_corpus):
    from helpers.corpus import load_corpus
    from helpers.pipeline import analyse
    from helpers.stance import REVIEW_COLUMNS, review_queue

    root = make_corpus({"r.txt": REVIEW_TEXT})
    an = analyse(load_corpus(root), corpus_dir=root, cache=False)
    queue = review_queue(an)
    assert list(queue.columns) == REVIEW_COLUMNS
    # sentence 1 has a stance; sentence 3 names no proposal: neither is queued
    assert queue[["sent_id", "actors", "topics", "cues"]].values.tolist() == [
        [0, "Volodymyr Zelensky", "Ceasefire", ""],
        [2, "Donald Trump · Russia", "Sanctions", "if, refuses"],   # the cues the sentence has, for a reader
    ]
    assert queue.loc[0, "sentence"] == "Zelensky said the ceasefire was discussed at length."


def test_review_queue_of_a_corpus_without_actors_is_empty_but_typed(make_corpus):
    from helpers.corpus import load_corpus
    from helpers.pipeline import analyse
    from helpers.stance import review_queue

    root = make_corpus({"e.txt": "The weather was fine. A ceasefire was discussed.\n"})
    queue = review_queue(analyse(load_corpus(root), corpus_dir=root, cache=False))
    assert queue.empty and str(queue["published"].dtype) == "datetime64[ns]"


# --------------------------------------------------------------------------- reported speech: own side, deontic


@pytest.mark.parametrize("text, expected", [
    # a person reporting their own country's position holds it, with the country (codebook rules 4 and 7)
    ("Zelensky said Ukraine would reject any ceasefire that freezes the front line.",
     {("volodymyr_zelensky", "ceasefire", "oppose", "own_side"), ("ukraine", "ceasefire", "oppose", "own_side")}),
    ("Rutte said NATO backs security guarantees for Kyiv.",
     {("mark_rutte", "security_guarantees", "support", "own_side"),
      ("nato", "security_guarantees", "support", "own_side")}),
    # the speech verb may close the sentence
    ("Kyiv will never cede territory, Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Moscow rejects the ceasefire, said Zakharova.",
     {("maria_zakharova", "ceasefire", "oppose", "own_side"), ("russia", "ceasefire", "oppose", "own_side")}),
    # a speaker of another side reports; the position stays Russia's
    ("Rubio said Russia rejected the ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    # a person as holder is left alone
    ("Zelensky said Putin rejected the ceasefire.", {("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_own_side_speaker_holds_the_reported_position_too(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected, target", [
    ("Trump wrote on social media that Ukraine should agree to direct talks in Istanbul.",
     {("donald_trump", "direct_talks", "support", "deontic")}, "ukraine"),
    ("Merz said Russia must accept the ceasefire.", {("friedrich_merz", "ceasefire", "support", "deontic")}, "russia"),
    # an adverb between the modal and the verb ("should *first* agree", "must *also* accept")
    ("Merz said Russia should first agree to a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "deontic")}, "russia"),
    ("Rutte said Russia must also accept the ceasefire.",
     {("mark_rutte", "ceasefire", "support", "deontic")}, "russia"),
    ("Zakharova said Kyiv has to accept neutrality.",
     {("maria_zakharova", "neutrality", "support", "deontic")}, "ukraine"),
    ("Zelensky said Europe should not accept sanctions relief.",  # negated; "sanctions relief" is the opposite
     {("volodymyr_zelensky", "sanctions", "support", "deontic")}, "europe"),
])
def test_deontic_clause_is_the_speakers_demand(nlp, text, expected, target):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == expected
    assert set(rows["target"]) == {target}


def test_deontic_needs_a_speaker_outside_quotes(nlp):
    # no speech verb: the journalist's "should" is nobody's demand, the subject keeps it
    assert rows_of(nlp, "Russia should accept the ceasefire.") == {("russia", "ceasefire", "support", "subject")}


# --------------------------------------------------------------------------- modal cues before a proposal


@pytest.mark.parametrize("text, expected", [
    ("Kyiv will never cede territory to Moscow.", {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("Ukraine would not withdraw from the Donbas region.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("Putin won't meet Zelensky before the summer.", {("vladimir_putin", "direct_talks", "oppose", "subject")}),
    ("Putin said Ukrainian forces must withdraw from the Donbas region.",
     {("vladimir_putin", "territorial_concessions", "support", "speaker")}),
    ("Merz said Kyiv must not cede territory.", {("friedrich_merz", "territorial_concessions", "oppose", "speaker")}),
    # no proposal right after the modal: no cue
    ("Moscow will not comment on the sanctions.", {("russia", "sanctions", "neutral", "subject")}),
    ("The Kremlin would not say when the talks resume.", set()),
])
def test_modal_before_a_proposal_is_a_cue(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_before_topic_option_is_validated(tmp_path):
    bad = {"cues": {"oppose": [{"cue": "will not", "before_topic": "yes"}]},
           "negation": {"window": 3, "markers": ["not"]}}
    with pytest.raises(CodebookError, match="before_topic must be true or false"):
        parse_lexicon(bad, source="stance_cues.yaml")


# --------------------------------------------------------------------------- demands and alternatives


@pytest.mark.parametrize("text, expected", [
    # "or face" is the threat: conditional on what follows it, never on the demand before it
    ("Trump has given Moscow until Friday to agree to a ceasefire or face new sanctions.",
     {("donald_trump", "ceasefire", "support", "demand"), ("donald_trump", "sanctions", "conditional", "demand")}),
    ("Trump's 50-day ultimatum for Moscow to agree to a ceasefire expires next month.",
     {("donald_trump", "ceasefire", "support", "demand")}),
    ("Putin said Ukrainian forces must withdraw from the Donbas region or face being driven out.",
     {("vladimir_putin", "territorial_concessions", "support", "speaker")}),
])
def test_deadlines_and_threats(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "no X until Y": X once Y is met (conditional), and Y is what the speaker asks for
    ("There can be no talks until Russia agrees to a ceasefire, Zelensky said.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "speaker"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    ("Zelensky said there can be no talks until Russia agrees to a ceasefire.",
     {("volodymyr_zelensky", "direct_talks", "conditional", "reported_speech"),
      ("volodymyr_zelensky", "ceasefire", "support", "condition_demand")}),
    ("Washington will not lift sanctions until Russia withdraws its troops, Rubio said.",
     {("marco_rubio", "sanctions", "conditional", "own_side"), ("united_states", "sanctions", "conditional", "own_side")}),
    # "until Friday" is a time, not a condition
    ("Rubio, who had given the Kremlin until Monday to halt the fighting or face tougher sanctions, met Rutte.",
     {("marco_rubio", "ceasefire", "support", "relative_clause"),
      ("marco_rubio", "sanctions", "conditional", "demand")}),
    ("The ceasefire will hold until Easter, Putin said.", set()),
    # warning of new sanctions is a threat: conditional, and the refusal it names is the demand
    ("The EU warned of new sanctions if Russia rejects the truce.",
     {("european_union", "sanctions", "conditional", "subject"),
      ("european_union", "ceasefire", "support", "condition_demand")}),
    ("Moscow warned against new sanctions on its gas.", {("russia", "sanctions", "oppose", "subject")}),
])
def test_until_and_warnings_of_sanctions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X and other European leaders": both holders
    ("Zelensky and other European leaders called for a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("europe", "ceasefire", "support", "subject")}),
    # a trailing if-clause qualifies the last conjoined clause only
    ("Merz called for a ceasefire, and threatened new sanctions if Putin refused.",
     {("friedrich_merz", "ceasefire", "support", "subject"),
      ("friedrich_merz", "sanctions", "conditional", "shared_subject")}),
    ("Ukraine and European leaders offered Russia a 30-day ceasefire.",
     {("ukraine", "ceasefire", "support", "subject"), ("europe", "ceasefire", "support", "subject")}),
])
def test_coordination_and_conjoined_clauses(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a proposal as the subject of an event verb, in someone's reported words: the speaker backs it
    ("Ushakov said another summit could be held in Moscow.", {("yuri_ushakov", "direct_talks", "support", "speaker")}),
    ("Trump said negotiations would begin immediately.", {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Zakharova said the talks will not resume this week.", {("maria_zakharova", "direct_talks", "oppose", "speaker")}),
    ("The summit will take place in Budapest.", set()),   # nobody's words
    # forcing or pressing someone into a proposal is the demander's support
    ("France said the sanctions forced Moscow into a ceasefire.", {("france", "ceasefire", "support", "subject")}),
    ("Washington pressured Kyiv to accept the ceasefire.", {("united_states", "ceasefire", "support", "demand")}),
    # interest in a proposal, shown or not
    ("Putin expressed an interest in a ceasefire.", {("vladimir_putin", "ceasefire", "support", "subject")}),
    ("Moscow has shown no interest in a summit.", {("russia", "direct_talks", "oppose", "subject")}),
    # "force" as a noun is no cue
    ("Moscow rejected a NATO peacekeeping force.", {("russia", "security_guarantees", "oppose", "subject")}),
])
def test_events_in_reported_speech_and_pressure(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand "before" a proposal makes that proposal conditional for the demander
    ("Russia demanded that Ukraine cede territory before a ceasefire.",
     {("russia", "territorial_concessions", "support", "term"), ("russia", "ceasefire", "conditional", "precondition")}),
    ("Kyiv wants security guarantees ahead of any direct talks.",
     {("ukraine", "security_guarantees", "support", "term"), ("ukraine", "direct_talks", "conditional", "precondition")}),
    # "as part of": what is wanted is the price of the proposal named after it
    ("Putin wants the rest of Donetsk as part of a ceasefire deal.",
     {("vladimir_putin", "territorial_concessions", "support", "term"),
      ("vladimir_putin", "ceasefire", "conditional", "precondition")}),
    ("Moscow demanded that Kyiv withdraw from Donbas as part of any truce.",
     {("russia", "territorial_concessions", "support", "term"), ("russia", "ceasefire", "conditional", "precondition")}),
    # ... but not when the proposal is the object itself
    ("Putin wants a ceasefire.", {("vladimir_putin", "ceasefire", "support", "term")}),
    # an objection says nothing about what comes after "before"
    ("Kyiv rejected territorial concessions before a ceasefire.", {("ukraine", "territorial_concessions", "oppose", "term")}),
])
def test_precondition_before_a_proposal(nlp, text, expected):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["topic_via"])) == expected


@pytest.mark.parametrize("text, expected", [
    # "in exchange for Y": Y is what the holder wants; what is offered for it is conditional
    ("Zelensky offered to give up NATO ambitions in exchange for security guarantees.",
     {("volodymyr_zelensky", "neutrality", "conditional"), ("volodymyr_zelensky", "security_guarantees", "support")}),
    # "X as a precondition": X is wanted
    ("Kyiv insisted on a ceasefire as a precondition for talks.",
     {("ukraine", "ceasefire", "support"), ("ukraine", "direct_talks", "conditional")}),
    # "in principle" qualifies everything
    ("Germany supports security guarantees in principle.", {("germany", "security_guarantees", "conditional")}),
])
def test_exchange_and_precondition_modifiers_keep_the_wanted_side(nlp, text, expected):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"])) == expected


@pytest.mark.parametrize("entry, message", [
    ({"cue": "in exchange for", "frame": "modifier", "wanted": "later"}, "wanted must be before or after"),
    ({"cue": "in exchange for", "wanted": "after"}, "wanted applies to a modifier"),
])
def test_wanted_option_is_validated(entry, message):
    with pytest.raises(CodebookError, match=message):
        parse_lexicon({"cues": {"conditional": [entry]}, "negation": {"window": 3, "markers": ["not"]}},
                      source="stance_cues.yaml")


@pytest.mark.parametrize("text, expected", [
    # the condition of a threat names what the threatener wants
    ("European leaders threatened more sanctions if Putin does not accept a ceasefire.",
     {("europe", "sanctions", "conditional", "subject"), ("europe", "ceasefire", "support", "condition_demand")}),
    ("Washington will impose new sanctions unless Moscow agrees to a truce.",
     {("united_states", "sanctions", "conditional", "subject"),
      ("united_states", "ceasefire", "support", "condition_demand")}),
    # a threat against an objection asks for the proposal too
    ("If Moscow rejects the ceasefire, Europe will tighten sanctions.",
     {("europe", "sanctions", "conditional", "subject"), ("europe", "ceasefire", "support", "condition_demand")}),
    ("Trump said sanctions would follow if Moscow refused a ceasefire.",
     {("donald_trump", "sanctions", "conditional", "reported_speech"),
      ("donald_trump", "ceasefire", "support", "condition_demand")}),
    # a condition that asks for nothing stays uncoded
    ("Europe will tighten sanctions if Moscow accepts the ceasefire.", {("europe", "sanctions", "conditional", "subject")}),
])
def test_condition_of_a_threat_is_a_demand(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_condition_demand_records_the_target(nlp):
    rows = code_text("Merz threatened sanctions if Putin does not accept a ceasefire.", nlp=nlp,
                     context={"codebooks": CODEBOOKS})
    assert rows.loc[rows["rule"] == "condition_demand", "target"].tolist() == ["vladimir_putin"]


@pytest.mark.parametrize("text, expected", [
    # a time phrase after the cue's actor object is when, not what
    ("European leaders reaffirmed their support for Ukraine after the Berlin talks.", set()),
    # ... but a topic in a plain prepositional phrase still counts
    ("Moscow objected to Turkish involvement in the negotiations.", {("russia", "direct_talks", "oppose", "subject")}),
    # a relative clause about the first topic is not a second one
    ("Kyiv accepted a truce that would allow for direct talks.", {("ukraine", "ceasefire", "support", "subject")}),
    # "wants X to": a demand
    ("Europe wants Moscow to agree to a truce.", {("europe", "ceasefire", "support", "demand")}),
    # the verb after a demand noun and "to" is the demander's, whoever rejects the demand
    ("Russia rejected Trump's ultimatum to agree to a ceasefire.", {("donald_trump", "ceasefire", "support", "demand")}),
])
def test_scope_and_demand_refinements(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_demand_in_exchange_for_something_stays_a_demand(nlp):
    # the demander wants what it demands; only an offer becomes conditional on what it gets back
    assert rows_of(nlp, "Lavrov restated Moscow's demand to halt NATO enlargement in return for peace.") == \
        {("russia", "neutrality", "support", "possessive")}
    assert rows_of(nlp, "Zelensky offered to give up NATO ambitions in exchange for security guarantees.") == \
        {("volodymyr_zelensky", "neutrality", "conditional", "subject"),
         ("volodymyr_zelensky", "security_guarantees", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # persuading someone to agree is a demand: the persuader's, never the target's
    ("Merz tried to persuade Putin to accept a ceasefire.", {("friedrich_merz", "ceasefire", "support", "demand")}),
    # (the persuader holds it: the cue "convinced" or, now that "back" is a cue before a proposal, the demand)
    ("Rutte convinced Trump to back new sanctions.", {("mark_rutte", "sanctions", "support", "demand")}),
    # a failed persuasion says nothing about either side's position (not an objection)
    ("Rutte failed to convince Trump to back new sanctions.", set()),
    # with no one named as the persuader, the target still holds nothing
    ("Diplomats stepped up attempts to persuade the Kremlin to accept a truce.", set()),
    ("Pressure grew on Moscow, with calls urging the Kremlin to accept the ceasefire.", set()),
])
def test_persuasion_is_a_demand_even_without_a_demander(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kyiv called for an immediate halt to fighting.", {("ukraine", "ceasefire", "support", "subject")}),
    ("Europe wants a halt in the fighting before winter.", {("europe", "ceasefire", "support", "subject")}),
    ("Trump gave Moscow until Friday to halt its war.", {("donald_trump", "ceasefire", "support", "subject")}),
])
def test_halting_the_fighting_is_a_ceasefire(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the items of a list after "including from" are all inside the prepositional phrase, not subjects
    ("European leaders, including from Britain, France and the European Union, issued a statement backing the "
     "ceasefire.", {("europe", "ceasefire", "support", "subject")}),
    # ... while a plain list is a coordinated subject
    ("Putin, Zelensky and Trump agreed to meet.",
     {("vladimir_putin", "direct_talks", "support", "subject"), ("volodymyr_zelensky", "direct_talks", "support", "subject"),
      ("donald_trump", "direct_talks", "support", "subject")}),
    # an actor before "-led"/"-backed" modifies a noun; it is not the subject
    ("Kyiv welcomed a US-led push for a ceasefire.", {("ukraine", "ceasefire", "support", "subject")}),
    # "and also said": the speech verb ends the reach of the cue before it
    ("Umerov confirmed the prisoner swap and also said a ceasefire had been discussed.", set()),
])
def test_lists_modifiers_and_speech_verbs_bound_the_walks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # evaluative idioms are objections to what they describe
    ("Zakharova called the new sanctions a hostile act.", {("maria_zakharova", "sanctions", "oppose", "subject")}),
    ("The Kremlin said a ceasefire was a non-starter.", {("kremlin", "ceasefire", "oppose", "speaker")}),
    ("Moscow called talks on guarantees a dead end.", {("russia", "direct_talks", "oppose", "subject")}),
    # "those proposals" refers back to the last topic named
    ("The European Union proposed a truce. Russia has consistently rebuffed those proposals.",
     {("european_union", "ceasefire", "support", "subject"), ("russia", "ceasefire", "oppose", "subject")}),
])
def test_evaluative_idioms_and_plural_references(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "told/informed X that ... would begin": the speaker's, and a modal is never read as a noun after "that"
    ("Trump told Zelensky that negotiations would begin immediately.",
     {("donald_trump", "direct_talks", "support", "speaker")}),
    ("Merz informed Rutte that the talks would resume on Monday.",
     {("friedrich_merz", "direct_talks", "support", "speaker")}),
    # what a speaker says a deal would involve is a position on it
    ("Trump has said any peace deal would involve territory swaps.",
     {("donald_trump", "territorial_concessions", "support", "speaker")}),
    ("Rubio said a settlement must include security guarantees for Ukraine.",
     {("marco_rubio", "security_guarantees", "support", "speaker")}),
    # a purpose clause ("so that ...") is no position of the main clause's subject
    ("Kyiv called for a ceasefire so that talks can take place.", {("ukraine", "ceasefire", "support", "subject")}),
])
def test_what_speakers_say_will_happen(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Germany backed a security backstop for Ukraine.", {("germany", "security_guarantees", "support", "subject")}),
    ("Kyiv rejected handing over territory to Moscow.", {("ukraine", "territorial_concessions", "oppose", "subject")}),
    # Ukraine's path to NATO names the opposite of neutrality
    ("Merz backed Ukraine's path to NATO membership.", {("friedrich_merz", "neutrality", "oppose", "subject")}),
    ("Finland called for a cease fire.", {("finland", "ceasefire", "support", "subject")}),
    ("France proposed new economic penalties on Moscow.", {("france", "sanctions", "support", "subject")}),
])
def test_proposals_named_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_code_text_without_codebooks_pairs_quotations_itself(nlp):
    # trying a sentence in a notebook needs no context: the quotes stage is skipped, not a KeyError
    rows = code_text("“We will accept the ceasefire,” Zelensky said.", nlp=nlp)
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == \
        {("volodymyr_zelensky", "ceasefire", "support", "quote")}


@pytest.mark.parametrize("text, expected", [
    ("Moscow stopped short of committing to a ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    ("Moscow took note of Kyiv's request for a summit of the two leaders.",
     {("russia", "direct_talks", "neutral", "subject"), ("ukraine", "direct_talks", "support", "possessive")}),
    # "those calls" refers back to the proposal named before
    ("The European Union proposed a truce. Russia has consistently rebuffed those calls.",
     {("european_union", "ceasefire", "support", "subject"), ("russia", "ceasefire", "oppose", "subject")}),
])
def test_commitments_requests_and_calls(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # common verbs of criticism and praise
    ("Putin criticised the sanctions.", {("vladimir_putin", "sanctions", "oppose", "subject")}),
    ("The Kremlin condemned the new sanctions.", {("kremlin", "sanctions", "oppose", "subject")}),
    ("Zakharova denounced the deployment of foreign troops in Ukraine.",
     {("maria_zakharova", "security_guarantees", "oppose", "subject")}),
    ("Putin turned down Zelensky's offer of direct talks.",
     {("vladimir_putin", "direct_talks", "oppose", "subject"), ("volodymyr_zelensky", "direct_talks", "support", "possessive")}),
    ("Rutte praised the ceasefire.", {("mark_rutte", "ceasefire", "support", "subject")}),
    ("Germany threw its weight behind the peace talks.", {("germany", "direct_talks", "support", "subject")}),
    # a verb with its own object does not look back to a proposal before it
    ("Trump plans to meet Putin, as Zelensky slams Russia's record.", {("donald_trump", "direct_talks", "support", "subject")}),
    # a participle with its agent: "proposed by Washington"
    ("Russia rejected the ceasefire proposed by Washington.",
     {("russia", "ceasefire", "oppose", "subject"), ("united_states", "ceasefire", "support", "passive")}),
    # a demonym after an article holds a noun cue: "the European call for"
    ("The Kremlin dismissed the European call for a truce.",
     {("kremlin", "ceasefire", "oppose", "subject"), ("europe", "ceasefire", "support", "possessive")}),
    # evaluations after the proposal
    ("Moscow called the sanctions illegal.", {("russia", "sanctions", "oppose", "subject")}),
])
def test_criticism_praise_participles_and_demonyms(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # negation stops at a coordinator; "without" negates only the word right after it
    ("France said the penalties were unheard of and would push Moscow into a truce.",
     {("france", "ceasefire", "support", "subject")}),
    ("Kyiv joined the talks without accepting a ceasefire.", {("ukraine", "ceasefire", "oppose", "subject")}),
    # ... and a "without" that negated the cue does not invert the proposal after it as well; the
    # ceasefire rejected *without* guarantees is one wanted with them (tests/test_stance_conditions.py)
    ("Kyiv rejected a ceasefire without security guarantees.",
     {("ukraine", "ceasefire", "conditional", "subject"), ("ukraine", "security_guarantees", "support", "subject")}),
    ("Germany signed off on new sanctions.", {("germany", "sanctions", "support", "subject")}),
    # a one-word aside between commas does not end the reach; another comma does
    ("Kyiv would not, however, accept a ceasefire.", {("ukraine", "ceasefire", "oppose", "subject")}),
    ("Kyiv would not wait, and accepted a ceasefire.", {("ukraine", "ceasefire", "support", "subject")}),
])
def test_negation_reach_and_without(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # threats against a proposal's troops are objections to it; "the Western proposal" is Europe's
    ("Moscow will regard the Western proposal to deploy a multinational force as an act of intervention.",
     {("europe", "security_guarantees", "support", "intention"), ("russia", "security_guarantees", "oppose", "subject")}),
    ("Zakharova said: “We will treat any such multinational forces as legitimate military targets.”",
     {("maria_zakharova", "security_guarantees", "oppose", "quote")}),
])
def test_threats_against_a_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "as he held talks": a new clause, not the cue's object
    ("Zelensky offered to shelve Kyiv's aspirations to join the alliance during talks with US envoys.",
     {("volodymyr_zelensky", "neutrality", "support", "subject")}),
    # ... while "as Ukraine" in a comparison is no clause
    ("Russia wants the same status as Ukraine in the talks.", {("russia", "direct_talks", "support", "subject")}),
    ("Zelensky offered to abandon Kyiv's goal of joining NATO.", {("volodymyr_zelensky", "neutrality", "support", "subject")}),
])
def test_as_clauses_and_during(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin signalled readiness for a summit with Trump.", {("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Germany is preparing new sanctions.", {("germany", "sanctions", "support", "subject")}),
    ("Merz said Europe would step up sanctions on Russia.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("europe", "sanctions", "support", "own_side")}),
    # an infinitive after "prepared to" is a verb of its own, not the object
    ("Rubio said the United States was prepared to walk away from the talks.",
     {("marco_rubio", "direct_talks", "oppose", "own_side"), ("united_states", "direct_talks", "oppose", "own_side")}),
    # "the United States" is a name: "States" is not the speech verb "states"
    ("Rubio said the United States was ready for talks.",
     {("marco_rubio", "direct_talks", "support", "own_side"), ("united_states", "direct_talks", "support", "own_side")}),
    ("Ukraine will never recognise Russian sovereignty over Crimea, Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_more_cues_and_speakers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "only after Y": what comes before is conditional, Y is what is wanted
    ("European leaders said territorial concessions could come only after security guarantees are in place.",
     {("europe", "territorial_concessions", "conditional", "subject")}),
    ("Kyiv will accept a ceasefire only after Russia withdraws its troops.",
     {("ukraine", "ceasefire", "conditional", "subject")}),
    # an infinitive complement is the cue's object: no looking back to a proposal before it
    ("While discussing ceasefires, Moscow has been preparing to form new units.", set()),
])
def test_only_after_and_infinitive_objects(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # lifting or easing sanctions is opposing them; refusing to is supporting them
    # ... until a condition is met: conditional (support tied to a condition, the codebook says)
    ("The EU will not lift sanctions until Russia withdraws from Ukraine, Merz said.",
     {("friedrich_merz", "sanctions", "conditional", "own_side"),
      ("european_union", "sanctions", "conditional", "own_side")}),
    ("The EU will not lift sanctions, Merz said.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("european_union", "sanctions", "support", "own_side")}),
    ("Germany opposes lifting sanctions on Russia.", {("germany", "sanctions", "support", "subject")}),
    # a veto lifted is a reversal: the objection it reports and the support now (codebook rule 8)
    ("Finland lifted its veto on the sanctions package.",
     {("finland", "sanctions", "oppose", "possessive"), ("finland", "sanctions", "support", "possessive")}),
    ("Trump has given up on a ceasefire.", {("donald_trump", "ceasefire", "oppose", "subject")}),
    # a speaker cue takes a speech verb after the clause too
    ("NATO membership for Ukraine is off the table, Rubio said.", {("marco_rubio", "neutrality", "support", "speaker")}),
    # an actor named inside a proposal's name is not its subject
    ("The Kremlin said the deployment of any NATO troops in Ukraine was unacceptable.",
     {("kremlin", "security_guarantees", "oppose", "subject")}),
    ("Zelensky said Ukraine needs security guarantees before any ceasefire.",
     {("volodymyr_zelensky", "security_guarantees", "support", "own_side"),
      ("ukraine", "security_guarantees", "support", "own_side"),
      ("volodymyr_zelensky", "ceasefire", "conditional", "own_side"), ("ukraine", "ceasefire", "conditional", "own_side")}),
    # a passive agent the codebook lacks holds it, not the antecedent of "which"
    ("Guarantees for Ukraine, which would be provided by several countries, were discussed.", set()),
    # the agent list ends where a speech verb's subject starts
    ("Security guarantees would be provided by Germany and France, Trump said.",
     {("germany", "security_guarantees", "support", "passive"), ("france", "security_guarantees", "support", "passive")}),
])
def test_lifting_speakers_agents_and_names_inside_proposals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "is demanding" is active: the subject demands
    ("Moscow is demanding that Kyiv abandon its bid to join NATO.", {("russia", "neutrality", "support", "subject")}),
    # "X, not Y" and "rather than Y": Y is what is not wanted
    ("Trump wants a deal, not a ceasefire.", {("donald_trump", "ceasefire", "oppose", "subject")}),
    ("Rutte backed a full peace deal rather than a ceasefire.", {("mark_rutte", "ceasefire", "oppose", "subject")}),
    # evaluative idioms, with the speaker after the clause
    ("A ceasefire would be a trap, Zakharova said.", {("maria_zakharova", "ceasefire", "oppose", "speaker")}),
    ("Merz called the talks a mistake.", {("friedrich_merz", "direct_talks", "oppose", "subject")}),
    ("Ukraine has long opposed any freeze of the front line.", {("ukraine", "ceasefire", "oppose", "subject")}),
    ("Merz said Germany would keep up the pressure with more sanctions.",
     {("friedrich_merz", "sanctions", "support", "own_side"), ("germany", "sanctions", "support", "own_side")}),
    # a headline's "Person:" is that person speaking
    ("Zelensky: Ukraine will not give up territory.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("The talks: what we know.", set()),
])
def test_contrasts_idioms_and_headline_speakers(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_passive_cue_reaches_past_a_participle_between_commas(nlp):
    assert rows_of(nlp, "The ceasefire proposal, backed by Washington and Kyiv, was rejected by Moscow.") == {
        ("united_states", "ceasefire", "support", "passive"), ("ukraine", "ceasefire", "support", "passive"),
        ("russia", "ceasefire", "oppose", "passive")}


@pytest.mark.parametrize("text, expected", [
    ("Russia demands that Ukraine recognise Crimea as Russian.",
     {("russia", "territorial_concessions", "support", "subject")}),
    ("Russia boycotted the talks in Istanbul.", {("russia", "direct_talks", "oppose", "subject")}),
    # attending or skipping talks is no position on them
    ("European leaders, including those from France, Germany, Britain, Italy, Finland, and the European "
     "Commission, attended the talks.", set()),
    # a list closed by ", and" is still inside the phrase after "including"
    ("European leaders, including those from France, Germany, and Finland, backed the ceasefire.",
     {("europe", "ceasefire", "support", "subject")}),
])
def test_boycotts_and_attendance(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # (agreement with "nuances" is agreement on conditions since the twenty-first session)
    ("“Russia is not against a ceasefire, but there are nuances,” Putin told reporters.",
     {("vladimir_putin", "ceasefire", "conditional", "quote")}),
    ("“There will be no ceasefire until Ukraine withdraws from Donbas,” Zakharova said.",
     {("maria_zakharova", "ceasefire", "conditional", "quote")}),
    ("“There will be no ceasefire,” Zakharova said.", {("maria_zakharova", "ceasefire", "oppose", "quote")}),
    ("Merz said the sanctions must stay in place.", {("friedrich_merz", "sanctions", "support", "speaker")}),
    ("Zelensky said: “Ukraine will never give up its territory.”",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
])
def test_quoted_positions_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin wants Ukraine to hand over the rest of Donetsk.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Zelensky rejected the idea of a land-for-peace deal.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Trump suggested Ukraine might have to give up some land.",
     {("donald_trump", "territorial_concessions", "support", "speaker")}),
    ("Russia rejects any Western military presence in Ukraine.", {("russia", "security_guarantees", "oppose", "subject")}),
    ("Moscow is demanding Kyiv pull its forces out of the Donetsk region.",
     {("russia", "territorial_concessions", "support", "subject")}),
])
def test_territory_and_presence_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_role_heads_come_from_the_roles_of_people():
    heads = CODEBOOKS.actors.role_heads()
    assert heads["envoy"] == {"steve_witkoff"}
    assert heads["president"] == {"donald_trump", "vladimir_putin", "volodymyr_zelensky"}
    assert "state" not in heads                          # "the Secretary of State": a role with "of" gives none
    # two lower-case last words give a head of their own ("Ukraine's defence minister"), capitals none
    assert heads["defence minister"] == {"rustem_umerov", "alexander_fomin"}
    assert "defense minister" in heads and "first lady" in heads and "deputy defense minister" not in heads


def test_a_speech_verb_after_and_shares_the_first_verb_cues_holder(nlp):
    # "warned" has no subject of its own: the one who urged is the one who warned, never the target of the urging
    rows = code_text("Merz urged Putin to accept the ceasefire and warned of massive sanctions if he refused.",
                     nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(rows["actor_id"]) == {"friedrich_merz"}


@pytest.mark.parametrize("text, expected", [
    # what a rejected deal would require is what is rejected, not the deal's own support
    ("Kyiv has repeatedly rejected any deal that would require it to cede territory.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("A deal would require Ukraine to cede territory, Witkoff said.",
     {("steve_witkoff", "territorial_concessions", "support", "speaker")}),
    # not opposed to it: support
    ("Putin is not opposed to a ceasefire.", {("vladimir_putin", "ceasefire", "support", "subject")}),
    ("Washington does not oppose new sanctions.", {("united_states", "sanctions", "support", "subject")}),
    ("Putin said he was not opposed to meeting Zelensky, but only to sign a final agreement.",
     {("vladimir_putin", "direct_talks", "conditional", "pronoun")}),
    # a passive event in someone's words: "to Ukraine" is where, not an infinitive
    ("Merz said European troops could be deployed to Ukraine after a ceasefire.",
     {("friedrich_merz", "security_guarantees", "support", "speaker")}),
    ("Zakharova said no Western troops would be sent to Ukraine.",
     {("maria_zakharova", "security_guarantees", "oppose", "speaker")}),
    # modifiers between a cue and its proposal
    ("Moscow announced a unilateral three-day truce for the holiday.", {("russia", "ceasefire", "support", "subject")}),
    # "he and Putin": the pronoun is coordinated with the actor
    ("Trump said that he and Putin had agreed to meet in Budapest.",
     {("donald_trump", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "support", "subject")}),
])
def test_deal_clauses_negated_opposition_passive_events_and_pronoun_pairs(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what X decided or planned to do is X's position, with the verb's own stance
    ("Kyiv welcomed Trump's decision to impose sanctions on Rosneft.",
     {("donald_trump", "sanctions", "support", "intention"), ("ukraine", "sanctions", "support", "intention")}),
    # (a capital after the passive stands for its government, as "Kyiv welcomed" above)
    ("Trump's decision to impose sanctions on Rosneft was welcomed in Kyiv.",
     {("donald_trump", "sanctions", "support", "intention"), ("ukraine", "sanctions", "support", "passive")}),
    ("Trump's decision to cancel the Budapest summit surprised Kyiv.",
     {("donald_trump", "direct_talks", "oppose", "intention")}),
    # ... with when it was taken in between
    ("Kyiv welcomed Trump's decision on October 22 to impose sanctions on Rosneft.",
     {("donald_trump", "sanctions", "support", "intention"), ("ukraine", "sanctions", "support", "intention")}),
    ("Trump's decision last week to cancel the Budapest summit surprised Kyiv.",
     {("donald_trump", "direct_talks", "oppose", "intention")}),
    # a verb cue used as a noun after a possessive ("Washington's plans to") works the same way
    ("Washington's plans to impose tariffs on China worried Beijing.",
     {("united_states", "sanctions", "support", "intention")}),
    ("Washington's potential plans to impose tariffs on India if it keeps buying Russian oil worried Delhi.",
     {("united_states", "sanctions", "conditional", "intention")}),
    # not the objecting subject's: "condemned" is no support of what was decided
    ("Moscow condemned the EU's decision to adopt new sanctions.",
     {("european_union", "sanctions", "support", "intention")}),
    # a noun cue with a topic of its own stays as it is
    ("Europe backed Washington's efforts to broker a ceasefire.",
     {("europe", "ceasefire", "support", "subject"), ("united_states", "ceasefire", "support", "possessive")}),
    # "After ..., X said he opposed ...": the fronted clause's proposal is not what the said clause is about
    ("After meeting Zelensky, Trump said he opposed giving Ukraine more missiles.", set()),
    ("Zelensky called Putin's offer of direct talks a positive sign.",
     {("volodymyr_zelensky", "direct_talks", "support", "subject"),
      ("vladimir_putin", "direct_talks", "support", "possessive")}),
])
def test_intentions_fronted_clauses_and_verdicts(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a cue that ends its sentence with no object answers the proposal of the sentence before
    ("Zelensky has proposed a 30-day ceasefire. The Kremlin has not responded.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("kremlin", "ceasefire", "neutral", "subject")}),
    ("Trump wants Putin and Zelensky to meet. Putin has so far refused.",
     {("donald_trump", "direct_talks", "support", "subject"), ("vladimir_putin", "direct_talks", "oppose", "subject")}),
    # not across a paragraph, and not when the cue has an object of its own
    ("Trump proposed a ceasefire.\n\nPutin refused.", {("donald_trump", "ceasefire", "support", "subject")}),
    ("Trump proposed a ceasefire. Putin refused to say more about the war.",
     {("donald_trump", "ceasefire", "support", "subject")}),
    # batches and ordinals between a cue and its proposal; threatening to block is opposing
    ("The European Commission announced a 19th package of sanctions.",
     {("european_commission", "sanctions", "support", "subject")}),
    ("Britain unveiled a new round of sanctions on Russian oil.", {("britain", "sanctions", "support", "subject")}),
    ("Moscow threatened to veto the sanctions package.", {("russia", "sanctions", "oppose", "subject")}),
    # a passive answer is about its own subject: a named stance, not the proposal of an aside before it
    ("The leaders of France and Germany, who went to Kyiv to press for a 30-day pause, said that Russia's stance "
     "could not be accepted.",
     {("france", "ceasefire", "support", "relative_clause"), ("germany", "ceasefire", "support", "relative_clause")}),
    ("Merz, who has long pressed for a ceasefire, said that the Russian reply was rejected.",
     {("friedrich_merz", "ceasefire", "support", "relative_clause")}),
    ("Zelensky proposed a truce, which was rejected by Moscow.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject"), ("russia", "ceasefire", "oppose", "passive")}),
])
def test_answers_to_the_sentence_before_batches_and_vetoes(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the ball is in Russia's court": the proposal on the table, named before, is the speaker's
    ("Kyiv accepted a 30-day ceasefire. Rubio said the ball was now in Russia's court.",
     {("ukraine", "ceasefire", "support", "subject"), ("marco_rubio", "ceasefire", "support", "speaker")}),
    # two sentences back, across a paragraph break, the first proposal of that sentence
    ("Kyiv accepted the truce after long talks.\n\nWashington resumed military aid.\n\n"
     '"The ball is now in their court," Rubio said.',
     {("ukraine", "ceasefire", "support", "subject"), ("marco_rubio", "ceasefire", "support", "quote")}),
    ("Kyiv accepted the truce. Rutte said it was now up to Moscow to respond.",
     {("ukraine", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "speaker")}),
    # with no proposal named before it, the cue names none
    ("Rubio said the ball was now in Russia's court.", set()),
])
def test_the_ball_in_anothers_court_is_about_the_proposal_before(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ruling something out for an actor of another side is the speaker's position
    ("Trump said Ukraine would never join NATO.", {("donald_trump", "neutrality", "support", "deontic")}),
    ("Ukraine will never be a member of NATO, Zakharova said.", {("maria_zakharova", "neutrality", "support", "deontic")}),
    ("Ukraine will not join NATO, said Zakharova.", {("maria_zakharova", "neutrality", "support", "deontic")}),
    # one's own side: reported as it is, the speaker holding it too
    ("Kyiv will not cede land, Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # a past or plain report about another side stays that side's
    ("Rubio said Russia rejected the ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    # "will not" before an inverter that names the opposite of a proposal
    ("Zelensky said Ukraine would not give up its NATO aspirations.",
     {("volodymyr_zelensky", "neutrality", "oppose", "own_side"), ("ukraine", "neutrality", "oppose", "own_side")}),
    ("The EU will not ease sanctions.", {("european_union", "sanctions", "support", "subject")}),
])
def test_ruled_out_for_another_side_and_inverters_after_modals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Merz has given the Kremlin until Monday to halt its ongoing fighting or face tougher sanctions.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("friedrich_merz", "sanctions", "conditional", "demand")}),
    ("European leaders demanded that Russia halt the fighting.", {("europe", "ceasefire", "support", "subject")}),
    ("Zelensky said he believed a window of opportunity had opened for a ceasefire.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker")}),
    ("There is a window of opportunity for direct talks, Rubio said.", {("marco_rubio", "direct_talks", "support", "speaker")}),
])
def test_halting_the_war_and_windows_of_opportunity(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a declaration is reported speech: the threat it reports is the declarer's, and so is the demand its condition
    # states
    ("Trump declared that the United States would impose severe tariffs on Russia if a ceasefire was not reached.",
     {("donald_trump", "sanctions", "conditional", "reported_speech"),
      ("donald_trump", "ceasefire", "support", "condition_demand")}),
    # "nothing against" is support; conditions to be created or a summit to be prepared make it conditional
    ("Putin said he had nothing against a meeting with Zelensky.",
     {("vladimir_putin", "direct_talks", "support", "pronoun")}),
    ("Putin said he had nothing against a meeting with Zelensky, but certain conditions must be created.",
     {("vladimir_putin", "direct_talks", "conditional", "pronoun")}),
    ("A summit between Putin and Zelensky must be carefully prepared, Ushakov said.",
     {("yuri_ushakov", "direct_talks", "conditional", "speaker")}),
    # "the remarks", "the statement" refer back to the proposal named before
    ("Trump said a summit would take place in Hungary. So far the White House has not commented on the remarks.",
     {("donald_trump", "direct_talks", "support", "speaker"), ("white_house", "direct_talks", "neutral", "subject")}),
])
def test_declarations_conditions_to_be_met_and_remarks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", fail to ..." opens a new clause: what follows is not the first verb's object
    ("Russia and Ukraine agree prisoner swap, fail to reach truce.", set()),
    ("Moscow agreed to talks, refusing to discuss a ceasefire.",
     {("russia", "direct_talks", "support", "subject"), ("russia", "ceasefire", "oppose", "trailing_participle")}),
    # ", not X" still names what is not wanted
    ("Kyiv backed the ceasefire, not the summit.",
     {("ukraine", "ceasefire", "support", "subject"), ("ukraine", "direct_talks", "oppose", "subject")}),
])
def test_a_negated_verb_after_a_comma_ends_the_reach(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "once a ceasefire ..." says when, not what the cue is about; "only once" is a condition
    ("Merz said Europe was ready to send peacekeepers once a ceasefire is in place.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("europe", "security_guarantees", "support", "own_side")}),
    ("Kyiv will accept talks only once a ceasefire is in place.",
     {("ukraine", "direct_talks", "conditional", "subject"), ("ukraine", "ceasefire", "support", "subject")}),
])
def test_once_opens_a_clause(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the peace plan" is another thing than the talks; "the plan" after it is that plan, not the talks
    ("Ukrainian and US negotiators held talks in Geneva on the peace plan. Zelensky said he backed the plan.", set()),
    ("Trump proposed a summit with Putin. Zelensky backed the new plan.",
     {("donald_trump", "direct_talks", "support", "subject"), ("volodymyr_zelensky", "direct_talks", "support", "subject")}),
    ("Trump proposed a ceasefire. The Kremlin rejected the proposal.",
     {("donald_trump", "ceasefire", "support", "subject"), ("kremlin", "ceasefire", "oppose", "subject")}),
])
def test_a_reference_whose_noun_named_something_else_is_no_topic(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "there will be X" in someone's words is the speaker's; "there will be no X" the speaker's opposition
    ("Trump said there would be some swapping of territories.",
     {("donald_trump", "territorial_concessions", "support", "speaker")}),
    ("There will be a summit in Budapest, Trump said.", {("donald_trump", "direct_talks", "support", "speaker")}),
    ("There will be no ceasefire, Putin said.", {("vladimir_putin", "ceasefire", "oppose", "speaker")}),
    ("Merz said Germany would contribute to security guarantees for Ukraine.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
])
def test_there_will_be_and_contributions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a proposal of/for <proposal> by X": the agent after the proposal holds the noun
    ("The proposal of a three-way meeting by Witkoff surprised Kyiv.",
     {("steve_witkoff", "direct_talks", "support", "agent")}),
    ("A proposal for a ceasefire by Trump was rejected by Moscow.",
     {("donald_trump", "ceasefire", "support", "agent"), ("russia", "ceasefire", "oppose", "passive")}),
    # a participle with its own agent does not cut a later passive off from the proposal before both
    ("The 30-day ceasefire proposed by Washington was accepted by Kyiv.",
     {("united_states", "ceasefire", "support", "passive"), ("ukraine", "ceasefire", "support", "passive")}),
])
def test_agents_after_the_proposal_and_stacked_passives(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A meeting between Putin and Zelensky is possible, Ushakov said.",
     {("yuri_ushakov", "direct_talks", "support", "speaker")}),
    ("A ceasefire is not possible now, Zakharova said.", {("maria_zakharova", "ceasefire", "oppose", "speaker")}),
    ("A possible meeting was discussed.", set()),   # an attribute, not a verdict
    ("“There is no alternative to direct talks,” Rubio said.", {("marco_rubio", "direct_talks", "support", "quote")}),
    ("“Ukraine will not trade its land,” Zelensky said.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "quote")}),
    # a whether-clause asks; it states no position and demands nothing
    ("Reporters asked Peskov whether Russia would accept a ceasefire.", set()),
    ("Zelensky wants to find out whether an agreement with Moscow is possible.", set()),
])
def test_possible_no_alternative_and_whether(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain hopes to finalize security guarantees for Ukraine.",
     {("britain", "security_guarantees", "support", "subject")}),
    ("Kyiv and Washington worked on a ceasefire framework.",
     {("ukraine", "ceasefire", "support", "subject"), ("united_states", "ceasefire", "support", "subject")}),
    ("Kyiv worked on Sunday.", set()),
])
def test_finalizing_and_working_on_a_proposal(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fronted clause with its own subject is that subject's, not the main clause's (the subject walk
    # takes "after Putin rejected" as a clause, not a prepositional phrase, so the subject rule finds him)
    ("After Putin rejected the truce, Zelensky called for more sanctions.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("volodymyr_zelensky", "sanctions", "support", "subject")}),
    ("After Putin had already rejected the truce, Zelensky called for more sanctions.",
     {("vladimir_putin", "ceasefire", "oppose", "subject"), ("volodymyr_zelensky", "sanctions", "support", "subject")}),
    ("Despite proposing the talks himself, Putin stayed away.",
     {("vladimir_putin", "direct_talks", "support", "fronted_clause")}),
    # ", whom ...," and ", whose ...," asides are passed over on the way back to the subject
    ("Trump, whom Zelensky met on Friday, backed a ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
    ("Trump, whose envoy met Zelensky, backed a ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
])
def test_fronted_clauses_with_a_subject_and_whom_asides(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the leaders of A, B and C": the members are the subject, not a prepositional object
    ("The leaders of Britain, France and Germany demanded an unconditional ceasefire.",
     {("britain", "ceasefire", "support", "subject"), ("france", "ceasefire", "support", "subject"),
      ("germany", "ceasefire", "support", "subject")}),
    ("A call with the leaders of Britain and France was held.", set()),
    # a possessor before each coordinated name does not break the list
    ("Germany's Merz and NATO's Rutte backed the ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "subject"), ("mark_rutte", "ceasefire", "support", "subject")}),
])
def test_members_of_a_group_and_possessors_in_lists(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trump said secondary sanctions were on the table.", {("donald_trump", "sanctions", "support", "speaker")}),
    ("Sanctions remain on the table, Rubio said.", {("marco_rubio", "sanctions", "support", "speaker")}),
    ("The summit is not on the agenda, Zakharova said.", {("maria_zakharova", "direct_talks", "oppose", "speaker")}),
])
def test_on_and_off_the_table(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "he" starting a sentence is the subject of the sentence before, not the last person named in it
    ("Trump spoke with Putin on Tuesday. He said a ceasefire was not needed.",
     {("donald_trump", "ceasefire", "oppose", "speaker")}),
    ("Zelensky met Merz in Berlin. He called for more sanctions on Russia.",
     {("volodymyr_zelensky", "sanctions", "support", "pronoun")}),
    ("Zelensky's talks with Trump ended without a deal. He said Ukraine would not cede land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # "he" after a speech verb is its speaker, not a person named after a preposition
    ("Merz, speaking after talks with Zelensky, said he backed a ceasefire.",
     {("friedrich_merz", "ceasefire", "support", "pronoun")}),
    ("Merz added that Putin told Trump he was ready to meet Zelensky.",
     {("vladimir_putin", "direct_talks", "support", "pronoun")}),
])
def test_he_and_she_are_the_salient_person(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia would consider a ceasefire if the West stopped arming Ukraine, Zakharova said.",
     {("maria_zakharova", "ceasefire", "conditional", "own_side"), ("russia", "ceasefire", "conditional", "own_side")}),
    ("Moscow said any ceasefire depends on an end to Western arms supplies.",
     {("russia", "ceasefire", "conditional", "speaker")}),
    ("A summit could happen soon, Ushakov said.", {("yuri_ushakov", "direct_talks", "support", "speaker")}),
    ("Kyiv backs a ceasefire, subject to international monitoring.",
     {("ukraine", "ceasefire", "conditional", "subject")}),
])
def test_consider_depend_happen_and_subject_to(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a later clause's verb does not take the object of the verb before its own subject
    ("Trump wants a ceasefire, Putin wants land.", {("donald_trump", "ceasefire", "support", "subject")}),
    # but a proposal before a relative subject is still its object
    ("Trump is pushing for a ceasefire, something both Kyiv and Moscow claim to support.",
     {("donald_trump", "ceasefire", "support", "subject"), ("ukraine", "ceasefire", "support", "subject"),
      ("russia", "ceasefire", "support", "subject")}),
    ("Ukraine says yes to the US ceasefire plan.", {("ukraine", "ceasefire", "support", "subject")}),
    ("Moscow said no to new sanctions.", {("russia", "sanctions", "oppose", "subject")}),
])
def test_objects_of_an_earlier_verb_and_saying_yes_or_no(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia wants Ukraine to be a neutral, non-aligned state.", {("russia", "neutrality", "support", "subject")}),
    # "no longer" negates, and the verb after an adverb is still a verb
    ("The US no longer supports Ukraine joining NATO, Rubio said.",
     {("marco_rubio", "neutrality", "support", "own_side"), ("united_states", "neutrality", "support", "own_side")}),
    ("Russia has repeatedly rejected a ceasefire.", {("russia", "ceasefire", "oppose", "subject")}),
    ("Trump said Ukraine joining NATO was not going to happen.", {("donald_trump", "neutrality", "support", "speaker")}),
])
def test_neutral_states_no_longer_and_not_going_to_happen(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand that the target *not* do something is the demander's opposition
    ("Zelensky urged Trump not to recognise Crimea as Russian.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    ("Zelensky urged Trump to recognise Crimea as Russian.",
     {("volodymyr_zelensky", "territorial_concessions", "support", "subject")}),
    ("Europe called on Washington not to lift sanctions on Moscow.", {("europe", "sanctions", "support", "subject")}),
    # a demand on nobody in particular ("anyone", "everyone") is the demander's; its negation turns what it asks for
    ("Rutte said he was not asking anyone to lift sanctions.", {("mark_rutte", "sanctions", "support", "demand")}),
    ("Zelensky urged everyone to back the ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "demand")}),
    ("Zelensky appealed for more air defence and tougher sanctions.",
     {("volodymyr_zelensky", "sanctions", "support", "subject")}),
])
def test_demands_not_to_and_appeals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # derailing or undermining a proposal names its opposite: criticising it is support
    ("Zakharova criticised European attempts to derail the talks.",
     {("maria_zakharova", "direct_talks", "support", "subject")}),
    # an objection whose own verb is the inverter is counted once
    ("Moscow threatened to derail the sanctions package.", {("russia", "sanctions", "oppose", "subject")}),
    ("Moscow threatened to block the sanctions package.", {("russia", "sanctions", "oppose", "subject")}),
    # a support cue that is an inverter still inverts ("lift"), and negated it supports
    ("The EU decided to lift sanctions.", {("european_union", "sanctions", "oppose", "subject")}),
    ("The EU will not lift sanctions.", {("european_union", "sanctions", "support", "subject")}),
])
def test_derailing_and_inverters_inside_a_cue(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trump doubled tariffs on Indian goods as a penalty for buying Russian oil.",
     {("donald_trump", "sanctions", "support", "subject")}),
    ("India called the US tariffs unjustified and unreasonable.", {("india", "sanctions", "oppose", "subject")}),
    ("Britain targeted Rosneft and Lukoil with sanctions.", {("britain", "sanctions", "support", "subject")}),
    ("Zelensky said the sanctions on Russian oil giants were a strong step.",
     {("volodymyr_zelensky", "sanctions", "support", "speaker")}),
    ("Russia targeted Kyiv with drones.", set()),
])
def test_sanctions_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zelensky said Ukraine would not hand over any territory to Russia.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Putin insists on Russian control of all four annexed regions.",
     {("vladimir_putin", "territorial_concessions", "support", "subject")}),
    ("Kyiv has ruled out any deal that legitimises the occupation.",
     {("ukraine", "territorial_concessions", "oppose", "subject")}),
    ("The status of the summit is not up for discussion, Zakharova said.",
     {("maria_zakharova", "direct_talks", "oppose", "speaker")}),
])
def test_territory_in_other_words(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an inverter does not reach across a comma
    ("“Once the war stops, our security guarantees will be deployed,” Merz said.",
     {("friedrich_merz", "security_guarantees", "support", "quote")}),
    ("Zelensky said Ukraine will not give up, sanctions must stay.",
     {("volodymyr_zelensky", "sanctions", "support", "speaker")}),
    ("Kyiv wants the lifting of sanctions.", {("ukraine", "sanctions", "oppose", "subject")}),
])
def test_inverters_stop_at_a_comma(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_concerns_about_a_proposal_are_an_objection(nlp):
    assert rows_of(nlp, "Rubio said Russia's concerns about NATO expansion were fair.") == \
        {("russia", "neutrality", "support", "possessive")}


@pytest.mark.parametrize("text, expected", [
    # asides opened by a preposition, a participle or "according to" are passed over on the way to the subject
    ("European leaders, after meeting Zelensky in Kyiv, threatened Russia with sanctions if it did not accept "
     "the ceasefire.",
     {("europe", "sanctions", "conditional", "subject"), ("europe", "ceasefire", "support", "condition_demand")}),
    # ("according to" names the speaker: she reports her own side's position, as "Zakharova said Russia ...")
    ("Russia, according to Zakharova, rejected the truce.",
     {("russia", "ceasefire", "oppose", "own_side"), ("maria_zakharova", "ceasefire", "oppose", "own_side")}),
    ("Trump, speaking alongside Zelensky, backed a ceasefire.", {("donald_trump", "ceasefire", "support", "subject")}),
])
def test_asides_before_the_verb(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # no subject for "said": the actor after it is not the speaker unless the verb closes a quote or a clause
    ("The office said Putin's proposal for talks was a trap.",
     {("vladimir_putin", "direct_talks", "support", "possessive")}),
    # ... and "Zelensky's office" speaks for Zelensky (tests/test_stance_references.py)
    ("Zelensky's office said Putin's proposal for talks was a trap.",
     {("vladimir_putin", "direct_talks", "support", "possessive"),
      ("volodymyr_zelensky", "direct_talks", "oppose", "speaker")}),
    ("“We are ready for a ceasefire,” said Zelensky.", {("volodymyr_zelensky", "ceasefire", "support", "quote")}),
    ("Asked about the proposal, Zakharova said a ceasefire was impossible.",
     {("maria_zakharova", "ceasefire", "oppose", "speaker")}),
])
def test_speakers_after_the_verb_and_impossible(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "has rejected the proposal": "has" is an auxiliary here, so the noun is not the subject's
    ("The Kremlin has rejected the proposal for a ceasefire.", {("kremlin", "ceasefire", "oppose", "subject")}),
    ("Zelensky has made a proposal for a ceasefire.", {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    ("Russia is unlikely to agree to a ceasefire, Rutte said.", {("russia", "ceasefire", "oppose", "subject")}),
])
def test_auxiliaries_before_nouns_and_unlikely(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ushakov said the talks with Witkoff were constructive.", {("yuri_ushakov", "direct_talks", "support", "speaker")}),
    ("Putin said the talks in Alaska had been very useful.", {("vladimir_putin", "direct_talks", "support", "speaker")}),
])
def test_talks_called_constructive(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin agreed to a 30-day pause in strikes on energy infrastructure.",
     {("vladimir_putin", "ceasefire", "support", "subject")}),
    ("Zelensky proposed a moratorium on strikes against energy facilities.",
     {("volodymyr_zelensky", "ceasefire", "support", "subject")}),
    # "targets" as a plural noun is no cue
    ("Russia rejected a halt to strikes on civilian targets.", {("russia", "ceasefire", "oppose", "subject")}),
])
def test_partial_truces(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a pledge to be part of it is support; having taken part is attendance, which the codebook does not code
    ("Merz said Germany would take part in the security guarantees.",
     {("friedrich_merz", "security_guarantees", "support", "own_side"),
      ("germany", "security_guarantees", "support", "own_side")}),
    ("Zelensky said he'll take part in direct talks with Putin.",
     {("volodymyr_zelensky", "direct_talks", "support", "pronoun")}),
    ("Rutte said NATO was ready to participate in a future reassurance force.",
     {("mark_rutte", "security_guarantees", "support", "own_side"),
      ("nato", "security_guarantees", "support", "own_side")}),
    ("Umerov took part in the talks in Istanbul on Monday.", set()),
    # "direct", "possible", "bilateral" between a cue and the proposal it takes
    ("Putin would back a possible ceasefire, Ushakov said.", {("vladimir_putin", "ceasefire", "support", "subject")}),
])
def test_pledges_to_take_part(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a role with a side ("the US leader", "the Russian leader") is the salient person for "his" and "he"
    ("Trump flew to Alaska. Hours after he hosted Putin, the US leader dropped his demand for a ceasefire.",
     {("donald_trump", "ceasefire", "support", "possessive"), ("donald_trump", "ceasefire", "oppose", "possessive")}),
    ("Putin met Trump in Anchorage. After talks with Trump, the Russian leader said he was open to direct talks "
     "with Zelensky.", {("vladimir_putin", "direct_talks", "support", "pronoun")}),
    # a past verb after ", but" with no subject shares the speech verb's speaker, not the clause's "it"
    ("Trump had said Ukraine could end the war quickly if it wanted to, but ruled out a return of Crimea.",
     {("donald_trump", "territorial_concessions", "support", "shared_subject")}),
    # getting land back is the opposite of ceding it
    ("Zelensky insisted on the return of all occupied territories.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject")}),
    # a gerund after the cue is its own object: no looking back to the truce before it
    ("Putin rejected a truce on Friday, and Trump favoured going straight to a settlement.",
     {("vladimir_putin", "ceasefire", "oppose", "subject")}),
])
def test_roles_shared_speakers_and_gerund_objects(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a demand noun with its demander after "by" and a that-clause: the clause's cues are the demander's
    ("Putin answered a demand by Merz that Moscow accept a 30-day truce or face new sanctions.",
     {("friedrich_merz", "ceasefire", "support", "demand"), ("friedrich_merz", "sanctions", "conditional", "demand")}),
    # what a speaker does not confirm is nobody's position; the speaker leaves it open
    ("Ushakov stopped short of confirming that Putin had agreed to a summit with Zelensky.",
     {("yuri_ushakov", "direct_talks", "neutral", "subject")}),
    # a quotation closing right before "if" opens no clause: the threat is the speaker's demand, and the verb
    # after ", and" is no part of the condition
    ('Trump said Russia would face "very severe consequences" if it refused a ceasefire, and later he imposed '
     'tariffs on Russian oil buyers.',
     {("donald_trump", "ceasefire", "support", "condition_demand"), ("donald_trump", "sanctions", "support", "pronoun")}),
    # an if/whether clause after ", though" qualifies only that clause
    ("Trump said Washington would back security guarantees, though he did not say whether US troops would take part.",
     {("donald_trump", "security_guarantees", "support", "own_side"),
      ("united_states", "security_guarantees", "support", "own_side")}),
    # "cannot imagine X without Y" is "no X without Y"
    ('"I cannot imagine that a summit would take place without a ceasefire," Merz said.',
     {("friedrich_merz", "direct_talks", "conditional", "quote"), ("friedrich_merz", "ceasefire", "support", "quote")}),
])
def test_demands_by_unconfirmed_and_unimaginable(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an actor as a support verb's object is no proposal: no looking back to the talks before it
    ("After White House talks, European leaders rallied behind Zelensky and pressed for security guarantees.",
     {("europe", "security_guarantees", "support", "shared_subject")}),
    # a dash ends a demand's reach; a noun summing up the list before the dash takes every proposal in it
    ("The Kremlin insisted that Ukraine withdraw from Donbas and renounce its bid to join NATO — conditions Kyiv "
     "rejects.", {("kremlin", "territorial_concessions", "support", "subject"),
                  ("kremlin", "neutrality", "support", "subject"),
                  ("ukraine", "territorial_concessions", "oppose", "subject"),
                  ("ukraine", "neutrality", "oppose", "subject")}),
    # a pause named by its length; a country before a proposal noun holds it; talks after "at" are the occasion
    ("Kyiv accepted a U.S. proposal for a 30-day pause at talks in Geneva, but Moscow said it would sign up only "
     "if arms deliveries stopped.", {("ukraine", "ceasefire", "support", "subject"),
                                     ("united_states", "ceasefire", "support", "possessive"),
                                     ("russia", "ceasefire", "conditional", "reported_speech")}),
    # "a phone call on Sunday" is no call on anyone to do anything
    # (the test codebook does not know Erdogan: Ankara holds it)
    ("Erdogan told Rutte in a phone call on Sunday that Ankara was ready to host direct talks.",
     {("turkey", "direct_talks", "support", "subject")}),
])
def test_actor_objects_dashes_pauses_and_occasions(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what someone must have is the speaker's demand; a list of countries with "the" inside is one list
    ('The leaders of France, Germany, the United Kingdom and the EU said Ukraine must have "ironclad security '
     'guarantees".', {(a, "security_guarantees", "support", "speaker")
                      for a in ("france", "germany", "britain", "european_union")}),
    # "it will be up to X to decide on its territory": the speaker leaves it to X
    ("Merz said it would be up to Ukrainians to decide on their territory.",
     {("friedrich_merz", "territorial_concessions", "neutral", "speaker")}),
    # a path to NATO by another name
    ("Zelensky said nobody could block Ukraine's pathway to the EU and NATO, and Rutte backed Ukraine's road to "
     "NATO.", {("mark_rutte", "neutrality", "oppose", "subject")}),
])
def test_must_have_up_to_and_pathways(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the judge of "calls X unfair" is the subject of "calls", not an actor named in X
    ("Kyiv calls U.S. tariff on Russian oil buyers 'unfair and unjustified'",
     {("ukraine", "sanctions", "oppose", "subject")}),
    ("Zelensky on Monday described Russia's demand that Ukraine cede Donbas as unacceptable.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "subject"),
      ("russia", "territorial_concessions", "support", "possessive")}),
    # a judgement of a that-clause is the judge's, with its sign
    ("Rutte said it was unfortunate that the U.S. should lift sanctions on Moscow.",
     {("mark_rutte", "sanctions", "support", "speaker")}),
    # breaking talks off, and whose initiative they were
    ("The first round of talks, broken off by Kyiv in 2022, resumed on Friday at the initiative of Putin.",
     {("ukraine", "direct_talks", "oppose", "agent"), ("vladimir_putin", "direct_talks", "support", "after")}),
    # "it was important to" is the speaker's wish; a duty is a tariff
    ("Rubio said it was important to reach an agreement on a ceasefire soon.",
     {("marco_rubio", "ceasefire", "support", "speaker")}),
    ("Trump signed an order on Wednesday imposing an additional duty on buyers of Russian oil.",
     {("donald_trump", "sanctions", "support", "subject")}),
])
def test_judges_initiatives_and_duties(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # not budging from a demand keeps it
    ("Moscow had not budged from its demand that Kyiv withdraw from Donbas.",
     {("russia", "territorial_concessions", "support", "possessive")}),
    # what a plan requires is its author's position
    ("The plan, drafted by Witkoff and Rubio, would require Ukraine to cede Donbas.",
     {("steve_witkoff", "territorial_concessions", "support", "agent"),
      ("marco_rubio", "territorial_concessions", "support", "agent")}),
    ("The US-drafted plan would require Ukraine to give up its NATO bid.",
     {("united_states", "neutrality", "support", "compound")}),
    # clearing a package past a possessor; the speaker's preferred way
    ("EU ambassadors cleared the bloc's 19th sanctions package on Wednesday.",
     {("european_union", "sanctions", "support", "subject")}),
    ("Zelensky said the fairest option would be to freeze the front where it runs.",
     {("volodymyr_zelensky", "ceasefire", "support", "speaker")}),
])
def test_unbudged_demands_authored_plans_and_preferred_ways(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what is wanted in exchange is supported, what is given conditional
    ("Kyiv could give up its NATO bid in exchange for legally binding security guarantees.",
     {("ukraine", "neutrality", "conditional", "subject"), ("ukraine", "security_guarantees", "support", "subject")}),
    # "X as the first step towards Y": X wanted, Y conditional
    ("Kyiv has insisted on a ceasefire as the first step towards any negotiations.",
     {("ukraine", "ceasefire", "support", "subject"), ("ukraine", "direct_talks", "conditional", "subject")}),
    ("Merz said a ceasefire would be the first step.", {("friedrich_merz", "ceasefire", "support", "speaker")}),
    # a sequence set out, "X first, then Y": X wanted, Y waiting on it; with nothing named after it, X alone
    ("Kyiv and its partners have long argued the opposite: a ceasefire first, then negotiations.",
     {("ukraine", "ceasefire", "support", "subject"), ("ukraine", "direct_talks", "conditional", "subject")}),
    ('"A truce first, then everything else," Merz said.', {("friedrich_merz", "ceasefire", "support", "quote")}),
    # "first" that follows no proposal sets out no sequence
    ("Merz said he would speak to Zelensky first, then to Trump.", set()),
])
def test_exchanges_and_first_steps(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "whether" asks; it sets no condition on the verb before it. "without saying whether" leaves it open
    ("Trump welcomed the talks without saying whether Washington would back new sanctions.",
     {("donald_trump", "direct_talks", "support", "subject"), ("donald_trump", "sanctions", "neutral", "manner")}),
    ("Rubio backed the talks but did not say whether the U.S. would lift sanctions.",
     {("marco_rubio", "direct_talks", "support", "subject"), ("marco_rubio", "sanctions", "neutral", "shared_subject")}),
    # a question a speech verb reports asserts nothing, and its "not" does not reach into it
    ("Peskov did not say when talks would resume.", set()),
    ("Zelensky never said Ukraine would reject a ceasefire.", set()),
])
def test_whether_asks_and_without_saying(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # sending someone to do it is wanting it done; the aim a speaker names is the speaker's
    ("Trump said he had instructed Witkoff to meet Putin in Moscow.", {("donald_trump", "direct_talks", "support", "pronoun")}),
    ("Rutte said the ultimate goal was to reach a ceasefire that would hold.",
     {("mark_rutte", "ceasefire", "support", "speaker")}),
    ("Putin said the main task was to resume direct talks.", {("vladimir_putin", "direct_talks", "support", "speaker")}),
])
def test_instructions_and_goals(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" after a group's speech verb and a phrase of how it was said is the group
    ("European leaders said in a joint statement they would keep up sanctions on Moscow.",
     {("europe", "sanctions", "support", "pronoun")}),
    ("Zelensky said on Monday they had rejected a ceasefire.", set()),  # one speaker: "they" are others
    ('Putin called the sanctions an "unfriendly act" that would not dent the economy.',
     {("vladimir_putin", "sanctions", "oppose", "subject")}),
    ('"Now is the time for an immediate ceasefire," Rubio said.', {("marco_rubio", "ceasefire", "support", "quote")}),
    ("The Kremlin has rejected forces from NATO countries under any flag.",
     {("kremlin", "security_guarantees", "oppose", "subject")}),
])
def test_group_pronouns_unfriendly_acts_and_nato_forces(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_quantified_object_is_the_verbs_own(nlp):
    # "resisted *much of* the EU's policy": the verb has its own object and does not reach back to the summit
    assert rows_of(nlp, "Trump announced a summit in Budapest, and Orban, who has resisted much of the EU's Ukraine "
                        "policy, welcomed it.") == {("donald_trump", "direct_talks", "support", "subject")}


@pytest.mark.parametrize("text, expected", [
    # a relative clause after a proposal is about that proposal, not the talks named before it
    ("Talks in Jeddah produced a proposal for a 30-day ceasefire, which Moscow did not accept.",
     {("russia", "ceasefire", "oppose", "subject")}),
    # declining to comment on remarks about a name says nothing about the meeting named before
    ("Ushakov said Moscow would wait for a briefing on the Berlin meeting, declining to comment on Zelensky's "
     "remarks about NATO.", set()),
    ("Ushakov declined to comment on the ceasefire proposal.", {("yuri_ushakov", "ceasefire", "neutral", "subject")}),
    # declining to give a view is no refusal of the proposal asked about
    ("Asked whether Ukraine should accept neutrality, Merz declined to give advice.",
     {("friedrich_merz", "neutrality", "neutral", "subject")}),
    ("Merz declined to speculate about a ceasefire.", {("friedrich_merz", "ceasefire", "neutral", "subject")}),
    # being ready to go further (with more sanctions) if needed is a threat
    ("The US imposed sanctions on Rosneft. Rubio said Washington was ready to go further if needed.",
     {("united_states", "sanctions", "support", "subject"), ("marco_rubio", "sanctions", "conditional", "reported_speech")}),
    # taking no position is noncommittal; a veto not to be given is backing what it would block
    ("India is taking no position on the sanctions.", {("india", "sanctions", "neutral", "subject")}),
    ("Merz said Russia could not be given a veto over Ukraine's path to NATO.",
     {("friedrich_merz", "neutrality", "oppose", "speaker")}),
    # neither backing nor criticising is noncommittal
    ("India would neither endorse nor criticise the sanctions.", {("india", "sanctions", "neutral", "subject")}),
    # leading a proposal backs it
    ("European leaders said they would lead a multinational force for Ukraine.",
     {("europe", "security_guarantees", "support", "pronoun")}),
    # "will not simply" refuses like "will not"
    ("Zelensky said Ukraine would not simply withdraw from Donetsk.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    # "without giving details" is no demand; "begin them without delay" inverts nothing
    ("Rubio welcomed the talks on Friday without giving details.", {("marco_rubio", "direct_talks", "support", "subject")}),
])
def test_relatives_no_comment_and_no_details(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past verb after "and" shares the subject of the clause's first past verb, past the names in its object
    ("Zakharova, speaking before the statement, said Russia had its own view and dismissed the threat of sanctions.",
     {("maria_zakharova", "sanctions", "oppose", "shared_subject")}),
    ("Zelensky met Putin's envoy and rejected the ceasefire.", {("volodymyr_zelensky", "ceasefire", "oppose",
                                                                "shared_subject")}),
    # past a long aside
    ("Rustem Umerov, recently named secretary of Ukraine's National Security and Defence Council, led Kyiv's "
     "delegation and proposed that Zelensky and Putin meet.",
     {("rustem_umerov", "direct_talks", "support", "shared_subject")}),
])
def test_and_a_past_verb_shares_the_first_verbs_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "had not been told": a passive, not a denial that something was said; the speech verb after "and" speaks for
    # the first verb's subject, and the adjective judges its own that-clause only
    ("Zakharova said Russia had not been informed of the outcome and repeated that a ceasefire was unacceptable.",
     {("maria_zakharova", "ceasefire", "oppose", "subject")}),
    ("Zakharova said Russia was ready for talks and repeated that a ceasefire was unacceptable.",
     {("maria_zakharova", "direct_talks", "support", "own_side"), ("russia", "direct_talks", "support", "own_side"),
      ("maria_zakharova", "ceasefire", "oppose", "subject")}),
    # a denial still silences its clause
    ("Zakharova did not say when talks would resume.", set()),
    # "met X and said": the one who met speaks, not the one met
    ("Zelensky met Merz in Berlin and said that Ukraine would never cede land.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
])
def test_a_second_speech_verb_speaks_for_the_first_subject(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # border changes and a foreign presence named without the words "land" or "troops"
    ("Merz said the EU would never recognise territorial changes achieved by force.",
     {("friedrich_merz", "territorial_concessions", "oppose", "own_side"),
      ("european_union", "territorial_concessions", "oppose", "own_side")}),
    ("Moscow has rejected any Western presence.", {("russia", "security_guarantees", "oppose", "subject")}),
    # a speech verb after "but" goes with the first speech verb, not with the reported clause's subject
    ("Merz said Turkey was ready to host talks but insisted that sanctions must stay.",
     {("turkey", "direct_talks", "support", "subject"), ("friedrich_merz", "sanctions", "support", "shared_subject")}),
])
def test_border_changes_presence_and_a_second_speech_verb(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # refusing to negotiate under ultimatums is a condition on the talks, not a refusal of them
    ("The Kremlin said it would not negotiate under ultimatums.",
     {("kremlin", "direct_talks", "conditional", "pronoun")}),
    ("The Kremlin said it would not negotiate with Kyiv.", {("kremlin", "direct_talks", "oppose", "pronoun")}),
    ("Zakharova said Russia would not agree to a ceasefire under duress.",
     {("maria_zakharova", "ceasefire", "conditional", "own_side"), ("russia", "ceasefire", "conditional", "own_side")}),
    # guarantees named by their strength are security guarantees
    ("Merz demanded credible guarantees.", {("friedrich_merz", "security_guarantees", "support", "subject")}),
    # talks about land are the land question
    ("Britain, France and Germany rejected territorial talks.",
     {(c, "territorial_concessions", "oppose", "subject") for c in ("britain", "france", "germany")}),
])
def test_negotiating_under_pressure_and_territorial_talks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # breaking off a meeting to phone someone interrupts it; breaking off the talks ends them
    ("Trump broke off the meeting to phone Putin.", set()),
    ("Kyiv broke off the talks.", {("ukraine", "direct_talks", "oppose", "subject")}),
])
def test_an_interruption_is_no_end_to_talks(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # stepping around a demand answers it with nothing
    ("Putin sidestepped the ceasefire demand and instead suggested direct talks in Istanbul.",
     {("vladimir_putin", "ceasefire", "neutral", "subject"), ("vladimir_putin", "direct_talks", "support", "subject")}),
    ("Zakharova dodged questions about a ceasefire.", {("maria_zakharova", "ceasefire", "neutral", "subject")}),
])
def test_sidestepping_a_proposal_is_neutral(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a fact-check's claim under test is nobody's position
    ("Claim: Putin agreed to a ceasefire in Anchorage.", set()),
    # troops named by who would send them
    ("Trump ruled out American ground forces.", {("donald_trump", "security_guarantees", "oppose", "subject")}),
    ("Merz ruled out German soldiers on Ukrainian soil.",
     {("friedrich_merz", "security_guarantees", "oppose", "subject")}),
    # land named as terms; a cession put to a national vote
    ("Zelensky said Ukraine would not accept territorial terms dictated by Moscow.",
     {("volodymyr_zelensky", "territorial_concessions", "oppose", "own_side"),
      ("ukraine", "territorial_concessions", "oppose", "own_side")}),
    ("Zelensky said the constitution does not allow Ukraine to cede land without a national vote.",
     {("volodymyr_zelensky", "territorial_concessions", "conditional", "subject")}),
])
def test_claims_troops_by_sender_and_territorial_terms(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "they" after the demonym's officials, past a fronted phrase
    ("On neutrality, Ukrainian officials say they will not accept a formal ban on NATO membership.",
     {("ukraine", "neutrality", "oppose", "pronoun")}),
    # a promise of the proposal itself
    ("NATO promised a reassurance force for Ukraine once the fighting stops.",
     {("nato", "security_guarantees", "support", "subject")}),
    ("Merz pledged new sanctions.", {("friedrich_merz", "sanctions", "support", "subject")}),
    ("Trump promised the US would help.", set()),
    # a clause after "after" whose subject is set off by a participle aside: the subject speaks
    ("The rejection came days after Trump, speaking in the Oval Office, declared that the United States would impose "
     "tariffs on Russia if a ceasefire was not reached.",
     {("donald_trump", "sanctions", "conditional", "reported_speech"),
      ("donald_trump", "ceasefire", "support", "condition_demand")}),
])
def test_fronted_officials_and_promises(nlp, text, expected):
    assert rows_of(nlp, text) == expected


def test_a_passive_cue_takes_its_subject_not_a_noun_after_it(nlp):
    # "sanctions would not be lifted as a reward for a ceasefire": the sanctions stay, nothing about the ceasefire
    assert rows_of(nlp, 'Merz said sanctions would not be lifted "as a reward for a ceasefire".') \
        == {("friedrich_merz", "sanctions", "support", "passive")}


@pytest.mark.parametrize("text, expected", [
    # support with a stated limit (the annotation codebook's tie-break): one's own troops refused, other help offered
    ("Italy will not send troops to Ukraine but offers to act as the logistics hub for any force.",
     {("italy", "security_guarantees", "support", "subject")}),
    ("Trump has ruled out U.S. ground troops but said the United States could help by air.",
     {("donald_trump", "security_guarantees", "support", "subject")}),
    # the refusal alone, or followed by no offer, stays a refusal
    ("Italy will not send troops to Ukraine.", {("italy", "security_guarantees", "oppose", "subject")}),
    ("Italy will not send troops to Ukraine but will not block the plan.",
     {("italy", "security_guarantees", "oppose", "subject")}),
])
def test_troops_refused_but_other_help_offered(nlp, text, expected):
    assert rows_of(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # keeping a measure in force backs it; keeping one's options open is another phrase
    ("Italy, which keeps its sanctions in step with the G7, said nothing new.",
     {("italy", "sanctions", "support", "relative_clause")}),
    ("Italy keeps its options open.", set()),
])
def test_keeping_a_measure(nlp, text, expected):
    assert rows_of(nlp, text) == expected
