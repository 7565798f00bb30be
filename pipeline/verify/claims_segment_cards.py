"""A briefing's card of a line by segment, its cells run together when the page was copied:

    Revenue by segment
    ACME · $5.36B total across 4 segments · Q2 2023
    - Gadgets$1.58B-4.5%29.5%
    - Widgets$1.46B+16.1%27.2%

(a machine-written earnings briefing of a chip maker's quarter: the sentence reader named no
metric, and every cell came out unverifiable). The heading names the line ("Revenue by
segment"); each item line opens with the part's name, glued to its amount: that amount is the
part's figure of the heading's line. The amount after "total across N segments" (or "total") on
the line under the heading is the line's total, the company's own.

Only the amounts are read: what the layout makes certain. The percentages after them stand under
no header (a change against which period? a share of what?), so they are left as the sentence
reader left them: a column guessed into a drifted is worse than none. A card whose heading names
no line, or an item whose name names a line itself, is left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Claim
from pipeline.verify.claims_metric import named_metric
from pipeline.verify.segment_card_rates import read_card_rates

# "Revenue by segment", "Operating income by business": the line's words, then "by" and the
# kind of part
_HEADING = re.compile(r"^\s*(?P<line>[A-Za-z][A-Za-z&' -]{1,40}?)\s+by\s+(?:reportable\s+)?"
                      r"(?:segments?|business(?:es)?|divisions?|business\s+units?)\s*:?\s*$",
                      re.I)
# "- Gadgets$1.58B...": a list mark, the part's name (letters, no figure), then the amount
_ITEM = re.compile(r"^\s*[-\u2022*]\s*(?P<name>[A-Za-z][A-Za-z&'./ -]{0,40}?[A-Za-z.)])\s*"
                   r"(?=[+\-\u2212]?(?:US)?\$)")
# "ACME · $5.36B total across 4 segments · Q2 2023": the total's cell
_TOTAL = re.compile(r"^\s*(?:US)?\$[\d.,]+\s*(?:[KMBT]|bn|mn|billion|million)?\s+total"
                    r"(?:\s+(?:across|of|for)\s+(?:all\s+)?\d+\s+(?:segments|businesses|"
                    r"divisions))?\s*$", re.I)
_MAX_ITEMS = 12  # item lines a card holds under its heading


def _lines_above(text: str, at: int):
    """The non-empty lines above the line holding ``at``, nearest first."""
    start = text.rfind("\n", 0, at) + 1
    while start > 0:
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            yield text[start:end]


def _heading_line(text: str, at: int, skip_items: bool) -> str | None:
    """The line the card's heading names, when its heading stands above ``at`` with only item
    lines (and the total's line) between."""
    for count, line in enumerate(_lines_above(text, at)):
        if count > _MAX_ITEMS:
            return None
        heading = _HEADING.match(line)
        if heading is not None:
            return heading.group("line")
        if skip_items and (_ITEM.match(line) or _total_cell(line) is not None):
            continue
        return None
    return None


def _total_cell(line: str) -> str | None:
    """The total's cell of a line of cells split by middle dots, if one is."""
    if "\u00b7" not in line:
        return None
    return next((cell for cell in line.split("\u00b7") if _TOTAL.match(cell)), None)


def read_segment_cards(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each unnamed amount of a segment card named by its heading and item."""
    named = [_named(text, claim) if claim.metric is None and claim.unit == "USD"
             and claim.value is not None and "by" in text else claim for claim in claims]
    return read_card_rates(text, named) if named != claims else named  # "-4.5%29.5%"


def _named(text: str, claim: Claim) -> Claim:
    start = text.rfind("\n", 0, claim.span[0]) + 1
    end = text.find("\n", claim.span[0])
    line = text[start:len(text) if end < 0 else end]
    item = _ITEM.match(line)
    if item is not None and start + item.end() == claim.span[0]:
        words = _heading_line(text, claim.span[0], skip_items=True)
        metric = named_metric(words, "USD") if words else None
        name = item.group("name").strip()
        if metric is None or named_metric(name, "USD") is not None:
            return claim  # ("- Net income$27M": a line's name, not a part's)
        return replace(claim, metric=metric, entity=name)
    total = _total_cell(line)
    if total is not None and claim.text.strip() in total:
        words = _heading_line(text, claim.span[0], skip_items=False)
        metric = named_metric(words, "USD") if words else None
        return claim if metric is None else replace(claim, metric=metric)
    return claim
