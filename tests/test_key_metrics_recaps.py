"""Key-metrics recaps (a genre that prints one list item per line of a segment or a product,
"<line>- <part>: $X versus $Y estimated"): found in a recap of a gas utility's fiscal first
quarter, where the Gas Utility segment's operating income was compared with the company's and
called drifted, and the revenue's distance from the consensus ("a surprise of +N%") was read as
revenue growth and drifted. The sentences are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

SPIRE_10Q = "dev/10-Q_SR_2023-12-31.html"
HEAD = ("Acme Utilities (ACM) Q1 earnings: key metrics compared with estimates\n\n"
        "For the quarter ended December 2023, Acme Utilities reported revenue of "
        "$756.6 million.\n\n")


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(HEAD + text)}


@pytest.mark.parametrize("item, figure, metric, part", [
    ("- Operating Income- Gas Utility: $122.30 million versus $107.49 million estimated by three "
     "analysts on average.", "$122.30 million", "operating_income", "Gas Utility"),
    ("- Operating Revenues- Gas Marketing: $36.30 million compared to the $51.46 million average "
     "estimate based on four analysts.", "$36.30 million", "revenue", "Gas Marketing"),
    ("- Net Sales - Americas: $1.2 billion compared to the $1.1 billion average estimate.",
     "$1.2 billion", "revenue", "Americas"),
    ("- Revenues\u2014 Data Center: $41.1 billion vs. $41.3 billion estimated.",
     "$41.1 billion", "revenue", "Data Center"),
])
def test_a_list_items_label_names_the_part_after_the_dash(item, figure, metric, part) -> None:
    claim = _claims(item)[figure]
    assert (claim.metric, claim.entity) == (metric, part)


@pytest.mark.parametrize("item", [
    "- Revenues- Total: $700.0 million versus $725.2 million estimated.",
    "- Year-over-year revenue: $700.0 million, down 7.1%.",
    "- Non-GAAP revenue: $700.0 million.",
])
def test_a_label_without_a_part_is_the_companys(item) -> None:
    """A total after the dash, or a hyphen inside a word, names no part."""
    assert _claims(item)["$700.0 million"].entity is None


@pytest.mark.parametrize("sentence, figure, is_estimate", [
    ("The reported revenue represents a surprise of +4.33% over the consensus estimate of "
     "$725.22 million.", "+4.33%", True),
    ("The EPS surprise was +7.30%.", "+7.30%", True),
    ("Acme posted a surprise 12% rise in profit to $4 million.", "12%", False),
    ("The surprise was a 9% jump in sales.", "9%", False),
])
def test_a_surprise_against_the_consensus_is_no_result(sentence, figure, is_estimate) -> None:
    claim = _claims(sentence)[figure]
    assert bool(claim.not_checkable_reason) is is_estimate


@pytest.fixture(scope="module")
def spire_facts() -> list:
    return stored_corpus_facts(SPIRE_10Q, "0001126956-24-000010", "10-Q", date(2024, 2, 1))


def test_a_segments_operating_income_is_checked_against_the_segment(spire_facts) -> None:
    """The segment's figure is searched among the segment's filed lines, never compared with
    the company's operating income ($139.2 million, against which $122.30 million drifted).
    (The 10-Q prints the segment's operating income in a segment table not read yet: the
    figure is unverifiable, saying which part was searched.)"""
    text = HEAD + ("- Operating Income- Gas Utility: $122.30 million versus $107.49 million "
                   "estimated by three analysts on average.\n"
                   "- The reported revenue represents a surprise of +4.33% over the consensus.")
    found = verify_text(text, spire_facts)
    segment = found["$122.30 million"]
    assert segment.claim.entity == "Gas Utility"
    assert segment.verdict in ("supported", "unverifiable")
    assert segment.verdict == "supported" or "of Gas Utility" in segment.reason
    assert found["+4.33%"].verdict == "not_checkable"


@pytest.mark.parametrize("items, rate, part", [
    ("- Freight Revenues- Bulk: $1.9 billion compared to the $1.83 billion average estimate "
     "based on four analysts. The reported number represents a change of +10.5% year over year.",
     "+10.5%", "Bulk"),
    ("- Revenues- Data Center: $41.1 billion compared to the $41.3 billion average estimate. "
     "The reported number represents a year-over-year change of +56%.", "+56%", "Data Center"),
])
def test_the_reported_number_is_the_items_figure_not_its_estimate(items, rate, part) -> None:
    """The item's rate is the growth of its reported figure: the part's revenue (never the
    estimate quoted just before it, nor a figure of no metric)."""
    claim = _claims(items)[rate]
    assert (claim.metric, claim.entity) == ("revenue_growth", part)
    assert claim.not_checkable_reason is None


def _part_fact(entity: str, value: str, start: date, end: date):
    from dataclasses import replace

    from tests.test_registry_verify import stored
    found = stored("revenue", value, (start, end))
    return replace(found, fact_id=f"{entity}{value}", fact=replace(found.fact, entity=entity))


def test_a_parts_rate_is_doubted_when_its_level_is_filed_as_another_line() -> None:
    """Two parts named "Other" on two axes (a commodity group of 23 and 26 million, and the
    other revenues of 311 million beside freight): the item's level is found filed as the
    other line, so its rate, recomputed from the first "Other", proves nothing."""
    quarter, year_ago = (date(2025, 4, 1), date(2025, 6, 30)), (date(2024, 4, 1),
                                                                 date(2024, 6, 30))
    facts = [_part_fact("Other", "23000000", *quarter), _part_fact("Other", "26000000", *year_ago),
             _part_fact("Product and Service Other", "311000000", *quarter),
             _part_fact("Product and Service Other", "369000000", *year_ago)]
    text = ("Acme Rail (ACR) Q2 earnings: key metrics compared with estimates\n\n"
            "For the quarter ended June 2025, Acme Rail reported results.\n\n"
            "- Operating Revenues- Other revenues: $311 million compared to the $335.95 million "
            "average estimate. The reported number represents a change of -15.7% year over year.")
    found = verify_text(text, facts)
    assert found["-15.7%"].verdict == "unverifiable"
    assert found["$311 million"].verdict != "drifted"
