"""False verdicts found by probing real filings with sentences written in the styles of earnings
coverage (the sentences are written for these tests; the filings are read in place from the
corpus): a part's line named after the amount, a constant-currency rate of a part or of a
reported rate, a basis mark bound to an earlier alternative rate, a sign written as a word,
and an undated operating ratio recomputed from two periods' lines. Each class has its
must-not-fire twin beside it."""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

_HD = ("10q-10k/10-Q_HD_0000354950-23-000185.html", date(2023, 8, 22), "10-Q")
_NFLX = ("dev/10-Q_NFLX_2025-06-30.html", date(2025, 7, 18), "10-Q")
_ADBE = ("8k-adbe-0000796343-23-000044/adbeex991q123.htm", date(2023, 3, 15), "8-K")
_PLTR = ("10q-10k/10-K_PLTR_0001321655-24-000022.html", date(2024, 2, 20), "10-K")
_UNP = ("dev/10-Q_UNP_2025-06-30.html", date(2025, 7, 24), "10-Q")


def _verdicts(filing: tuple, text: str) -> dict:
    relative, filed, form = filing
    return corpus_verdicts(relative, filed, text, form=form)


# --- a filed part as the subject, its line named after the amount --------------------------

def test_a_product_lines_sales_named_after_the_amount_are_that_lines():
    # Building Materials 15,391 of net sales 42,916 in the quarter: read as the company's,
    # the line's $15.4 billion drifted against the total
    found = _verdicts(_HD, "Building Materials generated $15.4 billion in second-quarter sales.")
    assert found["$15.4 billion"] == ("supported", "revenue")
    found = _verdicts(_HD, "Hardlines recorded $14.1 billion in net sales during the second "
                           "quarter.")
    assert found["$14.1 billion"] == ("supported", "revenue")


def test_the_total_given_to_a_part_is_not_supported_by_the_total():
    found = _verdicts(_HD, "Building Materials generated $42.9 billion in second-quarter sales.")
    assert found["$42.9 billion"][0] == "drifted"  # against the line's 15,391, never the total
    found = _verdicts(_HD, "Building Materials generated $14.2 billion in second-quarter gross "
                           "profit.")
    assert found["$14.2 billion"][0] == "unverifiable"  # no line's gross profit is filed
    found = _verdicts(_HD, "Building Materials, Décor and Hardlines generated $42.9 billion in "
                           "second-quarter sales.")
    assert found["$42.9 billion"][0] == "unverifiable"  # several parts: no one part's figure


def test_the_company_as_subject_keeps_the_total():
    for text in ("The company generated $42.9 billion in second-quarter sales.",
                 "Home Depot generated $42.9 billion in second-quarter sales."):
        assert _verdicts(_HD, text)["$42.9 billion"] == ("supported", "revenue")
