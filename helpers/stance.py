"""Stance coding (issue 5; being implemented)."""

from __future__ import annotations

from spacy.tokens import Doc

STANCE_COLUMNS = ["article_id", "sent_id", "actor_id", "topic", "stance", "cue", "rule", "evidence"]


def stances_stage(doc: Doc, ctx: dict) -> list[dict]:
    """Pipeline stage: nothing coded until issue 5 lands."""
    return []


stances_stage.columns = STANCE_COLUMNS  # type: ignore[attr-defined]
