"""A growth rate the article dates by no period, and attaches to no dated figure, is borne out by
the growth of the period the loaded filing reports, and only borne out: a blog's recap of a
device maker's "March quarter", which never names its year ("a 5% revenue increase compared to
the same quarter last year"), or a newspaper's standfirst ("Net profit down 13% year on year")
above the sentence that first names the quarter. A results story's rate is of the period just
reported, so when it fits that period's growth the figure is right; when it fits none, which
period the writer meant is unknown and the rate stays unverifiable, never drifted.

Only when every loaded filing reports the same period end (a 10-Q and its earnings release);
filings of two periods leave the rate unread. The periods are the quarter and the fiscal year
ending then, as the filings state what grew for them; a rate the words place in a quarter is
read against the quarter only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from core.metrics import get_metric
from core.verdicts import Claim, Verification
from pipeline.verify import period_math
from pipeline.verify.period_fit import is_quarter_long, is_year_long
from pipeline.verify.report_period import report_ends
from warehouse.records import StoredFact

_QUARTER_LABEL = f"a quarter {period_math.UNDATED}"


def reported_growth(claim: Claim, facts: list[StoredFact],
                    judge: Callable[[Claim], Verification]) -> Verification | None:
    """The rate's verification dated by the one reporting period of the loaded filings, when
    it is supported for that period's quarter or year; None otherwise (``judge`` recomputes
    the growth of a dated claim)."""
    if claim.period_label not in (None, _QUARTER_LABEL):
        return None  # a period the words name (a numbered quarter, a year) is theirs to date
    ends = report_ends(facts)
    if len(ends) != 1:
        return None
    end = next(iter(ends))
    grew = claim.basis or get_metric(claim.metric).derivation.inputs[0][0]
    quarter_only = claim.period_label == _QUARTER_LABEL
    periods = sorted({(sf.fact.period_start, sf.fact.period_end) for sf in facts
                      if sf.fact.metric == grew and sf.fact.entity == claim.entity
                      and sf.fact.period_end == end
                      and (is_quarter_long(sf.fact)
                           or not quarter_only and is_year_long(sf.fact))})
    for start, stop in periods:
        dated = replace(claim, period_label=period_math.months_label(start, stop),
                        period_start=start, period_end=stop)
        judged = judge(dated)
        if judged.verdict == "supported":
            return replace(judged, claim=claim, gap="no_period", reason=(
                f"no period stated: the growth of {dated.period_label}, the period the loaded "
                f"filings report" + (f"; {judged.reason}" if judged.reason else "")))
    return None
