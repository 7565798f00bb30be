"""The amount a named line moved by ("cut its allowance for credit losses by $70 million",
"boosted total loans by $4.8 billion", "reduced by $12.1 billion"): a change, never the line's
level, which it drifted against when read so. Checked against a regional bank's real release
(development corpus, in place); the sentences are the project's own paraphrases, in the manner
of a trade paper's recap of the bank's quarter."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

pytestmark = pytest.mark.corpus

_RELEASE = "EX-99.1_CFG_2021-12-31.html"  # allowance $1,934 / $2,004 / $2,670 million


def _verdicts(text: str) -> dict[str, tuple[str, str | None]]:
    return corpus_verdicts(f"dev/{_RELEASE}", date(2022, 1, 19),
                           "The bank reported its fourth-quarter 2021 results. " + text)


@pytest.mark.parametrize("text, figure", [
    ("Citizens cut its allowance for credit losses by $70 million in the fourth quarter of "
     "2021.", "$70 million"),
    ("Citizens lowered its allowance for credit losses by $736 million during 2021.",
     "$736 million"),
    ("Citizens boosted total loans by $4.8 billion in the fourth quarter of 2021.",
     "$4.8 billion"),
    ("The allowance for credit losses was reduced by $736 million during 2021.",
     "$736 million"),
])
def test_the_amount_a_line_moved_by_is_never_its_level(text, figure):
    verdict, metric = _verdicts(text)[figure]
    assert verdict != "drifted" and metric not in ("allowance_for_credit_losses", "total_loans")


def test_a_named_base_recomputes_the_move():
    found = _verdicts("Citizens increased noninterest income by $80 million from the third "
                      "quarter.")
    assert found["$80 million"] == ("supported", "difference")


@pytest.mark.parametrize("text, figure, verdict", [
    # the level a line moved to, and a cause after a change's verb, keep their readings
    ("In the fourth quarter of 2021 Citizens lowered its allowance for credit losses to $1.93 "
     "billion.", "$1.93 billion", "supported"),
    ("In the fourth quarter of 2021 noninterest income increased to $594 million, driven by "
     "record capital markets fees.", "$594 million", "supported"),
    ("In the fourth quarter of 2021 Citizens boosted total loans to $128.2 billion.",
     "$128.2 billion", "supported"),
    ("In the fourth quarter of 2021 noninterest income was $694 million.", "$694 million",
     "drifted"),
])
def test_levels_keep_their_lines(text, figure, verdict):
    assert _verdicts(text)[figure][0] == verdict
