"""Changes and differences an article states, read as a reader reads them.

- A change in points ("the operating ratio improved 2.4 points", "an improvement of almost 7
  percentage points", "down 13 basis points"): which rate changed (the rate named before the
  figure, else the rate the figure follows in its sentence), and which way (``DIRECTIONS``; an
  improvement of a rate where lower is better, ``Metric.lower_is_better``, is a fall).
- A difference of two figures ("$154 million higher than the $1,519 million for the fourth
  quarter of 2020"): the figure the sentence is about, less the one after "than"; or of one
  metric in two periods ("Average total loans for the fourth quarter of 2021 were $447 million
  higher than the fourth quarter of 2020"): the metric the words before it name.
- A change in points against the previous quarter ("sequentially", "from the prior quarter",
  "on a linked quarter basis") is recomputed against that quarter; the base period and its
  dating are ``change_bases``'s. A growth rate against it is still read as unverifiable.

What is recomputed, and how, is ``derive_changes``'s; here only the words are read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.metric_words import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS, PRIOR_THREE_MONTHS
from core.metrics import Metric, all_metrics, find_metric, projection
from core.verdicts import Claim
from pipeline.verify.change_bases import names_base_ahead
from pipeline.verify.claims_change_words import CHANGE_RESTATED
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_shares import ratio_of
from pipeline.verify.points_rates import (
    PART,
    POINTS,
    RATE_NOUN,
    WAY_AFTER,
    level_rates,
    names_another_line,
    rate_named,
    rate_named_after,
)

DIFFERENCE = "difference"

# Which way a change went: the last of these words before the figure decides ("improved" and
# "worsened" by the rate's ``lower_is_better``). ("an expansion of roughly 6.10 percentage
# points", a stock site on a streamer's margin: the noun, spelt "expans-", only right before
# the figure: "its expansion into games, 7 points" says no way)
DIRECTIONS: tuple[tuple[str, str], ...] = (
    (r"\b(?:rose|risen|rises?|rising|up|increas\w*|expand\w*|widen\w*|higher|gain\w*|"
     r"expansions?(?=(?:\s+of)?(?:\s+(?:about|roughly|nearly|some|almost|approximately|around))?"
     r"[\s+]*$)|climb\w*|"
     r"jump\w*|grew|grow\w*|surg\w*|soar\w*|add\w*)\b", "up"),
    (r"\b(?:fell|fall\w*|down|declin\w*|decreas\w*|contract\w*|narrow\w*|lower|drop\w*|"
     r"compress\w*|shr[aiu]nk\w*|slipp\w*|slid|sank|eroded|lost)\b", "down"),
    (r"\b(?:improv\w*|better)\b", "better"),
    (r"\b(?:worsen\w*|deteriorat\w*|weaken\w*)\b", "worse"),
)
_DIRECTIONS = tuple((re.compile(p, re.I), way) for p, way in DIRECTIONS)

# Against the previous quarter, not the year before.
SEQUENTIAL = re.compile(
    r"\b(?:sequential(?:ly)?|(?:from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:prior|previous|preceding|last)\s+quarter|quarter[- ]over[- ]quarter|q/q|qoq|"
    r"linked[- ]quarter|(?:from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+(?:the\s+)?"
    rf"{PRIOR_THREE_MONTHS})\b", re.I)

# "$154 million higher than", "$27.4 billion (6.5 percent) more than": the figure is a
# difference, its sign the comparison word's.
DIFFERENCE_AFTER = re.compile(r"^\s*(?:\([^)]{0,20}\)\s*)?(?:\w+\s+)?(?:(?P<up>higher|more|"
                              r"greater|above|bigger)|(?P<down>lower|less|smaller|below))\s+"
                              r"than\b", re.I)
# The base of a comparison: the figure after "than (the)".
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+|a\s+|its\s+)?$", re.I)


@projection
def differenced() -> frozenset[str]:
    """Figures a difference may be of: every stored amount of a period (money or per share),
    whatever row adds it; not a price or a count as of a moment, nor one customer's share."""
    return frozenset(row.name for row in all_metrics() if row.is_stored and not row.is_point
                     and row.unit in ("USD", "USD/share") and row.entity != "customer")


def points_subject(behind: str, sentence_before: str, previous: Claim | None) -> str | None:
    """The rate a change in points is about: named in the words before it ("the operating ratio
    improved 2.4 points"), else the rate of the figure it follows ("operating margin of 34.1%,
    ... almost 7 percentage points", a change after a change of the same rate), else named
    earlier in its sentence; never across another rate noun ("the index rose 5 points")."""
    named = rate_named(behind)
    if named is not None:
        return named
    if previous is not None and not RATE_NOUN.search(behind):
        if previous.metric in level_rates():
            return previous.metric
        if is_points_claim(previous) and previous.basis in level_rates():
            return previous.basis
    if previous is None:
        return rate_named(sentence_before)
    return None


def direction(words: str, row: Metric | None) -> int:
    """+1 (a rise), -1 (a fall) or 0 (no direction stated) from the last direction word."""
    best = None
    for pattern, way in _DIRECTIONS:
        for found in pattern.finditer(words):
            if best is None or found.start() > best[0]:
                best = (found.start(), way)
    if best is None:
        return 0
    way = best[1]
    if way in ("better", "worse"):
        lower = row is not None and row.lower_is_better
        way = "down" if (way == "better") == lower else "up"
    return 1 if way == "up" else -1


# "SG&A ... 3.7 percent higher in dollars but down 90 basis points as a percentage of sales"
# (a trade paper on a department store's quarter): the rate named after the change is the
# share of sales of the line whose growth the figure before is
_AS_SHARE_AFTER = re.compile(r"^\s+as\s+an?\s+(?:percentage|percent|share|%)\s+of\s+"
                             r"(?:net\s+|total\s+)?(?:sales|revenues?)\b", re.I)


def _share_of_sales_after(ahead: str, previous: Claim | None) -> str | None:
    if previous is None or not _AS_SHARE_AFTER.match(ahead):
        return None
    row = find_metric(previous.metric)
    if row is None or row.derivation is None or row.derivation.kind != "growth":
        return None
    return ratio_of(previous.basis)


def read_points(figure: Figure, behind: str, sentence_before: str, ahead: str,
                previous: Claim | None) -> tuple[str | None, str | None, Decimal]:
    """(metric, basis, signed value) of a change in points; metric None when the rate, its
    direction or a change over a year cannot be read (``points_reason`` says which)."""
    basis = points_subject(behind, sentence_before, previous) or _share_of_sales_after(
        ahead, previous) or rate_named_after(ahead)
    if basis == PART or names_another_line(ahead, basis):
        return None, None, figure.value  # points_reason: no filed rate of the company's
    row = find_metric(basis)
    way = direction(behind, row)
    after = WAY_AFTER.match(ahead)
    if way == 0 and after:  # "7 percentage points higher than a year earlier"
        way = direction(after.group("way"), row) or (1 if after.group("way").lower() == "more"
                                                     else -1)
    if way == 0 and previous is not None and is_points_claim(previous) and (
            previous.basis == basis and previous.value):
        way = 1 if previous.value > 0 else -1  # "up 3 points sequentially and 7 points ..."
    value = abs(figure.value) * (way or 1)
    if basis is None or way == 0:
        return None, basis, value if way else figure.value
    return POINTS, basis, value


_FROM_BEFORE = re.compile(r"^[\s,]*(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+"
                         r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


def points_base(figure: Figure, behind: str, previous: Claim | None) -> str | None:
    """The rate of a change in points' base: 'declined 13 basis points from 2.53 percent' (the
    percentage right after 'from' is the rate the change started from); None otherwise."""
    if (figure.unit != "percent" or figure.is_points or previous is None
            or previous.metric != POINTS or previous.basis is None
            or not _FROM_BEFORE.match(behind)):
        return None
    return previous.basis


_POINTS_TEXT = re.compile(r"points?|pts?\b|pp\b|bps?\b", re.I)

def is_points_claim(claim: Claim) -> bool:
    """A change in points, read as one or not (its rate or direction unread)."""
    return claim.metric == POINTS or (claim.unit == "percent" and claim.metric is None
                                      and bool(_POINTS_TEXT.search(claim.text)))


def read_difference(figure: Figure, ahead: str,
                    previous: Claim | None) -> tuple[str | None, str | None, Decimal]:
    """(metric, basis, signed value) of a difference of two figures: about the metric of the
    figure the sentence is about (the last one before it that is not itself a base)."""
    found = DIFFERENCE_AFTER.match(ahead)
    if found is None:
        return None, None, figure.value
    value = abs(figure.value) * (1 if found.group("up") else -1)
    if previous is None or previous.unit != figure.unit or previous.metric is None:
        return None, None, value
    if find_metric(DIFFERENCE) is None or previous.metric not in differenced():
        return None, None, value
    return DIFFERENCE, previous.metric, value


def read_period_difference(figure: Figure, rest: str, metric: str | None,
                           period_after: bool) -> tuple[str, str, Decimal] | None:
    """(metric, basis, signed value) of one metric's difference between two periods: "Average
    total loans for the fourth quarter of 2021 were $447 million (0.1 percent) higher than the
    fourth quarter of 2020" (``metric``: what the words before the figure name; ``rest``: the
    sentence after it; ``period_after``: whether a period phrase follows 'than'). None when
    the figure is no such difference."""
    found = DIFFERENCE_AFTER.match(rest)
    row = find_metric(metric)
    if (found is None or not period_after or row is None or row.unit != figure.unit
            or find_metric(DIFFERENCE) is None or metric not in differenced()):
        return None
    return DIFFERENCE, metric, abs(figure.value) * (1 if found.group("up") else -1)


# "Revenue carloads increased by 4%": 'revenue' naming a count is not the revenue that grew
_COUNTED_WORD = re.compile(r"\b(?:revenues?|sales)(?=\s+(?:carloads|units|shipments|"
                           r"volumes?|tons|ton-miles|passengers|orders|transactions)\b)", re.I)


def blank_counted(window: str) -> str:
    """The window with 'revenue' blanked where it names a count, keeping every offset."""
    return _COUNTED_WORD.sub(lambda found: " " * len(found.group(0)), window)


_ITEM_NOUN = (rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|growth|gain|leap)")
# The glue between the items of a list of changes: the first item's base ("4.3% sequentially
# and 6.5% year over year"), commas, 'and', 'followed by', the next item's name and an opening
# parenthesis ("..., followed by EMEA (+18%), UCAN (+15%), and LATAM (+9%)"); nothing that
# names another figure or a verb of its own.
_LIST_GLUE = re.compile(r"^[\s,;)]*(?:(?:year[- ]over[- ]year|y/y|sequentially|quarter[- ]over[- ]"
                        r"quarter|(?:from|over|versus|compared\s+(?:with|to))\s+(?:the\s+|a\s+)?"
                        r"(?:(?:prior|previous|preceding|last|linked|year[- ]ago)\s+"
                        r"(?:quarter|year)|year\s+(?:earlier|ago)))[\s,]+)?"
                        r"(?:(?:and|or|then|with|while|vs\.?|versus|against|behind|"
                        r"(?:followed|trailed|led)\s+by|ahead\s+of|compared\s+(?:with|to))\s+)*"
                        r"(?:[A-Z][\w&.'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&.'’-]*){0,3})?"
                        r"\s*\(?\s*[+\-−]?\s*$")
# A list of two changes of one line against two bases, each item a change noun of its own:
# "a 6% increase from the previous quarter and a massive 56% leap from the same period last
# year" (a recap of a chipmaker's quarter). The first item's noun and base, "and", an article
# and at most one word; the next rate is taken only when its own change noun or base follows it
# ("and a 56% share of the market" is no change).
_NOUN_LIST_GLUE = re.compile(r"^\s*" + _ITEM_NOUN + r"\s+(?:from|over|versus|compared\s+"
                             r"(?:with|to))\s+(?:the\s+|a\s+)?(?:(?:prior|previous|preceding|"
                             r"last|linked|year[- ]ago)\s+(?:quarter|year)|year\s+(?:earlier|ago)|"
                             r"(?:same|comparable|corresponding)\s+(?:period|quarter)(?:\s+(?:"
                             r"last\s+year|a\s+year\s+(?:ago|earlier)))?)[\s,]+and\s+an?\s+"
                             r"(?:[a-z]+\s+)?$", re.I)
# ... or each item dated by a period of its own, the line named once in the first: "a 41% drop
# in diluted EPS for Q4 and a 13% drop for the full year" (a machine summary's bullet): the
# second rate is the same line's, in its own period (left unread, it was no figure at all)
_PERIOD_LIST_GLUE = re.compile(r"^\s*" + _ITEM_NOUN + r"\s+in\s+(?:[\w-]+\s+){1,3}?(?:for|in|"
                               r"during)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:Q[1-4]|quarter|"
                               r"year|(?:19|20)\d\d)\s*,?\s+and\s+(?:an?\s+)?(?:[a-z]+\s+)?$",
                               re.I)
_CHANGE_AHEAD = re.compile(r"^\s*(?:" + _ITEM_NOUN + r"|(?:year[- ]over[- ]year|y/y|yoy|"
                           r"sequential)\b)", re.I)


def listed_after(behind: str, previous: Claim | None, ahead: str | None = None) -> bool:
    """Whether a growth rate is the next item of a list whose first item was a growth rate
    (with ``ahead``, the words after it: only a list of two changes each with its own noun)."""
    row = find_metric(previous.metric) if previous is not None else None
    glued = bool(_LIST_GLUE.match(behind)) if ahead is None else bool(
        (_NOUN_LIST_GLUE.match(behind) or _PERIOD_LIST_GLUE.match(behind))
        and _CHANGE_AHEAD.match(ahead))
    return (row is not None and row.derivation is not None and row.derivation.kind == "growth"
            and glued)


def is_sequential(behind: str, ahead: str) -> bool:
    """A change against the previous quarter: 'sequential growth of 5%', 'up 5% from the prior
    quarter'."""
    return bool(SEQUENTIAL.search(behind[-40:]) or SEQUENTIAL.search(ahead[:60]))


# "up $978 million from a year earlier", "an increase of $154 million year over year": a
# change in an amount, against the same period a year before
_AMOUNT_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down)|\b(?:rose|rising|fell|falling|increased|decreased|grew|declined|jumped|"
    # "grew sequentially by $5 billion" (the class of a newswire line on PNC's deposits);
    # "deposits grew strongly, increasing $18 billion" (a bank's own recap): a change too
    r"dropped|climbed|increasing|decreasing|declining|dropping|climbing|growing|jumping|"
    r"dipped|dipping|slipped|slid|sank|plunged|soared|surged|tumbled|"
    # "the allowance for credit losses was reduced by $12.1 billion during 2021" (a trade
    # paper on a bank's year: the balance's change, which read as the balance drifted)
    r"reduced|reducing|lowered|lowering|trimmed|trimming|shrank|shrunk|narrowed|widened)"
    r"(?:\s+(?:sequentially|year[- ]over[- ]year|annually))?(?:\s+by)?|"
    # "cut its allowance for credit losses by $70 million", "boosted total loans by $4.8
    # billion" (a trade paper on a bank's quarter): the amount the named line moved by, never
    # its level (which drifted against it); never a cause ("rose, driven by $X of ...")
    r"\b(?:cut|cuts|cutting|lowered|reduced|raised|increased|decreased|grew|boosted|lifted|"
    r"trimmed|slashed|expanded|shrank|built|released|added\s+to)\s+"
    r"(?:(?!(?:driven|offset|helped|led|caused|fu?ell?ed|impacted|affected|boosted|hurt|"
    r"weighed|partly|partially|primarily|mainly|largely|mostly)\b)[\w'’&-]+\s+){1,6}?by|"
    r"\ban?\s+(?:\w+\s+)?(?:increase|decrease|rise|decline|drop|"
    # "a reduction of $4 billion in a chip's sales" (a chipmaker's quarter, a product's
    # sales): a change, never the sales themselves
    r"gain|jump|reduction|fall)\s+of|"
    # "Revenue growth of $1.3 billion came from new stores" (a trade paper on a retailer's
    # year): an amount of growth is a change (read as the level, it drifted against it)
    r"\b(?:revenues?|sales|income|earnings|profits?)\s+growth\s+of)\s+"
    # ("sales grew by more than $1 billion": the bound is the change's, never the level's,
    # which any bound below it bore out)
    r"(?:about\s+|nearly\s+|roughly\s+|almost\s+|some\s+|(?:just\s+)?(?:more|less)\s+than\s+"
    r"|(?:just\s+)?(?:over|under)\s+|upwards\s+of\s+|north\s+of\s+)?$",
    re.I)
# "added $1.3 billion in sales growth", "$2 billion of top-line growth" (a chain-store trade
# paper quoting a retailer's chief): the amount of a line's growth, never the line's level
GROWTH_AFTER = re.compile(r"^\s*(?:in|of)\s+(?P<what>(?:[\w-]+\s+){0,3}?)(?:growth|increases?)\b",
                          re.I)
# the change's rate in brackets right after its amount: "(+49.8%)" (a stock site's template of
# a software maker's year, "an increase of USD 2.1 billion (+49.8%) from 2024")
_RATE_ASIDE = re.compile(r"^\s*\(\s*[+\-\u2212]?\s*\d[\d.,]*\s*(?:%|percent)\s*\)", re.I)
# a year alone as the base: "... (+49.8%) from 2024" (the verifier dates the base by its words)
_YEAR_BASE = re.compile(r"^[\s,]*(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+"
                        r"(?:fiscal\s+(?:year\s+)?|FY\s*)?(?:19|20)\d{2}\b(?![\d,.]\d)", re.I)
YEAR_AGO = re.compile(
    r"^[\s,]*(?:or\s+[\d.]+\s*%\s*,?\s*)?(?:year[- ]over[- ]year|y/y|yoy|(?:from|over|compared\s+"
    r"(?:with|to)|versus|vs\.?)\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?"
    r"(?:same|year[- ]ago|year[- ]earlier|prior[- ]year|previous[- ]year|comparable|"
    r"corresponding)\s+(?:period|quarter)|(?:last|the\s+prior|the\s+previous)\s+year))", re.I)


def past_rate_aside(ahead: str, tail: str) -> str:
    """The words after a change in an amount, past the rate in brackets that restates it."""
    aside = _RATE_ASIDE.match(tail)
    return tail[aside.end():] if aside is not None else ahead


def read_amount_change(figure: Figure, behind: str, ahead: str, subject: Claim | None,
                       tail: str = "") -> tuple[str | None, str | None, Decimal] | None:
    """(metric, basis, signed value) of a change in an amount over a year ('net income was
    $3.13 billion, up $978 million from a year earlier') or against the base period its words
    name ('down $48 million from the prior quarter'); None when the figure is no such change.
    Metric None when the change names no base or no quoted figure. ``tail``, the sentence after
    the figure: its base may follow the rate in brackets that restates it."""
    if figure.unit == "USD" and GROWTH_AFTER.match(ahead):
        return None, None, figure.value  # what grew, from when: not said before it
    if figure.unit not in ("USD", "USD/share") or not _AMOUNT_CHANGE_BEFORE.search(behind):
        return None
    ahead = past_rate_aside(ahead, tail)  # "an increase of $2.1 billion (+49.8%) from 2024"
    way = direction(behind, None)
    value = abs(figure.value) * (way or 1)
    if (not (YEAR_AGO.match(ahead) or names_base_ahead(ahead) or _YEAR_BASE.match(ahead))
            or way == 0 or subject is None
            or find_metric(DIFFERENCE) is None or subject.unit != figure.unit
            or subject.metric not in differenced()):
        return None, None, value
    return DIFFERENCE, subject.metric, value


# what qualifies the change after its amount: the filed line's change is another figure
_QUALIFIED_AFTER = re.compile(r"^[\s,]*(?:excluding|ex-|on\s+an?\s+|in\s+constant|at\s+constant|"
                              r"before|net\s+of|adjusted|organic|when\s+adjust|including)", re.I)


def read_restated_change(figure: Figure, behind: str, ahead: str,
                         previous: Claim | None) -> tuple[str, str, Decimal] | None:
    """(metric, basis, signed value) of an amount restating the growth rate right before it:
    "Diluted earnings per share for 2008 increased 23 percent, or 84 cents, to $4.52" (a
    railroad's release on its year), "net income fell 5%, or $40 million": the change of the
    metric that rate is the growth of, over the same base, signed as the rate went. None when
    the figure is no such restatement or the rate's metric is no amount of the figure's unit."""
    if figure.unit not in ("USD", "USD/share") or previous is None \
            or not CHANGE_RESTATED.match(behind) or SEQUENTIAL.search(behind) \
            or _QUALIFIED_AFTER.match(ahead):
        return None  # against the quarter before, or qualified: left unread
    row = find_metric(previous.metric)
    if row is None or row.derivation is None or row.derivation.kind != "growth" \
            or previous.entity:  # a part's change: its own readers'
        return None
    # the rate's own metric ("revenue grew 13%"), else the one it is the growth of
    basis = find_metric(previous.basis or row.derivation.inputs[0][0])
    if basis is None or basis.unit != figure.unit or basis.name not in differenced() \
            or find_metric(DIFFERENCE) is None or not previous.value:
        return None
    return DIFFERENCE, basis.name, abs(figure.value) * (1 if previous.value > 0 else -1)


def amount_change_reason(before: str) -> str | None:
    """Why a change in an amount has no metric, when its words make it one."""
    if not _AMOUNT_CHANGE_BEFORE.search(before):
        return None
    return ("a change in an amount: recomputed only as the change over a year of a figure the "
            "sentence quotes before it ('net income was $3.1 billion, up $978 million from a "
            "year earlier'); this one names no such figure or no year")


def is_difference(ahead: str) -> bool:
    return DIFFERENCE_AFTER.match(ahead) is not None


def is_base(sentence_before: str) -> bool:
    """Whether a figure is the base of a comparison ("... higher than the $1,519 million")."""
    return _THAN_BEFORE.search(sentence_before) is not None or bool(
        re.search(r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against)\s+(?:the\s+)?$",
                  sentence_before, re.I))


def points_reason(claim: Claim) -> str:
    """Why a change in points has no metric: a rate no registry row recomputes, or no
    direction stated."""
    if claim.basis is not None:
        return ("a change in percentage points with no direction stated (up or down): the "
                "verifier does not guess which way the rate moved")
    return ("a change in percentage points of a rate no filed metric states or recomputes for "
            "the company (its own margins and operating ratio only, not a part's): searched "
            "nothing")
