"""The customer-alias scans read a shared ASCII copy of the text: the same places as str.find."""

from __future__ import annotations

import random

from extractors.aliases import _closing_quotes
from extractors.document import parse_document
from extractors.sentences import find_all


def _closing_quotes_by_str(text: str) -> list[int]:
    return sorted(find_all(text, '")') + find_all(text, "”)"))


def test_closing_quotes_match_a_plain_search_on_tricky_text():
    pieces = ['")', "”)", "?)", "“)", "é)", '"', ")", "”", "?", "\u0130", "a", " ", "\n", "💡)"]
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(30)))
        assert _closing_quotes(text) == _closing_quotes_by_str(text), text


def test_closing_quotes_match_a_plain_search_on_the_corpus(corpus_dir):
    for path in sorted(corpus_dir.glob("*/*.htm*"))[:40]:
        text = parse_document(path.read_bytes(), name=path.name).text
        assert _closing_quotes(text) == _closing_quotes_by_str(text), path.name
