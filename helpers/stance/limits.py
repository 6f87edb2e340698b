"""Support with a stated limit: "Warsaw *will not send troops* to Ukraine *but offers* to act as the logistics hub".

The annotation codebook's tie-break: support with a limit that is not a condition ("voiced support for guarantees but
stopped short of committing U.S. troops") is support. A country refusing its own troops while offering other help
backs the guarantees; only the limit is refused.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from helpers.stance.grammar import OFFER_WORDS, TROOP_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Span

    from helpers.stance.document import ArticleIndex, TopicHit
    from helpers.stance.hits import CueHit

__all__ = ["limited_support"]

_REACH = 14  # words after "but" in which the offer must come


def limited_support(ix: ArticleIndex, hits: list[CueHit], found: dict[int, list[TopicHit]], sent: Span) -> None:
    """Turn a refusal of one's own troops into support when "but" and an offer of other help follow it."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        topics = found.get(idx)
        if h.dropped or h.stance != "oppose" or not topics \
                or any(t.topic != "security_guarantees" or not TROOP_WORDS & set(t.text.lower().split())
                       for t in topics):
            continue
        end = max(t.end for t in topics)
        but = next((j for j in range(end, sent.end) if doc[j].lower_ == "but"), None)
        if but is None:
            continue
        after = range(but + 1, min(sent.end, but + 1 + _REACH))
        negated = any(m.start in after for m in ix.markers_in("negation", but + 1, min(sent.end, but + 1 + _REACH)))
        if not negated and any(doc[j].lower_ in OFFER_WORDS for j in after):
            h.stance = "support"
