"""The phrase syntax shared by the codebooks (topics, stance cues): ``a|b`` and ``[optional]`` words.

Kept apart from :mod:`helpers.topics` and :mod:`helpers.stance` so that both can
use it without importing each other.
"""

from __future__ import annotations

import itertools

from helpers.codebook import CodebookError

__all__ = ["expand_phrase", "MAX_EXPANSIONS"]

MAX_EXPANSIONS = 2000


def expand_phrase(phrase: str, where: str = "phrase") -> list[str]:
    """All literal phrases a lexicon phrase stands for.

    Words are separated by spaces; ``a|b`` gives alternatives for one word and
    ``[a|b]`` an optional word: ``"rule|ruled [it] out"`` ->
    ``["rule out", "rule it out", "ruled out", "ruled it out"]``. Straight and
    curly apostrophes are both produced.
    """
    slots: list[list[str]] = []
    for word in phrase.split():
        optional = word.startswith("[") and word.endswith("]")
        if optional:
            word = word[1:-1]
        if word.startswith("[") or word.endswith("]"):
            raise CodebookError(f"{where}: unbalanced [ ] in {phrase!r}")
        options = [w for w in word.split("|")]
        if any(not w for w in options):
            raise CodebookError(f"{where}: empty alternative in {phrase!r}")
        slots.append(options + ([""] if optional else []))
    if not slots or all("" in s for s in slots):
        raise CodebookError(f"{where}: {phrase!r} has no required word")
    total = 1
    for s in slots:
        total *= len(s)
    if total > MAX_EXPANSIONS:
        raise CodebookError(f"{where}: {phrase!r} expands to {total} phrases; split it")
    out: list[str] = []
    for combo in itertools.product(*slots):
        text = " ".join(w for w in combo if w)
        for variant in {text, text.replace("'", "’"), text.replace("’", "'")}:
            if variant not in out:
                out.append(variant)
    return out
