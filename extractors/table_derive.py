"""Ratios an income statement implies but does not print (gross margin from gross profit and
revenue), one table at a time: a projection of the registry's derivation rows of kind "ratio"
whose statement is "income", so a new ratio row is derived without code here."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.facts import Fact, Source
from core.metrics import Metric, all_metrics, projection

EXTRACTOR = "tables"  # a derived figure is the table reader's, with the formula as its row
EXTRACTOR_VERSION = "1.0"


@projection
def ratio_rows() -> tuple[Metric, ...]:
    """The rows a table's figures may be divided into: 100 x first operand / second."""
    return tuple(m for m in all_metrics() if m.statement == "income"
                 and m.derivation is not None and m.derivation.kind == "ratio")


def derive_ratios(facts: list[Fact], decimals: int | None = None) -> list[Fact]:
    """Each ratio row's value from one table's facts, for the periods where it states none (to
    the row's decimals, or to ``decimals``)."""
    derived: list[Fact] = []
    for row in ratio_rows():
        derived += _derive(row, facts, row.derivation.decimals if decimals is None else decimals)
    return derived


def _derive(row: Metric, facts: list[Fact], decimals: int) -> list[Fact]:
    numerators, denominators = row.derivation.inputs
    stated = {_period(f) for f in facts if f.metric == row.name}
    below = _by_period(facts, denominators)
    step = Decimal(1).scaleb(-decimals)
    derived = []
    for top in _in_preference(facts, numerators):
        period = _period(top)
        bottom = below.get(period)
        if period in stated or bottom is None or not bottom.value:
            continue
        stated.add(period)  # the first (best) numerator of a period is the one divided
        first = top.sources[0]
        source = Source(document=first.document, extractor=EXTRACTOR,
                        extractor_version=EXTRACTOR_VERSION, table=first.table,
                        row=row.derivation.formula, column=first.column,
                        text=f"{top.value} / {bottom.value}")
        derived.append(Fact(metric=row.name, value=(top.value * 100 / bottom.value).quantize(step),
                            unit=row.unit, period_start=top.period_start,
                            period_end=top.period_end, decimals=decimals,
                            sources=(source,)))
    return derived


def _period(fact: Fact) -> tuple:
    return (fact.period_start, fact.period_end)


def _in_preference(facts: list[Fact], metrics: tuple[str, ...]) -> list[Fact]:
    """The facts of these metrics, best metric first, each metric's in document order."""
    return [f for metric in metrics for f in facts if f.metric == metric]


def _by_period(facts: list[Fact], metrics: tuple[str, ...]) -> dict[tuple, Fact]:
    """Per period, the best metric's fact (of one metric's several, the last one read)."""
    found: dict[tuple, Fact] = {}
    for metric in reversed(metrics):
        found.update((_period(f), f) for f in facts if f.metric == metric)
    return found


def drop_derived_where_stated(facts: list[Fact]) -> list[Fact]:
    """A ratio the filing states beats the one we compute for the same period."""
    formulas = {row.name: row.derivation.formula for row in ratio_rows()}
    if not formulas:
        return facts
    stated = {(f.metric, *_period(f)) for f in facts  # (not one over net sales: another base)
              if f.metric in formulas and f.sources[0].row != formulas[f.metric]
              and f.basis != SALES_BASIS}
    return [f for f in facts if not (f.metric in formulas
                                     and f.sources[0].row == formulas[f.metric]
                                     and (f.metric, *_period(f)) in stated)]


SALES_BASIS = "net_sales"  # a ratio's basis when its revenue is the net-sales line
# (the recomputation a claim is judged by keeps its precision, as one from the lines does: a
# "13.85%" is not held to a margin rounded to 13.9)
_SALES_DECIMALS = 4
_BULK = Decimal("0.75")


def ratios_over_sales(table_facts: list[Fact], sales: list[Fact]) -> list[Fact]:
    """The revenue ratios (gross margin) over a net-sales line the statement adds other revenues
    to (net sales + delivery revenues = total revenues): the base the filer states margins on,
    kept beside the total-revenue ones with the basis ``SALES_BASIS``."""
    totals = {_period(f): f.value for f in table_facts if f.metric == "revenue"}
    periods = [_period(f) for f in sales]
    # one net-sales line per period, the bulk of the total (several are parts' lines, a
    # segment table's; a small one is a part of revenue, no base the company's margin is on)
    sales = [f for f in sales if periods.count(_period(f)) == 1
             and totals.get(_period(f), 0) * _BULK < f.value < totals.get(_period(f), 0)]
    if not sales:
        return []
    others = [f for f in table_facts if f.metric != "revenue" and f.metric not in over_revenue()]
    return [replace(f, basis=SALES_BASIS,
                    sources=(replace(f.sources[0], row=f.sources[0].row + " (net sales)"),))
            for f in derive_ratios(others + sales, _SALES_DECIMALS) if f.metric in over_revenue()]


@projection
def over_revenue() -> frozenset[str]:
    """The ratio rows whose base is revenue."""
    return frozenset(m.name for m in ratio_rows() if "revenue" in m.derivation.inputs[1])
