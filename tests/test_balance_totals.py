"""Balance-sheet totals (current assets, assets, liabilities, stockholders' equity, net
property and equipment), long-term debt less its current portion and basic EPS: read from real
filings through the public functions, and checked from article prose.

The article snippets are the project's own paraphrases, not third-party text.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.period_phrases import ARTICLES, find_periods
from extractors.dispatch import extract_document
from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file

HD_Q = "10q-10k/10-Q_HD_0000354950-23-000185.html"
ORCL_Q = "10q-10k/10-Q_ORCL_0000950170-23-047713.html"
SPIRE_Q = "dev/10-Q_SR_2023-12-31.html"
QUARTER_END, YEAR_END = date(2023, 7, 30), date(2023, 1, 29)


def _facts(relative: str, *, use_xbrl: bool) -> list:
    path = corpus_file(relative)
    return extract_document(path.read_bytes(), document=path.name, use_xbrl=use_xbrl)


def _values(facts, metric, start, end) -> set[Decimal]:
    return {f.value for f in facts if f.metric == metric and f.entity is None
            and (f.period_start, f.period_end) == (start, end)}


def test_balance_totals_are_read_from_tags_and_the_balance_sheet(corpus_dir):
    for use_xbrl in (True, False):
        facts = _facts(HD_Q, use_xbrl=use_xbrl)
        assert _values(facts, "total_current_assets", None, QUARTER_END) == {
            Decimal("31830000000")}
        assert _values(facts, "total_liabilities", None, YEAR_END) == {Decimal("74883000000")}
        # (a machine summary of a phone maker's quarter quoted "total current liabilities")
        assert _values(facts, "total_current_liabilities", None, QUARTER_END) == {
            Decimal("24227000000")}
        assert _values(facts, "total_assets", None, QUARTER_END) == {Decimal("76387000000")}
        # the net line, never the property note's accumulated depreciation beside it
        assert _values(facts, "property_and_equipment_net", None, QUARTER_END) == {
            Decimal("25879000000")}


def test_equity_debt_and_basic_eps_are_read_from_tags_and_own_lines(corpus_dir):
    tagged = _facts(HD_Q, use_xbrl=True)
    assert _values(tagged, "stockholders_equity", None, QUARTER_END) == {Decimal("1335000000")}
    assert _values(tagged, "eps_basic", date(2023, 5, 1), QUARTER_END) == {Decimal("4.66")}
    # Oracle's "Total stockholders' equity" line adds the noncontrolling interests to the
    # tagged equity of its own holders: the table reading is the owner-named line, as the tag
    oracle = _facts(ORCL_Q, use_xbrl=True)
    assert _values(oracle, "stockholders_equity", None, date(2023, 8, 31)) == {
        Decimal("2370000000")}
    assert {f.value for f in _facts(ORCL_Q, use_xbrl=False)
            if f.metric == "stockholders_equity"} == {Decimal("2370000000"), Decimal("1073000000")}
    # a combined filing: the parent's noncurrent long-term debt, not a subsidiary's
    spire = _facts(SPIRE_Q, use_xbrl=True)
    assert _values(spire, "long_term_debt_noncurrent", None, date(2023, 12, 31)) == {
        Decimal("3247800000")}
    assert not [f for f in _facts(SPIRE_Q, use_xbrl=False)
                if f.metric == "long_term_debt_noncurrent"]


def test_a_figure_dated_by_on_reads_as_that_day():
    text = "Liabilities rose to $75.1 billion, compared to $74.9 billion on January 29, 2023."
    (phrase,) = find_periods(text, reading=ARTICLES)
    assert phrase.instant and phrase.end == YEAR_END
    # "on" dating an event, not a figure, is no period
    assert not find_periods("The company said on August 15, 2023 that it would grow.",
                            reading=ARTICLES)


ARTICLE = """# Home Depot's second quarter of fiscal 2023 (a paraphrase written for this test)

Home Depot's results for the quarter ended July 30, 2023. Its basic earnings per share for
Q2 2023 came to $4.66, against $5.06 in Q2 2022.
Total current assets stood at $31.830 billion as of July 30, 2023, down from $32.471 billion as
of January 29, 2023.
Total liabilities came to $75.052 billion as of July 30, 2023, against $74.883 billion on
January 29, 2023.
Shareholders' equity was $1.335 billion as of July 30, 2023, versus $1.562 billion on January
29, 2023.
Inventories fell to $23.265 billion from $24.886 billion.
Net property and equipment reached $27.7 billion as of July 30, 2023.
"""


def test_an_article_on_balance_totals_is_checked(corpus_dir, tmp_path):
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(HD_Q), cik=354950, form="10-Q",
                accession="0000354950-23-000185", filed_date=date(2023, 8, 21))
    outcome = verify_article_source(settings, str(article), cik=354950)
    found = {v.claim.text: v for v in outcome.results[0].verifications}
    for figure in ("$4.66", "$5.06", "$31.830 billion", "$32.471 billion", "$75.052 billion",
                   "$74.883 billion", "$1.335 billion", "$1.562 billion", "$23.265 billion",
                   "$24.886 billion"):
        assert found[figure].verdict == "supported", figure
    # the accumulated depreciation's size, not the net line's 25,879 million
    assert found["$27.7 billion"].verdict == "drifted"
    assert found["$27.7 billion"].filed_value == Decimal("25879000000")
