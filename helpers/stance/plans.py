"""Plans as subjects: what a named plan would do is its owner's position, not the speaker's.

"Zelensky said *the proposal would require* Ukraine to cede Donbas" states what the proposal does; the row
belongs to whoever owns the plan: its possessor ("*Russia's* plan would require"), its author ("drafted by
Witkoff"), or, for "the plan", "the document" with no owner in the sentence, the owner of the plan named
last in the paragraphs before ("*Washington's* 28-point plan ... The original document provides for ...").
The sentences a paragraph goes on with in the conditional list more of its provisions (rule ``provisions``:
"... *Ukraine would* also *write* into its constitution that it will not join NATO").
"""

from __future__ import annotations

from helpers.stance.candidates import between_names
from helpers.stance.company import possessor_of
from helpers.stance.document import ArticleIndex, Mention
from helpers.stance.grammar import GROUP_HEADS, PLAN_NOUNS, STATEMENT_NOUNS
from helpers.stance.groups import statement_authors
from helpers.stance.hits import CueHit, demonym_ending_at, make_hits
from helpers.stance.holders import attribute
from helpers.stance.registry import rule

__all__ = ["authored_subjects", "conjoined_to_a_plan", "described_plans", "plan_of_the_sentence_before",
           "provision_sentence", "provisions_without_cues", "plan_owner_before", "plan_subjects",
           "provisions_continued", "written_into_law"]

_MODAL_WORDS = {"would", "will", "could", "might", "may", "can", "must", "should"}
# adverbs between a plan and its verb ("the document *reportedly* provides for ...")
_PLAN_ADVERBS = {"also", "still", "now", "only", "reportedly", "allegedly", "apparently", "effectively", "further",
                 "additionally", "explicitly", "reportedly", "even"}
_DEFINITE = {"the", "this", "that"}
_AUTHOR_VERBS = {"drafted", "drawn", "written", "authored", "proposed", "presented", "floated", "put", "tabled",
                 "brokered", "negotiated", "prepared", "devised", "crafted", "submitted", "worked", "developed",
                 "hammered", "compiled", "produced", "formulated", "designed", "thrashed"}
# how far back "the plan" looks for the plan named with its owner: this paragraph and the ones before
_OWNER_PARAGRAPHS = 5
# what opens a long aside after the plan ("The plan*, whose outlines surfaced last week and which ...,* would")
_RELATIVE_OPENERS = {"whose", "which", "who"}
_PLAN_SUBJECTS = {"it", "plan", "draft", "proposal", "document", "framework", "text", "blueprint"}


def described_plans(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"Kyiv *rejects* any plan *that would force* it to surrender land": a verb in a relative clause that says what
    the plan does is no one's position; the verb before it takes the proposal named there."""
    doc = ix.doc
    for h in hits:
        j = h.start - 1
        while j > 0 and doc[j].lower_ in _MODAL_WORDS:
            j -= 1
        if h.verbal and j > 0 and doc[j].lower_ in ("that", "which") and doc[j - 1].lower_ in PLAN_NOUNS \
                and ix.mention_covering(j - 1) is None and any(o.verbal and o.end <= j - 1 for o in hits):
            h.dropped = True


def _modifiers_start(ix: ArticleIndex, j: int) -> int:
    """First token of the up to five modifier tokens before the plan noun at ``j`` ("Russia's *peace* plan",
    "Washington's *original 28-point* draft")."""
    doc = ix.doc
    k = j
    while k - 1 > 0 and j - k < 5 and (doc[k - 1].is_alpha or doc[k - 1].text in {"-", "–"} or doc[k - 1].like_num
                                       or ix.mention_covering(k - 1) is not None) \
            and doc[k - 1].lower_ not in {"the", "this", "that", "a", "an", "any", "its", "his", "her", "their"}:
        k -= 1  # past its modifiers ("the frozen *Russian assets* plan", "Washington's *28-point* plan")
    return k


def _owner_at(ix: ArticleIndex, j: int) -> tuple[str, ...]:
    """Who owns the plan noun at ``j``: a possessor ("Washington's plan"), an actor or demonym among its modifiers
    ("the US plan", "the American draft"), or an author right after it ("the plan drafted by Witkoff")."""
    k = _modifiers_start(ix, j)
    owner = possessor_of(ix, k)
    if owner:
        return owner
    for i in range(j - 1, k - 1, -1):
        if owner := _named_at(ix, i):
            return owner
    return _named_authors(ix, j)


def _named_at(ix: ArticleIndex, i: int) -> tuple[str, ...]:
    """The actor a mention or a demonym at ``i`` names ("the *US* draft", "the *Russian* document"), else ()."""
    if (m := ix.mention_covering(i)) is not None:
        return (m.actor_id,)
    if (d := demonym_ending_at(ix, i)) is not None and d.kb_id_:
        return (d.kb_id_,)
    return ()


def _named_authors(ix: ArticleIndex, j: int) -> tuple[str, ...]:
    """The authors named right after the plan noun at ``j`` ("the plan*, drafted by Witkoff*", "the draft*, worked out
    between Witkoff and Dmitriev*")."""
    doc = ix.doc
    i = j + 1
    while i < len(doc) and i <= j + 3 and doc[i].lower_ not in _AUTHOR_VERBS:
        i += 1
    if i <= j + 3 and i < len(doc):
        by = next((b for b in range(i + 1, min(len(doc), i + 4)) if doc[b].lower_ in {"by", "between"}), None)
        if by is not None:
            return _authors_after(ix, by + 1)
    return ()


def _authors_after(ix: ArticleIndex, k: int, *, titles: bool = True) -> tuple[str, ...]:
    """The authors named at ``k``, past lower-case titles ("by *special envoy* Steve Witkoff"): a list ("by
    Witkoff and Kirill Dmitriev") and a co-author ("by Witkoff *with* Kremlin envoy Kirill Dmitriev"; not one who
    gave "input")."""
    doc = ix.doc
    limit = min(len(doc), k + 3)
    while titles and k < limit and k not in ix.mention_at_start and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    if (m := ix.mention_at_start.get(k)) is None:
        return _demonym_authors(ix, k) if titles else ()
    actors: list[str] = []
    while m is not None:
        m = _person_named_after(ix, m)  # "between the White House envoy Steve Witkoff and the Kremlin's ..."
        actors.append(m.actor_id)
        j = m.end
        if j < len(doc) and doc[j].text == "," and j + 1 < len(doc) and doc[j + 1].lower_ == "and":
            j += 1
        if j >= len(doc) or doc[j].lower_ not in {"and", ","}:
            break
        j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
        m = ix.mention_at_start.get(j)
    end = j
    if end < len(doc) and doc[end].lower_ == "with":
        actors = [*actors, *_authors_after(ix, end + 1, titles=False)]
    return tuple(dict.fromkeys(actors))


def _person_named_after(ix: ArticleIndex, m: Mention) -> Mention:
    """The person a body's title names ("by *the White House envoy Steve Witkoff*", "*US envoy* Steve Witkoff"):
    the author is the person, not the body of their title; else ``m``."""
    doc = ix.doc
    if m.actor_id in ix.persons:
        return m
    k = m.end + (m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s"})
    start = k
    while k < len(doc) and k - start < 3 and k not in ix.mention_at_start and doc[k].is_alpha and doc[k].is_lower:
        k += 1
    n = ix.mention_at_start.get(k)
    return n if k > start and n is not None and n.actor_id in ix.persons else m


def _demonym_authors(ix: ArticleIndex, k: int) -> tuple[str, ...]:
    """Authors named by their demonyms and a group noun ("by *American and Russian envoys*", "by US negotiators")."""
    doc = ix.doc
    found: list[str] = []
    while k < len(doc):
        d = next((d for d in ix.markers_in("demonym", k, k + 1)), None)
        if d is None or not d.kb_id_ or ix.mention_covering(k) is not None:
            break
        found.append(d.kb_id_)
        k = d.end
        if k + 1 < len(doc) and doc[k].lower_ in {"and", ","} and ix.markers_in("demonym", k + 1, k + 2):
            k += 1
    if found and k < len(doc) and doc[k].lower_ in GROUP_HEADS:
        return tuple(dict.fromkeys(found))
    return ()


def plan_owner_before(ix: ArticleIndex, pos: int) -> tuple[str, ...]:
    """The owner of the last plan named with one before ``pos``, in its paragraph or the ones just before."""
    s = ix.sent_of(pos)
    if s < 0:
        return ()
    para = ix.sent_para[s]
    first = next((k for k in range(s, -1, -1) if ix.sent_para[k] < para - _OWNER_PARAGRAPHS), -1) + 1
    doc = ix.doc
    for j in range(pos - 1, ix.sents[first].start - 1, -1):
        if doc[j].lower_ in PLAN_NOUNS and ix.mention_covering(j) is None and (owner := _owner_at(ix, j)):
            return owner
    return ()


def _subject_plan(ix: ArticleIndex, h: CueHit) -> int:
    """The plan noun right before the cue's verb, past modals, adverbs and one aside; else -1."""
    doc = ix.doc
    j = h.start - 1
    aside = False
    while j > 0:
        low = doc[j].lower_
        if low in {"must", "should"}:
            return -1  # "the plan must include ...": the speaker's prescription
        if low in _MODAL_WORDS or low in _PLAN_ADVERBS:
            j -= 1
        elif low == "," and not aside:  # "The original document*, drawn up in secret,* provides for ..."
            k = next((i for i in range(j - 1, max(0, j - 40), -1) if doc[i].text in {",", ".", ";"}
                      and not (doc[i].text == "," and between_names(ix, i))  # (a list's comma is no aside's edge)
                      and (doc[i].text != "," or j - i < 14 or doc[i + 1].lower_ in _RELATIVE_OPENERS
                           or doc[i + 1].is_lower and (doc[i + 1].lower_.endswith("ed")
                                                       or doc[i + 1].lower_ in _AUTHOR_VERBS | _PLAN_ADVERBS))),
                     None)  # "The
            # original draft*, handed to Zelensky in Kyiv last Thursday by the US Army Secretary,* would have"
            if k is None or doc[k].text != "," or k == 0:
                return -1
            j, aside = k - 1, True
        else:
            break
    return j if j > 0 and (doc[j].lower_ in PLAN_NOUNS or doc[j].lower_ in STATEMENT_NOUNS) \
        and ix.mention_covering(j) is None else -1


def plan_subjects(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"Zelensky said *the proposal would require* Ukraine to cede Donbas", "as the assets *plan stalls*": a verb whose
    subject is a named plan ("the", "this" or a possessive before it) states what that plan does, not the speaker's
    position nor that of an actor named earlier. Its holder is the plan's possessor ("*Russia's* plan would
    require"), its author (:func:`authored_subjects`), or the owner of the plan named before
    (:func:`plan_owner_before`).
    Not "any settlement must ...", "a deal would ...": what the speaker says a deal should hold."""
    doc = ix.doc
    for h in hits:
        if h.dropped or h.kind != "verb" or h.frame == "modifier" \
                or h.holders and (not h.verbal or h.rule not in ("speaker", "subject", "own_side", "pronoun")):
            continue  # (a cue with no holder yet may still have a plan for its subject: "the document provides")
        j = _subject_plan(ix, h)
        if j < 0:
            continue
        k = _modifiers_start(ix, j)
        owner = possessor_of(ix, k)
        if doc[j].lower_ in STATEMENT_NOUNS:  # "The statement also *envisaged* a mechanism to monitor a truce"
            if not owner and k - 1 >= 0 and doc[k - 1].lower_ in _DEFINITE:
                owner = statement_authors(ix, j)
            if owner:  # (not "The statement, *signed by Britain*, rejected ...": the subject walk found them)
                h.holders, h.rule = owner, "possessive"
        elif owner:
            h.holders, h.rule = owner, "possessive"
        elif k - 1 >= 0 and doc[k - 1].lower_ in _DEFINITE:
            if authors := _named_authors(ix, j):  # "That draft*, put together by Witkoff,* would ...": its
                h.holders, h.rule = authors, "agent"  # authors', not a name in the aside the subject walk found
                continue
            owner = _named_at(ix, j - 1) or plan_owner_before(ix, k - 1)  # "the *Russian* document", not one
            # further back ("the frozen Russian assets plan" is no Russian plan)
            h.holders, h.rule = (owner, "possessive") if owner else ((), h.rule)


def conjoined_to_a_plan(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"Russia's text *calls for* Ukraine to leave Donbas *and to accept* neutrality": a verb conjoined to one whose
    holder is a plan's owner or author, and with no holder of its own, says more of what the plan asks for."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        if h.dropped or not h.verbal or h.frame == "modifier" or h.holders and h.rule not in ("subject", "pronoun"):
            continue
        j = h.start - 1
        if j > 0 and doc[j].lower_ == "to":
            j -= 1
        if j <= 0 or doc[j].lower_ not in {"and", ","}:
            continue
        before = [o for o in hits[:idx] if not o.dropped and o.frame != "modifier" and o.holders]
        if not before or before[-1].rule not in ("possessive", "agent"):
            continue
        if h.holders and not any(m.actor_id in h.holders for m in ix.mentions if before[-1].end <= m.start < j):
            continue  # (a subject of its own, not a name inside what the plan asks: "calls for *Ukraine* to ...")
        h.holders, h.rule = before[-1].holders, before[-1].rule


def authored_subjects(hits: list[CueHit]) -> None:
    """"The plan, *drafted by Witkoff*, would require Ukraine to cede Donbas", "the *US-drafted* plan would require
    ...": what a plan requires is its author's position, when the cue has no holder of its own."""
    for idx, h in enumerate(hits):
        if h.dropped or h.holders or not h.verbal or h.frame == "modifier":
            continue
        before = [a for a in hits[:idx] if not a.dropped and a.frame != "modifier"]
        if not before or before[-1].rule not in ("agent", "compound") or not before[-1].holders \
                or before[-1].frame == "demand":
            continue  # ("an ultimatum *from Trump for Russia to accept*": a demand's target, the demand rule's)
        h.holders, h.rule = before[-1].holders, before[-1].rule


def plan_of_the_sentence_before(ix: ArticleIndex, s: int, hits: list[CueHit]) -> None:
    """"The plan, drafted by Witkoff and Dmitriev, landed in Kyiv. *It would require* Ukraine to cede Donbas": a
    sentence that opens with "It" or "The plan" and a cue with no holder goes on about the plan the sentence
    before named with its authors; what it requires is theirs (as :func:`authored_subjects` within a sentence)."""
    doc, sent = ix.doc, ix.sents[s]
    opens = sent.start
    if doc[opens].lower_ == "according" and (comma := next((k for k in range(opens + 2, min(opens + 12, sent.end))
                                                            if doc[k].text == ","), None)) is not None:
        opens = comma + 1  # "According to versions published in the media, *it* would require ..."
    j = opens + (1 if doc[opens].lower_ == "the" else 0)
    if s == 0 or j >= sent.end or doc[j].lower_ not in _PLAN_SUBJECTS or (j > opens and doc[j].lower_ == "it"):
        return
    waiting = [h for h in hits if not h.dropped and h.verbal and not h.holders and h.frame != "modifier"
               and h.start <= j + 4]
    if not waiting:
        return
    prev = ix.sents[s - 1]
    for h in make_hits(ix, prev, ix.cues_in(prev.start, prev.end)):
        if h.holder_mode in ("agent", "compound") and not h.dropped:
            attribute(ix, h, prev)
            if h.holders and h.rule in ("agent", "compound"):
                for w in waiting:
                    w.holders, w.rule = h.holders, h.rule
                return
    k = prev.start + (1 if doc[prev.start].lower_ in _DEFINITE else 0)
    while k < prev.end - 1 and k - prev.start < 6 and doc[k].lower_ not in PLAN_NOUNS and (
            doc[k].lower_ in {"original", "revised", "new", "initial", "first", "draft", "latest", "updated", "point"}
            or doc[k].like_num or doc[k].text in {"-", "–"}):
        k += 1  # "The original *28-point* draft"
    if doc[k].lower_ in PLAN_NOUNS and doc[prev.start].lower_ in _DEFINITE and ix.mention_covering(k) is None:
        owner = _owner_at(ix, k) or plan_owner_before(ix, prev.start)  # "The original draft, handed to Kyiv last
        for w in waiting if owner else ():  # week, alarmed Europe. *It would have required* ...": its owner's
            w.holders, w.rule = owner, "possessive"


# how many sentences of one paragraph a list of provisions may run on after the plan's own sentence
_PROVISION_RUN = 6
_SHORT_ANSWER = 5  # tokens
_HELD_BY_SUBJECT = {"subject", "pronoun", "shared_subject", "own_side", "deontic"}


@rule("provisions")
def _provision_owner(ix: ArticleIndex, s: int) -> tuple[str, ...]:
    """The owner of the plan whose provisions sentence ``s`` goes on listing: a plan sentence before it in its
    paragraph, past other provisions (:func:`provisions_continued`); else ()."""
    para = ix.sent_para[s]
    for k in range(s - 1, max(-1, s - 1 - _PROVISION_RUN), -1):
        if ix.sent_para[k] != para:
            return ()
        if owner := _plan_sentence_owner(ix, k) or _plan_question_owner(ix, k) or _plan_introduced_owner(ix, k):
            return owner
        if not provision_sentence(ix, k) and len(ix.sents[k]) > _SHORT_ANSWER:
            return ()  # (past a short answer to the question: "What is in the plan? *Quite a lot.*")
    return ()


def _plan_introduced_owner(ix: ArticleIndex, s: int) -> tuple[str, ...]:
    """The authors of a plan a sentence opens with and names them for ("*The 28-point draft, drawn up by Witkoff*,
    became public last week"), whatever the sentence says of it; else ()."""
    doc, sent = ix.doc, ix.sents[s]
    k = sent.start
    if doc[k].lower_ not in _DEFINITE:
        return ()
    j = next((i for i in range(k + 1, min(sent.end, k + 6)) if doc[i].lower_ in PLAN_NOUNS
              and ix.mention_covering(i) is None), None)
    if j is None or any(doc[i].text in {",", "."} for i in range(k, j)):
        return ()
    return _named_authors(ix, j)


def provisions_without_cues(ix: ArticleIndex, s: int, hits: list[CueHit]) -> None:
    """"The draft, drawn up by Witkoff, became public. *Ukraine would withdraw from Donetsk* ...": a provision
    sentence with no cue of its own, going on from a plan, states what the plan's owner wants."""
    doc, sent = ix.doc, ix.sents[s]
    if any(not h.dropped and h.frame != "modifier" for h in hits) or not provision_sentence(ix, s) \
            or not ix.sentence_topics(sent):
        return
    owner = _provision_owner(ix, s)
    w = next((k for k in range(sent.start, sent.end) if doc[k].lower_ == "would"), None)
    if not owner or w is None:
        return
    h = CueHit(doc[w:w + 1], w, w + 1, "support", "would", "verb", "subject", "plain", "oppose", True, False,
               segment=-1)
    h.holders, h.rule = owner, "provisions"
    hits.append(h)


def provisions_continued(ix: ArticleIndex, s: int, hits: list[CueHit]) -> None:
    """"The draft would require Ukraine to cede Donbas. *Ukraine would* also *write* into its constitution that it will
    not join NATO": a sentence in the conditional that goes on, in the same paragraph and with no one speaking, from
    a sentence stating what a plan would do lists more of its provisions; what it holds is the plan owner's, not
    its subject's."""
    waiting = [h for h in hits if not h.dropped and h.frame != "modifier" and h.verbal
               and (h.rule in _HELD_BY_SUBJECT or not h.holders)]  # (or no one: "sanctions would be lifted")
    if not waiting or not provision_sentence(ix, s):
        return
    for h in waiting if (owner := _provision_owner(ix, s)) else ():
        h.holders, h.rule = owner, "provisions"


# what a text is to say ("write into its *constitution that* it will never join NATO"): a provision, not a position
_LAW_NOUNS = {"constitution", "law", "laws", "charter", "treaty", "statute", "legislation"}


def written_into_law(ix: ArticleIndex, hits: list[CueHit]) -> None:
    """"Kyiv would write into its constitution *that it will never* join NATO": the clause a law is to say holds no
    position of the "it" it names; it is a provision, which :func:`provisions_continued` gives to the plan's owner
    when the sentence goes on about a plan (a verb before it that requires it is the demand rule's)."""
    doc = ix.doc
    for idx, h in enumerate(hits):
        if h.dropped or h.frame == "modifier" or h.rule not in ("pronoun", "subject"):
            continue
        j = h.start - 1
        while j > 0 and h.start - j <= 4 and doc[j].lower_ != "that":
            j -= 1
        if j <= 0 or doc[j].lower_ != "that" or doc[j - 1].lower_ not in _LAW_NOUNS \
                or any(not o.dropped and o.frame != "modifier" and o.verbal for o in hits[:idx]):
            continue
        h.holders = ()


def _plan_question_owner(ix: ArticleIndex, s: int) -> tuple[str, ...]:
    """The owner of the plan a question asks about ("So what's in *the plan*?"), named with it before; else ()."""
    doc, sent = ix.doc, ix.sents[s]
    if doc[sent.end - 1].text != "?":
        return ()
    j = next((i for i in range(sent.end - 2, sent.start, -1) if doc[i].lower_ in PLAN_NOUNS
              and ix.mention_covering(i) is None), None)
    if j is None or doc[_modifiers_start(ix, j) - 1].lower_ not in _DEFINITE:
        return ()
    return _owner_at(ix, j) or plan_owner_before(ix, sent.start)


def provision_sentence(ix: ArticleIndex, s: int, *, reach: int = 12) -> bool:
    """A sentence in the conditional ("*would*" in its first ``reach`` tokens) with no speech verb and no full
    quotation (a scare-quoted word may stand in it: 'unspecified "reliable" guarantees')."""
    doc, sent = ix.doc, ix.sents[s]
    if any(q.full and q.start < sent.end and q.end > sent.start for q in ix.quotes) \
            or any("would" not in {doc[i].lower_ for i in range(max(sent.start, m.start - 2), m.start)}
                   for m in ix.markers_in("speech", sent.start, sent.end)):
        return False  # (not "Ukraine *would write* into its constitution": a provision)
    return any(doc[k].lower_ == "would" for k in range(sent.start, min(sent.end, sent.start + reach)))


def _plan_sentence_owner(ix: ArticleIndex, s: int) -> tuple[str, ...]:
    """The owner of the plan a sentence opens with, when it says what the plan would do ("*The draft*, leaked last
    week, *would* require ...", "*Under the plan*, Ukraine would ..."); else ()."""
    doc, sent = ix.doc, ix.sents[s]
    if not provision_sentence(ix, s, reach=len(sent)):  # (past the authors: "The draft, negotiated by ..., would")
        return ()
    k = sent.start + (1 if doc[sent.start].lower_ == "under" else 0)
    if k >= sent.end or doc[k].lower_ not in _DEFINITE:
        return ()
    j = next((i for i in range(k + 1, min(sent.end, k + 6)) if doc[i].lower_ in PLAN_NOUNS
              and ix.mention_covering(i) is None), None)
    if j is None or any(doc[i].text in {",", "."} for i in range(k, j)):
        return ()
    return _named_at(ix, j - 1) or _named_authors(ix, j) or plan_owner_before(ix, sent.start)
