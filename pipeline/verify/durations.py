"""A length of time written after a number ("155 minutes", "12 hours", "30 days"): no money
and no line of a statement, whatever scale a table's caption states for its other rows. Under
"($ in millions)" a row "Earnings call | 155 minutes" was read as $155 million; a duration
stays a bare number (not checkable) unless its words make it a statistic of its own
(``claims_counted``: "155 minutes per day" of engagement, a railroad's dwell in hours)."""

from __future__ import annotations

import re

# the units of time, spelled out or cut short, in lower case right after the number on its
# line (a hyphen for the attributive "a 90-day period"; a capitalised "Days ..." may open the
# next row's label of a table run into one line)
DURATION_UNITS = (r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|"
                  r"mos?\.?|years?|yrs?|quarters?")
_DURATION_AFTER = re.compile(rf"[ \t]?-?[ \t]*(?:{DURATION_UNITS})(?![\w])")


def is_duration(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` of ``sentence`` is a length of time."""
    return _DURATION_AFTER.match(sentence, span[1]) is not None
