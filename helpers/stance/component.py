"""The pipeline adapter: the ONE place in :mod:`helpers.stance` that reads files.

:func:`add_to_pipeline` (listed in ``helpers.pipeline.COMPONENTS``) loads the
corpus's lexicon (else the shipped one) and the person ids of its actor
codebook, and hands both to :func:`add_cue_matcher`. Everything else in the
package takes those objects from its caller.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from helpers import config
from helpers.stance.lexicon import LEXICON_FILE, load_lexicon
from helpers.stance.matcher import add_cue_matcher

__all__ = ["add_to_pipeline"]


def add_to_pipeline(nlp: Language, *, corpus_dir: Path | str | None = None) -> None:
    """Add the ``stance_cue_matcher`` with ``corpus_dir``'s ``stance_cues.yaml`` and ``actors.yaml``.

    A broken lexicon or actor codebook raises :class:`CodebookError` here,
    before any article is parsed.
    """
    from helpers.actors import load_codebook

    lexicon = load_lexicon(config.data_file(LEXICON_FILE, corpus_dir))
    persons = [a.actor_id for a in load_codebook(corpus_dir=corpus_dir) if a.kind == "person"]
    add_cue_matcher(nlp, lexicon=lexicon, persons=persons)
