"""The fast literal tests that stand in for case-blind regexes, and the section-free label
reading: each must answer exactly as the slower form it replaces."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from extractors.numbers import parse_number
from extractors.statements import (
    _COMPONENT_ENDS,
    _COMPONENT_REVENUE,
    _has_label_word,
    label_words,
    match_label,
    may_be_statement,
    may_name_metric,
    normalize_label,
)
from extractors.tables import _NCI_RE, _names_noncontrolling


def _label_words_re() -> re.Pattern:
    """The slow form the pre-test stands in for: a case-blind search for the registry's words."""
    return re.compile("|".join(map(re.escape, label_words())), re.I)

_PIECES = ["net", "Net", "TOTAL", "revenue", "Revenues", "sales", "cost of", "Operating",
           "gross", "per share", "diluted", "income", "loss", "(loss)", "attributable to",
           "noncontrolling", "Non-Controlling", "minority interest", "cash", ", net", " ",
           "\u0130", "\u0131", "\u017f", "\u212a", "\u00a0", "(1)", "-", ":"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=6).map("".join)


@given(_texts)
def test_label_words_as_the_regex(text):
    assert _has_label_word(text) == (_label_words_re().search(text) is not None)


@given(_texts)
def test_noncontrolling_as_the_regex(text):
    assert _names_noncontrolling(text) == (_NCI_RE.search(text) is not None)


@given(st.lists(st.sampled_from(["product", "subscription", "&", "-", " ", "revenue", "revenues",
                                  ", net", "s", "net"]), max_size=6).map("".join))
def test_component_pretest_turns_away_only_what_cannot_match(text):
    if _COMPONENT_REVENUE.fullmatch(text) is not None:
        assert text.endswith(_COMPONENT_ENDS)


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
