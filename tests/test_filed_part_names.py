"""A name the filer gives one of its parts, leading a clause right before a line's words
("<Part> net income was $X"), makes the figure that part's: compared with the part's filed
figure where the filings state one, unverifiable where they do not, never with the company's
total (read as the total, a part's figure within three times it drifted). A name that is no
filed part, or a line the name does not lead, keeps the company's reading. Sentences written
for the project around a beverage maker's 10-Q with tagged segments."""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

TEN_Q = "10q-10k/10-Q_KO_0000021344-23-000048.html"
FILED = date(2023, 7, 27)
LEAD = ("The drinks company posted second-quarter 2023 net revenues of $11.97 billion and "
        "net income of $2.55 billion.\n\n")


def _verdicts(text: str) -> dict:
    return corpus_verdicts(TEN_Q, FILED, LEAD + text, form="10-Q")


def test_a_filed_parts_name_before_a_line_is_the_parts():
    found = _verdicts("Corporate net income came to $1.32 billion.")
    assert found["$1.32 billion"] == ("unverifiable", "net_income")


def test_a_filed_parts_growth_and_level_are_the_parts():
    found = _verdicts("Corporate net income dropped 38% to $1.61 billion in the quarter.")
    assert found["$1.61 billion"][0] == "unverifiable"
    assert found["38%"][0] != "drifted"


def test_the_total_without_a_parts_name_is_still_compared():
    found = _verdicts("The company's net income came to $1.32 billion.")
    assert found["$1.32 billion"] == ("drifted", "net_income")


def test_a_name_that_is_no_filed_part_keeps_the_total():
    found = _verdicts("Bigco net income came to $1.32 billion.")
    assert found["$1.32 billion"] == ("drifted", "net_income")


def test_a_parts_name_not_leading_the_line_keeps_the_total():
    found = _verdicts("Net income, helped by Corporate items, came to $1.32 billion.")
    assert found["$1.32 billion"] == ("drifted", "net_income")
