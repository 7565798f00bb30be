"""A blog's section headings marked by a pictograph ("📝 Final Take"): the mark is no word of the
heading, so a heading of another section still ends an outlook's, and an outlook's heading so
marked still opens one. The article lines are written for these tests."""

from __future__ import annotations

from tests.conftest import claims_in

_OUTLOOK = ("Streamer posts its second quarter of 2025\n"
            "Q3 Guidance:\n"
            "- Revenue forecast: $11.5 billion\n"
            "{heading}\n"
            "The streamer's revenue grows 16% in Q2, helped by its ad tier.\n")


def _growth(heading: str):
    return next(c for c in claims_in(_OUTLOOK.format(heading=heading)) if c.text == "16%")


def test_a_marked_heading_of_another_section_ends_the_outlook():
    assert _growth("\U0001F4DD Final Take").not_checkable_reason is None


def test_an_unmarked_heading_ends_it_too():
    assert _growth("Final Take").not_checkable_reason is None


def test_a_marked_outlook_heading_still_opens_an_outlook():
    text = ("Streamer posts its second quarter of 2025\n"
            "\U0001F52D Third Quarter Outlook\n"
            "Revenue: $11.5 billion\n")
    claim = next(c for c in claims_in(text) if c.text == "$11.5 billion")
    assert (claim.not_checkable_reason or "").startswith("guidance")
