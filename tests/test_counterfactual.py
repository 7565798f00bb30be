"""A counterfactual figure ("without the costs, operating income would have been $X") is not the
reported line its words name: a miss there is unverifiable, never drifted; a figure a filed
line bears out is still supported. The project's own sentences; synthetic facts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from core.facts import Fact
from tests.conftest import verify_text
from warehouse.records import StoredFact

_LEAD = "Acme Corp reported results for the second quarter of 2024 on Tuesday. "


def _filed(*lines: tuple[str, str, str]) -> list[StoredFact]:
    out = []
    for i, (metric, value, unit) in enumerate(lines):
        fact = Fact(metric, Decimal(value), unit, date(2024, 4, 1), date(2024, 6, 30),
                    decimals=2 if unit == "USD/share" else -6)
        out.append(StoredFact(f"f{i}", fact, 1, "0000000001-24-000001", "10-Q",
                              date(2024, 6, 30) + timedelta(days=40), "q.htm", "https://x/q.htm"))
    return out


_FACTS = _filed(("operating_income", "1586000000", "USD"), ("gross_profit", "140000000", "USD"),
                ("eps_diluted", "2.71", "USD/share"),
                ("eps_diluted_non_gaap", "3.80", "USD/share"))


@pytest.mark.parametrize("sentence, figure, verdict", [
    ("Without the deal costs, operating income would have been $1.62 billion.",
     "$1.62 billion", "unverifiable"),
    ("Had sales held at last year's level, gross profit would have been $147.2 million.",
     "$147.2 million", "unverifiable"),
    ("Net income would otherwise have risen 5% to $46.4 million.", "$46.4 million",
     "unverifiable"),
    # must not fire: a counterfactual a filed line bears out, the reported line beside it, the
    # filer's adjusted line said conditionally, a result in the next sentence
    ("Without the deal costs, operating income would have been $1.59 billion.",
     "$1.59 billion", "supported"),
    ("Operating income was $1.59 billion; without the deal costs, it would have been $1.62 "
     "billion.", "$1.59 billion", "supported"),
    ("Excluding items, the company would have earned $3.90 a share.", "$3.90", "drifted"),
    ("Revenue would have been higher without the strong dollar. Operating income was $1.52 "
     "billion.", "$1.52 billion", "drifted"),
])
def test_a_counterfactual_never_drifts(sentence: str, figure: str, verdict: str) -> None:
    found = verify_text(_LEAD + sentence, _FACTS)
    key = next(k for k in found if figure in k)
    assert found[key].verdict == verdict
