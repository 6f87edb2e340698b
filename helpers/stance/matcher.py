"""The ``stance_cue_matcher`` spaCy component: marks cues and the words the stance rules need.

It writes two span groups:

* ``doc.spans["stance_cues"]``: ``label_`` = stance family, ``kb_id_`` = the
  lexicon entry, ``id_`` = its options (:meth:`Cue.options`);
* ``doc.spans["stance_markers"]``: ``label_`` = ``negation``, ``speech``,
  ``elaboration``, ``topic_pronoun``, ``blame`` or ``demonym`` (``kb_id_`` = its actor).

The component reads no file: the caller hands it a :class:`Lexicon` and the
actor ids that are persons (:func:`add_cue_matcher`). "Who is a person" decides
which actor "he"/"she"/"his" resolve to; given no persons, those pronouns
resolve to no one (an "it" still resolves to the last actor in its sentence).
"""

from __future__ import annotations

from typing import Collection, Mapping

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from helpers.phrases import expand_phrase
from helpers.stance.lexicon import Cue, Lexicon

__all__ = ["StanceCueMatcher", "add_cue_matcher", "COMPONENT_NAME"]

COMPONENT_NAME = "stance_cue_matcher"
MARKER_GROUPS = ("negation", "speech", "elaboration", "topic_pronoun", "blame")


class StanceCueMatcher:
    """Marks stance cues and the words the stance rules need (negations, speech verbs...)."""

    def __init__(self, nlp: Language, name: str = COMPONENT_NAME) -> None:
        self.name = name
        self.vocab = nlp.vocab
        self.make_doc = nlp.make_doc
        self.lexicon: Lexicon | None = None
        self.persons: tuple[str, ...] = ()
        self.bodies: tuple[str, ...] = ()
        self.media: tuple[str, ...] = ()
        self.sides: dict[str, str] = {}
        self.role_heads: dict[str, tuple[str, ...]] = {}
        self.genders: dict[str, str] = {}

    def configure(self, *, lexicon: Lexicon, persons: Collection[str], sides: Mapping[str, str] | None = None,
                  role_heads: Mapping[str, Collection[str]] | None = None,
                  bodies: Collection[str] = (), media: Collection[str] = (),
                  genders: Mapping[str, str] | None = None) -> None:
        """Build the phrase matchers of ``lexicon``; ``persons`` are the actor ids he/she may refer to.

        ``sides`` (actor id -> side id) lets a rule see that a speaker talks for their own country;
        ``role_heads`` (a noun such as "minister" -> the people whose roles end in it) lets "the minister"
        refer back to the last of them named; ``bodies`` (ministries, the Kremlin) may, like a person,
        report their own country's position; ``media`` (news outlets) report positions and hold none;
        ``genders`` (actor id -> "m"/"f", where the codebook gives one) keeps "she" off a man.
        """
        self.lexicon = lexicon
        self.persons = tuple(sorted(persons))
        self.bodies = tuple(sorted(bodies))
        self.media = tuple(sorted(media))
        self.sides = dict(sides or {})
        self.genders = dict(sorted((genders or {}).items()))
        self.role_heads = {noun: tuple(sorted(who)) for noun, who in sorted((role_heads or {}).items())}
        self.cues = PhraseMatcher(self.vocab, attr="LOWER")
        self.entries: dict[str, Cue] = {}
        for i, cue in enumerate(lexicon.cues):
            key = f"cue{i}"
            self.entries[key] = cue
            self.cues.add(key, [self.make_doc(v) for v in expand_phrase(cue.phrase)])  # as written (LOWER match)
        self.markers = PhraseMatcher(self.vocab, attr="LOWER")
        for label, phrases in zip(MARKER_GROUPS, (lexicon.negation_markers + lexicon.negation_reversals,
                                                  lexicon.speech_verbs,
                                                  lexicon.elaboration_openers, lexicon.topic_pronouns,
                                                  lexicon.blame_predicates)):
            docs = [self.make_doc(v) for p in phrases for v in expand_phrase(p)]
            if docs:
                self.markers.add(label, docs)
        self.demonyms = PhraseMatcher(self.vocab, attr="ORTH")
        for word, actor_id in lexicon.demonyms.items():
            self.demonyms.add(actor_id, [self.make_doc(word)])

    def __call__(self, doc: Doc) -> Doc:
        if self.lexicon is None:
            raise ValueError(f"{self.name} has no lexicon: add it with helpers.stance.add_cue_matcher(nlp, "
                             "lexicon=..., persons=...)")
        strings = doc.vocab.strings
        spans = []
        n = len(doc)
        for match_id, start, end in self._cue_matches(doc):
            cue = self.entries[strings[match_id]]
            if cue.unless_followed_by and end < n and doc[end].lower_ in cue.unless_followed_by:
                continue
            spans.append(Span(doc, start, end, label=cue.stance, kb_id=cue.phrase, span_id=cue.options()))
        doc.spans["stance_cues"] = filter_spans(spans)
        markers = [Span(doc, s, e, label=strings[m]) for m, s, e in self.markers(doc)]
        markers += [Span(doc, s, e, label="demonym", kb_id=strings[m]) for m, s, e in self.demonyms(doc)]
        doc.spans["stance_markers"] = sorted(markers, key=lambda sp: (sp.start, sp.end))
        provisional = tuple(a["actor_id"] for a in doc.user_data.get("provisional_actors", ()))
        doc.user_data["stance:persons"] = self.persons + provisional  # people the codebook lacks count too
        doc.user_data["stance:bodies"] = self.bodies
        doc.user_data["stance:media"] = self.media
        doc.user_data["stance:genders"] = {**self.genders, **{
            a["actor_id"]: g for a in doc.user_data.get("provisional_actors", ())
            if (g := _title_gender(str(a.get("title") or "")))}}  # "spokeswoman Jane Doe" is a she
        sides = self.sides
        if doc.user_data.get("provisional_actors"):
            sides = {**sides, **{a["actor_id"]: a["side"] for a in doc.user_data["provisional_actors"] if a.get("side")}}
        doc.user_data["stance:sides"] = sides
        doc.user_data["stance:negation_window"] = self.lexicon.negation_window
        doc.user_data["stance:reversals"] = sorted({v.split()[0] for p in self.lexicon.negation_reversals
                                                    for v in expand_phrase(p) if v.split()})
        doc.user_data["stance:role_heads"] = self.role_heads
        doc.user_data["stance:demonyms"] = self.lexicon.demonyms  # "the Russians" -> russia
        return doc


    def _cue_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Cue matches, also across quotation marks and manner adverbs inside a phrase: 'had been "the most
        productive"', 'reached "a common understanding" on' (a partial quotation splits the phrase), "has called
        *repeatedly* for", "pushed *hard* for" (an adverb splits a verb from its particle); the skipped words stay
        inside the span."""
        matches = list(self.cues(doc))
        orths = doc.to_array(ORTH)
        marks = numpy.isin(orths, [doc.vocab.strings.add(q) for q in _QUOTE_MARKS])
        marks |= numpy.array([_inserted_adverb(t) for t in doc], dtype=bool)
        if not marks.any():
            return matches
        keep: list[int] = []  # the words around each mark, the marks left out, windows kept apart by a -1
        last = -1
        for q in numpy.flatnonzero(marks).tolist():
            lo, hi = max(q - _WINDOW, last + 1), min(q + _WINDOW + 1, len(doc))
            if keep and lo > last + 1:
                keep.append(-1)
            keep.extend(i for i in range(lo, hi) if not marks[i])
            last = max(last, hi - 1)
        strings = doc.vocab.strings
        shadow = Doc(doc.vocab, words=["¦" if i < 0 else strings[int(orths[i])] for i in keep])
        seen = {(s, e) for _, s, e in matches}
        for match_id, start, end in self.cues(shadow):
            if -1 in keep[start:end]:
                continue
            s, e = keep[start], keep[end - 1] + 1
            if e - s > end - start and (s, e) not in seen:  # only the phrases a quotation mark interrupts
                matches.append((match_id, s, e))
        return matches


_QUOTE_MARKS = {'"', "“", "”", "„", "«", "»"}
# adverbs that may stand inside a cue phrase without changing it ("called *again* for"); any lower-case word in
# -ly counts, except those that are no manner adverb or that weaken or cancel the cue
_INSERTED_ADVERBS = {"again", "repeatedly", "hard", "once", "publicly", "firmly"}
_NOT_INSERTED = {"only", "hardly", "barely", "scarcely", "likely", "unlikely", "early", "ally", "rally", "supply",
                 "reply", "apply", "family", "assembly", "daily", "weekly", "monthly", "yearly", "holy", "fly",
                 "italy", "july", "friendly", "unfriendly", "costly", "deadly", "orderly", "timely", "partly",
                 "nearly", "merely", "conditionally", "provisionally", "tentatively", "probably", "possibly",
                 "potentially", "theoretically", "arguably"}


def _inserted_adverb(tok) -> bool:
    """May ``tok`` stand between the words of a cue phrase ("called *repeatedly* for")?"""
    low = tok.lower_
    if low in _INSERTED_ADVERBS:
        return True
    return tok.is_lower and tok.is_alpha and len(low) > 4 and low.endswith("ly") and low not in _NOT_INSERTED
_WINDOW = 8  # words on each side of a quotation mark a cue phrase may span


@Language.factory(COMPONENT_NAME)
def make_stance_cue_matcher(nlp: Language, name: str) -> StanceCueMatcher:
    """spaCy factory; the component is unusable until configured (see :func:`add_cue_matcher`)."""
    return StanceCueMatcher(nlp, name)


_GENDERED_TITLES = {"f": ("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "stateswoman"),
                    "m": ("spokesman", "chairman", "congressman", "businessman", "statesman")}


def _title_gender(title: str) -> str:
    """"m"/"f" when a provisional person's title says it ("spokeswoman"), else ""."""
    words = title.lower().split()
    return next((g for g, heads in _GENDERED_TITLES.items() if any(w in heads for w in words)), "")


def add_cue_matcher(nlp: Language, *, lexicon: Lexicon, persons: Collection[str],
                    sides: Mapping[str, str] | None = None,
                    role_heads: Mapping[str, Collection[str]] | None = None,
                    bodies: Collection[str] = (), media: Collection[str] = (),
                    genders: Mapping[str, str] | None = None) -> StanceCueMatcher:
    """Add the ``stance_cue_matcher`` to ``nlp`` (or reconfigure the one there) with these objects."""
    if COMPONENT_NAME in nlp.pipe_names:
        pipe = nlp.get_pipe(COMPONENT_NAME)
    else:
        pipe = nlp.add_pipe(COMPONENT_NAME)
    pipe.configure(lexicon=lexicon, persons=persons, sides=sides, role_heads=role_heads, bodies=bodies, media=media,
                   genders=genders)
    return pipe
