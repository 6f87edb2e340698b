"""helpers.topics: the topic codebook, its validation, and the topic_matcher component."""

from __future__ import annotations

import pytest
import spacy

from helpers.codebooks import load_codebooks
from helpers.nlp import blank_pipeline
from helpers.stance import add_to_pipeline as add_cue_matcher
from helpers.topics import CodebookError, add_to_pipeline, expand_phrase, load_topics, topics_table
from tests.conftest import FIXTURE_CORPUS

TOPICS = ["ceasefire", "direct_talks", "sanctions", "security_guarantees", "territorial_concessions",
          "neutrality"]


@pytest.fixture(scope="module")
def topic_nlp(codebooks):
    """Blank pipeline plus the topic (and cue) matchers only: no actors needed."""
    nlp = blank_pipeline()
    add_to_pipeline(nlp, codebooks)
    add_cue_matcher(nlp, codebooks)
    return nlp


def topics_of(nlp, text):
    doc = nlp(text)
    return [(s.text, s.label_, s.id_) for s in doc.spans["topics"]]


def test_shipped_codebook_has_the_six_topics_in_order(codebooks):
    book = load_topics(FIXTURE_CORPUS / "topics.yaml")
    assert list(book.order) == TOPICS
    assert list(codebooks.topic_order) == TOPICS
    table = topics_table(book)
    assert list(table["topic"]) == TOPICS
    assert all(table["terms"].str.len() > 0) and all(table["covers"].str.len() > 0)


def test_pipeline_components(topic_nlp, nlp, codebooks):
    assert topic_nlp.pipe_names[-2:] == ["topic_matcher", "stance_cue_matcher"]
    assert nlp.pipe_names.index("actor_ruler") < nlp.pipe_names.index("topic_matcher")
    add_to_pipeline(topic_nlp, codebooks)  # replaces, never duplicates
    assert topic_nlp.pipe_names.count("topic_matcher") == 1


@pytest.mark.parametrize("text, term, topic", [
    ("Trump pushed for a 30-day ceasefire.", "ceasefire", "ceasefire"),
    ("They agreed to a cease-fire.", "cease-fire", "ceasefire"),
    ("Ukraine is ready to pause the fighting.", "pause the fighting", "ceasefire"),
    ("The first direct peace talks in years began.", "peace talks", "direct_talks"),
    ("A face-to-face meeting is planned.", "face-to-face", "direct_talks"),
    ("Bilateral and trilateral formats were discussed.", "Bilateral and trilateral formats", "direct_talks"),
    ("He floated secondary sanctions on Russia.", "secondary sanctions", "sanctions"),
    ("Trump imposed a 25% tariff on India.", "tariff", "sanctions"),
    ("Trump backed security guarantees for Ukraine.", "security guarantees for Ukraine", "security_guarantees"),
    ("It would be a NATO-like presence.", "NATO-like presence", "security_guarantees"),
    ("Moscow rejected a NATO peacekeeping force.", "NATO peacekeeping force", "security_guarantees"),
    ("Putin demands that Ukraine cede territory.", "cede", "territorial_concessions"),
    ("Territorial disputes remain.", "Territorial disputes", "territorial_concessions"),
    ("Russia demands Ukraine's neutrality.", "neutrality", "neutrality"),
    # added in the eighth session
    ("Kyiv proposed a freeze along the current front line.", "freeze along the current front line", "ceasefire"),
    ("The Vatican asked for a humanitarian pause.", "humanitarian pause", "ceasefire"),
    ("Putin is willing to sit down with Zelensky.", "sit down with", "direct_talks"),
    ("The EU targeted Russia's shadow fleet.", "shadow fleet", "sanctions"),
    ("The EU agreed to freeze Russian central bank assets.", "freeze Russian central bank assets", "sanctions"),
    ("Kyiv wants a security pact with Washington.", "security pact", "security_guarantees"),
    ("They discussed guarantees for Ukraine's security.", "guarantees for Ukraine's security", "security_guarantees"),
    ("Moscow demands Russian sovereignty over Crimea.", "Russian sovereignty over", "territorial_concessions"),
    ("Kyiv refused to withdraw its forces from Donetsk.", "withdraw its forces from", "territorial_concessions"),
    # paying for aggression with land (a bare "reward aggression" names no proposal: see below)
    ("Riga will not back a deal that rewards aggression with territory.", "rewards aggression with territory",
     "territorial_concessions"),
    ("Helsinki warned that rewarding conquest would invite more wars.", "rewarding conquest", "territorial_concessions"),
    ("Europe is working with Washington on further measures.", "further measures", "sanctions"),
    ("Both armies should stop at the current battle lines.", "stop at the current battle lines", "ceasefire"),
    ("Washington was ready to go further if needed.", "go further", "sanctions"),
    ("Brazil welcomed the contact between the two leaders.", "contact between", "direct_talks"),
    ("Riga will never recognise any Russian claim to occupied land.", "recognise any Russian claim to",
     "territorial_concessions"),
    ("Kyiv would never recognise occupied Ukrainian territory as Russian.",
     "recognise occupied Ukrainian territory", "territorial_concessions"),
    ("Trump said he could take financial measures against Russia.", "financial measures against", "sanctions"),
    ("He said the killing had to stop first.", "the killing had to stop", "ceasefire"),
    ("Putin asked that Ukraine hand over the remaining parts of Donetsk.", "hand over the remaining parts",
     "territorial_concessions"),
    ("First the shelling must stop, he said.", "the shelling must stop", "ceasefire"),
    ("Treasury was prepared to take further action.", "take further action", "sanctions"),
])
def test_terms_of_every_topic(topic_nlp, text, term, topic):
    assert (term, topic, "+") in topics_of(topic_nlp, text)


def test_rewarding_aggression_without_land_names_no_topic(topic_nlp):
    assert topics_of(topic_nlp, "Merz said any deal must not reward aggression.") == []


def test_longest_term_wins_and_case_is_ignored(topic_nlp):
    assert topics_of(topic_nlp, "SECONDARY SANCTIONS loom.") == [("SECONDARY SANCTIONS", "sanctions", "+")]
    # a peacekeeping force with NATO in it is a security guarantee, not NATO membership
    assert topics_of(topic_nlp, "a NATO peacekeeping force") == [("NATO peacekeeping force", "security_guarantees", "+")]


@pytest.mark.parametrize("text, term, polarity", [
    ("Russia seeks the lifting of international sanctions.", "sanctions", "-"),
    ("Kyiv wants sanctions relief for nobody.", "sanctions relief", "-"),
    ("Kyiv backs Ukraine's NATO membership.", "NATO membership", "-"),
    ("Ukraine would give up NATO ambitions.", "NATO ambitions", "+"),
    # the ban is a term of its own: the restriction itself
    ("Russia seeks a ban on Ukraine’s membership in military alliances.", "ban on Ukraine’s membership", "+"),
    ("Kyiv insists on its territorial integrity.", "territorial integrity", "-"),
    ("Russia wants more sanctions.", "sanctions", "+"),
    # a condition on the talks (who must take part), and an inverter before it does not turn it
    ("Europe must have a seat at the table.", "a seat at the table", "c"),
    ("No deal can be reached without Ukraine.", "without Ukraine", "c"),
    # an inverter's object ends where a clause opens ("stop *only when*")
    ("Putin said the war would stop only when Ukrainian troops left.", "Ukrainian troops left", "+"),
    # the road into the alliance is the opposite of neutrality
    ("Russia has no say over Ukraine's path to the European Union and NATO.", "path to the European Union and NATO",
     "-"),
])
def test_polarity_of_inverse_terms_and_inverters(topic_nlp, text, term, polarity):
    found = {t: p for t, _, p in topics_of(topic_nlp, text)}
    assert found[term] == polarity


@pytest.mark.parametrize("text, term, polarity", [
    # a part of a grievance named after its link word is what the speaker wants removed: the proposal
    ("Any deal must address the root causes of the war, including NATO expansion.",
     "of the war, including NATO expansion", "+"),
    ("Moscow wants the root causes removed — Moscow's shorthand for Ukraine's bid to join NATO.",
     "removed — Moscow's shorthand for Ukraine's bid to join NATO", "+"),
    ("Peace needs the underlying causes tackled, above all NATO's eastward expansion.",
     "tackled, above all NATO's eastward expansion", "+"),
    # with no link word, too far after it, in another sentence or behind a clause, the term keeps its polarity
    ("The root causes of the war matter; NATO expansion does not.", "NATO expansion", "-"),
    ("Putin spoke of the root causes. NATO expansion, he said, was one.", "NATO expansion", "-"),
    ("The root causes include a promise that Ukraine will never join NATO.", "join NATO", "-"),
    ("Lavrov listed the root causes of the conflict at length on Tuesday in a speech to diplomats and students "
     "in Moscow, including NATO expansion.", "NATO expansion", "-"),
    # a part that already names the remedy stays the proposal
    ("Any deal must address the root causes, including Ukraine's neutral status.", "neutral status", "+"),
])
def test_a_grievance_turns_the_part_it_lists(topic_nlp, text, term, polarity):
    found = {t: p for t, _, p in topics_of(topic_nlp, text)}
    assert found[term] == polarity


def test_inverter_does_not_cross_sentences(topic_nlp):
    assert topics_of(topic_nlp, "They will not lift. Sanctions stay.") == [("Sanctions", "sanctions", "+")]


@pytest.mark.parametrize("text, refs", [
    ("Russia rejected the plan.", ["the plan"]),
    ("Putin declined the offer.", ["the offer"]),
    ("Putin has not confirmed his participation.", ["his participation"]),
    ("Kyiv welcomed the new proposal.", ["the new proposal"]),
    ("Ushakov said the idea of a three-way summit was raised.", []),  # the term says what it is
    ("A plan was floated.", []),  # indefinite: no reference back
    # a circumstance conceded names no proposal
    ("Kyiv would never give up land, whatever the pressure.", []),
    ("Moscow kept talking despite the measures, and rejected the offer.", ["the offer"]),
])
def test_topic_references(topic_nlp, text, refs):
    doc = topic_nlp(text)
    assert [s.text for s in doc.spans["topic_refs"]] == refs


def test_a_noun_that_refers_back_to_one_topic_carries_it(topic_nlp):
    doc = topic_nlp("The EU adopted sanctions. Moscow called the measures unlawful, and the plan a trick.")
    assert [(s.text, s.kb_id_) for s in doc.spans["topic_refs"]] == [("the measures", "sanctions"), ("the plan", "")]


def test_an_abbreviated_name_may_stand_inside_a_reference_to_one_topic_only(topic_nlp):
    # "the U.S. measures" are the sanctions named before; "the US plan" is the whole American plan, not the last
    # proposal; "the step" refers back like "the move"
    doc = topic_nlp("Washington imposed sanctions. Putin said the U.S. measures were unfriendly, and the US plan a "
                    "trick. Kyiv welcomed the step.")
    assert [(s.text, s.kb_id_) for s in doc.spans["topic_refs"]] == [
        ("the U.S. measures", "sanctions"), ("the step", "")]
    # an act ("move", "step") may be named by the actor's abbreviation too
    doc = topic_nlp("Washington imposed sanctions. Putin called the US move unfriendly.")
    assert [(s.text, s.kb_id_) for s in doc.spans["topic_refs"]] == [("the US move", "")]


def test_expand_phrase():
    assert sorted(expand_phrase("rule|ruled [it] out")) == ["rule it out", "rule out", "ruled it out", "ruled out"]
    assert set(expand_phrase("it's up to")) == {"it's up to", "it’s up to"}
    with pytest.raises(CodebookError, match="unbalanced"):
        expand_phrase("[it out")
    with pytest.raises(CodebookError, match="no required word"):
        expand_phrase("[maybe]")


# --------------------------------------------------------------------------- bad codebooks


def write(tmp_path, text, name="topics.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("# only a comment\n", "empty"),
    ("topics: {}\n", "no topics defined"),
    ("topics:\n", "no topics defined"),
    ("topics: [ceasefire\n", "not valid YAML at line"),
    ("- ceasefire\n", "expected a mapping"),
    ("topics:\n  ceasefire:\n    label: Ceasefire\n", "ceasefire.*terms.*list"),
    ("topics:\n  ceasefire:\n    terms: []\n", "ceasefire.*terms: the list is empty"),
    ("topics:\n  ceasefire:\n    term: [truce]\n", "ceasefire.*unknown key.*term"),
    ("topics:\n  Cease Fire:\n    terms: [truce]\n", "'Cease Fire'.*snake_case"),
    ("topics:\n  a:\n    terms: [truce]\n  b:\n    terms: [Truce]\n", "topic 'b'.*'Truce'.*topic 'a'"),
    ("topics:\n  a:\n    terms: [truce]\n    inverse_terms: [truce]\n", "both a term and an inverse term"),
    ("topics:\n  a:\n    terms: [truce]\n    condition_terms: [Truce]\n", "both a condition term and a term"),
    ("topics:\n  a:\n    terms: [truce, '']\n", "item #2"),
    ("topics:\n  a:\n    terms: [truce]\n    refers_back: [the measures]\n", "refers_back: 'the measures'.*single word"),
    ("topics:\n  a:\n    terms: [truce]\n    refers_back: [measures]\n  b:\n    terms: [tariff]\n"
     "    refers_back: [Measures]\n", "topic 'b', refers_back: 'Measures' already refers back to topic 'a'"),
    ("topics:\n  a:\n    terms: [truce]\nreferences:\n  nouns: [the plan]\n", "single word"),
    ("topics:\n  a:\n    terms: [truce]\nreferences:\n  not_after: [peace deal]\n", "not_after.*single word"),
    ("topics:\n  a:\n    terms: [truce]\nreferences:\n  nuons: [plan]\n", "unknown key.*nuons.*not_after"),
    ("topics:\n  a:\n    terms: [truce]\nreferences:\n  determiners: [the]\n  nouns: [plan]\n  acts: [move]\n",
     "acts: every act must be one of the nouns"),
    ("topics:\n  a:\n    terms: [truce]\nextras: 1\n", "unknown top-level section"),
    ("topics:\n  a:\n    terms: [meet]\nnot_before: [meet]\n", "not_before: expected a mapping"),
    ("topics:\n  a:\n    terms: [meet]\nnot_before:\n  meet up: [demands]\n", "not_before: 'meet up'.*single word"),
    ("topics:\n  a:\n    terms: [meet]\nnot_before:\n  meet: []\n", "not_before, meet: the list is empty"),
    ("topics:\n  a:\n    terms: [meet]\nnot_before:\n  meet: [your demands]\n", "meet: every entry.*single word"),
    ("topics:\n  a:\n    terms: [meet]\ngrievances: [root causes]\n", "grievances: expected a mapping with exactly"),
    ("topics:\n  a:\n    terms: [meet]\ngrievances:\n  phrases: [root causes]\n", "exactly 'phrases' and 'links'"),
    ("topics:\n  a:\n    terms: [meet]\ngrievances:\n  phrases: []\n  links: [including]\n",
     "grievances, phrases: the list is empty"),
])
def test_bad_topics_file_names_file_and_entry(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(CodebookError, match=message) as info:
        load_topics(path)
    assert str(path) in str(info.value)


def test_missing_topics_file(tmp_path):
    with pytest.raises(CodebookError, match="not found"):
        load_topics(tmp_path / "nope.yaml")


def test_broken_corpus_topics_file_stops_codebook_loading(tmp_path):
    write(tmp_path, "")
    with pytest.raises(CodebookError, match="topics.yaml: the topics file is empty"):
        load_codebooks(tmp_path)


def test_a_corpus_can_add_its_own_topic(tmp_path):
    shipped = (FIXTURE_CORPUS / "topics.yaml").read_text(encoding="utf-8")
    extra = shipped.replace("topics:\n", "topics:\n  prisoner_exchange:\n    label: Prisoner exchange\n"
                                         "    terms: [prisoner exchange, prisoner swap]\n", 1)
    write(tmp_path, extra)
    books = load_codebooks(tmp_path)
    assert books.topic_order[0] == "prisoner_exchange"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_to_pipeline(nlp, books)
    assert topics_of(nlp, "Both sides agreed to a prisoner swap.") == [("prisoner swap", "prisoner_exchange", "+")]


def test_list_items_folded_by_indentation_are_refused(tmp_path):
    """A '- ' line indented deeper than the item above it is not a new item in YAML: it joins that item."""
    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n  ceasefire:\n    label: Ceasefire\n    terms: [ceasefire]\n"
                    "inverters:\n  - lift\n  - abandon\n      - drop\n      - stop\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"inverters: item #2 'abandon - drop - stop'.*indent every '- ' of the list"):
        load_topics(path)


def test_terms_may_use_the_phrase_syntax_and_the_table_shows_them_as_written():
    from helpers.topics import parse_topics

    book = parse_topics({"topics": {"territory": {"terms": ["hand|handed over [the] Donbas|Crimea", "cede"],
                                                  "inverse_terms": ["territorial integrity"]}}}, source="t.yaml")
    terms = book.topics["territory"].terms
    assert sorted(terms) == sorted(["hand over the Donbas", "hand over the Crimea", "hand over Donbas",
                                    "hand over Crimea", "handed over the Donbas", "handed over the Crimea",
                                    "handed over Donbas", "handed over Crimea", "cede"])
    table = topics_table(book)
    assert table.loc[0, "terms"] == "hand|handed over [the] Donbas|Crimea, cede"
    assert table.loc[0, "inverse_terms"] == "territorial integrity"
    assert table.loc[0, "condition_terms"] == ""
    assert table.loc[0, "refers_back"] == ""


def test_an_expanded_term_claimed_by_two_topics_is_named():
    from helpers.topics import parse_topics

    with pytest.raises(CodebookError, match=r"t\.yaml: topic 'b'.*'give up land' is already a term of topic 'a'"):
        parse_topics({"topics": {"a": {"terms": ["give up land"]}, "b": {"terms": ["give|gave up land|territory"]}}},
                     source="t.yaml")


def test_terms_with_abbreviations_match_as_written(topic_nlp):
    # "U.S." is one token in the text; a lower-cased term ("u.s.") would split and never match
    assert ("sending U.S. troops to Ukraine", "security_guarantees", "+") in topics_of(
        topic_nlp, "Trump ruled out sending U.S. troops to Ukraine.")


@pytest.mark.parametrize("text, term", [("Zelensky urged Russia to stop fighting.", "stop fighting"),
                                        ("We are asking it to stop killing people.", "stop killing")])
def test_stopping_the_fighting_without_the_article_is_a_truce(topic_nlp, text, term):
    doc = topic_nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["topics"]] == [(term, "ceasefire")]
