"""spaCy's English stop words, without importing spaCy.

The codebook check (no alias may be a common English word) and the
unknown-names scan use spaCy's list, ``spacy.lang.en.stop_words.STOP_WORDS``.
Importing that module imports all of spaCy (about a second), which a notebook
reading the cached analysis otherwise never needs. So the list is read from the
same file of the installed spaCy, executed on its own (it is plain Python that
imports nothing): the same words, without the import. When spaCy's module is
already loaded, its set is used as is.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

__all__ = ["stop_words"]

_MODULE = "spacy.lang.en.stop_words"


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English ``STOP_WORDS`` (read once, from the installed spaCy)."""
    loaded = sys.modules.get(_MODULE)
    if loaded is not None:
        return frozenset(loaded.STOP_WORDS)
    spec = importlib.util.find_spec("spacy")  # finds the package without importing it
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():  # an unusual install: import it the ordinary way
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    namespace: dict[str, object] = {"__name__": _MODULE, "__file__": str(path)}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - spaCy's own file
    return frozenset(namespace["STOP_WORDS"])  # type: ignore[arg-type]
