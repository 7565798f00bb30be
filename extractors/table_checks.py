"""The arithmetic an income statement satisfies, checked before its figures are trusted.

Where one column shows revenue, cost of revenue and gross profit, revenue less cost is gross
profit within the rounding of three printed figures. A table whose columns break it is not read
as a statement: its rows or columns are not what their labels and headers say (a figure taken
from the wrong column, a subtotal read as the total), and a wrong value is worse than none.

The identities are data (``IDENTITIES``): (the result, the minuend, the subtrahend), each a
metric read as money from the same column.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

IDENTITIES = (
    ("gross_profit", "revenue", "cost_of_revenue"),
)
# Printed figures are each rounded by half a unit of their last digit; three of them may be off
# by 1.5 units together, never more.
_ROUNDING_UNITS = Decimal("1.5")


def columns_add_up(figures: dict[tuple, dict[str, tuple[Decimal, int, int]]],
                   between: Callable[[tuple, int, int], list[Decimal]]) -> bool:
    """``figures``: per column, metric -> (printed value, printed decimals, row index);
    ``between(column, first, last)``: that column's figures on the rows strictly between two.
    False when a column showing every term of an identity breaks it, even once the lines
    printed between the subtrahend and the result are taken off too (AMD's "Amortization of
    acquisition-related intangibles" between "Cost of sales" and "Gross profit")."""
    for key, column in figures.items():
        for result, minuend, subtrahend in IDENTITIES:
            terms = [column.get(name) for name in (result, minuend, subtrahend)]
            if None in terms:
                continue
            (net, a, last), (top, b, _), (cost, c, first) = terms
            slack = _ROUNDING_UNITS * Decimal(1).scaleb(-min(a, b, c))
            gap = top - abs(cost) - net
            if abs(gap) > slack and abs(gap - sum(map(abs, between(key, first, last)))) > slack:
                return False
    return True
