"""A part named only by a catch-all word is never reached: an article's "other revenues fell
12%" names the filer's line "Other revenues", not the residual row "Other" of that line's
breakdown (a railroad's 10-Q), which it matched and supported."""

from __future__ import annotations

from datetime import date

from pipeline.verify.entities import same_segment
from tests.conftest import corpus_verdicts

UNP_10Q = "dev/10-Q_UNP_2025-06-30.html"


def test_a_catch_all_word_names_no_part():
    assert not same_segment("other", "Other")
    assert not same_segment("Others", "Other")
    # must not fire: a named part, and a name that only ends in a catch-all
    assert same_segment("accessorial", "Accessorial")
    assert same_segment("Other subsidiary", "Other subsidiary")


def test_other_revenues_are_not_the_residual_part_of_a_railroad():
    text = ("Union Pacific's second quarter of 2025.\nIn the second quarter, other revenues "
            "fell 12%.\nOther revenues came to $23 million in the second quarter.\n")
    found = corpus_verdicts(UNP_10Q, date(2025, 7, 24), text, form="10-Q")
    assert found["12%"][0] == "unverifiable"
    assert found["$23 million"][0] == "unverifiable"
