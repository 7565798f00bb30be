"""Places listed after a line's "from" or "in" take a "respectively" list's figures in turn:
each rate is its own region's, checked against that segment's filed revenue; a list whose
figures do not pair with its places stays the pair's, which no filed line is.

Checked against a device maker's real 10-Q (segments: Americas, Europe, Greater China, Japan,
Rest of Asia Pacific). The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
FILED = date(2025, 5, 2)


def _verdicts(text: str) -> dict:
    return corpus_verdicts(AAPL_Q, FILED, text, form="10-Q")


def test_each_place_takes_its_figure_in_turn(corpus_dir):
    # Japan 7,298 vs 6,262 (+16.5%); Americas 40,315 vs 37,273 (+8.2%)
    found = _verdicts("In its fiscal second quarter of 2025 the company saw sales in Greater "
                      "China slip 2.3% from a year earlier, while sales from Japan and the "
                      "Americas rose 16.5% and 8.2%, respectively.")
    assert found["16.5%"][0] == "supported"
    assert found["8.2%"][0] == "supported"


def test_a_misquoted_place_drifts_against_its_own_segment(corpus_dir):
    found = _verdicts("In its fiscal second quarter of 2025 the company saw Europe's sales "
                      "grow, while sales from Japan and the Americas rose 16.5% and 9.2%, "
                      "respectively.")
    assert found["16.5%"][0] == "supported"
    assert found["9.2%"][0] == "drifted"


def test_places_without_respectively_stay_together(corpus_dir):
    found = _verdicts("In its fiscal second quarter of 2025 the company saw Europe's sales "
                      "grow, while sales from Japan and the Americas rose 16.5% and 8.2% "
                      "from a year earlier.")
    assert found["16.5%"][0] != "drifted" and found["8.2%"][0] != "drifted"
    assert found["16.5%"][0] != "supported" or found["8.2%"][0] != "supported"
