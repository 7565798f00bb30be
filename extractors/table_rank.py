"""Which of a document's statement tables speaks for the company when several print the same
figure: each table's score (how fully it reads as the company's own statement), its rank, and
the better table's readings standing over a lesser one's where they disagree. Readings are the
table reader's (``table_readings.Reading``: ``match``, ``value``, ``period``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from core.metrics import get_metric

TITLE_SCORE = 3  # a statement under its own title outranks a summary naming a line or two more


@dataclass
class StatementTable:
    """A statement table's readings; ``scale`` None when nothing states it, ``kind`` the
    statement it reads as (``statement_kinds``)."""

    index: int
    readings: list
    scale: int | None
    score: int = 0
    kind: str = "income"
    # a net-sales line's readings under a larger total-revenue line (margins over it: table_derive)
    sales: list = field(default_factory=list)

    @property
    def rank(self) -> tuple[int, int]:
        """How far its readings are trusted against another table's of the same figure. Of
        two full statements of a cash flow or a balance sheet, the first printed is the
        registrant's own: a combined filing prints its subsidiary registrants' statements after
        the parent's (Spire's 10-Q: Spire Inc., then Spire Missouri, then Spire Alabama), and
        parent-only or guarantor statements come later still."""
        return (self.score, 0 if self.kind == "income" else -self.index)


# Net income is the one line of a registrant's condensed (parent-only) statement of income that
# is the consolidated company's own: the parent carries its subsidiaries by the equity method
# (Regulation S-X's Schedule I), so its net income is the consolidated net income attributable
# to it (Progressive's FY2023 10-K, Schedule II: 3,902.4, the group's; its "Total revenues" is
# the parent's own few billion of the group's sixty). Its other lines are the parent's alone.
_REGISTRANT_LINES = frozenset({"net_income"})


def registrant_readings(readings: list) -> list:
    """The readings of a parent-only statement of income that state the consolidated
    company's figure: its net income lines (in money, not a percent or per-share cell)."""
    return [r for r in readings
            if r.match.metric in _REGISTRANT_LINES and unit_kind(r) == "money"]


def unit_kind(reading) -> str | None:
    """'percent', 'per_share', 'count' or 'money'; None when the cell cannot be the row's
    metric."""
    row = get_metric(reading.match.metric)
    if reading.value.number.is_percent or row.unit == "percent":
        # a percent cell states the row's own percent metric, or the one it names (a gross
        # profit row's "62%" is the gross margin); on any other row it is no figure of ours
        return "percent" if row.unit == "percent" or row.percent_cells else None
    if row.unit == "count":  # members, accounts, units: never money, never per share
        return "count"
    return "per_share" if reading.match.per_share else "money"


def statement_score(metrics: set[str], labels_text: str) -> int:
    """How fully a table reads as an income statement: lines it names, taxes, per-share."""
    lower = labels_text.lower()
    return len(metrics) + ("income tax" in lower) + ("per share" in lower)


def drop_lesser_readings(tables: list[StatementTable]) -> None:
    """Where a fuller statement and a lesser table (an equity investee's summary, a rounded
    MD&A excerpt) disagree on a figure, the fuller statement's reading stands."""
    if len(tables) < 2:
        return  # a lone table's readings are each the best of their key
    keyed = [(table, [(_reading_key(r), r) for r in table.readings]) for table in tables]
    best: dict[tuple, tuple[int, int]] = {}
    values: dict[tuple, set] = {}
    for table, readings in keyed:
        for key, _ in readings:
            best[key] = max(best[key], table.rank) if key in best else table.rank
    for table, readings in keyed:
        for key, reading in readings:
            if best[key] == table.rank:
                values.setdefault(key, set()).add(_scaled(reading, table))
    for table, readings in keyed:
        if _another_entity(table, readings, best, values):
            table.readings = [r for key, r in readings if table.rank < best[key]
                              and _scaled(r, table) in values[key]]
            continue
        other_lines = _lines_meaning_another(table, readings, best, values)
        table.readings = [r for key, r in readings if key[:2] not in other_lines
                          and (table.rank == best[key] or _scaled(r, table) in values[key])]


def _another_entity(table: StatementTable, readings: list, best: dict, values: dict) -> bool:
    """A lesser table that disagrees with fuller ones on most figures both print is another
    entity's (Wells Fargo's Wealth and Investment Management, every line of it beside the
    company's): none of its figures stands for a period the fuller tables leave out. A rounded
    excerpt disagrees on a figure or two, never on most."""
    shared = [(key, r) for key, r in readings if table.rank < best[key]]
    differ = sum(not _agrees_rounded(r, table, values[key]) for key, r in shared)
    return len(shared) >= 2 and 2 * differ > len(shared)


def _lines_meaning_another(table: StatementTable, readings: list, best: dict,
                           values: dict) -> set[tuple]:
    """The (metric, unit) lines of a lesser table that disagree with the fuller tables on most
    periods both print: that row means another line than the statement's, so its periods the
    statement leaves out are not the figure either (Vulcan's five-year summary: its "Net sales"
    is the statement's net sales before delivery revenues, not total revenues, in every year
    both print; its 2008 and 2009 "Net sales" stood as revenue)."""
    shared: dict[tuple, list[bool]] = {}
    for key, r in readings:
        if table.rank < best[key]:
            shared.setdefault(key[:2], []).append(_agrees_rounded(r, table, values[key]))
    return {line for line, agree in shared.items()
            if len(agree) >= 2 and 2 * agree.count(False) > len(agree)}


def _agrees_rounded(reading, table: StatementTable, values: set) -> bool:
    """Whether the reading equals one of ``values`` at the reading's own printed precision
    (Vulcan's five-year summary prints 749.7 millions for the statement's 749,661 thousands)."""
    exponent = 0 if unit_kind(reading) != "money" else (table.scale or 0)
    half = Decimal(5).scaleb(exponent - reading.value.number.decimals - 1)
    mine = _scaled(reading, table)
    return any(abs(mine - value) <= half for value in values)


def _reading_key(reading) -> tuple:
    """One figure's key across tables: its end and its length in months, since one header
    dates a period by its weeks and another by its months (Costco's 10-K FY2022: "52 Weeks
    Ended August 28, 2022" starts August 30, its MD&A's "2022" August 29; keyed by exact
    starts, the MD&A's net sales stood as revenue beside the statement's total revenue)."""
    period = reading.period
    months = round((period.end - period.start).days / 30.44) if period.start else None
    return (reading.match.metric, unit_kind(reading), months, period.end)


def _scaled(reading, table: StatementTable):
    exponent = 0 if unit_kind(reading) != "money" else (table.scale or 0)
    return reading.value.number.value.scaleb(exponent)
