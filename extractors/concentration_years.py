"""Years named without dates in a concentration sentence: "One retailer accounted for 13%, 15%
and 17% of our revenue for 2018, 2017 and 2016, respectively" (GoPro's 10-K), "During fiscal
1999, McKesson and Cardinal accounted for 18.0% and 14.1%" (Medicis's).

The filings reader of period phrases (``core.period_phrases.FILINGS``) reads neither: "2018" is a
calendar year only for a company whose fiscal year is the calendar year, and "fiscal 1999" ends
wherever that company's fiscal year ends. So they are read here, for a sentence that names no
other period, only where the document settles what they mean (``document_years``):

- bare years (and "fiscal 2018") when every "year(s) ended <date>" of the document is
  December 31;
- "fiscal 1999" when the document defines its fiscal years ("the fiscal year ended June 30,
  1999 ("fiscal 1999")") at a month end: fiscal N then ends on that month's last day of the
  year the definitions give. A 52/53-week year ("January 28, 2023 ("fiscal 2022")") moves its
  end from year to year, so only a year defined in full would be read, and none is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from core.dates import WRITTEN_DATE_RE, add_months, is_month_end, month_end, parse_date
from core.period_phrases import PeriodPhrase

_YEAR = r"(?:19|20)\d\d"
_YEAR_LIST = rf"{_YEAR}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:fiscal\s+)?{_YEAR})*"
# "in 2018", "for 2018, 2017 and 2016", "during fiscal 2018", "for the years 2018 and 2017";
# not "2025 Notes" or "2018 Plan" (a year that names a thing, not a period).
_YEARS_RE = re.compile(
    rf"\b(?:in|for|during)\s+(?:the\s+)?(?:(?:fiscal\s+)?years?\s+)?(?:fiscal\s+)?"
    rf"(?P<years>{_YEAR_LIST})(?![\w-]|\s+[A-Z])",
    re.I,
)
# "fiscal 1999", "fiscal years 1998 and 1997", "Fiscal 2016 and 2015"
_FISCAL_RE = re.compile(rf"\bfiscal\s+(?:years?\s+)?(?P<years>{_YEAR_LIST})(?![\w-])", re.I)
_ONE_YEAR = re.compile(_YEAR)
# "year ended December 31, 2018", "fiscal years ended June 30, 1999 and 1998"
_YEAR_ENDED_RE = re.compile(
    r"years?\s+ended\s+(?:on\s+)?(?P<month>[A-Z][a-z]+\.?)\s+(?P<day>\d{1,2})\b"
)
# "the fiscal year ended June 30, 1999 (“fiscal 1999”)"
_DEFINED_RE = re.compile(
    rf"years?\s+ended\s+(?P<date>{WRITTEN_DATE_RE})\s*\(\s*[“\"](?:the\s+)?fiscal\s+(?:year\s+)?"
    rf"(?P<label>{_YEAR})\s*[”\"]\s*\)",
    re.I,
)


@dataclass(frozen=True)
class Years:
    """What a document's undated years mean: ``calendar`` (fiscal years are calendar years),
    or a defined fiscal year ending at the end of ``fy_month`` of the label's year plus
    ``fy_shift``."""

    calendar: bool = False
    fy_month: int | None = None
    fy_shift: int = 0

    def phrases(self, text: str) -> list[PeriodPhrase]:
        """Each list of years in ``text`` as one phrase of whole fiscal years, in order."""
        if self.calendar:
            return [_phrase(m, _calendar_year) for m in _YEARS_RE.finditer(text)]
        if self.fy_month is not None:
            return [_phrase(m, self._fiscal_year) for m in _FISCAL_RE.finditer(text)]
        return []

    def _fiscal_year(self, label: int) -> tuple[date, date]:
        end = month_end(date(label + self.fy_shift, self.fy_month, 1))
        return month_end(add_months(end, -12)) + timedelta(days=1), end


UNSETTLED = Years()  # a document that settles no undated year: none is read


def document_years(text: str, hits: Callable[[bytes], list[int]]) -> Years:
    """How ``text`` names its years. ``hits(word)``: the places of a lowercase word in the
    text (the document index's), so only the text around "ended" is read."""
    days, defined = set(), set()
    for at in hits(b"ended"):
        window = (max(0, at - 12), at + 60)
        match = _YEAR_ENDED_RE.search(text, *window)
        if match:
            days.add((match.group("month").rstrip(".").lower()[:3], match.group("day")))
        match = _DEFINED_RE.search(text, *window)
        end = parse_date(match.group("date")) if match else None
        if end is not None:
            defined.add((end.month, int(match.group("label")) - end.year, is_month_end(end)))
    if days == {("dec", "31")}:
        return Years(calendar=True)
    if len(defined) == 1:
        month, shift, at_month_end = next(iter(defined))
        if at_month_end:
            return Years(fy_month=month, fy_shift=-shift)
    return UNSETTLED


def _calendar_year(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def _phrase(match: re.Match, period_of: Callable[[int], tuple[date, date]]) -> PeriodPhrase:
    years = [int(y) for y in _ONE_YEAR.findall(match.group("years"))]
    periods = tuple(period_of(y) for y in years)
    return PeriodPhrase(f"FY{years[0]}", *periods[0], match.span(), "year", periods)
