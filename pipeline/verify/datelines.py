"""The day a wire story is dated by its dateline: ``written_on``.

A newswire prints the day at the head of its story ("NEW YORK, Oct. 15, 2021 /PRNewswire/ --",
"Oct. 15, 2021" on a line of its own) or stamps it at the foot ("10-15-21 0723ET" under
"(END) ... Newswires"). A story on results that names "the third quarter" with no year means
the latest third quarter that had ended by then (``report_period`` dates it so; the phrases
relative to it, "a year ago", from it). Only these stamps are read: a date in the story's
sentences may be anything (a deal's closing, an event to come), so none of them dates it.
Two stamps that disagree date nothing.

A story cannot quote a figure of a period that had not ended on the day it was written:
``ended_by`` leaves the later periods' figures out of its checks (a balance "at 2.1% of total
loans" in a story on a third quarter, checked against the year-end supplement, bore out the
third quarter's ratio but was held against the year end's as "the latest such period").
"""

from __future__ import annotations

import re
from datetime import date

from core.dates import WRITTEN_DATE_RE, parse_date
from core.rows_document import FISCAL_YEAR_NAMED
from warehouse.records import StoredFact

_HEAD_LINES = 6  # a dateline stands in the story's first lines (under a headline, a byline)
_FOOT_LINES = 3  # a wire's stamp in its last ones

# "10-15-21 0723ET", "04/16/2021 07:33 ET": a date then a time of day, a line of its own
_STAMP = re.compile(r"^\s*(?P<m>\d{1,2})[-/](?P<d>\d{1,2})[-/](?P<y>\d{2}|\d{4})\s+"
                    r"\d{1,2}:?\d{2}\s*(?:[AP]M\s*)?(?:ET|EDT|EST|GMT|UTC|CT|PT)?\s*$", re.I)
# "Oct. 15, 2021" alone on its line, or after a place and before the wire's name or a dash:
# "OAKLAND, Calif., Aug. 3, 2021 /PRNewswire/ --", "NEW YORK, Oct. 15, 2021 (Reuters) -"
_WRITTEN_ALONE = re.compile(rf"^\s*(?P<date>{WRITTEN_DATE_RE})\s*$", re.I)
_WRITTEN_HEAD = re.compile(rf"^\s*(?-i:[A-Z][A-Za-z.'’ -]*)(?:,\s*[A-Z][A-Za-z.]*)?,\s+"
                           rf"(?P<date>{WRITTEN_DATE_RE})\s*(?:/[^/\n]{{2,40}}/|\([^()\n]{{2,40}}\))?"
                           r"\s*(?:--|[-–—])", re.I)


def written_on(text: str) -> date | None:
    """The day the story's dateline or wire stamp gives, else None (none, or two that differ)."""
    lines = [line for line in text.splitlines() if line.strip()]
    found = {day for line in lines[:_HEAD_LINES] if (day := _head_date(line)) is not None}
    found |= {day for line in lines[-_FOOT_LINES:] if (day := _stamp_date(line)) is not None}
    return found.pop() if len(found) == 1 else None


def _head_date(line: str) -> date | None:
    match = _WRITTEN_ALONE.match(line) or _WRITTEN_HEAD.match(line)
    return parse_date(match["date"]) if match else _stamp_date(line)


def _stamp_date(line: str) -> date | None:
    match = _STAMP.match(line)
    if match is None:
        return None
    year = int(match["y"])
    year += 2000 if year < 100 else 0
    try:
        return date(year, int(match["m"]), int(match["d"]))
    except ValueError:
        return None


def ended_by(facts: list[StoredFact], written: date | None) -> list[StoredFact]:
    """The figures of periods ended (balances of days) no later than ``written``; all with no
    date. What a filing states about itself (its fiscal year's naming) is kept: it teaches how
    the filer names its years, not a figure the story quotes."""
    if written is None:
        return facts
    return [sf for sf in facts if sf.fact.period_end is None or sf.fact.period_end <= written
            or sf.fact.metric == FISCAL_YEAR_NAMED]
