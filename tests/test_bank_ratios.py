"""Banks' key-data ratios (return on common equity, return on tangible common equity, net
charge-off ratio, CET1, loans-to-deposits, book value and tangible book value per share): read
as the bank states them from the real releases' tables (development corpus, in place), each
figure named by the ratio right before it in an article, and a ratio quoted in basis points read
as its level. The article sentences are the project's own paraphrases, written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus

Q4_21 = (date(2021, 10, 1), date(2021, 12, 31))
YEAR_END = (None, date(2021, 12, 31))


def _facts(name: str, metric: str) -> dict:
    path = corpus_file(f"dev/{name}")
    return {(f.period_start, f.period_end): f.value
            for f in extract_document(path.read_bytes(), document=name)
            if f.metric == metric and f.entity is None and not f.is_conflict}


def test_key_data_ratios_of_a_release_as_stated():
    name = "EX-99.1_USB_2021-12-31.html"
    assert _facts(name, "return_on_common_equity")[Q4_21] == Decimal("13.0")
    assert _facts(name, "return_on_tangible_common_equity")[Q4_21] == Decimal("16.6")
    assert _facts(name, "net_charge_off_ratio")[Q4_21] == Decimal("0.17")
    assert _facts(name, "cet1_ratio")[YEAR_END] == Decimal("10.0")
    assert _facts(name, "book_value_per_share")[YEAR_END] == Decimal("32.71")
    # a period's ratio is never dated as a balance, nor a balance's ratio by a period
    assert (None, date(2021, 12, 31)) not in _facts(name, "return_on_common_equity")


def test_the_underlying_twin_and_a_row_moved_a_column_are_not_read():
    name = "EX-99.1_CFG_2021-12-31.html"
    # "ROTCE" 13.6%, never the "Underlying ROTCE" 14.6% printed beneath it
    assert _facts(name, "return_on_tangible_common_equity")[Q4_21] == Decimal("13.6")
    assert _facts(name, "loans_to_deposits_ratio")[YEAR_END] == Decimal("83.0")
    assert _facts(name, "cet1_ratio")[YEAR_END] == Decimal("9.9")
    # the key-data table prints its "TBV/Share" row one cell left of its quarter headers: read
    # there, 4Q21 would be 34.44 (3Q21's); its statement table gives 34.61
    assert _facts(name, "tangible_book_value_per_share")[YEAR_END] == Decimal("34.61")
    assert _facts(name, "net_charge_off_ratio")[Q4_21] == Decimal("0.14")
    assert _facts(name, "net_charge_off_ratio")[(date(2021, 7, 1), date(2021, 9, 30))] == (
        Decimal("0.14"))


def test_a_return_on_equity_row_of_other_banks():
    assert _facts("EX-99.2_JPM_2021-12-31.html", "return_on_common_equity")[Q4_21] == 16
    assert _facts("EX-99.1_WFC_2021-12-31.html", "return_on_tangible_common_equity")[Q4_21] == (
        Decimal("15.3"))
    pnc = _facts("EX-99.1_PNC_2021-06-30.html", "return_on_common_equity")
    assert pnc[(date(2021, 4, 1), date(2021, 6, 30))] == Decimal("8.32")


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def test_each_figure_takes_the_ratio_named_right_before_it():
    found = _claims("For the quarter the lender earned 1.2% on its average assets, a return on "
                    "average assets of 1.20% and a return on average common equity of 14.1%.")
    assert found["1.20%"].metric == "return_on_average_assets"
    assert found["14.1%"].metric == "return_on_common_equity"
    tangible = _claims("Its ROTCE came in at 16.2% and its CET1 ratio stood at 10.1%, with a "
                       "period-end loan-to-deposit ratio of 80.5%.")
    assert tangible["16.2%"].metric == "return_on_tangible_common_equity"
    assert tangible["10.1%"].metric == "cet1_ratio"
    assert tangible["80.5%"].metric == "loans_to_deposits_ratio"
    per_share = _claims("Tangible book value per share rose to $41.20, while tangible book "
                        "value totaled $185.3 billion.")
    assert per_share["$41.20"].metric == "tangible_book_value_per_share"
    assert per_share["$185.3 billion"].metric == "book_value"  # a total: never per share
    # an adjusted ratio is not the stated one
    assert _claims("Underlying ROTCE was 15.0% in the quarter.")["15.0%"].metric is None


def test_a_ratio_in_basis_points_is_its_level_a_move_in_them_a_change():
    level = _claims("The bank's net charge-off ratio held at a record low of 21 basis points in "
                    "the fourth quarter of 2021.")["21 basis points"]
    assert level.metric == "net_charge_off_ratio" and level.value == Decimal("0.21")
    moved = _claims("The net charge-off ratio fell 12 basis points in the fourth quarter of "
                    "2021.")["12 basis points"]
    assert moved.metric != "net_charge_off_ratio"
    higher = _claims("Its net charge-off ratio was 12 basis points higher than a year "
                     "earlier.")["12 basis points"]
    assert higher.metric != "net_charge_off_ratio"


def _stored(name: str) -> list[StoredFact]:
    path = corpus_file(f"dev/{name}")
    return [StoredFact(f"f{i}", fact, 36104, "0000000000-22-000001", "8-K", date(2022, 1, 19),
                       name, f"https://www.sec.gov/{name}")
            for i, fact in enumerate(extract_document(path.read_bytes(), document=name))]


def test_ratios_verified_against_the_release():
    facts = _stored("EX-99.1_USB_2021-12-31.html")
    text = ("In the fourth quarter of 2021 the bank reported a return on average assets of "
            "1.16% and a return on average common equity of 13.0%; its net charge-off ratio "
            "stood at 17 basis points. Book value per common share was $32.71 at the end of "
            "the fourth quarter of 2021. Return on average common equity for the fourth quarter "
            "of 2021 was 14.0%.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = [(v.claim.text, v.verdict) for v in verify_claims(extract_claims(article), facts)]
    assert ("1.16%", "supported") in found and ("13.0%", "supported") in found
    assert ("17 basis points", "supported") in found and ("$32.71", "supported") in found
    assert ("14.0%", "drifted") in found


def test_the_allowance_for_credit_losses_is_its_own_balance():
    # Citizens' key data: "Allowance for credit losses" $1,934 / $2,004 / $2,670 million; a
    # money-center bank's supplement totals each segment's allowance, and the firm's as
    # "Total allowance for credit losses" $18,689 million at December 31, 2021
    allowance = _facts("EX-99.1_CFG_2021-12-31.html", "allowance_for_credit_losses")
    assert allowance[YEAR_END] == Decimal("1934000000")
    assert allowance[(None, date(2020, 12, 31))] == Decimal("2670000000")
    firm = _facts("EX-99.2_JPM_2021-12-31.html", "allowance_for_credit_losses")
    assert firm[YEAR_END] == Decimal("18689000000")
    # "Allowance for credit losses for loans" is the narrower allowance: never this row
    assert _facts("EX-99.1_WFC_2021-12-31.html", "allowance_for_credit_losses") == {}
    facts = _stored("EX-99.1_CFG_2021-12-31.html")
    lead = "The bank reported its fourth-quarter 2021 results. "
    for text, figure, verdict in (
            ("It held a total allowance for credit losses of $1.93 billion for Q4 2021, down "
             "from the $2.67 billion it held in Q4 2020.", "$1.93 billion", "supported"),
            ("It held a total allowance for credit losses of $2.1 billion for Q4 2021.",
             "$2.1 billion", "drifted"),
            # the ratio beside it keeps its own row
            ("The allowance for credit losses to loans and leases was 1.51%.", "1.51%",
             "supported")):
        article = Article("t", lead + text, hashlib.sha256(text.encode()).hexdigest())
        found = {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}
        assert found[figure].verdict == verdict, (figure, found[figure].reason)
    assert found["1.51%"].claim.metric == "allowance_to_loans"
