"""A stock-note template's dividend yield with a bare "yield" ("This represents a $0.92
annualized dividend and a yield of 2.41%"): the market's figure, not_checkable, as "a dividend
yield of" already was. A yield no dividend before it names (a bank's yield on loans) stays
unread. Paraphrases written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize("sentence", [
    "This represents a $0.92 annualized dividend and a yield of 2.41%.",
    "Acme pays a quarterly dividend of $0.23, which gives it an annualized yield of 2.41%.",
])
def test_a_yield_after_the_dividend_is_the_markets(sentence):
    claim = _claim("Acme Bank declared its quarterly dividend in the fourth quarter of 2023. "
                   + sentence, "2.41%")
    assert claim.not_checkable_reason and "dividend yield" in claim.not_checkable_reason


@pytest.mark.parametrize("sentence", [
    "Average loans had a yield of 5.12% in the quarter.",
    "Acme paid dividends of $1.2 billion; the yield of 5.12% on its loans held steady.",
])
def test_a_yield_no_dividend_names_is_not_the_markets(sentence):
    claim = _claim("Acme Bank reported its fourth quarter of 2023. " + sentence, "5.12%")
    assert not claim.not_checkable_reason
