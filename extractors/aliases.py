"""Defined names a customer goes by: 'Group 42 Holding Ltd (together with its affiliates, "G42")'.

Split from ``concentration`` (whose rules these are; the XBRL extractor uses them too to name
members as the prose does). Everything here scans a whole document, so each scan is built to
be cheap: the full pattern runs only near the literal that ends every match.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.sentences import find_all, lowered

_ALIAS_RE = re.compile(
    r"(?P<full>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|for|and|de|bin)\s+)?[A-Z0-9][\w.&'’-]*){0,8})"
    r"(?:,?\s+(?:together\s+with|and)\s+(?:its|their)\s+(?:subsidiaries\s+and\s+)?affiliates)?"
    r",?\s*"
    r"\((?:(?:together\s+with|and)\s+(?:its|their)\s+(?:subsidiaries\s+and\s+)?affiliates,?\s*"
    r"|collectively,?\s*)?(?:the\s+)?[“\"](?P<alias>[A-Z][\w.&'’ -]{0,28}?)[,]?[”\"]\)"
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
    'G42'. Only defined terms that look like names (capitalised, short) are kept."""
    return dict(_find_aliases(text))  # a copy: callers may add to it


@lru_cache(maxsize=4)
def _find_aliases(text: str) -> dict[str, str]:
    """Cached: the sentence and the XBRL extractors both ask, about the same document."""
    aliases: dict[str, str] = {}
    in_windows: dict[str, bool] = {}  # a name is defined once and re-aliased often: test once
    windows: list[tuple[int, int]] | None = None  # customer windows, built on first need
    zone = ""
    for match in _alias_matches(text):
        alias = match.group("alias").strip(" ,")
        if (
            alias.lower() in _NOT_CUSTOMERS
            or len(alias.split()) > 4
            or _NOT_CUSTOMER_RE.search(alias)
        ):
            continue
        if alias not in in_windows:
            if windows is None:
                windows, zone = _customer_windows(text)
            # A name absent from the windows' text cannot stand inside one of them.
            in_windows[alias] = alias in zone and _near_customer(text, alias, windows)
        if not in_windows[alias]:
            continue
        aliases.setdefault(alias, alias)
        full = re.sub(r"^(?:The|the|and|with|by|to|from|of)\s+", "", match.group("full").strip())
        if full and full != alias:
            aliases.setdefault(full, alias)
    return aliases


def _alias_matches(text: str):
    """``_ALIAS_RE.finditer(text)``, run only near the ``")`` / ``”)`` that end every match.

    A match holds at most 58 runs of whitespace (9 name words with connectors, the affiliates
    phrases, a 28-character alias), so backing up 64 runs from its closing quote reaches its
    start; overlapping windows are merged, so finditer's leftmost, non-overlapping choice is
    the same as over the whole text.
    """
    ends = sorted(find_all(text, '")') + find_all(text, "”)"))
    windows: list[list[int]] = []
    for end in ends:
        head = text[max(0, end - _BACK_CHARS) : end][::-1]
        back = _BACK_RUNS.match(head).end()
        start = 0 if back == len(head) else end - back
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end + 2
        else:
            windows.append([start, end + 2])
    for start, end in windows:
        yield from _ALIAS_RE.finditer(text, start, end)


_BACK_RUNS = re.compile(r"(?:\S*\s+){0,64}\S*")  # on the reversed text before a closing quote
_BACK_CHARS = 4000  # when 64 runs reach further back, the window simply starts at 0


def _customer_windows(text: str) -> tuple[list[tuple[int, int]], str]:
    """Every window where a defined name can count as a customer (see ``_near_customer``),
    clipped to the text, and their merged text joined by NULs (to test a name against all of
    them at once): one scan of the document for the customer words, shared by every name."""
    low = lowered(text)
    if low is None:
        words = [(m.start(), m.end()) for m in _CUSTOMER_WORD_RE.finditer(text)]
    else:
        words = _customer_words(low)
    size = len(text)
    windows = [(max(0, start - _WINDOW), min(size, end + _WINDOW)) for start, end in words]
    windows += [(max(0, m.start() - _ACCOUNTED_WINDOW), m.start())
                for m in _ACCOUNTED_RE.finditer(text)]
    merged: list[list[int]] = []
    for start, stop in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], stop)
        else:
            merged.append([start, stop])
    return windows, "\0".join(text[start:stop] for start, stop in merged)


def _customer_words(low: str) -> list[tuple[int, int]]:
    r"""``_CUSTOMER_WORD_RE`` (``\b(?:customers?|clients?)\b``) over lowered text, found with
    str.find: a pattern that opens with ``\b`` gives sre no literal to jump to, and trying it at
    each of a million positions costs more than the rest of the alias search."""
    spans = []
    for stem in ("customer", "client"):
        for at in find_all(low, stem):
            if at and _is_regex_word(low[at - 1]):
                continue
            end = at + len(stem)
            if end < len(low) and low[end] == "s":
                end += 1
            if end < len(low) and _is_regex_word(low[end]):
                continue  # "customerx", "customersx": \b fails after either spelling
            spans.append((at, end))
    return spans


def _is_regex_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _near_customer(text: str, word: str, windows: list[tuple[int, int]]) -> bool:
    """Does ``word`` appear, as a whole word, within 160 characters of a 'customer'/'client' or
    in the 80 before an 'accounted for'? A defined name is a customer candidate only there ("our
    largest customer, G42", "MBZUAI accounted for").

    The name is looked for inside each (short) window rather than at every place it appears: a
    common name ("the Company") stands thousands of times in a 1 MB prospectus. An occurrence
    counts when it lies inside one window and its neighbours inside that window are not word
    characters (the window's edges count as breaks).
    """
    size = len(word)
    for start, stop in windows:
        at = text.find(word, start, stop)
        while at >= 0:
            if _bounded(text, at, at + size, start, stop):
                return True
            at = text.find(word, at + 1, stop)
    return False


def _bounded(text: str, at: int, end: int, start: int, stop: int) -> bool:
    return (at == start or not _is_word_char(text[at - 1])) and (
        end == stop or not _is_word_char(text[end])
    )


_WINDOW = 160
_ACCOUNTED_WINDOW = 80
_CUSTOMER_WORD_RE = re.compile(r"\b(?:customers?|clients?)\b", re.I)
_ACCOUNTED_RE = re.compile(r"accounted\s+for")


def _is_word_char(char: str) -> bool:
    r"""``[\w-]`` for one character (sre's unicode ``\w`` is ``str.isalnum`` or underscore)."""
    return char.isalnum() or char in "_-"
