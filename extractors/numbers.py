"""The one number parser for table cells and sentences.

Filings print the same figure many ways: ``1,234``, ``(1,234)`` for a negative, ``$`` or ``)`` in
a cell of their own (the table model glues those back before calling us), a dash for nil, a
footnote marker after the figure, a unicode minus, non-breaking spaces, ``%``. Every caller goes
through ``parse_number`` so a figure is read the same way wherever it is printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

# Dashes a filer uses for "nil": hyphen, en dash, em dash, figure dash, minus sign, horizontal bar.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH_SET = frozenset(_DASHES)
# A footnote marker after a figure: "(1)", "(a)", "*", "†", "‡", superscript digits.
_FOOTNOTE_RE = re.compile(r"(?:\s*(?:\((?:\d{1,2}|[a-z])\)|[*\u2020\u2021\u00b9\u00b2\u00b3]+))+$")
_FOOTNOTE_ENDS = ")*\u2020\u2021\u00b9\u00b2\u00b3"
_DOLLAR_NIL = frozenset({"$ —", "$ -", "$—", "$-", "$ –", "$–"})  # a dollar sign and a nil dash
_NUMBER_RE = re.compile(
    r"^(?P<pre>(?:[-\u2212\u2013(]|\$|US\$|USD|\s)*)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?P<suf>(?:[)%]|\s)*)$"
)


@dataclass(frozen=True)
class ParsedNumber:
    """An exact reading of one printed figure.

    ``value`` is as printed (no scale applied); ``decimals`` counts printed fraction digits (0 for
    whole numbers) so callers can state precision; ``is_nil`` marks a dash printed for nothing.
    """

    value: Decimal
    raw: str
    is_percent: bool = False
    is_nil: bool = False
    decimals: int = 0


# The characters ``clean_text`` drops: not whitespace to Python, so ``str.split`` keeps them
_ZERO_WIDTH_SPACE, _BYTE_ORDER_MARK = "\u200b", "\ufeff"
DROPPED_CHARACTERS = (_ZERO_WIDTH_SPACE, _BYTE_ORDER_MARK)


def clean_text(text: str) -> str:
    """Fold the spaces filers use (nbsp, thin, zero-width) into plain spaces, trimmed."""
    if text.isascii():  # none of those spaces: skip the scans for the zero-width ones
        return " ".join(text.split())
    # str.split() already splits at nbsp, thin and narrow spaces (all are str.isspace()); the
    # zero-width ones are not whitespace to Python and must go first.
    return " ".join(text.replace(_ZERO_WIDTH_SPACE, "").replace(_BYTE_ORDER_MARK, "").split())


# A pure function of the text returning a frozen value; a filing prints the same figures and
# dashes over and over (and the table model asks about a cell both when gluing and reading).
@lru_cache(maxsize=16384)
def parse_number(text: str | None) -> ParsedNumber | None:
    """Read a printed figure exactly, or None when the text is not a single figure."""
    if text is None:
        return None
    raw = text
    text = clean_text(text)
    if not text:
        return None
    if text[0].isalpha() and text[0] != "U":
        return None  # a label: a figure opens with a dash, "(", "$", "US$", "USD" or a digit
    # text.strip(_DASHES) is "^[dashes]+$" without the regex (clean_text left no newline).
    if not text.strip(_DASHES) or text in _DOLLAR_NIL:
        return ParsedNumber(Decimal(0), raw, False, True, 0)
    match = _NUMBER_RE.match(text)
    if match is None and text[-1] in _FOOTNOTE_ENDS:  # a marker can only end the text
        match = _NUMBER_RE.match(_FOOTNOTE_RE.sub("", text))
    if match is None:
        return None
    # A cell read cold per figure (thousands per filing): positional groups and arguments
    # spare the name look-ups of group("pre", "num", "suf") and of keyword arguments.
    pre, digits, suffix = match.groups()
    if pre:  # most figures print no sign, "$" or "(" before the digits
        opening = pre.count("(")
        if opening != suffix.count(")") or opening > 1:
            return None
        negative = opening or not _DASH_SET.isdisjoint(pre)
    elif ")" in suffix:
        return None  # a ")" that no "(" opened
    else:
        negative = False
    value = Decimal(digits.replace(",", "") if "," in digits else digits)
    if negative:
        value = -value
    decimals = len(digits.partition(".")[2])
    return ParsedNumber(value, raw, "%" in suffix, False, decimals)


def format_number(value: Decimal, *, parens: bool = True, currency: bool = False,
                  percent: bool = False) -> str:
    """Print a Decimal the way filings do (thousands commas, negatives in parentheses)."""
    sign = value < 0
    body = f"{abs(value):,f}"
    if currency:
        body = "$" + body
    if percent:
        body += "%"
    if sign:
        body = f"({body})" if parens else "-" + body
    return body
