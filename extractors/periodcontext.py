"""The document's period context, built only when a sentence needs it, and built cheaply.

``textperiods.document_period_context`` reads the whole document with case-insensitive
patterns (which sre tries at every position of a 1 MB text): ~0.5x a bare parse. Most
sentences never need it: a phrase with dates resolves the same without it. It matters only for
fiscal parts named without dates ("the second quarter of fiscal year 2026") and for week-calendar
date lists ("July 27, 2025 and 2024", whose second end is looked up among the stated dates).
``LazyPeriodContext.periods`` reads a sentence without the context first and builds the context
only when the sentence holds either; ``period_context`` builds the same ``PeriodContext`` as
``document_period_context`` but runs each whole-text pattern only near a literal anchor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from core.dates import is_week_calendar
from extractors.anchored import ascii_folded
from extractors.sentences import find_all, merged_windows
from extractors.textperiods import (
    CURRENT_PERIOD_RE,
    YEAR_TO_DATE,
    PeriodContext,
    PeriodPhrase,
    find_dates,
    find_periods,
    fiscal_quarter_re,
    parse_date,
    year_to_date_re,
)

# Words that make find_periods consult the context's current period (a superset of its
# fiscal-part pattern: any "quarter", "half", "first three/six/nine months").
_PART_WORDS = re.compile(r"quarter|half|first\s+(?:three|six|nine)\s+months", re.I)
# Document.text folds whitespace (a run is at most " \t\n"), so a phrase such as "nine months
# ended September 30, 2025" reaches at most these many characters past its first word.
_BEFORE, _AFTER = 1, 120


class LazyPeriodContext:
    """The period context of one document text, computed on first need."""

    def __init__(self, text: str, hits: Callable[[bytes], list[int]] | None = None):
        self.text = text
        self._hits = hits  # the document index's literal places, when it has one
        self._ctx: PeriodContext | None = None

    def periods(self, sentence: str) -> list[PeriodPhrase]:
        """``find_periods(sentence, document context)``, building the context only if it can
        change the answer."""
        plain = find_periods(sentence)
        week = any(
            end is not None and is_week_calendar(end)
            for phrase in plain
            for _, end in phrase.periods
        )
        if not week and not _PART_WORDS.search(sentence):
            return plain
        if self._ctx is None:
            self._ctx = period_context(self.text, self._hits)
        return find_periods(sentence, self._ctx)


def period_context(text: str, hits: Callable[[bytes], list[int]] | None = None) -> PeriodContext:
    """Equal to ``document_period_context(text)``; case-insensitive scans run near anchors.
    ``hits(word)`` gives every place of a lowercase word in the text's ASCII-folded copy (the
    document index's, shared with the other extractors); without it the text is folded once."""
    if hits is None:
        folded = ascii_folded(text)
        hits = lambda word: find_all(folded, word)  # noqa: E731 (the index's signature)
    stated = frozenset(d for d in map(parse_date, set(find_dates(text))) if d)  # each once
    match = CURRENT_PERIOD_RE.search(text[:20000])
    end = parse_date(match.group(1)) if match else None
    if end is None:
        return PeriodContext(stated_dates=stated)
    quarter = 1
    for word, q in YEAR_TO_DATE:
        if next(_near(year_to_date_re(word, end), text, hits(word.encode())), None):
            quarter = q
            break
    ordinal, pattern = fiscal_quarter_re(quarter)
    years = [int(m.group(1)) for m in _near(pattern, text, hits(ordinal.encode()))]
    return PeriodContext(end, quarter, max(years) if years else None, stated)


def _near(pattern: re.Pattern, text: str, hits: list[int]):
    """``pattern.finditer(text)`` for matches that start at one of ``hits`` (the places of the
    word they start with, in any casing): the pattern runs only in merged windows around them
    (sre still sees the characters before a window, so ``\\b`` reads the same)."""
    for start, end in merged_windows(hits, _BEFORE, _AFTER):
        yield from pattern.finditer(text, start, end)
