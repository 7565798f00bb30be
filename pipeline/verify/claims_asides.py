"""An aside in parentheses that closes between two figures of a sentence: "Licence sales came
to $2.1 billion (some 40% of the company's revenue), up 8% on the year" (the class of a recap of
a software maker's quarter). The words inside the aside ("of the company's revenue") say what
the figure inside it is of; they never name what the rate after it is about, which is the figure
before the aside ($2.1 billion: the licence line's revenue, so 8% is that line's growth).
"""

from __future__ import annotations

import re

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_DOWN_WORDS,
    CHANGE_UP_NOUNS,
    CHANGE_UP_WORDS,
)

# what attaches a rate after an aside to the level before it: the way it went, right after the
# aside (", up ", ", increasing ", ", which improved ", ", a decline of "); after other words
# (" and a 30% operating margin") the rate is no change of that level
_ATTACHED = re.compile(
    rf"^\s*,?\s*(?:(?:which|and)\s+)?(?:(?:was|were|is|are|has|have)\s+)?"
    rf"(?:(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS})(?:\s+by)?|an?\s+(?:{CHANGE_UP_NOUNS}|"
    rf"{CHANGE_DOWN_NOUNS})\s+of)\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+)?$",
    re.I)


def _closing(behind: str) -> int | None:
    """Where in ``behind`` (the words since the previous figure) the last parenthesis closes
    that opened before them; None when none does."""
    depth, closed = 0, None
    for at, char in enumerate(behind):
        if char == "(":
            depth += 1
        elif char == ")":
            if depth:
                depth -= 1
            else:
                closed = at
    return closed


def outside_aside(behind: str) -> str:
    """The words since the previous figure after the aside it stood in closes: the aside's
    words ("(14% sequential increase), with 72.4% gross margin", a chip maker's quarter in a
    blog's bullets) are about the figure inside it, never the one after it."""
    closed = _closing(behind)
    return behind if closed is None else behind[closed + 1:]


def _opening(text: str, close: int) -> int | None:
    """Where the parenthesis that closes at ``close`` of the sentence opened; None if none."""
    depth = 0
    for at in range(close - 1, -1, -1):
        if text[at] == ")":
            depth += 1
        elif text[at] == "(":
            if not depth:
                return at
            depth -= 1
    return None


def before_aside(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, str] | None:
    """The figure a sentence's i-th figure follows across an aside, and the words between them
    without the aside: (the index of the last figure before the parenthesis that closes between
    the figure before and this one, its words since that figure outside the parenthesis); None
    when no aside closes there, no figure of the sentence stands before it, or the words after
    the aside do not attach the figure to it. ``spans``: the sentence's figures' spans, in
    order."""
    if i == 0:
        return None
    start = spans[i - 1][1]
    closed = _closing(text[start:spans[i][0]])
    if closed is None:
        return None
    opened = _opening(text, start + closed)
    if opened is None:
        return None
    before = [j for j in range(i - 1) if spans[j][1] <= opened]
    after = text[start + closed + 1:spans[i][0]]
    if not before or not _ATTACHED.match(after):
        return None
    return before[-1], text[spans[before[-1]][1]:opened] + after
