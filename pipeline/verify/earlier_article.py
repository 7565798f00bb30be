"""An article about an earlier period than the loaded filing's current one: its undated figures
are not the current period's.

An article on last year's quarter, checked against this year's 10-Q that carries that quarter
only as its prior-year column, dates its revenue and profit by the quarter it names, and those
are borne out by the prior-year column. A figure it states with no period of its own ("remaining
performance obligations climbed to $X", "the company had N customers") is then that earlier
period's too, yet the verifier, seeing no period, compared it with the filing's current balance
and called it drifted (a software maker's backlog, a year before, against this year's).

The article's period is the one its dated figures establish: the latest period end a dated
figure was compared at (supported or drifted). An undated figure compared with a filed figure of
a later period than that is judged again against the same line on the article's day: supported
when that figure bears it out; else unverifiable, saying why, never drifted nor supported by the
current period's value. An article whose dated figures reach the current period is untouched,
and so is one with no dated figure at all.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from core.verdicts import Claim, Verification
from pipeline.verify.match import evidence_of
from pipeline.verify.report_period import report_ends
from pipeline.verify.tolerance import fits, tolerance_for
from warehouse.records import StoredFact

# verdicts that say a claim was compared with one filed figure of its period
_COMPARED = ("supported", "drifted")
# days a filed period's end may lie from the article's and still be its (a 52/53-week year)
_SAME_DAY = 7
EARLIER = "the article is about an earlier period"


def established_end(results: list[Verification]) -> date | None:
    """The latest period end the article's dated figures were compared at, or None."""
    ends = [e.period_end for v in results if v.verdict in _COMPARED and _dated(v.claim)
            for e in v.evidence if e.period_end is not None]
    return max(ends) if ends else None


def _dated(claim: Claim) -> bool:
    return bool(claim.period_label) and claim.period_end is not None and not (
        claim.period_assumed)


def _undated(claim: Claim) -> bool:
    return not claim.period_label and claim.period_end is None


def of_the_articles_period(results: list[Verification],
                           facts: list[StoredFact]) -> list[Verification]:
    """Each verification, an undated figure compared with a later period than the article's
    judged again on the article's period (see the module's docstring)."""
    end = established_end(results)
    if end is None:
        return results
    # the later reporting periods of the loaded filings: a figure of a day after a period's
    # end (a cover's share count, a dividend declared since) is no later period's figure
    later = [d for d in report_ends(facts) if (d - end).days > _SAME_DAY]
    return [_rejudged(v, end, facts) if _later(v, later) else _pinned(v, end, facts)
            for v in results]


def _pinned(v: Verification, end: date, facts: list[StoredFact]) -> Verification:
    """An undated balance left unverifiable because it bears out only an earlier balance than
    the latest filed (``discipline.earlier_only``): supported when that earlier balance is the
    one on the article's day, the only one filed then."""
    if v.verdict != "unverifiable" or v.gap != "no_period" or not _undated(v.claim):
        return v
    on_day = [sf for sf in facts if sf.fact.metric == v.claim.metric
              and sf.fact.entity == v.claim.entity and sf.fact.period_start is None
              and sf.fact.period_end is not None
              and abs((sf.fact.period_end - end).days) <= _SAME_DAY]
    if len({sf.fact.value for sf in on_day}) != 1 or not fits(
            v.claim, on_day[0].fact.value, tolerance_for(v.claim, on_day[0])):
        return v
    return _supported(v.claim, on_day[0])


def _supported(claim: Claim, sf: StoredFact) -> Verification:
    return Verification(claim, "supported", filed_value=sf.fact.value,
                        delta=claim.value - sf.fact.value if claim.value is not None else None,
                        evidence=(evidence_of(sf),))


def _later(v: Verification, later: list[date]) -> bool:
    return v.verdict in _COMPARED and _undated(v.claim) and bool(v.evidence) and all(
        e.period_end is not None and any(abs((e.period_end - d).days) <= _SAME_DAY
                                         for d in later) for e in v.evidence)


def _rejudged(v: Verification, end: date, facts: list[StoredFact]) -> Verification:
    shown = v.evidence[0]
    same_line = [sf for sf in facts if sf.fact.metric == shown.metric
                 and sf.fact.entity == shown.entity and sf.fact.period_end is not None
                 and abs((sf.fact.period_end - end).days) <= _SAME_DAY
                 and _same_span(sf, shown.period_start, shown.period_end)]
    bearing = [sf for sf in same_line if fits(v.claim, sf.fact.value, tolerance_for(v.claim, sf))]
    if bearing:
        return _supported(v.claim, bearing[0])
    filed = (f"; on that day the filing states {same_line[0].fact.value:,}" if same_line
             else "; the filings state no such figure on that day")
    return replace(v, verdict="unverifiable", filed_value=None, delta=None, gap=None, reason=(
        f"{EARLIER}: its dated figures are of the period ended {end.isoformat()}, and this "
        f"figure names no period of its own, so it is not compared with the filing's figure "
        f"{_period(shown.period_start, shown.period_end)} ({shown.value:,}){filed}"))


def _same_span(sf: StoredFact, start: date | None, end: date | None) -> bool:
    """A balance against a balance; a flow against a flow of about the same length."""
    if start is None or end is None or sf.fact.period_start is None:
        return start is None and sf.fact.period_start is None
    return abs((sf.fact.period_end - sf.fact.period_start).days - (end - start).days) <= (
        _SAME_DAY)


def _period(start: date | None, end: date | None) -> str:
    return f"for {start.isoformat()}..{end.isoformat()}" if start and end else (
        f"as of {end.isoformat()}" if end else "no stated period")
