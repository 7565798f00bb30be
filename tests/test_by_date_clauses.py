"""A clause opening "By June 30, 2025," dates its figures to that day, as "As of" does (a story
on a streamer's half year read its cash balance with the year before still in force)."""

import pytest

from tests.conftest import claims_in

_STORY = ("The streamer closed 2024 with revenue of $39.0 billion. {opening} June 30, 2025, cash "
          "had risen to $8.18 billion. Second-quarter revenue rose 16% to $11.08 billion.")


@pytest.mark.parametrize("opening", ["By", "As of"])
def test_a_clause_opening_by_a_date_dates_its_figure(opening):
    claims = {c.text: c for c in claims_in(_STORY.format(opening=opening))}
    assert str(claims["$8.18 billion"].period_end) == "2025-06-30"
    assert claims["$8.18 billion"].period_label == "as of 2025-06-30"


def test_by_a_date_inside_a_clause_is_no_date_of_the_figure():
    # "by" inside a sentence is a deadline or an agent ("paid by June 30"), not "as of"
    claims = claims_in("In 2024 the company paid $50 million by June 30, 2025 under the deal.")
    assert str(next(c for c in claims if c.text == "$50 million").period_end) != "2025-06-30"
