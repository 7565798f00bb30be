"""Limits on the work one input may cause, each a setting with a clear error (issue 14).

Measured before these limits: a 1,000,000-cell table gave 799,226 facts in 92 s and 2.25 GB;
a 300 MB document took 3.6 GB; a 1 MB article with 20,000 numbers ran the warehouse out of
memory saving its claims (5.8 GB). Each check runs before the expensive step, on a cheap
linear scan, and says which setting raises the limit.
"""

from __future__ import annotations

import re

from core.errors import ValidationError

# Table and cell tags (their closing ones too), for a scan of the raw bytes before parsing.
_TABLE_TAGS = re.compile(rb"<(/?)(table|td|th)(?=[\s>/])", re.IGNORECASE)
# An article's figures: every run of digits (a claim is made of one or more of them).
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


class LimitError(ValidationError):
    """An input is larger than a limit allows; the message names the setting."""


def check_document(body: bytes, name: str, settings) -> None:
    """LimitError when a document is too large to read or holds a table too large to read."""
    if len(body) > settings.max_document_bytes:
        raise LimitError(
            f"{name} is {_mib(len(body))}, over the {_mib(settings.max_document_bytes)} "
            "document limit (FILINGCHECK_MAX_DOCUMENT_MB); not read")
    cells = largest_table_cells(body)
    if cells > settings.max_table_cells:
        raise LimitError(
            f"{name} has a table of {cells:,} cells, over the limit of "
            f"{settings.max_table_cells:,} (FILINGCHECK_MAX_TABLE_CELLS); not read")


def largest_table_cells(body: bytes) -> int:
    """The most cells any one table of ``body`` holds (nested tables count apart), from the
    tags alone: one pass, no parse, so a hostile table costs nothing to measure."""
    stack: list[int] = []
    largest = 0
    for match in _TABLE_TAGS.finditer(body):
        closing, tag = match.group(1), match.group(2).lower()
        if tag == b"table":
            if not closing:
                stack.append(0)
            elif stack:
                largest = max(largest, stack.pop())
        elif not closing and stack:
            stack[-1] += 1
    return max([largest, *stack])


def check_facts(count: int, name: str, settings) -> None:
    if count > settings.max_facts_per_document:
        raise LimitError(
            f"{name} gave {count:,} facts, over the limit of "
            f"{settings.max_facts_per_document:,} per document (FILINGCHECK_MAX_FACTS); not "
            "loaded (is it a filing?)")


def check_article_text(text: str, name: str, settings) -> None:
    """LimitError for an article too long to verify or with too many figures to save."""
    if len(text) > settings.max_article_chars:
        raise LimitError(
            f"article {name} is {len(text):,} characters of text, over the limit of "
            f"{settings.max_article_chars:,} (FILINGCHECK_MAX_ARTICLE_CHARS); is it an "
            "article?")
    figures = sum(1 for _ in _FIGURE.finditer(text))
    if figures > settings.max_article_claims:
        raise LimitError(
            f"article {name} holds {figures:,} figures, over the limit of "
            f"{settings.max_article_claims:,} claims per article (FILINGCHECK_MAX_CLAIMS); "
            "verify it in parts")


def _mib(size: int) -> str:
    return f"{size / 2**20:.0f} MiB" if size >= 2**20 else f"{size:,} bytes"
