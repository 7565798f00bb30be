"""A sentence that opens on the change of the figure the sentence before it ended on ("The
Gadgets segment brought in $7.5 billion. This marks a decline of 4.9% ..."): the change is of
that figure, and of its part."""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.claims_per_share import per_share_of

# "This marks a decline of roughly 4.9%", "That represents an increase of 12%": a sentence
# that states the change of the figure the sentence before it ended on
# ("This marks a 5% increase compared to the same period last year", a device site's recap of a
# quarter: the rate before its noun)
_CHANGE_NOUN = r"(?:increase|decrease|growth|decline|rise|gain|drop|jump|fall)"
_ITS_CHANGE = re.compile(r"^\s*(?:This|That|It)\s+(?:marks|marked|represents|represented|"
                         r"reflects|reflected|was|is|amounts\s+to|amounted\s+to)\s+(?:(?:an?\s+)?"
                         rf"(?:\w+\s+)?{_CHANGE_NOUN}\s+of\b|an?\s+(?:\w+\s+)?(?:about\s+|roughly\s+|"
                         r"nearly\s+)?[+-]?\d[\d.,]*\s*(?:%|percent|per\s+cent)\s+(?:[\w-]+\s+)?"
                         rf"{_CHANGE_NOUN}\b)", re.I)


def opens_on_its_change(sentence: str) -> bool:
    """Whether a sentence opens on the change of the figure the one before it stated."""
    return _ITS_CHANGE.match(sentence) is not None


def said_before(claims: list[Claim], paragraph: list[ctx.Sentence]) -> Claim | None:
    """The last figure of the sentence just before, in the same paragraph: what a sentence
    that opens on its change ("This marks a decline of 4.9%") is about. A per-share amount
    restating the amount before it ("a net loss of $253.1 million, or $9.49 per share") comes
    with both lines as its ``readings``: the change may be of either."""
    if not paragraph or not claims or claims[-1].sentence != paragraph[-1].text:
        return None
    last = claims[-1]
    if last.metric is None or last.not_checkable_reason:
        return None
    amount = claims[-2] if len(claims) > 1 else None
    if amount is not None and amount.sentence == last.sentence and amount.unit == "USD" and (
            per_share_of(amount.metric) == last.metric):
        return replace(last, readings=(last.metric, amount.metric))
    return last


# The words of a change's own sentence that name which of an amount and its per-share
# restatement changed ("This marks a 216% increase from the prior year's loss"): per-share
# words first, as "loss per share" holds both
_PER_SHARE_WORDS = re.compile(r"\b(?:per\s+(?:diluted\s+)?share|a\s+share|EPS)\b", re.I)
_AMOUNT_WORDS = re.compile(r"\b(?:loss(?:es)?|profits?|income|earnings)\b", re.I)


def _of_the_twin(claim: Claim, said: Claim) -> Claim:
    """A change said of a per-share amount that restates an amount before it (a stock note:
    "reported a net loss of $253.1 million, or $9.49 per share. This marks a 216% increase",
    the loss's growth, drifted against the per-share amount's 188%): the line the change's
    own words name, else either (``earnings_readings.judge``: a mismatch with one of them is
    no drift)."""
    if _PER_SHARE_WORDS.search(claim.sentence):
        return claim
    amount = said.readings[1]
    if _AMOUNT_WORDS.search(claim.sentence):
        return replace(claim, basis=amount)
    return replace(claim, readings=(said.metric, amount), reading_pinned=False)


def of_the_said_part(claim: Claim, said: Claim) -> Claim:
    """The change a sentence opens on is of the part the figure before it was about ("The
    Gadgets segment brought in $7.5 billion. This marks a decline of 4.9%"); a change of what
    it cannot say whose is no claim of the company's figure either."""
    row = find_metric(claim.metric)
    if row is not None and said.readings and claim.entity is None and not claim.readings and (
            row.derivation is not None and row.derivation.kind == "growth"
            and claim.basis == said.metric):
        return _of_the_twin(claim, said)
    if row is None or claim.entity is not None or said.entity is None:
        return claim
    if row.derivation is not None and row.derivation.kind == "growth" and (
            claim.basis or row.derivation.inputs[0][0]) == said.metric:
        return replace(claim, entity=said.entity)
    return replace(claim, metric=None, basis=None)
