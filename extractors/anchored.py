"""``finditer`` run only where a match can start.

A case-insensitive pattern, or an alternation with no common literal prefix, makes sre try every
position of a 1 MB text. When every match must start at a place a cheap scan finds (a literal in
the shared ASCII-lowered copy, found with ``bytes.find``), trying the patterns at those places
alone gives what ``finditer`` gives: the scanners of concentration, margins and offering say
why that holds for theirs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


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
