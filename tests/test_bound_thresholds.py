"""A bound's figure is a threshold ("revenue topped $12 billion"): a filed figure on the wrong
side of it is no support, however the figure's zeros round; and a growth rate whose words name
no base is not pinned by a quarter before that no filing prints, only derives."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.claims_figure import read_qualifier
from tests.conftest import stored_corpus_facts, verify_text

# the beverage maker's Q2 2023 10-Q: revenue 11,972 (Q2), 11,325 (Q2 2022), 22,952 (half)
KO_Q = ("10q-10k/10-Q_KO_0000021344-23-000048.html", "0000021344-23-000048", "10-Q",
        date(2023, 7, 26))


def _verdicts(text: str) -> dict:
    return {k: v for k, v in verify_text(text, stored_corpus_facts(*KO_Q)).items()}


@pytest.mark.parametrize(("before", "bound"), [
    ("revenue topped ", "more than"), ("revenue surpassed ", "more than"),
    ("revenue exceeded ", "more than"), ("sales crossed ", "more than"),
    ("revenue fell short of ", "less than"), ("came in just shy of ", "just less than"),
    ("revenue of ", None), ("revenue reached ", None),
])
def test_a_verb_of_passing_a_figure_reads_as_a_bound(before, bound):
    assert read_qualifier(before) == bound


@pytest.mark.corpus
@pytest.mark.parametrize("text", [
    "Coca-Cola posted second-quarter revenue of more than $12 billion.",
    "Coca-Cola's second-quarter revenue topped $12 billion.",
])
def test_a_filed_figure_below_the_bound_drifts(text):
    got = _verdicts(text)["$12 billion"]
    assert got.verdict == "drifted"
    assert "bound" in got.reason


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "figure"), [
    ("Coca-Cola's second-quarter revenue fell short of $12 billion.", "$12 billion"),
    ("Coca-Cola posted second-quarter revenue of nearly $12 billion.", "$12 billion"),
    ("Coca-Cola's second-quarter revenue exceeded $11.9 billion.", "$11.9 billion"),
    ("Coca-Cola posted second-quarter revenue of $12.0 billion.", "$12.0 billion"),
    ("Second-quarter operating income exceeded $2.4 billion.", "$2.4 billion"),
])
def test_a_filed_figure_on_the_right_side_or_rounded_stays_supported(text, figure):
    assert _verdicts(text)[figure].verdict == "supported"


@pytest.mark.corpus
def test_a_rate_with_no_base_is_not_pinned_by_a_derived_quarter_before():
    # 11,972 / (22,952 - 11,972) - 1 = 9.03%; a year earlier 11,972 / 11,325 - 1 = 5.71%
    got = _verdicts("Coca-Cola's second-quarter revenue grew 9%.")["9%"]
    assert got.verdict == "unverifiable"
    assert "no base" in got.reason


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "verdict"), [
    ("Coca-Cola's second-quarter revenue grew 9% from the first quarter.", "supported"),
    ("Coca-Cola's second-quarter revenue grew 9% sequentially.", "supported"),
    ("Coca-Cola's second-quarter revenue grew 5.7%.", "supported"),
    ("Coca-Cola's second-quarter revenue grew 7%.", "drifted"),
])
def test_a_named_base_or_the_year_earlier_keeps_its_verdict(text, verdict):
    assert _verdicts(text)[text.split("grew ")[1].split()[0].rstrip(".")].verdict == verdict
