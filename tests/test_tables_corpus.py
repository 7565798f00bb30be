"""Acceptance on the real EDGAR corpus: the main period's figures, exactly, from tables only."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file

pytestmark = pytest.mark.corpus

# document, period end, months, {metric: value}. Adobe and Buckle: the tables' exact figures
# (the README quotes the releases' rounded text: "$1.25 billion", "$44.2 million").
EXPECTED = [
    ("10q-aapl-0000320193-25-000057/aapl-20250329.htm", date(2025, 3, 29), 3,
     {"revenue": 95359000000, "gross_profit": 44867000000, "net_income": 24780000000}),
    ("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", date(2025, 7, 27), 3,
     {"revenue": 46743000000, "gross_profit": 33853000000, "net_income": 26422000000}),
    ("10q-10k/10-Q_AI_0001628280-23-031636.html", date(2023, 7, 31), 3,
     {"revenue": 72362000, "gross_profit": 40549000, "net_income": -64358000}),
    ("10q-10k/10-Q_AMD_0000002488-23-000139.html", date(2023, 7, 1), 3,
     {"revenue": 5359000000, "gross_profit": 2443000000, "net_income": 27000000}),
    ("10q-10k/10-Q_HD_0000354950-23-000185.html", date(2023, 7, 30), 3,
     {"revenue": 42916000000, "gross_profit": 14157000000, "net_income": 4659000000}),
    ("10q-10k/10-Q_KO_0000021344-23-000048.html", date(2023, 6, 30), 3,
     {"revenue": 11972000000, "gross_profit": 7060000000, "net_income": 2547000000}),
    ("10q-10k/10-Q_MARA_0001493152-23-027174.html", date(2023, 6, 30), 3,
     {"revenue": 81759000, "gross_profit": None, "net_income": -19133000}),
    ("10q-10k/10-Q_ORCL_0000950170-23-047713.html", date(2023, 8, 31), 3,
     {"revenue": 12453000000, "gross_profit": None, "net_income": 2420000000}),
    ("10q-10k/10-K_GME_0001326380-24-000012.html", date(2024, 2, 3), 12,
     {"revenue": 5272800000, "gross_profit": 1294200000, "net_income": 6700000}),
    ("10q-10k/10-K_PLTR_0001321655-24-000022.html", date(2023, 12, 31), 12,
     {"revenue": 2225012000, "gross_profit": 1793907000, "net_income": 209825000}),
    ("8k-adbe-0000796343-23-000044/adbeex991q123.htm", date(2023, 3, 3), 3,
     {"revenue": 4655000000, "net_income": 1247000000}),
    ("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", date(2024, 11, 2), 3,
     {"revenue": 293618000, "net_income": 44172000}),
    ("s1a-unicycive-0001213900-21-035033/ea143554-s1a3_unicycivethera.htm", date(2019, 12, 31), 12,
     {"net_income": -2165000}),
    ("s1a-unicycive-0001213900-21-035033/ea143554-s1a3_unicycivethera.htm", date(2020, 12, 31), 12,
     {"net_income": -2264000}),
    ("424b4-camp4-2024/camp4_424b4.htm", date(2023, 12, 31), 12,
     {"net_income": -49291000, "revenue": 350000}),
    ("424b4-camp4-2024/camp4_424b4.htm", date(2022, 12, 31), 12, {"net_income": -44192000}),
    ("10q-10k/10-Q_AA_0001193125-18-236766.html", date(2018, 6, 30), 3,
     {"revenue": 3579000000, "net_income": 75000000}),
]

_CACHE: dict[str, list] = {}


def _facts(relative: str) -> list:
    if relative not in _CACHE:
        path = _resolve(relative)
        _CACHE[relative] = extract_table_facts(parse_document(path.read_bytes(), name=str(path)))
    return _CACHE[relative]


def _resolve(relative: str):
    return corpus_file(relative)


def _values(facts, metric, end, months):
    days = months * 30.44
    return sorted({f.value for f in facts if f.metric == metric and f.period_end == end
                   and abs((f.period_end - f.period_start).days - days) < 20})


@pytest.mark.parametrize("relative,end,months,expected", EXPECTED,
                         ids=[f"{e[0].split('/')[-1][:24]}-{e[1]}" for e in EXPECTED])
def test_main_period_figures_exactly(relative, end, months, expected):
    facts = _facts(relative)
    for metric, value in expected.items():
        got = _values(facts, metric, end, months)
        want = [] if value is None else [Decimal(value)]
        assert got == want, f"{metric}: got {got}, want {want}"


def test_ibm_statements_incorporated_by_reference_yield_nothing():
    facts = _facts("10q-10k/10-K_IBM_0000051143-24-000012.html")
    assert not [f for f in facts if f.metric in ("revenue", "net_income", "gross_profit")]


def test_8k_without_results_yields_nothing():
    assert _facts("8k-nvda-0001045810-26-000024/nvda-20260302.htm") == []


def test_sources_name_the_cell():
    fact = next(f for f in _facts("10q-10k/10-K_GME_0001326380-24-000012.html")
                if f.metric == "revenue" and f.period_end == date(2024, 2, 3))
    source = fact.sources[0]
    assert source.extractor == "tables" and source.text.endswith("5,272.8")
    assert source.row == "Net sales" and "2023" in source.column
    assert fact.decimals == -5
