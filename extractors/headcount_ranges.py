"""A 10-K's part-time headcount stated as a range: "We have approximately 8,000 full-time
salaried and hourly associates and between 13,000 and 18,000 part-time, hourly associates
worldwide, depending on the time of year" (a video-game retailer's FY2023 10-K, Item 1's human
capital). A seasonal workforce is stated by its two ends, each a fact of its own
(``part_time_employees_low`` and ``_high``, the registry's ``part_time_employees`` range), on the
day the sentence names ("As of <day>, ...") or, undated, the fiscal year end its 10-K's cover
reports. Strict by design: "between A and B" right before "part-time" and the employees' noun.

The same sentence's full-time headcount ("approximately 8,000 full-time salaried and hourly
associates"; a SaaS 10-Q's "As of June 30, 2025, we had 8,723 full-time employees") is
``full_time_employees``, dated the same way: a count the verb right before it says the company
has or employs, whose words up to the employees' noun say no more than salaried or hourly (a
function's or a place's full-time staff is a part of it, never read), and the filer's whole:
another party's ("our joint venture had ...") or a part's ("... employees in our <name>
segment") is none.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.dates import WRITTEN_DATE_RE, parse_date
from core.facts import Fact, Source
from core.rows_counts import EMPLOYEE_NOUNS
from extractors.anchored import AnchoredPattern
from extractors.count_prose import narrows
from extractors.document import Document
from extractors.fiscal_calendar import cover_fiscal_end

EXTRACTOR = "headcount_ranges"
EXTRACTOR_VERSION = "1.1"

_NUMBER = r"\d{1,3}(?:,\d{3})+"
_RANGE = re.compile(rf"\bbetween\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})\s+"
                    rf"part[-\s]time\b[\w\s,-]{{0,30}}?\b(?:{EMPLOYEE_NOUNS})\b", re.I)
# every match opens on "between": tried only where the word stands (a case-blind finditer
# over a whole 10-K's text was most of this reader's time)
_RANGES = AnchoredPattern(anchors=(b"between",), patterns=(_RANGE,))
# "We have approximately 8,000 full-time", "the Company employed 3,735 full-time": the verb and
# the count right before "full-time" (found by str.find: a case-blind scan of a whole 10-K for
# the verbs would try every "have" in it); the filer's "approximately" is its own rounding, a
# bound ("more than") no count. Never "full-time equivalent": a bank's average staffing.
_FULL_TIME_BEFORE = re.compile(r"\b(?:have|had|has|employ|employs|employed)\s+(?:(?:approximately|"
                               r"about|nearly)\s+)?(?P<number>\d{1,3}(?:,\d{3})+|\d{1,3})\s+$",
                               re.I)
_FULL_TIME = re.compile(rf"full[-\s]time(?:[\s,]+(?:salaried|hourly|and|or|permanent))*[\s,]+"
                        rf"(?:{EMPLOYEE_NOUNS})\b", re.I)
# who has the staff: the filer ("we have", "the Company employed", "our subsidiaries employ"),
# never another party ("our joint venture had 800 full-time employees")
_FILER_BEFORE = re.compile(r"(?:\b(?:we|it|company|corporation|registrant|subsidiaries)|^)[\s,]*$",
                           re.I)
# the sentence's own day: "As of February 3, 2024, we had ..."
_DAY = re.compile(rf"\b(?:as\s+of|at)\s+(?P<date>{WRITTEN_DATE_RE})", re.I)


def extract_headcount_ranges(doc: Document) -> list[Fact]:
    """The two ends of each part-time headcount range a 10-K states, and its full-time
    headcount (none twice: the first statement stands, Item 1's before any repeat)."""
    text = doc.text
    facts: dict[str, Fact] = {}
    if "part-time" in text or "part time" in text:
        for said in doc.index.scan(_RANGES):
            day = _day(doc, said.start())
            for end in ("low", "high"):
                if day is not None:
                    _keep(facts, doc, f"part_time_employees_{end}", day, said.span(),
                          said.group(end))
    for span, number in _full_time_counts(text):
        if (day := _day(doc, span[0])) is not None:
            _keep(facts, doc, "full_time_employees", day, span, number)
    return list(facts.values())


def _full_time_counts(text: str) -> list[tuple[tuple[int, int], str]]:
    """(the span from the verb to the employees' noun, the count) of each full-time headcount."""
    found = []
    for literal in ("full-time", "full time"):
        at = text.find(literal)
        while at >= 0:
            named = _FULL_TIME.match(text, at)
            count = _FULL_TIME_BEFORE.search(text, max(0, at - 60), at)
            if named is not None and count is not None and _the_filers_whole(text, count,
                                                                              named.end()):
                found.append(((count.start(), named.end()), count.group("number")))
            at = text.find(literal, at + 1)
    return sorted(found)


def _the_filers_whole(text: str, count: re.Match, end: int) -> bool:
    """Whether the full-time headcount read is the filer's whole one: the filer has it, and
    the words after its noun narrow it to no part ("... employees in our <name> segment")."""
    return (_FILER_BEFORE.search(text, max(0, count.start() - 40), count.start()) is not None
            and not narrows(text[end:end + 60]))


def _day(doc: Document, at: int):
    """The sentence's own day, else (a 10-K) the fiscal year end its cover reports."""
    return _sentence_day(doc.text, at) or (
        cover_fiscal_end(doc.text) if (doc.form or "").startswith("10-K") else None)


def _keep(facts: dict[str, Fact], doc: Document, metric: str, day, span: tuple[int, int],
          number: str) -> None:
    if metric in facts:
        return
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    span=span, text=" ".join(doc.text[span[0]:span[1]].split())[:200])
    facts[metric] = Fact(metric=metric, value=Decimal(number.replace(",", "")), unit="count",
                         period_start=None, period_end=day, entity=None, basis=None, decimals=0,
                         sources=(source,))


def _sentence_day(text: str, at: int):
    """The day the range's own sentence names, if any."""
    start = max(text.rfind(". ", 0, at), at - 300, 0)
    found = _DAY.search(text, start, at)
    return parse_date(found.group("date")) if found else None
