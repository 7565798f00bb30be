"""Which period a figure of an article is about: the period phrase next to it, else one before
it in its sentence, else the period in force (set by the headline or an earlier sentence).

Articles name many periods relative to the one in force; the table ``RELATIVE`` lists those
phrasings and what each does to the period in force (a newcomer extends the table):
- ``year_back``: "a year earlier", "the same period last year", "the prior year": the period in
  force, a year before; it dates only the figure it follows (the base of a comparison);
- ``quarter_back``: "last quarter", "the previous quarter", "sequentially";
- ``whole_year``: "for the year", "full-year": the fiscal year of the period in force;
- ``quarter_of_year``: "the fourth quarter" with no year: that quarter of the year in force.
A figure introduced as the base of a comparison ("up from $A", "compared with $A", "from $A to
$B") takes the period in force a year before, unless a phrase next to it names its period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from core import period_phrases
from core.dates import (
    MONTH_RE,
    MONTHS,
    NUMBER_WORDS,
    add_months,
    month_end,
)
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_units import Figure
from pipeline.verify.period_math import (
    fiscal_year,
    quarter_in,
    quarter_in_year,
    shifted,
    undated_parts,
    undated_quarter,
    undated_year,
    year_of,
)

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}

RELATIVE: tuple[tuple[str, str], ...] = (
    # "In last year's fourth quarter, revenue was $4.32 billion" (Dow Jones on PNC's 4Q20):
    # the year back owns the quarter after it; read before "last year" and "fourth quarter"
    (r"\b(?:last|the\s+(?:prior|previous|preceding))\s+(?:fiscal\s+)?year['’]s\s+"
     r"(?:(?P<ord>first|second|third|fourth)(?:[- ]fiscal)?[- ])?quarter\b", "last_years_quarter"),
    # "from $24.9M in Q2 of last year" (a Seeking Alpha brief on Marathon's Q2 2023): the
    # quarter of the year back, not the quarter of the year in force and a year back apart
    (r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth)(?:[- ]fiscal)?[- ]quarter|"
     r"Q(?P<q>[1-4]))\s+of\s+(?:last|the\s+(?:prior|previous|preceding))\s+(?:fiscal\s+)?"
     r"year\b", "last_years_quarter"),
    # "compared with 58% two years earlier" (MarketScreener on Palantir's 2023): that many
    # years back, never one
    (r"\b(?P<years>two|three|four|[2-4])\s+years\s+(?:earlier|ago|before|prior)\b",
     "years_back"),
    (r"\b(?:a|one)\s+year\s+(?:earlier|ago|before|prior)\b|"
     r"\b(?:the\s+)?(?:same|equivalent|comparable|corresponding|year[- ]ago|year[- ]earlier|"
     r"prior[- ]year|year[- ]prior|previous[- ]year)\s+(?:period|quarter|three[- ]month\s+period|"
     r"time)(?:\s+(?:a\s+year\s+(?:ago|earlier|prior)|last\s+year|of\s+the\s+(?:prior|previous)"
     r"\s+year|in\s+the\s+(?:prior|previous)\s+year))?|"
     r"\b(?:the\s+)?(?:prior|previous|preceding)\s+(?:fiscal\s+)?year\b|\blast\s+year\b|"
     r"\b(?:\d{2}|fifty-two|fifty-three)[- ]week\s+period\s+immediately\s+(?:before|prior)\b",
     "year_back"),
    (r"\b(?:last|previous|prior|preceding)\s+quarter\b|\bsequential(?:ly)?\b|"
     r"\blinked[- ]quarter\b|\bquarter[- ]over[- ]quarter\b", "quarter_back"),
    (r"\b(?:for\s+the\s+(?:full\s+)?(?:fiscal\s+)?year|full[- ](?:fiscal[- ])?year|"
     r"for\s+all\s+of\s+the\s+year|the\s+whole\s+year)\b"
     r"(?![- ](?:ago|earlier|prior|before|over|to)\b)"
     # "for the year 2021" names its own year (Claims Journal on Progressive's 2023)
     r"(?!\s+(?:19|20)\d\d\b)"
     # "a record annual profit, nearly $50 billion" (AP on JPMorgan's 2021)
     r"|\bannual\s+(?=(?:\w+\s+){0,2}(?:profits?|revenues?|sales|(?:net\s+)?income|"
     r"earnings|loss)\b)", "whole_year"),
    # "4Q earnings fall 14%" (a headline's yearless quarter, as banks label theirs)
    (r"\b(?:the\s+|its\s+|this\s+)?(?P<ord>first|second|third|fourth)(?:[- ]fiscal)?[- ]quarter\b"
     r"|\bQ(?P<q>[1-4])\b(?![\s']*(?:FY|fiscal|\d))|\b(?P<qb>[1-4])Q\b(?![\s']*\d)",
     "quarter_of_year"),
    # "for the quarter ended Dec. 27" with no year (Nation's Restaurant News on Yum's 16-week
    # fourth quarter of 2008): before "the quarter", which it contains
    (rf"\b(?:quarter|three[- ]months?|(?:12|13|14|16|twelve|thirteen|fourteen|sixteen)[- ]weeks?)"
     rf"\s+(?:that\s+)?ended\s+(?:on\s+)?(?P<mon>{MONTH_RE})\s+(?P<day>\d{{1,2}})\b"
     r"(?!,?\s*(?:19|20)?\d\d\b)", "quarter_ended"),
    (r"\b(?:the|this|that)\s+(?:quarter|three[- ]month\s+period)\b|"
     r"\b(?:13|14|16|thirteen|fourteen|sixteen)[- ]weeks?\b|"
     # "Free cash flow was $4 billion year-to-date, ..., while the quarterly operating margin
     # slipped to 20.1%": the quarter's margin, not the year-to-date's
     r"\bquarterly\s+(?=(?:[a-z]+\s+){0,2}(?:margins?|revenues?|sales|profits?|income|"
     r"earnings|loss)\b)", "this_quarter"),
    (sc.TO_DATE, "to_date"),  # "the first three quarters": the year so far (scope_cues)
)
# A quarter the article names without its year, or not at all ("for the quarter" after only a
# year was named): its figures are compared with that quarter of any year (match.py), and a
# figure that matches none is unverifiable, never drifted (discipline.unpinned).
_RELATIVE = tuple((re.compile(p, re.I), kind) for p, kind in RELATIVE)
RELATIVE_READERS = _RELATIVE

# "up from $A", "compared with net income of $A", "against $A", "from $A to $B": a comparison's
# base. Only metric words may stand between the marker and the figure.
_BASE_BEFORE = re.compile(
    r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against|than\s+the)\s+"
    r"(?:(?:the|a|its|net|income|loss|revenues?|sales|earnings|profit|eps|of|diluted|per|"
    r"share|total|operating|a\s+loss\s+of|year[- ](?:earlier|ago)|(?:prior|previous)[- ]year)"
    r"\s+)*\(?$", re.I)
# "$510.0 million in 2025", "$6.06 billion in profit last quarter": the words that may stand
# between a figure and the period phrase that dates it; a balance "at the end of the quarter"
# is dated by that period (its last day: match.balance_on)
_GAP_WORDS = re.compile(
    r"[\s,]*(?:(?:in|for|during|of|over|the|its|our|fiscal|year|calendar|full|total|"
    r"profit|income|sales|revenues?|earnings|\w+\s+revenue|(?:at|as\s+of)\s+the\s+(?:end|close))"
    r"\s+)*", re.I)
_GAP_NOISE = re.compile(r"\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|"
                        r"\b(?:from|over|than|versus|vs\.?)\s+(?:a|the)\s+"
                        r"(?:year|prior[- ]year\s+period)\s+(?:earlier|ago|before)?|"
                        r"year[- ]over[- ]year")
# "up 75.7% from 2024": the year after "from"/"over" is the base of a growth rate
_GROWTH_BASE = re.compile(r"^\s*(?:year[- ]over[- ]year\s+)?(?:from|over|versus|vs\.?|"
                          r"compared\s+(?:with|to))\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def relative_periods(text: str, context: PeriodPhrase | None,
                     explicit: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The sentence's relative phrases (outside its explicit ones), resolved against the
    period in force, as phrases of kind 'back' (year_back) or the kind they name."""
    found = []
    for regex, kind in _RELATIVE:
        for match in regex.finditer(text):
            # ("for the year" of "a net loss of $3.4 million for the year ended December 31,
            # 2008", a release on GAINSCO's 2009: the explicit year is the figure's, never the
            # year in force that the overlapping relative phrase would name)
            if any(p.span[0] < match.end() and match.start() < p.span[1]
                   for p in explicit + found):
                continue  # overlapping an explicit phrase, or a longer relative one read first
            period = _resolve(kind, match, context)
            if period is not None:
                found.append(replace(period, span=match.span()))
    return sorted(found, key=lambda p: p.span)


def _resolve(kind: str, match: re.Match, context: PeriodPhrase | None) -> PeriodPhrase | None:
    groups = match.groupdict()
    if kind == "quarter_ended":
        return _quarter_ended(match, context)
    number = _ORDINALS.get((groups.get("ord") or "").lower()) or int(
        groups.get("q") or groups.get("qb") or 0)
    if context is None or context.end is None:
        if kind == "last_years_quarter":
            return _undated_last_years(number, context)
        if kind in ("quarter_of_year", "this_quarter"):
            return undated_quarter(number or _pending(context))
        return _undated_relative(kind, context)
    if kind == "this_quarter":
        return context if context.kind == "quarter" else undated_quarter(_pending(context))
    if kind == "year_back":
        return replace(shifted(context, years=-1), kind="back")
    if kind == "years_back":
        return replace(shifted(context, years=-_years(groups["years"])), kind="back")
    if kind == "last_years_quarter":
        if not number:  # "last year's quarter": the quarter in force, a year back
            return replace(shifted(context, years=-1), kind="back")
        return replace(quarter_in(number, fiscal_year(context) - 1, context), kind="back")
    if kind == "quarter_back":  # a comparison's base, never the sentence's own period
        return replace(shifted(context, quarters=-1), kind="back") if (
            context.kind == "quarter") else None
    if kind == "whole_year":
        return year_of(context)
    if kind == "to_date":
        return _to_date(groups, context)
    if context.kind == "instant":
        # "in the fiscal first-quarter" after "as of Sep 30, 2023": a balance's date does not
        # say which fiscal year it ends or falls in, so the quarter's year stays unstated
        return undated_quarter(number)
    return quarter_in(number, fiscal_year(context), context)


def _years(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _undated_last_years(number: int, context: PeriodPhrase | None) -> PeriodPhrase | None:
    """'last year's fourth quarter' after a yearless quarter: that quarter, a year before the
    year in force (still yearless: ``report_period`` dates it)."""
    parts = undated_parts(context.label) if context is not None else None
    if parts is None or parts.whole_year:
        return undated_quarter(number, 1) if number else None
    return undated_quarter(number or parts.quarter, parts.back + 1) if (
        number or parts.quarter) else None


def _to_date(groups: dict, context: PeriodPhrase) -> PeriodPhrase | None:
    """The first quarters of a fiscal year: to the end of the quarter in force when its number
    is theirs, the year's first quarters when the period in force is a year; else no period."""
    count = sc.quarters_to_date(groups)
    # labelled as a table's to-date column ("fiscal 9M 2024"): compared in the filer's calendar
    if context.kind == "year" and count:
        end = month_end(add_months(context.start, 3 * count - 1))
        return PeriodPhrase(f"fiscal {3 * count}M {fiscal_year(context)}", context.start, end,
                            (0, 0), "months")
    number = re.search(r"Q([1-4]) ", context.label)
    if context.kind != "quarter" or number is None:
        return None
    # "the first three quarters" said after a second quarter: still the year's first nine months
    # (taken as the quarter in force, $30.0 billion was held to a quarter's revenue)
    quarter = int(number[1])
    count = count or quarter
    if count == 1 and quarter == 1:
        return context  # the first quarter so far is the quarter
    if count == 4:
        return year_of(context)
    start = shifted(context, quarters=1 - quarter).start
    end = shifted(context, quarters=count - quarter).end
    return PeriodPhrase(f"fiscal {3 * count}M {fiscal_year(context)}", start, end,
                        (0, 0), "months")


_TO_DATE = re.compile(sc.TO_DATE, re.I)


def named_to_date(text: str, explicit: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The explicit periods of a sentence, a year named inside a to-date phrase replaced by
    the phrase itself: "Net sales for the first six months of fiscal 2023 were $80.2 billion"
    (a summary of Home Depot's Q2 FY2023 10-Q) is of those six months, not the fiscal year."""
    out = list(explicit)
    for found in _TO_DATE.finditer(text):
        inside = [p for p in out if p.kind == "year" and p.end is not None
                  and found.start() <= p.span[0] and p.span[1] <= found.end()]
        if len(inside) != 1:
            continue
        period = _to_date(found.groupdict(), inside[0])
        if period is not None and period.kind == "months":
            out[out.index(inside[0])] = replace(period, span=found.span())
    return out


_ENDS_NEAR_DAYS = 7  # a 52/53-week quarter ends within a week of the same date each year


def _quarter_ended(match: re.Match, context: PeriodPhrase | None) -> PeriodPhrase:
    """'the quarter ended Dec. 27', no year: the period in force when it is a quarter ending
    then; else the calendar quarter the date ends (Dec. 27: the fourth; Jan. 1: still the
    fourth), of a year the article does not state (the value then decides)."""
    return quarter_ending(MONTHS[match.group("mon").lower().rstrip(".")],
                          int(match.group("day")), context)


def quarter_ending(month: int, day: int, context: PeriodPhrase | None) -> PeriodPhrase:
    """The quarter ending on a yearless day: the period in force when it is a quarter ending
    then, else that calendar quarter of a year the article does not state."""
    day = min(day, 28 if month == 2 else 30)
    if context is not None and context.kind == "quarter" and context.end is not None:
        if abs((context.end - date(context.end.year, month, day)).days) <= _ENDS_NEAR_DAYS:
            return context
    near = date(2001, month, day) - timedelta(days=_ENDS_NEAR_DAYS)
    return undated_quarter((near.month - 1) // 3 + 1)


def _undated_relative(kind: str, context: PeriodPhrase | None) -> PeriodPhrase | None:
    """'a year ago' and 'for the fiscal year' after a yearless quarter: yearless too, kept
    relative to it, so that the verifier can date them once it knows which quarter the
    filings report (``report_period``)."""
    parts = undated_parts(context.label) if context is not None else None
    if parts is None or kind not in ("year_back", "whole_year"):
        return None
    if kind == "whole_year":
        return undated_year(parts.quarter, parts.back)
    make = undated_year if parts.whole_year else undated_quarter
    return make(parts.quarter, parts.back + 1)


def _pending(context: PeriodPhrase | None) -> int:
    parts = undated_parts(context.label) if context is not None else None
    return parts.quarter if parts is not None and not parts.whole_year else 0


def growth_period(ahead: str, period: PeriodPhrase | None) -> PeriodPhrase | None:
    """'up 75.7% from 2024' grows into the following year; a year after 'from' is the base."""
    base = _GROWTH_BASE.match(ahead)
    if base is None or (period is not None and period.kind != "year") or (
            period is not None and period.label != f"FY{base.group('y')}"):
        return period
    year = int(base.group("y")) + 1
    return PeriodPhrase(f"FY{year}", date(year, 1, 1), date(year, 12, 31), (0, 0), "year")


def is_base(behind: str) -> bool:
    """Whether the words before a figure introduce it as a comparison's base."""
    return bool(_BASE_BEFORE.search(behind))


# "grew 31% to 64,286 accounts over 48,797 accounts reported last year": "over" right after a
# figure (and its noun) compares, where before a first figure it is a qualifier ("over $5
# billion"). Twilio's active customer accounts read "more than 48,797" and matched 64,286.
_OVER_BASE = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,2}over\s+$")


def is_over_base(behind: str) -> bool:
    """Whether the words between the previous figure and this one are "... over": this figure
    is that one's comparison base (call only when there is a previous figure)."""
    return bool(_OVER_BASE.match(behind))


# "compared to the same period in 2024", "the year-ago quarter of 2024": a year that dates only
# the comparison, whatever follows it
_SAME_PERIOD_IN = re.compile(r"\b(?:same|comparable|corresponding|equivalent|year[- ]ago|"
                             r"prior[- ]year)\s+(?:period|quarter|three\s+months)\s+"
                             r"(?:in|of|last)\s+(?:fiscal\s+)?$", re.I)


def _is_base_year(text: str, period: PeriodPhrase) -> bool:
    """'from 2022,' ends a comparison; 'Compared with 2025 revenue of ...' names the period."""
    if period.kind == "year" and _SAME_PERIOD_IN.search(
            text[max(0, period.span[0] - 50):period.span[0]]):
        return True
    return bool(re.search(r"\b(?:from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+"
                          r"(?:fiscal\s+)?$", text[max(0, period.span[0] - 16):period.span[0]],
                          re.I)) and bool(re.match(r"\s*(?:[,.;:)]|and\b|$)",
                                                   text[period.span[1]:]))


# "... from $2.15 billion in Q2 2024": a period phrase that dates a comparison's base figure
# (and its per-share amount: "compared to $1.83 billion or $4.10 per share in the first quarter
# of 2021", an article on PNC's 1Q22, whose year then dated the quarter's own figures)
_BASE_FIGURE = r"[$(]?\d[\d,]*(?:\.\d+)?\)?(?:\s*[a-z]+\b)?"
_BASE_FIGURE_BEFORE = re.compile(
    # "compared to $1.83 billion or $4.10 per share in the first quarter of 2021": two figures;
    # never "from $42.35bn to $49.42bn for the first quarter of FY22", which dates both
    r"\b(?:from|versus|vs\.?|compared\s+(?:with|to)|against|than\s+the)\s+"
    r"(?:(?!\bto\s+[$(]?\d)(?:[^.;]|\.\d)){0,30}?"
    # (a year is no figure: "versus the first half of 2022, while the quarterly margin")
    r"(?:[$(]\d|(?<![\w,.])(?!(?:19|20)\d\d\b(?![,.]\d))\d)[\d,.]*\)?\s*(?:[a-z]+\b)?[^.;\d]{0,25}$",
    re.I)


def _dates_base(text: str, period: PeriodPhrase) -> bool:
    return bool(_BASE_FIGURE_BEFORE.search(text[max(0, period.span[0] - 80):period.span[0]]))


# "up 3 points from the prior quarter": the period after "from" is a change's base, not its own
_BASE_WORD_BEFORE = re.compile(r"\b(?:from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+"
                               r"(?:the\s+|a\s+|its\s+)?(?:fiscal\s+)?$", re.I)


def _names_base(text: str, period: PeriodPhrase) -> bool:
    return bool(_BASE_WORD_BEFORE.search(text[max(0, period.span[0] - 30):period.span[0]]))


def _right_after(figure: Figure, periods: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    for period in periods:
        gap = _GAP_NOISE.sub("", text[figure.span[1]:period.span[0]])
        if period.span[0] >= figure.span[1] and _GAP_WORDS.fullmatch(gap + " ") and len(gap) <= 30:
            return period
    return None


def _said_of_figure(figure: Figure, text: str) -> str | None:
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


def pick_period(figure: Figure, periods: list[PeriodPhrase], text: str, previous: Claim | None,
                context: PeriodPhrase | None = None, base: bool = False,
                change: bool = False) -> PeriodPhrase | None:
    """The period right after the figure ("$510.0 million in 2025"), else the nearest before it
    ("2025 GAAP net income of $237.8 million"), else the previous figure's, else the period in
    force. A comparison's base (``base``) is dated a year before the period in force unless a
    phrase next to it says otherwise; a growth rate (``change``) is never dated by the
    comparison's 'a year earlier'."""
    if change and (own := sc.rate_in(figure, periods, text)) is not None:
        return own
    if change and (of_figure := _said_of_figure(figure, text)) is not None:
        if previous is None or not previous.period_label or not of_figure.endswith(previous.text):
            return None  # the change of a figure this one's period is not known of here
        return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                            (0, 0), "inherited")
    usable = [p for p in periods if not (change and (
        p.kind == "back" and not _heads_clause(text, p, figure) or _names_base(text, p)))]
    if (said := sc.delivered_in(figure, usable, text)) is not None:
        return said
    after = _right_after(figure, usable, text)
    if after is not None:
        if base and after.kind == "year" and context is not None and context.kind == "quarter":
            if context.end is None:
                return context  # the same undated quarter, a year before: still undated
            return quarter_in_year(context, fiscal_year(after))  # "from $1.67bn in FY21"
        return after
    if base and context is not None and context.end is not None:
        if context.kind == "instant" and not periods:
            # "Total liabilities ... as of July 30, 2023" then "Inventories decreased to $23.3
            # billion from $24.9 billion", a sentence naming no time: a balance's base with no
            # day of its own is the day a year earlier or the last fiscal year's end (a 10-Q's
            # balance sheet column): not said, so undated, and the filed values decide
            return None
        return replace(shifted(context, years=-1), kind="back")
    if base and (yearless := _undated_relative("year_back", context)) is not None:
        return yearless  # the base of a yearless quarter's comparison: that quarter, a year back
    # "up 17% from 2022, and net income of $209.8 million": a comparison's base year is not
    # the period of the figures after it; nor is "a year earlier" said of an earlier figure
    before = [p for p in usable if p.span[1] <= figure.span[0] and (
        _WHEN_AFTER.match(text, p.span[1]) or _frames(text, p) or _heads_clause(
            text, p, figure) or p.kind != "back"
        and not _is_base_year(text, p) and not _dates_base(text, p))
        and not (p.kind == "months" and sc.clause_between(text, p.span[1], figure.span[0]))]
    if before:
        return before[-1]
    if previous is not None and previous.period_label and not sc.to_date_before(
            previous, text, figure):
        return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                            (0, 0), "inherited")
    return context


# "up 10.1 percent from a year ago, when it reported a loss of $492 million": the clause after
# "when" is about the time the phrase names
_WHEN_AFTER = re.compile(r",?\s+when\b", re.I)


# "For the year-ago quarter, it brought in $1.07 billion": a relative phrase that frames the
# figures after it (not a comparison's "from a year ago")
_FRAMES_BEFORE = re.compile(r"(?:^|[,;:]\s*|\b(?:for|in|during)\s+)$", re.I)


def _frames(text: str, period: PeriodPhrase) -> bool:
    return period.kind == "back" and bool(_FRAMES_BEFORE.search(text, 0, period.span[0]))


# "..., and last year, the services division grew 14.2% during the March quarter" (an article
# on Apple's fiscal Q2 2025): a year-back phrase that opens a clause, set off by a comma, dates
# the clause's growth rate, which is of that year's period, not against it
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]\s*(?:(?:and|but|yet|while|whereas)\s+)?)$", re.I)


def _heads_clause(text: str, period: PeriodPhrase, figure: Figure) -> bool:
    return (period.span[1] <= figure.span[0] and text[period.span[1]:].startswith(",")
            and _CLAUSE_OPENS.search(text, 0, period.span[0]) is not None
            and not sc.clause_between(text, period.span[1] + 1, figure.span[0]))


def sentence_period(text: str, explicit: list[PeriodPhrase],
                    context: PeriodPhrase | None) -> PeriodPhrase | None:
    """The period a sentence is about: the first it names that is not a comparison's base
    year, else a relative one resolved against the period in force, else that period."""
    named = [p for p in explicit if not _is_base_year(text, p) and not _dates_base(text, p)]
    if named:
        return named[0]
    # "That's a drop from $1.8 billion in the first quarter": a relative phrase that dates a
    # comparison's base figure is not the sentence's period either (PNC's 2Q21 in a local
    # paper: the first quarter then dated every later figure)
    relative = [p for p in relative_periods(text, context, explicit) if p.kind != "back" and (
        p.kind != "months" or sc.opens_sentence(text, p)) and not _dates_base(text, p)]
    return relative[0] if relative else context


def _year_then_quarter(text: str, period: PeriodPhrase) -> PeriodPhrase | None:
    """'2025 Fourth Quarter Highlights': the quarter of the year the heading names."""
    found = sc.quarter_after_year(text, period)
    if found is None:
        return None
    quarter = quarter_in(found[0], fiscal_year(period), period)
    return replace(quarter, span=(period.span[0], found[1]))


def next_context(context: PeriodPhrase | None, own: PeriodPhrase | None,
                 explicit: list[PeriodPhrase], claims: list[Claim],
                 figures: bool = True, lead: bool = True,
                 heads_list: bool = False, text: str = "") -> PeriodPhrase | None:
    """The period in force after a sentence: that of its last figure dated by the sentence
    itself and read as a filed metric (not a comparison's base, not a figure read as nothing);
    a sentence with no such figure that names a period ("Results for Q2 2025") sets it too, and
    so does a list's heading ("The company set these fourth-quarter records:": the bullets
    after it are the quarter's, not the headline's year; found in a railroad's 2008 release)."""
    dated = [c for c in claims if c.period_label and c.metric and c.value is not None
             and not c.not_checkable_reason and c.period_end is not None]
    if dated:
        # the last figure, unless an earlier one is of a later period ("72.4% in the second
        # quarter, ... still not at the level of Q2 of the fiscal year 2025 (75.1%)": the
        # year-before figure does not move the article back a year)
        claim = max(reversed(dated), key=lambda c: c.period_end)
        period = PeriodPhrase(claim.period_label, claim.period_start, claim.period_end,
                              (0, 0), _kind_of(claim))
        if _to_date_of(period, context) or _restates_quarter(period, context):
            return context  # the year so far, to the quarter in force: that quarter stays
        return context if own is not None and _older(period, own) else period
    undated = context is None or context.end is None
    named = bool(explicit) or (heads_list and own is not None and own is not context)
    if not figures and own is not None and (quarter := _year_then_quarter(text, own)):
        own = quarter  # a heading: "2025 Fourth Quarter Highlights"
    if not figures and own is not context and sc.opens_scope(text, own):
        return own
    # a headline or lead naming a period sets it; later, a year named in passing ("the best
    # seller of 2016") does not, only a quarter or a list's heading does
    if named and not figures and ((undated and lead) or own.kind == "quarter" or heads_list):
        if _pending(context) and own.kind == "year":  # "the fourth quarter" ... "in 2024"
            return quarter_in(_pending(context), fiscal_year(own), own)
        return own  # "Results for Q2 2025": a headline or lead with no figure of its own
    if own is not None and own.end is None and undated:
        return own
    return context


def _restates_quarter(period: PeriodPhrase, context: PeriodPhrase | None) -> bool:
    """"The 13-week period ended November 2, 2024" after "the third quarter of fiscal 2024":
    the same quarter by its dates, which keeps the name a later "year-to-date" counts from
    (a recap of Buckle's 3Q24: unnamed, the year so far was taken as the quarter, and drifted)."""
    return (context is not None and context.end is not None and period.end is not None
            and re.search(r"Q[1-4] \d{4}$", context.label) is not None
            and period.label.startswith("3 months ended")
            and abs((period.end - context.end).days) <= 45)


def _to_date_of(period: PeriodPhrase, context: PeriodPhrase | None) -> bool:
    return (context is not None and context.kind == "quarter" and period.kind == "months"
            and period.end == context.end and period.start != context.start)


def _kind_of(claim: Claim) -> str:
    if claim.period_label.startswith("FY") or claim.period_label.startswith("FY ended"):
        return "year"
    if re.search(r"Q[1-4] \d{4}$", claim.period_label) or claim.period_label.startswith("3 months"):
        return "quarter"
    return "instant" if claim.period_start is None else "months"


def _older(period: PeriodPhrase, own: PeriodPhrase) -> bool:
    """A figure dated before the sentence's own period is a comparison's, not the new one."""
    return period.end is not None and own.end is not None and period.end < own.end - timedelta(
        days=300)


def names_period(sentence: str) -> bool:
    """Whether a sentence names a period of its own (a date, a year, a quarter, "a year
    earlier", "for the year"...), rather than leaving its figures to the period in force."""
    return bool(period_phrases.find_periods(sentence, reading=period_phrases.ARTICLES)) or any(
        regex.search(sentence) for regex, _ in _RELATIVE)



