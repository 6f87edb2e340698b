"""Tables built on actor mentions: counts, matrices, side shares, co-mentions, unknown names, KWIC.

All read the :class:`helpers.pipeline.Analysis` of a corpus (one cached pass;
it carries the codebooks), so none of them reads a file or reparses text.
"""

from __future__ import annotations

import bisect
import re
from itertools import combinations
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

import pandas as pd

from helpers.actor_codebook import name_key
from helpers.corpus import WHERE
from helpers.provisional import actor_info
from helpers.stopwords import stop_words

if TYPE_CHECKING:
    from helpers.pipeline import Analysis

__all__ = ["FORMS", "MENTION_COLUMNS", "COUNT_COLUMNS", "count_mentions", "mention_matrix", "side_shares",
           "co_mentions", "co_mention_matrix", "unknown_names", "kwic"]

FORMS = ("name", "role")
MENTION_COLUMNS = ["article_id", "sent_id", "where", "start_char", "end_char", "text", "actor_id", "form"]
COUNT_COLUMNS = ["article_id", "published", "actor_id", "name", "kind", "side", "form", "mentions", "provisional"]
CO_MENTION_COLUMNS = ["actor_a", "actor_b", "sentences", "articles", "example", "example_article_id",
                      "example_sent_id"]
UNKNOWN_COLUMNS = ["name", "status", "overlaps", "mentions", "articles", "example", "example_article_id",
                   "example_sent_id"]
KWIC_COLUMNS = ["article_id", "sent_id", "form", "left", "mention", "right"]



def _analysis(analysis) -> "Analysis":
    """Table functions read an :class:`helpers.pipeline.Analysis` (it carries the codebooks)."""
    if not hasattr(analysis, "tables") or getattr(analysis, "codebooks", None) is None:
        raise TypeError("expected the Analysis of helpers.pipeline.analyse() (or helpers.workbook.open_workbook()), "
                        f"got {type(analysis).__name__}")
    return analysis


def _check_form(form: str | None) -> None:
    if form is not None and form not in FORMS:
        raise ValueError(f"form must be one of {FORMS} or None, got {form!r}")


def count_mentions(
    analysis,
    *,
    form: str | None = None,
    zeros: bool = False,
    where: Iterable[str] = WHERE,
) -> pd.DataFrame:
    """Mentions per article and actor: ``article_id, published, actor_id, name, kind, side, form, mentions``.

    ``where`` says which parts of an article count: by default the headline,
    the standfirst and the body; ``where=("body",)`` leaves headline mentions
    out (a chart of who the *reporting* names, not who the headline writer did).

    ``analysis`` is the :class:`helpers.pipeline.Analysis` of the corpus. ``form`` keeps only ``"name"`` (the
    headline count) or ``"role"`` mentions. By default only actors actually
    mentioned get a row; ``zeros=True`` gives the full grid (every article x
    every codebook actor x form, with 0 where there is no mention), which is what
    averages and heatmaps need. Sorted by published, article_id, mentions
    (descending), actor_id, form.
    """
    _check_form(form)
    analysis = _analysis(analysis)
    codebook = analysis.codebooks.actors
    mentions = analysis.mentions
    if form:
        mentions = mentions[mentions["form"] == form]
    where = tuple(where)
    unknown = sorted(set(where) - set(WHERE))
    if unknown:
        raise ValueError(f"where must name parts of an article ({', '.join(WHERE)}), got {', '.join(unknown)}")
    if "where" in mentions and set(where) != set(WHERE):
        mentions = mentions[mentions["where"].isin(where)]
    counts = (mentions.groupby(["article_id", "actor_id", "form"], sort=False).size()
              .rename("mentions").reset_index())
    arts = analysis.articles[["article_id", "published"]]
    if zeros:
        forms = [form] if form else list(FORMS)
        grid = pd.MultiIndex.from_product(
            [arts["article_id"], list(codebook.actors) + sorted(set(counts["actor_id"]) - set(codebook.actors)),
             forms], names=["article_id", "actor_id", "form"]).to_frame(index=False)
        counts = grid.merge(counts, how="left", on=["article_id", "actor_id", "form"])
        counts["mentions"] = counts["mentions"].fillna(0)
    table = (counts.merge(arts, on="article_id", how="left")
             .merge(actor_info(analysis), on="actor_id", how="left"))
    table["provisional"] = table["provisional"].fillna(False).astype(bool)
    table["mentions"] = table["mentions"].astype("int64")
    table = table.sort_values(["published", "article_id", "mentions", "actor_id", "form"],
                              ascending=[True, True, False, True, True], kind="stable")
    return table[COUNT_COLUMNS].reset_index(drop=True)


def mention_matrix(
    counts: pd.DataFrame,
    *,
    form: str | None = "name",
    actors: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Actor x article table of mentions (0 where none), articles in date order.

    Rows are ``actors`` in the given order, else every actor with at least one
    mention, most mentioned first. ``counts`` is :func:`count_mentions` output.
    """
    _check_form(form)
    if form:
        counts = counts[counts["form"] == form]
    order = (counts[["article_id", "published"]].drop_duplicates("article_id")
             .sort_values(["published", "article_id"], kind="stable")["article_id"].tolist())
    matrix = counts.pivot_table(index="actor_id", columns="article_id", values="mentions",
                                aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(columns=order, fill_value=0)
    if actors is None:
        totals = matrix.sum(axis=1)
        totals = totals[totals > 0]
        actors = sorted(totals.index, key=lambda a: (-totals[a], a))
    matrix = matrix.reindex(index=list(actors), fill_value=0).astype("int64")
    matrix.index.name, matrix.columns.name = "actor_id", "article_id"
    return matrix


def side_shares(counts: pd.DataFrame, *, form: str | None = "name", sides: Sequence[str] = ()) -> pd.DataFrame:
    """Share of each side in an article's mentions: ``article_id, published, side, mentions, share``.

    Sides are ordered as in ``sides`` (the codebook's order), others after them.
    """
    _check_form(form)
    if form:
        counts = counts[counts["form"] == form]
    table = (counts.groupby(["article_id", "published", "side"], dropna=False)["mentions"].sum()
             .reset_index())
    table = table[table["mentions"] > 0].copy()
    totals = table.groupby("article_id")["mentions"].transform("sum")
    table["share"] = table["mentions"] / totals
    order = {s: i for i, s in enumerate(sides)}
    table = table.assign(_o=table["side"].map(order).fillna(len(order)))
    table = table.sort_values(["published", "article_id", "_o"], kind="stable").drop(columns="_o")
    return table.reset_index(drop=True)


def _mentions_and_sentences(mentions, sentences) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    if hasattr(mentions, "tables"):
        return mentions.mentions, (mentions.sentences if sentences is None else sentences)
    return mentions, sentences


def co_mentions(
    mentions,
    sentences: pd.DataFrame | None = None,
    *,
    form: str | None = "name",
    min_sentences: int = 1,
) -> pd.DataFrame:
    """Pairs of actors named in the same sentence.

    Columns ``actor_a, actor_b`` (alphabetical within the pair), ``sentences``
    (how many sentences name both), ``articles`` (in how many articles), and
    the first such sentence as ``example`` (its text when ``sentences`` is
    given, else ``article_id#sent_id``) with ``example_article_id`` and
    ``example_sent_id``. ``mentions`` is the mentions table or an ``Analysis``
    (then its sentences are used). Sorted by sentences, articles (descending),
    then the pair.
    """
    _check_form(form)
    mentions, sentences = _mentions_and_sentences(mentions, sentences)
    m = mentions if form is None else mentions[mentions["form"] == form]
    m = m[m["sent_id"] >= 0]
    # article order as in the mentions table (the analysis keeps the corpus order)
    order = {aid: i for i, aid in enumerate(dict.fromkeys(m["article_id"]))}
    rows: dict[tuple[str, str], list] = {}
    per_sentence = (m[["article_id", "sent_id", "actor_id"]].drop_duplicates()
                    .groupby(["article_id", "sent_id"], sort=False)["actor_id"])
    for (aid, sid), ids in per_sentence:
        for a, b in combinations(sorted(set(ids)), 2):
            entry = rows.get((a, b))
            if entry is None:
                rows[(a, b)] = [1, {aid}, (order[aid], sid, aid)]
            else:
                entry[0] += 1
                entry[1].add(aid)
                entry[2] = min(entry[2], (order[aid], sid, aid))
    out = pd.DataFrame(
        [{"actor_a": a, "actor_b": b, "sentences": n, "articles": len(arts),
          "example_article_id": first[2], "example_sent_id": int(first[1])}
         for (a, b), (n, arts, first) in rows.items()],
        columns=["actor_a", "actor_b", "sentences", "articles", "example_article_id", "example_sent_id"])
    if sentences is not None and not out.empty:
        texts = sentences.set_index(["article_id", "sent_id"])["text"]
        out["example"] = [texts.get((a, s), "") for a, s in zip(out["example_article_id"], out["example_sent_id"])]
    else:
        out["example"] = [f"{a}#{s}" for a, s in zip(out["example_article_id"], out["example_sent_id"])]
    out = out[out["sentences"] >= min_sentences]
    out = out.sort_values(["sentences", "articles", "actor_a", "actor_b"],
                          ascending=[False, False, True, True], kind="stable")
    return out[CO_MENTION_COLUMNS].astype({"sentences": "int64", "articles": "int64"}).reset_index(drop=True)


def co_mention_matrix(
    co,
    *,
    value: str = "sentences",
    actors: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Symmetric actor x actor table of ``value`` (``sentences`` or ``articles``), 0 on the diagonal.

    ``co`` is :func:`co_mentions` output (or a mentions table / ``Analysis``, which
    is passed through :func:`co_mentions` first). Actors are ordered by their
    total co-mentions unless ``actors`` gives the order.
    """
    if value not in ("sentences", "articles"):
        raise ValueError(f"value must be 'sentences' or 'articles', got {value!r}")
    if not (isinstance(co, pd.DataFrame) and {"actor_a", "actor_b"} <= set(co.columns)):
        co = co_mentions(co)
    both = pd.concat([co[["actor_a", "actor_b", value]],
                      co.rename(columns={"actor_a": "actor_b", "actor_b": "actor_a"})[["actor_a", "actor_b", value]]])
    if actors is None:
        totals = both.groupby("actor_a")[value].sum()
        actors = sorted(totals.index, key=lambda a: (-totals[a], a))
    actors = list(actors)
    matrix = (both.pivot_table(index="actor_a", columns="actor_b", values=value, aggfunc="sum", fill_value=0)
              .reindex(index=actors, columns=actors, fill_value=0).astype("int64"))
    matrix.index.name, matrix.columns.name = "actor", "actor"
    return matrix


# --------------------------------------------------------------------------- unknown names

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_CONNECTORS = {"of", "for", "the", "de", "da", "del", "der", "di", "van", "von", "bin", "al", "la", "le", "du"}
_EDGE_STOP = set(stop_words()) | _MONTHS | _WEEKDAYS | _CONNECTORS
# capitalised words (and abbreviations like U.S.), plus the lower-case connectors
# that may sit inside a name ("Coalition of the Willing"); ASCII lower-case words
# are skipped by the regex itself, which keeps the scan fast
_CAP_RE = re.compile(r"(?:[A-Z]\.){2,}|(?![a-z])(?=[^\W\d_])\w+(?:['’]\w+)*|\b(?:"
                     + "|".join(sorted(_CONNECTORS)) + r")\b")
_GAPS = {" ", "-", "–", "‑", "\u00a0"}
_INITIAL_AFTER = tuple("“\"‘'(:—–-•*")
_LOWER_WORD_RE = re.compile(r"\b[a-z]+\b")


def _is_heading(text: str) -> bool:
    """A title-case line ("Low Expectations, High Stakes"): every longer word capitalised."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) > 3]
    return (len(words) >= 2 and all(w[0].isupper() for w in words)
            and not text.rstrip("”\"' ").endswith((".", "!")))


def _runs(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised words (with connectors inside) in a sentence; possessives end a run."""
    run: list[tuple[int, int, str]] = []
    prev_end, prev_poss = -1, False
    for m in _CAP_RE.finditer(text):
        word, s, e = m.group(), m.start(), m.end()
        poss = word.endswith(("’s", "'s")) and len(word) > 2
        if poss:
            word, e = word[:-2], e - 2
        is_cap = word[:1].isupper()
        if not is_cap and word not in _CONNECTORS:
            if run:
                yield run
            run, prev_end, prev_poss = [], -1, False
            continue
        if run and (prev_poss or text[prev_end:s] not in _GAPS):
            yield run
            run = []
        if run or is_cap:  # a run starts with a capitalised word
            run.append((s, e, word))
        prev_end, prev_poss = e, poss
    if run:
        yield run


def unknown_names(
    analysis,
    *,
    include_set_aside: bool = False,
    min_mentions: int = 1,
) -> pd.DataFrame:
    """Capitalised names that look like people or organisations but are in no codebook entry.

    A candidate is a run of two or more capitalised words (``of``/``the``...
    allowed inside) in a sentence, after dropping a sentence-initial common
    word ("Despite", "The"), stop words, months and weekdays at its edges, and
    leading titles ("French President" of "French President Emmanuel Macron").
    Words already matched as an actor's name or role are not candidates, but a
    run that *extends* a codebook name ("Kyiv Independent", "U.S. Treasury") is
    reported with the actor(s) in ``overlaps``: it is probably a different
    actor, wrongly counted as that one. Title-case headings are skipped, so are
    runs made only of titles ("Defense Minister").

    Columns: ``name, status, overlaps, mentions, articles, example,
    example_article_id, example_sent_id``. ``status`` is ``unknown``; names on
    the codebook's ``not_actors`` list (places, events) are left out, or listed
    with status ``not_actor`` when ``include_set_aside=True``.
    """
    analysis = _analysis(analysis)
    codebook = analysis.codebooks.actors
    not_actors = {name_key(p) for p in codebook.not_actors}
    title_words = {w for t in codebook.titles for w in name_key(t).split()} - _CONNECTORS
    lexicon: set[str] = set()
    for text in analysis.articles["text"]:
        lexicon.update(_LOWER_WORD_RE.findall(text))

    spans: dict[str, tuple[list[int], list[tuple[int, int, str]]]] = {}
    for aid, group in analysis.mentions.sort_values(["article_id", "start_char"]).groupby("article_id", sort=False):
        items = list(zip(group["start_char"], group["end_char"], group["actor_id"]))
        spans[aid] = ([s for s, _, _ in items], items)

    def covering(aid: str, s: int, e: int) -> str | None:
        starts, items = spans.get(aid, ([], []))
        k = bisect.bisect_right(starts, e - 1) - 1
        while k >= 0 and items[k][1] > s - 200:  # mentions are short; look back a little
            if items[k][0] < e and s < items[k][1]:
                return items[k][2]
            k -= 1
        return None

    found: dict[tuple[str, str], list] = {}
    order = {aid: i for i, aid in enumerate(analysis.articles["article_id"])}
    sents = analysis.sentences
    wheres = sents["where"] if "where" in sents else ["body"] * len(sents)
    for aid, sid, base, text, where in zip(sents["article_id"], sents["sent_id"], sents["start_char"], sents["text"],
                                           wheres):
        if where == "headline" or _is_heading(text):  # headlines are in Title Case: every word looks like a name
            continue
        for run in _runs(text):
            words = [(s, e, w, covering(aid, base + s, base + e)) for s, e, w in run]
            before = text[:words[0][0]].rstrip()
            if (not before or before.endswith(_INITIAL_AFTER)) and words[0][3] is None \
                    and (words[0][2].lower() in lexicon or words[0][2].lower() in _EDGE_STOP):
                words = words[1:]
            for name, overlaps in _candidates(words, title_words):
                if name_key(name) in not_actors:
                    status = "not_actor"
                else:
                    status = "unknown"
                k = (name, status)
                entry = found.get(k)
                where = (order.get(aid, 0), int(sid), aid, text)
                if entry is None:
                    found[k] = [1, {aid}, where, set(overlaps)]
                else:
                    entry[0] += 1
                    entry[1].add(aid)
                    entry[3].update(overlaps)
                    if where < entry[2]:
                        entry[2] = where
    rows = [{"name": name, "status": status, "overlaps": ", ".join(sorted(ov)), "mentions": n,
             "articles": len(arts), "example": where[3], "example_article_id": where[2],
             "example_sent_id": where[1]}
            for (name, status), (n, arts, where, ov) in found.items()
            if n >= min_mentions and (include_set_aside or status == "unknown")]
    out = pd.DataFrame(rows, columns=UNKNOWN_COLUMNS)
    out = out.assign(_s=(out["status"] != "unknown").astype(int)).sort_values(
        ["_s", "mentions", "name"], ascending=[True, False, True], kind="stable").drop(columns="_s")
    return out.astype({"mentions": "int64", "articles": "int64", "example_sent_id": "int64"}).reset_index(drop=True)


def _candidates(words: list[tuple[int, int, str, str | None]], title_words: set[str]):
    """Yield (name, overlapped actor ids) for each uncovered stretch of a run that looks like a name."""
    def edge(w: str) -> bool:
        return w.lower() in _EDGE_STOP

    k = 0
    while k < len(words):
        if words[k][3] is not None:
            k += 1
            continue
        j = k
        while j < len(words) and words[j][3] is None:
            j += 1
        seg = words[k:j]  # uncovered stretch [k, j)
        while seg and edge(seg[0][2]):
            seg = seg[1:]
        while seg and edge(seg[-1][2]):
            seg = seg[:-1]
        if seg and not all(name_key(w) in title_words for _, _, w, _ in seg):
            left = words[k - 1] if k > 0 and seg[0] is words[k] else None
            right = words[j] if j < len(words) and seg[-1] is words[j - 1] else None
            if left is None and right is None:
                # drop leading titles while two or more words remain
                while len(seg) > 2 and name_key(seg[0][2]) in title_words:
                    seg = seg[1:]
            parts = ([left] if left else []) + seg + ([right] if right else [])
            overlaps = [p[3] for p in (left, right) if p is not None]
            if len(parts) >= 2:
                yield _join(parts), overlaps
        k = j


def _join(parts: list[tuple[int, int, str, str | None]]) -> str:
    return " ".join(w for _, _, w, _ in parts)


# --------------------------------------------------------------------------- keyword in context


def kwic(
    mentions,
    sentences: pd.DataFrame | None,
    actor_id: str,
    width: int = 60,
    *,
    form: str | None = None,
) -> pd.DataFrame:
    """Keyword in context: every mention of ``actor_id`` with ``width`` characters either side.

    Columns ``article_id, sent_id, form, left, mention, right``; contexts stay
    within the sentence and are cut with "…". ``mentions`` may be an ``Analysis``
    (then ``sentences`` may be None).
    """
    _check_form(form)
    mentions, sentences = _mentions_and_sentences(mentions, sentences)
    if sentences is None:
        raise ValueError("kwic needs the sentences table (or pass an Analysis)")
    m = mentions[mentions["actor_id"] == actor_id]
    if form:
        m = m[m["form"] == form]
    sent = sentences.set_index(["article_id", "sent_id"])[["start_char", "text"]]
    rows = []
    for aid, sid, s, e, f in zip(m["article_id"], m["sent_id"], m["start_char"], m["end_char"], m["form"]):
        try:
            base, text = sent.loc[(aid, sid)]
        except KeyError:
            continue
        a, b = s - base, e - base
        left = " ".join(text[:a].split())
        right = " ".join(text[b:].split())
        if text[:a][-1:].isspace():
            left += " "
        if text[b:][:1].isspace():
            right = " " + right
        if len(left) > width:
            left = "…" + left[-(width - 1):]
        if len(right) > width:
            right = right[:width - 1] + "…"
        rows.append({"article_id": aid, "sent_id": int(sid), "form": f, "left": left,
                     "mention": text[a:b], "right": right})
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)
