"""A proven part's figures as the tables headed by the part's name alone print them: the MD&A's
one-segment tables of Microsoft's FY2013 10-K ("Windows Division" above "Revenue $19,239 ...")
beside its segment note's 18,680 (``extractors.segment_tables`` proves the parts; this module
adds the headed tables' readings of them, so that where the two differ the figure is disputed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from lxml import etree

from core.facts import Fact
from extractors.document import Document
from extractors.segment_tables import _blocks, _columns, _fact
from extractors.table_context import table_scale
from extractors.table_model import label_column_end
from extractors.tables import TableContext

_ROW_OF = {"revenue": re.compile(r"(?:net\s+)?(?:revenues?|sales)", re.I),
           "operating_income": re.compile(r"operating\s+income(?:\s*\(loss\))?", re.I)}


def with_headed_tables(doc: Document, facts: list[Fact], context: TableContext) -> list[Fact]:
    """The proven parts' figures, and the same parts' figures as the tables headed by a part's
    name alone print them (the MD&A's one-segment tables: "Windows Division" above "Revenue
    $19,239 ..."). Where the two differ for a period, both stand, and the figure is disputed
    (``core.readings``): either may be what an article quotes, so neither is the part's one
    figure; a growth rate computed within one table is that table's (``derive``)."""
    if not facts:
        return facts
    bases = {f.entity: f.basis for f in facts}
    headed = []
    read = {f.sources[0].table for f in facts}
    may_end = _name_ends(doc, bases)
    for index, table in enumerate(doc.tables):
        if index in read or index in doc.single_row_tables or not may_end(table):
            continue
        before = " ".join(doc.preceding_text(table, 200).split())
        name = next((n for n in bases if before.endswith(n)), None)
        if name is not None:
            headed += _headed_facts(doc, table, index, name, bases[name], context)
    return facts + headed


def _name_ends(doc: Document, names) -> Callable[[etree._Element], bool]:
    """A pre-test of the text before a table: False only when it ends with none of ``names``
    (whitespace aside, ``Document.tail_before``), so that text, serialised, is spared for
    most tables (a table after a whole section in one element serialised all of it)."""
    if not all(isinstance(name, str) for name in names):
        return lambda table: True
    squeezed = {"".join(name.split()) for name in names}
    count = max(map(len, squeezed), default=0)
    ends = tuple(squeezed)

    def may_end(table: etree._Element) -> bool:
        # the end a reader read already (note items': "following:"), when shorter, is the end
        # of this one: no name's end ends it, no name ends this
        known = doc.known_tail(table)
        if known is not None and known[0] < count and not any(
                known[1].endswith(end[-known[0]:]) for end in ends):
            return False
        return doc.tail_before(table, count).endswith(ends)

    return may_end


def _headed_facts(doc: Document, table, index: int, name: str, basis: str,
                  context: TableContext) -> list[Fact]:
    """A one-part table's revenue and operating income rows, dated by its column headers."""
    rows = doc.table_rows(table)
    headers, captions, blocks = _blocks(rows, label_column_end(rows))
    scale = table_scale(captions, table, doc)
    if not headers or scale is None:
        return []
    out = []
    for _, block in blocks:
        for row in block:
            metric = next((m for m, words in _ROW_OF.items() if words.fullmatch(row.label.strip())),
                          None)
            columns = _columns([row], headers, captions, table, context) if metric else {}
            out += [replace(_fact(metric, basis, row, columns, at, scale, index, doc.name),
                            entity=name) for at in columns]
    return out
