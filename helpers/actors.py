"""Actors: mention matching on the blank pipeline (the ``actor_ruler`` component and its stage).

The codebook is data (``corpus/actors.yaml``, documented in its header): who
counts as an actor, by which names (``aliases``) and descriptions (``roles``),
which words before a name are a title, and which capitalised names are not
actors. It reaches the component as a validated object (part of
:class:`helpers.codebooks.Codebooks`); the component reads no file itself.

Matching is the registered spaCy component ``actor_ruler`` (two PhraseMatchers,
so the per-token work happens in Cython; Python only touches the matches):

* name mentions go to ``doc.spans["actors"]`` and role mentions to
  ``doc.spans["actor_roles"]``, each span labelled with its ``actor_id``;
* the longest name wins ("Melania Trump" over "Trump"); a title before a
  person's name is part of that one mention ("Russian President Vladimir
  Putin"); names joined by a hyphen or dash ("Trump–Putin", "U.S.-Ukraine")
  count each;
* a role is credited only where it is unambiguous in the article; roles that
  could not be resolved are kept in ``doc.spans["actor_roles_unresolved"]``
  (labelled with the candidate ids joined by ``|``) for inspection.

The codebook itself is parsed in :mod:`helpers.actor_codebook`; the tables built
on mentions are in :mod:`helpers.mentions`. Both are re-exported here. The
component and its stage live in :mod:`helpers.actor_ruler` (the only part that
needs spaCy) and are re-exported here on first use, so a notebook that reads the
cached tables never imports spaCy.
"""

from __future__ import annotations

from helpers.actor_codebook import (KINDS, Actor, Codebook, CodebookError, Side, load_codebook, name_key,  # noqa: F401
                                    name_variants, parse_codebook)
from helpers.lazy import reexport_on_use
from helpers.mentions import (COUNT_COLUMNS, FORMS, MENTION_COLUMNS, co_mention_matrix, co_mentions,
                              count_mentions, kwic, mention_matrix, side_shares, unknown_names)

__all__ = [
    "CodebookError", "Actor", "Side", "Codebook", "KINDS", "FORMS", "MENTION_COLUMNS", "COUNT_COLUMNS",
    "load_codebook", "parse_codebook", "ActorRuler", "add_to_pipeline", "mentions_stage", "count_mentions",
    "mention_matrix", "side_shares", "co_mentions", "co_mention_matrix", "unknown_names", "kwic",
]

# Names served by :mod:`helpers.actor_ruler`, imported on first use (it imports spaCy).
_COMPONENT_NAMES = ("ActorRuler", "add_to_pipeline", "mentions_stage", "make_actor_ruler")
__getattr__, __dir__ = reexport_on_use(__name__, "helpers.actor_ruler", _COMPONENT_NAMES)
