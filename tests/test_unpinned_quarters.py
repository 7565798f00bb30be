"""A quarter's figure whose period the reader could not pin ("during the same three months
in <year>", an article writing a fiscal year by another calendar year) is borne out only by the
reported quarter's figure, as an undated quarter is (``undated_quarters``), and never by a
longer period's: a trade paper's fourth-quarter gross margin was supported by a 10-K's figure
of another period with the same digits. A day's count "at the end of the quarter" is no flow
and keeps being judged by its value. The sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_registry_verify import stored, verdicts

YEAR = (date(2024, 1, 1), date(2024, 12, 31))
Q4 = (date(2024, 10, 1), date(2024, 12, 31))
Q2 = (date(2024, 4, 1), date(2024, 6, 30))

# gross margins: the year 27.1%, the reported fourth quarter 27.4%, the second quarter 27.1%
MARGINS = [stored("revenue", "40000000000", YEAR), stored("gross_profit", "10840000000", YEAR),
           stored("revenue", "10000000000", Q4), stored("gross_profit", "2740000000", Q4),
           stored("revenue", "10000000000", Q2), stored("gross_profit", "2710000000", Q2)]


@pytest.mark.parametrize("facts", [MARGINS, MARGINS[:4]], ids=["a quarter", "the year"])
def test_an_unpinned_quarters_figure_is_no_other_periods(facts):
    found = verdicts("Widgetco's quarterly gross margin came to 27.4 percent, up from 27.1 "
                     "percent during the same three months in 2019.", facts)
    assert found["27.1 percent"].claim.period_label is None  # (the reader could not pin it)
    assert found["27.1 percent"].verdict == "unverifiable"


def test_an_unpinned_quarters_figure_of_the_reported_quarter_stands():
    found = verdicts("Widgetco's gross margin was 27.4 percent during the same three months in "
                     "2019.", MARGINS)
    assert found["27.4 percent"].claim.period_label is None
    assert found["27.4 percent"].verdict == "supported"


def test_a_count_at_the_quarters_end_is_still_judged_by_its_value():
    """A day's count ("at the end of the quarter") is no flow of the quarter: a cover's count
    of a later day still bears it out."""
    from dataclasses import replace

    found = stored("shares_outstanding", "310000000", (None, date(2025, 1, 24)))
    fact = replace(found, fact=replace(found.fact, unit="shares"))
    got = verdicts("There were 310 million ordinary shares issued and outstanding at the close "
                   "of the quarter.", [fact])
    assert got["310 million ordinary shares"].verdict == "supported"
