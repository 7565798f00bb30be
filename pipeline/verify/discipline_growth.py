"""Verdict discipline for growth rates: a drifted rate is judged only when the line and the
period it is recomputed from are the ones the article means, as far as its words and the
filings can tell; otherwise ``unverifiable``, saying why.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from core.verdicts import Verification
from pipeline.verify.claims_relative import names_period


def growth_of_a_drifted_level(results: list[Verification]) -> list[Verification]:
    """A drifted growth rate whose sentence quotes the level it grew to, drifted too ("The
    data center business ... with $41.1 billion during Q2, up 5% from the previous quarter",
    where the level was read as the company's total): both are compared with a line the
    article may not mean, so the rate proves nothing either: unverifiable."""
    drifted_levels = {(v.claim.sentence, v.claim.metric, v.claim.entity, v.claim.period_end)
                      for v in results if v.verdict == "drifted" and not _slipped(v)}
    out = []
    for v in results:
        row = find_metric(v.claim.metric)
        grew = (v.claim.basis or row.derivation.inputs[0][0]) if (
            row is not None and row.derivation is not None
            and row.derivation.kind == "growth") else None
        if v.verdict == "drifted" and grew and (
                v.claim.sentence, grew, v.claim.entity, v.claim.period_end) in drifted_levels:
            v = replace(v, verdict="unverifiable", reason=(
                f"a change of a level the same sentence quotes, which differs from the filed "
                f"{grew} too: the article may mean another line than the one compared "
                f"({v.arithmetic or v.reason or ''})"))
        out.append(v)
    return out


# "$90.1 million ..., up 40%" where the filing states 90,189 thousand (after a crypto-press
# story on a miner's half year): a level within a hundredth of the filed one is that line, cut short
# rather than rounded; its growth is judged, not doubted
_SLIP = Decimal("0.01")


def _slipped(verification: Verification) -> bool:
    """Whether a drifted level is the filed figure of its line, only misrounded."""
    filed, value = verification.filed_value, verification.claim.value
    return (filed is not None and value is not None and filed != 0
            and abs(value - filed) <= abs(filed) * _SLIP)



# "profit slid 13% over the year's final three months" (after a newsletter on a bank's year;
# its quarter unread, the year's 128% rise was compared): a rate recomputed at
# more than three times, or under a third of, the article's is another line's or another
# period's far more often than a writer's slip; when the sentence names no period of its own,
# nothing pins the period compared, so the difference proves nothing
_FAR = Decimal(3)


def far_from_its_rate(verification: Verification) -> Verification:
    """A drifted growth rate of a sentence that names no period, recomputed at more than three
    times (or under a third of) the article's size: unverifiable. Every other verdict as it is."""
    claim, filed = verification.claim, verification.filed_value
    if (verification.verdict != "drifted" or not _is_growth(claim.metric) or filed is None
            or claim.value is None or names_period(claim.sentence)):
        return verification
    size, recomputed = abs(claim.value), abs(filed)
    if size * _FAR >= recomputed and recomputed * _FAR >= size:
        return verification
    return replace(verification, verdict="unverifiable", reason=(
        f"the sentence names no period, and the rate recomputed for the one in force is far from "
        f"the article's ({verification.arithmetic or verification.reason or ''}): the article "
        f"likely means another line, part or period"))


def _is_growth(metric: str | None) -> bool:
    row = find_metric(metric)
    return row is not None and row.derivation is not None and row.derivation.kind == "growth"
