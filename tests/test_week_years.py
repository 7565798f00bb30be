"""A 52/53-week fiscal year's growth: the year before a 53-week year ends five or six days
before the same calendar day a year back (Macy's fiscal 2012 ended February 2, 2013, fiscal
2011 January 28, 2012), and is still the year a growth rate is measured against. Real 10-K,
the project's own paraphrases."""

from __future__ import annotations

from datetime import date

from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file

MACYS_K = "dev/10-K_M_0000794367-13-000092.html"

ARTICLE = """# A department-store chain's year (a paraphrase written for this test)

The retailer's net income for the fiscal year climbed {rate} percent to $1.3 billion.
"""


def _verdicts(tmp_path, rate: str) -> dict:
    article = tmp_path / f"article-{rate}.md"
    article.write_text(ARTICLE.format(rate=rate), encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / f"data-{rate}")
    ingest_file(settings, corpus_file(MACYS_K), cik=794367, form="10-K",
                accession="0000794367-13-000092", filed_date=date(2013, 4, 3))
    outcome = verify_article_source(settings, str(article), cik=794367)
    return {v.claim.text: v for v in outcome.results[0].verifications}


def test_growth_of_a_53_week_year_is_measured_against_the_year_before(corpus_dir, tmp_path):
    found = _verdicts(tmp_path, "6.3")
    assert found["$1.3 billion"].verdict == "supported"
    # 1,335 / 1,256 - 1 = 6.29%: the 52-week fiscal 2011 is the base
    assert found["6.3 percent"].verdict == "supported"
    wrong = _verdicts(tmp_path, "9.1")
    assert wrong["9.1 percent"].verdict == "drifted"
    assert "2011-01-30..2012-01-28" in wrong["9.1 percent"].reason
