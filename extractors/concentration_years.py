"""Bare years in a concentration sentence: "One retailer accounted for 13%, 15% and 17% of our
revenue for 2018, 2017 and 2016, respectively" (GoPro's 10-K), "In 2018, 2017 and 2016,
WhatsApp accounted for 7%, 6% and 9%" (Twilio's).

The filings reader of period phrases (``core.period_phrases.FILINGS``) reads no bare year: "2018"
is a calendar year only for a company whose fiscal year is the calendar year. So a bare year is
read here, for a sentence that names no other period, and only in a document whose every
"year(s) ended <date>" is December 31: the year ended December 31 is then what "2018" means.
A fiscal year ending in June ("fiscal 1999" of a June filer) or a 52/53-week year ending
"December 29, 2018" is left unread rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from core.period_phrases import PeriodPhrase

_YEAR = r"(?:19|20)\d\d"
# "in 2018", "for 2018, 2017 and 2016", "during fiscal 2018", "for the years 2018 and 2017";
# not "2025 Notes" or "2018 Plan" (a year that names a thing, not a period).
_YEARS_RE = re.compile(
    rf"\b(?:in|for|during)\s+(?:the\s+)?(?:(?:fiscal\s+)?years?\s+)?(?:fiscal\s+)?"
    rf"(?P<years>{_YEAR}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:fiscal\s+)?{_YEAR})*)"
    r"(?![\w-]|\s+[A-Z])",
    re.I,
)
_ONE_YEAR = re.compile(_YEAR)
# "year ended December 31, 2018", "fiscal years ended June 30, 1999 and 1998"
_YEAR_ENDED_RE = re.compile(
    r"years?\s+ended\s+(?:on\s+)?(?P<month>[A-Z][a-z]+\.?)\s+(?P<day>\d{1,2})\b"
)


def bare_years(text: str) -> list[PeriodPhrase]:
    """Each list of bare years in ``text`` as one phrase of calendar years, in printed order."""
    phrases = []
    for match in _YEARS_RE.finditer(text):
        years = [int(y) for y in _ONE_YEAR.findall(match.group("years"))]
        periods = tuple((date(y, 1, 1), date(y, 12, 31)) for y in years)
        phrases.append(PeriodPhrase(f"FY{years[0]}", *periods[0], match.span(), "year", periods))
    return phrases


def calendar_fiscal_year(text: str, hits: Callable[[bytes], list[int]]) -> bool:
    """True when the document's fiscal years end December 31: it names a year ended
    December 31 and no year ended on another day. ``hits(word)``: the places of a lowercase
    word in the document (the text index's), so only the text around "ended" is read."""
    days = set()
    for at in hits(b"ended"):
        match = _YEAR_ENDED_RE.search(text, max(0, at - 8), at + 40)
        if match:
            days.add((match.group("month").rstrip(".").lower()[:3], match.group("day")))
    return days == {("dec", "31")}
