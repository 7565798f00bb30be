"""A 10-K's part-time headcount stated as a range: "We have approximately 8,000 full-time
salaried and hourly associates and between 13,000 and 18,000 part-time, hourly associates
worldwide, depending on the time of year" (a video-game retailer's FY2023 10-K, Item 1's human
capital). A seasonal workforce is stated by its two ends, each a fact of its own
(``part_time_employees_low`` and ``_high``, the registry's ``part_time_employees`` range), on the
day the sentence names ("As of <day>, ...") or, undated, the fiscal year end its 10-K's cover
reports. Strict by design: "between A and B" right before "part-time" and the employees' noun.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.dates import WRITTEN_DATE_RE, parse_date
from core.facts import Fact, Source
from core.rows_counts import EMPLOYEE_NOUNS
from extractors.anchored import AnchoredPattern
from extractors.document import Document
from extractors.fiscal_calendar import cover_fiscal_end

EXTRACTOR = "headcount_ranges"
EXTRACTOR_VERSION = "1.0"

_NUMBER = r"\d{1,3}(?:,\d{3})+"
_RANGE = re.compile(rf"\bbetween\s+(?P<low>{_NUMBER})\s+and\s+(?P<high>{_NUMBER})\s+"
                    rf"part[-\s]time\b[\w\s,-]{{0,30}}?\b(?:{EMPLOYEE_NOUNS})\b", re.I)
# every match opens on "between": tried only where the word stands (a case-blind finditer
# over a whole 10-K's text was most of this reader's time)
_RANGES = AnchoredPattern(anchors=(b"between",), patterns=(_RANGE,))
# the sentence's own day: "As of February 3, 2024, we had ..."
_DAY = re.compile(rf"\b(?:as\s+of|at)\s+(?P<date>{WRITTEN_DATE_RE})", re.I)


def extract_headcount_ranges(doc: Document) -> list[Fact]:
    """The two ends of each part-time headcount range a 10-K states (none twice)."""
    text = doc.text
    if "part-time" not in text and "part time" not in text:
        return []
    facts: dict[str, Fact] = {}
    for said in doc.index.scan(_RANGES):
        day = _sentence_day(text, said.start()) or (
            cover_fiscal_end(text) if (doc.form or "").startswith("10-K") else None)
        if day is None:
            continue
        for end in ("low", "high"):
            metric = f"part_time_employees_{end}"
            if metric in facts:
                continue  # the first statement stands (Item 1's, before any repeat)
            source = Source(document=doc.name, extractor=EXTRACTOR,
                            extractor_version=EXTRACTOR_VERSION, span=said.span(),
                            text=" ".join(said.group(0).split())[:200])
            facts[metric] = Fact(metric=metric, value=Decimal(said.group(end).replace(",", "")),
                                 unit="count", period_start=None, period_end=day, entity=None,
                                 basis=None, decimals=0, sources=(source,))
    return list(facts.values())


def _sentence_day(text: str, at: int):
    """The day the range's own sentence names, if any."""
    start = max(text.rfind(". ", 0, at), at - 300, 0)
    found = _DAY.search(text, start, at)
    return parse_date(found.group("date")) if found else None
