"""Offering terms: hand-written sentences, then the real corpus and the Cerebras fixtures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from core.facts import merge_facts
from extractors.document import parse_document
from extractors.offering import extract_offering_terms, fold_precision, sentence_terms
from extractors.sentences import Sentence
from tests.conftest import ROOT, corpus_file

CEREBRAS = ROOT / "fixtures/edgar/Archives/edgar/data/2021728"


def terms(text):
    found = sentence_terms(Sentence(0, len(text), text), "t.htm")
    return [(f.metric, f.entity, str(f.value)) for f in found]


def test_range_and_price():
    assert terms(
        "We currently estimate that the initial public offering price will be between "
        "$115.00 and $125.00 per share."
    ) == [("price_range_low", None, "115.00"), ("price_range_high", None, "125.00")]
    assert terms("The initial public offering price is $185.00 per share.") == [
        ("offering_price", None, "185.00")
    ]
    assert terms("Initial public offering price\t$\t11.00\t$\t75,020,000") == [
        ("offering_price", None, "11.00")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A $1.00 increase (decrease) in the assumed initial public offering price of $5.50 per "
        "share "
        "would increase (decrease) the net proceeds to us by approximately $4.2 million.",
        "Assumed initial public offering price per share\t$\t5.50",
        "based on an initial public offering price of $5.50 per share, the midpoint of the price "
        "range",
    ],
)
def test_assumed_prices_and_sensitivities_are_not_terms(text):
    assert terms(text) == []


def test_shares_offered_option_and_after():
    assert terms("We are offering 28,000,000 shares of our Class A common stock.") == [
        ("shares_offered", None, "28000000")
    ]
    assert terms(
        "We have granted the underwriters an option for a period of 30 days to purchase "
        "up to 1,023,000 additional shares of common stock."
    ) == [("shares_option", None, "1023000")]
    assert terms(
        "Common stock to be outstanding immediately after this offering 19,505,119 shares "
        "(or 20,528,119 shares if the underwriters exercise in full their option)."
    ) == [
        ("shares_outstanding_after_offering", None, "19505119"),
        ("shares_outstanding_after_offering", "with_option", "20528119"),
    ]
    assert terms("Class A common stock to be outstanding after this offering\t100,000 shares") == [
        ("shares_outstanding_after_offering", "Class A", "100000")
    ]


def test_net_proceeds_scale_precision_and_option():
    text = (
        "We estimate that our net proceeds from this offering will be approximately $66.7 million "
        "(or approximately $77.1 million if the underwriters exercise in full their option)."
    )
    facts = sentence_terms(Sentence(0, len(text), text), "t.htm")
    assert [(f.entity, f.value, f.decimals, f.unit) for f in facts] == [
        (None, Decimal("66700000"), -5, "USD"),
        ("with_option", Decimal("77100000"), -5, "USD"),
    ]
    assert terms(
        "If the underwriters exercise their option in full, we estimate that the net "
        "proceeds from this offering will be approximately $26.1 million."
    ) == [("net_proceeds", "with_option", "26100000")]


def test_fold_precision_joins_rounded_readings():
    fine = "We estimate that the net proceeds from this offering will be approximately $22,593,000."
    coarse = (
        "We estimate that the net proceeds from this offering will be approximately $22.6 million."
    )
    facts = [
        *sentence_terms(Sentence(0, len(fine), fine), "t"),
        *sentence_terms(Sentence(100, 100 + len(coarse), coarse), "t"),
    ]
    [merged] = merge_facts(fold_precision(facts))
    assert (
        merged.value == Decimal("22593000") and len(merged.sources) == 2 and not merged.is_conflict
    )


def _terms_of(path: Path):
    facts = merge_facts(extract_offering_terms(parse_document(path.read_bytes(), name=path.name)))
    for fact in facts:
        assert fact.sources[0].extractor == "offering" and fact.sources[0].span
        assert fact.period_start is None and fact.period_end is None
    return {(f.metric, f.entity): f for f in facts}


def _value(table, metric, entity=None):
    fact = table[(metric, entity)]
    assert not fact.is_conflict, fact
    return fact.value


@pytest.fixture(scope="module")
def unicycive():
    return _terms_of(
        corpus_file("s1a-unicycive-0001213900-21-035033/ea143554-s1a3_unicycivethera.htm")
    )


@pytest.fixture(scope="module")
def camp4():
    return _terms_of(corpus_file("424b4-camp4-2024/camp4_424b4.htm"))


def test_unicycive_s1a(unicycive):
    assert _value(unicycive, "price_range_low") == Decimal("5.00")
    assert _value(unicycive, "price_range_high") == Decimal("6.00")
    assert _value(unicycive, "shares_outstanding_after_offering") == 13980523
    assert _value(unicycive, "shares_outstanding_after_offering", "with_option") == 14663023
    assert ("offering_price", None) not in unicycive  # only the assumed $5.50 is printed


def test_camp4_424b4(camp4):
    assert _value(camp4, "offering_price") == Decimal("11.00")
    assert _value(camp4, "shares_offered") == 6820000
    assert _value(camp4, "shares_option") == 1023000
    assert _value(camp4, "shares_outstanding_after_offering") == 19505119
    assert _value(camp4, "shares_outstanding_after_offering", "with_option") == 20528119
    assert _value(camp4, "net_proceeds") == Decimal("66700000")


def _cerebras(name: str):
    [path] = sorted(CEREBRAS.glob(f"*/{name}"))  # the project's own fixture: must be there
    return _terms_of(path)


def test_cerebras_s1a():
    table = _cerebras("cerebras-sx1amay2026.htm")
    assert _value(table, "price_range_low") == Decimal("115.00")
    assert _value(table, "price_range_high") == Decimal("125.00")
    assert _value(table, "shares_offered") == 28000000
    assert _value(table, "shares_outstanding_after_offering") == 212965381


def test_cerebras_424b4():
    table = _cerebras("cerebras-424b4.htm")
    assert _value(table, "offering_price") == Decimal("185.00")
    assert _value(table, "shares_offered") == 30000000
