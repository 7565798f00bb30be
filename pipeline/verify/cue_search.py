"""The registry's metric cues, compiled once, and the search for the cue nearest a place in an
article's sentence (``nearest_cue``), with the words that keep a cue from naming the figure
there ("previously deferred revenue", the base of a share).

Apart from ``claims_metric``, which decides from these finds which metric a figure is about:
the readers that only look a cue up (``claims_growth``, ``claims_qualifiers``, ``head_noun``,
``claims_build``) need nothing else of it.
"""

from __future__ import annotations

import re

from core.metrics import all_metrics, find_metric, projection
from pipeline.verify import claims_change_words as cw
from pipeline.verify.claims_line_words import (
    SHARE_BASE_BEFORE,
    blank_earnings_events,
    join_line_compounds,
)


@projection
def metric_cues() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(pattern, metric, units it can carry) for every cue of every registry row, in row order:
    the rows are listed most specific first, so an earlier cue wins a tie."""
    return tuple((cue.pattern, row.name, cue.units or (row.unit,))
                 for row in all_metrics() for cue in row.cues)


@projection
def _cues() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    return tuple((re.compile(p, re.I), metric, units) for p, metric, units in metric_cues())


def names_adjusted_measure(words: str) -> bool:
    """Whether ``words`` name an adjusted measure the registry holds ("Adjusted EBITDA")."""
    return any(pattern.search(words) for pattern, metric, _ in _cues()
               if getattr(find_metric(metric), "non_gaap_of", None))


# "$782 million of previously deferred revenue" (a tech site on a software maker's year):
# deferred or unearned revenue is a balance the period recognised part of, not the period's
# revenue
_BALANCE_BEFORE = re.compile(r"\b(?:deferred|unearned|unbilled)\s+$", re.I)
# "Profit from revenue includes $24.78 billion" (an aggregator's rewrite of a wire story on a
# device maker's quarter, read as revenue and drifted): revenue named as where a profit came
# from is no line of its own, unless the figure is its own object ("profit from sales of $X")
_PROFIT_FROM = re.compile(r"\b(?:profits?|earnings|income)\s+from\s+(?:its\s+|the\s+)?$", re.I)
_OWN_OBJECT = re.compile(r"\s*(?:of|at|totall?ing|:)", re.I)


def nearest_cue(window: str, unit: str, *, from_end: bool, ranked: bool = False):
    """(metric, words) of the cue nearest the window's end (or start); with ``ranked``,
    (rank, metric, words) so that two units' finds can be compared."""
    best = None
    changes = cw.change_metric_set()
    # the window as the cues read it: "in the Q2 2025 earnings" names the report, no line;
    # "operating-margin" is the line's two words
    read = join_line_compounds(blank_earnings_events(window))
    for pattern, metric, units in _cues():
        if unit not in units:
            continue
        for match in pattern.finditer(read):
            if metric in changes and from_end and cw.LEVEL_AFTER.match(
                    window[match.end():]):
                continue  # "fell to 34%" states a level, not a change
            if _BALANCE_BEFORE.search(window, 0, match.start()):
                continue  # "previously deferred revenue": a balance, not the period's figure
            if metric == "revenue" and _PROFIT_FROM.search(window, 0, match.start()) and not (
                    _OWN_OBJECT.match(window, match.end())):
                continue  # "profit from revenue includes $X": the profit's figure
            if unit == "USD" and SHARE_BASE_BEFORE.search(window, 0, match.start()):
                continue  # "or 25.1% of net sales": the base of a share, no money figure's line
            distance = len(window) - match.end() if from_end else match.start()
            rank = (distance, -(match.end() - match.start()))
            if best is None or rank < best[0]:
                best = (rank, metric, match.group(0))
    if ranked:
        return best
    return (best[1], best[2]) if best else None
