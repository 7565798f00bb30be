"""The amount by which something moved a line, read as such and never as the line's level.

"The charge reduced net income by $596 million", "which decreased its earnings-per-share figure
by $0.07", "a -$0.07 impact on earnings", "the tax benefit added 12 cents to earnings per
share", "currency shaved $0.05 off EPS", "a $300 million hit to revenue" (paraphrases; a trade
paper's and a tech site's stories on a software maker's year, which read the charge's $0.07 as
the year's diluted EPS and called it drifted): the figure is an item's effect on the line (or
the line's change), which no filed line states as its level. ``effect_words`` names the words
that make it one; ``figure_scope`` turns them into the claim's reason.

The line's own change ("net income decreased by $300 million": the verb after the line) is a
difference of two filed figures and stays ``claims_changes``'s: here the verb stands before the
line it moved, or the effect's noun after the figure points to the line.
"""

from __future__ import annotations

import re

from core.metric_words import CHANGE_DOWN_WORDS, CHANGE_UP_WORDS

# the lines an effect is stated on (what follows "impact on", "reduced ... by")
_LINE = (r"(?:(?:its|the|our|their|his|her)\s+)?(?:(?:diluted|basic|adjusted|reported|GAAP|"
         r"non-GAAP|quarterly|annual|full[- ]year|fourth[- ]quarter|third[- ]quarter|"
         r"second[- ]quarter|first[- ]quarter)\s+){0,2}(?:EPS|earnings(?:[- ]per[- ]share)?|"
         r"(?:net|operating|pre-?tax|gross)\s+(?:income|profit|earnings|loss|margins?)|"
         r"profits?|income|results|margins?|revenues?|(?:net\s+)?sales|(?:the\s+)?bottom[- ]line|"
         r"(?:the\s+)?top[- ]line)")
_HEDGE = r"(?:(?:about|roughly|approximately|nearly|almost|some|around)\s+)?"
# the amount's own opening, to the figure: a sign, a currency mark
_TO_FIGURE = r"(?:-|\u2212)?(?:US)?\$?$"
_PER_SHARE_WORDS = r"(?:per|a)\s+(?:diluted\s+)?share\s+"
_TONE = r"(?:negative|positive|adverse|unfavou?rable|favou?rable)"
# the nouns of an effect; "a benefit of", "a reduction of" before a figure are a line's own sign
# ("its provision was a benefit of $254 million", a bank's recapture), never an effect
_NOUNS_OF = r"(?:impacts?|effects?|hits?|drags?|headwinds?|tailwinds?|boosts?)"
_NOUNS = r"(?:impacts?|effects?|hits?|drags?|benefits?|headwinds?|tailwinds?|reductions?|boosts?)"

# before the figure: a verb, the line it moved, then "by" ("reduced net income by ")
_MOVED_LINE = (
    r"\b(?:reduc|lower|cut|decreas|increas|rais|boost|lift|hurt|dent|trim|depress|diminish|"
    r"shav|impact|affect|inflat|swell|pad|benefit|weigh)\w*\s+(?:on\s+)?" + _LINE
    + r"(?:\s+figures?)?(?:\s+(?:for|in)\s+the\s+(?:quarter|year|period))?\s+by\s+")
_MOVED_LINE_BY = re.compile(_MOVED_LINE + _HEDGE + _TO_FIGURE, re.I)
# a second line the same verb moved: "reduced operating income by $900 million and net income
# by $596 million" (the filer's own footnote wording, which articles copy); or a line's own
# change: "revenue rose by $200 million and net income by $50 million" is net income's change,
# not its level
_ALSO_LINE_BY = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)" + _LINE + r"\s+by\s+" + _HEDGE
                           + _TO_FIGURE, re.I)
_MOVED_BEFORE = re.compile(rf"(?:{_MOVED_LINE}|\b(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|"
                           rf"climb\w*|slipp\w*)\s+by\s+)(?:US)?\$?\d", re.I)
# the verb before the figure whose line comes after it: "added 12 cents to earnings per share"
_ADDED = re.compile(r"\b(?:add\w*|shav\w*|took|tak\w*|knock\w*|cut|trimm?\w*|subtract\w*|"
                    r"contribut\w*|wip\w*)\s+(?:(?:about|roughly|approximately|nearly|almost|"
                    r"some|around|an?\s+(?:additional|extra))\s+)?" + _TO_FIGURE, re.I)
_TO_LINE = re.compile(rf"^\s*(?:{_PER_SHARE_WORDS})?(?:to|off|from)\s+{_LINE}\b", re.I)
# after the figure, its effect's noun on a line: "a -$0.07 impact on earnings", "a $300 million
# hit to revenue", "a $0.20 per share negative impact on results"
_EFFECT_ON = re.compile(
    rf"^\s*(?:{_PER_SHARE_WORDS})?(?:(?:{_TONE}|one-time|non-?cash|pre-?tax|after-?tax)\s+)?"
    rf"{_NOUNS}\s+(?:on|to|in)\s+{_LINE}\b", re.I)
# a per-share effect needs no line named: "which translated to a $0.19 per diluted share
# boost", "a $0.07 per share impact" (a machine summary of a railroad's quarter: read as EPS)
_PER_SHARE_EFFECT = re.compile(
    rf"^\s*{_PER_SHARE_WORDS}(?:(?:{_TONE}|one-time|non-?cash)\s+)?{_NOUNS}\b", re.I)
_PER_SHARE = re.compile(r"\bshare$|\bcents?$", re.I)
# the effect's noun before the figure: "a negative impact of $0.07 per diluted share"
_EFFECT_OF = re.compile(rf"\b(?:(?:{_TONE}|net)\s+)?{_NOUNS_OF}\s+of\s+{_HEDGE}{_TO_FIGURE}",
                        re.I)

EFFECT_REASON = ("the amount by which something moved a line (\u201c{words}\u201d): an item's "
                 "effect or the line's change, never its level, so it is compared with none")


def effect_words(behind: str, ahead: str, figure: str = "") -> str | None:
    """The words that make the figure (``figure``, its text) between ``behind`` and ``ahead``
    the amount something moved a line by; None when they do not."""
    found = _MOVED_LINE_BY.search(behind[-120:])
    if found is not None:
        return found.group(0).strip(" $-\u2212")
    also = _ALSO_LINE_BY.search(behind[-80:])
    if also is not None and _MOVED_BEFORE.search(behind[:len(behind) - len(also.group(0))]):
        return also.group(0).strip(" ,$-\u2212")
    after = _EFFECT_ON.match(ahead) or _PER_SHARE_EFFECT.match(
        (" a share " if _PER_SHARE.search(figure) else "") + ahead)
    if after is not None:
        return after.group(0).strip()
    before = _EFFECT_OF.search(behind[-60:])
    if before is not None:
        return before.group(0).strip(" $-\u2212")
    if _ADDED.search(behind[-60:]) and (to := _TO_LINE.match(ahead)) is not None:
        return to.group(0).strip()
    return None
