"""A machine-written summary's labelled bullets: a bold label line names the line its bullets
change or compare ("- **Operating Income**: $2.1 billion" then "- Rose **12%** from Q1 FY25").
Every text is written for these tests (paraphrases, not third-party text)."""

from __future__ import annotations

from tests.conftest import claims_in, stored_corpus_facts, verify_text

_LEAD = ("Acme Devices reported results for the second quarter of fiscal 2025.\n"
         "Headline Numbers\n")
_SUMMARY = ("- **Net Revenue**: $9.1 billion\n"
            "- Rose **4%** from Q1 FY25\n"
            "- Rose **18%** from Q2 FY24\n"
            "- **Operating Margin**: **21.4%**\n"
            "- Improved from **19.8%** in Q1 FY25\n"
            "- **Adjusted Operating Margin**: **24.0%**\n"
            "- Improved from **22.1%** in Q1 FY25\n"
            "- **Diluted EPS**:\n"
            "- GAAP: **$0.52** (up **9%** Q/Q)\n")


def _by_text(text: str) -> dict:
    found: dict = {}
    for claim in claims_in(text):
        found.setdefault(claim.text.strip(), claim)
    return found


def test_a_bullet_under_a_bold_label_is_the_label_line_s_change() -> None:
    claims = _by_text(_LEAD + _SUMMARY)
    assert (claims["4%"].metric, claims["4%"].basis) == ("revenue_growth", None)
    assert claims["18%"].metric == "revenue_growth"
    assert claims["4%"].period_label == claims["$9.1 billion"].period_label


def test_a_bullet_s_earlier_rate_is_the_label_rate_of_that_period() -> None:
    claims = _by_text(_LEAD + _SUMMARY)
    assert (claims["19.8%"].metric, claims["19.8%"].period_label) == (
        "operating_margin", "fiscal Q1 2025")


def test_a_bullet_under_a_label_with_adjusting_words_names_no_gaap_line() -> None:
    claims = _by_text(_LEAD + _SUMMARY)
    assert claims["22.1%"].metric != "operating_margin"


def test_a_bullet_with_its_own_basis_word_under_a_per_share_label() -> None:
    claims = _by_text(_LEAD + _SUMMARY)
    assert (claims["$0.52"].metric, claims["$0.52"].unit) == ("eps_diluted", "USD/share")
    assert (claims["9%"].metric, claims["9%"].basis) == ("revenue_growth", "eps_diluted")


def test_bullets_under_a_label_naming_no_line_or_after_prose_are_left_as_read() -> None:
    # a heading that names no line, a plain (not bold) line, and a bullet after a line of prose
    text = (_LEAD + "- **Highlights**:\n- Rose **4%** from Q1 FY25\n"
            "Net Revenue\n- Rose **7%** from Q1 FY25\n"
            "- **Net Revenue**: $9.1 billion\nThe quarter was strong.\n"
            "- Rose **11%** from Q1 FY25\n")
    claims = _by_text(text)
    assert claims["4%"].metric is None
    assert claims["7%"].metric is None
    assert claims["11%"].metric is None


def test_a_bullet_that_names_its_own_line_keeps_it() -> None:
    text = _LEAD + "- **Net Revenue**: $9.1 billion\n- Net income rose **14%** from Q1 FY25\n"
    assert _by_text(text)["14%"].basis == "net_income"


# the chip maker's 10-Q (shared corpus): its quarter to July 27, 2025 against the quarter before
# and the year before, in a summary laid out as labelled bullets
_NVIDIA_Q = "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"
_NVIDIA_SUMMARY = ("NVIDIA posted its fiscal 2026 second quarter on August 27, 2025.\n"
                   "Results at a Glance\n"
                   "* **Revenue:** $46.7 billion\n"
                   "* Gained **6%** versus Q1 FY26\n"
                   "* Gained **56%** versus Q2 FY25\n"
                   "* **Gross Margin**: **72.4%**\n"
                   "* Up from **60.5%** in Q1 FY26\n"
                   "* **Net Income**: $26.4 billion\n"
                   "* Gained **41%** versus Q1 FY26\n"
                   "* Gained **49%** versus Q2 FY25\n")


def test_labelled_bullets_against_the_chip_maker_s_quarter() -> None:
    facts = stored_corpus_facts(_NVIDIA_Q, "0001045810-25-000209", "10-Q", "2025-08-27")
    verdicts = {text: v.verdict for text, v in verify_text(_NVIDIA_SUMMARY, facts).items()}
    for figure in ("6%", "56%", "60.5%", "41%"):
        assert verdicts[figure] == "supported", figure
    assert verdicts["49%"] == "drifted"  # (the filed change is 59%)
