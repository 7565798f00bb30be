"""Whose rate a growth rate on a stated basis is ("or 23% in constant currency"), when its own
words name no part, for ``claims_build_parts.read_part``.

"Latin America revenue grew 9% to $1.31 billion, or 23% in constant currency" (a recap of a
streamer's quarter): the constant-currency rate restates the part's growth on another basis, so
it is that part's (read as the company's, the part's 23% drifted against the company's 17%).
"Revenue grew 16%, with <Region> up 23% in constant currency": a part named between the figure
before and this one is the rate's subject, which the words read for a stated rate do not
place; it is no company figure (unverifiable, never compared with the company's rate).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.verify.other_names import names_filer
from pipeline.verify.part_words import PERIOD_NAME, SEGMENT_WORDS
from pipeline.verify.stated_bases import BASIS_TWINS

if TYPE_CHECKING:
    from pipeline.verify.claims_build import Draft

_TWINS = frozenset(stated for _words, _growth, stated in BASIS_TWINS)
# the lines whose part a restating rate keeps: the part's revenue, its growth, or its rate on
# another basis
_RESTATED = frozenset({"revenue", "revenue_growth"}) | _TWINS
# the words between a part's figure and its rate restated: "..., or 23%", "..., but 23%",
# "... (23%"
_RESTATES = re.compile(r"^\s*\)?\s*,?\s*(?:(?:or|but)\s+)?(?:just\s+|only\s+|about\s+|"
                       r"roughly\s+|nearly\s+|some\s+)?\(?\s*$", re.I)
_WORD = re.compile(r"(?<![\w'’])[A-Za-z][\w&.'’-]*")
# capitalised words that name no part: a basis's own words, a standard's, a sentence's joiners
# (and the reported basis's currency: "up 9% in USD and 8% in constant currency", a recap of an
# ERP maker's quarter, named no part)
_NO_PART = frozenset({"gaap", "non-gaap", "constant", "currency", "organic", "organically",
                      "excluding", "fx", "and", "or", "but", "while", "with", "the", "usd",
                      "us$", "dollar", "dollars", "reported", "nominal"})
_UNPLACED = ("a growth rate on a stated basis that restates the figure before it, whose subject "
             "was not read: no filed rate was searched")
PART_REASON = ("a growth rate on a stated basis whose subject is a part named before it (“{}”): "
               "no filed rate of that part was searched")


def basis_part(d: Draft) -> None:
    """The part of a stated-basis growth rate read with no part: the part of the figure it
    restates, or, where a part is named since the figure before, no reading at all."""
    previous = d.previous
    if d.metric not in _TWINS or d.entity is not None or previous is None or (
            previous.sentence != d.text):
        return
    if _RESTATES.match(d.behind):
        if previous.metric is None:  # "... grew just 9%, but 23% in constant currency", its
            # part left unread before: the rate restates a figure no reading placed
            d.metric, d.row, d.unread_why = None, None, _UNPLACED
        elif previous.entity and previous.metric in _RESTATED:
            d.entity = previous.entity  # "grew 9% to $1.31 billion, or 23% in constant currency"
        return
    if (name := _part_named(d.behind, d.filer)) is not None:
        d.metric, d.row, d.unread_why = None, None, PART_REASON.format(name)


def _part_named(words: str, filer: frozenset[str]) -> str | None:
    """A word of ``words`` that names a part: a capitalised one that is no period, no basis
    word and not the filer's name, or a lowercase word for a part ("international")."""
    for found in _WORD.finditer(words):
        word = found.group(0)
        lower = word.lower().rstrip(".")
        if lower in _NO_PART or PERIOD_NAME.match(word) or names_filer(word, filer):
            continue
        if word[0].isupper() or lower in SEGMENT_WORDS:
            return word
    return None
