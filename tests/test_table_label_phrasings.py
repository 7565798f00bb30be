"""An article table's row labels cut short or written with an ampersand ("Op. Income", "Cash &
Equivalents") name the registry's lines, as their full words do: the phrasings are the rows'
cues (data), not a rule of the table reader.

Checked against a device maker's 10-Q for its second quarter of fiscal 2025: operating income
29,589 and cash and cash equivalents 28,162 (millions). The table is the project's own.
"""

from __future__ import annotations

from datetime import date

from pipeline.verify.claims_metric import named_metric
from tests.conftest import corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
FILED = date(2025, 5, 2)
TABLE = ("The device maker reported its second quarter of fiscal 2025.\n\n"
         "Key lines ($ in millions)\n\n| Line | Q2 2025 |\n|---|---|\n")


def test_short_and_ampersand_labels_name_their_lines(corpus_dir):
    found = corpus_verdicts(AAPL_Q, FILED, TABLE + "| Op. Income | 29,589 |\n"
                            "| Cash & Equivalents | 28,162 |\n", form="10-Q")
    assert found["29,589"] == ("supported", "operating_income")
    assert found["28,162"] == ("supported", "cash_and_equivalents")


def test_the_phrasings_name_nothing_else():
    # must not fire: an operating measure before depreciation, cash beside securities, and
    # a word merely starting with the letters ("open income"), stay what they were
    assert named_metric("Op. income before depreciation and amortization", "USD") is None
    assert named_metric("Cash & marketable securities", "USD") != "cash_and_equivalents"
    assert named_metric("Open income", "USD") is None
