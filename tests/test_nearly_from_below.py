""""Nearly" and "almost" come up to their figure from below: "revenue was nearly $5.3 billion"
for a quarter of $5.36 billion (a wire-style recap of a chipmaker's quarter) was supported as
a two-sided hedge, though the figure is nearly $5.4 billion. The filed figure may lie a full
unit of the last stated digit below, and above only as far as rounding reaches; "about",
"roughly" and "around" stay two-sided. Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from pipeline.verify.claims_figure import read_qualifier
from pipeline.verify.tolerance import agrees
from tests.test_verify_earning_parts import _stored, verify

_UNIT = Decimal("0.1")  # a hedge's full unit of "$5.3 billion", in billions


@pytest.mark.parametrize("words, qualifier", [
    ("revenue was nearly ", "nearly"), ("rose almost ", "nearly"),
    ("revenue was about ", "about"), ("roughly ", "about"), ("close to ", "about"),
])
def test_the_hedges_are_read(words, qualifier):
    assert read_qualifier(words) == qualifier


@pytest.mark.parametrize("filed, nearly, about", [
    ("5.22", True, True),   # below, within the unit: nearly $5.3 billion
    ("5.34", True, True),   # rounds to $5.3 billion
    ("5.36", False, True),  # nearly $5.4 billion, not $5.3 billion
    ("5.19", False, False),
])
def test_nearly_reaches_above_only_by_rounding(filed, nearly, about):
    value = Decimal("5.3")
    assert agrees(value, _UNIT, Decimal(filed), "nearly") is nearly
    assert agrees(value, _UNIT, Decimal(filed), "about") is about


def test_a_negative_figure_is_nearly_reached_in_size():
    assert agrees(Decimal("-18"), Decimal(1), Decimal("-18.18"), "nearly")
    assert not agrees(Decimal("-18"), Decimal(1), Decimal("-18.7"), "nearly")


@pytest.fixture(scope="module")
def chipmaker():
    return _stored("10q-10k/10-Q_AMD_0000002488-23-000139.html", 2488, date(2023, 8, 2))


def test_a_quarter_nearly_reached_from_above_drifts(chipmaker):
    lead = "The chipmaker reported its second quarter of 2023 on Tuesday. "
    found = verify(lead + "Revenue was nearly $5.3 billion.", chipmaker)  # 5,359
    assert found["$5.3 billion"].verdict == "drifted"
    assert "above the article's bound" in found["$5.3 billion"].reason
    for text in ("Revenue was nearly $5.4 billion.", "Revenue was about $5.4 billion.",
                 "Revenue was roughly $5.3 billion."):
        figure = text.split()[-2] + " billion"
        assert verify(lead + text, chipmaker)[figure].verdict == "supported", text
