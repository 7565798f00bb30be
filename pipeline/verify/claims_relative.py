"""The relative period phrases of an article's sentence, resolved against the period in force.

Articles name many periods relative to the one in force; the table ``RELATIVE`` lists those
phrasings and what each does to the period in force (a newcomer extends the table):
- ``year_back``: "a year earlier", "the same period last year", "the prior year": the period in
  force, a year before; it dates only the figure it follows (the base of a comparison);
- ``quarter_back``: "last quarter", "the previous quarter", "sequentially";
- ``whole_year``: "for the year", "full-year": the fiscal year of the period in force;
- ``year_against_quarter``: "on the year" set against a quarter its clause just named ("6
  percent this quarter and 5 percent on the year"): that year too; alone it is left unread;
- ``quarter_of_year``: "the fourth quarter" with no year: that quarter of the year in force.
Also the yearless forms of those ("a year ago" after a yearless quarter), a quarter ended on a
yearless day, the year so far ("the first three quarters").
"""

from __future__ import annotations

import re
from dataclasses import replace

from core import period_phrases
from core.dates import (
    MONTH_RE,
    MONTHS,
    NUMBER_WORDS,
)
from core.metric_words import PRIOR_THREE_MONTHS
from core.period_phrases import ORDINALS, PeriodPhrase
from pipeline.verify import scope_cues as sc
from pipeline.verify import yearless_days
from pipeline.verify.period_math import (
    fiscal_year,
    quarter_in,
    shifted,
    to_date_of,
    undated_parts,
    undated_quarter,
    undated_year,
    undated_year_so_far,
    year_of,
)
from pipeline.verify.relative_bases import (
    compares_last_quarter,
    own_last_year,
)
from pipeline.verify.yearless_quarters import (
    ENDED_ON_A_YEARLESS_DAY,
    day_after,
    ended_day,
    on_its_day,
    quarter_ending,
    year_ending,
)
from pipeline.verify.yearless_relative import (
    _undated_last_years,
    pending_quarter,
    this_quarter,
    undated_relative,
)

# "... ended Dec. 27" with no year after it: the span (a year, a quarter) named before it ends
# then; an aside too ("in the quarter, ended Jan. 28, ...": a trade paper on a computer maker's
# fourth quarter, read as the later quarter the loaded 10-K reports)
_ENDED_ON_A_YEARLESS_DAY = r",?\s+(?:(?:that|which)\s+)?" + ENDED_ON_A_YEARLESS_DAY
RELATIVE: tuple[tuple[str, str], ...] = (
    # "For the year ended Dec. 27" with no year (a food-trade paper on a restaurant group's
    # 52-week year): the year ending then, dated by the filing that reports it
    (r"\b(?:(?:fiscal\s+)?year|(?:12|twelve)[- ]months|(?:52|53|fifty-two|fifty-three)[- ]weeks)"
     + _ENDED_ON_A_YEARLESS_DAY, "year_ended"),
    # "In last year's fourth quarter, revenue was $X billion" (a wire story on a bank):
    # the year back owns the quarter after it; read before "last year" and "fourth quarter"
    (r"\b(?:last|the\s+(?:prior|previous|preceding))\s+(?:fiscal\s+)?year['’]s\s+"
     r"(?:(?P<ord>first|second|third|fourth)(?:[- ]fiscal)?[- ])?quarter\b", "last_years_quarter"),
    # "from $XM in Q2 of last year" (a financial site's brief on a second quarter): the
    # quarter of the year back, not the quarter of the year in force and a year back apart
    (r"\b(?:the\s+)?(?:(?P<ord>first|second|third|fourth)(?:[- ]fiscal)?[- ]quarter|"
     r"Q(?P<q>[1-4]))\s+of\s+(?:last|the\s+(?:prior|previous|preceding))\s+(?:fiscal\s+)?"
     r"year\b", "last_years_quarter"),
    # "compared with N% two years earlier" (a market-data site on a year's results): that many
    # years back, never one
    (r"\b(?P<years>two|three|four|[2-4])\s+years\s+(?:earlier|ago|before|prior)\b",
     "years_back"),
    # "-8.46% in 2022 and 5.39% a year later" (a ratio site's series): after the year in force
    (r"\b(?P<on>a|one|two|three|[1-3])\s+years?\s+later\b|"
     r"\bthe\s+(?:following|next)\s+(?:fiscal\s+)?year\b(?!['’])", "years_on"),
    # "it closed N stores in the past fiscal year", "closed N stores in the year" (trade sites
    # on a game retailer's fourth quarter and year: read as the quarter): the year the period
    # in force closes (read before "last year", which it may contain)
    (r"\b(?:in|during|over|throughout)\s+the\s+(?:(?:past|last|latest|just[- ]ended|recently"
     r"[- ](?:ended|completed))\s+)?(?:fiscal\s+|financial\s+)?year\b(?!['’]s|[- ]\w)"
     r"(?!\s+(?:ahead|since|to|ended|ending|through|before|after|earlier|ago|prior|"
     r"(?:19|20)\d\d)\b)", "year_closing"),
    # (a bare "EPS of $X for the same period" is the period just named; "last year" is apart;
    # but "During the same period last year, the business earned $0.95 EPS" (a stock-note
    # site's template on a bank's quarter) is the year back as a whole, which frames the
    # figures after it: read as "last year" alone, it dated them by the period in force)
    (r"\b(?:a|one)\s+year\s+(?:earlier|ago|before|prior)\b|"
     r"\b(?:the\s+)?(?:same|equivalent|comparable|corresponding)\s+(?:period|quarter|"
     r"three[- ]month\s+period|time)\s+(?:a\s+year\s+(?:ago|earlier|prior)|last\s+year|of\s+"
     r"the\s+(?:prior|previous)\s+year|in\s+the\s+(?:prior|previous)\s+year)\b|"
     r"\b(?:the\s+)?(?:(?<!\bfor\sthe\s)(?<!\bduring\sthe\s)same|equivalent|comparable|"
     r"corresponding|year[- ]ago|year[- ]earlier|"
     r"prior[- ]year|year[- ]prior|previous[- ]year)\s+(?:period|quarter|three[- ]month\s+period|"
     r"time)(?:\s+(?:a\s+year\s+(?:ago|earlier|prior)|last\s+year|of\s+the\s+(?:prior|previous)"
     r"\s+year|in\s+the\s+(?:prior|previous)\s+year))?|"
     r"\b(?:the\s+)?(?:prior|previous|preceding)\s+(?:fiscal\s+)?year\b"
     # ("the prior year 39-week fiscal period ended <day>": the explicit period's adjective)
     r"(?!\s+(?:\d\d|thirteen|twenty-six|thirty-nine|fifty-two|fifty-three)[- ]weeks?"
     r"(?:\s+(?:fiscal\s+)?(?:period|quarter))?\s+(?:then\s+)?ended\b)|"
     r"\blast\s+year\b|"
     # "compares favorably with the prior-year tally of $3.06 per share" (a recap of a
     # bank's year): the figure of the year before, whatever period is in force
     r"\b(?:year[- ]ago|year[- ]earlier|prior[- ]year|previous[- ]year)(?:['’]s)?\s+"
     r"(?:figure|tally|result|number|mark|total)\b|"  # (owned_periods.FIGURE_NOUNS)
     # "Year-ago net income was $X", "prior-year revenue of $X" (a recap's year-back adjective
     # before a line, no period noun: the figure was dated by the quarter in force and drifted)
     r"\b(?:year-ago|year-earlier|prior-year|previous-year)\b(?=\s+[a-z])|"
     r"\b(?:\d{2}|fifty-two|fifty-three)[- ]week\s+period\s+immediately\s+(?:before|prior)\b",
     "year_back"),
    # "profit slid 13% over the last three months of the year" (after a newsletter on a bank's
    # year), "the final quarter", "the year's closing quarter": the fourth quarter of the year
    # in force; read before "last quarter", which it contains
    (r"\b(?:the\s+)?(?P<last>last|final|closing)\s+(?:(?:three|3)[- ]months|(?:fiscal\s+)?quarter)"
     r"\s+of\s+(?:the|its|this|that)\s+(?:fiscal\s+)?year\b(?![- ](?:ago|earlier|before))|"
     r"\b(?:the|its|this|that)\s+(?:fiscal\s+)?year['’]s\s+(?P<last2>last|final|closing)\s+"
     r"(?:(?:three|3)[- ]months|quarter)\b|"
     r"\bthe\s+(?:fourth\s+and\s+)?(?P<last3>final|closing)\s+(?:fiscal\s+)?quarter\b",
     "quarter_of_year"),
    # "the June quarter", "the October-December quarter", "the three months to December" with no
    # year (wire stories write a quarter by its months): the calendar quarter in force when it
    # ends then; else nothing (a filer's fiscal quarters are numbered apart from the calendar's:
    # a device maker's "March quarter" is its fiscal second)
    (rf"\bthe\s+(?:{MONTH_RE}\s*(?:[-–/]|\s+to\s+)\s*)?(?P<mon>{MONTH_RE})[- ]quarter\b"
     r"(?!\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)?\d\d)|"
     rf"\b(?:three|3)[- ]months?\s+(?:to|through|thru|ending)\s+(?:the\s+end\s+of\s+)?"
     rf"(?P<mon2>{MONTH_RE})(?:\s+(?P<day>\d{{1,2}})\b)?(?!\w|\.?,?\s*(?:19|20)?\d\d)",
     "month_quarter"),
    # ("the last quarter of 2007", "the last quarter of the year": a year's fourth quarter)
    (r"\b(?:last|previous|prior|preceding)\s+quarter\b(?!\s+of\b)|\bsequential(?:ly)?\b|"
     rf"\b{PRIOR_THREE_MONTHS}\b|"
     r"\blinked[- ]quarter\b|\bquarter[- ]over[- ]quarter\b|"
     # "compared with $X the quarter before": the preceding quarter (never "before last")
     r"\bthe\s+(?:quarter|three\s+months)\s+before\b(?!\s+(?:last|that|the|a|an|its)\b)",
     "quarter_back"),
    # "net income fell to $A from $B in the same comparison" after a comparison with the
    # preceding three months (a trade paper on a metals maker's quarter: B was dated a year
    # back): the base of the comparison before it, which is not said here (either quarter)
    (r"\b(?:in|on|by|over|for)\s+the\s+same\s+comparison\b", "same_comparison"),
    # "For the entire year, revenue grew N percent" (an article on a streamer's Q4), "a
    # profit for its fiscal year" (one on a retailer's fourth quarter)
    (r"\b(?:for\s+(?:the|its)\s+(?:(?:full|entire|whole)\s+)?(?:fiscal\s+)?year|"
     r"full[- ](?:fiscal[- ])?year|"
     r"for\s+all\s+of\s+the\s+year|the\s+whole\s+year)\b"
     r"(?![- ](?:ago|earlier|prior|before|over|to)\b)"
     # "for the year 2021" names its own year (Claims Journal on Progressive's 2023)
     r"(?!\s+(?:19|20)\d\d\b)"
     # "a record annual profit, nearly $X billion" (a wire story on a bank's year)
     r"|\bannual\s+(?=(?:\w+\s+){0,2}(?:profits?|revenues?|sales|(?:net\s+)?income|"
     r"earnings|loss)\b)", "whole_year"),
    # "up 6 percent this quarter and 5 percent on the year" (a tech site on a software maker's
    # Q4): the quarter's year; alone it may mean year on year, left unread (_QUARTER_AND)
    (r"\bon\s+the\s+(?:fiscal\s+)?year\b(?![- ](?:ago|earlier|prior|before|over|to)\b)",
     "year_against_quarter"),
    # "4Q earnings fall 14%" (a headline's yearless quarter, as banks label theirs)
    (r"\b(?:the\s+|its\s+|this\s+)?(?P<ord>first|second|third|fourth)(?:[- ]fiscal)?[- ]quarter\b"
     r"|\bQ(?P<q>[1-4])\b(?![\s']*(?:FY|fiscal|\d))|\b(?P<qb>[1-4])Q\b(?![\s']*\d)",
     "quarter_of_year"),
    # "for the quarter ended Dec. 27" with no year (Nation's Restaurant News on Yum's 16-week
    # fourth quarter of 2008): before "the quarter", which it contains
    (r"\b(?:quarter|three[- ]months?|(?:12|13|14|16|twelve|thirteen|fourteen|sixteen)[- ]weeks?)"
     + _ENDED_ON_A_YEARLESS_DAY, "quarter_ended"),
    # "Total revenues in the reported quarter were $X" (a recap of a bank's fourth quarter,
    # after a paragraph on its year): the quarter reported, never "the current quarter" (the
    # one under way, of an outlook)
    (r"\b(?:the|this|that)\s+(?:(?:just[- ])?reported\s+|reporting\s+|latest\s+|most\s+"
     r"recent\s+|recently\s+(?:reported|concluded|completed|ended)\s+)?(?:quarter|three[- ]"
     r"month\s+period)\b|"
     # (never the weeks of a quarter it numbers: "the 13-week third quarter", "the 14-week
     # fourth quarter" is that quarter; read as a quarter of its own, unnumbered, it ended
     # the numbered one's reign, and a retailer's "year-to-date" after it counted from none)
     r"\b(?:13|14|16|thirteen|fourteen|sixteen)[- ]weeks?\b(?![- ](?:fiscal[- ])?(?:first|"
     r"second|third|fourth)[- ](?:fiscal[- ])?quarter\b)|"
     # "Free cash flow was $4 billion year-to-date, ..., while the quarterly operating margin
     # slipped to 20.1%": the quarter's margin, not the year-to-date's
     r"\bquarterly\s+(?=(?:[a-z]+\s+){0,2}(?:margins?|revenues?|sales|profits?|income|"
     r"earnings|loss)\b)", "this_quarter"),
    (sc.TO_DATE, "to_date"),  # "the first three quarters": the year so far (scope_cues)
    (yearless_days.PATTERN, "yearless_day"),  # "ended September with $X in cash"
)
# A quarter the article names without its year, or not at all ("for the quarter" after only a
# year was named): its figures are compared with that quarter of any year (match.py), and a
# figure that matches none is unverifiable, never drifted (discipline.unpinned).
_RELATIVE = tuple((re.compile(p, re.I), kind) for p, kind in RELATIVE)
RELATIVE_READERS = _RELATIVE

def relative_periods(text: str, context: PeriodPhrase | None,
                     explicit: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The sentence's relative phrases (outside its explicit ones), resolved against the
    period in force, as phrases of kind 'back' (year_back) or the kind they name."""
    found = []
    for regex, kind in _RELATIVE:
        for match in regex.finditer(text):
            # ("for the year" of "a net loss of $X million for the year ended December 31,
            # <year>", an insurer's release: the explicit year is the figure's, never the
            # year in force that the overlapping relative phrase would name)
            if any(p.span[0] < match.end() and match.start() < p.span[1]
                   for p in explicit + found):
                continue  # overlapping an explicit phrase, or a longer relative one read first
            own = kind == "quarter_back" and compares_last_quarter(match) or (
                kind == "year_back" and context is not None and context.kind == "year")
            period = _resolve(kind, match, _own_quarter(match, explicit, text, context,
                                                        last=kind == "year_back")
                              if own else context)
            if period is not None:
                found.append(replace(period, span=match.span()))
    return sorted(found, key=lambda p: p.span)


def _own_quarter(match: re.Match, explicit: list[PeriodPhrase], text: str,
                 context: PeriodPhrase | None, last: bool = False) -> PeriodPhrase | None:
    """The quarter a base against the preceding quarter is measured from: the one its own
    sentence names before it ("revenue for the three months ended June 30 rose to $A from $B in
    the preceding three months", a trade paper's yearless quarter with nothing in force: B was
    dated a year back), else the period in force. With ``last``, only a quarter named last
    before it: "a Q4 operating ratio of 58.7% compared to 60.9% in the same period a year ago"
    after a sentence on the full year (a rail trade paper: the base was dated the year before)."""
    named = [p for p in explicit if p.span[1] <= match.start()] + list(
        relative_periods(text[:match.start()], context, explicit))
    if last:
        named = named and [max(named, key=lambda p: p.span[1])]
    named = [p for p in named if p.kind == "quarter"]
    return max(named, key=lambda p: p.span[1]) if named else context


def _resolve(kind: str, match: re.Match, context: PeriodPhrase | None) -> PeriodPhrase | None:
    groups = match.groupdict()
    if kind == "same_comparison":
        return _EITHER_YEAR if context is not None and context.kind == "year" else _EITHER_QUARTER
    if kind in ("quarter_ended", "year_ended"):
        return (year_ending if kind == "year_ended" else quarter_ending)(
            MONTHS[match.group("mon").lower().rstrip(".")], int(match.group("day")), context)
    if kind == "month_quarter":
        return _month_quarter(groups, context)
    if kind == "yearless_day":
        return yearless_days.resolve(groups, context)
    number = ORDINALS.get((groups.get("ord") or "").lower()) or int(
        groups.get("q") or groups.get("qb") or 0) or _last_quarter(groups)
    if context is None or context.end is None:
        if kind == "last_years_quarter":
            return _undated_last_years(number, context)
        if kind in ("quarter_of_year", "this_quarter"):
            return this_quarter(number, context)
        if kind == "quarter_back":
            return _undated_quarter_back(match, context)
        if context is None and kind == "year_back" and own_last_year(match):
            return undated_year(0)
        if kind == "to_date":
            return undated_year_so_far(groups, context, match.string)
        if kind == "year_closing":
            # either year, dating its own figures only: "how well the firm does in the year"
            # (a wire story on a bank's yearless fourth quarter) set the quarter's yearless
            # year in force, and the next "last year" was read as the year before it
            return _EITHER_YEAR
        return undated_relative(kind, context)
    if kind == "this_quarter":
        return context if context.kind == "quarter" else undated_quarter(pending_quarter(context))
    if kind == "year_back":
        if context.kind == "year" and own_last_year(match):
            # "Acme set records in 2024. Last year, it added 41 million subscribers" (a
            # telecom site on a streamer's year, read as 2023 and drifted): a bare "last
            # year" is the writer's, which may be the year in force or the one before it
            # (never "the previous year": "a 2.2 per cent drop in the previous year", a
            # trade journal on a building-materials maker, is the year before the one in force)
            return _EITHER_YEAR
        return replace(shifted(context, years=-1), kind="back")
    if kind == "years_on":
        # (kind "back": read for its figure, never set in force for the next sentence)
        years = _years(re.sub(r"(?i)^a$", "1", groups["on"] or "1"))
        return replace(shifted(context, years=years), kind="back")
    if kind == "years_back":
        return replace(shifted(context, years=-_years(groups["years"])), kind="back")
    if kind == "last_years_quarter":
        if not number:  # "last year's quarter": the quarter in force, a year back
            return replace(shifted(context, years=-1), kind="back")
        return replace(quarter_in(number, fiscal_year(context) - 1, context), kind="back")
    if kind == "quarter_back":  # a comparison's base, never the sentence's own period
        if context.kind != "quarter":
            return None
        if not compares_last_quarter(match):
            return _EITHER_QUARTER  # "last quarter" may be the quarter just reported
        return replace(shifted(context, quarters=-1), kind="back")
    if kind == "whole_year":
        return year_of(context)
    if kind == "year_closing":
        return _year_closing(context)
    if kind == "year_against_quarter":
        return year_of(context) if _QUARTER_AND.search(match.string[:match.start()]) else None
    if kind == "to_date":
        return to_date_of(groups, context)
    if context.kind == "instant":
        # "in the fiscal first-quarter" after "as of Sep 30, 2023": a balance's date does not
        # say which fiscal year it ends or falls in, so the quarter's year stays unstated
        return undated_quarter(number)
    return on_its_day(quarter_in(number, fiscal_year(context), context), number,
                      day_after(match.string, match.end()))


def _year_closing(context: PeriodPhrase) -> PeriodPhrase:
    """"in the past fiscal year" said of a year or a fourth quarter in force: that year; said
    of an earlier quarter, the year just closed or the one under way: either (each compared)."""
    if context.kind == "year" or re.match(r"(?:fiscal )?Q4 ", context.label):
        return year_of(context)
    return _EITHER_YEAR


# "on the year" set against a quarter named just before it in its clause: "N percent this
# quarter and M percent on the year"
_QUARTER_AND = re.compile(r"\b(?:(?:this|the|that)\s+quarter|(?:first|second|third|fourth)"
                          r"[- ]quarter|Q[1-4])\s*,?\s+and\s+[^.;,]{0,30}$", re.I)


# "Operating income was $X last quarter" in a story on the quarter just reported: which quarter
# "last" means is not said, so the figure is compared with every quarter (a yearless quarter
# with no number: a match pins it, a mismatch is unverifiable, never drifted)
_EITHER_QUARTER = replace(undated_quarter(0), kind="back")
# ... and a bare "last year" after a year in force: either year (compared with each)
_EITHER_YEAR = replace(undated_year(0), kind="back")


def _undated_quarter_back(match: re.Match, context: PeriodPhrase | None) -> PeriodPhrase | None:
    """'last quarter's $3.35B' after a yearless 'second-quarter' headline: the quarter before,
    yearless too (``report_period`` dates it, or its figures are compared with that quarter
    of every year)."""
    number = pending_quarter(context)
    if context is None:
        return None  # nothing in force: "last quarter" names no quarter at all
    if (ended := ended_day(context.label)) is not None and compares_last_quarter(match):
        # after "the three months ended June 30": the quarter ended three months before
        return replace(quarter_ending((ended[0] - 4) % 12 + 1, ended[1], None), kind="back")
    if not number or not compares_last_quarter(match):  # (never dated a year back by default)
        return _EITHER_QUARTER
    back = undated_parts(context.label).back
    return replace(undated_quarter(number - 1 or 4, back), kind="back")


def _month_quarter(groups: dict, context: PeriodPhrase | None) -> PeriodPhrase | None:
    """The calendar quarter in force when it ends in the month named (within a week of the day
    named); another quarter than the one in force (or one a fiscal or yearly period in force
    cannot place) is some quarter, not said which (``_EITHER_QUARTER``): left unread it took
    the period in force, or a year earlier after "from" ("rose 25% from the March quarter" in a
    story on a June quarter was judged against the June quarter a year before); None when no
    period is in force."""
    month = MONTHS[(groups.get("mon") or groups.get("mon2")).lower().rstrip(".")]
    if context is None:
        return None
    if context.kind != "quarter" or context.end is None or context.label.startswith("fiscal"):
        return _EITHER_QUARTER
    return context if quarter_ending(month, int(groups.get("day") or 31), context) is (
        context) else _EITHER_QUARTER


def _last_quarter(groups: dict) -> int:
    """4 for "the final quarter" and its kin (the year's last), 0 for any other phrase."""
    return 4 if any(groups.get(k) for k in ("last", "last2", "last3")) else 0


def _years(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


_TO_DATE = re.compile(sc.TO_DATE, re.I)


def named_to_date(text: str, explicit: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """The explicit periods of a sentence, a year named inside a to-date phrase replaced by
    the phrase itself: "Net sales for the first six months of fiscal <year> were $X billion"
    (a summary of a retailer's second-quarter 10-Q) is of those six months, not the fiscal year."""
    out = list(explicit)
    for found in _TO_DATE.finditer(text):
        inside = [p for p in out if p.kind == "year" and p.end is not None
                  and found.start() <= p.span[0] and p.span[1] <= found.end()]
        if len(inside) != 1:
            continue
        period = to_date_of(found.groupdict(), inside[0])
        if period is not None and period.kind == "months":
            out[out.index(inside[0])] = replace(period, span=found.span())
    return out


def names_period(sentence: str) -> bool:
    """Whether a sentence names a period of its own (a date, a year, a quarter, "a year
    earlier", "for the year"...), rather than leaving its figures to the period in force."""
    return bool(period_phrases.find_periods(sentence, reading=period_phrases.ARTICLES)) or any(
        regex.search(sentence) for regex, _ in _RELATIVE)
