"""A comma list of names right before a line's name is one subject: the filer's line named so
("<A>, <B>, and <C> sales"), or several parts together, never the list's last name alone.

Checked against a device maker's real 10-Q, whose product lines include "Wearables, Home and
Accessories" (7,522 against 7,913 a year before: down 4.9%). The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import claims_in, corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
FILED = date(2025, 5, 2)
OPENING = "In its fiscal second quarter of 2025 the phone maker had a mixed quarter. "


def _verdicts(text: str) -> dict:
    return corpus_verdicts(AAPL_Q, FILED, OPENING + text, form="10-Q")


def test_the_filers_listed_line_is_one_part(corpus_dir):
    found = _verdicts("Wearables, Home, and Accessories sales slipped 4.9% to $7.52 billion "
                      "against the same quarter a year before.")
    assert found["4.9%"][0] == "supported"
    assert found["$7.52 billion"][0] == "supported"


def test_several_parts_together_are_not_the_last_one(corpus_dir):
    # the three lines together sold far more; the last one's own figures must not bear it out
    found = _verdicts("Mac, iPad, and Wearables revenue fell 4.9% to $7.52 billion.")
    assert found["4.9%"][0] not in ("supported", "drifted")
    assert found["$7.52 billion"][0] not in ("supported", "drifted")


def test_an_opening_word_or_a_single_name_is_no_list():
    claims = {c.text: c.entity for c in claims_in(
        OPENING + "Meanwhile, Services revenue rose 11.6% and, in Q2, iPhone sales rose 1.9%.")}
    assert claims["11.6%"] == "Services"
    assert claims["1.9%"] == "iPhone"
