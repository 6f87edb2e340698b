"""``manner_contrasts``: "back the ceasefire *rather than merely hope for it*" contrasts two ways of holding the same
proposal; what is put aside is not an objection to it.

A verb after "rather than"/"instead of" is put aside, so negated ("should move to a deal *rather than agreeing to* a
truce" opposes the truce). When its proposal is one a verb before it already holds in the sentence, the contrast is
only about the manner ("publicly rather than merely hope for it"): the put-aside verb gives no row.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex, TopicHit
from helpers.stance.hits import CueHit

__all__ = ["manner_contrasts", "kind_contrasts"]


def manner_contrasts(hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """Drop a put-aside cue whose proposals a cue before it in the sentence already names."""
    for idx, h in enumerate(hits):
        topics = found.get(idx)
        if h.dropped or not h.put_aside or not topics:
            continue
        before = {t.topic for jdx, o in enumerate(hits[:idx]) if not o.dropped and not o.put_aside
                  and o.stance == "support" and o.end <= h.start for t in found.get(jdx, [])}
        if all(t.topic in before and t.via == "pronoun" for t in topics):
            h.dropped = True


# inverters that set a second name of a proposal against the first ("a ceasefire*, not* a pause")
_CONTRASTING = {"not", "than", "instead", "opposed"}


def kind_contrasts(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]]) -> None:
    """"wanted a ceasefire*, not a pause* for Russia to regroup": the same proposal named twice, the second set
    against the first, contrasts two kinds of it; the cue holds the first and rejects nothing."""
    doc = ix.doc
    for idx, topics in found.items():
        if hits[idx].dropped or len(topics) < 2:
            continue
        kept = []
        for t in topics:
            if t.polarity == "-" and t.via == "term" \
                    and any(k.topic == t.topic and k.polarity == "+" and k.end <= t.start for k in kept) \
                    and any(doc[j].lower_ in _CONTRASTING for j in range(max(0, t.start - 3), t.start)):
                continue
            kept.append(t)
        found[idx] = kept
