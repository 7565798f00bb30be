"""A figure whose clause names the GAAP line before it stays the GAAP line, whatever an
"excluding ..." after it says the figure left out (a wire recap of a retailer's quarter).
Sentences written for these tests, about made-up companies."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in


def _claims(text: str) -> dict:
    return {c.text: c for c in claims_in(text)}


@pytest.mark.parametrize("sentence, figure, metric", [
    ("On a GAAP basis, Acme's EPS came to $1.42, excluding $0.18 per share of debt costs.",
     "$1.42", "eps_diluted"),
    ("GAAP earnings per share were $0.97, excluding a $0.05 gain on a plant sale.", "$0.97",
     "eps_diluted"),
    # must not fire: no GAAP words, or the adjusted figure after the GAAP one
    ("Acme's EPS came to $1.60, excluding $0.18 per share of debt costs.", "$1.60",
     "eps_diluted_non_gaap"),
    ("On a non-GAAP basis, EPS came to $1.60, excluding debt costs.", "$1.60",
     "eps_diluted_non_gaap"),
    ("Acme earned $1.42 a share under GAAP, and $1.60 a share excluding debt costs.",
     "$1.60 a share", "eps_diluted_non_gaap"),
])
def test_a_figure_the_words_call_gaap_is_the_gaap_line(sentence, figure, metric):
    assert _claims(sentence)[figure].metric == metric


def test_the_figure_after_a_gaap_one_is_never_made_gaap():
    found = _claims("On a GAAP basis, EPS came to $1.42, or $1.60 excluding debt costs.")
    assert found["$1.60"].metric != "eps_diluted"
