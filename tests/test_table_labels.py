"""Row labels the registry's patterns read (the one-truth issue's class 4), section headers
inside a statement (class 6), quarterly columns of a 10-K and the statement's own title."""

from datetime import date
from decimal import Decimal

import pytest

from extractors.document import parse_document
from extractors.periods import parse_header_period
from extractors.statements import is_known_section, match_label
from extractors.tables import extract_table_facts
from tests.conftest import corpus_file


@pytest.mark.parametrize("label,section", [
    ("Earnings per share - diluted", ""),  # Union Pacific
    ("Net earnings (loss) per share attributable to common stockholders, diluted", ""),  # PLTR
    ("Diluted Net Income Per Share1", ""),  # Coca-Cola: a footnote digit glued to the label
    ("Total net earnings per share - diluted", ""),
    ("Net income per share - assuming dilution", ""),
    ("Earnings per common share, assuming dilution", ""),
    ("Diluted earnings (loss) per share", ""),
    ("Per share", "Diluted:"),
    ("Net income per share", "Diluted"),
    ("Net loss attributable to common stockholders per common stock - basic and diluted", ""),
    ("Net loss per share of common stock - basic and diluted", ""),
    ("Net income (loss) per diluted common share", ""),
    ("Net loss per basic and diluted share", ""),
])
def test_diluted_eps_labels(label, section):
    assert match_label(label, section).metric == "eps_diluted"


def test_other_labels():
    # the basic lines are basic EPS, never diluted
    assert match_label("Net income per share", "Basic").metric == "eps_basic"
    assert match_label("Net income (loss) per basic common share").metric == "eps_basic"
    assert match_label("Cost of products sold, excluding amortization").metric == \
        "cost_of_revenue"
    assert match_label("Merchandise costs").metric == "cost_of_revenue"  # Costco
    assert match_label("Total revenues (Note 3)").metric == "revenue"
    assert match_label("Net income available to common stockholders").common_owner
    assert match_label("Net income available to noncontrolling interests") is None
    assert is_known_section("Operating revenues:")  # Union Pacific's revenue lines
    assert not is_known_section("Hardware Revenues:")  # one kind's lines
    # a railroad's operating income (Norfolk Southern), never after-tax continuing operations
    assert match_label("Income from railway operations").metric == "operating_income"
    assert match_label("Income from continuing operations") is None or match_label(
        "Income from continuing operations").metric != "operating_income"
    assert match_label("Loss from discontinued operations") is None


def test_a_restated_column_is_the_filers_figure_for_its_period():
    # Marathon's 10-Q prints "(As Restated)" under its 2022 columns; the tags are those figures
    period = parse_header_period("Three months ended June 30, 2022 (As Restated)")
    assert (period.start, period.end) == (date(2022, 4, 1), date(2022, 6, 30))
    from extractors.periods import header_leftover
    assert header_leftover("Three months ended June 30, 2022 (As Restated)") == ""
    assert header_leftover("June 30, 2022 As Previously Reported") != ""


def test_a_quarter_of_a_fiscal_year_is_not_the_year():
    years = {2015: (date(2015, 1, 1), date(2015, 12, 31))}
    assert parse_header_period("2015 Quarters(1) First(2)", years) is None  # TEGNA's 10-K
    assert parse_header_period("2015 Quarters(1) Total", years).start == date(2015, 1, 1)


def test_the_statement_under_its_title_outranks_a_summary():
    # Vulcan's 10-K: the selected data print net sales (rounded) where the statement's revenue
    # is total revenues (net sales and delivery revenues)
    html = """<html><body><p>Selected Financial Data (in millions)</p><table>
<tr><td></td><td>Year ended December 31, 2012</td></tr>
<tr><td>Net sales</td><td>2,411.2</td></tr><tr><td>Gross profit</td><td>334.0</td></tr>
<tr><td>Operating earnings</td><td>84.8</td></tr><tr><td>Net earnings</td><td>(52.6)</td></tr>
<tr><td>Diluted net earnings per share</td><td>(0.41)</td></tr></table>
<p>CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME (in thousands)</p><table>
<tr><td></td><td>Year ended December 31, 2012</td></tr>
<tr><td>Net sales</td><td>2,411,243</td></tr><tr><td>Delivery revenues</td><td>156,067</td></tr>
<tr><td>Total revenues</td><td>2,567,310</td></tr>
<tr><td>Cost of revenues</td><td>2,233,284</td></tr>
<tr><td>Gross profit</td><td>334,026</td></tr><tr><td>Net loss</td><td>(52,593)</td></tr>
</table></body></html>"""
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    assert [f.value for f in facts if f.metric == "revenue"] == [Decimal(2567310000)]


# The filers' inline XBRL (EarningsPerShareDiluted, Revenues) for figures no table gave before.
CORPUS = [
    ("10q-10k/10-K_PLTR_0001321655-24-000022.html", "eps_diluted", date(2023, 12, 31),
     Decimal("0.09")),
    ("10q-10k/10-Q_KO_0000021344-23-000048.html", "eps_diluted", date(2023, 6, 30),
     Decimal("0.59")),
    ("dev/10-K_UNP_2024-12-31.html", "eps_diluted", date(2024, 12, 31), Decimal("11.09")),
    ("dev/10-K_UNP_2024-12-31.html", "revenue", date(2023, 12, 31), Decimal(24119000000)),
    ("dev/10-K_COST_0000909832-22-000021.html", "cost_of_revenue", date(2022, 8, 28),
     Decimal(199382000000)),
    ("10q-10k/10-Q_MARA_0001493152-23-027174.html", "revenue", date(2022, 6, 30),
     Decimal(24923000)),
    ("10q-10k/10-Q_MARA_0001493152-23-027174.html", "eps_diluted", date(2022, 6, 30),
     Decimal("-1.94")),
]


@pytest.mark.corpus
@pytest.mark.parametrize("relative,metric,end,value", CORPUS,
                         ids=[f"{c[0].split('/')[1][:8]}-{c[1]}" for c in CORPUS])
def test_corpus_labels_read_as_tagged(relative, metric, end, value):
    path = corpus_file(relative)
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    longest = 100 if "10-Q" in relative else 400  # a 10-Q's quarter, a 10-K's year
    got = {f.value for f in facts if f.metric == metric and f.period_end == end
           and (end - f.period_start).days < longest}
    assert value in got and len(got) == 1, got


def test_net_income_including_noncontrolling_interests_is_its_own_metric():
    assert match_label("Net income including noncontrolling interests").metric == \
        "net_income_including_noncontrolling"
    assert match_label("Consolidated Net Income").metric == "net_income_including_noncontrolling"
    assert match_label("Net income attributable to Costco").metric == "net_income"
    from extractors.concepts import rule_for
    assert rule_for("ProfitLoss").metric == "net_income_including_noncontrolling"
    assert rule_for("NetIncomeLoss").metric == "net_income"


@pytest.mark.corpus
def test_costco_net_income_is_costcos_and_the_consolidated_figure_its_own():
    # Costco's 10-K FY2022 (its XBRL: NetIncomeLoss 5,844, ProfitLoss 5,915 million)
    path = corpus_file("dev/10-K_COST_0000909832-22-000021.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name))
    end = date(2022, 8, 28)
    assert {f.value for f in facts if f.metric == "net_income" and f.period_end == end} == \
        {Decimal(5844000000)}
    assert {f.value for f in facts if f.metric == "net_income_including_noncontrolling"
            and f.period_end == end} == {Decimal(5915000000)}


def test_a_label_printed_over_two_lines_reads_as_one():
    """Norfolk Southern's quarterly data prints "Income from railway" on one line and
    "operations" with the quarter's figures on the next; its five-year review prints
    "Net income – basic" and, below it, "– diluted"."""
    from lxml import html

    from extractors.table_model import build_rows
    table = html.fromstring(
        "<table><tr><td>Income from railway</td></tr>"
        "<tr><td>operations</td><td>578</td><td>799</td></tr>"
        "<tr><td>Revenues:</td></tr><tr><td>freight</td><td>1</td><td>2</td></tr>"
        "<tr><td>Net income – basic</td><td>$4.60</td></tr>"
        "<tr><td>– diluted</td><td>$4.52</td></tr></table>")
    labels = [r.label for r in build_rows(table)]
    assert labels == ["Income from railway operations", "Revenues:", "freight",
                      "Net income – basic", "Net income – diluted"]
    facts = extract_table_facts(parse_document(corpus_file(
        "dev/10-K_NSC_0000702165-09-000050.html").read_bytes(), name="nsc.htm", form="10-K"))
    quarter = [f.value for f in facts if f.metric == "operating_income"
               and f.period_end == date(2008, 12, 31) and f.period_start == date(2008, 10, 1)]
    assert quarter == [Decimal("813000000")]


def test_a_summary_row_meaning_another_line_stands_for_no_year():
    # Vulcan's 10-K: the five-year summary's "Net sales" differs from the statement's total
    # revenues in each of the three years both print (net sales before delivery revenues), so
    # its 2008 and 2009 "Net sales" are no revenue either; its gross profit, which agrees,
    # still stands for them
    path = corpus_file("dev/10-K_VMC_0001193125-13-084128.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name, form="10-K"))
    revenue = {f.period_end.year: f.value for f in facts
               if f.metric == "revenue" and f.entity is None and f.period_start is not None
               and (f.period_end - f.period_start).days > 300}
    assert revenue == {2010: Decimal(2558862000), 2011: Decimal(2564550000),
                       2012: Decimal(2567310000)}
    gross = {f.period_end.year for f in facts if f.metric == "gross_profit"
             and f.period_start is not None and (f.period_end - f.period_start).days > 300}
    assert {2008, 2009} <= gross


def test_of_two_lines_of_one_term_the_one_the_statement_adds_up_with_stands():
    # Vulcan's statement prints "Cost of goods sold" and, after delivery costs, "Cost of
    # revenues": total revenues less cost of revenues is gross profit, so that line is the
    # cost of revenue (the two were stored as a conflict)
    path = corpus_file("dev/10-K_VMC_0001193125-13-084128.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name, form="10-K"))
    cost = [(f.period_end.year, f.value, f.is_conflict) for f in facts
            if f.metric == "cost_of_revenue"]
    assert sorted(cost) == [(2010, Decimal(2258136000), False),
                            (2011, Decimal(2280681000), False),
                            (2012, Decimal(2233284000), False)]


@pytest.mark.parametrize("section", ["Diluted earnings per share:", "Diluted:",
                                     "Per share of common stock - diluted:"])
def test_a_net_income_line_in_cents_under_a_per_share_section_is_no_income(section):
    # older statements close a per-share block with "Continuing operations", "Discontinued
    # operations" and "Net income" lines: read as income, $1.18 stood as net income of $1,180
    # thousand, a conflict beside the statement's $60,000 thousand
    html = f"""<html><body><p>CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(in thousands, except per share data)</p><table>
<tr><td></td><td>Year Ended December 31, 2011</td><td>Year Ended December 31, 2010</td></tr>
<tr><td>Net sales</td><td>900,000</td><td>800,000</td></tr>
<tr><td>Cost of sales</td><td>600,000</td><td>550,000</td></tr>
<tr><td>Gross profit</td><td>300,000</td><td>250,000</td></tr>
<tr><td>Income taxes</td><td>20,000</td><td>18,000</td></tr>
<tr><td>Net income</td><td>60,000</td><td>50,000</td></tr>
<tr><td>{section}</td></tr>
<tr><td>Continuing operations</td><td>$1.10</td><td>$0.95</td></tr>
<tr><td>Discontinued operations</td><td>0.08</td><td>0.05</td></tr>
<tr><td>Net income</td><td>$1.18</td><td>$1.00</td></tr></table></body></html>"""
    facts = extract_table_facts(parse_document(html, name="t.htm", form="10-K"))
    income = sorted((f.period_end.year, f.value, f.is_conflict) for f in facts
                    if f.metric == "net_income")
    assert income == [(2010, Decimal(50000000), False), (2011, Decimal(60000000), False)]


def test_alcoas_five_year_table_reads_once_its_per_share_lines_are_set_apart():
    # Alcoa's 10-K 2015: the five-year table's "Net (loss) income" lines under "Basic:" and
    # "Diluted:" were read as income; the table then disagreed with the statement and none of
    # its own years (2011, 2012) stood
    path = corpus_file("dev/10-K_AA_0001193125-16-470162.html")
    facts = extract_table_facts(parse_document(path.read_bytes(), name=path.name, form="10-K"))
    sales = {f.period_end.year: f.value for f in facts if f.metric == "revenue"
             and f.entity is None and (f.period_end - f.period_start).days > 300}
    assert sales == {2011: Decimal(24951000000), 2012: Decimal(23700000000),
                     2013: Decimal(23032000000), 2014: Decimal(23906000000),
                     2015: Decimal(22534000000)}
    assert not [f for f in facts if f.metric == "net_income" and abs(f.value) < 10**6]
