"""A verb of cutting, its object, then "by" and a rate ("slashed its overhead, by roughly 21%",
"SG&A was reduced by 21%") is the object's fall. An investors' site on a game retailer's year
had the rate read as SG&A's share of sales (25.1%) and drifted. Sentences written for these
tests; figures from the retailer's FY2023 10-K in the corpus (SG&A 1,323.9 against 1,675.2 a
year before: -21.0%; net sales 5,272.8)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

GME_K = ("10q-10k/10-K_GME_0001326380-24-000012.html", "0001326380-24-000012", "10-K",
         date(2024, 3, 26))
_LEAD = "The retailer reported its fiscal 2023 results. "


def _verification(sentence: str, figure: str):
    return verify_text(_LEAD + sentence, stored_corpus_facts(*GME_K))[figure]


@pytest.mark.corpus
@pytest.mark.parametrize(("sentence", "figure", "verdict"), [
    ("Over the year the retailer slashed its SG&A, by roughly 21%.", "21%", "supported"),
    ("It reduced selling, general and administrative expenses by 21% in fiscal 2023.", "21%",
     "supported"),
    ("SG&A expenses were cut by 21% for the year.", "21%", "supported"),
    ("The company trimmed SG&A expenses by about 30% for the year.", "30%", "drifted"),
])
def test_a_line_cut_by_a_rate_is_its_fall(sentence, figure, verdict):
    found = _verification(sentence, figure)
    assert (found.claim.metric, found.verdict) == ("revenue_growth", verdict), found.reason
    assert found.claim.value < 0


@pytest.mark.corpus
def test_a_share_of_sales_stays_a_share():
    # must not fire: the rate named as a share of sales is still SG&A over revenue
    found = _verification("SG&A as a percentage of net sales was 25.1% for the year.", "25.1%")
    assert (found.claim.metric, found.verdict) == ("sga_ratio", "supported")
