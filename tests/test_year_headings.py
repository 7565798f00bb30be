"""A heading that opens with its year ("2026 Revenue Outlook") is a heading like any other: an
outlook heading governs the list under it, a results heading none. Lists written for these
tests, about a made-up company."""

from __future__ import annotations

from tests.conftest import claims_in


def _reasons(text: str) -> dict:
    return {c.text.lstrip("-\u2022 "): c.not_checkable_reason for c in claims_in(text)}


def test_an_outlook_heading_opened_by_its_year_governs_its_list():
    got = _reasons("Widgetco Q4 2025 Results\n\n2026 Revenue Outlook\n  \u2022 Total - $912M\n"
                   "Shares rose in late trading.")
    assert got["$912M"] and "guidance" in got["$912M"]


def test_a_results_heading_opened_by_its_year_governs_nothing():
    # must not fire: the heading names no outlook
    got = _reasons("Widgetco Q4 2025 Results\n\n2025 Revenue\n  \u2022 Total - $803M\n"
                   "Shares rose in late trading.")
    assert got["$803M"] is None
