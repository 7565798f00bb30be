"""A change noun's "on"/"over" sets its base ("an upswing on the $B loss recorded in fiscal
<Y-1>", as British and games-trade copy put a retailer's year): the year after that base dates
the base only, never the figure the change is of (read as the sentence's period, the year's
net income was compared with the year before's and called a misquote)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "The retailer reported its results for fiscal 2023. "


@pytest.mark.parametrize("sentence, now, then", [
    ("Net income increased to $6.7 million, which is an upswing on the $313.1 million loss "
     "recorded in fiscal 2022.", "$6.7 million", "$313.1 million"),
    ("Net income came in at $6.7 million, an improvement on the $313.1 million loss it posted "
     "in fiscal 2022.", "$6.7 million", "$313.1 million"),
    ("Net sales were $5.27 billion, a decline over the $5.93 billion recorded in fiscal 2022.",
     "$5.27 billion", "$5.93 billion"),
])
def test_a_change_nouns_base_year_dates_the_base_only(sentence, now, then):
    got = {c.text: c.period_label for c in claims_in(_LEAD + sentence)}
    assert got[now] == "FY2023" and got[then] == "FY2022", got


@pytest.mark.parametrize("sentence", [
    # a cause, no base: the year dates the sentence's figures
    "Net income was $6.7 million, an increase on the back of $2 billion of sales in fiscal 2022.",
    # no change noun before "on": a figure of the year the sentence names
    "Net income was $6.7 million, on the $5 billion of sales recorded in fiscal 2022.",
])
def test_no_change_nouns_base_leaves_the_year_to_the_sentence(sentence):
    got = {c.text: c.period_label for c in claims_in(_LEAD + sentence)}
    assert got["$6.7 million"] == "FY2022", got
