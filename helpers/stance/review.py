"""The review queue: sentences that name an actor and a proposal but were given no stance.

Rules miss things; a reader should see where. A sentence with an actor and a
topic term but no coded statement is where a missed position most likely
hides. Each row lists the actors, the topics and the stance cue words the
sentence has (cues that fired but were dropped: a hypothetical clause, a
negated objection, a cue with no holder), so a reader can judge it quickly and,
if the machine was wrong, add a cue to ``stance_cues.yaml`` or a row to the
hand coding.

The candidates are found while each article is analysed (:func:`review_stage`,
one of the pipeline's stages, so they are cached with the other tables and a
notebook never parses text again); :func:`review_queue` only names them.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # only the stage reads a Doc; the queue reads cached tables, without spaCy
    from spacy.tokens import Doc

    from helpers.pipeline import Analysis

__all__ = ["REVIEW_COLUMNS", "CANDIDATE_COLUMNS", "review_stage", "review_queue"]

REVIEW_COLUMNS = ["article_id", "published", "sent_id", "where", "actors", "topics", "cues", "sentence"]
CANDIDATE_COLUMNS = ["article_id", "sent_id", "where", "topics", "cues"]


def review_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: the sentences with an actor mention and a topic term but no stance row.

    ``topics`` are topic ids joined by ``|`` in text order, ``cues`` the cue
    words found there joined by ``, `` (empty when the sentence has none).
    """
    named = {r["sent_id"] for r in ctx.get("mentions") or ()}
    candidates = named - {r["sent_id"] for r in ctx.get("stances") or ()}
    if not candidates:
        return []
    from helpers.nlp import sentences

    sents = sentences(doc)
    starts = [s.start for s in sents]
    topics: dict[int, list[str]] = {}
    cues: dict[int, list[str]] = {}
    for group, out, value in (("topics", topics, lambda sp: sp.label_), ("stance_cues", cues, lambda sp: sp.text)):
        for sp in doc.spans.get(group, ()):
            sid = bisect.bisect_right(starts, sp.start) - 1
            if sid in candidates and sp.start < sents[sid].end:
                out.setdefault(sid, []).append(value(sp))
    return [{"article_id": ctx["article_id"], "sent_id": sid, "topics": "|".join(dict.fromkeys(topics[sid])),
             "cues": ", ".join(dict.fromkeys(cues.get(sid, ())))} for sid in sorted(topics)]


review_stage.columns = CANDIDATE_COLUMNS  # type: ignore[attr-defined]


def _empty() -> pd.DataFrame:
    """No row, but the column types of a full queue (a notebook formats the dates of an empty one too)."""
    return pd.DataFrame(columns=REVIEW_COLUMNS).astype({"published": "datetime64[ns]", "sent_id": "int64"})


def review_queue(analysis: "Analysis") -> pd.DataFrame:
    """Sentences with an actor mention and a topic term but no stance row, in article and sentence order.

    Columns: ``article_id, published, sent_id, where, actors`` (names, `` · ``-joined),
    ``topics`` (topic labels), ``cues`` (the cue words found, or an empty
    string when the sentence has none) and ``sentence``. Read from the
    analysis's ``review`` table: nothing is parsed here.
    """
    found = analysis.tables.get("review")
    if found is None or found.empty or analysis.mentions.empty:
        return _empty()
    books = analysis.codebooks
    actors = books.actor_table()
    names = dict(zip(actors["actor_id"], actors["name"]))
    prov = analysis.tables.get("provisional")
    if prov is not None and len(prov):
        names.update(dict(zip(prov["actor_id"], prov["name"])))
    labels = books.topic_labels
    mentions = analysis.mentions
    named = mentions.groupby(["article_id", "sent_id"], sort=False)["actor_id"].agg(lambda s: list(dict.fromkeys(s)))
    text = analysis.sentences.set_index(["article_id", "sent_id"])[["where", "text"]]
    keys = list(zip(found["article_id"], found["sent_id"].astype(int)))
    published = dict(zip(analysis.articles["article_id"], analysis.articles["published"]))
    out = pd.DataFrame({
        "article_id": found["article_id"].to_numpy(),
        "published": [published.get(a) for a in found["article_id"]],
        "sent_id": found["sent_id"].astype(int).to_numpy(),
        "where": text["where"].reindex(keys).to_numpy(),
        "actors": [" · ".join(names.get(a, a) for a in named.get(k, [])) for k in keys],
        "topics": [" · ".join(labels.get(t, t) for t in str(ts).split("|") if t) for ts in found["topics"]],
        "cues": found["cues"].fillna("").astype(str).to_numpy(),
        "sentence": text["text"].reindex(keys).to_numpy(),
    }, columns=REVIEW_COLUMNS)
    out["published"] = pd.to_datetime(out["published"])
    order = {aid: i for i, aid in enumerate(analysis.articles["article_id"])}
    out = out.assign(_o=out["article_id"].map(order)).sort_values(["_o", "sent_id"], kind="stable")
    return out.drop(columns="_o").reset_index(drop=True)
