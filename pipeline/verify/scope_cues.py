"""Words that say which period, or which thing, a figure of an article is about when the period
in force would say otherwise: a line opening a year's scope, the year so far, a figure the
company "delivered in 2022", a rate's own period or object, the amount a change in a relative
clause is said of, a dividend raised for the quarters ahead. Plain text in, spans or answers
out; ``claims_periods`` and ``claims_metric`` apply them.

Each class is a table a newcomer extends (``SCOPE_OPENERS``, ``RAISE_WORDS``, the nouns of
``RATE_NOUNS``); the comments name the filing where it was found.
"""

from __future__ import annotations

import re

from core.period_phrases import ORDINALS, PeriodPhrase
from core.verdicts import Claim
from pipeline.verify.claims_figure import Figure

# Words that make a figure-less line naming a year open that year's scope: "2011 Fiscal Year
# Highlights", "Full Year 2011 Results", "Twelve months ended December 31" (Standard Pacific's
# FY2011 release: its full-year bullets followed the fourth quarter's and were read as the
# quarter's). A line that also names a quarter opens none.
SCOPE_OPENERS: tuple[str, ...] = (
    r"\bfull[- ](?:fiscal[- ])?year\b",
    r"\bfiscal[- ]year\b",
    r"\b(?:twelve|12)[- ]months?\b",
    r"\byears?\s+ended\b",
    r"\bannual\s+(?:results|highlights|review)\b",
    # "FY 2024 numbers" (a blog's heading above a streamer's full-year bullets, after a lead
    # naming the fourth quarter)
    r"^\s*(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\s+(?:(?:financial|key)\s+)?(?:results|"
    r"highlights|numbers|figures|financials|performance|metrics)\b",
)
_SCOPE_OPENERS = tuple(re.compile(p, re.I) for p in SCOPE_OPENERS)
_QUARTER_WORDS = re.compile(r"\bquarter|\b[1-4]Q\b|\bQ[1-4]\b|\b(?:three|six|nine|3|6|9|"
                            r"13|26|39)[- ](?:months?|weeks?)\b", re.I)


def opens_scope(text: str, own: PeriodPhrase | None) -> bool:
    """Whether a line with no figure opens a year's scope ("2011 Fiscal Year Highlights"): the
    figures after it are that year's, whatever period was in force before it."""
    return (own is not None and own.kind == "year" and own.end is not None
            and not _QUARTER_WORDS.search(text)
            and any(regex.search(text) for regex in _SCOPE_OPENERS))


# "2025 Fourth Quarter Highlights": a year, then the quarter of it (a release's heading)
_QUARTER_AFTER_YEAR = re.compile(r"\s+(?:fiscal\s+)?(?P<ord>first|second|third|fourth)"
                                 r"[- ]quarter\b", re.I)


def quarter_after_year(text: str, period: PeriodPhrase) -> tuple[int, int] | None:
    """(the quarter's number, where its words end) when a named year is followed by a
    quarter's name ("2025 Fourth Quarter"); None else."""
    found = _QUARTER_AFTER_YEAR.match(text, period.span[1])
    if period.kind != "year" or found is None or period.end is None:
        return None
    return ORDINALS[found["ord"].lower()], found.end()


# "For the first three quarters of the fiscal year, total sales fell to $838.5 million" (an
# AssetRoom summary of Buckle's Q3 2024): the fiscal year so far, never the quarter in force
# ("Nine-month revenue rose 3%", "YTD sales", "first-half revenue": the same span as an
# adjective; "a six-month high" is no period of a figure, so the adjective must qualify a line)
TO_DATE = (r"\b(?:the\s+)?first[\s-]+(?:(?P<nq>two|three|2|3)\s+quarters|(?P<nm>six|nine|6|9)\s+"
           r"months|(?P<half>half))(?:\s+of\s+(?:the\s+|its\s+)?(?:fiscal\s+|current\s+)?"
           # ("of fiscal year 2025": the year's number is the phrase's, never a year of its own)
           r"(?:year(?:\s+(?:19|20)\d\d)?\b|(?:fiscal\s+)?(?:19|20)\d\d\b))?|"
           r"\b(?:fiscal\s+)?year[- ]to[- ]date\b|"
           # "the half year", "half-year", "H1" (non-US English for a first half: a wire's
           # "operating margin for the half year" in a second-quarter story was the quarter's)
           r"(?<!past\s)(?<!last\s)(?<!next\s)\b(?P<half2>half)[- ]year\b(?![- ]?(?:high|low|"
           r"ago|earlier|before|later|mark|point)\b)|\b(?P<h1>H1)\b(?!-)|"
           r"\bytd\b|"
           # "Operating cash flow for six months totaled $X" (a summary of a retailer's second
           # quarter), "Nine months:" heading a release's bullets: with no "first", no "past"
           # or "last" (a trailing span) and no end date (an explicit period, read first)
           r"(?:\bfor\s+(?:the\s+)?|^\W*)(?P<nm2>six|nine|6|9)[- ]months?\b"
           # ("1.2% for the six months to $12.181 billion", a machine summary of a railroad's
           # half-year: "to" before a figure is its level, not the span's end date)
           r"(?!\s+(?:ended|ending|through|to(?!\s+(?:US)?[$€£\d])|ago|later|earlier|since|"
           r"after|before|from|straight|running|in\s+a\s+row)\b)(?=\s*(?:[,:)]|[a-z]))"
           r"|\b(?P<na>six|nine|6|9)-month\b(?=\s+(?:[a-z-]+\s+){0,2}?(?:period|revenues?|sales|"
           r"turnover|income|earnings|profits?|loss(?:es)?|results|eps)\b)"
           # "Net income for the 39-week period was $X" (a retailer's 52/53-week calendar: the
           # nine months by weeks; read as the quarter in force, its year-ago base drifted)
           r"|\b(?P<nw>26|39|twenty-six|thirty-nine)[- ]weeks?\b(?=\s+(?:fiscal\s+)?(?:period|"
           r"revenues?|sales|income|earnings|results)\b)(?!\s+(?:fiscal\s+)?period\s+(?:ended|"
           r"ending|through)\b)")
_COUNTS = {"two": 2, "three": 3, "2": 2, "3": 3, "six": 2, "nine": 3, "6": 2, "9": 3,
           "26": 2, "39": 3, "twenty-six": 2, "thirty-nine": 3}
TO_DATE_LABEL = re.compile(r"fiscal ([369])M (\d{4})")  # as a table's to-date column


def quarters_to_date(groups: dict) -> int:
    """How many quarters a to-date phrase counts (0: as many as the quarter in force)."""
    return _COUNTS.get((groups.get("nq") or groups.get("nm") or groups.get("nm2")
                        or groups.get("na") or groups.get("nw")
                        or "").lower()) or (
        2 if groups.get("half") or groups.get("half2") or groups.get("h1") else 0)


# "For the first three quarters of the fiscal year, ...": the year so far is the sentence's
# period only when the sentence opens with it ("$4 billion year-to-date, ..., while the
# quarterly operating margin slipped to 20.1%", Investopedia on Coca-Cola's 2Q23, is the
# quarter's margin), and it dates its own clause only
# ("Net Sales Decline: Year-to-date net sales decreased 4.6%", a bullet of a machine-written
# recap: a short heading closed by a colon still leaves the phrase opening the sentence)
_OPENS = re.compile(r"^\W*(?:[A-Za-z][\w&'’()/ -]{0,40}:\s*)?"
                    r"(?:(?:for|in|during|over|through)\s+)?$",
                    re.I)
# ... or follows the words of a line the sentence opens with and no figure ("Operating cash flow
# for six months totaled $X"; "Net Income (Year-to-Date): $X", a bulleted summary's heading)
_OPENS_AFTER_LINE = re.compile(r"^\W*(?:(?:[A-Za-z&'’-]+\s+){0,3}[A-Za-z&'’-]+:\s+)?"
                               r"(?:[A-Za-z&'’-]+\s+){0,4}(?:\(\s*|for\s+(?:the\s+)?)?$")
_CLAUSE_BREAK = re.compile(r";|,?\s\b(?:while|whereas|but|although|though)\b", re.I)


def opens_sentence(text: str, period: PeriodPhrase) -> bool:
    before = text[:period.span[0]]
    return bool(_OPENS.match(before) or _OPENS_AFTER_LINE.match(before))


def clause_between(text: str, start: int, end: int) -> bool:
    return _CLAUSE_BREAK.search(text, start, end) is not None


def to_date_before(previous: Claim, text: str, figure: Figure) -> bool:
    """Whether the previous figure is of the year so far and a clause break stands between it
    and this one: this one is not of its period."""
    at = text.rfind(previous.text, 0, figure.span[0])
    return bool(TO_DATE_LABEL.fullmatch(previous.period_label or "")) and at >= 0 and (
        clause_between(text, at + len(previous.text), figure.span[0]))


# "the $2.48 a share it delivered in 2022": a figure the company is said to have delivered in
# a period is that period's, the whole of it, even as a comparison's base (Investopedia on
# Coca-Cola's 2Q23 outlook: read as the second quarter of 2022, it drifted from that
# quarter's EPS)
# (so "the $822 million in pretax profits that Acme made in the first half of the year", a
# newspaper on a metals maker's second quarter: its line's noun between, its name as subject)
_DELIVERED_IN = re.compile(r"(?:\s+(?:in|of)\s+(?!(?:the|a|an|its|this|that)\b)[a-z-]+"
                           r"(?:\s+[a-z-]+)?)?"
                           r"\s*(?:that\s+|which\s+)?(?:it|the\s+company|they|"
                           r"(?-i:[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}))\s+(?:had\s+)?"
                           r"(?:delivered|reported|earned|posted|recorded|booked|generated|made)"
                           r"\s+(?:in|for|during|over)\s+(?:the\s+)?(?:fiscal\s+|full\s+)?",
                           re.I)
# "compared with a 11% fall in the prior-year quarter" (on Apple's Greater China): the period
# right after a rate's noun is the one the rate is of, even one a year back
RATE_NOUNS = (r"(?:reduction|increase|decrease|decline|rise|drop|growth|gain|fall|jump|"
              r"improvement|uptick|dip|slide|climb|surge|spike|leap|rebound|slump|plunge|"
              r"advance|contraction|expansion|downturn|hike)")
_RATE_IN = re.compile(rf"\s*{RATE_NOUNS}\s+(?:in|during|for|over)\s+(?:the\s+)?", re.I)
# "a 5% increase over last year": "over" a year back names the base, never the rate's period
_OVER_BACK = re.compile(rf"\s*{RATE_NOUNS}\s+over\s+(?:the\s+)?$", re.I)


def _period_after(figure: Figure, periods: list[PeriodPhrase], text: str,
                  gap: re.Pattern) -> PeriodPhrase | None:
    for period in periods:
        if period.span[0] >= figure.span[1] and gap.fullmatch(text, figure.span[1],
                                                                period.span[0]):
            return period
    return None


def delivered_in(figure: Figure, periods: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    return _period_after(figure, periods, text, _DELIVERED_IN)


def rate_in(figure: Figure, periods: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    period = _period_after(figure, periods, text, _RATE_IN)
    if period is not None and period.kind == "back" and _OVER_BACK.fullmatch(
            text, figure.span[1], period.span[0]):
        # (a rate dated a year back was compared with the year before's growth)
        return None
    if period is not None and _POSSESSIVE_AFTER.match(text, period.span[1]):
        # "a gain of under N% over last year's $X billion" (a recap of a burger chain's
        # quarter put it so): the possessive period owns the base after it; read as the
        # rate's, the quarter's growth was dated a year back
        return None
    return period


_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


# "a 3.8% reduction in the number of transactions" (Buckle's Q3 2024 summary: read as the
# sales named before it, it drifted): the rate names what changed; "a 5% increase in the
# quarter" names a period, not what changed
_OWN_OBJECT = re.compile(rf"^\s*{RATE_NOUNS}\s+(?:in|of)\s+(?P<object>[^.;,$\d]{{1,40}})", re.I)
_PERIOD_OBJECT = re.compile(r"(?:the\s+|this\s+|its\s+|a\s+)?(?:quarter|year|period|months?|"
                            r"weeks?|Q[1-4]|fiscal|first|second|third|fourth|full|prior|previous|"
                            r"same|last|year[- ]ago|year[- ]earlier|(?:19|20)\d\d)\b", re.I)


# "an 11 percent decrease on the net sales of $5.92 billion it delivered in fiscal 2022" (a
# game site on a retailer's year): "on" the base's line names what changed, when that line's
# noun opens the words after it and only the base's figure follows ("a 5% increase on the back
# of demand", "on the sales of its new console" name no line, or a part's)
_ON_BASE = re.compile(rf"^\s*{RATE_NOUNS}\s+on\s+(?:the|its|their)\s+(?P<object>[^.;,$\d]{{1,40}})",
                      re.I)
_BASE_LINE = re.compile(r"(?P<line>[^.;,$\d]+?)\s+(?:of\s+)?$", re.I)


def rate_base_line(ahead: str) -> str | None:
    """The words of the base's line a rate's noun is set "on" ("on the net sales of $X"),
    when the base's figure follows them; None else."""
    on = _ON_BASE.match(ahead)
    if on is None or ahead[on.end():on.end() + 1] not in ("", "$", *"0123456789"):
        return None  # (the figure after it is the next one: the words end where it starts)
    line = _BASE_LINE.fullmatch(on.group("object"))
    return line.group("line") if line is not None else None


def is_period_object(words: str) -> bool:
    """Whether the words after a rate's "in" name a period ("the quarter", "fiscal")."""
    return _PERIOD_OBJECT.match(words) is not None


def rate_object(ahead: str) -> str | None:
    """The words a rate's noun names as what changed ("the number of transactions"), if any."""
    own = _OWN_OBJECT.match(ahead)
    if own is None or _PERIOD_OBJECT.match(own.group("object")):
        return None
    return own.group("object")


# "a 4% increase in its quarterly dividend to $0.26 per share" (on Apple's Q2 FY2025; the
# 10-Q's quarter declared $0.25): a rate raised to a new level is declared for the quarters
# after the one reported, never compared with that one's
RAISE_WORDS = r"(?:rais\w*|increas\w*|hik\w*|boost\w*|lift\w*|bump\w*)"
_RAISED_TO = re.compile(
    # ("an increased cash dividend of $0.26 per share": the raised rate, named by "of")
    rf"\b{RAISE_WORDS}\b[^.;$]{{0,40}}\bdividends?\b[^.;$\d]{{0,25}}\b(?:to|of)\s+$|"
    rf"\bdividends?\b[^.;$\d]{{0,25}}\b{RAISE_WORDS}\s+(?:by\s+[^.;$]{{0,20}})?to\s+$", re.I)
_QUARTER_LABEL = re.compile(r"Q[1-4] \d{4}$")


def is_raised_to(unit: str | None, before: str) -> bool:
    """Whether a per-share figure is a dividend raised to it ("raised its dividend to")."""
    return unit == "USD/share" and _RAISED_TO.search(before) is not None


def is_quarter(period: PeriodPhrase | None) -> bool:
    return period is not None and period.end is not None and bool(
        _QUARTER_LABEL.search(period.label))


def said_of_figure(figure: Figure, text: str) -> str | None:
    """"the prior-year total of $721.5 million, which was down about 78% from ... 2021"
    (Claims Journal on Progressive's 2023): a change in a relative clause right after an amount
    is that amount's change, over its period, whatever the sentence opened with. The words up
    to that amount, or None when no amount heads the clause."""
    found = _WHICH_CHANGED.search(text, 0, figure.span[0])
    if found is None:
        return None
    before = text[:found.start()].rstrip()
    return before if _ENDS_AMOUNT.search(before) else None


_ENDS_AMOUNT = re.compile(r"\d(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|b))?$", re.I)
_WHICH_CHANGED = re.compile(r",?\s+which\s+(?:was|were|is|are)\s+(?:[a-z]+\s+){1,3}$", re.I)


def said_level(of_figure: str, previous: Claim | None, last: Claim | None) -> Claim | None:
    """The amount a change's relative clause is said of: the figure that ends the words before
    "which", though a comparison's base ("against last year's $500 million, which was some
    60% under the $1.25 billion of 2020": the change is of 2021, the period the base level
    was dated by, never of the year its own base names)."""
    return next((c for c in (last, previous) if c is not None and c.period_label
                 and of_figure.endswith(c.text)), None)
