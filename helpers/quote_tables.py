"""Tables built on quotations: the quotes table, who is quoted, shares of quoted words, who never is.

They read the quotes stage's rows (an :class:`helpers.pipeline.Analysis`) and the
actor table of the codebooks; none of them reads a file.
"""

from __future__ import annotations

from typing import Iterable

import pandas as pd

__all__ = ["UNATTRIBUTED", "quotes_table", "quote_shares", "speakers", "actor_coverage", "never_quoted"]

UNATTRIBUTED = "(no speaker)"  # label of speaker_id "" in the share tables



def quotes_table(analysis) -> pd.DataFrame:
    """The quotes table of an :class:`helpers.pipeline.Analysis`, with ``published`` joined.

    Ordered by publication date, article, then position in the text.
    """
    quotes = analysis.tables["quotes"].copy()
    articles = analysis.articles
    published = dict(zip(articles["article_id"], articles["published"]))
    quotes.insert(1, "published", pd.to_datetime(quotes["article_id"].map(published)))
    order = {aid: i for i, aid in enumerate(articles.sort_values(["published", "article_id"], kind="stable")["article_id"])}
    quotes = (quotes.assign(_o=quotes["article_id"].map(order))
              .sort_values(["_o", "start_char"], kind="stable").drop(columns="_o").reset_index(drop=True))
    for col in ("sent_id", "end_sent_id", "n_words", "n_parts", "start_char", "end_char"):
        quotes[col] = quotes[col].astype("int64")
    for col in ("speaker_id", "quote", "cue", "kind", "speaker_rule"):
        quotes[col] = quotes[col].fillna("").astype(str)
    return quotes


def _actors_info(actors: pd.DataFrame) -> pd.DataFrame:
    actors = actors.copy()
    for col in ("name", "kind", "side"):
        if col not in actors:
            actors[col] = ""
    return actors[["actor_id", "name", "kind", "side"]].drop_duplicates("actor_id")


def quote_shares(quotes: pd.DataFrame, articles: pd.DataFrame, *, actors: pd.DataFrame,
                 by: str = "actor") -> pd.DataFrame:
    """Quoted words per article and speaker (``by="actor"``) or side (``by="side"``).

    One row per article x speaker (or side) that has a quote, in publication
    order: ``article_id, published, <actor_id, name, side | side>, quotes,
    quoted_words, share`` (of the article's quoted words, sums to 1 per article)
    and ``share_of_text`` (of the article's words). Quotes without a speaker are
    kept as ``UNATTRIBUTED`` (side ``unknown``), so the shares stay honest.
    ``actors`` is the codebook table (``analysis.codebooks.actors.table()``).
    """
    if by not in ("actor", "side"):
        raise ValueError(f"by must be 'actor' or 'side', got {by!r}")
    info = _actors_info(actors)
    key = ["actor_id", "name", "side"] if by == "actor" else ["side"]
    cols = ["article_id", "published", *key, "quotes", "quoted_words", "share", "share_of_text"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    q = quotes[["article_id", "speaker_id", "n_words"]].rename(columns={"speaker_id": "actor_id"})
    q = q.merge(info[["actor_id", "name", "side"]], on="actor_id", how="left")
    unattributed = q["actor_id"].eq("")
    q.loc[unattributed, "actor_id"] = UNATTRIBUTED
    q.loc[unattributed, "name"] = UNATTRIBUTED
    q["name"] = q["name"].fillna(q["actor_id"]).replace("", pd.NA).fillna(q["actor_id"])
    q["side"] = q["side"].fillna("").replace("", "unknown")
    out = (q.groupby(["article_id", *key], sort=False)
           .agg(quotes=("n_words", "size"), quoted_words=("n_words", "sum")).reset_index())
    out["share"] = out["quoted_words"] / out.groupby("article_id")["quoted_words"].transform("sum")
    meta = articles.set_index("article_id")
    out["published"] = pd.to_datetime(out["article_id"].map(meta["published"]))
    words = out["article_id"].map(meta["n_words"]) if "n_words" in meta else pd.Series(pd.NA, index=out.index)
    out["share_of_text"] = out["quoted_words"] / words
    out = out.sort_values(["published", "article_id", "quoted_words", key[0]],
                          ascending=[True, True, False, True], kind="stable")
    return out[cols].reset_index(drop=True)


def speakers(quotes: pd.DataFrame, mentions: pd.DataFrame | None = None, *,
             actors: pd.DataFrame) -> pd.DataFrame:
    """Who is quoted, across all articles: one row per speaker, most quoted words first.

    ``actor_id, name, side, quotes, quoted_words, articles, full, partial,
    share_of_quoted_words, name_mentions`` (the last from ``mentions``, 0 without
    it). Quotes without a speaker are one row, ``UNATTRIBUTED`` (side ``unknown``).
    """
    cols = ["actor_id", "name", "side", "quotes", "quoted_words", "articles", "full", "partial",
            "share_of_quoted_words", "name_mentions"]
    if quotes.empty:
        return pd.DataFrame(columns=cols)
    info = _actors_info(actors).set_index("actor_id")
    q = quotes.assign(actor_id=quotes["speaker_id"].replace("", UNATTRIBUTED),
                      full=(quotes["kind"] == "full").astype("int64"),
                      partial=(quotes["kind"] == "partial").astype("int64"))
    out = (q.groupby("actor_id")
           .agg(quotes=("n_words", "size"), quoted_words=("n_words", "sum"), articles=("article_id", "nunique"),
                full=("full", "sum"), partial=("partial", "sum"))
           .reset_index())
    out["name"] = out["actor_id"].map(info["name"]).replace("", pd.NA).fillna(out["actor_id"])
    out["side"] = out["actor_id"].map(info["side"]).replace("", pd.NA).fillna("unknown")
    out["share_of_quoted_words"] = out["quoted_words"] / out["quoted_words"].sum()
    if mentions is not None and not mentions.empty:
        named = mentions[mentions["form"] == "name"] if "form" in mentions else mentions
        out["name_mentions"] = out["actor_id"].map(named.groupby("actor_id").size()).fillna(0).astype("int64")
    else:
        out["name_mentions"] = 0
    out = out.sort_values(["quoted_words", "actor_id"], ascending=[False, True], kind="stable")
    return out[cols].reset_index(drop=True)


def actor_coverage(mentions: pd.DataFrame, quotes: pd.DataFrame, *, actors: pd.DataFrame,
                   form: str | None = "name") -> pd.DataFrame:
    """Per actor: how often talked about and how often quoted, across all articles.

    ``actor_id, name, kind, side, mentions, articles_mentioned, quotes, quoted_words,
    articles_quoted, quoted`` (bool), ordered by mentions. ``mentions`` counts
    mention rows of the given ``form`` (``"name"`` by default, the headline
    count; ``None`` counts every form). Actors quoted but never mentioned by
    name are listed too.
    """
    info = _actors_info(actors)
    m = mentions
    if form is not None and "form" in m:
        m = m[m["form"] == form]
    m = m[m["actor_id"].fillna("") != ""]
    ment = m.groupby("actor_id").agg(mentions=("actor_id", "size"), articles_mentioned=("article_id", "nunique"))
    q = quotes[quotes["speaker_id"] != ""]
    quo = q.groupby("speaker_id").agg(quotes=("speaker_id", "size"), quoted_words=("n_words", "sum"),
                                      articles_quoted=("article_id", "nunique"))
    out = ment.join(quo, how="outer").fillna(0).astype("int64")
    out.index.name = "actor_id"
    out = out.reset_index().merge(info, on="actor_id", how="left")
    for col in ("name", "kind", "side"):
        out[col] = out[col].fillna("")
    out["name"] = out["name"].mask(out["name"] == "", out["actor_id"])
    out["quoted"] = out["quotes"] > 0
    out = out.sort_values(["mentions", "quotes", "actor_id"], ascending=[False, False, True], kind="stable")
    return out[["actor_id", "name", "kind", "side", "mentions", "articles_mentioned", "quotes",
                "quoted_words", "articles_quoted", "quoted"]].reset_index(drop=True)


def never_quoted(mentions: pd.DataFrame, quotes: pd.DataFrame, *, actors: pd.DataFrame,
                 kinds: Iterable[str] | None = None, form: str | None = "name") -> pd.DataFrame:
    """Actors talked about (named) but never quoted: rows of :func:`actor_coverage` with no quote.

    ``kinds`` keeps only those actor kinds (e.g. ``["person", "government"]``,
    since countries are rarely quoted); ``None`` keeps every kind.
    """
    cov = actor_coverage(mentions, quotes, actors=actors, form=form)
    cov = cov[(cov["mentions"] > 0) & ~cov["quoted"]]
    if kinds is not None:
        cov = cov[cov["kind"].isin(list(kinds))]
    return cov.drop(columns=["quotes", "quoted_words", "articles_quoted", "quoted"]).reset_index(drop=True)
