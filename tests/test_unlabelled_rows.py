"""A table row whose label a copy lost: its figures are the one filed line they fit in every
column's period, two columns at least; a single column, a row two lines fit, or a row one
column of which misses is unverifiable, never drifted. Tables written for these tests; the
filing is a camera maker's Q3 2018 10-Q (revenue 285,936 and 329,805, $ thousands; net loss
27,089 against net income 14,661)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

HEADER = "Results in brief\n\n | Q3 2018 | Q3 2017 | Change\n"
NET = "Net income (loss) | ($27.1 million) | $14.7 million |\n"


@pytest.fixture(scope="module")
def cameras():
    return stored_corpus_facts("dev/10-Q_GPRO_0001500435-18-000049.html",
                               "0001500435-18-000049", "10-Q", date(2018, 11, 2))


def test_a_row_that_lost_its_label_is_the_one_line_it_fits(cameras):
    found = verify_text(HEADER + " | $285.9 million | $329.8 million |\n" + NET, cameras)
    for figure, filed in (("$285.9 million", 285936000), ("$329.8 million", 329805000)):
        assert found[figure].verdict == "supported"
        assert found[figure].claim.metric == "revenue"
        assert found[figure].filed_value == filed
    assert "no label" in found["$285.9 million"].reason


def test_a_change_column_beside_the_figures_leaves_the_row_read(cameras):
    found = verify_text(HEADER + " | $285.9 million | $329.8 million | (13.3%) |\n" + NET,
                        cameras)
    assert found["$285.9 million"].verdict == "supported"
    assert found["$329.8 million"].claim.metric == "revenue"


def test_one_column_off_leaves_the_row_unverifiable_not_drifted(cameras):
    found = verify_text(HEADER + " | $285.9 million | $312.4 million |\n" + NET, cameras)
    assert found["$285.9 million"].verdict == "unverifiable"
    assert found["$312.4 million"].verdict == "unverifiable"


def test_a_single_figure_matched_by_value_alone_is_no_evidence(cameras):
    text = "Results in brief\n\n | Q3 2018 | Change\n | $285.9 million |\n"
    assert verify_text(text, cameras)["$285.9 million"].verdict == "unverifiable"


def test_a_row_two_filed_lines_fit_is_unverifiable(cameras):
    twins = [replace(sf, fact=replace(sf.fact, metric="gross_profit"))
             for sf in cameras if sf.fact.metric == "revenue" and sf.fact.entity is None]
    found = verify_text(HEADER + " | $285.9 million | $329.8 million |\n" + NET,
                        cameras + twins)
    assert found["$285.9 million"].verdict == "unverifiable"
    assert "several filed lines (gross_profit, revenue)" in found["$285.9 million"].reason


def test_a_labelled_row_is_never_read_by_its_values(cameras):
    found = verify_text(HEADER + "Widget bookings | $285.9 million | $329.8 million |\n",
                        cameras)
    assert found["$285.9 million"].verdict == "unverifiable"
