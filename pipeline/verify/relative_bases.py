"""Whether a relative period phrase is a comparison's base or a figure's own period: "up from
$264 last quarter" (a base: the quarter before), "Operating income was $X last quarter" (the
writer's: either quarter), a bare "last year" as a figure's own period (the writer's year:
either year). ``claims_relative`` resolves the phrases; these say which reading their words
allow.
"""

from __future__ import annotations

import re

# "up from $264 last quarter", "than last quarter's $3.35B", "compared with last quarter": a
# comparison's base before the phrase, with no level reached ("to $X") between them
_BASE_MARKER = re.compile(r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|than|against|over|"
                          r"since)\b", re.I)
_LEVEL_BETWEEN = re.compile(r"\b(?:to|at)\b|[;:]", re.I)


def compares_last_quarter(match: re.Match) -> bool:
    """Whether a "last quarter" phrase is a comparison's base (the quarter before the one in
    force): "prior", "previous", "preceding", "sequentially", "the quarter before" always are;
    a bare "last quarter" only after a comparison's word ("from", "than", "versus") in its
    clause, where it may otherwise mean the quarter just reported."""
    return not re.match(r"last\b", match.group(0), re.I) or _after_base_word(match)


def _after_base_word(match: re.Match) -> bool:
    """Whether a comparison's word ("from", "than", "versus") comes before the phrase in its
    clause, with no level of its own between."""
    before = match.string[:match.start()]
    markers = list(_BASE_MARKER.finditer(before))
    return bool(markers) and not _LEVEL_BETWEEN.search(before, markers[-1].end())


def own_last_year(match: re.Match) -> bool:
    """A bare "last year" with no period in force and no comparison's word before it in its
    clause ("turnover edged up by 0.1 per cent last year to $X", the lead of a recap of a
    10-K): the article's own year, yearless (``report_period`` dates it by the one loaded
    annual report); after "from", "than", "versus" it is a comparison's base."""
    return (re.fullmatch(r"last\s+year", match.group(0), re.I) is not None
            and not compares_last_quarter(match))
