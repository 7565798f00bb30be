"""A comparison's base whose period the article never states is dated a year back by default:
a match pins it (supported), a mismatch is unverifiable, never drifted (``discipline_base``).
A base whose words say "a year earlier" is judged as before.

Every sentence here is written for these tests (paraphrases, not third-party text); the
filing is read in place from the shared corpus."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = "The metals maker reports second quarter 2018 results. "


@pytest.fixture(scope="module")
def facts():
    # the 10-Q states revenue of $3,579 million for the quarter and $2,859 million a year before
    return stored_corpus_facts("10q-10k/10-Q_AA_0001193125-18-236766.html",
                               "0001193125-18-236766", "10-Q", date(2018, 8, 2))


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


def test_a_base_with_no_period_words_is_marked_assumed() -> None:
    text = _LEAD + "Revenue rose to $3.58 billion from $3.09 billion."
    assert _claim(text, "$3.09 billion").period_assumed
    assert not _claim(text, "$3.58 billion").period_assumed
    stated = _LEAD + "Revenue rose to $3.58 billion from $3.09 billion a year earlier."
    assert not _claim(stated, "$3.09 billion").period_assumed


def test_an_assumed_base_that_differs_is_unverifiable(facts) -> None:
    found = verify_text(_LEAD + "Revenue rose to $3.58 billion from $3.09 billion.", facts)
    assert found["$3.58 billion"].verdict == "supported"
    assert found["$3.09 billion"].verdict == "unverifiable"
    assert "does not state" in found["$3.09 billion"].reason
    assert "2,859,000,000" in found["$3.09 billion"].reason


def test_an_assumed_base_that_agrees_is_supported(facts) -> None:
    found = verify_text(_LEAD + "Revenue rose to $3.58 billion from $2.86 billion.", facts)
    assert found["$2.86 billion"].verdict == "supported"


def test_a_base_dated_in_words_still_drifts(facts) -> None:
    found = verify_text(_LEAD + "Revenue rose to $3.58 billion from $3.09 billion a year "
                        "earlier.", facts)
    assert found["$3.09 billion"].verdict == "drifted"
