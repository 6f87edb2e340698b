"""Every rule file of a corpus, read once, validated together, handed around as one object.

A corpus folder may carry its own copy of any rule file; otherwise the shipped one
in ``corpus/`` applies (:func:`helpers.config.data_file`). :func:`load_codebooks`
reads each file exactly once, parses it with its module's parser, checks what
the files say about each other (a demonym or topic naming something no file
defines) and returns an immutable :class:`Codebooks`. The pipeline, its stages
and the table functions take this object (or the ``Analysis`` that carries it),
so none of them reads YAML again; its ``digest`` (a hash of every file's bytes)
keys the analysis cache, so an edited file is seen by the next call, in a
running JupyterLab kernel too.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

import pandas as pd

from helpers import config
from helpers.actor_codebook import Codebook, Side, parse_codebook
from helpers.affiliations import Affiliations, parse_affiliations
from helpers.codebook import CodebookError, read_yaml_text
from helpers.corpus import CorpusError, Rule, parse_rules
from helpers.quote_cues import Cues, parse_cues
from helpers.stance import Lexicon, parse_lexicon
from helpers.topics import TopicCodebook, parse_topics

__all__ = ["CODEBOOK_FILES", "Codebooks", "load_codebooks", "codebook_sources"]

# file name -> what it is (for messages)
CODEBOOK_FILES: dict[str, str] = {
    "actors.yaml": "actor codebook",
    "topics.yaml": "topics",
    "stance_cues.yaml": "stance lexicon",
    "quote_cues.yaml": "quote cue",
    "boilerplate.yaml": "boilerplate rules",
    "affiliations.yaml": "affiliations",
}


@dataclass(frozen=True)
class Codebooks:
    """The validated rule files of one corpus (immutable; compare by ``digest``)."""

    sources: Mapping[str, Path]
    actors: Codebook
    topics: TopicCodebook
    lexicon: Lexicon
    quote_cues: Cues
    boilerplate: tuple[Rule, ...]
    digest: str
    affiliations: Affiliations | None = None

    @property
    def sides(self) -> Mapping[str, Side]:
        """The sides in codebook order, with their labels and colours."""
        return MappingProxyType(self.actors.sides)

    @property
    def side_order(self) -> tuple[str, ...]:
        return tuple(self.actors.sides)

    @property
    def side_colours(self) -> dict[str, str]:
        """``side_id -> hex colour`` (the one palette of sides)."""
        return {s.side_id: s.colour for s in self.actors.sides.values()}

    @property
    def side_labels(self) -> dict[str, str]:
        return {s.side_id: s.label for s in self.actors.sides.values()}

    @property
    def topic_order(self) -> tuple[str, ...]:
        return tuple(self.topics.order)

    @property
    def topic_labels(self) -> dict[str, str]:
        return {t.topic_id: t.label for t in self.topics.topics.values()}

    def actor_table(self) -> pd.DataFrame:
        """One row per actor: ``actor_id, name, kind, side, gender, aliases, roles``."""
        return self.actors.table()

    def side_map(self) -> dict[str, str]:
        """``actor_id -> side`` for every actor of the codebook."""
        return self.actors.side_map()


def codebook_sources(corpus_dir: Path | str | None = None) -> dict[str, Path]:
    """Which file each rule comes from: the corpus's own if it has one, else the shipped one."""
    return {name: config.data_file(name, corpus_dir) for name in CODEBOOK_FILES}


def _check_references(books: Codebooks) -> None:
    """What one file names must exist in another."""
    actors = books.actors
    lexicon_path = books.sources["stance_cues.yaml"]
    for word, actor_id in books.lexicon.demonyms.items():
        if actor_id not in actors:
            raise CodebookError(f"{lexicon_path}: demonyms: {word!r} points to actor {actor_id!r}, "
                                f"which {books.sources['actors.yaml']} does not define")


def load_codebooks(corpus_dir: Path | str | None = None) -> Codebooks:
    """Read and validate every rule file of ``corpus_dir`` once (see the module docstring).

    Raises :class:`CodebookError` (:class:`helpers.corpus.CorpusError` for the
    boilerplate rules) naming the file and the entry.
    """
    sources = codebook_sources(corpus_dir)
    digest = hashlib.sha256()
    parsed: dict[str, object] = {}
    for name, what in CODEBOOK_FILES.items():
        path = sources[name]
        error = CorpusError if name == "boilerplate.yaml" else CodebookError
        text, data = read_yaml_text(path, what, error=error)
        digest.update(name.encode() + b"\0" + text.encode("utf-8") + b"\0")
        parsed[name] = data
    actors = parse_codebook(parsed["actors.yaml"], source=sources["actors.yaml"])
    books = Codebooks(
        sources=MappingProxyType(dict(sources)),
        actors=actors,
        topics=parse_topics(parsed["topics.yaml"], source=sources["topics.yaml"]),
        lexicon=parse_lexicon(parsed["stance_cues.yaml"], source=sources["stance_cues.yaml"]),
        quote_cues=parse_cues(parsed["quote_cues.yaml"], source=sources["quote_cues.yaml"]),
        boilerplate=tuple(parse_rules(parsed["boilerplate.yaml"], source=sources["boilerplate.yaml"])),
        digest=digest.hexdigest(),
    )
    _check_references(books)
    # affiliations speak in the side ids of actors.yaml, so they are checked against it last
    affiliations = parse_affiliations(parsed["affiliations.yaml"], source=sources["affiliations.yaml"],
                                      sides=tuple(actors.sides))
    return dataclasses.replace(books, affiliations=affiliations)
