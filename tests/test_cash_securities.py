"""Cash with the securities beside it, in a digest's words ("Cash & Securities: $8.1B", "cash
and marketable securities of $8.1 billion") is the balance of cash, cash equivalents and
short-term investments, as "cash and investments" already was; cash alone stays cash.
Paraphrases written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_OPENING = "Acme Corp filed its 10-Q for the quarter ended June 30, 2024. "


def _claim(text: str, figure: str):
    return next(c for c in claims_in(_OPENING + text) if c.text == figure)


@pytest.mark.parametrize("text", [
    "- Cash & Securities: $8.1B at the quarter's end.\n",
    "Acme ended the quarter with cash and marketable securities of $8.1B.",
    # the securities after "in cash" ("$8.1B in cash and marketable securities")
    "Acme ended the quarter with $8.1B in cash and marketable securities.",
    "Acme ended the quarter with $8.1B in cash, cash equivalents and short-term investments.",
])
def test_cash_and_securities_is_the_cash_and_investments_balance(text):
    assert _claim(text, "$8.1B").metric == "cash_and_short_term_investments"


def test_cash_alone_stays_cash():
    assert _claim("Acme ended the quarter with cash and cash equivalents of $8.1B.",
                  "$8.1B").metric == "cash_and_equivalents"


@pytest.mark.parametrize("text", [
    "Acme ended the quarter with $8.1B in cash and cash equivalents.",
    "Acme ended the quarter with $8.1B in cash and $3B in debt.",
    "Acme ended the quarter with $8.1B in cash.",
])
def test_in_cash_alone_or_with_its_equivalents_stays_cash(text):
    assert _claim(text, "$8.1B").metric == "cash_and_equivalents"
