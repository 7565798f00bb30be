"""Prospectuses as they are really written (issue 13): only THIS offering's terms, the phrasings
of follow-ons, unit offerings and plain-text filings, net proceeds at an assumed price, and
summary-data periods. Sentences below are the project's own paraphrases (no filing's text); the
fixtures under fixtures/prospectuses/ are fictional companies written by the project."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.facts import merge_facts
from extractors.dispatch import extract_document
from extractors.document import parse_document
from extractors.offering import ASSUMED_PRICE, extract_offering_terms, sentence_terms
from extractors.periods import names_bare_years, parse_header_period
from extractors.plaintext import leader_sentences
from extractors.sentences import Sentence
from tests.conftest import ROOT, corpus_file

PROSPECTUSES = ROOT / "fixtures/prospectuses"


def terms(text):
    found = sentence_terms(Sentence(0, len(text), text), "t.htm")
    return [(f.metric, f.entity, str(f.value)) for f in found]


@pytest.mark.parametrize("text", [
    # the stock's trading range, in an S-1 whose own range is still blank
    "In recent secondary market transactions, the price of our common stock ranged between "
    "$3.10 and $4.25 per share.",
    # an assumption: the last sale price
    "The public offering price of $8.40 per share, which was the last reported sale price of "
    "our common stock on May 3, 2011.",
    # hypothetical prices
    "Net tangible book value would be $40.1 million, based on a public offering price of $8.40 "
    "per share.",
    "based on the estimated initial public offering price of $14.00 per share",
    "A $1.00 increase in the public offering price of $8.40 per share would increase net "
    "proceeds by $2.8 million.",
    # another price that quotes an earlier offering's
    "Upon completion of the IPO, the warrants became exercisable at an exercise price equal to "
    "the initial public offering price of $6.00.",
    "In February 2012 we completed our initial public offering at a price of $6.00 per share.",
    "The exercise price of the warrants will be between $11.50 and $13.00 per share.",
    # blank terms
    "The initial public offering price is $[ ] per share.",
    "We expect the initial public offering price to be between $      and $      per share.",
    "Price to public $[•] $[•]",
    # a use of the proceeds is not the proceeds
    "We will use approximately $1,000,000 of the net proceeds for working capital.",
    "The net proceeds allocated to working capital will be $1,000,000.",
    # shares others sell
    "The selling stockholders are offering 3,000,000 shares of common stock.",
])
def test_what_is_not_this_offerings_term(text):
    assert terms(text) == []


def test_the_issuers_name_additional_shares_and_concurrent_placements():
    assert terms("Acme Networks, Inc. is offering 7,000,000 shares of its common stock.") == [
        ("shares_offered", None, "7000000")]
    assert terms("We are selling 3,400,000 shares of our common stock.") == [
        ("shares_offered", None, "3400000")]
    assert terms("The underwriters have an option to purchase up to an additional 5,400,000 "
                 "shares of common stock from us.") == [("shares_option", None, "5400000")]
    assert terms(
        "Common stock to be outstanding after this offering and the concurrent private "
        "placement 31,250,000 shares (or 32,375,000 shares if the option to purchase additional "
        "shares is exercised in full)"
    ) == [("shares_outstanding_after_offering", None, "31250000"),
          ("shares_outstanding_after_offering", "with_option", "32375000")]
    assert terms("We estimate net proceeds will be approximately $40.0 million, or $46.1 "
                 "million if the over-allotment option is exercised in full.") == [
        ("net_proceeds", None, "40000000"), ("net_proceeds", "with_option", "46100000")]


def test_cover_tables_ranges_and_ordinary_shares():
    assert terms("Public offering price\t$\t17.00\t$\t85,000,000") == [
        ("offering_price", None, "17.00")]
    assert terms("Assumed public offering price per share\t$\t17.00") == []
    assert terms("We expect the initial public offering price to be within a price range of "
                 "$14.00 to $16.00 per share.") == [("price_range_low", None, "14.00"),
                                                    ("price_range_high", None, "16.00")]
    assert terms("In 2023 our stock traded in a price range of $3.00 to $5.00 per share.") == []
    assert terms("Ordinary shares to be outstanding after this offering 40,000,000 shares") == [
        ("shares_outstanding_after_offering", None, "40000000")]


def test_unit_offerings():
    assert terms("We are offering 20,000,000 units at an offering price of $10.00 per unit.") == [
        ("offering_price", None, "10.00"), ("shares_offered", None, "20000000")]
    assert terms("The offering price is $10.00 per unit.") == [("offering_price", None, "10.00")]
    assert terms("Each unit has an offering price of $10.00 and consists of one share of Class A "
                 "common stock and one-half of one warrant.") == [
        ("offering_price", None, "10.00")]
    assert terms("We are offering 20,000,000 units at $10.00 per unit.") == [
        ("offering_price", None, "10.00"), ("shares_offered", None, "20000000")]
    assert terms("This is the initial public offering of 25,000,000 units of Beacon Acquisition "
                 "Corp.") == [("shares_offered", None, "25000000")]
    # the sponsor's private units are not the offering's
    assert terms("Simultaneously with the closing of this offering, our sponsor will purchase "
                 "600,000 private placement units at $10.00 per unit.") == []


def _facts(path, form=None):
    facts = extract_document(path.read_bytes(), document=path.name, form=form, use_xbrl=False)
    return {(f.metric, f.entity, f.period_start, f.period_end): f for f in merge_facts(facts)}


def test_plain_text_follow_on_gives_its_terms_and_refuses_the_rest():
    path = PROSPECTUSES / "s1-acme-networks.txt"
    doc = parse_document(path.read_bytes(), name=path.name)
    assert doc.form == "S-1"
    facts = {(f.metric, f.entity): f for f in merge_facts(extract_offering_terms(doc))}
    values = {key: fact.value for key, fact in facts.items()}
    assert values == {
        ("shares_offered", None): 7000000,  # the cover's sentence and the dot-leader line
        ("shares_option", None): 1050000,
        ("shares_outstanding_after_offering", None): 25310000,
        ("shares_outstanding_after_offering", "with_option"): 26360000,
        ("net_proceeds", None): Decimal("25900000"),
    }
    # no range (the trading range and the blank one), no price (the last sale price, the blank
    # cover, the note's earlier IPO price), and the working capital is not the proceeds
    assert len(facts[("shares_offered", None)].sources) == 2
    assert facts[("net_proceeds", None)].basis == ASSUMED_PRICE


def test_leader_lines_join_wrapped_labels_and_values():
    text = ("THE OFFERING\nCommon stock offered.......... 5,000,000 shares\nCommon stock to be "
            "outstanding after\nthis offering........ 20,000,000 shares (21,000,000\nshares if the "
            "over-allotment option is exercised in full)\nUse of proceeds.......... General.")
    lines = [s.text for s in leader_sentences(text)]
    assert lines[1] == ("Common stock to be outstanding after this offering........ 20,000,000 "
                        "shares (21,000,000 shares if the over-allotment option is exercised in "
                        "full)")
    for sentence in leader_sentences(text):
        assert text[sentence.start:sentence.end].replace("\n", " ") == sentence.text


def test_net_proceeds_at_an_assumed_price_are_labelled_and_the_final_ones_are_not():
    sona = _offering(corpus_file("dev/S-1A_SONA_2009-10-29.html"))
    assert {f.basis for f in sona if f.metric == "net_proceeds"} == {ASSUMED_PRICE}
    camp4 = _offering(corpus_file("424b4-camp4-2024/camp4_424b4.htm"))
    assert {f.basis for f in camp4 if f.metric == "net_proceeds"} == {None}


def _offering(path):
    return merge_facts(extract_offering_terms(parse_document(path.read_bytes(), name=path.name)))


def test_real_follow_ons_read_by_hand():
    """Southern National's S-1/A (price blank, proceeds at the last sale price) and Cempra's
    resale S-1/A (no price: the $6.00 it quotes is its earlier IPO's, in a warrant's terms)."""
    sona = {(f.metric, f.entity): f.value for f in
            _offering(corpus_file("dev/S-1A_SONA_2009-10-29.html"))}
    assert sona[("shares_offered", None)] == 3424657
    assert sona[("shares_option", None)] == 513698
    assert sona[("shares_outstanding_after_offering", None)] == 10223204
    assert not {"offering_price", "price_range_low"} & {metric for metric, _ in sona}
    cempra = _offering(corpus_file("dev/S-1A_CEMP_2012-11-16.html"))
    assert [f for f in cempra if f.metric == "offering_price"] == []


def test_unicycive_units_offered():
    unicycive = {(f.metric, f.entity): f.value for f in _offering(
        corpus_file("s1a-unicycive-0001213900-21-035033/ea143554-s1a3_unicycivethera.htm"))}
    assert unicycive[("shares_offered", None)] == 4550000
    assert ("offering_price", None) not in unicycive  # $5.50 is the midpoint, assumed


def test_summary_data_periods():
    assert parse_header_period("Nine Months Ended September, 2013") == parse_header_period(
        "Nine months ended September 30, 2013")
    assert names_bare_years("for 2011, 2012 and 2013 and the nine months ended September 30, "
                            "2013 and 2014")
    assert not names_bare_years("for the years ended December 31, 2013, 2012 and 2011")
    facts = _facts(PROSPECTUSES / "s1-summary-periods.htm", form="S-1")
    nine = (date(2013, 1, 1), date(2013, 9, 30))
    assert facts[("revenue", None, *nine)].value == 11000000
    # no column is dated April-December, and the bare years beside a nine-month phrase are not
    # nine-month periods
    assert all(key[2] is None or key[2].month == 1 for key in facts)
    assert all((key[3] - key[2]).days > 300 for key in facts
               if key[2] is not None and key[2].year in (2009, 2010))
    # the stock-compensation table's "Cost of revenue $ — / $ 9" is not cost of revenue
    assert {f.value for k, f in facts.items() if k[0] == "cost_of_revenue"} >= {Decimal(6000000)}
    assert all(f.value > 1000 and not f.is_conflict for k, f in facts.items()
               if k[0] == "cost_of_revenue")


def test_plain_text_tables_become_tables():
    """A <PRE> summary table with dot-leader labels, "$" columns and rules (the project's
    fixture), and a real 2008 plain-text 10-K's statement of operations."""
    facts = _facts(PROSPECTUSES / "s1-acme-networks.txt")
    fy2005 = (date(2005, 1, 1), date(2005, 12, 31))
    assert facts[("revenue", None, *fy2005)].value == 55300000
    assert facts[("net_income", None, date(2003, 1, 1), date(2003, 12, 31))].value == -1300000
    sire = _facts(corpus_file("dev/10-K_CIK1424844_0000922907-08-000774.html"))
    fy2008 = (date(2007, 10, 1), date(2008, 9, 30))
    assert sire[("net_income", None, *fy2008)].value == -3717600
    assert sire[("net_income", None, date(2006, 10, 1), date(2007, 9, 30))].value == 1082715
    # the third column runs from inception: no period, no figure
    assert all(key[2] is None or key[2].year >= 2006 for key in sire)


def test_ascii_edgar_tables_and_leader_lines():
    """The ASCII EDGAR format (the project's fixture): <TABLE> with <S>/<C> column marks."""
    facts = _facts(PROSPECTUSES / "s1-brightwater-ascii.txt")
    assert facts[("revenue", None, date(2004, 1, 1), date(2004, 12, 31))].value == 33100000
    assert facts[("net_income", None, date(2002, 1, 1), date(2002, 12, 31))].value == -2300000
    terms_read = {(k[0], k[1]): f.value for k, f in facts.items() if k[2] is None}
    assert terms_read == {("shares_offered", None): 5000000,
                          ("price_range_low", None): Decimal("10.00"),
                          ("price_range_high", None): Decimal("12.00"),
                          ("shares_outstanding_after_offering", None): 18400000}
