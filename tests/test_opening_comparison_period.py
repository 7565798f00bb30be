"""A sentence that opens with a comparison ("Compared to Q2 in 2012, this is a reduction of
five per cent in revenues", a non-US business site on a quarter) names the base's period in
that clause, however many words lead to it: the figures after its comma are the period in
force's, never the base's (read as 2012's, the rate was compared with the year before's growth
and drifted, and the sentences after it took 2012 too). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = ("Acme full-year revenue climbs\n\nAcme reported revenue of $77.9 billion for its fiscal "
         "year ended December 31, 2013. ")


@pytest.mark.parametrize("sentence", [
    "Compared to the fiscal year in 2012, this is an increase of 6 per cent in revenues.",
    "Compared with the full year of 2012, revenues rose 6 per cent.",
    "As compared to the year in 2012, this is an increase of 6 per cent in revenues.",
    "Compared to 2012, this is an increase of 6 per cent in revenues.",
])
def test_an_opening_comparisons_period_is_the_bases(sentence):
    got = {c.text: c.period_label for c in claims_in(
        _LEAD + sentence + " Net income rose 9 per cent.")}
    assert got["6 per cent"] == got["9 per cent"] == "FY ended 2013-12-31", got


@pytest.mark.parametrize("sentence, label", [
    # a period opening the sentence without a comparison is the figures' own
    ("In 2012, revenues rose 5 per cent.", "FY2012"),
    # a comparison that opens the sentence but is not closed by the period is no base clause
    ("Compared to forecasts, revenues in 2012 rose 5 per cent.", "FY2012"),
    # a comparison after the figure still dates its own figure
    ("Revenues in 2012 rose 5 per cent compared with 2011.", "FY2012"),
])
def test_other_periods_keep_their_figures(sentence, label):
    got = {c.text: c.period_label for c in claims_in(_LEAD + sentence)}
    assert got["5 per cent"] == label, got
