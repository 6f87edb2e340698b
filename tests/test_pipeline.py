"""helpers.pipeline: one parse per article, every table off the same Doc, an honest disk cache."""

from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from helpers import config
from helpers.corpus import load_corpus
from helpers.pipeline import STAGES, analyse

TEXT_A = "President Donald Trump met Vladimir Putin.\n\nZelensky said: “We want peace.”"
TEXT_B = "Russia rejected the 30-day ceasefire.\n\nUkraine accepted it."


def test_all_tables_from_one_pass(analysis):
    assert set(analysis.tables) == {name for name, _ in STAGES} | {"problems"}
    assert analysis.problems.empty  # no unbalanced quote or other warning in the real corpus
    assert analysis.parsed == 5 and analysis.cache_hits == 0
    assert len(analysis.sentences) == 117
    # four stated headlines (the fifth title is supplied by us and not analysed), 113 body sentences
    assert analysis.sentences["where"].value_counts().to_dict() == {"body": 113, "headline": 4}


HEADLINE_RAW = (
    "Zelensky Rules Out Ceding Land to Russia\n\n"
    "Kyiv will not trade territory for a truce, the president says\n\n"
    "Ukrainian President Volodymyr Zelensky on Monday rejected any territorial concessions. "
    "\"We will not give up our land,\" Zelensky said.\n"
)


def test_headline_and_standfirst_are_analysed_once_with_where(make_corpus):
    root = make_corpus({"z.txt": HEADLINE_RAW}, rows=[{
        "article_id": "z", "source_file": "z.txt", "title": "Zelensky Rules Out Ceding Land to Russia",
        "title_basis": "stated", "standfirst": "Kyiv will not trade territory for a truce, the president says",
        "published": "2025-08-10", "date_basis": "stated"}])
    articles = load_corpus(root)
    assert articles.loc[0, "text"].startswith("Ukrainian President")  # body only: headline and standfirst removed
    assert articles.loc[0, "lead"] == (("headline", "Zelensky Rules Out Ceding Land to Russia", 1),
                                       ("standfirst", "Kyiv will not trade territory for a truce, the president says", 3))
    an = analyse(articles, corpus_dir=root, cache=False)
    sents = an.sentences
    assert sents[["sent_id", "where", "paragraph", "line"]].values.tolist() == [
        [0, "headline", 0, 1], [1, "standfirst", 1, 3], [2, "body", 2, 5], [3, "body", 2, 5]]
    zel = an.mentions[an.mentions["actor_id"] == "volodymyr_zelensky"]
    assert zel["where"].tolist() == ["headline", "body", "body"]
    assert an.quotes[["sent_id", "where", "speaker_id"]].values.tolist() == [[3, "body", "volodymyr_zelensky"]]
    got = an.stances[["where", "actor_id", "topic", "stance"]].values.tolist()
    assert ["headline", "volodymyr_zelensky", "territorial_concessions", "oppose"] in got
    assert ["body", "volodymyr_zelensky", "territorial_concessions", "oppose"] in got


def test_a_supplied_title_is_not_analysed(make_corpus):
    root = make_corpus({"s.txt": "Trump met Putin in Alaska.\n"}, rows=[{
        "article_id": "s", "source_file": "s.txt", "title": "Zelensky Speaks", "title_basis": "supplied",
        "published": "2025-08-16", "date_basis": "stated"}])
    an = analyse(load_corpus(root), corpus_dir=root, cache=False)
    assert an.sentences["where"].tolist() == ["body"]
    assert "volodymyr_zelensky" not in set(an.mentions["actor_id"])


def test_pipeline_is_blank_and_rule_based(nlp):
    assert nlp.meta["lang"] == "en"
    assert nlp.pipe_names[:3] == ["paragraph_breaks", "sentencizer", "quote_sentence_starts"]
    assert not any(name in nlp.pipe_names for name in ("tagger", "parser", "ner", "tok2vec"))


def test_cache_hits_and_invalidation(make_corpus, tmp_path):
    root = make_corpus({"a.txt": TEXT_A, "b.txt": TEXT_B})
    cache = tmp_path / "cache"
    first = analyse(load_corpus(root), corpus_dir=root, cache_dir=cache)
    assert (first.parsed, first.cache_hits) == (2, 0)

    second = analyse(load_corpus(root), corpus_dir=root, cache_dir=cache)
    assert (second.parsed, second.cache_hits) == (0, 2)
    for name in first.tables:
        pd.testing.assert_frame_equal(first.tables[name], second.tables[name])

    # a changed article is reparsed, the other is not
    (root / "raw" / "b.txt").chmod(0o644)
    (root / "raw" / "b.txt").write_text(TEXT_B + "\n\nTrump spoke.", encoding="utf-8")
    third = analyse(load_corpus(root), corpus_dir=root, cache_dir=cache)
    assert (third.parsed, third.cache_hits) == (1, 1)

    # a changed codebook reparses everything
    shutil.copy(config.data_file("actors.yaml"), root / "actors.yaml")
    with (root / "actors.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# a user's edit\n")
    fourth = analyse(load_corpus(root), corpus_dir=root, cache_dir=cache)
    assert (fourth.parsed, fourth.cache_hits) == (2, 0)


def test_corrupt_cache_entry_is_recomputed(make_corpus, tmp_path):
    root = make_corpus({"a.txt": TEXT_A})
    cache = tmp_path / "cache"
    first = analyse(load_corpus(root), corpus_dir=root, cache_dir=cache)
    (entry,) = list(cache.rglob("*.json"))
    entry.write_text("{not json", encoding="utf-8")
    shutil.rmtree(cache / "tables")  # the corpus's Parquet store would be read first (helpers.store)
    again = analyse(load_corpus(root), corpus_dir=root, cache_dir=cache)
    assert again.parsed == 1
    pd.testing.assert_frame_equal(first.sentences, again.sentences)
    json.loads(entry.read_text(encoding="utf-8"))  # rewritten whole


def test_cache_off_writes_nothing(make_corpus, tmp_path):
    root = make_corpus({"a.txt": TEXT_A})
    analyse(load_corpus(root), corpus_dir=root, cache=False, cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache").exists()


def test_empty_article_table_gives_empty_tables(articles, codebooks):
    result = analyse(articles.iloc[0:0], codebooks=codebooks, cache=False)
    assert result.parsed == 0
    for name, table in result.tables.items():
        assert table.empty, name
        assert len(table.columns) > 0, name


def test_long_article_past_spacy_default_max_length(make_corpus, tmp_path):
    # long words keep the token count (and the test's run time) down; the text is still over a million characters
    filler = "Representatives deliberated extraordinarily comprehensive infrastructural reconstruction. " * 19
    paragraph = "Trump met Putin in Alaska to discuss a ceasefire. " + filler
    text = "\n\n".join(f"Part {i}: {paragraph}" for i in range(600))  # about 1.06 million characters
    assert len(text) > 1_000_000
    root = make_corpus({"big.txt": text})
    result = analyse(load_corpus(root), corpus_dir=root, cache=False)
    assert len(result.sentences) == 20 * 600
    # analysed to the end: both names in every part, the last one in the last part's first sentence
    assert result.mentions["actor_id"].value_counts().to_dict() == {"donald_trump": 600, "vladimir_putin": 600}
    assert result.mentions["sent_id"].max() == 20 * 599


@pytest.mark.parametrize("batch_size", [1, 2, 64])
def test_batching_does_not_change_results(articles, analysis, batch_size):
    again = analyse(articles, codebooks=analysis.codebooks, cache=False, batch_size=batch_size)
    for name in analysis.tables:
        pd.testing.assert_frame_equal(analysis.tables[name], again.tables[name])


@pytest.mark.parametrize("text, n", [
    ("Retired Lt. Gen. Keith Kellogg met Zelensky in Kyiv.", 1),
    ("Col. Smith and Capt. Jones spoke. Amb. Brown left.", 2),
    ("He left at noon. Gen. Smith stayed.", 2),
])
def test_title_abbreviations_do_not_end_sentences(text, n):
    from helpers.nlp import blank_pipeline, sentences

    assert len(sentences(blank_pipeline()(text))) == n
