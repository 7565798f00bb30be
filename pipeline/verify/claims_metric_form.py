"""How a figure whose metric is read is written: the sign words that make it negative, a range's
two ends (a price range filed as its low and high), a plain dollar figure that is a per-share
price or an amount the per-share words after it name, a comparison's base that is the compared
line's loss.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.metrics import Metric, all_metrics, find_metric, projection
from pipeline.verify.claims_change_words import COMPARED_WITH, is_change


@projection
def per_share_metrics() -> frozenset[str]:
    """Metrics priced per share whose cue also admits a plain dollar figure ("priced at $17"):
    the figure is read as USD/share."""
    return frozenset(row.name for row in all_metrics() if row.unit == "USD/share"
                     and any("USD" in (cue.units or ()) for cue in row.cues))


@projection
def range_of_part() -> dict[str, str]:
    """price_range_low -> price_range: a range's ends, back to the range they were read as."""
    return {part: row.name for row in all_metrics() if row.range_parts
            for part in row.range_parts}


def range_metric(metric: str | None, unit: str | None, role: str | None) -> str | None:
    """A price written as a range ("$14.00 to $16.00") is the marketing range when its metric
    is written as one (the offering price) or unnamed; a range is filed as its two ends, so each
    figure becomes the end its place in the range names."""
    row = find_metric(metric)
    if role:
        target = row.written_as_range if row is not None else range_by_unit().get(unit or "")
        ranged = find_metric(target)
        if ranged is not None and ranged.unit == unit:
            row, metric = ranged, ranged.name
    if row is not None and row.range_parts:
        return row.range_parts[1 if role == "high" else 0]
    return metric


# the words right after a figure that may say its sign: "$170.8 million cash used in the
# year-ago period" (an outflow, where the cue before it named "net cash provided by")
_SIGN_AFTER = re.compile(r"^\s*(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]+\b")


# a sign noun right before a figure, after its cue: "provision for credit losses was a benefit
# of $254 million", "net income swung to a loss of $5 million" (never further back: "excluding
# the loss on the sale, net income was"); "a loss per share of $0.23" (a small filer's release)
_SIGN_BEFORE = (r"\ban?\s+(?:[A-Za-z-]+\s+)?(?:{})\w*\s+(?:per\s+(?:diluted\s+|basic\s+)?"
                r"(?:common\s+)?share\s+)?(?:of\s+)?$")


def signed(value: Decimal | None, row: Metric | None, cue: str | None,
           after: str = "", before: str = "") -> Decimal | None:
    """'net loss of $75.7 million' is -75,700,000 in the filings; 'revenue fell 5%' is growth
    of -5%: the row's sign words, when they name the figure (before it, or in the two words
    right after it), make a positive figure negative.
    A magnitude (a cost, an outflow) is its size however written: "share repurchases ($7.8
    billion)" is the 7,829 million the cash-flow statement prints as (7,829) and tags positive."""
    if row is not None and row.is_magnitude and value is not None:
        return abs(value)
    # a level's words only: a change's "down" after it may begin its base ("5% down from 7%")
    words_after = _SIGN_AFTER.match(after) if row is not None and row.derivation is None else None
    words_before = re.search(_SIGN_BEFORE.format(row.sign_words), before, re.I) if (
        row is not None and row.derivation is None and row.sign_words) else None
    said = " ".join(filter(None, (cue, words_after.group(0) if words_after else "",
                                  words_before.group(0) if words_before else "")))
    if (said and row is not None and row.sign_words and value is not None and value > 0
            and re.search(row.sign_words, said, re.I)):
        return -value
    return value


# "net sales were down 2% for the quarter and 7% for the year to date" (a results summary on a
# device maker's region): a second rate joined by "and", with at most the first one's period
# between them, went the way the first one's words said
_JOINED_RATE = re.compile(r"^\s*(?:(?:for|in|during|over)\s+[^,;:$%\d()]{1,40}?)?\s*,?\s*and\s+$",
                          re.I)


def joined_rate_sign(value: Decimal | None, cue: str | None, previous, metric: str | None,
                     around: tuple[str, str], sentence: str) -> Decimal | None:
    """A rate with no way word of its own that is a coordinated rate's second: the first's
    sign (``previous``: the figure before it; ``around``: the words since it, and after this
    one: "7% of the total" is a share, no second rate)."""
    behind, ahead = around
    if (value is None or value <= 0 or cue is not None or previous is None or metric is None
            or previous.sentence != sentence or previous.metric != metric
            or previous.unit != "percent" or previous.value is None or previous.value >= 0):
        return value
    if not is_change(find_metric(metric)) or not _JOINED_RATE.match(behind) or re.match(
            r"\s*of\b", ahead):
        return value
    return -value


@projection
def range_by_unit() -> dict[str, str]:
    """The range an unnamed range of this unit is read as ("$14.00 to $16.00" a share)."""
    found: dict[str, str] = {}
    for row in all_metrics():
        if row.range_parts and row.unit != "count":
            # (a range of counts is a row's only by its words, "part-time associates": an
            # unnamed "between 100 and 200" may count anything)
            found.setdefault(row.unit, row.name)
    return found


# "adjusted EBITDA was $25.6 million ... compared with a loss of $167.1 million in the prior
# year period" (a miner's Q2 2023 release, quoted): a bare "loss" that introduces the base of a
# comparison is the compared line's negative, not net income (whose cue "loss" is)
_LOSS_BASE = re.compile(r"^[^$\d.;]{0,60}?\b(?:" + COMPARED_WITH + r"|from|against)"
                        r"\s+(?:an?\s+)?loss\s+of\s+\(?$", re.I)


# "posted a loss of $1 million. ... that's far better than the $45 million loss it suffered at
# this time last year" (a games site on a publisher's quarter): the base written as "the $X
# loss", the loss right after the figure (a loss on or from something is an item of its own)
_BASE_BEFORE = re.compile(r"\b(?:" + COMPARED_WITH + r"|from|against|than)\s+"
                          r"(?:the|an?)\s+$", re.I)
_LOSS_AFTER = re.compile(r"^\s+loss\b(?!\s+(?:on|from|per|before|of|related|provisions?|"
                         r"reserves?|allowances?|ratios?|rates?)\b)", re.I)


def loss_base(unit: str | None, behind: str, previous_metric: str | None,
              previous_unit: str | None, ahead: str = "") -> str | None:
    """The previous figure's metric, when this figure is the base it is compared with written
    as "a loss of" or "the $X loss" and that metric is one a loss makes negative; None
    otherwise."""
    row = find_metric(previous_metric) if unit == "USD" and previous_unit == "USD" else None
    if row is None or not row.sign_words or not re.search(row.sign_words, "loss", re.I):
        return None
    written = _LOSS_BASE.match(behind) or _BASE_BEFORE.search(behind) and _LOSS_AFTER.match(ahead)
    return row.name if written else None


# "The company posted $1.65 in earnings per share" (a trade site on a device maker's quarter):
# an amount with no scale that the per-share words after "in" or "of" name
# ("the $1.09 earnings-per-share fell short": the per-share noun glued to the amount, with no
# "in" or "of"; the amount has no scale, so it is no total of a per-share line's)
_PER_SHARE_AFTER = re.compile(r"^\s+(?:(?:in|of)\s+)?(?:(?:diluted|basic|GAAP|reported)\s+)?"
                              r"(?:(?:net[\s-]+)?(?:earnings|income|profit)[\s-]+per[\s-]+"
                              r"(?:diluted\s+)?(?:common\s+)?share|EPS)\b", re.I)


def named_per_share_after(ahead: str) -> bool:
    """Whether per-share words right after an amount ("in earnings per share") name it."""
    return _PER_SHARE_AFTER.match(ahead) is not None
