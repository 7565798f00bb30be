"""A quarter's growth rate whose words name no base ("net interest income of $2.6 billion, up
10%"): the year-earlier quarter is the default base, but an earnings release prints the change
from the preceding quarter beside it (a bank's "linked quarter" column first), and an article
copying it may quote either. Found in a local news story on PNC's 2Q21, whose "up 10%" and
"up 11%" are the release's linked-quarter changes.

So when such a rate misses the year-earlier change it is recomputed from the quarter before
too: it is supported when that change bears it out (saying which base did), and drifted only
when neither does.
"""

from __future__ import annotations

from dataclasses import replace

from core.verdicts import Claim, Verification
from pipeline.verify import change_bases as bases


def or_quarter_before(claim: Claim, own: Verification, regrow) -> Verification:
    """``own``: the rate judged against the year-earlier quarter; ``regrow(base)``: the rate
    judged against the period ``base``. The quarter-before reading when ``own`` drifted, the
    rate is a quarter's, its sentence names no base and the quarter before bears it out."""
    if own.verdict != "drifted" or not _base_unstated(claim):
        return own
    period = bases.period_of(claim)
    if period is None or period.kind != "quarter":
        return own
    before = bases.quarter_before(period)
    other = regrow(before)
    if other.verdict != "supported":
        return own
    against = f"against the year-earlier quarter it would be {own.filed_value}%"
    if _names_a_base(claim.sentence):
        # "Total loans rose 24% from the year-ago quarter ..., while deposits were up 21%": the
        # other figure's base may be this one's too; neither reading is sure
        return Verification(claim, "unverifiable", reason=(
            f"a change whose own words name no base, in a sentence that names one for another "
            f"figure: it is the change from the quarter before ({before.label}), but {against}; "
            f"the article does not say which it means"))
    return replace(other, reason=(
        f"the article names no base for this change; it is the change from the quarter before "
        f"({before.label}); {against}"))


def _base_unstated(claim: Claim) -> bool:
    return bases.claim_compared_with(claim) is None and bases.stated_base(claim) is None


def _names_a_base(sentence: str) -> bool:
    return bool(bases.SEQUENTIAL.search(sentence) or bases.YEAR_BASE.search(sentence))
