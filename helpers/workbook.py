"""One call that gives a notebook everything it reads: ``wb = open_workbook(CORPUS_DIR)``.

A :class:`Workbook` holds the corpus (``articles``, ``removed`` lines,
``skipped`` files), the one-pass ``analysis`` (sentences, mentions, quotes,
stances), the codebooks, and the problems met on the way. Python warnings
raised while reading and analysing (a skipped file, an unbalanced quotation
mark) are *captured* rather than printed: a notebook shows them as one tidy
table, "what the workbook could not read, and why" (:meth:`Workbook.problem_table`),
the same on every run, with no temporary paths in it. Anything derived later
(stance statements, positions) is computed once, on first use, under the same
capture.
"""

from __future__ import annotations

import contextlib
import re
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Iterator

import pandas as pd

from helpers import config, palette
from helpers.display import Note, Table, note, table

__all__ = ["Workbook", "open_workbook", "select", "PROBLEM_COLUMNS"]

PROBLEM_COLUMNS = ["step", "article", "problem"]
_TEMP_PATH = re.compile(r"(?:/[^\s/:'\"()]+)*/ipykernel_\d+/[^\s:'\"()]*:?\d*:?\s*")
_ARTICLE = re.compile(r"^([a-z0-9][\w.-]*): ")
_IN_ARTICLE = re.compile(r"\(([a-z0-9][\w.-]*)\)")


@dataclass
class Workbook:
    """The corpus, codebooks and analysis of one corpus folder, and the problems met reading them."""

    corpus_dir: Path
    corpus: object                      # helpers.corpus.Corpus
    analysis: object                    # helpers.pipeline.Analysis
    codebooks: object | None = None     # helpers.codebooks.Codebooks of corpus_dir
    _problems: list[dict] = field(default_factory=list, repr=False)

    # ------------------------------------------------------------------ the corpus

    @property
    def articles(self) -> pd.DataFrame:
        return self.corpus.articles

    @property
    def removed(self) -> pd.DataFrame:
        return self.corpus.removed

    @property
    def skipped(self) -> pd.DataFrame:
        return self.corpus.skipped

    @property
    def sentences(self) -> pd.DataFrame:
        return self.analysis.sentences

    @property
    def mentions(self) -> pd.DataFrame:
        return self.analysis.mentions

    # ------------------------------------------------------------------ codebooks

    @cached_property
    def actors(self) -> pd.DataFrame:
        """The actor codebook as a table (``actor_id, name, kind, side, ...``)."""
        return self.codebooks.actor_table()

    @property
    def names(self) -> dict[str, str]:
        """Display name of every actor id, provisional actors included."""
        names = dict(zip(self.provisional["actor_id"], self.provisional["name"]))
        names.update(zip(self.actors["actor_id"], self.actors["name"]))
        return names

    @property
    def sides(self) -> dict[str, str]:
        """Side of every actor id, provisional actors included (the side their titles name)."""
        sides = dict(zip(self.provisional["actor_id"], self.provisional["side"]))  # the cached table, not a regroup
        sides.update(self.codebooks.side_map())
        return sides

    @cached_property
    def provisional(self) -> pd.DataFrame:
        """People the codebook lacks, recognised by their titles (``helpers.provisional.provisional_actors``)."""
        from helpers.provisional import provisional_actors

        return provisional_actors(self.analysis)

    @cached_property
    def topics(self) -> pd.DataFrame:
        """The topic codebook as a table, in the order of ``topics.yaml``."""
        from helpers.topics import topics_table

        return topics_table(self.codebooks.topics)

    @property
    def topic_labels(self) -> dict[str, str]:
        return dict(zip(self.topics["topic"], self.topics["label"]))

    @property
    def topic_order(self) -> list[str]:
        return list(self.topics["topic"])

    # ------------------------------------------------------------------ derived tables

    @cached_property
    def statements(self) -> pd.DataFrame:
        """Every coded stance statement (``helpers.stance.extract_stances``)."""
        from helpers.stance import extract_stances

        with self.collecting("coding stances"):
            return extract_stances(self.analysis)

    @cached_property
    def review(self) -> pd.DataFrame:
        """Sentences with an actor and a proposal but no stance (``helpers.stance.review.review_queue``)."""
        from helpers.stance.review import review_queue

        return review_queue(self.analysis)

    def positions(self, by: str = "actor", statements: pd.DataFrame | None = None) -> pd.DataFrame:
        """One position per article, actor (or side) and topic (``helpers.stance.positions``)."""
        from helpers.stance import positions

        with self.collecting("coding stances"):
            return positions(self.statements if statements is None else statements, by=by,
                             topic_order=self.codebooks.topic_order)

    def period(self, choice: str | None = None) -> str | None:
        """The period the charts group articles by (``helpers.periods.resolve_period``): ``None`` (one column
        per article) up to ``helpers.periods.SCALE_FROM`` articles, else ``choice`` or one chosen from the span."""
        from helpers.periods import resolve_period

        return resolve_period(self.articles, choice)

    # ------------------------------------------------------------------ problems

    @contextlib.contextmanager
    def collecting(self, step: str) -> Iterator[None]:
        """Record the warnings raised inside the block as problems of ``step`` instead of printing them."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
        for w in caught:
            self._add_problem(step, str(w.message))

    def _add_problem(self, step: str, message: str) -> None:
        text = self._tidy(message)
        if text.startswith("skipped: "):
            text = text[len("skipped: "):]
        match = _ARTICLE.match(text) or _IN_ARTICLE.search(text)
        row = {"step": step, "article": match.group(1) if match else "", "problem": text}
        if row not in self._problems:
            self._problems.append(row)

    def _tidy(self, message: str) -> str:
        """The message without the corpus folder or any temporary path: the same text on every machine and run."""
        text = str(message)
        for prefix in {str(self.corpus_dir.resolve()), str(self.corpus_dir)}:
            text = text.replace(prefix + "/", "").replace(prefix, "the corpus folder")
        return _TEMP_PATH.sub("", text).strip()

    @property
    def problems(self) -> pd.DataFrame:
        """Every problem met so far: ``step``, ``article`` (when one is named) and ``problem``."""
        return pd.DataFrame(self._problems, columns=PROBLEM_COLUMNS)

    def problem_table(self, csv: str | None = "01-problems", max_rows: int = 100) -> Table | Note:
        """What the workbook could not read, and why, as a table (or a note saying there was nothing).

        A long list shows its first ``max_rows`` rows and names ``csv`` (save ``wb.problems`` there)."""
        return table(self.problems, csv, max_rows=max_rows,
                     empty="The workbook read every article and every codebook without a problem.")

    # ------------------------------------------------------------------ summary

    def summary(self) -> str:
        """One sentence on what was read: articles, words, date range, problems."""
        arts = self.articles
        n = len(arts)
        if not n:
            return "No article could be read."
        first, last = arts["published"].min(), arts["published"].max()
        span = f"{first:%d %B %Y}" if first == last else f"{first:%d %B %Y} to {last:%d %B %Y}"
        text = (f"{n} article{'s' if n != 1 else ''} ({span}), {int(arts['n_words'].sum()):,} words, "
                f"{len(self.sentences):,} sentences.")
        if len(self.skipped):
            text += f" {len(self.skipped)} file(s) skipped."
        if self._problems:
            text += f" {len(self._problems)} problem(s) met, listed in notebook 01."
        return text

    def _repr_html_(self) -> str:
        return note(self.summary())._repr_html_()

    def __repr__(self) -> str:
        return self.summary()


def open_workbook(corpus_dir: Path | str | None = None, *, errors: str = "warn",
                  progress: bool | None = None, scheduler: str | None = None) -> Workbook:
    """Read the corpus in ``corpus_dir`` (default: ``WORKBOOK_CORPUS_DIR`` or ``corpus/``) and analyse it.

    ``errors="warn"`` skips a bad article and lists it (``Workbook.skipped`` and
    :meth:`Workbook.problem_table`); ``"raise"`` stops at the first problem. The
    analysis comes from the shared cache when the texts and codebooks are
    unchanged. ``progress`` shows progress bars (``None``: only for large corpora). ``scheduler`` is a
    Dask scheduler address for the uncached articles (default ``WORKBOOK_DASK_SCHEDULER``; see
    :mod:`helpers.distributed`).
    """
    from helpers.codebooks import load_codebooks
    from helpers.corpus import read_corpus
    from helpers.pipeline import analyse

    corpus_dir = Path(corpus_dir or config.CORPUS_DIR)
    codebooks = load_codebooks(corpus_dir)  # a broken codebook stops here, naming the file and entry
    palette.use_sides(codebooks.side_colours, codebooks.side_labels)
    wb = Workbook(corpus_dir=corpus_dir, corpus=None, analysis=None, codebooks=codebooks)
    with wb.collecting("reading the corpus"):
        wb.corpus = read_corpus(corpus_dir, errors=errors, progress=progress, rules=codebooks.boilerplate)
    with wb.collecting("analysing the articles"):
        wb.analysis = analyse(wb.corpus.articles, codebooks=codebooks, progress=progress, scheduler=scheduler)
    return wb


def select(rows: pd.DataFrame, *, actors=(), topics=()) -> pd.DataFrame:
    """Rows of the given actor ids and topic ids (all rows when a list is empty), renumbered."""
    mask = pd.Series(True, index=rows.index)
    if actors:
        mask &= rows["actor_id"].isin(list(actors))
    if topics:
        mask &= rows["topic"].isin(list(topics))
    return rows[mask].reset_index(drop=True)
