"""A measure kept *until* something happens: "sanctions should stay in place until Russia agrees to a truce".

"until" after a verb of keeping gives how long the measure lasts, not a condition on backing
it: whoever keeps sanctions until Moscow moves supports them. Raising the cost until then
("keep tightening the screws until ...") is a threat on a condition and stays one.
:func:`helpers.stance.conditions` leaves such support as it is instead of making it conditional.
"""

from __future__ import annotations

from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit

__all__ = ["lasts_until"]

# keeping a measure in force ("keep", "stay in place", "remain", "maintain", "keep up the pressure")
_KEEPING = {"keep", "keeps", "kept", "keeping", "stay", "stays", "stayed", "staying", "remain", "remains", "remained",
            "remaining", "maintain", "maintains", "maintained", "maintaining", "extend", "extends", "extended",
            "extending", "continue", "continues", "continued", "continuing"}


def lasts_until(ix: ArticleIndex, mod: CueHit, o: CueHit) -> bool:
    """Is ``mod`` an "until" that tells how long the measure of the support cue ``o`` is kept?"""
    if mod.span.text.lower() != "until" or o.stance != "support" or not o.start < mod.start:
        return False
    doc = ix.doc
    for k in range(max(o.start - 3, 0), mod.start):
        if doc[k].lower_ in _KEEPING and not (k + 1 < mod.start and doc[k + 1].lower_.endswith("ing")):
            return True  # (not "keep *raising* the cost until ...": more of it until then, a threat on a condition)
    return False
