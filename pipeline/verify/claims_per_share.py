"""Which figures of an article are amounts per share: an amount with no scale right after
"EPS" or "per share", one compared with a per-share amount ("EPS was $2.10, up from $1.80"),
and the per-share counterpart of a money total ("net income of $X billion, or $Y per share").
Which metric a figure is about is ``claims_metric``'s; it asks this module whether a figure is
the per-share amount of the figure before it (``counterpart``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_DOWN_WORDS,
    CHANGE_UP_NOUNS,
    CHANGE_UP_WORDS,
)
from core.metrics import all_metrics, find_metric, projection
from core.verdicts import Claim
from pipeline.verify import claims_change_words as cw
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_metric_form import named_per_share_after

# "EPS of $1.38", "diluted EPS was (9.90)": a per-share cue right before an amount with no scale
# (banks: "diluted earnings per common share were $5.10")
# (a quarter or a year may stand between: "Basic earnings per share for Q2 2023 were $4.66")
# ("... for the second quarter of 2024 were $5.31": a quarter in words counts as one word)
# ("Per-share earnings were $1.28": the hyphened adjective too)
_PER_SHARE_BEFORE = re.compile(r"(?:per\s+(?:diluted\s+|basic\s+)?(?:common\s+)?share|per-share|"
                               r"\bEPS)\b"
                               r"(?:[^.;$\d]|\b(?:[QH][1-4]|[1-4]Q|FY)\s*'?\d\d(?:\d\d)?\b|"
                               # a wire's bullet label: "-EPS (Q2): $2.43 vs. $8.40 last year"
                               r"\b(?:[QH][1-4]|[1-4]Q)\b|"
                               r"\b(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+of\s+"
                               r"(?:fiscal\s+)?(?:19|20)\d\d\b|"
                               r"\b(?:19|20)\d\d\b){0,25}$", re.I)

# "EPS was $2.10, up from $1.80", "$4.20 against $3.76": the amount compared with a per-share
# amount is one too
# (never "EPS of $1.84 for the same period compares to $1.77 a year ago": a research site's
# key-metrics template, whose EPS is the adjusted one, read as GAAP; its base stays unread)
_COMPARED_WITH = re.compile(r"^" + cw.OPEN_ASIDE + r"(?:(?:up|down|increased|decreased|rose|"
                            r"fell|declined|compared|"
                            # "diluted EPS of $7.19, a significant increase from $4.88" (a
                            # streaming company's quarter, recapped): a change noun's base
                            # (the change nouns of core.metric_words, and "gain", "leap")
                            rf"an?\s+(?:\w+\s+)?(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain|"
                            r"leap))\s+)?(?:from|"
                            r"versus|vs\.?|against|to|compared\s+(?:with|to)|"
                            # "$4.10 to $4.20, up on the $3.80 earned in <year>" (like a trade
                            # paper's guidance against a retailer's year): "on" after a way word
                            # and "the" before the base, which the clause between leaves unnamed
                            r"(?<=up\s)on|(?<=down\s)on)\s*(?:the\s+)?"
                            # "compared with the prior-year figure of $2.41" (a recap's base)
                            r"(?:the\s+(?:prior|previous|year[- ]ago|last)[- ]?(?:year|quarter|"
                            r"period)?(?:['’]s)?\s+(?:figure|level|tally|result)\s+of\s*)?$",
                            re.I)


# "-$0.08 average analyst estimate, compared with -$0.05 in Q1": a comparison after a few words
# that close the amount before it
_COMPARED_AFTER_WORDS = re.compile(r"^[^.;:]{0,40},\s*compared\s+(?:with|to)\s+$", re.I)
# "compared with -$0.05 in Q1 and -$1.94 in the year-earlier quarter": the next amount of a
# list of per-share amounts, each dated by its own words (no figure, no clause between)
_LISTED_AFTER = re.compile(r"^\s+(?:in|for|during)\s+(?:the\s+)?[\w'’ -]{1,30}?,?\s+and\s+$",
                           re.I)


# "were US$7.19, above the $4.88 seen one year ago": a per-share amount above or below which
# another is, when words right after it date it to an earlier period (else it may be a
# threshold or an estimate: "above the $5 mark")
_ABOVE_THE = re.compile(r"^[\s,]*(?:above|below)\s+the\s*$", re.I)
_DATED_BACK = re.compile(r"^\s+(?:(?:seen|reported|recorded|posted)\s+)?(?:(?:a|one)\s+year\s+"
                         r"(?:ago|earlier|before)|(?:in|for)\s+the\s+(?:year[- ]ago|"
                         r"year[- ]earlier|prior[- ]year|same)\b)", re.I)


def per_share(figure: Figure, behind: str, previous: Claim | None = None,
              ahead: str = "") -> Figure:
    """An amount with no scale right after 'EPS' or 'per share', or compared with a per-share
    amount, is a per-share amount."""
    if figure.scale or figure.unit not in ("USD", None):
        return figure
    row = find_metric(previous.metric) if previous is not None else None
    # ("EPS increased 36.54% from $0.52": the base a per-share change started from, too)
    if figure.unit == "USD" and cw.is_change(row) and (
            cw.REACHED.match(behind) or cw.BASE_AFTER.match(behind)) and find_metric(
            previous.basis or "") is not None and find_metric(previous.basis).unit == "USD/share":
        return replace(figure, unit="USD/share")  # "EPS rose 47% to $7.19"
    if (figure.unit == "USD" and previous is not None and previous.unit == "USD/share"
            and (_COMPARED_WITH.match(behind) or re.fullmatch(r"[\s|()\-–,;/]*", behind)
                 or _COMPARED_AFTER_WORDS.match(behind)
                 or _ABOVE_THE.match(behind) and _DATED_BACK.match(ahead)
                 or "." in figure.digits and _LISTED_AFTER.match(behind))):
        return replace(figure, unit="USD/share")
    if figure.unit == "USD" and _per_share_change_reached(behind, previous):
        return replace(figure, unit="USD/share")  # "Adjusted EPS rose 12% to $1.10"
    if figure.unit == "USD" and _restates_per_share(figure, behind, previous):
        return replace(figure, unit="USD/share")
    if figure.unit == "USD" and named_per_share_after(ahead):
        return replace(figure, unit="USD/share")  # "posted $1.65 in earnings per share"
    if figure.unit == "USD" and is_dividend_rate(figure, behind, ahead):
        return replace(figure, unit="USD/share")  # "raised its quarterly dividend to $0.26"
    if not _PER_SHARE_BEFORE.search(behind):
        return figure
    if figure.unit is None and "." not in figure.digits:
        return figure  # "EPS rose in 3 of 4 quarters": a bare count, not cents
    return replace(figure, unit="USD/share")


# An amount with no scale that a dividend is of, at, raised to, or that names a dividend right
# after it ("raised its quarterly dividend to $0.26", "holders of record on <a day> were paid a
# $0.46 dividend": a stock-note site's recap of a bank's quarter, and a blog on a device maker's):
# a company's dividend written without "per share" is still its rate per share (read as money,
# the rate took the scale of a buyback's billions before it). A dividend total carries a scale
# ("dividends of $3.8 billion"), and an amount of a hundred dollars or more is no rate.
_DIVIDEND_BEFORE = re.compile(r"\bdividends?(?:\s+(?:payment|payout|rate))?\s+(?:(?:was|is|"
                              r"will\s+be)\s+)?(?:(?:raised|increased|lifted|hiked|boosted|"
                              r"set|bumped)\s+)?(?:by\s+\S+\s+)?(?:of|to|at|from)\s+"
                              r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
_DIVIDEND_AFTER = re.compile(r"^\s*(?:(?:quarterly|annual|annualized|cash|special|regular|"
                             r"interim|final|monthly|semi-?annual)\s+){0,2}dividends?\b", re.I)
_DIVIDEND_RATE_BELOW = Decimal(100)


def is_dividend_rate(figure: Figure, behind: str, ahead: str) -> bool:
    """Whether an amount with no scale is a dividend per share, named by dividend words."""
    return (not figure.scale and figure.value is not None
            and abs(figure.value) < _DIVIDEND_RATE_BELOW
            and bool(_DIVIDEND_BEFORE.search(behind) or _DIVIDEND_AFTER.match(ahead)))


# "Adjusted EPS rose 12% to $1.10", "Adjusted Earnings Per Share increased 16.39% to $0.71" (a
# research site's recap of a safety-equipment maker's quarter): no growth of an adjusted measure
# is read, so the rate has no metric to hand its per-share unit on; its subject names it, right
# before the verb of the change
_PER_SHARE_MOVED = re.compile(rf"(?:per\s+(?:diluted\s+)?(?:common\s+)?share|\bEPS)\s+"
                              rf"(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|climbed|jumped|surged|"
                              r"soared|slipped|dipped)\s+(?:by\s+)?(?:about\s+|roughly\s+|"
                              r"nearly\s+|some\s+|almost\s+)?$", re.I)


def _per_share_change_reached(behind: str, previous: Claim | None) -> bool:
    if (previous is None or previous.unit != "percent" or previous.metric is not None
            or not cw.REACHED_AT.match(behind)):
        return False
    at = previous.sentence_at
    return at >= 0 and bool(_PER_SHARE_MOVED.search(previous.sentence[:at]))


# A money total and then ", or $2.43": an amount with no scale that restates a total with a
# per-share row (net income) can only be that total per share (a local paper on a bank's quarter:
# "net income of $X billion, or $Y diluted earnings per share"; a wire story on a miner's
# quarter: "from $Z million, or $W, in the year-earlier period"). Compared as money, the
# amount drifted from the total by nine orders of magnitude.
_PER_SHARE_BELOW = Decimal(1000)


def _restates_per_share(figure: Figure, behind: str, previous: Claim | None) -> bool:
    return (previous is not None and previous.unit == "USD" and previous.value is not None
            and previous.metric in _per_share_counterparts()
            and _COUNTERPART_GAP.match(behind) is not None
            and abs(previous.value) >= _PER_SHARE_BELOW * abs(figure.value))


# "$87 million after tax, or 21 cents per share", "$4.97 billion (59 cents)": the per-share
# amount of the figure just before it, whatever metric (or none) that figure has.
# ("Unadjusted profit was $1.43 billion or $3.23 per share": the comma may be left out)
# ("against net income of $A or earnings of B cents per diluted share, in <the older quarter>":
# the base's per-share amount, named by its own noun after "or"; read as no base, its year
# moved the period in force back a year)
_COUNTERPART_GAP = re.compile(r"^[^.;$\d]{0,20}?(?:,?\s*\bor\s+(?:(?:a\s+)?(?:net\s+)?"
                              r"(?:earnings|income|profit|loss)\s+of\s+)?|\(\s*)$", re.I)


def _bracketed_next(figure: Figure, behind: str) -> bool:
    """"$91.0 million ($1.66 per share)": a figure read with its bracket, right after the
    amount (a utility's release: its per-share base was taken for the year in force)."""
    return figure.text.startswith("(") and not behind.strip()


@projection
def _per_share_counterparts() -> dict[str, str]:
    """net_income -> eps_diluted: the per-share row of the income statement whose cue names a
    GAAP dollar row (its name read as words)."""
    found: dict[str, str] = {}
    for row in all_metrics():
        if row.unit != "USD" or row.non_gaap_of is not None:
            continue
        words = row.name.replace("_", " ")
        for other in all_metrics():
            if other.unit == "USD/share" and other.statement == "income" and any(
                    re.fullmatch(cue.pattern, words, re.I) for cue in other.cues):
                found.setdefault(row.name, other.name)
    # "non-GAAP net loss of $6.1 million, or $0.04 per share" (a camera maker's quarter): a non-GAAP
    # row named after the GAAP line it adjusts takes that line's per-share row's non-GAAP twin
    # (adjusted EBITDA, named after no GAAP line, has none)
    for row in all_metrics():
        gaap = row.non_gaap_of
        if row.unit != "USD" or gaap not in found or gaap.replace("_", " ") not in (
                row.name.replace("_", " ")):
            continue
        twin = next((o.name for o in all_metrics() if o.non_gaap_of == found[gaap]), None)
        if twin is not None:
            found.setdefault(row.name, twin)
    return found


def bottom_line_metrics() -> frozenset[str]:
    """The earnings figures "the bottom line" may stand for: net income and its per-share
    amount, GAAP or not (the rows ``_per_share_counterparts`` pairs)."""
    pairs = _per_share_counterparts()
    return frozenset(pairs) | frozenset(pairs.values())


def counterpart(figure: Figure, behind: str, previous: Claim | None) -> tuple[bool, str | None]:
    """(whether the figure is the per-share amount of the previous one, its metric)."""
    if (figure.unit != "USD/share" or previous is None or previous.unit != "USD"
            or not (_COUNTERPART_GAP.match(behind) or _bracketed_next(figure, behind))):
        return False, None
    return True, _per_share_counterparts().get(previous.metric or "")



# "For the quarter ended <day>, income was $204 million, or 44c per share" (a trade paper's
# recap of a restaurant group's year), "Reported income for full-year 2024 was $6.7 billion,
# or $11.09 per diluted share" (a trade site on a railroad's year): a bare "income" is no line
# by itself (operating income, interest income), but a total stated with its earnings per share
# right after it is the bottom line. Only "income" with no word of a kind before it (a clause's
# start, or "reported", "its"); "operating income was $X, or $Y per share" keeps its cue.
# "The company's bottom line totaled $1.04 billion, or $2.43 per share" (a German wire's English
# recap of a bank's quarter): the bottom line, so paired, is net income too, unless qualified
_BARE_INCOME_BEFORE = re.compile(
    r"(?:(?:^|[,;:(]\s*|\b(?:reported|its|their|the|GAAP)\s+)income|"
    r"(?<!adjusted\s)(?<!non-GAAP\s)(?<!underlying\s)(?<!operating\s)\bbottom[- ]line)"
    r"(?:\s+for\s+[^,;$]{1,30}?)?\s+(?:was|were|of|totall?ed|came\s+(?:in\s+)?(?:at|to)|reached|"
    r"amounted\s+to|stood\s+at|"
    r"(?:rose|fell|climbed|dropped|grew|declined)\s+to)\s+"
    r"(?:(?:about|approximately|roughly|nearly)\s+)?(?:US)?\$?$", re.I)
_PER_SHARE_NEXT = re.compile(r"^,?\s+or\s+(?:US)?\$?\d[\d,]*(?:\.\d+)?\s*(?:c|\u00a2|cents?)?\s*"
                             r"(?:per|a)\s+(?:diluted\s+|basic\s+)?(?:common\s+)?share\b", re.I)


def bottom_line_named(figure: Figure, behind: str, ahead: str) -> str | None:
    """The words "income ..." when a money total so named is paired with its earnings per share
    right after it (net income), else None."""
    if figure.unit != "USD" or not _PER_SHARE_NEXT.match(ahead):
        return None
    found = _BARE_INCOME_BEFORE.search(behind)
    return found.group(0) if found else None


# "income was $204 million, or 44c per share, down 12% from $231 million, or 45c per share"
# (the same trade paper): a rate right after a total and its per-share amount, whose base is a
# money total, is the total's change (read from the per-share amount before it, the 12% was
# set against EPS's -2%)
_MONEY_BASE_NEXT = re.compile(r"^\s+(?:from|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
                              r"(?:US)?\$\s?\d[\d,]*(?:\.\d+)?\s*(?:million|billion|thousand|"
                              r"bn|mn|m|b)\b", re.I)


def total_grown(basis: str | None, tail: str) -> str | None:
    """The money total whose per-share row ``basis`` is, when the words after the rate set it
    against a money total; else None."""
    if basis is None or not _MONEY_BASE_NEXT.match(tail):
        return None
    return next((total for total, each in _per_share_counterparts().items() if each == basis),
                None)


def per_share_of(metric: str | None) -> str | None:
    """The per-share row restating an amount of ``metric`` (net_income: eps_diluted)."""
    return _per_share_counterparts().get(metric or "")


# "earned $0.81 per diluted share from continuing operations" (a release's words for a quarter
# whose filing prints only the total EPS): the words right after the amount name the line
# before discontinued operations, never the total EPS
_CONTINUING_AFTER = re.compile(r"^\s*,?\s*(?:(?:per|a)\s+(?:diluted\s+|basic\s+)?(?:common\s+)?"
                               r"share\s*,?\s*)?from\s+continuing\s+operations\b", re.I)
CONTINUING_EPS = "eps_diluted_continuing_operations"


# ("earnings from continuing operations per diluted share were $0.81": the line's words right
# before the amount, the per-share words nearest it)
_CONTINUING_BEFORE = re.compile(r"\bfrom\s+continuing\s+operations\s*,?\s*(?:(?:per|a)\s+"
                                r"(?:diluted\s+|basic\s+)?(?:common\s+)?share\s+)?(?:(?:was|"
                                r"were|of|came\s+(?:in\s+)?(?:to|at)|totall?ed|amounted\s+to|"
                                r"(?:rose|fell|grew|increased|decreased|declined)\s+to)\s+)?"
                                r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


def continuing_line(metric: str | None, behind: str, tail: str) -> str | None:
    """The per-share line before discontinued operations, when the words right before or after
    an EPS figure name it; a basic one, which no row holds, is left unread (never compared with
    the total EPS)."""
    if metric not in ("eps_diluted", "eps_basic") or not (
            _CONTINUING_AFTER.match(tail) or _CONTINUING_BEFORE.search(behind)):
        return metric
    return CONTINUING_EPS if metric == "eps_diluted" else None
