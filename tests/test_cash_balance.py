"""Cash-flow statements, balance sheets, remaining performance obligations and operating
expenses: read from real filings (the filers' inline XBRL tags, and the tables of filings that
have none) and from article prose, through the public functions.

The article snippets are the project's own paraphrases, not third-party text.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.metrics import STATEMENTS, TABLE_STATEMENTS, get_metric
from extractors.dispatch import extract_document
from extractors.statement_kinds import instant_period
from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file
from tests.test_claims import claims_of

NFLX_Q = "dev/10-Q_NFLX_2025-06-30.html"
CRM_K = "dev/10-K_CRM_2025-01-31.html"
GPRO_Q = "dev/10-Q_GPRO_0001500435-18-000049.html"
STX_Q = "dev/10-Q_STX_0001193125-17-148855.html"
SPIRE_Q = "dev/10-Q_SR_2023-12-31.html"
FORWARD_K = "dev/10-K_FORD_0001003297-16-000907.html"


def _facts(relative: str, *, use_xbrl: bool) -> list:
    path = corpus_file(relative)
    return extract_document(path.read_bytes(), document=path.name, use_xbrl=use_xbrl)


def _values(facts, metric, start, end, extractor=None) -> set[Decimal]:
    return {f.value for f in facts if f.metric == metric and f.entity is None
            and (f.period_start, f.period_end) == (start, end)
            and (extractor is None or any(s.extractor == extractor for s in f.sources))}


def test_statement_kinds_are_data_of_the_registry():
    assert set(TABLE_STATEMENTS) == {"income", "cash_flow", "balance", "kpi", "equity"}
    assert {STATEMENTS[get_metric(m).statement] for m in (
        "operating_cash_flow", "inventory", "operating_expenses")} == {"extractors.tables"}


def test_balance_sheet_columns_are_days():
    assert instant_period("As of June 30, 2025 (unaudited)").end == date(2025, 6, 30)
    assert instant_period("December 31, 2018").start is None
    assert instant_period("Six Months Ended June 30, 2025") is None  # a period, not a day
    assert instant_period("2018") is None


def test_netflix_tags_and_tables_agree_on_cash(corpus_dir):
    q2 = (date(2025, 4, 1), date(2025, 6, 30))
    tagged = _facts(NFLX_Q, use_xbrl=True)
    seen = _facts(NFLX_Q, use_xbrl=False)
    for facts in (tagged, seen):
        assert _values(facts, "operating_cash_flow", *q2) == {Decimal("2423258000")}
        assert _values(facts, "cash_and_equivalents", None, q2[1]) == {Decimal("8177405000")}
        assert _values(facts, "share_repurchases", *q2) == {Decimal("1654327000")}
    # the cash-flow statement's first line is net income: never read from it
    cash_flow_tables = {s.table for f in seen if f.metric == "operating_cash_flow"
                        for s in f.sources}
    assert not [f for f in seen if f.metric == "net_income"
                and {s.table for s in f.sources} & cash_flow_tables]


def test_salesforce_tags_rpo_dividends_and_buybacks(corpus_dir):
    year = (date(2024, 2, 1), date(2025, 1, 31))
    facts = _facts(CRM_K, use_xbrl=True)
    assert _values(facts, "remaining_performance_obligations", None, year[1]) == {
        Decimal("63400000000")}
    assert _values(facts, "dividends_paid", *year) == {Decimal("1537000000")}
    # printed (7,829) on the statement, tagged positive: one fact, both readings
    assert _values(facts, "share_repurchases", *year, "tables") == {Decimal("7829000000")}
    assert _values(facts, "share_repurchases", *year, "xbrl") == {Decimal("7829000000")}
    assert _values(facts, "operating_expenses", *year) == {Decimal("22047000000")}


def test_gopro_statements_without_xbrl(corpus_dir):
    facts = _facts(GPRO_Q, use_xbrl=False)
    assert _values(facts, "inventory", None, date(2018, 9, 30)) == {Decimal("123249000")}
    assert _values(facts, "cash_and_equivalents", None, date(2017, 12, 31)) == {
        Decimal("202504000")}
    # "Nine months ended": the statement states the year to date, never the quarter
    assert _values(facts, "operating_cash_flow", date(2018, 1, 1), date(2018, 9, 30)) == {
        Decimal("-88397000")}
    assert not _values(facts, "operating_cash_flow", date(2018, 7, 1), date(2018, 9, 30))


def test_seagate_dividends_to_shareholders(corpus_dir):
    facts = _facts(STX_Q, use_xbrl=False)
    nine = (date(2016, 7, 1), date(2017, 3, 31))
    assert _values(facts, "dividends_paid", *nine) == {Decimal("374000000")}
    assert _values(facts, "cash_and_equivalents", None, nine[1]) == {Decimal("3026000000")}
    # printed under EPS on the statement of operations, never scaled
    quarter = (date(2017, 1, 1), date(2017, 3, 31))
    assert _values(facts, "dividends_per_share", *quarter) == {Decimal("0.63")}


def test_combined_filing_reads_the_parents_cash_flow(corpus_dir):
    """Spire's 10-Q prints Spire Inc.'s statements, then Spire Missouri's and Spire Alabama's:
    the first is the registrant's own (the tags say 70.0, Spire Alabama's statement 31.3)."""
    facts = _facts(SPIRE_Q, use_xbrl=False)
    quarter = (date(2023, 10, 1), date(2023, 12, 31))
    assert _values(facts, "operating_cash_flow", *quarter) == {Decimal("70000000")}
    assert _values(facts, "dividends_paid", *quarter) == {Decimal("38800000")}


def test_unscaled_statements_share_the_scale_their_income_statement_settled(corpus_dir):
    """Forward Industries prints whole dollars and states no scale anywhere on its
    statements; its balance sheet is not in thousands because its MD&A is."""
    facts = _facts(FORWARD_K, use_xbrl=False)
    assert _values(facts, "cash_and_equivalents", None, date(2016, 9, 30)) == {
        Decimal("4760620")}


@pytest.mark.parametrize("text, figure, metric, value", [
    # the project's own sentences, shaped like real earnings recaps
    ("Net cash from operating activities reached $2.42 billion in the quarter.",
     "$2.42 billion", "operating_cash_flow", "2420000000"),
    ("The company burned cash: net cash used in operating activities was $88.4 million.",
     "$88.4 million", "operating_cash_flow", "-88400000"),
    ("It ended the quarter with $8.2 billion in cash.", "$8.2 billion",
     "cash_and_equivalents", "8200000000"),
    ("Inventory ended the quarter at $123 million.", "$123 million", "inventory", "123000000"),
    ("Remaining performance obligation was $63.4 billion.", "$63.4 billion",
     "remaining_performance_obligations", "63400000000"),
    # its current part is another figure, which no row reads
    ("Current remaining performance obligation was $30.2 billion.", "$30.2 billion", None,
     "30200000000"),
    ("Its current RPO came in at $30.2 billion.", "$30.2 billion", None, "30200000000"),
    ("It bought back stock through share repurchases ($7.8 billion).", "$7.8 billion",
     "share_repurchases", "7800000000"),
    ("The company paid cash dividends of $186 million.", "$186 million", "dividends_paid",
     "186000000"),
    ("The board declared a quarterly dividend of $0.63 per share.", "$0.63",
     "dividends_per_share", "0.63"),
    ("Operating expenses were $7.3bn in the fourth quarter of 2021.", "$7.3bn",
     "operating_expenses", "7300000000"),
    # figures the registry names only so that no other metric takes them
    ("Free cash flow rose to $2.27 billion, and operating cash flow to $2.42 billion.",
     "$2.27 billion", "free_cash_flow", "2270000000"),
    ("It returned $9.3 billion to stockholders through share repurchases and dividends.",
     "$9.3 billion", "capital_returned", "9300000000"),
])
def test_article_figures_name_the_new_metrics(text, figure, metric, value):
    claim = next(c for t, c in claims_of(text).items() if t.lstrip("(").startswith(figure))
    assert (claim.metric, claim.value) == (metric, Decimal(value))


ARTICLE = """# GoPro's third quarter of 2018 (a paraphrase written for this test)

GoPro reported its results for the quarter ended September 30, 2018. Inventory ended the
quarter at $123.2 million. Cash and cash equivalents stood at $150.0 million. Net cash used in
operating activities was $88.4 million for the nine months ended September 30, 2018.
Free cash flow was negative.
"""


def test_a_pre_xbrl_filing_verifies_balances_and_cash_flow(corpus_dir, tmp_path):
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(GPRO_Q), cik=1500435, form="10-Q",
                accession="0001500435-18-000049", filed_date=date(2018, 11, 2))
    outcome = verify_article_source(settings, str(article), cik=1500435)
    found = {v.claim.text: v for v in outcome.results[0].verifications}
    assert found["$123.2 million"].verdict == "supported"
    assert found["$88.4 million"].verdict == "supported"
    assert found["$88.4 million"].filed_value == Decimal("-88397000")
    # cash was $143.2 million that day: never supported
    assert found["$150.0 million"].verdict != "supported"


NETFLIX_ARTICLE = """# Netflix's second quarter of 2025 (a paraphrase written for this test)

Netflix ended the second quarter of 2025 with $8.2 billion in cash.
A rival recap said Netflix ended the second quarter of 2025 with $7.8 billion in cash.
"""


def test_a_balance_is_the_one_on_the_periods_last_day(corpus_dir, tmp_path):
    """The 10-Q prints cash at June 30, 2025 (8,177 million) and at December 31, 2024 (7,805
    million): a balance dated by the second quarter is the June one, never December's."""
    article = tmp_path / "article.md"
    article.write_text(NETFLIX_ARTICLE, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(NFLX_Q), cik=1065280, form="10-Q",
                accession="0001065280-25-000030", filed_date=date(2025, 7, 18))
    outcome = verify_article_source(settings, str(article), cik=1065280)
    found = {v.claim.text: v for v in outcome.results[0].verifications}
    assert found["$8.2 billion"].verdict == "supported"
    assert found["$7.8 billion"].verdict == "drifted"
    assert found["$7.8 billion"].filed_value == Decimal("8177405000")


def test_the_total_operating_cash_flow_stands_over_its_continuing_operations_line():
    # a statement with discontinued operations prints the continuing operations' line, the
    # discontinued one and the total: the continuing line stood beside the total as a conflict
    rows = [("Net income", "60,000", "50,000"),
            ("Net cash provided by operating activities of continuing operations", "80,000",
             "70,000"),
            ("Net cash provided by (used in) operating activities of discontinued operations",
             "(5,000)", "3,000"),
            ("Net cash provided by operating activities", "75,000", "73,000"),
            ("Net cash used in investing activities", "(20,000)", "(18,000)")]
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    html = ("<html><body><p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><p>(in thousands)</p>"
            "<table><tr><td></td><td>Year Ended December 31, 2011</td>"
            f"<td>Year Ended December 31, 2010</td></tr>{body}</table></body></html>")
    facts = extract_document(html.encode(), document="t.htm", form="10-K", use_xbrl=True)
    flows = sorted((f.period_end.year, f.value, f.is_conflict) for f in facts
                   if f.metric == "operating_cash_flow")
    assert flows == [(2010, Decimal(73000000), False), (2011, Decimal(75000000), False)]
