"""The fast literal tests that stand in for case-blind regexes, and the section-free label
reading: each must answer exactly as the slower form it replaces."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from extractors.numbers import parse_number
from extractors.statements import (
    label_words,
    match_label,
    may_be_statement,
    may_name_metric,
    normalize_label,
)
from extractors.table_readings import NCI_RE, names_noncontrolling


def _label_words_re() -> re.Pattern:
    """The slow form the pre-test stands in for: a case-blind search for the registry's words."""
    return re.compile("|".join(map(re.escape, label_words())), re.I)

_PIECES = ["net", "Net", "TOTAL", "revenue", "Revenues", "sales", "cost of", "Operating",
           "gross", "per share", "diluted", "income", "loss", "(loss)", "attributable to",
           "noncontrolling", "Non-Controlling", "minority interest", "cash", ", net", " ",
           "\u0130", "\u0131", "\u017f", "\u212a", "\u00a0", "(1)", "-", ":"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)


_SECTIONS = ("", "Revenues:", "Net income per share:", "Operating expenses:")


@given(_texts)
def test_a_label_the_pretest_turns_away_names_no_metric_under_any_section(text):
    if not may_name_metric(text):
        assert all(match_label(text, section) is None for section in _SECTIONS), text
    if text.isascii() and not set(text) & set("($*"):
        # on plain ASCII the pre-test is exactly a case-blind search for the registry's words
        assert may_name_metric(text) == (_label_words_re().search(text) is not None)


@given(_texts)
def test_noncontrolling_as_the_regex(text):
    assert names_noncontrolling(text) == (NCI_RE.search(text) is not None)


_COMPONENT_ENDS = ("revenue", "revenues", "revenue, net", "revenues, net")


@given(st.lists(st.sampled_from(["product", "subscription", "&", "-", " ", "revenue", "revenues",
                                  ", net", "s", "net"]), max_size=6).map("".join))
def test_a_component_revenue_line_ends_in_revenue(text):
    match = match_label(text)
    if match is not None and match.component:
        assert normalize_label(text).endswith(_COMPONENT_ENDS)


def test_a_label_reads_the_same_under_any_section_but_total_and_diluted():
    assert match_label("Net income", "Operating expenses:") == match_label("Net income")
    assert match_label("Total", "Revenues:") is not None
    assert match_label("Total", "Operating expenses:") is None
    assert match_label("Diluted", "Net income per share:") is not None
    assert match_label("Diluted", "Shares used in computing per share amounts:") is None


def test_parse_number_signs_without_a_prefix():
    assert parse_number("1,234)") is None  # a ")" that no "(" opened
    assert parse_number("1,234%").is_percent
    assert str(parse_number("(1,234.5)").value) == "-1234.5"
    assert str(parse_number("\u2212 12").value) == "-12"


_SPLIT_PIECES = ["ne", "t", "to", "tal", "reve", "nue", "sa", "les", "gro", "ss", "dilu", "ted",
                 " income", " profit", "(1)", "(a)", "$", "*", "\u2020", "\u00b9",
                 "(including x)", "\u0130", "\u017f", " "]


@given(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=6).map("".join))
def test_metric_pretest_turns_away_only_what_cannot_match(text):
    # every label pattern needs a label word in the normalised label
    if not may_name_metric(text):
        assert _label_words_re().search(normalize_label(text)) is None


def test_metric_pretest_lets_through_words_a_footnote_splits():
    # "ne(1)t income" names net income once its footnote goes (the words test alone said no).
    assert match_label("ne(1)t income") is not None
    assert may_be_statement(["ne(1)t income", "Total revenue"])
