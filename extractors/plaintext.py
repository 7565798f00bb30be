"""What a prospectus's plain text says in lines rather than sentences, and where it ends.

Plain-text EDGAR documents (the 2000s filings, some recent ones: ``<PRE>`` text or a bare .txt)
print "The Offering" summary as dot-leader lines::

    Common stock offered by Acme Networks.........   7,000,000 shares
    Common stock to be outstanding after this
      offering....................................  25,310,000 shares (26,360,000 shares if
                                                    the over-allotment option is exercised)

The sentence splitter ends a sentence at the leader's dots, parting a label from its value, so
``leader_sentences`` reads each leader line as one pseudo-sentence: the label (with the line
before it when that line does not end like a sentence: a label wrapped over two lines), the
value, and the value's continuation lines up to the next leader line.

``prospectus_end`` is where the prospectus proper ends in a registration statement's text: the
financial statements' notes or Part II ("Information not required in prospectus"). Offering
terms are read before it only: a note that recalls the company's earlier IPO price is not this
offering's price.
"""

from __future__ import annotations

import re

from extractors.sentences import Sentence, find_all

_LEADER = re.compile(r"\.{4,}|(?:\. ){3,}\.?|…{2,}")
_ENDS_SENTENCE = re.compile(r"[.;:!?)\]]\s*$")
_MAX_CONTINUATION = 3  # value lines after a leader line (an option clause wraps over 2-3)
_MAX_LABEL_LINE = 60  # a wrapped label's first line is short; a paragraph's last line is not
_MAX_LABEL_LINES = 2  # "Common stock to be outstanding after this / offering and the concurrent
                      # private / placement......" wraps over three

# Headings that close the prospectus: each a line of its own, found from the places of their
# first words in the folded text. The first 15% of the text is the cover and the table of
# contents, where such words are entries, not headings.
_END_WORDS = (b"notes to", b"part ii", b"information not required")
_END_HEADING = re.compile(
    r"[ \t]*(?:notes\s+to\s+(?:the\s+)?(?:unaudited\s+)?(?:condensed\s+)?(?:consolidated\s+)?"
    r"financial\s+statements|part\s+ii|information\s+not\s+required\s+in\s+(?:the\s+)?"
    r"prospectus)[ \t]*$",
    re.I,
)
_HEAD_SHARE = 0.15


def prospectus_end(text: str, hits) -> int:
    """Where the prospectus proper ends (``len(text)`` when no closing heading is found);
    ``hits(literal)`` gives the places of a lowercase literal in the folded text
    (``TextIndex.hits``)."""
    first = int(len(text) * _HEAD_SHARE)
    for at in sorted(p for word in _END_WORDS for p in hits(word) if p >= first):
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:at].strip() == "" and _END_HEADING.match(text, at, line_end):
            return line_start
    return len(text)


# What every leader opens with: the places of these literals are the only places a match of
# ``_LEADER`` can start. ``_LEADER.finditer`` stopped at every "." of the text and tried its
# three branches there (a wide text makes the scan slow too): a third of a 424B4's parse.
_LEADER_OPENINGS = ("....", ". . . ", "……")


def _leader_starts(text: str, end: int) -> list[int]:
    """Where ``_LEADER.finditer(text, 0, end)`` finds its matches, from the places of their
    openings: each tried in order, none inside the match before it."""
    starts, last = [], 0
    for at in sorted({at for opening in _LEADER_OPENINGS for at in find_all(text, opening)}):
        if at < last or at >= end:
            continue
        match = _LEADER.match(text, at, end)
        if match is not None:
            starts.append(at)
            last = match.end()
    return starts


def leader_sentences(text: str, end: int | None = None) -> list[Sentence]:
    """One pseudo-sentence per dot-leader line before ``end``: label, leaders and value as
    printed (spans into ``text``), newlines folded to spaces."""
    end = len(text) if end is None else end
    leaders = sorted({_line_of(text, start) for start in _leader_starts(text, end)})
    out = []
    for k, (a, b) in enumerate(leaders):
        start = a
        for _ in range(_MAX_LABEL_LINES):  # the label's first lines
            previous = _line_of(text, start - 2) if start >= 2 else None
            if previous is None or (k > 0 and previous[1] <= leaders[k - 1][1]):
                break
            pa, pb = previous
            if not 0 < pb - pa <= _MAX_LABEL_LINE or _ENDS_SENTENCE.search(text, pa, pb):
                break
            start = pa
        finish, line = b, (a, b)
        stop = leaders[k + 1][0] if k + 1 < len(leaders) else end
        for _ in range(_MAX_CONTINUATION):
            if _ENDS_SENTENCE.search(text, *line) or line[1] + 1 >= stop:
                break
            line = _line_of(text, line[1] + 1)
            finish = line[1]
        out.append(Sentence(start, finish, text[start:finish].replace("\n", " ")))
    return out


def _line_of(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    return start, len(text) if stop < 0 else stop
