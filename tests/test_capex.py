"""Capital expenditures: the cash-flow statement's purchases of property, plant and equipment,
read from real filings (a pre-XBRL 10-K's statement, a filer's tag) and from article prose,
through the public functions. The article snippets are the project's own paraphrases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.dispatch import extract_document
from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file
from tests.test_claims import claims_of

VMC_K = "dev/10-K_VMC_0001193125-13-084128.html"
UNP_K = "dev/10-K_UNP_2024-12-31.html"
YEAR_2012 = (date(2012, 1, 1), date(2012, 12, 31))


def _values(facts, metric, start, end) -> set[Decimal]:
    return {f.value for f in facts if f.metric == metric and f.entity is None
            and (f.period_start, f.period_end) == (start, end)}


def test_a_cash_flow_statement_states_capital_expenditures(corpus_dir):
    path = corpus_file(VMC_K)
    facts = extract_document(path.read_bytes(), document=path.name, use_xbrl=False)
    # "Purchases of property, plant & equipment (93,357)" in thousands, a cost of that size
    assert _values(facts, "capital_expenditures", *YEAR_2012) == {Decimal("93357000")}
    # the operating total is printed under the working-capital lines' own subsection
    # ("Increase (decrease) in liabilities ..."): the statement is read
    assert _values(facts, "operating_cash_flow", *YEAR_2012) == {Decimal("238475000")}
    # never the segment note's capital expenditures (a total of 95.8 million), nor the
    # supplemental line of purchases accrued but not paid (9,627)
    assert not [f for f in facts if f.metric == "capital_expenditures"
                and f.value in (Decimal("95800000"), Decimal("9627000"))]


def test_a_filers_tag_states_capital_expenditures(corpus_dir):
    path = corpus_file(UNP_K)
    facts = extract_document(path.read_bytes(), document=path.name, use_xbrl=True)
    assert _values(facts, "capital_expenditures", date(2024, 1, 1), date(2024, 12, 31)) == {
        Decimal("3452000000")}


def test_article_words_name_capital_expenditures():
    claims = claims_of("Capital expenditures fell to $93.4 million in 2012.")
    assert claims["$93.4 million"].metric == "capital_expenditures"
    claims = claims_of("Capex was $1.2 billion for the year.")
    assert claims["$1.2 billion"].metric == "capital_expenditures"


ARTICLE = """# A materials company's 2012 (a paraphrase written for this test)

In 2012 the company's capital expenditures declined by 5.6% to $93.4 million.
A second recap put the company's 2012 capital spending at $95.8 million.
"""


def test_capital_expenditures_are_supported_and_a_miss_never_drifts_alone(corpus_dir,
                                                                          tmp_path):
    """A company's "capital expenditures" may be a wider total than the cash-flow line (the
    segment note's 95.8 million holds what was accrued): a figure the line misses is
    unverifiable, never drifted."""
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(VMC_K), cik=1396009, form="10-K",
                accession="0001193125-13-084128", filed_date=date(2013, 2, 28))
    outcome = verify_article_source(settings, str(article), cik=1396009)
    found = {v.claim.text: v for v in outcome.results[0].verifications}
    assert found["$93.4 million"].verdict == "supported"
    assert found["$93.4 million"].filed_value == Decimal("93357000")
    assert found["5.6%"].verdict == "supported"  # 93,357 / 98,912 - 1 = -5.6%
    assert found["$95.8 million"].verdict == "unverifiable"
