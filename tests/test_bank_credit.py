"""Banks' credit lines and averages in earnings releases: the provision for (recapture of) credit
losses, the allowance for credit losses as a share of loans on a day, average deposits over a
period; read from the real releases' tables (development corpus, in place), never at a scale the
table does not state for them, and named by an article's words. The article sentences are the
project's own paraphrases, written for these tests."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.verdicts import Article
from extractors.dispatch import extract_document
from extractors.periods import label_period
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import corpus_file
from warehouse.records import StoredFact

pytestmark = pytest.mark.corpus

Q4_20 = (date(2020, 10, 1), date(2020, 12, 31))
Q3_20 = (date(2020, 7, 1), date(2020, 9, 30))


def _facts(name: str, metric: str) -> dict:
    path = corpus_file(f"dev/{name}")
    return {(f.period_start, f.period_end): f.value
            for f in extract_document(path.read_bytes(), document=name)
            if f.metric == metric and f.entity is None and not f.is_conflict}


def test_provision_is_read_signed_from_each_banks_release():
    # PNC's 4Q20 highlights print "Provision for (Recapture of) credit losses (254) 52 221"
    pnc = _facts("EX-99.1_PNC_2020-12-31.html", "provision_for_credit_losses")
    assert pnc[Q4_20] == Decimal("-254E6") and pnc[Q3_20] == Decimal("52E6")
    assert pnc[(date(2020, 1, 1), date(2020, 12, 31))] == Decimal("3175E6")
    usb = _facts("EX-99.1_USB_2021-12-31.html", "provision_for_credit_losses")
    assert usb[(date(2021, 1, 1), date(2021, 12, 31))] == Decimal("-1173E6")
    jpm = _facts("EX-99.2_JPM_2021-12-31.html", "provision_for_credit_losses")
    assert jpm[(date(2021, 10, 1), date(2021, 12, 31))] == Decimal("-1288E6")


def test_allowance_ratio_is_dated_by_its_day_never_the_narrower_ratio():
    pnc = _facts("EX-99.1_PNC_2020-12-31.html", "allowance_to_loans")
    assert pnc[(None, date(2020, 12, 31))] == Decimal("2.46")  # not the 2.22 of the ALLL ratio
    assert pnc[(None, date(2020, 9, 30))] == Decimal("2.58")
    usb = _facts("EX-99.1_USB_2021-12-31.html", "allowance_to_loans")
    assert usb[(None, date(2021, 12, 31))] == Decimal("1.97")


def test_a_header_joining_a_day_and_another_quarters_label_dates_neither():
    # PNC's 1Q22 credit-quality table: "March 31, 2022" over the "4Q21" of a change column
    assert label_period("March 31, 2022 4Q21", (12, 31)) is None
    assert label_period("December 31, 2021 4Q21", (12, 31)) is not None
    pnc = _facts("EX-99.1_PNC_2022-03-31.html", "allowance_to_loans")
    assert pnc[(None, date(2022, 3, 31))] == Decimal("1.76")
    assert pnc[(None, date(2021, 12, 31))] == Decimal("1.92")


def test_average_deposits_under_an_average_block_and_never_misscaled():
    pnc = _facts("EX-99.1_PNC_2020-12-31.html", "average_deposits")
    assert pnc[Q4_20] == Decimal("359.4E9") and pnc[Q3_20] == Decimal("350.5E9")
    loans = _facts("EX-99.1_PNC_2020-12-31.html", "average_loans")
    assert loans[Q4_20] == Decimal("245.8E9")  # "Average loans" of its loans table
    assert _facts("EX-99.1_WFC_2021-12-31.html", "average_loans") == {}
    # Wells Fargo's and Citizens' highlights print them under "($ in billions)" in a table in
    # millions: refused rather than read as 1,470.0 million
    assert _facts("EX-99.1_WFC_2021-12-31.html", "average_deposits") == {}
    assert all(v > Decimal("1E11") for v in
               _facts("EX-99.1_CFG_2021-12-31.html", "average_deposits").values())


def _claims(text: str) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    return {c.text: c for c in extract_claims(article)}


def test_article_words_name_the_provision_and_its_sign():
    found = _claims("In the fourth quarter of 2020 the lender recaptured $120 million it had "
                    "set aside for credit losses. A year earlier it had provisioned $80 million "
                    "for credit losses.")
    assert found["$120 million"].metric == "provision_for_credit_losses"
    assert found["$120 million"].value == Decimal("-120E6")
    assert found["$80 million"].metric == "provision_for_credit_losses"
    assert found["$80 million"].value == Decimal("80E6")
    # an allowance is a balance, not the provision; nor a clause about something else
    other = _claims("Net income fell to $1.2 billion from $1.5 billion, which the bank blamed "
                    "on its provision for credit losses.")
    assert other["$1.5 billion"].metric != "provision_for_credit_losses"
    ratio = _claims("The allowance for credit losses was 2.1% of total loans at year end.")
    assert ratio["2.1%"].metric == "allowance_to_loans"


def _stored(name: str) -> list[StoredFact]:
    path = corpus_file(f"dev/{name}")
    out = []
    for i, fact in enumerate(extract_document(path.read_bytes(), document=name)):
        out.append(StoredFact(f"f{i}", fact, 713676, "0000000000-21-000001", "8-K",
                              date(2021, 1, 15), name, f"https://www.sec.gov/{name}"))
    return out


def test_a_recapture_and_an_average_verified_against_the_release():
    facts = _stored("EX-99.1_PNC_2020-12-31.html")
    text = ("In the fourth quarter of 2020 the bank recaptured $254 million it had provisioned "
            "for credit losses, and its allowance for credit losses was 2.46% of total loans at "
            "the end of the quarter. Average deposits in the fourth quarter of 2020 increased "
            "sequentially by $8.9 billion, or 3%, to $359.4 billion.")
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found = {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}
    assert found["$254 million"].verdict == "supported"
    assert found["2.46%"].verdict == "supported"
    assert found["$359.4 billion"].verdict == "supported"
    assert found["$359.4 billion"].evidence[0].metric == "average_deposits"
    # a change in an amount against the quarter before: this quarter's average less the last,
    # as the release prints both; never the level the change reached
    assert found["$8.9 billion"].verdict == "supported"
    assert found["$8.9 billion"].claim.basis == "average_deposits"
    assert "359,400,000,000" in found["$8.9 billion"].arithmetic
    # "3%" restates the sequential change: measured against the third quarter, 359.4 / 350.5
    assert found["3%"].verdict in ("supported", "unverifiable")
    wrong = ("In the fourth quarter of 2020 the bank recaptured $310 million of credit-loss "
             "provisions.")
    article = Article("w", wrong, hashlib.sha256(wrong.encode()).hexdigest())
    drifted = {v.claim.text: v for v in verify_claims(extract_claims(article), facts)}
    assert drifted["$310 million"].verdict == "drifted"


def test_a_sign_said_before_the_figure_and_a_sign_left_unsaid():
    facts = _stored("EX-99.1_PNC_2020-12-31.html")

    def judged(text: str):
        article = Article("s", text, hashlib.sha256(text.encode()).hexdigest())
        return next(iter(verify_claims(extract_claims(article), facts)))

    # "was a benefit of": the sign noun right before the figure makes it the recapture
    said = judged("In the fourth quarter of 2020 its provision for credit losses was a benefit "
                  "of $254 million.")
    assert said.claim.value == Decimal("-254E6") and said.verdict == "supported"
    # no sign word: the size is the filed figure's, the sign unread, so nothing is proved
    unsaid = judged("In the fourth quarter of 2020 its provision for credit losses was "
                    "$254 million.")
    assert unsaid.verdict == "unverifiable" and "sign" in unsaid.reason
    # a sign word further back names another figure, not this one
    back = _claims("Excluding a loss on the sale, net income was $1,456 million.")
    assert back["$1,456 million"].value > 0


def test_the_level_a_deposit_balance_improved_to():
    # a verb no growth cue reads ("improved"): the rate stays unread, its level is what changed
    found = _claims("At quarter end, total deposits improved 15% to $310.2 billion.")
    assert found["$310.2 billion"].metric == "total_deposits"
    assert found["15%"].metric is None
    # something no registry row names: its level stays unnamed
    other = _claims("Branch visits improved 15% to $310.2 billion.")
    assert other["$310.2 billion"].metric is None
