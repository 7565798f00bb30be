"""A number written in groups of thousands and followed by a plural noun counts that noun ("a
chatbot took part in 380,000 conversations"): a statistic no loaded filing may cover, so
unverifiable (the articles' rules name engagement statistics), never a bare number that is not
checkable. A business site's story on a software maker's quarter. Sentences written here."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _claim(text: str, figure: str):
    return next(c for c in claims_in(text) if c.text == figure)


@pytest.mark.parametrize(("text", "figure"), [
    ("The assistant took part in 380,000 conversations on the help site.", "380,000"),
    ("The app logged 2,450,000 downloads in its first week.", "2,450,000"),
])
def test_a_grouped_count_of_a_noun_is_a_statistic(text, figure):
    assert _claim(text, figure).not_checkable_reason is None


@pytest.mark.parametrize(("text", "figure"), [
    # must not fire: no noun after it, or digits not grouped by thousands
    ("See page 12,345 of the report.", "12,345"),
    ("The model 380 conversations feature shipped.", "380"),
])
def test_other_bare_numbers_stay_bare(text, figure):
    assert "bare number" in (_claim(text, figure).not_checkable_reason or "")
