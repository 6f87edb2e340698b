"""The review queue: sentences that name an actor and a proposal but were given no stance.

Rules miss things; a reader should see where. A sentence with an actor and a
topic term but no coded statement is where a missed position most likely
hides. Each row lists the actors, the topics and the stance cue words the
sentence has (cues that fired but were dropped: a hypothetical clause, a
negated objection, a cue with no holder), so a reader can judge it quickly and,
if the machine was wrong, add a cue to ``stance_cues.yaml`` or a row to the
hand coding.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from spacy.language import Language

if TYPE_CHECKING:
    from helpers.pipeline import Analysis

__all__ = ["REVIEW_COLUMNS", "review_queue"]

REVIEW_COLUMNS = ["article_id", "published", "sent_id", "where", "actors", "topics", "cues", "sentence"]


def _empty() -> pd.DataFrame:
    """No row, but the column types of a full queue (a notebook formats the dates of an empty one too)."""
    return pd.DataFrame(columns=REVIEW_COLUMNS).astype({"published": "datetime64[ns]", "sent_id": "int64"})


def review_queue(analysis: "Analysis", *, nlp: Language | None = None) -> pd.DataFrame:
    """Sentences with an actor mention and a topic term but no stance row, in article and sentence order.

    Columns: ``article_id, published, sent_id, where, actors`` (names, `` · ``-joined),
    ``topics`` (topic labels), ``cues`` (the cue words found, or an empty
    string when the sentence has none) and ``sentence``. Only the candidate
    sentences are parsed again, with ``nlp`` (default: the analysis's full pipeline).
    """
    sents, mentions = analysis.sentences, analysis.mentions
    if sents.empty or mentions.empty:
        return _empty()
    coded = set(zip(analysis.stances["article_id"], analysis.stances["sent_id"])) if len(analysis.stances) else set()
    named = mentions.groupby(["article_id", "sent_id"])["actor_id"].agg(lambda s: list(dict.fromkeys(s)))
    keys = [k for k in named.index if k not in coded]
    if not keys:
        return _empty()
    table = sents.set_index(["article_id", "sent_id"]).loc[keys].reset_index()
    if nlp is None:
        from helpers.pipeline import build_nlp

        nlp = build_nlp(analysis.codebooks)
    books = analysis.codebooks
    names = dict(zip(books.actor_table()["actor_id"], books.actor_table()["name"]))
    prov = analysis.tables.get("provisional")
    if prov is not None and len(prov):
        names.update(dict(zip(prov["actor_id"], prov["name"])))
    labels = books.topic_labels
    published = dict(zip(analysis.articles["article_id"], analysis.articles["published"]))
    rows = []
    for (aid, sid, where, text), doc in zip(table[["article_id", "sent_id", "where", "text"]].itertuples(index=False),
                                            nlp.pipe(table["text"])):
        topics = list(dict.fromkeys(sp.label_ for sp in doc.spans.get("topics", ())))
        if not topics:
            continue
        cues = list(dict.fromkeys(sp.text for sp in doc.spans.get("stance_cues", ())))
        rows.append({"article_id": aid, "published": published.get(aid), "sent_id": int(sid), "where": where,
                     "actors": " · ".join(names.get(a, a) for a in named[(aid, sid)]),
                     "topics": " · ".join(labels.get(t, t) for t in topics), "cues": ", ".join(cues),
                     "sentence": text})
    out = pd.DataFrame(rows, columns=REVIEW_COLUMNS)
    out["published"] = pd.to_datetime(out["published"])
    order = {aid: i for i, aid in enumerate(analysis.articles["article_id"])}
    out = out.assign(_o=out["article_id"].map(order)).sort_values(["_o", "sent_id"], kind="stable")
    return out.drop(columns="_o").reset_index(drop=True)
