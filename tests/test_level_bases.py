"""A change that restates the two levels quoted before it ("X compared with Y in the third
quarter, an improvement of Z") is measured against the base level's period, not a year earlier:
checked against a real 10-K whose note prints a department store's quarters (fiscal 2012, 53
weeks, ending February 2, 2013)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import article_verdicts, ingested_settings

pytestmark = pytest.mark.corpus

TEN_K = ("dev/10-K_M_0000794367-13-000092.html", 794367, "10-K", "0000794367-13-000092",
         date(2013, 4, 2))


@pytest.fixture(scope="module")
def settings(tmp_path_factory, corpus_dir):
    return ingested_settings(tmp_path_factory.mktemp("data"), TEN_K)


def verdicts(settings, tmp_path, text: str) -> dict[str, str]:
    return article_verdicts(settings, tmp_path, text, TEN_K[1])


# fourth quarter 2012: net sales 9,350, gross margin 40.6%; third quarter 2012: 6,075, 39.6%;
# fourth quarter 2011: 8,724, 41.0% (millions): +1.0 point and +53.9% on the third quarter,
# -0.4 point and +7.2% on the year before
@pytest.mark.parametrize("text, figure", [
    ("In the fourth quarter of fiscal 2012 the chain's gross margin reached 40.6%, versus "
     "39.6% in the third quarter, an improvement of 100 basis points.", "100 basis points"),
    ("In the fourth quarter of 2012, sales of $9.35 billion compared with $6.08 billion in the "
     "third quarter, an increase of 54%.", "54%"),
])
def test_a_change_restating_a_sequential_base_is_measured_from_it(settings, tmp_path, text,
                                                                  figure):
    assert verdicts(settings, tmp_path, text)[figure] == "supported"


@pytest.mark.parametrize("text, figure", [
    # the year-over-year figures, right for the year-ago quarter, wrong against the third
    ("In the fourth quarter of 2012, sales of $9.35 billion compared with $6.08 billion in the "
     "third quarter, an increase of 7.2%.", "7.2%"),
    ("In the fourth quarter of fiscal 2012 the chain's gross margin reached 40.6%, versus "
     "39.6% in the third quarter, a decline of 40 basis points.", "40 basis points"),
])
def test_a_year_over_year_change_set_against_the_quarter_before_drifts(settings, tmp_path, text,
                                                                       figure):
    assert verdicts(settings, tmp_path, text)[figure] == "drifted"


@pytest.mark.parametrize("text, figure", [
    ("Fourth-quarter gross margin of 40.6% compared with 41.0% in the fourth quarter of 2011, a "
     "decline of 40 basis points.", "40 basis points"),
    ("Fourth-quarter 2012 sales of $9.35 billion compared with $8.72 billion a year earlier, an "
     "increase of 7.2%.", "7.2%"),
])
def test_a_base_a_year_back_is_still_the_year_before(settings, tmp_path, text, figure):
    assert verdicts(settings, tmp_path, text)[figure] == "supported"
