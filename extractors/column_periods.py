"""The period of a table column: its header, the phrase a caption or the text before the table
states ("Fiscal years ended December 27, 2008, December 29, 2007 and December 30, 2006"), the
document's fiscal years, and for a quarterly note the year label of its block of rows
(``extractors.quarters``). A column whose period cannot be pinned gets none."""

from __future__ import annotations

import re

from core.dates import date_of, same_period
from extractors.periods import (
    Period,
    is_label_header,
    label_period,
    names_bare_years,
    parse_header_period,
)
from extractors.quarters import quarter_column_period

# A year heading a column; a footnote digit may be glued to it (Norfolk Southern's five-year
# review heads "20051" and "20042": its header row read as data, and no column had a year).
YEAR_CELL = re.compile(r"^(?:fiscal\s+)?(?:19|20)\d\d(?:\d|\(\d\))?$", re.I)
_PERIOD_PHRASE = re.compile(
    r"\b(?:(?:three|six|nine|twelve|\d{1,2})\s+months|(?:fiscal\s+)?years?|quarters?|"
    r"\d\d\s+weeks)\s+ended\s+(?:[A-Z][a-z]+\.?\s+\d{1,2})", re.I)
# The dates a phrase lists after "ended": "December 27, 2008, December 29, 2007 and December
# 30, 2006"
_LISTED = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s*and\s+)?(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+"
                     r"(?P<year>(?:19|20)\d\d))\b")
# A length phrase with no date of its own, in the label cell of the header row whose cells are
# the dates ("Fiscal year ended" over "Dec. 31, 2015 | Dec. 28, 2014 | Dec. 29, 2013", a
# broadcaster's FY2015 10-K): it says what the dated columns are
_DATELESS_PHRASE = re.compile(
    r"\b(?:(?:three|six|nine|twelve|\d{1,2})\s+months|(?:fiscal\s+)?years?|quarters?|"
    r"\d\d\s+weeks)\s+ended:?\s*$", re.I)
# a part-year phrase ("nine months ended", "quarter ended", "13 weeks ended")
_PART_YEAR = re.compile(r"(?:three|six|nine|\d\s|\d\d\s+weeks|quarter)", re.I)
_HEADING_CHARS = 120  # the text just before a table that may name it ("Quarterly Data")


def column_period(column: str, block: str, captions: list[str], table, context,
                  header_years: list[int]) -> tuple[str, Period | None, bool]:
    """(the column's name, its period, whether a quarterly note's reading dated it: summary
    data, ranked below a statement). ``block``: the year label of the rows' block ("Fiscal
    Year 2013", "2011:"); ``context``: the table reader's document context (``fiscal_years``,
    ``calendar``, ``cover_years``); ``header_years``: the years the table's headers print."""
    period = _stated_period(column, captions, table, context, header_years)
    if period is not None:
        return column, period, False
    # the heading may be what says the columns are quarters (Alcoa's "Quarterly Data" over
    # "First | Second | Third | Fourth | Year")
    cue = " ".join([*captions, context.doc.preceding_text(table, _HEADING_CHARS)])
    period = quarter_column_period(column, block, cue, context.calendar, " ".join(captions))
    if period is None:
        return column, None, False
    return f"{block} {column}".strip(), period, True


def _stated_period(column: str, captions: list[str], table, context,
                   header_years: list[int]) -> Period | None:
    period = parse_header_period(column) or _month_year(column, context)
    if period is not None:
        return period
    if is_label_header(column):  # "4Q 2021": dated by the filer's year end, and never by a
        return label_period(column, context.year_end)  # caption's "Year Ended" phrase
    text = " ".join(captions)
    phrase = _PERIOD_PHRASE.search(text)
    if phrase is None and (dated := _dated_by_caption(column, captions)) is not None:
        return dated
    if phrase is None:
        # a part-year phrase of the text before the table beside bare years ("for 2011, 2012 and
        # 2013 and the nine months ended September 30, 2013") dates only its own columns, not
        # the bare years' whole-year ones
        text = context.doc.preceding_text(table)
        phrase = _PERIOD_PHRASE.search(text)
        if phrase is not None and _PART_YEAR.match(phrase.group(0)) and names_bare_years(text):
            phrase = None
    defined = parse_header_period(column, context.fiscal_years)
    if phrase is not None:
        period = parse_header_period(f"{_listed_for(phrase, text, column)}, {column}")
        if period is not None and not _contradicts(column, period):
            # the document's own definition of that year, when it is this one, has the exact
            # start (a week calendar's year starts the day after the one before ends)
            same = defined and same_period((defined.start, defined.end), (period.start,
                                                                          period.end))
            return defined if same else period
    return defined or parse_header_period(column, context.cover_years(header_years))


def _dated_by_caption(column: str, captions: list[str]) -> Period | None:
    """A column that is a date alone, under a caption that is a length alone: the two read as
    one header ("Fiscal year ended" and "Dec. 31, 2015": the year ended December 31, 2015).
    The last such caption is the one over the columns (a statement's captions run top down)."""
    phrases = [c for c in captions if _DATELESS_PHRASE.search(c)]
    if not phrases or parse_header_period(column) is not None:
        return None
    period = parse_header_period(f"{phrases[-1].strip().rstrip(':')} {column}")
    return period if period is not None and not _contradicts(column, period) else None


# A whole year's header that names its last month without the day ("Year Ended November" over
# "2002": a broker's FY2002 10-K, its years ending on the last Friday of November)
_MONTH_YEAR = re.compile(r"(?:fiscal\s+)?years?\s+ended\s+(?P<month>[A-Z][a-z]{2,8})\.?,?\s+"
                         r"(?P<year>(?:19|20)\d\d)", re.I)


def _month_year(column: str, context) -> Period | None:
    """The document's own fiscal year for a header naming a year ended in a month: only when
    the document defines that year and it ends in the month named."""
    match = _MONTH_YEAR.fullmatch(column.strip())
    if match is None:
        return None
    span = context.fiscal_years.get(int(match["year"]))
    end = date_of(match["month"], 1, match["year"])
    if span is None or end is None or (span[1].year, span[1].month) != (end.year, end.month):
        return None
    return Period(*span)


# What a column says of its own length: a year ("Full Year 2021", "Fiscal Year", "Annual") or a
# quarter ("4Q 2021", "Quarter")
_OWN_YEAR = re.compile(r"\b(?:full[\s-]+year|fiscal\s+year|year|annual)\b", re.I)
_OWN_QUARTER = re.compile(r"\bquarter\b|\b[1-4]q\b|\bq[1-4]\b", re.I)


def _contradicts(column: str, period: Period) -> bool:
    """Does the column name a length other than the period a caption's phrase gave it? JPMorgan's
    supplement dated its "FULL YEAR 2021" columns as three months ended June 30, 2021 from a
    phrase in the footnotes above the table."""
    months = round((period.end - period.start).days / 30.44)
    if _OWN_YEAR.search(column):
        return months != 12
    if _OWN_QUARTER.search(column):
        return months != 3
    return False


def _listed_for(phrase: re.Match, text: str, column: str) -> str:
    """The phrase with the date it lists for the column's year, when it lists one per year:
    Yum's "Fiscal years ended December 27, 2008, December 29, 2007 and December 30, 2006"
    dates its "2007" column December 29, 2007 (the first date's day with the column's year,
    December 27, 2007, is no day its years end on)."""
    years = set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", column))
    ended = text.rfind("ended", phrase.start(), phrase.end())
    listed, at = [], ended + len("ended")
    while (found := _LISTED.match(text, at)) is not None:
        listed.append(found)
        at = found.end()
    chosen = [m for m in listed if m["year"] in years]
    if len(years) != 1 or len(listed) < 2 or len(chosen) != 1:
        return phrase.group(0)
    return f"{text[phrase.start():ended]}ended {chosen[0]['date']}"
