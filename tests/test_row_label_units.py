"""A pipe table's row may state its own unit in its label: "Net sales (USD millions)" makes its
bare cells money in millions, "Diluted EPS (USD)" makes them per-share amounts; a rate's row
stays a rate, and a row with no unit of its own is read as before.

Checked against a device maker's real 10-Q (net sales 95,359 and 90,753 million; diluted EPS
1.65 and 1.53). The table is the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
TABLE = """Quarterly scorecard for the phone maker's fiscal second quarter of 2025

Line | Q2 FY2025 | Q2 FY2024 | Change |
---|---|---|---|
Net sales (USD millions) | 95,359 | 90,753 | +5.1% |
Net income (USD millions) | 24,780 | 23,636 | +4.8% |
Diluted EPS (USD) | 1.65 | 1.53 | +7.8% |
Operating margin (%) | 31.0 | 30.7 | +0.3 |
"""


def test_a_rows_own_unit_makes_its_cells_checkable(corpus_dir):
    found = corpus_verdicts(AAPL_Q, date(2025, 5, 2), TABLE, form="10-Q")
    for cell in ("95,359", "90,753", "24,780", "23,636", "1.65", "1.53"):
        assert found[cell][0] == "supported", cell


def test_a_misquoted_cell_drifts_and_a_rate_row_is_no_money(corpus_dir):
    wrong = TABLE.replace("24,780", "25,780")
    found = corpus_verdicts(AAPL_Q, date(2025, 5, 2), wrong, form="10-Q")
    assert found["25,780"][0] == "drifted"
    units = {c.text: c.unit for c in claims_in(TABLE)}
    assert units["31.0"] != "USD" and units["30.7"] != "USD"


def test_a_row_without_its_own_unit_stays_bare():
    bare = TABLE.replace(" (USD millions)", "").replace(" (USD)", "")
    units = {c.text: c.unit for c in claims_in(bare)}
    assert units["95,359"] is None and units["24,780"] is None
