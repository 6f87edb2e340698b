"""The ``topic_matcher`` spaCy component (see :mod:`helpers.topics` for what it marks).

Kept apart from the topics codebook because it is the only part that needs
spaCy: reading the codebook or the cached tables does not import it.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from helpers.topics import INVERTER_WINDOW, REFERENCE_LOOKAHEAD, TopicCodebook

if TYPE_CHECKING:
    from helpers.codebooks import Codebooks

__all__ = ["TopicMatcher", "make_topic_matcher", "add_to_pipeline"]

# words that open a clause between an inverter and a term: the inverter's object ended before them
_CLAUSE_OPENERS = {"when", "if", "unless", "until", "once", "because", "while", "whereas"}


def _words_after(doc: Doc, end: int, n: int) -> list:
    """Up to ``n`` tokens from ``end``, stopping at punctuation ("would meet one of Moscow's central *demands*";
    not "a meeting with Zelensky*,* but certain *conditions*")."""
    out = []
    for t in doc[end:end + n]:
        if t.is_punct and t.text not in ("'s", "’s", "'", "’"):
            break
        out.append(t)
    return out


def _phrase_docs(nlp: Language, phrases: Iterable[str]) -> list[Doc]:
    docs = []
    for phrase in phrases:
        for variant in dict.fromkeys([phrase, phrase.replace("'", "’"), phrase.replace("’", "'")]):
            docs.append(nlp.make_doc(variant))  # as written: "u.s." splits where "U.S." stays one token
    return docs


# a term's polarity by the suffix of its matcher key: "!" an inverse term, "?" a condition term ("c")
_POLARITY = {"!": "-", "?": "c"}


class TopicMatcher:
    """Finds topic terms and topic references; see the module docstring for the span groups."""

    def __init__(self, nlp: Language, name: str = "topic_matcher") -> None:
        self.name = name
        self.nlp = nlp
        self.codebook: TopicCodebook | None = None

    def configure(self, codebook: TopicCodebook) -> None:
        """Build the matchers from a validated topics codebook (the component reads no file)."""
        nlp = self.nlp
        self.codebook = codebook
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        for topic in self.codebook.topics.values():
            self.terms.add(topic.topic_id, _phrase_docs(nlp, topic.terms))
            if topic.inverse_terms:
                self.terms.add(f"{topic.topic_id}!", _phrase_docs(nlp, topic.inverse_terms))
            if topic.condition_terms:
                self.terms.add(f"{topic.topic_id}?", _phrase_docs(nlp, topic.condition_terms))
        self.inverter_words = tuple(sorted({p.lower() for p in self.codebook.inverters}))  # msgpack-safe
        self.inverters = PhraseMatcher(nlp.vocab, attr="LOWER")
        if self.codebook.inverters:
            self.inverters.add("inverter", _phrase_docs(nlp, self.codebook.inverters))
        # reference nouns by PhraseMatcher (fast); the determiner before them is checked per hit
        self.refs = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.ref_determiners = set(self.codebook.reference_determiners)
        self.ref_blockers = set(self.codebook.reference_blockers)
        self.ref_acts = set(self.codebook.reference_acts)
        self.not_before = {term: frozenset(words) for term, words in self.codebook.not_before}
        self.grievances = PhraseMatcher(nlp.vocab, attr="LOWER")
        if self.codebook.grievances and self.codebook.grievance_links:
            self.grievances.add("grievance", _phrase_docs(nlp, self.codebook.grievances))
            self.grievances.add("link", _phrase_docs(nlp, self.codebook.grievance_links))
        if self.codebook.reference_determiners and self.codebook.reference_nouns:
            self.refs.add("reference", [nlp.make_doc(n) for n in self.codebook.reference_nouns])
        if self.codebook.reference_determiners:
            for topic in self.codebook.topics.values():  # "the measures": a reference to sanctions only
                if topic.refers_back:
                    self.refs.add(f"reference:{topic.topic_id}", [nlp.make_doc(n) for n in topic.refers_back])

    def __call__(self, doc: Doc) -> Doc:
        if self.codebook is None:
            raise ValueError("topic_matcher has no codebook: add it with helpers.topics.add_to_pipeline(nlp, codebooks)")
        vocab = doc.vocab.strings
        spans = []
        for match_id, start, end in self.terms(doc):
            key = vocab[match_id]
            spans.append(Span(doc, start, end, label=key.rstrip("!?"), span_id=_POLARITY.get(key[-1], "+")))
        spans = [sp for sp in spans if sp.id_ != "c" or sp.end >= len(doc)
                 or not (doc[sp.end].lower_.endswith("ing") or doc[sp.end].lower_ in {"'s", "’s"})]
        # ("no settlement *without Kyiv dropping* its bid": what Kyiv is to do, not who takes part)
        spans = filter_spans(spans)
        if self.not_before:  # "refused to *meet* Russia's demands": no meeting
            spans = [sp for sp in spans if sp[-1].lower_ not in self.not_before  # keyed by the term's last word
                     or not any(t.lower_ in self.not_before[sp[-1].lower_] for t in _words_after(doc, sp.end, 6))]
        if spans and len(self.inverters):
            inverter_ends = sorted(end for _, _, end in self.inverters(doc))
            if inverter_ends:
                for span in spans:
                    k = bisect.bisect_right(inverter_ends, span.start) - 1
                    if k >= 0 and span.start - inverter_ends[k] < INVERTER_WINDOW and \
                            not any(doc[j].is_sent_start or doc[j].text in {",", ";", ":"}  # "the day the conflict
                                    or doc[j].lower_ in _CLAUSE_OPENERS  # "would *stop only when* troops left"
                                    for j in range(inverter_ends[k], span.start + 1)) and \
                            not any(doc[j].is_lower and doc[j].lower_.endswith("ing")  # "without *mentioning* the
                                    for j in range(inverter_ends[k], span.start)):       # ceasefire": its own object
                        if span.id_ != "c":  # a condition ("without Ukraine") has no opposite to turn to
                            span.id_ = "+" if span.id_ == "-" else "-"
        if spans and len(self.grievances):
            spans = _turn_grievance_parts(doc, spans, self.grievances(doc))
        doc.spans["topics"] = spans
        doc.user_data["topics:inverters"] = self.inverter_words  # "sanctions must be *lifted*": the stance rules
        refs = []
        if len(self.refs):
            starts = [s.start for s in spans]

            for match_id, noun, end in self.refs(doc):
                # "the plan", "his participation", or one lower-case word between: "the new plan"
                if noun >= 1 and doc[noun - 1].lower_ in self.ref_determiners:
                    start = noun - 1
                elif noun >= 2 and doc[noun - 1].lower_ in ("a", "an") and doc[noun - 2].text == ",":
                    start = noun - 1  # an apposition: "... cede Donbas, *a demand* Kyiv has rejected"
                elif noun >= 3 and doc[noun - 2].lower_ in ("a", "an") and doc[noun - 3].text == "," \
                        and doc[noun - 1].is_lower and doc[noun - 1].is_alpha:
                    start = noun - 2  # "..., *a key demand* of Moscow"
                elif noun >= 2 and doc[noun - 2].lower_ in self.ref_determiners and doc[noun - 2].lower_ != "that" \
                        and (doc[noun - 1].is_lower and doc[noun - 1].is_alpha
                             or doc[noun - 1].is_title and doc[noun - 1].is_alpha and noun - 2 > 0
                             and doc[noun].lower_ not in _WHOLE_PLANS  # "the American proposals": that side's plan
                             or _ABBREVIATION.fullmatch(doc[noun - 1].text)
                             and (doc.vocab.strings[match_id] != "reference" or doc[noun].lower_ in self.ref_acts)) \
                        and doc[noun - 1].lower_ not in self.ref_blockers:
                    start = noun - 2  # "the new plan", "the European initiative", "the US move"
                else:
                    continue
                k = bisect.bisect_left(starts, start)
                # a term inside or just after the phrase says what it is ("the proposal for a two-day ceasefire")
                ahead = REFERENCE_LOOKAHEAD + (4 if end < len(doc) and doc[end].lower_ in ("for", "of", "on") else 0)
                if k < len(starts) and starts[k] < end + ahead \
                        and not (end < len(doc) and doc[end].lower_ in _WHEN_WORDS):  # "the demand *after* the
                    continue                                                           # summit": not the summit
                if k > 0 and spans[k - 1].end > start:
                    continue
                if end + 1 < len(doc) and doc[end].lower_ in _ABOUT_WORDS and doc[end + 1].text[:1].isupper():
                    continue  # "Zelensky's remarks *about NATO*": says what it is about, no proposal named before
                if end + 1 < len(doc) and doc[end].lower_ in ("for", "on") and doc[end + 1].is_alpha:
                    continue  # "Zelensky's request *for Tomahawk missiles*": it names its own object (no term follows)
                if start >= 1 and doc[start - 1].lower_ in _CONCESSIVE_BEFORE:
                    continue  # "would never recognise it, *whatever the pressure*": a concession, no object
                kind = doc.vocab.strings[match_id]
                refs.append(Span(doc, start, end, label="reference", kb_id=kind.partition(":")[2]))
        doc.spans["topic_refs"] = filter_spans(refs)
        return doc


GRIEVANCE_WINDOW = 16  # a part may start up to this many tokens after the grievance phrase ends
GRIEVANCE_GAP = 3      # and up to this many after its link word ("including *Ukraine's* aspiration to join NATO")


def _turn_grievance_parts(doc: Doc, spans: list[Span], matches: list) -> list[Span]:
    """An inverse term listed as a part of a grievance ("must address the *root causes* of the war, *including*
    NATO's expansion") names what the speaker wants removed, so it names the proposal: wanting NATO's expansion
    addressed backs neutrality. Within one sentence, with the link word between. The term then reaches back to
    the grievance phrase's end ("*of the war, including NATO's expansion*"), so a cue on the grievance ("address
    the root causes") has it as its object."""
    vocab = doc.vocab.strings
    ends = sorted(end for match_id, _, end in matches if vocab[match_id] == "grievance")
    links = [(start, end) for match_id, start, end in matches if vocab[match_id] == "link"]
    if not ends or not links:
        return spans
    out = []
    for span in spans:
        k = bisect.bisect_right(ends, span.start) - 1
        g = ends[k] if k >= 0 else -1
        if span.id_ == "-" and g >= 0 and span.start - g <= GRIEVANCE_WINDOW \
                and not any(doc[j].is_sent_start or doc[j].text in {";", ":"} for j in range(g, span.start + 1)) \
                and not any(g <= t.start < span.start for t in spans) \
                and any(g <= start and end <= span.start and span.start - end <= GRIEVANCE_GAP  # the part right
                        and not any(doc[j].lower_ == "that" for j in range(end, span.start))  # after its link, not a
                        for start, end in links):  # remedy ("includes *a guarantee that* Ukraine will never join")
            span = Span(doc, g, span.end, label=span.label_, span_id="+")
        out.append(span)
    return out


# an abbreviated name between the determiner and a noun that refers back to one topic only ("the *U.S.*
# measures"); not before a general noun ("the US plan" is the whole American plan, not the last proposal)
_ABBREVIATION = re.compile(r"[A-Z](?:\.?[A-Z]){1,3}\.?")
# a reference noun followed by one of these is not described by the term after it ("dropped the demand after
# his summit with Putin" still refers back)
_WHEN_WORDS = {"after", "following", "since", "amid", "before"}
# a reference noun followed by one of these and a name is about that name ("his remarks *about* NATO")
_ABOUT_WORDS = {"about", "on", "regarding", "concerning"}
# a reference noun after one of these and its determiner concedes a circumstance, naming no proposal ("whatever
# the pressure", "despite the measures")
_CONCESSIVE_BEFORE = {"whatever", "despite", "notwithstanding"}
# nouns that, after a side's name ("the American proposals", "the Russian plan"), are that side's whole plan, no
# reference to the last proposal named (as "the US plan"; "the European initiative" still refers back)
_WHOLE_PLANS = {"plan", "plans", "proposal", "proposals", "draft", "drafts"}


@Language.factory("topic_matcher")
def make_topic_matcher(nlp: Language, name: str) -> TopicMatcher:
    """spaCy factory; the matcher is empty until :meth:`TopicMatcher.configure` gives it a codebook."""
    return TopicMatcher(nlp, name)


def add_to_pipeline(nlp: Language, codebooks: "Codebooks") -> None:
    """Add (or replace) the ``topic_matcher``, configured with the codebooks' topics."""
    if "topic_matcher" in nlp.pipe_names:
        nlp.remove_pipe("topic_matcher")
    nlp.add_pipe("topic_matcher").configure(codebooks.topics)
