"""The metric registry: everything filingcheck knows about a metric, one row per metric.

Every other place that knows a metric is a projection of this table: the XBRL concept map
(``extractors.concepts``), the row labels of the income statement, cash-flow statement and
balance sheet (``extractors.statements``, one label table per statement), the
words an article uses (``pipeline.verify.claims``), which figures are points in time and what
succeeds them (``pipeline.verify.match``), how derived figures are recomputed
(``pipeline.verify.derive``), what ``crosscheck`` compares and what the report charts.

Adding a metric that tables, XBRL and articles all understand is one ``Metric`` row (in the
row module of its family, ``core/rows_*.py``) plus
tests (``tests/test_registry.py`` adds one from a test-only row with ``added``).

Rows are listed most specific first: when two article cues match the very same words, the
earlier row's wins ("gross profit" before "profit").

Reading rules that live in their extractor: ``extractors.tables`` reads a net income line
"attributable to common stockholders" as net_income_common, and as net_income too only when
the table prints no preferred-dividend or accretion line between the two.
``extractors.non_gaap`` reads the lines a non-GAAP reconciliation prints between a GAAP line
and its twin (``non_gaap_of``) as ``non_gaap_adjustment`` items, only from a column that adds up.
``extractors.charges`` reads a charge, write-off, impairment or gain or loss the prose of a
periodic filing states with its amount and period as ``stated_charge``, the filer's words its
entity; ``pipeline.verify.charges`` matches an article's charge by those words only.
``extractors.count_parts`` reads a count at a period's end (``stores``) and its parts from a
table the sentence before it totals ("At August 28, 2022, we operated 838 membership
warehouses:"); ``count_change`` (net additions) is read and recomputed by
``pipeline.verify.count_changes``.
``extractors.capital_return`` reads a board's act from a periodic filing's prose: the dividend
rate declared or raised to (``dividend_declared_per_share``) and the amount authorized for
buybacks (``repurchase_authorization``), points of no period (``core/rows_capital.py``).
``extractors.release_prose`` reads a release that prints no statements from its sentences; a
per-share figure there that says neither basic nor diluted is ``eps_stated``.
``extractors.release_balances`` reads a balance or count a release's sentence states at its
quarter's end (``remaining_performance_obligations``, ``stores``).
``extractors.xbrl_naming`` reads the cover's fiscal year focus (``core/rows_document.py``), a
fact about the filing that only ``pipeline.verify.fiscal`` reads.
``extractors.store_counts`` reads a retailer's store roll-forward table (``stores`` at both days,
``store_openings`` and ``store_closures`` between); ``extractors.count_prose`` a 10-K's headcount
(``employees``) on the day its sentence names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps

from core.errors import ValidationError
from core.metric_model import (  # noqa: F401 (the registry's public names)
    ENTITY_KINDS,
    NOT_A_PART,
    SEGMENT_AXES,
    STATEMENTS,
    TABLE_STATEMENTS,
    UNITS,
    Cue,
    Derivation,
    Label,
    Metric,
    SectionLabel,
)
from core.metric_words import REV_CORE
from core.rows_balance import ROWS as BALANCE_ROWS
from core.rows_bank_ratios import ROWS as BANK_RATIO_ROWS
from core.rows_banks import ROWS as BANK_ROWS
from core.rows_capital import ROWS as CAPITAL_ROWS
from core.rows_cash import ROWS as CASH_ROWS
from core.rows_changes import ROWS as CHANGE_ROWS
from core.rows_comparable import ROWS as COMPARABLE_ROWS
from core.rows_counts import ROWS as COUNT_FLOW_ROWS
from core.rows_document import ROWS as DOCUMENT_ROWS
from core.rows_drivers import ROWS as DRIVER_ROWS
from core.rows_income import ROWS as INCOME_ROWS
from core.rows_kpi import ROWS as KPI_ROWS
from core.rows_lines import PER_UNIT_ROWS
from core.rows_lines import ROWS as LINE_ROWS
from core.rows_liquidity import ROWS as LIQUIDITY_ROWS
from core.rows_non_gaap import ROWS as NON_GAAP_ROWS
from core.rows_operating import ROWS as OPERATING_ROWS

# The table, in the order its rows are tried (most specific first: earlier rows win ties of
# article cues). Each family of rows lives in its own module (core/rows_*.py).
ROWS: tuple[Metric, ...] = (INCOME_ROWS + BALANCE_ROWS + CAPITAL_ROWS + CASH_ROWS + BANK_ROWS
                            + BANK_RATIO_ROWS + LINE_ROWS + CHANGE_ROWS + NON_GAAP_ROWS
                            + COUNT_FLOW_ROWS + KPI_ROWS + OPERATING_ROWS
                            + COMPARABLE_ROWS + DRIVER_ROWS + PER_UNIT_ROWS
                            + LIQUIDITY_ROWS + DOCUMENT_ROWS)

# The revenue core phrase, for readers of component lines ("Product revenue") and sections.
REVENUE_LABEL = REV_CORE


# --- the table and its projections ------------------------------------------------------------

_rows: dict[str, Metric] = {}
_version = [0]


def _install(rows: tuple[Metric, ...]) -> None:
    for row in rows:
        _check(row)
    _rows.clear()
    _rows.update((row.name, row) for row in rows)
    _version[0] += 1


def _check(row: Metric) -> None:
    if row.unit not in UNITS:
        raise ValidationError(f"metric {row.name}: unit {row.unit!r} is not one of {UNITS}")
    if row.entity is not None and row.entity not in ENTITY_KINDS:
        raise ValidationError(f"metric {row.name}: entity {row.entity!r} is not one of "
                              f"{ENTITY_KINDS}")
    if row.statement is not None and row.statement not in STATEMENTS:
        raise ValidationError(f"metric {row.name}: statement {row.statement!r} is not one of "
                              f"{tuple(STATEMENTS)}")
    if any(other not in TABLE_STATEMENTS for other in row.also_in):
        raise ValidationError(f"metric {row.name}: also_in {row.also_in!r} names a statement "
                              f"no table reader reads; one of {TABLE_STATEMENTS}")
    if row.labels and not row.label_words:
        raise ValidationError(f"metric {row.name}: labels need label_words (the pre-test)")


def all_metrics() -> tuple[Metric, ...]:
    """Every row, in the registry's order (most specific first)."""
    return tuple(_rows.values())


def metric_names(*, stored_only: bool = False) -> tuple[str, ...]:
    return tuple(m.name for m in _rows.values() if m.is_stored or not stored_only)


def get_metric(name: str) -> Metric:
    """The row named ``name``; an unknown name is a ValidationError listing the known ones."""
    row = _rows.get(name)
    if row is None:
        known = ", ".join(sorted(_rows))
        raise ValidationError(f"unknown metric {name!r}; known metrics: {known}")
    return row


def find_metric(name: str | None) -> Metric | None:
    """The row named ``name``, or None (for names read from text, which may be anything)."""
    return _rows.get(name) if name else None


def projection(build: Callable[[], object]) -> Callable[[], object]:
    """Cache a table built from the registry until the registry changes.

    Every projection of the registry (the concept map, the label patterns, the article cues...)
    is such a function: computed once on first use, and again after ``added`` changes the
    rows. The cost of a call is one comparison, so hot paths may call it freely.
    """
    built: list = [None, None]  # (version, value)

    @wraps(build)
    def current():
        if built[0] != _version[0]:
            built[:] = [_version[0], build()]
        return built[1]

    return current


_on_change: list[Callable[[], None]] = []


def on_change(clear: Callable[[], None]) -> Callable[[], None]:
    """Register a memo (an ``lru_cache``'s ``cache_clear``) that depends on the rows."""
    _on_change.append(clear)
    return clear


@contextmanager
def added(*rows: Metric) -> Iterator[None]:
    """The registry with ``rows`` added (or replacing rows of the same name) for the duration:
    how a test shows that one row is all a new metric needs."""
    before = tuple(_rows.values())
    names = {row.name for row in rows}
    _install(tuple(r for r in before if r.name not in names) + rows)
    _changed()
    try:
        yield
    finally:
        _install(before)
        _changed()


def _changed() -> None:
    for clear in _on_change:
        clear()


@projection
def metrics_where() -> dict[str, tuple[str, ...]]:
    """Names by flag, for the many places that ask 'which metrics are ...'."""
    rows = _rows.values()
    return {
        "point": tuple(m.name for m in rows if m.is_point),
        "balance": tuple(m.name for m in rows if m.is_balance),
        "charted": tuple(m.name for m in rows if m.is_charted),
        "crosschecked": tuple(m.name for m in rows if m.is_crosschecked),
        "derived": tuple(m.name for m in rows if m.derivation is not None),
        "growth_base": tuple(m.name for m in rows if m.is_growth_base),
        "stored": tuple(m.name for m in rows if m.is_stored),
        "income": tuple(m.name for m in rows if m.statement == "income"),
    }


def names_where(flag: str) -> tuple[str, ...]:
    return metrics_where()[flag]


_install(ROWS)

