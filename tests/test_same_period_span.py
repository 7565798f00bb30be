"""A longer span named after a quarter dated by its last day, and "the same period last year"
after a sentence on such a span (a recap of a 52/53-week retailer's third quarter, its lead
"the quarter ended November 2, 2024"). The 39 weeks (or nine months) end with the quarter in
force: read as that quarter, the nine months' figure drifted against the quarter's; and "For
the same period last year" in the next sentence is those weeks a year back, never the quarter
a year back (the year-ago nine months' true figure drifted against the year-ago quarter).
A "same quarter", a sentence after one on the quarter, and the sentences after keep the
quarter. Sentences written for these tests, about a made-up retailer."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_DATED = ("Widgetco Inc. said on Friday that net income for its fiscal quarter ended November 2, "
          "2024 fell to $31.7 million, or $0.64 per diluted share.\n\n")
_NUMBERED = ("Widgetco Inc. reported results for the fourth quarter of 2024 on Thursday, as the "
             "mall retailer said Widgetco sold less denim.\n\n")


def _claims(lead: str, body: str) -> dict:
    return {c.text: c for c in claims_in(lead + body)}


def _span(claim) -> tuple[str, str]:
    return claim.period_start.isoformat(), claim.period_end.isoformat()


@pytest.mark.parametrize("body", [
    "Net income for the 39-week period was $87.9 million.",
    "Net income for the nine-month period was $87.9 million.",
    "Net income for the first nine months was $87.9 million.",
])
def test_the_year_so_far_ends_with_a_dated_quarter(body):
    claim = _claims(_DATED, body)["$87.9 million"]
    assert _span(claim) == ("2024-02-04", "2024-11-02"), claim.period_label


@pytest.mark.parametrize("opening", ["For the same period last year,",
                                     "During the comparable period a year earlier,",
                                     "In the year-ago period,"])
def test_the_same_period_after_the_weeks_is_those_weeks_a_year_back(opening):
    claims = _claims(_DATED, "Net income for the 39-week period was $87.9 million. "
                     f"{opening} the retailer earned $102.6 million. Net sales were $212.4 "
                     "million.")
    assert _span(claims["$102.6 million"]) == ("2023-02-05", "2023-11-04")
    # the sentence after is the quarter's again
    assert _span(claims["$212.4 million"]) == ("2024-08-04", "2024-11-02")


def test_the_same_period_after_the_full_year_is_the_year_before():
    claims = _claims(_NUMBERED, "For the full year, net income was $87.9 million. During the "
                     "same period last year, the retailer earned $102.6 million.")
    assert claims["$102.6 million"].period_label == "FY2023"


@pytest.mark.parametrize("body", [
    # a quarter named again: the quarter a year back
    "Net income for the 39-week period was $87.9 million. For the same quarter last year, the "
    "retailer earned $102.6 million.",
    # the sentence before is on the quarter
    "Net income was $30.2 million. For the same period last year, the retailer earned $102.6 "
    "million.",
])
def test_the_quarter_a_year_back_stays(body):
    claim = _claims(_DATED, body)["$102.6 million"]
    assert _span(claim) == ("2023-08-06", "2023-11-04"), claim.period_label


def test_the_same_period_after_a_numbered_quarters_weeks():
    lead = ("Widgetco Inc. reported results for the third quarter of fiscal 2024 on Friday, as "
            "the mall retailer said Widgetco sold less denim.\n\n")
    claims = _claims(lead, "Net income for the 39-week period was $87.9 million. For the same "
                     "period last year, the retailer earned $102.6 million.")
    assert claims["$102.6 million"].period_label == "fiscal 9M 2023"
