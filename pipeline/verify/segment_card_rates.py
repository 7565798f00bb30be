"""The rates of a briefing's segment card, after each part's amount (``claims_segment_cards``):

    Revenue by segment
    ACME · $5.36B total across 4 segments · Q2 2023
    - Gadgets$1.58B-4.5%29.5%
    - Widgets$1.46B+16.1%27.2%

(a machine-written earnings briefing of a chip maker's quarter: the rates stood under no header,
so every one came out unverifiable). The layout says which is which by itself:

- a signed rate glued to the amount is that part's change of the heading's line. Against which
  period the card does not say: read as the year before (what such cards print), dated by
  default (``period_assumed``), so a rate that misses is unverifiable, never drifted;
- the last unsigned rate of each item is the part's share of the total only when those rates,
  over every item of the card, add up to 100% (at their stated precision): a column that sums
  to the whole is the parts' shares of it, whatever its header would have said. Any other
  column is left unread.

Only revenue cards are read: a share of another line ("operating income by segment") has no
row that recomputes it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.verdicts import Claim

_GROWTH, _SHARE = "revenue_growth", "customer_concentration"
_SIGNS = "+-\u2212"


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def read_card_rates(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, a revenue card's rates named after the amount before them on its line."""
    amounts = {_line_of(text, c.span[0]): c for c in claims
               if c.metric == "revenue" and c.entity and c.unit == "USD"}
    if not amounts:
        return claims
    rates: dict[tuple[int, int], list[Claim]] = {}
    for claim in claims:
        line = _line_of(text, claim.span[0])
        if claim.unit == "percent" and claim.metric is None and line in amounts:
            rates.setdefault(line, []).append(claim)
    rates = {line: found for line, found in rates.items()
             if _cells_only(text, amounts[line], found, line[1])}
    shares = _share_column(text, rates)
    out = []
    for claim in claims:
        line = _line_of(text, claim.span[0])
        amount = amounts.get(line)
        if amount is None or claim not in rates.get(line, ()):
            out.append(claim)
        elif claim.claim_id in shares:
            out.append(replace(claim, metric=_SHARE, entity=amount.entity, basis="revenue"))
        elif (sign := _glued_sign(text, amount, claim)) is not None:
            out.append(replace(claim, metric=_GROWTH, entity=amount.entity,
                               value=abs(claim.value) * sign, period_assumed=True))
        else:
            out.append(claim)
    return out


def _cells_only(text: str, amount: Claim, rates: list[Claim], end: int) -> bool:
    """Whether nothing but the rates and their signs follows the amount on its line (a card's
    cells run together), never a sentence's words ("down 11%, but up 35% sequentially")."""
    rest = text[amount.span[1]:end]
    for rate in reversed(rates):
        at = rate.span[0] - amount.span[1]
        rest = rest[:at] + rest[at + len(rate.text):]
    return rest.strip(" \t" + _SIGNS) == ""


def _glued_sign(text: str, amount: Claim, rate: Claim) -> int | None:
    """+1 or -1 when the rate's sign stands right between the amount and the rate."""
    between = text[amount.span[1]:rate.span[0]]
    if len(between) != 1 or between not in _SIGNS:
        return None
    return 1 if between == "+" else -1


def _share_column(text: str, rates: dict[tuple[int, int], list[Claim]]) -> set[str]:
    """The ids of the items' last unsigned rates when there are two items or more, every item
    has one, and they add up to 100%."""
    last = []
    for found in rates.values():
        rate = found[-1]
        if text[rate.span[0] - 1:rate.span[0]] in _SIGNS or rate.value is None:
            return set()
        last.append(rate)
    if len(last) < 2:
        return set()
    total = sum((r.value for r in last), Decimal(0))
    slack = sum((r.tolerance or Decimal(0) for r in last), Decimal(0))
    return {r.claim_id for r in last} if abs(total - 100) <= max(slack, Decimal("0.05")) else set()
