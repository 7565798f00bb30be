"""Customer concentration from tables of customers by period.

    Percentage of revenue           Three Months Ended June 30,
                                    2026        2025
    Customer A                      34 %        70 %
    Customer B (1)                  *           18 %

A table qualifies when rows are customers (a label such as "Customer A", or a name the text
defines as a customer alias, "G42") and its columns are periods. Each percentage cell is a fact:
the row's customer, the column's period (header rows stacked above the cell, read by
``periods.parse_header_period``), and the basis named nearest the cell: its column header, the
section row above it ("Accounts receivable:"), the table's header rows, else the text just before
the table. "*" or "—" (under the disclosure threshold) gives nothing, and so does any cell whose
period or basis cannot be read: nothing is guessed.

Revenue is earned over a period, receivables are held at a date: a receivables column headed by
a duration ("Year Ended December 31, 2025") is read at its end date; a revenue column headed by
a date alone is not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from lxml import etree

from core.dates import WRITTEN_DATE_RE as DATE_RE
from core.facts import Fact, Source
from extractors.document import Document
from extractors.numbers import DROPPED_CHARACTERS
from extractors.periods import parse_header_period
from extractors.table_model import Row, Value, may_wrap
from extractors.textperiods import parse_date

EXTRACTOR = "concentration"
METRIC = "customer_concentration"

_LABEL_RE = re.compile(
    r"(?:Customer|Client|Distributor)\s+(?:[A-Z]{1,2}|\d{1,2}|One|Two|Three|Four|Five|Six|Seven"
    r"|Eight|Nine|Ten)"
)
# "A (retailer)", "Customer B (distributor)": a letter and a lower-case kind in parentheses.
_DESCRIBED_RE = re.compile(
    r"(?:(?:Customer|Client)\s+)?(?P<letter>[A-Z])\s*\((?P<kind>[a-z][a-z ,/-]{2,40})\)")
# Footnote markers printed after a label or a figure: "Customer B (1)", "Customer C*".
_MARKER_RE = re.compile(r"(?:\s*(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|\*+|[¹²³⁴⁵†‡§]))+$")
_REVENUE_RE = re.compile(r"\b(?:revenues?|net\s+sales|sales)\b", re.I)
_RECEIVABLE_RE = re.compile(r"\breceivables?\b", re.I)
_PERCENT_WORDS = re.compile(r"%|\bpercent(?:age)?s?\b", re.I)
_INSTANT_RE = re.compile(r"\b(?:as\s+of|as\s+at|at|balance)\b", re.I)
_DATE = re.compile(DATE_RE, re.I)
_HEADER_ROWS = 6  # rows above the first customer row that may hold its column headers
_BEFORE_CHARS = 400  # text before a table searched for its caption


def extract_table_concentration(doc: Document, aliases: Mapping[str, str], version: str
                                ) -> list[Fact]:
    """Facts from every table whose rows are customers (``aliases``: defined name -> alias)."""
    labels, heads = customer_rows(doc.text, aliases)
    if not (labels or heads):
        return []
    names = {_fold(n) for n in aliases} | {_fold(a) for a in aliases.values()}
    # each name as it stands in ``Document.table_text`` (see ``_may_name``)
    lowered_heads = [name.encode("utf-8").lower() for name in heads]
    facts: list[Fact] = []
    for index, table in enumerate(doc.tables):
        lowered = doc.table_text(table)
        if not (_may_name(lowered, labels, lowered_heads) and _may_read_percent(lowered, table)):
            continue
        text = _node_text(table)
        if not ((labels and (_LABEL_RE.search(text) or _described_customers(table, text)))
                or any(name in text for name in heads)):
            continue
        if not _may_hold_customer(doc, table, aliases, names):
            continue  # no row of its grid is a customer's: ``_table_facts`` finds none
        facts += _table_facts(doc.name, index, table, doc.table_rows(table), aliases, names,
                              version)
    return facts


# ``_LABEL_RE`` and the first test of ``_described_customers`` ("A (retailer)") as they may
# stand in lowered UTF-8: the letters of either case lowered, a blank (``\s``) an ASCII one or
# any byte of a multi-byte character (so is a digit other than ASCII's).
_BLANK = rb"(?:[\t-\r\x1c- ]|[\x80-\xff])"
_LABEL_BYTES = re.compile(rb"(?:customer|client|distributor)" + _BLANK + rb"+[a-z0-9\x80-\xff]")
_DESCRIBED_BYTES = re.compile(rb"(?<![a-z0-9_])[a-z]" + _BLANK + rb"*\([a-z]")  # (\b: a letter
# of another script before the letter is a word's, no ASCII one's: looked past)


def _may_name(lowered_text: bytes, labels: bool, heads: list[bytes]) -> bool:
    """False only when the table's text (``_node_text``) cannot pass the test above, asked of
    its lower-case UTF-8 text that the statement readers' pre-tests serialised already
    (``Document.table_text``, which holds the table's text and its tail): a customer label
    ("Customer", "Client", "Distributor"), "(" before a lower-case letter ("A (retailer)"),
    or a defined name (``heads``, lowered as bytes: ASCII letters folded byte by byte keep a
    name found in the text found in the lowered text). The gate found a customer row in most
    filings' text through a defined name alone, and each table's text was serialised again
    (JPMorgan's supplement: a ninth of its extraction)."""
    if labels and (_LABEL_BYTES.search(lowered_text) or _DESCRIBED_BYTES.search(lowered_text)):
        return True
    return any(name in lowered_text for name in heads)


def _may_hold_customer(doc: Document, table: etree._Element, aliases: Mapping[str, str],
                       names: set[str]) -> bool:
    """False only when no row label of the table's grid names a customer (``_customer``), read
    from its row labels before the grid is built (``Document.row_labels``, the labels the grid
    shows): a label the grid glues to the next cell (None), may join to a stem (dash-led) or
    may read as "" (a figure) answers yes when a name may fold to ""; a label it may join to
    the one above (``table_model.may_wrap``) is tried joined too. A gas utility's quarterly
    report names its subsidiaries in segment tables, and each was built for no customer."""
    if "" in names:
        return True
    above = None
    for label in doc.row_labels(table, shown=True):
        if label is None or label[:1] in _DASHES:
            return True
        if _customer(label, aliases, names) or above is not None and may_wrap(above, label) \
                and _customer(f"{above} {label}", aliases, names):
            return True
        above = label
    return False


_DASHES = "–—-"  # what opens a label ``table_model.join_wrapped_labels`` joins to a stem


# What ``clean_text`` drops from a cell's text, in UTF-8: "per<ZWSP>cent" reads "percent" there.
_DROPPED = tuple(character.encode("utf-8") for character in DROPPED_CHARACTERS)


def _may_read_percent(lowered: bytes, table: etree._Element) -> bool:
    """Can ``_table_facts`` read a figure of the table? ``_reading`` takes a cell printed with
    "%", or any in a table whose cells or the text before it (``_text_before``) say
    ``_PERCENT_WORDS``. A cell's text is the table's text nodes' (``table_grid.cell_text``:
    whitespace folded, zero-width spaces dropped, cells joined by spaces), so without "%",
    "percent" or a dropped character in ``lowered`` (``Document.table_text``) only the text
    before can: tables of dollar figures under a subsidiary's name are passed over before
    their grids are built (a gas utility's 10-Q: 29 grids, none giving a fact)."""
    if b"%" in lowered or b"percent" in lowered or any(c in lowered for c in _DROPPED):
        return True
    return _PERCENT_WORDS.search(_text_before(table)) is not None


def _described_customers(table: etree._Element, text: str) -> bool:
    """A table of 'A (retailer)' rows is one of customers only when it or its caption says so."""
    if not re.search(r"\b[A-Z]\s*\([a-z]", text):
        return False
    return "customer" in text.casefold() or "customer" in _text_before(table).casefold()


def customer_rows(text: str, aliases: Mapping[str, str]) -> tuple[bool, list[str]]:
    """Cheap whole-text gate: does a customer label open a table row, and which defined names do?
    (``Document.text`` puts each row on its own line, cells tab-separated.) Patterns opening
    with the newline literal are tried only where they can match; ``doc.tables`` is touched
    only after."""
    starts = [match.start() for match in _ROW_START_RE.finditer(text)]
    labels = any(gate.match(text, at) for at in starts for gate in ROW_GATES)
    heads = [n for n in aliases if _opens_row(text, n)]
    return labels, heads


def _opens_row(text: str, name: str) -> bool:
    """A cell holding the name alone (a footnote marker aside): a row label, not a mention.

    ``re.search(rf"\n{re.escape(name)}{_ROW_TAIL}", text)``, found with str.find: the
    pattern opens with the literal newline and name, so it matches exactly where the tail
    matches right after one of their occurrences (one fast scan instead of sre's)."""
    head = f"\n{name}"
    at = text.find(head)
    while at >= 0:
        if _ROW_TAIL.match(text, at + len(head)):
            return True
        at = text.find(head, at + 1)
    return False


# After a name: a footnote marker, then the next cell: after a tab, or (a block inside the cell
# eats the tab) on the next line, opening with a figure or a below-threshold mark.
_ROW_TAIL = re.compile(r"(?:\s*(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|\*+))?(?:\t|\n[\d*—–-])")

# Every match of a gate opens with a newline and its word: one scan finds those newlines (sre
# skips to each "\n" faster than it looks for either gate's two-character prefix) and the gates
# are tried there.
_ROW_START_RE = re.compile(r"\n(?=C(?:ustomer|lient)|Distributor|[A-Z]\s*\([a-z])")
ROW_GATES = tuple(
    re.compile(
        rf"\n{word}\s+(?:[A-Z]{{1,2}}|\d{{1,2}}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b"
    )
    for word in ("C(?:ustomer|lient)", "Distributor")
) + (re.compile(r"\n[A-Z]\s*\([a-z][a-z ,/-]{2,40}\)"),)


def _table_facts(document, index, table, rows, aliases, names, version) -> list[Fact]:
    customers = [(i, _customer(row.label, aliases, names)) for i, row in enumerate(rows)]
    first = next((i for i, entity in customers if entity and rows[i].values), None)
    if first is None:
        return []
    # Rows above the first customer: a section label ("Revenue:") sits in the label column and
    # never overlaps a figure, so only real column headers are read from them.
    headers = [rows[i] for i in range(max(0, first - _HEADER_ROWS), first) if not customers[i][1]]
    table_text = " ".join(c.text for r in rows for c in r.cells + [r.label_cell] if c)
    before = _text_before(table)
    # bare cells ("77.9") are percentages only when the table or its caption says so
    table_text += " " + before
    facts: list[Fact] = []
    section = ""
    for i, row in enumerate(rows[first:], start=first):
        entity = customers[i][1]
        if _is_section(row):
            section = row.label
        if not entity:
            continue
        for value in row.values:
            reading = _reading(value, table_text)
            if reading is None:
                continue
            column = _column_header(value, headers)
            basis = _basis(column) or _basis(section) or _basis(_header_text(headers))
            if basis is None:
                basis = _basis(before, instant=_INSTANT_RE.search(column) is not None)
            period = _period(column, basis) if basis else None
            if period is None:
                continue
            source = Source(
                document=document,
                extractor=EXTRACTOR,
                extractor_version=version,
                table=index,
                row=row.label,
                column=column,
                text=value.text,
            )
            facts.append(
                Fact(
                    METRIC,
                    reading[0],
                    "percent",
                    period[0],
                    period[1],
                    entity=entity,
                    basis=basis,
                    decimals=reading[1],
                    sources=(source,),
                )
            )
    return facts


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _customer(label: str, aliases: Mapping[str, str], names: set[str]) -> str | None:
    """The customer a row label names: 'Customer A (1)' -> 'Customer A', 'Group 42' -> 'G42',
    'A (retailer)' and 'Customer A (retailer)' -> 'Customer A' (a prospectus's letter and
    the kind of customer it is)."""
    bare = " ".join(_MARKER_RE.sub("", label).split())
    if _LABEL_RE.fullmatch(bare):
        return bare
    described = _DESCRIBED_RE.fullmatch(bare)
    if described:
        return f"Customer {described.group('letter')}"
    if _fold(bare) in names:
        return aliases.get(bare) or next(
            (a for n, a in aliases.items() if _fold(n) == _fold(bare)), bare
        )
    return None


def _is_section(row: Row) -> bool:
    """A label-only row ("Accounts receivable:") qualifies the rows under it."""
    return bool(row.label) and not row.values and len(row.cells) == 0


def _reading(value: Value, table_text: str) -> tuple[Decimal, int] | None:
    """A percentage cell: printed with "%", or bare in a table that speaks of percentages; never
    a nil ("—"), a dollar amount, a footnote "(1)" or anything outside (0, 100]."""
    number = value.number
    if number.is_nil or "$" in value.text or not any(ch.isdigit() for ch in value.text):
        return None
    if not (number.is_percent or _PERCENT_WORDS.search(table_text)):
        return None
    if not Decimal(0) < number.value <= Decimal(100):
        return None
    return number.value, number.decimals


def _column_header(value: Value, headers: list[Row]) -> str:
    """The header text stacked above a figure: per header row, the cell overlapping it most."""
    parts = []
    for row in headers:
        best, overlap = None, 0
        for cell in row.cells + ([row.label_cell] if row.label_cell else []):
            shared = min(cell.end, value.end) - max(cell.start, value.start)
            if shared > overlap:
                best, overlap = cell, shared
        if best is not None:
            parts.append(best.text)
    return " ".join(parts)


def _header_text(headers: list[Row]) -> str:
    return " ".join(c.text for r in headers for c in r.cells + [r.label_cell] if c)


def _basis(text: str, instant: bool | None = None) -> str | None:
    """'revenue' or 'accounts_receivable' when ``text`` names one; when it names both, the
    column's kind decides (``instant``), else nothing."""
    revenue, receivable = bool(_REVENUE_RE.search(text)), bool(_RECEIVABLE_RE.search(text))
    if revenue and receivable:
        if instant is None:
            return None
        return "accounts_receivable" if instant else "revenue"
    if receivable:
        return "accounts_receivable"
    return "revenue" if revenue else None


def _period(column: str, basis: str):
    """(start, end) for revenue columns (a duration), (None, end) for receivables."""
    period = parse_header_period(column)
    if basis == "revenue":
        return (period.start, period.end) if period and period.start else None
    if period is not None:
        return (None, period.end)
    dates = [parse_date(d) for d in _DATE.findall(column)]
    return (None, dates[-1]) if dates and dates[-1] else None


def _text_before(table: etree._Element) -> str:
    """Up to ``_BEFORE_CHARS`` of visible text before the table (its caption or lead-in)."""
    parts: list[str] = []
    size = 0
    for node in table.itersiblings(preceding=True):
        text = _node_text(node) if isinstance(node.tag, str) else ""
        parts.append(text)
        size += len(text)
        if size >= _BEFORE_CHARS:
            break
    if size < _BEFORE_CHARS and table.getparent() is not None:
        parent = table.getparent()
        if parent.tag not in ("body", "html"):
            parts.append(_text_before(parent))
    return " ".join(reversed(parts))[-_BEFORE_CHARS:]


def _node_text(node: etree._Element) -> str:
    """``node.xpath("string()")``: the same content (libxml2's node content, without the
    tail), serialised in C without compiling an XPath expression for every table, which
    cost three times the serialisation."""
    return etree.tostring(node, method="text", encoding=str, with_tail=False)
