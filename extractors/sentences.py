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
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

# Longer than any real sentence: a run of unpunctuated lines (a table of contents printed as
# divs) is cut at line breaks instead of becoming one giant "sentence".
MAX_BLOCK_CHARS = 4000

_LINE_END_RE = re.compile(r"[.!?;:][\"'”’)\]]*$")
_BULLET_RE = re.compile(r"^(?:[•●▪◦·■□➢✓]|\(\d{1,2}\)|\([a-z]\)|\d{1,2}\.\s)")
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


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Every sentence of ``text`` in order (cached: several extractors share one document)."""
    return _split_cached(text)


def sentences_matching(text: str, pattern: re.Pattern) -> list[Sentence]:
    """The sentences containing a match of ``pattern``, in order, each once.

    Searching the whole text with one cheap regex and mapping hits to sentences is far faster
    than testing every sentence of a 1 MB prospectus.
    """
    sentences = split_sentences(text)
    starts = _starts_cached(text)
    found: list[Sentence] = []
    last = -1
    for match in pattern.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and index != last and match.start() < sentences[index].end:
            found.append(sentences[index])
            last = index
    return found


@lru_cache(maxsize=8)
def _split_cached(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        for start, end in _split_block(text, block_start, block_end):
            sentences.append(Sentence(start, end, text[start:end].replace("\n", " ")))
    return tuple(sentences)


@lru_cache(maxsize=8)
def _starts_cached(text: str) -> list[int]:
    return [s.start for s in _split_cached(text)]


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


def _continues(block: str, line: str) -> bool:
    """Does ``line`` carry on the sentence ``block`` left unfinished?"""
    if "\t" in line or "\t" in block[-300:].rsplit("\n", 1)[-1]:
        return False
    if len(block) > MAX_BLOCK_CHARS:
        return False
    if _LINE_END_RE.search(block.rstrip()):
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
    word = re.search(r"[\w.]*$", block[max(0, dot - 12) : dot]).group(0).lower()
    if not word:
        return False
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))
    )


def _trimmed(block: str, offset: int, a: int, b: int) -> tuple[int, int]:
    while a < b and block[a].isspace():
        a += 1
    while b > a and block[b - 1].isspace():
        b -= 1
    return offset + a, offset + b
