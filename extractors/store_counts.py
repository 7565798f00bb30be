"""A retailer's store roll-forward: the stores at two days and those opened and closed between.

GameStop's FY2023 10-K (MD&A) prints its stores by segment as "January 28, 2023 | Openings |
Disposals | February 3, 2024", one row per segment ("United States 2,949 35 (69) 2,915") and
a "Total Stores" row (4,413 43 (287) 4,169). Such a table is read only when its header names
two days, the days around an openings column and a closures column, and every row adds up
(start + opened - closed = end, closures printed as a deduction or not): then each row states
``stores`` on both days; the row whose label says "Total" is the company's, the others its
parts (entity = the row's label, basis "segment"); the company's ``store_openings`` and
``store_closures`` are read over the days between. A table whose rows do not all add up is not read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from core.dates import WRITTEN_DATE_RE, parse_date
from core.facts import Fact, Source
from extractors.document import Document

EXTRACTOR = "store_counts"
EXTRACTOR_VERSION = "1.0"

_OPENED = re.compile(r"^(?:store\s+)?(?:openings|opened|new(?:\s+stores)?)$", re.I)
_CLOSED = re.compile(r"^(?:store\s+)?(?:closures|closings|closed|disposals)$", re.I)
_DAY = re.compile(rf"^(?:as\s+of\s+)?(?:{WRITTEN_DATE_RE})$", re.I)
_TOTAL = re.compile(r"^total\b", re.I)
_COUNTED = re.compile(r"\bstores?\b", re.I)  # the table counts stores: a label or header says so
_FOOTNOTE = re.compile(r"\s*(?:\(\s*[\da-z]\s*\)|\*+)$")


def extract_store_counts(doc: Document) -> list[Fact]:
    """Every store roll-forward table's counts (see the module)."""
    # The tables that may count stores first, then the text's word: its scans of the whole
    # text (two literals, a millisecond a megabyte) cost more than these tests of the tables'
    # texts, which the statement readers serialised already (``Document.table_text``), and
    # most documents have no such table (2 of the bench's 22 largest); either test failing
    # gives nothing, in either order.
    found = [(index, table) for index, table in enumerate(doc.tables)
             if index not in doc.single_row_tables and _may_count_stores(doc.table_text(table))]
    if not found or not (_says(doc, "openings") or _says(doc, "opened")):
        return []
    facts: list[Fact] = []
    for index, table in found:
        facts += _read(doc, index, doc.table_rows(table))
    return facts


def _may_count_stores(text: bytes) -> bool:
    return b"store" in text and re.search(rb"openings|opened|new", text) is not None


def _says(doc: Document, word: str) -> bool:
    """``word in doc.text.lower()`` (an ASCII word), without lowering a 1 MB text: its
    places in the folded copy the index keeps (``anchored.ascii_folded``: every run of
    characters that lowers to the word stands there as it, plus a few that only fold to it,
    a dotless i's), each checked in the text."""
    size = len(word)
    return any(doc.text[at:at + size].lower() == word for at in doc.index.hits(word.encode()))


def _read(doc: Document, index: int, rows: list) -> list[Fact]:
    header = next((r for r in rows if not r.values and _columns(r) is not None), None)
    if header is None:
        return []
    start, end = _columns(header)
    body = [r for r in rows if r.values]
    if len(body) < 2 or not _TOTAL.match(body[-1].label.strip()) or not any(
            _COUNTED.search(r.label) for r in body):
        return []
    read = [_row_counts(r) for r in body]
    if any(counts is None for counts in read):
        return []
    parts = read[:-1]
    total = read[-1]
    if any(sum(p[i] for p in parts) != total[i] for i in range(4)):
        return []  # the parts do not add up to the total: not a roll-forward we can trust
    out: list[Fact] = []
    for row, counts in zip(body, read, strict=True):
        entity = None if row is body[-1] else _FOOTNOTE.sub("", " ".join(row.label.split()))
        out += _facts(doc, index, row, counts, start, end, entity)
    return out


def _columns(row) -> tuple[date, date] | None:
    """(start day, end day) of a header "<day> | Openings | Closures | <day>"."""
    cells = [row.label, *(c.text for c in row.cells)] if row.label else [c.text for c in row.cells]
    texts = [" ".join(t.split()) for t in cells if t and t.strip()]
    if len(texts) != 4 or not (_OPENED.match(texts[1]) and _CLOSED.match(texts[2])):
        return None
    if not (_DAY.match(texts[0]) and _DAY.match(texts[3])):
        return None
    start, end = parse_date(texts[0]), parse_date(texts[3])
    if start is None or end is None or not 300 <= (end - start).days <= 380:
        return None
    return start, end


def _row_counts(row) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """(start, opened, closed, end) of a row that adds up; None otherwise."""
    numbers = [v.number for v in row.values if v.number is not None and not v.number.is_nil]
    dashes = [v for v in row.values if v.number is not None and v.number.is_nil]
    if len(numbers) + len(dashes) != 4:
        return None
    values = [Decimal(0) if v.number.is_nil else v.number.value for v in row.values][:4]
    if any(v != v.to_integral_value() for v in values):
        return None
    first, opened, closed, last = (abs(v) for v in values)
    if first + opened - closed != last:
        return None
    return first, opened, closed, last


def _facts(doc: Document, index: int, row, counts, start: date, end: date,
           entity: str | None) -> list[Fact]:
    first, opened, closed, last = counts
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    table=index, row=row.label, column=None,
                    text=" ".join(v.text for v in row.values))
    basis = "segment" if entity else None
    after = start + timedelta(days=1)
    counts = [("stores", first, None, start), ("stores", last, None, end)]
    if entity is None:  # openings and closures are the company's (core.rows_counts)
        counts += [("store_openings", opened, after, end), ("store_closures", closed, after, end)]
    return [Fact(metric=metric, value=value.quantize(Decimal(1)), unit="count",
                 period_start=period_start, period_end=period_end, entity=entity, basis=basis,
                 decimals=0, sources=(source,))
            for metric, value, period_start, period_end in counts]
