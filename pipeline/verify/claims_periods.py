"""Which period a figure of an article is about: the period phrase next to it, else one before
it in its sentence, else the period in force (set by the headline or an earlier sentence).

The relative phrases ("a year earlier", "the fourth quarter") are resolved by
``claims_relative``; the period in force after a sentence is ``claims_period_context``'s.
A figure introduced as the base of a comparison ("up from $A", "compared with $A", "from $A to
$B") takes the period in force a year before, unless a phrase next to it names its period.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from core.metric_words import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import period_frames as pf
from pipeline.verify import scope_cues as sc
from pipeline.verify import subject_periods as su
from pipeline.verify import year_back_phrases as yb
from pipeline.verify import year_of_part as yp
from pipeline.verify import yearless_days as yd
from pipeline.verify.claims_ahead import in_outlook_clause
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_relative import relative_periods
from pipeline.verify.owned_periods import owned_by
from pipeline.verify.period_math import (
    fiscal_year,
    quarter_in_year,
    shifted,
    undated_year,
)
from pipeline.verify.sequential_base import quarter_after_base
from pipeline.verify.vague_periods import closed_by_quarter, is_vague
from pipeline.verify.yearless_relative import undated_relative

# "compared with", "which compares to", "comparing with" (a recap of a retailer's quarter:
# "..., which compares to $51.8 million in the third quarter of fiscal 2023" was read as the
# sentence's own quarter, and its first figure dated a year early); never a sentence opened by
# "This compares to $A for <period>", all of whose figures are of that period; "in contrast
# to $A in <Y-1>" (a wire story on a utility's year dated its own adjusted EPS by the base's year)
_COMPARES = (r"(?:(?:compared|which\s+compares?|comparing)\s+(?:with|to)|"
             r"in\s+contrast\s+(?:to|with))")
# "up from $A", "compared with net income of $A", "against $A", "from $A to $B", "Fourth
# quarter 2015 results compare to net income of $A ... in fourth quarter 2014" (an aluminum
# maker's release, reposted: the base was read as the quarter the sentence opened with): a
# comparison's base; so is "an improvement on the $A" (a brief on a quarter). Only metric words
# may stand between the marker and the figure ("compared with the prior-year figure of $A").
_BASE_BEFORE = re.compile(
    r"\b(?:from|versus|vs\.?|compare[ds]?\s+(?:with|to)|against|than\s+the|" + _COMPARES + r"|"
    rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain)\s+(?:on|over))\s+"
    r"(?:(?:the|a|its|net|income|loss|revenues?|sales|earnings|profit|eps|of|diluted|per|"
    # ("That compares with reported earnings of $A, or B cents a share, in the fourth quarter
    # of <Y-1>", as a utility's release put it: the base was dated the quarter reported)
    r"share|total|operating|reported|a\s+loss\s+of|year[- ](?:earlier|ago)|"
    r"(?:prior|previous)[- ]year|"
    r"figure|level)"
    r"\s+)*\(?$", re.I)
# "$510.0 million in 2025", "$6.06 billion in profit last quarter": the words that may stand
# between a figure and the period phrase that dates it; a balance "at the end of the quarter"
# is dated by that period (its last day: period_fit.balance_on); "the $212.6 million net loss
# recorded in Q2 2022" (the yearless "Q1" before it named the period of a year-ago figure)
_GAP_WORDS = re.compile(
    r"[\s,]*(?:(?:in|for|during|of|over|the|its|our|fiscal|year|calendar|full|total|"
    r"profits?|income|sales|revenues?|earnings|\w+\s+revenue|(?:at|as\s+of)\s+the\s+(?:end|close)|"
    r"net|loss(?:es)?|recorded|reported|posted|seen|earned|made|generated|booked|logged|"
    r"delivered|it|the\s+company|"
    # "up on the $3.80 share earned in <year>": a per-share amount's unit word, slipped
    r"(?:a\s+|per\s+)?share|"
    # "9% year-over-year growth in the first quarter" (a streamer's recap, the base of the
    # quarter's own rate): the change a rate is of, dated by the period after it
    r"growth|increase|decrease|rise|gain|decline|drop|"
    # "a 41% drop in diluted EPS for Q4 and 13% for the year" (a machine summary's bullet on
    # a quarter and its year): the per-share line's words between a rate and its period; left
    # out, the rate took the sentence's year and drifted against the year's EPS
    r"diluted|basic|eps|per[- ]share|"
    # "the record high of $97.3 billion set in 2022" (a Mac site on a quarter that fell short
    # of it): the year a record was set dates it, never the quarter the sentence is about
    r"set|achieved|hit|reached|"
    # "$878.7 million for the prior year 39-week fiscal period ended October 28, 2023" (a
    # retailer's release: the stated day was lost, the base dated a year before the period in
    # force, a week off the filer's 52/53-week calendar)
    r"(?:prior|previous|preceding)[- ]year|"
    # "the $212.6 million net loss Acme booked in the second quarter of 2022", "the $1.52
    # billion the lender reported for ...": a subject (a name, or "the" and a noun) of the
    # reporting verb after it (a crypto site's base was dated by the period in force instead)
    r"(?:the\s+[a-z]+|(?-i:[A-Z][\w&'’.-]*)(?:\s+(?-i:[A-Z][\w&'’.-]*)){0,2})"
    r"(?=\s+(?:recorded|reported|posted|booked|logged|earned|made|generated|delivered)\b)"
    r")\s+)*", re.I)
_GAP_NOISE = re.compile(r"\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|"
                        r"\b(?:from|over|than|versus|vs\.?)\s+(?:a|the)\s+"
                        r"(?:year|prior[- ]year\s+period)\s+(?:earlier|ago|before)?|"
                        r"year[- ]over[- ]year")
# "up 75.7% from 2024": the year after "from"/"over" is the base of a growth rate
_GROWTH_BASE = re.compile(r"^\s*(?:year[- ]over[- ]year\s+)?(?:from|over|versus|vs\.?|"
                          + _COMPARES + r")\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def growth_period(ahead: str, period: PeriodPhrase | None) -> PeriodPhrase | None:
    """'up 75.7% from 2024' grows into the following year; a year after 'from' is the base."""
    base = _GROWTH_BASE.match(ahead)
    if base is None or (period is not None and period.kind != "year") or (
            period is not None and period.label != f"FY{base.group('y')}"):
        return period
    year = int(base.group("y")) + 1
    return PeriodPhrase(f"FY{year}", date(year, 1, 1), date(year, 12, 31), (0, 0), "year")


# "net income was earned from net revenue of $X": "from" after a verb of source names where
# a figure came from, not what it is compared with (a forex site on a bank's quarter read the
# quarter's revenue as the year-ago base and dated it a year early)
_SOURCE_VERB = re.compile(r"\b(?:earned|derived|generated|drawn|sourced|stemm(?:ed|ing)|"
                          r"com(?:e|es|ing)|came)\s+$", re.I)


def is_base(behind: str) -> bool:
    """Whether the words before a figure introduce it as a comparison's base."""
    found = _BASE_BEFORE.search(behind)
    return found is not None and not (found.group(0).lower().startswith("from")
                                      and _SOURCE_VERB.search(behind[:found.start()]))


# "Adjusted EBITDA rose to $25.6M from $18.6M in Q1 and -$167.1M in Q2 2022": the next item
# of a list of bases, its predecessor's period phrase and "and" between them (a news copy of a
# miner's quarter set the year-ago quarter in force, and the next sentence's figures were
# dated a year early); nothing but a period phrase may stand before the joiner
_NEXT_BASE = re.compile(r"^(?:\s+(?:in|for|during|at)\s+(?:the\s+)?[\w'’ -]{1,25}?)?\s*,?\s*"
                        r"(?:and|or|as\s+well\s+as)\s+$", re.I)


def continues_bases(behind: str) -> bool:
    """Whether the words between a comparison's base and this figure only join the next base
    of the list (call only when the previous figure is a base)."""
    return bool(_NEXT_BASE.match(behind))


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


# "made $21.64 billion last year, more than double what it earned in 2020" (a wire story on
# a bank's year): the year of what a comparison measures against, never the sentence's period
_WHAT_IT_DID_IN = re.compile(
    r"\b(?:than|double|doubled|triple|tripled|twice|half|from|versus|vs\.?|" + _COMPARES + r"|"
    r"over|above|below)\s+(?:of\s+)?what\s+(?:it|they|the\s+\w+|\w+)\s+(?:had\s+)?"
    r"(?:earned|made|reported|posted|generated|booked|recorded|lost|had|brought\s+in|took\s+in)"
    r"\s+(?:in|during|for|over)\s+(?:the\s+)?(?:fiscal\s+|calendar\s+|full\s+)?(?:year\s+)?$",
    re.I)


def _is_base_year(text: str, period: PeriodPhrase) -> bool:
    """'from 2022,' ends a comparison; 'Compared with 2025 revenue of ...' names the period."""
    if pf.in_opening_comparison(text, period):
        return True
    if period.kind == "year" and _SAME_PERIOD_IN.search(
            text[max(0, period.span[0] - 50):period.span[0]]):
        return True
    if period.kind == "year" and _WHAT_IT_DID_IN.search(
            text[max(0, period.span[0] - 80):period.span[0]]):
        return True
    return bool(re.search(r"\b(?:from|over|versus|vs\.?|than|" + _COMPARES + r")\s+"
                          r"(?:fiscal\s+)?$", text[max(0, period.span[0] - 16):period.span[0]],
                          re.I)) and bool(_BASE_ENDS.match(text, period.span[1]))


# what may follow a comparison's base year: a clause's end, or the next coordinated item
# ("a 19% decline compared with the second quarter of <Y-1> but a 4% rise ...")
# ... or the level the change reached ("rose 16% from the fourth quarter of <Y-1> to $X
# million", a bank's quarter in a wire story: the base's quarter dated the new level, and every
# figure of the sentences after it, a year early); never a period it runs to ("from 2020 to 2021")
_BASE_ENDS = re.compile(r"\s*(?:[,.;:)]|(?:and|but|while|whereas|yet)\b|$"
                        r"|to\s+(?:a\s+(?:record\s+)?)?(?:about\s+|nearly\s+|roughly\s+|almost\s+)?"
                        r"(?:[$€£]|\(?(?!(?:19|20)\d\d\b(?![,.]\d))\d))", re.I)


# "... from $2.15 billion in Q2 2024": a period phrase that dates a comparison's base figure
# (and its per-share amount: "compared to $X billion or $Y per share in the first quarter
# of <year>", an article on a bank's first quarter, whose year then dated the quarter's own figures)
_BASE_FIGURE_BEFORE = re.compile(
    # "compared to $1.83 billion or $4.10 per share in the first quarter of 2021": two figures;
    # never "from $42.35bn to $49.42bn for the first quarter of FY22", which dates both
    r"\b(?:from|versus|vs\.?|" + _COMPARES + r"|against|than\s+the|"
    # "Adjusted EPS was $0.91, below the $1.09 earned in the second quarter of 2022" (a
    # summary of a utility's quarter dated the quarter's figure, and every later one, a year
    # early): a figure set above or below another names its period after it, as does a record
    # a figure did not match ("didn't match the record high of $X set in <Y-3>", a Mac blog)
    r"(?:below|above|under|short\s+of|ahead\s+of|exceeding|topping|trailing|match\w*)\s+the|"
    # "net income rose to $A, an upswing on the $B loss recorded in fiscal <Y-1>" (a games
    # trade site on a retailer's year dated its own figure by the base's year): a change
    # noun's "on"/"over" sets its base (never "on the back of", a cause)
    rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain)\s+(?:on|over)\s+the(?!\s+back\b))\s+"
    # (a release's "net loss of ($14.4) million, or ($0.28) per diluted share in Q2'24": the
    # accounting parentheses lengthen the two figures past 30 characters)
    # ("compared with reported earnings of $A million, or ": the base's words and its amount)
    r"(?:(?!\bto\s+[$(]?\d)(?:[^.;]|\.\d)){0,50}?"
    # (a year is no figure: "versus the first half of 2022, while the quarterly margin")
    # (a per-share amount's words are the figure's: "($0.28) per basic and diluted share")
    # (a rate's sign is the figure's: "compared with 9% year-over-year growth in the first
    # quarter", a streamer's recap, dated the quarter's own rates by the base's quarter)
    r"(?:[$(]\d|(?<![\w,.])(?!(?:19|20)\d\d\b(?![,.]\d))\d)[\d,.]*\)?(?:/share|\s?%)?\s*"
    # ("... or earnings of B cents per diluted share, in the third quarter of fiscal <Y-1>")
    r"(?:(?:cents\s+)?per\s+(?:[a-z]+\s+){0,3}?share\b|[a-z]+\b)?"
    # (never past a clause's end: "$6.2 billion a year earlier, and full-year net income ...")
    r"(?:(?!,\s*(?:and|while|but|whereas)\b)[^.;\d]){0,25}$",
    re.I)


def _dates_base(text: str, period: PeriodPhrase) -> bool:
    return bool(_BASE_FIGURE_BEFORE.search(text[max(0, period.span[0] - 110):period.span[0]]))


# "up 3 points from the prior quarter": the period after "from" is a change's base, not its own
# ("revenues were $81.8 million, well above second quarter 2022 revenues of $24.9 million, as a
# 314% increase in production ...": the quarter "above" names is the base's too)
_BASE_WORD_BEFORE = re.compile(r"\b(?:from|over|versus|vs\.?|than|" + _COMPARES + r"|"
                               r"above|below)\s+(?:the\s+|a\s+|its\s+)?(?:fiscal\s+)?$", re.I)


def _names_base(text: str, period: PeriodPhrase) -> bool:
    return bool(_BASE_WORD_BEFORE.search(text[max(0, period.span[0] - 30):period.span[0]])) or (
        pf.in_opening_comparison(text, period))


def is_base_period(text: str, period: PeriodPhrase) -> bool:
    """Whether a period phrase names or dates a comparison's base ("from the first quarter")."""
    return _names_base(text, period) or _dates_base(text, period)


def _right_after(figure: Figure, periods: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    for period in periods:
        gap = _GAP_NOISE.sub("", text[figure.span[1]:period.span[0]])
        if period.span[0] >= figure.span[1] and (_GAP_WORDS.fullmatch(gap + " ") and len(
                gap) <= 30 or pf.dates_balance_after_noun(gap, period)):
            return period
    return None


def pick_period(figure: Figure, periods: list[PeriodPhrase], text: str, previous: Claim | None,
                context: PeriodPhrase | None = None, base: bool = False,
                change: bool = False, last: Claim | None = None) -> PeriodPhrase | None:
    """The figure's period (``_pick_period``); a vague time ("in late 2021", "the 2005
    quarter") dates it as no period at all, never as the year it names. ``last``: the figure
    right before this one, whatever its role (a base too)."""
    period = _pick_period(figure, periods, text, previous, context, base, change, last)
    return None if is_vague(period) else period


def _pick_period(figure: Figure, periods: list[PeriodPhrase], text: str, previous: Claim | None,
                 context: PeriodPhrase | None = None, base: bool = False,
                 change: bool = False, last: Claim | None = None) -> PeriodPhrase | None:
    """The period right after the figure ("$510.0 million in 2025"), else the nearest before it
    ("2025 GAAP net income of $237.8 million"), else the previous figure's, else the period in
    force. A comparison's base (``base``) is dated a year before the period in force unless a
    phrase next to it says otherwise; a growth rate (``change``) is never dated by the
    comparison's 'a year earlier'."""
    if change and (own := sc.rate_in(figure, periods, text)) is not None:
        return own
    if change and (of_figure := sc.said_of_figure(figure, text)) is not None:
        level = sc.said_level(of_figure, previous, last)
        if level is None:
            return None  # the change of a figure this one's period is not known of here
        return PeriodPhrase(level.period_label, level.period_start, level.period_end,
                            (0, 0), "inherited")
    usable = [p for p in periods if not (change and (p.kind == "back" and not (pf.heads_clause(
        text, p, figure) or su.dates_subject(text, p, figure)) or _names_base(text, p)))]
    if (said := sc.delivered_in(figure, usable, text)) is not None:
        return said
    if (owner := owned_by(figure.span[0], usable, text)) is not None:
        return owner  # "up from last quarter's $3.35B": the possessive's period
    after = _right_after(figure, usable, text)
    if after is not None:
        if base and after.kind == "year" and context is not None and context.kind == "quarter":
            if context.end is None:
                return context  # the same undated quarter, a year before: still undated
            return quarter_in_year(context, fiscal_year(after))  # "from $1.67bn in FY21"
        if (base or yb.COMPARED_BEFORE.search(text, 0, figure.span[0])) and yb.year_back_of_a_year(
                after, context, text) and not yb.of_a_year(previous):
            # "net income for the fourth quarter was $X, compared to $Y, $Z per diluted share
            # last year" (a warehouse club's release): the quarter in force, a year back, not
            # the year the phrase was resolved against before the sentence named its quarter
            return replace(shifted(context, years=-1), kind="back")
        if not base and (part := yp.part_of_year_after(figure, usable, text, after)):
            return part  # "first-quarter revenue of $X for fiscal 2006": that year's quarter
        if not base and not change and yb.own_last_year(after, context, text):
            return undated_year(0)
        return after
    if change and (level := _attached_level(figure, text, previous)) is not None:
        return level
    if base and context is not None and context.end is not None:
        if context.kind == "instant" and not periods:
            # "Total liabilities ... as of July 30, 2023" then "Inventories decreased to $23.3
            # billion from $24.9 billion", a sentence naming no time: a balance's base with no
            # day of its own is the day a year earlier or the last fiscal year's end (a 10-Q's
            # balance sheet column): not said, so undated, and the filed values decide
            return None
        return replace(shifted(context, years=-1), kind="back")
    if base and (yearless := undated_relative("year_back", context)) is not None:
        return yearless  # the base of a yearless quarter's comparison: that quarter, a year back
    # "up 17% from 2022, and net income of $209.8 million": a comparison's base year is not
    # the period of the figures after it; nor is "a year earlier" said of an earlier figure
    before = [p for p in usable if p.span[1] <= figure.span[0] and (
        pf.WHEN_AFTER.match(text, p.span[1]) or pf.frames(text, p) or pf.heads_clause(
            text, p, figure) or pf.ends_label(text, p, figure) or su.dates_subject(
            text, p, figure) or p.kind != "back"
        and not _is_base_year(text, p) and not _dates_base(text, p))
        and not (p.kind == "months" and sc.clause_between(text, p.span[1], figure.span[0]))
        # "from $303.5 million in the prior-year quarter, its online sales rose 1.1% to $46.6
        # million" (a recap of a retailer's quarter): the year back dates the base it follows,
        # never the figures of the clause after it
        and not (p.kind == "back" and _dates_base(text, p) and (text.startswith(
            ",", p.span[1]) or sc.clause_between(text, p.span[1], figure.span[0])))]
    if before:
        return yp.as_said(su.back_of_own(before, text, figure) or yp.part_before_year(
            before, text) or before[-1], usable, text)
    if previous is not None and previous.period_label and not sc.to_date_before(
            previous, text, figure) and not (change and _dated_by_base(previous, periods, text)):
        return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                            (0, 0), "inherited")
    return context


def is_assumed_base(period: PeriodPhrase | None, periods: list[PeriodPhrase]) -> bool:
    """Whether a comparison's base was dated a year back by default: no phrase of its sentence
    (explicit or relative) names the period it took."""
    return period is not None and period.kind == "back" and not any(
        p.label == period.label for p in periods)


def _dated_by_base(previous: Claim, periods: list[PeriodPhrase], text: str) -> bool:
    """Whether the previous figure took its period from a phrase the sentence names as a
    comparison's base ("above second quarter 2022 revenues of $24.9 million"): a change after
    it is not of the base's period."""
    return any(p.label == previous.period_label and p.span[1] <= text.find(previous.text)
               and _names_base(text, p) for p in periods)


# a comparison's base list, the figure one of its items: "compared to $A, $B per share"
# "brought its 2023 sales to $90 million across the first two quarters, up 40% on the first
# half of 2022" (after a crypto-press story on a miner's second quarter): a rate set after a
# level by a comma is that level's growth, over the level's period (a year named before it,
# "2023", is not the rate's); never after a comparison's base ("from $A, up N%")
_ATTACHED = re.compile(r"[^,.;$%\d]{0,60}(?:(?:19|20)\d\d[^,.;$%\d]{0,20})?,\s*(?:up|down|rising|"
                       r"falling|growing|climbing|increasing|decreasing|declining|an?\s+"
                       r"(?:increase|decrease|rise|gain|drop|decline|jump)\s+of)\s+(?:by\s+)?"
                       r"(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?", re.I)


def _attached_level(figure: Figure, text: str, previous: Claim | None) -> PeriodPhrase | None:
    """The period of the level a growth rate is attached to by a comma ("$X million over the
    first two quarters, up N%"), or None."""
    if previous is None or previous.sentence != text or not previous.period_label:
        return None
    at = text.rfind(previous.text, 0, figure.span[0])
    if at < 0 or is_base(text[:at]) or not _ATTACHED.fullmatch(
            text, at + len(previous.text), figure.span[0]):
        return None
    return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                        (0, 0), "inherited")


def sentence_period(text: str, explicit: list[PeriodPhrase],
                    context: PeriodPhrase | None) -> PeriodPhrase | None:
    """The period a sentence is about: the first it names that is not a comparison's base
    year, else a relative one resolved against the period in force, else that period."""
    named = [p for p in explicit if not _is_base_year(text, p) and not _dates_base(text, p)
             and not is_vague(p)  # "in late 2021" is no period a sentence is about
             and not closed_by_quarter(text, p) and not in_outlook_clause(text, p)]
    if named:
        return named[0]
    # "That's a drop from $1.8 billion in the first quarter": a relative phrase that dates a
    # comparison's base figure is not the sentence's period either (a bank's quarter in a local
    # paper: the first quarter then dated every later figure)
    relative = [p for p in relative_periods(text, context, explicit) if p.kind != "back" and (
        p.kind != "months" or sc.opens_sentence(text, p)) and not _dates_base(text, p)
        and not yd.day_of(p.label)]
    own = [p for p in relative if not _BASE_PERIOD_BEFORE.search(text, 0, p.span[0])]
    return own[0] if own else quarter_after_base(context, relative) or context


# "but dipped from Q1's $2.79B", "up 5% from the first quarter": a quarter named as the base
# (never "over the fourth quarter", which may mean during it)
_BASE_PERIOD_BEFORE = re.compile(r"\b(?:from|versus|vs\.?|than|" + _COMPARES + r")\s+"
                                 r"(?:the\s+|its\s+)?(?:fiscal\s+)?$", re.I)
