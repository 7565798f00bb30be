"""The owners a "respectively" list names after its figures: "revenue grew A% and B% in
<place> and <place>, respectively" gives the i-th figure to the i-th place. Read figure by
figure, the first rate took no place and was compared with the company's total (a false drift),
the second took the pair, which no filed line is."""

from __future__ import annotations

import re

from pipeline.verify.claims_units import find_figures
from pipeline.verify.part_words import PERIOD_NAME

_PLACE_NAME = r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,2}"
# "in <name>, <name> and <name>, respectively": the list closes right before the word
_TRAILING = re.compile(rf"\b(?:in|from|across|at|for)\s+(?P<names>{_PLACE_NAME}"
                       rf"(?:,\s+{_PLACE_NAME})*,?\s+(?:and|&)\s+{_PLACE_NAME}),?\s+"
                       r"respectively\b")
_SPLIT = re.compile(r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+")


def trailing_part(sentence: str, span: tuple[int, int], unit: str | None) -> str | None:
    """The name in the figure's turn of a list of names closed by "respectively" after it,
    when the figures of its unit before the list are as many as the names; None else (a
    list of periods, "in Q2 and Q3, respectively", names no part)."""
    found = _TRAILING.search(sentence, span[1]) if unit is not None else None
    if found is None:
        return None
    names = [re.sub(r"^the\s+", "", n) for n in _SPLIT.split(found.group("names")) if n]
    if any(PERIOD_NAME.match(n) for n in names):
        return None
    same = [f.span for f in find_figures(sentence[:found.start()])
            if f.unit == unit or (unit == "USD" and f.unit is None)]
    if len(same) != len(names) or span not in same:
        return None
    return names[same.index(span)]
