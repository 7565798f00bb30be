"""Banks' earnings releases: net income to common shareholders beside net income, net interest
and noninterest income, compensation and benefits, and quarter columns headed "4Q 2021".

The documents are the development corpus's EX-99.1 of Goldman Sachs, U.S. Bancorp and Wells
Fargo (Q4 2021) and PNC's 2021 supplement, read in place; the article sentences are the
project's own paraphrases, written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from core.verdicts import Article
from extractors.document import parse_document
from extractors.periods import label_period, stated_year_end
from extractors.tables import extract_table_facts
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus

Q4_21 = (date(2021, 10, 1), date(2021, 12, 31))
Q3_21 = (date(2021, 7, 1), date(2021, 9, 30))
Q4_20 = (date(2020, 10, 1), date(2020, 12, 31))
FY21 = (date(2021, 1, 1), date(2021, 12, 31))


def _facts(name: str) -> dict[tuple, set[Decimal]]:
    path = corpus_file(f"dev/{name}")
    doc = parse_document(path.read_bytes(), name=path.name)
    found: dict[tuple, set[Decimal]] = {}
    for fact in extract_table_facts(doc):
        key = (fact.metric, fact.period_start, fact.period_end)
        found.setdefault(key, set()).add(fact.value)
    return found


def test_goldman_reads_net_earnings_and_the_common_shareholders_line_apart():
    facts = _facts("EX-99.1_GS_2021-12-31.html")
    assert facts[("net_income", *Q4_21)] == {Decimal("3935000000")}
    assert facts[("net_income_common", *Q4_21)] == {Decimal("3809000000")}
    assert facts[("net_income_common", *Q4_20)] == {Decimal("4362000000")}
    assert facts[("net_income_common", *FY21)] == {Decimal("21151000000")}
    assert facts[("compensation_expense", *Q4_21)] == {Decimal("3246000000")}
    assert facts[("compensation_expense", *FY21)] == {Decimal("17719000000")}
    assert facts[("net_interest_income", *Q4_21)] == {Decimal("1795000000")}


def test_a_line_after_preferred_dividends_is_never_net_income():
    # PNC's supplement prints preferred dividends and discount accretion between its net
    # income (5,725) and the line "attributable to common shareholders" (5,436); its net
    # income line, above the noncontrolling interests' share, is the consolidated figure
    facts = _facts("EX-99.1_PNC_2021-12-31-supplement.html")
    assert facts[("net_income_including_noncontrolling", *FY21)] == {Decimal("5725000000")}
    assert ("net_income", *FY21) not in facts
    assert facts[("net_income_common", *FY21)] == {Decimal("5436000000")}


def test_quarter_label_columns_of_a_release_are_dated_by_its_year_end():
    # U.S. Bancorp's highlights head columns "4Q 2021", "3Q 2021", "4Q 2020", and the linked-
    # quarter and year-over-year percent changes between them are no period's figures
    facts = _facts("EX-99.1_USB_2021-12-31.html")
    assert facts[("net_income", *Q3_21)] == {Decimal("2028000000")}
    assert facts[("net_income_common", *Q3_21)] == {Decimal("1934000000")}
    assert facts[("revenue", *Q4_21)] == {Decimal("5684000000")}
    assert facts[("net_interest_income", *Q4_21)] == {Decimal("3123000000")}
    assert facts[("noninterest_income", *Q3_21)] == {Decimal("2693000000")}
    # "Compensation" alone leaves out its "Employee benefits" line: not compensation_expense
    assert not any(key[0] == "compensation_expense" for key in facts)


def test_wells_fargo_net_interest_income():
    facts = _facts("EX-99.1_WFC_2021-12-31.html")
    assert facts[("net_interest_income", *Q4_21)] == {Decimal("9262000000")}
    assert facts[("noninterest_income", *FY21)] == {Decimal("42713000000")}


def test_quarter_labels():
    assert label_period("4Q 2021", (12, 31)) is not None
    assert (label_period("3Q21", (12, 31)).start, label_period("3Q21", (12, 31)).end) == Q3_21
    june = label_period("Q1 2013", (6, 30))  # a June year: its first quarter ends in September
    assert (june.start, june.end) == (date(2012, 7, 1), date(2012, 9, 30))
    assert label_period("4Q 2021", None) is None  # no year end known: no date guessed
    assert stated_year_end("for the year ended December 31, 2021") == (12, 31)
    assert stated_year_end("Year Ended January 31") is None  # labelled by either year
    assert stated_year_end("year ended June 30 ... year ended December 31") is None


# --- the verifier: "net income" may mean either line ----------------------------------------

FILING = ("0000000000-22-000001", "8-K", date(2022, 1, 18))


def stored(metric: str, value: str, period: tuple[date, date], unit: str = "USD",
           decimals: int = -6) -> StoredFact:
    accession, form, filed = FILING
    fact = Fact(metric, Decimal(value), unit, period[0], period[1], decimals=decimals,
                sources=(Source("ex991.htm", "tables", "1.0", table=32, row=metric,
                                text=value),))
    fact_id = hashlib.sha256(f"{metric}{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1234, accession, form, filed, "ex991.htm",
                      f"https://www.sec.gov/Archives/{accession}/ex991.htm")


def verdicts(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


# Both lines as a bank with preferred stock files them (the values of Goldman's release).
BOTH = [stored("net_income", "3935000000", Q4_21), stored("net_income_common", "3809000000",
                                                                Q4_21)]
# A paraphrase written for this test, not a quotation.
SAID = "In the fourth quarter of 2021 the bank reported net income of $%s."


def test_net_income_matching_the_common_shareholders_line_is_supported():
    found = verdicts(SAID % "3.8bn", BOTH)["$3.8bn"]
    assert found.verdict == "supported"
    assert found.evidence[0].metric == "net_income_common"
    assert found.filed_value == Decimal("3809000000")


def test_net_income_matching_net_income_is_supported_from_that_line():
    found = verdicts(SAID % "3.9bn", BOTH)["$3.9bn"]
    assert found.verdict == "supported"
    assert found.evidence[0].metric == "net_income"


def test_net_income_matching_neither_line_is_drifted_showing_both():
    found = verdicts(SAID % "4.2bn", BOTH)["$4.2bn"]
    assert found.verdict == "drifted"
    assert {e.metric for e in found.evidence} == {"net_income", "net_income_common"}
    assert "3,809,000,000" in found.reason


def test_without_the_common_line_a_mismatch_stays_drifted():
    found = verdicts(SAID % "3.8bn", BOTH[:1])["$3.8bn"]
    assert found.verdict == "drifted"


def test_an_article_names_net_interest_income():
    text = "The bank reported $9.26 billion in net interest income in the fourth quarter of 2021."
    found = verdicts(text, [stored("net_interest_income", "9262000000", Q4_21),
                            stored("net_income", "5750000000", Q4_21)])["$9.26 billion"]
    assert found.verdict == "supported"
    assert found.evidence[0].metric == "net_interest_income"


def test_a_supported_alternate_names_both_lines():
    found = verdicts(SAID % "3.8bn", BOTH)["$3.8bn"]
    assert "net_income_common" in found.reason and "3,935,000,000" in found.reason


def test_full_year_income_is_the_bottom_line():
    # paraphrased: a recap calling the year's net income "full-year income" beside revenue
    text = "Full-year income was $8.0 billion in 2021, on total net revenue of $22.8 billion."
    facts = [stored("net_income", "7963000000", FY21), stored("revenue", "22827000000", FY21)]
    found = verdicts(text, facts)
    assert found["$8.0 billion"].claim.metric == "net_income"
    assert found["$8.0 billion"].verdict == "supported"
    assert found["$22.8 billion"].verdict == "supported"


def test_diluted_earnings_per_common_share():
    text = "For 2021, diluted earnings per common share were $5.10."
    eps = stored("eps_diluted", "5.10", FY21, unit="USD/share", decimals=2)
    assert verdicts(text, [eps])["$5.10"].verdict == "supported"


def test_jpmorgan_income_statement_under_quarter_labels_outranks_its_businesses():
    # "REVENUE" beside "4Q21 ... 2021 2020" heads the statement's columns; each line of
    # business prints the same lines under "FULL YEAR 2021" and must not stand as the firm's
    facts = _facts("EX-99.2_JPM_2021-12-31.html")
    assert facts[("net_interest_income", *FY21)] == {Decimal("52311000000")}
    assert facts[("revenue", *FY21)] == {Decimal("121649000000")}
    assert facts[("net_income", *FY21)] == {Decimal("48334000000")}
    assert facts[("net_income", *Q4_21)] == {Decimal("10399000000")}
    assert facts[("net_income_common", *FY21)] == {Decimal("46503000000")}


def test_a_line_of_business_table_is_not_the_company():
    # Wells Fargo's release prints each operating segment's lines (Wealth and Investment
    # Management's net income 579 for the third quarter) after its company-wide table, whose
    # figures they contradict line by line: none of them stands as the company's
    facts = _facts("EX-99.1_WFC_2021-12-31.html")
    assert ("net_income", *Q3_21) not in facts
    assert facts[("net_interest_income", *Q3_21)] == {Decimal("8909000000")}
    assert facts[("net_income", *Q4_21)] == {Decimal("5750000000")}


def _claim(text: str):
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return extract_claims(article)[0]


def test_article_words_for_the_bank_lines():
    # paraphrases written for this test
    assert _claim("Pay costs rose to $3.2bn in the fourth quarter of 2021.").metric == (
        "compensation_expense")
    assert _claim("Salary expenses reached $17.7bn in 2021.").metric == "compensation_expense"
    assert _claim("Noninterest income was $11.6 billion in the fourth quarter of 2021.").metric \
        == "noninterest_income"
    assert _claim("Net income available to common shareholders was $3.8 billion in the fourth "
                  "quarter of 2021.").metric == "net_income_common"
    # a charge for stock-based compensation is no compensation and benefits line
    assert _claim("The loss included a $32 million charge for stock-based compensation in "
                  "2018.").metric != "compensation_expense"


def test_net_income_growth_may_be_the_common_shareholders_line():
    # net income 1,000 -> 1,100 (+10%); to common 800 -> 960 (+20%): "rose 20%" is the
    # latter's growth, "rose 15%" neither's (a paraphrase written for this test)
    facts = [stored("net_income", "1100000000", Q4_21), stored("net_income", "1000000000", Q4_20),
             stored("net_income_common", "960000000", Q4_21),
             stored("net_income_common", "800000000", Q4_20)]
    said = "In the fourth quarter of 2021 the bank's net income rose {}% from a year earlier."
    common = verdicts(said.format(20), facts)["20%"]
    assert common.verdict == "supported" and "net_income_common" in common.reason
    assert verdicts(said.format(10), facts)["10%"].verdict == "supported"
    neither = verdicts(said.format(15), facts)["15%"]
    assert neither.verdict == "drifted"
    assert {e.metric for e in neither.evidence} == {"net_income", "net_income_common"}
