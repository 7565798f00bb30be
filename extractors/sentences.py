"""Split a document's visible text into sentences with character spans.

``Document.text`` puts every block element on its own line, but filings break sentences across
blocks all the time: page layout wraps a paragraph into one ``<p>`` per printed line, a drop-cap
word sits in its own block ("We" / "accounted for ..."), a summary table printed as divs puts the
label and its value on separate lines ("Common stock to be outstanding after this offering" /
"19,505,119 shares"). So a line break ends a sentence only when the line already ends like a
sentence (terminal punctuation) or when either line is a table row (tab-separated cells), whose
cells must not bleed into prose. Within a block, sentences end at ``.``/``!``/``?`` followed by a
capital, unless the word before the period is an abbreviation or an initial ("Inc.", "U.S.").

``Sentence.text`` is the span's text with newlines folded to spaces: same length, so offsets into
it are offsets into the document text shifted by ``start``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.facts import Source

# Longer than any real sentence: a run of unpunctuated lines (a table of contents printed as
# divs) is cut at line breaks instead of becoming one giant "sentence".
MAX_BLOCK_CHARS = 4000

# A line ends like a sentence when, trailing whitespace and closing quotes or brackets aside, it
# ends in one of _TERMINALS (tested with rstrip: a regex search scans a whole 4000-char block).
_TERMINALS = ".!?;:"
_CLOSERS = "\"'”’)]"
_BULLET = r"(?:[•●▪◦·■□➢✓]|\(\d{1,2}\)|\([a-z]\)|\d{1,2}\.\s)"
_BULLET_RE = re.compile("^" + _BULLET)
# _BULLET_RE.match(line.lstrip()) without copying the line: \s is what lstrip strips, and no
# bullet opens with whitespace, so the greedy \s* has nothing to give back
_INDENTED_BULLET_RE = re.compile(r"\s*" + _BULLET)
_TERMINAL_RE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9$])")
_ABBREVIATIONS = frozenset(
    "inc ltd co corp no nos mr mrs ms dr jr sr st vs approx e.g i.e u.s u.k n.a "
    "jan feb mar apr jun jul aug sep sept oct nov dec fig sec art ref ex est dept".split()
)


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` is ``doc_text[start:end]`` with newlines folded to spaces."""

    start: int
    end: int
    text: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def source(self, document: str, extractor: str, version: str) -> Source:
        """Provenance of a figure read from this sentence: its span and its text."""
        return Source(document=document, extractor=extractor, extractor_version=version,
                      span=self.span, text=self.text)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` in order."""
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        for start, end in _split_block(text, block_start, block_end):
            sentences.append(Sentence(start, end, text[start:end].replace("\n", " ")))
    return tuple(sentences)


def sentences_matching(text: str, pattern: re.Pattern, block_holds=None) -> list[Sentence]:
    """The sentences containing a match of ``pattern``, in order, each once (see
    ``sentences_at``; a document's extractors ask ``Document.index.sentences_matching``)."""
    return sentences_at(text, (match.start() for match in pattern.finditer(text)), block_holds)


def sentences_at(text: str, positions: Iterable[int], block_holds=None) -> list[Sentence]:
    """The sentences holding ``positions`` (increasing), in order, each once.

    Finding the places with one cheap scan and splitting only the blocks around them is far
    faster than splitting (or testing) every sentence of a 1 MB prospectus; the blocks found
    are exactly those a whole-text split finds (see ``_Splitter``).

    ``block_holds(text, start, end)``, when given, is asked of each block before it is split:
    a block it answers False for gives no sentence (for callers to whom no sentence of such a
    block can matter: it is theirs to make that exact).
    """
    splitter = _Splitter(text, block_holds)
    found: list[Sentence] = []
    for pos in positions:
        sentence = splitter.sentence_at(pos)
        if sentence is not None and (not found or found[-1] is not sentence):
            found.append(sentence)
    return found


def find_all(text: str | bytes, literal: str | bytes) -> list[int]:
    """Every position where ``literal`` starts in ``text`` (overlapping ones included), found
    with ``str.find``/``bytes.find``: far faster than a regex that gives sre no literal prefix."""
    found = []
    at = text.find(literal)
    while at >= 0:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def merged_windows(places: list[int], before: int, after: int) -> list[tuple[int, int]]:
    """The spans ``before`` characters ahead of and ``after`` past each of the (ascending)
    places, those that touch or overlap merged, so a pattern runs over each stretch once."""
    windows: list[list[int]] = []
    for at in places:
        start, end = max(0, at - before), at + after
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [(s, e) for s, e in windows]


def sentences_between(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of every block overlapping ``text[start:end]`` (a superset of those that
    overlap the range; callers filter), without splitting the rest of the document."""
    splitter = _Splitter(text)
    found: list[Sentence] = []
    for block_start, block_end in splitter.blocks_over(start, end):
        found += splitter.block_sentences(block_start, block_end)
    return found


class _Splitter:
    """Block-by-block splitting that starts anywhere, matching ``_blocks`` over the whole text.

    Whether a line continues the block before it depends on that block's length, i.e. on
    history; but a line after a line ending like a sentence, or next to a table row, or opening
    with a bullet, starts a block whatever came before (``_hard_start``). Backing up to such a
    line and grouping forward from there gives exactly the whole-text blocks.
    """

    def __init__(self, text: str, block_holds=None):
        self.text = text
        self.block_holds = block_holds  # see ``sentences_at``
        self.frontier = 0  # a known block start (or past the end): everything before is grouped
        self.known: list[tuple[int, int]] = []  # the blocks grouped last, in order
        self.split: dict[tuple[int, int], list[tuple[int, int]]] = {}  # block -> sentence spans
        self.made: dict[tuple[int, int], Sentence] = {}  # span -> its one Sentence

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding ``pos`` (positions must come in increasing order); one object
        per sentence, however many positions it holds. Only the spans of a block are split
        out: a Sentence (a copy of its text) is made for the sentences asked for."""
        if pos >= self.frontier:
            self.known = self.blocks_over(pos, pos + 1)
        while self.known and self.known[0][1] <= pos:
            self.known.pop(0)
        if not self.known or pos < self.known[0][0]:
            return None
        block = self.known[0]
        if block not in self.split:
            wanted = self.block_holds is None or self.block_holds(self.text, *block)
            self.split[block] = list(_split_block(self.text, *block)) if wanted else []
        span = next((span for span in self.split[block] if span[0] <= pos < span[1]), None)
        if span is not None and span not in self.made:
            self.made[span] = Sentence(*span, self.text[span[0] : span[1]].replace("\n", " "))
        return self.made.get(span)

    def blocks_over(self, start: int, end: int) -> list[tuple[int, int]]:
        """Consecutive exact blocks from one starting at or before ``start`` through the block
        holding ``end - 1``; advances the frontier past them."""
        text = self.text
        line_start = self._hard_start(start)
        blocks: list[tuple[int, int]] = []
        current: tuple[int, int] | None = None
        last = ""  # the current block's last line: all ``_continues`` reads of it (see there)
        while line_start <= len(text):
            line_end = text.find("\n", line_start)
            line_end = len(text) if line_end < 0 else line_end
            line = text[line_start:line_end]
            if line and not line.isspace():  # line.strip(), without the copy
                if current is not None and _continues_after(last, current, line):
                    current = (current[0], line_end)
                else:
                    if current is not None:
                        blocks.append(current)
                        if line_start >= end:
                            self.frontier = max(self.frontier, line_start)
                            return blocks
                    current = (line_start, line_end)
                last = line
            line_start = line_end + 1
        if current is not None:
            blocks.append(current)
        self.frontier = len(text) + 1
        return blocks

    def _hard_start(self, pos: int) -> int:
        """The start of a line at or before ``pos`` that surely starts a block, or the frontier
        (a known block start) when backing up reaches it."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        while line_start > self.frontier:
            line = text[line_start : _line_end(text, line_start)]
            prev_start = line_start
            prev = ""
            while not prev.strip() and prev_start > self.frontier:  # blank lines never count
                prev_end = prev_start - 1
                prev_start = text.rfind("\n", 0, prev_end) + 1
                prev = text[prev_start:prev_end]
            if not prev.strip():  # nothing but blanks back to the frontier
                return self.frontier
            if line.strip() and _hard_break(prev, line):
                return line_start
            line_start = prev_start
        return self.frontier

    def block_sentences(self, start: int, end: int) -> tuple[Sentence, ...]:
        text = self.text
        return tuple(
            Sentence(a, b, text[a:b].replace("\n", " ")) for a, b in _split_block(text, start, end)
        )


def _continues_after(last: str, block: tuple[int, int], line: str) -> bool:
    """``_continues(text[block[0]:block[1]], line)`` read from the block's last (non-blank)
    line and its span, without copying the block for every line added to it: the tab test
    reads the last line's last 300 characters; and the block, stripped of trailing blanks and
    closers, ends as the last line does (a last line of closers alone strips back to a space or
    the newline before it, no terminal either way)."""
    return block[1] - block[0] <= MAX_BLOCK_CHARS and not _hard_break(last, line)


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _hard_break(prev: str, line: str) -> bool:
    """``line`` starts a block after the non-blank ``prev`` however long the block is (the
    history-free conditions of ``_continues``)."""
    return bool(
        "\t" in line
        or "\t" in prev[-300:]
        or _ends_sentence(prev)
        or _INDENTED_BULLET_RE.match(line)
    )


def _lines(text: str):
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Group lines into runs that may hold one sentence across line breaks."""
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for start, end in _lines(text):
        line = text[start:end]
        if not line.strip():
            continue
        if current is not None and _continues(text[current[0] : current[1]], line):
            current = (current[0], end)
            continue
        if current is not None:
            blocks.append(current)
        current = (start, end)
    if current is not None:
        blocks.append(current)
    return blocks


def _ends_sentence(line: str) -> bool:
    line = line.rstrip().rstrip(_CLOSERS)
    return line != "" and line[-1] in _TERMINALS


def _continues(block: str, line: str) -> bool:
    """Does ``line`` carry on the sentence ``block`` left unfinished?"""
    if "\t" in line or "\t" in block[-300:].rsplit("\n", 1)[-1]:
        return False
    if len(block) > MAX_BLOCK_CHARS:
        return False
    if _ends_sentence(block):
        return False
    return not _BULLET_RE.match(line.lstrip())


def _split_block(text: str, start: int, end: int):
    block = text[start:end]
    cursor = 0
    for match in _TERMINAL_RE.finditer(block):
        if _is_abbreviation(block, match.start()):
            continue
        yield _trimmed(block, start, cursor, match.end())
        cursor = match.end()
    if cursor < len(block):
        yield _trimmed(block, start, cursor, len(block))


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    word = _WORD_BEFORE_RE.search(block[max(0, dot - 12) : dot]).group(0).lower()
    if not word:
        return False
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or bool(_INITIALS_RE.fullmatch(word))
    )


_WORD_BEFORE_RE = re.compile(r"[\w.]*$")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")


def _trimmed(block: str, offset: int, a: int, b: int) -> tuple[int, int]:
    while a < b and block[a].isspace():
        a += 1
    while b > a and block[b - 1].isspace():
        b -= 1
    return offset + a, offset + b
