"""A ratio written as money: "for every $100 made, $27 was operating profit" is a 27% margin.

"For every $100 made by the company in 2024, $27 was operating profit" (a blog on a streaming
service's year): read figure by figure, "$27" took the scale of the billions before it and was
held, as $27 billion of operating income, against the year's $10.4 billion: drifted. The amount
"every $N" names is the base of a ratio, not a figure any filing reports; the other bare
amounts of its sentence are shares of it: a percentage of the line their words name over
revenue (the registry's ratio row with that line as its first operand: operating income ->
operating margin), and of no line when the registry has no such ratio. Only bare amounts
(no "million", "billion") are shares: "$27 billion of every $100 billion" keeps its scale.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.metrics import all_metrics
from core.scales import SCALE_WORDS
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx

# "for every $100", "of every $1", "out of every dollar", "from each $100 of sales"
_EVERY = re.compile(r"\b(?:for|of|out\s+of|from|in)\s+(?:every|each)\s+(?P<base>\$\s?\d[\d,]*"
                    r"(?:\.\d+)?|(?:one\s+)?dollar\b)", re.I)
# a scale written after the amount (core.scales, the one table of them): "$27 billion" keeps it
_SCALED = re.compile(r"\d\s*(?:" + "|".join(sorted((w for w in SCALE_WORDS if w.isalpha()),
                                                   key=len, reverse=True)) + r")\b", re.I)
_BASE_REASON = ("the amount a ratio is stated against (“for every $100”, “of every dollar”), "
                "not a figure a filing reports")


def as_shares_of_every(sentence: ctx.Sentence, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims, an "every $N" base and the bare amounts stated against it read
    as a percentage of revenue."""
    found = _EVERY.search(sentence.text)
    if found is None:
        return claims
    base = _base_value(found.group("base"))
    start, end = sentence.start + found.start("base"), sentence.start + found.end("base")
    out = []
    for claim in claims:
        if start <= claim.span[0] < end or claim.span[0] <= start < claim.span[1]:
            out.append(replace(claim, metric=None, basis=None, not_checkable_reason=_BASE_REASON))
        elif _is_share(claim, sentence.text):
            out.append(_as_share(claim, base))
        else:
            out.append(claim)
    return out


def _is_share(claim: Claim, text: str) -> bool:
    """A bare amount: dollars, or cents no share is named for ("21 cents of every dollar of
    sales was profit" is no per-share figure)."""
    if claim.value is None or _SCALED.search(claim.text):
        return False
    return claim.unit == "USD" or (claim.unit == "USD/share"
                                   and not re.search(r"\bshares?\b", text, re.I))


def _base_value(text: str) -> Decimal:
    digits = re.sub(r"[^\d.]", "", text)
    return Decimal(digits) if digits else Decimal(1)  # "every dollar"


def _as_share(claim: Claim, base: Decimal) -> Claim:
    """A bare amount stated per ``base`` dollars, as a percentage: $27 of $100 is 27%."""
    scale = Decimal(100) / base
    return replace(claim, unit="percent", value=claim.value * scale,
                   tolerance=claim.tolerance * scale, metric=ratio_of(claim.metric),
                   basis=None, low=None, high=None)


def ratio_of(metric: str | None) -> str | None:
    """The registry's percentage of revenue whose numerator is ``metric`` (operating_income ->
    operating_margin), if any."""
    if metric is None:
        return None
    for row in all_metrics():
        derivation = row.derivation
        if (row.unit == "percent" and derivation is not None and derivation.kind == "ratio"
                and derivation.inputs[0][:1] == (metric,)
                and derivation.inputs[1][:1] == ("revenue",)):
            return row.name
    return None
