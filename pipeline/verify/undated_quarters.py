"""A figure of a quarter the article leaves undated ("Quarterly revenue of $X" with no quarter
named, "the fourth quarter" when no single loaded filing reports it) is compared with every
quarter the filings state, and the value decides. A match with the quarter a loaded filing
reports (or, for a numbered quarter, the last such quarter up to it; for a figure dated a year
back, that quarter a year earlier; for a quarter named by its month, "the March quarter", a
quarter ending then) is the reading a results story means; a match with any other quarter is
only a coincidence of digits: a 10-K's table of eight quarters let a recap of a software
maker's fourth quarter quote the third quarter's revenue as "quarterly revenue" and be
supported. Such a match is unverifiable, naming the quarter it matched, never supported.

A figure whose sentence speaks of a quarter ("three months", "the quarter") but whose period
the reader could not pin at all (no label: "during the same three months in <year>", the article
writing a fiscal year by another calendar year) is judged the same way, as a quarter named by no
number. And a quarter is borne out only by a quarter-long figure: a 10-K's margin of the whole
fiscal year once supported a recap's fourth-quarter margin of the same digits.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.dates import MONTHS
from core.metrics import find_metric
from core.verdicts import Claim, Verification
from pipeline.verify.claims_relative import RELATIVE_READERS
from pipeline.verify.match import evidence_of
from pipeline.verify.period_fit import is_quarter_long
from pipeline.verify.period_math import UNDATED
from pipeline.verify.report_period import report_ends
from pipeline.verify.tolerance import fits, tolerance_for
from warehouse.records import StoredFact

_UNDATED_QUARTER = re.compile(rf"^(?:Q[1-4]|a quarter) {UNDATED}(?P<back>, 1 year earlier)?$")
# the words of a quarter-long period, and those of a longer one, which leave a sentence's
# unlabelled figure possibly that period's
_QUARTER_WORDS = re.compile(r"\b(?:quarter|three[- ]months?|(?:12|13|14|16|twelve|thirteen|"
                            r"fourteen|sixteen)[- ]weeks?)\b", re.I)
_LONGER_WORDS = re.compile(r"\b(?:full[- ]year|fiscal\s+year|annual(?:ly)?|year[- ]to[- ]date|"
                           r"(?:for|in|during)\s+the\s+year|(?:six|nine|twelve|6|9|12)[- ]"
                           r"months?|(?:first|second)\s+half|half[- ]year|(?:26|39|52|53|"
                           r"twenty-six|thirty-nine|fifty-two|fifty-three)[- ]weeks?|"
                           r"twelve[- ]month|12[- ]month)\b", re.I)
_SLACK_DAYS = 7  # a 52/53-week quarter ends within a week of the filing's reporting date
_YEAR_DAYS = 350  # less than a year back: the same quarter a year earlier is another one
_YEAR_AGO_DAYS = 364  # a year back, give or take a 52/53-week year's slack


def reported_quarters_only(verifications: list[Verification],
                           facts: list[StoredFact]) -> list[Verification]:
    """The verifications, each undated quarter's support by another quarter than one a loaded
    filing reports made unverifiable."""
    if not any(_undated(v) for v in verifications):
        return verifications
    ends = report_ends(facts)
    return [_judged(v, ends, facts) if _undated(v) else v for v in verifications]


# "Net income for the quarter was $10.4 billion ... Revenue dropped 0.3% yearly to $29.3 billion"
# (a finance blog on a bank's fourth quarter, the quarter's year said only sentences before):
# the revenue of both years' fourth quarters rounds to $29.3 billion, and the match nearest the
# figure was the year-earlier quarter's, so the rate attached to it was dated a year back and
# its base searched two years back. Such a level's reading is the reported quarter's figure
# (as ``_judged`` holds), so that figure is its evidence before any rate takes its period.
def reported_reading(verification: Verification, facts: list[StoredFact]) -> Verification:
    """An undated quarter's support moved to the reported quarter's figure when that one bears
    the figure out too and the nearest match is another quarter's; else as it is."""
    if not _undated(verification):
        return verification
    claim = verification.claim
    reported = _reported_test(claim, report_ends(facts))
    quarters = [e for e in verification.evidence if e.period_end is not None]
    if not quarters or any(_quarter_of(e, reported) for e in quarters):
        return verification
    bearing = _reported_bearing(claim, facts, reported)
    if bearing is None:
        return verification
    return replace(verification, filed_value=bearing.fact.value,
                   delta=claim.value - bearing.fact.value, evidence=(evidence_of(bearing),))


def _undated(verification: Verification) -> bool:
    claim = verification.claim
    return verification.verdict == "supported" and (
        bool(_UNDATED_QUARTER.match(claim.period_label or "")) or _unlabelled_quarter(claim))


def _unlabelled_quarter(claim: Claim) -> bool:
    """A flow of no period label whose sentence names a quarter and no longer period (a count
    or a balance "at the end of the quarter" is a day's, judged by its value)."""
    row = find_metric(claim.metric)
    return (claim.period_label is None and claim.period_end is None
            and row is not None and not row.is_point
            and bool(_QUARTER_WORDS.search(claim.sentence))
            and not _LONGER_WORDS.search(claim.sentence))


def _quarter_of(evidence, reported) -> bool:
    """A quarter-long filed figure (or a balance) ending on a day ``reported`` accepts."""
    return _quarter_long(evidence) and reported(evidence.period_end)


def _quarter_long(evidence) -> bool:
    """A quarter's figure, or a balance of its day (no start): never a longer period's."""
    return evidence.period_start is None or is_quarter_long(evidence)


def _judged(verification: Verification, ends, facts: list[StoredFact]) -> Verification:
    claim = verification.claim
    quarters = [e for e in verification.evidence if e.period_end is not None]
    reported = _reported_test(claim, ends)
    if not quarters or any(_quarter_of(e, reported) for e in quarters) or any(
            e.period_end.month in _named_months(claim.sentence) and _quarter_long(e)
            for e in quarters):
        return verification
    # the match nearest the figure may be another quarter's while the reported quarter's
    # figure bears it out too (two years' quarters both round to it): that one is the reading
    if _reported_bearing(claim, facts, reported) is not None:
        return verification
    matched = sorted({f"{e.period_start}..{e.period_end}" for e in quarters})
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        "the article does not say which quarter, and the filed figure it matches is of "
        f"{', '.join(matched)}, not the quarter a loaded filing reports: the figure may be "
        "quoted for another quarter than the one it is of"))


def _reported_test(claim: Claim, ends):
    """Whether a quarter ending on a day is one the claim's undated label may mean: a quarter
    a loaded filing reports (ending on one of ``ends``), as the label reaches."""
    # a quarter named by its number ("from $1.8 billion in the first quarter", a bank's second
    # quarter set against its first) is the last such quarter up to a reported one; a quarter
    # named by no number, only the reported one
    label = _UNDATED_QUARTER.match(claim.period_label or "")
    reach = _YEAR_DAYS if label and not claim.period_label.startswith("a quarter") else 0
    # a figure the label dates a year back is borne out only by the reported quarter a year
    # earlier; one whose sentence names a year back beside it, by either
    back = bool(label and label.group("back"))
    year_ago = back or bool(_named(claim.sentence, "year_back"))

    def reported(end_day) -> bool:
        return any(not back and -_SLACK_DAYS <= (end - end_day).days <= reach + _SLACK_DAYS
                   or year_ago and abs((end - end_day).days - _YEAR_AGO_DAYS) <= _SLACK_DAYS
                   for end in ends)
    return reported


def _reported_bearing(claim: Claim, facts: list[StoredFact], reported) -> StoredFact | None:
    """The filed figure of a reported quarter that bears the claim out, if any."""
    return next((sf for sf in facts if sf.fact.metric == claim.metric
                 and sf.fact.entity == claim.entity and sf.fact.period_end is not None
                 and is_quarter_long(sf.fact) and reported(sf.fact.period_end)
                 and fits(claim, sf.fact.value, tolerance_for(claim, sf))), None)


def _named_months(sentence: str) -> set[int]:
    """The months the sentence names a quarter by ("from $40.0 million in the March quarter",
    "in the three months to March"): a quarter ending then is the one it means, whichever
    year (a match pins it), not a coincidence of digits."""
    return {MONTHS[(found.group("mon") or found.group("mon2")).lower().rstrip(".")]
            for found in _named(sentence, "month_quarter")}


def _named(sentence: str, kind: str) -> list[re.Match]:
    """The sentence's relative period phrases of ``kind``, read by the claim side's own table
    (claims_relative.RELATIVE): "the same period last year" (year_back), "the March quarter"."""
    return [found for regex, each in RELATIVE_READERS if each == kind
            for found in regex.finditer(sentence)]

