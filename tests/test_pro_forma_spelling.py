"""A pro forma figure written with a hyphen or as one word ("pro-forma net income") is an
adjusted figure, never compared with the GAAP line (a trade paper on a computer maker's quarter,
where it drifted against the GAAP net income). The sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_registry_verify import stored, verdicts

Q4 = (date(2024, 10, 1), date(2024, 12, 31))
INCOME = [stored("net_income", "950000000", Q4), stored("revenue", "10000000000", Q4)]


@pytest.mark.parametrize("words", ["pro-forma net income", "proforma net income",
                                   "pro forma net income"])
def test_a_pro_forma_figure_never_drifts_against_the_gaap_line(words):
    found = verdicts(f"In the fourth quarter of 2024, Widgetco's {words} rose to $912 million.",
                     INCOME)
    assert found["$912 million"].verdict == "unverifiable"


def test_a_gaap_figure_beside_it_is_still_compared():
    found = verdicts("In the fourth quarter of 2024, Widgetco's net income rose to $912 "
                     "million.", INCOME)
    assert found["$912 million"].verdict == "drifted"
