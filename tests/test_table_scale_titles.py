"""A table in an article whose title, caption or first header cell states the money scale of
its bare cells (claims_table_units, claims_flat, claims_cells): the cells take it, except the
per-share and the rate rows and columns.

The figures are a streaming service's 2024 annual report (10-K in the corpus). The articles are
written for these tests.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import corpus_verdicts

_FILING = "dev/10-K_NFLX_2024-12-31.html"
_FILED = date(2025, 1, 27)
_LEAD = ("A video service's annual numbers\n\n"
         "The streaming firm ended 2024 with more members on every continent.\n\n")


def _verdicts(body: str) -> dict:
    return corpus_verdicts(_FILING, _FILED, _LEAD + body, form="10-K")


def test_pipe_table_under_a_title_line_takes_its_scale():
    # before: a blank line parted the title from the table, so "39,001" stayed a bare number
    found = _verdicts("Annual summary (dollars in millions)\n\n"
                      "| | 2024 | 2023 |\n|---|---|---|\n"
                      "| Revenues | 39,001 | 33,723 |\n"
                      "| Operating income | 10,418 | 6,954 |\n"
                      "| Operating margin | 26.7 | 20.6 |\n")
    assert found["39,001"] == ("supported", "revenue")
    assert found["6,954"] == ("supported", "operating_income")
    # the margin row is no money in millions
    assert found["26.7"][0] == "not_checkable"


def test_a_change_column_is_excepted():
    # before: "16" under "% change" took the label cell's millions of USD
    found = _verdicts("| In millions of USD | 2024 | 2023 | % change |\n|---|---|---|---|\n"
                      "| Revenues | 39,001 | 33,723 | 16 |\n")
    assert found["39,001"] == ("supported", "revenue")
    assert found["16"][0] == "not_checkable"


def test_cells_with_their_own_scale_keep_it():
    # the header says thousands, the cells say millions and billions: theirs stand
    found = _verdicts("| Key numbers (in thousands) | 2024 | 2023 |\n|---|---|---|\n"
                      "| Revenues | $39.0 billion | $33.7 billion |\n"
                      "| Net income | $8,712 million | $5,408 million |\n")
    assert found["$39.0 billion"] == ("supported", "revenue")
    assert found["$8,712 million"] == ("supported", "net_income")


def test_tab_separated_table_under_a_title_naming_the_currency():
    # before: the header of a label cell and years was no header, and a tab between cells
    # broke the row: the numbers came out bare
    found = _verdicts("Summary, in millions of USD\n\n"
                      "Item\t2024\t2023\n"
                      "Revenues\t39,001\t33,723\n"
                      "Net income\t8,712\t5,408\n"
                      "Diluted EPS\t19.83\t12.03\n")
    assert found["39,001"] == ("supported", "revenue")
    assert found["5,408"] == ("supported", "net_income")
    assert found["19.83"] == ("supported", "eps_diluted")  # per share: not in millions


def test_flattened_table_excepts_per_share_and_margin_rows():
    # before: "19.83" under "(in $ million)" was $19.83 million, the margin $26.7 million
    found = _verdicts("(in $ million) 2024 2023\n"
                      "Revenues 39,001 33,723\n"
                      "Operating margin 26.7 20.6\n"
                      "Diluted EPS 19.83 12.03\n")
    assert found["39,001"] == ("supported", "revenue")
    assert found["12.03"] == ("supported", "eps_diluted")
    assert "26.7" not in found or found["26.7"][0] in ("not_checkable", "unverifiable")
    assert "26.7" not in found or found["26.7"][1] is None


def test_table_of_one_cell_a_line_under_a_long_caption():
    # before: a caption longer than a header cell was not read, and the table was not either
    found = _verdicts("Selected data (dollars in millions, except per share amounts)\n"
                      "Metric\n2024\n2023\n"
                      "Revenues\n39,001\n33,723\n"
                      "Operating margin\n26.7\n20.6\n"
                      "Diluted earnings per share\n19.83\n12.03\n")
    assert found["39,001"] == ("supported", "revenue")
    assert found["12.03"] == ("supported", "eps_diluted")
    assert "26.7" not in found or found["26.7"][1] is None


def test_a_scale_without_a_currency_makes_no_money_of_a_count():
    # "(in millions)" says nothing of dollars: a row of members stays a bare count
    found = _verdicts("Members (in millions)\n\n"
                      "Item\t2024\t2023\n"
                      "Paid memberships\t301.6\t260.3\n")
    assert all(v[0] != "supported" and v[0] != "drifted" for v in found.values())


def test_dollar_marked_cells_of_a_tab_table_take_the_scale():
    # before: a row whose cells open on "$" was no row of the table, and "$39,001" was read
    # as dollars
    found = _verdicts("Summary ($ in millions)\n"
                      "Item\t2024\t2023\n"
                      "Revenues\t$39,001\t$33,723\n"
                      "Diluted EPS\t$19.83\t$12.03\n")
    assert found["$39,001"] == ("supported", "revenue")
    assert found["$33,723"] == ("supported", "revenue")
    assert found["$19.83"] == ("supported", "eps_diluted")
