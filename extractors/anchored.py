"""Anchored scans: ``finditer`` run only where a match can start.

A case-insensitive pattern, or an alternation with no common literal prefix, makes sre try every
position of a 1 MB text. When every match must start at a literal word (its anchor), a
``bytes.find`` scan of the text's ASCII-folded copy (``ascii_folded``) finds those places far
faster, and trying the patterns there alone gives what ``finditer`` gives. An extractor declares
that once, next to its regex, as an ``AnchoredPattern``; ``TextIndex.scan`` runs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# The only non-ASCII characters IGNORECASE matches to an ASCII letter (checked over every code
# point): dotted and dotless i, long s, the Kelvin sign.
FOLDS_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


@dataclass(frozen=True)
class AnchoredPattern:
    """``patterns`` (tried in order at each place, the first that matches wins) whose every
    match starts where one of ``anchors`` (lowercase ASCII bytes) stands in ``ascii_folded``
    of the text. The declaring module says why that holds: it is what makes the scan exact."""

    anchors: tuple[bytes, ...]
    patterns: tuple[re.Pattern, ...]


def ascii_folded(text: str) -> bytes:
    """The text as lowercase ASCII bytes, one byte per character (so offsets are the text's):
    every character an IGNORECASE pattern matches to an ASCII letter stands as that letter,
    any other non-ASCII character as "?". A literal an IGNORECASE pattern matches in the text
    therefore stands, lowercased, at the same place here, and ``bytes.find`` scans one byte per
    character even where the text holds wide ones (a curly quote makes every character of a
    str two bytes wide)."""
    for char, letter in FOLDS_TO_ASCII.items():
        if char in text:
            text = text.replace(char, letter)
    return text.encode("ascii", "replace").lower()


def matches_at(text: str, starts: Iterable[int], patterns: tuple[re.Pattern, ...]
               ) -> Iterator[re.Match]:
    """The matches of ``patterns`` (the first that matches at a place) at ``starts``, as
    ``finditer`` reports them: by position, each place once, none overlapping an earlier
    match."""
    last_end = 0
    for start in sorted(set(starts)):
        if start < last_end:
            continue
        for pattern in patterns:
            match = pattern.match(text, start)
            if match is not None:
                last_end = match.end()
                yield match
                break
