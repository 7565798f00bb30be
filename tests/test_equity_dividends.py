"""Dividends declared per share printed under a statement of stockholders' equity laid out by
period columns (a 10-Q's last row under its account blocks), read from the HTML as from an income
statement; and the registry's ``also_in`` that lets one line be read in two statements.

Read from real filings through the public functions; the tags are the ground truth.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.dates import same_period
from core.errors import ValidationError
from core.metric_model import Metric
from core.metrics import added, get_metric
from extractors.dispatch import extract_document
from tests.conftest import corpus_file

ORCL_Q = "10q-10k/10-Q_ORCL_0000950170-23-047713.html"
AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
NVDA_Q = "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"
KO_Q = "10q-10k/10-Q_KO_0000021344-23-000048.html"


def _dividends(relative: str, *, use_xbrl: bool) -> dict:
    path = corpus_file(relative)
    facts = extract_document(path.read_bytes(), document=path.name, use_xbrl=use_xbrl)
    return {(f.period_start, f.period_end): (f.value, f.sources[0].extractor) for f in facts
            if f.metric == "dividends_per_share" and f.entity is None}


def test_equity_statement_per_share_row_is_read_by_its_period_columns(corpus_dir):
    html = _dividends(ORCL_Q, use_xbrl=False)
    assert html == {(date(2023, 6, 1), date(2023, 8, 31)): (Decimal("0.40"), "tables"),
                    (date(2022, 6, 1), date(2022, 8, 31)): (Decimal("0.32"), "tables")}
    # the same figures the filer tags
    tags = _dividends(ORCL_Q, use_xbrl=True)
    assert {k: v[0] for k, v in tags.items()} == {k: v[0] for k, v in html.items()}


def test_quarter_and_year_to_date_columns_of_a_device_makers_equity_statement(corpus_dir):
    # "Dividends and dividend equivalents declared per share or RSU" under four columns
    # (a 52/53-week filer: the HTML derives each start from the end, a day from the tag's)
    html = _dividends(AAPL_Q, use_xbrl=False)
    tags = _dividends(AAPL_Q, use_xbrl=True)
    assert sorted(v[0] for v in html.values()) == [Decimal("0.24"), Decimal("0.25"),
                                                   Decimal("0.48"), Decimal("0.50")]
    for (start, end), (value, _) in html.items():
        assert [v for (s, e), (v, _) in tags.items() if same_period((s, e), (start, end))] == [
            value]


@pytest.mark.parametrize("relative", [NVDA_Q, KO_Q])
def test_per_share_amount_inside_a_label_is_not_read_from_account_columns(corpus_dir, relative):
    # "Cash dividends declared and paid ($0.01 per common share)" over account columns: the
    # figures under it are totals of an account, never a per-share amount, and the period is
    # the block's, which no column says
    assert _dividends(relative, use_xbrl=False) == {}


def test_also_in_must_name_a_table_statement():
    row = get_metric("dividends_per_share")
    assert "equity" in row.also_in
    bad = Metric("not_a_real_line", "USD", "a test row", statement="income", also_in=("cover",))
    with pytest.raises(ValidationError, match="also_in"):
        with added(bad):
            pass
