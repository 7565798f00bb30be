"""The fact model shared by every extractor, the warehouse and the verifier.

A ``Fact`` is one figure a filing states: a metric, an exact ``Decimal`` value in base units
(USD, shares, percent as a percent number such as 62.0, USD/share), its period, and every place
it was read from (``Source``). Values are never floats.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from core.metrics import metric_names

UNITS = ("USD", "shares", "percent", "USD/share", "count")

# The stored metrics as the registry lists them when this module loads (a test's ``added`` row
# is not here: ask core.metrics.metric_names for the live list).
METRICS = metric_names(stored_only=True)


@dataclass(frozen=True)
class Source:
    """Where one reading of a fact came from.

    ``table``/``row``/``column`` locate a table cell (table index within the document, the row
    label, the column header as printed); ``span`` locates a sentence or tag as a character span
    of the document's visible text (or of its raw markup for XBRL); ``text`` is the raw text read
    (the cell text, the sentence, or the tag's text).
    """

    document: str
    extractor: str
    extractor_version: str
    table: int | None = None
    row: str | None = None
    column: str | None = None
    span: tuple[int, int] | None = None
    text: str = ""
    concept: str | None = None  # XBRL concept (e.g. us-gaap:Revenues) when the source is a tag

    def locator(self) -> str:
        """A short human-readable locator: 'table 3, row "Revenue", column "2025"' or a span."""
        parts = []
        if self.table is not None:
            parts.append(f"table {self.table}")
        if self.row:
            parts.append(f'row "{self.row}"')
        if self.column:
            parts.append(f'column "{self.column}"')
        if self.concept:
            parts.append(f"concept {self.concept}")
        if self.span is not None:
            parts.append(f"chars {self.span[0]}-{self.span[1]}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Fact:
    """One figure as a filing states it.

    ``entity`` names what the figure is about when it is not the company as a whole: a customer
    ("MBZUAI", "Customer A"), a share class ("Class A", "total"), or "with_option".
    ``basis`` qualifies it: "revenue" or "accounts_receivable" for concentration; None otherwise.
    ``decimals`` is the precision the filing states, XBRL-style: 1 for 62.0 (percent), -3 for a
    figure printed in thousands, 0 for an exact share count; None when unknown.
    ``is_conflict`` marks a figure that another reading of the same document contradicts.
    """

    metric: str
    value: Decimal
    unit: str
    period_start: date | None
    period_end: date | None
    entity: str | None = None
    basis: str | None = None
    decimals: int | None = None
    sources: tuple[Source, ...] = field(default=())
    is_conflict: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.value, Decimal):
            raise TypeError(f"Fact.value must be Decimal, got {type(self.value).__name__}")
        if self.unit not in UNITS:
            raise ValueError(f"Fact.unit {self.unit!r} is not one of {UNITS}")

    def key(self) -> tuple:
        """What makes two readings the same figure (value excluded)."""
        return (
            self.metric,
            self.unit,
            self.period_start,
            self.period_end,
            self.entity,
            self.basis,
        )


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """Fold readings of the same figure into one fact carrying every source.

    Readings with the same key and value become one fact; readings with the same key and
    different values are all kept and each is marked ``is_conflict``. Order is stable: the first
    reading of each figure decides its position.
    """
    # key -> first spelling of each value -> the readings folded so far. Each merged Fact is
    # built once at the end: re-building it (dataclasses.replace) per folded reading cost more
    # than the folding.
    groups: dict[tuple, dict[Decimal, _Folded]] = {}
    for fact in facts:
        values = groups.setdefault(fact.key(), {})
        match = _equal_value(values, fact.value)
        if match is None:
            values[fact.value] = _Folded(fact)
        else:
            values[match].fold(fact)
    merged: list[Fact] = []
    for values in groups.values():
        if len(values) > 1:
            values = _fold_rounded(values)
        conflict = len(values) > 1
        merged += [folded.fact(conflict) for folded in values.values()]
    return merged


def _fold_rounded(values: dict[Decimal, _Folded]) -> dict[Decimal, _Folded]:
    """Fold a reading stated at a coarser precision into the one precise reading it rounds.

    HubSpot's Q2 2025 10-Q tags "$760.9 million" in its MD&A (decimals -5) and prints
    760,866 thousand in its statement: one figure read twice, not two figures. A coarse reading
    is folded only when exactly one finer reading lies within half a unit of its last digit;
    the finer value is the figure and the coarse reading stays one of its sources.
    """
    out = dict(values)
    for value, coarse in sorted(values.items(), key=lambda item: _precision(item[1])):
        if coarse.decimals is None or value not in out:
            continue
        half_unit = Decimal(5).scaleb(-coarse.decimals - 1)
        finer = [v for v, f in out.items() if v != value and f.decimals is not None
                 and f.decimals > coarse.decimals and abs(v - value) <= half_unit]
        if len(finer) == 1:
            out[finer[0]].fold_sources(coarse)
            del out[value]
    return out


def _precision(folded: _Folded) -> int:
    return folded.decimals if folded.decimals is not None else 10**6


def _equal_value(values: dict[Decimal, _Folded], value: Decimal) -> Decimal | None:
    """The key of ``values`` equal to ``value`` (Decimal('62.0') == Decimal('62')), or None."""
    if value.is_nan():
        # NaN equals nothing (and hashes by identity): let equality decide, key by key.
        return next((v for v in values if v == value), None)
    # Equal Decimals hash alike and no two keys are equal, so a look-up finds the one match.
    return value if value in values else None


class _Folded:
    """The first reading of a value, and the sources and precision of all its readings."""

    __slots__ = ("first", "sources", "decimals")

    def __init__(self, first: Fact):
        self.first = first
        self.sources = list(first.sources)
        self.decimals = first.decimals

    def fold(self, fact: Fact) -> None:
        self.sources += [s for s in fact.sources if s not in self.sources]
        self.decimals = _finer(self.decimals, fact.decimals)

    def fold_sources(self, coarse: _Folded) -> None:
        """Take a coarser reading's sources; the precision stays this (finer) reading's."""
        self.sources += [s for s in coarse.sources if s not in self.sources]

    def fact(self, conflict: bool) -> Fact:
        first = self.first
        is_conflict = conflict or first.is_conflict
        if (len(self.sources) == len(first.sources) and self.decimals == first.decimals
                and is_conflict == first.is_conflict):
            return first  # nothing to change, and a frozen Fact is safe to share
        return replace(first, sources=tuple(self.sources), decimals=self.decimals,
                       is_conflict=is_conflict)


def _finer(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
