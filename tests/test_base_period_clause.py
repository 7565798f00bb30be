"""A year back that dates a comparison's base ("from $303.5 million in the prior-year
quarter") dates that base only: the figures of the clause after it are the period in force's
(read as the year before, a retailer's online sales, gross profit and net income of the
quarter were each compared with the year-ago quarter's)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "The retailer reported results for the quarter ended November 2, 2024. "
_NOW = "3 months ended 2024-11-02"
_THEN = "3 months ended 2023-11-04"


@pytest.mark.parametrize("sentence, now, then", [
    ("While net sales fell 3.2% to $293.6 million from $303.5 million in the prior-year "
     "quarter, its online sales rose 1.1% to $46.6 million.", "$46.6 million", "$303.5 million"),
    ("Net income was $44.2 million, compared with $51.8 million in the prior-year quarter, and "
     "gross profit was $140.1 million.", "$140.1 million", "$51.8 million"),
    ("Revenue rose to $9 million from $8 million in the year-ago quarter, while net income was "
     "$2 million.", "$2 million", "$8 million"),
])
def test_a_base_year_back_does_not_date_the_next_clause(sentence, now, then):
    got = {c.text: c.period_label for c in claims_in(_LEAD + sentence)}
    assert got[now] == _NOW and got[then] == _THEN, got


def test_a_year_back_heading_its_clause_still_dates_it():
    got = {c.text: c.period_label for c in claims_in(
        _LEAD + "Net income was $2 million. In the year-ago quarter, net income was $1.5 "
        "million.")}
    assert got["$1.5 million"] == _THEN and got["$2 million"] == _NOW
