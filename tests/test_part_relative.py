"""A part named as the antecedent of the relative clause that holds a figure
(``part_relative.which_part``): "with notable growth in coal business, which surged by 31%"
(paraphrased after a machine summary of a railroad's quarter, where the rate was compared with
the company's carloads and called drifted)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "Widgetco reported its second quarter of 2025. "


def _entities(text: str) -> dict[str, str | None]:
    return {c.text: c.entity for c in claims_in(_LEAD + text)}


@pytest.mark.parametrize("text, key, entity", [
    ("It handled 4% more volume, with notable growth in coal business, which surged by 31%.",
     "31%", "coal"),
    ("Revenue rose, with strength in the lighting division, which grew 12%.", "12%",
     "lighting"),
])
def test_the_relative_clauses_part_owns_its_figure(text, key, entity):
    assert _entities(text)[key] == entity


@pytest.mark.parametrize("text, key", [
    ("Revenue rose with strength in the core business, which grew 5%.", "5%"),
    ("Revenue rose with strength across the company's business, which grew 5%.", "5%"),
    ("Revenue grew 5% in the quarter.", "5%"),
])
def test_the_whole_business_is_no_part(text, key):
    assert _entities(text)[key] is None
