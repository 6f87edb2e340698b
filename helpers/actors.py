"""Actors: the codebook, mention matching on the blank pipeline, and the tables built on mentions.

The codebook is data (``corpus/actors.yaml``, documented in its header): who
counts as an actor, by which names (``aliases``) and descriptions (``roles``),
which words before a name are a title, and which capitalised names are not
actors. :func:`load_codebook` validates it and raises :class:`CodebookError`
naming the file and the actor.

Matching is the registered spaCy component ``actor_ruler`` (two PhraseMatchers,
so the per-token work happens in Cython; Python only touches the matches):

* name mentions go to ``doc.spans["actors"]`` and role mentions to
  ``doc.spans["actor_roles"]``, each span labelled with its ``actor_id``;
* the longest name wins ("Melania Trump" over "Trump"); a title before a
  person's name is part of that one mention ("Russian President Vladimir
  Putin"); names joined by a hyphen or dash ("Trump–Putin", "U.S.-Ukraine")
  count each;
* a role is credited only where it is unambiguous in the article; roles that
  could not be resolved are kept in ``doc.spans["actor_roles_unresolved"]``
  (labelled with the candidate ids joined by ``|``) for inspection.

Tables (all reading the one-pass, cached :func:`helpers.pipeline.analyse`):
:func:`count_mentions`, :func:`mention_matrix`, :func:`side_shares`,
:func:`co_mentions`, :func:`co_mention_matrix`, :func:`unknown_names`,
:func:`kwic`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Iterator, Sequence

import numpy
import pandas as pd
from spacy.attrs import LOWER, ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from helpers import config
from helpers.codebook import CodebookError, read_yaml

__all__ = [
    "CodebookError",
    "Actor",
    "Codebook",
    "KINDS",
    "SIDES",
    "FORMS",
    "MENTION_COLUMNS",
    "load_codebook",
    "ActorRuler",
    "add_to_pipeline",
    "mentions_stage",
    "count_mentions",
    "mention_matrix",
    "side_shares",
    "co_mentions",
    "co_mention_matrix",
    "unknown_names",
    "kwic",
]

KINDS = ("person", "government", "organisation", "country")
SIDES = ("us", "russia", "ukraine", "europe", "turkey", "other")
FORMS = ("name", "role")
REQUIRED_FIELDS = ("actor_id", "name", "kind", "side", "aliases")
OPTIONAL_FIELDS = ("roles", "gender")
GENDERS = ("female", "male")
SECTIONS = ("actors", "titles", "not_actors")
ACTOR_ID_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")

MENTION_COLUMNS = ["article_id", "sent_id", "start_char", "end_char", "text", "actor_id", "form"]
COUNT_COLUMNS = ["article_id", "published", "actor_id", "name", "kind", "side", "form", "mentions"]
CO_MENTION_COLUMNS = ["actor_a", "actor_b", "sentences", "articles", "example", "example_article_id",
                      "example_sent_id"]
UNKNOWN_COLUMNS = ["name", "status", "overlaps", "mentions", "articles", "example", "example_article_id",
                   "example_sent_id"]
KWIC_COLUMNS = ["article_id", "sent_id", "form", "left", "mention", "right"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


# =========================================================================== codebook


@dataclass(frozen=True)
class Actor:
    """One codebook entry. ``names`` is the canonical name followed by the aliases."""

    actor_id: str
    name: str
    kind: str
    side: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    gender: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@dataclass(frozen=True)
class Codebook:
    """The validated contents of ``actors.yaml``."""

    path: Path
    actors: dict[str, Actor]
    titles: tuple[str, ...] = ()
    not_actors: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def table(self) -> pd.DataFrame:
        """One row per actor: ``actor_id, name, kind, side, gender, aliases, roles`` (lists joined by ``; ``)."""
        rows = [{"actor_id": a.actor_id, "name": a.name, "kind": a.kind, "side": a.side, "gender": a.gender,
                 "aliases": "; ".join(a.aliases), "roles": "; ".join(a.roles)} for a in self]
        return pd.DataFrame(rows, columns=["actor_id", "name", "kind", "side", "gender", "aliases", "roles"])


def _key(phrase: str) -> str:
    """Comparison key of a name: apostrophes unified, case-folded, whitespace collapsed."""
    return " ".join(phrase.translate(_APOSTROPHES).casefold().split())


def _string_list(value: object, *, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CodebookError(f"{where}: '{field}' must be a list (write {field}: [] for none), got {value!r}")
    out = []
    for item in value:
        if not isinstance(item, str) or not item.strip():
            raise CodebookError(f"{where}: every entry of '{field}' must be a non-empty text, got {item!r}")
        out.append(" ".join(item.split()))
    return tuple(dict.fromkeys(out))


def load_codebook(path: Path | str | None = None, *, corpus_dir: Path | str | None = None) -> Codebook:
    """Read and validate the actor codebook (the corpus's ``actors.yaml``, else the shipped one).

    Raises :class:`CodebookError`, naming the file and the actor, for: a missing,
    empty or malformed file; a missing or unknown field; a bad or duplicate
    ``actor_id``; an unknown ``kind`` or ``side``; an alias claimed by two actors
    (case-insensitive); a role that is also an actor's name; a ``not_actors``
    entry that is also an actor's name.
    """
    path = Path(path) if path else config.data_file("actors.yaml", corpus_dir)
    data = read_yaml(path, "actor codebook")
    if data is None:
        raise CodebookError(f"{path}: the actor codebook is empty; it needs an 'actors:' list")
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: expected a mapping with an 'actors:' list, got {type(data).__name__}")
    unknown = [k for k in data if k not in SECTIONS]
    if unknown:
        raise CodebookError(f"{path}: unknown section(s) {', '.join(map(str, unknown))}; "
                            f"expected {', '.join(SECTIONS)}")
    entries = data.get("actors")
    if not isinstance(entries, list) or not entries:
        raise CodebookError(f"{path}: 'actors:' must be a non-empty list of actors")

    actors: dict[str, Actor] = {}
    owner: dict[str, tuple[str, str]] = {}  # name key -> (actor_id, name as written)
    for i, entry in enumerate(entries, start=1):
        where = f"{path}: actor #{i}"
        if not isinstance(entry, dict):
            raise CodebookError(f"{where}: expected a mapping with {', '.join(REQUIRED_FIELDS)}, got {entry!r}")
        aid = entry.get("actor_id")
        if isinstance(aid, str) and aid:
            where = f"{where} ({aid})"
        # aliases must be present but may be empty ("aliases: []" or "aliases:")
        missing = [f for f in REQUIRED_FIELDS
                   if f not in entry or (f != "aliases" and entry[f] in (None, ""))]
        if missing:
            raise CodebookError(f"{where}: missing field(s) {', '.join(missing)}"
                                + (" (write aliases: [] for none)" if "aliases" in missing else ""))
        extra = [k for k in entry if k not in REQUIRED_FIELDS + OPTIONAL_FIELDS]
        if extra:
            raise CodebookError(f"{where}: unknown field(s) {', '.join(map(str, extra))}; "
                                f"allowed: {', '.join(REQUIRED_FIELDS + OPTIONAL_FIELDS)}")
        if not isinstance(aid, str) or not ACTOR_ID_RE.fullmatch(aid):
            raise CodebookError(f"{where}: actor_id must be snake_case (e.g. donald_trump), got {aid!r}")
        if aid in actors:
            raise CodebookError(f"{where}: duplicate actor_id {aid!r}")
        name = entry["name"]
        if not isinstance(name, str) or not name.strip():
            raise CodebookError(f"{where}: name must be a non-empty text, got {name!r}")
        kind, side = entry["kind"], entry["side"]
        if kind not in KINDS:
            raise CodebookError(f"{where}: unknown kind {kind!r}; use one of {', '.join(KINDS)}")
        if side not in SIDES:
            raise CodebookError(f"{where}: unknown side {side!r}; use one of {', '.join(SIDES)}")
        gender = entry.get("gender") or ""
        if gender and (gender not in GENDERS or kind != "person"):
            raise CodebookError(f"{where}: gender is for people only and must be one of "
                                f"{', '.join(GENDERS)}, got {gender!r}")
        aliases = _string_list(entry["aliases"], where=where, field="aliases")
        roles = _string_list(entry.get("roles"), where=where, field="roles")
        actor = Actor(aid, " ".join(name.split()), kind, side, aliases, roles, gender)
        for alias in actor.names:
            key = _key(alias)
            other = owner.get(key)
            if other and other[0] != aid:
                raise CodebookError(f"{where}: alias {alias!r} is already claimed by actor {other[0]} "
                                    f"(as {other[1]!r}); an alias may belong to one actor only")
            owner[key] = (aid, alias)
        actors[aid] = actor

    for actor in actors.values():
        for role in actor.roles:
            other = owner.get(_key(role))
            if other:
                raise CodebookError(f"{path}: actor {actor.actor_id}: role {role!r} is also a name of actor "
                                    f"{other[0]}; names are matched first, so this role would never count")
    titles = _string_list(data.get("titles"), where=f"{path}: titles", field="titles")
    not_actors = _string_list(data.get("not_actors"), where=f"{path}: not_actors", field="not_actors")
    for phrase in not_actors:
        other = owner.get(_key(phrase))
        if other:
            raise CodebookError(f"{path}: not_actors entry {phrase!r} is a name of actor {other[0]}; "
                                f"remove it from one of the two")
    return Codebook(path, actors, titles, not_actors)


def _variants(phrase: str, *, capitalise: bool) -> list[str]:
    """The phrase with both apostrophe styles and, for lower-case starts, capitalised."""
    forms = {phrase, phrase.replace("'", "’"), phrase.replace("’", "'")}
    if capitalise:
        forms |= {f[:1].upper() + f[1:] for f in forms if f[:1].islower()}
    return sorted(forms)


# =========================================================================== matching

# An abbreviation glued to the next word by a hyphen or dash ("U.S.-Ukraine",
# "U.S.-led"): spaCy's English tokenizer leaves it as one token.
_JOINED_RE = re.compile(r"(?<=\.)[-–—](?=[^\W\d_])")


class _JoinedTokens:
    """Finds and splits tokens like ``U.S.-Ukraine`` into ``U.S.``, ``-``, ``Ukraine``.

    Works on the Doc's ORTH hashes (no ``doc.text``, no loop over tokens): each
    distinct string is checked once and remembered as clean, so a Doc without
    such a token costs a set difference. Character offsets do not change.
    """

    MAX_REMEMBERED = 200_000

    def __init__(self) -> None:
        self.clean: set[int] = set()

    def find(self, doc: Doc, orths: numpy.ndarray) -> list[int]:
        """Hashes of this Doc's joined tokens (usually none)."""
        new = set(orths.tolist()) - self.clean
        if not new:
            return []
        strings = doc.vocab.strings
        joined = [h for h in new if _JOINED_RE.search(strings[h])]
        if len(self.clean) > self.MAX_REMEMBERED:
            self.clean.clear()
        self.clean.update(new.difference(joined))
        return joined

    @staticmethod
    def split(doc: Doc, orths: numpy.ndarray, joined: list[int]) -> None:
        positions = numpy.flatnonzero(numpy.isin(orths, joined)).tolist()
        with doc.retokenize() as retok:
            for i in positions:
                token = doc[i]
                text, pieces, last = token.text, [], 0
                for m in _JOINED_RE.finditer(text):
                    pieces += [text[last:m.start()], m.group()]
                    last = m.end()
                pieces = [p for p in pieces + [text[last:]] if p]
                if len(pieces) > 1:
                    retok.split(token, pieces, heads=[(token, k) for k in range(len(pieces))])


class ActorRuler:
    """Pipeline component: codebook names and roles as span groups (see the module docstring)."""

    NAME_GROUP = "actors"
    ROLE_GROUP = "actor_roles"
    UNRESOLVED_GROUP = "actor_roles_unresolved"
    _BLOCK = "__not_actor__"

    def __init__(self, nlp: Language, codebook_path: str | Path | None = None) -> None:
        self.codebook = load_codebook(codebook_path)
        self._joined = _JoinedTokens()
        vocab = nlp.vocab
        self.names = PhraseMatcher(vocab, attr="ORTH")
        self.roles = PhraseMatcher(vocab, attr="LOWER")
        self.persons = {a.actor_id for a in self.codebook if a.kind == "person"}
        for actor in self.codebook:
            phrases = [p for n in actor.names for p in _variants(n, capitalise=True)]
            self.names.add(actor.actor_id, [nlp.make_doc(p) for p in dict.fromkeys(phrases)])
        blocks = [p for n in self.codebook.not_actors for p in _variants(n, capitalise=True)]
        if blocks:
            self.names.add(self._BLOCK, [nlp.make_doc(p) for p in dict.fromkeys(blocks)])
        self._block_hash = vocab.strings.add(self._BLOCK)

        # a role phrase may be shared by several actors: one matcher key per phrase
        # (patterns are made from the phrase as written: the tokenizer splits "u.s." unlike "U.S.")
        candidates: dict[str, list[str]] = {}
        written: dict[str, list[str]] = {}
        for actor in self.codebook:
            for role in actor.roles:
                key = _key(role)
                if actor.actor_id not in candidates.setdefault(key, []):
                    candidates[key].append(actor.actor_id)
                written.setdefault(key, []).extend(_variants(role, capitalise=True))
        self.role_candidates: dict[int, tuple[str, ...]] = {}
        for key, ids in candidates.items():
            match_key = f"role::{key}"
            self.roles.add(match_key, [nlp.make_doc(p) for p in dict.fromkeys(written[key])])
            self.role_candidates[vocab.strings.add(match_key)] = tuple(ids)

        # titles as tuples of LOWER hashes, indexed by their last word, longest first
        by_last: dict[int, set[tuple[int, ...]]] = {}
        for title in self.codebook.titles:
            for v in _variants(title, capitalise=False):
                hashes = tuple(t.lower for t in nlp.make_doc(v))
                by_last.setdefault(hashes[-1], set()).add(hashes)
        self.titles = {last: sorted(ts, key=len, reverse=True) for last, ts in by_last.items()}

    # ------------------------------------------------------------------ helpers
    def _extend_title(self, lowers: list[int], start: int) -> int:
        """Move a person mention's start left over any titles right before it."""
        titles = self.titles
        while start > 0:
            for title in titles.get(lowers[start - 1], ()):
                n = len(title)
                if n <= start and tuple(lowers[start - n:start]) == title:
                    start -= n
                    break
            else:
                return start
        return start

    @staticmethod
    def _longest_first(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Non-overlapping spans, longer first, then earlier (like ``spacy.util.filter_spans``)."""
        spans = sorted(spans)
        if all(a[1] <= b[0] for a, b in zip(spans, spans[1:])):
            return spans  # the usual case: nothing overlaps
        taken: set[int] = set()
        kept = []
        for s, e, label in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
            if not taken.intersection(range(s, e)):
                kept.append((s, e, label))
                taken.update(range(s, e))
        kept.sort()
        return kept

    # ------------------------------------------------------------------ component
    def __call__(self, doc: Doc) -> Doc:
        arr = doc.to_array([ORTH, LOWER])
        joined = self._joined.find(doc, arr[:, 0])
        if joined:
            self._joined.split(doc, arr[:, 0], joined)
            arr = doc.to_array([ORTH, LOWER])
        strings = doc.vocab.strings
        raw_names = self.names(doc)
        names: list[tuple[int, int, str]] = []
        if raw_names:
            lowers = arr[:, 1].tolist() if self.titles else []
            blocks = [(s, e) for mid, s, e in raw_names if mid == self._block_hash]
            for mid, s, e in raw_names:
                if mid == self._block_hash:
                    continue
                if blocks and any(s < be and bs < e for bs, be in blocks):
                    continue  # inside a not_actors name ("Washington Post")
                aid = strings[mid]
                if aid in self.persons and self.titles:
                    s = self._extend_title(lowers, s)
                names.append((s, e, aid))
            names = self._longest_first(names)

        roles, unresolved = [], []
        raw_roles = self.roles(doc)
        if raw_roles:
            role_spans = self._longest_first([(s, e, str(mid)) for mid, s, e in raw_roles])
            drop_names: set[int] = set()
            keep_roles = []
            for s, e, mid in role_spans:
                inside = [k for k, (ns, ne, aid) in enumerate(names) if ns < e and s < ne]
                if any(names[k][2] in self.persons or names[k][0] < s or names[k][1] > e for k in inside):
                    continue  # part of a (longer or personal) name mention: a title, not a role
                drop_names.update(inside)  # "the U.S. President": U.S. belongs to the role
                keep_roles.append((s, e, self.role_candidates[int(mid)]))
            if drop_names:
                names = [n for k, n in enumerate(names) if k not in drop_names]
            present = {aid for _, _, aid in names}
            by_end = {ne: aid for ns, ne, aid in names}
            by_start = {ns: aid for ns, ne, aid in names}
            for s, e, cands in keep_roles:
                named = [c for c in cands if c in present]
                if len(named) == 1:
                    aid = named[0]
                elif not named and len(cands) == 1:
                    aid = cands[0]
                else:
                    unresolved.append(Span(doc, s, e, label="|".join(cands)))
                    continue
                # apposition: "the Russian President, Vladimir Putin," / "Putin, the Russian President,"
                before = by_end.get(s) or (by_end.get(s - 1) if s > 0 and doc[s - 1].text == "," else None)
                after = by_start.get(e) or (by_start.get(e + 1) if e < len(doc) and doc[e].text == "," else None)
                if aid in (before, after):
                    continue
                roles.append(Span(doc, s, e, label=aid))

        doc.spans[self.NAME_GROUP] = [Span(doc, s, e, label=aid) for s, e, aid in names]
        doc.spans[self.ROLE_GROUP] = roles
        doc.spans[self.UNRESOLVED_GROUP] = unresolved
        return doc


@Language.factory("actor_ruler", default_config={"codebook_path": None})
def make_actor_ruler(nlp: Language, name: str, codebook_path: str | None) -> ActorRuler:
    """spaCy factory: ``nlp.add_pipe("actor_ruler", config={"codebook_path": ...})``."""
    return ActorRuler(nlp, codebook_path)


def add_to_pipeline(nlp: Language, *, corpus_dir: Path | str | None = None) -> None:
    """Add (or replace) the ``actor_ruler`` with the corpus's codebook (else the shipped one)."""
    cfg = {"codebook_path": str(config.data_file("actors.yaml", corpus_dir))}
    if "actor_ruler" in nlp.pipe_names:
        nlp.replace_pipe("actor_ruler", "actor_ruler", config=cfg)
    else:
        nlp.add_pipe("actor_ruler", config=cfg)


def mentions_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: one row per name or role mention (``MENTION_COLUMNS``), in text order."""
    if ActorRuler.NAME_GROUP not in doc.spans:
        raise ValueError("mentions_stage needs the 'actor_ruler' component in the pipeline "
                         "(helpers.actors.add_to_pipeline)")
    sents = ctx.get("sentences")
    if sents is None:
        from helpers.nlp import sentences

        sents = [{"sent_id": k, "start_char": s.start_char, "end_char": s.end_char}
                 for k, s in enumerate(sentences(doc))]
    starts = [r["start_char"] for r in sents]
    aid = ctx["article_id"]
    rows = []
    for group, form in ((ActorRuler.NAME_GROUP, "name"), (ActorRuler.ROLE_GROUP, "role")):
        for span in doc.spans.get(group, ()):
            start, end = span.start_char, span.end_char
            k = bisect.bisect_right(starts, start) - 1
            sent_id = int(sents[k]["sent_id"]) if k >= 0 and start < sents[k]["end_char"] else -1
            rows.append({"article_id": aid, "sent_id": sent_id, "start_char": int(start),
                         "end_char": int(end), "text": span.text, "actor_id": span.label_, "form": form})
    rows.sort(key=lambda r: (r["start_char"], r["form"]))
    return rows


mentions_stage.columns = MENTION_COLUMNS  # type: ignore[attr-defined]


# =========================================================================== tables


def _analysis(articles_or_analysis, corpus_dir: Path | str | None = None):
    from helpers.pipeline import Analysis, analyse

    if isinstance(articles_or_analysis, Analysis):
        return articles_or_analysis
    return analyse(articles_or_analysis, corpus_dir=corpus_dir)


def _check_form(form: str | None) -> None:
    if form is not None and form not in FORMS:
        raise ValueError(f"form must be one of {FORMS} or None, got {form!r}")


def count_mentions(
    articles,
    *,
    corpus_dir: Path | str | None = None,
    form: str | None = None,
    zeros: bool = False,
) -> pd.DataFrame:
    """Mentions per article and actor: ``article_id, published, actor_id, name, kind, side, form, mentions``.

    ``articles`` is the article table (analysed with :func:`helpers.pipeline.analyse`,
    cached) or an existing ``Analysis``. ``form`` keeps only ``"name"`` (the
    headline count) or ``"role"`` mentions. By default only actors actually
    mentioned get a row; ``zeros=True`` gives the full grid (every article x
    every codebook actor x form, with 0 where there is no mention), which is what
    averages and heatmaps need. Sorted by published, article_id, mentions
    (descending), actor_id, form.
    """
    _check_form(form)
    analysis = _analysis(articles, corpus_dir)
    codebook = load_codebook(corpus_dir=corpus_dir)
    mentions = analysis.mentions
    if form:
        mentions = mentions[mentions["form"] == form]
    counts = (mentions.groupby(["article_id", "actor_id", "form"], sort=False).size()
              .rename("mentions").reset_index())
    arts = analysis.articles[["article_id", "published"]]
    if zeros:
        forms = [form] if form else list(FORMS)
        grid = pd.MultiIndex.from_product(
            [arts["article_id"], list(codebook.actors) + sorted(set(counts["actor_id"]) - set(codebook.actors)),
             forms], names=["article_id", "actor_id", "form"]).to_frame(index=False)
        counts = grid.merge(counts, how="left", on=["article_id", "actor_id", "form"])
        counts["mentions"] = counts["mentions"].fillna(0)
    table = (counts.merge(arts, on="article_id", how="left")
             .merge(codebook.table()[["actor_id", "name", "kind", "side"]], on="actor_id", how="left"))
    table["mentions"] = table["mentions"].astype("int64")
    table = table.sort_values(["published", "article_id", "mentions", "actor_id", "form"],
                              ascending=[True, True, False, True, True], kind="stable")
    return table[COUNT_COLUMNS].reset_index(drop=True)


def mention_matrix(
    counts: pd.DataFrame,
    *,
    form: str | None = "name",
    actors: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Actor x article table of mentions (0 where none), articles in date order.

    Rows are ``actors`` in the given order, else every actor with at least one
    mention, most mentioned first. ``counts`` is :func:`count_mentions` output.
    """
    _check_form(form)
    if form:
        counts = counts[counts["form"] == form]
    order = (counts[["article_id", "published"]].drop_duplicates("article_id")
             .sort_values(["published", "article_id"], kind="stable")["article_id"].tolist())
    matrix = counts.pivot_table(index="actor_id", columns="article_id", values="mentions",
                                aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(columns=order, fill_value=0)
    if actors is None:
        totals = matrix.sum(axis=1)
        totals = totals[totals > 0]
        actors = sorted(totals.index, key=lambda a: (-totals[a], a))
    matrix = matrix.reindex(index=list(actors), fill_value=0).astype("int64")
    matrix.index.name, matrix.columns.name = "actor_id", "article_id"
    return matrix


def side_shares(counts: pd.DataFrame, *, form: str | None = "name") -> pd.DataFrame:
    """Share of each side in an article's mentions: ``article_id, published, side, mentions, share``."""
    _check_form(form)
    if form:
        counts = counts[counts["form"] == form]
    table = (counts.groupby(["article_id", "published", "side"], dropna=False)["mentions"].sum()
             .reset_index())
    table = table[table["mentions"] > 0].copy()
    totals = table.groupby("article_id")["mentions"].transform("sum")
    table["share"] = table["mentions"] / totals
    order = {s: i for i, s in enumerate(SIDES)}
    table = table.assign(_o=table["side"].map(order).fillna(len(SIDES)))
    table = table.sort_values(["published", "article_id", "_o"], kind="stable").drop(columns="_o")
    return table.reset_index(drop=True)


def _mentions_and_sentences(mentions, sentences) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    from helpers.pipeline import Analysis

    if isinstance(mentions, Analysis):
        return mentions.mentions, (mentions.sentences if sentences is None else sentences)
    return mentions, sentences


def co_mentions(
    mentions,
    sentences: pd.DataFrame | None = None,
    *,
    form: str | None = "name",
    min_sentences: int = 1,
) -> pd.DataFrame:
    """Pairs of actors named in the same sentence.

    Columns ``actor_a, actor_b`` (alphabetical within the pair), ``sentences``
    (how many sentences name both), ``articles`` (in how many articles), and
    the first such sentence as ``example`` (its text when ``sentences`` is
    given, else ``article_id#sent_id``) with ``example_article_id`` and
    ``example_sent_id``. ``mentions`` is the mentions table or an ``Analysis``
    (then its sentences are used). Sorted by sentences, articles (descending),
    then the pair.
    """
    _check_form(form)
    mentions, sentences = _mentions_and_sentences(mentions, sentences)
    m = mentions if form is None else mentions[mentions["form"] == form]
    m = m[m["sent_id"] >= 0]
    # article order as in the mentions table (the analysis keeps the corpus order)
    order = {aid: i for i, aid in enumerate(dict.fromkeys(m["article_id"]))}
    rows: dict[tuple[str, str], list] = {}
    per_sentence = (m[["article_id", "sent_id", "actor_id"]].drop_duplicates()
                    .groupby(["article_id", "sent_id"], sort=False)["actor_id"])
    for (aid, sid), ids in per_sentence:
        for a, b in combinations(sorted(set(ids)), 2):
            entry = rows.get((a, b))
            if entry is None:
                rows[(a, b)] = [1, {aid}, (order[aid], sid, aid)]
            else:
                entry[0] += 1
                entry[1].add(aid)
                entry[2] = min(entry[2], (order[aid], sid, aid))
    out = pd.DataFrame(
        [{"actor_a": a, "actor_b": b, "sentences": n, "articles": len(arts),
          "example_article_id": first[2], "example_sent_id": int(first[1])}
         for (a, b), (n, arts, first) in rows.items()],
        columns=["actor_a", "actor_b", "sentences", "articles", "example_article_id", "example_sent_id"])
    if sentences is not None and not out.empty:
        texts = sentences.set_index(["article_id", "sent_id"])["text"]
        out["example"] = [texts.get((a, s), "") for a, s in zip(out["example_article_id"], out["example_sent_id"])]
    else:
        out["example"] = [f"{a}#{s}" for a, s in zip(out["example_article_id"], out["example_sent_id"])]
    out = out[out["sentences"] >= min_sentences]
    out = out.sort_values(["sentences", "articles", "actor_a", "actor_b"],
                          ascending=[False, False, True, True], kind="stable")
    return out[CO_MENTION_COLUMNS].astype({"sentences": "int64", "articles": "int64"}).reset_index(drop=True)


def co_mention_matrix(
    co,
    *,
    value: str = "sentences",
    actors: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Symmetric actor x actor table of ``value`` (``sentences`` or ``articles``), 0 on the diagonal.

    ``co`` is :func:`co_mentions` output (or a mentions table / ``Analysis``, which
    is passed through :func:`co_mentions` first). Actors are ordered by their
    total co-mentions unless ``actors`` gives the order.
    """
    if value not in ("sentences", "articles"):
        raise ValueError(f"value must be 'sentences' or 'articles', got {value!r}")
    if not (isinstance(co, pd.DataFrame) and {"actor_a", "actor_b"} <= set(co.columns)):
        co = co_mentions(co)
    both = pd.concat([co[["actor_a", "actor_b", value]],
                      co.rename(columns={"actor_a": "actor_b", "actor_b": "actor_a"})[["actor_a", "actor_b", value]]])
    if actors is None:
        totals = both.groupby("actor_a")[value].sum()
        actors = sorted(totals.index, key=lambda a: (-totals[a], a))
    actors = list(actors)
    matrix = (both.pivot_table(index="actor_a", columns="actor_b", values=value, aggfunc="sum", fill_value=0)
              .reindex(index=actors, columns=actors, fill_value=0).astype("int64"))
    matrix.index.name, matrix.columns.name = "actor", "actor"
    return matrix


# --------------------------------------------------------------------------- unknown names

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CONNECTORS = {"of", "for", "the", "de", "da", "del", "der", "di", "van", "von", "bin", "al", "la", "le", "du"}
_EDGE_STOP = set(STOP_WORDS) | _MONTHS | _WEEKDAYS | _CONNECTORS
# capitalised words (and abbreviations like U.S.), plus the lower-case connectors
# that may sit inside a name ("Coalition of the Willing"); ASCII lower-case words
# are skipped by the regex itself, which keeps the scan fast
_CAP_RE = re.compile(r"(?:[A-Z]\.){2,}|(?![a-z])(?=[^\W\d_])\w+(?:['’]\w+)*|\b(?:"
                     + "|".join(sorted(_CONNECTORS)) + r")\b")
_GAPS = {" ", "-", "–", "‑", "\u00a0"}
_INITIAL_AFTER = tuple("“\"‘'(:—–-•*")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")


def _is_heading(text: str) -> bool:
    """A title-case line ("Low Expectations, High Stakes"): every longer word capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) > 3]
    return (len(words) >= 2 and all(w[0].isupper() for w in words)
            and not text.rstrip("”\"' ").endswith((".", "!")))


def _runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words (with connectors inside) in a sentence; possessives end a run."""
    run: list[tuple[int, int, str]] = []
    prev_end, prev_poss = -1, False
    for m in _CAP_RE.finditer(text):
        word, s, e = m.group(), m.start(), m.end()
        poss = word.endswith(("’s", "'s")) and len(word) > 2
        if poss:
            word, e = word[:-2], e - 2
        is_cap = word[:1].isupper()
        if not is_cap and word not in _CONNECTORS:
            if run:
                yield run
            run, prev_end, prev_poss = [], -1, False
            continue
        if run and (prev_poss or text[prev_end:s] not in _GAPS):
            yield run
            run = []
        if run or is_cap:  # a run starts with a capitalised word
            run.append((s, e, word))
        prev_end, prev_poss = e, poss
    if run:
        yield run


def unknown_names(
    articles_or_analysis,
    *,
    corpus_dir: Path | str | None = None,
    include_set_aside: bool = False,
    min_mentions: int = 1,
) -> pd.DataFrame:
    """Capitalised names that look like people or organisations but are in no codebook entry.

    A candidate is a run of two or more capitalised words (``of``/``the``...
    allowed inside) in a sentence, after dropping a sentence-initial common
    word ("Despite", "The"), stop words, months and weekdays at its edges, and
    leading titles ("French President" of "French President Emmanuel Macron").
    Words already matched as an actor's name or role are not candidates, but a
    run that *extends* a codebook name ("Kyiv Independent", "U.S. Treasury") is
    reported with the actor(s) in ``overlaps``: it is probably a different
    actor, wrongly counted as that one. Title-case headings are skipped, so are
    runs made only of titles ("Defense Minister").

    Columns: ``name, status, overlaps, mentions, articles, example,
    example_article_id, example_sent_id``. ``status`` is ``unknown``; names on
    the codebook's ``not_actors`` list (places, events) are left out, or listed
    with status ``not_actor`` when ``include_set_aside=True``.
    """
    analysis = _analysis(articles_or_analysis, corpus_dir)
    codebook = load_codebook(corpus_dir=corpus_dir)
    not_actors = {_key(p) for p in codebook.not_actors}
    title_words = {w for t in codebook.titles for w in _key(t).split()} - _CONNECTORS
    lexicon: set[str] = set()
    for text in analysis.articles["text"]:
        lexicon.update(_LOWER_WORD_RE.findall(text))

    spans: dict[str, tuple[list[int], list[tuple[int, int, str]]]] = {}
    for aid, group in analysis.mentions.sort_values(["article_id", "start_char"]).groupby("article_id", sort=False):
        items = list(zip(group["start_char"], group["end_char"], group["actor_id"]))
        spans[aid] = ([s for s, _, _ in items], items)

    def covering(aid: str, s: int, e: int) -> str | None:
        starts, items = spans.get(aid, ([], []))
        k = bisect.bisect_right(starts, e - 1) - 1
        while k >= 0 and items[k][1] > s - 200:  # mentions are short; look back a little
            if items[k][0] < e and s < items[k][1]:
                return items[k][2]
            k -= 1
        return None

    found: dict[tuple[str, str], list] = {}
    order = {aid: i for i, aid in enumerate(analysis.articles["article_id"])}
    for aid, sid, base, text in zip(analysis.sentences["article_id"], analysis.sentences["sent_id"],
                                    analysis.sentences["start_char"], analysis.sentences["text"]):
        if _is_heading(text):
            continue
        for run in _runs(text):
            words = [(s, e, w, covering(aid, base + s, base + e)) for s, e, w in run]
            before = text[:words[0][0]].rstrip()
            if (not before or before.endswith(_INITIAL_AFTER)) and words[0][3] is None \
                    and (words[0][2].lower() in lexicon or words[0][2].lower() in _EDGE_STOP):
                words = words[1:]
            for name, overlaps in _candidates(words, title_words):
                if _key(name) in not_actors:
                    status = "not_actor"
                else:
                    status = "unknown"
                k = (name, status)
                entry = found.get(k)
                where = (order.get(aid, 0), int(sid), aid, text)
                if entry is None:
                    found[k] = [1, {aid}, where, set(overlaps)]
                else:
                    entry[0] += 1
                    entry[1].add(aid)
                    entry[3].update(overlaps)
                    if where < entry[2]:
                        entry[2] = where
    rows = [{"name": name, "status": status, "overlaps": ", ".join(sorted(ov)), "mentions": n,
             "articles": len(arts), "example": where[3], "example_article_id": where[2],
             "example_sent_id": where[1]}
            for (name, status), (n, arts, where, ov) in found.items()
            if n >= min_mentions and (include_set_aside or status == "unknown")]
    out = pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)
    out = out.assign(_s=(out["status"] != "unknown").astype(int)).sort_values(
        ["_s", "mentions", "name"], ascending=[True, False, True], kind="stable").drop(columns="_s")
    return out.astype({"mentions": "int64", "articles": "int64", "example_sent_id": "int64"}).reset_index(drop=True)


def _candidates(words: list[tuple[int, int, str, str | None]], title_words: set[str]):
    """Yield (name, overlapped actor ids) for each uncovered stretch of a run that looks like a name."""
    def edge(w: str) -> bool:
        return w.lower() in _EDGE_STOP

    k = 0
    while k < len(words):
        if words[k][3] is not None:
            k += 1
            continue
        j = k
        while j < len(words) and words[j][3] is None:
            j += 1
        seg = words[k:j]  # uncovered stretch [k, j)
        while seg and edge(seg[0][2]):
            seg = seg[1:]
        while seg and edge(seg[-1][2]):
            seg = seg[:-1]
        if seg and not all(_key(w) in title_words for _, _, w, _ in seg):
            left = words[k - 1] if k > 0 and seg[0] is words[k] else None
            right = words[j] if j < len(words) and seg[-1] is words[j - 1] else None
            if left is None and right is None:
                # drop leading titles while two or more words remain
                while len(seg) > 2 and _key(seg[0][2]) in title_words:
                    seg = seg[1:]
            parts = ([left] if left else []) + seg + ([right] if right else [])
            overlaps = [p[3] for p in (left, right) if p is not None]
            if len(parts) >= 2:
                yield _join(parts), overlaps
        k = j


def _join(parts: list[tuple[int, int, str, str | None]]) -> str:
    return " ".join(w for _, _, w, _ in parts)


# --------------------------------------------------------------------------- keyword in context


def kwic(
    mentions,
    sentences: pd.DataFrame | None,
    actor_id: str,
    width: int = 60,
    *,
    form: str | None = None,
) -> pd.DataFrame:
    """Keyword in context: every mention of ``actor_id`` with ``width`` characters either side.

    Columns ``article_id, sent_id, form, left, mention, right``; contexts stay
    within the sentence and are cut with "…". ``mentions`` may be an ``Analysis``
    (then ``sentences`` may be None).
    """
    _check_form(form)
    mentions, sentences = _mentions_and_sentences(mentions, sentences)
    if sentences is None:
        raise ValueError("kwic needs the sentences table (or pass an Analysis)")
    m = mentions[mentions["actor_id"] == actor_id]
    if form:
        m = m[m["form"] == form]
    sent = sentences.set_index(["article_id", "sent_id"])[["start_char", "text"]]
    rows = []
    for aid, sid, s, e, f in zip(m["article_id"], m["sent_id"], m["start_char"], m["end_char"], m["form"]):
        try:
            base, text = sent.loc[(aid, sid)]
        except KeyError:
            continue
        a, b = s - base, e - base
        left = " ".join(text[:a].split())
        right = " ".join(text[b:].split())
        if text[:a][-1:].isspace():
            left += " "
        if text[b:][:1].isspace():
            right = " " + right
        if len(left) > width:
            left = "…" + left[-(width - 1):]
        if len(right) > width:
            right = right[:width - 1] + "…"
        rows.append({"article_id": aid, "sent_id": int(sid), "form": f, "left": left,
                     "mention": text[a:b], "right": right})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)
