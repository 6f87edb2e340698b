"""``manner_contrasts``: "back the ceasefire *rather than merely hope for it*" contrasts two ways of holding the same
proposal; what is put aside is not an objection to it.

A verb after "rather than"/"instead of" is put aside, so negated ("should move to a deal *rather than agreeing to* a
truce" opposes the truce). When its proposal is one a verb before it already holds in the sentence, the contrast is
only about the manner ("publicly rather than merely hope for it"): the put-aside verb gives no row.
"""

from __future__ import annotations

from helpers.stance.document import TopicHit
from helpers.stance.hits import CueHit

__all__ = ["manner_contrasts"]


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
