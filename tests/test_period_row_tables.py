"""Article tables whose header names only periods and whose rows state money with its own unit
(a tech site's results table, its column spacing lost in the copy). Written for these tests."""

from __future__ import annotations

from tests.conftest import claims_in

TABLE = ("The software maker reported results for the fourth quarter of its 2013 fiscal year.\n\n"
         "  Q4 FY'12 Q3 FY'13 Q4 FY'13\n"
         "Revenue $18.06 billion $20.49 billion $19.90 billion\n"
         "Net income -$492 million $6.06 billion $4.97 billion\n\n"
         "  Q4 FY'12 Q3 FY'13 Q4 FY'13\n"
         "$4.15 billion $5.70 billion $4.44 billion\n"
         "Devices $5.09 billion $5.04 billion\n")


def _found() -> dict:
    return {c.text: c for c in claims_in(TABLE)}


def test_each_column_dates_its_figure_and_the_label_names_the_metric():
    found = _found()
    assert (found["$20.49 billion"].metric, found["$20.49 billion"].period_label) == (
        "revenue", "fiscal Q3 2013")
    assert (found["-$492 million"].metric, found["-$492 million"].period_label) == (
        "net_income", "fiscal Q4 2012")
    assert found["-$492 million"].value < 0
    assert found["$4.97 billion"].period_label == "fiscal Q4 2013"


def test_a_line_with_no_label_or_too_few_figures_ends_the_table():
    found = _found()
    assert found["$4.15 billion"].metric is None  # its label was lost: the sentence reader's
    assert found["$5.09 billion"].metric is None  # two figures under three periods
    assert found["$5.09 billion"].period_label != "fiscal Q4 2012"  # no column was guessed
