"""A part named by four words joined by "and" before its unit word keeps all four (a software
maker's "cloud services and license support" segment lost its first word and was searched as
"services and license support"). Paraphrases written for the project."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

LEAD = "Softco reported fiscal Q1 2024 results. "


@pytest.mark.parametrize("part", ["cloud services and license support",
                                  "cloud services and support", "hardware systems",
                                  "cloud services"])
def test_a_part_before_its_unit_word_keeps_every_word(part):
    claims = claims_in(f"{LEAD}The {part} segment recorded $9.55 billion in revenue.")
    assert [c.entity for c in claims if c.text == "$9.55 billion"] == [part]


def test_a_ranking_word_is_still_no_part_of_the_name():
    claims = claims_in(f"{LEAD}Its largest cloud services and license support segment recorded "
                       "$9.55 billion in revenue.")
    entity = next(c.entity for c in claims if c.text == "$9.55 billion")
    assert entity is None or not entity.startswith(("largest", "its"))
