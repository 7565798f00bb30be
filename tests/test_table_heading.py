"""Tables that read like an income statement but are not the consolidated company's own (the
one-truth issue's class 2): a parent's condensed statement (Schedule I/II), discontinued
operations, a segment's results, pro forma results. None of their figures is the company's."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.table_context import names_other_statement
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file

TABLE = """<table><tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>Total revenues</td><td>4,175.6</td><td>958.2</td></tr>
<tr><td>Income before income taxes</td><td>3,877.6</td><td>680.1</td></tr>
<tr><td>Net income</td><td>3,902.4</td><td>721.5</td></tr></table>"""


def _revenue(above: str):
    html = f"<html><body><p>{above}</p><p>Years Ended December 31,</p>{TABLE}</body></html>"
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    return [f.value for f in facts if f.metric == "revenue"]


@pytest.mark.parametrize("heading", [
    "SCHEDULE II — CONDENSED FINANCIAL INFORMATION OF REGISTRANT CONDENSED STATEMENTS OF "
    "COMPREHENSIVE INCOME THE PROGRESSIVE CORPORATION (PARENT COMPANY) (millions)",
    "SCHEDULE I THE GOLDMAN SACHS GROUP, INC. CONDENSED STATEMENTS OF EARNINGS (PARENT "
    "COMPANY ONLY)",
    "The Company has completed its exit of its Retail business. Summarized operating results "
    "of discontinued operations are presented in the following table:",
    "Media Segment revenues, expenses and operating income were as follows:",
    "The following unaudited pro forma information presents the combined results as if the "
    "acquisition had occurred on January 1, 2022.",
    "Condensed Consolidating Statements of Income: Non-Guarantor Subsidiaries",
    "The aggregate impact of net EAC adjustments on operating income, net earnings and "
    "diluted earnings per share was as follows:",
    "Changes in contract estimates increased operating income as follows (in millions):",
])
def test_a_statement_that_is_not_the_companys_gives_no_figure(heading):
    assert _revenue(heading) == []


@pytest.mark.parametrize("heading", [
    "See accompanying notes to consolidated financial statements. 35 GAMESTOP CORP. "
    "CONSOLIDATED STATEMENTS OF OPERATIONS (in millions, except per share data)",
    # a contents page listing segment tables runs into the statement's title
    "Summary of Business Segment Net Income and Revenue13 Retail Banking14 THE PNC FINANCIAL "
    "SERVICES GROUP, INC.Page 1 Table 1: Consolidated Income Statement (Unaudited) (in millions)",
    # an earlier sentence about segments is not the statement's heading
    "We operate as a single operating segment. The accompanying notes are an integral part of "
    "these statements. ACME INC. STATEMENTS OF OPERATIONS (in millions)",
])
def test_the_consolidated_statement_is_read(heading):
    assert sorted(_revenue(heading)) == [Decimal(958200000), Decimal(4175600000)]
    assert not names_other_statement("CONSOLIDATED STATEMENTS OF INCOME (in millions)")


@pytest.mark.corpus
def test_progressive_parent_company_schedule_gives_no_revenue():
    # The 10-K's only income table is Schedule II (the parent's "Total revenues" $4,175.6
    # million; the group's revenues were about $62 billion, in the Annual Report exhibit).
    path = corpus_file("dev/10-K_PGR_0000080661-24-000007.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    assert not [f for f in facts if f.metric != "net_income"]
    # its net income alone is the group's (the parent carries its subsidiaries by the equity
    # method): 3,902.4 for 2023, as the Annual Report states it
    assert {f.value for f in facts} == {Decimal("3902400000"), Decimal("721500000"),
                                         Decimal("3350900000")}


@pytest.mark.corpus
def test_gainsco_revenue_is_the_consolidated_statements_not_the_parents():
    # Read by hand from the consolidated statement of operations (table 161): total revenues
    # $206,815 and $190,534 thousand; the parent's Schedule II said $4,320 and $7,013 thousand.
    path = corpus_file("dev/10-K_GAN_0001193125-10-073212.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    revenue = {f.period_end: f.value for f in facts if f.metric == "revenue"}
    assert revenue == {date(2009, 12, 31): Decimal(206815000),
                       date(2008, 12, 31): Decimal(190534000)}


@pytest.mark.parametrize("heading", [
    "Parent Company Only", "parent-only statements", "Statements of the Registrant",
    "Non-Guarantor Subsidiaries", "Results of Discontinued Operations", "Segment results",
    "Unaudited Pro Forma", "Equity Method Investees", "equity investments", "Unconsolidated",
    "Joint Ventures", "EAC adjustments", "Estimates at Completion", "Contract Estimates",
    "Catch-Up Adjustments", "Impact of the net changes in contract estimates",
    "Effects of Adoption", "CONSOLIDATED STATEMENTS OF INCOME (In millions)",
    "Quarterly results", "Each quarter", "Statement of operations – consolidated",
])
def test_the_word_pre_test_answers_as_the_pattern(heading):
    """names_other_statement's ASCII pre-test turns away only headings the pattern turns away
    (each alternative's own word), in either case and through a non-ASCII heading too."""
    from extractors.table_context import _OTHER_STATEMENT

    for text in (heading, heading.upper(), heading.lower()):
        assert names_other_statement(text) == (_OTHER_STATEMENT.search(text) is not None)
