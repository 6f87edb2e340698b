"""The actor codebook (``actors.yaml``): who counts as an actor, by which names, on which side.

Data, documented in the file's header: the ``sides`` (id, display label, colour),
the ``actors`` (names, roles, side), the ``titles`` that belong to a name and the
``not_actors``. :func:`parse_codebook` validates it and raises
:class:`CodebookError` naming the file and the entry; nothing about sides or
people is known to the code beyond what this file says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pandas as pd

from helpers.codebook import CodebookError, read_yaml
from helpers.stopwords import stop_words

__all__ = ["CodebookError", "Actor", "Side", "Codebook", "KINDS", "load_codebook", "parse_codebook",
           "name_key", "name_variants"]

KINDS = ("person", "government", "organisation", "country", "media")
REQUIRED_FIELDS = ("actor_id", "name", "kind", "side", "aliases")
OPTIONAL_FIELDS = ("roles", "gender")
GENDERS = ("female", "male")
SECTIONS = ("sides", "actors", "titles", "not_actors")
SIDE_FIELDS = ("side_id", "label", "colour")
ACTOR_ID_RE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
MIN_ALIAS_CHARS = 2

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


# heads of roles that make their holder "the leader" of a country too
_LEADER_HEADS = {"president", "chancellor", "premier"}

@dataclass(frozen=True)
class Side:
    """A side of the story (a country, a bloc): its id, display label and chart colour."""

    side_id: str
    label: str
    colour: str


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
    sides: dict[str, Side] = field(default_factory=dict)

    @property
    def persons(self) -> frozenset[str]:
        """Ids of the actors who are people (a "he" or "she" can only be one of them)."""
        return frozenset(a.actor_id for a in self.actors.values() if a.kind == "person")

    @property
    def media(self) -> frozenset[str]:
        """Ids of news outlets: counted as mentions, never holders of a position (they report others')."""
        return frozenset(a.actor_id for a in self.actors.values() if a.kind == "media")

    @property
    def governments(self) -> frozenset[str]:
        """Ids of the government bodies (ministries, the Kremlin), which report their country's position."""
        return frozenset(a.actor_id for a in self.actors.values() if a.kind == "government")

    def role_heads(self) -> dict[str, frozenset[str]]:
        """The last word of each person's roles ("Russia's foreign *minister*") -> the people who hold one, so
        "the minister said" can refer back to the last of them named. Roles with "of" ("head of the
        delegation") and words that name an actor ("President of *Ukraine*") give none. A role ending in two
        lower-case words gives them as a head too ("Russia's *foreign minister*"), for "the foreign minister said"."""
        named = {w.casefold() for a in self.actors.values() if a.kind != "person" for n in (a.name, *a.aliases)
                 for w in n.split()}
        heads: dict[str, set[str]] = {}
        for a in self.actors.values():
            if a.kind != "person":
                continue
            for role in a.roles:
                words = role.split()
                head = words[-1].casefold()
                if len(words) < 2 or "of" in (w.casefold() for w in words) or not head.isalpha():
                    continue
                if head in _LEADER_HEADS or " ".join(words[-2:]).casefold() == "prime minister":
                    heads.setdefault("leader", set()).add(a.actor_id)  # "the Finnish *leader*": its president
                if head not in named or head in _LEADER_HEADS:  # "the president said" (an actor's name may hold
                    heads.setdefault(head, set()).add(a.actor_id)  # the word too: "Office of the President")
                if len(words) > 2 and words[-2].islower() and words[-2].isalpha():  # "the *foreign minister*"
                    heads.setdefault(" ".join(words[-2:]).casefold(), set()).add(a.actor_id)
        return {head: frozenset(who) for head, who in heads.items()}

    @property
    def non_persons(self) -> frozenset[str]:
        """Ids of the actors who are not people (never the "he" or "she" of a quote)."""
        return frozenset(a.actor_id for a in self.actors.values() if a.kind != "person")

    @property
    def genders(self) -> dict[str, str]:
        """``actor_id -> "m" | "f"`` where the codebook gives a gender."""
        return {a.actor_id: a.gender[:1] for a in self.actors.values() if a.gender}

    def side_of(self, actor_id: str) -> str:
        """The side an actor speaks for (``other`` for an id the codebook does not know)."""
        actor = self.actors.get(actor_id)
        return actor.side if actor else "other"

    def side_map(self) -> dict[str, str]:
        """``actor_id -> side`` for every actor."""
        return {a.actor_id: a.side for a in self.actors.values()}

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


def name_key(phrase: str) -> str:
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


def load_codebook(path: Path | str) -> Codebook:
    """Read and validate one ``actors.yaml`` (see :func:`parse_codebook`)."""
    path = Path(path)
    return parse_codebook(read_yaml(path, "actor codebook"), source=path)


def _parse_sides(value: object, path: Path) -> dict[str, Side]:
    if not isinstance(value, list) or not value:
        raise CodebookError(f"{path}: 'sides:' must be a non-empty list of sides "
                            f"(each with {', '.join(SIDE_FIELDS)}); every actor's side must be declared there")
    sides: dict[str, Side] = {}
    for i, entry in enumerate(value, start=1):
        where = f"{path}: side #{i}"
        if not isinstance(entry, dict) or any(not isinstance(entry.get(f), str) or not entry[f].strip()
                                              for f in SIDE_FIELDS):
            raise CodebookError(f"{where}: needs {', '.join(SIDE_FIELDS)} (texts), got {entry!r}")
        extra = [k for k in entry if k not in SIDE_FIELDS]
        if extra:
            raise CodebookError(f"{where}: unknown field(s) {', '.join(map(str, extra))}")
        sid = entry["side_id"]
        if not ACTOR_ID_RE.fullmatch(sid):
            raise CodebookError(f"{where}: side_id must be snake_case, got {sid!r}")
        if sid in sides:
            raise CodebookError(f"{where}: duplicate side_id {sid!r}")
        if not COLOUR_RE.fullmatch(entry["colour"]):
            raise CodebookError(f"{where} ({sid}): colour must be a hex colour like #0072B2, got {entry['colour']!r}")
        sides[sid] = Side(sid, " ".join(entry["label"].split()), entry["colour"].upper())
    if "other" not in sides:
        raise CodebookError(f"{path}: 'sides:' must declare the side 'other' (actors of no listed side)")
    return sides


def _check_alias(alias: str, where: str) -> None:
    """Refuse names that would match everywhere: one character, or a common English word."""
    if len(alias.replace(".", "")) < MIN_ALIAS_CHARS:
        raise CodebookError(f"{where}: the name {alias!r} is shorter than {MIN_ALIAS_CHARS} characters; "
                            "it would match inside ordinary text")
    if " " not in alias and alias == alias.lower() and alias.lower() in stop_words():
        raise CodebookError(f"{where}: the name {alias!r} is a common English word; "
                            "it would match ordinary text (use a longer name or a role)")


def parse_codebook(data: object, *, source: Path | str) -> Codebook:
    """Validate the parsed contents of an actor codebook.

    Raises :class:`CodebookError`, naming the file and the actor, for: an empty
    or malformed file; a missing or unknown field; a bad or duplicate
    ``actor_id``; an unknown ``kind``; a ``side`` not declared under
    ``sides:``; an alias claimed by two actors (case-insensitive), shorter than
    two characters or a common English word; a role that is also an actor's
    name; a ``not_actors`` entry that is also an actor's name.
    """
    path = Path(source)
    if data is None:
        raise CodebookError(f"{path}: the actor codebook is empty; it needs 'sides:' and 'actors:' lists")
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: expected a mapping with 'sides:' and 'actors:' lists, got {type(data).__name__}")
    unknown = [k for k in data if k not in SECTIONS]
    if unknown:
        raise CodebookError(f"{path}: unknown section(s) {', '.join(map(str, unknown))}; "
                            f"expected {', '.join(SECTIONS)}")
    sides = _parse_sides(data.get("sides"), path)
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
        if side not in sides:
            raise CodebookError(f"{where}: side {side!r} is not declared under 'sides:' "
                                f"(declared: {', '.join(sides)})")
        gender = entry.get("gender") or ""
        if gender and (gender not in GENDERS or kind != "person"):
            raise CodebookError(f"{where}: gender is for people only and must be one of "
                                f"{', '.join(GENDERS)}, got {gender!r}")
        aliases = _string_list(entry["aliases"], where=where, field="aliases")
        roles = _string_list(entry.get("roles"), where=where, field="roles")
        actor = Actor(aid, " ".join(name.split()), kind, side, aliases, roles, gender)
        for alias in actor.names:
            _check_alias(alias, where)
            key = name_key(alias)
            other = owner.get(key)
            if other and other[0] != aid:
                raise CodebookError(f"{where}: alias {alias!r} is already claimed by actor {other[0]} "
                                    f"(as {other[1]!r}); an alias may belong to one actor only")
            owner[key] = (aid, alias)
        actors[aid] = actor

    for actor in actors.values():
        for role in actor.roles:
            other = owner.get(name_key(role))
            if other:
                raise CodebookError(f"{path}: actor {actor.actor_id}: role {role!r} is also a name of actor "
                                    f"{other[0]}; names are matched first, so this role would never count")
    titles = _string_list(data.get("titles"), where=f"{path}: titles", field="titles")
    not_actors = _string_list(data.get("not_actors"), where=f"{path}: not_actors", field="not_actors")
    for phrase in not_actors:
        other = owner.get(name_key(phrase))
        if other:
            raise CodebookError(f"{path}: not_actors entry {phrase!r} is a name of actor {other[0]}; "
                                f"remove it from one of the two")
    return Codebook(path, actors, titles, not_actors, sides)


def name_variants(phrase: str, *, capitalise: bool) -> list[str]:
    """The phrase with both apostrophe styles and, for lower-case starts, capitalised."""
    forms = {phrase, phrase.replace("'", "’"), phrase.replace("’", "'")}
    if capitalise:
        forms |= {f[:1].upper() + f[1:] for f in forms if f[:1].islower()}
    return sorted(forms)

