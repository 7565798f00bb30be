"""A machine-written briefing's cards: a headline card whose label line splits the filer, the
line and the cadence by middle dots over a bare amount, and a card of a line by segment whose
cells ran together ("- Gaming$1.58B-4.5%29.5%"). Checked on AMD's 10-Q for the second quarter
of 2023 (segments Data Center, Client, Gaming, Embedded), with the project's own paraphrases."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import claims_in, stored_corpus_facts
from warehouse.records import StoredFact

FILING = "10q-10k/10-Q_AMD_0000002488-23-000139.html"
_LEAD = ("Chipmaker Q2 2023 earnings\nBriefing\nThe chipmaker reported its Q2 2023 results, "
         "with revenue of $5.4 billion.\n")
_HEADLINE = "Headline financials\nCHIP · Revenue · Quarterly\n$5.36B\n"
_SEGMENTS = ("Revenue by segment\nCHIP · $5.36B total across 4 segments · Q2 2023\n"
             "- Gaming$1.58B-4.5%29.5%\n- Embedded$1.46B+16.1%27.2%\n"
             "- Data Center$1.32B-11.1%24.7%\n- Client$998M-53.6%18.6%\n")


@pytest.fixture(scope="module")
def chipmaker() -> list[StoredFact]:
    return stored_corpus_facts(FILING, "0000002488-23-000139", "10-Q", date(2023, 8, 2), 2488)


def _verdicts(text: str, facts: list[StoredFact]) -> dict:
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest())
    found: dict = {}
    for v in verify_claims(extract_claims(article), facts):
        found.setdefault(v.claim.text, []).append(v.verdict)
    return found


def _claims(text: str) -> dict:
    found: dict = {}
    for claim in claims_in(text):
        found.setdefault(claim.text, []).append(claim)
    return found


def test_each_segments_amount_is_its_revenue(chipmaker):
    found = _verdicts(_LEAD + _SEGMENTS, chipmaker)
    for amount in ("$1.58B", "$1.46B", "$1.32B", "$998M"):
        assert found[amount] == ["supported"], amount
    assert found["$5.36B"] == ["supported"]  # the total across the segments


def test_a_wrong_segment_amount_drifts(chipmaker):
    found = _verdicts(_LEAD + _SEGMENTS.replace("Gaming$1.58B", "Gaming$1.75B"), chipmaker)
    assert found["$1.75B"] == ["drifted"]


def test_the_percentages_under_no_header_are_never_drifted(chipmaker):
    found = _verdicts(_LEAD + _SEGMENTS.replace("29.5%", "33.3%"), chipmaker)
    assert "drifted" not in found["33.3%"]


def test_the_headline_cards_dotted_label_names_its_amount(chipmaker):
    assert _verdicts(_LEAD + _HEADLINE, chipmaker)["$5.36B"] == ["supported"]
    claim = _claims(_LEAD + _HEADLINE)["$5.36B"][0]
    assert (claim.metric, claim.period_label) == ("revenue", "Q2 2023")


@pytest.mark.parametrize("card", [
    # another period than the article's quarter, or a figure in a cell: not certain
    "CHIP · Revenue · Annual\n$5.36B\n",
    "CHIP · Revenue · TTM\n$5.36B\n",
    "CHIP · Revenue · Q1 2023\n$5.36B\n",
    # no cell names a line
    "CHIP · Quarterly\n$5.36B\n",
])
def test_a_dotted_label_with_another_period_or_no_line_is_left_unread(card):
    assert _claims(_LEAD + card)["$5.36B"][0].metric is None


@pytest.mark.parametrize("card", [
    # no heading naming a line by segment above the items
    "Segments\n- Gaming$1.58B-4.5%29.5%\n",
    # prose between the heading and the item
    "Revenue by segment\nThe chipmaker grew in most of its markets this quarter.\n"
    "- Gaming$1.58B-4.5%29.5%\n",
    # a line's own name opening the item, not a part's
    "Revenue by segment\n- Net income$1.58B\n",
])
def test_items_outside_a_segment_card_are_left_as_read(card):
    claim = _claims(_LEAD + card)["$1.58B"][0]
    assert claim.entity is None or claim.metric is None
