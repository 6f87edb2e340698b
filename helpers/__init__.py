"""Helpers for the diplomacy-coverage workbook; one topic per module.

* ``config``: every path, from the project root (overridable by environment variables)
* ``corpus``: loading, validating and cleaning the articles
* ``nlp``: the blank spaCy pipeline (sentences that respect paragraphs and quotes)
* ``pipeline``: one cached pass over the corpus producing every table
* ``actors``: the actor codebook, mention matching, co-mentions, unknown names
* ``quotes``: quotations and their speakers
* ``topics`` and ``stance``: the proposals, the stance lexicon and the stance coding (``stance`` is a
  package of small modules: lexicon, matcher, one module per kind of rule, tables)
* ``phrases``: the ``a|b [optional]`` phrase syntax the codebooks share
* ``shifts``: position changes between articles
* ``validation``: agreement with hand-coded annotations
* ``palette``, ``charts``, ``figures``, ``display``: charts, files and escaped display
* ``report``: executing notebooks and exporting HTML reports

Importing this package changes no global state.
"""

__version__ = "0.1.0"
