"""A subject named by its office: "the minister said", "the Russian minister", "the foreign minister", "the head of
state". Helpers of :func:`helpers.stance.walks.nearest_subject`, kept apart so that module stays small.

Each resolves to the last (or the most) named person whose codebook roles end in that office, so the office stands
for a person the article has already introduced.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from helpers.stance.hits import demonym_ending_at

if TYPE_CHECKING:
    from helpers.stance.document import ArticleIndex

__all__ = ["role_subject"]


def role_subject(ix: ArticleIndex, j: int, lo: int, in_pp: Callable[..., bool]) -> str | None:
    """The person an office ending at token ``j`` names, when it is a subject (not a preposition's object)."""
    doc = ix.doc
    low = doc[j].lower_
    if low in ix.role_heads and j - 1 >= lo and doc[j - 1].lower_ == "the" and not in_pp(ix, j - 1, lo) \
            and (j + 1 >= len(doc) or not doc[j + 1].is_title):
        if who := ix.last_holder_of_role(j, low):  # "the minister said": the last minister named
            return who
    if j - 2 >= lo and doc[j - 2].lower_ == "the" and not in_pp(ix, j - 2, lo):
        two = f"{doc[j - 1].lower_} {low}"  # "the *foreign minister* added": the last foreign minister named
        if two in ix.role_heads and ix.mention_covering(j - 1) is None and (who := ix.last_holder_of_role(j, two)):
            return who
        if low in ix.role_heads and (demonym := demonym_ending_at(ix, j - 1)) is not None \
                and ix.mention_covering(j - 1) is None:
            side = ix.sides.get(demonym.kb_id_)  # "the *Russian minister* said": the last Russian minister
            if side and (who := ix.last_holder_of_role(j, low, side=side)):
                return who
    if low == "state" and j - 3 >= lo and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ == "head" \
            and doc[j - 3].lower_ == "the":
        return ix.most_named_with_role(j, "president")  # "*the head of state* noted": the president named most
    return None
