"""The items of a note table that breaks down one income-statement line.

Macy's 10-K FY2012, note 2: "Impairments, store closing costs and gain on sale of leases
consist of the following:", then rows "Impairments of properties held and used" 4 / 22 / 18,
"Gain on sale of leases" - / (54) / -, ... and an unlabelled total 5 / (25) / 25, the very
line the income statement prints (as (5) / 25 / (25), a deduction from operating income). An
article saying "excluding pre-tax gains of $54 million from the sale of store leases" names
that row; the MD&A's reconciliation only prints the bundle.

Each row becomes a pre-tax item fact (``non_gaap_adjustment``, the kind the reconciliation
reader ``extractors.non_gaap`` writes) only with proof on three counts: the lead-in ends with
the words of a line of an income statement read from the same document, followed by "consist
of the following"; the rows add up to the table's total in EVERY column; and the totals, in
order, are that line's figures (all of the same sign or all negated). A breakdown of accrued
liabilities or other assets names no income-statement line and never becomes an item; each
column takes the period the statement reader gave the line's figure, so nothing is dated here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact, Source
from extractors.non_gaap import MONEY_ITEM, item_name

EXTRACTOR = "tables"
_LEAD_IN = re.compile(r"\bconsists?\s+of\s+the\s+following\s*:?\s*$", re.I)
# How any text the lead-in ends ends, whitespace aside (``Document.tail_before``): a table
# whose text before it does not end so is passed over before that text is serialised (a table
# after a whole section in one element serialised all of it: most of this reader's time).
_LEAD_IN_END = re.compile(r"following:?$", re.I)
_LEAD_IN_TAIL = len("following:")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def breakdown_items(doc, income_tables: list) -> list[Fact]:
    """The item facts of every note table of ``doc`` that breaks down a line of one of
    ``income_tables`` (``StatementTable``s read as income statements)."""
    lines = [line for table in income_tables for line in _dated_lines(doc, table)]
    if not lines:
        return []
    facts: list[Fact] = []
    for index, table in enumerate(doc.tables):
        # three rows of figures at least (``_table_items``), each a <tr>: counted before the
        # text before the table is walked (the statement readers counted most already)
        if index in doc.single_row_tables or doc.row_count(table) < 3:
            continue
        if not _LEAD_IN_END.search(doc.tail_before(table, _LEAD_IN_TAIL)):
            continue
        before = doc.preceding_text(table, 300)
        lead = _LEAD_IN.search(before)
        if lead is None:
            continue
        subject = _words(before[:lead.start()])
        named = [line for line in lines
                 if subject[-len(line[0]):] == line[0] and len(line[0]) >= 2]
        if named:
            facts += _table_items(doc, table, index, named)
    return facts


def _dated_lines(doc, table) -> list[tuple[list[str], list, int]]:
    """(label words, [(figure, period)] in printed order, scale) of each row of an income
    table, its cells dated by the columns of the table's readings."""
    columns = {}
    for reading in table.readings:
        columns.setdefault((reading.value.start, reading.value.end), reading.period)
    found = []
    for row in doc.table_rows(doc.tables[table.index]):
        dated = []
        for value in row.values:
            periods = {p for (start, end), p in columns.items()
                       if start < value.end and value.start < end}
            if len(periods) != 1 or value.number is None or "%" in value.text:
                dated = []
                break
            dated.append((value.number.value, periods.pop()))
        if len(dated) >= 1 and len({p for _, p in dated}) == len(dated):
            found.append((_words(row.label), dated, table.scale or 0))
    return found


def _table_items(doc, table, index: int, lines: list) -> list[Fact]:
    rows = [row for row in doc.table_rows(table) if row.values]
    while rows and not rows[0].label.strip():  # the column heads ("2012", "2011")
        rows = rows[1:]
    if len(rows) < 3 or rows[-1].label.strip() not in ("", "Total", "total"):
        return []
    width = len(rows[-1].values)
    if any(len(row.values) != width or any(v.number is None or "%" in v.text
                                           for v in row.values) for row in rows):
        return []
    items, total = rows[:-1], [v.number.value for v in rows[-1].values]
    if any(not row.label.strip() for row in items):
        return []  # an unlabelled subtotal: not one level of items
    # the proof: the rows add up to the total in every column
    if any(sum(row.values[c].number.value for row in items) != total[c] for c in range(width)):
        return []
    for _label, dated, scale in lines:  # (not ``_words``: the module's function)
        figures = [value for value, _ in dated]
        if len(figures) == width and figures in (total, [-t for t in total]):
            return [fact for row in items for c in range(width)
                    if (fact := _item_fact(row, c, dated[c][1], scale, index, doc.name))]
    return []


def _item_fact(row, column: int, period, scale: int, index: int, document: str) -> Fact | None:
    name = item_name(row.label)
    number = row.values[column].number
    if name is None or number.value == 0:
        return None
    amount = abs(number.value.scaleb(scale)) if scale else abs(number.value)
    if amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    return Fact(MONEY_ITEM, amount, "USD", period.start, period.end, entity=name,
                decimals=number.decimals - scale,
                sources=(Source(document=document, extractor=EXTRACTOR, extractor_version="1.0",
                                table=index, row=row.label,
                                column=str(period.end), text=row.values[column].text),))
