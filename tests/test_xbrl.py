"""Inline XBRL and XBRL instance facts on real filings (read in place from the corpus)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.errors import ParsingError
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl, extract_xbrl_instance
from tests.conftest import corpus_file

AAPL = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
AAPL_XML = "10q-aapl-0000320193-25-000057/aapl-20250329_htm.xml"
NVDA = "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"
C3AI = "10q-10k/10-Q_AI_0001628280-23-031636.html"


def _facts(relative: str):
    path = corpus_file(relative)
    return extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))


@pytest.fixture(scope="module")
def aapl():
    return _facts(AAPL)


@pytest.fixture(scope="module")
def nvda():
    return _facts(NVDA)


def _value(facts, metric, start, end, entity=None, basis=None):
    found = [f for f in facts if (f.metric, f.period_start, f.period_end, f.entity, f.basis)
             == (metric, start, end, entity, basis)]
    assert len(found) == 1, (metric, start, end, entity, found)
    return found[0]


@pytest.mark.parametrize("metric,value", [
    ("revenue", "95359000000"), ("gross_profit", "44867000000"), ("net_income", "24780000000"),
    ("cost_of_revenue", "50492000000"), ("operating_income", "29589000000"),
])
def test_apple_main_quarter(aapl, metric, value):
    fact = _value(aapl, metric, date(2024, 12, 29), date(2025, 3, 29))
    assert fact.value == Decimal(value) and fact.unit == "USD" and fact.decimals == -6
    source = fact.sources[0]
    assert source.extractor == "xbrl" and source.concept.startswith("us-gaap:")
    assert source.document == "aapl-20250329.htm" and source.text


def test_apple_eps_and_shares(aapl):
    eps = _value(aapl, "eps_diluted", date(2024, 12, 29), date(2025, 3, 29))
    assert (eps.value, eps.unit, eps.decimals) == (Decimal("1.65"), "USD/share", 2)
    shares = _value(aapl, "shares_outstanding", None, date(2025, 4, 18), entity="total")
    assert shares.value == Decimal("14935826000") and shares.unit == "shares"


@pytest.mark.parametrize("metric,value", [
    ("revenue", "46743000000"), ("gross_profit", "33853000000"), ("net_income", "26422000000"),
])
def test_nvidia_main_quarter(nvda, metric, value):
    assert _value(nvda, metric, date(2025, 4, 28), date(2025, 7, 27)).value == Decimal(value)


def test_nvidia_scaled_share_count_keeps_its_precision(nvda):
    # "24.3" with scale 9 and decimals -8: 24,300,000,000 known to the hundred million.
    fact = _value(nvda, "shares_outstanding", None, date(2025, 8, 22), entity="total")
    assert fact.value == Decimal("24300000000") and fact.decimals == -8


@pytest.mark.parametrize("entity,start,value", [
    ("Customer A", date(2025, 4, 28), 23), ("Customer B", date(2025, 4, 28), 16),
    ("Customer A", date(2025, 1, 27), 20), ("Customer B", date(2025, 1, 27), 15),
])
def test_nvidia_customer_concentration(nvda, entity, start, value):
    fact = _value(nvda, "customer_concentration", start, date(2025, 7, 27), entity, "revenue")
    # XBRL stores the ratio 0.23 with decimals 2: 23 percent, stated to the whole percent.
    assert (fact.value, fact.unit, fact.decimals) == (Decimal(value), "percent", 0)


def test_nvidia_receivables_concentration_has_its_basis(nvda):
    # Tagged with a half-year duration context; a receivables share is a balance "as of" a date.
    fact = _value(nvda, "customer_concentration", None, date(2025, 7, 27),
                  "Customer One", "accounts_receivable")
    assert fact.value == Decimal(23)


def test_dimensioned_figures_are_not_company_totals(nvda):
    # Segment revenue (Compute & Networking, Graphics) and geographic shares are tagged too;
    # none may pose as the company's revenue or as a customer's share.
    quarter = [f for f in nvda if f.metric == "revenue" and f.period_end == date(2025, 7, 27)
               and f.entity is None]
    assert sorted(f.value for f in quarter) == [Decimal("46743000000"), Decimal("90805000000")]
    assert not any(f.entity and "Sg" in f.entity for f in nvda)
    assert not any(f.is_conflict for f in nvda)


def test_negative_values_carry_their_sign():
    facts = _facts(C3AI)
    loss = _value(facts, "net_income", date(2023, 5, 1), date(2023, 7, 31))
    assert loss.value == Decimal("-64358000")


def test_share_classes_and_their_sum():
    facts = _facts(C3AI)
    end = date(2023, 8, 31)
    assert _value(facts, "shares_outstanding", None, end, "Class A").value == 114701772
    assert _value(facts, "shares_outstanding", None, end, "Class B").value == 3499992
    total = _value(facts, "shares_outstanding", None, end, "total")
    assert total.value == 114701772 + 3499992
    assert "Class A" in total.sources[0].text and len(total.sources) == 3


def test_a_document_without_xbrl_gives_no_facts():
    path = corpus_file("10q-10k/10-Q_AA_0001193125-18-236766.html")
    assert extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name)) == []


def test_instance_xml_gives_the_same_facts_as_the_inline_document(aapl):
    path = corpus_file(AAPL_XML)
    facts = extract_xbrl_instance(path.read_bytes(), document=path.name)
    revenue = _value(facts, "revenue", date(2024, 12, 29), date(2025, 3, 29))
    assert revenue.value == Decimal("95359000000")
    concept = "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
    assert revenue.sources[0].concept == concept
    # A part's name is spelled as the inline document's text writes it ('Wearables, Home and
    # Accessories'); an instance has no text, so its parts keep the member's humanised name.
    def figures(found):
        return {(f.key()[:4] + (f.basis,), f.value) if f.basis else (f.key(), f.value)
                for f in found}
    assert figures(facts) == figures(aapl)


# Small hand-written documents for the tag features the corpus does not all exercise.
_HEAD = """<html><body><div style="display:none"><ix:header><ix:resources>
<xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:startdate>2025-01-01</xbrli:startdate>
<xbrli:enddate>2025-03-31</xbrli:enddate></xbrli:period></xbrli:context>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
<xbrli:unit id="eur"><xbrli:measure>iso4217:EUR</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div>"""


def _inline(body: str):
    return extract_inline_xbrl(parse_document(_HEAD + body + "</body></html>", name="t.htm"))


@pytest.mark.parametrize("tag,value", [
    ('format="ixt:num-dot-decimal" scale="3" decimals="-3">1,234', "1234000"),
    ('format="ixt:numdotdecimal" scale="6" sign="-" decimals="-5">12.3', "-12300000"),
    ('format="ixt:fixed-zero" scale="6" decimals="-6">\u2014', "0"),
    ('format="ixt:zerodash" decimals="0">-', "0"),
    ('format="ixt-sec:numwordsen" decimals="0">none', "0"),
    ('format="ixt-sec:numwordsen" decimals="0">twenty-one', "21"),
    ('format="ixt:num-comma-decimal" decimals="2">1.234,56', "1234.56"),
])
def test_inline_formats_scale_and_sign(tag, value):
    facts = _inline(f'<ix:nonfraction name="us-gaap:Revenues" contextref="d" unitref="usd" {tag}'
                    '</ix:nonfraction>')
    assert [f.value for f in facts] == [Decimal(value)]


def test_nil_other_currency_and_duplicates():
    # Two tags of one fact (same concept, context, value) collapse into one fact.
    facts = _inline(
        '<ix:nonfraction name="us-gaap:GrossProfit" contextref="d" unitref="usd" xsi:nil="true"/>'
        '<ix:nonfraction name="us-gaap:Revenues" contextref="d" unitref="eur" decimals="0">5'
        '</ix:nonfraction>'
        '<p><ix:nonfraction name="us-gaap:NetIncomeLoss" contextref="d" unitref="usd" '
        'decimals="0">7</ix:nonfraction> and again <ix:nonfraction name="us-gaap:NetIncomeLoss" '
        'contextref="d" unitref="usd" decimals="0">7</ix:nonfraction></p>')
    assert [(f.metric, f.value, len(f.sources)) for f in facts] == [("net_income", 7, 1)]


def test_unknown_format_and_missing_context_are_parsing_errors():
    with pytest.raises(ParsingError, match="format"):
        _inline('<ix:nonfraction name="us-gaap:Revenues" contextref="d" unitref="usd" '
                'format="ixt:date-month-day">5</ix:nonfraction>')
    with pytest.raises(ParsingError, match="context"):
        _inline('<ix:nonfraction name="us-gaap:Revenues" contextref="nope" unitref="usd">5'
                '</ix:nonfraction>')


def test_cerebras_customers_are_named_as_the_prose_defines_them():
    from tests.conftest import EDGAR_FIXTURES

    path = EDGAR_FIXTURES / "Archives/edgar/data/2021728/000162828026056357/cbrs-20260630.htm"
    facts = extract_inline_xbrl(parse_document(path.read_bytes(), name=path.name))
    shares = {(f.entity, f.period_start, f.period_end): f.value for f in facts
              if f.metric == "customer_concentration" and f.basis == "revenue"}
    q2, q2_prior = (date(2026, 4, 1), date(2026, 6, 30)), (date(2025, 4, 1), date(2025, 6, 30))
    h1, h1_prior = (date(2026, 1, 1), date(2026, 6, 30)), (date(2025, 1, 1), date(2025, 6, 30))
    # MohamedBinZayedUniversityOfArtificialIntelligenceMember is "MBZUAI" in the filing's prose.
    assert [shares[("MBZUAI", *p)] for p in (q2, q2_prior, h1, h1_prior)] == [34, 70, 49, 47]
    assert [shares[("G42", *p)] for p in (q2, q2_prior, h1, h1_prior)] == [9, 18, 10, 41]


def test_non_numeric_follows_continuations(nvda):
    from extractors.xbrl_contexts import parse_non_numeric

    path = corpus_file(NVDA)
    doc = parse_document(path.read_bytes(), name=path.name)
    by_concept = {n.concept: n for n in parse_non_numeric(doc.root)}
    assert by_concept["dei:DocumentType"].text == "10-Q"
    assert by_concept["dei:DocumentPeriodEndDate"].text == "July 27, 2025"
    (first,) = [el for el in doc.root.iter("ix:nonnumeric")
                if el.get("name") == "us-gaap:SignificantAccountingPoliciesTextBlock"]
    block = by_concept["us-gaap:SignificantAccountingPoliciesTextBlock"].text
    assert block.startswith("Summary of Significant Accounting Policies")
    assert len(block) > len(" ".join("".join(first.itertext()).split())) + 100


def test_non_numeric_continuation_cycles_and_excludes():
    from extractors.xbrl_contexts import parse_non_numeric

    doc = parse_document(
        '<p><ix:nonnumeric name="x:Note" contextref="d" continuedat="a">one '
        '<ix:exclude>page 7</ix:exclude>two</ix:nonnumeric></p>'
        '<p><ix:continuation id="a" continuedat="b">three</ix:continuation></p>'
        '<p><ix:continuation id="b" continuedat="a">four</ix:continuation></p>', name="c.htm")
    (note,) = parse_non_numeric(doc.root)
    assert (note.concept, note.context_ref, note.text) == ("x:Note", "d", "one two three four")


@pytest.mark.parametrize("tag,message", [
    ('scale="abc">5', "scale"),
    ('scale="99999">5', "scale"),
    (">" + "9" * 40, "digits"),
])
def test_hostile_numbers_are_parsing_errors(tag, message):
    with pytest.raises(ParsingError, match=message):
        _inline(f'<ix:nonfraction name="us-gaap:Revenues" contextref="d" unitref="usd" {tag}'
                '</ix:nonfraction>')
