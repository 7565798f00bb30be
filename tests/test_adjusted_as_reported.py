"""An adjusted figure of a filer whose filings state no adjusted figure: borne out only by the
reported line of the same period, never drifted; a filer that states adjusted figures is
checked against its own.

Checked against real filings: a device maker's 10-Q (GAAP diluted EPS 1.65, no adjusted
measure), a bank's quarterly supplement (diluted EPS 3.33, none either) and a software maker's
release (GAAP diluted EPS 2.71 beside its non-GAAP 3.80). The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

AAPL_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"
JPM_Q4 = "dev/EX-99.2_JPM_2021-12-31.html"
ADBE_RELEASE = "8k-adbe-0000796343-23-000044/adbeex991q123.htm"


def test_an_adjusted_figure_equal_to_the_reported_line_is_supported(corpus_dir):
    found = corpus_verdicts(AAPL_Q, date(2025, 5, 2), (
        "In its fiscal second quarter of 2025 the company posted adjusted earnings of $1.65 "
        "per share."), form="10-Q")
    assert found["$1.65 per share"][0] == "supported"
    bank = corpus_verdicts(JPM_Q4, date(2022, 1, 14), (
        "The bank's fourth quarter of 2021: EPS of $3.33 adjusted, against $2.98 expected."))
    assert bank["$3.33"][0] == "supported"


def test_an_adjusted_figure_that_differs_is_never_drifted(corpus_dir):
    found = corpus_verdicts(AAPL_Q, date(2025, 5, 2), (
        "In its fiscal second quarter of 2025 the company posted adjusted earnings of $1.70 "
        "per share."), form="10-Q")
    assert found["$1.70 per share"][0] == "unverifiable"


def test_a_filer_with_its_own_adjusted_figures_is_checked_against_them(corpus_dir):
    # the release states non-GAAP EPS of 3.80: the GAAP 2.71 called adjusted is a misquote
    found = corpus_verdicts(ADBE_RELEASE, date(2023, 3, 15), (
        "For its first quarter of fiscal 2023 the software maker reported adjusted earnings of "
        "$2.71 per share."))
    assert found["$2.71 per share"][0] != "supported"
