"""A share price quoted as a level, its move, and a market capitalisation where no filing sets a
price (no prospectus's range or offering price) are facts about the market that no filing covers:
unverifiable, never a matter of opinion or forecast (not_checkable) and never compared with a
filed line. Paraphrases written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import release_revenue, verify_text

_FACTS = [release_revenue("5000000000", (date(2025, 4, 1), date(2025, 6, 30)))]


def verdicts(text: str) -> dict[str, str]:
    return {figure: v.verdict for figure, v in verify_text(
        "The company reported its second quarter 2025 results. " + text, _FACTS).items()}


@pytest.mark.parametrize("sentence, levels, moves", [
    ("The stock closed at $118.40, then dropped to $116.90 in after-hours trading.",
     ["$118.40", "$116.90"], []),
    ("The stock slipped 2.1% in after-hours trading to about $40.10 per share.",
     ["$40.10 per share"], ["2.1%"]),
    ("The group's stock trades above $300 a share after the report.", ["$300 a share"], []),
])
def test_a_price_level_and_its_move_are_unverifiable(sentence, levels, moves):
    found = verdicts(sentence)
    for level in levels:
        assert found[level] == "unverifiable", (sentence, level)
    for move in moves:
        assert found[move] == "unverifiable", (sentence, move)


@pytest.mark.parametrize("sentence, figure", [
    ("Its market capitalisation is $88.5 billion.", "$88.5 billion"),
    ("The stock trades below $50 a share, for a market capitalization near $20 billion.",
     "$20 billion"),
])
def test_a_market_cap_no_filing_prices_is_unverifiable(sentence, figure):
    found = verify_text("The company reported its second quarter 2025 results. " + sentence, _FACTS)
    assert found[figure].verdict == "unverifiable"
    assert "market" in found[figure].reason


@pytest.mark.parametrize("sentence, figure, verdict", [
    # must not fire: a filed line beside no market words is judged
    ("Revenue was $5.0 billion in the second quarter of 2025.", "$5.0 billion", "supported"),
    ("Revenue was $5.4 billion in the second quarter of 2025.", "$5.4 billion", "drifted"),
    # a move in a market sentence stays unverifiable
    ("Shares are up 3.15% in pre-market trading.", "3.15%", "unverifiable"),
])
def test_filed_lines_and_moves_keep_their_verdicts(sentence, figure, verdict):
    assert verdicts(sentence)[figure] == verdict
