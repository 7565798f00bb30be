"""One index per document of what the text extractors look up in its visible text.

Concentration, margins, offering and the XBRL extractor all scan the same ~1 MB text: for
literals, for sentences around them, for the customers it defines, for its reporting period.
``Document.index`` builds a ``TextIndex`` on first use and every extractor of that document
shares it; each part is computed once, on first need, and is dropped with the document (no
module-level memo carries one document's text into the next).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property
from types import MappingProxyType

from extractors.aliases import customer_aliases
from extractors.anchored import AnchoredPattern, ascii_folded, matches_at
from extractors.periodcontext import LazyPeriodContext
from extractors.sentences import Sentence, find_all, sentences_at

# A literal's places are read from those of a shorter literal it opens with when they are no
# more than this: each is checked in place (a few dozen nanoseconds), a scan costs more.
_MOST_CHECKED = 4096


class TextIndex:
    """Lazy views of one text: its ASCII-folded copy, the places of literals in it, anchored
    scans, the sentences holding matches, the customer aliases it defines, its period context."""

    def __init__(self, text: str):
        self.text = text
        self._hits: dict[bytes, list[int]] = {}
        # What readers of other modules derive from the whole text, kept here under their
        # names so that each is computed once per document whoever asks (this module cannot
        # import them): "fiscal_years" (``fiscal_calendar.find_fiscal_years``: the statement
        # and segment readers' column dates, the margin and comparable-sales sentences and the
        # fourth quarter's weeks each asked it), "week_calendar"
        # (``fiscal_calendar.describes_week_calendar``: the fiscal years and the table
        # calendar), "fourth_quarter" (``fiscal_calendar.stated_fourth_quarter``: the same two,
        # through the quarters' weeks), "runs_to_colon" (``count_parts._runs_to_colon``: its
        # table and list readers). Values are read, never changed.
        self.derived: dict[str, object] = {}

    def derive(self, name: str, text: str, read: Callable[[str, TextIndex], object]) -> object:
        """``read(text, self)``, kept under ``name`` in ``derived`` when ``text`` is this
        index's (once per document, whoever asks), else read anew."""
        if text is not self.text:  # an index of another text: nothing of it to share (its
            return read(text, TextIndex(text))  # places and scans are of its own text)
        if name not in self.derived:
            self.derived[name] = read(text, self)
        return self.derived[name]

    @cached_property
    def folded(self) -> bytes:
        """``anchored.ascii_folded(text)``: where the anchors of every scan are looked for."""
        return ascii_folded(self.text)

    def hits(self, literal: bytes) -> list[int]:
        """Every place ``literal`` (lowercase ASCII) stands in the folded text, overlapping
        ones included; found once per literal ("%" serves concentration on every call)."""
        found = self._hits.get(literal)
        if found is None:
            found = self._hits[literal] = self._find(literal)
        return found

    def _find(self, literal: bytes) -> list[int]:
        """``find_all`` of the literal, or the places of a literal it opens with, kept: every
        place of it is one of those, so checking them in place gives the same list without
        another scan of the whole text (a scan costs a millisecond on a 10-K; "day of", "day
        in", "day closest" ... share one of "day ", "fiscal year" those of "fiscal")."""
        cut = literal.find(b" ", 1) + 1  # a phrase: the places of its first word and space
        head = self.hits(literal[:cut]) if 0 < cut < len(literal) else \
            self._hits.get(literal[:-1])  # "weeks" after "week"
        if head is None or len(head) > _MOST_CHECKED:
            return find_all(self.folded, literal)
        folded = self.folded
        return [at for at in head if folded.startswith(literal, at)]

    def scan(self, anchored: AnchoredPattern) -> Iterator[re.Match]:
        """Exactly what ``finditer`` of the patterns as one alternation yields over the text:
        every match starts at an anchor (the pattern's declaration says why), so the patterns
        are tried at the anchors' places only."""
        starts = [at for anchor in anchored.anchors for at in self.hits(anchor)]
        return matches_at(self.text, starts, anchored.patterns)

    def sentences_matching(
        self,
        pattern: AnchoredPattern | re.Pattern,
        block_holds: Callable[[str, int, int], bool] | None = None,
    ) -> list[Sentence]:
        """The sentences holding a match of ``pattern`` (anchored or plain), in order, each
        once; ``block_holds`` as in ``sentences.sentences_at``."""
        if isinstance(pattern, AnchoredPattern):
            matches = self.scan(pattern)
        else:
            matches = pattern.finditer(self.text)
        return sentences_at(self.text, (match.start() for match in matches), block_holds)

    @cached_property
    def aliases(self) -> Mapping[str, str]:
        """The names customers go by -> their defined alias (``aliases.customer_aliases``),
        read-only: concentration and its tables share it."""
        return MappingProxyType(customer_aliases(self.text, self.folded))

    @cached_property
    def period_context(self) -> LazyPeriodContext:
        """The document's period context, itself built only when a sentence needs it. It reads
        this index's places through a weak reference: it is kept on the index, and the bound
        method it held made the pair a cycle, which left every document's index (its text, the
        folded copy, the places of every literal: 16 of the bench's 22 largest documents' still
        held after the last) to the cyclic garbage collector instead of going with the
        document. (A context kept past its index folds the text itself.)"""
        index, text = weakref.ref(self), self.text

        def hits(literal: bytes) -> list[int]:
            found = index()
            return found.hits(literal) if found is not None else \
                find_all(ascii_folded(text), literal)

        return LazyPeriodContext(text, hits)
