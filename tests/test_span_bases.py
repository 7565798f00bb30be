"""A change over a span of years its clause names, and a year after the one in force, checked
against a real 10-K of three years (a ratio site's multi-year summary of a software maker)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_verdicts, ingested_settings

pytestmark = pytest.mark.corpus

TEN_K = ("10q-10k/10-K_PLTR_0001321655-24-000022.html", 1321655, "10-K",
         "0001321655-24-000022", date(2024, 2, 20))


@pytest.fixture(scope="module")
def settings(tmp_path_factory, corpus_dir):
    return ingested_settings(tmp_path_factory.mktemp("data"), TEN_K)


def verdicts(settings, tmp_path, text: str) -> dict[str, str]:
    return article_verdicts(settings, tmp_path, text, TEN_K[1])


# revenue 2021 1,541.9 million, 2022 1,905.9 million, 2023 2,225.0 million: up 44.3% over the
# two years, 16.7% in 2023 alone (the change a year earlier, which the span's rate drifted from)
@pytest.mark.parametrize("text", [
    "Revenue rose from $1.54 billion in 2021 to $2.23 billion in 2023, an increase of 44%.",
    "Between 2021 and 2023, revenue grew 44% to $2.23 billion.",
    "Revenue grew 44% over two years to $2.23 billion in 2023.",
])
def test_a_change_over_a_span_of_years_is_measured_from_its_first_year(settings, tmp_path,
                                                                        text):
    assert verdicts(settings, tmp_path, text)["44%"] == "supported"


def test_a_wrong_change_over_a_span_still_drifts(settings, tmp_path):
    text = "Revenue rose from $1.54 billion in 2021 to $2.23 billion in 2023, an increase of 52%."
    assert verdicts(settings, tmp_path, text)["52%"] == "drifted"


@pytest.mark.parametrize("text", [
    "Revenue has increased at a compound annual rate of 20% since 2021, reaching $2.23 billion "
    "in 2023.",
    "Revenue grew at a CAGR of 20% from 2021 to 2023.",
])
def test_an_average_annual_rate_is_not_one_years_change(settings, tmp_path, text):
    assert verdicts(settings, tmp_path, text)["20%"] == "unverifiable"


@pytest.mark.parametrize("text", [
    # the year's own change after a span in another clause, or against the year before
    "Revenue rose from $1.54 billion in 2021 to $2.23 billion in 2023; in 2023 alone it grew 17%.",
    "Revenue climbed 17% to $2.23 billion in 2023 from $1.91 billion in 2022.",
    "Revenue grew 17% in 2023, and 24% in 2022.",
])
def test_a_years_own_change_keeps_the_year_before_as_base(settings, tmp_path, text):
    assert verdicts(settings, tmp_path, text)["17%"] == "supported"


# operating margin 2022 -8.46%, 2023 5.39%; net income 2022 -373.7 million, 2023 209.8 million
@pytest.mark.parametrize("text, figure", [
    ("The operating margin was -8.46% in 2022 and 5.39% a year later.", "5.39%"),
    ("Net income was a loss of $374 million in 2022 and a profit of $210 million the following "
     "year.", "$210 million"),
    ("Net income was a loss of $374 million in 2022. A year later, net income was $210 million.",
     "$210 million"),
])
def test_a_year_later_is_the_year_after_the_one_in_force(settings, tmp_path, text, figure):
    assert verdicts(settings, tmp_path, text)[figure] == "supported"


def test_a_year_earlier_is_still_the_year_before(settings, tmp_path):
    text = "Revenue was $1.91 billion in 2022, compared with $1.54 billion a year earlier."
    found = verdicts(settings, tmp_path, text)
    assert (found["$1.91 billion"], found["$1.54 billion"]) == ("supported", "supported")
