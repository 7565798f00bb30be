"""A statement table's readings, and who owns the net income they state.

``Reading`` is one candidate figure of a table before ranking (``tables.read_table`` makes
them; ``table_checks``, ``table_rank`` and ``kpi`` judge them). The rest says whose net income a
line is: the common stockholders' (``common_owner_readings``), the consolidated group's with
noncontrolling interests (``consolidated_readings``, ``consolidated_elsewhere``), or the
company's own; whether a balance sheet's holders' equity line is the holders' own
(``holders_equity_readings``); and whether a line stands where its label is read
(``below_their_line``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.facts import Fact
from extractors.periods import Period
from extractors.statements import LabelMatch, normalize_label
from extractors.table_model import Row, Value

NCI_RE = re.compile(r"non-?controlling|minority interest", re.I)


@dataclass(slots=True)  # made per figure and header column: no __dict__ to build
class Reading:
    """One candidate figure of a table before ranking."""

    match: LabelMatch
    row: Row
    value: Value
    column: str
    period: Period
    summary: bool = False  # dated as a quarterly note's column (extractors.quarters)


def owned_readings(readings: list[Reading], rows: list[Row], labels_text: str) -> list[Reading]:
    """The table's readings as its lines say whose figures they are (net income's owners, the
    holders' equity) and where they stand (``below_their_line``)."""
    readings = consolidated_readings(common_owner_readings(readings, labels_text), rows)
    return below_their_line(deficits_below_zero(holders_equity_readings(readings, rows)), rows)


def with_twins(readings: list[Reading]) -> list[Reading]:
    """A row's readings, and the same figures as each other metric its label states
    (``LabelMatch.twins``: "Net loss per share, basic and diluted" is basic EPS too)."""
    if not readings or not readings[0].match.twins:
        return readings
    match = readings[0].match
    return readings + [replace(r, match=replace(match, metric=twin, twins=()))
                       for twin in match.twins for r in readings]


def names_noncontrolling(labels_text: str) -> bool:
    """``NCI_RE.search(labels_text)``: a case-blind regex has no literal to skip ahead by and
    steps through every character, where ``in`` on the lowered text runs in C. On ASCII text
    re.I folds exactly as str.lower() (its extra folds, such as U+0130 to "i", involve
    non-ASCII characters), so only other texts need the regex."""
    if not labels_text.isascii():
        return NCI_RE.search(labels_text) is not None
    lower = labels_text.lower()
    return "noncontrolling" in lower or "non-controlling" in lower or "minority interest" in lower


# Lines that set net income to common shareholders apart from net income (PNC's 2021
# supplement: preferred dividends and discount accretion between 5,674 and 5,436).
_SEPARATES_COMMON = re.compile(r"preferred|accretion|participating securities|deemed dividend",
                               re.I)


def common_owner_readings(readings: list[Reading], labels_text: str) -> list[Reading]:
    """A net income line "attributable to common stockholders" is net_income_common. It is
    also the company's net income when the table prints no line that sets the two apart
    (Palantir, Twilio), and then the company's own figure when the table also splits off
    noncontrolling interests; with such a line it is never net_income."""
    if not any(r.match.common_owner for r in readings):
        return readings
    separated = _SEPARATES_COMMON.search(labels_text) is not None
    noncontrolling = names_noncontrolling(labels_text)
    out = []
    for reading in readings:
        if not (reading.match.common_owner and reading.match.metric == "net_income"):
            out.append(reading)
            continue
        common = LabelMatch("net_income_common", 2)
        out.append(Reading(common, reading.row, reading.value, reading.column, reading.period))
        if not separated:
            out.append(_promote_common_owner(reading) if noncontrolling else reading)
    return out


# "Net income 1,456 / Less: Net income attributable to noncontrolling interests 14" (PNC's 4Q20
# release): a bare net income line the next line takes noncontrolling interests' share from is
# the consolidated figure, never the company's own (net_income is NetIncomeLoss)
_OWNED = re.compile(r"attributable|available|applicable", re.I)


def consolidated_readings(readings: list[Reading], rows: list[Row]) -> list[Reading]:
    """Readings with a bare net income line read as net_income_including_noncontrolling when
    the table's next line of figures is the noncontrolling interests' share."""
    if not any(r.match.metric == "net_income" for r in readings):
        return readings
    following = {}
    data = [row for row in rows if row.values]
    for row, after in zip(data, data[1:], strict=False):
        following[row.index] = after
    out = []
    for reading in readings:
        after = following.get(reading.row.index)
        if (reading.match.metric == "net_income" and not _OWNED.search(reading.row.label)
                and after is not None and names_noncontrolling(after.label)):
            reading = replace(reading, match=replace(
                reading.match, metric="net_income_including_noncontrolling"))
        out.append(reading)
    return out


# The holders' equity line of a balance sheet: its figure is the company's own holders' only
# where nothing else is summed into it
_HOLDERS_EQUITY = "stockholders_equity"
_COMMON_LINE = re.compile(r"\bcommon\s+(?:stock|share)holders", re.I)
_PREFERRED = re.compile(r"\bpreferred\b", re.I)


def holders_equity_readings(readings: list[Reading], rows: list[Row]) -> list[Reading]:
    """Readings without a holders' equity line that is no figure of the holders' own: one
    printed under the noncontrolling interests' share in its block (since the last row of no
    figures: "Total <Company> stockholders' equity / Noncontrolling interests / Total
    stockholders' equity"), which sums them in, and a common holders' line ("Total common
    shareholders' equity") in a table that names preferred stock, which it leaves out."""
    if not any(r.match.metric == _HOLDERS_EQUITY for r in readings):
        return readings
    summed = _under_noncontrolling(rows)
    preferred = any(_PREFERRED.search(row.label) for row in rows)
    return [r for r in readings if r.match.metric != _HOLDERS_EQUITY or not (
        r.row.index in summed or (preferred and _COMMON_LINE.search(r.row.label)))]


# A line that names only the deficit ("Accumulated deficit"): its figure is the negative balance
_DEFICIT_ONLY = re.compile(r"(?:accumulated|retained)\s+deficit", re.I)


def deficits_below_zero(readings: list[Reading]) -> list[Reading]:
    """Readings without a retained earnings line that names only a deficit and prints it as a
    positive figure (its size, not the signed balance the tag states)."""
    return [r for r in readings if r.match.metric != "retained_earnings"
            or not _DEFICIT_ONLY.fullmatch(normalize_label(r.row.label))
            or r.value.number.value <= 0]


def _under_noncontrolling(rows: list[Row]) -> set[int]:
    """The indices of the rows printed under a noncontrolling interests' line of figures, in
    its block (a row of no figures, a section header, opens the next)."""
    under, seen = set(), False
    for row in rows:
        if not row.values:
            seen = False
        elif seen:
            under.add(row.index)
        elif names_noncontrolling(row.label):
            seen = True
    return under


def below_their_line(readings: list[Reading], rows: list[Row]) -> list[Reading]:
    """Readings without those of a label read only below a row of another label
    (``LabelMatch.after``) that the table does not print above them."""
    if not any(r.match.after for r in readings):
        return readings
    return [r for r in readings if r.match.after is None or any(
        row.index < r.row.index and re.fullmatch(r.match.after, normalize_label(row.label))
        for row in rows)]


def _promote_common_owner(reading: Reading) -> Reading:
    match = replace(reading.match, rank=3, common_owner=False)
    return replace(reading, match=match)


def consolidated_elsewhere(facts: list[Fact]) -> list[Fact]:
    """A bare net income line of a summary table that prints no noncontrolling interests
    (PNC's release highlights) states the same figure, for the same period, as the statement
    line a noncontrolling interests' share is taken from: the consolidated figure too."""
    consolidated = {(f.period_start, f.period_end, f.value) for f in facts
                    if f.metric == "net_income_including_noncontrolling"}
    if not consolidated:
        return facts
    return [replace(f, metric="net_income_including_noncontrolling")
            if f.metric == "net_income" and (f.period_start, f.period_end, f.value) in consolidated
            and not any(_OWNED.search(s.row or "") for s in f.sources) else f for f in facts]
