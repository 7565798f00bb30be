"""``word_trie.any_word``: one pattern that finds a text holding any of many words exactly when
``any(word in text for word in words)`` does (the tables' pre-tests rely on it)."""

import random

from extractors.statement_kinds import _row_words
from extractors.table_filters import _keyword_groups
from extractors.word_trie import any_word

WORDS = (b"average loans", b"average assets", b"loans", b"net (loss", b"non-gaap", b"1,149",
         b"1,149.", b"tier 1", b"fte", b"per share", b"per selling square")


def _brute(words, text: bytes) -> bool:
    return any(word in text for word in words)


def test_finds_each_word_and_nothing_else():
    pattern = any_word(WORDS)
    for word in WORDS:
        assert pattern.search(b"xx " + word + b" yy") is not None
    for text in (b"", b"average", b"average loan", b"net loss", b"non gaap", b"1,14", b"1.149",
                 b"tier one", b"ft e", b"per shar"):
        assert pattern.search(text) is None, text


def test_regex_characters_are_literal():
    pattern = any_word([b"net (loss", b"1,149."])
    assert pattern.search(b"net (loss) for the year") is not None
    assert pattern.search(b"net loss") is None
    assert pattern.search(b"1,149x") is None  # "." is no wildcard
    assert pattern.search(b"$1,149.3") is not None


def test_no_words_never_match_and_an_empty_word_always_does():
    assert any_word([]).search(b"anything") is None
    assert any_word([b"", b"loans"]).search(b"") is not None


def test_shared_prefixes_are_tried_once():
    pattern = any_word([b"average loans", b"average assets"]).pattern
    assert pattern.count(b"average") == 1


def test_agrees_with_the_plain_test_on_random_texts():
    words = [w for group in _keyword_groups() for w in group] + list(_row_words("kpi"))
    alphabet = sorted({byte for word in words for byte in word}) + [ord("x"), ord("\n")]
    pattern = any_word(words)
    rng = random.Random(11)
    for _ in range(3000):
        text = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.3:  # plant a word, sometimes cut short
            word = rng.choice(words)
            text += word[:rng.randint(len(word) - 1, len(word))]
        assert (pattern.search(text) is not None) == _brute(words, text), text


def test_words_of_text():
    pattern = any_word(["average loans", "loans", "net (loss"], "")
    assert pattern.search("total average loans") is not None
    assert pattern.search("net (loss) per share") is not None
    assert pattern.search("net loss") is None
    assert any_word([], "").search("anything") is None


def test_label_words_read_as_the_loop_did():
    from extractors.statements import _has_label_word, label_words

    for kind in ("income", "kpi", "cash_flow", "balance"):
        words = label_words(kind)
        for label in ("Total revenues", "Net income (loss)", "Average loans", "Paid memberships",
                      "Accrued liabilities", "Depreciation", "Cash and cash equivalents", ""):
            assert _has_label_word(label, kind) == any(w in label.lower() for w in words)
