"""Customer concentration: hand-written sentences, the real corpus, the Cerebras fixtures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from extractors.aliases import find_aliases
from extractors.concentration import extract_concentration, sentence_facts
from extractors.document import parse_document
from extractors.sentences import Sentence
from extractors.textperiods import PeriodContext
from tests.conftest import ROOT, corpus_file

CEREBRAS = ROOT / "fixtures/edgar/Archives/edgar/data/2021728"
FY25 = (date(2025, 1, 1), date(2025, 12, 31))
FY24 = (date(2024, 1, 1), date(2024, 12, 31))


def facts_of(text, aliases=None, ctx=None):
    found = sentence_facts(Sentence(0, len(text), text), "t.htm", aliases or {}, ctx)
    return [(f.entity, str(f.value), f.basis, f.period_start, f.period_end) for f in found]


def test_respectively_list_distributes_over_periods():
    text = (
        'Group 42 Holding Ltd (together with its affiliates, "G42") accounted for 24.0% and '
        "85.0% of our total revenue for the years ended December 31, 2025 and 2024, respectively."
    )
    aliases = find_aliases(text + " G42 is our largest customer.")
    assert aliases["G42"] == "G42" and aliases["Group 42 Holding Ltd"] == "G42"
    assert facts_of(text, aliases) == [
        ("G42", "24.0", "revenue", *FY25),
        ("G42", "85.0", "revenue", *FY24),
    ]


def test_precision_and_source_are_kept():
    text = (
        "One customer (MBZUAI) accounted for 77.9% of our accounts receivable as of December "
        "31, 2025."
    )
    [fact] = sentence_facts(Sentence(10, 10 + len(text), text), "t.htm", {})
    assert (fact.entity, fact.value, fact.decimals, fact.basis) == (
        "MBZUAI",
        Decimal("77.9"),
        1,
        "accounts_receivable",
    )
    assert (fact.period_start, fact.period_end) == (None, date(2025, 12, 31))
    assert (
        fact.sources[0].span == (10, 10 + len(text))
        and fact.sources[0].extractor == "concentration"
    )


def test_counted_customers_combined_and_each():
    assert facts_of(
        "As of June 30, 2026, two customers accounted for 76% of accounts receivable."
    ) == [("two customers combined", "76", "accounts_receivable", None, date(2026, 6, 30))]
    assert facts_of(
        "Three direct customers accounted for 23%, 19% and 14% of our accounts "
        "receivable balance as of July 27, 2025."
    ) == [
        (f"customer {i} of 3", v, "accounts_receivable", None, date(2025, 7, 27))
        for i, v in ((1, "23"), (2, "19"), (3, "14"))
    ]
    assert facts_of(
        "Our top three customers together accounted for 18% and 17% of our revenue for "
        "the years ended December 31, 2025 and 2024, respectively."
    ) == [
        ("top three customers combined", "18", "revenue", *FY25),
        ("top three customers combined", "17", "revenue", *FY24),
    ]


def test_thresholds_and_negatives_give_nothing():
    text = (
        "Customer I represented 15% of total accounts receivable as of December 31, 2023, and no "
        "other customer represented more than 10% of total accounts receivable as of December 31, "
        "2023."
    )
    assert facts_of(text) == [("Customer I", "15", "accounts_receivable", None, date(2023, 12, 31))]
    assert (
        facts_of(
            "For the years ended December 31, 2023 and 2022, no customer represented 10% or "
            "more of total revenue."
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "We accounted for the 2021 Notes as stock-settled debt and we are accreting the carrying "
        "amount.",
        "In 2023, 55% of our revenue came from government customers and 45% from commercial "
        "customers.",
        "The decrease was driven by a 54% decrease in Client segment revenue for the three months "
        "ended July 1, 2023.",
        "Approximately 17% and 16%, respectively, of the total subscription revenue was "
        "attributable to "
        "revenue from new customers for the three months ended July 31, 2023 and 2022.",
        "The United States comprised 85% of the Company's revenue for the year ended December 31, "
        "2023.",
    ],
)
def test_lookalikes_are_not_concentration(text):
    aliases = find_aliases('accounting principles in the United States ("U.S. GAAP") and customers')
    assert facts_of(text, aliases) == []


def test_fiscal_quarter_sentence_with_appositive_labels():
    ctx = PeriodContext(date(2025, 7, 27), 2, 2026, frozenset())
    text = (
        "For the second quarter of fiscal year 2026, sales to one direct customer, Customer A, "
        "represented 23% of total revenue; and sales to a second direct customer, Customer B, "
        "represented 16% of total revenue, respectively."
    )
    q = (date(2025, 4, 28), date(2025, 7, 27))
    assert facts_of(text, ctx=ctx) == [
        ("Customer A", "23", "revenue", *q),
        ("Customer B", "16", "revenue", *q),
    ]


def _extract(path: Path):
    return extract_concentration(parse_document(path.read_bytes(), name=path.name))


def _table(facts):
    return {(f.entity, f.basis, f.period_start, f.period_end): f.value for f in facts}


@pytest.fixture(scope="module")
def nvda():
    return _table(_extract(corpus_file("10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html")))


def test_nvidia_customers_a_and_b(nvda):
    quarter, half = (date(2025, 4, 28), date(2025, 7, 27)), (date(2025, 1, 27), date(2025, 7, 27))
    assert nvda[("Customer A", "revenue", *quarter)] == 23
    assert nvda[("Customer B", "revenue", *quarter)] == 16
    assert nvda[("Customer A", "revenue", *half)] == 20
    assert nvda[("Customer B", "revenue", *half)] == 15


@pytest.mark.parametrize(
    "relative",
    [
        "s1a-unicycive-0001213900-21-035033/ea143554-s1a3_unicycivethera.htm",
        "424b4-camp4-2024/camp4_424b4.htm",
    ],
)
def test_biotech_prospectuses_have_no_concentration(relative):
    assert _extract(corpus_file(relative)) == []


def _cerebras(name: str):
    [path] = sorted(CEREBRAS.glob(f"*/{name}"))  # the project's own fixture: must be there
    return _extract(path)


@pytest.fixture(scope="module")
def cerebras_s1a():
    return _table(_cerebras("cerebras-sx1amay2026.htm"))


def test_cerebras_s1a_concentration(cerebras_s1a):
    assert cerebras_s1a[("MBZUAI", "revenue", *FY25)] == Decimal("62.0")
    assert cerebras_s1a[("G42", "revenue", *FY25)] == Decimal("24.0")
    assert cerebras_s1a[("G42", "revenue", *FY24)] == Decimal("85.0")
    assert cerebras_s1a[("MBZUAI", "accounts_receivable", None, date(2025, 12, 31))] == Decimal(
        "77.9"
    )
    assert cerebras_s1a[("G42", "accounts_receivable", None, date(2024, 12, 31))] == Decimal("91.0")
    assert str(cerebras_s1a[("MBZUAI", "revenue", *FY25)]) == "62.0"


def test_cerebras_q2_2026_10q():
    table = _table(_cerebras("cbrs-20260630.htm"))
    q26, q25 = (date(2026, 4, 1), date(2026, 6, 30)), (date(2025, 4, 1), date(2025, 6, 30))
    h26, h25 = (date(2026, 1, 1), date(2026, 6, 30)), (date(2025, 1, 1), date(2025, 6, 30))
    expected = {"MBZUAI": (34, 70, 49, 47), "G42": (9, 18, 10, 41)}
    for entity, values in expected.items():
        got = tuple(table[(entity, "revenue", *p)] for p in (q26, q25, h26, h25))
        assert got == values


def test_fast_period_context_equals_the_whole_text_one(corpus_dir):
    from extractors.periodcontext import period_context
    from extractors.textperiods import document_period_context

    paths = sorted(corpus_dir.glob("10q-*/*.htm*")) + sorted(CEREBRAS.glob("*/cbrs-2026*.htm"))
    for path in paths:
        text = parse_document(path.read_bytes(), name=path.name).text
        assert period_context(text) == document_period_context(text), path.name


def test_customers_named_like_xbrl_members_keep_that_name():
    text = "Customer One accounted for 23% of our accounts receivable as of July 27, 2025."
    assert facts_of(text) == [
        ("Customer One", "23", "accounts_receivable", None, date(2025, 7, 27))
    ]


def test_nvidia_unnamed_receivables_customers_keep_the_text_naming(nvda):
    # The prose never names them ("Three direct customers accounted for 23%, 19% and 14%"), so
    # the text keeps its own naming; the XBRL members (Customer One...) stay as tagged.
    end = (None, date(2025, 7, 27))
    got = [nvda[(f"customer {i} of 3", "accounts_receivable", *end)] for i in (1, 2, 3)]
    assert got == [23, 19, 14]


def test_a_list_spelled_in_percent_keeps_every_figure():
    # Before, only the last figure found its basis and a counted pair read "combined" 19.
    assert facts_of(
        "Two customers accounted for 23 percent and 19 percent of our revenue for the year "
        "ended December 31, 2025."
    ) == [(f"customer {i} of 2", v, "revenue", *FY25) for i, v in ((1, "23"), (2, "19"))]


def test_a_total_with_its_parts_in_parentheses():
    assert facts_of(
        "Two distributors accounted for 23 percent (12 percent and 11 percent, respectively) "
        "of net sales for the year ended December 31, 2025."
    ) == [
        ("two customers combined", "23", "revenue", *FY25),
        ("customer 1 of 2", "12", "revenue", *FY25),
        ("customer 2 of 2", "11", "revenue", *FY25),
    ]
    # Parts that do not add up to the total, or do not match the count: nothing is read.
    assert facts_of(
        "Two customers accounted for 25% (12% and 11%, respectively) of revenue for the year "
        "ended December 31, 2025."
    ) == []
    assert facts_of(
        "Three customers accounted for 23% (12% and 11%, respectively) of revenue for the "
        "year ended December 31, 2025."
    ) == []


def test_one_figure_each_for_every_counted_customer():
    assert facts_of(
        "Two customers accounted for 12% each of our revenue for the year ended December 31, "
        "2025."
    ) == [(f"customer {i} of 2", "12", "revenue", *FY25) for i in (1, 2)]
    # "each" with no count to give it to is not read as a combined figure.
    assert facts_of(
        "Our largest customers accounted for 12% each of revenue for the year ended December "
        "31, 2025."
    ) == []


def test_one_figure_for_each_of_two_periods():
    assert facts_of(
        "One customer accounted for 14% of total revenue for each of the years ended December "
        "31, 2025 and 2024."
    ) == [("one customer", "14", "revenue", *FY25), ("one customer", "14", "revenue", *FY24)]
    # Without "each of" / "both": one figure, the periods of one phrase, no "respectively"
    # (paraphrase of a GoPro 10-K sentence, "48% of our revenue for 2018 and 2017").
    assert facts_of(
        "One customer accounted for 14% of total revenue for the years ended December 31, 2025 "
        "and 2024."
    ) == [("one customer", "14", "revenue", *FY25), ("one customer", "14", "revenue", *FY24)]
    # Two phrases, or "respectively" with one figure: which period it belongs to is unclear.
    assert facts_of(
        "One customer accounted for 14% of total revenue for the year ended December 31, 2025 "
        "compared to the year ended December 31, 2024."
    ) == []


def test_trade_and_other_receivables_is_receivables():
    assert facts_of(
        "As of December 31, 2025, a single customer represented 31% of total trade and other "
        "receivables."
    ) == [("one customer", "31", "accounts_receivable", None, date(2025, 12, 31))]


def test_clorox_largest_customer_for_each_of_three_years():
    # "Net sales to the Company's largest customer, Walmart Stores, Inc. and its affiliates,
    # were 25% of consolidated net sales for each of the fiscal years ended June 30, 2022, 2021
    # and 2020": one figure for every year (the exhibit carries no tags; the printed value).
    table = _table(_extract(corpus_file("dev/10-K-EX-99.1_CLX_2022-06-30.html")))
    for year in (2020, 2021, 2022):
        key = ("Walmart Stores, Inc.", "revenue", date(year - 1, 7, 1), date(year, 6, 30))
        assert table[key] == 25


def test_customers_named_with_a_corporate_suffix_need_no_alias():
    assert facts_of(
        "Walmart Inc. accounted for 12% of our net sales for the year ended December 31, 2025."
    ) == [("Walmart Inc.", "12", "revenue", *FY25)]
    assert facts_of(
        "Sales to The Home Depot, Inc. represented 14% and 15% of net sales for the years ended "
        "December 31, 2025 and 2024, respectively."
    ) == [("The Home Depot, Inc.", "14", "revenue", *FY25),
          ("The Home Depot, Inc.", "15", "revenue", *FY24)]
    assert facts_of(
        "McKesson Corporation, AmerisourceBergen Corporation and Cardinal Health, Inc. accounted "
        "for 40%, 30% and 20% of revenue for the year ended December 31, 2025."
    ) == [("McKesson Corporation", "40", "revenue", *FY25),
          ("AmerisourceBergen Corporation", "30", "revenue", *FY25),
          ("Cardinal Health, Inc.", "20", "revenue", *FY25)]
    # the name wins over the counted phrase it follows
    assert facts_of(
        "Net sales to our largest customer, Acme Widgets Corp., were 31% of net sales for the "
        "year ended December 31, 2025."
    ) == [("Acme Widgets Corp.", "31", "revenue", *FY25)]


@pytest.mark.parametrize(
    "text",
    [
        "The Company accounted for 40% of revenue for the year ended December 31, 2025.",
        "Apple Inc. products accounted for 12% of our net sales for the year ended December 31, "
        "2025.",
        "Sales in North America accounted for 40% of revenue for the year ended December 31, "
        "2025.",
    ],
)
def test_no_company_name_no_customer(text):
    assert facts_of(text) == []


def test_a_defined_alias_wins_over_the_suffixed_name():
    text = (
        'Group 42 Holding Ltd (together with its affiliates, "G42") accounted for 24.0% of our '
        "total revenue for the year ended December 31, 2025."
    )
    aliases = find_aliases(text + " G42 is our largest customer.")
    assert facts_of(text, aliases) == [("G42", "24.0", "revenue", *FY25)]
