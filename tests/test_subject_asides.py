"""An aside between a line's name and its verb: "Revenue, which could have been higher without
the inventory correction, was $X" (a wire-style recap of a chipmaker's quarter) was read as
the inventory balance, the aside's noun nearest the figure, and drifted. An aside opening
with a relative pronoun or a cause's participle says what hurt or helped the subject: the
line is the subject's. An aside that qualifies the line ("excluding currency effects") and a
subject that names no line keep their readings. Paraphrases written for these tests, about
a made-up company."""

from __future__ import annotations

import pytest

from pipeline.verify.subject_aside import without_aside
from tests.conftest import claims_in

_HEAD = ("Acme second-quarter revenue slides as PC slump drags on\n\n"
         "Acme reported second-quarter results on Tuesday, as demand for personal computer "
         "processors stayed weak and customers worked down their stockpiles.\n\n")


def _metric(body: str, figure: str) -> str | None:
    return {c.text: c for c in claims_in(_HEAD + body)}[figure].metric


@pytest.mark.parametrize("body", [
    "Revenue, which could have been higher without the inventory correction, was $5,120 "
    "million for the quarter.",
    "Revenue, which was weighed down by the inventory correction, was $5,120 million.",
    "Revenue, hurt by a customer inventory correction, totaled $5,120 million.",
    "Net revenue, which might have been higher if not for operating expenses, came in at "
    "$5,120 million.",
    "Revenue \u2014 which suffered from higher inventory at customers \u2014 was $5,120 "
    "million.",
])
def test_an_aside_about_the_subject_never_names_its_line(body):
    assert _metric(body, "$5,120 million") == "revenue"


@pytest.mark.parametrize("body, metric", [
    # no aside: the nearest line is the figure's
    ("Revenue fell, and inventory was $4,230 million.", "inventory"),
    # a subject that names no line: the aside's line is all there is
    ("The company, which sells chips, reported inventory of $4,230 million.", "inventory"),
    # the line named after the aside, right before its verb
    ("Revenue fell 18%, which hurt margins, and inventory was $4,230 million.", "inventory"),
])
def test_the_line_next_to_the_verb_keeps_its_reading(body, metric):
    assert _metric(body, "$4,230 million") == metric


@pytest.mark.parametrize("behind", [
    "Gross profit, excluding amortization and inventory charges, was ",
    "Income, before taxes and inventory charges, was ",
])
def test_an_aside_that_qualifies_the_line_is_kept(behind):
    assert without_aside(behind, lambda words: True) == behind
