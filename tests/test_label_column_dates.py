"""A note's header row whose first day the grid puts in the label column (the row printed
without its empty label cell): "Three Months Ended" over four day cells, the first standing in
the label's place and every other one cell left of its figures. The days are set one cell
right, so the per-share dividend row under them is dated as the filer tags it. Must not fire:
a label-column day beside day cells that are not one even run (a caption's day) moves nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.dates import same_period
from extractors.dispatch import extract_document
from extractors.table_columns import label_dates_shifted
from extractors.table_grid import Cell
from extractors.table_model import Row
from tests.conftest import corpus_file

RETAILER_Q = "10q-10k/10-Q_HD_0000354950-23-000185.html"


def _per_share(use_xbrl: bool) -> dict:
    path = corpus_file(RETAILER_Q)
    facts = extract_document(path.read_bytes(), document=path.name, form="10-Q",
                             use_xbrl=use_xbrl)
    return {(f.period_start, f.period_end): f.value for f in facts
            if f.metric == "dividends_per_share" and f.entity is None
            and any(s.extractor == ("xbrl" if use_xbrl else "tables") for s in f.sources)}


def test_a_rollforward_note_dated_by_its_shifted_days(corpus_dir):
    html, tags = _per_share(False), _per_share(True)
    assert sorted(html.values()) == [Decimal("1.90"), Decimal("2.09"), Decimal("3.80"),
                                     Decimal("4.18")]
    for period, value in html.items():
        assert [v for p, v in tags.items() if same_period(p, period)] == [value]
    assert any(end == date(2023, 7, 30) and value == Decimal("2.09")
               for (_, end), value in html.items())


def _row(label: Cell, *cells: Cell) -> Row:
    return Row(1, label.text, list(cells), [], label)


def test_an_even_run_of_days_is_set_one_cell_right():
    row = _row(Cell("July 30, 2023", 0, 3), Cell("July 31, 2022", 6, 9),
               Cell("July 30, 2023", 12, 15), Cell("July 31, 2022", 18, 21))
    shifted = label_dates_shifted(row, 3, row.cells)
    assert [(c.start, c.end) for c in shifted] == [(3, 6), (9, 12), (15, 18), (21, 24)]


def test_a_caption_day_beside_an_uneven_run_moves_nothing():
    # the label's day is a caption: the days right of it are spaced and sized otherwise
    row = _row(Cell("December 31, 2023", 0, 3), Cell("March 31, 2024", 4, 9),
               Cell("June 30, 2024", 12, 15))
    assert label_dates_shifted(row, 3, row.cells) is None
    # a label that is no day, or a run holding a word, moves nothing either
    words = _row(Cell("Shares in millions", 0, 3), Cell("July 31, 2022", 6, 9))
    assert label_dates_shifted(words, 3, words.cells) is None
    mixed = _row(Cell("July 30, 2023", 0, 3), Cell("Change", 6, 9))
    assert label_dates_shifted(mixed, 3, mixed.cells) is None
