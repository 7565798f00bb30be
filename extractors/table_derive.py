"""Ratios an income statement implies but does not print (gross margin from gross profit and
revenue), one table at a time: a projection of the registry's derivation rows of kind "ratio"
whose statement is "income", so a new ratio row is derived without code here."""

from __future__ import annotations

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


def derive_ratios(facts: list[Fact]) -> list[Fact]:
    """Each ratio row's value from one table's facts, for the periods where it states none."""
    derived: list[Fact] = []
    for row in ratio_rows():
        derived += _derive(row, facts)
    return derived


def _derive(row: Metric, facts: list[Fact]) -> list[Fact]:
    numerators, denominators = row.derivation.inputs
    stated = {_period(f) for f in facts if f.metric == row.name}
    below = _by_period(facts, denominators)
    step = Decimal(1).scaleb(-row.derivation.decimals)
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
                            period_end=top.period_end, decimals=row.derivation.decimals,
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
    stated = {(f.metric, *_period(f)) for f in facts
              if f.metric in formulas and f.sources[0].row != formulas[f.metric]}
    return [f for f in facts if not (f.metric in formulas
                                     and f.sources[0].row == formulas[f.metric]
                                     and (f.metric, *_period(f)) in stated)]
