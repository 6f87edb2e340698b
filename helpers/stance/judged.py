"""Holder rules for what is said *of* a thing rather than by an actor.

``judged_object``: a judgement in a relative clause on a plain noun is the reporter's, not the main subject's.
"Zelensky said Russia had tabled *demands that were unacceptable*": the demands are Russia's, the judgement of
them is whoever reports it (Zelensky), never the subject who tabled them. With nobody reporting, or a reporter
the codebook lacks ("a Ukrainian source said ..."), the judgement holds for nobody; so does a judge the codebook
does not know ("set out conditions *that a Ukrainian source called* unacceptable"), and the conditions stay the
subject's.

``proposal_subject``: a clause whose subject is the proposal itself ("*as the frozen assets plan stalls*") says
what happened to it; nobody named before the clause holds it.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.stance import parse as _parse  # noqa: F401 - the rule below goes before "parse" (and "subject")
from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import JUDGING_VERBS
from helpers.stance.hits import CueHit
from helpers.stance.registry import Attribution, holder_rule
from helpers.stance.walks import reporter

__all__ = ["judged_object", "proposal_subject"]

_COPULA = {"were", "was", "are", "is", "seemed", "seem", "seems", "appeared"}
_SET_OFF = {'"', "“", "”", "'", "‘", "’", ","}


def _back_past_asides(doc, j: int, lo: int) -> int:
    """Back from ``j`` past quotation marks, commas and an ", in his words," aside."""
    while j > lo and doc[j].text in _SET_OFF:
        j -= 1
    if j - 2 > lo and doc[j].lower_ == "words" and doc[j - 2].lower_ == "in":  # "were, *in his words*, unacceptable"
        j -= 3
        while j > lo and doc[j].text in _SET_OFF:
            j -= 1
    return j


@holder_rule("judged_object", before="parse")
def judged_object(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"tabled demands *that were* "unacceptable"": an adjective cue right after "that|which" + a form of "be"
    following a plain noun judges that noun for whoever reports the sentence."""
    if cue.kind != "adj" or cue.start - 3 < sent.start:
        return None
    doc = ix.doc
    j = _back_past_asides(doc, cue.start - 1, sent.start)
    if doc[j].lower_ in JUDGING_VERBS:  # "set out conditions *that a Ukrainian source called* unacceptable": a
        k = next((k for k in range(j - 1, max(sent.start, j - 6), -1) if doc[k].lower_ in {"that", "which"}), None)
        if k is None or k - 1 < sent.start or any(ix.mention_covering(i) is not None for i in range(k, j)):
            return None  # (a judge the codebook knows is the clause's subject: the subject rule finds it)
        noun = doc[k - 1]
        return Attribution(()) if noun.is_alpha and noun.is_lower and ix.mention_covering(noun.i) is None else None
    if doc[j].lower_ not in _COPULA or doc[j - 1].lower_ not in {"that", "which"}:
        return None
    noun = doc[j - 2]
    if not (noun.is_alpha and noun.is_lower) or ix.mention_covering(noun.i) is not None:
        return None  # "Russia, which was ...", "the Kremlin, which is ...": an actor's own clause
    return Attribution(reporter(ix, cue.segment, cue.start, sent))


_SUBORDINATORS = {"as", "while", "because", "since", "although", "though", "when", "after", "before", "until", "but",
                  "and", "whereas"}
_PLAN_WORDS = {"plan", "plans", "proposal", "proposals", "idea", "deal", "initiative", "scheme", "push", "bid"}


@holder_rule("proposal_subject", before="judged_object")
def proposal_subject(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """"EU agrees loan *as frozen Russian assets plan stalls*": a verb whose own clause opens with a proposal as its
    subject says what happened to the proposal; no actor named before the clause holds it."""
    if cue.kind != "verb" or cue.start - 2 < sent.start:
        return None
    doc = ix.doc
    j = cue.start
    if doc[j - 1].lower_ in _PLAN_WORDS:
        j -= 1
    t = next((t for t in ix.topic_spans if t.end == j and t.start > sent.start), None)
    if t is None:
        return None
    k = t.start - 1
    if k > sent.start and doc[k].lower_ in {"the", "a", "an", "this"}:
        k -= 1
    return Attribution(()) if doc[k].lower_ in _SUBORDINATORS else None
