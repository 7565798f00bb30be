"""Verdict discipline by magnitude: a figure far from the one compared is more likely another
line than a misquote of it.

An article that gets a figure wrong gets it wrong near the filed one: a rounding, a digit, the
year before, a quarter for the year to date. A figure three times the filed one or a third of it,
quoted in a sentence beside other figures, is almost always another line the words name (other
income beside revenue, a segment's sales beside the company's, SG&A beside net sales, a sales
per square foot beside sales) that the verifier did not tell apart: on first contact with
unseen articles most false ``drifted`` verdicts were of this kind, and no drift the articles
really made was. Such a figure is ``unverifiable``, saying so. A figure alone in its sentence is
still judged on the reading. A slip of scale (millions for billions: the filed figure at the
article's digits times a thousand) is left to ``discipline_scale``, which says so.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.verdicts import Verification
from pipeline.verify.discipline import crowded_sentences
from pipeline.verify.discipline_scale import at_another_scale

FAR = Decimal(3)  # a figure this many times the filed one, or this fraction of it, is "far"
JUDGED_UNITS = ("USD", "USD/share", "shares", "count")  # levels; rates differ by nature
FAR_FROM = "the article's figure is far from the one compared"


def far_from_the_line(results: list[Verification]) -> list[Verification]:
    """Each ``drifted`` level of a sentence quoting several figures that lies more than
    ``FAR`` times from the filed figure it was compared with (and is no slip of scale)
    becomes ``unverifiable``."""
    crowded = crowded_sentences(results)
    return [_doubted(v) if v.claim.sentence in crowded and _is_far(v) else v for v in results]


def _is_far(verification: Verification) -> bool:
    claim, filed = verification.claim, verification.filed_value
    if (verification.verdict != "drifted" or verification.arithmetic or claim.value is None
            or not filed or claim.unit not in JUDGED_UNITS or claim.low is not None):
        return False
    ratio = abs(claim.value / filed)
    return (ratio > FAR or ratio * FAR < 1) and not _slip_of_scale(verification)


def _slip_of_scale(verification: Verification) -> bool:
    """The article's digits are the filed figure's at another scale ("$42.3 million" for
    $42.3 billion): ``discipline_scale`` names that reason, not this one."""
    return at_another_scale(verification.claim, verification.filed_value) is not None


def _doubted(verification: Verification) -> Verification:
    claim, filed = verification.claim, verification.filed_value
    ratio = abs(claim.value / filed)
    return replace(verification, verdict="unverifiable", reason=(
        f"{FAR_FROM}: {claim.text} is {ratio:.2g} times the filed {filed:,} ({claim.metric}); "
        f"an article's misquote of a line lies near it, and this sentence quotes several "
        f"figures, so the article more likely means another line or item than the one read "
        f"({verification.reason or ''})"))
