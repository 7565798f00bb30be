"""The words written right after an article's number that make its unit and scale: a scale
word or letter ("million", "bn", "K"), a percent or a change in points, "dollars", a multiple
("50x", "50 times"), an amount per share or in cents, a count of shares (``_read_suffix``).

Apart from ``claims_units`` (which finds the numbers, their currency, sign and name-likeness,
and pairs ranges), to keep it small; it reads a figure's suffix here.
"""

from __future__ import annotations

import re

from core.scales import SCALE_WORDS
from pipeline.verify.claims_counted import glued_count_scale
from pipeline.verify.claims_figure import CENTS_AFTER, WRAP

# (?![A-Za-z]) rather than \b: a footnote mark glued to the word ("million²") is a "word"
# character to the regex engine, and must not hide the scale.
# (a scale, percent, cents or per-share word may open the next line: claims_figure.WRAP)
# ("a $6.19-billion charge": a scale word hyphenated into an adjective, as some newspapers print
# an amount before its noun; claims_units lets only an amount in a currency take it)
_SCALE_AFTER = re.compile(
    rf"^(?:{WRAP}|\s|-)?(?P<word>thousand|million|billion|trillion)(?![A-Za-z])"
    # ("$4.67 Bln", "$212 Mln": a wire service's abbreviations, as its copies on stock sites
    # print every amount; "$1.04 Bln. vs. $3.59 Bln. last year": the abbreviation's own dot)
    r"|^\s?(?P<abbr>(?:mln|bln|trln)(?:\.(?=\s+[a-z]))?|mn|mm|bn|tn|[mbkt])(?![A-Za-z])",
    re.I,
)
# ("a 12-percent drop": the hyphenated adjective is a percentage too)
_PERCENT_AFTER = re.compile(rf"^(?:{WRAP}|\s|-)?(?:%|percent(?![A-Za-z])|per cent(?![A-Za-z])|"
                            r"pct\b)", re.I)
# "7 percentage points", "2.4 points", "5.3 pp", "120 bp", "13 basis points": a change of a
# rate; basis points are hundredths of a point ("a 1-point improvement": hyphenated too)
# (no wrap here: "margins improved 210\n    basis points" in a materials maker's FY2012 copy is
# a margin over net sales, while its statement's gross margin is recomputed over total revenues,
# delivery revenues included, and drifted; a change in points read across a line waits for that)
# ("down 5.2ppt Y/Y": an insurer's ratio in a market site's brief)
_POINTS_AFTER = re.compile(r"^(?:\s|-)?(?:percentage[- ]points?|(?P<bp>basis[- ]points?|bps?\b)|"
                           r"points?|pts?\b|pp(?:ts?)?\b)(?![A-Za-z])", re.I)
_DOLLARS_AFTER = re.compile(r"^\s?(?:US\s|U\.S\.\s)?dollars?(?![A-Za-z])", re.I)
_MULTIPLE_AFTER = re.compile(r"^\s?(?:x\b|×|times\b)", re.I)
# ("a $0.19 loss per share", "$1.05 earnings per share": the noun of what is per share may stand
# between the amount and its share, a recap of a camera maker's quarter; it stays outside the
# figure, where the words of its metric and sign are read)
_PER_SHARE_AFTER = re.compile(
    r"^(?P<noun>\s?(?:net\s+)?(?:loss|earnings|profit|income)(?=\s+(?:per|a)\s+(?:diluted\s+|"
    r"basic\s+)?share\b))?(?:" + WRAP + r"|\s)?(?:(?:per|a|/)\s?(?:diluted\s+|basic\s+|common\s+|"
    r"ordinary\s+)?"
    r"share\b|each\b)", re.I)
# "$0.59 (£0.39) per share" (a British site on a software maker's quarter): the amount in
# another currency, in brackets, between an amount and its share words
_CONVERTED_ASIDE = re.compile(r"^\s?\((?:£|€|¥|₹|C\$|A\$|CA\$|AU\$|HK\$|Rs\.?\s?)\s?[\d.,]+\s?"
                              r"(?:p|pence|bn|m|million|billion)?\)", re.I)
_SHARES_AFTER = re.compile(
    r"^\s?(?:(?:new|of|our|its|the|common|ordinary|class\s+[a-z]|common\s+stock)\s+){0,3}shares?\b",
    re.I,
)


def _read_suffix(text: str, end: int, currency: bool) -> tuple[str | None, int, int, bool]:
    """The unit and scale written after a number; returns (unit, new end, scale, is_points)."""
    scale = 0
    after = text[end:end + 60]
    found = _SCALE_AFTER.match(after)
    if found and (found.group("word") or currency or glued_count_scale(text, end)):
        word = (found.group("word") or found.group("abbr")).lower().rstrip(".")
        scale = SCALE_WORDS[word]
        end += found.end()
        after = text[end:end + 60]
    for pattern, unit in ((_POINTS_AFTER, "percent"), (_PERCENT_AFTER, "percent")):
        hit = pattern.match(after)
        if hit:
            points = pattern is _POINTS_AFTER
            return unit, end + hit.end(), -2 if points and hit.group("bp") else scale, points
    hit = _DOLLARS_AFTER.match(after)
    if hit and not currency:  # "510 million dollars"
        return "USD", end + hit.end(), scale, False
    hit = _MULTIPLE_AFTER.match(after)
    if hit and not currency:
        return "multiple", end + hit.end(), scale, False
    if currency:
        hit = _PER_SHARE_AFTER.match(after)
        if hit:
            return "USD/share", end + (0 if hit.group("noun") else hit.end()), scale, False
        aside = _CONVERTED_ASIDE.match(after)
        if aside and _PER_SHARE_AFTER.match(after[aside.end():]):
            return "USD/share", end, scale, False  # the share words stay outside the figure
        return "USD", end, scale, False
    hit = CENTS_AFTER.match(after)
    if hit and not scale:
        return "USD/share", end + hit.end(), -2, False
    hit = _SHARES_AFTER.match(after)
    if hit:
        return "shares", end + hit.end(), scale, False
    return None, end, scale, False
