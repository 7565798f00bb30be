"""Verdict discipline for growth rates: a drifted rate of a level the sentence (for a part, the
article) quotes is judged only when that level is the filed line's (drifted beyond a
misrounding, or filed as another line, it is ``unverifiable``).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from core.verdicts import Verification
from pipeline.verify.discipline import ANOTHER


def growth_of_a_drifted_level(results: list[Verification]) -> list[Verification]:
    """A drifted growth rate whose sentence quotes the level it grew to, drifted too ("The
    data center business ... with $41.1 billion during Q2, up 5% from the previous quarter",
    where the level was read as the company's total): both are compared with a line the
    article may not mean, so the rate proves nothing either: unverifiable."""
    drifted_levels = {_level_key(v.claim.sentence, v.claim.metric, v.claim.entity,
                                 v.claim.period_end) for v in results if _doubted_level(v)}
    out = []
    for v in results:
        row = find_metric(v.claim.metric)
        grew = (v.claim.basis or row.derivation.inputs[0][0]) if (
            row is not None and row.derivation is not None
            and row.derivation.kind == "growth") else None
        if v.verdict == "drifted" and grew and _level_key(
                v.claim.sentence, grew, v.claim.entity, v.claim.period_end) in drifted_levels:
            v = replace(v, verdict="unverifiable", gap=None, reason=(
                f"a change of a level the same sentence quotes, which differs from the filed "
                f"{grew} too: the article may mean another line than the one compared "
                f"({v.arithmetic or v.reason or ''})"))
        out.append(v)
    return out


def _level_key(sentence: str, metric: str | None, entity: str | None, period_end) -> tuple:
    """A level's key: a part's anywhere in the article (a key-metrics recap gives a part's
    level, then its rate in the next sentence: "Operating Revenues- Other revenues: $311
    million ... The reported number represents a change of -15.7%", a railroad's quarter,
    whose rate was recomputed from another axis's "Other" and drifted); the company's within
    its sentence."""
    return (None if entity else sentence, metric, entity, period_end)


def _doubted_level(verification: Verification) -> bool:
    """A level compared with a line the article may not mean: drifted beyond a misrounding,
    or found filed as another line (discipline.ANOTHER)."""
    if verification.verdict == "drifted":
        return not _slipped(verification)
    return verification.verdict == "unverifiable" and (verification.reason or "").startswith(
        ANOTHER)


# "$90.1 million ..., up 40%" where the filing states 90,189 thousand (after a crypto-press
# story on a miner's half year): a level within a hundredth of the filed one is that line, cut short
# rather than rounded; its growth is judged, not doubted
_SLIP = Decimal("0.01")


def _slipped(verification: Verification) -> bool:
    """Whether a drifted level is the filed figure of its line, only misrounded."""
    filed, value = verification.filed_value, verification.claim.value
    return (filed is not None and value is not None and filed != 0
            and abs(value - filed) <= abs(filed) * _SLIP)
