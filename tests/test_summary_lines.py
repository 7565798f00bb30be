"""A machine summary of a 10-K: "X in 2024 from Y in 2023, up Z%" items flattened onto one line
with reference marks, over lines the registry holds (balance totals, retained earnings,
comprehensive income, dividends declared). Verified against
a railroad's real 10-K through the public functions; the article text is the project's own
paraphrase, never an outlet's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

UNP_K = "dev/10-K_UNP_2024-12-31.html"


@pytest.fixture(scope="module")
def railroad_facts():
    return stored_corpus_facts(UNP_K, "0000100885-25-000010", "10-K", date(2025, 2, 7))


# one line, items ending in a reference mark and a full stop, the next opening on a dash
SUMMARY = ("Highlights - Earnings were $6,747 million for 2024, against $6,379 million in 2023, "
           "a rise of 5.8%[1]. - Total liabilities fell to $50,825 million in 2024 from "
           "$52,344 million in 2023, down 2.9%[2]. - Retained earnings climbed to $65,628 "
           "million in 2024 from $62,093 million in 2023, a gain of 5.7%[3]. - Comprehensive "
           "income came to $6,638 million for 2024 versus $6,347 million in 2023, a 4.6% "
           "rise[4]. - It declared cash dividends of $3,212 million in 2024 against $3,173 "
           "million in 2023, up 1.2%[5]. - Its freight revenues came to $22,811 million in 2024 "
           "against $22,571 million in 2023, a rise of 1.1%[6].")


def test_each_item_of_a_flattened_summary_is_a_sentence_of_its_own():
    sentences = {c.text: c.sentence for c in claims_in(SUMMARY)}
    assert sentences["2.9%"].startswith("Total liabilities fell")
    assert sentences["2.9%"].endswith("[2].")
    assert "Retained" not in sentences["$52,344 million"]


def test_the_summary_items_are_borne_out_by_their_own_lines(railroad_facts):
    found = verify_text(SUMMARY, railroad_facts)
    read = {text: v.claim.metric for text, v in found.items()}
    assert read["$65,628 million"] == "retained_earnings"
    assert read["$6,638 million"] == "comprehensive_income"
    assert read["$3,212 million"] == "dividends_declared"
    assert found["$22,811 million"].claim.entity.lower() == "freight"
    for figure in ("2.9%", "$65,628 million", "$62,093 million", "5.7%", "$6,638 million",
                   "4.6%", "$3,212 million", "1.2%", "$22,811 million", "1.1%"):
        assert found[figure].verdict == "supported", (figure, found[figure].reason)


def test_a_rate_the_items_own_levels_refute_drifts(railroad_facts):
    text = ("- Retained earnings climbed to $65,628 million in 2024 from $62,093 million in "
            "2023, a gain of 8.1%[3]. - Total liabilities fell to $50,825 million in 2024.")
    assert verify_text(text, railroad_facts)["8.1%"].verdict == "drifted"


def test_near_phrasings_keep_their_own_lines():
    read = {c.text: (c.metric, c.entity) for c in claims_in(
        "Other comprehensive income was $45 million in 2024. "
        "The board declared a quarterly dividend of $1.34 per share. "
        "Dividends paid were $3,213 million in 2024. "
        "Total revenue was $24,250 million in 2024. "
        "Solid revenue of $24,251 million came in 2024. "
        "Net earnings were $6,747 million in 2024.")}
    assert read["$45 million"][0] != "comprehensive_income"
    assert next(m for t, (m, _) in read.items() if t.startswith("$1.34")) == "dividends_per_share"
    assert read["$3,213 million"][0] == "dividends_paid"
    assert read["$24,250 million"] == ("revenue", None)
    assert read["$24,251 million"][1] is None
    assert read["$6,747 million"][0] == "net_income"


def test_a_full_stop_before_a_range_dash_or_a_lower_word_ends_no_item():
    sentences = {c.text: c.sentence for c in claims_in(
        "Revenue was $5.1 billion in 2024. - and it may reach $5.3 billion in 2025.")}
    assert sentences["$5.1 billion"] == sentences["$5.3 billion"]
