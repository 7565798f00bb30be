"""Basic and diluted per-share amounts side by side (basic_twins): the amount before a bracketed
diluted one is the basic amount, never diluted EPS (a retailer's release: "$0.89 per share
($0.88 per share on a diluted basis)" was judged drifted from the diluted $0.88), and the
bracketed amount is of its host's period (the base's year, not the sentence's opening quarter).
The project's own paraphrases; synthetic facts."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

import pytest

from core.facts import Fact, Source
from tests.conftest import claims_in, verify_text
from warehouse.records import StoredFact


def _read(text: str) -> dict:
    return {c.text: c for c in claims_in("Quarterly results.\n\n" + text)}


@pytest.mark.parametrize("sentence, host, twin", [
    ("Net income was $44.2 million, or $0.89 per share ($0.88 per share on a diluted basis), "
     "for the second quarter of 2024.", "$0.89 per share", "$0.88 per share"),
    ("The chain earned $2.10 per share ($2.05 diluted) in the second quarter of 2024.",
     "$2.10 per share", "$2.05"),
    ("Profit came to $1.40 a share ($1.38 on a fully diluted basis) in the second quarter of "
     "2024.", "$1.40 a share", "$1.38"),
])
def test_the_amount_before_a_bracketed_diluted_one_is_basic(sentence, host, twin):
    found = _read(sentence)
    assert found[host].metric == "eps_basic"
    assert found[twin].metric == "eps_diluted"
    assert found[twin].period_label == found[host].period_label


def test_a_bracketed_twin_of_a_base_is_dated_as_the_base():
    found = _read("Net income for the second quarter of 2024 was $44.2 million, or $0.89 per "
                  "share ($0.88 per share on a diluted basis), compared with net income of $51.8 "
                  "million, or $1.05 per share ($1.04 per share on a diluted basis) for the "
                  "second quarter of 2023.")
    assert found["$1.05 per share"].period_end == date(2023, 6, 30)
    assert found["$1.04 per share"].period_end == date(2023, 6, 30)
    assert found["$0.88 per share"].period_end == date(2024, 6, 30)


@pytest.mark.parametrize("sentence, text, metric", [
    # the amount's own words name basic
    ("Net income was $10 million, or $0.50 per basic share and $0.49 per diluted share, for "
     "the second quarter of 2024.", "$0.50 per basic share", "eps_basic"),
    ("Earnings were $0.66 per share, basic, and $0.65 per share, diluted, in the second "
     "quarter of 2024.", "$0.66 per share", "eps_basic"),
    # must not fire: one amount for both, a diluted host, the next item's "basic"
    ("Net income was $0.2 million, or $0.05 per common share, basic and diluted, in the "
     "second quarter of 2024.", "$0.05 per common share", "eps_diluted"),
    ("EPS came to $1.12 per diluted share ($1.15 basic) in the second quarter of 2024.",
     "$1.12 per diluted share", "eps_diluted"),
    ("EPS came to $1.12 per diluted share ($1.15 basic) in the second quarter of 2024.",
     "$1.15", "eps_basic"),
    ("Diluted EPS was $0.77, basic $0.79, for the second quarter of 2024.", "$0.77",
     "eps_diluted"),
    ("Net income rose to $5 million, or $0.21 per share (basic and diluted), in the second "
     "quarter of 2024.", "$0.21 per share", "eps_diluted"),
])
def test_which_per_share_amount_is_basic(sentence, text, metric):
    assert _read(sentence)[text].metric == metric


def _stored(value: str, period: tuple[date, date]) -> StoredFact:
    fact = Fact("eps_diluted", Decimal(value), "USD/share", period[0], period[1], decimals=2,
                sources=(Source("ex99.htm", "tables", "1.0", table=1, row="Diluted",
                                text=value),))
    fact_id = hashlib.sha256(f"{value}{period}".encode()).hexdigest()[:12]
    return StoredFact(fact_id, fact, 1, "0000000001-24-000001", "8-K", date(2024, 7, 25),
                      "ex99.htm", "https://x/ex99.htm")


def test_a_basic_amount_is_never_judged_against_the_diluted_line():
    facts = [_stored("0.88", (date(2024, 4, 1), date(2024, 6, 30))),
             _stored("1.04", (date(2023, 4, 1), date(2023, 6, 30)))]
    found = verify_text("Quarterly results.\n\nNet income for the second quarter of 2024 was "
                        "$44.2 million, or $0.89 per share ($0.88 per share on a diluted "
                        "basis), compared with net income of $51.8 million, or $1.05 per share "
                        "($1.04 per share on a diluted basis) for the second quarter of 2023.",
                        facts)
    assert found["$0.89 per share"].verdict == "unverifiable"
    assert found["$1.05 per share"].verdict == "unverifiable"
    assert found["$0.88 per share"].verdict == "supported"
    assert found["$1.04 per share"].verdict == "supported"


@pytest.mark.parametrize("sentence, text, verdict", [
    # the words before the amount name basic: only a basic line can confirm it (a software
    # maker's release prints its basic line untagged; read as diluted, it drifted by a cent)
    ("Diluted earnings for the second quarter of 2024 were 88 cents a share. Basic earnings "
     "came to 89 cents a share.", "89 cents", "unverifiable"),
    ("In the second quarter of 2024, basic net income was $0.89 a share.", "$0.89", "unverifiable"),
    # must not fire: the diluted amount, and words naming no basis, still meet the diluted line
    ("Diluted earnings for the second quarter of 2024 were 88 cents a share. Basic earnings "
     "came to 89 cents a share.", "88 cents", "supported"),
    ("In the second quarter of 2024, the chain earned $0.88 a share.", "$0.88", "supported"),
    ("In the second quarter of 2024, basic and diluted earnings were $0.88 a share.", "$0.88",
     "supported"),
])
def test_words_naming_basic_before_the_amount_keep_it_off_the_diluted_line(sentence, text,
                                                                            verdict):
    facts = [_stored("0.88", (date(2024, 4, 1), date(2024, 6, 30)))]
    found = verify_text("Quarterly results.\n\n" + sentence, facts)
    key = next(k for k in found if text in k)
    assert found[key].verdict == verdict
