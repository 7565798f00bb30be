"""The growth of a balance between the two levels its sentence quotes.

A machine summary of a retailer's 10-Q writes "Merchandise inventories decreased to $23.265
billion from $24.886 billion, indicating a reduction of 6.5%": a balance's change within a year
is measured from the year's start as often as from a year earlier, and a rate that names no
base day leaves which open (``derive_changes.balance_growth_unsure``). When the sentence quotes
the level and its base, each pinned to one filed balance of one filing, on two days, the rate
is theirs: recomputed from those two filed figures, supported or drifted as the arithmetic
says. Any other shape (one quoted level, two of another line or part, a base not marked by
"from" or "compared with") leaves the rate to the usual recomputation.
"""

from __future__ import annotations

import re

from core.metrics import Metric, find_metric
from core.verdicts import Claim, Verification
from pipeline.verify import claims_changes as changes
from pipeline.verify.tolerance import fits, fmt

# words that measure the rate against another day than the quoted base's: "up 26% year over
# year", "from a year earlier", "sequentially" (the rate is then not the two levels')
_OTHER_BASE = re.compile(r"\byear[- ]over[- ]year\b|\byoy\b|\by/y\b|\byear[- ]ago\b|"
                         r"\b(?:a|one|the)\s+(?:prior\s+)?year\s+(?:earlier|ago|before)\b|"
                         r"\b(?:same|prior[- ]year|previous[- ]year)\s+(?:quarter|period)\b|"
                         r"\bsequential(?:ly)?\b|\b(?:quarter|month)[- ]over[- ]", re.I)


def quoted_balance_growth(claim: Claim, row: Metric, claims: list[Claim],
                          done: dict[str, Verification]) -> Verification | None:
    """The rate recomputed from the level and the base its sentence quotes before it, both
    pinned to one filing's balances on two days; None when the sentence quotes no such pair."""
    grew = claim.basis or row.derivation.inputs[0][0]
    grown = find_metric(grew)
    if grown is None or not grown.is_balance or claim.value is None or (
            _OTHER_BASE.search(claim.sentence)):
        return None
    quoted = [c for c in claims if c.sentence == claim.sentence and c.span[0] < claim.span[0]
              and c.metric == grew and c.entity == claim.entity and c.value is not None
              and c.not_checkable_reason is None]
    if len(quoted) != 2:
        return None
    marked = [c for c in quoted if c.sentence_at >= 0
              and changes.is_base(c.sentence[:c.sentence_at])]
    if len(marked) != 1:
        return None  # "to $A from $B", "from $B to $A": one base, marked by its words
    base = marked[0]
    level = next(c for c in quoted if c is not base)
    pinned = [done.get(c.claim_id) for c in (level, base)]
    if not all(v is not None and v.verdict in ("supported", "drifted")
               and v.filed_value and len(v.evidence) == 1 for v in pinned):
        return None
    now, then = pinned[0].evidence[0], pinned[1].evidence[0]
    if now.accession != then.accession or now.period_end == then.period_end:
        return None
    filed = (pinned[0].filed_value / pinned[1].filed_value - 1) * 100
    shown = filed.quantize(claim.tolerance * 2) if claim.tolerance else filed
    return Verification(
        claim, "supported" if fits(claim, filed) else "drifted", filed_value=shown,
        delta=claim.value - filed, evidence=(now, then),
        arithmetic=f"{fmt(pinned[0].filed_value)} ({now.period_end}) / "
                   f"{fmt(pinned[1].filed_value)} ({then.period_end}) - 1 = {shown}%")
