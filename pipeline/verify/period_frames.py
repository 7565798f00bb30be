"""Whether a period phrase of a sentence dates the figures after it (it frames them or heads
their clause) or only the comparison's base it follows: "For the year-ago quarter, it brought
in $1.07 billion" against "compared to $91.0 million in the prior year, and revenue of $82.7
million". Read by ``claims_periods._pick_period``.
"""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_bullets import BULLET_MARK
from pipeline.verify.claims_figure import Figure

# "up 10.1 percent from a year ago, when it reported a loss of $492 million": the clause after
# "when" is about the time the phrase names; so is an amount a "which was" right after the
# phrase gives ("reduce its loss from the same period the previous year, which was $212.6
# million", a crypto site on a miner's quarter)
WHEN_AFTER = re.compile(r",?\s+(?:when\b|which\s+(?:was|were)\s+(?=(?:about\s+|roughly\s+|"
                         r"nearly\s+|approximately\s+)?(?:US)?\$))", re.I)


# "For the year-ago quarter, it brought in $1.07 billion": a relative phrase that frames the
# figures after it (not a comparison's "from a year ago")
# (or a list item's own opening: "- Prior year: $1.67 billion" under a line's bullet, as
# "Prior year: ..." opens a sentence; the mark kept the phrase from framing its figure, which
# was dated by the quarter in force and drifted)
_FRAMES_BEFORE = re.compile(rf"(?:^(?:{BULLET_MARK})?|[,;:]\s*|\b(?:for|in|during)\s+)$",
                            re.I)


# ... never "compared to $91.0 million in the prior year": right after a figure, the phrase
# dates that figure, a comparison's base (a utility's release: the next item's "$82.7 million"
# took the prior year)
_FIGURE_BEFORE = re.compile(r"(?:\d|%|\b(?:million|billion|thousand|trillion|bn|mn|[mbk]|"
                            r"percent|cents?|shares?))\)?\s+(?:for|in|during)\s+$", re.I)


def frames(text: str, period: PeriodPhrase) -> bool:
    """Whether a year-back phrase frames the figures after it rather than dating a base."""
    return period.kind == "back" and bool(_FRAMES_BEFORE.search(text, 0, period.span[0])) and (
        not _FIGURE_BEFORE.search(text, 0, period.span[0]))


# "Net income a year earlier: $1.67 billion" (a recap's list item): a year-back phrase that
# ends a label dates the label's one figure right after its colon, not a comparison's base
_LABEL_END = re.compile(r"\s*:\s*")


def ends_label(text: str, period: PeriodPhrase, figure: Figure) -> bool:
    """Whether a year-back phrase closes the label of the figure right after its colon."""
    return period.kind == "back" and period.span[1] <= figure.span[0] and (
        _LABEL_END.fullmatch(text, period.span[1], figure.span[0]) is not None)


# "..., and last year, the services division grew N% during the March quarter" (an article
# on a device maker's quarter): a year-back phrase that opens a clause, set off by a comma, dates
# the clause's growth rate, which is of that year's period, not against it
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]\s*(?:(?:and|but|yet|while|whereas)\s+)?)$", re.I)


def heads_clause(text: str, period: PeriodPhrase, figure: Figure) -> bool:
    """Whether the phrase opens the clause ``figure`` stands in, set off by a comma."""
    return (period.span[1] <= figure.span[0] and text[period.span[1]:].startswith(",")
            and _CLAUSE_OPENS.search(text, 0, period.span[0]) is not None
            and not sc.clause_between(text, period.span[1] + 1, figure.span[0]))


# "$152.1 million in cash as of September 30, 2018", "$116.5 million of inventory at <day>":
# a balance's own noun between its figure and its day (a recap of a camera maker's quarter:
# left undated, the figure was judged by its value alone and the December balance of the
# annual report loaded beside the 10-Q bore it out). Words only, no clause's break.
_NOUN_BEFORE_DAY = re.compile(r"\s+(?:in|of)\s+(?:[a-z&'’-]+\s+){1,6}", re.I)


def dates_balance_after_noun(gap: str, period: PeriodPhrase) -> bool:
    """Whether ``period``, a day ("as of <day>", "at <day>"), right after the words of a
    figure's noun (``gap``), dates that figure."""
    return period.kind == "instant" and _NOUN_BEFORE_DAY.fullmatch(gap) is not None and (
        len(gap) <= 60)


# "Compared to Q2 in 2012, this is a reduction of five per cent in revenues" (a non-US
# business site on a quarter): a sentence that opens with a comparison, closed by its comma,
# names the base's period however many words lead to it ("the fiscal year in 2012", "Q2 in
# 2012"); read as the figures' own, the rate was dated to the base's year and drifted, and the
# sentences after it took that year too. (A figure in the clause is dated by the base rules)
_OPENING_COMPARISON = re.compile(r"^\W{0,3}(?:as\s+)?(?:compared|comparing|relative)\s+(?:to|with)"
                                 r"\s+[^,;:$%\n]{0,40}$", re.I)


def in_opening_comparison(text: str, period: PeriodPhrase) -> bool:
    """Whether ``period`` closes the comparison its sentence opens with ("Compared to Q2 in
    2012,")."""
    return bool(_OPENING_COMPARISON.match(text[:period.span[0]])) and bool(
        re.match(r"\s*,", text[period.span[1]:]))
