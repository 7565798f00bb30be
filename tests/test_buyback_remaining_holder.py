"""What remains of a buyback authorization is the filer's only when the filer holds it (a second
audit of stored facts, 2026-12, probing the reader): "our subsidiary had $X remaining under its
repurchase authorization" was stored as the filer's own balance. A holder named between the
day and the amount must be the filer ("we", "the Company"), or none be named.

Sentences are paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.buyback_remaining import sentence_buyback_remaining
from extractors.sentences import Sentence


def stated(text: str) -> set:
    return {(str(f.value), f.period_end)
            for f in sentence_buyback_remaining(Sentence(0, len(text), text), "t.htm")}


@pytest.mark.parametrize("text", [
    "As of May 31, 2024, our listed subsidiary had $210 million remaining under its stock "
    "repurchase authorization.",
    "As of May 31, 2024, the operating partnership had approximately $210 million available "
    "for unit repurchases.",
])
def test_another_holders_balance_is_not_the_filers(text):
    assert stated(text) == set()


@pytest.mark.parametrize("text", [
    "As of May 31, 2024, we had approximately $210 million remaining under our stock "
    "repurchase authorization.",
    "As of May 31, 2024, the Company had $210 million of authorization remaining under its "
    "share repurchase program.",
    "As of May 31, 2024, $210 million remained available for future share repurchases.",
])
def test_the_filers_own_balance_stays(text):
    assert stated(text) == {("210000000", date(2024, 5, 31))}
