"""Who a clause inside a full quotation names: the tests the ``quote`` holder rule (helpers/stance/holders.py) asks.

"“*They* do not want a ceasefire,” he said" is not the speaker's own position; "“*Russia demands* neutrality,” one
analyst said" is Russia's, reported by someone the codebook does not know; "“Kyiv *may* accept ...”" is nobody's.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance.document import ArticleIndex
from helpers.stance.hits import CueHit
from helpers.stance.walks import nearest_subject

__all__ = ["third_person_subject", "plainly_stated", "named_in_quote"]

_THIRD_PERSON = {"he", "she", "they", "nobody"}
_BEFORE_VERB = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "do", "does", "did",
                "not", "n't", "never", "also", "still", "always", "already", "just", "only", "now", "really", "even"}


def third_person_subject(ix: ArticleIndex, cue: CueHit) -> bool:
    """Is a quoted verb cue's subject he/she/they ("“They do not want a ceasefire,” he said")?"""
    if not cue.verbal:
        return False
    doc, j = ix.doc, cue.start - 1
    lo = ix.quotes[cue.segment].start
    while j > lo and doc[j].lower_ in _BEFORE_VERB:
        j -= 1
    if j > lo and doc[j].lower_ == "it":  # '"It wants a neutral Ukraine," he said': another country, not "It is
        return doc[j + 1].lower_ not in {"is", "was", "'s", "’s", "would", "will"}  # time for a truce"
    return j > lo and doc[j].lower_ in _THIRD_PERSON


_PLAIN_GAP = {"has", "have", "had", "also", "still", "again", "now", "already", "openly", "flatly"}


def plainly_stated(ix: ArticleIndex, cue: CueHit) -> bool:
    """Does the actor right before a quoted verb cue state it plainly ("*Russia demands*", "*Kyiv has accepted*"),
    not "may accept", "needs to look open to", "is being asked to"?"""
    j = cue.start
    while j > 0 and ix.doc[j - 1].lower_ in _PLAIN_GAP:
        j -= 1
    return ix.mention_at_end.get(j) is not None


def named_in_quote(ix: ArticleIndex, cue: CueHit, sent: Span) -> tuple[str, ...] | None:
    """The actors a quoted clause names as the subject of a verb cue, inside the same quotation; () for unnamed
    others ("some partners"); None when it names none."""
    if not cue.verbal:
        return None
    lo = max(ix.clause_start(cue.start, sent), ix.quotes[cue.segment].start + 1)
    found = nearest_subject(ix, cue.start, lo, seg=cue.segment)
    return found[0] if found is not None and found[1] == "subject" else None
