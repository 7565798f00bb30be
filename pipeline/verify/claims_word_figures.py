"""Figures written in words: "eight cents per share", "four per cent" (a trade journal's
outlook for a materials maker writes its rates in words), and counts: "opened five new
warehouses", "sold six million units" (a grocery trade paper on a warehouse club's quarter, a
games site on a publisher's: read as no figure at all, a count the filings may state was no
claim). A count in words becomes the figure its digit twin ("5 new warehouses", "6 million
units") is, and is read as that one is (``claims_counted``)."""

from __future__ import annotations

import re
from decimal import Decimal

from core.count_nouns import COUNTED_THINGS
from core.scales import SCALE_WORDS
from pipeline.verify.claims_figure import CENTS_AFTER, Figure, read_qualifier

_UNITS = {w: i + 1 for i, w in enumerate(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = ("thousand", "million", "billion")  # (their powers: core.scales)
_UNIT_WORD = "|".join(sorted(_UNITS, key=len, reverse=True))
_TENS_WORD = "|".join(_TENS)
_SMALL_UNITS = "|".join(w for w, n in _UNITS.items() if n < 10)
# "five", "nineteen", "forty", "twenty-five" (a hyphen only inside a compound of tens: never
# "one-time", "two-thirds", "Seven-Eleven", "twenty-first")
NUMBER_WORD = (rf"(?:(?:{_TENS_WORD})(?:-(?:{_SMALL_UNITS}))?|{_UNIT_WORD})"
                r"(?![\w-])")
# never a word glued to another by a hyphen on its left ("forty-one"'s "one" is its compound's)
_FREE = r"(?<![\w-])"
_WORD_CENTS = re.compile(rf"{_FREE}(?P<n>{NUMBER_WORD})\s+cents?\b", re.I)
# ("volume increases of between one and five per cent", "by around four per cent": a trade
# journal's outlook for a materials maker writes its rates in words)
_WORD_PERCENT = re.compile(rf"{_FREE}(?P<n>{NUMBER_WORD})\s+(?:percent|per\s+cent)\b", re.I)

# A count in words: the number (a multiple of a hundred, a scale word after it), then within
# three lower-case words that are no function word, a thing counted ("five new warehouses",
# "two hundred full-time employees", "six million units"). Never "one of the stores" (a
# preposition between), nor a capitalised number inside its sentence, a name's ("the Five
# Below stores"), nor a run with a capitalised word between ("Seven Eleven stores"), nor the
# tail of a longer number ("two hundred fifty stores" is read whole or not at all)
_FUNCTION = (r"(?:of|the|a|an|its|their|our|his|her|in|on|at|for|to|from|by|with|and|or|"
             r"per|than|that|which|who|as|is|are|was|were|be|been|has|have|had|more|less|"
             r"fewer|other|each|every|hundred|thousand|million|billion)")
_COUNT_WORDS = re.compile(
    rf"{_FREE}(?<!hundred\s)(?<!hundred\sand\s)(?<!thousand\s)(?P<n>{NUMBER_WORD})(?:\s+(?P<hundred>hundred)(?![\w-]))?"
    rf"(?:\s+(?P<scale>{'|'.join(_SCALES)})(?![\w-]))?"
    rf"(?=\s+(?:(?!(?:{_FUNCTION}|{NUMBER_WORD})\b)(?-i:[a-z][a-z-]*)\s+){{0,3}}?"
    rf"(?:{COUNTED_THINGS})\b)",
    re.I)
# where a capitalised number word may open its sentence: the text's start, a sentence's or a
# line's end, a bullet, a quotation mark or a bracket
_OPENS = re.compile(r"(?:^|[.!?:;\n\u2022*(\"“‘'-])\s*$")


def word_value(words: str) -> int:
    """The value of a number written in words: "five" 5, "twenty-five" 25."""
    tens, _, unit = words.lower().partition("-")
    if tens in _TENS:
        return _TENS[tens] + (_UNITS[unit] if unit else 0)
    return _UNITS[tens]


def word_cents(text: str) -> list[Figure]:
    """'one cent', 'eight cents per share': a per-share amount written in words."""
    out = []
    for match in _WORD_CENTS.finditer(text):
        after = match.start("n") + len(match.group("n"))
        cents = CENTS_AFTER.match(text[after:])
        end = after + cents.end() if cents else match.end()
        number = word_value(match.group("n"))
        value = Decimal(number).scaleb(-2)
        out.append(Figure(text=text[match.start():end], span=(match.start(), end), value=value,
                          unit="USD/share", tolerance=Decimal("0.005"),
                          qualifier=read_qualifier(text[max(0, match.start() - 30):match.start()]),
                          digits=str(number), scale=-2))
    return out


def word_percents(text: str) -> list[Figure]:
    """'four per cent', 'five percent': a whole percentage written in words."""
    return [Figure(text=match.group(0), span=match.span(),
                   value=Decimal(word_value(match.group("n"))), unit="percent",
                   tolerance=Decimal("0.5"),
                   qualifier=read_qualifier(text[max(0, match.start() - 30):match.start()]),
                   digits=str(word_value(match.group("n"))))
            for match in _WORD_PERCENT.finditer(text)]


def word_counts(text: str) -> list[Figure]:
    """'five new warehouses', 'six million units': a count written in words, as the bare
    number of its digit twin ("5", "6 million"; ``claims_counted`` makes it a count)."""
    out = []
    for match in _COUNT_WORDS.finditer(text):
        number = match.group("n")
        if number[0].isupper() and not _OPENS.search(text, 0, match.start()):
            continue  # "the Big Three automakers", "Five Below": a name's number
        value = word_value(number) * (100 if match.group("hundred") else 1)
        scale = SCALE_WORDS[match.group("scale").lower()] if match.group("scale") else 0
        start, end = match.span()
        out.append(Figure(text=text[start:end], span=(start, end),
                          value=Decimal(value * 10 ** scale), unit=None,
                          tolerance=Decimal(5 * 10 ** scale) / 10,
                          qualifier=read_qualifier(text[max(0, start - 30):start]),
                          digits=str(value), scale=scale))
    return out
