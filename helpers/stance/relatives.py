"""What an object relative clause is about: "the ceasefire *that* Kyiv and its allies have been demanding",
"a summit the Kremlin hasn't confirmed". Its verb cue's object is the proposal right before the clause."""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.grammar import SPANS_OF_TIME
from helpers.stance.hits import CueHit, has_own_object

__all__ = ["object_relative", "participle_after_term"]


_RELATIVE_FILLERS = {"has", "have", "had", "is", "are", "was", "were", "been", "not", "n't", "never", "long", "so",
                     "far", "yet", "also", "still", "repeatedly", "since", "will", "would", "could", "can", "did",
                     "does", "do", "be", "being", "to"}
# the subject reporting its own wish ("the ceasefire Washington *had said it* wanted")
_SAID_IT = {"it", "they", "he", "she"}


_LIST_GLUE = {"and", "the", "its", "their", "his", "her", "european", "western"}
# unnamed company after a named actor ("Kyiv and its Western *backers*")
_GROUP_NOUNS = {"allies", "backers", "partners", "supporters", "friends"}
# "the truce Kyiv *has spent the past week* demanding": time spent on it stands between the subject and the cue
_SPEND = {"spent", "spend", "spends", "spending"}


def object_relative(ix: ArticleIndex, hit: CueHit, topics: list[TopicHit], sent: Span) -> list[TopicHit]:
    """The proposal an object relative clause is about: "the ceasefire *that* Kyiv and its allies have been
    demanding", "a summit the Kremlin hasn't confirmed". The clause is [topic] [that|which]? [actors] [aux] [cue];
    its cue's object is that proposal, not what follows the clause."""
    doc = ix.doc
    j = hit.start - 1
    if j >= sent.start and doc[j].lower_ in SPANS_OF_TIME:
        j = next((k - 1 for k in range(j - 1, max(sent.start, j - 5) - 1, -1) if doc[k].lower_ in _SPEND), j)
    said_it = j - 1 >= sent.start and doc[j].lower_ in _SAID_IT and doc[j - 1].lower_ in {"said", "says"}
    j -= 2 if said_it else 0
    while j >= sent.start and doc[j].lower_ in _RELATIVE_FILLERS:
        j -= 1
    if j >= sent.start and doc[j].lower_ in _GROUP_NOUNS and ix.mention_covering(j) is None:
        k = j - 1  # "the ceasefire Kyiv and *its Western backers* have been demanding": back to the named actor
        while k >= sent.start and doc[k].lower_ in _LIST_GLUE and ix.mention_covering(k) is None:
            k -= 1
        j = k if k < j - 1 else j
    m = ix.mention_covering(j) if j >= sent.start else None
    if m is None:
        return []
    k = m.start - 1
    while k >= sent.start:  # back over the subject's list ("Kyiv and its European allies", "Britain, France")
        if (c := ix.mention_covering(k)) is not None:
            k = c.start - 1
        elif doc[k].lower_ in _LIST_GLUE or doc[k].text == "," and ix.mention_covering(k - 1) is not None:
            k -= 1
        else:
            break
    marked = k >= sent.start and doc[k].lower_ in {"that", "which"}
    if marked:
        if doc[k].lower_ == "that" and _said_before(ix, k, sent):
            return []  # "said *before the talks that* Ukraine was ready to ...": the "that" of the speech verb
        k -= 1
    if said_it and any(doc[i].text == "," for i in range(k + 1, hit.start)):
        return []  # ("After meeting Zelensky, Trump said he opposed ...": no proposal before a list of names)
    if not marked and has_own_object(ix, hit, sent):
        return []  # "After the talks Trump backed a ceasefire": the verb has an object of its own; no relative
    return [_undone_outside(ix, t, sent) for t in topics if t.end == k + 1]


def _undone_outside(ix: ArticleIndex, t: TopicHit, sent: Span) -> TopicHit:
    """"ended *without* the ceasefire Washington said it wanted": the inverter before the term belongs to the clause
    outside; the relative clause is about the proposal itself."""
    doc = ix.doc
    k = t.start - 1
    while k > sent.start and doc[k].lower_ in {"the", "a", "an", "any", "its", "their"}:
        k -= 1
    if k >= sent.start and doc[k].lower_ in ix.inverter_words and t.polarity in ("+", "-"):
        return t._replace(polarity="+" if t.polarity == "-" else "-")
    return t


def _said_before(ix: ArticleIndex, k: int, sent: Span) -> bool:
    """Does a speech verb stand a short phrase of time before ``k`` ("said *before the talks* that")?"""
    return any(m.end <= k and k - m.end <= 5 and all(ix.doc[j].text not in {",", ";"} for j in range(m.end, k))
               for m in ix.markers_in("speech", max(sent.start, k - 8), k))


def participle_after_term(ix: ArticleIndex, hit: CueHit, topics: list[TopicHit], sent: Span) -> list[TopicHit]:
    """"a multinational force*, supported by* the United States, and ...": a participle with its agent set off by a
    comma right after a proposal is about that proposal, not about what the sentence names next."""
    doc = ix.doc
    if hit.rule != "passive" or hit.end >= sent.end or doc[hit.end].lower_ != "by" or hit.start - 1 <= sent.start \
            or doc[hit.start - 1].text != ",":
        return []
    comma = hit.start - 1
    for t in reversed(topics):
        if t.via != "term" or t.end > comma:
            continue
        gap = doc[t.end:comma]  # nothing, or a short phrase of place or purpose ("a force *for Ukraine*, supported by")
        if not len(gap) or len(gap) <= 3 and gap[0].lower_ in {"for", "in", "to", "on"} \
                and not any(w.is_punct for w in gap):
            return [t]
        return []
    return []
