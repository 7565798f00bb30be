"""The period in force after a sentence of an article: the period of its last figure dated by
the sentence itself, else the period a headline, a lead, a heading or a list's heading names;
it carries forward until another sentence sets one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_modality import GUIDANCE, REASONS
from pipeline.verify.forward_quarters import moved_on
from pipeline.verify.other_company import dates_its_sentence
from pipeline.verify.period_math import (
    YEAR_TO_DATE,
    fiscal_year,
    quarter_in,
    undated_parts,
)
from pipeline.verify.yearless_relative import pending_quarter

GUIDANCE_REASON = REASONS[GUIDANCE]


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
    """The period in force after a sentence (``_in_force``), or the later quarter the
    sentence moves on to after its figures ("... in which sales fell 4.2%, the retailer did
    better in Q2": forward_quarters)."""
    if context is not None and _COMPARES_LEAD.match(text):
        return context
    after = _in_force(context, own, explicit, claims, figures, lead, heads_list, text)
    return moved_on(text, after, explicit, claims, _future_time) or after


def _in_force(context: PeriodPhrase | None, own: PeriodPhrase | None,
              explicit: list[PeriodPhrase], claims: list[Claim],
              figures: bool = True, lead: bool = True,
              heads_list: bool = False, text: str = "") -> PeriodPhrase | None:
    """The period in force after a sentence: that of its last figure dated by the sentence
    itself and read as a filed metric (not a comparison's base, not a figure read as nothing);
    a sentence with no such figure that names a period ("Results for Q2 2025") sets it too, and
    so does a list's heading ("The company set these fourth-quarter records:": the bullets
    after it are the quarter's, not the headline's year; found in a railroad's 2008 release)."""
    dated = [c for c in claims if c.period_label and (
        c.metric or dates_its_sentence(c.unread_why)) and c.value is not None
             and not c.not_checkable_reason and c.period_end is not None
             and not _counted_on_a_day(c)]
    if dated:
        # the last figure, unless an earlier one is of a later period ("72.4% in the second
        # quarter, ... still not at the level of Q2 of the fiscal year 2025 (75.1%)": the
        # year-before figure does not move the article back a year)
        claim = max(reversed(dated), key=lambda c: c.period_end)
        period = PeriodPhrase(claim.period_label, claim.period_start, claim.period_end,
                              (0, 0), _kind_of(claim))
        if _to_date_of(period, context) or _restates_quarter(period, context) or _its_last_day(
                period, context):
            return context  # the year so far, to the quarter in force: that quarter stays
        if context is not None and (_COMPARISON_LEAD.match(text) or _PAST_RECORD.search(
                text)) and (
                _older(period, context) or _yearless(context)):
            # "For comparison, the year-earlier quarter's income was $X"; so too after a
            # quarter named without its year (a grocery trade site on a club's fourth quarter:
            # the base's year, taken as the article's, moved its fiscal year back one)
            return context
        return context if own is not None and _older(period, own) else period
    if own is not None and _outlook_only(claims):
        # "said it expects revenue to keep recovering during the last three months of the
        # year, to about $X": the outlook's quarter; the results after it are still the
        # headline's (a recap of an airline's third quarter read them all as the fourth's)
        return context
    undated = context is None or context.end is None
    named = bool(explicit) or (heads_list and own is not None and own is not context)
    if not figures and own is not None and (quarter := _year_then_quarter(text, own)):
        own = quarter  # a heading: "2025 Fourth Quarter Highlights"
    if (not figures or not any(c.metric for c in claims)) and not heads_list and (
            own is not None and _future_time(text, own)):
        # "the new chip is on track for a Q4 launch": no period of results; nor "shares dropped
        # 10% as the company gave a weaker outlook for the second quarter" (a share move is no
        # figure of a metric; a tech site on a database maker's first quarter)
        return context
    if not figures and own is not context and sc.opens_scope(text, own):
        return own
    if not figures and not heads_list and own is not None and _outlook_year(text, own):
        return context  # "Retailer issues upbeat outlook for 2013": the results are 2012's
    # a headline or lead naming a period sets it; later, a year named in passing ("the best
    # seller of 2016") does not, only a quarter or a list's heading does
    if named and not figures and ((undated and lead) or own.kind == "quarter" or heads_list):
        if pending_quarter(context) and own.kind == "year" and own.end is not None:  # "the
            # fourth quarter" ... "in 2024"; a year the article never states dates no quarter
            return quarter_in(pending_quarter(context), fiscal_year(own), own)
        return own  # "Results for Q2 2025": a headline or lead with no figure of its own
    if own is not None and (parts := undated_parts(own.label)) is not None and parts.months:
        return context  # the year so far, to the yearless quarter in force: that quarter stays
    if own is not None and own.end is None and undated:
        return own
    if named and undated and lead and own is not None and own.end is not None and not any(
            c.metric for c in claims):
        # "The stock plunged 10.3% after the results for the first quarter of its 2024
        # financial year": a lead whose figures are read as nothing still names the period
        return own
    return context


def _counted_on_a_day(claim: Claim) -> bool:
    """A count dated by a day ("ran 300 shops in 20 states on March 1, after adding four
    new ones": a recap of a retailer's quarter): a count of stores or members
    on a day says nothing of the results' period, and the next sentence's "third quarter" is
    still the quarter in force (taken as an instant, its results went unread)."""
    return claim.unit == "count" and claim.period_start is None


def _outlook_only(claims: list[Claim]) -> bool:
    """Whether every figure of the sentence read as a metric's is guidance."""
    read = [c for c in claims if c.metric]
    return bool(read) and all((c.not_checkable_reason or "").startswith(GUIDANCE_REASON)
                              for c in read)


# A quarter a prose sentence names as the time of something to come: "is on track for a Q4
# launch", "provided a guide for the third quarter", "will launch new cards in the third
# quarter" (a story on a chipmaker's second quarter, whose later figures were then read as the
# fourth quarter's). It sets no period of results; a heading ("Outlook for the Third
# Quarter") has no full stop and still does. Analysts' numbers are no such thing: "fell
# short of forecasts for its fourth fiscal quarter" names the quarter reported.
_FUTURE_BEFORE = re.compile(
    r"\b(?:on\s+track|slated|scheduled|planned|plans?|due|guid(?:e|ance|ed)|outlook|will|"
    r"to\s+(?:launch|ship|release|begin|start)|"
    # ("expects the extra cost to stay around $X in Q3", a tech site on a device maker's
    # second quarter: an expectation in the present tense; "than analysts expected in the
    # third quarter" names the quarter reported)
    r"expects?|expecting|anticipates?|anticipating|projects|projecting)\b"
    # ("are on track to launch and ramp production of <accelerators> in the fourth quarter",
    # a CEO quoted in a chip maker's Q2 story: 57 characters between)
    r"[^.;:]{0,80}$", re.I)
_FUTURE_AFTER = re.compile(r"^\s*(?:launch|release|debut|availability|introduction|rollout|"
                           r"ship(?:ments|ping)?|guidance|outlook|forecast)\b", re.I)
_PROSE_END = re.compile(r"[.!?][\"\u201d\u2019)]?\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _future_time(text: str, own: PeriodPhrase) -> bool:
    if own.span == (0, 0):
        return False
    if not _PROSE_END.search(text):
        # "Netflix beats estimates, shares drop on low Q3 outlook" (a headline on a streamer's
        # second quarter): a quarter that names an outlook after words in lower case (a
        # headline's verbs); a heading ("Third Quarter Outlook") still opens its section
        return own.kind == "quarter" and bool(_FUTURE_AFTER.match(text[own.span[1]:])) and (
            bool(_LOWER_WORD.search(text[:own.span[0]])))
    if own.kind == "year":
        # "The company also raised its full-year guidance." (a summary card site on a
        # beverage maker's second quarter, whose bullets after it were then read as the
        # year's): a year that names an outlook is no period of results
        return bool(_FUTURE_AFTER.match(text[own.span[1]:]))
    if own.kind != "quarter":
        return False
    return bool(_FUTURE_BEFORE.search(text[:own.span[0]])
                or _FUTURE_AFTER.match(text[own.span[1]:]))


# A year a headline or sentence names as what an outlook is for: "Department store issues
# upbeat outlook for 2013" (a trade site's story on a retailer's fiscal 2012 results, whose
# figures were all read as 2013's). A heading that is the outlook ("Outlook for 2013",
# "Fiscal 2025 Business Outlook") still sets it: the guidance under it is that year's.
_OUTLOOK_FOR = re.compile(r"\b(?:outlook|guidance|forecasts?|targets?|expectations?|"
                          r"projections?)\s+for\s+(?:(?:the|its|fiscal|full[- ]year|calendar)"
                          r"\s+)*$", re.I)


def _outlook_year(text: str, own: PeriodPhrase) -> bool:
    if own.kind != "year" or own.span == (0, 0):
        return False
    found = _OUTLOOK_FOR.search(text[:own.span[0]])
    return found is not None and bool(re.search(r"\w", text[:found.start()]))


# a sentence that opens as a comparison reports the base of the period in force (a
# railroad's release copied by a fan site): its older period is not the article's new one
# ("That is below the 2023 pace, when the growth rate hit 19%; ..." after a sentence on
# 2024's growth, an investment site on a software maker: the years it goes back to are bases)
_COMPARISON_LEAD = re.compile(r"^\s*(?:(?:for|by|in)\s+comparison\b|(?:this|that|it)\s+"
                              r"(?:is|was)\s+(?:\w+\s+)?(?:less|more|lower|higher|slower|"
                              r"faster|weaker|stronger|better|worse)\s+than\b)", re.I)


# "That compares with $A in the first quarter": a sentence opened by the comparison states the
# base of the figure before it (a bank's quarter in a wire story: the base's quarter, in force
# after it, dated the quarter's own figures later on, which then bore out the base's lines)
_COMPARES_LEAD = re.compile(r"^\W*(?:this|that|it|the\s+figure|the\s+result)\s+"
                            r"(?:compares|compared)\s+(?:with|to)\b", re.I)


# a sentence on the record the period in force beat, or on a time long past: "the prior best
# came in early 2020, with N million sign-ups" (an Indian business site on a streamer's fourth
# quarter, whose full-year figures after it were dated 2020)
_PAST_RECORD = re.compile(r"\b(?:earlier|previous|prior|former|last)\s+(?:(?:all-time|quarterly|"
                          r"annual)\s+)?(?:record|largest|biggest|highest|best|lowest|worst|"
                          r"high|peak|low)\b|\bthe\s+last\s+time\b|\bback\s+in\b", re.I)


def _yearless(context: PeriodPhrase) -> bool:
    """A period in force named without its year (which ``report_period`` dates later)."""
    return context.end is None and undated_parts(context.label) is not None


def _restates_quarter(period: PeriodPhrase, context: PeriodPhrase | None) -> bool:
    """"The 13-week period ended <date>" after "the third quarter of fiscal <year>":
    the same quarter by its dates, which keeps the name a later "year-to-date" counts from
    (a recap of a retailer's third quarter: unnamed, the year so far was taken as the quarter,
    and drifted)."""
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
    if claim.period_start is None and not claim.period_label.startswith(YEAR_TO_DATE):
        return "instant"
    return "months"


def _its_last_day(period: PeriodPhrase, context: PeriodPhrase | None) -> bool:
    """A balance on the last day of the period in force ("held $2.8 billion in cash and
    equivalents as of July 30, 2023" in a recap of a retailer's second quarter): the period
    stays in force (taken as an instant, the next sentence's "for six months" was read as of
    that day and its cash flows went unread); so does a yearless quarter, whose last day is
    not known here."""
    if period.kind != "instant" or context is None or context.kind == "instant":
        return False
    if context.end is None:
        return context.kind == "quarter"
    return period.end is not None and abs((context.end - period.end).days) <= _SAME_DAY_SLACK


_SAME_DAY_SLACK = 7  # a 52/53-week period ends within a week of the day a balance is dated


def _older(period: PeriodPhrase, own: PeriodPhrase) -> bool:
    """A figure dated before the sentence's own period is a comparison's, not the new one."""
    return period.end is not None and own.end is not None and period.end < own.end - timedelta(
        days=300)
