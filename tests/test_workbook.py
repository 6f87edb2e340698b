"""helpers.workbook: one call gives a notebook its corpus, codebooks, analysis, and a tidy list of problems."""

from __future__ import annotations

import warnings

import pandas as pd

from helpers.display import Note, Table
from helpers.workbook import Workbook, open_workbook, select


def test_open_workbook_gives_corpus_analysis_and_codebook_slots(make_corpus):
    corpus = make_corpus({"a.txt": "Trump met Putin. Zelensky said the ceasefire must hold."})
    wb = open_workbook(corpus)
    assert isinstance(wb, Workbook)
    assert wb.corpus_dir == corpus and wb.codebooks is not None and "donald_trump" in wb.codebooks.actors
    assert list(wb.articles["article_id"]) == ["a"]
    assert wb.removed is wb.corpus.removed and wb.skipped.empty
    assert len(wb.sentences) == 2 and set(wb.mentions["actor_id"]) >= {"donald_trump", "vladimir_putin"}
    assert wb.names["donald_trump"] == "Donald Trump" and wb.sides["vladimir_putin"] == "russia"
    assert wb.topic_order[0] == "ceasefire"
    assert isinstance(wb.problem_table(), Note)
    assert "1 article (16 May 2025)" in wb.summary()


def test_problems_are_captured_as_a_tidy_table_without_paths(make_corpus):
    corpus = make_corpus({"good.txt": "Trump said: “We will see what happens.", "bad.txt": b"\x89PNG\r\n\x1a\n\x00"})
    with warnings.catch_warnings(record=True) as leaked:
        warnings.simplefilter("always")
        wb = open_workbook(corpus)
    assert leaked == []                       # nothing reaches the notebook as a raw warning
    problems = wb.problems
    assert list(problems.columns) == ["step", "article", "problem"]
    assert "reading the corpus" in set(problems["step"])
    assert problems["problem"].str.contains("bad.txt").any()
    assert not problems["problem"].str.contains(str(corpus)).any()   # no temporary folder in any message
    assert isinstance(wb.problem_table(), Table)
    again = open_workbook(corpus)
    assert again.problems.equals(problems)    # the same on every run (the second one from the cache)


def test_statements_and_positions_are_computed_once(make_corpus):
    corpus = make_corpus({"a.txt": "Russia rejected the ceasefire. Ukraine accepted the ceasefire."})
    wb = open_workbook(corpus)
    assert wb.statements is wb.statements
    assert set(wb.statements["stance"]) == {"oppose", "support"}
    assert set(wb.positions("side")["side"]) == {"russia", "ukraine"}


def test_select_rows():
    rows = pd.DataFrame({"actor_id": ["a", "b", "a"], "topic": ["x", "x", "y"]})
    assert len(select(rows)) == 3
    assert list(select(rows, actors=["a"], topics=["y"]).index) == [0]
