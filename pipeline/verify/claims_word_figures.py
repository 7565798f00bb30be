"""Figures written in words: "eight cents per share", "four per cent" (a trade journal's
outlook for a materials maker writes its rates in words)."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.verify.claims_figure import CENTS_AFTER, Figure, read_qualifier

_WORD_NUMBERS = {w: i + 1 for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve".split())}
_WORD_NUMBERS.update(fifteen=15, twenty=20)
_NUMBER_WORD = "|".join(_WORD_NUMBERS)
_WORD_CENTS = re.compile(rf"\b(?P<n>{_NUMBER_WORD})\s+cents?\b", re.I)
# ("volume increases of between one and five per cent", "by around four per cent": a trade
# journal's outlook for a materials maker writes its rates in words)
_WORD_PERCENT = re.compile(rf"\b(?P<n>{_NUMBER_WORD})\s+(?:percent|per\s+cent)\b", re.I)


def word_cents(text: str) -> list[Figure]:
    """'one cent', 'eight cents per share': a per-share amount written in words."""
    out = []
    for match in _WORD_CENTS.finditer(text):
        after = match.start("n") + len(match.group("n"))
        cents = CENTS_AFTER.match(text[after:])
        end = after + cents.end() if cents else match.end()
        value = Decimal(_WORD_NUMBERS[match.group("n").lower()]).scaleb(-2)
        out.append(Figure(text=text[match.start():end], span=(match.start(), end), value=value,
                          unit="USD/share", tolerance=Decimal("0.005"),
                          qualifier=read_qualifier(text[max(0, match.start() - 30):match.start()]),
                          digits=str(_WORD_NUMBERS[match.group("n").lower()]), scale=-2))
    return out


def word_percents(text: str) -> list[Figure]:
    """'four per cent', 'five percent': a whole percentage written in words."""
    return [Figure(text=match.group(0), span=match.span(),
                   value=Decimal(_WORD_NUMBERS[match.group("n").lower()]), unit="percent",
                   tolerance=Decimal("0.5"),
                   qualifier=read_qualifier(text[max(0, match.start() - 30):match.start()]),
                   digits=str(_WORD_NUMBERS[match.group("n").lower()]))
            for match in _WORD_PERCENT.finditer(text)]
