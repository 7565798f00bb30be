"""The arithmetic an income statement satisfies, checked before its figures are trusted.

Where one column shows revenue, cost of revenue and gross profit, revenue less cost is gross
profit within the rounding of three printed figures. A table whose columns break it is not read
as a statement: its rows or columns are not what their labels and headers say (a figure taken
from the wrong column, a subtotal read as the total), and a wrong value is worse than none.

The identities are data (``IDENTITIES``): (the result, the minuend, the subtrahend), each a
metric read as money from the same column. Readings are the table reader's
(``table_readings.Reading``: ``match.metric``, ``row``, ``value``, ``column``, ``period``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from core.metrics import get_metric
from extractors.kpi import is_average

IDENTITIES = (
    ("gross_profit", "revenue", "cost_of_revenue"),
)
# Printed figures are each rounded by half a unit of their last digit; three of them may be off
# by 1.5 units together, never more.
_ROUNDING_UNITS = Decimal("1.5")


def columns_add_up(money: list, rows: list) -> bool:
    """False when a column showing every term of an identity breaks it, even once the lines
    printed between the subtrahend and the result are taken off too (AMD's "Amortization of
    acquisition-related intangibles" between "Cost of sales" and "Gross profit"). ``money``:
    the table's money readings; ``rows``: its rows."""
    columns: dict[tuple, dict] = {}
    for reading in money:
        columns.setdefault((reading.column, reading.period), {})[reading.match.metric] = reading
    for column in columns.values():
        for result, minuend, subtrahend in IDENTITIES:
            terms = [column.get(name) for name in (result, minuend, subtrahend)]
            if None not in terms and not _holds(*terms, rows):
                return False
    return True


def keep_terms_that_hold(readings: list, rows: list) -> list:
    """Where a column prints two lines of one term of an identity (Vulcan's statement: "Cost
    of goods sold" and, after delivery costs, "Cost of revenues"), only those that make the
    identity hold with the column's other terms are that term; when none does, all stay (and
    ``columns_add_up`` judges the table)."""
    columns: dict[tuple, dict[str, list]] = {}
    for reading in readings:
        if not reading.match.per_share and not reading.value.number.is_percent:
            key = (reading.column, reading.period)
            columns.setdefault(key, {}).setdefault(reading.match.metric, []).append(reading)
    dropped: set[int] = set()
    for terms in columns.values():
        for identity in IDENTITIES:
            groups = [terms.get(name, []) for name in identity]
            if not all(groups) or all(len(group) == 1 for group in groups):
                continue
            holding = [combo for combo in _combinations(groups) if _holds(*combo, rows)]
            if holding:
                kept = {id(r) for combo in holding for r in combo}
                dropped |= {id(r) for group in groups for r in group if id(r) not in kept}
    return [r for r in readings if id(r) not in dropped]


def _combinations(groups: list[list]) -> list[tuple]:
    return [(a, b, c) for a in groups[0] for b in groups[1] for c in groups[2]]


def per_share_adds_up(money: list, per_share: list, rows: list) -> bool:
    """False when a column's diluted EPS times its diluted share count is far from its net
    income at every power of ten (shares and money may be printed in different scales). Only
    where the table prints one diluted share count, and EPS is not so small that its rounding
    hides the product; the slack allows for preferred dividends and accretion, which EPS
    counts and net income does not (Marathon: 0.13 x 168.5 million against 19.1 million)."""
    if not per_share:  # nothing to check: no row is searched for a share count (a regex each)
        return True
    shares = [row for row in rows if row.values and _DILUTED_SHARES.search(row.label)
              and "per " not in row.label.lower()]
    if len(shares) != 1:
        return True
    income = {(r.column, r.period): r for r in money if r.match.metric == "net_income"}
    for eps in per_share:
        net = income.get((eps.column, eps.period))
        count = _figure_under(shares[0], eps.value)
        value = eps.value.number.value
        if net is None or count is None or abs(value) < _SMALLEST_EPS or not count:
            continue
        if not _near_power_of_ten(abs(net.value.number.value), abs(value * count),
                                  _EPS_SLACK + _HALF_CENT / abs(value)):
            return False
    return True


# A diluted share count's label: "Weighted average shares - diluted", "Shares used in computing
# diluted net income per share", "Average Shares Outstanding — Diluted" (not "Dilutive effect
# of retention shares", a part of it, nor "anti-dilutive" options left out of it).
_DILUTED_SHARES = re.compile(r"(?:weighted|average|shares used|number of shares|shares "
                             r"outstanding|denominator)\b.*\bdiluted\b|\bdiluted (?:weighted|"
                             r"average|shares)", re.I)
_SMALLEST_EPS = Decimal("0.10")
_HALF_CENT = Decimal("0.005")
_EPS_SLACK = Decimal("0.20")


def _figure_under(row, value):
    """The row's figure in the grid columns of ``value`` (overlapping them), if one."""
    number = _number_in(row, value)
    return None if number is None else number.value


def _near_power_of_ten(actual: Decimal, product: Decimal, slack: Decimal) -> bool:
    if not actual or not product:
        return actual == product
    ratio = actual / product
    exponent = round(ratio.log10())
    return abs(ratio / Decimal(10) ** exponent - 1) <= slack


def _holds(result, minuend, subtrahend, rows: list) -> bool:
    net, top, cost = (r.value.number for r in (result, minuend, subtrahend))
    slack = _ROUNDING_UNITS * Decimal(1).scaleb(-min(net.decimals, top.decimals, cost.decimals))
    gap = top.value - abs(cost.value) - net.value
    if abs(gap) <= slack:
        return True
    between = _figures_between(rows, subtrahend, result)
    return abs(gap - sum(map(abs, between))) <= slack


def _figures_between(rows: list, first, last) -> list[Decimal]:
    """The figures in ``first``'s grid column on the rows strictly between two readings'."""
    start, end = first.value.start, first.value.end
    return [v.number.value for row in rows if first.row.index < row.index < last.row.index
            for v in row.values if v.start == start and v.end == end and not v.number.is_percent]


def parts_add_up(money: list, rows: list) -> bool:
    """False when a total revenue line is not the sum of the lines printed above it, from any
    section header up (Salesforce: "Revenues:" / subscription 35,679 / services 2,216 / "Total
    revenues" 37,895; Wells Fargo's "Markets:" block inside its revenue lines), with the
    subtotals a run of lines adds up to counted once (Goldman Sachs's and JPMorgan's
    noninterest revenue beside net interest income) and deductions printed unsigned ("Less:
    ..."). Checked only where a header opens the lines and two or more stand above the total."""
    for total in money:
        if total.match.metric != "revenue" or not total.row.label.lower().startswith("total"):
            continue
        starts = _section_starts(rows, total)
        if starts and not any(_sums_to(total.value.number, parts) for parts in starts):
            return False
    return True


def _section_starts(rows: list, total) -> list[list[tuple[str, object]]]:
    """For each section header above ``total`` (nearest first), the (label, figure) lines
    between it and the total; none when a line has no single figure in this column."""
    lines: list[tuple[str, object]] = []
    found = []
    for row in reversed([row for row in rows if row.index < total.row.index]):
        if not row.values:
            if row.label and len(lines) >= 2:
                found.append(list(reversed(lines)))
            continue
        figure = [v.number for v in row.values if v.start == total.value.start
                  and v.end == total.value.end and not v.number.is_percent]
        if len(figure) != 1:
            break  # a line without a figure in this column: not a plain list of parts
        lines.append((row.label.lower(), figure[0]))
    return found


def _sums_to(total, parts: list[tuple[str, object]]) -> bool:
    unit = Decimal(1).scaleb(-min([total.decimals] + [n.decimals for _, n in parts]))
    slack = _ROUNDING_UNITS * len(parts) * unit
    return any(abs(total.value - way) <= slack for way in (
        _added(parts, unit, lambda label, value: value),
        _added(parts, unit, lambda label, value: -abs(value) if label.startswith("less")
               else value)))


def _added(parts: list, unit: Decimal, signed) -> Decimal:
    """The sum of the lines, where a line equal to the sum of the two or more lines just above
    it (a subtotal, whatever its label: Wells Fargo's "Total Markets") or to the difference of
    the two just above it (a bank's net interest income: interest income less interest
    expense) stands for them."""
    pending: list[Decimal] = []
    for label, number in parts:
        value = signed(label, number.value)
        pending = _folded(pending, value, unit)
    return sum(pending, Decimal(0))


def _folded(pending: list[Decimal], value: Decimal, unit: Decimal) -> list[Decimal]:
    """``pending`` with ``value`` added, or standing for the lines it totals (each of the
    figures rounded by half a unit: a fold of ``size`` lines is off by at most that many)."""
    if len(pending) >= 2 and abs(pending[-2] - abs(pending[-1]) - value) <= _ROUNDING_UNITS * unit:
        return pending[:-2] + [value]
    for size in range(2, len(pending) + 1):
        if abs(sum(pending[-size:]) - value) <= _ROUNDING_UNITS * size * unit:
            return pending[:-size] + [value]
    return pending + [value]


def drop_percent_subcolumns(readings: list, rows: list) -> list:
    """Of a row's several figures under one year header, those in a grid column where the
    table prints a "%" are its percent of revenue, not figures: GoPro's 10-K spans "2018" over
    "$1,148,337 | 100%" and "786,903 | 69", and the bare 69 read as cost of revenue."""
    percent_starts = {v.start for row in rows for v in row.values if v.number.is_percent}
    shared = Counter((r.row.index, r.column) for r in readings)
    return [r for r in readings if shared[r.row.index, r.column] == 1
            or r.value.number.is_percent or r.value.start not in percent_starts]


def quarters_add_up(money: list) -> bool:
    """False when a row's periods that together make another period the same row prints (four
    quarters and the year of a quarterly note's "Total" column, Microsoft's "Quarter Ended
    September 30 ... June 30 | Total") do not add up to it within their rounding: a column
    dated wrong or a figure read from the wrong cell. ``money``: the table's money readings."""
    rows: dict[int, list] = {}
    for reading in money:
        rows.setdefault(reading.row.index, []).append(reading)
    for readings in rows.values():
        for whole in readings:
            parts = _tiling(whole.period, [r for r in readings if r is not whole])
            if parts and not _whole_of(whole, parts):
                return False
    return True


def _whole_of(whole, parts: list) -> bool:
    """A flow is the sum of its parts' periods; an average over them (a bank's average loans
    by quarter and for the year) lies between the least and the greatest of theirs."""
    numbers = [r.value.number for r in parts]
    if is_average(whole.match.metric):
        values = [n.value for n in numbers]
        return min(values) <= whole.value.number.value <= max(values)
    return _sum_within(whole.value.number, numbers)


def _tiling(period, readings: list) -> list:
    """The readings whose periods, one after another, make up ``period`` exactly (or [])."""
    inside = sorted((r for r in readings if r.period.start and period.start <= r.period.start
                     and r.period.end <= period.end and r.period != period),
                    key=lambda r: r.period.start)
    chain, reached = [], period.start
    for reading in inside:
        if reading.period.start == reached:
            chain.append(reading)
            reached = reading.period.end + timedelta(days=1)
    return chain if len(chain) >= 2 and reached == period.end + timedelta(days=1) else []


def _sum_within(total, parts: list) -> bool:
    """Printed figures are each off by half a unit of their last digit at most."""
    unit = Decimal(1).scaleb(-min([total.decimals] + [n.decimals for n in parts]))
    slack = Decimal("0.5") * (len(parts) + 1) * unit
    return abs(total.value - sum(n.value for n in parts)) <= slack


def signed_between(readings: list, rows: list) -> list:
    """The readings, a line printed between two it is the difference of (``Metric.is_between``:
    income tax between the income before and after it) signed as that difference, the line
    above less the line below; dropped where the rows around it, in its column, are no such
    pair (an equity-method line between the tax and net income, a tax note's rows)."""
    if not any(get_metric(r.match.metric).is_between for r in readings):
        return readings
    data = [row for row in rows if row.values]
    position = {row.index: i for i, row in enumerate(data)}
    out = []
    for reading in readings:
        if not get_metric(reading.match.metric).is_between or reading.match.per_share \
                or reading.value.number.is_percent:
            out.append(reading)
            continue
        i = position[reading.row.index]
        if 0 < i < len(data) - 1:
            signed = _difference(reading.value, data[i - 1], data[i + 1])
            if signed is not None:
                number = replace(reading.value.number, value=signed)
                out.append(replace(reading, value=replace(reading.value, number=number)))
    return out


def _difference(value, above, below) -> Decimal | None:
    """The figure's size signed as the figure above less the one below in its grid column, or
    None when that difference is not its size (within the rounding of three printed figures)."""
    first, second = (_number_in(row, value) for row in (above, below))
    if first is None or second is None:
        return None
    number = value.number
    slack = _ROUNDING_UNITS * Decimal(1).scaleb(-min(number.decimals, first.decimals,
                                                     second.decimals))
    gap, size = first.value - second.value, abs(number.value)
    if abs(gap - size) <= slack:
        return size
    if abs(gap + size) <= slack:
        return -size
    return None


def _number_in(row, value):
    """The row's one figure in ``value``'s grid columns (overlapping them: a "$" or a ")" cell
    glued to a figure widens it), if one."""
    found = [v.number for v in row.values if min(v.end, value.end) > max(v.start, value.start)
             and not v.number.is_percent]
    return found[0] if len(found) == 1 else None
