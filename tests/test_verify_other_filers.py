"""Articles about other filers, checked against real corpus documents loaded with ingest_file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file

pytestmark = pytest.mark.corpus

DOCUMENTS = (  # (corpus path, cik, form, accession, filed)
    ("10q-aapl-0000320193-25-000057/aapl-20250329.htm", 320193, "10-Q",
     "0000320193-25-000057", date(2025, 5, 2)),
    ("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html", 1045810, "10-Q",
     "0001045810-25-000209", date(2025, 8, 27)),
    ("8k-adbe-0000796343-23-000044/adbeex991q123.htm", 796343, "8-K",
     "0000796343-23-000044", date(2023, 3, 15)),
    ("8k-buckle-2024-11-22/BuckleInc.8-K.EX99.1.html", 885245, "8-K", None, date(2024, 11, 22)),
    ("424b4-camp4-2024/camp4_424b4.htm", 1736243, "424B4", None, date(2024, 10, 11)),
    ("10q-10k/10-K_PLTR_0001321655-24-000022.html", 1321655, "10-K", "0001321655-24-000022",
     date(2024, 2, 20)),
    ("10q-10k/10-K_GME_0001326380-24-000012.html", 1326380, "10-K", "0001326380-24-000012",
     date(2024, 3, 26)),
)
OTHER = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "other"

APPLE = """# Apple's March quarter

Apple reported revenue of $95.4 billion for the quarter ended March 29, 2025, according to its
10-Q. Gross margin was 47.1% in the quarter, and net income came to $24.8 billion.
"""
APPLE_WRONG = """Apple's 10-Q shows revenue of $97.4 billion for the three months ended
March 29, 2025.
"""
NVIDIA = """# NVIDIA leans on two buyers

In its 10-Q for the quarter ended July 27, 2025, NVIDIA said revenue was $46.7 billion. Customer A
accounted for 23% of total revenue and Customer B for 16%. Net income was $26.4 billion.
"""
ADOBE = """<html><head><title>Adobe results</title></head><body><nav>Home | Markets</nav>
<article><h1>Adobe beats</h1><p>Adobe posted record revenue of $4.66 billion in the quarter ended
March 3, 2023, the company's earnings release said. GAAP net income was $1.25 billion, or $2.71 per
share.</p></article><footer>Copyright 2023</footer></body></html>
"""


@pytest.fixture(scope="module")
def settings(tmp_path_factory, corpus_dir):
    from pipeline.ingest import ingest_file

    settings = load_settings(env={}, data_dir=tmp_path_factory.mktemp("data"))
    for relative, cik, form, accession, filed in DOCUMENTS:
        ingest_file(settings, corpus_file(relative), cik=cik, form=form, accession=accession,
                    filed_date=filed)
    return settings


def verify_text(settings, tmp_path, text: str, cik: int, suffix: str = ".md"):
    path = tmp_path / f"article{suffix}"
    path.write_text(text, encoding="utf-8")
    return {(v.claim.metric, v.claim.text): v
            for v in verify_article_source(settings, str(path), cik=cik).results[0].verifications}


def test_apple_quarter(settings, tmp_path):
    found = verify_text(settings, tmp_path, APPLE, 320193)
    revenue = found[("revenue", "$95.4 billion")]
    assert revenue.verdict == "supported" and revenue.filed_value == Decimal("95359000000")
    assert revenue.evidence[0].accession == "0000320193-25-000057"
    margin = found[("gross_margin", "47.1%")]
    assert margin.verdict == "supported"
    assert margin.arithmetic.startswith("44,867,000,000 / 95,359,000,000")
    assert found[("net_income", "$24.8 billion")].verdict == "supported"


def test_apple_wrong_revenue_drifts(settings, tmp_path):
    found = verify_text(settings, tmp_path, APPLE_WRONG, 320193)
    revenue = found[("revenue", "$97.4 billion")]
    assert revenue.verdict == "drifted"
    assert revenue.filed_value == Decimal("95359000000")
    assert revenue.delta == Decimal("2041000000")


def test_nvidia_customer_concentration(settings, tmp_path):
    found = verify_text(settings, tmp_path, NVIDIA, 1045810)
    customer_a = found[("customer_concentration", "23%")]
    assert customer_a.claim.entity == "Customer A" and customer_a.verdict == "supported"
    customer_b = found[("customer_concentration", "16%")]
    assert customer_b.claim.entity == "Customer B" and customer_b.verdict == "supported"
    assert found[("revenue", "$46.7 billion")].verdict == "supported"
    assert found[("net_income", "$26.4 billion")].verdict == "supported"


def test_adobe_html_article(settings, tmp_path):
    found = verify_text(settings, tmp_path, ADOBE, 796343, suffix=".html")
    revenue = found[("revenue", "$4.66 billion")]
    assert revenue.verdict == "supported" and revenue.filed_value == Decimal("4655000000")
    assert found[("net_income", "$1.25 billion")].verdict == "supported"
    assert found[("eps_diluted", "$2.71 per share")].verdict == "supported"
    assert not any("2023" == v.claim.text for v in found.values())


def verify_file(settings, name: str, cik: int) -> dict:
    outcome = verify_article_source(settings, str(OTHER / name), cik=cik)
    return {v.claim.text: v for v in outcome.results[0].verifications}


def expect(found: dict, text: str, verdict: str, filed: str | None = None):
    v = found[text]
    assert v.verdict == verdict, (text, v.verdict, v.filed_value, v.reason)
    if filed is not None:
        assert v.filed_value == Decimal(filed), (text, v.filed_value)
    if verdict in ("supported", "drifted", "stale"):
        assert v.evidence and v.evidence[0].document_url
    if verdict == "unverifiable":
        assert v.reason.startswith("searched") or "searched" in v.reason
    return v


def test_nvidia_fiscal_quarter_article(settings):
    found = verify_file(settings, "nvidia-q2-fy2026.md", 1045810)
    revenue = expect(found, "$46.7 billion", "supported", "46743000000")
    assert revenue.claim.period_label == "fiscal Q2 2026"
    growth = expect(found, "56%", "supported", "55.60")
    assert growth.arithmetic == "46,743,000,000 / 30,040,000,000 - 1 = 55.60%"
    expect(found, "72.4%", "supported", "72.42")
    expect(found, "$26.4 billion", "supported", "26422000000")
    drifted = expect(found, "$29.4 billion", "drifted", "28440000000")
    assert drifted.delta == Decimal("960000000")
    expect(found, "23%", "supported", "23")
    expect(found, "16%", "supported", "16")
    # the Data Center segment's revenue, tagged on the segment axis; never the total
    segment = expect(found, "$41.1 billion", "supported", "41096000000")
    assert segment.evidence[0].entity == "Data Center"


def test_buckle_quarter_and_year_to_date(settings):
    found = verify_file(settings, "buckle-q3-2024.md", 885245)
    expect(found, "$293.6 million", "supported", "293618000")
    expect(found, "$44.2 million", "supported", "44172000")
    expect(found, "$0.88 per diluted share", "supported", "0.88")
    expect(found, "47.7%", "supported", "47.71")
    ytd = expect(found, "$848.5 million", "drifted", "838490000")
    assert ytd.claim.period_label == "9 months ended 2024-11-02"
    # the release states online sales $46.6 million (segment_prose): the article's $45.8
    # million differs, but the release's sentence is no labelled line to pin "sales" to
    online = found["$45.8 million"]
    assert online.verdict == "unverifiable" and "46,600,000" in online.reason
    assert "(Online)" in online.reason


def test_camp4_ipo_article(settings):
    found = verify_file(settings, "camp4-ipo.md", 1736243)
    expect(found, "$11.00 a share", "supported", "11.00")
    expect(found, "6,820,000 shares", "supported", "6820000")
    expect(found, "19,505,119 shares", "supported", "19505119")
    expect(found, "$49.3 million", "supported", "-49291000")
    expect(found, "$41.2 million", "drifted", "-44192000")
    expect(found, "$66.7 million", "supported", "66700000")
    assert found["$2 billion"].verdict == "unverifiable" and found["$2 billion"].reason
    # "employs 60 people": a headcount, a factual figure no loaded filing states (an S-1's
    # employee count is not read), so unverifiable, never a bare number
    # (the reason names the noun "people" since a workforce's people are measured nouns)
    assert found["60"].verdict == "unverifiable" and "people" in found["60"].reason


def test_palantir_annual_article(settings):
    found = verify_file(settings, "palantir-2023.md", 1321655)
    expect(found, "$2.2 billion", "supported", "2225012000")
    expect(found, "17%", "supported", "16.75")
    income = expect(found, "$209.8 million", "supported", "209825000")
    assert income.claim.period_label == "FY2023"
    expect(found, "81%", "supported", "80.62")
    expect(found, "$0.09", "supported", "0.09")
    expect(found, "$129.9 million", "drifted", "119966000")
    expect(found, "$355 million", "unverifiable")


def test_gamestop_fiscal_year_and_html_table(settings):
    found = verify_file(settings, "gamestop-fiscal-2023.html", 1326380)
    # fiscal 2023 is the 53 weeks ended February 3, 2024, not the year ended in January 2023
    revenue = expect(found, "$5.27 billion", "supported", "5272800000")
    assert revenue.evidence[0].period_end == date(2024, 2, 3)
    expect(found, "$5,927.2 million", "supported", "5927200000")
    expect(found, "$5,272.8 million", "supported", "5272800000")
    expect(found, "$1,372.1 million", "supported", "1372100000")
    expect(found, "$1,394.2 million", "drifted", "1294200000")
    expect(found, "$(313.1) million", "supported", "-313100000")
    # collectibles is a product category the 10-K tags on the product axis
    collectibles = expect(found, "$0.8 billion", "supported", "754000000")
    assert collectibles.evidence[0].entity == "Collectibles"
