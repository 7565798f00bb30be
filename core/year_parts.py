"""Parts of a year that prose names without dates: "the first half of 2025", "the last three
months of 2021", and the shorthand "H1 2025", "6M 2025", "9M24". Each finder yields (periods,
span, months) for ``core.period_phrases`` to make its phrase of."""

from __future__ import annotations

import re
from datetime import date

from core.dates import derive_start, month_end

_FIRST_PART = re.compile(r"\b(?:the\s+)?(?P<which>first|last|final|closing)\s+"
                         r"(?P<part>half|six\s+months|"
                         r"nine\s+months|three\s+months|two\s+quarters|three\s+quarters|"
                         r"quarter)\s+of\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_PART_MONTHS = {"half": 6, "six months": 6, "nine months": 9, "three months": 3,
                "two quarters": 6, "three quarters": 9, "quarter": 3}


def first_parts(text: str):
    """'the first half of 2025', 'the first nine months of 2018': months from January; 'the
    last three months of 2021', 'the final quarter of 2021': months to December."""
    for match in _FIRST_PART.finditer(text):
        months = _PART_MONTHS[" ".join(match.group("part").lower().split())]
        year = int(match.group("y"))
        if match.group("which").lower() == "first":
            end = month_end(date(year, months, 1))
            yield ((date(year, 1, 1), end),), match.span(), months
        elif months in (3, 6):
            end = date(year, 12, 31)
            yield ((derive_start(end, months), end),), match.span(), months


# The part of a year in a label's shorthand: "H1 2025", "1H25", "H2'24", "6M 2025", "9M24" (a
# machine summary of a railroad's half-year: "$118 million for 6M 2025 vs $92 million for 6M
# 2024"). Calendar months as "the first half of 2025" reads them; never "3M" (a company's name).
PART_LABEL = re.compile(r"\b(?:H(?P<h>[12])|(?P<hh>[12])H|(?P<m>[69])M)(?:\s?'?(?P<y>(?:19|20)\d\d)"
                        r"|'?(?P<yy>\d\d))\b")


def part_labels(text: str):
    for match in PART_LABEL.finditer(text):
        year = int(match.group("y") or 2000 + int(match.group("yy")))
        half = match.group("h") or match.group("hh")
        months = 6 if half else int(match.group("m"))
        if half == "2":
            end = date(year, 12, 31)
            yield ((derive_start(end, months), end),), match.span(), months
        else:
            yield ((date(year, 1, 1), month_end(date(year, months, 1))),), match.span(), months
