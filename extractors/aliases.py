"""Defined names a customer goes by: 'Group 42 Holding Ltd (together with its affiliates, "G42")'.

Split from ``concentration`` (whose rules these are; the XBRL extractor uses them too to name
members as the prose does). Everything here scans a whole document, so each scan is built to
be cheap: the full pattern runs only near the literal that ends every match.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
    windows = None
    in_windows: dict[str, bool] = {}  # a name is defined once and re-aliased often: test once
    for match in _alias_matches(text):
        alias = match.group("alias").strip(" ,")
        if (
            alias.lower() in _NOT_CUSTOMERS
            or len(alias.split()) > 4
            or _NOT_CUSTOMER_RE.search(alias)
        ):
            continue
        windows = _customer_windows(text) if windows is None else windows
        if alias not in in_windows:
            in_windows[alias] = _has_word(windows, alias)
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
    ends = sorted(_find_all(text, '")') + _find_all(text, "”)"))
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


def _find_all(text: str, literal: str) -> list[int]:
    found = []
    at = text.find(literal)
    while at >= 0:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def _customer_windows(text: str) -> str:
    """The text around every 'customer'/'client' and before every 'accounted for': a defined
    name is a customer candidate only if it appears there ("our largest customer, G42",
    "MBZUAI accounted for"). Searching these windows once beats one full-text scan per name."""
    spans = [(m.start() - 160, m.end() + 160) for m in _CUSTOMER_WORD_RE.finditer(text)]
    spans += [(m.start() - 80, m.start()) for m in re.finditer(r"accounted\s+for", text)]
    return "\n".join(text[max(0, a) : b] for a, b in spans)


_CUSTOMER_WORD_RE = re.compile(r"\b(?:customers?|clients?)\b", re.I)


def _has_word(haystack: str, word: str) -> bool:
    r"""``re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", haystack)`` without the regex: a
    pattern opening with a lookbehind has no literal prefix, so sre tries it at every position,
    while ``str.find`` jumps from one occurrence to the next."""
    at = haystack.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _is_word_char(haystack[at - 1])) and not (
            end < len(haystack) and _is_word_char(haystack[end])
        ):
            return True
        at = haystack.find(word, at + 1)
    return False


def _is_word_char(char: str) -> bool:
    r"""``[\w-]`` for one character (sre's unicode ``\w`` is ``str.isalnum`` or underscore)."""
    return char.isalnum() or char in "_-"
