"""Financial tables to facts: statements of operations, summary data, non-GAAP reconciliations
and earnings-release tables, read the way an analyst reads them.

Only tables whose text and row labels name income-statement lines are parsed into grids (the
cheap pre-filters of table_filters.py keep whole-document extraction near the cost of the lxml
parse), and tables whose text names the lines of a cash-flow statement or a balance sheet
(``statement_kinds``), each read with its own statement's labels. A table counts when its
rows read as such a statement; each figure takes its period from the column header (a day, for
a balance sheet), its scale from the caption, header or the text just before the table,
and its metric from the row label. Columns whose header names anything besides a period (a
segment, "% Change", "Percent of Net Sales") are skipped: they are not the company's figure
for the period.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from lxml import etree

from core.facts import Fact, Source, merge_facts
from core.metric_words import NET_SALES_LINE
from core.metrics import get_metric
from extractors.change_columns import change_readings
from extractors.column_periods import YEAR_CELL
from extractors.document import Document
from extractors.kpi import (
    averaged_point,
    count_scaled,
    metric_period,
    shifted_row,
    titled_match,
    unaveraged_average,
)
from extractors.non_gaap import reconciled_items
from extractors.note_items import breakdown_items
from extractors.periods import header_leftover
from extractors.statement_kinds import (
    StatementKind,
    instant_period,
    kinds_of_text,
    passes,
    reads_under,
    recognises,
    with_own_blocks,
)
from extractors.statements import classify_statement, match_label
from extractors.table_checks import (
    columns_add_up,
    drop_percent_subcolumns,
    keep_terms_that_hold,
    parts_add_up,
    per_share_adds_up,
    quarters_add_up,
    signed_between,
)
from extractors.table_columns import TableContext, column_header, header_cells
from extractors.table_context import (
    is_primary,
    names_other_statement,
    names_registrant_only,
    settle_scales,
    states_own_scale,
    table_heading,
    table_scale,
)
from extractors.table_derive import derive_ratios, drop_derived_where_stated, ratios_over_sales
from extractors.table_filters import labels_may_classify, labels_may_match, names_two_kinds
from extractors.table_model import Cell, Row, label_column_end
from extractors.table_rank import (
    TITLE_SCORE,
    StatementTable,
    drop_lesser_readings,
    registrant_readings,
    statement_score,
    unit_kind,
)
from extractors.table_readings import (
    Reading,
    consolidated_elsewhere,
    owned_readings,
    with_twins,
)
from extractors.table_subtotals import labelled_subtotal

EXTRACTOR = "tables"
EXTRACTOR_VERSION = "1.0"

_HEADER_BLOCK_LIMIT = 8  # header rows kept per block; more means we misread data as headers


def extract_table_facts(doc: Document) -> list[Fact]:
    """Every figure the document's statement tables state (income statements, cash-flow
    statements, balance sheets), merged across tables."""
    context = doc.table_context
    tables: list[StatementTable] = []
    skip = doc.single_row_tables  # seen by the text walk: no statement, no second look
    for index, table in enumerate(doc.tables):
        if index in skip or doc.row_count(table) < 2:
            continue  # a statement has two rows (``looks_financial``, ``other_kinds``)
        found = None
        text = doc.table_text(table)
        if names_two_kinds(text) and labels_may_classify(table, doc.row_labels(table)):
            found = read_table(table, index, context)
        # a table that is no income statement may be another statement (one test, one read);
        # its key metrics are read apart, whatever else it is
        kinds = kinds_of_text(text)
        for kind in kinds if found is None else ():
            if not kind.apart:
                found = found or read_table(table, index, context, kind)
        if found is not None:
            tables.append(found)
        tables += [kpi for kind in kinds if kind.apart and _may_read_apart(doc, table, kind)
                   if (kpi := read_table(table, index, context, kind)) is not None]
    settle_scales(tables)
    drop_lesser_readings(tables)
    facts: list[Fact] = []
    for found in tables:
        table_facts = [f for r in found.readings
                       if (f := _to_fact(r, found.scale or 0, found.index, doc.name))]
        sales = [f for r in found.sales if (f := _to_fact(r, found.scale or 0, found.index,
                                                           doc.name))]
        facts += table_facts + derive_ratios(table_facts) + ratios_over_sales(table_facts, sales)
        if found.kind == "income":  # the items a non-GAAP reconciliation excludes
            facts += reconciled_items(doc.table_rows(doc.tables[found.index]), found.readings,
                                      found.scale or 0, found.index, doc.name)
    # the items of a note that breaks down an income-statement line
    facts += breakdown_items(doc, [found for found in tables if found.kind == "income"])
    return merge_facts(drop_derived_where_stated(consolidated_elsewhere(facts)))


def _may_read_apart(doc: Document, table: etree._Element, kind: StatementKind) -> bool:
    """May a row of the table read as a key metric (``table_filters.labels_may_match``)? Asked
    before its grid is built; of a table with hidden cells, on the labels its grid shows (an
    inline XBRL filing hides cells in tables that hold no key metric: each grid was built)."""
    return labels_may_match(table, kind.name, labels=doc.row_labels(table, shown=True))


def read_table(table: etree._Element, index: int, context: TableContext,
               kind: StatementKind | None = None) -> StatementTable | None:
    """The readings of one table, or None when it does not read as an income statement (as
    the statement ``kind`` says, when given: ``statement_kinds``)."""
    rows = context.doc.table_rows(table)
    labels_text = " ".join(r.label for r in rows)
    kind = with_own_blocks(kind, labels_text)
    readings, captions = _read_rows(rows, label_column_end(rows), table, context, kind)
    metrics = {r.match.metric for r in readings}
    if kind is not None:
        if not recognises(kind, metrics, labels_text):
            return None
    elif classify_statement(metrics, labels_text) is None or _is_percent_table(readings):
        return None
    heading = table_heading(table, captions, context.doc)
    registrant = kind is None and names_registrant_only(heading)
    if names_other_statement(heading) and not registrant:
        return None  # a parent's, segment's, investee's or discontinued operations' figures
    readings = owned_readings(readings, rows, labels_text)
    if registrant:  # a parent-only statement: its net income alone is the company's
        readings = registrant_readings(readings)
    best = signed_between(keep_terms_that_hold(_best_readings(drop_percent_subcolumns(
        readings, rows)), rows), rows)
    money = [r for r in best if unit_kind(r) == "money"]
    eps = [r for r in best if unit_kind(r) == "per_share" and r.match.metric == "eps_diluted"]
    if not (columns_add_up(money, rows) and parts_add_up(money, rows)
            and per_share_adds_up(money, eps, rows) and quarters_add_up(money)):
        return None  # its figures are not what its labels and headers say
    if registrant:  # below every statement of the consolidated company
        score = 0
    elif kind is not None:  # its own title, not how many lines it names, ranks a statement
        score = TITLE_SCORE * (kind.title.search(heading) is not None)
    else:
        score = statement_score(metrics, labels_text) + TITLE_SCORE * is_primary(heading)
    if kind is not None and kind.apart:  # key metrics: each count at its own scale
        # the sentence just before the table may state it ("Our membership was made up of the
        # following (in thousands):", Costco's 10-K FY2022): after the captions
        said = captions + [context.doc.preceding_text(table, 160).rsplit(". ", 1)[-1]]
        best = [count_scaled(r, said) for r in best]
    found = StatementTable(index, best, table_scale(captions, table, context.doc), score,
                           kind.name if kind else "income")
    if kind is None:
        # (the line test first: ``in`` compares whole readings, rows and cells included)
        found.sales = [r for r in readings if is_sales_line(r) and r not in best]
    return found


def _read_rows(rows: list[Row], label_end: int, table, context: TableContext,
               kind: StatementKind | None = None):
    """Walk the rows: header blocks set the columns, sections qualify labels, data rows read."""
    name = kind.name if kind else "income"
    headers: list[list[Cell]] = []
    captions: list[str] = []
    readings: list[Reading] = []
    section, in_data, block, after_section = "", False, "", False
    scaled = False  # the section states a scale of its own (_own_scaled)
    columns: dict = {}  # figure's (start, end) -> (header, period) while headers and captions hold
    above: list[Row] = []  # the data rows just read, and the section they were read in
    above_in = ""
    for row in rows:
        year = _year_label(row, label_end)
        if year is not None:
            # "Fiscal Year 2012", "2011:" or a lone "2016" above a block of rows: the year the
            # block's quarter columns belong to, under the same headers (Microsoft, Macy's)
            block, section, columns = year, "", {}
            continue
        header = header_cells(row, label_end, name)
        if header is not None:
            columns, after_section, scaled = {}, False, False
            if in_data:
                headers, in_data = [], False
            if header:
                headers.append(header)
                captions += [cell.text for cell in header]
            if row.label_cell is not None and row.label_cell.start < label_end and not (
                    header and header[0].text == row.label and header[0].start == label_end):
                captions.append(row.label)  # (not a first column's date: label_date_cell)
            continue
        if not row.values and kind is not None and passes(kind, row.label):
            continue  # no block's header: the rows under it stay in the block above
        if not row.values:
            section = nested_section(section if after_section else "", row.label)
            after_section = True
            scaled = states_own_scale(" ".join([row.label, *(c.text for c in row.cells)]))
            if not in_data:
                captions.append(row.label)
                columns = {}
            continue
        in_data, after_section = True, False
        row = labelled_subtotal(row, above[-2:] if section == above_in else [])
        above, above_in = [*above[-1:], row], section
        found = _read_data_row(row, section, headers[-_HEADER_BLOCK_LIMIT:], captions, table,
                               context, columns, block, kind)
        readings += _own_scaled(with_twins(found), kind, scaled or states_own_scale(row.label))
        if row.label.lower().startswith("total") and not _basic_total_of(section, row.label):
            section = ""
    return readings, captions


def _basic_total_of(section: str, label: str) -> bool:
    """Whether a total row is the basic figure of a per-share section, which its diluted lines
    follow: "Total basic earnings" under "Earnings Per Common Share", then "Total diluted
    earnings" (a bank's supplement: closed by the basic total, the diluted one went unread)."""
    return bool(section) and _PER_SHARE_SECTION.search(section) is not None and re.match(
        r"total basic\b", label, re.I) is not None


def _own_scaled(readings: list[Reading], kind: StatementKind | None,
                scaled: bool) -> list[Reading]:
    """A key metric's money under a section or label that states a scale of its own ("Selected
    Balance Sheet Data ($ in billions)" in a table in millions) is refused, never misscaled."""
    if not scaled or kind is None or not kind.apart:
        return readings
    return [r for r in readings if get_metric(r.match.metric).unit != "USD"]


# A row that is nothing but a year label: "Fiscal Year 2013", "Fiscal 2012", "2011:", "2016"
_YEAR_LABEL = re.compile(r"^(?:fiscal\s+)?(?:year\s+)?(?:19|20)\d\d:?$", re.I)


def _year_label(row: Row, label_end: int) -> str | None:
    """The year label a row states alone in the label column, or None."""
    if not row.values:
        text = row.label if row.label_cell is not None and not row.cells else ""
        return text if _YEAR_LABEL.match(text) else None
    if row.label or len(row.values) != 1 or len(row.cells) != 1:
        return None
    value = row.values[0]
    return value.text if value.start < label_end and _YEAR_LABEL.match(value.text) else None


# A section whose lines are per-share figures: "Earnings per common share:", "Diluted:",
# "Per share of common stock - diluted:". Its "Continuing operations", "Discontinued operations"
# and "Net income" lines, printed in cents, are per-share figures: read as income, $1.18 stood as
# net income of $1,180 thousand beside the statement's own.
_PER_SHARE_SECTION = re.compile(r"\bper\s+(?:common\s+|ordinary\s+)?(?:share|unit)|\bbasic\b|"
                                r"\bdiluted\b", re.I)


# "(in millions, except per share and ratio data)": a scale caption, no per-share heading
_SCALE_CAPTION = re.compile(r"\b(?:thousands|millions|billions)\b", re.I)


def nested_section(outer: str, label: str) -> str:
    """The section a header row opens: its own label, or, right under a per-share heading
    ("Per share amounts:" over "Net income" over "Basic" and "Diluted", as a five-year review
    nests them), the two together, so the lines beneath read as per-share figures."""
    if (outer and _PER_SHARE_SECTION.search(outer) and not _SCALE_CAPTION.search(outer)
            and not _PER_SHARE_SECTION.search(label)):
        return f"{outer.rstrip(' :')} - {label}"
    return label


def _in_cents(row: Row, section: str) -> bool:
    return (bool(section) and _PER_SHARE_SECTION.search(section) is not None
            and all(v.number.decimals == 2 for v in row.values if not v.number.is_percent))


def _read_data_row(row: Row, section: str, headers: list[list[Cell]], captions: list[str],
                   table, context: TableContext, columns: dict, block: str,
                   kind: StatementKind | None = None) -> list[Reading]:
    if section and not reads_under(kind, row.label, section):
        return []  # a region's or segment's block: not the company's own figure
    # A call without a section shares the reading the pre-filter cached (an explicit "" would
    # be another cache key).
    if kind is not None and kind.apart and not section:
        match = titled_match(row.label, captions, kind.name)
    elif kind is not None:
        match = match_label(row.label, section, kind.name)
    else:
        match = match_label(row.label, section) if section else match_label(row.label)
    if match is None or (not match.per_share and _in_cents(row, section)):
        return []  # "Net income" closing a per-share block is a per-share figure, not income
    if kind is not None and kind.apart and averaged_point(match.metric, captions, section):
        return []  # a balance at a period's end is never read from a block of averages
    if kind is not None and kind.apart and unaveraged_average(match.metric, row.label, captions,
                                                              section):
        return []  # nor an average from a balance sheet's line
    if kind is not None and kind.apart and shifted_row(row, headers):
        return []  # its cells moved a column: its figures under no header or the wrong one
    instants = kind is not None and kind.instants
    readings = []
    for value in row.values:
        # Every data row under one header block asks the same few columns the same question.
        found = columns.get((value.start, value.end))
        if found is None:
            column, period, summary = column_header(value, headers), None, False
            if column and not header_leftover(column):
                if instants:
                    period = instant_period(column)
                else:
                    column, period, summary = context.column_period(
                        column, block, captions, table,
                        [int(c.text[-4:]) for cells in headers for c in cells
                         if YEAR_CELL.match(c.text)])
            found = columns[value.start, value.end] = (column, period, summary)
        column, period, summary = found
        point = instants
        if kind is not None and kind.apart:  # a count at the period's end, or over it
            period = metric_period(match.metric, period, instant_period(column))
            point = period is not None
        if period is not None and (period.start is not None or point):
            readings.append(Reading(match, row, value, column, period, summary))
    if not readings and kind is not None and kind.apart:  # a change line's lone rate
        readings = change_readings(match, row, headers, lambda text: context.column_period(
            text, block, captions, table, [])[1])
    return readings


def _is_percent_table(readings: list[Reading]) -> bool:
    """A "% of revenue" table prints revenue as 100 in every column."""
    revenue = [r.value.number.value for r in readings if r.match.metric == "revenue"]
    return bool(revenue) and all(v == 100 for v in revenue)


_SALES_LINE = re.compile(NET_SALES_LINE, re.I)


def is_sales_line(reading: Reading) -> bool:
    """A net-sales row read as revenue beside a better-ranked total (``NET_SALES_LINE``)."""
    return (reading.match.metric == "revenue" and unit_kind(reading) == "money"
            and _SALES_LINE.match(reading.row.label) is not None)


def _best_readings(readings: list[Reading]) -> list[Reading]:
    """Per metric and column, the best-ranked label wins; a component line only when alone."""
    groups: dict[tuple, list[Reading]] = {}
    for reading in readings:
        kind = unit_kind(reading)
        if kind is None:
            continue
        key = (reading.match.metric, kind, reading.period, reading.column)
        groups.setdefault(key, []).append(reading)
    kept = []
    for group in groups.values():
        top = max(r.match.rank for r in group)
        best = [r for r in group if r.match.rank == top]
        if top == 1 and len(best) > 1:
            continue  # several revenue lines and no total: which one is "revenue" is a guess
        kept += best
    return kept


def _to_fact(reading: Reading, scale: int, index: int, document: str) -> Fact | None:
    """The fact a reading states, in base units (per-share and percent figures never scaled);
    None for a figure too large to hold exactly (a 26-digit cell in thousands): refused."""
    number = reading.value.number
    kind = unit_kind(reading)
    row, exponent = get_metric(reading.match.metric), scale
    if kind == "percent":
        row, exponent = get_metric(row.percent_cells or row.name), 0
    elif kind in ("per_share", "count"):  # a count's cell is scaled already (_count_scaled)
        exponent = 0
    try:
        value = _integral(number.value.scaleb(exponent)) if exponent else number.value
    except InvalidOperation:
        return None
    if row.is_magnitude:
        value = abs(value)  # a cost printed in parentheses is still a cost of that size
    source = Source(document=document, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    table=index, row=reading.row.label, column=reading.column,
                    text=reading.value.text)
    # (a dollar rate printed unscaled, "Average ticket $90.07", keeps its row's unit)
    unit = "USD/share" if kind == "per_share" and row.unit != "USD" else row.unit
    return Fact(metric=row.name, value=value, unit=unit, period_start=reading.period.start,
                period_end=reading.period.end, decimals=number.decimals - exponent,
                sources=(source,))


def _integral(value: Decimal) -> Decimal:
    """Drop a fraction that scaling made zero (5,272.8 millions is 5272800000, not ...000.0)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
