"""The customer-alias scans (the text's ASCII-folded copy, literal pre-tests) find what the
plain patterns find."""

from __future__ import annotations

from extractors.aliases import (
    _ACCOUNTED_RE,
    _ALIAS_RE,
    _CUSTOMER_WORD_RE,
    _accounted_for,
    _closing_quotes,
    _customer_alias_matches,
    _customer_words,
    _CustomerTest,
)
from extractors.anchored import ascii_folded
from extractors.sentences import find_all
from tests.random_text import random_texts


def _closing_quotes_by_str(text: str) -> list[int]:
    return sorted(find_all(text, '")') + find_all(text, "”)"))


def test_closing_quotes_match_a_plain_search_on_tricky_text():
    pieces = ['")', "”)", "?)", "“)", "é)", '"', ")", "”", "?", "\u0130", "a", " ", "\n", "💡)"]
    for text in random_texts(pieces, seed=7, count=2000):
        assert _closing_quotes(text, ascii_folded(text)) == _closing_quotes_by_str(text), text


def test_closing_quotes_match_a_plain_search_on_the_corpus(corpus_texts):
    for path, text in corpus_texts:
        assert _closing_quotes(text, ascii_folded(text)) == _closing_quotes_by_str(text), path.name


_ALIAS_PIECES = [
    "Customer", "customers", "client", "Clients", "customerx", "_client", "accounted for",
    "accounted\nfor", " ", " ", "\n", ",", '"', "“", "”", ")", "(", '")', "”)", ",”)", "G42",
    "Acme Corp", "the Company", "Group 42 Holding Ltd", "together with its affiliates, ",
    "collectively, ", "the ", "and", "\u0130", "é", "x", "MBZUAI", "Customer A", "of ",
    "Relevant Member\nState", "\u017f", "\u0131", "cu\u017ftomer", "CL\u0131ENT",
    'Acme Corp (the "Acme")', ' ("the Company")', " (“Acme,”)",
    "Group 42 Holding Ltd (together with its affiliates, “G42”)", ' ("G 42 ")', " (“x”)",
]


def _plain_alias_matches(text: str) -> list:
    is_customer = _CustomerTest(text, ascii_folded(text))
    return [m.span() for m in _ALIAS_RE.finditer(text) if is_customer(m["alias"].strip(" ,"))]


def test_alias_matches_are_the_plain_patterns_on_random_text():
    for text in random_texts(_ALIAS_PIECES, seed=6, longest=40):
        folded = ascii_folded(text)
        assert [m.span() for m in _customer_alias_matches(text, folded)] == \
            _plain_alias_matches(text)
        assert _accounted_for(text) == [m.start() for m in _ACCOUNTED_RE.finditer(text)]
        plain = [m.span() for m in _CUSTOMER_WORD_RE.finditer(text)]
        assert sorted(_customer_words(text, folded)) == plain, text


def test_alias_matches_are_the_plain_patterns_on_the_corpus(corpus_texts):
    for _path, text in corpus_texts:
        assert [m.span() for m in _customer_alias_matches(text, ascii_folded(text))] == \
            _plain_alias_matches(text)
