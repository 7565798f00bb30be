"""A bare "sales" of a filer that prints a sales line inside a larger total: either line.

A club prints "Net sales" above its membership fees and "Total revenue"; an article's bare
"sales rose N%" (not "net sales", which ``narrower_lines.on_the_named_line`` pins to the line)
may mean either. The two grow at nearly the same rate, and a rate at one decimal may round one
way for one line and the other way for the other: supported by the total while the sales line
misses it is a verdict from a line the article may not mean. Such a claim is supported only
when both lines bear it out; when one does and the other misses, it is unverifiable, naming
both. A claim no sales line of the filing exists for, or that names its line, is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from core.verdicts import Claim, Verification
from pipeline.verify.narrower_lines import NARROWER_LINES, is_about
from warehouse.records import StoredFact

# words before the figure that name which line: a qualified sales line or the total itself
_QUALIFIED = re.compile(r"\b(?:net|total|gross|comparable|same[- ]store)\s+sales\b", re.I)


def either_line(claims: list[Claim], done: dict[str, Verification], facts: list[StoredFact],
                recheck: Callable[[Claim], Verification]) -> dict[str, Verification]:
    """``done`` with each supported bare-"sales" figure checked over the sales line too."""
    for claim in claims:
        verification = done.get(claim.claim_id)
        if verification is None or verification.verdict != "supported":
            continue
        line = _sales_line(claim, facts)
        if line is None:
            continue
        other = recheck(replace(claim, entity=line))
        if other.verdict == "drifted":
            done[claim.claim_id] = replace(verification, verdict="unverifiable", gap=None,
                                           reason=_reason(claim, line, other))
    return done


def _sales_line(claim: Claim, facts: list[StoredFact]) -> str | None:
    """The filing's one sales line of the metric a bare "sales" may mean, or None."""
    if claim.entity is not None or claim.metric is None:
        return None
    before = claim.sentence[:max(claim.sentence_at, 0)]
    for metric, word, article_words, broader_words in NARROWER_LINES:
        if not is_about(claim, metric) or not article_words.search(before) or (
                broader_words.search(before) or _QUALIFIED.search(before)):
            continue
        lines = {sf.fact.entity for sf in facts if sf.fact.metric == metric and sf.fact.entity
                 and re.fullmatch(rf"(?:net|total)\s+{word}", sf.fact.entity.strip(), re.I)}
        if len(lines) == 1:
            return lines.pop()
    return None


def _reason(claim: Claim, line: str, other: Verification) -> str:
    shown = other.arithmetic or (f"{other.filed_value:,}" if other.filed_value is not None
                                 else "another figure")
    return (f"the article's bare 'sales' may be the filing's total or its '{line}' line: "
            f"{claim.text} fits the total but not '{line}' ({shown}); the two round apart, "
            f"so which line it quotes is not known")
