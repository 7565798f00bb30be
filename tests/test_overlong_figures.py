"""A run of digits too long to be any filed figure is read as no figure, in prose, in ranges and
in flattened tables: scaled by "trillion" or a table's caption it overflowed the 28 digits of
decimal arithmetic and raised InvalidOperation inside claim extraction (found by running the
verifier over real recaps and their recombinations). Figures of ordinary length read as before."""

from __future__ import annotations

from decimal import Decimal

from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_units import find_figures, overlong
from tests.test_claims import article


def _read(text: str) -> dict:
    return {c.text: c for c in extract_claims(article(text)) if c.value is not None}


def test_the_bound_leaves_every_plausible_figure_and_refuses_identifier_length_runs():
    assert not overlong("400", 12)  # 400 trillion (a yen balance sheet)
    assert not overlong("9,999,999,999,999,999,999", 0)
    assert overlong("123456789012345678901234567890", 0)
    assert overlong("1234567890123456789", 12)


def test_an_overlong_amount_before_a_scale_word_is_no_figure():
    found = _read("Group sales came to $98765432109876543210987654321 trillion in 2024, "
                  "and net income to $4.5 million.")
    assert list(found) == ["$4.5 million"]
    assert found["$4.5 million"].value == Decimal("4500000")


def test_a_range_whose_end_is_overlong_is_not_a_range():
    figures = find_figures("Sales of $2-9876543210987654321 trillion are planned.")
    assert [f.range_role for f in figures] == [None]


def test_an_overlong_cell_leaves_its_flattened_row_unread_and_the_others_read():
    text = ("Results of fiscal 3Q17\n\n(in $ billions) 3Q16 3Q17\n"
            "Revenue 1,234,567,890,123,456,789,012 2,674\nNet income 21 194\n")
    found = _read(text)
    assert "2,674" not in found
    assert found["194"].value == Decimal("194000000000")


def test_an_overlong_value_of_a_one_cell_per_line_table_is_no_figure():
    table = ("Results\n(dollars in millions)\n2019\n2018\nSales\n{}\n"
             "$30.9 million\nNet income\n$4.1 million\n$3.0 million\n")
    assert _read(table.format("$41.2 million"))["$4.1 million"].period_label == "FY2019"
    found = _read(table.format("98765432109876543210987"))  # the layout is no longer certain
    assert "98765432109876543210987" not in found and "$4.1 million" in found
