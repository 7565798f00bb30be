"""How the report writes numbers, dates and links: exact Decimal formatting, never floats."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any
from urllib.parse import urlparse

from core.dates import display_date
from pipeline.verify.match import fmt  # THE grouped, exact formatter: '1,234,567', '62.0'

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
    return f"{form or 'filing'} filed {day}" if day else (form or "filing")


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
