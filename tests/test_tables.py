"""Table model, header periods, labels and statement recognition on small hand-made tables."""

from datetime import date
from decimal import Decimal

import lxml.html

from core.dates import same_period
from extractors.document import parse_document
from extractors.periods import find_fiscal_years, parse_header_period
from extractors.statements import match_label
from extractors.table_model import build_rows
from extractors.tables import extract_table_facts

# A hand-made statement in the Cerebras layout. The 2025 hardware/cloud split (400,000 and
# 109,991) is invented for this test of "a total beats its segment lines"; the filings' split
# for 2025 is not known (fixtures/README.md).
STATEMENT = """<html><body><p>Consolidated Statements of Operations</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td colspan="2">2025</td><td></td><td colspan="2">2024</td></tr>
<tr><td>Revenue:</td></tr>
<tr><td>Hardware</td><td>$</td><td>400,000</td><td></td><td>$</td><td>211,965</td></tr>
<tr><td>Cloud and other services</td><td></td><td>109,991</td><td></td><td></td><td>78,287</td></tr>
<tr><td>Total revenue</td><td></td><td>509,991</td><td></td><td></td><td>290,252</td></tr>
<tr><td>Cost of revenue</td><td></td><td>310,920</td><td></td><td></td><td>167,514</td></tr>
<tr><td>Gross profit</td><td></td><td>199,071</td><td></td><td></td><td>122,738</td></tr>
<tr><td>Net income (loss)</td><td>$</td><td>237,827</td><td></td><td>$</td><td>(481,602</td>
<td>)</td></tr>
<tr><td>Net income (loss) per share, diluted</td><td>$</td><td>1.38</td><td></td><td>$</td>
<td>(9.90</td><td>)</td></tr>
</table></body></html>"""


def _facts(html=STATEMENT):
    return extract_table_facts(parse_document(html, name="t.htm", form="S-1"))


def _one(facts, metric, year):
    found = [f for f in facts if f.metric == metric and f.period_end == date(year, 12, 31)]
    assert len(found) == 1, found
    return found[0]


def test_statement_figures_in_base_units_with_provenance():
    facts = _facts()
    revenue = _one(facts, "revenue", 2025)
    assert revenue.value == Decimal("509991000") and revenue.unit == "USD"
    assert revenue.period_start == date(2025, 1, 1) and revenue.decimals == -3
    source = revenue.sources[0]
    assert (source.extractor, source.table, source.row, source.text) == (
        "tables", 0, "Total revenue", "509,991")
    assert "2025" in source.column and "Year Ended" in source.column
    assert _one(facts, "net_income", 2024).value == Decimal("-481602000")
    assert _one(facts, "cost_of_revenue", 2024).value == Decimal("167514000")


def test_per_share_never_scaled_and_margin_derived():
    facts = _facts()
    eps = _one(facts, "eps_diluted", 2024)
    assert eps.value == Decimal("-9.90") and eps.unit == "USD/share"
    assert _one(facts, "gross_margin", 2025).value == Decimal("39.0")
    assert _one(facts, "gross_margin", 2024).value == Decimal("42.3")


def test_segment_lines_are_not_revenue():
    values = {f.value for f in _facts() if f.metric == "revenue"}
    assert Decimal("400000000") not in values


def test_spacer_cells_and_split_parentheses_are_glued():
    rows = build_rows(lxml.html.fromstring(STATEMENT).find(".//table"))
    net = next(r for r in rows if r.label == "Net income (loss)")
    assert [v.text for v in net.values] == ["$237,827", "$(481,602)"]


def test_header_periods():
    assert parse_header_period("Three Months Ended June 30, 2026") .start == date(2026, 4, 1)
    weeks = parse_header_period("53 Weeks Ended February 3, 2024")
    assert weeks.end - weeks.start == date(2024, 2, 3) - date(2023, 1, 29)
    assert parse_header_period("As of December 31, 2025") is None
    six_months = parse_header_period("Six Months Ended June 30, 2024 (unaudited)")
    assert six_months.start == date(2024, 1, 1)
    fiscal = find_fiscal_years(
        "Fiscal year 2023 consisted of the 53 weeks ended on February 3, 2024"
    )
    assert fiscal[2023] == (date(2023, 1, 29), date(2024, 2, 3))


def test_same_period_tolerates_nominal_starts():
    header = (date(2024, 12, 30), date(2025, 3, 29))  # "three months ended March 29"
    assert same_period(header, (date(2024, 12, 29), date(2025, 3, 29)))
    assert not same_period((date(2024, 10, 1), date(2025, 3, 29)), (date(2024, 12, 29),
                                                                      date(2025, 3, 29)))
    assert not same_period(header, (date(2024, 12, 29), date(2025, 3, 29)), slack_days=0)


def test_labels():
    assert match_label("Total net sales").metric == "revenue"
    assert match_label("Net income attributable to noncontrolling interests") is None
    assert match_label("Product revenue").component
    assert match_label("Cost of revenue").metric == "cost_of_revenue"
    assert match_label("Adjusted net loss").metric == "net_income_non_gaap"
    assert match_label("Deferred revenue") is None
    assert match_label("Diluted", "Shares used in computing earnings per share:") is None


def test_percent_of_revenue_table_is_not_a_statement():
    html = STATEMENT.replace("509,991", "100").replace("290,252", "100")
    assert not [f for f in _facts(html) if f.metric == "revenue"]


def test_guess_form_reads_exhibits_and_amendments():
    from extractors.document import guess_form

    assert guess_form("Exhibit 99.1\nAcme Reports Results\nsee our Form 10-Q") == "EX-99.1"
    assert guess_form("EX-99.2\n2\nexhibit.htm\nEX-99.2\nPresentation") == "EX-99.2"
    assert guess_form("WASHINGTON, D.C. 20549\nAmendment No. 3\nto:\nFORM\nS-1\n") == "S-1/A"
    assert guess_form("FORM 10-Q\nQUARTERLY REPORT\nExhibit 99.1 is filed herewith") == "10-Q"
