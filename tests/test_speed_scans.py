"""Whole-text scans rewritten for speed find exactly what the plain patterns found: the count
sentences found from their capital "A", the dot-leader lines from the places of their openings,
and the plain-text table marks looked for only when the tree holds a <pre> or a rowless table;
the cyclic collector paused during a reading and restored after it."""

from __future__ import annotations

import re

from core.dates import WRITTEN_DATE_RE
from extractors import count_prose, plaintext
from extractors.document import parse_document
from tests.random_text import random_texts

# The pattern as it was written before: a word boundary, then "As of" or "At".
_HAD_BEFORE = re.compile(rf"\b(?:As\s+of|At)\s+(?P<date>{WRITTEN_DATE_RE}),?\s+"
                         r"(?:we|the\s+Company)\s+(?:had|served|operated|held|owned)\s+"
                         r"(?P<items>[^.;:]{1,200})")
_HAD_PIECES = ["As of ", "At ", "At", "A", "hAs of ", "_As of ", "1At ", "é", "\xa0", "\n", " ",
               "June 30, 2025", "March 1, 2024", ", ", "we ", "the Company ", "had ", "held ",
               "8,723 full-time employees", " and ", "267,982 Customers", ".", ";", "As  of\t",
               "As of June 30, 2025, we had ", "At March 1, 2024 the Company held ",
               "éAs of June 30, 2025, we had ", "_At March 1, 2024 we owned ", "ÅAt June 30, 2025 "]
_LEADER_PIECES = [".", ". ", "…", "....", ". . . ", "a", " ", "\n", "Common stock offered by us",
                  "7,000,000 shares", "\u2026\u2026", "..."]


def test_count_sentences_are_found_from_their_capital_a():
    for text in random_texts(_HAD_PIECES, seed=11):
        assert [m.span() for m in count_prose._HAD.finditer(text)] == \
            [m.span() for m in _HAD_BEFORE.finditer(text)], text


def test_leader_lines_are_found_where_finditer_finds_them():
    for text in random_texts(_LEADER_PIECES, seed=12):
        for end in (len(text), len(text) // 2, max(0, len(text) - 4)):
            assert plaintext._leader_starts(text, end) == \
                [m.start() for m in plaintext._LEADER.finditer(text, 0, end)], (text, end)


def test_leader_lines_of_the_corpus_are_found_where_finditer_finds_them(corpus_texts):
    for path, text in corpus_texts:
        assert plaintext._leader_starts(text, len(text)) == \
            [m.start() for m in plaintext._LEADER.finditer(text)], path.name


def test_text_tables_are_made_without_the_mark_scan_only_when_none_can_be():
    # a <pre> text table is still made a table; a document with neither a <pre> nor a table
    # without rows reads as before
    pre = ("<html><body><pre>\n                         Year Ended      Year Ended\n"
           "                        September 30,   September 30,\n"
           "                            2008            2007\n"
           "Revenues                    1,200           1,100\n"
           "Net income (loss)             300             250\n</pre></body></html>")
    assert len(parse_document(pre, name="pre.htm").tables) == 1
    plain = "<html><body><table><tr><td>Revenues</td><td>1</td></tr></table></body></html>"
    assert len(parse_document(plain, name="plain.htm").tables) == 1


def test_the_cyclic_collector_is_paused_only_while_a_document_is_read():
    import gc

    from extractors.dispatch import cyclic_collector_paused, extract_document

    html = b"<html><body><p>Revenue was $5 million.</p></body></html>"
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            with cyclic_collector_paused():
                assert not gc.isenabled()
            extract_document(html, document="a.htm")
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
