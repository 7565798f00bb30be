"""One figure as an article writes it (``Figure``), and the words glued to it that every reader
of figures shares: the qualifier before it ("about", "more than") and a per-share "cents" after
it. The bottom layer of ``claims_units`` (numbers) and ``claims_word_figures`` (numbers written
in words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# "59 cents", "21 cents per share": an earnings article's cents are a per-share amount
# A plain-text copy wraps its lines and indents the next one: "was $137\n    million",
# "increased 2\n    percent", "34\n    cents a share" (a wire copy of a materials maker's FY2012
# release). The unit word is the figure's when it opens the next line in lower case (a table's
# next row label is capitalised); a blank line between them ends the paragraph and joins nothing.
WRAP = r"[ \t]*\n[ \t]*(?=(?-i:[a-z]))"
# ("income was $204 million, or 44c per share", a trade paper's house style: a cents sign or a
# "c" glued to the number, only with its share words after it, never "a 44c stamp")
_SHARE_WORDS = r"\s?(?:per|a|/)\s?(?:diluted\s+|basic\s+)?share\b"
CENTS_AFTER = re.compile(rf"^(?:(?:{WRAP}|\s)?cents?\b|(?-i:c|\u00a2)(?={_SHARE_WORDS}))"
                         rf"(?:{_SHARE_WORDS})?", re.I)

_QUALIFIERS = (
    # "nearly $5.3 billion", "almost 9%": a hedge that comes up to its figure from below (a
    # wire recap's "nearly $5.3 billion" for $5.36 billion is wrong: it is nearly $5.4
    # billion); checked as a hedge whose filed figure rounds no higher (tolerance.agrees)
    ("nearly", re.compile(r"(?<![\w-])(?:nearly|almost)\s*$", re.I)),
    ("about", re.compile(
        r"(?:about|approximately|approx\.|roughly|around|some|close to|~|"
        r"an estimated|estimated)\s*$", re.I)),
    # a bound that says the figure is close by too: "just under $8 billion" (an aggregator's
    # rewrite of a wire story on a device maker's quarter) is 7-point-something, never $6
    # billion; read as a plain bound, a wrong "just under $9 billion" was borne out by $7.95
    # billion. One unit of the last stated digit on the bound's side (tolerance.NEAR_BOUNDS).
    ("just more than", re.compile(r"(?:just|slightly|a\s+(?:little|bit|tad))\s+(?:over|above|"
                                  r"more\s+than|north\s+of|topping)\s*$", re.I)),
    ("just less than", re.compile(r"(?:just|slightly|a\s+(?:little|bit|tad))\s+(?:under|below|"
                                  r"less\s+than|shy\s+of|short\s+of|south\s+of)\s*$", re.I)),
    ("more than", re.compile(
        r"(?:more than|over|above|at least|exceeding|in excess of|upwards of|north of|"
        # ("quarterly revenue topped $12 billion": a headline's verb that says which side of
        # the figure the filed one lies on)
        r"topp(?:ed|ing)|tops|surpass(?:ed|es|ing)?|exceed(?:ed|s)?|eclips(?:ed|es|ing)|"
        r"crossed)\s*$", re.I)),
    # (not "up to": "authorized the repurchase of up to $12 billion", "an option to buy up to
    # 900,000 shares" state a limit set, whose size is the figure itself; read as a bound, a
    # news brief's wrong authorization was borne out by any smaller buyback or authorization)
    ("less than", re.compile(r"(?:less than|under|below|at most|no more than|south of|"
                             r"(?:short|shy) of)\s*$", re.I)),
)


@dataclass(frozen=True)
class Figure:
    """One figure as written: its characters, value in base units, unit and tolerance."""

    text: str
    span: tuple[int, int]
    value: Decimal
    unit: str | None  # USD, USD/share, percent, shares, multiple, or None (a bare number)
    tolerance: Decimal
    negative: bool = False  # written negative: "(75.7)" or "-75.7"
    qualifier: str | None = None  # "about", "nearly", "more/less than", "just more/less than"
    range_role: str | None = None  # "low" / "high" when written as a range
    digits: str = ""  # the number's own digits, for precision
    scale: int = 0  # power of ten the scale word applies
    is_points: bool = False  # "percentage points": a change, not a level


def read_qualifier(before: str) -> str | None:
    """'about', 'more than' or 'less than' when the words just before a figure say so."""
    for name, pattern in _QUALIFIERS:
        if pattern.search(before):
            return name
    return None
