"""Provisional actors: people the codebook lacks, recognised by a title that says whom they speak for.

Event coders (GDELT's actor codes, PETRARCH's role dictionaries) code an actor
they have never seen from its title: "Turkish Foreign Minister Hakan Fidan" is
Turkey's, "Trump's special envoy Keith Kellogg" speaks for the US. The words
that make a name an office holder and the words that say for whom are data
(``affiliations.yaml``, documented in its header). This module reads that file
and, inside the ``actor_ruler``, finds such people: a capitalised name right
after an office word ("spokesman Dmitry Peskov") or set off after it ("Dmitry
Peskov, the Kremlin spokesman"), whose title names a side through a demonym, a
place, a codebook actor ("Kremlin", "Trump's") or a ``patron_of`` entry. Each
becomes a *provisional* actor of that side for the article (of side ``other``
when the office names none: "Foreign Affairs Minister Anita Anand"), with the
sentence that introduced it as evidence; later mentions of its full name or
surname in the same article are its mentions too. Four introductions stand in
for a title: a codebook actor's possessive ("Chile's Gabriel Boric", of Chile's
side), another capitalised possessive, a party's ("Labour's Priya Nandakumar
said"), a "who" clause after the name ("Salim Bakari, who runs a milling
company"; not after a preposition: "officials in Banja Luka, who"), and a sentence that opens with the name "of" a party or body
("Jouni Partanen of the Left Alliance"); the last three give side ``other``
unless the clause names one. Nothing else is guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Collection, Mapping

import numpy

from helpers.actor_codebook import Codebook, name_variants
from helpers.codebook import CodebookError

if TYPE_CHECKING:  # spaCy is imported where the finder is built, so reading the file does not import it
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Affiliations", "parse_affiliations", "ProvisionalFinder", "USER_DATA_KEY", "provisional_id"]

USER_DATA_KEY = "provisional_actors"
SECTIONS = ("demonyms", "places", "patron_of", "office_words")
MAX_NAME_TOKENS = 4
MAX_TITLE_TOKENS = 6
# words of a body's name, never of a person's ("the *Security Service* of Ukraine")
_INSTITUTION_WORDS = {"Service", "Council", "Ministry", "Committee", "Union", "Party", "Bank", "Office", "Agency",
                      "Forces", "Force", "Court", "Assembly", "Department", "Parliament", "Senate", "House", "Army",
                      "Guard", "Commission", "Coalition", "Alliance", "Association", "Institute", "University", "Room",
                      "Palace", "Summit", "Talks", "Head", "State", "Air", "Navy", "Secretary", "Minister", "President",
                      "Fleet", "Sea", "Railways", "Company", "Group", "Oil", "Gas", "Media", "News", "Times", "Post",
                      "Region", "Oblast", "Republic", "Federation", "Church", "Embassy", "Mission", "Fund", "Plan"}
# the institution words that end a party's name: its possessive names a member ("the Green *Party's* Imogen Tallis")
_PARTY_WORDS = {"Party", "Alliance", "Coalition", "Union"}
# honorifics before a name that opens its sentence
_HONORIFICS = {"Dr", "Dr.", "Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs."}
# prepositions before a place, never before a person a "who" clause introduces
_PLACE_PREPOSITIONS = {"in", "from", "at", "near", "outside", "across", "around", "to", "into", "of"}
# relatives that introduce a person by their family ("Halyna Koval, *whose son* serves near Pokrovsk")
_KIN = {"son", "sons", "daughter", "daughters", "brother", "brothers", "sister", "sisters", "husband", "wife",
        "nephew", "niece", "father", "mother", "parents", "family", "grandson", "granddaughter", "cousin"}
PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn", "el"}
# lower-case words that may sit inside a title ("special envoy", "head of Russia's delegation")
TITLE_GLUE = {"of", "the", "for", "on", "'s", "’s", "'", "’", "-", "special", "top", "chief", "senior", "former",
              "acting", "deputy", "presidential", "foreign", "defence", "defense", "first", "then", "new", "lead"}
NOT_NAMES = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
             "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "After", "But", "And", "As",
             "This", "That", "His", "Her", "Their", "Our", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
             "Sir", "Gen", "Gen."}


@dataclass(frozen=True)
class Affiliations:
    """The validated contents of ``affiliations.yaml``: side words and office words."""

    source: Path | None
    demonyms: Mapping[str, str]
    places: Mapping[str, str]
    patron_of: Mapping[str, str]
    office_words: tuple[str, ...]

    @property
    def side_words(self) -> dict[str, str]:
        """Every word or name that says for whom a title speaks, as written -> side_id."""
        return {**self.demonyms, **self.places, **self.patron_of}


def parse_affiliations(data: object, *, source: Path | None, sides: Collection[str]) -> Affiliations:
    """Validate the parsed YAML; every problem raises :class:`CodebookError` naming the file and entry."""
    where = str(source or "affiliations.yaml")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise CodebookError(f"{where}: expected the sections {', '.join(SECTIONS)}, got {type(data).__name__}")
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise CodebookError(f"{where}: unknown section(s) {', '.join(map(str, unknown))}; "
                            f"the sections are {', '.join(SECTIONS)}")
    maps: dict[str, dict[str, str]] = {}
    seen: dict[str, str] = {}
    for section in SECTIONS[:3]:
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise CodebookError(f"{where}: {section}: expected 'word: side_id' lines, got {entries!r}")
        out = {}
        for word, side in entries.items():
            if not isinstance(word, str) or not word.strip() or not isinstance(side, str):
                raise CodebookError(f"{where}: {section}: {word!r}: expected 'word: side_id'")
            if side not in sides:
                raise CodebookError(f"{where}: {section}: {word!r} names side {side!r}, which the actor codebook "
                                    f"does not declare (sides: {', '.join(sides)})")
            if word in seen:
                raise CodebookError(f"{where}: {word!r} appears in both {seen[word]} and {section}")
            seen[word] = section
            out[word.strip()] = side
        maps[section] = out
    words = data.get("office_words") or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise CodebookError(f"{where}: office_words: expected a list of words and phrases")
    return Affiliations(source, MappingProxyType(maps["demonyms"]), MappingProxyType(maps["places"]),
                        MappingProxyType(maps["patron_of"]), tuple(dict.fromkeys(w.strip().lower() for w in words)))


# letters that Unicode does not decompose into a base letter and an accent, spelled as a coder writes them in ASCII
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
                               "ħ": "h", "Ħ": "H"})


def provisional_id(name: str, taken: Collection[str] = ()) -> str:
    """An actor id for a name: ASCII, lower case, underscores ("Jean-Noël Barrot" -> ``jean_noel_barrot``,
    "Szymon Hołownia" -> ``szymon_holownia``, not ``szymon_hoownia``)."""
    ascii_name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_") or "unnamed"
    return f"{slug}_provisional" if slug in taken else slug


def _plurals(phrase: str) -> set[str]:
    *head, last = phrase.split(" ")
    forms = {last + "s"}
    if last.endswith("man"):
        forms.add(last[:-3] + "men")
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        forms.add(last[:-1] + "ies")
    return {" ".join([*head, f]) for f in forms}


def _hyphen_tail(doc: Doc, i: int) -> bool:
    """Is ``doc[i]`` the lower-case half of a hyphenated given name ("Choi Min-*seok*", "Chen Wei-*lun*")?"""
    return (i >= 2 and doc[i].is_lower and doc[i].is_alpha and doc[i - 1].text in ("-", "‐")
            and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and _name_like(doc[i - 2].text))


def _name_like(text: str) -> bool:
    return (text[:1].isupper() and any(c.isalpha() for c in text) and not text.isupper()
            and text not in NOT_NAMES and "." not in text)


class ProvisionalFinder:
    """Finds provisional actors in a Doc whose codebook names the ruler has already marked."""

    def __init__(self, nlp: Language, affiliations: Affiliations, codebook: Codebook) -> None:
        from spacy.matcher import PhraseMatcher

        vocab = nlp.vocab
        self.codebook = codebook
        self.sides = codebook.side_map()
        self.office = PhraseMatcher(vocab, attr="LOWER")
        office = sorted({f for w in affiliations.office_words for f in {w, *_plurals(w)}})
        self.office.add("office", [nlp.make_doc(w) for w in office]  # (and capitalised: "sen." is two tokens,
                        + [nlp.make_doc(w.capitalize()) for w in office if "." in w])  # "Sen." one)
        self.office_vocab = {t for w in office for t in w.split()} | TITLE_GLUE
        self.side_words = PhraseMatcher(vocab, attr="ORTH")
        for word, side in affiliations.side_words.items():
            self.side_words.add(side, [nlp.make_doc(v) for v in name_variants(word, capitalise=False)])
        self.not_names = NOT_NAMES | {w.capitalize() for w in self.office_vocab} | set(affiliations.demonyms)
        self.places = set(affiliations.places)

    # ------------------------------------------------------------------ pieces
    def _name_run(self, doc: Doc, start: int, step: int, covered: set[int]) -> tuple[int, int] | None:
        """A run of 2-4 capitalised words (particles allowed inside) from ``start`` going ``step``."""
        toks, i = [], start
        while 0 <= i < len(doc) and len(toks) < MAX_NAME_TOKENS + 2:
            t = doc[i]
            if i in covered:
                break
            if _name_like(t.text) and t.text not in self.not_names or _hyphen_tail(doc, i) and (toks or step < 0):
                toks.append(i)
            elif t.text.lower() in PARTICLES and toks:
                toks.append(i)
            elif t.text in ("-", "‐") and toks and not doc[i - 1 if step > 0 else i].whitespace_:
                toks.append(i)
            else:
                break
            i += step
        while toks and not (_name_like(doc[toks[-1]].text) or _hyphen_tail(doc, toks[-1])):
            toks.pop()  # a run never ends on a particle or hyphen
        words = [k for k in toks if _name_like(doc[k].text)]
        if len(words) < 2 or len(words) > MAX_NAME_TOKENS:
            return None
        s, e = min(toks), max(toks) + 1
        if step < 0 and doc[s].text.lower() in PARTICLES:
            return None
        return s, e

    def _title_span(self, doc: Doc, s: int, e: int, *, forward: bool) -> tuple[int, int]:
        """The office phrase widened over the words of its title ("Turkish Foreign Minister", "of Russia's delegation")."""
        lo = s
        while lo > 0 and s - lo < MAX_TITLE_TOKENS:
            t = doc[lo - 1]
            if t.is_punct and t.text not in ("'s", "’s", "-") or t.is_space:
                break
            if not (t.text[:1].isupper() or t.text.lower() in self.office_vocab):
                break
            lo -= 1
        hi = e
        if forward:
            while hi < len(doc) and hi - e < MAX_TITLE_TOKENS:
                t = doc[hi]
                if t.is_punct and t.text not in ("'s", "’s", "-") or t.is_space:
                    break
                if not (t.text[:1].isupper() or t.text.lower() in self.office_vocab or t.text.lower() == "delegation"):
                    break
                hi += 1
        return lo, hi

    def _side(self, doc: Doc, lo: int, hi: int, office_start: int, names: list[tuple[int, int, str]]) -> str | None:
        """The side the title names, nearest to the office word first."""
        found: list[tuple[int, str]] = []
        for mid, s, e in self.side_words(doc[lo:hi]):
            found.append((abs(lo + s - office_start), doc.vocab.strings[mid]))
        for s, e, aid in names:
            if lo <= s and e <= hi and aid in self.sides:
                found.append((abs(s - office_start), self.sides[aid]))
        if not found:
            return None
        return min(found)[1]

    # ------------------------------------------------------------------ find
    def _introduced(self, doc: Doc, covered: set[int]) -> list[tuple[int, int, int, int]]:
        """People introduced by a "who" clause rather than an office ("Salim Bakari*, who runs* a milling company"):
        ``(name start, name end, clause start, clause end)`` for each such name the codebook lacks."""
        out = []
        for k in range(1, len(doc) - 2):
            if doc[k].text != "," or not (doc[k + 1].lower_ == "who" and doc[k + 2].is_lower and doc[k + 2].is_alpha
                                          or doc[k + 1].lower_ == "whose" and doc[k + 2].lower_ in _KIN):
                continue
            run = self._name_before(doc, k, covered)
            if run is None or run[0] > 0 and doc[run[0] - 1].lower_ in _PLACE_PREPOSITIONS:
                continue  # ("officials *in Banja Luka*, who": the place, not the people)
            end = next((j for j in range(k + 3, len(doc)) if doc[j].text in {",", ".", ";"}), len(doc))
            out.append((run[0], run[1], k + 1, end))
        return out

    def _name_before(self, doc: Doc, k: int, covered: set[int], *, single: bool = True) -> tuple[int, int] | None:
        """The name that ends right before the comma at ``k``, past an age ("Anna Kowal, 61, who ..."); with
        ``single``, a given name alone when it opens its sentence ("Olena, who fled Kharkiv")."""
        if k >= 3 and doc[k - 1].like_num and doc[k - 2].text == ",":
            k -= 2
        run = self._name_run(doc, k - 1, -1, covered)
        if run is not None and run[1] == k and doc[run[0]:run[1]].text not in self.places:
            return run
        j = k - 1
        if single and j >= 0 and j not in covered and _name_like(doc[j].text) and doc[j].text not in self.not_names \
                and doc[j].text not in self.places and doc[j].is_alpha \
                and (j == 0 or doc[j - 1].text in (".", "!", "?") or doc[j - 1].is_space):
            return j, j + 1
        return None

    def _possessed(self, doc: Doc, names: list[tuple[int, int, str]],
                   covered: set[int]) -> list[tuple[int, int, int, int]]:
        """A name right after a codebook actor's possessive ("*Chile's* Gabriel Boric"): the actor's person, of its
        side; ``(name start, name end, possessor start, possessor end + 1)``."""
        out = []
        for s, e, aid in names:
            if aid in self.sides and e + 2 < len(doc) and doc[e].text in ("'s", "’s"):
                run = self._name_run(doc, e + 1, 1, covered)
                if run is not None and run[0] == e + 1 \
                        and not any(doc[j].text in _INSTITUTION_WORDS for j in range(run[0], run[1])):
                    out.append((run[0], run[1], s, e + 1))  # (not "Russia's *Black Sea Fleet*")
        return out

    def _partisans(self, doc: Doc, names: list[tuple[int, int, str]],
                   covered: set[int]) -> list[tuple[int, int, int, int]]:
        """A name after the possessive of a capitalised word the codebook lacks, a party's ("*Labour's* Priya
        Nandakumar said"): a person of that party; ``(name start, name end, party start, party end + 1)``."""
        named = {e for _, e, _ in names}
        out = []
        for k in range(1, len(doc) - 3):
            if doc[k].text not in ("'s", "’s") or k in named or not _name_like(doc[k - 1].text) \
                    or doc[k - 1].text in self.not_names \
                    or doc[k - 1].text in _INSTITUTION_WORDS and doc[k - 1].text not in _PARTY_WORDS:
                continue
            run = self._name_run(doc, k + 1, 1, covered)
            if run is not None and run[0] == k + 1 and run[1] < len(doc) \
                    and (doc[run[1]].is_lower or doc[run[1]].text == ",") \
                    and not any(doc[j].text in _INSTITUTION_WORDS for j in range(run[0], run[1])):
                p = k - 1
                while p > 0 and _name_like(doc[p - 1].text) and doc[p - 1].text not in self.not_names \
                        and doc[p - 1].text not in ("The", "the"):
                    p -= 1  # the party's whole name ("the *Green Party's*", "*Reform UK's*")
                out.append((run[0], run[1], p, k + 1))  # (a verb or a comma right after the name)
        return out

    def _of_a_body(self, doc: Doc, covered: set[int]) -> list[tuple[int, int, int, int]]:
        """A sentence that opens with a name "of" a capitalised body ("*Jouni Partanen of the Left Alliance*
        welcomed it"): a person of that party or institution; ``(name start, name end, body start, body end)``."""
        out = []
        n = len(doc)
        for k in range(n):  # (sentence starts read off the punctuation: the ruler runs before any sentencizer)
            if k > 0 and not (doc[k - 1].text in (".", "!", "?") or doc[k - 1].is_space):
                continue
            end_of_sent = next((j for j in range(k, n) if doc[j].text in (".", "!", "?")), n)
            if doc[k].text in _HONORIFICS:
                k += 1  # "*Dr.* Yael Shafir of Tel Aviv University"
            run = self._name_run(doc, k, 1, covered)
            if run is None or run[0] != k or run[1] + 3 >= end_of_sent:
                continue
            of = run[1] + (doc[run[1]].text == ",")  # "Oleksandr Tkach*, of* the Brotherhood of Defenders, said"
            if doc[of].lower_ != "of":
                continue
            if any(doc[j].text in _INSTITUTION_WORDS for j in range(run[0], run[1])):
                continue  # "Security Service of Ukraine": a body, not a person
            b = of + 1 + (doc[of + 1].lower_ == "the")
            if b >= end_of_sent or not doc[b].text[:1].isupper():
                continue
            end = b
            while end < end_of_sent and (doc[end].text[:1].isupper() or doc[end].lower_ in ("for", "of", "and", "-")):
                end += 1
            out.append((run[0], run[1], of, end))
        return out

    def __call__(self, doc: Doc, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """New name spans ``(start, end, actor_id)``; the actors themselves go to ``doc.user_data``."""
        offices = self.office(doc)
        covered = {k for s, e, _ in names for k in range(s, e)}
        introduced = self._possessed(doc, names, covered)
        if "other" in self.codebook.sides:  # (no side of their own: only a codebook with "other" takes them)
            introduced += self._introduced(doc, covered) + self._of_a_body(doc, covered) \
                + self._partisans(doc, names, covered)
        if not offices and not introduced:
            return []
        taken = set(self.codebook.actors)
        found: dict[str, dict] = {}
        spans: list[tuple[int, int, str]] = []
        for _, s, e in sorted(offices, key=lambda m: (m[1], m[1] - m[2])):
            if any(k in covered for k in range(s, e)):
                continue
            run = self._name_run(doc, e, 1, covered)          # "spokesman Dmitry Peskov"
            c = e + 2 if e + 2 < len(doc) and doc[e].lower_ in ("in", "from") and doc[e + 1].is_title else e
            if run is None and c + 1 < len(doc) and doc[c].text == ",":  # "Lithuania's foreign minister, Name,",
                run = self._name_run(doc, c + 1, 1, covered)  # "a foreign ministry spokesman *in Kyiv*, Name,"
                if run is not None and not (run[1] < len(doc) and doc[run[1]].text in (",", ".")):
                    run = None
            title = self._title_span(doc, s, e, forward=False) if run else None
            if title is not None and run[0] == c + 1 and c > e:
                title = (title[0], c)  # the place is part of the title ("spokesman in Kyiv": Ukraine's)
            if run is None:                                    # "Dmitry Peskov, the Kremlin spokesman"
                lo, hi = self._title_span(doc, s, e, forward=True)
                k = lo - 1
                skipped = 0  # "Kumari Senevirathne, an *opposition* MP", "Ana Lima, a *Lisbon-based* analyst"
                while k > 0 and skipped < 5 and (doc[k].is_alpha or doc[k].text in ("-", "‐")) \
                        and doc[k].text not in ("the", "a", "an"):
                    k -= 1
                    skipped += 1
                if doc[k].text in ("the", "a", "an"):
                    k -= 1
                elif skipped and not (e < len(doc) and doc[e].lower_ in ("at", "of", "for", "with")):
                    k = -1  # (words but no article before them: not an apposition, unless the office says where:
                    # "Rodrigo Vellos, *operations manager at* a fuel distributor")
                if k > 0 and doc[k].text == ",":  # (a given name alone is no person here: "Tanzania, a large
                    back = self._name_before(doc, k, covered, single=False)  # importer of wheat, has ...")
                    if back is not None:
                        run, title = back, (lo, hi)
            if run is None or title is None:
                continue
            side = self._side(doc, title[0], title[1], s, names)
            if side is None and "other" not in self.codebook.sides:
                continue
            if side is None:  # "Foreign Affairs Minister Anita Anand": a bare office names a person all the same,
                side = "other"  # of no side the title says (the reader's review list asks for one)
            name = doc[run[0]:run[1]].text
            pid = provisional_id(name, taken)
            if pid not in found:
                found[pid] = {"actor_id": pid, "name": name, "side": side,
                              "title": doc[title[0]:title[1]].text, "start_char": doc[run[0]].idx}
            spans.append((run[0], run[1], pid))
            covered.update(range(run[0], run[1]))
        for s, e, lo, hi in introduced:  # (after the offices: "Ann Lee, the mayor, who runs ..." is the mayor)
            if covered.intersection(range(s, e)):
                continue
            name = doc[s:e].text
            pid = provisional_id(name, taken)
            if pid not in found:
                found[pid] = {"actor_id": pid, "name": name, "side": self._side(doc, lo, hi, lo, names) or "other",
                              "title": doc[lo:hi].text, "start_char": doc[s].idx}
            spans.append((s, e, pid))
            covered.update(range(s, e))
        if found:
            spans += self._later_mentions(doc, found, covered)
            doc.user_data[USER_DATA_KEY] = list(found.values())
        return spans

    def _later_mentions(self, doc: Doc, found: dict[str, dict], covered: set[int]) -> list[tuple[int, int, str]]:
        """Other mentions of each provisional person in the Doc: the full name, or the surname alone."""
        from spacy.attrs import ORTH

        orths = doc.to_array([ORTH]).reshape(-1)
        strings = doc.vocab.strings
        out = []
        for pid, actor in found.items():
            parts = actor["name"].split()
            full = [strings.add(p) for p in parts]
            surname = strings.add(parts[-1])
            for i in numpy.flatnonzero(orths == surname).tolist():
                if i in covered:
                    continue
                n = len(full)
                s = i - n + 1
                if s >= 0 and orths[s:i + 1].tolist() == full and not covered.intersection(range(s, i + 1)):
                    out.append((s, i + 1, pid))
                    covered.update(range(s, i + 1))
                elif not (i > 0 and _name_like(doc[i - 1].text) and i - 1 not in covered):
                    out.append((i, i + 1, pid))  # the surname alone, not part of someone else's name
                    covered.add(i)
        return out
