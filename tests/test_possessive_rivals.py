"""A part named after another company's possessive in a story on one company: "Intel's data
center business generated $4.1 billion" in a story on a rival chipmaker was read as the
filer's Data Center revenue and drifted. A capitalised owner that is no word of the filer
(none its headline and lead name) makes its clause's figure that company's: compared with
nothing, naming the words. The filer's own possessive, "the company's" and "its" stay read.
Paraphrases written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from pipeline.verify.other_names import possessive_owners
from tests.conftest import claims_in

_HEAD = ("Acme posts record quarter as data center demand surges\n\n"
         "Acme reported revenue of $46.7 billion for its second quarter of fiscal 2026, up 56% "
         "from a year earlier, and Acme said data center revenue was $41.1 billion.\n\n")


def _claims(body: str) -> dict:
    return {c.text: c for c in claims_in(_HEAD + body)}


@pytest.mark.parametrize("body, figure, owner", [
    ("By comparison, Globex's data center business generated $4.1 billion in its latest "
     "quarter.", "$4.1 billion", "Globex's"),
    ("Meanwhile Initech's networking business brought in $5.2 billion.", "$5.2 billion",
     "Initech's"),
    ("Globex's data center revenue was $4.1 billion in the same period.", "$4.1 billion",
     "Globex's"),
    ("Globex's data center sales rose 4% to $3.9 billion.", "4%", "Globex's"),
    # the maker a relative clause right after the figure names
    ("That dwarfs the $13.3 billion in revenue that Globex made in the same quarter.",
     "$13.3 billion", "Globex"),
    ("It is triple the $13.3 billion in sales Globex reported a year earlier.", "$13.3 billion",
     "Globex"),
])
def test_a_part_another_owner_names_is_compared_with_nothing(body, figure, owner):
    claim = _claims(body)[figure]
    assert claim.metric is None, claim
    assert f"\u201c{owner}\u201d" in claim.unread_why and "another company" in claim.unread_why


@pytest.mark.parametrize("body, figure", [
    ("Acme's data center business generated $41.1 billion.", "$41.1 billion"),
    ("The company's data center business generated $41.1 billion.", "$41.1 billion"),
    ("Its data center business generated $41.1 billion.", "$41.1 billion"),
    # a period's possessive or a word the article writes in lower case names no company
    ("Last quarter's data center business generated $41.1 billion.", "$41.1 billion"),
    ("Q2's data center business generated $41.1 billion.", "$41.1 billion"),
])
def test_the_filers_own_possessive_is_still_read(body, figure):
    claim = _claims(body + " Revenue last quarter was a record.")[figure]
    assert claim.metric == "revenue" and claim.unread_why is None, claim


def test_owners_are_never_the_leads_names_nor_common_words():
    text = _HEAD + "Globex's data center unit grew. Last year's level was lower. Acme's too."
    assert possessive_owners(text) == ("Globex",)


@pytest.mark.parametrize("body, figure", [
    ("It compares with the $30.0 billion in revenue that Acme made a year earlier.",
     "$30.0 billion"),
    ("It compares with the $30.0 billion in revenue the company made a year earlier.",
     "$30.0 billion"),
    ("Revenue rose to $30.0 billion Wednesday.", "$30.0 billion"),
])
def test_the_filer_as_maker_is_still_read(body, figure):
    claim = _claims(body)[figure]
    assert claim.metric == "revenue" and claim.unread_why is None, claim


# a feature that opens on a scene and names its bank in the next paragraph (a business
# daily's story on a bank's pay): the bank's possessive was read as a rival's
_SCENE = ("Lenders across the country are raising salaries again as the second year of a busy "
          "market for deals and trading winds down.\n\n"
          "Initrode Bank chief executive Jane Roe said so on Tuesday, when Initrode reported "
          "its fourth-quarter results and its shares slid after spending jumped.\n\n"
          "Pay costs at Initrode rose 30% to $12.5 billion for the year.\n\n")


def test_the_bank_a_scene_setting_lead_names_next_is_the_filer():
    claim = {c.text: c for c in claims_in(
        _SCENE + "Initrode's pay rise followed its revenue, which jumped 30% to $40.1 billion.")}
    assert claim["$40.1 billion"].metric == "revenue", claim["$40.1 billion"]
    assert claim["$40.1 billion"].unread_why is None


def test_a_rival_named_once_after_a_scene_setting_lead_stays_a_rival():
    claim = {c.text: c for c in claims_in(
        _SCENE + "Globex's revenue, by contrast, rose 4% to $9.9 billion.")}
    assert claim["$9.9 billion"].metric is None
    assert "another company" in claim["$9.9 billion"].unread_why
