"""A rate the article already quoted, named again as "the N% <change>" with no metric of its
own words: the rate quoted last before it of that value and way, of that line and period.
Every sentence is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = ("Acme reported fourth-quarter 2021 results on Tuesday.\n\n"
         "Its operating expenses rose 23% on higher pay.\n\n")


def _last(text: str, figure: str):
    return [c for c in claims_in(text) if c.text == figure][-1]


def test_the_rate_named_again_is_the_rate_quoted_before() -> None:
    claim = _last(_LEAD + "Analysts had expected expenses of $6.8 billion, but the 23% jump "
                  "means the latter reached $7.3 billion.", "23%")
    assert (claim.metric, claim.basis, claim.period_label) == (
        "revenue_growth", "operating_expenses", "Q4 2021")
    assert claim.value == 23


@pytest.mark.parametrize("sentence", [
    # another value
    "Analysts had expected more, but the 25% jump means the latter reached $7.3 billion.",
    # the other way
    "Analysts had expected more, but the 23% drop means the latter fell to $7.3 billion.",
    # no definite article: a new rate
    "Analysts had expected more, and a 23% jump in headcount followed.",
    # no change's noun after it
    "Analysts had expected more; the 23% figure was a surprise.",
])
def test_a_rate_no_earlier_rate_explains_stays_as_read(sentence) -> None:
    claim = _last(_LEAD + sentence, "25%" if "25%" in sentence else "23%")
    assert claim.basis != "operating_expenses"
