"""``nbformat`` without the IRI grammar that ``jsonschema`` builds on import.

``jsonschema`` registers a format checker for IRIs when the optional package ``rfc3987_syntax`` is
installed (``jupyter-events`` pulls it in), and importing that package builds an Earley parser from a
Lark grammar: about 1.7 s of CPU in every process that imports ``nbformat``, which is every
``make report``. Notebook validation never checks a ``format`` keyword, so the report processes import
``jsonschema`` with that optional package hidden, and then put things back: only the IRI format checker is
missing, and only in a process where this module ran before anything imported ``jsonschema``.
"""

from __future__ import annotations

import sys

_OPTIONAL = "rfc3987_syntax"


def import_nbformat():
    """Import and return ``nbformat``; when ``jsonschema`` is not imported yet, without its IRI checker."""
    if "jsonschema" not in sys.modules and _OPTIONAL not in sys.modules:
        sys.modules[_OPTIONAL] = None  # type: ignore[assignment]  # an import of it raises ImportError
        try:
            import jsonschema  # noqa: F401  (registers every format checker but the IRI ones)
        finally:
            del sys.modules[_OPTIONAL]
    import nbformat

    return nbformat
