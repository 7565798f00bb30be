"""How the report writes numbers, dates and links: exact Decimal formatting, never floats."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Any
from urllib.parse import urlparse

from core.dates import display_date
from core.scales import SCALE_WORDS
from pipeline.verify.tolerance import fmt  # THE grouped, exact formatter: '1,234,567', '62.0'

_SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"),
           (Decimal(10) ** 3, "K"))


def plain_decimal(value: Decimal | None) -> str | None:
    """The exact value as a plain string ('509991000', '62.0'): no exponent, nothing lost.

    The "f" format never uses an exponent (Decimal('5.1E+8') -> '510000000')."""
    if value is None:
        return None
    return format(value, "f")


def format_value(value: Decimal | None, unit: str | None) -> str:
    """The exact figure for a reader: '$509,991,000', '62.0%', '212,965,381 shares', '$185.00'."""
    if value is None:
        return ""
    sign = "-" if value < 0 else ""
    magnitude = fmt(abs(value))
    if unit == "USD":
        return f"{sign}${magnitude}"
    if unit == "USD/share":
        # a price reads as cents even when the filing wrote "$185"
        shown = abs(value) if _places(value) >= 2 else abs(value).quantize(Decimal("0.01"))
        return f"{sign}${fmt(shown)}"
    if unit == "percent":
        return f"{sign}{magnitude}%"
    if unit == "shares":
        return f"{sign}{magnitude} shares"
    if unit == "multiple":
        return f"{sign}{magnitude}×"
    if unit == "count":  # members, accounts, units shipped: a plain number
        return f"{sign}{magnitude}"
    return f"{sign}{magnitude}" + (f" {unit}" if unit else "")


def format_delta(delta: Decimal | None, unit: str | None) -> str:
    """The claim minus the filing, always signed: '+$9,000', '-1.0%', '0'."""
    if delta is None:
        return ""
    if delta == 0:
        return "0 (exact)"
    text = format_value(abs(delta), unit)
    if unit == "percent":
        text = text[:-1] + " pts"  # a difference of percentages is in percentage points
    return ("+" if delta > 0 else "-") + text


def short_value(value: Decimal, unit: str | None) -> str:
    """A compact chart label ('$510.0M', '62.0%', '237.6M'); the exact value is in the tooltip."""
    if unit == "percent":
        return f"{fmt(value.quantize(Decimal('0.1'), ROUND_HALF_EVEN))}%"
    prefix = "$" if unit in ("USD", "USD/share") else ""
    sign = "-" if value < 0 else ""
    for scale, suffix in _SCALES:
        if abs(value) >= scale:
            scaled = (abs(value) / scale).quantize(Decimal("0.1"), ROUND_HALF_EVEN)
            return f"{sign}{prefix}{fmt(scaled)}{suffix}"
    return f"{sign}{prefix}{fmt(abs(value))}"


def _places(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def to_date(value: Any) -> date | None:
    """A date from a date, datetime, pandas Timestamp, ISO string or None/NaT."""
    if value is None or value != value:  # NaN / NaT are not equal to themselves
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "date"):
        return value.date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def iso(value: Any) -> str | None:
    day = to_date(value)
    return day.isoformat() if day else None


def long_date(value: Any) -> str:
    day = to_date(value)
    return display_date(day) if day else ""


def filing_label(form: str | None, filed: Any) -> str:
    """'424B4 filed 2026-05-14': every figure is traceable to a filing by form and date."""
    day = iso(filed)
    return f"{form or 'filing'} filed {day}" if day else f"{form or 'filing'} (filed date unknown)"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the report; anything else (javascript:, file paths) stays text."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


def place_text(e: Mapping[str, Any]) -> str:
    """Where a reader finds the evidence: 'table 3 · row “Revenue” · column “2025” · under
    “Results of Operations” · page 47'. Tables count from 1 here; a sentence is placed by
    its section and page, never by character offsets."""
    where = []
    if e.get("table_number") is not None:
        where.append(f"table {e['table_number']}")
        where += [f"row “{e['row']}”"] if e.get("row") else []
        where += [f"column “{e['column']}”"] if e.get("column") else []
    elif e.get("concept"):
        where.append(f"XBRL tag {e['concept']}")
    if e.get("section"):
        where.append(f"under “{e['section']}”")
    if e.get("page") and e["page"] != str(e.get("page_number")):
        where.append(f"page {e['page']}")  # the number printed at the foot of the page
    elif e.get("page_number"):
        where.append(f"page {e['page_number']} of {e['pages']}")
    return " · ".join(where)


def utc_text(stamp: str | None) -> str:
    """A stored UTC timestamp as `verify` prints it: '2026-08-20 09:00:00 UTC'."""
    return f"{str(stamp).replace('T', ' ')[:19]} UTC" if stamp else "?"


# The order problems are read in: what must be fixed first, then the rest in article order.
PROBLEM_RANK = {"drifted": 0, "stale": 1}
# How an article may scale a figure ("$290.3 million", "$1.2bn"): the word (core.scales).
_STATED = re.compile(
    r"(\d[\d,]*)(?:\.(\d+))?\s*(trillion|billion|million|thousand|bn|mn|[tbmk])?\b", re.I)


def is_footnote(verdict: str, unit: str | None) -> bool:
    """Dates, page counts and bare numbers: not figures a filing reports. Listed in a footnote,
    not among the claims (they are `not_checkable` with no unit)."""
    return verdict == "not_checkable" and unit is None


def problems_first(items: list, verdict_of, position_of) -> list:
    """Drifted, then stale, then the rest; each group in article order."""
    return sorted(items, key=lambda i: (PROBLEM_RANK.get(verdict_of(i), 2), position_of(i)))


def should_say(text: str, claimed: Decimal | None, filed: Decimal | None,
               unit: str | None) -> str | None:
    """What a drifted figure should read, written the way the article wrote it: its scale word
    and at least its decimals ("$501.0 million" -> "$510.0 million"; "44%" -> "39%"), one
    decimal more when the article's precision cannot tell the two apart."""
    if filed is None or unit is None:
        return None
    stated = _STATED.search(text or "")
    if stated is None:
        return format_value(filed, unit)
    word = stated.group(3) or ""
    scale = Decimal(10) ** SCALE_WORDS.get(word.lower(), 0) if word else Decimal(1)
    places = len(stated.group(2) or "")
    value = abs(filed) / scale  # a loss the article writes as "$75.7 million" stays unsigned
    for extra in range(0, 4):
        rounded = value.quantize(Decimal(1).scaleb(-(places + extra)), ROUND_HALF_UP)
        if claimed is None or rounded * scale != abs(claimed):
            break
    sign = "-" if filed < 0 and claimed is not None and claimed < 0 else ""
    number = fmt(rounded)
    suffix = f" {word}" if word and len(word) > 2 else word
    if unit in ("USD", "USD/share"):
        return f"{sign}${number}{suffix}"
    if unit == "percent":
        return f"{sign}{number}%"
    if unit == "shares":
        return f"{sign}{number}{suffix} shares"
    if unit == "multiple":
        return f"{sign}{number} times" if "times" in (text or "").lower() else f"{sign}{number}×"
    return f"{sign}{number}{suffix}"


def filed_on(filed: Any) -> str:
    """'2026-05-04', or '(filed date unknown)' for a local file loaded without --filed."""
    day = iso(filed)
    return day if day else "(filed date unknown)"
