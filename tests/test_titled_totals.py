"""A metric's totals from a small table titled by the metric (the sentence just before it or its
own heading) whose last row is a bare "Total": read from real filings in place (Twilio's FY2018
10-K, Seagate's fiscal Q3 2017 10-Q) and verified from article prose through the public
functions. The article sentences are the project's own paraphrases, not third-party text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from core.readings import resolve_readings
from extractors.dispatch import extract_document
from extractors.document import parse_document
from extractors.titled_totals import extract_titled_totals, titled_metric
from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file

TWLO_K = "dev/10-K_TWLO_0001047469-19-000807.html"
STX_Q = "dev/10-Q_STX_0001193125-17-148855.html"


def _titled(relative: str) -> dict[tuple, Decimal]:
    path = corpus_file(relative)
    facts = extract_titled_totals(parse_document(path.read_bytes(), name=path.name))
    return {(f.metric, f.period_start, f.period_end): f.value for f in facts}


def test_a_footnotes_table_gives_each_quarters_total(corpus_dir):
    """'(1) Includes stock-based compensation expense as follows' over eight quarters: the
    10-K states a quarter's stock-based compensation nowhere else."""
    found = _titled(TWLO_K)
    sbc = "stock_based_compensation"
    assert found[sbc, date(2018, 10, 1), date(2018, 12, 31)] == Decimal("31986000")
    assert found[sbc, date(2017, 10, 1), date(2017, 12, 31)] == Decimal("13646000")
    # the first and third quarters of 2018 print "3.859" and "6.332" in a line: their rows no
    # longer add up to the total, so neither total is read
    assert (sbc, date(2018, 1, 1), date(2018, 3, 31)) not in found
    assert (sbc, date(2018, 7, 1), date(2018, 9, 30)) not in found
    # the same footnote under the annual figures agrees with the cash-flow statement
    assert found[sbc, date(2018, 1, 1), date(2018, 12, 31)] == Decimal("93273000")


def test_a_headed_table_gives_a_balance_on_each_day(corpus_dir):
    """MD&A's 'Cash and Cash Equivalents and Short-term Investments' table: cash 3,026 and no
    short-term investments at March 31, 2017 (in millions); 1,125 + 6 at July 1, 2016."""
    found = _titled(STX_Q)
    metric = "cash_and_short_term_investments"
    assert found[metric, None, date(2017, 3, 31)] == Decimal("3026000000")
    assert found[metric, None, date(2016, 7, 1)] == Decimal("1131000000")
    assert len(found) == 2  # the "Change" column is no day's balance


def test_a_title_names_the_metric_only_as_its_whole_subject():
    sbc = "stock_based_compensation"
    assert titled_metric(["(1)Includes stock-based compensation expense as follows:"]) == sbc
    assert titled_metric(["The Company recorded the total stock-based compensation expense as "
                          "follows (in thousands):"]) == sbc
    assert titled_metric(["(2) Includes share-based compensation as follows 41 Table of "
                          "Contents"]) == sbc
    assert titled_metric(["Cash, Cash Equivalents and Short-term Investments"]) == (
        "cash_and_short_term_investments")
    # a figure about the metric is not the metric
    assert titled_metric(["The income tax benefit related to stock-based compensation was as "
                          "follows:"]) is None
    assert titled_metric(["Unrecognized stock-based compensation expense is as follows:"]) is None
    # only rows given the section label are read this way (revenue is not)
    assert titled_metric(["Revenue was as follows:"]) is None
    # two titles naming two metrics: which total it is, is a guess
    assert titled_metric(["Stock-based compensation", "Cash and cash equivalents and "
                          "short-term investments"]) is None


_TABLE = """<html><body><p>Includes stock-based compensation expense as follows:</p>
<table><tr><td></td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td></td><td>(in thousands)</td></tr>
<tr><td>Cost of revenue</td><td>$100</td></tr>
<tr><td>Research and development</td><td>{rd}</td></tr>
<tr><td>{last}</td><td>$400</td></tr></table></body></html>"""


def test_a_total_is_read_only_where_its_rows_add_up_to_it():
    def read(rd: str, last: str = "Total") -> list:
        page = _TABLE.format(rd=rd, last=last).encode()
        return extract_titled_totals(parse_document(page, name="t.htm"))

    [fact] = read("300")
    assert fact.value == Decimal("400000") and fact.period_end == date(2024, 6, 30)
    assert read("250") == []  # 100 + 250 is not 400: not the total it says it is
    assert read("300", last="Total operating expenses") == []  # no bare "Total"


def _fact(value: str, extractor: str) -> Fact:
    return Fact("stock_based_compensation", Decimal(value), "USD", date(2018, 1, 1),
                date(2018, 12, 31), sources=(Source("d.htm", extractor, "1.0"),))


def test_a_titled_total_ranks_below_a_statement():
    """Where a statement and a titled table disagree, the statement's reading is the figure."""
    assert resolve_readings([_fact("93273000", "tables"), _fact("93000000", "titled_tables")]) \
        == ["ranked", "overruled"]


ARTICLE = """# Twilio's fourth quarter of 2018 (a paraphrase written for this test)

Twilio reported its fourth quarter of 2018. The quarter's loss included a $32 million noncash
charge for stock-based compensation. A rival recap put the quarter's stock-based compensation
at $36 million.
"""


def test_a_quarters_total_verifies_an_articles_figure(corpus_dir, tmp_path):
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(TWLO_K), cik=1447669, form="10-K",
                accession="0001047469-19-000807", filed_date=date(2019, 3, 1))
    found = {v.claim.text: v for v in verify_article_source(
        settings, str(article), cik=1447669).results[0].verifications}
    assert found["$32 million"].verdict == "supported"
    assert found["$32 million"].filed_value == Decimal("31986000")
    assert found["$36 million"].verdict == "drifted"


SEAGATE = """# Seagate's fiscal third quarter of 2017 (a paraphrase written for this test)

Seagate reported results for its fiscal third quarter of 2017, which ended March 31, 2017.
Cash, cash equivalents and short-term investments came to about $3.0 billion at the end of the
quarter.
A rival recap said cash, cash equivalents and short-term investments were about $1.1 billion
at the end of the quarter.
"""


def test_a_balance_at_the_end_of_the_quarter_is_that_days(corpus_dir, tmp_path):
    """$1.1 billion is the balance at July 1, 2016 (1,131 million), not at the quarter's end:
    drifted, never supported by the other day's balance."""
    article = tmp_path / "article.md"
    article.write_text(SEAGATE, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(STX_Q), cik=1137789, form="10-Q",
                accession="0001193125-17-148855", filed_date=date(2017, 4, 28))
    found = {v.claim.text: v for v in verify_article_source(
        settings, str(article), cik=1137789).results[0].verifications}
    assert found["$3.0 billion"].verdict == "supported"
    assert found["$1.1 billion"].verdict == "drifted"
    assert found["$1.1 billion"].filed_value == Decimal("3026000000")


def test_the_statements_and_the_titled_tables_agree_on_the_year(corpus_dir):
    path = corpus_file(TWLO_K)
    facts = extract_document(path.read_bytes(), document=path.name)
    year = [f for f in facts if f.metric == "stock_based_compensation"
            and (f.period_start, f.period_end) == (date(2018, 1, 1), date(2018, 12, 31))]
    assert [f.value for f in year] == [Decimal("93273000")]
    assert {s.extractor for s in year[0].sources} == {"tables", "titled_tables"}


POINTED = """# Twilio's fourth quarter of 2018 (a paraphrase written for this test)

Twilio reported its fourth quarter of 2018. The loss included a $32 million noncash charge for
stock-based compensation. The shares tripled over the year, pushing this line item 135% higher.
A second recap put stock-based compensation at $32 million. This figure grew 134% from a year
earlier.
A third recap put stock-based compensation at $32 million. The stock soared. This figure grew
150%.
"""


def test_a_growth_of_this_line_item_is_the_growth_of_the_figure_before(corpus_dir, tmp_path):
    """Stock-based compensation was 31,986 in the fourth quarter of 2018 and 13,646 a year
    before (thousands): up 134.4%, so '135%' is drifted and '134%' supported; a pointing word
    two sentences after the figure points at nothing the verifier may assume."""
    article = tmp_path / "article.md"
    article.write_text(POINTED, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(TWLO_K), cik=1447669, form="10-K",
                accession="0001047469-19-000807", filed_date=date(2019, 3, 1))
    found = {v.claim.text: v for v in verify_article_source(
        settings, str(article), cik=1447669).results[0].verifications}
    assert found["135%"].verdict == "drifted"
    assert found["135%"].claim.basis == "stock_based_compensation"
    assert found["135%"].filed_value.quantize(Decimal("0.1")) == Decimal("134.4")
    assert found["134%"].verdict == "supported"
    assert found["150%"].verdict == "unverifiable"
