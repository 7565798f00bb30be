"""A row of an article's table whose label a copy lost ("| Q3 2018 | Q3 2017 |" over
"| $285.9 million | $329.8 million |", then labelled rows): no word says what its figures are,
so only the filings can, and only when they leave one reading.

The row is a filed line when its figures, column by column, equal that line's filed values for
each column's period (at the article's precision), in two columns at least, and no other line
(metric, or a part's figure of one) fits every column. A single figure matched by its value
alone is no evidence (a value of some line lies near almost any figure), and a row that two
lines fit, or none, says nothing: it is unverifiable, and never drifted, since no label says
what was meant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import names_where
from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match, period_fit, tolerance
from pipeline.verify.claims_context import is_table_row
from warehouse.records import StoredFact

_MIN_COLUMNS = 2
_SEPARATORS = re.compile(r"[|\s]")


def row_figures(claim: Claim, claims: list[Claim]) -> list[Claim] | None:
    """The figures of the label-less table row ``claim`` stands in, in column order; None when
    the row has a label, fewer than two dated figures, or a figure another reader named."""
    row = claim.sentence
    if not is_table_row(row):
        return None
    cells = sorted((c for c in claims if c.sentence == row
                    and abs(c.span[0] - claim.span[0]) <= len(row)), key=lambda c: c.span)
    first = row.find(cells[0].text) if cells else -1
    if first < 0 or _SEPARATORS.sub("", row[:first]):
        return None  # words before the first figure: the row's label
    # the figures in the claim's unit (a change column's percentages are not the line's)
    figures = [c for c in cells if c.unit == claim.unit]
    if len(figures) < _MIN_COLUMNS or any(
            c.metric is not None or c.value is None or c.period_end is None
            or c.not_checkable_reason for c in figures):
        return None
    if len({(c.period_start, c.period_end) for c in figures}) != len(figures):
        return None  # two figures of one period: the columns are not periods
    return figures


def _line_fits(figure: Claim, line: tuple[str, str | None], facts: list[StoredFact],
               calendar) -> StoredFact | None:
    """The filed fact of ``line`` (``facts``: that line's own, in the figure's unit) for the
    figure's column period that bears the figure out."""
    wanted = match.Wanted.of(figure, metric=line[0])
    for sf in facts:
        if period_fit.period_matches(wanted, sf, calendar) and tolerance.fits(
                figure, sf.fact.value, tolerance.tolerance_for(figure, sf)):
            return sf
    return None


def _dated_lines(facts: list[StoredFact]) -> list[StoredFact]:
    """Facts a column's period can pin: a period's figure or a balance on a day, never a term
    of no period (an offering's price, a cover's count), which any column would fit."""
    undated = set(period_fit.point_metrics()) - set(names_where("balance"))
    return [sf for sf in discipline.standing(facts) if sf.fact.metric not in undated]


def verify_row(claim: Claim, claims: list[Claim], facts: list[StoredFact]) -> Verification | None:
    """Supported when exactly one filed line fits every figure of the claim's label-less row;
    unverifiable naming them when several do; None when the claim is in no such row or no
    line fits (the caller says what was searched)."""
    figures = row_figures(claim, claims)
    if figures is None:
        return None
    calendar = match.calendar_for(facts)
    # each line's facts grouped once, not rescanned for every line and column
    by_line: dict[tuple[str, str | None], list[StoredFact]] = {}
    for sf in _dated_lines(facts):
        if sf.fact.unit == claim.unit:
            by_line.setdefault((sf.fact.metric, sf.fact.entity), []).append(sf)
    fitting = {}
    for line in sorted(by_line, key=str):
        found = [_line_fits(f, line, by_line[line], calendar) for f in figures]
        if all(found):
            fitting[line] = found[figures.index(claim)]
    if not fitting:
        return None
    if len(fitting) > 1:
        named = ", ".join(m + (f" ({e})" if e else "") for m, e in fitting)
        return Verification(claim, "unverifiable", reason=(
            f"a table row with no label: its {len(figures)} figures fit several filed lines "
            f"({named}), and no word says which one the article means"))
    (metric, entity), fact = next(iter(fitting.items()))
    named = replace(claim, metric=metric, entity=entity)
    return Verification(named, "supported", filed_value=fact.fact.value,
                        delta=claim.value - fact.fact.value,
                        evidence=(match.evidence_of(fact),), reason=(
        f"a table row with no label: its {len(figures)} figures equal {metric}"
        f"{f' of {entity}' if entity else ''} in every column's period, and no other filed "
        f"line fits them all"))
