"""A metric's totals from a table whose title names it and whose last row is a bare "Total".

Filers print a metric broken down in a small table titled by the sentence or the heading just
before it: a footnote "(1) Includes stock-based compensation expense as follows:" above the
expense lines and a "Total" per quarter (in a 10-K, often the only place a quarter's
stock-based compensation is stated), "The Company recorded the total stock-based
compensation expense as follows (in thousands):"; an MD&A heading "Cash and Cash Equivalents
and Short-term Investments" above its two balance-sheet lines and their "Total". The title names
the metric when, its framing words aside ("includes", "as follows", a footnote mark, a page's
running foot), it is a heading the registry row accepts over a bare "Total" (the row's
``SectionLabel(("total",), ...)``, the same knowledge that reads such a "Total" inside a
statement). Knowledge is data: a metric is read this way by giving its row that section label.

A table is read only when its last row is its one bare "Total" and, in each column read, the
rows above add up to it; each column is dated by its own header (a full date: a balance on
that day, any other figure over the period the header states), and scaled by the caption or
the text before the table. Such a reading ranks below a statement's and a tag's
(``core.readings``): where they disagree, theirs is the figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact, Source
from core.metrics import all_metrics, find_metric, projection
from extractors.document import Document
from extractors.periods import Period, parse_header_period
from extractors.statement_kinds import instant_period
from extractors.statements import match_label
from extractors.table_columns import column_header, header_cells
from extractors.table_context import table_scale
from extractors.table_model import Row, label_column_end

EXTRACTOR = "titled_tables"
EXTRACTOR_VERSION = "1.0"

# The statements whose rows may be titled so (their label tables hold the section labels)
_STATEMENTS = ("cash_flow", "balance")
# Framing words around a title that names the metric, as data: what opens it ...
_OPENERS = (r"\(\s*[\da-z]{1,2}\s*\)",  # a footnote mark: "(1)Includes ..."
            r"(?:it\s+|this\s+)?includes?", r"(?:the\s+company|we)\s+recorded(?:\s+the)?",
            r"(?:a\s+)?summary\s+of")
# ... and what closes it: "as follows", "was as follows", a scale, a colon, and a page's
# running foot the text walk puts between a footnote and its table ("76 Table of Contents")
_CLOSERS = (r"\d{1,3}\s+table\s+of\s+contents", r":", r"\((?:[\w,]+\s+)*in\s+\w+\)",
            r"(?:(?:is|was|were)\s+)?as\s+follows")
_OPENER = re.compile(r"(?:" + "|".join(_OPENERS) + r")", re.I)
_OPENING = re.compile(r"^(?:\s*(?:" + "|".join(_OPENERS) + r"))*\s*", re.I)
_CLOSING = re.compile(r"(?:\s*(?:" + "|".join(_CLOSERS) + r"))+\s*$", re.I)
_TOTAL = re.compile(r"^\s*total\s*:?\s*$", re.I)
_LETTER = re.compile(rb"[a-z]")
_TITLE_CHARS = 300  # the text before the table whose last sentence may title it


def extract_titled_totals(doc: Document) -> list[Fact]:
    """Every total of a registry metric that a table titled by that metric states."""
    found: list[Fact] = []
    for index, table in enumerate(doc.tables):
        if index in doc.single_row_tables or not _ends_with_total(doc.table_text(table)):
            continue  # its text does not end on a "Total" row: no grid, no text before it
        # the title first: most tables with a "Total" have none that names a metric, and their
        # grids are never built
        before = doc.preceding_text(table, _TITLE_CHARS)
        lower = before.lower()  # once, not once per word
        if not any(word in lower for word in _title_words()):
            continue  # no title names a metric read so (a cheap test before the patterns)
        metric = titled_metric(_titles(before))
        if metric is None:
            continue
        rows = doc.table_rows(table)
        if rows and _TOTAL.match(rows[-1].label) and rows[-1].values:
            captions = [row.label for row in rows if not row.values and row.label]
            found += _read(doc, table, index, rows, metric, captions)
    return found


@projection
def _title_words() -> tuple[str, ...]:
    """The label words of the rows a title may name, one of which every such title holds."""
    return tuple(dict.fromkeys(word for row in all_metrics() if row.statement in _STATEMENTS
                               and any("total" in rule.labels for rule in row.section_labels)
                               for word in row.label_words))


def _ends_with_total(text: bytes) -> bool:
    """The cheap test on a table's lower-case text: its last word is "total" (figures, dashes
    and spacers may follow)."""
    at = text.rfind(b"total")
    return at >= 0 and not text[at - 1:at].isalpha() and _LETTER.search(text, at + 5) is None


def _titles(text: str) -> list[str]:
    """What may title the table from the text before it: its last sentence, and each tail of
    it that an opener starts (a footnote's "(1)Includes ..." after the cells of the table
    above it; "The Company recorded ..." after a heading printed with no full stop)."""
    last = re.split(r"(?<=[.;])\s+(?=[A-Z(])", " ".join(text.split()))[-1]
    return [last] + [last[found.start():] for found in _OPENER.finditer(last)
                     if found.start()]


def titled_metric(titles: list[str]) -> str | None:
    """The one metric a title names over a bare "Total" (its framing words aside), if any."""
    named = set()
    for title in titles:
        bare = _CLOSING.sub("", _OPENING.sub("", title, count=1))
        for statement in _STATEMENTS:
            match = match_label("Total", bare, statement) if bare else None
            if match is not None:
                named.add(match.metric)
    return named.pop() if len(named) == 1 else None


def _read(doc: Document, table, index: int, rows: list[Row], metric: str,
          captions: list[str]) -> list[Fact]:
    label_end = label_column_end(rows)
    headers, parts = [], []
    for row in rows[:-1]:
        cells = header_cells(row, label_end, "balance")
        if cells is not None and not parts:
            headers.append(cells)
        elif row.values:
            parts.append(row)
    total = rows[-1]
    if len(parts) < 2:
        return []
    row = find_metric(metric)
    scale = table_scale(captions, table, doc) or 0
    out = []
    for value in total.values:
        period = _dated(column_header(value, headers), row.is_point)
        items = [_value_at(part, value) for part in parts]
        if (period is None or value.number is None or any(v is None for v in items)
                or sum(items) != value.number.value):
            continue  # undated, or its rows do not add up to it: not the total it says
        out.append(_fact(doc, index, metric, period, total, value, scale))
    return out


def _dated(column: str, is_point: bool) -> Period | None:
    """A column's own full date: the day of a balance, the period of any other figure."""
    if not column:
        return None
    if is_point:
        return instant_period(column)
    period = parse_header_period(column)
    return period if period is not None and period.start is not None else None


def _value_at(row: Row, column) -> Decimal | None:
    """The row's figure under the column (a dash is nil: zero), None when it prints none."""
    for value in row.values:
        if min(value.end, column.end) - max(value.start, column.start) > 0:
            if value.number is None:
                return None
            return Decimal(0) if value.number.is_nil else value.number.value
    return None


def _fact(doc: Document, index: int, metric: str, period: Period, total: Row, value,
          scale: int) -> Fact:
    number = value.number
    scaled = number.value.scaleb(scale)
    scaled = scaled.quantize(Decimal(1)) if scaled == scaled.to_integral_value() else scaled
    if find_metric(metric).is_magnitude:
        scaled = abs(scaled)  # a cost printed in parentheses is still a cost of that size
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    table=index, row=total.label, column=period_label(period), text=value.text)
    return Fact(metric=metric, value=scaled, unit="USD",
                period_start=period.start, period_end=period.end,
                decimals=number.decimals - scale, sources=(source,))


def period_label(period: Period) -> str:
    start = period.start.isoformat() if period.start else ""
    return f"{start}..{period.end.isoformat()}"
