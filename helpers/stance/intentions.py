"""``intention``: what a possessor decided, planned or offered to do is the possessor's position.

"Kyiv welcomed *Trump's decision to impose* sanctions": the verb cue "impose"
would walk back to the sentence's subject (Kyiv, who holds "welcomed" already),
passing the possessive as a modifier. After a noun cue that ends in "to" and
has a possessive holder ("decision to", "readiness to", or a verb cue used as a noun: "Washington's *plans
to*"), the verb
cue right after it is the possessor's, with its own stance ("Moscow's decision
to *cancel* the summit" is Moscow's opposition), and the noun gives no row of
its own.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit
from helpers.stance.registry import rule

__all__ = ["intention", "apply_intentions"]


@rule("intention")
def intention(ix: ArticleIndex, noun: CueHit, verb: CueHit, welcomed_by: tuple[str, ...]) -> None:
    """Give ``verb`` the possessive holder of the ``noun`` cue right before it; the noun is absorbed.

    ``welcomed_by``: the holders of a verb cue whose object the noun phrase is ("Kyiv *welcomed* Trump's
    decision to impose sanctions" is Kyiv's support too)."""
    verb.holders = tuple(dict.fromkeys(noun.holders + welcomed_by))
    verb.rule, verb.target = "intention", ()
    noun.dropped = True


def apply_intentions(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """Apply :func:`intention` to every "X's <noun cue> to <verb cue>" of the sentence."""
    for k, (noun, verb) in enumerate(zip(hits, hits[1:])):
        if (noun.kind == "noun" or noun.nominal) and not noun.dropped and noun.holders and noun.rule == "possessive" \
                and noun.frame != "demand" \
                and (noun.span[-1].lower_ == "to" and verb.start == noun.end
                     or verb.start == noun.end + 1 and ix.doc[noun.end].lower_ == "to") and verb.kind == "verb" \
                and not verb.dropped and verb.frame == "plain":
            outer = hits[k - 1] if k > 0 else None
            welcomed_by = outer.holders if outer is not None and outer.verbal and not outer.dropped \
                and outer.stance == "support" and outer.holders == verb.holders and noun.start - outer.end <= 4 else ()
            intention(ix, noun, verb, welcomed_by)
