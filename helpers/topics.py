"""Proposal topics as a pipeline component (issue 5; being implemented)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language


def add_to_pipeline(nlp: Language, *, corpus_dir: Path | str | None = None) -> None:
    """Add the topic matcher (not yet: issue 5)."""
