"""Period phrases in prose: "for the years ended December 31, 2025 and 2024", "three months ended
June 30, 2026", "as of December 31, 2025", "the second quarter of fiscal year 2026".

Each phrase yields the periods it lists, in the order printed, so a "respectively" list of
figures can be paired with them. A period is ``(start, end)``; instants ("as of") have start
None. When the text states only the end date, the start is derived: by months for calendars that
end on month ends (three months ended June 30 -> April 1), by 13-week quarters for 52/53-week
calendars whose periods end on a weekday-chosen date (three months ended July 27, 2025 -> April
28). ``same_period`` compares such derived periods with XBRL contexts, whose starts may differ by
days.

Fiscal quarters named without dates ("the second quarter of fiscal year 2026") are resolved
against the document: its current period end (the cover's "For the quarterly period ended ...")
and which quarter that is (a "six months ended" figure for the same date makes it the second).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from core.dates import (  # noqa: F401 (parse_date, same_period, derive_start: re-exported)
    MONTH_RE,
    WRITTEN_DATE_RE,
    add_months,
    date_of,
    date_pattern,
    derive_start,
    is_week_calendar,
    month_end,
    parse_date,
    same_period,
)

DATE_RE = WRITTEN_DATE_RE  # "December 31, 2025": a pattern string; compile it with re.I
_DATE = re.compile(DATE_RE, re.I)
_DATE_TAIL = re.compile(r"\d,?\s+\d{4}")
_MONTH_SPAN = len("September.")  # the longest month of MONTH_RE with its dot
_DATE_ITEM = re.compile(rf"({MONTH_RE})\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{4}})", re.I)
_DATE_LIST = rf"{DATE_RE}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{DATE_RE}|\d{{4}}\b))*"
_WORD_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_WEEKS = {
    "13": 3,
    "26": 6,
    "39": 9,
    "52": 12,
    "53": 12,
    "thirteen": 3,
    "twenty-six": 6,
    "thirty-nine": 9,
    "fifty-two": 12,
    "fifty-three": 12,
}

_DURATION_RE = re.compile(
    r"\b(?:(?P<m1>three|six|nine|twelve)(?:\s+and\s+(?P<m2>three|six|nine|twelve))?\s+months"
    r"|(?P<w>13|26|39|52|53|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three)[-\s]weeks"
    r"|(?P<y>(?:fiscal\s+)?years?))"
    rf"\s+(?:then\s+)?ended\s+(?:on\s+)?(?P<dates>{_DATE_LIST})",
    re.I,
)
# The cover's "For the quarterly period ended June 30, 2026": the document's current period end.
CURRENT_PERIOD_RE = re.compile(rf"(?:quarterly|fiscal)\s+period\s+ended\s+({DATE_RE})", re.I)
_INSTANT_RE = re.compile(rf"\b(?:as\s+of|at)\s+(?P<dates>{_DATE_LIST})", re.I)
_PART_RE = re.compile(
    r"\b(?P<part>(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter|first\s+half|second\s+half"
    r"|first\s+(?:three|six|nine)\s+months)\b",
    re.I,
)
_FY_RE = re.compile(r"\bfiscal\s+(?:year\s+)?(?P<fy>\d{4})\b|\bFY\s?(?P<fy2>\d{4})\b", re.I)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True)
class PeriodContext:
    """What the document says about its own periods (for phrases that name no dates)."""

    current_end: date | None = None
    current_quarter: int | None = None  # 1-4 within the fiscal year, None for annual reports
    current_fy: int | None = None
    stated_dates: frozenset[date] = frozenset()


@dataclass(frozen=True)
class PeriodPhrase:
    """A period phrase: its span within the searched text and the periods it lists, in order."""

    span: tuple[int, int]
    periods: tuple[tuple[date | None, date], ...]
    instant: bool = False


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
    for months, q in ((9, 3), (6, 2)):
        word = {9: "nine", 6: "six"}[months]
        if re.search(rf"\b{word}\s+months\s+ended\s+{date_pattern(end)}", text, re.I):
            quarter = q
            break
    return PeriodContext(end, quarter, _current_fy(text, quarter), stated)


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


def find_periods(text: str, ctx: PeriodContext | None = None) -> list[PeriodPhrase]:
    """Every period phrase in ``text`` (a sentence), in order of position."""
    ctx = ctx or PeriodContext()
    phrases = [_duration(m, ctx) for m in _DURATION_RE.finditer(text)]
    phrases += [_instant(m, ctx) for m in _INSTANT_RE.finditer(text)]
    phrases += _fiscal_parts(text, ctx)
    phrases = [p for p in phrases if p and p.periods]
    return sorted(_drop_overlaps(phrases), key=lambda p: p.span)


def _duration(match: re.Match, ctx: PeriodContext) -> PeriodPhrase | None:
    ends = _date_list(match.group("dates"), ctx)
    if match.group("m1"):
        lengths = [_WORD_MONTHS[match.group("m1").lower()]]
        if match.group("m2"):
            lengths.append(_WORD_MONTHS[match.group("m2").lower()])
    elif match.group("w"):
        lengths = [_WEEKS[match.group("w").lower()]]
    else:
        lengths = [12]
    periods = tuple((derive_start(end, n), end) for n in lengths for end in ends)
    return PeriodPhrase(match.span(), periods)


def _instant(match: re.Match, ctx: PeriodContext) -> PeriodPhrase:
    ends = _date_list(match.group("dates"), ctx)
    return PeriodPhrase(match.span(), tuple((None, end) for end in ends), instant=True)


def _fiscal_parts(text: str, ctx: PeriodContext) -> list[PeriodPhrase]:
    """'the second quarter and first half of fiscal year 2026': each part takes the nearest
    fiscal year named after it (else before it) in the same text."""
    if ctx.current_end is None or ctx.current_fy is None:
        return []
    years = [(m.start(), int(m.group("fy") or m.group("fy2"))) for m in _FY_RE.finditer(text)]
    phrases = []
    for match in _PART_RE.finditer(text):
        after = [fy for pos, fy in years if pos >= match.end()]
        before = [fy for pos, fy in years if pos < match.start()]
        fy = after[0] if after else (before[-1] if before else None)
        if fy is None:
            continue
        period = _fiscal_period(match.group("part").lower(), fy, ctx)
        if period:
            phrases.append(PeriodPhrase(match.span(), (period,)))
    return phrases


def _fiscal_period(part: str, fy: int, ctx: PeriodContext) -> tuple[date, date] | None:
    words = part.split()
    if "quarter" in part:
        quarter, months = _ORDINALS[words[0]], 3
    elif part == "first half":
        quarter, months = 2, 6
    elif part == "second half":
        quarter, months = 4, 6
    else:
        months = _WORD_MONTHS[words[1]]
        quarter = months // 3
    shift = (fy - ctx.current_fy) * 4 + quarter - ctx.current_quarter
    end = _shift_quarters(ctx.current_end, shift, ctx.stated_dates)
    return derive_start(end, months), end


def _shift_quarters(end: date, quarters: int, stated: frozenset[date]) -> date:
    if not is_week_calendar(end):
        return month_end(add_months(end, 3 * quarters))
    guess = end + timedelta(weeks=13 * quarters)
    # 53-week years move the end by a week: prefer a date the document prints nearby.
    near = sorted((abs((d - guess).days), d) for d in stated if abs((d - guess).days) <= 7)
    return near[0][1] if near else guess


def _date_list(text: str, ctx: PeriodContext) -> list[date]:
    """'December 31, 2025 and 2024' -> both December 31sts; full dates are read as printed."""
    ends: list[date] = []
    for match in _DATE_ITEM.finditer(text):
        if match.group(1):
            ends.append(date_of(match.group(1), match.group(2), match.group(3)))
        elif ends:
            ends.append(_same_day_in(ends[0], int(match.group(4)), ctx.stated_dates))
    return [e for e in ends if e]


def _same_day_in(first: date, year: int, stated: frozenset[date]) -> date:
    if is_week_calendar(first):
        near = [
            d
            for d in stated
            if d.year == year
            and abs((d - first.replace(year=year)).days) <= 7
            and d.month == first.month
        ]
        if near:
            return near[0]
        return first.replace(year=year)
    return month_end(date(year, first.month, 1))


def _drop_overlaps(phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """'as of' inside a longer duration phrase, or parts inside a dated phrase: keep the first
    and longest."""
    kept: list[PeriodPhrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.span[0], -p.span[1])):
        if kept and phrase.span[0] < kept[-1].span[1]:
            continue
        kept.append(phrase)
    return kept


def _current_fy(text: str, quarter: int) -> int | None:
    """The fiscal year the report's current quarter belongs to, as the text names it."""
    ordinal = [k for k, v in _ORDINALS.items() if v == quarter][0]
    years = [
        int(m.group(1))
        for m in re.finditer(
            rf"\b{ordinal}\s+quarter\s+of\s+fiscal\s+(?:year\s+)?(\d{{4}})", text, re.I
        )
    ]
    return max(years) if years else None
