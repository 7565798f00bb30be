"""crosscheck: table facts against the filer's inline XBRL, on every inline-XBRL 10-Q/10-K."""

from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from pipeline.crosscheck import crosscheck_facts, crosscheck_files, format_crosscheck
from tests.conftest import corpus_file

INLINE = [
    "10q-aapl-0000320193-25-000057/aapl-20250329.htm",
    "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html",
    "10q-10k/10-Q_AI_0001628280-23-031636.html",
    "10q-10k/10-Q_AMD_0000002488-23-000139.html",
    "10q-10k/10-Q_HD_0000354950-23-000185.html",
    "10q-10k/10-Q_KO_0000021344-23-000048.html",
    "10q-10k/10-Q_MARA_0001493152-23-027174.html",
    "10q-10k/10-Q_ORCL_0000950170-23-047713.html",
    "10q-10k/10-K_GME_0001326380-24-000012.html",
    "10q-10k/10-K_PLTR_0001321655-24-000022.html",
]


def _fact(metric, value, start, end, extractor):
    return Fact(metric, Decimal(value), "USD", start, end,
                sources=(Source("d", extractor, "1.0", text=str(value)),))


def test_matches_nominal_table_starts_and_reports_mismatches():
    table = [_fact("revenue", 10, date(2024, 12, 30), date(2025, 3, 29), "tables"),
             _fact("net_income", 5, date(2024, 12, 30), date(2025, 3, 29), "tables")]
    xbrl = [_fact("revenue", 10, date(2024, 12, 29), date(2025, 3, 29), "xbrl"),
            _fact("net_income", 6, date(2024, 12, 29), date(2025, 3, 29), "xbrl")]
    result = crosscheck_facts("d", table, xbrl)
    assert result.metrics() == {"revenue": (1, 1), "net_income": (0, 1)}
    assert "MISMATCH net_income" in format_crosscheck([result])
    assert result.to_json()["mismatches"][0]["xbrl"] == "6"


@pytest.mark.corpus
@pytest.mark.parametrize("relative", INLINE, ids=[r.split("/")[-1][:20] for r in INLINE])
def test_tables_agree_with_inline_xbrl(relative):
    (result,) = crosscheck_files([corpus_file(relative)])
    metrics = result.metrics()
    assert not result.mismatches(), format_crosscheck([result])
    for metric in ("revenue", "net_income"):
        agree, compared = metrics.get(metric, (0, 0))
        assert compared and agree == compared, metric
