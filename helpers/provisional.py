"""Provisional actors as tables: the pipeline stage, the list a reader reviews, and the side lookups.

:mod:`helpers.affiliations` finds people the codebook lacks from their titles
("Kremlin spokesman Dmitry Peskov"). Here they become rows: one per person and
article (:func:`provisional_stage`), one per person over the corpus with the
``actors.yaml`` entry that would make them permanent (:func:`provisional_actors`),
and part of every actor lookup the tables use (:func:`actor_sides`,
:func:`actor_info`), so a provisional actor counts for its side everywhere and
is marked ``provisional``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

import pandas as pd

from helpers.affiliations import USER_DATA_KEY

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from helpers.pipeline import Analysis

__all__ = ["PROVISIONAL_COLUMNS", "provisional_stage", "provisional_actors", "actor_sides", "actor_info",
           "yaml_entry"]

PROVISIONAL_COLUMNS = ["article_id", "sent_id", "actor_id", "name", "side", "title", "evidence"]
ACTOR_COLUMNS = ["actor_id", "name", "side", "titles", "articles", "mentions", "first_article_id", "evidence",
                 "yaml"]
INFO_COLUMNS = ["actor_id", "name", "kind", "side", "provisional"]


def provisional_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: one row per provisional actor of this article, with the sentence that introduced it."""
    found = doc.user_data.get(USER_DATA_KEY) or ()
    if not found:
        return []
    sents = ctx.get("sentences") or []
    starts = [r["start_char"] for r in sents]
    rows = []
    for actor in found:
        k = bisect.bisect_right(starts, actor["start_char"]) - 1
        sent = sents[k] if k >= 0 else {"sent_id": -1, "text": ""}
        rows.append({"article_id": ctx["article_id"], "sent_id": int(sent["sent_id"]), "actor_id": actor["actor_id"],
                     "name": actor["name"], "side": actor["side"], "title": actor["title"],
                     "evidence": sent["text"]})
    return rows


provisional_stage.columns = PROVISIONAL_COLUMNS  # type: ignore[attr-defined]


def _table(analysis: "Analysis") -> pd.DataFrame:
    table = analysis.tables.get("provisional")
    return table if table is not None else pd.DataFrame(columns=PROVISIONAL_COLUMNS)


def yaml_entry(actor_id: str, name: str, side: str) -> str:
    """The ``actors.yaml`` entry that makes a provisional actor permanent (check the name and add aliases)."""
    surname = name.split()[-1]
    aliases = f"[{surname}]" if surname != name else "[]"
    return f"  {actor_id}:\n    name: {name}\n    kind: person\n    side: {side}\n    aliases: {aliases}\n"


def provisional_actors(analysis: "Analysis") -> pd.DataFrame:
    """One row per provisional actor over the corpus, most mentioned first.

    Columns: ``actor_id, name, side`` (the side most of its titles name; the
    earliest on a tie), ``titles`` (as written, joined by `` | ``),
    ``articles``, ``mentions``, ``first_article_id`` and ``evidence`` (the
    sentence that first introduced it) and ``yaml`` (a ready-to-paste
    ``actors.yaml`` entry).
    """
    table = _table(analysis)
    if table.empty:
        return pd.DataFrame(columns=ACTOR_COLUMNS)
    order = {aid: i for i, aid in enumerate(analysis.articles["article_id"])}
    table = (table.assign(_o=table["article_id"].map(order)).sort_values(["_o", "sent_id"], kind="stable"))
    mentions = analysis.tables.get("mentions", pd.DataFrame(columns=["actor_id"]))
    counts = mentions["actor_id"].value_counts()
    rows = []
    for aid, group in table.groupby("actor_id", sort=False):
        sides = group["side"].value_counts()
        side = next(s for s in group["side"] if sides[s] == sides.max())
        first = group.iloc[0]
        rows.append({"actor_id": aid, "name": first["name"], "side": side,
                     "titles": " | ".join(dict.fromkeys(group["title"])), "articles": group["article_id"].nunique(),
                     "mentions": int(counts.get(aid, 0)), "first_article_id": first["article_id"],
                     "evidence": first["evidence"], "yaml": yaml_entry(aid, first["name"], side)})
    out = pd.DataFrame(rows, columns=ACTOR_COLUMNS)
    return out.sort_values(["mentions", "actor_id"], ascending=[False, True], kind="stable").reset_index(drop=True)


def actor_sides(analysis: "Analysis") -> dict[str, str]:
    """``actor_id -> side`` for the codebook's actors and this analysis's provisional ones."""
    sides = dict(zip(*(provisional_actors(analysis)[c] for c in ("actor_id", "side"))))
    sides.update(analysis.codebooks.side_map())
    return sides


def actor_info(analysis: "Analysis") -> pd.DataFrame:
    """``actor_id, name, kind, side, provisional`` for the codebook's actors and the provisional ones."""
    book = analysis.codebooks.actor_table()[["actor_id", "name", "kind", "side"]].assign(provisional=False)
    prov = provisional_actors(analysis)
    prov = prov[~prov["actor_id"].isin(book["actor_id"])]
    extra = prov[["actor_id", "name", "side"]].assign(kind="person", provisional=True)[INFO_COLUMNS]
    return pd.concat([book[INFO_COLUMNS], extra], ignore_index=True) if len(extra) else book[INFO_COLUMNS]
