"""Figures whose words name one filed line outright, where the plain words would admit more:
the company's own share of net income ("attributable to shareowners"), one class of shares
("Class A shares"), the quarter itself for a cash-flow line a 10-Q states only year to date.
Each must be compared with that line alone: a match with another line is no support."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact
from pipeline.verify.claims_entity import share_class
from tests.conftest import stored_corpus_facts, verify_text
from warehouse.records import StoredFact

KO_Q = ("10q-10k/10-Q_KO_0000021344-23-000048.html", "0000021344-23-000048", "10-Q",
        date(2023, 7, 26))
AI_Q = ("10q-10k/10-Q_AI_0001628280-23-031636.html", "0001628280-23-031636", "10-Q",
        date(2023, 9, 7))
HD_Q = ("10q-10k/10-Q_HD_0000354950-23-000185.html", "0000354950-23-000185", "10-Q",
        date(2023, 8, 21))


def _verdicts(text: str, doc) -> dict:
    return {k: v.verdict for k, v in verify_text(text, stored_corpus_facts(*doc)).items()}


# --- net income attributable to the company: never the consolidated figure ----------------
# (the beverage maker's Q2 2023: attributable 2,547, consolidated with noncontrolling 2,521)

@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "Attributable net income was $2.52 billion in the second quarter.",
    "Net income attributable to shareowners of the company came to $2.52 billion in the "
    "second quarter.",
    "In the second quarter, net earnings available to shareholders were $2.52 billion.",
])
def test_the_attributable_line_named_is_not_borne_out_by_the_consolidated_figure(text):
    assert _verdicts(text, KO_Q)["$2.52 billion"] != "supported"


@pytest.mark.corpus
def test_the_attributable_line_named_alone_drifts_from_it():
    got = _verdicts("Attributable net income was $2.52 billion in the second quarter.", KO_Q)
    assert got["$2.52 billion"] == "drifted"


@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "Net income was $2.52 billion in the second quarter.",
    "Consolidated net income was $2.52 billion in the second quarter.",
    "Net income attributable to shareowners was $2.55 billion in the second quarter; "
    "consolidated net income was $2.52 billion.",
])
def test_plain_or_consolidated_words_may_still_mean_the_consolidated_figure(text):
    got = _verdicts(text, KO_Q)
    assert got["$2.52 billion"] == "supported"
    assert got.get("$2.55 billion", "supported") == "supported"


# --- consolidated net income named: the consolidated line, never the company's own share ---
# (the same quarter: a figure matching the attributable 2,547 is not the consolidated 2,521)

NFLX_Q = ("dev/10-Q_NFLX_2025-06-30.html", None, "10-Q", date(2025, 7, 18))


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    ("Consolidated net income was $2.55 billion in the second quarter.", "$2.55 billion"),
    ("In the second quarter, net income including noncontrolling interests was $2.55 billion.",
     "$2.55 billion"),
    ("Consolidated net income rose 34% in the second quarter.", "34%"),
])
def test_the_consolidated_line_named_is_not_borne_out_by_the_attributable_figure(text, key):
    assert _verdicts(text, KO_Q)[key] == "unverifiable"


@pytest.mark.corpus
def test_the_consolidated_line_named_drifts_when_it_matches_no_line():
    got = _verdicts("Consolidated net income was $2.9 billion in the second quarter.", KO_Q)
    assert got["$2.9 billion"] == "drifted"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "key"), [
    ("Consolidated net income rose 33% in the second quarter.", "33%"),
    ("Net income rose 34% in the second quarter.", "34%"),
    ("Net income was $2.55 billion in the second quarter.", "$2.55 billion"),
    ("The consolidated results: net income attributable to shareowners was $2.55 billion in "
     "the second quarter.", "$2.55 billion"),
])
def test_the_consolidated_words_keep_the_lines_they_may_mean(text, key):
    assert _verdicts(text, KO_Q)[key] == "supported"


@pytest.mark.corpus
def test_consolidated_net_income_of_a_filer_printing_no_such_line_apart_is_its_net_income():
    got = _verdicts("Its consolidated net income was $3.13 billion in the second quarter of "
                    "2025.", NFLX_Q)
    assert got["$3.13 billion"] == "supported"


# --- a count of one share class: never the total of the classes ---------------------------
# (the AI software maker's 10-Q cover: Class A 114,701,772, Class B 3,499,992, total
# 118,201,764)

@pytest.mark.parametrize(("behind", "ahead", "named"), [
    ("It had ", "118.2 million Class A shares outstanding", "Class A"),
    ("It had ", "3.5 million shares of its Class B common stock", "Class B"),
    ("Class A common shares outstanding totaled ", "114.7 million", "Class A"),
    ("It had ", "118.2 million shares outstanding", None),
    # the class named before an earlier clause is not this count's
    ("Class A holders vote; the company had ", "118.2 million shares outstanding", None),
    ("There were 114.7 million Class A and ", "3.5 million shares", None),
])
def test_the_share_class_a_count_names(behind, ahead, named):
    assert share_class(behind, ahead) == named


@pytest.mark.corpus
def test_a_class_count_is_compared_with_the_class_not_the_total():
    got = _verdicts("The group had 118.2 million Class A shares outstanding by late August.",
                    AI_Q)
    assert got["118.2 million Class A shares"] == "drifted"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "figure"), [
    ("The group had 3.5 million Class B shares outstanding.", "3.5 million Class B shares"),
    ("The company had 118.2 million shares outstanding, including 114.7 million Class A "
     "shares.", "114.7 million Class A shares"),
    ("The company had 118.2 million shares outstanding, including 114.7 million Class A "
     "shares.", "118.2 million shares"),
    ("C3.ai had 118.2 million shares outstanding as of August 31, 2023.", "118.2 million shares"),
])
def test_class_and_total_counts_keep_their_support(text, figure):
    assert _verdicts(text, AI_Q)[figure] == "supported"


def _cover(value: int, entity: str, day: date, filed: date, accession: str) -> StoredFact:
    fact = Fact("shares_outstanding", Decimal(value), "shares", None, day, entity=entity,
                decimals=0)
    return StoredFact(f"f-{accession}-{entity}", fact, 1, accession, "10-Q", filed, "c.htm",
                      "https://www.sec.gov/Archives/c.htm")


@pytest.mark.parametrize(("later_class_a", "verdict"), [(114_720_000, "supported"),
                                                         (116_000_000, "stale")])
def test_a_class_count_goes_stale_only_by_its_own_class(later_class_a, verdict):
    # a later cover whose total moved by 2.8 million and whose Class A count did not (at the
    # article's precision) leaves the article's Class A count standing
    facts = [_cover(114_701_772, "Class A", date(2023, 8, 31), date(2023, 9, 7), "a1"),
             _cover(118_201_764, "total", date(2023, 8, 31), date(2023, 9, 7), "a1"),
             _cover(later_class_a, "Class A", date(2023, 11, 30), date(2023, 12, 6), "a2"),
             _cover(121_000_000, "total", date(2023, 11, 30), date(2023, 12, 6), "a2")]
    got = verify_text("As of August 31, 2023, it had 114.7 million Class A shares outstanding.",
                      facts)["114.7 million Class A shares"]
    assert got.verdict == verdict


# --- a cash-flow line of the quarter, which a 10-Q states only for the year to date --------

@pytest.mark.corpus
@pytest.mark.parametrize("words", ["during the quarter", "in the quarter", "for the quarter",
                                   "in the latest quarter"])
def test_the_quarter_said_outright_is_not_the_year_to_date_figure(words):
    text = (f"Home Depot reported second-quarter results. It paid $4.2 billion of dividends "
            f"{words}.")
    got = verify_text(text, stored_corpus_facts(*HD_Q))["$4.2 billion"]
    assert got.verdict == "unverifiable"
    assert "year to date" in got.reason


@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "Home Depot reported second-quarter results. It paid $4.2 billion in dividends.",
    "Home Depot reported second-quarter results. Operating cash flow was $12.2 billion, "
    "against $7.2 billion in the prior year's quarter.",
])
def test_an_undated_cash_flow_figure_may_still_be_the_year_to_date_one(text):
    got = _verdicts(text, HD_Q)
    assert all(v == "supported" for k, v in got.items() if k.startswith("$"))
