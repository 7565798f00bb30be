"""A revenue line's growth in constant currency, printed in a change column of its own.

A 10-Q's MD&A prints each revenue line with its two quarters' amounts and, between them, two
percent changes under one "Percent Change" header: "Actual" and "Constant" (a database
maker's 10-Q: "Cloud license and on-premise license | 809 | -10% | -11% | 904"). The second is
the line's growth in constant currency, the figure an article quotes as "an 11% decrease at
constant exchange rates": read as the filer's stated rate of that basis
(``revenue_growth_constant_currency``, core/rows_comparable.py) of the line.

Read only where a row pins itself to a revenue line the document's statements already read:
its label is that line's name (the company's "Total revenues", or a part's) and both its
amounts are that line's two quarters, in the millions the table states. A region's row inside
one business's table ("Americas" of the cloud business alone) holds other amounts than the
company's region, and an expense's row names no revenue line: neither is read.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.dates import YEAR_BACK_DAYS
from core.facts import Fact, Source
from extractors.document import Document
from extractors.segment_highlights import own_quarter

EXTRACTOR = "constant_columns"
EXTRACTOR_VERSION = "1"
METRIC = "revenue_growth_constant_currency"

# the header's words: the change columns, the quarter, the scale
_HEADER = (b"percent change", b"actual", b"constant", b"three months ended",
           b"dollars in millions")
_FOOTNOTE = re.compile(r"\s*\(\d\)\s*$")
_TOTAL = re.compile(r"^total\s+revenues?$", re.I)
_MILLION = Decimal(1_000_000)


def extract_constant_columns(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The constant-currency growth of each revenue line a "Percent Change: Actual, Constant"
    table prints (``facts``: the document's readings so far, which name and date its lines)."""
    if not (doc.form or "").upper().startswith("10-Q"):
        return []
    own = own_quarter(facts)
    if own is None:
        return []
    year_ago = _year_ago(own, facts)
    lines = {(f.entity, f.period_start, f.period_end): f.value for f in facts
             if f.metric == "revenue" and f.unit == "USD"}
    found: dict[tuple, Fact] = {}
    for index, table in enumerate(doc.tables):
        text = doc.table_text(table)
        if not all(word in text for word in _HEADER):
            continue
        for row in doc.table_rows(table):
            fact = _read_row(row, index, lines, own, year_ago, doc.name)
            if fact is not None:
                found.setdefault((fact.entity, fact.value), fact)
    return list(found.values())


def _year_ago(own: tuple[date, date], facts: list[Fact]) -> tuple[date, date] | None:
    """The company's revenue quarter that ends about a year before the own quarter."""
    return next(((f.period_start, f.period_end) for f in facts
                 if f.metric == "revenue" and f.entity is None and f.period_start
                 and f.period_end and (own[1] - f.period_end).days in YEAR_BACK_DAYS
                 and (f.period_end - f.period_start).days < 100), None)


def _read_row(row, index: int, lines: dict, own: tuple[date, date],
              year_ago: tuple[date, date] | None, document: str) -> Fact | None:
    values = row.values
    if year_ago is None or len(values) != 4 or not all(
            v.text.strip().endswith("%") for v in values[1:3]) or any(
            v.text.strip().endswith("%") for v in (values[0], values[3])):
        return None
    label = _FOOTNOTE.sub("", row.label).strip()
    entity = None if _TOTAL.match(label) else label
    later, earlier = (values[0].number.value * _MILLION, values[3].number.value * _MILLION)
    named = [e for (e, start, end) in lines if (start, end) == own and (
        e == entity if entity is None else e is not None and e.lower() == entity.lower())]
    for name in named:
        if lines.get((name, *own)) == later and lines.get((name, *year_ago)) == earlier:
            rate = values[2]
            return Fact(metric=METRIC, value=rate.number.value, unit="percent",
                        period_start=own[0], period_end=own[1], entity=name,
                        decimals=0, sources=(Source(document, EXTRACTOR, EXTRACTOR_VERSION,
                                                    table=index, row=row.label,
                                                    column="Constant", text=rate.text),))
    return None
