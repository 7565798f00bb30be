"""A range of two declines written with their minus signs, smaller first ("-2% to -5%"): one
claim whose ends run low to high by value; a base and the level it fell to stay two figures."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from core.verdicts import Article
from pipeline.verify.claims import extract_claims


def _claims(text: str) -> dict:
    art = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(art) if c.value is not None}


@pytest.mark.parametrize("text, written, low, high", [
    ("The retailer kept its outlook for fiscal 2024, expecting comparable sales in the range "
     "of -2% to -5%.", "-2% to -5%", "-5", "-2"),
    ("It still expects full-year EPS to decline between -7% to -13% compared to 2023.",
     "-7% to -13%", "-13", "-7"),
    ("It expects comparable sales of -5% to -2% for the year.", "-5% to -2%", "-5", "-2"),
])
def test_a_range_of_declines_written_by_size_is_one_claim(text, written, low, high):
    found = _claims(text)
    assert list(found) == [written]
    claim = found[written]
    assert (claim.low, claim.high) == (Decimal(low), Decimal(high))
    assert claim.not_checkable_reason  # an outlook's range


@pytest.mark.parametrize("text, first, second", [
    # a base and the level it fell to: never one range
    ("Its operating margin went from -2% to -5% over the year.", "-2%", "-5%"),
    ("Sales slumped from $5.9 billion to $5.3 billion in 2023.", "$5.9 billion", "$5.3 billion"),
    # a change by a rate, then the level it reached
    ("Comparable sales decreased by -2% to -5% of the total.", "-2%", "-5%"),
])
def test_other_pairs_stay_two_figures(text, first, second):
    found = _claims(text)
    assert first in found and second in found
