"""A figure of a quarter the article leaves undated ("Quarterly revenue of $X" with no quarter
named, "the fourth quarter" when no single loaded filing reports it) is compared with every
quarter the filings state, and the value decides. A match with the quarter a loaded filing
reports (or, for a numbered quarter, the last such quarter up to it) is the reading a results
story means; a match with any other quarter is only a coincidence of digits: a 10-K's table
of eight quarters let a recap of a software maker's fourth quarter quote the third quarter's
revenue as "quarterly revenue" and be supported. Such a match is unverifiable, naming the
quarter it matched, never supported.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Verification
from pipeline.verify.period_fit import is_quarter_long
from pipeline.verify.period_math import UNDATED
from pipeline.verify.report_period import report_ends
from pipeline.verify.tolerance import fits, tolerance_for
from warehouse.records import StoredFact

_UNDATED_QUARTER = re.compile(rf"^(?:Q[1-4]|a quarter) {UNDATED}$")
_SLACK_DAYS = 7  # a 52/53-week quarter ends within a week of the filing's reporting date
_YEAR_DAYS = 350  # less than a year back: the same quarter a year earlier is another one


def reported_quarters_only(verifications: list[Verification],
                           facts: list[StoredFact]) -> list[Verification]:
    """The verifications, each undated quarter's support by another quarter than one a loaded
    filing reports made unverifiable."""
    if not any(_undated(v) for v in verifications):
        return verifications
    ends = report_ends(facts)
    return [_judged(v, ends, facts) if _undated(v) else v for v in verifications]


def _undated(verification: Verification) -> bool:
    return verification.verdict == "supported" and bool(
        _UNDATED_QUARTER.match(verification.claim.period_label or ""))


def _judged(verification: Verification, ends, facts: list[StoredFact]) -> Verification:
    claim = verification.claim
    quarters = [e for e in verification.evidence if e.period_end is not None]
    # a quarter named by its number ("from $1.8 billion in the first quarter", a bank's second
    # quarter set against its first) is the last such quarter up to a reported one; a quarter
    # named by no number, only the reported one
    reach = 0 if claim.period_label.startswith("a quarter") else _YEAR_DAYS

    def reported(end_day) -> bool:
        return any(-_SLACK_DAYS <= (end - end_day).days <= reach + _SLACK_DAYS for end in ends)

    if not quarters or any(reported(e.period_end) for e in quarters):
        return verification
    # the match nearest the figure may be another quarter's while the reported quarter's
    # figure bears it out too (two years' quarters both round to it): that one is the reading
    if any(sf.fact.metric == claim.metric and sf.fact.entity == claim.entity
           and sf.fact.period_end is not None and is_quarter_long(sf.fact)
           and reported(sf.fact.period_end)
           and fits(claim, sf.fact.value, tolerance_for(claim, sf)) for sf in facts):
        return verification
    matched = sorted({f"{e.period_start}..{e.period_end}" for e in quarters})
    return replace(verification, verdict="unverifiable", reason=(
        "the article does not say which quarter, and the filed figure it matches is of "
        f"{', '.join(matched)}, not the quarter a loaded filing reports: the figure may be "
        "quoted for another quarter than the one it is of"))

