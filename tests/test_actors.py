"""helpers.actors and corpus/actors.yaml: codebook validation, matching, and the tables on mentions.

The per-article counts below were made by hand, reading the cleaned text of
each article (``load_corpus()``) and counting every name of every actor under
the rules in the header of ``corpus/actors.yaml``: a title before a person's
name is part of that one mention, adjectives ("Russian oil") are not mentions,
hyphen- and dash-joined names ("Trump–Putin", "U.S.-Ukraine-Turkey") count
each, the longest name wins ("Melania Trump").
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from helpers.actors import (
    CodebookError,
    MENTION_COLUMNS,
    add_to_pipeline,
    co_mention_matrix,
    co_mentions,
    count_mentions,
    kwic,
    load_codebook,
    mention_matrix,
    mentions_stage,
    side_shares,
    unknown_names,
)
from helpers.corpus import analysed_text, load_corpus
from helpers.nlp import blank_pipeline, sentence_stage
from helpers.codebooks import load_codebooks
from helpers.pipeline import analyse
from tests.conftest import FIXTURE_CORPUS

CORPUS = FIXTURE_CORPUS

FIXED_IDS = [
    "donald_trump", "melania_trump", "vladimir_putin", "volodymyr_zelensky", "olena_zelenska",
    "marco_rubio", "steve_witkoff", "vladimir_medinsky", "rustem_umerov", "yuri_ushakov",
    "alexander_fomin", "maria_zakharova", "mark_rutte", "friedrich_merz", "kremlin",
    "russian_foreign_ministry", "nato", "european_union", "european_commission", "tass", "russia",
    "ukraine", "united_states", "turkey", "india", "europe", "france", "germany", "britain", "italy",
    "finland",
]

PERSONS = [
    "donald_trump", "melania_trump", "marco_rubio", "steve_witkoff", "vladimir_putin",
    "vladimir_medinsky", "yuri_ushakov", "alexander_fomin", "maria_zakharova", "volodymyr_zelensky",
    "olena_zelenska", "rustem_umerov", "mark_rutte", "friedrich_merz",
]

# Hand count of NAME mentions (form="name"); every actor not listed has 0.
NAME_COUNTS: dict[str, dict[str, int]] = {
    "putin-trump-bail-istanbul": {
        # headline "Putin and Trump Bail on High-Stakes Ukraine Peace Talks, ...": Putin, Trump, Ukraine
        # body: "Vladimir Putin" + Putin x3 + "Putin’s"; "the Russian President" is a role, not counted here
        "vladimir_putin": 6,
        "donald_trump": 5,          # headline Trump; "Donald Trump", Trump x3
        "volodymyr_zelensky": 2,    # "Ukrainian President Volodymyr Zelenskiy", "Zelenskiy said"
        "vladimir_medinsky": 1,     # "Kremlin adviser Vladimir Medinsky" (one mention, no Kremlin)
        "alexander_fomin": 1,       # "Deputy Defense Minister Alexander Fomin"
        "marco_rubio": 1,           # "Secretary of State Marco Rubio"
        "kremlin": 2,               # "The Kremlin’s message", "the Kremlin is offering"
        "russia": 7,                # Russia x3 (incl. "—Russia"), Moscow x4
        "ukraine": 9,               # headline Ukraine; Ukraine x5, Kyiv x3
        "united_states": 1,         # "The U.S. delegation"
        "turkey": 1,
        "europe": 1,                # "Europe’s largest land war"
        "nato": 1,                  # "NATO ambitions"
    },
    "istanbul-talks-begin": {
        # headline "Ukraine-Russia War: ... as Trump Eyes Meeting with Putin": Ukraine, Russia, Trump, Putin
        "donald_trump": 5,          # headline; "Former U.S. President Donald Trump", Trump x2, "Trump’s"
        "vladimir_putin": 5,        # headline; "Russian President Vladimir Putin" x2, Putin x2
        "volodymyr_zelensky": 1,
        "vladimir_medinsky": 2,     # "Kremlin aide Vladimir Medinsky", "Medinsky was spotted"
        "rustem_umerov": 1,         # "Defense Minister Rustem Umerov"
        "russia": 6,                # headline; "Ukraine-Russia", Russia, "Moscow’s" x2, "Russia-Ukraine-Turkey"
        "ukraine": 8,               # headline; incl. "U.S.-Ukraine-Turkey", "Russia-Ukraine-Turkey", "Kyiv’s"
        "united_states": 4,         # "United States", "U.S.-Ukraine", "U.S. and Turkish", "U.S. government"
        "turkey": 3,                # "Istanbul, Turkey", "-Turkey" x2
        "europe": 1,
    },
    "trump-seeks-putin-meeting": {
        # headline "Trump Seeks Urgent Meeting with Putin After Skipping Russia-Ukraine Peace Talks"
        "donald_trump": 9,          # headline + 8 in the body
        "vladimir_putin": 10,       # headline; incl. "Putin's not going", "Putin's absence", "President Putin"
        "volodymyr_zelensky": 3,    # Zelenskyy x3
        "vladimir_medinsky": 1,     # "presidential aide Vladimir Medinsky"
        "rustem_umerov": 1,
        "marco_rubio": 1,           # "U.S. Secretary of State Marco Rubio" (no U.S. mention)
        "russia": 8,                # headline "Russia-Ukraine"; Russia/Russia's/Russia’s x5, Moscow x2
        "ukraine": 9,               # headline; Ukraine x7, Kyiv
        "united_states": 2,         # "a U.S. and European-backed proposal", Washington
        "europe": 1,                # "the West"
    },
    "trump-putin-to-meet": {
        # headline "Trump and Putin to Meet Amid Ukraine War Tensions; Zelensky Open to Summit"
        "donald_trump": 9,          # headline; incl. "Trump’s statement", "Trump–Putin" x2
        "vladimir_putin": 7,        # headline + 6
        "volodymyr_zelensky": 5,    # headline + 4
        "yuri_ushakov": 2,          # "Kremlin aide Yuri Ushakov", "Ushakov said"
        "steve_witkoff": 1,         # "U.S. Special Envoy Steve Witkoff"
        "kremlin": 3,
        "russia": 10,               # Russia x5 + "Russia’s", Moscow x2, "the Russian side" x2
        "ukraine": 9,               # headline + 8
        "united_states": 2,         # "U.S. sanctions", "The U.S. on Tuesday"
        "europe": 2,                # Europe, "Western partners"
        "india": 1,                 # "India’s" ("Indian imports" is an adjective)
    },
    "white-house-trilateral-plan": {
        # the title is supplied by us (title_basis=supplied), so it is not analysed
        "donald_trump": 14,
        "vladimir_putin": 10,       # incl. "Putin-Zelenskyy meeting", "Putin’s adviser"
        "volodymyr_zelensky": 12,   # incl. the heading "European Concerns and Zelenskyy’s Stance"
        "olena_zelenska": 1,        # "Olena Zelenska" (not Volodymyr Zelensky)
        "melania_trump": 2,         # "Melania Trump", "from Melania" (neither is Donald Trump)
        "yuri_ushakov": 1,
        "mark_rutte": 1,            # "NATO Secretary General Mark Rutte" (no NATO mention)
        "maria_zakharova": 1,       # "spokesperson Maria Zakharova"
        "friedrich_merz": 1,        # "German Chancellor Friedrich Merz"
        "russia": 7,                # "Russia’s Foreign Ministry" is the ministry, not Russia
        "ukraine": 7,
        "united_states": 6,         # the U.S. x2, U.S. troops/involvement/aid, "America’s"
        "europe": 6,                # "European leaders" x3, Europe, "Europe’s", "EU leaders"
        "nato": 2,                  # "NATO-like presence", "NATO peacekeeping force"
        "tass": 1,
        "white_house": 1,
        "fox_news": 1,
        "russian_foreign_ministry": 1,
        "european_commission": 1,
        "france": 1, "germany": 1, "britain": 1, "italy": 1, "finland": 1,
    },
}
ARTICLE_IDS = list(NAME_COUNTS)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def actor_nlp(codebooks):
    """Blank pipeline plus the actor ruler only (independent of the other components)."""
    nlp = blank_pipeline()
    add_to_pipeline(nlp, codebooks)
    return nlp


@pytest.fixture(scope="module")
def corpus_mentions(actor_nlp) -> pd.DataFrame:
    articles = load_corpus(CORPUS)
    texts = [analysed_text(body, lead)[0] for body, lead in zip(articles["text"], articles["lead"])]  # with headlines
    rows = []
    for doc, aid in zip(actor_nlp.pipe(texts), articles["article_id"]):
        ctx = {"article_id": aid}
        ctx["sentences"] = sentence_stage(doc, ctx)
        rows.extend(mentions_stage(doc, ctx))
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _names(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["actors"]]


def _roles(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.label_) for s in doc.spans["actor_roles"]]


def _write_corpus(make_corpus, text: str, *, codebook: str | None = None) -> Path:
    root = make_corpus({"made-up.txt": text})
    if codebook is not None:
        (root / "actors.yaml").write_text(codebook, encoding="utf-8")
        # the lexicon's demonyms name actors this small codebook does not have
        lexicon = (root / "stance_cues.yaml").read_text(encoding="utf-8")
        (root / "stance_cues.yaml").write_text(lexicon.split("\ndemonyms:")[0] + "\n", encoding="utf-8")
        # and the affiliations name sides it does not declare
        (root / "affiliations.yaml").write_text("office_words: [minister, spokesman]\n", encoding="utf-8")
    return root


def test_a_demonym_must_name_a_codebook_actor(make_corpus):
    root = make_corpus({"made-up.txt": "Trump met Putin."})
    (root / "actors.yaml").write_text(VALID, encoding="utf-8")
    with pytest.raises(CodebookError, match=r"stance_cues.yaml: demonyms: 'European' points to actor 'europe', "
                                            r"which .*actors.yaml does not define"):
        load_codebooks(root)


# --------------------------------------------------------------------------- codebook


def test_codebook_has_the_fixed_ids_and_every_person():
    book = load_codebook(CORPUS / "actors.yaml")
    assert set(FIXED_IDS) <= set(book.actors)
    assert {a.actor_id for a in book if a.kind == "person"} == set(PERSONS)
    assert book["mark_rutte"].side == book["nato"].side == "europe"
    assert book["melania_trump"].side == "us" and book["olena_zelenska"].side == "ukraine"
    table = book.table()
    assert list(table.columns[:4]) == ["actor_id", "name", "kind", "side"]
    assert table["actor_id"].is_unique


SIDES = """\
sides:
  - {side_id: us, label: US, colour: "#0072B2"}
  - {side_id: russia, label: Russia, colour: "#D55E00"}
  - {side_id: other, label: Other, colour: "#7F7F7F"}
"""

VALID = SIDES + """\
actors:
  - actor_id: donald_trump
    name: Donald Trump
    kind: person
    side: us
    aliases: [Trump]
  - actor_id: vladimir_putin
    name: Vladimir Putin
    kind: person
    side: russia
    aliases: [Putin]
"""


@pytest.mark.parametrize("text, message", [
    (VALID + "  - actor_id: donald_trump\n    name: Other\n    kind: person\n    side: us\n    aliases: []\n",
     "duplicate actor_id 'donald_trump'"),
    (VALID + "  - actor_id: trump_tower\n    name: Trump Tower\n    kind: organisation\n    side: us\n"
             "    aliases: [trump]\n",
     "alias 'trump' is already claimed by actor donald_trump"),
    (VALID.replace("side: russia", "side: kremlin"), "side 'kremlin' is not declared under 'sides:'"),
    (VALID.replace("kind: person\n    side: russia", "kind: politician\n    side: russia"),
     "unknown kind 'politician'"),
    (VALID.replace("    side: russia\n", ""), "missing field(s) side"),
    (VALID.replace("    aliases: [Putin]\n", ""), "missing field(s) aliases"),
    (VALID.replace("aliases: [Putin]", "aliases: Putin"), "'aliases' must be a list"),
    (VALID.replace("aliases: [Putin]", "aliases: [Putin]\n    alias: [Vlad]"), "unknown field(s) alias"),
    (VALID.replace("actor_id: vladimir_putin", "actor_id: Vladimir Putin"), "actor_id must be snake_case"),
    (VALID.replace("aliases: [Putin]", "aliases: [Putin]\n    roles: [trump]"),
     "role 'trump' is also a name of actor donald_trump"),
    (VALID + "not_actors: [Putin]\n", "not_actors entry 'Putin' is a name of actor vladimir_putin"),
    (VALID + "people: []\n", "unknown section(s) people"),
    (VALID.replace("aliases: [Putin]", "aliases: [Putin"), "not valid YAML"),
    ("", "is empty"),
    ("# only a comment\n", "is empty"),
    (SIDES + "actors: []\n", "non-empty list of actors"),
    ("actors: []\n", "'sides:' must be a non-empty list"),
    (VALID.replace("{side_id: us,", "{side_id: United States,"), "side_id must be snake_case"),
    (VALID.replace('"#0072B2"', "blue"), "colour must be a hex colour"),
    (VALID.replace("  - {side_id: other, label: Other, colour: \"#7F7F7F\"}\n", ""), "must declare the side 'other'"),
    (VALID.replace("aliases: [Trump]", "aliases: [Trump, T]"), "'T' is shorter than 2 characters"),
    (VALID.replace("aliases: [Trump]", "aliases: [Trump, a]"), "'a' is shorter than 2 characters"),
    (VALID.replace("aliases: [Trump]", "aliases: [Trump, we]"), "'we' is a common English word"),
])
def test_codebook_errors_name_the_file_and_the_actor(tmp_path, text, message):
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError) as err:
        load_codebook(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)
    if "actor #" in str(err.value) and "snake_case" not in message:
        assert "(donald_trump)" in str(err.value) or "(vladimir_putin)" in str(err.value) \
            or "(trump_tower)" in str(err.value)


def test_codebook_missing_file(tmp_path):
    with pytest.raises(CodebookError, match="not found"):
        load_codebook(tmp_path / "nope.yaml")


def test_codebook_error_stops_loading_the_codebooks(tmp_path):
    (tmp_path / "actors.yaml").write_text(VALID.replace("side: us\n", "side: usa\n"), encoding="utf-8")
    with pytest.raises(CodebookError, match=r"actor #1 \(donald_trump\): side 'usa' is not declared"):
        load_codebooks(tmp_path)


def test_sides_are_data(tmp_path):
    extra = VALID.replace("  - {side_id: other", "  - {side_id: china, label: China, colour: \"#AA3377\"}\n"
                                                  "  - {side_id: other")
    extra += ("  - actor_id: xi_jinping\n    name: Xi Jinping\n    kind: person\n    side: china\n"
              "    aliases: [Xi]\n")
    path = tmp_path / "actors.yaml"
    path.write_text(extra, encoding="utf-8")
    book = load_codebook(path)
    assert list(book.sides) == ["us", "russia", "china", "other"]
    assert book.sides["china"].label == "China" and book.sides["china"].colour == "#AA3377"
    assert book.side_of("xi_jinping") == "china" and book.side_of("nobody") == "other"
    assert book.persons == {"donald_trump", "vladimir_putin", "xi_jinping"}
    assert book.governments == frozenset()


def test_government_bodies_are_the_actors_of_kind_government(codebooks):
    assert {"kremlin", "russian_foreign_ministry", "white_house"} <= codebooks.actors.governments
    assert not codebooks.actors.governments & {"russia", "vladimir_putin", "nato", "european_union"}


def test_news_outlets_are_of_kind_media(codebooks):
    assert codebooks.actors.media == {"tass", "fox_news"}


def test_a_corpus_codebook_replaces_the_shipped_one(make_corpus):
    root = _write_corpus(make_corpus, "Trump met Putin in Moscow. Putin smiled.",
                         codebook=VALID.replace("aliases: [Putin]", "aliases: [Putin]\n    roles: [the host]"))
    counts = count_mentions(analyse(load_corpus(root), corpus_dir=root, cache=False))
    assert dict(zip(counts["actor_id"], counts["mentions"])) == {"vladimir_putin": 2, "donald_trump": 1}
    # Moscow is no actor in that codebook


# --------------------------------------------------------------------------- corpus counts


@pytest.mark.parametrize("article_id", ARTICLE_IDS)
def test_name_counts_per_article(corpus_mentions, article_id):
    names = corpus_mentions[(corpus_mentions["article_id"] == article_id) & (corpus_mentions["form"] == "name")]
    assert dict(Counter(names["actor_id"])) == NAME_COUNTS[article_id]


@pytest.mark.parametrize("article_id, actor_id",
                         [(a, p) for a in ARTICLE_IDS for p in PERSONS])
def test_person_name_counts(corpus_mentions, article_id, actor_id):
    m = corpus_mentions
    got = int(((m["article_id"] == article_id) & (m["actor_id"] == actor_id) & (m["form"] == "name")).sum())
    assert got == NAME_COUNTS[article_id].get(actor_id, 0)


def test_shared_surnames_in_the_corpus(corpus_mentions):
    m = corpus_mentions[corpus_mentions["article_id"] == "white-house-trilateral-plan"]
    assert m.loc[m["actor_id"] == "melania_trump", "text"].tolist() == ["Melania Trump", "Melania"]
    assert m.loc[m["actor_id"] == "olena_zelenska", "text"].tolist() == ["Olena Zelenska"]
    assert not m["text"].str.contains("Melania|Olena").loc[
        m["actor_id"].isin(["donald_trump", "volodymyr_zelensky"])].any()


def test_role_counts_in_the_corpus(corpus_mentions):
    roles = corpus_mentions[corpus_mentions["form"] == "role"]
    assert roles[["article_id", "actor_id", "text"]].values.tolist() == [
        ["putin-trump-bail-istanbul", "vladimir_putin", "the Russian President"],
    ]


def test_titles_are_part_of_the_mention(corpus_mentions):
    texts = set(corpus_mentions["text"])
    for full in ["Russian President Vladimir Putin", "Former U.S. President Donald Trump",
                 "U.S. Secretary of State Marco Rubio", "Defense Minister Rustem Umerov",
                 "NATO Secretary General Mark Rutte", "Kremlin aide Yuri Ushakov",
                 "U.S. Special Envoy Steve Witkoff", "Ukrainian President Volodymyr Zelenskiy"]:
        assert full in texts, full


def test_mention_rows_point_at_their_sentence(corpus_mentions):
    articles = load_corpus(CORPUS)
    texts = {aid: analysed_text(body, lead)[0]
             for aid, body, lead in zip(articles["article_id"], articles["text"], articles["lead"])}
    sentences = {}
    nlp = blank_pipeline()
    for aid, doc in zip(texts, nlp.pipe(texts.values())):
        for row in sentence_stage(doc, {"article_id": aid}):
            sentences[(aid, row["sent_id"])] = row
    for row in corpus_mentions.itertuples():
        assert texts[row.article_id][row.start_char:row.end_char] == row.text
        sent = sentences[(row.article_id, row.sent_id)]
        assert sent["start_char"] <= row.start_char < row.end_char <= sent["end_char"]


def test_mentions_stage_rows_are_json_plain(actor_nlp):
    doc = actor_nlp("Trump met Putin.\n\nThe Russian President left.")
    rows = mentions_stage(doc, {"article_id": "x"})
    assert json.loads(json.dumps(rows)) == rows
    assert [(r["sent_id"], r["text"], r["form"]) for r in rows] == [
        (0, "Trump", "name"), (0, "Putin", "name"), (1, "The Russian President", "role")]
    assert list(rows[0]) + ["where"] == sorted(MENTION_COLUMNS, key=lambda c: c == "where")  # the pipeline adds where


def test_mentions_stage_needs_the_ruler():
    doc = blank_pipeline()("Trump met Putin.")
    with pytest.raises(ValueError, match="actor_ruler"):
        mentions_stage(doc, {"article_id": "x"})


# --------------------------------------------------------------------------- matching rules


@pytest.mark.parametrize("text, expected", [
    ("Trump’s visit and Trump's call.", [("Trump", "donald_trump"), ("Trump", "donald_trump")]),
    ("The Trump–Putin meeting.", [("Trump", "donald_trump"), ("Putin", "vladimir_putin")]),
    ("The Putin-Zelenskyy meeting.", [("Putin", "vladimir_putin"), ("Zelenskyy", "volodymyr_zelensky")]),
    ("A U.S.-Ukraine-Turkey meeting.", [("U.S.", "united_states"), ("Ukraine", "ukraine"), ("Turkey", "turkey")]),
    ("U.S.-led talks.", [("U.S.", "united_states")]),
    ("Zelensky, Zelenskyy and Zelenskiy.", [("Zelensky", "volodymyr_zelensky"),
                                             ("Zelenskyy", "volodymyr_zelensky"),
                                             ("Zelenskiy", "volodymyr_zelensky")]),
    ("Melania Trump met Donald Trump.", [("Melania Trump", "melania_trump"), ("Donald Trump", "donald_trump")]),
    ("A letter from Melania to Trump.", [("Melania", "melania_trump"), ("Trump", "donald_trump")]),
    ("His wife, Olena Zelenska, wrote to Zelensky.", [("Olena Zelenska", "olena_zelenska"),
                                                      ("Zelensky", "volodymyr_zelensky")]),
    ("Zelenska spoke.", [("Zelenska", "olena_zelenska")]),
    ("Russian President Vladimir Putin spoke.", [("Russian President Vladimir Putin", "vladimir_putin")]),
    ("President Putin spoke.", [("President Putin", "vladimir_putin")]),
    ("U.S. Secretary of State Marco Rubio said.", [("U.S. Secretary of State Marco Rubio", "marco_rubio")]),
    ("Defense Minister Rustem Umerov led.", [("Defense Minister Rustem Umerov", "rustem_umerov")]),
    ("NATO Secretary General Mark Rutte warned.", [("NATO Secretary General Mark Rutte", "mark_rutte")]),
    ("Kremlin aide Yuri Ushakov said.", [("Kremlin aide Yuri Ushakov", "yuri_ushakov")]),
    ("The First Lady Melania Trump wrote.", [("First Lady Melania Trump", "melania_trump")]),
    ("Russian oil, Ukrainian grain and American interests.", []),
    ("Russia’s demands and Moscow's objection.", [("Russia", "russia"), ("Moscow", "russia")]),
    ("Russia’s Foreign Ministry rejected it.", [("Russia’s Foreign Ministry", "russian_foreign_ministry")]),
    # not in the test codebook: a provisional actor, his side read off the title
    ("Russia's Foreign Minister Sergei Lavrov said.", [("Russia", "russia"), ("Sergei Lavrov", "sergei_lavrov")]),
    ("The U.S. and the West agreed.", [("U.S.", "united_states"), ("the West", "europe")]),
    ("The West agreed.", [("The West", "europe")]),
    ("The Russian side said no.", [("The Russian side", "russia")]),
    ("The Washington Post reported from the West Bank.", []),
    ("The Kremlin said Washington would act.", [("Kremlin", "kremlin"), ("Washington", "united_states")]),
    ("TRUMP trumps everyone in the us.", []),
])
def test_name_matching(actor_nlp, text, expected):
    assert _names(actor_nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A U.S.-Ukraine-Turkey meeting.", [("U.S.", "united_states"), ("Ukraine", "ukraine"), ("Turkey", "turkey")]),
    ("The E.U.—backed plan.", [("E.U.", "european_union")]),
])
def test_joined_abbreviation_split_by_the_ruler_on_a_plain_tokenizer(codebooks, text, expected):
    """spaCy's own tokenizer keeps "U.S.-Ukraine" whole; the ruler splits it (the workbook's tokenizer already has)."""
    import spacy

    nlp = spacy.blank("en")
    assert not any(t.text == "U.S." for t in nlp("U.S.-led talks."))
    add_to_pipeline(nlp, codebooks)
    assert _names(nlp, text) == expected


def test_workbook_tokenizer_splits_joined_abbreviations():
    nlp = blank_pipeline()
    assert [t.text for t in nlp("U.S.-led and E.U.—backed, cease-fire")] == \
        ["U.S.", "-", "led", "and", "E.U.", "—", "backed", ",", "cease", "-", "fire"]


@pytest.mark.parametrize("text, names, roles", [
    ("The Russian President said no.", [], [("The Russian President", "vladimir_putin")]),
    ("Putin met Trump. The Russian president smiled.",
     [("Putin", "vladimir_putin"), ("Trump", "donald_trump")], [("The Russian president", "vladimir_putin")]),
    # apposition: the role is part of the name mention
    ("The Russian President, Vladimir Putin, said no.", [("Vladimir Putin", "vladimir_putin")], []),
    ("Putin, the Russian President, said no.", [("Putin", "vladimir_putin")], []),
    # a title, not a role
    ("Russian President Vladimir Putin said no.", [("Russian President Vladimir Putin", "vladimir_putin")], []),
    # "Kremlin aide" is shared by Ushakov and Medinsky: resolved only when one of them is named
    ("A Kremlin aide said Ushakov would go.", [("Ushakov", "yuri_ushakov")], [("Kremlin aide", "yuri_ushakov")]),
    ("A Kremlin aide said Ushakov and Medinsky disagreed.",
     [("Ushakov", "yuri_ushakov"), ("Medinsky", "vladimir_medinsky")], []),
    ("A Kremlin aide said so.", [], []),
    # a name inside a role belongs to the role
    ("The U.S. President said so.", [], [("The U.S. President", "donald_trump")]),
    ("The first lady wrote.", [], [("The first lady", "melania_trump")]),
    ("Zelensky spoke. The Ukrainian leader smiled.",
     [("Zelensky", "volodymyr_zelensky")], [("The Ukrainian leader", "volodymyr_zelensky")]),
    ("Ukraine’s president spoke.", [], [("Ukraine’s president", "volodymyr_zelensky")]),
])
def test_role_matching(actor_nlp, text, names, roles):
    doc = actor_nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["actors"]] == names
    assert [(s.text, s.label_) for s in doc.spans["actor_roles"]] == roles


MINISTRIES = VALID + """\
  - actor_id: chile
    name: Chile
    kind: country
    side: other
    aliases: [Santiago]
  - actor_id: peru
    name: Peru
    kind: country
    side: other
    aliases: [Lima]
  - actor_id: chilean_foreign_ministry
    name: Chilean Foreign Ministry
    kind: government
    side: other
    aliases: [Chile's foreign ministry]
    roles: [the foreign ministry]
  - actor_id: peruvian_foreign_ministry
    name: Peruvian Foreign Ministry
    kind: government
    side: other
    aliases: [Peru's foreign ministry]
    roles: [the foreign ministry]
"""


@pytest.mark.parametrize("text, roles", [
    # a role several bodies share is the one of the country the sentence places it in ...
    ("Peru and Chile reacted. In Santiago, the foreign ministry welcomed the talks.",
     [("the foreign ministry", "chilean_foreign_ministry")]),
    # ... or the country it speaks for right after "said"
    ("Peru and Chile reacted. The foreign ministry said Peru backed a truce.",
     [("The foreign ministry", "peruvian_foreign_ministry")]),
    ("Peru and Chile reacted. The foreign ministry has said that Chile backs a truce.",
     [("The foreign ministry", "chilean_foreign_ministry")]),
    # unplaced, it stays unresolved; inside a person's title it is no role at all
    ("Peru and Chile reacted. The foreign ministry welcomed the talks.", []),
    ("In Lima, the foreign ministry spokeswoman said Peru backed a truce.", []),
])
def test_a_shared_role_is_the_body_of_the_country_the_sentence_names(tmp_path, text, roles):
    (tmp_path / "actors.yaml").write_text(MINISTRIES, encoding="utf-8")
    nlp = blank_pipeline()
    ruler = nlp.add_pipe("actor_ruler")
    ruler.configure(load_codebook(tmp_path / "actors.yaml"))
    doc = nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["actor_roles"]] == roles


def test_unresolved_roles_are_kept_for_inspection(actor_nlp):
    doc = actor_nlp("A Kremlin aide said Ushakov and Medinsky disagreed.")
    assert [(s.text, s.label_) for s in doc.spans["actor_roles_unresolved"]] == [
        ("Kremlin aide", "vladimir_medinsky|yuri_ushakov")]


def test_joined_token_split_keeps_sentences_and_offsets(actor_nlp):
    text = "Talks ended.\n\nU.S.-led talks began. A U.S.-Russia deal followed."
    doc = actor_nlp(text)
    assert doc.text == text
    from helpers.nlp import sentences
    assert [s.text for s in sentences(doc)] == ["Talks ended.", "U.S.-led talks began.", "A U.S.-Russia deal followed."]
    assert [(s.text, s.label_) for s in doc.spans["actors"]] == [
        ("U.S.", "united_states"), ("U.S.", "united_states"), ("Russia", "russia")]


# --------------------------------------------------------------------------- tables

MADE_UP = (
    "Trump met Putin. Trump met Putin again, and Zelensky waited.\n\n"
    "Putin called Zelensky. The Russian President said Russia would wait."
)


@pytest.fixture
def made_up(make_corpus):
    root = _write_corpus(make_corpus, MADE_UP)
    return root, analyse(load_corpus(root), corpus_dir=root, cache=False)


def test_count_mentions_table(made_up):
    root, an = made_up
    counts = count_mentions(an)
    assert list(counts.columns) == ["article_id", "published", "actor_id", "name", "kind", "side", "form",
                                    "mentions", "provisional"]
    assert not counts["provisional"].any()
    assert counts[["actor_id", "form", "mentions"]].values.tolist() == [
        ["vladimir_putin", "name", 3], ["donald_trump", "name", 2], ["volodymyr_zelensky", "name", 2],
        ["russia", "name", 1], ["vladimir_putin", "role", 1]]
    assert counts["mentions"].dtype == "int64"
    assert counts.loc[0, ["name", "kind", "side"]].tolist() == ["Vladimir Putin", "person", "russia"]
    assert count_mentions(an, form="role")["actor_id"].tolist() == ["vladimir_putin"]
    with pytest.raises(ValueError, match="form"):
        count_mentions(an, form="names")


def test_count_mentions_zero_rows(made_up):
    root, an = made_up
    full = count_mentions(an, zeros=True, form="name")
    assert len(full) == len(an.codebooks.actors)
    assert full.loc[full["actor_id"] == "melania_trump", "mentions"].tolist() == [0]
    assert full["mentions"].sum() == 8


def test_count_mentions_on_the_corpus_matches_the_hand_count(analysis):
    counts = count_mentions(analysis, form="name")
    got = {aid: dict(zip(g["actor_id"], g["mentions"])) for aid, g in counts.groupby("article_id")}
    assert got == NAME_COUNTS
    # sorted by date, article, mentions (desc), actor
    assert counts["article_id"].drop_duplicates().tolist() == ARTICLE_IDS
    first = counts[counts["article_id"] == ARTICLE_IDS[0]]
    assert first["actor_id"].tolist()[:3] == ["ukraine", "russia", "vladimir_putin"]


def test_count_mentions_with_or_without_headlines(analysis):
    everywhere = count_mentions(analysis, form="name")
    body = count_mentions(analysis, form="name", where=("body",))
    headline = count_mentions(analysis, form="name", where=("headline",))
    trump = lambda t: int(t.loc[t["actor_id"] == "donald_trump", "mentions"].sum())  # noqa: E731
    assert (trump(everywhere), trump(body), trump(headline)) == (42, 38, 4)
    assert headline.groupby("article_id")["mentions"].sum().to_dict() == {
        "putin-trump-bail-istanbul": 3, "istanbul-talks-begin": 4, "trump-seeks-putin-meeting": 4,
        "trump-putin-to-meet": 4}
    with pytest.raises(ValueError, match="where must name parts of an article"):
        count_mentions(analysis, where=("footer",))


def test_mention_matrix_and_side_shares(analysis):
    counts = count_mentions(analysis)
    matrix = mention_matrix(counts)
    assert list(matrix.columns) == ARTICLE_IDS  # date order
    assert matrix.index[0] == "donald_trump"    # most mentioned first (42 names, 4 of them in headlines)
    assert matrix.loc["melania_trump"].tolist() == [0, 0, 0, 0, 2]
    shares = side_shares(counts, sides=analysis.codebooks.side_order)
    assert shares.groupby("article_id")["share"].sum().round(9).eq(1).all()
    first = shares[shares["article_id"] == ARTICLE_IDS[0]].set_index("side")["mentions"].to_dict()
    assert first == {"us": 7, "russia": 17, "ukraine": 11, "europe": 2, "turkey": 1}  # headline: Trump, Putin, Ukraine


def test_co_mentions(made_up):
    _, an = made_up
    co = co_mentions(an)
    assert list(co.columns[:5]) == ["actor_a", "actor_b", "sentences", "articles", "example"]
    assert co[["actor_a", "actor_b", "sentences", "articles"]].values.tolist() == [
        ["donald_trump", "vladimir_putin", 2, 1],
        ["vladimir_putin", "volodymyr_zelensky", 2, 1],
        ["donald_trump", "volodymyr_zelensky", 1, 1],
    ]
    assert co["example"].tolist() == ["Trump met Putin.", "Trump met Putin again, and Zelensky waited.",
                                      "Trump met Putin again, and Zelensky waited."]
    assert co[["example_article_id", "example_sent_id"]].values.tolist()[0] == ["made-up", 0]
    # the role sentence pairs Putin with Russia only when roles are included
    with_roles = co_mentions(an, form=None)
    assert ["russia", "vladimir_putin", 1, 1] in with_roles[["actor_a", "actor_b", "sentences", "articles"]].values.tolist()
    matrix = co_mention_matrix(co)
    assert (matrix.values == matrix.values.T).all()
    assert matrix.loc["donald_trump", "vladimir_putin"] == 2
    assert matrix.loc["vladimir_putin", "vladimir_putin"] == 0


def test_kwic(made_up):
    _, an = made_up
    view = kwic(an, None, "volodymyr_zelensky", width=12)
    assert view.columns.tolist() == ["article_id", "sent_id", "form", "left", "mention", "right"]
    assert view[["sent_id", "left", "mention", "right"]].values.tolist() == [
        [1, "…again, and ", "Zelensky", " waited."],
        [2, "…tin called ", "Zelensky", "."],
    ]
    assert kwic(an, None, "vladimir_putin", form="role")["mention"].tolist() == ["The Russian President"]
    assert kwic(an, None, "nobody").empty


UNKNOWN_TEXT = (
    "French President Emmanuel Macron and British Prime Minister Keir Starmer called Zelensky on Tuesday. "
    "The Kyiv Independent reported that Sergei Lavrov was in Abu Dhabi.\n\n"
    "Low Hopes, High Stakes\n\n"
    "Keir Starmer said the Coalition of the Willing would meet in Paris. "
    "Despite that, Lavrov said the Washington Post was wrong."
)


def test_unknown_names_in_a_made_up_article(make_corpus):
    root = _write_corpus(make_corpus, UNKNOWN_TEXT)
    an = analyse(load_corpus(root), corpus_dir=root, cache=False)
    table = unknown_names(an)
    assert table.columns.tolist() == ["name", "status", "overlaps", "mentions", "articles", "example",
                                      "example_article_id", "example_sent_id"]
    # Macron and Starmer are introduced with a title that names their side: provisional actors, not unknown
    assert table[["name", "overlaps", "mentions", "example_sent_id"]].values.tolist() == [
        ["Coalition of the Willing", "", 1, 3],
        ["Kyiv Independent", "ukraine", 1, 1],   # extends a codebook name: probably another actor
        ["Sergei Lavrov", "", 1, 1],             # no title in this text: nothing says whom he speaks for
    ]
    assert set(table["status"]) == {"unknown"}
    assert table.loc[0, "example"].startswith("Keir Starmer said the Coalition")
    aside = unknown_names(an, include_set_aside=True)
    assert aside.loc[aside["status"] == "not_actor", "name"].tolist() == ["Abu Dhabi", "Washington Post"]


def test_unknown_names_on_the_corpus(analysis):
    assert unknown_names(analysis).empty
    aside = unknown_names(analysis, include_set_aside=True)
    assert aside[["name", "mentions", "articles"]].values.tolist() == [
        ["Middle East", 2, 2], ["Abu Dhabi", 1, 1], ["World War II", 1, 1]]


@pytest.mark.parametrize("text, expected", [
    # translated copy puts the country after the office: all of it is the person's title
    ("Minister of Defence of Ukraine Rustem Umerov led the delegation.",
     [("Minister of Defence of Ukraine Rustem Umerov", "rustem_umerov")]),
    ("The President of the Russian Federation Vladimir Putin spoke first.",
     [("President of the Russian Federation Vladimir Putin", "vladimir_putin")]),
    # without a name after it the country is a mention of its own
    ("The people of Ukraine want peace.", [("Ukraine", "ukraine")]),
])
def test_a_country_after_the_office_is_part_of_the_title(actor_nlp, text, expected):
    doc = actor_nlp(text)
    assert [(s.text, s.label_) for s in doc.spans["actors"]] == expected

