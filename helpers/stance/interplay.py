"""How one cue's object bears on another in the same sentence: a term that holds its own cue, a proposal that is
the subject of a predicate after it, an objection to an objection, a kind of a proposal objected to, an infinitive
judged by an adjective before it. Each takes the topics found per cue (:func:`helpers.stance.scope.cue_topics`) and
adjusts them or the cues' stances; moved out of :mod:`helpers.stance.coder` so that module stays about the order of
the steps.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit
from helpers.stance.labels import OPPOSITE

__all__ = ["judged_infinitives", "kinds_of_the_proposal", "objections_to_objections", "own_cue_terms",
           "predicated_subjects"]


def own_cue_terms(hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"insisted that *borders must not be changed by force*": a term that holds its own cue (the modal inside
    it) is that cue's alone; a verb before it ("insisted that") reports the same position, not another."""
    owned = {(t.start, t.end) for idx, h in enumerate(hits) if not h.dropped and h.kind != "noun" and not h.nominal
             for t in found.get(idx, []) if t.via == "term" and t.start < h.start and h.end <= t.end}
    if not owned:
        return
    for idx, h in enumerate(hits):
        if idx in found:
            found[idx] = [t for t in found[idx] if (t.start, t.end) not in owned or t.start < h.start < t.end]


_COPULAS = {"is", "was", "are", "were"}


def predicated_subjects(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"Trump *suggested* a ceasefire *was not a precondition*": a proposal right before a predicate cue of its own
    (an adjective cue after "is/was") is that clause's subject, not the object of a verb before it."""
    doc = ix.doc
    for jdx, p in enumerate(hits):
        if p.dropped or p.kind != "adj" or p.span[0].lower_ not in _COPULAS or not found.get(jdx):
            continue
        for idx, h in enumerate(hits[:jdx]):
            if h.dropped or not h.verbal or h.kind != "verb" or not found.get(idx):
                continue
            subjects = [t for t in found[idx] if h.end <= t.start and t.end <= p.start <= t.end + 1
                        and all(doc[k].is_alpha for k in range(t.end, p.start))]
            if subjects and any(t.start == subjects[0].start for t in found[jdx]):
                found[idx] = [t for t in found[idx] if t not in subjects]


def objections_to_objections(hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"Kyiv *condemned* Moscow's *rejection of* the ceasefire": a verb whose object is another actor's objection
    (a noun cue a few words after it, on the same proposal) takes the opposite side of that objection."""
    for idx, h in enumerate(hits):
        if h.dropped or not h.verbal or h.stance not in OPPOSITE or not found.get(idx):
            continue
        for jdx in range(idx + 1, len(hits)):
            n = hits[jdx]
            if n.start > h.end + 4:
                break
            if not n.dropped and n.stance == "oppose" and (n.kind == "noun" or n.nominal) \
                    and {t.start for t in found.get(jdx, [])} & {t.start for t in found[idx]}:
                h.stance = OPPOSITE[h.stance]
                break


_RELATIVE_FILLERS = {"would", "could", "might", "will", "only", "simply", "just", "merely", "effectively"}


def kinds_of_the_proposal(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """'warned that *a ceasefire which simply gave Russia time to rearm* would be no peace': an objection in a
    relative clause on the proposal objects to that kind of it only, a condition on it (not "a ceasefire that
    Russia rejected", whose relative clause has its own subject)."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        topics = found.get(idx)
        if h.dropped or h.stance != "oppose" or not topics or any(t.end > h.start for t in topics):
            continue
        t = topics[-1]
        if t.end < h.start and doc[t.end].lower_ in {"which", "that"} \
                and all(doc[j].lower_ in _RELATIVE_FILLERS for j in range(t.end + 1, h.start)):
            h.stance = "conditional"


def judged_infinitives(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"it would be *a mistake to agree* to a ceasefire", "*absurd to expect* Ukraine to cede land": an adjective cue
    judging the infinitive after it gives the verb cue there its sign (an objection to agreeing opposes) and has no
    row of its own."""
    doc = ix.doc
    for idx, a in enumerate(hits):
        clause = a.span[-1].lower_ == "that"  # "it is *unfortunate that* the U.S. should impose tariffs"
        if a.dropped or a.kind != "adj" or a.stance not in OPPOSITE or found.get(idx) and not clause \
                or a.end + 1 >= len(doc) or doc[a.end].lower_ != "to" and not clause:
            continue
        if clause:
            end = next((k for k in range(a.end, len(doc)) if doc[k].text in {",", ";", "."}), len(doc))
            b = next((h for h in hits[idx + 1:] if a.end <= h.start < end and h.verbal and not h.dropped), None)
        else:
            b = next((h for h in hits[idx + 1:] if h.start == a.end + 1), None)
        if b is None or b.dropped or b.kind != "verb" or b.stance not in OPPOSITE:
            continue
        if clause:
            if not a.holders:
                continue
            b.holders, b.rule = a.holders, a.rule  # the judge holds it, not the clause's subject
        if a.stance == "oppose":
            b.stance = OPPOSITE[b.stance]
        b.modified_by = b.modified_by or a.span.text  # the cue column shows both words
        a.dropped = True
