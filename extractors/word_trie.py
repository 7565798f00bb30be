"""One pattern that finds whether any of many words stands in a text, for the pre-tests that
ask it of every table's text.

``any(word in text for word in words)`` scans the whole text once per word when none stands
in it, which is the answer for most tables (the key-metric words are in one table of six):
over the largest filings' tables that came to a tenth of a bare parse. A regular expression
whose alternatives share their prefixes (a trie: "average (?:assets|deposits|loans)") is
tried once per position, where libsre skips the positions no word can open at and rejects
most others on their first byte: the same answer in a third of the time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import AnyStr


def any_word(words: Iterable[AnyStr], empty: AnyStr = b"") -> re.Pattern[AnyStr]:
    """A pattern whose ``search(text)`` finds a match exactly when one of ``words`` is a
    substring of ``text`` (matched as they are: no case folding). ``empty``: "" for words of
    text, b"" (the default) for bytes."""
    root: dict = {}
    for word in words:
        node = root
        for at in range(len(word)):
            node = node.setdefault(word[at:at + 1], {})
        node[None] = {}  # a word ends here
    if not root:
        return re.compile("(?!)" if isinstance(empty, str) else b"(?!)")  # never found
    return re.compile(_alternatives(root, empty))


def _alternatives(node: dict, empty: AnyStr) -> AnyStr:
    """The pattern of a trie node: empty where a word ends (a text that holds the longer
    words through it holds that word too), else its branches."""
    if None in node:
        return empty
    branches = [re.escape(piece) + _alternatives(child, empty)
                for piece, child in sorted(node.items())]
    if len(branches) == 1:
        return branches[0]
    bar, opening, closing = ("|", "(?:", ")") if isinstance(empty, str) else (b"|", b"(?:", b")")
    return opening + bar.join(branches) + closing
