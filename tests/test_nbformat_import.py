"""helpers.nbformat_import: nbformat without jsonschema's IRI grammar, and nothing else changed."""

from __future__ import annotations

import subprocess
import sys

from helpers import config

CHECK = """
import sys
from helpers.nbformat_import import import_nbformat
nb = import_nbformat()
import jsonschema
checkers = jsonschema.FormatChecker().checkers
print("rfc3987_syntax" in sys.modules, "iri" in checkers, "email" in checkers, nb.v4.new_notebook().nbformat)
import importlib.util  # still importable by whoever needs it later: no sentinel left, the package found
print("rfc3987_syntax" in sys.modules, importlib.util.find_spec("rfc3987_syntax") is not None)
"""


def test_nbformat_comes_without_the_iri_grammar_and_the_package_stays_importable():
    # A fresh process: this one imported jsonschema long ago (nbval loads nbformat with the session).
    out = subprocess.run([sys.executable, "-c", CHECK], cwd=config.PROJECT_ROOT, capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[:2] == ["False False True 4", "False True"]


def test_when_jsonschema_is_already_imported_nothing_is_touched():
    from helpers.nbformat_import import import_nbformat

    assert "jsonschema" in sys.modules
    before = sys.modules.get("rfc3987_syntax")
    assert import_nbformat() is sys.modules["nbformat"]
    assert sys.modules.get("rfc3987_syntax") is before
