"""Counts of what a company operates, by part, from a table the sentence before it totals.

A 10-K's properties item often says "At August 28, 2022, we operated 838 membership
warehouses:" and then prints a table of them by region, with a "Total" row and (when it splits
them, owned and leased) a "Total" column (Costco's FY2022 10-K). The sentence dates the count
and names what is counted; the table is read only when its "Total" row states the sentence's
number in one column and the rows above it add up to it in that column. The company's count and
each row's (entity = the row's label) are stated on the sentence's day.

What is counted is the registry row whose cue names the sentence's noun (a count at a period's
end, ``is_point``); a noun no row names gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from core.dates import WRITTEN_DATE_RE, parse_date
from core.facts import Fact, Source
from core.metrics import all_metrics
from extractors.count_lists import listed_counts
from extractors.count_prose import extract_stated_counts
from extractors.document import Document

EXTRACTOR = "count_tables"
EXTRACTOR_VERSION = "1.0"

# "At August 28, 2022, we operated 838 membership warehouses:", "As of January 31, 2025, the
# Company had 1,234 stores in operation:"
_TOTALLED = re.compile(
    rf"\b(?:At|As\s+of)\s+(?P<date>{WRITTEN_DATE_RE}),?\s+(?:we|the\s+company|[A-Z][\w&.'’-]*"
    r"(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:operated|had|owned|operates|has|owns)\s+"
    r"(?P<number>\d{1,3}(?:,\d{3})*)\s+(?P<noun>(?:[a-z-]+\s+){0,2}[a-z]+)"
    r"(?:\s+in\s+operation)?\s*:\s*$", re.I)
_ANY_TOTALLED = re.compile(r"\b(?:operated|had|owned|operates|has|owns)\s+\d[\d,]*\s+"
                           r"(?:[a-z-]+\s+){0,2}[a-z]+(?:\s+in\s+operation)?\s*:")
# The count and noun before a colon, looked for first: a digit opens far fewer tries than the
# verbs, whose "had" and "has" start at every other word (a third of the search's cost).
_COUNT_COLON = re.compile(r"\d\s+(?:[a-z-]+\s+){0,2}[a-z]+(?:\s+in\s+operation)?\s*:")
_TOTAL = re.compile(r"^\s*total\s*:?\s*$", re.I)
_FOOTNOTE = re.compile(r"\s*(?:\(\s*[\da-z]\s*\)|\[\s*[\da-z]\s*\]|\*+|†)$")


def extract_count_parts(doc: Document) -> list[Fact]:
    """The company's count and its parts' from every table a sentence before it totals, and
    the counts sentences state on their days (``extractors.count_prose``)."""
    return _table_counts(doc) + _list_counts(doc) + extract_stated_counts(doc)


def _list_counts(doc: Document) -> list[Fact]:
    """The places' counts of every list a dated sentence totals ("At <day>, we operated 838
    warehouses worldwide: 578 in ..., 107 in Canada, ...": ``extractors.count_lists``)."""
    text = doc.text
    found: list[Fact] = []
    for start, end in _runs(doc):
        said = _TOTALLED.search(text, max(0, start - 200), end)
        metric = _counted_metric(said.group("noun")) if said else None
        if metric is not None:
            found += listed_counts(doc, said, end, metric)
    return found


def _table_counts(doc: Document) -> list[Fact]:
    if not _introduces_count(doc.text, _runs(doc)):  # most documents: no table is so introduced
        return []
    found: list[Fact] = []
    for index, table in enumerate(doc.tables):
        if index in doc.single_row_tables or b"total" not in doc.table_text(table):
            continue
        said = _TOTALLED.search(" ".join(doc.preceding_text(table, 300).split()))
        if said is None:
            continue
        metric = _counted_metric(said.group("noun"))
        day = parse_date(said.group("date"))
        if metric is None or day is None:
            continue
        found += _read(doc, table, index, metric, day, Decimal(said.group("number").replace(
            ",", "")))
    return found


def _introduces_count(text: str, runs: list[tuple[int, int]]) -> bool:
    """Whether a sentence says "... operated 838 membership warehouses:" anywhere (``runs``:
    ``_runs_to_colon(text)``)."""
    return any(_ANY_TOTALLED.search(text, max(0, m.start() - 40), m.end())
               for start, end in runs
               for m in _COUNT_COLON.finditer(text, start, end))


# Every character of a _COUNT_COLON match but its closing colon is a digit, a lower-case
# letter, a hyphen or a blank, and it holds a digit then a blank: so each match lies in the run
# of such characters just before a colon, one that holds that pair, and _COUNT_COLON finds
# in those runs (no lookaround: ``pos``/``endpos`` read as the whole text) exactly the matches
# it finds in the whole text, at a fraction of the cost: it opens with \d and no literal, so
# sre tried it at every character of the text (a bare parse's tenth), while these runs are
# found from the colons, which sre skips to, in the reversed text. The run is the longest
# before its colon: the lazy part stops at the pair nearest the colon, the rest reaches back.
_RUN_REVERSED = re.compile(r":[\da-z\s-]*?\s\d[\da-z\s-]*")


def _runs(doc: Document) -> list[tuple[int, int]]:
    """``_runs_to_colon`` of the document's text, found once for both of its readers here
    (each reversed and scanned the whole text)."""
    return doc.index.derive("runs_to_colon", doc.text,
                            lambda text, _index: list(_runs_to_colon(text)))


def _runs_to_colon(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run before a colon holding a digit then a blank, colon included;
    the last run first."""
    size = len(text)
    for run in _RUN_REVERSED.finditer(text[::-1]):
        yield size - run.end(), size - run.start()


def _counted_metric(noun: str) -> str | None:
    """The count at a period's end whose cue names the noun ("membership warehouses")."""
    for row in all_metrics():
        if row.unit == "count" and row.is_point and row.is_stored and any(
                re.search(cue.pattern, noun, re.I) for cue in row.cues):
            return row.name
    return None


def _read(doc: Document, table, index: int, metric: str, day, number: Decimal) -> list[Fact]:
    rows = [r for r in doc.table_rows(table) if r.values]
    totals = [r for r in rows if _TOTAL.match(r.label)]
    if len(totals) != 1 or rows[-1] is not totals[0]:
        return []
    total = totals[0]
    column = next((v for v in total.values if v.number is not None
                   and v.number.value == number), None)
    if column is None:
        return []
    cells = [(row, _value_at(row, column)) for row in rows[:-1]]
    if len(cells) < 2 or any(v is None for _, v in cells) or sum(v for _, v in cells) != number:
        return []
    out = [_fact(doc, index, metric, day, total, column, number, None)]
    out += [_fact(doc, index, metric, day, row, column, value,
                  _FOOTNOTE.sub("", " ".join(row.label.split())))
            for row, value in cells if row.label.strip()]
    return out if len(out) == len(cells) + 1 else []


def _value_at(row, column) -> Decimal | None:
    for value in row.values:
        if min(value.end, column.end) - max(value.start, column.start) > 0:
            return value.number.value if value.number is not None else None
    return None


def _fact(doc: Document, index: int, metric: str, day, row, column, value: Decimal,
          entity: str | None) -> Fact:
    cell = next((v for v in row.values if min(v.end, column.end) - max(v.start, column.start)
                 > 0), column)
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    table=index, row=row.label, column="Total", text=cell.text)
    return Fact(metric=metric, value=value.quantize(Decimal(1)), unit="count", period_start=None,
                period_end=day, entity=entity, basis="segment" if entity else None, decimals=0,
                sources=(source,))
