"""Which period a figure of an article is about: the period phrase next to it, else one before
it in its sentence, else the period carried from an earlier figure."""

from __future__ import annotations

import re
from datetime import date

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify.claims_units import Figure

# "up 75.7% from 2024": the year after "from"/"over" is the base of a growth rate
_GROWTH_BASE = re.compile(r"^\s*(?:year[- ]over[- ]year\s+)?(?:from|over|versus|vs\.?|"
                          r"compared\s+(?:with|to))\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def growth_period(ahead: str, period: PeriodPhrase | None) -> PeriodPhrase | None:
    """'up 75.7% from 2024' grows into the following year; a year after 'from' is the base."""
    base = _GROWTH_BASE.match(ahead)
    if base is None or (period is not None and period.kind != "year") or (
            period is not None and period.label != f"FY{base.group('y')}"):
        return period
    year = int(base.group("y")) + 1
    return PeriodPhrase(f"FY{year}", date(year, 1, 1), date(year, 12, 31), (0, 0), "year")


_GAP_NOISE = re.compile(r"\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|"
                        r"\b(?:from|over|than|versus|vs\.?)\s+(?:a|the)\s+"
                        r"(?:year|prior[- ]year\s+period)\s+(?:earlier|ago|before)?|"
                        r"year[- ]over[- ]year")


def _is_base_year(text: str, period: PeriodPhrase) -> bool:
    """'from 2022,' ends a comparison; 'Compared with 2025 revenue of ...' names the period."""
    return bool(re.search(r"\b(?:from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+"
                          r"(?:fiscal\s+)?$", text[max(0, period.span[0] - 16):period.span[0]],
                          re.I)) and bool(re.match(r"\s*(?:[,.;:)]|and\b|$)",
                                                   text[period.span[1]:]))


def pick_period(figure: Figure, periods: list[PeriodPhrase], text: str, previous: Claim | None,
                metric: str | None) -> PeriodPhrase | None:
    """The period right after the figure ("$510.0 million in 2025"), else the nearest before it
    ("2025 GAAP net income of $237.8 million"), else the previous figure's."""
    for period in periods:
        gap = _GAP_NOISE.sub("", text[figure.span[1]:period.span[0]])
        if period.span[0] >= figure.span[1] and re.fullmatch(
                r"[\s,]*(?:(?:in|for|during|of|over|the|its|our|fiscal|year|calendar|full|"
                r"total|\w+\s+revenue)\s+)*", gap + " ", re.I) and len(gap) <= 30:
            return period
    # "up 17% from 2022, and net income of $209.8 million": a comparison's base year is not
    # the period of the figures after it
    before = [p for p in periods if p.span[1] <= figure.span[0] and not _is_base_year(text, p)]
    if before:
        return before[-1]
    if previous is not None and previous.period_label:
        return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                          (0, 0), "inherited")
    return None
