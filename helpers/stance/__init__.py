"""Stance coding: who supports, opposes, or sets conditions on which proposal, and where it says so.

Rule-based on the blank spaCy pipeline; every coded row records the cue that
fired and the rule that attributed it, so a reader can audit it against its
sentence (``evidence``). One module per job:

* :mod:`~helpers.stance.labels`: stance labels, scores, table columns.
* :mod:`~helpers.stance.lexicon`: ``stance_cues.yaml`` as :class:`Cue` objects, validated.
* :mod:`~helpers.stance.matcher`: the ``stance_cue_matcher`` component (cue and marker spans).
* :mod:`~helpers.stance.component`: the pipeline adapter, the one place that reads files.
* :mod:`~helpers.stance.grammar`: English function words the rules rely on.
* :mod:`~helpers.stance.document`: the per-article index (sentences, mentions, quotations, topics;
  :mod:`~helpers.stance.quote_spans`: the quotation spans it asks for).
* :mod:`~helpers.stance.hits`: a cue found in a sentence.
* :mod:`~helpers.stance.registry`: :data:`HOLDER_RULES` and :data:`RULES`, name -> function.
* :mod:`~helpers.stance.walks` and :mod:`~helpers.stance.holders`: attribution rules.
* :mod:`~helpers.stance.scope`: which topic a cue is about (:mod:`~helpers.stance.nearby`: topics borrowed
  from around the clause; :mod:`~helpers.stance.preconditions`: a proposal that waits on another;
  :mod:`~helpers.stance.pronoun_topics`: a pronoun as the cue's object).
* :mod:`~helpers.stance.conditions`: negation, if/unless, modifiers, demands, reported speech.
* :mod:`~helpers.stance.parse`: the opt-in dependency parser (``WORKBOOK_PARSER=1``) for holders and
  negation; measured and not adopted (README).
* :mod:`~helpers.stance.coder`: per-sentence orchestration, the pipeline stage, :func:`code_text`
  (:mod:`~helpers.stance.questions`: questions that state no position; :mod:`~helpers.stance.participles`:
  a participle right after a proposal).
* :mod:`~helpers.stance.tables`: statements, positions, the actor x topic matrix.

Inputs on the Doc
    ``doc.spans["actors"]`` / ``["actor_roles"]`` (:mod:`helpers.actors`),
    ``doc.spans["topics"]`` / ``["topic_refs"]`` (:mod:`helpers.topics`), and
    ``doc.spans["stance_cues"]`` / ``["stance_markers"]`` from the
    ``stance_cue_matcher``. Quotations come from the quotes stage
    (``ctx["quotes"]``); without it, quotation marks are paired here and the
    speaker is taken from a speech verb in the sentence.

Outputs
    :func:`stances_stage` (pipeline stage, rows ``STANCE_COLUMNS``),
    :func:`extract_stances` (one row per coded statement, with ``published``
    and ``side``), :func:`positions` (one row per article x actor-or-side x
    topic with a score), :func:`stance_matrix` and :func:`code_text` (code one
    made-up text, for tests and for trying a sentence).
"""

from __future__ import annotations

import importlib

# Every public name and the submodule that defines it, imported on first use (PEP 562): reading the
# cached tables (labels, lexicon, tables, review queue) does not import spaCy; the rules do.
_LIGHT = {
    "CodebookError": "helpers.codebook",
    **dict.fromkeys(["STANCE_COLUMNS", "STANCE_SCORES", "STANCES", "STATEMENT_COLUMNS", "StanceWarning"],
                    "helpers.stance.labels"),
    **dict.fromkeys(["Cue", "Lexicon", "lexicon_table", "load_lexicon", "parse_lexicon"], "helpers.stance.lexicon"),
    **dict.fromkeys(["REVIEW_COLUMNS", "review_queue", "review_stage"], "helpers.stance.review"),
    **dict.fromkeys(["extract_stances", "positions", "stance_matrix"], "helpers.stance.tables"),
}
_RULES = {
    **dict.fromkeys(["code_doc", "code_text", "stances_stage"], "helpers.stance.coder"),
    "add_to_pipeline": "helpers.stance.component",
    **dict.fromkeys(["StanceCueMatcher", "add_cue_matcher"], "helpers.stance.matcher"),
    **dict.fromkeys(["HOLDER_RULES", "RULES"], "helpers.stance.registry"),
}
# Imported, in this order, before any rule name is handed out, as the package did on import: the rules
# register themselves in HOLDER_RULES and RULES as their modules load, and this keeps their order.
_RULE_MODULES = ("helpers.stance.conditions", "helpers.stance.speakers", "helpers.stance.coder",
                 "helpers.stance.component", "helpers.stance.matcher", "helpers.stance.registry")


def __getattr__(name: str) -> object:
    """PEP 562: a public name, from its submodule, imported when first asked for."""
    if name in _RULES:
        for module in _RULE_MODULES:
            importlib.import_module(module)
        return getattr(importlib.import_module(_RULES[name]), name)
    if name in _LIGHT:
        return getattr(importlib.import_module(_LIGHT[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "CodebookError",
    "StanceWarning",
    "STANCES",
    "STANCE_SCORES",
    "STANCE_COLUMNS",
    "STATEMENT_COLUMNS",
    "Cue",
    "Lexicon",
    "load_lexicon",
    "parse_lexicon",
    "lexicon_table",
    "StanceCueMatcher",
    "add_cue_matcher",
    "add_to_pipeline",
    "code_doc",
    "code_text",
    "stances_stage",
    "extract_stances",
    "positions",
    "stance_matrix",
    "review_queue",
    "review_stage",
    "REVIEW_COLUMNS",
    "RULES",
    "HOLDER_RULES",
]
