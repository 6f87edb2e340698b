"""Names a module re-exports from another, imported on first use (PEP 562).

``helpers.actors`` and ``helpers.topics`` parse and validate codebooks without
spaCy; their spaCy components live in their own modules and are handed out
from here only when asked for, so reading cached tables never imports spaCy.
"""

from __future__ import annotations

import importlib
import sys
from typing import Callable

__all__ = ["reexport_on_use"]


def reexport_on_use(module: str, source: str, names: tuple[str, ...]
                    ) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``module`` that serve ``names`` from ``source`` when first asked for."""
    def __getattr__(name: str) -> object:
        if name in names:
            return getattr(importlib.import_module(source), name)
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[module])) | set(names))

    return __getattr__, __dir__
