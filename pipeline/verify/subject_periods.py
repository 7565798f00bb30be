"""A year-back phrase said of a clause's subject, rather than of a comparison's base: "Net
income a year earlier was $X", "The prior-year net income was $X", "A year ago, nine-month net
income was $X". Read by ``claims_periods._pick_period``.

Left unread, such a figure took the period in force (the quarter or the year so far the article
reports) and drifted against the current figure, which the article never misstated: the worst
outcome. Only a subject's plain words may stand about the phrase (no preposition that makes it a
comparison's base, no figure), and a verb of being must lead straight to the figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.period_phrases import PeriodPhrase
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_figure import Figure
from pipeline.verify.period_math import shifted

# the subject's words: never a preposition or a change word, which make the phrase a
# comparison's base ("sales rose from a year earlier to $X" is the current figure)
_WORD = (r"(?!(?:from|than|versus|vs|over|compared|against|since|to|on|with|of|up|down|"
         r"and|or|but|while)\b)[a-z][a-z'’-]*\s+")
_OPENS_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)"
                            rf"(?:(?:the|its|their)\s+)?(?:{_WORD}){{0,7}}$", re.I)
# what follows the phrase: more of the subject's words, then a verb of being and the figure,
# or a change verb and its rate ("Comparable sales a year ago rose 5.8%": that year's rate)
_TO_FIGURE = re.compile(rf"\s+(?:{_WORD}){{0,5}}(?:was|were|stood\s+at|came\s+(?:in\s+)?"
                        r"(?:to|at)|totall?ed|amounted\s+to|had\s+been|(?:rose|grew|fell|"
                        r"increased|decreased|climbed|jumped|declined|dropped|slipped|gained)"
                        r"(?:\s+by)?)\s+(?:(?:about|roughly|nearly|approximately|some|"
                        r"just\s+(?:over|under))\s+)?$", re.I)


def dates_subject(text: str, period: PeriodPhrase, figure: Figure) -> bool:
    """Whether a year-back phrase stands in the subject of the clause whose verb of being leads
    to ``figure`` ("Net income a year earlier was $X", "Its prior-year profit was $X")."""
    if period.kind != "back" or period.span[1] > figure.span[0]:
        return False
    opens = _OPENS_SUBJECT.search(text[max(0, period.span[0] - 80):period.span[0]])
    if opens is None or (opens.start() == 0 and period.span[0] > 80):
        return False
    return _TO_FIGURE.fullmatch(text, period.span[1], figure.span[0]) is not None


# a period phrase that names a year of its own ("the nine months of 2023")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bFY\s?\d\d\b", re.I)


def back_of_own(chosen: list[PeriodPhrase], text: str, figure: Figure) -> PeriodPhrase | None:
    """A yearless period of the figure's own clause ("nine-month", "third-quarter") that a
    year-back phrase of the same clause moves a year back ("A year ago, nine-month net income
    was $X"): that period a year before. None unless both stand before the figure, in one
    clause with no other figure."""
    if len(chosen) < 2 or chosen[-1].kind not in ("months", "quarter"):
        return None
    own, back = chosen[-1], chosen[-2]
    if back.kind != "back" or own.end is None or _YEAR.search(text, *own.span):
        return None
    between = text[back.span[1]:figure.span[0]]
    if sc.clause_between(text, back.span[1], figure.span[0]) or re.search(r"\d", between):
        return None
    return replace(shifted(own, years=-1), kind="back")
