"""Readings of one figure printed at two precisions (split from ``offering``, which uses it)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.facts import Fact


def fold_precision(facts: list[Fact]) -> list[Fact]:
    """'$22,593,000' and 'approximately $22.6 million' are one figure printed at two precisions:
    the coarse reading takes the finer value so merging joins them instead of flagging a
    conflict."""
    out = list(facts)
    for i, coarse in enumerate(out):
        for fine in facts:
            if (
                fine.key() == coarse.key()
                and fine.value != coarse.value
                and (fine.decimals or 0) > (coarse.decimals or 0)
                and _rounds_to(fine.value, coarse.decimals or 0) == coarse.value
            ):
                out[i] = replace(coarse, value=fine.value, decimals=fine.decimals)
                break
    return out


def _rounds_to(value: Decimal, decimals: int) -> Decimal:
    return (
        value.quantize(Decimal(1).scaleb(-decimals))
        if decimals >= 0
        else value.scaleb(decimals).quantize(Decimal(1)).scaleb(-decimals)
    )
