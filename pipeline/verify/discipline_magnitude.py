"""Verdict discipline by magnitude: a figure far from the one compared is more likely another
line than a misquote of it.

An article that gets a figure wrong gets it wrong near the filed one: a rounding, a digit, the
year before, a quarter for the year to date. A figure three times the filed one or a third of it,
quoted in a sentence beside other figures, is almost always another line the words name (other
income beside revenue, a segment's sales beside the company's, SG&A beside net sales, a sales
per square foot beside sales) that the verifier did not tell apart: on first contact with
unseen articles most false ``drifted`` verdicts were of this kind, and no drift the articles
really made was. Such a figure is ``unverifiable``, saying so. So is one the article quotes
elsewhere read as no line or as another part's (the same figure is one item, and only one
reading of it names the line compared; another line named outright is the article's own
claim). A figure alone in its sentence, and read one way wherever the article quotes it, is
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
    readings = _readings(results)
    return [_doubted(v, "this sentence quotes several figures" if v.claim.sentence in crowded
                     else "the article quotes this figure elsewhere as no line or another part's")
            if _is_far(v) and (v.claim.sentence in crowded or _read_otherwise(v, readings))
            else v for v in results]


def _read_otherwise(verification: Verification, readings: dict[tuple, set]) -> bool:
    """Whether the article quotes the figure elsewhere as no line, or as the same line of
    another part. Another line named outright is the article's own claim, judged on its own
    ("$0.58 per share on an adjusted basis", then "GAAP diluted EPS was 58 cents": drifted)."""
    claim = verification.claim
    return any(metric is None or metric == claim.metric and entity != claim.entity
               for metric, entity in readings[_figure(verification)])


def _figure(verification: Verification) -> tuple:
    return verification.claim.value, verification.claim.unit


def _readings(results: list[Verification]) -> dict[tuple, set]:
    """Each figure's readings over the article: "it generated just $853m in tablet sales" read
    as no line, then "while $853m in sales might not be bad" read as the company's revenue
    (a tech site on a software maker's year): one figure, so the lone reading is not pinned."""
    readings: dict[tuple, set] = {}
    for v in results:
        if v.claim.value is not None:
            readings.setdefault(_figure(v), set()).add((v.claim.metric, v.claim.entity))
    return readings


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


def _doubted(verification: Verification, why: str) -> Verification:
    claim, filed = verification.claim, verification.filed_value
    ratio = abs(claim.value / filed)
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        f"{FAR_FROM}: {claim.text} is {ratio:.2g} times the filed {filed:,} ({claim.metric}); "
        f"an article's misquote of a line lies near it, and {why}, so the article more likely "
        f"means another line or item than the one read "
        f"({verification.reason or ''})"))
