"""Counts of what a company operates, by place, from the list a dated sentence totals.

A 10-K's business note often says "At <date>, we operated 838 <units> worldwide: 578 in
the United States (U.S.) located in 46 states, ..., 31 in <country>, ..., two each in <country>
and <country>, and one in <country>." (the shape of a warehouse club's FY2022 Note 1): the
count by country that its properties table only splits by region. The list is read
only when every item of it is read (a figure, written in digits or words, "in" a place, or
"each in" two places) and the items add up to the sentence's total; then each item whose place
is a plain name ("Japan", "the United Kingdom (U.K.)") states the count for that place
(entity = the place, basis "segment") on the sentence's day. A place with words after its name
("the United States (U.S.) located in 46 states, ...") counts in the sum but states nothing:
which part of it the figure counts is not a name an article would repeat.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.dates import parse_date
from core.facts import Fact, Source
from extractors.document import Document

EXTRACTOR = "count_lists"
EXTRACTOR_VERSION = "1.0"

# Figures a list spells out ("four in Spain", "two each in France and China").
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_FIGURE = r"\d{1,3}(?:,\d{3})+|\d{1,3}|" + "|".join(_WORDS)
# Where each item starts: at the list's start, or after its comma or "and".
_ITEM = re.compile(rf"(?:^|,\s+(?:and\s+)?|\s+and\s+)(?P<figure>{_FIGURE})\s+"
                   r"(?P<each>each\s+)?in\s+", re.I)
# One plain place name, capitalised words with an optional "(U.K.)" after them.
_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,3}"
_PLAIN = re.compile(rf"^(?:the\s+)?(?P<name>{_NAME})(?:\s+\([A-Z][\w.]*\))?$")
_TWO_PLACES = re.compile(rf"^(?:the\s+)?(?P<first>{_NAME})\s+and\s+(?:the\s+)?(?P<second>{_NAME})$")
# A full stop after a lower-case word: a sentence's end ("D.C.," and "(U.S.)" are none).
_SENTENCE_END = re.compile(r"[a-z]\.(?:\s|$)")
# The list ends with its last item's place and a full stop (not the dot of an initialism).
_LAST = re.compile(rf"^(?:the\s+)?{_NAME}(?:\s+\([A-Z][\w.]*\))?(?:\s+and\s+(?:the\s+)?{_NAME})?"
                   r"(?<![A-Z])\.(?=\s|$)")


def listed_counts(doc: Document, head: re.Match, end: int, metric: str) -> list[Fact]:
    """The places' counts of the list after the colon at ``end`` that ``head`` (a sentence
    "At <date>, <company> operated <number> <noun>:") totals; none unless it adds up."""
    day = parse_date(head.group("date"))
    total = Decimal(head.group("number").replace(",", ""))
    window = doc.text[end:end + 1000]
    text = window.lstrip()
    end += len(window) - len(text)
    items = _items(text)
    if day is None or items is None or sum(count * len(places) for count, places in items) != total:
        return []
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    span=(end, end + len(text)), text=" ".join(text.split())[:200])
    return [Fact(metric=metric, value=count, unit="count", period_start=None, period_end=day,
                 entity=place, basis="segment", decimals=0, sources=(source,))
            for count, places in items for place in places if place is not None]


def _items(text: str) -> list[tuple[Decimal, list[str | None]]] | None:
    """(count, places) of each item, a place None where it is no plain name; None unless the
    list closes ("..., and one in <place>.") before any other sentence, every item read."""
    starts = list(_ITEM.finditer(text))
    if len(starts) < 2 or starts[0].start() != 0:
        return None
    items = []
    for at, item in enumerate(starts):
        stop = starts[at + 1].start() if at + 1 < len(starts) else len(text)
        place = text[item.end():stop]
        last = _LAST.match(place) if item.group(0).lstrip(", ").lower().startswith("and") else None
        if last is None and _SENTENCE_END.search(place):  # a sentence ended inside the list
            return None
        read = _item(item, " ".join((last.group(0)[:-1] if last else place).split()))
        if read is None:
            return None
        items.append(read)
        if last is not None:
            return items
    return None


def _item(item: re.Match, place: str) -> tuple[Decimal, list[str | None]] | None:
    """The item's count and its places; None for "each in" places that are not two names
    (how many places the count is taken by is not read)."""
    figure = item.group("figure").lower()
    count = Decimal(_WORDS[figure]) if figure in _WORDS else Decimal(figure.replace(",", ""))
    if item.group("each"):
        two = _TWO_PLACES.match(place)
        return (count, [two.group("first"), two.group("second")]) if two else None
    plain = _PLAIN.match(place)
    return count, [plain.group("name") if plain else None]
