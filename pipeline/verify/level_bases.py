"""A change that restates the two levels its sentence quoted before it, the base's with its
own period: "gross margin of 40.6% compared with 39.6% in the third quarter, an improvement of
100 basis points" (a retailer's fourth quarter set against its third in a recap of a 10-K with
quarterly data). The change is the difference of those levels, so its base is the period the
base level names; read with the default base, a year earlier, the true sequential change was
judged against the year-ago quarter and drifted.

Only a change joined to the base level by a connector that restates it (", an improvement of",
", up", ", or") is read so; the base level is introduced by a comparison word ("compared with",
"versus", "from", "against") and dated by "in", "for" or "during" right before the period.
"""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.claims_relative import relative_periods

_FIGURE = (r"(?:[$€£¥]\s*)?-?\d[\d,.]*\s*"
           r"(?:%|percent|(?:b|m|k|bn|mn)\b|(?:billion|million|thousand)\b)?")
# the words between the base level's period and the change: ", an improvement of", ", up",
# ", or", ", a 100-basis-point ..." is not one (the figure is the change itself)
_RESTATING = re.compile(
    r"\s*,\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+)?(?:improvement|increase|decrease|decline|gain|"
    r"drop|rise|expansion|contraction|change|difference|widening|narrowing|fall)\s+of|up|down|"
    r"or|(?:higher|lower|better|worse)\s+by)\s+(?:about\s+|roughly\s+|nearly\s+)?[+\-\u2212]?$",
    re.I)
# the comparison word, the base level, and the word that dates it, right before its period
_LEVEL_DATED = re.compile(
    rf"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+(?:about\s+|roughly\s+|"
    rf"nearly\s+)?{_FIGURE}\s+(?:in|for|during)\s+(?:the\s+)?$", re.I)


def level_base(claim: Claim, own: PeriodPhrase) -> PeriodPhrase | None:
    """The period of the base level the change restates, when its sentence quotes one dated
    otherwise than the change's own period; None when the words before it quote none."""
    at = claim.sentence_at
    if at < 0:
        return None
    sentence = claim.sentence
    joint = _RESTATING.search(sentence[:at])
    if joint is None:
        return None
    explicit = ctx.find_periods(sentence)
    for period in explicit + relative_periods(sentence, own, explicit):
        if period.span[1] > joint.start() or sentence[period.span[1]:joint.start()].strip():
            continue
        if _LEVEL_DATED.search(sentence[:period.span[0]]) is None:
            continue
        return None if period.label == own.label else period
    return None
