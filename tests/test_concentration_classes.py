"""Customer concentration as filings write it (issues 11 and 13): named customers with no
defined alias, groups, unnamed customers and their order, "12% each", a total with its parts,
one figure for several periods, bare years, and the refusals that keep a wrong figure out.

Every sentence below is a paraphrase written for these tests in the style of real filings
(labelled "paraphrase"); the corpus tests read real documents in place."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.concentration import extract_concentration, sentence_facts
from extractors.concentration_years import UNSETTLED, Years, document_years
from extractors.document import parse_document
from extractors.sentences import Sentence
from tests.conftest import corpus_file

FY23 = (date(2023, 1, 1), date(2023, 12, 31))
FY22 = (date(2022, 1, 1), date(2022, 12, 31))
YEAR = "For the year ended December 31, 2023, "
# the document calls them customers elsewhere (paraphrase of a 10-K's business section)
CONTEXT = ("Our largest customers are Walmart and Target. Our customers include Verizon, AT&T "
           "and Example Telecom. ")


def facts_of(text, context="", years=UNSETTLED):
    found = sentence_facts(Sentence(0, len(text), text), "t.htm", {}, None, context, years)
    return [(f.entity, str(f.value), f.basis, f.period_start, f.period_end) for f in found]


# --- named customers, no defined alias ---------------------------------------------------

def test_a_bare_name_is_a_customer_where_the_text_says_customers():
    # paraphrase: "Walmart accounted for 12% of our net sales" under a customers paragraph
    text = YEAR + "Walmart accounted for 12% of our net sales."
    assert facts_of(text, CONTEXT) == [("Walmart", "12", "revenue", *FY23)]
    # the same sentence with nothing saying Walmart is a customer: nothing, not even where the
    # text speaks of customer concentration without naming Walmart
    assert facts_of(text) == []
    assert facts_of(text, "Our products are sold through many channels. ") == []
    assert facts_of(text, "We depend on a small number of customers. ") == []


@pytest.mark.parametrize("name", ["Gaming", "Cheerios", "Azure", "Black Friday", "Energy"])
def test_a_segment_brand_or_product_is_no_customer_beside_named_customers(name):
    # paraphrase: a segment or brand sentence right after a paragraph naming customers
    assert facts_of(YEAR + f"{name} accounted for 25% of our revenue.", CONTEXT) == []


def test_a_name_without_suffix_over_two_periods():
    # paraphrase of a prospectus: "Example Telecom accounted for 14% ..."
    text = ("Example Telecom accounted for 14% and 19% of our revenue for the years ended "
            "December 31, 2023 and 2022, respectively.")
    assert facts_of(text, CONTEXT) == [("Example Telecom", "14", "revenue", *FY23),
                                       ("Example Telecom", "19", "revenue", *FY22)]


def test_a_list_of_names_respectively():
    # paraphrase: "Alpha Corp, Beta Inc and Gamma Ltd accounted for 42.6%, 15.7% and 11.2%"
    text = YEAR + ("Alpha Corp, Beta Inc and Gamma Ltd accounted for 42.6%, 15.7% and 11.2% of "
                   "our revenue, respectively.")
    assert facts_of(text) == [("Alpha Corp", "42.6", "revenue", *FY23),
                              ("Beta Inc", "15.7", "revenue", *FY23),
                              ("Gamma Ltd", "11.2", "revenue", *FY23)]
    text = YEAR + "Verizon and AT&T accounted for 30% and 20% of our revenue, respectively."
    assert facts_of(text, CONTEXT) == [("Verizon", "30", "revenue", *FY23),
                                       ("AT&T", "20", "revenue", *FY23)]


def test_sales_to_a_name_and_an_appositive_name():
    assert facts_of(YEAR + "sales to Acme accounted for approximately 22% of our revenue.") == [
        ("Acme", "22", "revenue", *FY23)]
    # a named customer is recorded under its name, never as "one customer"
    for text in (YEAR + "our largest customer, Example Telecom, accounted for 15% of revenue.",
                 YEAR + "we had one customer, Example Telecom, which accounted for 15% of "
                        "revenue.",
                 YEAR + "one retailer (Example Telecom) accounted for 15% of revenue.",
                 "Our largest customer is Example Telecom, which accounted for 15% of revenue "
                 "for the year ended December 31, 2023."):
        assert facts_of(text) == [("Example Telecom", "15", "revenue", *FY23)]


def test_names_that_each_or_together_accounted():
    assert facts_of(YEAR + "Walmart and Target each accounted for 12% of our revenue.",
                    CONTEXT) == [("Walmart", "12", "revenue", *FY23),
                                 ("Target", "12", "revenue", *FY23)]
    # two names, one figure together: no one customer's share
    assert facts_of(YEAR + "Walmart and Target together accounted for 32% of our revenue.",
                    CONTEXT) == []


@pytest.mark.parametrize("text", [
    "The United States accounted for 85% of our revenue for the year ended December 31, 2023.",
    "North America accounted for 60% of our revenue for the year ended December 31, 2023.",
    "Product A accounted for 60% of our revenue for the year ended December 31, 2023.",
    "Subscription Revenue accounted for 60% of our revenue for the year ended December 31, 2023.",
    # a subsidiary's share (paraphrase of Clorox's "Net sales from <subsidiary> represented")
    "Net sales from Acme Argentina represented approximately 2% of our consolidated net sales "
    "for the year ended December 31, 2023.",
    YEAR + "new customers accounted for 17% of our revenue.",
    YEAR + "existing channel partners accounted for 17% of our revenue.",
    YEAR + "Walmart accounted for 12% of our product revenue.",  # another basis: not read
    # a cost as a share of revenue, not a customer's share
    YEAR + "payments to third-party service providers represented 12% of revenue.",
    YEAR + "commissions paid to Acme represented 2% of revenue.",
    YEAR + "sales through distributors accounted for 60% of revenue.",  # a channel, no group
])
def test_regions_products_cohorts_and_other_bases_are_no_customer(text):
    assert facts_of(text, CONTEXT) == []


# --- groups ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity", [
    (YEAR + "our three largest wholesalers accounted for 45% of our net sales.",
     "three largest wholesalers combined"),
    (YEAR + "our top five data partners accounted for 55% of our revenue.",
     "top five data partners combined"),
    (YEAR + "cellular network carriers accounted for 64% of our revenue.",
     "cellular network carriers"),
    (YEAR + "sales to the U.S. government accounted for 31% of our revenue.", "U.S. government"),
    (YEAR + "U.S. government agencies accounted for 31% of our revenue.", "U.S. government"),
])
def test_groups_are_named_groups(text, entity):
    assert facts_of(text) == [(entity, facts_of(text)[0][1], "revenue", *FY23)]


# --- unnamed customers -------------------------------------------------------------------

def test_unnamed_customers_of_any_kind():
    assert facts_of(YEAR + "a large cloud service provider accounted for 21% of our revenue.") == [
        ("one customer", "21", "revenue", *FY23)]
    assert facts_of(YEAR + "our top customer accounted for 27% of our revenue.") == [
        ("largest customer", "27", "revenue", *FY23)]
    # paraphrase of a prospectus: "one retailer ... a second retail customer ..."
    text = YEAR + ("one retailer accounted for 18% of our net sales and a second retail customer "
                   "accounted for 11% of our net sales.")
    assert facts_of(text) == [("one customer", "18", "revenue", *FY23),
                              ("second customer", "11", "revenue", *FY23)]
    # two customers both called "one customer" for one period are numbered, never merged
    text = YEAR + ("one customer accounted for 18% of revenue and another customer accounted "
                   "for 11% of revenue.")
    assert facts_of(text) == [("customer 1 of 2", "18", "revenue", *FY23),
                              ("customer 2 of 2", "11", "revenue", *FY23)]


def test_twelve_percent_each_either_way():
    expected = [("customer 1 of 2", "12", "revenue", *FY23),
                ("customer 2 of 2", "12", "revenue", *FY23)]
    assert facts_of(YEAR + "two customers accounted for 12% each of our revenue.") == expected
    assert facts_of(YEAR + "two customers each accounted for 12% of our revenue.") == expected


def test_a_total_and_its_parts_spelled_in_percent():
    text = YEAR + ("two customers accounted for 23 percent (12 percent and 11 percent, "
                   "respectively) of our revenue.")
    assert facts_of(text) == [("two customers combined", "23", "revenue", *FY23),
                              ("customer 1 of 2", "12", "revenue", *FY23),
                              ("customer 2 of 2", "11", "revenue", *FY23)]


def test_one_figure_for_two_dates_of_trade_and_other_receivables():
    text = ("As of December 31, 2023 and 2022, one customer accounted for 15% of total trade and "
            "other receivables.")
    assert facts_of(text) == [("one customer", "15", "accounts_receivable", None, FY23[1]),
                              ("one customer", "15", "accounts_receivable", None, FY22[1])]


def test_each_figure_with_its_own_period_phrase():
    # paraphrase of GoPro's "48% of our revenue for 2018 and 2017, and 50% of our revenue for 2016"
    text = ("Our ten largest customers accounted for 48% of our revenue for the years ended "
            "December 31, 2023 and 2022, and 50% of our revenue for the year ended December 31, "
            "2021.")
    fy21 = (date(2021, 1, 1), date(2021, 12, 31))
    assert facts_of(text) == [("ten largest customers combined", "48", "revenue", *FY23),
                              ("ten largest customers combined", "48", "revenue", *FY22),
                              ("ten largest customers combined", "50", "revenue", *fy21)]
    text = ("One customer accounted for 15% of revenue for the year ended December 31, 2023 "
            "compared to 12% for the year ended December 31, 2022.")
    assert facts_of(text) == [("one customer", "15", "revenue", *FY23),
                              ("one customer", "12", "revenue", *FY22)]


def _years(text):
    doc = parse_document(f"<html><body><p>{text}</p></body></html>".encode(), name="t.htm")
    return document_years(doc.text, doc.index.hits)


def test_what_a_document_says_its_years_are():
    assert _years("For the years ended December 31, 2023 and 2022.") == Years(calendar=True)
    # a June fiscal year the filer names: fiscal N ends June 30 of N
    june = _years("Revenue for the fiscal year ended June 30, 2023 (&#8220;fiscal 2023&#8221;) "
                  "rose. The fiscal year ended June 30, 2023 was a good year.")
    assert june.phrases("During fiscal 2022, Acme accounted for 18% of revenue.")[0].periods == (
        (date(2021, 7, 1), date(2022, 6, 30)),)
    # a January year end named for the year before (retailers): fiscal N ends January N+1
    jan = _years("for the fiscal year ended January 31, 2024 (&#8220;fiscal 2023&#8221;)")
    assert jan.phrases("in fiscal 2023")[0].periods == ((date(2023, 2, 1), date(2024, 1, 31)),)
    # a 52/53-week year moves its end: nothing is derived; years ended on two days: nothing
    week = "the fiscal year ended January 28, 2023 (&#8220;fiscal 2022&#8221;)"
    assert _years(week) == UNSETTLED
    assert _years("the year ended December 31, 2023 and the year ended June 30, 2022") == UNSETTLED


def test_bare_years_only_in_a_calendar_year_filer():
    # paraphrase of GoPro's 10-K: "One retailer accounted for 13%, 15% and 17% ... for 2018, ..."
    text = "One retailer accounted for 13% and 15% of our revenue for 2023 and 2022, respectively."
    assert facts_of(text, years=Years(calendar=True)) == [("one customer", "13", "revenue", *FY23),
                                                   ("one customer", "15", "revenue", *FY22)]
    assert facts_of(text) == []  # a fiscal year of unknown end: "2023" is not read
    assert facts_of("Sales to Acme accounted for 13% of our revenue from the 2023 Notes offering.",
                    years=Years(calendar=True)) == []


# --- tables ------------------------------------------------------------------------------

DESCRIBED = """
<p>Customers that accounted for 10% or more of our revenue were as follows:</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31,</td></tr>
<tr><td></td><td>2023</td><td>2022</td></tr>
<tr><td>A (retailer)</td><td>24%</td><td>21%</td></tr>
<tr><td>B (distributor)</td><td>13%</td><td>*</td></tr>
</table>
"""


def test_a_table_of_letters_and_kinds_of_customer():
    # paraphrase of a prospectus table with rows "A (retailer)", "B (distributor)"
    doc = parse_document(f"<html><body>{DESCRIBED}</body></html>".encode(), name="t.htm")
    got = [(f.entity, str(f.value), f.period_start, f.period_end)
           for f in extract_concentration(doc)]
    assert got == [("Customer A", "24", *FY23), ("Customer A", "21", *FY22),
                   ("Customer B", "13", *FY23)]
    # the same rows in a table that never says customers are no customers
    other = DESCRIBED.replace("Customers that accounted", "Regions that accounted")
    doc = parse_document(f"<html><body>{other}</body></html>".encode(), name="t.htm")
    assert extract_concentration(doc) == []


# --- real documents ----------------------------------------------------------------------

def _read(relative):
    path = corpus_file(relative)
    facts = extract_concentration(parse_document(path.read_bytes(), name=path.name))
    return {(f.entity, f.basis, f.period_start, f.period_end): str(f.value) for f in facts}


def _fy(year):
    return (date(year, 1, 1), date(year, 12, 31))


def test_gopro_retailers_by_bare_year_agree_with_its_customer_table():
    got = _read("dev/10-K_GPRO_0001500435-19-000013.html")
    for year, value in ((2018, "13"), (2017, "15"), (2016, "17")):
        assert got[("one customer", "revenue", *_fy(year))] == value
        assert got[("Customer A", "revenue", *_fy(year))] == value  # the same retailer's table
    assert got[("second customer", "revenue", *_fy(2016))] == "11"
    ten = [got[("ten largest customers combined", "revenue", *_fy(y))] for y in (2018, 2017, 2016)]
    assert ten == ["48", "48", "50"]
    # "a second retailer accounted for less than 10% ... in 2018 and 2017": a threshold
    assert ("second customer", "revenue", *_fy(2018)) not in got


def test_twilio_names_whatsapp_and_its_ten_largest_accounts():
    # WhatsApp is a customer because the 10-K says so ("a Variable Customer, WhatsApp")
    got = _read("dev/10-K_TWLO_0001047469-19-000807.html")
    assert [got[("WhatsApp", "revenue", *_fy(y))] for y in (2018, 2017, 2016)] == ["7", "6", "9"]
    assert [got[("10 largest customers combined", "revenue", *_fy(y))]
            for y in (2018, 2017, 2016)] == ["18", "19", "30"]


def test_apple_carriers_share_of_trade_receivables():
    got = _read("10q-aapl-0000320193-25-000057/aapl-20250329.htm")
    carriers = "third-party cellular network carriers"
    assert got[(carriers, "accounts_receivable", None, date(2025, 3, 29))] == "37"
    assert got[(carriers, "accounts_receivable", None, date(2024, 9, 28))] == "38"


def test_medicis_fiscal_years_as_the_filing_defines_them():
    # "the fiscal year ended June 30, 1999 ("fiscal 1999")": "During fiscal 1998, McKesson,
    # Bergen Brunswig and Cardinal accounted for 16.9%, 13.2% and 12.6%" is the year to June
    got = _read("dev/10-K_MRX_0000950153-99-001234.html")
    fy98 = (date(1997, 7, 1), date(1998, 6, 30))
    assert [got[(name, "revenue", *fy98)] for name in ("McKesson", "Bergen Brunswig",
                                                       "Cardinal")] == ["16.9", "13.2", "12.6"]
    assert got[("McKesson", "revenue", date(1998, 7, 1), date(1999, 6, 30))] == "18.0"
    assert len(got) == 8  # fiscal 1997, 1998 and 1999: three, three and two customers


def test_sales_that_were_to_a_name():
    # paraphrase: "approximately 12% of our net sales were to Walmart"
    text = YEAR + ("approximately 12% and 11% of our net sales were to Walmart and Target, "
                   "respectively.")
    assert facts_of(text) == [("Walmart", "12", "revenue", *FY23),
                              ("Target", "11", "revenue", *FY23)]
    assert facts_of(YEAR + "approximately 12% of our net sales were to Europe.") == []


# --- a part's revenue, and headings glued before the sentence ------------------------------

@pytest.mark.parametrize("text", [
    # paraphrases: a customer's share of one region's or one segment's revenue, which stood as
    # its share of the company's
    YEAR + "Walmart accounted for 30% of revenue in our Europe region.",
    YEAR + "Walmart accounted for 13% of net sales of the Widgets segment.",
    YEAR + "Walmart accounted for 18% of revenues from our services business.",
])
def test_a_share_of_a_parts_revenue_is_not_read(text):
    assert facts_of(text, CONTEXT) == []


def test_a_share_of_the_companys_revenue_still_reads():
    text = YEAR + "Walmart accounted for 12% of the revenues of the Company."
    assert facts_of(text, CONTEXT) == [("Walmart", "12", "revenue", *FY23)]


@pytest.mark.parametrize("heading", ["<h2>Major Customers</h2>",
                                     "<p>ITEM 1. BUSINESS</p><p>Customers</p>"])
def test_a_heading_above_the_paragraph_is_no_part_of_the_customers_name(heading):
    # the splitter joins a heading (no full stop) to the sentence after it: "PART I Major
    # Customers Acme Corp." stood as the customer's name
    html = ("<html><body><p>FORM 10-K</p><p>For the fiscal year ended December 31, 2023</p>"
            f"<p>PART I</p>{heading}<p>Acme Corp. accounted for 12% of our revenues in 2023.</p>"
            "</body></html>")
    facts = extract_concentration(parse_document(html, name="t.htm", form="10-K"))
    assert [(f.entity, str(f.value)) for f in facts] == [("Acme Corp.", "12")]
