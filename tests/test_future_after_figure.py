"""A figure that is the subject of a future copula ("$C to $D will be subscription revenue",
"$X is expected to come from ...") is the company's outlook, never a result: a trader's column
on a software maker's next-quarter outlook gave the subscription share of a segment's range so,
and both ends drifted against the segment's reported quarter (1,180 million). What a declared
term will be done with ("a dividend of $X per share will be paid") stays checkable. Sentences
are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, corpus_verdicts

pytestmark = pytest.mark.corpus

_RELEASE = "8k-adbe-0000796343-23-000044/adbeex991q123.htm"


def test_a_future_share_of_a_range_is_outlook():
    got = corpus_verdicts(_RELEASE, date(2023, 3, 15),
                          "Management's view of the coming quarter puts Digital Experience "
                          "segment revenue at $1.20 billion to $1.24 billion; of that, $1.02 "
                          "billion to $1.05 billion will be subscription revenue.")
    assert got["$1.02 billion to $1.05 billion"][0] == "not_checkable"


def test_a_reported_figure_and_a_dividends_payment_stay_checkable():
    got = corpus_verdicts(_RELEASE, date(2023, 3, 15),
                          "Digital Experience segment revenue was $1.18 billion in the first "
                          "quarter of fiscal 2023.")
    assert got["$1.18 billion"][0] == "supported"
    claims = claims_in("The board said a dividend of $0.30 per share will be paid in May.")
    assert all(c.not_checkable_reason is None for c in claims if c.text.startswith("$0.30"))
