"""Long articles: an article of many flattened tables is read in time linear in its length.
Found on a long recap (83 KB of tables and lists) whose claim extraction took minutes: whether
a table's quarter columns are fiscal ones was decided by reading every period phrase of the
text before each table line again. The tests count the characters the period reader is handed,
never time, and check that the decision itself is unchanged."""

from __future__ import annotations

from pipeline.verify import claims_context
from pipeline.verify.claims import extract_claims
from tests.test_claims import article

# the project's own paraphrase of a results table flattened into lines
_BLOCK = ("Results of fiscal 3Q17\n\n(in $ millions) 3Q16 3Q17 9M16 9M17\n"
          "Revenue 2,595 2,674 8,506 8,365\nNet income (21) 194 178 658\n\n")


def _read_characters(monkeypatch, text: str) -> int:
    handed: list[int] = []
    reader = claims_context.find_periods

    def counting(passage: str):
        handed.append(len(passage))
        return reader(passage)

    monkeypatch.setattr(claims_context, "find_periods", counting)
    extract_claims(article(text))
    return sum(handed)


def test_an_article_of_many_tables_hands_the_period_reader_each_character_a_few_times(
        monkeypatch):
    text = _BLOCK * 40
    # before: the text before every table line, again and again (about 70 times the text)
    assert _read_characters(monkeypatch, text) < 8 * len(text)


def test_a_fiscal_period_named_before_a_table_still_makes_its_columns_fiscal():
    found = {c.text: c for c in extract_claims(article(_BLOCK * 3)) if c.value is not None}
    assert found["2,595"].period_label == "fiscal Q3 2016"
    assert found["8,365"].period_label == "fiscal 9M 2017"


def test_a_fiscal_period_named_only_after_a_table_does_not():
    table = _BLOCK.replace("Results of fiscal 3Q17\n\n", "")
    text = "Quarterly results\n\n" + table + "Outlook for fiscal 2018 follows.\n"
    found = {c.text: c for c in extract_claims(article(text)) if c.value is not None}
    assert not found["2,595"].period_label.startswith("fiscal")
