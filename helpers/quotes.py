"""Quotations and their speakers (issue 4; being implemented)."""

from __future__ import annotations

from spacy.tokens import Doc

QUOTE_COLUMNS = ["article_id", "sent_id", "speaker_id", "quote", "n_words", "cue", "kind", "start_char", "end_char"]


def quotes_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: no quotes are extracted until issue 4 lands."""
    return []


quotes_stage.columns = QUOTE_COLUMNS  # type: ignore[attr-defined]
