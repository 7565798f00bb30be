"""What a change is measured against, read from its sentence.

- Against the preceding quarter ("declined 13 basis points from 2.53 percent on a linked quarter
  basis", "down 5 bps sequentially", "from the prior quarter", "quarter over quarter"), or
  against the same period a year earlier (the default): the first comparison the words after
  the figure name, before the next figure that is not the change's own base or level, else the
  last one the words before it name (``compared_with``). An earnings release prints the
  preceding quarter's column beside the current one (U.S. Bancorp's "3Q21" beside "4Q21"), so
  both rates are filed there.
- The period a difference or a growth rate names after "than" ("$447 million (0.1 percent)
  higher than the fourth quarter of 2020"): the base period of one metric's two figures
  (``stated_base``).

A change against the preceding quarter is of a quarter: when the period in force is longer (the
year an earlier sentence named), it is the quarter that ends on that period's last day
(``change_quarter``); the base the sentence quotes ("from 2.53 percent") is the quarter before
(``quarter_before``), the level it reaches ("to 2.40 percent") the quarter itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from core.dates import derive_start
from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_QUARTERLY,
    CHANGE_UP_NOUNS,
    CHANGE_YEARLY,
    PRIOR_THREE_MONTHS,
)
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify import fiscal, period_math
from pipeline.verify.claims_relative import relative_periods
from pipeline.verify.level_bases import level_base
from pipeline.verify.span_bases import AVERAGE, averaged_base, span_base

QUARTER, YEAR = "quarter", "year"

_SEQUENTIAL = re.compile(
    r"\b(?:sequential(?:ly)?|(?:from|over|versus|vs\.?|than|compared\s+(?:with|to)|against)\s+"
    r"(?:the\s+)?(?:prior|previous|preceding|last|linked)\s+quarter|(?:in|of)\s+the\s+(?:prior|"
    r"previous|preceding)\s+quarter|quarter[- ]over[- ]quarter|q/q|qoq|linked[- ]quarters?|"
    rf"(?:from|over|versus|vs\.?|than|compared\s+(?:with|to)|against|in|of)\s+(?:the\s+)?"
    rf"{PRIOR_THREE_MONTHS})\b", re.I)
_YEAR_BASE = re.compile(
    r"\b(?:year[- ]over[- ]year|y/y|yoy|(?:a|one)\s+year\s+(?:earlier|ago|before|prior)|"
    r"(?:same|year[- ]ago|year[- ]earlier|prior[- ]year|previous[- ]year|comparable|"
    r"corresponding)\s+(?:period|quarter|three[- ]month\s+period)|(?:last|prior|previous|"
    r"preceding)\s+(?:fiscal\s+)?year)\b", re.I)
# A figure after the change; one introduced as its base or its level ("from 2.53 percent",
# "to 2.40 percent") belongs to the change, any other starts the next clause's comparison.
_FIGURE = re.compile(r"[$(]?\d[\d,.]*")
_OWN_FIGURE_BEFORE = re.compile(r"\b(?:from|to|versus|vs\.?|compared\s+(?:with|to)|of)\s+"
                                r"(?:the\s+|a\s+)?(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
_WINDOW = 100  # the characters after a figure that may say what it is compared with


def compared_with(sentence: str, start: int, end: int) -> str | None:
    """QUARTER or YEAR: what the change written at ``sentence[start:end]`` is measured against;
    None when its words do not say."""
    # a label and its colon right before the figure name its base ("QoQ: 6.08% | YoY:33.24%":
    # a results generator's card line, where the next figure's label followed the first)
    if (label := _LABELLED.search(sentence[max(0, start - 20):start])) is not None:
        return _first(label.group(1), from_end=True)
    noun = _NOUN_BASE.search(sentence[max(0, start - 60):start])
    if noun is not None and (base := _first(noun.group(1), from_end=True)) is not None:
        return base
    after = sentence[end:end + _WINDOW]
    for found in _FIGURE.finditer(after):
        if not _OWN_FIGURE_BEFORE.search(after[:found.start()]):
            after = after[:found.start()]
            break
    first = _first(after, from_end=False)
    if first is not None:
        return first
    before = sentence[:start]
    figures = list(_FIGURE.finditer(before))
    words = before[figures[-1].end():] if figures else before
    if figures and _RESTATES.fullmatch(words):
        # "grew sequentially by $5 billion, or 2%": a rate restating the amount change
        # before it is measured against that change's base
        words = before[figures[-2].end() if len(figures) > 1 else 0:figures[-1].start()]
    return _first(words, from_end=True)


_LABELLED = re.compile(r"\b(qoq|q/q|yoy|y/y)\s*:\s*[+\-\u2212]?\s*$", re.I)
# the change's own noun names its base right before the figure: "a year-over-year increase of
# 56% and a quarter-over-quarter increase of 6%" (a machine summary of a chip maker's quarter:
# the second rate's base, ahead of the first, was read as the first's)
_NOUN_BASE = re.compile(
    rf"\b({CHANGE_YEARLY}|{CHANGE_QUARTERLY})\s+(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain|"
    r"growth)\s+of\s+(?:about\s+|roughly\s+|nearly\s+|approximately\s+)?[+\-\u2212]?\s*$", re.I)
_RESTATES = re.compile(r"\s*(?:[a-z]+\s*)?(?:,\s*or|\()\s*", re.I)


def _first(words: str, *, from_end: bool) -> str | None:
    hits = [(m.start(), QUARTER) for m in _SEQUENTIAL.finditer(words)]
    hits += [(m.start(), YEAR) for m in _YEAR_BASE.finditer(words)]
    if not hits:
        return None
    return (max(hits) if from_end else min(hits))[1]


AMBIGUOUS = "ambiguous"


def claim_compared_with(claim: Claim) -> str | None:
    """``compared_with`` for a claim, at its place in its sentence; AMBIGUOUS when its text
    occurs there more than once with different bases ("13 bps sequentially and 13 bps year
    over year")."""
    found = {compared_with(claim.sentence, at.start(), at.end())
             # never inside a longer number: "6%" is not the "6%" of "56%"
             for at in re.finditer(r"(?<![\d.,])" + re.escape(claim.text), claim.sentence)}
    if not found:
        return None
    return found.pop() if len(found) == 1 else AMBIGUOUS


def names_any_base(sentence: str) -> bool:
    """Whether a sentence names any base of a comparison, the preceding quarter or a year
    earlier, for any of its figures."""
    return bool(_SEQUENTIAL.search(sentence) or _YEAR_BASE.search(sentence))


def is_quarter_long(start: date | None, end: date | None) -> bool:
    return start is not None and end is not None and 80 <= (end - start).days <= 100


def change_quarter(period: PeriodPhrase) -> PeriodPhrase:
    """The quarter a change against the preceding quarter is of: the period itself when it is a
    quarter, else the quarter that ends on its last day."""
    if is_quarter_long(period.start, period.end):
        return period
    start = derive_start(period.end, 3)
    return PeriodPhrase(f"3 months ended {period.end.isoformat()}", start, period.end, (0, 0),
                        "quarter", ((start, period.end),))


def quarter_before(period: PeriodPhrase) -> PeriodPhrase:
    """The quarter that ends the day before ``period`` (a quarter) starts; of a labelled
    quarter ("fiscal Q2 2026"), the quarter labelled before it ("fiscal Q1 2026"), which the
    filer's own calendar dates (its quarters need not end on calendar quarters' ends)."""
    if fiscal.QUARTER_LABEL.match(period.label):
        return replace(period_math.shifted(period, quarters=-1), kind="quarter")
    end = period.start - timedelta(days=1)
    start = derive_start(end, 3)
    return PeriodPhrase(f"3 months ended {end.isoformat()}", start, end, (0, 0), "quarter",
                        ((start, end),))


def period_of(claim: Claim) -> PeriodPhrase | None:
    """A claim's period as a phrase (kind 'quarter' when it is a quarter long)."""
    if claim.period_end is None or claim.period_label is None:
        return None
    kind = "quarter" if is_quarter_long(claim.period_start, claim.period_end) else "year" if (
        claim.period_start is not None and (claim.period_end - claim.period_start).days > 340
    ) else "months"
    return PeriodPhrase(claim.period_label, claim.period_start, claim.period_end, (0, 0), kind,
                        ((claim.period_start, claim.period_end),))


_LEVEL_BEFORE = re.compile(r"^[\s,]*(?:to|at)\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# ("up 13% sequentially from $X": the base of the change before it, the preceding quarter's)
_BASE_BEFORE = re.compile(r"^[\s,]*(?:(?:sequentially|quarter[- ]over[- ]quarter)\s+)?"
                          r"(?:from|versus|vs\.?|compared\s+(?:with|to))\s+"
                          r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)


def sequential_dating(is_change: bool, period: PeriodPhrase | None, previous: Claim | None,
                      sentence: str, span: tuple[int, int],
                      sentence_start: int) -> PeriodPhrase | None:
    """The period of a figure of a change against the preceding quarter, when it is one: the
    change's quarter; the quarter before for its base ('from 2.53 percent'); the change's own
    quarter for the level it reached ('to 2.40 percent'). None: not such a figure. ``span``:
    the figure's place in ``sentence``, which starts at ``sentence_start`` in the article."""
    if is_change:
        if period is None or period.end is None or compared_with(
                sentence, span[0], span[1]) != QUARTER:
            return None
        return change_quarter(period)
    if previous is None or previous.sentence != sentence or previous.period_end is None:
        return None
    previous_at = previous.span[0] - sentence_start
    if compared_with(sentence, previous_at, previous_at + len(previous.text)) != QUARTER:
        return None
    own = period_of(previous)
    if own is None or not is_quarter_long(own.start, own.end):
        return None
    between = sentence[previous_at + len(previous.text):span[0]]
    if _BASE_BEFORE.match(between):
        return quarter_before(own)
    if _LEVEL_BEFORE.match(between):
        return own
    return None


# "higher than the fourth quarter of 2020", "(0.1 percent) more than a year earlier": the
# comparison word, then the base period right after "than"
_THAN = re.compile(r"^\s*\)?\s*(?:\([^)]{0,20}\)\s*)?(?:\w+\s+)?(?:higher|lower|more|less|greater|"
                   r"smaller|above|below|bigger)\s+than\s+(?:(?:that|those)\s+(?:of|for|in)\s+)?"
                   r"(?:in\s+|for\s+|during\s+)?", re.I)
# "declined 13 basis points from the third quarter of 2021", "up 2% over the prior quarter":
# a period right after the comparison word is the base (a figure there is the base level)
# (the change's noun and what changed may stand between: "There was an increase of 6% in
# revenues from the first quarter", "a 6% increase in sales over the prior quarter", a non-US
# business site's phrasing: read as a year-over-year rate, the true sequential rise drifted)
_OBJECT = (rf"(?:(?:(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|growth|gain)\s+)?"
           r"in\s+(?:the\s+|its\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}?\s+)?")
_FROM = re.compile(r"^\s*\)?\s*" + _OBJECT + r"(?:(?:year[- ]over[- ]year|sequentially)\s+)?"
                   r"(?:from|over|versus|vs\.?|compared\s+(?:with|to)|against)\s+"
                   r"(?:that\s+(?:of|for|in)\s+)?", re.I)


def period_after_than(sentence: str, end: int, periods: list[PeriodPhrase]) -> bool:
    """Whether one of the sentence's period phrases comes right after the 'than' that follows
    the figure ending at ``end``."""
    found = _THAN.match(sentence[end:])
    return found is not None and _right_after(sentence, end + found.end(), periods) is not None


def _right_after(text: str, there: int, phrases: list[PeriodPhrase]) -> PeriodPhrase | None:
    for phrase in phrases:
        if phrase.span[0] >= there and re.fullmatch(r"\s*(?:the\s+|a\s+|its\s+)?",
                                                    text[there:phrase.span[0]]):
            return phrase
    return None


def stated_base(claim: Claim) -> PeriodPhrase | None:
    """The period the words right after "than" or "from" name as the base of the claim's
    comparison ("... higher than the fourth quarter of 2020", "down 13 basis points from the
    third quarter"), explicit or relative to the claim's own period; None when they name none
    (a figure, or nothing). A base with no year ("from the first quarter") has no end: the
    caller refuses it, never falling back on a year earlier."""
    start = claim.sentence_at
    if start < 0:
        return None
    at = start + len(claim.text)
    found = _THAN.match(claim.sentence[at:]) or _FROM.match(claim.sentence[at:])
    own = period_of(claim)
    if found is None or own is None:
        return None
    text = claim.sentence
    explicit = ctx.find_periods(text)
    phrases = explicit + relative_periods(text, own, explicit)
    there = at + found.end()
    level = _BASE_LEVEL.match(text, there)
    dated = _right_after(text, level.end(), phrases) if level is not None else None
    if dated is not None and dated.label != own.label:
        # "up 33% from 2,195 BTC in the first quarter": the base level's period (a level dated
        # in the figure's own period, "grew 65% from $12.03 in 2024 to $19.83" in a blog on a
        # streamer's 2024, is a slip of the pen: the default base stands)
        return dated
    base = _right_after(text, there, phrases)
    if base is not None and base.label == own.label and _YEAR_BACK_AFTER.match(text, base.span[1]):
        return None  # "compared to the second quarter last year": the default base, a year back
    return base or _unplaced(text[there:])


# a year back said after a quarter phrase the figure's own period resolved to ("a 314% increase
# in production compared to the second quarter last year", a crypto outlet on a miner's
# quarter): that quarter a year earlier, the default base, never the figure's own period
_YEAR_BACK_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(?:last|the\s+(?:previous|prior)|a)\s+year"
                              r"(?:\s+(?:ago|earlier|before))?\b|\s*,?\s*(?:a|one)\s+year\s+"
                              r"(?:ago|earlier|before)\b", re.I)


# the base's level, then the period it is of: "up 33% from 2,195 BTC in the first quarter" (a
# crypto outlet on a miner's quarter, read as a year-over-year rise, drifted against the year
# before's production); the level's unit or noun in at most two words
_BASE_LEVEL = re.compile(r"(?:US)?\$?\d[\d,.]*(?:\s*(?:million|billion|thousand|bn|mn|[mbk]|%|"
                         r"percent)\b)?(?:\s+[A-Za-z/]+){0,2}?\s+(?:in|during|for)\s+", re.I)


# "up 25% from the first three months", "than the opening quarter", "versus the three months
# ended in March": a span of time named right after the comparison word that no period phrase
# reads. Left unread, the change fell back on a year earlier and was judged against it.
# ("the period", "the quarter" alone are the figure's own; a span "the same", "corresponding"
# or dated is a year earlier's or placed, left to the readers of those)
_SPAN_NAMED = re.compile(r"(?:the|its|this|that)\s+(?:[\w-]+\s+){1,5}?(?:quarter|(?:three|3|"
                         r"six|6|nine|9)[- ]months?|months|period|half|season)\b", re.I)
_PLACED_SPAN = re.compile(r"\b(?:same|corresponding|comparable|equivalent|like|(?:19|20)\d\d|"
                          r"(?:year|quarter)[- ](?:ago|earlier))\b", re.I)


def _unplaced(ahead: str) -> PeriodPhrase | None:
    """A base named as a span of time the verifier does not place: a phrase with no dates, which
    ``base_refusal`` refuses; None when the words name no span, or a base the comparison
    readers place (the preceding quarter, a year earlier)."""
    found = _SPAN_NAMED.match(ahead)
    if found is None or _PLACED_SPAN.search(found.group(0)):
        return None
    reach = ahead[:found.end() + 30]
    if _SEQUENTIAL.search(reach) or _YEAR_BASE.search(reach) or relative_periods(
            reach, None, []):
        return None
    return PeriodPhrase(f"'{found.group(0)}'", None, None, (0, 0), "back")


# "down $48 million from the prior quarter", "up $9 million sequentially", "on a linked
# quarter basis", "from the third quarter of 2021": a change in an amount against a base period
# other than a year earlier (the explicit period is read by ``stated_base``)
_BASE_AHEAD = re.compile(
    r"^[\s,]*(?:or\s+[\d.]+\s*(?:%|percent)\s*,?\s*)?(?:on\s+an?\s+)?(?:sequential(?:ly)?|"
    r"linked[- ]quarter|quarter[- ]over[- ]quarter|(?:from|over|versus|vs\.?|compared\s+"
    r"(?:with|to))\s+(?:the\s+|a\s+)?(?:(?:prior|previous|preceding|linked)\s+quarter|"
    r"(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+of\s+(?:fiscal\s+)?\d{4}|"
    r"Q[1-4]\s*(?:FY\s*)?'?\d{2,4}))\b", re.I)


def names_base_ahead(ahead: str) -> bool:
    """Whether the words right after a change in an amount name its base period (other than
    a year earlier, which ``claims_changes.YEAR_AGO`` reads)."""
    return _BASE_AHEAD.match(ahead) is not None


def base_of(claim: Claim) -> tuple[PeriodPhrase, PeriodPhrase] | None:
    """(the claim's own period, its base) when the words name a base other than the default
    year earlier: a period after 'than' or 'from', else the preceding quarter for a change
    measured against it (the claim's period then narrowed to a quarter)."""
    own = period_of(claim)
    if own is None:
        return None
    # (an average annual rate first: "a CAGR of 20% from 2021 to 2023" names no one base)
    base = (averaged_base(claim) or stated_base(claim) or span_base(claim, own)
            or level_base(claim, own))
    if base is not None:
        return own, base
    compared = claim_compared_with(claim)
    if compared == QUARTER:
        quarter = change_quarter(own)
        return quarter, quarter_before(quarter)
    if compared == AMBIGUOUS:
        return own, PeriodPhrase("a base the sentence states twice", None, None, (0, 0), "back")
    return None


def base_refusal(claim: Claim, base: PeriodPhrase) -> str | None:
    """Why a named base period cannot be compared with the claim's own: no year stated ("the
    first quarter"), or a period of another length ("a quarter higher than 2020")."""
    if base.kind == AVERAGE:
        return (f"{base.label} (compound or average), not one period's change against another: "
                "not recomputed; searched nothing")
    if base.end is None:
        return (f"a change against {base.label}: the article does not say which period "
                "exactly (no year, or the same figure compared with two bases), so the base is "
                "not one filed figure; searched nothing")
    if (base.start, base.end) == (claim.period_start, claim.period_end):
        return (f"a change 'over' or 'from' {base.label}, the figure's own period: the words do "
                "not say which period it is compared with; searched nothing")
    if claim.period_start is None or base.start is None or abs(
            (claim.period_end - claim.period_start).days - (base.end - base.start).days) > 10:
        return (f"a change of {claim.period_label} against {base.label}, a period of another "
                "length: not one metric's figures in two like periods; searched nothing")
    return None
