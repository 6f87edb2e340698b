"""The stance labels, their scores and the columns of the stance tables: the words every module shares."""

from __future__ import annotations

__all__ = ["STANCES", "STANCE_SCORES", "OPPOSITE", "STANCE_COLUMNS", "STATEMENT_COLUMNS", "StanceWarning"]

STANCES = ("support", "conditional", "neutral", "oppose")
STANCE_SCORES = {"support": 1.0, "conditional": 0.5, "neutral": 0.0, "oppose": -1.0}
OPPOSITE = {"support": "oppose", "oppose": "support"}  # what negation, inversion and blame turn a stance into

STANCE_COLUMNS = ["article_id", "sent_id", "where", "actor_id", "topic", "stance", "cue", "rule", "evidence",
                  "negated", "target", "topic_via", "topic_text"]
STATEMENT_COLUMNS = ["article_id", "published", "sent_id", "where", "actor_id", "side", "topic", "stance", "cue", "rule",
                     "evidence", "negated", "target", "topic_via", "topic_text", "provisional"]


class StanceWarning(UserWarning):
    """A sentence the stance rules could not code (it is skipped; the message names it)."""
