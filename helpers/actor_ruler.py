"""The ``actor_ruler`` spaCy component and the mentions stage (see :mod:`helpers.actors`).

Kept apart from the codebook and the mention tables because it is the only part
of the actors code that needs spaCy: a notebook that reads the cached analysis
imports :mod:`helpers.actors` without paying for spaCy's import.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from helpers.actor_codebook import Codebook, name_key, name_variants
from helpers.affiliations import NOT_NAMES, Affiliations, ProvisionalFinder
from helpers.mentions import MENTION_COLUMNS
from helpers.nlp import JOINED_INFIX

if TYPE_CHECKING:
    from helpers.codebooks import Codebooks

__all__ = ["ActorRuler", "make_actor_ruler", "add_to_pipeline", "mentions_stage"]


# An abbreviation glued to the next word by a hyphen or dash ("U.S.-Ukraine",
# "U.S.-led"): spaCy's English tokenizer leaves it as one token. The workbook's
# tokenizer splits it already (helpers.nlp.blank_pipeline); a pipeline built
# on another tokenizer gets it split here.
_JOINED_RE = re.compile(JOINED_INFIX)


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


class _Intervals:
    """Which of a list of [start, end) spans overlap a given one, by binary search (long Docs stay linear)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.order = sorted(range(len(spans)), key=lambda k: spans[k][0])
        self.starts = [spans[k][0] for k in self.order]
        self.ends = [spans[k][1] for k in self.order]
        self.max_end = list(itertools.accumulate(self.ends, max))

    def overlapping(self, s: int, e: int) -> list[int]:
        """Indices (in the original list, ascending) of the spans with start < e and end > s."""
        k = bisect.bisect_left(self.starts, e) - 1
        out = []
        while k >= 0 and self.max_end[k] > s:
            if self.ends[k] > s:
                out.append(self.order[k])
            k -= 1
        return sorted(out)


# words after a role that make it part of a person's title ("the foreign ministry *spokeswoman*")
_HOLDER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "minister",
                 "ministers", "secretary", "chief", "head", "adviser", "advisor", "diplomat", "diplomats"}
_SAID = {"said", "says", "stated", "noted", "added", "insisted", "reiterated", "stressed"}


class ActorRuler:
    """Pipeline component: codebook names and roles as span groups (see the module docstring)."""

    NAME_GROUP = "actors"
    ROLE_GROUP = "actor_roles"
    UNRESOLVED_GROUP = "actor_roles_unresolved"
    _BLOCK = "__not_actor__"

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._joined = _JoinedTokens()
        self.codebook: Codebook | None = None
        self.provisional: ProvisionalFinder | None = None

    def configure(self, codebook: Codebook, affiliations: Affiliations | None = None) -> None:
        """Build the matchers from a validated codebook (the component reads no file).

        With ``affiliations``, people the codebook lacks but whose title names a
        side become provisional actors (:mod:`helpers.affiliations`).
        """
        nlp = self.nlp
        self.codebook = codebook
        self.provisional = ProvisionalFinder(nlp, affiliations, codebook) if affiliations is not None else None
        vocab = nlp.vocab
        self.names = PhraseMatcher(vocab, attr="ORTH")
        self.roles = PhraseMatcher(vocab, attr="LOWER")
        self.persons = {a.actor_id for a in self.codebook if a.kind == "person"}
        for actor in self.codebook:
            phrases = [p for n in actor.names for p in name_variants(n, capitalise=True)]
            self.names.add(actor.actor_id, [nlp.make_doc(p) for p in dict.fromkeys(phrases)])
        blocks = [p for n in self.codebook.not_actors for p in name_variants(n, capitalise=True)]
        if blocks:
            self.names.add(self._BLOCK, [nlp.make_doc(p) for p in dict.fromkeys(blocks)])
        self._block_hash = vocab.strings.add(self._BLOCK)

        # a role phrase may be shared by several actors: one matcher key per phrase
        # (patterns are made from the phrase as written: the tokenizer splits "u.s." unlike "U.S.")
        candidates: dict[str, list[str]] = {}
        written: dict[str, list[str]] = {}
        for actor in self.codebook:
            for role in actor.roles:
                key = name_key(role)
                if actor.actor_id not in candidates.setdefault(key, []):
                    candidates[key].append(actor.actor_id)
                written.setdefault(key, []).extend(name_variants(role, capitalise=True))
        self.role_candidates: dict[int, tuple[str, ...]] = {}
        for key, ids in candidates.items():
            match_key = f"role::{key}"
            self.roles.add(match_key, [nlp.make_doc(p) for p in dict.fromkeys(written[key])])
            self.role_candidates[vocab.strings.add(match_key)] = tuple(ids)

        # the country a body with roles belongs to, read off its aliases ("Colombia's foreign ministry"): a role
        # several bodies share ("the foreign ministry") is theirs where the sentence places it ("In Bogotá, ...")
        countries = {a.actor_id: [n.lower() for n in a.names] for a in self.codebook if a.kind == "country"}
        self.home: dict[str, set[str]] = {}
        for actor in self.codebook:
            if actor.roles and actor.kind != "person":
                aliases = [n.lower().replace("’", "'") for n in actor.aliases]
                self.home[actor.actor_id] = {c for c, names in countries.items()
                                             if any(a.startswith(n + "'s ") for a in aliases for n in names)}
        self.countries = set(countries)

        # titles as tuples of LOWER hashes, indexed by their last word, longest first
        by_last: dict[int, set[tuple[int, ...]]] = {}
        for title in self.codebook.titles:
            for v in name_variants(title, capitalise=False):
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

    def _placed(self, doc: Doc, s: int, e: int, names: list[tuple[int, int, str]],
                cands: tuple[str, ...]) -> list[str]:
        """The bodies among ``cands`` of the country the sentence places the role in: "*In Bogotá*, the Foreign
        Ministry", or the country it speaks for right after a speech verb ("the ministry said *Ghana* ...")."""
        country = None
        for ns, ne, aid in names:
            if aid in self.countries and ns >= 1 and s - 3 <= ne < s and doc[ns - 1].text == "In" \
                    and doc[ne].text == ",":
                country = aid
            elif aid in self.countries and e < ns <= e + 5 and country is None \
                    and (doc[ns - 1].lower_ in _SAID or doc[ns - 1].lower_ == "that" and doc[ns - 2].lower_ in _SAID):
                country = aid  # ("the ministry said *that Kyrgyzstan* favours ...": the same, past "that")
        return [c for c in cands if country is not None and country in self.home.get(c, ())]

    # ------------------------------------------------------------------ component
    def __call__(self, doc: Doc) -> Doc:
        if self.codebook is None:
            raise ValueError("actor_ruler has no codebook: add it with helpers.actors.add_to_pipeline(nlp, codebooks)")
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
            blocks = _Intervals([(s, e) for mid, s, e in raw_names if mid == self._block_hash])
            for mid, s, e in raw_names:
                if mid == self._block_hash:
                    continue
                if blocks.overlapping(s, e):
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
            name_spans = _Intervals([(ns, ne) for ns, ne, _ in names])
            for s, e, mid in role_spans:
                inside = name_spans.overlapping(s, e)
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
                if e < len(doc) and doc[e].lower_ in _HOLDER_NOUNS:
                    continue  # "Zakharova, *the foreign ministry* spokeswoman,": her title, not the ministry
                named = [c for c in cands if c in present]
                placed = self._placed(doc, s, e, names, cands) if len(named) != 1 else []
                if len(named) == 1:
                    aid = named[0]
                elif not named and len(cands) == 1:
                    aid = cands[0]
                elif len(placed) == 1:
                    aid = placed[0]
                else:
                    unresolved.append(Span(doc, s, e, label="|".join(cands)))
                    continue
                # apposition: "the Russian President, Vladimir Putin," / "Putin, the Russian President,"
                before = by_end.get(s) or (by_end.get(s - 1) if s > 0 and doc[s - 1].text == "," else None)
                after = by_start.get(e) or (by_start.get(e + 1) if e < len(doc) and doc[e].text == "," else None)
                if aid in (before, after):
                    continue
                roles.append(Span(doc, s, e, label=aid))

        if self.provisional is not None:
            starts = {ns for ns, _, _ in names}  # a one-word name that may be someone else's given name is left
            maybe = [n for n in names if _given_name_of_another(doc, n, starts, self.persons)]  # to a title that
            sure = [n for n in names if n not in maybe] if maybe else names  # introduces that someone else
            found = self.provisional(doc, sure + [(r.start, r.end, r.label_) for r in roles])
            if found:  # ("group leader *Graham* Pilling" is not Lindsey Graham)
                names = sorted([n for n in names if n in sure or not any(f[0] <= n[0] < f[1] for f in found)] + found)
        doc.spans[self.NAME_GROUP] = [Span(doc, s, e, label=aid) for s, e, aid in names]
        doc.spans[self.ROLE_GROUP] = roles
        doc.spans[self.UNRESOLVED_GROUP] = unresolved
        return doc


def _given_name_of_another(doc: Doc, name: tuple[int, int, str], starts: set[int], persons) -> bool:
    """May a one-word person's name be the given name of someone else ("*Graham* Pilling said", "*Michal* Šimečka
    of")? When a capitalised word that starts no other name follows it, then neither a third one (a title-case
    headline, "Graham Warns Moscow") nor the end of the line ("..., Trump Says"). Only a title before the two
    words (:class:`~helpers.affiliations.ProvisionalFinder`) makes them someone else."""
    s, e, aid = name
    if e - s != 1 or aid not in persons or e + 1 >= len(doc) or e in starts:
        return False
    nxt, after = doc[e], doc[e + 1]
    if not (nxt.is_alpha and nxt.is_title) or nxt.text in NOT_NAMES or after.is_space:
        return False
    return not (after.is_alpha and after.is_title)


@Language.factory("actor_ruler")
def make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    """spaCy factory; the ruler is empty until :meth:`ActorRuler.configure` gives it a codebook."""
    return ActorRuler(nlp)


def add_to_pipeline(nlp: Language, codebooks: "Codebooks") -> None:
    """Add (or replace) the ``actor_ruler``, configured with the codebooks' actors."""
    if "actor_ruler" in nlp.pipe_names:
        nlp.remove_pipe("actor_ruler")
    ruler = nlp.add_pipe("actor_ruler")
    ruler.configure(codebooks.actors, codebooks.affiliations)


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
