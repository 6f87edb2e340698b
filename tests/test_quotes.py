"""helpers.quotes: quotations, their speakers and cues, on made-up sentences and the real corpus."""

from __future__ import annotations

import json
import re
import warnings

import pandas as pd
import pytest

from helpers.corpus import analysed_text
from helpers import quotes as Q
from helpers.nlp import blank_pipeline, sentences
from helpers.pipeline import analyse
from helpers.quotes import QuoteWarning, find_quotes, load_cues
from tests.conftest import FIXTURE_CORPUS

SHIPPED_CUES = load_cues(FIXTURE_CORPUS / "quote_cues.yaml")

# --------------------------------------------------------------------------- sentence-level helpers

# A small hand-made mention finder, so these tests do not depend on the actors codebook.
NAMES = {
    "donald_trump": r"(?:President )?(?:Donald )?Trump",
    "vladimir_putin": r"(?:President )?(?:Vladimir )?Putin",
    "volodymyr_zelensky": r"(?:Volodymyr )?Zelensk(?:yy|iy|y)",
    "yuri_ushakov": r"(?:Kremlin aide )?(?:Yuri )?Ushakov",
    "maria_zakharova": r"(?:Maria )?Zakharova",
    "friedrich_merz": r"(?:Friedrich )?Merz",
    "kremlin": r"(?<!Kremlin aide )Kremlin(?! aide)",
    "ukraine": r"Ukraine",
    "russia": r"Russia",
    "united_states": r"U\.S\.(?= )|United States",
}
PERSONS = {"donald_trump", "vladimir_putin", "volodymyr_zelensky", "yuri_ushakov", "maria_zakharova", "friedrich_merz"}
GENDERS = {"maria_zakharova": "f", "donald_trump": "m", "vladimir_putin": "m", "volodymyr_zelensky": "m"}
_MENTION_RE = re.compile("|".join(f"(?P<{aid}>\\b{pat}\\b)" for aid, pat in NAMES.items()))


def mentions_of(text: str) -> list[dict]:
    return [{"start_char": m.start(), "end_char": m.end(), "actor_id": m.lastgroup, "form": "name"}
            for m in _MENTION_RE.finditer(text)]


@pytest.fixture(scope="module")
def blank():
    return blank_pipeline()


@pytest.fixture
def quotes_of(blank):
    def run(text: str, *, genders=None, article_id: str = "test-article") -> list[dict]:
        doc = blank(text)
        sents = [(s.start_char, s.end_char) for s in sentences(doc)]
        return find_quotes(text, sents, mentions_of(text), article_id=article_id,
                           persons=PERSONS, genders=genders, cues=SHIPPED_CUES)
    return run


def one(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


# --------------------------------------------------------------------------- quotation marks


@pytest.mark.parametrize("text", [
    'Trump said, "We will see what happens next week."',
    "Trump said, “We will see what happens next week.”",
    "Trump said, «We will see what happens next week.»",
    "Trump said, „We will see what happens next week.“",
    "Trump said, ‘We will see what happens next week.’",
])
def test_straight_curly_and_other_marks(quotes_of, text):
    row = one(quotes_of(text))
    assert (row["speaker_id"], row["cue"], row["kind"]) == ("donald_trump", "said", "full")
    assert row["quote"] == "We will see what happens next week."
    assert row["n_words"] == 7
    assert text[row["start_char"]:row["end_char"]][1:-1] == row["quote"]


def test_apostrophes_are_not_quote_marks(quotes_of):
    text = "Trump’s envoy said, \"I don't think it's Russia's plan, and Ukraine’s leaders agree.\""
    row = one(quotes_of(text))
    assert row["quote"] == "I don't think it's Russia's plan, and Ukraine’s leaders agree."
    assert quotes_of("Trump’s plan and Zelensky's offer are the 'real' topics of Putin’s talks.") == []


def test_multi_sentence_quote_is_one_row(quotes_of):
    text = ("In a post, Trump revealed, “I spoke with President Putin. We will meet soon. "
            "This is a strong first step.” Then he left.")
    row = one(quotes_of(text))
    assert (row["sent_id"], row["end_sent_id"]) == (0, 2)
    assert row["speaker_id"] == "donald_trump" and row["n_words"] == 15


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize("text, speaker, rule, cue", [
    # speaker before the quote
    ("Trump said, “We will get this done very soon.”", "donald_trump", "cue_subject", "said"),
    ("Trump also told reporters: “We will get this done very soon.”", "donald_trump", "cue_subject", "told reporters"),
    # speaker after the quote
    ("“We will get this done very soon,” Trump said.", "donald_trump", "cue_subject", "said"),
    ("“We will get this done very soon,” said Trump.", "donald_trump", "after_cue", "said"),
    ("“We will get this done very soon,” said Kremlin aide Yuri Ushakov.", "yuri_ushakov", "after_cue", "said"),
    ("According to Ushakov, “the summit will take place in the coming days.”", "yuri_ushakov", "after_cue", "according to"),
    # the subject of the cue's sentence (participles, relative clauses)
    ("Zelensky, speaking after the talks with Putin, emphasized flexibility, stating, “We are ready to meet.”",
     "volodymyr_zelensky", "clause_subject", "stating"),
    ("Trump met Putin in Alaska, telling reporters: “It was a very good meeting.”", "donald_trump", "clause_subject",
     "telling reporters"),
    ("Russia’s Foreign Ministry rejected the plan, with spokesperson Maria Zakharova warning of “unpredictable "
     "and dangerous consequences.”", "maria_zakharova", "cue_subject", "warning"),
    # the nearest cue fires: "stated" is further from the quote than "wrote"
    ("Zelensky stated that Europe must be involved and wrote on X: “Ukraine is not afraid of meetings.”",
     "volodymyr_zelensky", "clause_subject", "wrote"),
    # "called for" is not speech; "maintained" is
    ("Merz called for a ceasefire, while Trump maintained that peace is “very attainable” now.",
     "donald_trump", "cue_subject", "maintained"),
    # a noun cue is weaker than a verb
    ("Trump said in a statement: “We will get this done very soon.”", "donald_trump", "cue_subject", "said"),
    # "States" in "the United States" is a name, not the cue "states"
    ("The United States “will not accept” a ceasefire on those terms, Merz said.", "friedrich_merz", "cue_subject",
     "said"),
    # a possessive before a noun cue
    ("The news follows Trump’s statement that there is a “good chance” of a meeting.", "donald_trump",
     "cue_subject", "statement"),
])
def test_speaker_and_cue(quotes_of, text, speaker, rule, cue):
    row = one(quotes_of(text))
    assert (row["speaker_id"], row["speaker_rule"], row["cue"]) == (speaker, rule, cue)


@pytest.mark.parametrize("cue", [
    "said", "says", "stated", "wrote", "told reporters", "warned", "claimed", "revealed", "added",
    "emphasized", "stressed", "insisted", "announced",
])
def test_cue_verbs(quotes_of, cue):
    row = one(quotes_of(f"Putin {cue}: “Russia is ready to continue the talks in Istanbul.”"))
    assert (row["speaker_id"], row["cue"]) == ("vladimir_putin", cue)


@pytest.mark.parametrize("text, speaker", [
    # a body at the end of an apposition describes the person before it: the person speaks
    ("Maria Zakharova, official representative of the Kremlin, remarked: “We reject the plan.”", "maria_zakharova"),
    ("Ushakov, an adviser to the Kremlin, said: “The talks were useful.”", "yuri_ushakov"),
    # a body that is itself the subject still speaks
    ("The Kremlin said: “We reject the plan.”", "kremlin"),
    # two commas in the gap: not one apposition, so the body right before the cue stays the speaker
    ("Zakharova, in Moscow, on Friday, the Kremlin said: “We reject the plan.”", "kremlin"),
])
def test_the_person_an_apposition_describes_speaks(quotes_of, text, speaker):
    assert one(quotes_of(text))["speaker_id"] == speaker


@pytest.mark.parametrize("cue", ["stating", "telling reporters", "remarking", "adding", "emphasizing", "warning"])
def test_participle_cues_take_the_sentence_subject(quotes_of, cue):
    row = one(quotes_of(f"Putin spoke to Ushakov in Moscow, {cue}: “Russia is ready to continue the talks.”"))
    assert (row["speaker_id"], row["cue"], row["speaker_rule"]) == ("vladimir_putin", cue, "clause_subject")


@pytest.mark.parametrize("text, speaker", [
    # named in the previous sentence, referred to by he
    ("Trump spoke to reporters in Doha. “We will get it done,” he said.", "donald_trump"),
    ("Trump spoke to reporters in Doha. When asked about the timeline, he said, “As soon as we can.”", "donald_trump"),
    # the previous sentence's subject, not its last-named person (corpus: trump-seeks-putin-meeting)
    ("Trump reiterated that a meeting between himself and Putin is crucial. Referring to the talks, he claimed, "
     "\"If I don't go, Putin's not going.\"", "donald_trump"),
    # a person named only inside an earlier quote is not the antecedent
    ("Trump stated, “Peace cannot come before Putin and I meet.” Later he said, “As soon as we can.”", "donald_trump"),
    # two sentences back
    ("Zelensky arrived in a formal suit. The talks lasted two hours. “We made progress,” he said.", "volodymyr_zelensky"),
])
def test_pronoun_resolves_to_the_person_named_before(quotes_of, text, speaker):
    row = quotes_of(text)[-1]
    assert (row["speaker_id"], row["speaker_rule"]) == (speaker, "pronoun")


def test_she_skips_a_man_when_genders_are_known(quotes_of):
    text = "Zakharova met Trump in Moscow. “This is unacceptable,” she said."
    assert one(quotes_of(text, genders=GENDERS))["speaker_id"] == "maria_zakharova"
    text = "Trump arrived in Moscow. “This is unacceptable,” she said."
    assert one(quotes_of(text, genders=GENDERS))["speaker_id"] == ""


@pytest.mark.parametrize("text", [
    "“We will never agree to that,” he said.",                          # no person before the pronoun
    "“I spoke with President Putin yesterday,” he said.",              # Putin is inside the quote
    "Trump arrived in Doha. “Peace is near, very near, and we know it.”",  # no cue: not attributed
    "Russian officials said, “the talks will continue next week.”",    # cue but no known speaker
    "Putin’s aide said, “The talks will continue next week.”",         # the aide speaks, not Putin
])
def test_no_speaker_is_empty_never_a_guess(quotes_of, text):
    row = one(quotes_of(text))
    assert row["speaker_id"] == "" and row["speaker_rule"] == ""


def test_actor_inside_the_quote_never_speaks(quotes_of):
    row = one(quotes_of("“Putin will not come and Zelensky knows it,” Trump said."))
    assert row["speaker_id"] == "donald_trump"


# --------------------------------------------------------------------------- split quotes


@pytest.mark.parametrize("text, quote", [
    ("“We are ready,” Zelensky said, “but Russia is not.”", "We are ready … but Russia is not."),
    ("“This war started in Moscow,” Zelenskiy said in a video address. “And how it ends depends on the world.”",
     "This war started in Moscow … And how it ends depends on the world."),
    ('"We are ready," said Zelensky. "Russia is not."', "We are ready … Russia is not."),
])
def test_split_quote_is_one_row_with_one_speaker(quotes_of, text, quote):
    row = one(quotes_of(text))
    assert row["quote"] == quote
    assert (row["speaker_id"], row["n_parts"], row["kind"]) == ("volodymyr_zelensky", 2, "full")
    assert row["n_words"] == len(quote.replace("…", "").split())
    assert row["start_char"] == 0 and text[row["end_char"] - 1] in "”\""
    assert text[row["start_char"]:row["end_char"]].count(quote.split()[-1]) == 1


def test_separately_attributed_quotes_stay_apart(quotes_of):
    rows = quotes_of("Trump stated, “Peace will come soon.” When asked about the timeline, he said, “As soon as we can.” "
                     "“No deal yet,” Zelensky replied.")
    assert [(r["speaker_id"], r["n_parts"]) for r in rows] == [
        ("donald_trump", 1), ("donald_trump", 1), ("volodymyr_zelensky", 1)]


def test_quote_running_over_two_paragraphs(quotes_of):
    text = "Trump said: “This is the first paragraph of the statement.\n\n“And this is the second one.”"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        row = one(quotes_of(text))
    assert row["n_parts"] == 2 and row["speaker_id"] == "donald_trump"
    assert (row["sent_id"], row["end_sent_id"]) == (0, 1)


# --------------------------------------------------------------------------- full, partial, scare quotes


@pytest.mark.parametrize("text, kind, quote", [
    ("Zelenskyy, critical of Putin's absence, accused Moscow of not engaging seriously, calling Russia’s delegation "
     '"a theater prop."', "partial", "a theater prop"),
    ("Trump said he would meet Putin “as soon as possible.”", "partial", "as soon as possible"),
    ("Ushakov said the idea was left “without comment” by the Russian side.", "partial", "without comment"),
    ("Trump said, “No deal.”", "full", "No deal."),
    # a lower-case quotation after a comma carries on the sentence's clause
    ("Trump said he would meet Putin in Budapest, “if the timing is right.”", "partial", "if the timing is right"),
    ("“Never,” Putin said.", "full", "Never"),
])
def test_full_and_partial_quotes(quotes_of, text, kind, quote):
    row = one(quotes_of(text))
    assert (row["kind"], row["quote"]) == (kind, quote)
    assert row["speaker_id"] != ""


@pytest.mark.parametrize("text", [
    "The Kremlin described the discussions as “constructive,” and said both sides exchanged “signals.”",
    "Zelensky said Putin used Crimea as a “springboard” for further aggression.",  # one word, even with a cue
    "The so-called “peace plan” was never published.",                          # two words, no cue
    "Russia’s “special military operation” continues in Ukraine.",           # three words, no speech cue
    "“Peace talks” have stalled again in Istanbul.",                             # sentence-initial noun phrase
    "The summit ended with an empty “” on the agenda.",                         # empty quotes
])
def test_scare_quotes_and_titles_are_not_statements(quotes_of, text):
    assert quotes_of(text) == []


def test_longer_unattributed_phrase_is_a_partial_quote(quotes_of):
    row = one(quotes_of("Merz called for “a full and unconditional ceasefire” at the next meeting."))
    assert (row["kind"], row["cue"], row["speaker_id"]) == ("partial", "", "")


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("text, sent_id", [
    ("Trump said, “We will win this war.", 0),
    ('Trump spoke. Trump said, "We will win this war.', 1),
    ("Trump said we will win this war.” Putin left.", 0),
    ("Trump said, “We will win.\n\nPutin left without a word.", 0),
    ("Putin left. Trump said, “We will “win this war.”", 1),
])
def test_unbalanced_marks_warn_and_give_no_row(quotes_of, text, sent_id):
    with pytest.warns(QuoteWarning, match=rf"my-article: unbalanced quotation mark .* in sentence {sent_id} "):
        rows = quotes_of(text, article_id="my-article")
    assert all(r["quote"] != "We will win this war." for r in rows)
    assert all("We will “win" not in r["quote"] for r in rows)


def test_unbalanced_mark_keeps_other_quotes(quotes_of):
    text = "Trump said, “We will win.\n\nPutin said, “We will see what happens.”"
    with pytest.warns(QuoteWarning, match="sentence 0"):
        row = one(quotes_of(text))
    assert (row["speaker_id"], row["sent_id"]) == ("vladimir_putin", 1)


@pytest.mark.parametrize("text", ["", "   ", "No quotes here at all.", "\"", "“", "”", '""'])
def test_degenerate_text_never_crashes(quotes_of, text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuoteWarning)
        assert quotes_of(text) == []


def test_rows_are_plain_json_values(quotes_of):
    rows = quotes_of("“We are ready,” Zelensky said, “but Russia is not.” Trump said, “Good.”")
    assert json.loads(json.dumps(rows)) == rows
    assert all(set(r) | {"where"} == set(Q.QUOTE_COLUMNS) for r in rows)  # the pipeline adds where


# --------------------------------------------------------------------------- through the real pipeline


@pytest.fixture
def stage_quotes(nlp, codebooks):
    """Run the sentences, mentions and quotes stages with the shipped codebooks on a text."""
    from helpers.actors import mentions_stage
    from helpers.nlp import sentence_stage

    def run(text: str) -> list[dict]:
        doc = nlp(text)
        ctx = {"article_id": "t", "published": None, "paragraph_lines": (), "codebooks": codebooks}
        ctx["sentences"] = sentence_stage(doc, ctx)
        ctx["mentions"] = mentions_stage(doc, ctx)
        return Q.quotes_stage(doc, ctx)
    return run


@pytest.mark.parametrize("text, speaker, rule", [
    # a role mention speaks for the one actor it stands for in the article
    ("Putin met Trump in Alaska.\n\n“We had a good talk,” the Russian President said.", "vladimir_putin", "cue_subject"),
    # titles belong to the name: one speaker, not "U.S." the country
    ("U.S. Secretary of State Marco Rubio, who met Ukrainian officials, stated bluntly, “We don't have high "
     "expectations.”", "marco_rubio", "clause_subject"),
    ("“Talks will continue next week,” said Kremlin aide Yuri Ushakov.", "yuri_ushakov", "after_cue"),
    # he never stands for a country or an institution
    ("Ukraine and the Kremlin traded accusations. “We will not give in,” he said.", "", ""),
    ("Zelenskyy spoke after Ukraine and Russia traded blows. “We will not give in,” he said.", "volodymyr_zelensky",
     "pronoun"),
    # she skips the men named before her (gender from the codebook)
    ("Trump met Maria Zakharova in Moscow. “This is unacceptable,” she said.", "maria_zakharova", "pronoun"),
    ("Trump met Putin in Moscow. “This is unacceptable,” she said.", "", ""),
])
def test_stage_with_the_actors_codebook(stage_quotes, text, speaker, rule):
    row = one(stage_quotes(text))
    assert (row["speaker_id"], row["speaker_rule"]) == (speaker, rule)


def test_stage_without_quote_marks_is_empty(stage_quotes):
    assert stage_quotes("Trump said talks would go on. Putin declined the offer.") == []


# --------------------------------------------------------------------------- cue list as data


def test_cue_list_is_data(tmp_path, blank):
    path = tmp_path / "cues.yaml"
    path.write_text("cues:\n  quipped: {forms: [quipped]}\n  via: {forms: [courtesy of], speaker: after}\n",
                    encoding="utf-8")
    cues = load_cues(path)
    text = "Trump quipped, “We will see.” Later, “peace is a process, not an event,” courtesy of Putin."
    doc = blank(text)
    rows = find_quotes(text, [(s.start_char, s.end_char) for s in sentences(doc)], mentions_of(text),
                       persons=PERSONS, cues=cues)
    assert [(r["speaker_id"], r["cue"]) for r in rows] == [("donald_trump", "quipped"), ("vladimir_putin", "courtesy of")]


@pytest.mark.parametrize("content, message", [
    ("cues: []\n", "non-empty 'cues:'"),
    ("cues:\n  said: {forms: []}\n", "needs a non-empty 'forms:'"),
    ("cues:\n  said: {forms: [said], speaker: sideways}\n", "speaker must be"),
    ("cues:\n  said: [said]\n  stated: [said]\n", "listed under both"),
    ("cues: [unclosed\n", "not valid YAML"),
])
def test_bad_cue_file_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "cues.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_cues(path)


def test_shipped_cue_list_records_which_form_fired():
    cues = SHIPPED_CUES
    assert cues.pattern.search("He was telling reporters").group() == "telling reporters"
    assert "according to" in cues.speaker_after


# --------------------------------------------------------------------------- the real corpus

# Counted by hand from the cleaned texts (helpers.corpus.load_corpus): every quotation,
# its first sentence, speaker, cue and kind, and its first words. Single quoted words
# ("constructive", "signals", "springboard") are not statements and have no row.
# sent_id counts the headline as sentence 0 (the trilateral-plan title is supplied, so not analysed)
EXPECTED = {
    "putin-trump-bail-istanbul": [
        (10, "volodymyr_zelensky", "said", "full", "This war started in Moscow … And how it ends"),
    ],
    "istanbul-talks-begin": [
        (3, "donald_trump", "announcing", "partial", "as soon as possible"),
        (4, "donald_trump", "stated", "full", "Peace in Ukraine cannot be achieved"),
        (5, "donald_trump", "said", "full", "As soon as we can set it up."),
        (6, "donald_trump", "remarking", "full", "I don’t go, I guarantee Putin [won’t be] going."),
    ],
    "trump-seeks-putin-meeting": [
        (3, "donald_trump", "said", "full", "I think it’s time for us to just do it"),
        (5, "donald_trump", "claimed", "full", "If I don't go, I guarantee Putin's not going. And he didn't go."),
        (16, "volodymyr_zelensky", "calling", "partial", "a theater prop"),
        (19, "marco_rubio", "stated", "full", "We don't have high expectations"),
    ],
    "trump-putin-to-meet": [
        (2, "donald_trump", "statement", "partial", "good chance"),
        (2, "donald_trump", "statement", "partial", "very soon"),
        (5, "yuri_ushakov", "said", "partial", "without comment"),
        (7, "volodymyr_zelensky", "wrote", "full", "Ukraine is not afraid of meetings"),
        (10, "donald_trump", "telling reporters", "full", "I don’t call it a breakthrough…"),
    ],
    "white-house-trilateral-plan": [
        (2, "donald_trump", "revealed", "full", "I spoke with President Putin"),
        (6, "volodymyr_zelensky", "stating", "full", "If Russia shows no willingness to meet"),
        (12, "donald_trump", "said", "full", "We’re setting the stage"),
        (14, "donald_trump", "said", "full", "It’ll be a NATO-like presence"),
        (15, "volodymyr_zelensky", "stating", "full", "America’s clear commitment"),
        (16, "maria_zakharova", "warning", "partial", "unpredictable consequences"),
        (21, "donald_trump", "maintained", "partial", "very attainable"),
        (25, "donald_trump", "stating", "full", "In a week or two"),
    ],
}


@pytest.fixture(scope="module")
def corpus_quotes(analysis):
    return Q.quotes_table(analysis)


@pytest.mark.parametrize("article_id", list(EXPECTED))
def test_corpus_quotes_per_article(corpus_quotes, article_id):
    got = corpus_quotes[corpus_quotes["article_id"] == article_id]
    assert len(got) == len(EXPECTED[article_id])
    for (_, row), (sent_id, speaker, cue, kind, start) in zip(got.iterrows(), EXPECTED[article_id]):
        assert (row["sent_id"], row["speaker_id"], row["cue"], row["kind"]) == (sent_id, speaker, cue, kind), row["quote"]
        assert row["quote"].startswith(start), row["quote"]


def test_corpus_multi_sentence_and_split_quotes(corpus_quotes, articles):
    trump = corpus_quotes[(corpus_quotes["article_id"] == "white-house-trilateral-plan") & (corpus_quotes["sent_id"] == 2)].iloc[0]
    assert trump["end_sent_id"] == 4 and trump["n_words"] == 46
    assert trump["quote"].endswith("This is a strong first step toward ending a war that’s dragged on too long.")
    split = corpus_quotes[corpus_quotes["article_id"] == "putin-trump-bail-istanbul"].iloc[0]
    assert (split["n_parts"], split["end_sent_id"], split["n_words"]) == (2, 11, 13)
    row = articles.set_index("article_id").loc["putin-trump-bail-istanbul"]
    text = analysed_text(row["text"], row["lead"])[0]  # offsets are in the analysed text: headline first
    assert text[split["start_char"]:split["end_char"]].startswith("“This war started in Moscow,” Zelenskiy said")
    assert text[split["start_char"]:split["end_char"]].endswith("depends on the world.”")


def test_quotes_table_joins_published_in_order(articles, codebooks, corpus_quotes, tmp_path):
    quotes = Q.quotes_table(analyse(articles, codebooks=codebooks, cache_dir=tmp_path / "cache"))
    pd.testing.assert_frame_equal(quotes, corpus_quotes)
    assert list(quotes.columns[:3]) == ["article_id", "published", "sent_id"]
    assert quotes["published"].is_monotonic_increasing
    assert len(quotes) == sum(map(len, EXPECTED.values())) == 22
    for aid, group in quotes.groupby("article_id"):
        assert group["start_char"].is_monotonic_increasing, aid
    again = Q.quotes_table(analyse(articles, codebooks=codebooks, cache_dir=tmp_path / "cache"))  # cached
    pd.testing.assert_frame_equal(again, quotes)


def test_corpus_quotes_have_no_warnings(articles, codebooks):
    with warnings.catch_warnings():
        warnings.simplefilter("error", QuoteWarning)
        analyse(articles, codebooks=codebooks, cache=False)


def test_stage_on_an_empty_corpus_has_the_columns(articles, codebooks):
    quotes = Q.quotes_table(analyse(articles.iloc[0:0], codebooks=codebooks, cache=False))
    assert quotes.empty and {"speaker_id", "quote", "published"} <= set(quotes.columns)


# --------------------------------------------------------------------------- notebook helpers

ACTORS = pd.DataFrame([
    {"actor_id": "donald_trump", "name": "Donald Trump", "kind": "person", "side": "us"},
    {"actor_id": "marco_rubio", "name": "Marco Rubio", "kind": "person", "side": "us"},
    {"actor_id": "vladimir_putin", "name": "Vladimir Putin", "kind": "person", "side": "russia"},
    {"actor_id": "russia", "name": "Russia", "kind": "country", "side": "russia"},
])
SMALL_ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "published": pd.to_datetime(["2025-05-02", "2025-05-01"]),
                               "n_words": [100, 50]})
SMALL_QUOTES = pd.DataFrame({
    "article_id": ["a", "a", "a", "a", "b"],
    "speaker_id": ["donald_trump", "marco_rubio", "donald_trump", "", "vladimir_putin"],
    "n_words": [10, 20, 10, 10, 5],
})
SMALL_MENTIONS = pd.DataFrame({
    "article_id": ["a", "a", "a", "b", "b", "b"],
    "actor_id": ["donald_trump", "vladimir_putin", "russia", "vladimir_putin", "russia", "marco_rubio"],
    "form": ["name", "name", "name", "name", "name", "role"],
})


def test_quote_shares_by_actor():
    shares = Q.quote_shares(SMALL_QUOTES, SMALL_ARTICLES, actors=ACTORS)
    assert list(shares["article_id"]) == ["b", "a", "a", "a"]     # publication order
    a = shares[shares["article_id"] == "a"].set_index("actor_id")
    assert a.loc["donald_trump", "quoted_words"] == 20 and a.loc["donald_trump", "quotes"] == 2
    assert a.loc["donald_trump", "share"] == pytest.approx(0.4)
    assert a.loc["donald_trump", "share_of_text"] == pytest.approx(0.2)
    assert a.loc[Q.UNATTRIBUTED, "side"] == "unknown"
    assert shares.groupby("article_id")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_quote_shares_by_side():
    shares = Q.quote_shares(SMALL_QUOTES, SMALL_ARTICLES, by="side", actors=ACTORS)
    a = shares[shares["article_id"] == "a"].set_index("side")["share"].to_dict()
    assert a == pytest.approx({"us": 0.8, "unknown": 0.2})
    with pytest.raises(ValueError, match="by must be"):
        Q.quote_shares(SMALL_QUOTES, SMALL_ARTICLES, by="outlet", actors=ACTORS)


def test_quote_shares_of_no_quotes():
    empty = Q.quote_shares(SMALL_QUOTES.iloc[0:0], SMALL_ARTICLES, actors=ACTORS)
    assert empty.empty and "share" in empty.columns


def test_speakers():
    table = Q.speakers(pd.DataFrame({**SMALL_QUOTES, "kind": ["full", "partial", "full", "full", "full"]}),
                       SMALL_MENTIONS, actors=ACTORS).set_index("actor_id")
    assert table.index.tolist() == ["donald_trump", "marco_rubio", Q.UNATTRIBUTED, "vladimir_putin"]
    assert table.loc["donald_trump", ["quotes", "quoted_words", "full", "partial", "name_mentions"]].tolist() == [
        2, 20, 2, 0, 1]
    assert table.loc["marco_rubio", "name_mentions"] == 0          # a role mention is not a name mention
    assert table.loc[Q.UNATTRIBUTED, "side"] == "unknown"
    assert table["share_of_quoted_words"].sum() == pytest.approx(1.0)
    assert Q.speakers(SMALL_QUOTES.iloc[0:0].assign(kind=[]), actors=ACTORS).empty


def test_never_quoted():
    cov = Q.actor_coverage(SMALL_MENTIONS, SMALL_QUOTES, actors=ACTORS).set_index("actor_id")
    assert cov.loc["vladimir_putin", ["mentions", "quotes", "quoted"]].tolist() == [2, 1, True]
    assert cov.loc["marco_rubio", ["mentions", "quotes"]].tolist() == [0, 1]    # quoted, named only by role
    never = Q.never_quoted(SMALL_MENTIONS, SMALL_QUOTES, actors=ACTORS)
    assert never["actor_id"].tolist() == ["russia"]
    assert Q.never_quoted(SMALL_MENTIONS, SMALL_QUOTES, actors=ACTORS, kinds=["person"]).empty


def test_never_quoted_on_the_corpus(analysis, corpus_quotes):
    actors = analysis.codebooks.actor_table()
    never = Q.never_quoted(analysis.mentions, corpus_quotes, actors=actors, kinds=["person"])
    assert "vladimir_putin" in set(never["actor_id"])      # the most-discussed person is never quoted
    quoted = set(corpus_quotes["speaker_id"]) - {""}
    assert quoted == {"donald_trump", "volodymyr_zelensky", "marco_rubio", "yuri_ushakov", "maria_zakharova"}
    assert not quoted & set(never["actor_id"])
    shares = Q.quote_shares(corpus_quotes, analysis.articles, actors=actors, by="side")
    assert shares.groupby("article_id")["share"].sum().tolist() == pytest.approx([1.0] * 5)
    assert set(shares["side"]) == {"us", "ukraine", "russia"}
