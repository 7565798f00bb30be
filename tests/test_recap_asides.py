"""Words of enthusiast sites, forums and data vendors' blogs on a quarter, read as a reader reads
them (paraphrases written for the project after a Mac site, a forum's copy of a tech site on a
chipmaker and a data vendor's blog on a chip maker; each was a false drifted):
- "a robust 75.5% non-GAAP gross margin": the mark opening the line's words after the figure
  makes it the adjusted margin, never the GAAP one;
- "set a revenue record in the Apple Q2 2025 earnings, growing 11.6%": "earnings" after a
  preposition and a period's label names the report, not net income;
- "(see 'Revenues Drop 4% in Q2 2024,' 3 May 2024)": a day-first date's year is no period;
- "the record high of $97.3 billion set in 2022": the year a record was set dates it;
- "its revenue increased 35% over the prior quarter" right after "AMD's consumer chips raked in
  $998 million": "its" may be the product line's, so the rate is that line's (unverifiable
  unless the filer names it so), never the company's."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its second quarter of fiscal 2025. "


def _read(text: str) -> dict:
    return {c.text: c for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize("text, key", [
    ("It kept a robust 75.5% non-GAAP gross margin.", "75.5%"),
    ("It posted a 31% adjusted operating margin.", "31%"),
])
def test_an_adjusted_mark_after_the_figure_makes_it_no_gaap_line(text, key):
    assert _read(text)[key].metric not in ("gross_margin", "operating_margin")


def test_a_gaap_margin_after_the_figure_stays_gaap():
    assert _read("It kept a robust 72.4% gross margin.")["72.4%"].metric == "gross_margin"


@pytest.mark.parametrize("text, key, entity", [
    ("The services segment set a revenue record in the Widgetco Q2 2025 earnings, growing "
     "11.6%.", "11.6%", "services"),
    ("The Tablets category shone in the Widgetco Q2 2025 earnings, with revenue up 15.2%.",
     "15.2%", "Tablets"),
])
def test_earnings_naming_the_report_is_no_line(text, key, entity):
    claim = _read(text)[key]
    assert claim.basis != "net_income" and claim.entity == entity


def test_earnings_as_the_line_stays_the_line():
    claim = _read("Q2 2025 earnings rose 5% to $24.8 billion.")["5%"]
    assert claim.basis == "net_income"


def test_a_day_first_dates_year_and_a_records_year():
    got = _read("Revenue rose 5% from the year-ago quarter (see 'Revenues Drop 4% in Q2 2024,' "
                "3 May 2024) but missed the record high of $97.3 billion set in 2022.")
    assert got["$97.3 billion"].period_label == "FY2022"


@pytest.mark.parametrize("first", ["Widgetco's consumer chips raked in $998 million, down 54%.",
                                   "Widgetco's gaming unit posted $1.6 billion in sales."])
def test_its_revenue_after_a_product_lines_sentence_is_not_the_companys(first):
    got = _read(f"{first} The company said demand improved as its revenue increased 35% over "
                "the prior quarter.")
    assert got["35%"].entity is not None


def test_its_revenue_after_the_companys_own_sentence_stays_the_companys():
    got = _read("Widgetco's revenue weighed in at $5.4 billion. It says its revenue rose 3% "
                "sequentially.")
    assert got["3%"].entity is None
