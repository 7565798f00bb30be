"""Period phrases in filing text, and what a document says about its own periods.

The phrases themselves are read by ``core.period_phrases.find_periods`` (one reader for filings
and articles; re-exported here with the filings' reading as its default). This module reads the
document's ``PeriodContext`` for phrases that name no dates ("the second quarter of fiscal year
2026"): its current period end (the cover's "For the quarterly period ended ...") and which
quarter that is (a "six months ended" figure for the same date makes it the second).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from core import dates
from core.dates import (  # noqa: F401 (same_period, derive_start, is_week_calendar: re-exported)
    WRITTEN_DATE_RE,
    date_pattern,
    derive_start,
    is_week_calendar,
    same_period,
)
from core.period_phrases import (  # noqa: F401 (re-exported: the one reader of period phrases)
    ORDINALS,
    PeriodContext,
    PeriodPhrase,
    find_periods,
)

DATE_RE = WRITTEN_DATE_RE  # "December 31, 2025": a pattern string; compile it with re.I
_DATE = re.compile(DATE_RE, re.I)
_DATE_TAIL = re.compile(r"\d,?\s+\d{4}")
_MONTH_SPAN = len("September.")  # the longest month name with its dot
# The cover's "For the quarterly period ended June 30, 2026": the document's current period end.
CURRENT_PERIOD_RE = re.compile(rf"(?:quarterly|fiscal)\s+period\s+ended\s+({DATE_RE})", re.I)

# core.dates.parse_date, memoized: a document prints the same few dates hundreds of times. The
# memo lives here, in extractors, where the bench's clear_caches empties it before each run.
parse_date = lru_cache(maxsize=4096)(dates.parse_date)


def document_period_context(text: str) -> PeriodContext:
    """Read the current period end, its fiscal quarter and every stated date from a document.

    The plain reading, kept as the reference: extraction uses ``periodcontext.period_context``,
    which gives the same ``PeriodContext`` but runs each case-insensitive whole-text pattern only
    near a literal anchor (this one costs ~0.5x a bare parse on a 1 MB prospectus). The tests
    compare the two on the corpus; making this one call the other would leave nothing to compare.
    """
    head = text[:20000]
    stated = frozenset(d for d in map(parse_date, find_dates(text)) if d)
    match = CURRENT_PERIOD_RE.search(head)
    if not match:
        return PeriodContext(stated_dates=stated)
    end = parse_date(match.group(1))
    quarter = 1
    for word, q in YEAR_TO_DATE:
        if year_to_date_re(word, end).search(text):
            quarter = q
            break
    _, pattern = fiscal_quarter_re(quarter)
    years = [int(m.group(1)) for m in pattern.finditer(text)]
    return PeriodContext(end, quarter, max(years) if years else None, stated)


# Which fiscal quarter the current period is: a "nine months ended <its end>" figure makes it
# the third, a "six months ended" one the second; else the first.
YEAR_TO_DATE = (("nine", 3), ("six", 2))


def year_to_date_re(word: str, end: date) -> re.Pattern:
    """'six months ended June 30, 2026' for ``word`` 'six' and that end."""
    return re.compile(rf"\b{word}\s+months\s+ended\s+{date_pattern(end)}", re.I)


def fiscal_quarter_re(quarter: int) -> tuple[str, re.Pattern]:
    """The ordinal of ``quarter`` and the pattern of 'second quarter of fiscal (year) 2026',
    whose group 1 is the fiscal year the report's current quarter belongs to."""
    ordinal = [k for k, v in ORDINALS.items() if v == quarter][0]
    return ordinal, re.compile(
        rf"\b{ordinal}\s+quarter\s+of\s+fiscal\s+(?:year\s+)?(\d{{4}})", re.I)


def find_dates(text: str) -> list[str]:
    """Every ``DATE_RE`` match of ``text`` in order, as ``re.finditer`` finds them.

    A case-insensitive month alternation tried at each of a million positions costs ~0.1 s;
    the day-comma-year tail is a cheap case-sensitive digit scan. So find the tails, back up over
    at most a month name, and run the full pattern only in those (merged) windows, which hold
    every match: a match starts at its month and ends at its year's last digit.
    """
    windows: list[list[int]] = []
    for tail in _DATE_TAIL.finditer(text):
        start = tail.start()
        for _ in range(2):  # the day's other digit
            if start and text[start - 1].isdigit():
                start -= 1
        while start and text[start - 1].isspace():
            start -= 1
        start = max(0, start - _MONTH_SPAN)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = tail.end()
        else:
            windows.append([start, tail.end()])
    return [m.group(0) for a, b in windows for m in _DATE.finditer(text, a, b)]
