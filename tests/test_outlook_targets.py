"""A recap quotes the company's targets for the NEXT period beside the figures it reports,
often with no 'guidance' beside each target: a lead-in ("the company is targeting:"), a
subhead in sentence case ("Outlook for the second quarter"), a colon run into one sentence
("Its targets: ..."), a table's target column, or a range after "of". Such figures are
guidance (not_checkable), never drifted against the quarter just reported; the reported
figures around them stay checkable. Sentences are the project's own, about a software
maker's first fiscal quarter (its 8-K release in the shared corpus: total revenue and a
segment's revenue and diluted EPS of the quarter, and ranges for the next one)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import corpus_verdicts

RELEASE = "8k-adbe-0000796343-23-000044/adbeex991q123.htm"
FILED = date(2023, 3, 15)
REPORTED = "The design-software company posted first-quarter fiscal 2023 revenue of $4.66 billion."


def verdicts(text: str) -> dict[str, str]:
    return {key: verdict for key, (verdict, _) in corpus_verdicts(RELEASE, FILED, text).items()}


@pytest.mark.parametrize("outlook", [
    # a colon lead-in in the progressive, over one line a target
    "For the coming quarter, management is targeting:\n\n"
    "Digital Experience segment revenue of $1.21 to $1.23 billion\n"
    "GAAP EPS of $2.65 to $2.70\n",
    # a subhead in sentence case, made only of an outlook's and a period's words
    "Outlook for the second quarter\n\n"
    "Digital Experience segment revenue of $1.21 to $1.23 billion.\n\n"
    "GAAP EPS of $2.65 to $2.70.\n",
    # a title-like lead-in, its words joined by a hyphen
    "Second-quarter targets:\n"
    "- Digital Experience segment revenue: $1.21 to $1.23 billion\n"
    "- GAAP EPS: $2.65 to $2.70\n",
    # the list run into one sentence after a colon
    "Its aims: Digital Experience segment revenue of $1.21 to $1.23 billion; "
    "GAAP EPS of $2.65 to $2.70.\n",
    # a table's column of targets
    "| Line | Q2 target |\n|---|---|\n"
    "| Digital Experience segment revenue | $1.21 to $1.23 billion |\n"
    "| GAAP EPS | $2.65 to $2.70 |\n",
])
def test_next_period_targets_are_guidance_never_drifted(outlook):
    found = verdicts(f"{REPORTED}\n\n{outlook}")
    assert found["$4.66 billion"] == "supported"
    targets = {key: v for key, v in found.items() if key != "$4.66 billion"}
    assert any("1.21" in key for key in targets) and any("2.65" in key for key in targets)
    assert set(targets.values()) == {"not_checkable"}, targets


def test_a_passive_target_and_a_bare_range_after_of_are_not_compared():
    text = (f"{REPORTED} Second-quarter GAAP EPS is targeted at $2.65 to $2.70. "
            "Digital Experience segment revenue of $1.21 billion to $1.23 billion.")
    found = verdicts(text)
    assert found["$2.65 to $2.70"] == "not_checkable"
    assert found["$1.21 billion to $1.23 billion"] == "not_checkable"


def test_a_reported_figure_after_the_targets_stays_checkable():
    text = (f"{REPORTED}\n\nThe company is targeting:\n\n"
            "Digital Experience segment revenue of $1.21 to $1.23 billion\n\n"
            "In the first quarter, Digital Experience segment revenue was $1.18 billion, and "
            "diluted EPS was $2.71.\n")
    found = verdicts(text)
    assert found["$1.21 to $1.23 billion"] == "not_checkable"
    assert found["$1.18 billion"] == "supported"
    assert found["$2.71"] == "supported"


def test_a_result_beside_a_past_target_stays_checkable():
    """'Exceeded its target of $X' is a past fact about the target (not_checkable); the
    result measured against a target's range is the quarter's own figure."""
    found = verdicts("The design-software company exceeded its target of $4.60 billion, with "
                     "first-quarter fiscal 2023 revenue of $4.66 billion.")
    assert found["$4.60 billion"] == "not_checkable"
    assert found["$4.66 billion"] == "supported"
    found = verdicts("First-quarter fiscal 2023 Digital Experience segment revenue of $1.18 "
                     "billion topped the high end of its $1.15 billion-$1.17 billion target.")
    assert found["$1.18 billion"] == "supported"
    assert found["$1.15 billion-$1.17 billion"] == "not_checkable"


@pytest.mark.parametrize("text, key", [
    # a colon whose last clause names no outlook: the quarter's numbers
    ("Targets aside, the first fiscal 2023 quarter's numbers: revenue of $4.66 billion.",
     "$4.66 billion"),
    # a table's column of results beside one of targets
    ("| Line | Q1 FY2023 actual | Q2 target |\n|---|---|---|\n"
     "| Total revenue | $4.66 billion | $4.75 to $4.78 billion |\n", "$4.66 billion"),
    # a change's base and level after a verb of change, never a range the article sets
    ("In the first quarter of fiscal 2023, Digital Experience segment revenue rose from $1.06 "
     "billion to $1.18 billion.", "$1.18 billion"),
])
def test_reported_figures_beside_target_words_stay_checkable(text, key):
    assert verdicts(text)[key] == "supported"
