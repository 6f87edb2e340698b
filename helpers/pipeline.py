"""One pass over the corpus: parse each article once, read every table off the same Doc.

``analyse(articles)`` streams the articles through ``nlp.pipe`` (batched), hands
each Doc to the extraction *stages* (sentences, actor mentions, quotes,
stances) and drops the Doc, so memory holds the result rows, never every Doc.
Each article's rows are cached on disk as JSON keyed by a hash of its cleaned
text, the codebook files and the helpers' source code: a rerun after a chart
change reparses nothing, a changed article or codebook reparses what changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

import pandas as pd

from helpers import config
from helpers.codebooks import Codebooks, load_codebooks
from helpers.corpus import analysed_text
from helpers.quotes import QuoteWarning
from helpers.stance.labels import StanceWarning
from helpers.stance.parser_switch import cache_tag as parser_cache_tag
from helpers.store import read_store, store_path, write_store

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Analysis", "STAGES", "STAGE_NAMES", "COMPONENTS", "build_nlp", "analyse", "cache_key", "run_stages"]

# The tables the stages give, in order (``STAGES`` pairs each with its function).
STAGE_NAMES = ("sentences", "mentions", "provisional", "quotes", "stances", "review")


def _components() -> list[Callable[[Language, Codebooks], None]]:
    """Pipeline components beyond the blank pipeline, in order: ``add(nlp, codebooks)``."""
    from helpers import actor_ruler, stance, topic_matcher

    return [actor_ruler.add_to_pipeline, topic_matcher.add_to_pipeline, stance.add_to_pipeline]


def _stages() -> list[tuple[str, Callable[[Doc, dict], list[dict]]]]:
    """Extraction stages, in order: (table name, ``stage(doc, ctx) -> list[dict]``).

    ``ctx`` holds article_id, published, paragraph_lines, text, codebooks and the
    rows of earlier stages."""
    from helpers import actor_ruler, provisional, quotes, stance
    from helpers.nlp import sentence_stage

    stages = [sentence_stage, actor_ruler.mentions_stage, provisional.provisional_stage, quotes.quotes_stage,
              stance.stances_stage, stance.review_stage]
    return list(zip(STAGE_NAMES, stages))


def __getattr__(name: str) -> object:
    """PEP 562: ``STAGES`` and ``COMPONENTS`` import spaCy, so they are built when first asked for; an
    analysis served from the cache never needs them."""
    if name == "STAGES":
        return _stages()
    if name == "COMPONENTS":
        return _components()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CACHE_VERSION = "5"
WARNINGS_KEY = "_warnings"
# warning classes the stages raise, by name, so a cache hit replays the same class
WARNING_CLASSES: dict[str, type[Warning]] = {
    "UserWarning": UserWarning, "RuntimeWarning": RuntimeWarning,
    "QuoteWarning": QuoteWarning, "StanceWarning": StanceWarning,
}


@dataclass
class Analysis:
    """Every table the workbook derives from the corpus, one row per unit named."""

    articles: pd.DataFrame
    codebooks: Codebooks
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    cache_hits: int = 0
    parsed: int = 0

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)


def build_nlp(codebooks: Codebooks) -> Language:
    """The full rule-based pipeline: blank English plus every component, configured with ``codebooks``."""
    from helpers.nlp import blank_pipeline

    nlp = blank_pipeline()
    for add in _components():
        add(nlp, codebooks)
    return nlp


@lru_cache(maxsize=None)
def _source_digest() -> str:
    """Hash of the helpers' source: changed code invalidates every cached article."""
    digest = hashlib.sha256(CACHE_VERSION.encode())
    here = Path(__file__).parent
    for path in sorted(here.rglob("*.py")):
        digest.update(str(path.relative_to(here)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _analysis_digest(codebooks: Codebooks) -> str:
    return hashlib.sha256(_source_digest().encode() + codebooks.digest.encode()
                          + parser_cache_tag().encode()).hexdigest()


def cache_key(text: str, codebook_digest: str) -> str:
    """Cache key of one article: its cleaned text under this code and these codebooks."""
    return hashlib.sha256(codebook_digest.encode() + b"\0" + text.encode("utf-8")).hexdigest()


def _cache_path(cache_dir: Path, key: str) -> Path:
    return cache_dir / "analysis" / key[:2] / f"{key}.json"


def _read_cache(path: Path) -> dict | None:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None  # missing or corrupt entries are simply recomputed


def _write_cache(path: Path, payload: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _contexts(articles: pd.DataFrame, codebooks: Codebooks) -> Iterator[dict]:
    """One context per article: the text the analysis reads (headline, standfirst, body) and its paragraphs."""
    n = len(articles)
    lines = articles["paragraph_lines"] if "paragraph_lines" in articles else [()] * n
    leads = articles["lead"] if "lead" in articles else [()] * n
    for aid, published, plines, lead, body in zip(articles["article_id"], articles["published"], lines, leads,
                                                  articles["text"]):
        text, where, para_lines = analysed_text(body, lead if isinstance(lead, (tuple, list)) else (), plines)
        yield {"article_id": aid, "published": published, "paragraph_lines": tuple(para_lines),
               "paragraph_where": tuple(where), "text": text, "codebooks": codebooks}


def _tag_where(out: dict[str, list]) -> None:
    """Give every row that names a sentence the ``where`` of that sentence (headline, standfirst, body)."""
    where = {row["sent_id"]: row["where"] for row in out.get("sentences", ())}
    for name, rows in out.items():
        if name in ("sentences", WARNINGS_KEY):
            continue
        for row in rows:
            if "sent_id" in row:
                row["where"] = where.get(row["sent_id"], "body")


def run_stages(doc: Doc, ctx: dict, stages: list[tuple[str, Callable]]) -> dict[str, list]:
    """Run every stage on one Doc; warnings they raise are kept so a cache hit replays them."""
    out: dict[str, list] = {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for name, fn in stages:
            rows = fn(doc, ctx)
            out[name] = rows
            ctx[name] = rows
    _tag_where(out)
    out[WARNINGS_KEY] = [{"article_id": ctx["article_id"], "category": w.category.__name__, "message": str(w.message)}
                         for w in caught]
    for name, _ in stages:
        ctx.pop(name, None)
    return out


def _replay(records: list[dict]) -> None:
    for rec in records:
        category = WARNING_CLASSES.get(rec.get("category", ""), UserWarning)
        warnings.warn(rec.get("message", ""), category, stacklevel=3)


class _Collector:
    """Gathers each stage's rows, turning them into DataFrame chunks as it goes.

    Row dicts cost several times the memory of the columns they become, so they
    are converted every ``chunk_rows`` rows instead of all at the end.
    """

    def __init__(self, stages: list[tuple[str, Callable]], *, chunk_rows: int = 100_000) -> None:
        self.columns = {name: getattr(fn, "columns", None) for name, fn in stages}
        self.columns[WARNINGS_KEY] = ["article_id", "category", "message"]
        self.rows: dict[str, list[dict]] = {name: [] for name in self.columns}
        self.chunks: dict[str, list[pd.DataFrame]] = {name: [] for name in self.columns}
        self.chunk_rows = chunk_rows

    def add(self, result: dict[str, list]) -> None:
        for name, rows in self.rows.items():
            rows.extend(result.get(name, ()))
            if len(rows) >= self.chunk_rows:
                self._flush(name)

    def _flush(self, name: str) -> None:
        rows, columns = self.rows[name], self.columns[name]
        if rows:
            self.chunks[name].append(pd.DataFrame(rows, columns=columns) if columns else pd.DataFrame(rows))
            self.rows[name] = []

    def tables(self) -> dict[str, pd.DataFrame]:
        out = {}
        for name, columns in self.columns.items():
            self._flush(name)
            chunks = self.chunks[name]
            if not chunks:
                out[name] = pd.DataFrame(columns=columns) if columns else pd.DataFrame()
            elif len(chunks) == 1:
                out[name] = chunks[0]
            else:
                out[name] = pd.concat(chunks, ignore_index=True)
            self.chunks[name] = []
        return out


def analyse(
    articles: pd.DataFrame,
    *,
    codebooks: Codebooks | None = None,
    corpus_dir: Path | str | None = None,
    cache: bool = True,
    cache_dir: Path | str | None = None,
    progress: bool | None = None,
    batch_size: int = 64,
    scheduler: str | None = None,
) -> Analysis:
    """Parse every article once and return all derived tables (see :data:`STAGES`).

    Articles stream through in order: a cached article's rows are read from
    disk, the others are parsed in batches with ``nlp.pipe``; each Doc is
    dropped as soon as its rows are taken, so memory holds the result tables
    and one batch of Docs, never the whole parsed corpus. ``progress`` shows a
    tqdm bar (the notebook flavour inside Jupyter); ``None`` shows it only for
    corpora of more than 50 articles. ``codebooks`` default to
    :func:`helpers.codebooks.load_codebooks` of ``corpus_dir``.

    Uncached articles are analysed on Dask when there are many of them or a
    ``scheduler`` (``WORKBOOK_DASK_SCHEDULER``) is set (:mod:`helpers.distributed`).
    With the cache on, the tables are also stored as partitioned Parquet
    (:mod:`helpers.store`) and a rerun over the same corpus reads them in one go.
    """
    if codebooks is None:
        codebooks = load_codebooks(corpus_dir)
    cache_root = Path(cache_dir or config.CACHE_DIR)
    digest = _analysis_digest(codebooks)
    contexts = list(_contexts(articles, codebooks))
    texts = [ctx["text"] for ctx in contexts]
    keys = [cache_key(t, digest) for t in texts]
    names = [*STAGE_NAMES, "problems"]
    store = store_path(cache_root, keys) if cache else None
    stored = read_store(store, names) if store is not None else None
    if stored is not None:
        _replay(stored["problems"].to_dict("records"))
        return Analysis(articles=articles, codebooks=codebooks, tables=stored, cache_hits=len(texts), parsed=0)
    stages = _stages()
    cached = [cache and _cache_path(cache_root, k).is_file() for k in keys]
    todo = [i for i, hit in enumerate(cached) if not hit]
    nlp: Language | None = None
    docs: Iterator = iter(())
    if todo:
        from helpers.distributed import choose_runner

        runner = choose_runner(len(todo), scheduler)
        if runner is not None:
            docs = runner([(i, contexts[i]) for i in todo], codebooks)
        else:
            nlp = build_nlp(codebooks)
            docs = ((i, run_stages(doc, contexts[i], stages)) for doc, i in
                    nlp.pipe(((texts[i], i) for i in todo), as_tuples=True, batch_size=batch_size))
    show = (len(todo) > 50) if progress is None else progress
    bar = _progress(total=len(texts), enabled=show)
    collector = _Collector(stages)
    hits = parsed = 0
    for i, ctx in enumerate(contexts):
        result = _read_cache(_cache_path(cache_root, keys[i])) if cached[i] else None
        if result is not None:
            hits += 1
        else:
            if cached[i]:  # unreadable cache entry: parse this article on its own
                nlp = nlp or build_nlp(codebooks)
                result = run_stages(nlp(texts[i]), ctx, stages)
            else:
                j, result = next(docs)
                assert j == i, "articles out of order"
            parsed += 1
            if cache:
                _write_cache(_cache_path(cache_root, keys[i]), result)
        # Warnings (e.g. an unbalanced quote mark) are raised again whether the
        # rows were just computed or came from the cache, and kept as a table.
        _replay(result.get(WARNINGS_KEY, []))
        collector.add(result)
        bar.update(1)
    bar.close()

    tables = collector.tables()
    tables["problems"] = tables.pop(WARNINGS_KEY)
    if store is not None:
        write_store(store, tables, list(articles["article_id"]))
    return Analysis(articles=articles, codebooks=codebooks, tables=tables, cache_hits=hits, parsed=parsed)


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(*, total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="analysing articles", unit="article")
