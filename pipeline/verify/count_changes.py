"""Net additions of a count: "added 3,100 active customers in the fourth quarter", "lost 1.2
million subscribers in the quarter". No filing states the change; it states the count at each
period's end. The change is recomputed as the count on the period's last day less the count on
the day before it began, both from one filing (Twilio's 10-K prints its active customer
accounts at every quarter's end: 64,286 at December 31, 2018, 61,153 at September 30, so 3,133
were added in the fourth quarter).

A change is read only when the count it changes is a registry row counted at a period's end
(``is_point`` and ``is_balance``, unit ``count``) and named right after the figure; it is
checked only when the article dates it (a quarter or a year), so that both ends are days the
filing names.
"""

from __future__ import annotations

import re
from datetime import timedelta
from decimal import Decimal

from core.metrics import Metric, all_metrics, projection
from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match, tolerance
from pipeline.verify.claims_figure import Figure
from warehouse.records import StoredFact

COUNT_CHANGE = "count_change"
# the verb that makes a count a change: "added", "gained", "net additions of", "lost"
# (with the words an article puts between: "added a record 41 million", "added a net")
_BETWEEN = (r"\s+(?:(?:a\s+)?(?:record\s+)?(?:net\s+)?|about\s+|roughly\s+|nearly\s+|some\s+|"
            r"more\s+than\s+|over\s+|almost\s+)?$")
# ("Paid membership grew by 19 million subscribers in 2024", a blog on a streamer's year: a
# count that grew BY a number of its own units changed by that many)
# ("a record annual net addition of 41 million subscribers": the singular, a trade outlet on a
# streamer's year)
_ADDED = re.compile(r"\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|net\s+(?:adds?|additions?)\s+of|"
                    r"(?:grew|grown|increased|rose|risen|climbed|jumped)\s+by)" + _BETWEEN, re.I)
_LOST = re.compile(r"\b(?:lost|los(?:es|ing)|shed(?:s|ding)?|(?:fell|fallen|declined|decreased|"
                   r"dropped|shrank)\s+by)" + _BETWEEN, re.I)
# the words between the figure and the count's name: "3,100 active customers", "1.2 million
# net new paid members" (the scale is the figure's own)
_NAME_GAP = r"\s+(?:(?:net\s+)?new\s+)?"


@projection
def _counted_rows() -> tuple[tuple[re.Pattern, str], ...]:
    """(cue, metric) of every count a filing states at a period's end."""
    return tuple((re.compile(_NAME_GAP + f"(?:{cue.pattern})", re.I), row.name)
                 for row in all_metrics() if _is_end_count(row) for cue in row.cues)


def _is_end_count(row: Metric) -> bool:
    return row.unit == "count" and row.is_point and row.is_balance and row.is_stored


def read_count_change(figure: Figure, behind: str, ahead: str) -> tuple[str, str, Decimal] | None:
    """(metric, the count that changed, signed value) for "added 3,100 active customers";
    None for any other figure."""
    if figure.unit not in (None, "count") or figure.value is None:
        return None  # (a count in millions is "count" already: "grew by 19 million members")
    lost = _LOST.search(behind)
    if not (lost or _ADDED.search(behind)):
        return None
    for cue, metric in _counted_rows():
        if cue.match(ahead):
            return COUNT_CHANGE, metric, -figure.value if lost else figure.value
    return None


def rounding_tolerance(figure: Figure) -> Decimal:
    """A whole count's trailing zeros are its rounding ("3,100": to the hundred)."""
    digits = figure.digits.replace(",", "")
    if "." in digits:
        return figure.tolerance
    zeros = len(digits) - len(digits.rstrip("0"))
    return figure.tolerance.scaleb(zeros) if 0 < zeros < len(digits) else figure.tolerance


def verify_count_change(claim: Claim, row: Metric, facts: list[StoredFact], claims: list[Claim],
                        done: dict[str, Verification]) -> Verification:
    """The count at the period's end less the count the day before it began, one filing."""
    if claim.period_start is None or claim.period_end is None or claim.basis is None:
        return Verification(claim, "unverifiable", reason=(
            "a change of a count with no period stated: the article does not say over which "
            "period it was added, so no two filed counts pin it"))
    # a part's change ("the region added 4.94 million") from that part's counts only
    end = _counts_on(facts, claim.basis, claim.period_end, claim.entity)
    start = _counts_on(facts, claim.basis, claim.period_start - timedelta(days=1), claim.entity)
    pairs = [(a, b) for a in start for b in end if a.accession == b.accession]
    if not pairs:
        days = f"{claim.period_start - timedelta(days=1)} and {claim.period_end}"
        wanted = match.Wanted(claim.basis, "count", period_label=f"as of {days}")
        return match.unverifiable(claim, facts, wanted, (
            f"; a change of {claim.basis} is recomputed as the count at the period's end less "
            "the count the day before it began, and the filings state no count on one of "
            "those days"))
    pairs.sort(key=lambda p: match.filing_order(p[1]))
    chosen = next((p for p in reversed(pairs) if tolerance.fits(claim, _change(p))), pairs[-1])
    value = _change(chosen)
    evidence = tuple(match.evidence_of(sf) for sf in chosen)
    shown = (f"{tolerance.fmt(chosen[1].fact.value)} on {chosen[1].fact.period_end} - "
             f"{tolerance.fmt(chosen[0].fact.value)} on {chosen[0].fact.period_end} = "
             f"{tolerance.fmt(value)}")
    verdict = "supported" if tolerance.fits(claim, value) else "drifted"
    return Verification(claim, verdict, filed_value=value, delta=claim.value - value,
                        evidence=evidence, arithmetic=shown)


def _counts_on(facts: list[StoredFact], metric: str, day, entity: str | None
               ) -> list[StoredFact]:
    wanted = match.Wanted(metric, "count", period_end=day, entity=entity)
    found = discipline.standing(match.find_candidates(facts, wanted))
    return [sf for sf in found if sf.resolution != "disputed"]


def _change(pair: tuple[StoredFact, StoredFact]) -> Decimal:
    return pair[1].fact.value - pair[0].fact.value
