"""Every chart of the workbook, one function per chart, grouped by notebook.

Each function returns ``(figure, plotted_data)``: the notebook saves both with
:func:`helpers.figures.save_chart`, so the CSV beside a PNG holds exactly what
the chart shows. Colours come from :mod:`helpers.palette` only; articles are
named by date and outlet, inferred dates marked ``≈`` with a footnote; no text
is smaller than 9 pt at the saved size. Call them inside ``with palette.style():``.
An empty input gives a figure that says so, never an error.

* :mod:`~helpers.charts.mentions`: notebooks 01 and 02 (article lengths, mentions, shares, co-mentions)
* :mod:`~helpers.charts.quotes`: notebook 03 (quoted words by side and speaker, mentions against quotes)
* :mod:`~helpers.charts.stances`: notebook 04 (statements per article, stance matrix)
* :mod:`~helpers.charts.positions`: notebooks 05 and 06 (positions over articles, small multiples, confusion)
"""

from helpers.charts.common import (INFERRED_MARK, INFERRED_NOTE, article_date, article_labels, article_order,
                                   article_source, side_label)
from helpers.charts.mentions import (article_lengths, co_mention_heatmap, mention_heatmap, mention_shares,
                                     side_share_bars)
from helpers.charts.positions import (GAP_DAYS, PLOT_COLUMNS, STANCE_LEVELS, article_slots, confusion_heatmap,
                                      draw_positions, position_chart, series_colors, topic_grid)
from helpers.charts.quotes import mentions_vs_quotes, quote_shares_by_actor, quote_shares_by_side
from helpers.charts.stances import stance_cells, stance_matrix, statements_by_article

__all__ = [
    "INFERRED_MARK", "INFERRED_NOTE", "article_date", "article_labels", "article_order", "article_source",
    "side_label", "article_lengths", "co_mention_heatmap", "mention_heatmap", "mention_shares", "side_share_bars",
    "GAP_DAYS", "PLOT_COLUMNS", "STANCE_LEVELS", "article_slots", "confusion_heatmap", "draw_positions",
    "position_chart", "series_colors", "topic_grid", "mentions_vs_quotes", "quote_shares_by_actor",
    "quote_shares_by_side", "stance_cells", "stance_matrix", "statements_by_article",
]
