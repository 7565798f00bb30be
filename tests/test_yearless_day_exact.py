"""A yearless day that one stated quarter ends on exactly: "the quarter ended Jan. 28" beside a
computer maker's FY2006 10-K, whose reported fourth quarter ended Feb. 3, 2006 (a 53-week year)
and whose quarterly data state the prior year's fourth quarter ending Jan. 28, 2005 (revenue
13,457 million, gross margin 2,495 million). Within a week of the day, the reported quarter was
taken for it and the earlier quarter's true revenue drifted against the later one's 15,183.
The day said exactly is the quarter's; an aside's day ("the quarter, ended Jan. 28,") too.
Sentences are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_DELL = "dev/10-K_DELL_0000950134-06-005149.html"
_KO = "10q-10k/10-Q_KO_0000021344-23-000048.html"


def _dell(text: str) -> dict:
    return corpus_verdicts(_DELL, date(2006, 3, 15), text, form="10-K")


def test_the_day_said_exactly_is_the_earlier_quarters():
    assert _dell("Revenue for the quarter ended Jan. 28 was $13.5 billion.")[
        "$13.5 billion"][0] == "supported"
    assert _dell("Revenue for the quarter ended Jan. 28 was $13.9 billion.")[
        "$13.9 billion"][0] == "drifted"


def test_an_asides_day_pins_the_quarter():
    assert _dell("In the quarter, ended Jan. 28, the gross margin stood at 18.5 percent.")[
        "18.5 percent"][0] == "supported"
    assert _dell("In the quarter, which ended Jan. 28, the gross margin stood at 18.9 percent.")[
        "18.9 percent"][0] == "drifted"


def test_the_reported_quarters_own_day_still_pins_it():
    assert _dell("Revenue for the quarter ended Feb. 3 was $15.2 billion.")[
        "$15.2 billion"][0] == "supported"
    assert _dell("Revenue for the quarter ended Feb. 3 was $13.5 billion.")[
        "$13.5 billion"][0] == "drifted"


def test_a_calendar_day_reported_this_year_stays_the_reported_quarter():
    # a beverage maker's quarter ended June 30, 2023 (11,972 million); a year before it ended
    # July 1, 2022 (11,325 million), near the day but not on it
    got = corpus_verdicts(_KO, date(2023, 7, 27),
                          "Net operating revenues for the quarter ended June 30 were $11.97 "
                          "billion.", form="10-Q")
    assert got["$11.97 billion"][0] == "supported"
