"""Period phrases in prose, for filings and articles alike: ``find_periods``.

Filings write "for the years ended December 31, 2025 and 2024, respectively", "as of December
31, 2025", "the second quarter of fiscal year 2026"; articles write "the quarter ended June 30,
2026", "Q2 2026", "the June 2026 quarter", "fiscal 2025", "2025". One reader finds them all and
returns one record, ``PeriodPhrase``: its span, label and kind, its first period (start, end),
and every period it lists, in printed order, so a "respectively" list of figures can be paired
with them. An instant ("as of") has start None.

Which phrases a caller reads is data (``Reading``): the extractors read dated phrases and, with
the document's context, fiscal parts; they take a list of dates as one phrase. The verifier also
reads quarter and year labels; it takes only a list's first date, leaving the years after it
("December 31, 2025 and 2024") to be read as years of their own, as it always has.

When the text states only the end date, the start is derived (``core.dates.derive_start``): by
months for month-end calendars, by 13-week quarters for 52/53-week calendars. Fiscal quarters
named without dates ("the second quarter of fiscal year 2026") are resolved against the
document's ``PeriodContext``: its current period end and which fiscal quarter that is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from core import year_parts
from core.dates import (
    ISO_DATE_RE,
    MONTH_RE,
    MONTHS,
    WRITTEN_DATE_RE,
    add_months,
    count_of,
    date_of,
    derive_start,
    is_week_calendar,
    month_end,
    parse_date,
    weeks_in_months,
)

Span = tuple[int, int]
PeriodTuple = tuple[date | None, date]


@dataclass(frozen=True)
class PeriodContext:
    """What the document says about its own periods (for phrases that name no dates)."""

    current_end: date | None = None
    current_quarter: int | None = None  # 1-4 within the fiscal year, None for annual reports
    current_fy: int | None = None
    stated_dates: frozenset[date] = frozenset()


@dataclass(frozen=True)
class PeriodPhrase:
    """A period phrase: what it names (its first period), the characters that name it, and
    every period it lists, in printed order."""

    label: str  # "3 months ended 2026-06-30", "FY ended 2025-12-31", "Q2 2026", "FY2025", ...
    start: date | None
    end: date | None
    span: Span
    kind: str  # "year", "quarter", "months", "instant" (the verifier adds "inherited")
    periods: tuple[PeriodTuple, ...] = ()

    @property
    def instant(self) -> bool:
        return self.kind == "instant"


@dataclass(frozen=True)
class Reading:
    """Which phrases a caller reads (``kinds``: finder names), and whether a list of dates after
    one phrase belongs to it (``lists``)."""

    kinds: tuple[str, ...]
    lists: bool


FILINGS = Reading(("ended", "as_of", "fiscal_part"), lists=True)
ARTICLES = Reading(("ended", "month_quarter", "quarter", "as_of", "on_day", "year",
                    "short_year", "first_part", "part_label"), lists=False)

# One date as prose prints it: written ("June 30, 2026", "Sept. 30 2025"), or ISO (articles).
_DATE = rf"(?:{WRITTEN_DATE_RE}|{ISO_DATE_RE})"
# A date of a list, read in place: a written date, an ISO one, or a year ("... 2025 and 2024").
_DATE_ITEM = re.compile(rf"(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}}),?\s+(?P<y4>\d{{4}})"
                        rf"|(?P<iso>{ISO_DATE_RE})|(?P<year>\d{{4}})", re.I)
_DATES = rf"(?P<dates>{_DATE})(?P<more>(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_DATE}|\d{{4}}\b))*)"
# (and a day-first date, "3 May 2024", whose year is no period: a Mac site's aside citing its
# own earlier story dated a year ago dated the quarter's figures to that year)
_DATE_SPAN = re.compile(rf"{_DATE}|\b\d{{1,2}}\s+{MONTH_RE}\.?,?\s+\d{{4}}", re.I)
_ENDED_RE = re.compile(
    r"\b(?:(?P<m1>three|six|nine|twelve|3|6|9|12)(?:\s+and\s+(?P<m2>three|six|nine|twelve))?"
    r"[-\s]months?"
    r"|(?P<q>quarter)"
    r"|(?P<w>13|26|39|5[23]|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three)[-\s]weeks?"
    # ("the 13-week fiscal quarter ended October 28, 2023": a retailer's release)
    r"(?:\s+(?:fiscal\s+)?(?:period|quarter))?"
    r"|(?P<y>(?:fiscal\s+)?years?))"
    rf"\s+(?:then\s+)?ended\s+(?:on\s+)?{_DATES}",
    re.I,
)
# (and a clause opening "By June 30, 2025, cash had risen to $X": the day the figure stood at;
# a story on a streamer's half year read its quarter's figures in the year before)
_AS_OF_RE = re.compile(rf"(?:\b(?:as\s+of|as\s+at|at)|(?:^|(?<=[.;:]\s))by)\s+{_DATES}", re.I)
# A balance dated by "on" right after its figure ("compared to $74.883 billion on January 29,
# 2023"): the day it stood at. "on" elsewhere ("announced on May 5") dates an event, no figure.
_ON_DAY_RE = re.compile(rf"(?:\d|\b(?:billion|million|thousand|bn|mn))\s+(?P<on>on)\s+{_DATES}",
                        re.I)
_PART_RE = re.compile(
    r"\b(?P<part>(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter|first\s+half|second\s+half"
    r"|first\s+(?:three|six|nine)\s+months)\b",
    re.I,
)
# "fiscal 2025", "fiscal year 2025", "FY2025", "FY '25" is not a year: four digits only.
FISCAL_YEAR_RE = re.compile(r"\b(?:fiscal(?:\s+year)?|FY)\s*'?(?P<y>(?:19|20)\d\d)\b", re.I)
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
ORDINAL_FIGURES = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def find_periods(text: str, ctx: PeriodContext | None = None,
                 reading: Reading = FILINGS) -> list[PeriodPhrase]:
    """Every period phrase in ``text`` (a sentence) that ``reading`` asks for, in order of
    position; where two overlap, the first and longest is kept."""
    ctx = ctx or PeriodContext()
    phrases = [p for kind in reading.kinds for p in _FINDERS[kind](text, ctx, reading.lists)]
    return _drop_overlaps([p for p in phrases if p.periods])


def _ended(text: str, ctx: PeriodContext, lists: bool):
    """'three months ended June 30, 2026', 'the years ended December 31, 2025 and 2024'."""
    for match in _ENDED_RE.finditer(text):
        ends, end_at = _dates(match, ctx, lists)
        if match.group("m1"):
            lengths = [count_of(match.group("m1"))]
            if match.group("m2"):
                lengths.append(count_of(match.group("m2")))
        elif match.group("w"):
            lengths = [weeks_in_months(count_of(match.group("w")))]
        else:
            lengths = [3 if match.group("q") else 12]
        periods = tuple((derive_start(end, n), end) for n in lengths for end in ends)
        if periods:
            yield _phrase(periods, (match.start(), end_at), lengths[0])


def _as_of(text: str, ctx: PeriodContext, lists: bool):
    """'as of December 31, 2025 and 2024', 'at June 30, 2026'."""
    for match in _AS_OF_RE.finditer(text):
        ends, end_at = _dates(match, ctx, lists)
        if ends:
            yield PeriodPhrase(f"as of {ends[0].isoformat()}", None, ends[0],
                               (match.start(), end_at), "instant", tuple((None, e) for e in ends))


def _on_day(text: str, ctx: PeriodContext, lists: bool):
    """'$74.883 billion on January 29, 2023': the figure's day, read as 'as of' it."""
    for match in _ON_DAY_RE.finditer(text):
        ends, end_at = _dates(match, ctx, lists)
        if ends:
            yield PeriodPhrase(f"as of {ends[0].isoformat()}", None, ends[0],
                               (match.start("on"), end_at), "instant",
                               tuple((None, e) for e in ends))


def _phrase(periods: tuple[PeriodTuple, ...], span: Span, months: int) -> PeriodPhrase:
    start, end = periods[0]
    kind = "year" if months == 12 else ("quarter" if months == 3 else "months")
    label = (f"FY ended {end.isoformat()}" if months == 12
             else f"{months} months ended {end.isoformat()}")
    return PeriodPhrase(label, start, end, span, kind, periods)


def _dates(match: re.Match, ctx: PeriodContext, lists: bool) -> tuple[list[date], int]:
    """The dates a phrase names and where the phrase ends: its whole list, or its first date.
    'December 31, 2025 and 2024' -> both December 31sts; full dates are read as printed."""
    end_at = match.end() if lists else match.end("dates")
    ends: list[date | None] = []
    for item in _DATE_ITEM.finditer(match.string, match.start("dates"), end_at):
        if item["month"]:
            ends.append(date_of(item["month"], item["day"], item["y4"]))
        elif item["iso"]:
            ends.append(parse_date(item["iso"]))
        elif ends and ends[0]:
            ends.append(_same_day_in(ends[0], int(item["year"]), ctx.stated_dates))
    return [e for e in ends if e], end_at


def _same_day_in(first: date, year: int, stated: frozenset[date]) -> date:
    """The period end of ``year`` that matches ``first`` ("July 27, 2025 and 2024"): the same
    month end, or on a 52/53-week calendar the date the document prints near it."""
    if is_week_calendar(first):
        near = [d for d in stated if d.year == year and d.month == first.month
                and abs((d - first.replace(year=year)).days) <= 7]
        return near[0] if near else first.replace(year=year)
    return month_end(date(year, first.month, 1))


def _fiscal_parts(text: str, ctx: PeriodContext, lists: bool):
    """'the second quarter and first half of fiscal year 2026': each part takes the nearest
    fiscal year named after it (else before it) in the same text."""
    if ctx.current_end is None or ctx.current_fy is None:
        return
    years = [(m.start(), int(m.group("y"))) for m in FISCAL_YEAR_RE.finditer(text)]
    for match in _PART_RE.finditer(text):
        after = [fy for pos, fy in years if pos >= match.end()]
        before = [fy for pos, fy in years if pos < match.start()]
        fy = after[0] if after else (before[-1] if before else None)
        if fy is not None:
            months, period = _fiscal_period(match.group("part").lower(), fy, ctx)
            yield _phrase((period,), match.span(), months)


def _fiscal_period(part: str, fy: int, ctx: PeriodContext) -> tuple[int, tuple[date, date]]:
    words = part.split()
    if "quarter" in part:
        quarter, months = ORDINALS[words[0]], 3
    elif part == "first half":
        quarter, months = 2, 6
    elif part == "second half":
        quarter, months = 4, 6
    else:
        months = count_of(words[1])
        quarter = months // 3
    shift = (fy - ctx.current_fy) * 4 + quarter - ctx.current_quarter
    end = _shift_quarters(ctx.current_end, shift, ctx.stated_dates)
    return months, (derive_start(end, months), end)


def _shift_quarters(end: date, quarters: int, stated: frozenset[date]) -> date:
    if not is_week_calendar(end):
        return month_end(add_months(end, 3 * quarters))
    guess = end + timedelta(weeks=13 * quarters)
    # 53-week years move the end by a week: prefer a date the document prints nearby.
    near = sorted((abs((d - guess).days), d) for d in stated if abs((d - guess).days) <= 7)
    return near[0][1] if near else guess


# ... and "the quarter ended July 2023" (a data site's recap of a retailer's quarter, with no
# day: its growth rate was read as the fiscal year's and its EPS as the year before's)
_MONTH_QUARTER = re.compile(rf"\b(?:the\s+)?(?P<m>{MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\s+quarter\b"
                            rf"|\b(?:the\s+)?(?P<m2>{MONTH_RE})[- ]quarter(?:\s+of)?\s+"
                            rf"(?P<y2>(?:19|20)\d\d)\b"
                            rf"|\b(?:the\s+)?quarter\s+(?:that\s+)?end(?:ed|ing)\s+(?:in\s+)?"
                            rf"(?P<m3>{MONTH_RE})\s+(?P<y3>(?:19|20)\d\d)\b", re.I)


def _month_quarters(text: str, ctx: PeriodContext, lists: bool):
    """'the June 2026 quarter', 'the June quarter of 2026': three months ending that month."""
    for match in _MONTH_QUARTER.finditer(text):
        month = MONTHS[(match.group("m") or match.group("m2") or match.group("m3")).lower(
        ).rstrip(".")]
        year = int(match.group("y") or match.group("y2") or match.group("y3"))
        yield _phrase((_quarter_ending(year, month),), match.span(), 3)


def _quarter_ending(year: int, month: int) -> tuple[date, date]:
    """The three months that end with ``month`` of ``year``."""
    end = month_end(date(year, month, 1))
    return derive_start(end, 3), end


_ORDINAL = {**ORDINALS, **ORDINAL_FIGURES, "opening": 1, "initial": 1}
_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_ORD_QUARTER = _ORD + r"(?P<f_q>[- ]fiscal)?[- ]quarter"
_YEAR4 = r"(?P<y>(?:19|20)\d\d)"
# "of the fiscal year 2026", " fiscal 2024", " FY2025", " of 2025", " 2025": what may stand
# between a quarter and its year
_TO_YEAR = (r"(?:\s+of)?(?:\s+(?:the|its)\s+|\s+(?:the\s+|its\s+)?"
            r"(?P<f_to>fiscal(?:\s+year)?|financial\s+year|FY)\s?|\s*)'?")
# the longer part of a year a quarter is coordinated with, then the year they share (a
# lookahead: read, not consumed)
_AND_PART = (r"(?=\s*(?:and|&)\s+(?:the\s+|its\s+)?(?:(?:full|whole|entire)[- ])?"
             r"(?:(?P<f_and>fiscal)\s+)?(?:(?:year|half[- ]year|first\s+(?:half|six\s+months|"
             r"nine\s+months|two\s+quarters|three\s+quarters)|(?:six|nine|twelve)[- ]months?)"
             r"(?:[- ]to[- ]date)?" + _TO_YEAR + r"|(?P<f_fy>FY)\s?'?)" + _YEAR4 + r"\b)")
# How articles name a quarter and its year (a newcomer extends the table). Each pattern's
# groups: the quarter (``q`` a digit, ``ord`` a word), the year (``y`` four digits, ``yy``
# two: 20yy), and ``f_*`` groups, any of which marks the quarter as the filer's fiscal one.
QUARTER_PATTERNS = tuple(re.compile(p, re.I) for p in (
    # "Q2 2026", "fiscal Q1 2024", "Q2 fiscal 2025", "Q2 FY2025", "Q2 of the fiscal year 2025";
    # "QQ2 2025", a results generator's template that prints its own "Q" before the label
    # (its summary of a device maker's quarter was read as the fiscal year)
    r"\b(?P<f_pre>fiscal\s+)?Q?Q(?P<q>[1-4])" + _TO_YEAR + _YEAR4 + r"\b",
    # "the second quarter of fiscal 2026", "first-quarter fiscal 2024", "the fiscal third
    # quarter of 2024", "the second quarter (Q2) of the fiscal year 2026", "fiscal
    # second-quarter (Q2) earnings for 2025"
    r"\b(?:the\s+)?(?P<f_pre>fiscal\s+)?" + _ORD_QUARTER + r"(?:\s*\(Q[1-4]\))?"
    r"(?:\s+(?:earnings|results|report)\s+(?:for|of|in)\b|\s+(?:in|for)\b)?"
    # ("the first quarter of its 2024 financial year": a British "financial year" is fiscal)
    + _TO_YEAR + _YEAR4 + r"\b(?P<f_post>\s+(?:fiscal|financial)\s+year\b)?",
    # "fiscal 2024 third quarter", "FY2024 Q3", "the 2024 fourth quarter", "the 2026 fiscal
    # second quarter", "2021's fourth quarter" (a bank-trade brief: the possessive year was
    # read as the year and the quarter's growth compared with the year's)
    r"(?:\b(?P<f_pre>fiscal(?:\s+year)?\s+|FY\s?'?)|(?<![\w$.,-]))" + _YEAR4
    + r"(?:['’]s)?\s+(?P<f_mid>fiscal\s+)?(?:" + _ORD_QUARTER + r"|Q(?P<q>[1-4]))\b",
    # two-digit years name 20yy: "Q4 FY22", "Q3FY17", "Q2'25", "2Q25", "fiscal 3Q17", "first
    # quarter FY24", "FY24 Q1"
    r"\b(?P<f_pre>fiscal\s+)?(?:Q(?P<q>[1-4])\s?(?:(?:of\s+)?(?P<f_fy>FY)\s?'?|')"
    r"|(?P<q3>[1-4])Q\s?(?P<f_fy3>FY)?'?)(?P<yy>\d\d)\b",
    r"\b(?:the\s+)?" + _ORD_QUARTER
    + r"(?:\s*\(Q[1-4]\))?(?:\s+of)?\s+(?P<f_fy>FY)\s?'?(?P<yy>\d\d)\b",
    # ("FY24Q1": a brokerage community's note on a software maker's quarter)
    r"\b(?P<f_fy>FY)\s?'?(?P<yy>\d\d)(?:\s+(?:" + _ORD_QUARTER + r")|\s*Q(?P<q>[1-4]))\b",
    # "3Q 2024", "2Q2025"
    r"\b(?P<q3>[1-4])Q\s?(?P<f_fy>FY\s?)?" + _YEAR4 + r"\b",
    # "the fourth quarter and full year 2024", "the second quarter and first six months of
    # fiscal year 2025", "Q4 and FY2024" (a results summary's lead on a device maker's quarter):
    # a year stated once for a quarter and a longer part coordinated with it dates the quarter
    # too; the phrase is the quarter's words alone, the part after it read as it always is
    r"\b(?:the\s+)?(?P<f_pre>fiscal\s+)?(?:" + _ORD_QUARTER + r"|Q(?P<q>[1-4]))" + _AND_PART,
    # "the opening three months of its fiscal 2024" (a UK tech site on a software maker's Q1)
    r"\b(?:the\s+)?(?P<ord>first|opening|initial)\s+three\s+months\s+of\s+(?:its\s+|the\s+)?"
    r"(?P<f_pre>fiscal(?:\s+year)?\s+)" + _YEAR4 + r"\b",
))


def _quarters(text: str, ctx: PeriodContext, lists: bool):
    """'Q2 2026', 'the second quarter of fiscal 2026': labelled, read as calendar quarters (the
    verifier reads a 'fiscal' label, and any quarter of a filer whose year is not the
    calendar's, as the filer's own quarter)."""
    for pattern in QUARTER_PATTERNS:
        for match in pattern.finditer(text):
            yield _quarter_phrase(match)


def _quarter_phrase(match: re.Match) -> PeriodPhrase:
    found = match.groupdict()
    number = int(found.get("q") or found.get("q3") or _ORDINAL[found["ord"].lower()])
    year = int(found["y"]) if found.get("y") else 2000 + int(found["yy"])
    period = _quarter_ending(year, number * 3)
    fiscal = "fiscal " if any(v for k, v in found.items() if k.startswith("f_")) else ""
    return PeriodPhrase(f"{fiscal}Q{number} {year}", *period, match.span(), "quarter",
                        (period,))


_YEAR = re.compile(r"(?:\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)|(?<![\w$.,-]))"
                   r"(?P<y>(?:19|20)\d\d)(?![\w%-]|,\d)", re.I)


# a year a span runs from, no figure's period: "the second-best year since the internet bubble
# of 2000" (a brokerage community's note on a software maker's quarter dated all after it 2000)
_SINCE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,5}?$", re.I)


def _years(text: str, ctx: PeriodContext, lists: bool):
    """'2025', 'fiscal 2025', 'FY2025': a year, but not the year of a full date, nor one a span
    runs from ('since 2000')."""
    dates = [m.span() for m in _DATE_SPAN.finditer(text)]
    for match in _YEAR.finditer(text):
        if any(a <= match.start("y") < b for a, b in dates) or _SINCE.search(
                text, max(0, match.start() - 60), match.start()):
            continue
        year = int(match.group("y"))
        span = (date(year, 1, 1), date(year, 12, 31))
        yield PeriodPhrase(f"FY{year}", *span, match.span(), "year", (span,))


# "FY22", "FY '22": an article's two-digit fiscal year names 20xx
_SHORT_FY = re.compile(r"\bFY\s?'?(?P<y>\d\d)\b", re.I)


def _short_years(text: str, ctx: PeriodContext, lists: bool):
    for match in _SHORT_FY.finditer(text):
        year = 2000 + int(match.group("y"))
        span = (date(year, 1, 1), date(year, 12, 31))
        yield PeriodPhrase(f"FY{year}", *span, match.span(), "year", (span,))


def _first_parts(text: str, ctx: PeriodContext, lists: bool):
    for periods, span, months in year_parts.first_parts(text):
        yield _phrase(periods, span, months)


def _part_labels(text: str, ctx: PeriodContext, lists: bool):
    for periods, span, months in year_parts.part_labels(text):
        yield _phrase(periods, span, months)


_FINDERS = {"ended": _ended, "as_of": _as_of, "on_day": _on_day, "fiscal_part": _fiscal_parts,
            "month_quarter": _month_quarters, "quarter": _quarters, "year": _years,
            "short_year": _short_years, "first_part": _first_parts,
            "part_label": _part_labels}


def _drop_overlaps(phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """'as of' inside a longer duration phrase, or parts inside a dated phrase: keep the first
    and longest."""
    kept: list[PeriodPhrase] = []
    for phrase in sorted(phrases, key=lambda p: (p.span[0], -p.span[1])):
        if kept and phrase.span[0] < kept[-1].span[1]:
            continue
        kept.append(phrase)
    return kept
