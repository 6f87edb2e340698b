"""The pipeline adapter: the stance-cue matcher configured from the corpus's codebooks.

:func:`add_to_pipeline` (listed in ``helpers.pipeline.COMPONENTS``) hands the
validated lexicon, the person ids and the actor -> side map of the actor codebook (both part of
:class:`helpers.codebooks.Codebooks`) to :func:`add_cue_matcher`. Nothing in
:mod:`helpers.stance` reads a file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language

from helpers.stance.matcher import add_cue_matcher

if TYPE_CHECKING:
    from helpers.codebooks import Codebooks

__all__ = ["add_to_pipeline"]


def add_to_pipeline(nlp: Language, codebooks: "Codebooks") -> None:
    """Add (or replace) the ``stance_cue_matcher`` with the codebooks' lexicon and people."""
    add_cue_matcher(nlp, lexicon=codebooks.lexicon, persons=codebooks.actors.persons, sides=codebooks.side_map(),
                    role_heads=codebooks.actors.role_heads(), bodies=codebooks.actors.governments,
                    media=codebooks.actors.media, genders=codebooks.actors.genders)
