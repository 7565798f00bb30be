"""A figure borne out only by a period before the latest of its kind the filings state
(``earlier_only``, ``earlier_only_ratio``): an article most often means the period just
reported, so a match with an older one pins nothing, and the verdict is unverifiable.

It applies to a figure that names no period at all, and to one dated by a day written without
its year ("for the quarter ended March 29", "cash at the end of September"): each year has such
a day, and the day alone no more says which year than no date does (a recap of a device maker's
quarter that gave the year-before quarter's net sales under "the quarter ended March 29" was
supported against it, the quarter just reported having ended on that very day).
"""

from __future__ import annotations

import re

from core.verdicts import Claim, Verification
from pipeline.verify import yearless_days
from pipeline.verify.claims_periods import is_base
from pipeline.verify.period_math import undated_parts
from pipeline.verify.yearless_quarters import ended_day
from warehouse.records import StoredFact


def _dated_by_no_year(claim: Claim) -> bool:
    """Whether the claim names no period, or only a day or a quarter of a year it does not
    state (never one it puts years back: "the fourth quarter a year earlier" is earlier)."""
    if claim.period_label is None:
        return claim.period_end is None
    undated = undated_parts(claim.period_label)
    return (ended_day(claim.period_label) is not None
            or yearless_days.day_of(claim.period_label) is not None
            or undated is not None and not undated.back)


def _day_pins(claim: Claim, fitting: list[StoredFact], latest: StoredFact) -> bool:
    """Whether the yearless day named is the very day each fitting period ended and not the
    latest's: a 52/53-week filer's year-before quarter ended "July 31", its latest "July 30"."""
    day = ended_day(claim.period_label) or yearless_days.day_of(claim.period_label)
    if day is None:
        return False
    def on(sf: StoredFact) -> bool:
        return (sf.fact.period_end.month, sf.fact.period_end.day) == day
    return all(on(sf) for sf in fitting) and not on(latest)


def _unsaid(claim: Claim) -> str:
    return "no period stated" if claim.period_label is None else (
        "the period is named without its year")


def earlier_only(claim: Claim, candidates: list[StoredFact], matches) -> Verification | None:
    """Unverifiable when a claim that names no period at all bears out only a period before the
    latest one the filings state, whose own figure differs: "nearly $3 billion in excess cash"
    in a stock note on a data-analytics maker's year fitted only the year-before balance
    ($2.6 billion, the hedge admitting ±$1 billion), while the year's was $0.8 billion. An
    article most often means the period just reported; a match with an older one pins
    nothing."""
    # (a period named in part, "the fourth quarter" with no year, or vaguely, "late 2025", is
    # the article's own pointer: the value decides among the periods it may be)
    if not _dated_by_no_year(claim) or _named_as_earlier(claim):
        return None
    fitting = [sf for sf in candidates if matches(sf)]
    if not fitting or not all(_later_of_its_kind(sf, candidates) for sf in fitting):
        return None
    latest = max((sf for sf in candidates if _kind(sf) == _kind(fitting[0])),
                 key=lambda sf: sf.fact.period_end)
    if _day_pins(claim, fitting, latest):
        return None
    shown = sorted({sf.fact.period_end for sf in fitting})
    return Verification(claim, "unverifiable", reason=(
        f"{_unsaid(claim)}, and {claim.text} bears out only an earlier period's "
        f"{claim.metric} (ended {', '.join(map(str, shown))}), while the latest such period the "
        f"{latest.form} filed {latest.filed_date} states (ended {latest.fact.period_end}) reads "
        f"{latest.fact.value:,f}; the article may mean either"))


def _kind(sf: StoredFact) -> int | None:
    """A period's kind: None for a balance on a day, else its length in months."""
    start, end = sf.fact.period_start, sf.fact.period_end
    return None if start is None or end is None else round((end - start).days / 30.44)


def _later_of_its_kind(sf: StoredFact, candidates: list[StoredFact]) -> bool:
    """Whether the filings state a period of the same kind ending after this one's."""
    return sf.fact.period_end is not None and any(
        other.fact.period_end is not None and other.fact.period_end > sf.fact.period_end
        and _kind(other) == _kind(sf) for other in candidates)


# A comparison's base, said to be of an earlier period though no period is named: "above the
# $4.88 seen one year ago", "rising from $9.56 billion year-over-year" (an Australian site on a
# streamer's quarter that names no quarter): its match with an earlier period is what it says
# (an abbreviation's full stop, "the U.S.", ends no clause)
_EARLIER_AFTER = re.compile(r"^(?:[^.;]|\.(?=\S)|(?<=[A-Z])\.){0,45}?\b(?:(?:a|one)\s+year\s+"
                            r"(?:ago|earlier|before)|year[- ](?:over|on)[- ]year|last\s+year|"
                            r"(?:prior|previous)[- ]year|year[- ]ago|"
                            r"in\s+the\s+(?:prior|previous|same)\b)", re.I)


def _named_as_earlier(claim: Claim) -> bool:
    at = claim.sentence_at
    if at < 0:
        return False
    end = at + len(claim.text)
    return bool(_EARLIER_AFTER.match(claim.sentence[end:end + 60])
                or is_base(_HEDGE_END.sub("", claim.sentence[:at])))  # "from (about) $X"


_HEDGE_END = re.compile(r"(?:about|roughly|nearly|around|approximately)\s+$", re.I)


def earlier_only_ratio(claim: Claim, pairs: list[tuple], matches) -> Verification | None:
    """``earlier_only`` for a rate recomputed from two lines: an undated "gross margin of 47
    percent" in a tech site's recap of a chip maker's quarter fitted only the year-before six
    months (47.0%), while the quarter's and the half's own rates were 46% and 45%. Which
    period is meant is not said, and a match with an older one pins nothing."""
    if not _dated_by_no_year(claim) or _named_as_earlier(claim):
        return None
    fitting = [pair[0] for pair in pairs if matches(pair)]
    firsts = [pair[0] for pair in pairs]
    if not fitting or not all(_later_of_its_kind(a, firsts) for a in fitting):
        return None
    latest = max((a for a in firsts if _kind(a) == _kind(fitting[0])),
                 key=lambda sf: sf.fact.period_end)
    if _day_pins(claim, fitting, latest):
        return None
    shown = ", ".join(sorted({f"{a.fact.period_start}..{a.fact.period_end}" for a in fitting}))
    return Verification(claim, "unverifiable", reason=(
        f"{_unsaid(claim)}, and {claim.text} bears out only an earlier period's "
        f"{claim.metric} ({shown}), while the latest such period the {latest.form} filed "
        f"{latest.filed_date} states (ended {latest.fact.period_end}) differs; the article may "
        "mean either"))
