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

_END = b""  # marks a node where a word ends


def any_word(words: Iterable[bytes]) -> re.Pattern[bytes]:
    """A pattern whose ``search(text)`` finds a match exactly when one of ``words`` is a
    substring of ``text`` (bytes, matched as they are: no case folding)."""
    root: dict = {}
    for word in words:
        node = root
        for at in range(len(word)):
            node = node.setdefault(word[at:at + 1], {})
        node[_END] = {}
    if not root:
        return re.compile(b"(?!)")  # no word: never found
    return re.compile(_alternatives(root))


def _alternatives(node: dict) -> bytes:
    """The pattern of a trie node: empty where a word ends (a text that holds the longer
    words through it holds that word too), else its branches."""
    if _END in node:
        return b""
    branches = [re.escape(byte) + _alternatives(child) for byte, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
