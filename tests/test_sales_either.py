"""A bare "sales" growth of a filer that prints a sales line inside a larger total: supported
only when both lines bear it out; a rate one line rounds to and the other does not is
unverifiable, naming both; a rate naming its line is checked over that line alone.

Checked by hand against a warehouse club's 10-K for fiscal 2022: net sales 222,730 against
192,052 million (15.97%), total revenue 226,954 against 195,929 million (15.83%). The
sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

CLUB_10K = "dev/10-K_COST_0000909832-22-000021.html"
FILED = date(2022, 10, 5)


def _club(text: str) -> dict:
    return corpus_verdicts(CLUB_10K, FILED, text, form="10-K")


def test_a_bare_sales_rate_only_one_line_rounds_to_is_unverifiable(corpus_dir):
    found = _club("Across fiscal 2022 the membership retailer's sales climbed 15.8%.")
    assert found["15.8%"][0] == "unverifiable"  # supported by the total alone before


def test_a_rate_both_lines_bear_out_or_a_named_line_stays_judged(corpus_dir):
    # must not fire: both lines round to 16%, and a named line is that line's
    assert _club("Across fiscal 2022 the membership retailer's sales climbed 16%.")[
        "16%"][0] == "supported"
    assert _club("Across fiscal 2022 the membership retailer's net sales climbed 16.0%.")[
        "16.0%"][0] == "supported"
    assert _club("Across fiscal 2022 the membership retailer's total revenue climbed 15.8%.")[
        "15.8%"][0] == "supported"
