"""Articles about other filers, checked against real corpus documents loaded with ingest_file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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
)

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
