"""A 52/53-week filer's 26- and 39-week periods a year back: the prior year's "39-week period"
ends five or six days before the same calendar day a year earlier (a clothing retailer's third
quarter ended November 2, 2024, the one before October 28, 2023), and is still the period a
nine-month growth rate is measured against. Synthetic facts, the project's own paraphrases."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify import period_fit
from pipeline.verify.match import Wanted
from tests.conftest import release_revenue, verify_text

THIS_39, LAST_39 = (date(2024, 2, 4), date(2024, 11, 2)), (date(2023, 1, 29), date(2023, 10, 28))
THIS_13, LAST_13 = (date(2024, 8, 4), date(2024, 11, 2)), (date(2023, 7, 30), date(2023, 10, 28))
FACTS = [release_revenue("838490000", THIS_39), release_revenue("878719000", LAST_39),
         release_revenue("293618000", THIS_13), release_revenue("303457000", LAST_13)]


@pytest.mark.parametrize("sentence", [
    "Net sales for the 39-week fiscal period ended November 2, 2024 decreased {r} percent to "
    "$838.5 million.",
    "For the nine months ended November 2, 2024, the chain's revenue fell {r}% to $838.5 "
    "million.",
    "Year-to-date sales through the 39 weeks ended November 2, 2024 were down {r}% at $838.5 "
    "million.",
])
def test_a_39_week_growth_is_measured_against_the_prior_39_weeks(sentence):
    found = verify_text("Retailer results.\n\n" + sentence.format(r="4.6"), FACTS)
    assert found["$838.5 million"].verdict == "supported"
    rate = next(v for k, v in found.items() if k.startswith("4.6"))
    assert rate.verdict == "supported"  # 838,490 / 878,719 - 1 = -4.58%
    wrong = verify_text("Retailer results.\n\n" + sentence.format(r="7.5"), FACTS)
    assert next(v for k, v in wrong.items() if k.startswith("7.5")).verdict == "drifted"


def _wanted(start: date, end: date) -> Wanted:
    return Wanted("revenue", "USD", f"9 months ended {end}", start, end)


def test_only_a_period_of_the_same_length_ending_within_a_week_fits():
    back = _wanted(date(2023, 2, 3), date(2023, 11, 2))  # nine months a calendar year back
    assert period_fit.period_matches(back, release_revenue("1", LAST_39))
    # the 26 weeks ended the same day are another period
    assert not period_fit.period_matches(back, release_revenue("1", (date(2023, 4, 30),
                                                            date(2023, 10, 28))))
    # a filer whose periods end on the month's last day gets no week of slack
    month_end = _wanted(date(2023, 1, 7), date(2023, 10, 6))
    assert not period_fit.period_matches(month_end, release_revenue("1", (date(2023, 1, 1),
                                                                 date(2023, 9, 30))))
