"""Revenue and operating income by segment, product or region from tables, for filings and
releases with no dimensional XBRL (pre-2019 10-Ks, 10-Qs and earnings releases).

A table is read only when its arithmetic proves what its rows are: a block of labelled rows
(subtotals allowed: EA's "Total Digital" over its four digital lines) ends in a total line
("Net revenue", "Total revenues", "Consolidated") whose every period column equals the sum of
the block's top-level rows AND the company's revenue (or operating income) that the
statements of the same document state for that period. A table whose parts add up to
anything else (a bank's line of business, a segment's own costs, a percentage table) gives
nothing. Each row's label is the part's name as the filer spells it (``Fact.entity``); the
basis is ``segment``, ``geography`` or ``product`` as the table's heading says. The
arithmetic that proves a block, and each part's name, is ``extractors.segment_sums``'s.

A part whose figure the document prints in another table headed by its name is read there too
(``extractors.segment_headed``; Microsoft's FY2013 10-K: the segment note prints Windows
Division revenue 18,680 while the MD&A's "Windows Division" table prints 19,239 on another
basis): where the two differ, the figure is disputed, and a growth rate is recomputed within
one table. A key metric over a period that a table totals under its title (Union Pacific's
"Revenue carloads", U.S. Bancorp's "AVERAGE LOANS") is read by its parts the same way, the
company's figure its total; a line without "Total" that sums the rows above it is a subtotal.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import cached_property

from lxml import etree

from core.facts import Fact, Source
from extractors.column_periods import YEAR_CELL
from extractors.count_parts import extract_count_parts
from extractors.document import Document
from extractors.kpi import count_scale, flow_metric, is_kpi_flow, is_period_count
from extractors.segment_sections import may_hold_sections, sectioned_parts
from extractors.segment_sums import checked_parts, distinct_names, part_name
from extractors.table_context import table_heading, table_scale
from extractors.table_model import Row, label_column_end, may_wrap
from extractors.tables import TableContext, column_header, header_cells
from extractors.word_trie import any_word
from extractors.xbrl_segments import folded_name

EXTRACTOR = "segment_tables"
EXTRACTOR_VERSION = "1.0"

# The total line of a block, by the metric it totals (matched whole, lower case).
_TOTALS = (
    ("revenue", re.compile(r"(?:total\s+)?(?:net\s+)?(?:revenues?|sales)(?:,\s*net)?|"
                           r"total\s+(?:net\s+)?(?:operating\s+)?revenues?|consolidated|total")),
    ("operating_income", re.compile(r"(?:total\s+)?operating\s+income(?:\s*\(loss\))?|"
                                    r"consolidated|total")),
    ("net_income", re.compile(r"(?:total\s+)?net\s+income(?:\s*/?\s*\(loss\))?|"
                              r"consolidated|total")),
)
# A section row or heading naming the metric the block's rows are parts of.
_SECTION_METRIC = (
    ("operating_income", re.compile(r"operating\s+(?:income|profit|loss)", re.I)),
    ("net_income", re.compile(r"\bnet\s+income\b", re.I)),
    ("revenue", re.compile(r"revenues?|net\s+sales|\bsales\b", re.I)),
)
# What the table is about: the words of its heading that say what its rows are.
_BASES = (
    ("geography", re.compile(r"geograph|\bregion|\bcountr", re.I)),
    ("segment", re.compile(r"\bsegments?\b|\bdivisions?\b|\breportable\b", re.I)),
    ("product", re.compile(r"\bproducts?\b|\bcomposition\b|\bservices?\b|\bcategor|"
                           r"\bby\s+(?:type|source|channel|platform)|\bline", re.I)),
)
# A section row that says its rows are segments, whatever the table's heading says (a bank's
# supplement: "LINE OF BUSINESS NET INCOME/(LOSS)" under "CONSOLIDATED FINANCIAL HIGHLIGHTS")
_SECTION_SEGMENTS = re.compile(r"\blines?\s+of\s+business\b|\bsegments?\b", re.I)
_SCALE_CAPTION = re.compile(r"^\(\s*(?:\$|dollars|amounts)?\s*in\s+(?:thousands|millions|billions)",
                            re.I)


def extract_segment_tables(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The parts' figures of every table that proves them, given the document's other facts
    (its statements' revenue and operating income, which each table's total must equal)."""
    counted = extract_count_parts(doc)  # "At <day>, we operated 838 warehouses:" and a table
    stated = _stated_totals(facts)
    if not any(metric in ("revenue", "operating_income") for metric, _, _ in stated):
        # a 10-K whose statements are an exhibit not loaded: only a table whose own sums prove
        # (its parent-only schedule may state the company's net income, never its revenue)
        from extractors.segment_labelled import labelled_only

        return counted + labelled_only(doc, doc.table_context)
    context = doc.table_context  # shared with the statement reader
    printed = _printed_totals(stated)
    # without a key metric's total stated, only a total line can close a block that proves
    flows = any(is_kpi_flow(metric) for metric, _, _ in stated)
    found: list[Fact] = []
    for index, table in enumerate(doc.tables):
        if index in doc.single_row_tables or not _may_hold_parts(doc, table, printed):
            continue
        if not flows and not _may_hold_total_line(doc, table):
            continue  # no block can close: its grid is not built
        found += _read_table(doc, table, index, context, stated)
    from extractors.segment_headed import with_headed_tables

    return counted + with_headed_tables(doc, found, context)


def _may_hold_total_line(doc: Document, table) -> bool:
    """False only when no row of the table's grid can be a total line (``_is_total_line``):
    then a block closes only at a key metric's titled total (``flow_metric``), which proves
    nothing unless the document states that metric. Read from the row labels alone (a cell
    per row, ``row_labels``): a label the grid would glue ($, "(") or join to the one above
    ("Total net" over "revenues", ``table_model.may_wrap``; a dash-led "– diluted" under a
    dashed label) is tried whole or answers yes; of a table with hidden cells, the labels its
    grid shows (``row_labels`` given the hidden elements)."""
    above = None
    for label in doc.row_labels(table, shown=True):
        if label is None or label[:1] in _DASHES:
            return True
        if _is_total_line(label) or above is not None and may_wrap(above, label) \
                and _is_total_line(f"{above} {label}"):
            return True
        above = label
    return False


_DASHES = "–—-"  # what opens a label ``table_model.join_wrapped_labels`` joins to a stem


def _stated_totals(facts: list[Fact]) -> dict[tuple, set[Decimal]]:
    stated: dict[tuple, set[Decimal]] = {}
    for fact in facts:
        if (fact.metric in ("revenue", "operating_income", "net_income") and fact.unit == "USD"
                or is_kpi_flow(fact.metric)) and fact.entity is None \
                and fact.basis is None and not fact.is_conflict:
            stated.setdefault((fact.metric, fact.period_start, fact.period_end),
                              set()).add(fact.value)
    # a figure the document states two ways proves nothing
    return {key: values for key, values in stated.items() if len(values) == 1}


def _printed_totals(stated: dict) -> re.Pattern:
    """The company's figures as a table would print them in units, thousands, millions or
    billions ("1,149" for 1,149,000,000): a table that prints none of them cannot total to one,
    and is dismissed before its grid is built (most tables of a 10-K). One pattern finds any
    of them: a 10-K states some forty, and forty ``in`` tests of every table's text cost
    twice one search (a figure opens with a digit, where sre tries the alternatives; as a
    trie, ``word_trie``, it tries each prefix once)."""
    out = set()
    for values in stated.values():
        value = abs(next(iter(values)))
        for scale in (0, 3, 6, 9):
            unit = Decimal(10) ** scale
            if value >= unit and value % unit == 0:
                out.add(f"{int(value / unit):,}".encode())
            elif scale >= 6 and value >= 100 * unit:
                # printed to a decimal ("2,567.3" in millions for 2,567,310 in thousands): its
                # whole units, which a segment note's sections are proven against
                out.add(f"{int(value / unit):,}.".encode())
    return any_word(sorted(out))  # its alternatives share their prefixes: a third faster


def _may_hold_parts(doc: Document, table: etree._Element, printed: re.Pattern) -> bool:
    """Four rows at least (``Document.row_count``), and one of the company's figures printed
    (in the table's text as every reader's pre-test shares it, ``Document.table_text``;
    figures have no case)."""
    if doc.row_count(table) < 4:
        return False
    return printed.search(doc.table_text(table)) is not None


def _read_table(doc: Document, table, index: int, context: TableContext,
                stated: dict) -> list[Fact]:
    rows = doc.table_rows(table)
    if len(rows) < 4:
        return []
    label_end = label_column_end(rows)
    headers, captions, blocks = _blocks(rows, label_end)
    if not headers:
        return []
    about = _About(doc, table, captions)
    out: list[Fact] = []
    for section, rows_of in blocks:
        out += _read_block(doc, table, index, context, stated, section, rows_of,
                           (headers, captions, about))
    if out or not may_hold_sections(blocks) or about.basis != "segment" or about.scale is None:
        return out
    # a segment note that gives each segment a section of its own
    scale = about.scale
    sections = sectioned_parts(blocks, lambda block: _columns(block, headers, captions, table,
                                                             context), scale, stated)
    out = [replace(_fact("revenue", about.basis, row, columns, at, scale, index, doc.name),
                   entity=name) for name, row, columns in sections for at in columns]
    from extractors.segment_labelled import labelled_facts

    return out or labelled_facts(doc, table, index, context, stated,
                                 (headers, captions, blocks), about)


class _About:
    """What the table is about (the words naming it, the kind of part they say, its figures'
    scale), read only when a block has a total line to close it or the note has sections
    enough to prove: most tables that print a company figure close no block, and their
    heading and scale are the text before them, walked and searched (a tenth of this
    reader)."""

    def __init__(self, doc: Document, table, captions: list[str]):
        self.doc, self.table, self.captions = doc, table, captions

    @cached_property
    def heading(self) -> str:
        return table_heading(self.table, self.captions, self.doc)

    @cached_property
    def basis(self) -> str | None:
        return _basis(self.heading)

    @cached_property
    def scale(self) -> int | None:  # the money figures'; a count's is its own
        return table_scale(self.captions, self.table, self.doc)


def _basis(heading: str) -> str | None:
    """The kind of part the words nearest the table name (Home Depot's 10-Q: "net sales by
    geography" above its regional table, then "net sales by products and services")."""
    last = {name: max((m.start() for m in words.finditer(heading)), default=-1)
            for name, words in _BASES}
    name = max(last, key=last.get)
    return name if last[name] >= 0 else None


def _read_block(doc, table, index, context, stated, section, rows_of, about) -> list[Fact]:
    """A section's rows: each total line in turn closes the run of rows since the block's start
    or the last total that held (Costco's "Net sales" is a line, "Total revenue" its total)."""
    headers, captions, named = about
    titles = captions + [section] if section else captions
    out: list[Fact] = []
    start = 0
    for end, row in enumerate(rows_of):
        # a key metric's total line is its own ("Total loans" under "AVERAGE LOANS")
        titled = flow_metric(row, titles) if end - start >= 2 else None
        if end - start < 2 or not (titled or _is_total_line(row.label)):
            continue
        block = rows_of[start:end + 1]
        heading, basis = named.heading, named.basis
        metric = titled or _block_metric(section, block, heading)
        # lines under a section row that names the metric ("REVENUE": Costco's "Net sales" and
        # "Membership fees") are the lines it is made of, whatever the heading says
        kind = basis or _SECTION_SEGMENTS.search(section or "") and "segment" or (
            "product" if section and _names_metric(section, metric)
            or is_kpi_flow(metric) else None)
        if metric == "net_income" and not _SECTION_SEGMENTS.search(section or ""):
            # net income by part only under a section row that names the parts: the lines of a
            # condensed income statement (revenue less costs) also add up to net income
            continue
        if metric is None or kind is None:
            continue
        columns = _columns(block, headers, captions, table, context)
        if not columns:
            continue
        at_scale = count_scale(captions, block[-1].label) if is_period_count(metric) \
            else named.scale
        if at_scale is None:
            continue
        parts = checked_parts(block, columns, at_scale, metric, stated, section)
        if parts:
            start = end + 1
        out += [replace(_fact(metric, kind, part, columns, at, at_scale, index, doc.name),
                        entity=name)
                for part, name in zip(parts, distinct_names(parts), strict=True)
                for at in columns]
    return out


def _blocks(rows: list[Row], label_end: int):
    """Header cells, captions, and the blocks of data rows, each under its section label; a
    block ends at a section row."""
    headers, captions, blocks = [], [], []
    section, block = "", []
    for row in rows:
        header = header_cells(row, label_end, "income")
        if header is not None and not block:
            if header:
                headers.append(header)
                captions += [cell.text for cell in header]
            if row.label and row.label_cell is not None and row.label_cell.start < label_end:
                captions.append(row.label)
            continue
        if not row.values:
            if block:
                blocks.append((section, block))
                block = []
            elif not blocks and _SCALE_CAPTION.match(row.label):
                captions.append(row.label)  # "(In millions)" above the headers (Microsoft)
            section = row.label
            continue
        block.append(row)
    if block:
        blocks.append((section, block))
    return headers[-4:], captions, blocks


def _is_total_line(label: str) -> bool:
    lower = " ".join(label.lower().split())
    return any(words.fullmatch(lower) for _, words in _TOTALS) or lower.startswith(
        ("total revenue", "total net revenue", "total net sales", "total sales"))


def _block_metric(section: str, block: list[Row], heading: str) -> str | None:
    """Which metric the block's total is: its section row's, else its total line's."""
    total = " ".join(block[-1].label.lower().split())
    for text in (section, total if total not in ("total", "consolidated") else "", heading):
        for metric, words in _SECTION_METRIC:
            if text and words.search(text):
                return metric
    return None


def _names_metric(section: str, metric: str) -> bool:
    return any(name == metric and words.fullmatch(section.strip(" :"))
               for name, words in _SECTION_METRIC)


def _columns(block: list[Row], headers, captions, table, context) -> dict:
    """Each money column of the block's total line, dated by its header: (start, end) of the
    value's grid cells -> period."""
    out = {}
    for value in block[-1].values:
        if value.number is None or value.text.rstrip().endswith("%"):
            continue
        column = column_header(value, headers)
        period = None
        if column:
            # a quarterly note's undated quarters (summary) are no segment table's columns
            years = [int(c.text[-4:]) for cells in headers for c in cells
                     if YEAR_CELL.match(c.text)]
            # through the context's memo: the statement reader asked most of these already
            column, period, summary = context.column_period(column, "", captions, table, years)
            period = None if summary else period
        if period is not None and period.start is not None:
            out[value.start, value.end] = (column, period)
    return out


def _fact(metric: str, basis: str, row: Row, columns: dict, at, scale: int, index: int,
          document: str) -> Fact:
    column, period = columns[at]
    value = next(v for v in row.values if min(v.end, at[1]) - max(v.start, at[0]) > 0)
    source = Source(document=document, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    table=index, row=row.label, column=column, text=value.text)
    amount = value.number.value.scaleb(scale)
    if amount == amount.to_integral_value():
        amount = amount.quantize(Decimal(1))
    unit = "count" if is_period_count(metric) else "USD"
    return Fact(metric=metric, value=amount, unit=unit, period_start=period.start,
                period_end=period.end, entity=part_name(row.label), basis=basis,
                decimals=value.number.decimals - scale, sources=(source,))


def untagged_parts(facts: list[Fact], tagged: list[Fact], lines: frozenset = frozenset()
                   ) -> list[Fact]:
    """The facts less the table's parts that the filer's dimensional tags decide (they outrank a
    table): a part the tags name is theirs (a tag printed beside another part's name was named
    by its row before: ``xbrl_segments.printed_members``), and where the tags state a metric's
    parts of the table's basis for a period, a table's part of another name stands only when
    a tag states its very value (a warehouse retailer tags its "Net sales" line as the member
    "Product"; an article says "net sales"), or the filer's own concept for the line states it
    (``xbrl_lines``). Parts of another basis are no rival: a software
    10-K tags its two segments, and its revenue by country stands."""
    names: set[tuple] = set()
    values: dict[tuple, set[Decimal]] = {}
    bases: set[tuple] = set()
    for f in tagged:
        if f.basis in _PART_BASES and f.entity:
            names.add((f.metric, folded_name(f.entity)))
            values.setdefault((f.metric, f.period_start, f.period_end), set()).add(f.value)
            bases.add((f.metric, f.basis, f.period_start, f.period_end))
    kept = []
    for f in facts:
        if f.sources and f.sources[0].extractor in _READ_PARTS:
            stated = values.get((f.metric, f.period_start, f.period_end))
            rival = (f.metric, f.basis, f.period_start, f.period_end) in bases
            if (f.metric, folded_name(f.entity)) in names or (
                    rival and stated and f.value not in stated
                    and (f.metric, folded_name(f.entity), f.value) not in lines):
                continue
        kept.append(f)
    return kept


_PART_BASES = ("segment", "product", "geography")
# the readers of parts from a document's own pages, which a filer's tags outrank
_READ_PARTS = (EXTRACTOR, "segment_prose", "segment_highlights")
