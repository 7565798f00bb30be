"""The filer named by its ticker or initials in a possessive: "ZNTX's gaming revenue was $4.3
billion" in a ticker-led stock note on Zentrix was read as another company's figure (the
ticker is no word of the lead) and the filer's own part went unchecked. A word in capitals
whose letters are a lead word's in order from its first, or the initials of a run of the
lead's capitalised words, is the filer's; another company's ticker stays another company's.
Paraphrases written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from pipeline.verify.other_names import possessive_owners
from tests.conftest import claims_in

_HEAD = ("Zentrix revenue jumps 56% on data center demand\n\n"
         "Zentrix reported second-quarter revenue of $46.7 billion on Wednesday, up 56% from a "
         "year earlier, as Zentrix said gaming revenue rose too.\n\n")
_INITIALS = ("Globo Nova Tech second-quarter revenue slides 18%\n\n"
             "Globo Nova Tech reported second-quarter revenue of $5.4 billion on Tuesday, down "
             "18% from a year earlier, as demand for its chips stayed weak.\n\n")


def _claim(head: str, body: str, figure: str):
    return {c.text: c for c in claims_in(head + body)}[figure]


@pytest.mark.parametrize("head, body", [
    (_HEAD, "ZNTX's gaming revenue was $4.3 billion."),
    (_HEAD, "ZZNTX's gaming revenue was $4.3 billion."),  # a doubled letter
    (_INITIALS, "GNT's gaming revenue was $4.3 billion."),
])
def test_the_filers_ticker_or_initials_name_the_filer(head, body):
    claim = _claim(head, body, "$4.3 billion")
    assert claim.metric == "revenue" and claim.unread_why is None, claim


@pytest.mark.parametrize("head, body, owner", [
    (_HEAD, "QRVX's gaming revenue was $4.3 billion.", "QRVX"),
    (_HEAD, "NTX's gaming revenue was $4.3 billion.", "NTX"),  # not from the word's first
    (_INITIALS, "GTN's gaming revenue was $4.3 billion.", "GTN"),  # initials out of order
])
def test_another_companys_ticker_stays_another_company(head, body, owner):
    assert possessive_owners(head + body) == (owner,)
    claim = _claim(head, body, "$4.3 billion")
    assert claim.metric is None and "another company" in claim.unread_why


@pytest.mark.parametrize("mark", ["Zenoflux Corp. (NASDAQ: ZNX)", "Zenoflux (NYSE: ZNX)"])
def test_a_ticker_the_article_gives_another_company_stays_its_own(mark):
    # a note on one company with a round-up of others' results: a rival's ticker whose letters
    # happen to fit the filer's name ("ZNX" in order in "Zentrix") was read as the filer's
    body = f"In other earnings news, {mark} also reported. ZNX's revenue jumped 40%."
    claim = _claim(_HEAD, body, "40%")
    assert claim.metric is None and "another company" in claim.unread_why


def test_the_filers_own_ticker_given_in_the_lead_names_the_filer():
    head = _HEAD.replace("Zentrix reported", "Zentrix Inc. (NASDAQ: ZNTX) reported")
    claim = _claim(head, "ZNTX's gaming revenue was $4.3 billion.", "$4.3 billion")
    assert claim.metric == "revenue" and claim.unread_why is None, claim
