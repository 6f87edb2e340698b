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


def test_a_cached_workbook_does_not_import_spacy(make_corpus):
    """Notebooks read the cached analysis; importing spaCy there would cost every kernel about a second."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    from helpers import config

    corpus = make_corpus({"a.txt": "Trump met Putin. Zelensky said: “We accept the ceasefire.”"})
    open_workbook(corpus)  # fills the cache
    first_cells = [next(c for c in json.loads(nb.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code")
                   for nb in sorted((config.PROJECT_ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))]
    imports = "\n".join("".join(cell["source"]) for cell in first_cells)  # each notebook's imports
    script = (f"{imports}\nimport sys\nwb = open_workbook({str(corpus)!r})\n"
              "wb.statements, wb.review, wb.positions(), wb.provisional, wb.topics, wb.actors\n"
              "assert wb.analysis.parsed == 0, 'not from the cache'\n"
              "print(sorted(m for m in sys.modules if m == 'spacy' or m.startswith('spacy.')))")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(config.PROJECT_ROOT),
                                                                       os.environ.get("PYTHONPATH")])))
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                         cwd=Path(corpus).parent, check=True)
    assert out.stdout.strip() == "[]"


def test_stop_words_are_spacys():
    """helpers.stopwords reads spaCy's English list without importing spaCy: the very same words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from helpers.stopwords import stop_words

    assert stop_words() == frozenset(STOP_WORDS) and len(stop_words()) > 300
