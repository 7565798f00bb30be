"""A blog's pointer to a story of its own, in parentheses after a sentence's figure: `... rose 5%
on the year (see "Acme Sales Drop 4% in Q2 2024, with Bright Spots in Services," 3 May 2024)`.

The title in quotes is another story's headline, about another period: its figures are that
story's, never this article's (they are left unread, saying why), and the periods its words
name date nothing of the sentence around it nor carry to the sentences after it (a Mac blog's
recap of a device maker's quarter read its every later figure as the quarter a year before).
The sentence is read with the pointer blanked out, so the spans of its other figures stand.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from core.verdicts import Article, Claim
from pipeline.verify.claims_context import Sentence

# "(see "Title," 3 May 2024)", "(Read: “Title”)", "(related: "Title")": a pointing word, a
# title in quotes, and at most a date or an outlet's name after it
_POINTER = re.compile(r"\(\s*(?:see(?:\s+also)?|also\s+see|read(?:\s+more)?|also\s+read|related|"
                      r"previously)\s*:?\s*[\"“][^\"“”()]{3,200}[\"”][^\"“”()]{0,40}\)", re.I)
REASON = ("a figure of the title of another story the article points to in parentheses (“{}”), "
          "not one of this article's")

def blank_pointers(sentence: Sentence) -> tuple[Sentence, Sentence | None]:
    """(the sentence with its pointers to other stories blanked out, the sentence as written
    when it holds one, else None)."""
    text = sentence.text
    for found in _POINTER.finditer(sentence.text):
        start, end = found.span()
        text = text[:start] + " " * (end - start) + text[end:]
    return (sentence, None) if text == sentence.text else (replace(sentence, text=text), sentence)


def with_pointed(found: list[Claim], written: Sentence | None, read: Callable[..., tuple],
                 article: Article, *args) -> list[Claim]:
    """The sentence's claims read with its pointers blanked, and the figures inside a pointer
    (``read(article, written, *args)``, the sentence as written) left unread."""
    if written is None:
        return found
    spans = [m.span() for m in _POINTER.finditer(written.text)]
    pointed = [replace(c, metric=None, basis=None, entity=None, readings=(),
                       unread_why=REASON.format(_title(written.text, c)))
               for c in read(article, written, *args)[0] if _within(c, written, spans)]
    return sorted(found + pointed, key=lambda c: c.span)


def _within(claim: Claim, sentence: Sentence, spans: list[tuple[int, int]]) -> bool:
    at = claim.span[0] - sentence.start
    return any(start <= at < end for start, end in spans)


def _title(text: str, claim: Claim) -> str:
    """The quoted title the claim's figure stands in."""
    for found in _POINTER.finditer(text):
        title = re.search(r"[\"“]([^\"“”]+)[\"”]", found.group())
        if title and claim.text in title.group(1):
            return title.group(1).rstrip(",. ")
    return claim.text
