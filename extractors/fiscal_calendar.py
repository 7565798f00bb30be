"""A document's fiscal calendar, as the document itself states it: its fiscal years (the
cover's year, "Fiscal year 2023 consisted of the 53 weeks ended ...", "Fiscal years 2012, 2011
and 2010 ended on ..., respectively", the weeks each had), whether it counts its periods in
weeks, the fourth quarter it dates by its fiscal months, and the year end a coverless document
names. How many weeks its quarters have is ``quarter_weeks``'s.

Each reader scans a whole filing: the patterns run only in windows around a literal every match
contains, found by ``bytes.find`` in the text's ASCII-folded copy (``near``), which gives what
a scan of the whole text gives at a fraction of its cost (a case-blind alternation tries every
position of a 1 MB text).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date, timedelta

from core.dates import (
    MONTH_NAMES,
    date_of,
    date_pattern,
    is_month_end,
    month_end,
    months_before,
)
from extractors.anchored import AnchoredPattern
from extractors.textindex import TextIndex

_MONTH_RE = r"(?P<month>" + MONTH_NAMES + r")\.?"
# A full date as a fiscal-year definition or the cover prints it ("February 3, 2024").
FULL_DATE = _MONTH_RE + r"\s*(?P<day>\d{1,2}),?\s*(?P<year>(?:19|20)\d\d)"
_YEAR_RE = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])")


def near(pattern: re.Pattern, text: str, index: TextIndex, anchors: tuple[bytes, ...],
          reach: int) -> Iterator[re.Match]:
    """``pattern.finditer`` over the windows of ``reach`` characters either side of each place
    an anchor (lowercase, a literal every match contains) stands in the text's folded copy
    (``index.hits``: each anchor's places found once per document, not once per question,
    and ``index.text`` is ``text``). Windows are cut just after a space and at a space, so a word
    boundary or lookaround at their edges reads as it does in the whole text."""
    spots = sorted(at for anchor in anchors for at in index.hits(anchor))
    folded = index.folded
    window: list[int] | None = None
    # Each window is read as soon as the next spot's does not overlap it: a caller asking
    # for the first match only (``next``, ``any``) spares the windows of the spots after it
    # (the month's thousands of places in a 10-K).
    for at in spots:
        start = folded.rfind(b" ", 0, max(0, at - reach)) + 1
        end = folded.find(b" ", at + reach)
        end = len(folded) if end < 0 else end
        if window is not None and start <= window[1]:
            window[1] = max(window[1], end)
            continue
        if window is not None:
            yield from pattern.finditer(text, *window)
        window = [start, end]
    if window is not None:
        yield from pattern.finditer(text, *window)


_FISCAL_DEF_RE = re.compile(
    r"fiscal\s+(?:year\s+)?(?P<label>(?:19|20)\d\d)\b[^.;]{0,60}?\b(?P<weeks>5[23])[\s-]*weeks?\s+"
    r"end(?:ed|ing)\s+(?:on\s+)?" + FULL_DATE, re.I)
_COVER_RE = re.compile(r"for\s+the\s+fiscal\s+year\s+ended:?\s*" + FULL_DATE, re.I)
# Every match opens with "fiscal": tried at its places alone (``TextIndex.scan``, what
# ``finditer`` over the whole text gives), not at every position of the windows around them.
_FISCAL_DEFS = AnchoredPattern(anchors=(b"fiscal",), patterns=(_FISCAL_DEF_RE,))


# A fiscal year ending by this month may be labelled by the year before (retailers' years).
_AMBIGUOUS_LAST_MONTH = 2


def find_fiscal_years(text: str, index: TextIndex | None = None) -> dict[int, tuple[date, date]]:
    """Fiscal label year -> (start, end), as the document defines them.

    "Fiscal year 2023 consisted of the 53 weeks ended on February 3, 2024" defines fiscal 2023,
    and so does a list: "Fiscal years 2012, 2011 and 2010 ended on February 2, 2013, January
    28, 2012 and January 29, 2011, respectively" (Macy's), each year starting the day after the
    one before it ends (or as many weeks before its end as the document says it has).
    Without such sentences the cover's "For the fiscal year ended June 30, 2013" defines the
    latest fiscal year, labelled by the year it ends in ("Fiscal Year 2023" ends in April
    2023; Microsoft's fiscal 2013 ends June 30, 2013), and the years before it when they end
    on the same month end and the document prints that date. A year ending in January or
    February is labelled either way (Salesforce's fiscal 2025 ends January 31, 2025;
    GameStop's fiscal 2023 ends February 3, 2024): the cover alone does not say which, so it
    defines none.
    """
    index = TextIndex(text) if index is None else index
    return index.derive("fiscal_years", text, _fiscal_years)  # once per document


def _fiscal_years(text: str, index: TextIndex) -> dict[int, tuple[date, date]]:
    years: dict[int, tuple[date, date]] = {}
    for match in index.scan(_FISCAL_DEFS):
        end = match_date(match)
        if end:
            years.setdefault(int(match["label"]),
                             (end - timedelta(days=7 * int(match["weeks"]) - 1), end))
    for label, span in _listed_fiscal_years(text, index).items():
        years.setdefault(label, span)
    if not years:  # "the fiscal year ending <date> included 53 weeks", labelled by its
        from extractors.fiscal_weeks import years_of_dated_fourth_quarter  # dated fourth
        years.update(years_of_dated_fourth_quarter(text, index))  # quarter (its module)
    end = cover_fiscal_end(text) if not years else None
    if end and end.month > _AMBIGUOUS_LAST_MONTH and not is_month_end(end):
        # a week calendar's year and those before it, back to back, as long as the document
        # says how many weeks each had (Yum: "Fiscal years 2008, 2007, 2006 and 2004 include
        # 52 weeks and fiscal year 2005 includes 53 weeks")
        years.update(_back_to_back(end, _stated_weeks(text, index)))
    if end and end.month > _AMBIGUOUS_LAST_MONTH and end.year not in years:
        years[end.year] = (months_before(end, 12), end)
        if is_month_end(end) and not describes_week_calendar(text, index) and not any(
                near(_MOVED, text, index, (b"fiscal year", b"transition period"), 80)):
            years.update(_earlier_month_end_years(text, index, end))
    return years


# How a document says its fiscal periods are counted in weeks, not months: "52 or 53 weeks",
# "a 52/53-week fiscal year", "the Saturday closest to January 31", "ends on the last Sunday
# of December", "Twelve Weeks Ended". TEGNA's 10-K FY2015 says "Historically, our fiscal year
# was a 52-53 week fiscal year": its fiscal 2014 ended December 28, not December 31.
_WEEK_CALENDAR = re.compile(
    r"\b(?:5[23]|fifty-(?:two|three))[\s-]*weeks?\b|\b52[\s-]*(?:or|/|-|to)\s*53[\s-]*weeks?\b|"
    r"\b(?:satur|sun|fri|mon|thurs|wednes|tues)day\s+(?:closest|nearest|on or (?:before|after))|"
    r"\blast\s+(?:satur|sun|fri|mon|thurs|wednes|tues)day\s+(?:of|in)\b|"
    r"\b(?:1[2-7]|twelve|thirteen|fourteen|sixteen|seventeen)[\s-]*weeks?\s+end", re.I)


_WEEK_ANCHORS = (b"week", b"day closest", b"day nearest", b"day on or", b"day of", b"day in")


def describes_week_calendar(text: str, index: TextIndex | None = None) -> bool:
    """Does the document count its fiscal periods in weeks (so a quarter need not end on a
    month end, nor a year start on the day after the same date a year earlier)?"""
    index = TextIndex(text) if index is None else index
    return index.derive("week_calendar", text, _describes_week_calendar)


def _describes_week_calendar(text: str, index: TextIndex) -> bool:
    # every alternative holds "week" or a weekday's "day " before its next word
    return any(near(_WEEK_CALENDAR, text, index, _WEEK_ANCHORS, 60))


# A filer that moved its year end says so, and reports a transition period among its years
# (the cover's "For the transition period from ___ to ___" is a blank form field, not this)
_MOVED = re.compile(r"chang(?:e|ed|ing)\s+(?:in\s+|of\s+)?(?:its|our|the)\s+fiscal\s+year[\s-]+end|"
                    r"transition\s+period\s+ended|\b(?:one|two|three|four|five|six|seven|eight|"
                    r"nine|ten|eleven|\d{1,2})[\s-]+months?\s+transition\s+period", re.I)
# How many years before the cover's a 10-K's tables show (a five-year selected-data table).
_EARLIER_YEARS = 4


def _earlier_month_end_years(text: str, index: TextIndex, end: date
                             ) -> dict[int, tuple[date, date]]:
    """The fiscal years before the cover's, ending on the same month end, each only when the
    document prints its end date (a filer that moved its year end prints the other date)."""
    years: dict[int, tuple[date, date]] = {}
    for back in range(1, _EARLIER_YEARS + 1):
        earlier = month_end(date(end.year - back, end.month, 1))
        month = calendar.month_name[earlier.month].lower().encode()
        if next(near(re.compile(date_pattern(earlier), re.I), text, index, (month,), 20),
                None) is None:
            break
        years[earlier.year] = (months_before(earlier, 12), earlier)
    return years


_LIST_WINDOW = 400  # characters before "respectively" that its sentence may take
_FULL_DATE_RE = re.compile(FULL_DATE, re.I)
_LABEL_YEAR_RE = re.compile(r"(?<![\d$])(?:19|20)\d\d(?!\d)")  # "2012," in a list of labels
_LIST_WEEKS_RE = re.compile(r"\b(?P<weeks>5[23])[\s-]*weeks?\s+fiscal\s+years?\s+end(?:ed|ing)\b$",
                            re.I)
_YEAR_WEEKS_RE = re.compile(
    r"fiscal\s+years?\s+(?P<labels>(?:19|20)\d\d(?:(?:,\s*|,?\s+and\s+)(?:19|20)\d\d)*)\s+"
    r"(?:include[sd]?|included|consist(?:s|ed)?\s+of|had|has|comprised)\s+(?P<weeks>5[23])\s+weeks",
    re.I)


def _listed_fiscal_years(text: str, index: TextIndex) -> dict[int, tuple[date, date]]:
    """Fiscal years a "respectively" sentence defines: its label years, in order, paired with
    the end dates it lists after "fiscal years ended" (Macy's: "Fiscal years 2012, 2011 and
    2010 ended on February 2, 2013, January 28, 2012 and January 29, 2011, respectively";
    '"2012," "2011," ... are references to the Company's fiscal years ended February 2, 2013,
    January 28, 2012, ...'). A label must be the year its date ends in or the one before."""
    ends: dict[int, date] = {}
    weeks = _stated_weeks(text, index)
    for at in index.hits(b"respectively"):
        start = at - _LIST_WINDOW
        cut = text.rfind(". ", max(0, start), at)
        sentence = text[max(0, start, cut + 1):at]
        fiscal = re.search(r"fiscal\s+years?\b", sentence, re.I)
        ended = fiscal and re.compile(r"\bend(?:ed|ing)\b", re.I).search(sentence, fiscal.end())
        if not ended:
            continue
        dates = [match_date(m) for m in _FULL_DATE_RE.finditer(sentence, ended.end())]
        before = [m.end() for m in _FULL_DATE_RE.finditer(sentence, 0, ended.start())]
        labels = [int(y) for y in _LABEL_YEAR_RE.findall(
            sentence, before[-1] if before else 0, ended.start())]
        if len(dates) < 2 or len(labels) != len(dates) or None in dates:
            continue
        pairs = list(zip(labels, dates, strict=True))
        if all(end.year - 1 <= label <= end.year for label, end in pairs):
            for label, end in pairs:
                ends.setdefault(label, end)
            # "the 52-week fiscal years ended August 28, 2022, August 29, 2021, and August
            # 30, 2020" (Costco): each of them that long
            length = _LIST_WEEKS_RE.search(sentence, 0, ended.end())
            for label in labels if length else ():
                weeks.setdefault(label, int(length["weeks"]))
    return _spans_of(ends, weeks)


def _back_to_back(end: date, weeks: dict[int, int]) -> dict[int, tuple[date, date]]:
    """Fiscal years ending with the one ending ``end`` (labelled by its year), each ending the
    day before the next one starts, while the document states each one's weeks."""
    years: dict[int, tuple[date, date]] = {}
    label = end.year
    while label in weeks:
        start = end - timedelta(days=7 * weeks[label] - 1)
        years[label] = (start, end)
        label, end = label - 1, start - timedelta(days=1)
    return years


def _stated_weeks(text: str, index: TextIndex) -> dict[int, int]:
    """ "Fiscal year 2012 includes 53 weeks and fiscal years 2011 and 2010 included 52 weeks"."""
    weeks: dict[int, int] = {}
    for match in near(_YEAR_WEEKS_RE, text, index, (b"weeks",), 160):
        for label in _LABEL_YEAR_RE.findall(match["labels"]):
            weeks.setdefault(int(label), int(match["weeks"]))
    return weeks


def _spans_of(ends: dict[int, date], weeks: dict[int, int]) -> dict[int, tuple[date, date]]:
    """Each year from the day after the year before ends; failing that, its stated weeks back
    from its end, or twelve months for a year ending on a month end; else it is left out."""
    spans: dict[int, tuple[date, date]] = {}
    for label, end in ends.items():
        if label - 1 in ends:
            start = ends[label - 1] + timedelta(days=1)
        elif label in weeks:
            start = end - timedelta(days=7 * weeks[label] - 1)
        elif is_month_end(end):
            start = months_before(end, 12)
        else:
            continue
        spans[label] = (start, end)
    return spans


# "Year Ended December 31", "twelve months ended December 31, 2021", "fiscal years ended June 30"
_YEAR_ENDED_RE = re.compile(r"\b(?:fiscal\s+)?(?:years?|twelve\s+months|12\s+months)\s+ended\s+"
                            + _MONTH_RE + r"\s*(?P<day>\d{1,2})\b", re.I)


def stated_year_end(text: str, index: TextIndex | None = None) -> tuple[int, int] | None:
    """(month, day) of the year end a document without a cover names (an earnings release's
    "Year Ended December 31"): only when every such phrase names the same month end, after
    February (so the year's label is the year it ends in)."""
    ends = set()
    index = TextIndex(text) if index is None else index
    for match in near(_YEAR_ENDED_RE, text, index, (b"ended",), 60):
        day = date_of(match["month"], match["day"], 2001)  # a year without February 29
        if day is None:
            return None
        ends.add(day)
    if len(ends) != 1:
        return None
    day = ends.pop()
    if not is_month_end(day) or day.month <= _AMBIGUOUS_LAST_MONTH:
        return None
    return day.month, day.day


# The fourth quarter as the document dates it: a 10-K's table of share repurchases "during the
# fourth quarter of 2012" lists its fiscal months, "October 28, 2012 – November 24, 2012 ...
# December 30, 2012 – February 2, 2013" (Macy's, whose quarterly note prints no dates).
_FOURTH_QUARTER = AnchoredPattern(anchors=(b"fourth",), patterns=(  # each match opens with it
    re.compile(r"\bfourth\s+(?:fiscal\s+)?quarter\b", re.I),))
DATE_RANGE = re.compile(FULL_DATE + r"\s*(?:[-\u2013\u2014]+|to|through)\s*"
                         + FULL_DATE.replace("?P<", "?P<to_"), re.I)
FOURTH_REACH = 800  # characters after "fourth quarter" its months' dates may stand in
# What every DATE_RANGE match holds, from its first year to the second month: a reach without
# one holds no range, and sre skips to the digits that open it (DATE_RANGE, opening with a
# month name in any case, is tried at every other letter).
_RANGE_CORE = re.compile(r"(?:19|20)\d\d\s*(?:[-\u2013\u2014]+|to|through)\s*(?:"
                         + MONTH_NAMES + ")", re.I)


def stated_fourth_quarter(text: str, index: TextIndex) -> tuple[date, date] | None:
    """(first day, last day) of the fourth quarter the document dates by its months: two or
    more back-to-back ranges after "fourth quarter", a whole number of weeks of a quarter's
    length (a week calendar's); None unless exactly one such quarter is stated."""
    return index.derive("fourth_quarter", text, _stated_fourth_quarter)


def _stated_fourth_quarter(text: str, index: TextIndex) -> tuple[date, date] | None:
    found = set()
    for phrase in index.scan(_FOURTH_QUARTER):
        if _RANGE_CORE.search(text, phrase.end(), phrase.end() + FOURTH_REACH) is None:
            continue  # no range of dates: no chain (the rest of the loop finds none)
        chain: list[tuple[date, date]] = []
        for match in DATE_RANGE.finditer(text, phrase.end(), phrase.end() + FOURTH_REACH):
            start = match_date(match)
            end = date_of(match["to_month"], match["to_day"], match["to_year"])
            if start is None or end is None or end < start:
                break
            if chain and start != chain[-1][1] + timedelta(days=1):
                break
            chain.append((start, end))
        days = (chain[-1][1] - chain[0][0]).days + 1 if len(chain) > 1 else 0
        if days % 7 == 0 and 12 <= days // 7 <= 17:
            found.add((chain[0][0], chain[-1][1]))
    return found.pop() if len(found) == 1 else None


def cover_fiscal_end(text: str) -> date | None:
    """The end of the fiscal year the cover reports ("For the fiscal year ended ...")."""
    cover = _COVER_RE.search(text[:30000])
    return match_date(cover) if cover else None


def latest_column_year(end: date | None, years: list[int]) -> dict[int, tuple[date, date]]:
    """The cover's fiscal year under the label a table's latest year column gives it: a 10-K's
    statements show the year it reports, so of the two labels a January or February year end
    may take, the one a table's header uses is the filer's (Macy's prints "2012" for the
    year ended February 2, 2013, Salesforce "2025" for the one ended January 31, 2025)."""
    # only a January or February end may be labelled by the year before (Yum's 2007 column
    # is its fiscal 2007, not the fiscal 2008 its cover reports)
    labels = (end.year - 1, end.year) if end and end.month <= _AMBIGUOUS_LAST_MONTH else (
        end.year,) if end else ()
    if end is None or not years or max(years) not in labels:
        return {}
    return {max(years): (months_before(end, 12), end)}


def match_date(match: re.Match) -> date | None:
    return date_of(match["month"], match["day"], match["year"])
