"""helpers.stance: cue families, attribution rules, negation, conditions, references; the real corpus; bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from helpers.corpus import analysed_text
from helpers.codebooks import load_codebooks
from helpers.pipeline import STAGES, analyse
from helpers.stance import (
    STANCE_COLUMNS,
    STANCE_SCORES,
    STATEMENT_COLUMNS,
    CodebookError,
    code_text,
    extract_stances,
    lexicon_table,
    load_lexicon,
    positions,
    stance_matrix,
    stances_stage,
)

from tests.conftest import FIXTURE_CORPUS as CORPUS  # noqa: E402

CODEBOOKS = load_codebooks(CORPUS)


def coded(nlp, text):
    """(actor_id, topic, stance) triples of a made-up text, through the full pipeline."""
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert rows["rule"].str.len().gt(0).all() and rows["cue"].str.len().gt(0).all()
    return set(zip(rows["actor_id"], rows["topic"], rows["stance"]))


def rule_of(nlp, text, actor_id):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    return set(rows.loc[rows["actor_id"] == actor_id, "rule"])


# --------------------------------------------------------------------------- cue families


@pytest.mark.parametrize("text, expected", [
    # support: accept, back, call for, push for, agree, propose, demand, urge, support, invite
    ("Ukraine accepted the 30-day ceasefire.", ("ukraine", "ceasefire", "support")),
    ("Germany backs the ceasefire.", ("germany", "ceasefire", "support")),
    ("Merz called for a ceasefire.", ("friedrich_merz", "ceasefire", "support")),
    ("Trump is pushing for direct talks.", ("donald_trump", "direct_talks", "support")),
    ("Ukraine agreed to a ceasefire.", ("ukraine", "ceasefire", "support")),
    ("Turkey proposed a summit in Istanbul.", ("turkey", "direct_talks", "support")),
    ("Moscow demands Ukraine's neutrality.", ("russia", "neutrality", "support")),
    ("Europe supports security guarantees for Ukraine.", ("europe", "security_guarantees", "support")),
    ("Zelensky invited Putin to a meeting in Istanbul.", ("volodymyr_zelensky", "direct_talks", "support")),
    ("Trump imposed new tariffs on India.", ("donald_trump", "sanctions", "support")),
    # oppose: reject, decline, refuse, rule out, object, unacceptable, red line, warn of
    ("Russia rejected the ceasefire.", ("russia", "ceasefire", "oppose")),
    ("Putin declined the invitation to talks.", ("vladimir_putin", "direct_talks", "oppose")),
    ("Kyiv refuses to cede territory.", ("ukraine", "territorial_concessions", "oppose")),
    ("The Kremlin ruled out a ceasefire.", ("kremlin", "ceasefire", "oppose")),
    ("Moscow objected to the peacekeepers.", ("russia", "security_guarantees", "oppose")),
    ("A ceasefire is unacceptable to Moscow.", ("russia", "ceasefire", "oppose")),
    ("Neutrality is a red line for Kyiv.", ("ukraine", "neutrality", "oppose")),
    ("Zakharova warned of consequences if peacekeepers are deployed.",
     ("maria_zakharova", "security_guarantees", "oppose")),
    # conditional: only if, unless, in principle, willing to talk about, as a precondition, threats
    ("Zelensky will join the talks only if Putin attends.", ("volodymyr_zelensky", "direct_talks", "conditional")),
    ("Ukraine might skip the talks unless Putin attends.", ("ukraine", "direct_talks", "conditional")),
    ("Ukraine backs a ceasefire in principle.", ("ukraine", "ceasefire", "conditional")),
    ("Putin is willing to talk about a ceasefire.", ("vladimir_putin", "ceasefire", "conditional")),
    # the precondition itself is wanted (the codebook codes "insistence on a ceasefire as a precondition" support)
    ("Zelensky insisted on a ceasefire as a precondition.", ("volodymyr_zelensky", "ceasefire", "support")),
    ("Trump threatened sanctions on Russia.", ("donald_trump", "sanctions", "conditional")),
    # neutral: leaving it to others, without comment
    ("Trump said the territorial disputes should be resolved directly by Putin and Zelensky.",
     ("donald_trump", "territorial_concessions", "neutral")),
    ("Trump left it to Putin and Zelensky to settle the territorial disputes.",
     ("donald_trump", "territorial_concessions", "neutral")),
    ("The idea of a summit was left “without comment” by the Russian side.", ("russia", "direct_talks", "neutral")),
])
def test_cue_families(nlp, text, expected):
    assert coded(nlp, text) == {expected}


# --------------------------------------------------------------------------- negation


@pytest.mark.parametrize("text, expected", [
    ("Putin has not confirmed the meeting.", {("vladimir_putin", "direct_talks", "neutral")}),
    ("Russia did not agree to the ceasefire.", {("russia", "ceasefire", "oppose")}),
    ("Russia never accepted the ceasefire.", {("russia", "ceasefire", "oppose")}),
    ("Russia can’t agree on a ceasefire.", {("russia", "ceasefire", "oppose")}),
    ("Russia did not reject the ceasefire.", set()),  # a negated objection is cancelled, not support
    ("Zelensky wrote: “Ukraine is not afraid of meetings.”", {("volodymyr_zelensky", "direct_talks", "support")}),
    ("Neutrality is a red line Kyiv refuses to cross.", {("ukraine", "neutrality", "oppose")}),
])
def test_negation_flips_or_cancels(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_negated_rows_are_marked(nlp):
    rows = code_text("Putin has not confirmed the meeting.", nlp=nlp, context={"codebooks": CODEBOOKS})
    assert rows["negated"].tolist() == [True]


# --------------------------------------------------------------------------- attribution


@pytest.mark.parametrize("text, actor, rule", [
    ("Russia’s rejection of the ceasefire angered Kyiv.", "russia", "possessive"),
    ("Ukraine’s acceptance of the ceasefire was welcomed.", "ukraine", "possessive"),
    ("Ukraine's acceptance of the ceasefire was welcomed.", "ukraine", "possessive"),
    ("Zelensky spoke again. He stressed his insistence on a ceasefire.", "volodymyr_zelensky", "possessive"),
    ("Zelensky spoke on Monday. He rejected the ceasefire.", "volodymyr_zelensky", "pronoun"),
    ("Ukraine says it is ready to pause the fighting.", "ukraine", "pronoun"),
    ("Putin declined an invitation from Zelensky to meet.", "volodymyr_zelensky", "agent"),
    ("Ukraine accepted a U.S. and European-backed proposal for a ceasefire.", "europe", "compound"),
    ("Despite proposing the talks himself, Putin stayed away.", "vladimir_putin", "fronted_clause"),
    ("Tass reported that Ushakov expressed support for direct talks.", "yuri_ushakov", "subject"),
])
def test_attribution_rules(nlp, text, actor, rule):
    assert rule in rule_of(nlp, text, actor)


@pytest.mark.parametrize("text", [
    'Zelensky said: “Ukraine is ready to accept a ceasefire.”',
    '“Ukraine is ready to accept a ceasefire,” Zelensky said.',
    'Zelensky said, "Ukraine is ready to accept a ceasefire."',
])
def test_quote_speaker_holds_the_position(nlp, text):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"], rows["rule"])) == {
        ("volodymyr_zelensky", "ceasefire", "support", "quote")}


def test_quote_with_unknown_speaker_codes_nothing(nlp):
    assert coded(nlp, "Officials were blunt. “We accept the ceasefire, of course,” one said.") == set()


def test_reported_speech_codes_the_reported_actor_not_the_reporter(nlp):
    got = coded(nlp, "Tass reported that Ushakov expressed support for direct talks.")
    assert got == {("yuri_ushakov", "direct_talks", "support")}


def test_coordinated_subjects_all_hold(nlp):
    got = coded(nlp, "Trump and Putin have agreed to hold a meeting, according to Ushakov.")
    assert got == {("donald_trump", "direct_talks", "support"), ("vladimir_putin", "direct_talks", "support")}


def test_actor_in_prepositional_phrase_or_as_modifier_is_not_the_holder(nlp):
    # not Trump's or Putin's: the verdict of the speaker who closes the sentence (rule trailing_speaker)
    assert coded(nlp, "A meeting between Trump and Putin is crucial, Rubio said.") == {
        ("marco_rubio", "direct_talks", "support")}
    assert coded(nlp, "A meeting between Trump and Putin is crucial.") == set()
    got = coded(nlp, "The Kremlin confirmed the Trump–Putin meeting but declined a meeting with Zelensky.")
    assert got == {("kremlin", "direct_talks", "support"), ("kremlin", "direct_talks", "oppose")}


# --------------------------------------------------------------------------- demands and conditions


@pytest.mark.parametrize("text, expected", [
    ("The talks open ahead of a deadline set by Trump for Russia to agree to a ceasefire.",
     {("donald_trump", "ceasefire", "support")}),
    ("The summit comes ahead of a deadline set by Trump for Russia to agree to a ceasefire or face sanctions.",
     {("donald_trump", "ceasefire", "support"), ("donald_trump", "sanctions", "conditional")}),
    ("European leaders urged Trump to press Russia for a ceasefire.", {("europe", "ceasefire", "support")}),
    ("Putin demanded for Ukraine to cede territory.", {("vladimir_putin", "territorial_concessions", "support")}),
])
def test_demand_on_another_actor_is_the_demanders_support(nlp, text, expected):
    rows = code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS})
    assert set(zip(rows["actor_id"], rows["topic"], rows["stance"])) == expected
    assert "russia" not in set(rows["actor_id"]) and "ukraine" not in set(rows["actor_id"])


def test_demand_records_its_target(nlp):
    rows = code_text("European leaders urged Trump to press Russia for a ceasefire.", nlp=nlp, context={"codebooks": CODEBOOKS})
    assert rows["rule"].tolist() == ["demand"] and rows["target"].tolist() == ["russia"]


@pytest.mark.parametrize("text, expected", [
    ("Rutte warned that if Russia refuses to engage, Europe would intensify sanctions.",
     {("mark_rutte", "sanctions", "conditional")}),
    ("Trump floated slapping secondary sanctions on Russia if Moscow is playing games.",
     {("donald_trump", "sanctions", "conditional")}),
    ("If Russia rejects the ceasefire, the war goes on.", set()),  # a hypothetical is no position
    ("Both Kyiv and Moscow claim to support a ceasefire in principle but can’t agree on it in practice.",
     {("ukraine", "ceasefire", "conditional"), ("russia", "ceasefire", "conditional")}),
])
def test_conditions(nlp, text, expected):
    assert coded(nlp, text) == expected


# --------------------------------------------------------------------------- topics and references


@pytest.mark.parametrize("text, expected", [
    ("Ukraine backs the 30-day ceasefire. Russia rejected the plan.",
     {("ukraine", "ceasefire", "support"), ("russia", "ceasefire", "oppose")}),
    ("Zelensky proposed face-to-face negotiations. However, Putin declined the offer.",
     {("volodymyr_zelensky", "direct_talks", "support"), ("vladimir_putin", "direct_talks", "oppose")}),
    ("Ukraine is ready to pause the fighting. Putin is willing to talk about pausing it.",
     {("ukraine", "ceasefire", "support"), ("vladimir_putin", "ceasefire", "conditional")}),
    # the previous paragraph is still in reach (a list of points) ...
    ("- Ukraine backs the 30-day ceasefire.\n\n- Russia rejected the plan.",
     {("ukraine", "ceasefire", "support"), ("russia", "ceasefire", "oppose")}),
    # ... two paragraphs back is not
    ("Ukraine backs the 30-day ceasefire.\n\nThe war goes on.\n\nRussia rejected the plan.",
     {("ukraine", "ceasefire", "support")}),
    # "These include" lends its topics to the sentence before
    ("Russia’s demands remain unacceptable to Kyiv and its Western partners. These include Ukraine’s neutrality.",
     {("russia", "neutrality", "support"), ("ukraine", "neutrality", "oppose"),
      ("europe", "neutrality", "oppose")}),
])
def test_topic_reference_across_sentences(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_reference_rows_say_how_the_topic_was_found(nlp):
    rows = code_text("Ukraine backs the 30-day ceasefire. Russia rejected the plan.", nlp=nlp, context={"codebooks": CODEBOOKS})
    russia = rows[rows["actor_id"] == "russia"].iloc[0]
    assert (russia["topic_via"], russia["topic_text"], russia["sent_id"]) == ("reference", "the plan", 1)
    assert russia["evidence"] == "Russia rejected the plan."


@pytest.mark.parametrize("text, expected", [
    ("Russia seeks the lifting of sanctions.", {("russia", "sanctions", "oppose")}),
    ("Kyiv backs Ukraine's NATO membership.", {("ukraine", "neutrality", "oppose")}),
    ("Russia wants Ukraine to give up NATO ambitions.", {("russia", "neutrality", "support")}),
])
def test_a_term_naming_the_opposite_swaps_the_stance(nlp, text, expected):
    assert coded(nlp, text) == expected


def test_place_or_time_phrase_ends_the_cue_reach(nlp):
    assert coded(nlp, "Merz called for a ceasefire at the next meeting.") == {("friedrich_merz", "ceasefire", "support")}


# --------------------------------------------------------------------------- no actor, no topic: no row


@pytest.mark.filterwarnings("ignore:.*unbalanced quotation mark")
@pytest.mark.parametrize("text", [
    "The ceasefire was rejected.",
    "Nobody backs the plan.",
    "Observers remain cautious about the talks.",
    "Russia rejected everything.",
    "",
    "   \n\n  ",
    "“",
    "Ceasefire! Ceasefire? Reject, reject, “accept” …",
])
def test_no_actor_or_no_topic_gives_no_row_and_no_crash(nlp, text):
    assert code_text(text, nlp=nlp, context={"codebooks": CODEBOOKS}).empty


def test_stage_without_actor_spans_codes_nothing(codebooks):
    from helpers.nlp import blank_pipeline
    from helpers.stance import add_to_pipeline as add_cue_matcher
    from helpers.topics import add_to_pipeline

    nlp = blank_pipeline()
    add_to_pipeline(nlp, codebooks)
    add_cue_matcher(nlp, codebooks)
    assert stances_stage(nlp("Russia rejected the ceasefire."), {"article_id": "x"}) == []


def test_stage_with_hand_made_actor_spans(codebooks):
    """Sentence tests need no actor codebook: any span in doc.spans["actors"] is an actor."""
    from spacy.tokens import Span

    from helpers.nlp import blank_pipeline
    from helpers.stance import add_to_pipeline as add_cue_matcher
    from helpers.topics import add_to_pipeline

    nlp = blank_pipeline()
    add_to_pipeline(nlp, codebooks)
    add_cue_matcher(nlp, codebooks)
    doc = nlp("Atlantis rejected the ceasefire.")
    doc.spans["actors"] = [Span(doc, 0, 1, label="atlantis")]
    rows = stances_stage(doc, {"article_id": "x"})
    assert [(r["actor_id"], r["topic"], r["stance"], r["rule"]) for r in rows] == [
        ("atlantis", "ceasefire", "oppose", "subject")]


# --------------------------------------------------------------------------- the real corpus


def cells(stances, article_id):
    sub = stances[stances["article_id"] == article_id]
    return set(zip(sub["actor_id"], sub["topic"], sub["stance"]))


@pytest.mark.parametrize("article_id, actor, topic, stance", [
    ("trump-seeks-putin-meeting", "russia", "ceasefire", "oppose"),
    ("trump-seeks-putin-meeting", "ukraine", "ceasefire", "support"),
    ("trump-seeks-putin-meeting", "vladimir_putin", "direct_talks", "oppose"),
    ("trump-seeks-putin-meeting", "volodymyr_zelensky", "direct_talks", "support"),
    ("istanbul-talks-begin", "vladimir_putin", "direct_talks", "oppose"),
    ("istanbul-talks-begin", "russia", "direct_talks", "oppose"),
    ("putin-trump-bail-istanbul", "donald_trump", "ceasefire", "support"),
    ("putin-trump-bail-istanbul", "vladimir_putin", "ceasefire", "conditional"),
    ("putin-trump-bail-istanbul", "donald_trump", "sanctions", "conditional"),
    ("putin-trump-bail-istanbul", "ukraine", "neutrality", "oppose"),
    ("trump-putin-to-meet", "donald_trump", "ceasefire", "support"),
    ("trump-putin-to-meet", "donald_trump", "sanctions", "conditional"),
    ("trump-putin-to-meet", "kremlin", "direct_talks", "oppose"),
    ("trump-putin-to-meet", "russia", "direct_talks", "neutral"),
    ("trump-putin-to-meet", "russia", "sanctions", "oppose"),
    ("white-house-trilateral-plan", "russian_foreign_ministry", "security_guarantees", "oppose"),
    ("white-house-trilateral-plan", "donald_trump", "security_guarantees", "support"),
    ("white-house-trilateral-plan", "friedrich_merz", "ceasefire", "support"),
    ("white-house-trilateral-plan", "europe", "ceasefire", "support"),
    ("white-house-trilateral-plan", "mark_rutte", "sanctions", "conditional"),
])
def test_clearest_cells_of_the_real_corpus(analysis, article_id, actor, topic, stance):
    assert (actor, topic, stance) in cells(analysis.stances, article_id)


def test_real_corpus_demand_and_hypothetical_targets_are_not_coded(analysis):
    # "a Friday deadline set by Trump for Russia to agree to a ceasefire": nothing for Russia
    assert not {c for c in cells(analysis.stances, "trump-putin-to-meet") if c[:2] == ("russia", "ceasefire")}
    # "urged Trump to press Russia for a ceasefire": Europe's support, not Trump's from that sentence
    wh = analysis.stances[analysis.stances["article_id"] == "white-house-trilateral-plan"]
    press = wh[wh["cue"] == "press"]
    assert set(press["actor_id"]) == {"europe"}
    # "if Russia refuses to engage": Russia is not coded as opposing anything there
    assert not (wh["evidence"].str.contains("if Russia refuses") & (wh["actor_id"] == "russia")).any()


def test_stage_rows_are_plain_json_with_the_declared_columns(analysis):
    assert ("stances", stances_stage) in STAGES
    assert list(analysis.stances.columns) == STANCE_COLUMNS
    assert stances_stage.columns == STANCE_COLUMNS
    json.dumps(analysis.stances.to_dict("records"))
    assert set(analysis.stances["stance"]) <= set(STANCE_SCORES)
    assert analysis.stances["rule"].str.len().gt(0).all() and analysis.stances["cue"].str.len().gt(0).all()


def test_evidence_is_the_sentence_in_the_article(analysis, articles):
    texts = {aid: analysed_text(body, lead)[0]
             for aid, body, lead in zip(articles["article_id"], articles["text"], articles["lead"])}
    for row in analysis.stances.itertuples():
        assert row.evidence in texts[row.article_id]
    assert analysis.stances["where"].isin(["headline", "body"]).all()


# --------------------------------------------------------------------------- API tables

TOPIC_ORDER = ["ceasefire", "direct_talks", "sanctions", "security_guarantees", "territorial_concessions",
               "neutrality"]


@pytest.fixture(scope="module")
def statements(analysis):
    return extract_stances(analysis)


def test_extract_stances_adds_date_and_side(statements, articles):
    assert list(statements.columns) == STATEMENT_COLUMNS
    assert pd.api.types.is_datetime64_any_dtype(statements["published"])
    assert statements["published"].is_monotonic_increasing
    sides = dict(zip(statements["actor_id"], statements["side"]))
    assert sides["russia"] == "russia" and sides["donald_trump"] == "us" and sides["friedrich_merz"] == "europe"
    assert set(statements["article_id"]) == set(articles["article_id"])


def test_extract_stances_of_a_fresh_analysis_is_the_same(articles, codebooks, statements):
    again = extract_stances(analyse(articles, codebooks=codebooks, cache=False))
    pd.testing.assert_frame_equal(again, statements)


def test_positions_by_actor(statements):
    pos = positions(statements, topic_order=TOPIC_ORDER)
    assert list(pos.columns[:9]) == ["article_id", "published", "actor_id", "topic", "n_statements", "score",
                                     "label", "stances", "evidence"]
    assert not pos.duplicated(["article_id", "actor_id", "topic"]).any()
    assert pos["score"].between(-1, 1).all()
    assert pos["n_statements"].sum() == len(statements)
    row = pos[(pos["article_id"] == "trump-seeks-putin-meeting") & (pos["actor_id"] == "russia")
              & (pos["topic"] == "ceasefire")].iloc[0]
    assert (row["label"], row["score"]) == ("oppose", -1.0)
    assert "rejection of the plan" in row["evidence"]
    assert pos["published"].is_monotonic_increasing
    pd.testing.assert_frame_equal(pos, positions(statements.sample(frac=1, random_state=3).sort_values(
        ["published", "article_id", "sent_id"], kind="stable"), topic_order=TOPIC_ORDER))


def test_positions_by_side(statements):
    pos = positions(statements, by="side", topic_order=TOPIC_ORDER)
    assert "side" in pos.columns and "actor_id" not in pos.columns
    assert not pos.duplicated(["article_id", "side", "topic"]).any()
    assert set(pos["side"]) <= {"us", "russia", "ukraine", "europe", "turkey", "other"}


def test_position_score_label_and_decisive_evidence():
    st = pd.DataFrame([
        {"article_id": "a", "published": "2025-05-15", "sent_id": 1, "actor_id": "x", "side": "us",
         "topic": "ceasefire", "stance": "conditional", "cue": "in principle", "rule": "subject", "evidence": "E1"},
        {"article_id": "a", "published": "2025-05-15", "sent_id": 4, "actor_id": "x", "side": "us",
         "topic": "ceasefire", "stance": "support", "cue": "backs", "rule": "subject", "evidence": "E2"},
        {"article_id": "a", "published": "2025-05-15", "sent_id": 5, "actor_id": "y", "side": "us",
         "topic": "ceasefire", "stance": "neutral", "cue": "left it to", "rule": "subject", "evidence": "E3"},
    ]).assign(published=lambda d: pd.to_datetime(d["published"]))
    pos = positions(st)
    x = pos[pos["actor_id"] == "x"].iloc[0]
    assert (x["score"], x["label"], x["stances"], x["evidence"], x["n_statements"]) == (
        0.75, "mixed", "support+conditional", "E2", 2)
    side = positions(st, by="side").iloc[0]
    assert (side["side"], side["n_statements"], side["score"]) == ("us", 3, 0.5)


def test_positions_bad_input():
    empty = positions(pd.DataFrame(columns=STATEMENT_COLUMNS))
    assert empty.empty and "score" in empty.columns
    with pytest.raises(ValueError, match="by must be"):
        positions(pd.DataFrame(columns=STATEMENT_COLUMNS), by="country")
    with pytest.raises(ValueError, match="unknown stance label.*maybe"):
        positions(pd.DataFrame([{"article_id": "a", "actor_id": "x", "topic": "t", "stance": "maybe",
                                 "evidence": "e"}]))


def test_matrix_actor_by_topic(statements):
    m = stance_matrix(statements, topic_order=TOPIC_ORDER)
    assert list(m.columns)[:2] == ["ceasefire", "direct_talks"]
    assert m.loc["russian_foreign_ministry", "security_guarantees"] == -1.0
    values = m.to_numpy().ravel()
    values = values[~pd.isna(values)]
    assert len(values) and ((values >= -1) & (values <= 1)).all()


# --------------------------------------------------------------------------- bad lexicons


LEXICON_OK = "cues:\n  support: [back|backs]\n"


def write(tmp_path, text):
    path = tmp_path / "stance_cues.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("cues: [x\n", "not valid YAML at line"),
    ("cues:\n  approve: [back]\n", "unknown stance label 'approve'"),
    ("cues:\n  support:\n    - {cue: back, negated: maybe}\n", "'back'.*negated.*unknown stance label 'maybe'"),
    ("cues:\n  support:\n    - {cue: back, kind: adverb}\n", "'back'.*kind must be one of"),
    ("cues:\n  support:\n    - {cue: back, hold: agent}\n", "'back'.*unknown option.*hold"),
    ("cues:\n  support:\n    - {cue: will meet, between: maybe}\n", "'will meet'.*between must be true or false"),
    ("cues:\n  conditional:\n    - {cue: without, leading: 1}\n", "'without'.*leading must be true or false"),
    ("cues:\n  conditional:\n    - {cue: for, after_topic: yes please}\n", "'for'.*after_topic must be true or false"),
    ("cues:\n  support:\n    - {cue: the ball is in, antecedent: 1}\n", "'the ball is in'.*antecedent must be true or false"),
    ("cues:\n  support: [back]\n  oppose: [back]\n", "'back' is also matched by"),
    # the same phrase written twice in one family: the second copy's options would silently compete with the first
    ("cues:\n  support:\n    - plan|plans to\n    - {cue: plan|plans to, before_topic: true}\n",
     "'plan to' is also matched by"),
    ("cues:\n  support: ['back [it']\n", "unbalanced"),
    ("cues:\n  support: [back]\nnegation:\n  markers: [no]\n", "quote it"),
    ("cues:\n  support: [back]\nnegation:\n  default: {support: opposite}\n", "unknown stance label 'opposite'"),
    ("cues:\n  support: [back]\nnegation:\n  window: 0\n", "window"),
    ("cues:\n  support: [back]\nsynonyms: []\n", "unknown section"),
    ("cues: {}\n", "cues"),
])
def test_bad_lexicon_names_file_and_entry(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(CodebookError, match=message) as info:
        load_lexicon(path)
    assert str(path) in str(info.value)


def test_minimal_lexicon_is_valid(tmp_path):
    lex = load_lexicon(write(tmp_path, LEXICON_OK))
    assert [c.phrase for c in lex.cues] == ["back|backs"]


def test_broken_corpus_lexicon_stops_codebook_loading(tmp_path):
    write(tmp_path, "cues:\n  approve: [back]\n")
    with pytest.raises(CodebookError, match="stance_cues.yaml: cues: unknown stance label 'approve'"):
        load_codebooks(tmp_path)


def test_shipped_lexicon_table_covers_every_family():
    table = lexicon_table(load_lexicon(CORPUS / "stance_cues.yaml"))
    assert set(table["stance"]) == set(STANCE_SCORES)
    for cue in ["accept", "reject", "red line", "only if", "unless", "in principle", "without comment",
                "as [a|the] [key|main] precondition|prerequisite", "unacceptable"]:
        assert table["cue"].str.contains(cue, regex=False).any(), cue
