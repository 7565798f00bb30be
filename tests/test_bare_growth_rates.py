"""A growth rate named only as "the growth rate" (or "it" right after), in a clause naming its
own year, after a sentence on a line's growth; and a sentence that opens by comparing the period
in force with earlier years ("That was slower than in <year>, when ..."), which moves the article
back to none of them. The sentences are the project's own, written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus


def _software_maker() -> list:
    # the FY2023 10-K of a software maker: revenue 2,225,012 / 1,905,871 / 1,541,889 thousand
    # (2023 / 2022 / 2021); government revenue 1,222,215 thousand in 2023 (54.9%)
    return stored_corpus_facts("10q-10k/10-K_PLTR_0001321655-24-000022.html",
                               "0001321655-24-000022", "10-K", date(2024, 2, 20), cik=1321655)


_SLOWER = ("Revenue rose 17% in 2023. That was slower than the 2022 pace, when the growth rate "
           "hit {}")


@pytest.mark.parametrize(("tail", "figure", "verdict"), [
    ("24%.", "24%", "supported"),
    ("29%.", "29%", "drifted"),
    # "it" goes on about the same rate, in a year the filing does not reach back to
    ("24%; in 2021, when it was 41%.", "41%", "unverifiable"),
])
def test_a_bare_growth_rate_is_the_growth_of_the_line_before(tail, figure, verdict):
    found = verify_text(_SLOWER.format(tail), _software_maker())
    assert found[figure].claim.metric == "revenue_growth"
    assert found[figure].verdict == verdict


@pytest.mark.parametrize("text", [
    # the sentence before names no line's growth
    "The company hired widely in 2023. In 2022, the growth rate reached 24%.",
    # a part's rate hands on no line: its part may not carry
    "Commercial revenue rose 20% in 2023. That was slower than the 2022 pace, when the growth "
    "rate hit 24%.",
    # no year of its own in the clause
    "Revenue rose 17% in 2023. Before that, the growth rate reached 24%.",
])
def test_a_bare_growth_rate_names_no_line_otherwise(text):
    rate = next(c for c in claims_in(text) if c.text == "24%")
    assert rate.metric is None


_SHARE = " Government customers account for 55% of revenue."


def test_a_comparison_with_earlier_years_keeps_the_period_in_force():
    text = ("Revenue rose 17% in 2023. That was slower than in 2022, when revenue grew 24%."
            + _SHARE)
    found = verify_text(text, _software_maker())
    assert found["55%"].claim.period_label == "FY2023"
    assert found["55%"].verdict == "supported"


def test_a_year_named_without_a_comparison_still_leaves_the_period_open():
    text = "Revenue rose 17% in 2023. In 2022, revenue grew 24%." + _SHARE
    assert verify_text(text, _software_maker())["55%"].verdict == "unverifiable"
