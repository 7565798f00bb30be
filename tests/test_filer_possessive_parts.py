"""A part named after its company's possessive ("Acme's Digital Experience segment") is the
filer's part of that name: searched with the possessive, it matched no filed part and was
unverifiable. Another company's possessive stays another company's. The software maker's
fiscal Q1 2023 release: Digital Experience revenue $1.18 billion, Digital Media $3.40 billion.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

pytestmark = pytest.mark.corpus

_HEAD = ("Adobe reports first-quarter fiscal 2023 results\n\n"
         "Adobe Inc. (NASDAQ: ADBE) said on Wednesday that its quarter set a record, as Adobe "
         "sold more subscriptions than analysts had forecast for Adobe.\n\n")


@pytest.fixture(scope="module")
def software() -> list:
    return stored_corpus_facts("8k-adbe-0000796343-23-000044/adbeex991q123.htm",
                               "0000796343-23-000044", "8-K", date(2023, 3, 15))


@pytest.mark.parametrize(("body", "figure", "part"), [
    ("Adobe's Digital Experience segment, which sells marketing tools, contributed $1.18 "
     "billion in revenue.", "$1.18 billion", "Digital Experience"),
    ("Adobe’s Digital Media segment contributed $3.40 billion in revenue.", "$3.40 billion",
     "Digital Media"),
])
def test_the_filers_possessive_before_a_part_names_that_part(software, body, figure, part):
    got = verify_text(_HEAD + body, software)[figure]
    assert got.verdict == "supported", got.reason
    assert got.claim.entity.startswith(part)


@pytest.mark.parametrize("body", [
    "Widgetco's Digital Media segment contributed $3.40 billion in revenue.",
])
def test_another_companys_possessive_is_not_the_filers_part(software, body):
    got = verify_text(_HEAD + body, software)["$3.40 billion"]
    assert got.verdict != "supported"
