"""The words around a change, and the registry rows that are changes: which rows are growth
rates, the level a change reached ("rose 47% to $7.19"), the base a figure is compared with
("up from 30.7%"), an amount that restates a change (", or 84 cents") and a difference of two
figures ("$154 million higher than"). Kept apart from ``claims_metric`` (which reads a
figure's metric from its cues and applies these) because they depend on no cue: the per-share
and cue logic there reads them, never the other way round."""

from __future__ import annotations

import re

from core.metric_words import CHANGE_DOWN_WORDS, CHANGE_UP_WORDS
from core.metrics import Metric, all_metrics, find_metric, projection
from core.verdicts import Claim
from pipeline.verify.claims_figure import Figure

# The words that set a figure against its base ("compared with", "versus", "vs."): one home for
# the patterns that each add their own members ("from", "against", "than")
COMPARED_WITH = r"compared\s+(?:with|to)|versus|vs\.?"
# "fell to 34%", "up from 27.2%": after a change word, a level (the new one or the base); so
# after "a decrease compared to N%" (a wire copy of a beverage maker's quarterly margin): the base
LEVEL_AFTER = re.compile(r"^,?\s+(?:to|from|" + COMPARED_WITH + r")\s+"
                         r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# "$154 million higher than", "$27.4 billion (6.5 percent) more than": a difference of two
# figures, which no filing states as such
DIFFERENCE_AFTER = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?(?:\w+\s+)?(?:higher|lower|more|less|"
                              r"greater|smaller|above|below|bigger)\s+than\b", re.I)
# "sales were 3.6% higher than the prior-year quarter's $13.03 billion", "net income was 12% lower
# than a year earlier" (a stock site's recap of a chipmaker's quarter): a rate higher or lower
# than the same line a year before is that line's growth, not a difference of two figures
# (never "higher than expected", "than analysts' forecasts": an estimate's margin; only the
# way words the growth row's sign words read: "less than" would be read as a rise)
# ("which was 5% better than this time last year", a device-news blog on a phone maker's
# quarter: "better" is "higher" of a line that grows, and "this time last year" is a year back)
YEAR_AGO_THAN = re.compile(
    r"^\s*(?P<way>higher|lower|more|greater|better)\s+than\s+(?:in\s+|during\s+)?"
    r"(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year(?:['’]s)?|"
    r"(?:this|the\s+same)\s+time\s+(?:last|a)\s+year(?:\s+ago)?|(?:the|its)\s+(?:"
    r"same\s+(?:quarter|period|three\s+months)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|"
    r"of\s+(?:the\s+)?(?:prior|previous)\s+year)|(?:(?:prior|previous)[- ]year|year[- ]ago|"
    r"year[- ]earlier)(?:['’]s)?(?:\s+(?:quarter|period|three\s+months)(?:['’]s)?)?))\b"
    r"(?![^.;]*\b(?:estimates?|forecasts?|expect\w*|consensus|guidance|outlook|projections?|"
    r"predict\w*|anticipat\w*)\b)", re.I)


def year_ago_than(ahead: str, previous: Claim | None) -> re.Match | None:
    """``YEAR_AGO_THAN`` after a rate, when it reads as the growth of the level before it:
    "better" only of a line that is better higher (revenue, profit, not a loss), never of a
    cost, for which "5% better" is a fall the growth row would read as a rise."""
    found = YEAR_AGO_THAN.match(ahead)
    if found is None or found.group("way").lower() != "better":
        return found
    row = find_metric(previous.metric) if previous is not None and previous.metric else None
    if row is None or row.is_magnitude or row.lower_is_better or (
            previous.value is not None and previous.value < 0):
        return None
    return found


# "is now producing about 314% more Bitcoin" after "post higher revenues" (a crypto site on a
# miner's quarter): a rate followed by "more"/"fewer" and a noun is the growth of that noun
MORE_NOUN_AFTER = re.compile(r"^\s*(?:more|fewer|less)\s+"
                             r"(?P<noun>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)", re.I)
# "helped the miner offset the 14% lower average BTC price" (a crypto site on a miner's
# quarter): after an article, a rate and a comparative adjective before a noun are that noun's
# change ("revenue was 14% higher year over year" has no article and is the subject's)
COMPARATIVE_NOUN_AFTER = re.compile(r"^\s*(?:higher|lower|greater|smaller|bigger|larger)\s+"
                                    r"(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2})", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+$", re.I)


def noun_after_rate(behind: str, ahead: str) -> str | None:
    """The noun a rate is the change of, named by "more"/"fewer" after it, or by a comparative
    after it when an article stands before it; None else."""
    found = MORE_NOUN_AFTER.match(ahead) or (
        _ARTICLE_BEFORE.search(behind) and COMPARATIVE_NOUN_AFTER.match(ahead))
    return found.group("noun") if found else None
# "operating income rose 5%, to $2.5 billion": the level a change reached; the change's basis
# may stand between them ("Non-interest income grew 35% year over year to $X billion on
# higher ... revenues", a recap of a bank: read from the cue after it, the level was revenue's)
_CHANGE_BASIS = (r"(?:year[- ]over[- ]year|y/y|yoy|sequentially|annually|from\s+a\s+year\s+"
                 r"(?:ago|earlier)|on\s+a\s+(?:reported|year[- ]over[- ]year|sequential)\s+basis)")
# and so may its base ("rose 24% from the year-ago quarter to $294.7 billion")
_CHANGE_BASE = (r"(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?"
                r"(?:year[- ]ago|prior[- ]year|previous|prior|last|linked|preceding)\s+"
                r"(?:quarter|year|period)")
# ("registered a 34% growth, arriving at $0.59": a recap of a bottler's quarter; "a 228% YoY
# revenue improvement to $81.8 M", a machine summary of a miner's call: the line's noun before
# the change's)
_REACH_WORDS = (r"(?:(?:(?:revenues?|sales|production|output)\s+)?(?:growth|increase|rise|gain|"
                r"jump|improvement|decline|decrease|drop|fall)[\s,]+)?"
                r"(?:to|at|reaching|hitting|arriving\s+at|landing\s+at|coming\s+in\s+at)")
# and so may the base a rate's change in points is measured over ("SG&A ... down 90 basis
# points as a percentage of sales, to 25.7 percent": a retailer's quarter in a trade paper)
_RATE_OF = (r"(?:as\s+an?\s+(?:percentage|percent|share|%)\s+of\s+(?:net\s+|total\s+)?"
            r"(?:sales|revenues?))")
# (the quarter it changed in may stand before the level: "rose by 6% year over year in the
# fourth quarter at $1.1 trillion", a news site on a bank's quarter)
_CHANGED_IN = (r"(?:(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)[- ]quarter|"
               r"quarter|Q[1-4])(?:\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d)?[\s,]*)")
# (a record's words may stand before the level: "revenues increased 23 percent to a record $2.9
# billion, income from operations jumped 31 percent to an all-time-high $894 million", a rail
# trade paper's quarter: each level was read as the next clause's line)
_RECORD = (r"(?:\s+(?:a|an)\s+(?:new\s+)?(?:(?:quarterly|annual|company|first-quarter|"
           r"second-quarter|third-quarter|fourth-quarter)\s+)?(?:record(?:[- ](?:high|setting|"
           r"breaking))?|all[- ]time[- ]high|best[- ]ever|historic(?:al)?\s+high|high))")
REACHED = re.compile(rf"^[\s,]*(?:(?:{_CHANGE_BASIS}|{_CHANGE_BASE}|{_RATE_OF})[\s,]*)?"
                     rf"{_CHANGED_IN}?{_REACH_WORDS}{_RECORD}?\s+(?:about\s+|roughly\s+|nearly\s+)?$",
                     re.I)
# the level of something the change did not name ("pay costs were up 31% at $3.2bn"): right
# after the change or its basis, not after a named base
REACHED_AT = re.compile(rf"^[\s,]*(?:{_CHANGE_BASIS}[\s,]*)?{_REACH_WORDS}{_RECORD}?\s+"
                        r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# "Diluted earnings per share increased N percent, or M cents, to $X" (a railroad's
# annual release): the amount after a percentage change and "or" restates the change, no level
# (the words since the change: ", or ")
# (the rate's base may come between: "rose 3% sequentially, or $50 million")
CHANGE_RESTATED = re.compile(r"^\s*(?:(?:sequentially|year[- ]over[- ]year|y/y|from\s+(?:a|the)\s+"
                             r"(?:year|quarter)\s+(?:earlier|ago|before))\s*)?,?\s*or\s+"
                             r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# the verb a rate right before it moved by: "rose 10%", "declined by about 5%"
_MOVED_BY = re.compile(rf"\b(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|climb\w*|slipp\w*|slid|"
                       r"sank|surg\w*|soar\w*|tumbl\w*|dipp\w*|plung\w*)\s+(?:by\s+)?"
                       r"(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$", re.I)


def restates_change(behind: str, sentence_before: str, previous: Claim | None) -> bool:
    """Whether an amount restates the change the rate right before it states: "increased 23
    percent, or 84 cents", and "Adjusted EPS rose 10%, or 20 cents" (a rate whose line no
    filed growth reads: the amount is its change all the same, never the line's level)."""
    if previous is None or previous.unit != "percent" or not CHANGE_RESTATED.match(behind):
        return False
    if previous.metric in change_metric_set():
        return True
    at = sentence_before.rfind(previous.text)
    return previous.metric is None and at >= 0 and bool(_MOVED_BY.search(sentence_before[:at]))


# "the division had a revenue increase of $259 million (6%) ..., but a revenue decrease of $281
# million (6% decrease) on its adjusted measure" (a trade paper on a software maker's quarter,
# the first rate signed by the later clause's "decrease"): a rate in parentheses right after a
# change's amount restates that change, and its way is the amount's
_RATE_OF_AMOUNT = re.compile(r"^\s*\(?\s*$")


def restated_amount_way(figure: Figure, behind: str, previous: Claim | None) -> str | None:
    """'increase' or 'decrease' when a rate restates the change amount right before it
    ("$259 million (6%)"); None otherwise."""
    if previous is None or previous.unit != "USD" or previous.value is None or (
            previous.basis is None or previous.metric not in (None, "difference")):
        return None
    if not _RATE_OF_AMOUNT.match(behind) or "(" not in behind + figure.text[:1]:
        return None
    return "decrease" if previous.value < 0 else "increase"


# "stood at 31.6%, up from 30.7%", "was 20.1%, compared to 20.7%": the words between a figure
# and the base it is compared with; so in an aside ("rose to $3.15 (vs $2.74)", a filing
# digest's recap of a railroad's quarter), OPEN_ASIDE
OPEN_ASIDE = r"[\s,]*(?:\(\s*)?"
BASE_AFTER = re.compile(r"^" + OPEN_ASIDE + r"(?:(?:up|down|a\s+\w+)\s+)?(?:from|"
                        r"compared\s+(?:to|with)|versus|vs\.?|against)\s+"
                        r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# verbs of a change that no growth cue reads (their direction is no sign a rate can take)
MOVED = re.compile(r"\s+(?:improved|strengthened|expanded|advanced)\s+(?:by\s+)?$", re.I)
# "SG&A expenses were 3.7 percent higher in dollars": a rate these words follow is a change of
# the line, not its share of sales
MOVED_AFTER = re.compile(r"^\s+(?:higher|lower|more|less)\b", re.I)


def differs_after(rest: str) -> bool:
    """Whether the words after a figure, to the sentence's end, make it a difference: "$447
    million (0.1 percent) higher than the fourth quarter of 2020" (the window to the next
    figure ends at the parenthesis, and the figure read as the average loans themselves)."""
    return DIFFERENCE_AFTER.match(rest) is not None


def _is_moved_rate(row: Metric | None) -> bool:
    """A change in points: 'improved 2.4 points, to 59.9%' reaches a level of its rate."""
    return row is not None and row.derivation is not None and row.derivation.kind == "points"


def is_change(row: Metric | None) -> bool:
    """A growth rate: a change of the figure its derivation names over a year."""
    return row is not None and row.derivation is not None and row.derivation.kind == "growth"


def grown_line(rate: Claim | None) -> str | None:
    """The line a company-wide growth rate read before is the growth of (its basis, else its
    row's first input), for a rate that goes on about it; None for a part's rate (whose part
    the next clause may not keep), an estimate's, or no growth rate."""
    if rate is None or rate.entity or rate.not_checkable_reason:
        return None
    row = find_metric(rate.metric)
    return (rate.basis or row.derivation.inputs[0][0]) if is_change(row) else None


@projection
def change_metric_set() -> frozenset[str]:
    """The growth rows' names, for membership tests."""
    return frozenset(row.name for row in all_metrics() if is_change(row))


def change_metrics() -> tuple[str, ...]:
    """The growth rows, in the registry's order."""
    return tuple(row.name for row in all_metrics() if is_change(row))


def reached_level(figure: Figure, behind: str, previous: Claim | None) -> str | None:
    """'EPS rose 47% to $7.19', 'operating income was up 7%, to $9.7 billion': the figure a
    change reached is the level of what changed (the change's basis, else its usual input)."""
    row = find_metric(previous.metric) if previous is not None else None
    if not (is_change(row) or _is_moved_rate(row)) or not REACHED.match(behind):
        return None
    grew = find_metric(previous.basis or row.derivation.inputs[0][0])
    if grew is None or grew.unit != figure.unit:
        return None
    return grew.name
