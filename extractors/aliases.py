"""Defined names a customer goes by: 'Group 42 Holding Ltd (together with its affiliates, "G42")'.

Split from ``concentration`` (whose rules these are; the XBRL extractor uses them too to name
members as the prose does). Everything here scans a whole document, so each scan is built to
be cheap: the full pattern runs only near the literal that ends every match, and only where
the quoted alias before it could pass the customer tests at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from extractors.anchored import ascii_folded
from extractors.sentences import find_all

ALIAS_RE = re.compile(
    r"(?P<full>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|de|bin)\s+)?[A-Z0-9][\w.&'’-]*){0,8})"
    r"(?:,?\s+(?:together\s+with|and)\s+(?:its|their)\s+(?:subsidiaries\s+and\s+)?affiliates)?"
    r",?\s*"
    r"\((?:(?:together\s+with|and)\s+(?:its|their)\s+(?:subsidiaries\s+and\s+)?affiliates,?\s*"
    r"|collectively,?\s*)?(?:the\s+)?[“\"](?P<alias>[A-Z][\w.&'’ -]{0,28}?)[,]?[”\"]\)"
)


def _back(word: str) -> str:
    return word[::-1]


# ALIAS_RE written backwards (each part reversed, in reverse order), up to its closing quote:
# matched at the start of the reversed text before a closing quote, it tells whether any match
# of ALIAS_RE ends at that quote (no anchors or lookarounds: the language simply reverses).
# Anchored at one place, it costs a fraction of running ALIAS_RE forward over the window.
_AFFILIATES_BACK = (
    rf"{_back('affiliates')}\s+(?:{_back('and')}\s+{_back('subsidiaries')}\s+)?"
    rf"(?:{_back('its')}|{_back('their')})\s+(?:{_back('with')}\s+{_back('together')}|{_back('and')})"
)
_CONNECTORS_BACK = "|".join(map(_back, ("of", "for", "and", "de", "bin")))
_ALIAS_BACK_RE = re.compile(
    r",?[\w.&'’ -]{0,28}[A-Z][“\"]"  # the alias, its optional comma and its opening quote
    rf"(?:\s+{_back('the')})?(?:\s*,?{_AFFILIATES_BACK}|\s*,?{_back('collectively')})?\("
    rf"\s*,?(?:{_AFFILIATES_BACK}\s+,?)?"
    rf"(?:[\w.&'’-]*[A-Z0-9](?:\s+(?:{_CONNECTORS_BACK}))?\s+){{0,8}}[\w.&'’-]*[A-Z]"  # the name
)
# Defined terms that name places, rules and regulators: never customers ("U.S. GAAP", "EU").
_NOT_CUSTOMER_RE = re.compile(
    r"\b(?:U\.?S\.?A?|United|America|GAAP|IFRS|EU|UK|PRC|China|Europe|Asia|Act|SEC|FASB|ASC|ASU"
    r"|IRS|FDA|Nasdaq|NYSE|Agreement|Plan|Notes?|Stock|Shares?|Units?|Warrants?|Offering)\b",
    re.I,
)
_NOT_CUSTOMERS = {
    "company",
    "we",
    "us",
    "our",
    "notes",
    "units",
    "warrants",
    "securities act",
    "exchange act",
    "sec",
    "board",
    "plan",
    "offering",
    "ipo",
}


def find_aliases(text: str) -> dict[str, str]:
    """Names a customer goes by -> its defined alias: 'G42' -> 'G42', 'Group 42 Holding Ltd' ->
    'G42'. Only defined terms that look like names (capitalised, short) are kept. (A document's
    extractors read ``Document.index.aliases``, computed once per document.)"""
    return customer_aliases(text, ascii_folded(text))


def customer_aliases(text: str, folded: bytes) -> dict[str, str]:
    """``find_aliases(text)``, given ``folded``, the text's ``anchored.ascii_folded`` copy."""
    aliases: dict[str, str] = {}
    for match in _customer_alias_matches(text, folded):
        alias = match.group("alias").strip(" ,")
        aliases.setdefault(alias, alias)
        full = re.sub(r"^(?:The|the|and|with|by|to|from|of)\s+", "", match.group("full").strip())
        if full and full != alias:
            aliases.setdefault(full, alias)
    return aliases


def _customer_alias_matches(text: str, folded: bytes):
    """The matches of ``ALIAS_RE.finditer(text)`` whose alias ``_CustomerTest`` accepts, in
    order; the pattern runs only near the ``")`` / ``”)`` that end every match.

    A match holds at most 58 runs of whitespace (9 name words with connectors, the affiliates
    phrases, a 28-character alias), so backing up 64 runs from its closing quote reaches its
    start; overlapping windows are merged, so finditer's leftmost, non-overlapping choice is
    the same as over the whole text.

    An end is skipped when its quoted alias fails the tests (or already failed them at an
    earlier end) or no match ends there (tested backwards, cheaply). That loses nothing: a
    match holds one ")", its last character, so the match ending at one closing quote is found
    whatever happens at the others (from any window start at or before its own), and its alias
    is ``_quoted_alias`` of its end. A window that still reaches over a skipped end may find
    that end's match: rejected alike.
    """
    is_customer = _CustomerTest(text, folded)
    ends = _closing_quotes(text, folded)
    windows: list[list[int]] = []
    for end in ends:
        alias = _quoted_alias(text, end)
        if alias is None or is_customer.rejected(alias) or not looks_like_name(alias):
            continue
        head = text[max(0, end - _BACK_CHARS) : end][::-1]
        back = _BACK_RUNS.match(head).end()
        # The head holds any match ending here when 64 runs fit in it or it reaches the text's
        # start; otherwise the window starts at 0 and only the alias is tested.
        head_holds_match = back < len(head) or len(head) == end
        if (head_holds_match and not _ALIAS_BACK_RE.match(head)) or not is_customer(alias):
            continue
        start = 0 if back == len(head) else end - back
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end + 2
        else:
            windows.append([start, end + 2])
    for start, end in windows:
        for match in ALIAS_RE.finditer(text, start, end):
            if is_customer(match.group("alias").strip(" ,")):
                yield match


def _closing_quotes(text: str, folded: bytes) -> list[int]:
    """Every place ``")`` or ``”)`` stands, in order. ``")`` is searched in the folded copy
    (its two ASCII characters stand there as themselves) by sre, whose literal-prefix scan
    outruns bytes.find on a two-byte needle; ``”`` by str.find, which jumps to a single
    character (memchr), each one then tested for the ``)`` after it."""
    straight = [match.start() for match in _STRAIGHT_CLOSE_RE.finditer(folded)]
    curly = [at for at in find_all(text, "”") if text.startswith(")", at + 1)]
    return sorted(straight + curly)


_STRAIGHT_CLOSE_RE = re.compile(rb'"\)')


_BACK_RUNS = re.compile(r"(?:\S*\s+){0,64}\S*")  # on the reversed text before a closing quote
_BACK_CHARS = 4000  # when 64 runs reach further back, the window simply starts at 0


def _quoted_alias(text: str, end: int) -> str | None:
    """The alias (stripped as ``customer_aliases`` strips it) of any ``ALIAS_RE`` match whose
    closing quote stands at ``end``; None when no match can end there. The alias group holds
    no quote and no comma: it ends at ``end`` or at the comma before it, and starts right after
    the last opening quote before that, at most 29 characters back, and it must read as the
    group does (``_ALIAS_TEXT_RE``): "the Company", "Relevant Member\nState" cannot."""
    stop = end - 1 if end and text[end - 1] == "," else end
    low = max(0, stop - _ALIAS_CHARS - 1)
    opening = max(text.rfind('"', low, stop), text.rfind("“", low, stop))
    if opening < 0 or not _ALIAS_TEXT_RE.fullmatch(text, opening + 1, stop):
        return None
    return text[opening + 1 : stop].strip(" ,")


_ALIAS_CHARS = 29  # [A-Z][\w.&'’ -]{0,28}?
_ALIAS_TEXT_RE = re.compile(r"[A-Z][\w.&'’ -]{0,28}")  # ALIAS_RE's alias group, in full


def looks_like_name(alias: str) -> bool:
    """Short, and not a defined term that names a place, a rule or a regulator."""
    return not (
        alias.lower() in _NOT_CUSTOMERS
        or len(alias.split()) > 4
        or _NOT_CUSTOMER_RE.search(alias)
    )


class _CustomerTest:
    """Is a defined alias a customer candidate: name-like and standing near a customer word
    (``_CustomerZone``)? One verdict per alias: a name is defined once and re-aliased often;
    the zone is built on the first alias that needs it."""

    def __init__(self, text: str, folded: bytes):
        self.text = text
        self.folded = folded
        self.verdicts: dict[str, bool] = {}
        self.zone: _CustomerZone | None = None

    def rejected(self, alias: str) -> bool:
        """Has ``alias`` already been found not to be a customer (no new verdict is made)?"""
        return self.verdicts.get(alias) is False

    def __call__(self, alias: str) -> bool:
        verdict = self.verdicts.get(alias)
        if verdict is None:
            verdict = looks_like_name(alias)
            if verdict:
                self.zone = self.zone or _CustomerZone(self.text, self.folded)
                verdict = self.zone.holds(alias)
            self.verdicts[alias] = verdict
        return verdict


class _CustomerZone:
    """Every window where a defined name can count as a customer: within 160 characters of a
    'customer'/'client' or in the 80 before an 'accounted for' ("our largest customer, G42",
    "MBZUAI accounted for"). One scan of the document finds them, shared by every name.

    A common name ("the Company") stands thousands of times in a 1 MB prospectus, so a name is
    looked for in the merged windows' text (joined by NULs), not at every place it appears."""

    def __init__(self, text: str, folded: bytes):
        self.text = text
        self.windows = sorted(_customer_windows(text, folded))
        self.reach = max((stop - start for start, stop in self.windows), default=0)
        self.merged = _merged(self.windows)
        self.offsets: list[int] = []  # where each merged window starts in ``joined``
        at = 0
        for start, stop in self.merged:
            self.offsets.append(at)
            at += stop - start + 1
        self.joined = "\0".join(text[start:stop] for start, stop in self.merged)

    def holds(self, word: str) -> bool:
        """Does ``word`` stand inside a window, its neighbours there not word characters (the
        window's edges count as breaks)? Each occurrence inside a merged window is checked
        against the windows that contain it."""
        at = self.joined.find(word)
        while at >= 0:
            k = bisect_right(self.offsets, at) - 1
            start = self.merged[k][0] + at - self.offsets[k]
            stop = start + len(word)
            if stop <= self.merged[k][1] and self._bounded(start, stop):
                return True
            at = self.joined.find(word, at + 1)
        return False

    def _bounded(self, at: int, end: int) -> bool:
        """Is ``text[at:end]`` bounded inside one window holding it? Windows are sorted by
        start and none is longer than ``reach``, so only those starting from ``end - reach``
        up to ``at`` can hold it."""
        text = self.text
        i = bisect_right(self.windows, (at, len(text) + 1))
        while i > 0 and self.windows[i - 1][0] >= end - self.reach:
            i -= 1
            start, stop = self.windows[i]
            if stop >= end and (at == start or not _is_word_char(text[at - 1])) and (
                end == stop or not _is_word_char(text[end])
            ):
                return True
        return False


def _customer_windows(text: str, folded: bytes) -> list[tuple[int, int]]:
    """The windows around every customer word and before every 'accounted for', clipped."""
    size = len(text)
    words = _customer_words(text, folded)
    windows = [(max(0, start - _WINDOW), min(size, end + _WINDOW)) for start, end in words]
    windows += [(max(0, at - _ACCOUNTED_WINDOW), at) for at in _accounted_for(text)]
    return windows


def _accounted_for(text: str) -> list[int]:
    """Where ``_ACCOUNTED_RE`` matches: every match opens with the literal "accounted" (and no
    two can overlap), so str.find finds the places to try, far faster than sre's prefix scan."""
    return [at for at in find_all(text, "accounted") if _ACCOUNTED_RE.match(text, at)]


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted windows, overlapping (or touching) ones joined."""
    merged: list[list[int]] = []
    for start, stop in windows:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([start, stop])
    return [(start, stop) for start, stop in merged]


def _customer_words(text: str, folded: bytes) -> list[tuple[int, int]]:
    r"""``_CUSTOMER_WORD_RE.finditer(text)`` (``\b(?:customers?|clients?)\b``, any case),
    found by the stems' literal: a pattern that opens with ``\b`` gives sre no literal to jump
    to, and trying it at each of a million positions costs more than the rest of the alias
    search. One scan of the folded copy (which holds a stem wherever IGNORECASE sees one)
    finds both stems (``_STEMS_RE``: their only "c" is their first letter, so no two
    occurrences overlap and finditer misses none); the ``\b`` tests read the text."""
    spans = []
    for match in _STEMS_RE.finditer(folded):
        at, end = match.span()
        if at and _is_regex_word(text[at - 1]):
            continue
        if folded[end : end + 1] == b"s":
            end += 1
        if end < len(text) and _is_regex_word(text[end]):
            continue  # "customerx", "customersx": \b fails after either spelling
        spans.append((at, end))
    return spans


def _is_regex_word(char: str) -> bool:
    return char.isalnum() or char == "_"


_WINDOW = 160
_ACCOUNTED_WINDOW = 80
_CUSTOMER_WORD_RE = re.compile(r"\b(?:customers?|clients?)\b", re.I)
_ACCOUNTED_RE = re.compile(r"accounted\s+for")
_STEMS_RE = re.compile(rb"c(?:ustomer|lient)")


def _is_word_char(char: str) -> bool:
    r"""``[\w-]`` for one character (sre's unicode ``\w`` is ``str.isalnum`` or underscore)."""
    return char.isalnum() or char in "_-"
