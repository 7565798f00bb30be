"""Non-GAAP figures as the filer labels them: non-GAAP diluted EPS and adjusted EBITDA read
from the filer's own reconciliation and summary tables, and an article's adjusted figure
checked against them only (never a GAAP figure against them, nor an adjusted one against the
GAAP line).

The documents are the development corpus's GoPro Q3 2018 10-Q and Macy's FY2012 10-K, read in
place; the article sentences are the project's own paraphrases, written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.document import parse_document
from extractors.tables import extract_table_facts
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus

Q3_18 = (date(2018, 7, 1), date(2018, 9, 30))
Q3_17 = (date(2017, 7, 1), date(2017, 9, 30))
GOPRO_10Q = "10-Q_GPRO_0001500435-18-000049.html"


def _read(name: str):
    path = corpus_file(f"dev/{name}")
    return extract_table_facts(parse_document(path.read_bytes(), name=path.name))


def _values(facts, metric: str, period: tuple[date, date]) -> set[Decimal]:
    return {f.value for f in facts if f.metric == metric
            and (f.period_start, f.period_end) == period}


def test_gopro_summary_table_states_non_gaap_eps_and_adjusted_ebitda():
    facts = _read(GOPRO_10Q)
    # "Non-GAAP income (loss) per share" (0.04) beside "Diluted net income (loss) per share"
    assert _values(facts, "eps_diluted_non_gaap", Q3_18) == {Decimal("-0.04")}
    assert _values(facts, "eps_diluted", Q3_18) == {Decimal("-0.19")}
    assert _values(facts, "adjusted_ebitda", Q3_18) == {Decimal("6205000")}
    assert _values(facts, "adjusted_ebitda", Q3_17) == {Decimal("35725000")}
    # the GAAP line keeps its own figure
    assert _values(facts, "net_income", Q3_18) == {Decimal("-27089000")}


def test_macys_eps_excluding_certain_items_is_the_non_gaap_line():
    facts = _read("10-K_M_0000794367-13-000092.html")
    fy12 = (date(2012, 1, 29), date(2013, 2, 2))  # 53 weeks ended February 2, 2013
    assert _values(facts, "eps_diluted_non_gaap", fy12) == {Decimal("3.46")}
    assert _values(facts, "eps_diluted", fy12) == {Decimal("3.24")}
    # "Adjusted EBITDA as a percent to net sales" is no dollar figure of adjusted EBITDA
    assert _values(facts, "adjusted_ebitda", fy12) == {Decimal("3715000000")}


def _stored(facts) -> list[StoredFact]:
    out = []
    for fact in facts:
        fact_id = hashlib.sha256(repr(fact).encode()).hexdigest()[:12]
        out.append(StoredFact(fact_id, fact, 1500435, "0001500435-18-000049", "10-Q",
                              date(2018, 11, 2), GOPRO_10Q, "https://www.sec.gov/x.htm"))
    return out


def _verdicts(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    # keyed by the figure: a per-share claim's text runs on ("$0.04 per share")
    return {v.claim.text.split(" per ")[0]: v for v in verify_claims(extract_claims(article),
                                                                     facts)}


@pytest.fixture(scope="module")
def gopro() -> list[StoredFact]:
    return _stored(_read(GOPRO_10Q))


def test_non_gaap_loss_per_share_is_checked_against_the_non_gaap_line(gopro):
    # a paraphrase written for this test
    said = ("In the third quarter of 2018 the camera maker posted a non-GAAP net loss of "
            "$6.1 million, or $0.04 per share.")
    found = _verdicts(said, gopro)
    assert found["$6.1 million"].verdict == "supported"
    assert found["$0.04"].verdict == "supported"
    assert found["$0.04"].evidence[0].metric == "eps_diluted_non_gaap"


def test_a_gaap_loss_per_share_is_never_matched_with_the_non_gaap_figure(gopro):
    said = "In the third quarter of 2018 the camera maker lost $0.04 per diluted share."
    found = _verdicts(said, gopro)["$0.04"]
    assert found.verdict != "supported"
    assert all(e.metric != "eps_diluted_non_gaap" for e in found.evidence)


def test_adjusted_ebitda_and_its_year_earlier_figure(gopro):
    said = ("Adjusted EBITDA was $6.2 million in the third quarter of 2018, down from "
            "$35.7 million in the same quarter a year earlier.")
    found = _verdicts(said, gopro)
    assert found["$6.2 million"].verdict == "supported"
    assert found["$35.7 million"].verdict == "supported"
    wrong = _verdicts("Adjusted EBITDA was $7.2 million in the third quarter of 2018.", gopro)
    assert wrong["$7.2 million"].verdict == "drifted"


def test_an_adjusted_figure_no_filing_states_stays_unverifiable(gopro):
    # the 10-Q states no adjusted EBITDA for a quarter of 2016
    said = "Adjusted EBITDA was $6.2 million in the third quarter of 2016."
    assert _verdicts(said, gopro)["$6.2 million"].verdict == "unverifiable"
    # nor any adjusted operating income: the GAAP line is no stand-in for it
    said = "Adjusted operating income was $5.0 million in the third quarter of 2018."
    assert _verdicts(said, gopro)["$5.0 million"].verdict == "unverifiable"


# --- the items a reconciliation excludes ------------------------------------------------------

MACYS_10K = "10-K_M_0000794367-13-000092.html"
FY12 = (date(2012, 1, 29), date(2013, 2, 2))  # Macy's 53-week fiscal 2012


def _items(facts, metric: str, period) -> dict[str, Decimal]:
    return {f.entity: f.value for f in facts if f.metric == metric
            and (f.period_start, f.period_end) == period}


def test_reconciliation_items_are_read_with_the_filers_labels():
    facts = _read(MACYS_10K)
    # diluted EPS 3.24 + 0.21 + 0.01 = 3.46: the per-share reconciliation's items
    assert _items(facts, "non_gaap_adjustment_per_share", FY12) == {
        "premium on early retirement of debt": Decimal("0.21"),
        "impairments and store closing costs": Decimal("0.01")}
    money = _items(facts, "non_gaap_adjustment", FY12)
    assert money["premium on early retirement of debt"] == Decimal("137000000")
    # "Net income as a percent to net sales" (4.8%) sits in the same table: no item
    assert not any("percent" in name for name in money)


def test_a_summary_table_that_does_not_add_up_yields_no_items():
    # GoPro's 10-Q summary prints cash from operations between net income and adjusted
    # EBITDA; its adjusted EBITDA reconciliation (net income + six items) does add up
    facts = _read(GOPRO_10Q)
    items = _items(facts, "non_gaap_adjustment", Q3_18)
    assert "Cash provided by (used) in operations" not in items
    assert items["Restructuring costs"] == Decimal("4016000")
    assert not _items(facts, "non_gaap_adjustment_per_share", Q3_18)


@pytest.fixture(scope="module")
def macys() -> list[StoredFact]:
    out = []
    for fact in _read(MACYS_10K):
        fact_id = hashlib.sha256(repr(fact).encode()).hexdigest()[:12]
        out.append(StoredFact(fact_id, fact, 794367, "0000794367-13-000092", "10-K",
                              date(2013, 4, 3), MACYS_10K, "https://www.sec.gov/x.htm"))
    return out


def _claims(text: str, facts) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}


def test_excluded_items_are_matched_by_their_words_never_by_value(macys):
    # a paraphrase written for this test
    said = ("Adjusted diluted EPS was $3.46 for fiscal 2012, excluding pre-tax charges of "
            "$137 million, which is $87 million after tax, or 21 cents per share, for retiring "
            "debt early.")
    found = _claims(said, macys)
    assert found["$3.46"].verdict == "supported"
    assert found["$137 million"].verdict == "supported"
    assert found["$137 million"].evidence[0].entity == "premium on early retirement of debt"
    assert found["21 cents per share"].verdict == "supported"
    # no reconciliation states an after-tax amount
    assert found["$87 million"].verdict == "unverifiable"


def test_an_excluded_item_of_another_value_or_no_shared_words_is_unverifiable(macys):
    said = ("Adjusted diluted EPS was $3.46 for fiscal 2012, excluding pre-tax charges of "
            "$140 million for retiring debt early.")
    wrong = _claims(said, macys)["$140 million"]
    assert wrong.verdict == "unverifiable"  # a line may bundle items: never drifted
    # $137 million is filed, but as another item than the one the article names
    said = ("Adjusted diluted EPS was $3.46 for fiscal 2012, excluding pre-tax charges of "
            "$137 million for a legal settlement.")
    other = _claims(said, macys)["$137 million"]
    assert other.verdict == "unverifiable"


def test_the_adjusted_figure_itself_is_no_excluded_item():
    # paraphrases written for this test: the figure a verb states after "excluding ..." is
    # the adjusted measure, the figure in the "excluding" phrase is the item
    text = ("Excluding a $50 million charge, net income rose to $2.0 billion in 2025. "
            "Excluding one-time items, earnings per share would have been $1.20 in 2025.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = {c.text: c.metric for c in extract_claims(article)}
    assert found["$50 million"] == "non_gaap_adjustment"
    assert found["$2.0 billion"] == "net_income_non_gaap"
    assert found["$1.20"] == "eps_diluted_non_gaap"


def test_an_excluded_item_is_of_the_adjusted_figures_period(macys):
    # a paraphrase written for this test: the year of an event named inside the "excluding"
    # clause ("the 2006 sale") is no period of the items after it
    said = ("Adjusted fiscal 2011 EPS was $2.88, excluding a $54 million pre-tax gain, or "
            "eight cents per share, on leases tied to the 2006 sale of a division, and $29 "
            "million in store closing costs, or 4 cents per share.")
    found = _claims(said, macys)
    four = found["4 cents per share"]
    assert four.claim.period_label == "FY2011" and four.verdict == "supported"
    assert four.evidence[0].entity == "impairments and store closing costs"
    # a period named right after an item is its own
    said = ("Adjusted EPS was $3.46 for fiscal 2012, excluding store closing costs of 4 cents "
            "per share in fiscal 2011.")
    assert _claims(said, macys)["4 cents per share"].claim.period_label == "FY2011"


# --- a bank's "underlying" lines --------------------------------------------------------------

BANK_RELEASE = "EX-99.1_CFG_2021-12-31.html"
Q4_21 = (date(2021, 10, 1), date(2021, 12, 31))
FY21 = (date(2021, 1, 1), date(2021, 12, 31))


@pytest.fixture(scope="module")
def bank() -> list[StoredFact]:
    return _stored(_read(BANK_RELEASE))


def test_underlying_eps_and_net_income_are_the_non_gaap_lines(bank):
    facts = [sf.fact for sf in bank]
    # the key-data table's "Underlying EPS" beside its "Diluted EPS"; "Underlying net income"
    assert _values(facts, "eps_diluted_non_gaap", Q4_21) == {Decimal("1.26")}
    assert _values(facts, "eps_diluted_non_gaap", FY21) == {Decimal("5.34")}
    assert _values(facts, "net_income_non_gaap", Q4_21) == {Decimal("569000000")}
    # the GAAP lines keep their own figures
    assert _values(facts, "eps_diluted", Q4_21) == {Decimal("1.17")}
    assert _values(facts, "net_income", Q4_21) == {Decimal("530000000")}


def test_a_headlines_mark_on_net_income_qualifies_its_eps_too(bank):
    # paraphrases written for this test
    said = ("For the fourth quarter of 2021 the bank reported underlying net income of "
            "$569 million and EPS of $1.26.")
    found = _verdicts(said, bank)
    assert found["$1.26"].verdict == "supported"
    assert found["$1.26"].evidence[0].metric == "eps_diluted_non_gaap"
    plain = _verdicts("For the fourth quarter of 2021 the bank reported net income of "
                      "$530 million and EPS of $1.17.", bank)
    assert plain["$1.17"].evidence[0].metric == "eps_diluted"


def test_a_base_called_the_prior_year_figure_is_of_the_same_measure(bank):
    said = ("In 2021, underlying earnings per share were $5.34 compared with the prior-year "
            "figure of $2.41.")
    found = _verdicts(said, bank)
    assert found["$5.34"].verdict == "supported"
    assert found["$2.41"].verdict == "supported"


@pytest.mark.parametrize("sentence, per_share, sales", [
    ("The software maker earned an adjusted $3.70 a share on sales of $4.80 billion.",
     "$3.70 a share", "$4.80 billion"),
    ("The retailer earned an adjusted $1.10 per share on revenue of $9.1 billion.",
     "$1.10 per share", "$9.1 billion"),
    # the per-share figure written bare after its noun (a tech site on a software maker's
    # quarter): "reported adjusted earnings per share (EPS) of $X on revenue of $Y"
    ("The database maker reported adjusted earnings per share (EPS) of $1.21 on revenue of "
     "$12.6 billion, ahead of forecasts.", "$1.21", "$12.6 billion"),
])
def test_the_sales_a_per_share_figure_was_earned_on_are_not_adjusted(sentence, per_share, sales):
    # the wires' "earned an adjusted $X a share on sales of $Y" (a recap of a software maker's
    # quarter): "adjusted" qualifies the per-share figure only; read as adjusted revenue, the
    # sales figure had no filed line and came out unverifiable
    found = {c.text: c for c in extract_claims(Article("t", sentence, hashlib.sha256(
        sentence.encode()).hexdigest())) if c.value is not None}
    assert found[per_share].metric == "eps_diluted_non_gaap"
    assert found[sales].metric == "revenue"


def test_adjusted_income_made_on_total_revenue_leaves_the_revenue_gaap():
    sentence = ("The insurer posted adjusted net income of $510 million on total revenue of "
                "$8.2 billion.")
    found = {c.text: c for c in extract_claims(Article("t", sentence, hashlib.sha256(
        sentence.encode()).hexdigest())) if c.value is not None}
    assert found["$510 million"].metric == "net_income_non_gaap"
    assert found["$8.2 billion"].metric == "revenue"
    # a basis phrase still qualifies the whole clause
    basis = "On an adjusted basis, the insurer earned $510 million on revenue of $8.2 billion."
    found = {c.text: c for c in extract_claims(Article("t", basis, hashlib.sha256(
        basis.encode()).hexdigest())) if c.value is not None}
    assert found["$8.2 billion"].metric is None
