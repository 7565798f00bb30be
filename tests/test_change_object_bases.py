"""A change's noun and what changed may stand between its rate and its base ("There was an
increase of 6% in revenues from the first quarter"), and a part named bare may be the subject
of the clause that "saw" the change ("Gaming saw an increase of 14% in revenues from the first
quarter"): phrasings of a non-US business site. Read as the company's year-over-year rate,
each true sequential rise drifted. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from pipeline.verify.change_bases import stated_base
from pipeline.verify.part_subject import subject_part
from tests.conftest import claims_in

_LEAD = ("Acme revenue climbs\n\nAcme reported revenue of $46.7 billion for the second quarter "
         "of 2025, which ended June 30, 2025. ")


@pytest.mark.parametrize("sentence", [
    "There was an increase of 6% in revenues from the first quarter.",
    "That is a 6% increase in sales over the first quarter.",
    "Revenue saw an increase of 6% from the first quarter.",
])
def test_the_base_after_the_changes_object_is_read(sentence):
    claim = next(c for c in claims_in(_LEAD + sentence) if c.text == "6%")
    base = stated_base(claim)
    assert base is not None and "Q1" in base.label, base


@pytest.mark.parametrize("sentence", [
    "There was an increase of 56% in revenues.",
    "There was an increase of 56% in revenues from data center sales.",
])
def test_no_base_period_named_stays_unread(sentence):
    claim = next(c for c in claims_in(_LEAD + sentence) if c.text == "56%")
    assert stated_base(claim) is None


@pytest.mark.parametrize("before, part", [
    ("Gaming saw an increase of ", "Gaming"),
    ("Meanwhile, Data Center posted a sharp rise of ", "Data Center"),
    ("Revenue rose, and automotive saw a ", "automotive"),
])
def test_a_bare_part_that_saw_a_change_is_the_subject(before, part):
    assert subject_part(before) == part


@pytest.mark.parametrize("before", [
    "Revenue saw an increase of ",
    "The company saw an increase of ",
    "Acme saw an increase of ",
    "Total sales saw an increase of ",
])
def test_the_company_that_saw_a_change_is_no_part(before):
    assert subject_part(before) is None


def test_the_own_quarter_last_year_is_the_default_base():
    # the quarter phrase resolves to the figure's own quarter; "last year" after it sends it a
    # year back, the default base, never the figure's own period (which the caller refuses)
    claim = next(c for c in claims_in(
        _LEAD + "Output grew, a 27% increase in mined coins compared to the second quarter last "
        "year.") if c.text == "27%")
    assert stated_base(claim) is None
