"""Where a prospectus may state an offering term: the places ``PREFILTER`` matches, found fast.

Split from ``offering``, whose sentences around these places are read for the terms.
"""

from __future__ import annotations

import re

from extractors.anchored import matches_at
from extractors.sentences import ascii_lowered, find_all

PREFILTER = re.compile(
    r"offering\s+price|we\s+are\s+offering|offered\s+by\s+us|outstanding\s+(?:immediately\s+)?"
    r"(?:after|following|upon)|additional\s+shares|net\s+proceeds|price\s+to\s+(?:the\s+)?public"
    r"|between\s+\$",
    re.I,
)


class Prefilter:
    """``PREFILTER.finditer`` (what ``sentences_matching`` asks), found much faster.

    An alternation without a common literal prefix makes sre try every position of a 1 MB
    text. Instead, ``find_all`` (``bytes.find``) locates the literal word each alternative must
    hold in an ASCII-lowered copy (one byte per character, so offsets are the text's), each place is
    checked with ``PREFILTER.match``, and matches overlapping an earlier one are dropped as
    ``finditer`` drops them. Exact for a text without a ``FOLDS_TO_ASCII`` character: every place
    ``PREFILTER`` matches then holds its word in ASCII letters, and matching the pattern on the
    text or its twin on the lowered text (``sentences_matching``) agree.
    """

    def finditer(self, text: str):
        low = ascii_lowered(text)
        starts: set[int] = set()
        for word, back in _WORDS:
            for pos in find_all(low, word):
                starts.add(pos)
                # "we are offering", "net proceeds": the opening words, after whitespace
                if back is not None and pos and text[pos - 1].isspace():
                    start = _words_before(text, pos, back)
                    if start is not None:
                        starts.add(start)
        return matches_at(text, starts, (PREFILTER,))


# The word each alternative of PREFILTER holds, and the words that may open it before it.
_WORDS = (
    (b"offer", ("we", "are")),
    (b"outstanding", None),
    (b"additional", None),
    (b"proceeds", ("net",)),
    (b"price", None),
    (b"between", None),
)


def _words_before(text: str, pos: int, words: tuple[str, ...]) -> int | None:
    """Where ``words`` start if they precede ``pos``, each followed by whitespace."""
    for word in reversed(words):
        end = pos
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end == pos or text[end - len(word) : end].lower() != word:
            return None
        pos = end - len(word)
    return pos
