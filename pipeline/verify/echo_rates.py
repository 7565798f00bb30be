"""A rate the article states beside an echoed figure, which the same filer sentence states.

The echo (``prose_echo``) never takes a percentage on its own: a rate of one line and another's
are too often equal by chance. But when the article's sentence states a figure the echo pinned
to one sentence of the filer's ("185,000 <Product> subscribers, which represents a 16%
increase sequentially", a camera maker's 10-Q), that sentence is the article's source, and a
rate the article states with the figure ("paying members rose 16% on the prior quarter and
reached 185,000") is the filer's rate when:

- exactly one rate of the filer's sentence is the article's at its precision;
- both are changes, or both levels, and a change goes the same way in both;
- the comparison's base is not named otherwise: a sequential rate is no year-over-year one;
- the filer's rate is stated as fact (no modal verb governs it).

Only support, as the echo: a rate that fits none of these stays what the verifier made it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.verdicts import Verification
from pipeline.verify import prose_context as ctx
from pipeline.verify.prose_echo import ECHO_GAPS, echoed
from pipeline.verify.tolerance import fits

_RATE = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)", re.I)
_REACH = 60  # characters either side of a rate where its base is named
# the base a change is measured from, by kind
_SEQUENTIAL = re.compile(r"\bsequential(?:ly)?\b|\bquarter[- ]over[- ]quarter\b|\bq/?q\b|"
                         r"\blinked[- ]quarter\b|\b(?:from|over|versus|vs\.?|compared\s+(?:to|"
                         r"with))\s+(?:the\s+)?(?:prior|previous|preceding|last|first|second|"
                         r"third|fourth)\s+(?:fiscal\s+)?quarter\b", re.I)
_YEARLY = re.compile(r"\byear[- ]over[- ]year\b|\by/?y\b|\byoy\b|\byear[- ]ago\b|\ba\s+year\s+"
                     r"(?:earlier|ago|before)\b|\b(?:prior|previous|last)[- ]year\b|"
                     r"\bsame\s+(?:period|quarter)\b", re.I)


def rates_beside_echoes(verifications: list[Verification]) -> list[Verification]:
    """Each unverifiable rate supported by the filer's sentence an echoed figure of its own
    sentence came from, when that sentence states it as the article does."""
    sources = {}
    for v in verifications:
        if echoed(v):
            sources.setdefault(v.claim.sentence, set()).add(v.evidence[0])
    return [_supported(v, sources.get(v.claim.sentence, ())) if _may_take(v) else v
            for v in verifications]


def _may_take(v: Verification) -> bool:
    claim = v.claim
    return (v.verdict == "unverifiable" and claim.unit == "percent" and claim.value is not None
            and claim.sentence_at >= 0 and claim.not_checkable_reason is None
            and claim.unread_why is None and v.gap in ECHO_GAPS)


def _supported(v: Verification, sources) -> Verification:
    claim = v.claim
    span = (claim.sentence_at, claim.sentence_at + len(claim.text))
    pinned = {(evidence, rate) for evidence in sources for rate in _rates(evidence.text)
              if fits(claim, rate[0], claim.tolerance)
              and _same_part(claim.sentence, span, evidence.text, rate[1])}
    if len({rate[0] for _, rate in pinned}) != 1 or len(pinned) != 1:
        return v
    evidence, (value, _) = next(iter(pinned))
    return replace(v, verdict="supported", filed_value=value, delta=claim.value - value,
                   gap=None, reason=None, evidence=(replace(evidence, value=value,
                                                            unit="percent"),))


def _rates(text: str) -> list[tuple[Decimal, tuple[int, int]]]:
    return [(Decimal(m.group(1)), m.span()) for m in _RATE.finditer(text)]


def _same_part(claim_text: str, span: tuple[int, int], filed_text: str,
               at: tuple[int, int]) -> bool:
    role = ctx.figure_role(claim_text, span)
    if ctx.is_modal(filed_text, at) or role not in ("change", "level") or (
            role != ctx.figure_role(filed_text, at)):
        return False
    if role == "change" and (ctx.change_sign(claim_text, span) != ctx.change_sign(filed_text, at)):
        return False
    mine, filed = _base(claim_text, span), _base(filed_text, at)
    return mine is None or filed is None or mine == filed


def _base(text: str, span: tuple[int, int]) -> str | None:
    # (the kind of base the words around a rate name, up to its neighbouring rates: "a 16%
    # increase sequentially and a 39% increase year-over-year" names one for each; "sequential"
    # or "yearly", None for neither or both)
    rates = [m.span() for m in _RATE.finditer(text)]
    start = max([end for _, end in rates if end <= span[0]], default=0)
    end = min([begin for begin, _ in rates if begin >= span[1]], default=len(text))
    words = text[max(start, span[0] - _REACH):min(end, span[1] + _REACH)]
    kinds = {kind for kind, pattern in (("sequential", _SEQUENTIAL), ("yearly", _YEARLY))
             if pattern.search(words)}
    return kinds.pop() if len(kinds) == 1 else None
