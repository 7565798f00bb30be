"""Summary cards a page lays out one line per cell: a label, its value, the value a year before,
and the change between them.

    Total Revenue
    $12B
    Previous year: $11.3B
    +5.7%

(a results-summary site on a beverage maker's second quarter: each value stood alone on its
line, so the sentence reader named no metric and every card came out unverifiable). The label
names the metric of its value lines as a table row's label does (``claims_metric.named_metric``;
an amount with no scale under a per-share label is per share). The line opened by "Previous
year:" is the same line a year before, dated by those words as the sentence reader dated it; a
signed percentage after it is the growth of the label's line, and so is a percentage right under
the value whose own words say it is against the year before ("+6.1% YoY"). A label with
adjusting words ("Organic Revenue Growth", "Comparable EPS") is the adjusted measure or none,
as in prose; a card whose label names no metric is left as read. Only figures the sentence
reader left unnamed are read here: a card never renames a figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.scales import SCALE_WORDS
from core.verdicts import Claim
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify.claims_changes import POINTS, is_points_claim, level_rates
from pipeline.verify.claims_growth import growth_subjects
from pipeline.verify.claims_metric import named_metric
from pipeline.verify.claims_units import stated_tolerance
from pipeline.verify.per_every import ratio_of

# a value line: an optional prior-period opener, then one figure and nothing else; or a signed
# change that names its comparison with a year before ("+5.1% YoY", "+0.5 pts YoY": a stock-
# analysis blog's dashboard of a phone maker's quarter, each card a label, its value and that
# line). Any other comparison ("-15.1% vs Q4") leaves the line unread.
_PRIOR = r"(?:previous|prior|last)\s+year|year[- ]ago|a\s+year\s+ago|prior[- ]year\s+period"
_YEARLY = (r"yoy|y/y|y-o-y|year[- ]over[- ]year|year[- ]on[- ]year|"
           r"vs\.?\s+(?:the\s+)?(?:prior|previous|last)\s+year")
_VALUE_LINE = re.compile(
    rf"^\s*(?:(?P<prior>{_PRIOR})\s*:?\s*)?(?P<sign>[+\-−])?\s*(?:US)?\$?\s?\d[\d,]*(?:\.\d+)?"
    r"\s*(?:%|[KMBT]\b|bn\b|mn\b|billion\b|million\b|thousand\b|"
    r"(?<=\d)\s?(?P<points>pts?|points?|pp|bps)\b)?"
    rf"(?:(?<=[%\w])\s+(?P<yearly>{_YEARLY})\b)?\s*$", re.I)
# (a results generator's cards on a chip maker's quarter: "Gross Profit / 33.85B / 72.42%
# margin / QoQ: 26.94% | YoY:29.43%") the label's margin, said by the word after it; and the
# changes against the quarter before and the year before, each named by the word before it
_MARGIN_LINE = re.compile(r"^\s*\d[\d,]*(?:\.\d+)?\s*%\s+margin\s*$", re.I)
_CHANGE_ITEM = r"(?:qoq|q/q|yoy|y/y)\s*:\s*[+\-−]?\s*\d[\d,]*(?:\.\d+)?\s*%"
_CHANGES_LINE = re.compile(rf"^\s*{_CHANGE_ITEM}(?:\s*[|,;]\s*{_CHANGE_ITEM})?\s*$", re.I)
# a label line: a few words, no figure, no sentence's end
_LABEL_LINE = re.compile(r"^\s*[A-Za-z][A-Za-z&/()',\- ]{1,50}$")
_MAX_VALUES = 3  # value lines a card holds under its label
_GROWTH = "revenue_growth"


def read_cards(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each unnamed figure of a card named by its card's label."""
    out: list[Claim] = []
    quoted: dict[str, str] | None = None  # read at the first card: most articles have none
    for claim in claims:
        card = _card_of(text, claim) if claim.metric is None and claim.value is not None else None
        if card is not None and quoted is None:
            quoted = _adjusted_quotes(claims)
        if card is not None and (words := quoted.get(_current_value(text, card[2]))):
            card = (f"{words} {card[0]}", card[1], card[2])
        if card is not None and claim.unit is None and (money := _scaled_money(text, claim)):
            named = _named(money, card[0], card[1])
            out.append(named if named.metric is not None else claim)
            continue
        out.append(_named(claim, card[0], card[1]) if card else claim)
    return out


# "Revenue / 46.74B": a card's value with a scale letter and no currency sign (a results
# generator's cards), read as the bare number 46.74 with no unit; under a label that names an
# amount it is that amount (only then: "Shares / 2.4B" stays a count the label decides)
_SCALE_AFTER = re.compile(r"\s?([KMBT]|bn|mn|billion|million|thousand)\b\s*$", re.I)


def _scaled_money(text: str, claim: Claim) -> Claim | None:
    """The card value ``claim`` as dollars when a scale word ends its line."""
    end = _line_at(text, claim.span[0])[1]
    scale = _SCALE_AFTER.match(text, claim.span[1], end)
    if scale is None:
        return None
    power = SCALE_WORDS[scale.group(1).lower()]
    digits = claim.text.strip().lstrip("+-\u2212").replace(",", "")
    return replace(claim, text=text[claim.span[0]:scale.end(1)],
                   span=(claim.span[0], scale.end(1)), value=claim.value * 10 ** power,
                   unit="USD", tolerance=stated_tolerance(digits, power, "USD"),
                   not_checkable_reason=None)


# "EPS / $0.78 / Previous year: $0.7" under prose saying "comparable EPS grew 11% to $0.78" (a
# results-summary site on a beverage maker's quarter): the card's bare label is the adjusted
# measure the article names in words, and its prior line and change with it; read as GAAP EPS
# both drifted against the filed $0.59 and $0.44
def _adjusted_quotes(claims: list[Claim]) -> dict[str, str]:
    """Figure text -> the adjusting words the article's prose quotes it with."""
    quoted = {}
    for claim in claims:
        at = claim.sentence_at
        words = cq.adjusted_words(claim.sentence[:at]) if at >= 0 and claim.unit in (
            "USD", "USD/share") else None
        if words:
            quoted[claim.text.strip()] = words
    return quoted


def _current_value(text: str, label_end: int) -> str:
    """The first value line under a card's label, stripped (found in place: a copy of the
    rest of the article for every card would make a long one quadratic)."""
    start = label_end
    while text.startswith("\n", start):
        start += 1
    end = text.find("\n", start)
    return text[start:len(text) if end < 0 else end].strip()


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _card_of(text: str, claim: Claim) -> tuple[str, str, int] | None:
    """(the card's label, the value line's role: "current", "prior" or "change", where the
    label's line ends) when the claim's line is a card's value line under a label; None
    else."""
    start, end = _line_at(text, claim.span[0])
    role = _line_role(text[start:end])
    if role is None:
        return None
    if role == "current" and _plain_value_below(text, end):
        return None  # "Total Revenue / $12B / $11.3B": a flattened table's columns, no card
    roles = [role]
    cursor = start - 1
    for _ in range(_MAX_VALUES + 1):
        if cursor <= 0:
            return None
        above_start, above_end = _line_at(text, cursor)
        above = text[above_start:above_end]
        cursor = above_start - 1
        if not above.strip():
            continue
        if (role := _line_role(above)) is not None:
            roles.insert(0, role)
            continue
        label = above.strip() if _LABEL_LINE.match(above) and len(above.split()) <= 6 else (
            _dotted_label(above))
        if label is not None and roles[0] == "current":
            return None if _period_header_above(text, above_start) else (
                label, _placed(roles), above_end)
        return None
    return None


# "ACME · Revenue · Quarterly" over "$5.36B" (a machine-written briefing's headline card: the
# filer, the line and the cadence split by middle dots): the one cell that names a line is the
# label, the others only the filer's name or "Quarterly" (the article's own quarter). A cell
# naming another period ("Annual", "TTM", "Q1 2023") or a figure leaves the line unread.
_CADENCE = re.compile(r"^(?:quarterly|quarter)$", re.I)
_NAME_CELL = re.compile(r"^[A-Za-z][A-Za-z&.,' -]{0,40}$")
_OTHER_PERIOD = re.compile(r"\b(?:annual|yearly|year|ttm|trailing|ytd|fy|q[1-4]|monthly|"
                           r"month|weekly)\b", re.I)


def _dotted_label(line: str) -> str | None:
    """The label cell of a line of cells split by middle dots, or None."""
    cells = [cell.strip() for cell in line.split("\u00b7")]
    if len(cells) < 2 or not all(_NAME_CELL.match(cell) for cell in cells):
        return None
    named = [cell for cell in cells if named_metric(cell, "USD") or named_metric(
        cell, "percent") or named_metric(cell, "USD/share")]
    others = [cell for cell in cells if cell not in named]
    if len(named) != 1 or any(_OTHER_PERIOD.search(cell) and not _CADENCE.match(cell)
                              for cell in others):
        return None
    return named[0]


# a period column's header cell on a line of its own ("2021", "Q2 2025", "FY24"): a table
# flattened one cell per line (claims_cells), never a card
_PERIOD_CELL = re.compile(r"^\s*(?:(?:19|20)\d\d|(?:FY|Q[1-4]|[1-4]Q)\s?'?\d{2,4}|"
                          r"(?:FY|Q[1-4])\s?'?\d{2,4}\s+(?:19|20)?\d\d)\s*\|?\s*$", re.I)
_HEADER_LINES = 12  # lines above a label searched for a header's period cell


def _period_header_above(text: str, at: int) -> bool:
    """Whether a period column's cell stands on its own line among the lines above ``at``, up
    to a line of prose (a sentence's end). Walked back line by line: copying and splitting the
    whole text before every card would make a long article quadratic."""
    cursor = at - 1
    for _ in range(_HEADER_LINES):
        if cursor < 0:
            return False
        start, end = _line_at(text, cursor)
        line = text[start:end]
        if re.search(r"[.!?]\s*$", line):
            return False
        if _PERIOD_CELL.match(line):
            return True
        cursor = start - 1
    return False


def _plain_value_below(text: str, end: int) -> bool:
    """Whether the next line with words is a plain value (no prior opener, no sign)."""
    while end < len(text):
        below_start, below_end = _line_at(text, end + 1)
        below = text[below_start:below_end]
        if below.strip():
            value = _VALUE_LINE.match(below)
            return value is not None and _role(value) == "current"
        end = below_end
    return False


def _line_role(line: str) -> str | None:
    """A card line's role, or None when the line is none of a card's."""
    value = _VALUE_LINE.match(line)
    if value is not None:
        return _role(value)
    return "margin" if _MARGIN_LINE.match(line) else "labelled" if _CHANGES_LINE.match(
        line) else None


def _role(line: re.Match) -> str:
    if line.group("sign") and not line.group("prior") and line.group("yearly"):
        return "yearly"  # "+5.1% YoY": the change over a year, said on its own line
    if line.group("points") or line.group("yearly"):
        return "unknown"  # (a change in points or a comparison with no sign: no card's line)
    return "prior" if line.group("prior") else "signed" if line.group("sign") else "current"


def _placed(roles: list[str]) -> str:
    """The role of the last line of a card read from its label down: a signed rate after a
    prior line is the change; a second plain value is none the card explains."""
    if len(roles) == 1:
        return "current"
    last = roles[-1]
    if last == "prior" and roles[:-1] == ["current"]:
        return "prior"
    if last in ("signed", "yearly") and roles[:-1] == ["current", "prior"]:
        return "change"
    if last == "yearly" and roles[:-1] in (["current"], ["current", "prior"]):
        return "change"
    if last == "margin" and roles[:-1] == ["current"]:
        return "margin"
    if last == "labelled" and roles[:-1] in (["current"], ["current", "margin"]):
        return "labelled"  # (its own word says which base: change_bases.compared_with)
    return "unknown"


def _named(claim: Claim, label: str, role: str) -> Claim:
    if role in ("current", "prior"):
        metric, unit = _level_metric(label, claim)
        return claim if metric is None else replace(claim, metric=metric, unit=unit)
    if role == "change" and claim.unit == "percent" and is_points_claim(claim):
        # "Gross Margin / 47.1% / +0.5 pts YoY": the change of the label's rate in points
        rate = named_metric(label, "percent")
        return claim if rate not in level_rates() else replace(claim, metric=POINTS, basis=rate)
    if role == "margin" and claim.unit == "percent":
        rate = ratio_of(named_metric(label, "USD"))
        return claim if rate is None else replace(claim, metric=rate)
    if role in ("change", "labelled") and claim.unit == "percent":
        level = named_metric(label, "USD") or named_metric(label, "USD/share")
        level = cq.adjusted(level, label) if level else None
        if level not in growth_subjects():  # (an EPS card's "+7.8% YoY" too)
            return claim
        return replace(claim, metric=_GROWTH, basis=None if level == "revenue" else level)
    return claim


def _level_metric(label: str, claim: Claim) -> tuple[str | None, str | None]:
    """(metric, unit) of a card's value: the label's metric in the value's unit, or per share
    for an amount with no scale under a per-share label ("EPS" over "$0.78")."""
    metric = named_metric(label, claim.unit) if claim.unit else None
    unit = claim.unit
    if metric is None and claim.unit == "USD" and abs(claim.value) < 1000:
        metric, unit = named_metric(label, "USD/share"), "USD/share"
    metric = cq.adjusted(metric, label) if metric else None
    return (metric, unit) if metric else (None, claim.unit)
