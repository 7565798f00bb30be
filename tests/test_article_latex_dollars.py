"""A page whose renderer took its dollar signs for inline-mathematics delimiters prints them as
"\\(" and "\\)" in turn; read as written, a comparison's base lost its "from" and was compared
with the period's own figure. Sentences written for these tests, about a made-up company."""

from __future__ import annotations

from datetime import date

from pipeline.verify.article import read_article
from tests.conftest import release_revenue, verify_text

_QUARTER = (date(2024, 7, 1), date(2024, 9, 30))


def _verdicts(tmp_path, text: str) -> dict:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    facts = [release_revenue("812400000", _QUARTER)]
    return {k: v.verdict for k, v in verify_text(read_article(path).text, facts).items()}


def test_a_math_delimiter_before_a_figure_is_its_dollar_sign(tmp_path):
    got = _verdicts(tmp_path, "In the third quarter of 2024, Widgetco posted net sales of "
                              "\\(812.4 million, up from \\)790.0 million a year earlier.")
    assert got == {"$812.4 million": "supported", "$790.0 million": "unverifiable"}


def test_a_formula_s_delimiters_stay(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("The ratio \\( x / y \\) rose; sales were $812.4 million.", encoding="utf-8")
    assert read_article(path).text == "The ratio \\( x / y \\) rose; sales were $812.4 million."
