"""A figure dated to a period after the one the article reports, in a sentence that speaks of
the future, is an outlook: "Acme now targets revenue of $4.5 billion in the fourth quarter"
in a recap of its second quarter. The modality table reads the outlook's own phrasing; this
catches the phrasings it does not know by the period: a results story reports the period in
force and those before it, never a later one. Such a figure is guidance (not_checkable) and,
not being a result, sets no period in force for the sentences after it (a later quarter's
outlook once moved a whole recap's figures to that quarter)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify.claims_modality import GUIDANCE, Modality

# the words of a sentence about what is to come
_FUTURE = re.compile(r"\b(?:will|would|should|could|expects?|expected\s+to|expecting|sees|"
                     r"forecasts?|forecasting|outlook|guid(?:e|es|ed|ing|ance)|targets?|"
                     r"targeting|plans?|planning|aims?|aiming|hopes?|hoping|likely|projects?|"
                     r"projected|projecting|anticipates?|anticipated|predicts?|predicted|"
                     r"upcoming|coming|next|goals?|calls?\s+for)\b", re.I)
# a fiscal calendar's quarter may end some days after the calendar's
_SLACK = timedelta(days=20)


def later_outlook(claims: list[Claim], context: PeriodPhrase | None, text: str) -> list[Claim]:
    """``claims`` with each reported figure dated after the period in force made guidance,
    when the sentence speaks of the future."""
    if context is None or context.end is None:
        return claims
    found = _FUTURE.search(text)
    if found is None:
        return claims
    reason = Modality(GUIDANCE, found.group(0)).reason
    return [replace(c, not_checkable_reason=reason) if _later(c, context) else c
            for c in claims]


def _later(claim: Claim, context: PeriodPhrase) -> bool:
    return (claim.not_checkable_reason is None and claim.period_end is not None
            and claim.period_end > context.end + _SLACK)


# "revenues grew 77% in the quarter, yet the guidance suggests 2019 growth of only 35%" (an
# investor blog on a software maker's quarter): a period named in a later clause that speaks of
# the future dates that clause's figures, never the reported figure of the clause before it
_LATER_CLAUSE = re.compile(r";|,\s*(?:yet|and|but|so)\b|\s(?:while|whereas|although|though)\b",
                           re.I)
_FIGURE = re.compile(r"\d\s*(?:%|percent)|[$\u20ac\u00a3]\s*\d", re.I)


def in_outlook_clause(text: str, period: PeriodPhrase) -> bool:
    """Whether ``period`` stands in a clause about the future after a clause with a figure."""
    breaks = list(_LATER_CLAUSE.finditer(text, 0, period.span[0]))
    return bool(breaks) and _FIGURE.search(text, 0, breaks[-1].start()) is not None and (
        _FUTURE.search(text, breaks[-1].end(), period.span[0]) is not None)
