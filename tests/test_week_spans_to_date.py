"""A retailer's year so far named by its weeks ("Net earnings for the 39-week period were $X",
a recap of a 52/53-week retailer's third quarter): the fiscal year's first nine months (26
weeks: six), never the quarter in force, which held the nine months' figure to the quarter's
and drifted it. A span with its own end date is read as stated; a 13-week period stays the
quarter. Sentences written for these tests, about a made-up retailer."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = ("Widgetco Inc. reported results for the third quarter of fiscal 2024 on Friday, as the "
         "mall retailer said Widgetco sold less denim and Widgetco shoppers spent less.\n\n")


def _claim(body: str, figure: str):
    return {c.text: c for c in claims_in(_LEAD + body)}[figure]


@pytest.mark.parametrize("body, months", [
    ("Net earnings for the 39-week period were $98.6 million.", "9M"),
    ("Net sales for the 26-week period were $461.2 million.", "6M"),
    ("Net earnings for the thirty-nine week fiscal period came to $98.6 million.", "9M"),
])
def test_a_span_of_weeks_is_the_year_so_far(body, months):
    claim = _claim(body, body.split(" was ")[-1].split(" were ")[-1].split(" to ")[-1].rstrip("."))
    assert claim.period_label == f"fiscal {months} 2024", claim.period_label


def test_a_span_of_weeks_with_its_end_date_is_read_as_stated():
    claim = _claim("Net earnings for the 39-week period ended November 2, 2024 were $98.6 "
                   "million.", "$98.6 million")
    assert claim.period_end is not None and claim.period_end.isoformat() == "2024-11-02"


@pytest.mark.parametrize("body", [
    "Net earnings for the 13-week period were $37.5 million.",
    "Net earnings were $37.5 million, a 39-week low for the chain's margin.",
])
def test_a_quarters_weeks_or_no_span_keep_the_quarter(body):
    assert _claim(body, "$37.5 million").period_label == "fiscal Q3 2024"
