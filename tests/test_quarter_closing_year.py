"""The year a quarter closes ("in the fourth quarter, ending 2024 with ...") only dates that
quarter: it is no period of the sentence's figures. A stock-note site's recap of a streamer's
year put it so, and the quarter's growth and member additions were compared with the year's
and called drifted. Checked against the streamer's 10-K (years only: a quarter's figures are
unverifiable there, never drifted).

The article snippets are the project's own paraphrases, not third-party text.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text


@pytest.fixture(scope="module")
def streamer():
    # FY2024 revenue 39,000,966 over 33,723,297 (+15.65%); members 301.6 million from 260.3
    return stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "0001065280-25-000044",
                               "10-K", date(2025, 1, 27), cik=1065280)


@pytest.mark.parametrize("sentence,figure", [
    ("Revenue rose 19% to $10.2 billion in the fourth quarter, ending 2024 on a high note.",
     "19%"),
    ("The streamer added 19 million paid memberships in the fourth quarter, ending 2024 with "
     "302 million.", "19 million"),
    ("Operating income rose 52% to $2.3 billion in the fourth quarter, capping a strong 2024.",
     "52%")])
def test_a_quarters_figures_are_never_the_years_it_closes(streamer, sentence, figure):
    found = verify_text(sentence, streamer)[figure]
    assert found.claim.period_label.endswith("Q4 2024")
    assert found.verdict == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "Revenue rose 16% to $39.0 billion in 2024, ending the year with 302 million members.",
    "In 2024, revenue rose 16% to $39.0 billion.",
    "The streamer closed 2024 with revenue of $39.0 billion, up 16%."])
def test_a_years_own_figures_keep_the_year(streamer, sentence):
    found = verify_text(sentence, streamer)
    assert found["16%"].claim.period_label == "FY2024"
    assert found["16%"].verdict == "supported"
