"""Quotations and their speakers: who gets to speak, how much, and saying what.

One row per quotation, found by rules on the text the blank spaCy pipeline has
split into sentences, with the speaker taken from the actor mentions of the
actors stage. Every row says which cue word fired and which rule found the
speaker, so a reader can audit it.

How quotations are found
    Double quotation marks, straight (``"``) or curly (``“ ”``), plus ``« »``
    and ``„ “``; curly single quotes (``‘ ’``) only where a ``‘`` opens at a
    word start (a ``’`` inside or after a word is an apostrophe). Straight
    single quotes are always apostrophes. Quotes are paired within a paragraph;
    a multi-sentence quotation is one row. A paragraph that ends inside a quote
    continues it only if the next paragraph opens with a quotation mark (the
    newspaper convention); any other unbalanced mark gives a
    :class:`QuoteWarning` naming the article and sentence, and no row.

Split quotations
    ``“This war started in Moscow,” Zelenskiy said. “And how it ends depends on
    the world.”`` is **one row**: the parts joined with `` … `` in ``quote``,
    ``n_words`` counting the quoted words only, ``start_char``/``end_char``
    spanning from the first opening mark to the last closing mark, and
    ``n_parts`` = 2. Two quotes merge when the first opens its sentence and only
    its attribution (a cue, at most 12 words, no other quote) stands between
    them, or when nothing but white space does; never when the second part
    has an attribution of its own (a cue after it in its sentence).

Statements, partial quotes, scare quotes
    ``kind = "full"``: the quote opens its sentence or follows ``,`` ``:`` or a
    dash, and ends a clause. ``kind = "partial"``: a phrase inside the
    narrator's sentence (calling the delegation "a theater prop"). A single
    quoted word inside a sentence, or 2-3 quoted words with no speech cue in
    the sentence, are scare quotes (or titles), not statements: no row.

Speakers (``speaker_rule``)
    The cue nearest the quote (fewest words between; before the quote wins a
    tie; a ``weak`` noun cue such as "statement" only if no verb cue is in the
    quote's sentences) is the one that fired (``cue``, as written). Its speaker is, in order:
    ``cue_subject`` the actor right before the cue ("Trump said", "Trump’s
    statement", "spokesperson Maria Zakharova warning"); ``after_cue`` the
    actor right after it ("according to Kremlin aide Yuri Ushakov", "…,” said
    Trump"); ``clause_subject`` the actor opening the cue's sentence
    ("Zelenskyy, speaking after the talks, emphasized flexibility, stating,
    “…”"), a person preferred over a country in "U.S. Secretary of State Marco
    Rubio". ``pronoun``: the speaker found is *he*/*she*; it stands for the
    subject (first person named, outside quotes) of the nearest sentence that
    names a person, this sentence first, then up to three sentences back. We
    take that sentence's subject rather than its last-named person because news
    prose keeps its subject: "Trump reiterated ... a meeting between himself and
    Putin ... he claimed" is Trump. Actors named inside quotes never speak.
    When no rule finds one, ``speaker_id`` is empty: never a guess.

Cue words live in ``corpus/quote_cues.yaml`` (data, not code; a corpus may carry its own).
"""

from __future__ import annotations

import bisect
import re
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence

from helpers.quote_cues import Cues, load_cues, parse_cues
from helpers.corpus import count_words

if TYPE_CHECKING:  # only the stage reads a Doc; reading the cached tables does not import spaCy
    from spacy.tokens import Doc

__all__ = [
    "QUOTE_COLUMNS",
    "QuoteWarning",
    "Cues",
    "load_cues",
    "parse_cues",
    "find_quotes",
    "quotes_stage",
    "quotes_table",
    "quote_shares",
    "speakers",
    "actor_coverage",
    "never_quoted",
    "UNATTRIBUTED",
]

QUOTE_COLUMNS = [
    "article_id", "sent_id", "where", "end_sent_id", "speaker_id", "quote", "n_words", "cue", "kind",
    "speaker_rule", "n_parts", "start_char", "end_char",
]

PART_JOINER = " … "
MAX_ATTRIBUTION_WORDS = 12      # words an attribution may have between two parts of one quote
MAX_PRONOUN_LOOKBACK = 3        # sentences searched back for the person a he/she stands for

QUOTE_CHARS = "\"“”«»„‘"
_ANY_QUOTE_RE = re.compile(f"[{QUOTE_CHARS}]")
_DOUBLE_RE = re.compile(r'["“”«»„]')
_OPENERS = {"“", "«", "„"}
_CLOSERS = {"”", "»"}
_BEFORE_OPEN = set("([{—–-/")                      # straight quote after these opens
_AFTER_CLOSE = set(".,;:!?)]}—–-…")                # straight quote before these closes
_INTRO_END = set(",:—–-")                          # a full quote follows these (or starts the sentence)
_CLAUSE_END = set(".?!,…—–-;:")                    # a full quote ends with these (or is followed by them)
_PRONOUN_RE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_POSSESSIVE_RE = re.compile(r"^['’]s?")
_TOKEN_RE = re.compile(r"[\w’'.-]+|[^\s\w]")


class QuoteWarning(UserWarning):
    """A quotation mark without its partner: the message names the article and sentence."""


# --------------------------------------------------------------------------- text-level extraction


@dataclass
class _Cand:
    """A possible speaker: an actor mention or a he/she pronoun, outside quotes."""

    start: int
    end: int
    actor_id: str        # "" for a pronoun
    person: bool
    gender: str = ""     # "m"/"f" when known (pronouns: he -> m, she -> f)

    @property
    def pronoun(self) -> bool:
        return not self.actor_id


class _Text:
    """One article's text with its sentences, quote spans and speaker candidates."""

    def __init__(self, text: str, sents: Sequence[tuple[int, int]], mentions: Iterable[dict], *,
                 article_id: str, persons: set[str] | None, genders: dict[str, str], cues: Cues):
        self.text = text
        self.article_id = article_id
        self.sents = list(sents)
        self.sent_starts = [s for s, _ in self.sents]
        self.cues = cues
        self.persons = persons
        self.genders = genders
        self._mentions = sorted(
            (int(m["start_char"]), int(m["end_char"]), str(m["actor_id"]))
            for m in mentions if m.get("actor_id")
        )
        self._mention_starts = [s for s, _, _ in self._mentions]
        self.spans: list[tuple[int, int]] = []   # every quote span (open mark .. after close mark)
        self._span_starts: list[int] = []
        self._cands: dict[int, list[_Cand]] = {}
        self._resolved: dict[int, str] = {}

    # ---- positions
    def sent_of(self, pos: int) -> int:
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return max(k, 0)

    def inside_mention(self, pos: int) -> bool:
        """Is character ``pos`` inside an actor's name ("the United *States*" is no speech verb)?"""
        k = bisect.bisect_right(self._mention_starts, pos) - 1
        return k >= 0 and pos < self._mentions[k][1]

    def cue_in(self, lo: int, hi: int) -> bool:
        """Is there an attribution cue between ``lo`` and ``hi`` outside actors' names?"""
        return any(not self.inside_mention(m.start()) for m in self.cues.pattern.finditer(self.text, lo, hi))

    def inside_quote(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._span_starts, start) - 1
        return k >= 0 and start < self.spans[k][1]

    def set_spans(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._span_starts = [s for s, _ in self.spans]

    # ---- candidates
    def candidates(self, k: int) -> list[_Cand]:
        """Speaker candidates of sentence ``k`` (mentions and he/she), outside quotes, in order."""
        if k in self._cands:
            return self._cands[k]
        s_start, s_end = self.sents[k]
        out: list[_Cand] = []
        i = bisect.bisect_left(self._mentions, (s_start, -1, ""))
        while i < len(self._mentions) and self._mentions[i][0] < s_end:
            start, end, aid = self._mentions[i]
            i += 1
            if out and start < out[-1].end:        # overlapping spans: keep the first
                continue
            if self.inside_quote(start, end):
                continue
            person = True if self.persons is None else aid in self.persons
            out.append(_Cand(start, end, aid, person, self.genders.get(aid, "")))
        for m in _PRONOUN_RE.finditer(self.text, s_start, s_end):
            if not self.inside_quote(m.start(), m.end()):
                g = "m" if m.group().lower() == "he" else "f"
                out.append(_Cand(m.start(), m.end(), "", True, g))
        out.sort(key=lambda c: c.start)
        self._cands[k] = out
        return out

    def resolve(self, cand: _Cand, depth: int = 0) -> str:
        """The actor a candidate stands for: itself, or for he/she the subject of a nearby sentence."""
        if not cand.pronoun:
            return cand.actor_id
        if cand.start in self._resolved:
            return self._resolved[cand.start]
        result = ""
        k = self.sent_of(cand.start)
        for back in range(0, MAX_PRONOUN_LOOKBACK + 1):
            j = k - back
            if j < 0:
                break
            s_start = self.sents[j][0]
            pool = [c for c in self.candidates(j) if c.person and c is not cand
                    and not (c.gender and cand.gender and c.gender != cand.gender)]
            subjects = [c for c in pool if _subject_position(self, s_start, c.start)]
            if back == 0:   # same sentence: only a subject before the pronoun ("Zelenskyy ..., which he said")
                pool, subjects = [], [c for c in subjects if c.end <= cand.start]
            pool = subjects or pool
            if pool:
                first = pool[0]
                result = (self.resolve(first, depth + 1) if depth < 4 else "") if first.pronoun else first.actor_id
                break
        self._resolved[cand.start] = result
        return result

    # ---- small text tests
    def _gap_tokens(self, start: int, end: int) -> list[str]:
        return _TOKEN_RE.findall(self.text[start:end])

    def is_filler(self, start: int, end: int) -> bool:
        """Only adverbs, auxiliaries and commas between a speaker and the cue ("Trump also said")."""
        gap = self.text[start:end]
        gap = _POSSESSIVE_RE.sub("", gap, count=1)
        tokens = _TOKEN_RE.findall(gap)
        if len(tokens) > 4:
            return False
        return all(t == "," or t.lower() in self.cues.filler_words or
                   (t.lower().endswith("ly") and len(t) > 3) for t in tokens)

    def is_title_chain(self, start: int, end: int, *, max_words: int = 8) -> bool:
        """Only capitalised words and title words ("Former U.S. President ", "Kremlin aide ")."""
        tokens = self._gap_tokens(start, end)
        if len(tokens) > max_words:
            return False
        return all((t[:1].isupper() or t.lower() in self.cues.title_words) and t[:1].isalnum()
                   for t in tokens)


def _classify_straight(text: str, i: int, p_start: int, p_end: int, is_open: bool) -> bool:
    """Is the straight quote at ``i`` an opening mark? Context first, then alternation."""
    prev = text[i - 1] if i > p_start else " "
    nxt = text[i + 1] if i + 1 < p_end else " "
    if (prev.isspace() or prev in _BEFORE_OPEN or prev in _OPENERS) and not nxt.isspace():
        return True
    if not prev.isspace() and (nxt.isspace() or nxt in _AFTER_CLOSE or nxt in _CLOSERS):
        return False
    return not is_open


def _pair_marks(tx: _Text, p_start: int, p_end: int, next_opens: bool, warn: list) -> list[tuple[int, int, bool]]:
    """Pair the double quotation marks of one paragraph: (open, after-close, continues)."""
    text = tx.text
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    open_ch = ""
    for m in _DOUBLE_RE.finditer(text, p_start, p_end):
        i, ch = m.start(), m.group()
        if ch == "“" and open_ch == "„":
            is_open = False
        elif ch in _OPENERS:
            is_open = True
        elif ch in _CLOSERS:
            is_open = False
        else:
            is_open = _classify_straight(text, i, p_start, p_end, open_at is not None)
        if is_open:
            if open_at is not None:
                warn.append(open_at)
            open_at, open_ch = i, ch
        elif open_at is None:
            warn.append(i)
        else:
            spans.append((open_at, i + 1, False))
            open_at, open_ch = None, ""
    if open_at is not None:
        if next_opens:
            spans.append((open_at, p_end, True))
        else:
            warn.append(open_at)
    # curly single quotes: only ‘ at a word start, outside double quotes
    pos = text.find("‘", p_start, p_end)
    while pos != -1:
        inside = any(s <= pos < e for s, e, _ in spans)
        prev = text[pos - 1] if pos > p_start else " "
        nxt = text[pos + 1] if pos + 1 < p_end else " "
        if not inside and (prev.isspace() or prev in _BEFORE_OPEN) and nxt.isalpha():
            close = pos + 1
            while True:
                close = text.find("’", close, p_end)
                if close == -1 or not (close + 1 < p_end and text[close + 1].isalnum()):
                    break
                close += 1
            if close == -1:
                warn.append(pos)
            else:
                spans.append((pos, close + 1, False))
                pos = close
        pos = text.find("‘", pos + 1, p_end)
    spans.sort()
    return spans


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    start = 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _opens_with_quote(text: str, start: int, end: int) -> bool:
    body = text[start:end].lstrip()
    return bool(body) and body[0] in _OPENERS | {'"', "‘"}


def _content(text: str, span: tuple[int, int, bool]) -> str:
    start, end, cont = span
    inner = text[start + 1:end if cont else end - 1]
    return " ".join(inner.split())


def find_quotes(
    text: str,
    sentences: Sequence[tuple[int, int]],
    mentions: Iterable[dict] = (),
    *,
    article_id: str = "",
    persons: Iterable[str] | None = None,
    genders: dict[str, str] | None = None,
    cues: Cues,
) -> list[dict]:
    """Quotation rows of one article's text (see the module docstring for the rules).

    ``sentences`` are the (start_char, end_char) of each sentence, in order (list
    index = ``sent_id``); ``mentions`` the actor mention rows (``start_char``,
    ``end_char``, ``actor_id``); ``persons`` the actor_ids that are people (a
    he/she can only stand for them; ``None``: every actor); ``genders`` optional
    ``{actor_id: "m"|"f"}`` so that *she* skips a man. Unbalanced quotation marks
    warn (:class:`QuoteWarning`) and give no row. ``cues`` are the compiled
    attribution cues (``codebooks.quote_cues``).
    """
    if not _ANY_QUOTE_RE.search(text) or not sentences:
        return []
    tx = _Text(text, sentences, mentions, article_id=article_id,
               persons=set(persons) if persons is not None else None, genders=dict(genders or {}), cues=cues)

    paragraphs = [(s, e) for s, e in _paragraphs(text) if e > s]
    per_para: list[list[tuple[int, int, bool]]] = []
    warn_at: list[int] = []
    for n, (p_start, p_end) in enumerate(paragraphs):
        if not _ANY_QUOTE_RE.search(text, p_start, p_end):
            per_para.append([])
            continue
        next_opens = n + 1 < len(paragraphs) and _opens_with_quote(text, *paragraphs[n + 1])
        per_para.append(_pair_marks(tx, p_start, p_end, next_opens, warn_at))
    for pos in warn_at:
        k = tx.sent_of(pos)
        s, e = tx.sents[k]
        snippet = text[s:e]
        snippet = snippet if len(snippet) <= 90 else snippet[:87] + "..."
        warnings.warn(
            f"{article_id or '(article)'}: unbalanced quotation mark {text[pos]!r} in sentence {k} "
            f"({snippet!r}); no quote extracted from it",
            QuoteWarning,
            stacklevel=3,
        )
    tx.set_spans([(s, e) for spans in per_para for s, e, _ in spans])

    # group the spans into quotations (split quotes and paragraph continuations merge)
    groups: list[list[tuple[int, int, bool]]] = []
    prev_para_last: tuple[int, int, bool] | None = None
    for spans, (p_start, _p_end) in zip(per_para, paragraphs):
        for j, span in enumerate(spans):
            if j == 0 and prev_para_last is not None and prev_para_last[2] and not text[p_start:span[0]].strip():
                groups[-1].append(span)
            elif j > 0 and _continues(tx, groups[-1], span):
                groups[-1].append(span)
            else:
                groups.append([span])
        prev_para_last = spans[-1] if spans else None

    rows = []
    for parts in groups:
        row = _quote_row(tx, parts)
        if row is not None:
            rows.append(row)
    return rows


def _continues(tx: _Text, group: list[tuple[int, int, bool]], span: tuple[int, int, bool]) -> bool:
    """Does ``span`` continue the quotation ``group`` (split by its attribution only)?"""
    text = tx.text
    k2 = tx.sent_of(span[0])
    if tx.cue_in(span[1], tx.sents[k2][1]):
        return False                              # the second part has an attribution of its own
    gap = text[group[-1][1]:span[0]]
    if not gap.strip():
        return True
    first = group[0][0]
    k = tx.sent_of(first)
    if text[tx.sents[k][0]:first].strip():
        return False                              # the first part has its own lead-in attribution
    return count_words(gap) <= MAX_ATTRIBUTION_WORDS and tx.cue_in(group[-1][1], span[0])


def _is_full(tx: _Text, span: tuple[int, int, bool], content: str) -> bool:
    text = tx.text
    k = tx.sent_of(span[0])
    before = text[tx.sents[k][0]:span[0]].rstrip()
    if before and before[-1] not in _INTRO_END:
        return False
    if before[-1:] == "," and content[:1].islower():
        return False  # 'stood ready to host talks, *"if the parties ask for it"*': the clause goes on in the quote
    if content[-1:] in _CLAUSE_END or span[2]:
        return True
    after = text[span[1]:tx.sents[k][1]].lstrip()
    return not after or after[0] in _CLAUSE_END


def _quote_row(tx: _Text, parts: list[tuple[int, int, bool]]) -> dict | None:
    text = tx.text
    contents = [_content(text, p) for p in parts]
    quote = PART_JOINER.join(c.rstrip(",") for c in contents if c) if len(contents) > 1 else contents[0]
    n_words = count_words(quote)
    if n_words == 0:
        return None
    first_k = tx.sent_of(parts[0][0])
    last_k = tx.sent_of(max(parts[-1][1] - 1, parts[-1][0]))
    full = _is_full(tx, parts[0], contents[0])

    cue, speaker, rule = _attribute(tx, parts, first_k, last_k)
    if full:
        if n_words == 1 and not cue:
            return None
    elif n_words == 1 or (n_words <= 3 and not cue):
        return None                               # scare quotes, titles, so-called words

    q = quote.rstrip(",;:")
    if not full:
        q = q.rstrip(".")
    return {
        "article_id": tx.article_id,
        "sent_id": first_k,
        "end_sent_id": last_k,
        "speaker_id": speaker,
        "quote": q,
        "n_words": n_words,
        "cue": cue,
        "kind": "full" if full else "partial",
        "speaker_rule": rule if speaker else "",
        "n_parts": len(parts),
        "start_char": parts[0][0],
        "end_char": parts[-1][1],
    }


def _attribute(tx: _Text, parts, first_k: int, last_k: int) -> tuple[str, str, str]:
    """(cue as written, speaker_id, speaker_rule) of a quotation; empty strings when none."""
    text = tx.text
    q_start, q_end = parts[0][0], parts[-1][1]
    f_start, f_end = tx.sents[first_k][0], tx.sents[last_k][1]
    best = None
    for m in tx.cues.pattern.finditer(text, f_start, f_end):
        c_start, c_end = m.start(), m.end()
        if tx.inside_quote(c_start, c_end) or tx.inside_mention(c_start):
            continue
        form = " ".join(m.group().lower().split())
        stop = tx.cues.unless_followed_by.get(form)
        if stop:
            nxt = re.match(r"\s+([\w’']+)", text[c_end:c_end + 30])
            if nxt and nxt.group(1).lower() in stop:
                continue
        if c_end <= q_start:
            side, gap = "before", count_words(text[c_end:q_start])
        elif c_start >= q_end:
            side, gap = "after", count_words(text[q_end:c_start])
        else:
            side, gap = "between", 0
        score = (form in tx.cues.weak, gap, side == "after")
        if best is None or score < best[0]:
            best = (score, c_start, c_end, form, side)
    if best is None:
        return "", "", ""
    _, c_start, c_end, form, side = best
    speaker, rule = _speaker(tx, c_start, c_end, form, side, q_start, q_end)
    return form, speaker, rule


def _speaker(tx: _Text, c_start: int, c_end: int, form: str, side: str, q_start: int, q_end: int) -> tuple[str, str]:
    k = tx.sent_of(c_start)
    cands = tx.candidates(k)

    def found(cand: _Cand, rule: str) -> tuple[str, str]:
        actor = tx.resolve(cand)
        return (actor, "pronoun" if cand.pronoun and actor else rule) if actor else ("", "")

    if form in tx.cues.speaker_after:
        after = [c for c in cands if c.start >= c_end and tx.is_title_chain(c_end, c.start, max_words=6)]
        return found(after[0], "after_cue") if after else ("", "")

    # 1. right before the cue: "Trump said", "he claimed", "Trump’s statement"
    lower = q_end if side == "after" else tx.sents[k][0]
    before = [c for c in cands if lower <= c.start and c.end <= c_start]
    if before and tx.is_filler(before[-1].end, c_start):
        person = _appositive_person(tx, before, c_start)
        return found(person or before[-1], "cue_subject")
    # 2. inverted, after a quote: "…,” said Trump"
    if side in ("after", "between"):
        after = [c for c in cands if c.start >= c_end and not c.pronoun
                 and tx.is_title_chain(c_end, c.start, max_words=5)]
        if after:
            return found(after[0], "after_cue")
    # 3. the subject opening the cue's sentence: "Zelenskyy, speaking ..., stated, “…”"
    s_start = tx.sents[k][0]
    subjects = [c for c in cands if c.end <= c_start and not tx.inside_quote(c.start, c.end)
                and _subject_position(tx, s_start, c.start) and not _possessive(tx.text, c.end)]
    if subjects:
        people = [c for c in subjects if c.person]
        return found((people or subjects)[0], "clause_subject")
    return "", ""


def _appositive_person(tx: _Text, before: list[_Cand], c_start: int) -> _Cand | None:
    """"Zakharova, the spokeswoman of the Russian Foreign Ministry, told reporters": the body at the end of
    an apposition is no speaker; the person it describes is."""
    last = before[-1]
    if last.person or not tx.text[last.end:c_start].strip() == ",":
        return None
    for cand in reversed(before[:-1]):
        if not cand.person or cand.pronoun:
            continue
        gap = tx.text[cand.end:last.start]
        words = _TOKEN_RE.findall(gap)
        if gap.lstrip().startswith(",") and gap.count(",") == 1 and len(words) <= 9 and not _ANY_QUOTE_RE.search(gap):
            return cand
        return None
    return None


def _possessive(text: str, end: int) -> bool:
    """Is the mention ending at ``end`` a possessor ("Putin’s aide said": the aide speaks)?"""
    return text[end:end + 2] in ("’s", "'s") or (text[end:end + 1] in ("’", "'") and text[end - 1:end] == "s")


def _subject_position(tx: _Text, s_start: int, pos: int) -> bool:
    """Does ``pos`` open its sentence (after titles, or after an introductory phrase and a comma)?"""
    prefix = tx.text[s_start:pos]
    if not prefix.strip():
        return True
    if prefix.rstrip().endswith(",") and "," not in prefix.rstrip()[:-1] and not _ANY_QUOTE_RE.search(prefix):
        return True
    return tx.is_title_chain(s_start, pos)


# --------------------------------------------------------------------------- pipeline stage


def quotes_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage (see ``helpers.pipeline``): the quotation rows of one parsed article."""
    from helpers.nlp import text_from_sentences

    rows = ctx.get("sentences")
    text = ctx.get("text") or text_from_sentences(rows)
    if text is None:
        text = doc.text
    if not _ANY_QUOTE_RE.search(text):
        return []
    if rows is not None:
        sents = [(r["start_char"], r["end_char"]) for r in rows]
    else:
        from helpers.nlp import sentences

        sents = [(s.start_char, s.end_char) for s in sentences(doc)]
    mentions = ctx.get("mentions")
    if mentions is None:
        spans = doc.spans.get("actors", []) if hasattr(doc, "spans") else []
        mentions = [{"start_char": s.start_char, "end_char": s.end_char, "actor_id": s.label_} for s in spans]
    codebooks = ctx["codebooks"]
    actors = codebooks.actors
    persons = {m["actor_id"] for m in mentions if m.get("actor_id")} - actors.non_persons
    return find_quotes(text, sents, mentions, article_id=ctx.get("article_id", ""),
                       persons=persons, genders=actors.genders, cues=codebooks.quote_cues)


quotes_stage.columns = QUOTE_COLUMNS  # type: ignore[attr-defined]


from helpers.quote_tables import (UNATTRIBUTED, actor_coverage, never_quoted, quote_shares,  # noqa: E402
                                  quotes_table, speakers)
