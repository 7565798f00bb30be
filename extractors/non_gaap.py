"""The items a non-GAAP reconciliation excludes, as the filer labels them.

A reconciliation table prints a GAAP line (diluted EPS, net income), then the items it adds
back or deducts, then the non-GAAP line that adjusts it (``Metric.non_gaap_of``): Macy's 10-K
FY2012 prints "Diluted earnings per share" 3.24, "Add back the impact of premium on early
retirement of debt" 0.21, "Add back the impact of impairments and store closing costs" 0.01,
then "Diluted earnings per share, excluding ..." 3.46. Each item row between the two becomes a
fact of ``non_gaap_adjustment`` (money) or ``non_gaap_adjustment_per_share`` whose entity is the
filer's own label for the item (the verbs "add back", "deduct" dropped) and whose basis is the
non-GAAP line it adjusts. Items are sizes: an article says "excluding a gain of $54 million",
whichever way the table signs it. Each item's column takes the period of the non-GAAP line's
figure above which it is printed, so no column is dated here that the table reader did not.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact, Source
from core.metrics import all_metrics, projection
from extractors.table_model import Row

EXTRACTOR = "tables"
MONEY_ITEM = "non_gaap_adjustment"
PER_SHARE_ITEM = "non_gaap_adjustment_per_share"

# The verbs of a reconciliation line, not the item's name ("Add back (deduct) impairments ...",
# "Less: gain on sale", "Deduct the impact of gain on sale of leases").
_VERBS = re.compile(r"^(?:(?:add(?:\s+back)?|deduct|less|plus|excluding|exclude)"
                    r"(?:\s*\((?:add|deduct|less)[^)]*\))?\s*:?\s+)+(?:the\s+impact\s+of\s+)?",
                    re.I)
_FOOTNOTE = re.compile(r"\s*\((?:\d{1,2}|\*+)\)\s*$|\s*\*+\s*$")


@projection
def _twins() -> dict[str, frozenset[str]]:
    """GAAP metric -> the non-GAAP rows that adjust it."""
    found: dict[str, set[str]] = {}
    for row in all_metrics():
        if row.non_gaap_of and row.statement == "income":
            found.setdefault(row.non_gaap_of, set()).add(row.name)
    return {gaap: frozenset(names) for gaap, names in found.items()}


def item_name(label: str) -> str | None:
    """The item a reconciliation line names, without its verb and footnote mark."""
    name = _FOOTNOTE.sub("", _VERBS.sub("", label.strip())).strip(" :,")
    return name or None


def reconciled_items(rows: list, readings: list, scale: int, index: int,
                     document: str) -> list[Fact]:
    """The item facts of one table the table reader read, given its rows
    (``Document.table_rows``) and readings (each with ``match``, ``row``, ``value``,
    ``column``, ``period``)."""
    twins = _twins()
    by_row: dict[int, list] = {}
    for reading in readings:
        by_row.setdefault(reading.row.index, []).append(reading)
    spans = []  # (the GAAP line's readings, the non-GAAP line's readings)
    order = sorted(by_row)
    for at, row_index in enumerate(order):
        line = by_row[row_index]
        gaap = next((by_row[i] for i in reversed(order[:at])
                     if line[0].match.metric in twins.get(by_row[i][0].match.metric, ())), None)
        if gaap is not None:
            spans.append((gaap, line))
    if not spans:
        return []
    facts: list[Fact] = []
    for gaap, target in spans:
        first, last = gaap[0].row.index, target[0].row.index
        items = [row for row in rows if first < row.index < last and row.values
                 and row.index not in by_row]
        for line in target:
            facts += _column_items(items, gaap, line, scale, index, document)
    return facts


def _overlapping(values: list, line) -> list:
    return [v for v in values if v.start < line.value.end and line.value.start < v.end]


def _column_items(items: list[Row], gaap: list, line, scale: int, index: int,
                  document: str) -> list[Fact]:
    """The items of one column, when the column adds up: the GAAP figure plus the items as
    printed (a deduction in parentheses) is the non-GAAP figure, within a unit of the last
    printed digit (per-share amounts are rounded one by one). GoPro's 10-Q summary prints its
    cash from operations between net income and adjusted EBITDA: no reconciliation, no item."""
    start = next((r for r in gaap if _overlapping([r.value], line)), None)
    if start is None or line.value.number is None or start.value.number is None:
        return []
    found = []
    total = start.value.number.value
    for row in items:
        cells = _overlapping(row.values, line)
        if len(cells) != 1 or "%" in cells[0].text or cells[0].number is None:
            return []  # a percent or an undated cell: not a column of amounts
        total += cells[0].number.value
        if cells[0].number.value != 0:
            found.append((row, cells[0]))
    unit = Decimal(1).scaleb(-max(line.value.number.decimals, 0))
    if abs(total - line.value.number.value) > unit:
        return []
    return [fact for row, cell in found
            if (fact := _item_fact(row, cell, line, scale, index, document))]


def _item_fact(row: Row, cell, line, scale: int, index: int, document: str) -> Fact | None:
    name = item_name(row.label)
    if name is None:
        return None
    per_share = line.match.per_share
    exponent = 0 if per_share else scale
    number = cell.number
    amount = abs(number.value.scaleb(exponent)) if exponent else abs(number.value)
    if amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    return Fact(
        PER_SHARE_ITEM if per_share else MONEY_ITEM, amount,
        "USD/share" if per_share else "USD", line.period.start, line.period.end,
        entity=name, basis=line.match.metric, decimals=number.decimals - exponent,
        sources=(Source(document=document, extractor=EXTRACTOR, extractor_version="1.0",
                        table=index, row=row.label, column=line.column, text=cell.text),))
