"""Helpers for the diplomacy-coverage workbook.

One topic per module: ``config`` (paths), ``corpus`` (loading and cleaning),
``nlp`` (the rule-based spaCy pipeline), ``palette`` and ``figures`` (charts),
``report`` (executing notebooks and exporting HTML). Importing this package
changes no global state.
"""

__version__ = "0.1.0"
