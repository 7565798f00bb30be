"""Customers a document names as customers, and what a customer's name may be.

"Acme accounted for 12% of our net sales" says nothing about who Acme is: a brand
("Cheerios accounted for 5% of net sales"), a segment ("Gaming accounted for 25% of revenue") or
a product line reads the same. A bare name is a customer where the document says so somewhere
(Twilio: "A significant portion of our revenue comes from a Variable Customer, WhatsApp."):

- a list after a customer noun: "our customers include Acme, Birchway and Corbel", "our
  largest customers are Acme and Birchway";
- an appositive: "a Variable Customer, WhatsApp", "Acme, our largest customer,".

``customer_names`` collects those names; ``is_name`` refuses words that never name a customer
(``NOT_A_NAME``: the company itself, regions, lines of business).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

from extractors.anchored import ascii_folded, matches_at
from extractors.sentences import Sentence, find_all, merged_windows

NUMBER_WORDS = {
    "one": 1, "a single": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
# Nouns that name whoever buys from the company. "partners" and "providers" only with a
# modifier or a count ("data partners", "a large cloud service provider").
CUSTOMER_NOUNS = (
    "customers?", "clients?", "distributors?", "retailers?", "wholesalers?", "resellers?",
    "dealers?", "carriers?", "licensees?", "payors?", "payers?", "OEMs?", "purchasers?",
    "Customer-Entit(?:y|ies)", "partners?", "providers?",
)
ANY_CUSTOMER_NOUN = re.compile("|".join(CUSTOMER_NOUNS), re.I)  # "OEMs", "Distributors"
CUSTOMER_NOUN = (r"(?:customers?|clients?|distributors?|retailers?|wholesalers?|resellers?"
                 r"|licensees?|payors?|payers?)")
# One to four capitalised words ("Acme", "Example Telecom", "AT&T"), and a list of them.
_WORD = r"[A-Z][\w&'’.-]*[\w&]|[A-Z]"
NAME = rf"(?:{_WORD})(?:\s+(?:{_WORD})){{0,3}}"
NAME_LIST = rf"{NAME}(?:\s*,\s*{NAME})*(?:\s*,?\s+and\s+{NAME})?"
_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# Capitalised words that never name a customer: the company itself, pronouns and lead-ins,
# regions, and lines of business. Knowledge as data: extend the table, not the code.
NOT_A_NAME = frozenset(
    """the a an we our it its this that these those such each both all no none any other
    company registrant group sales net revenue revenues total approximately for in during as at
    of on by from to with and fiscal year years quarter customers customer
    united states u.s. us america americas north south east west central latin europe emea asia
    apac pacific china japan india canada mexico germany france uk kingdom international
    domestic foreign rest world region regions other middle eastern western northern southern
    africa oceania nordic greater mainland korea taiwan singapore hong kong israel brazil
    argentina australia zealand italy spain netherlands switzerland sweden ireland russia
    vietnam thailand malaysia indonesia philippines chile colombia peru saudi arabia uae
    emirates qatar turkey poland belgium austria denmark norway finland portugal greece
    product products service services subscription subscriptions software hardware license
    licenses licensing maintenance support cloud segment segments platform solutions systems
    royalty royalties advertising commercial government consumer enterprise data center""".split()
)
# "our customers include Acme, Birchway and Corbel", "our largest customers are A and B"
_LISTED_RE = re.compile(
    rf"(?i:\b{CUSTOMER_NOUN}\b[^.;]{{0,40}}?\b(?:include[sd]?|including|such\s+as|like|are"
    rf"|were|is|was)\s+(?:the\s+)?)(?P<names>{NAME_LIST})"
)
# "a Variable Customer, WhatsApp." and "Acme, our largest customer,"
_AFTER_NOUN_RE = re.compile(rf"(?i:\b{CUSTOMER_NOUN}),\s+(?P<names>{NAME})(?=\s*[,.;(])")
_BEFORE_NOUN_RE = re.compile(
    rf"(?<![\w&'’.-])(?P<names>{NAME}),\s+(?i:(?:our|a|one\s+of\s+our|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{CUSTOMER_NOUN})\b"
)
# Every match of the first two opens with a customer noun (case-blind, after ``\b``): they
# are tried where one stands in the text's ASCII-folded copy (``anchored``), not at every
# character of the windows (tried everywhere, the three cost a twentieth of a parse on a
# filing that names many customers). The windows' own nouns are known already; these others
# are looked for in each window.
_OTHER_NOUNS = (b"reseller", b"licensee", b"payer")
# What every match of _BEFORE_NOUN_RE ends with, from its comma: its literal "," lets sre skip
# to the commas, and a window without a match of it holds none of the whole pattern.
_BEFORE_NOUN_TAIL = re.compile(
    rf",\s+(?i:(?:our|a|one\s+of\s+our|the)\s+(?:[\w-]+\s+){{0,3}}?{CUSTOMER_NOUN})\b"
)
_NOUN_LITERALS = (b"customer", b"client", b"retailer", b"distributor", b"wholesaler", b"payor")
_BEFORE, _AFTER = 120, 300  # characters around a customer noun searched for its names


def split_names(names: str, offset: int = 0) -> list[tuple[str, int]]:
    """'Verizon, AT&T and T-Mobile' -> each name and where it starts; a leading 'The' is no
    part of a name ("The Kroger Co." is caught with its suffix)."""
    out, at = [], 0
    for part in _SPLIT_RE.split(names):
        at = names.index(part, at)
        out.append((part, offset + at))
        at += len(part)
    return [(n[4:], s + 4) if n.startswith("The ") else (n, s) for n, s in out]


def is_name(name: str) -> bool:
    words = name.split()
    return bool(words) and not any(
        w.lower().strip(".") in NOT_A_NAME or w.lower() in NOT_A_NAME or w.lower() in NUMBER_WORDS
        or ANY_CUSTOMER_NOUN.fullmatch(w) for w in words)


def customer_names(text: str, hits: Callable[[bytes], list[int]] | None = None
                   ) -> frozenset[str]:
    """Every name ``text`` calls a customer. ``hits(word)``: the places of a lowercase word in
    the text (the document index's); with it only the text around customer nouns is read."""
    if hits is None:
        return frozenset(_names_in(text, _places(text, _NOUN_LITERALS + _OTHER_NOUNS)))
    found: set[str] = set()
    places = sorted(at for word in _NOUN_LITERALS for at in hits(word))
    for start, end in merged_windows(places, _BEFORE, _AFTER):
        window = text[start:end]
        nouns = places[bisect_left(places, start):bisect_left(places, end)]
        found.update(_names_in(window, [at - start for at in nouns]
                               + _places(window, _OTHER_NOUNS)))
    return frozenset(found)


def _places(text: str, literals: tuple[bytes, ...]) -> list[int]:
    folded = ascii_folded(text)
    return [at for literal in literals for at in find_all(folded, literal)]


def is_known(name: str, known: Iterable[str]) -> bool:
    """'Acme' is known from 'Acme Stores' and the other way round (word by word)."""
    words = name.split()
    for other in known:
        theirs = other.split()
        n = min(len(words), len(theirs))
        if words[:n] == theirs[:n]:
            return True
    return False


def _names_in(text: str, nouns: list[int]) -> Iterable[str]:
    """The names of every match of the three patterns in ``text`` (as their ``finditer``
    finds them); ``nouns``: every place a customer noun of ``CUSTOMER_NOUN`` may start (a
    place where none does is harmless)."""
    for pattern in (_LISTED_RE, _AFTER_NOUN_RE):
        yield from _names_of(matches_at(text, nouns, (pattern,)))
    if _BEFORE_NOUN_TAIL.search(text):
        yield from _names_of(_BEFORE_NOUN_RE.finditer(text))


def _names_of(matches: Iterable[re.Match]) -> Iterable[str]:
    for match in matches:
        yield from (n for n, _ in split_names(match.group("names")) if is_name(n))


# A heading line: short, no sentence end, every word capitalised ("Major Customers", "ITEM 1.
# BUSINESS", "PART I"). A paragraph wrapped over several lines has lower-case words.
# A line ending in a word that leads a sentence on ("In" / "2018, 2017 and 2016, WhatsApp ...",
# Twilio) is a wrapped sentence's first line, never a heading.
_HEADING_LINE = re.compile(r"[^\S\n]*(?:[^\sa-z]\S*[^\S\n]+)*(?!(?i:in|the|we|our|a|an|to|for|of|"
                           r"and|as|at|on|by|with|from|during|sales|revenue|revenues)\b)"
                           r"[^\sa-z]\S*[^\S\n]*")
_HEADING_CHARS = 80


def without_headings(text: str, sentence: Sentence) -> Sentence:
    """The sentence from the line after the last heading line the splitter joined before its
    figures (a heading has no full stop to end it): their words became part of the customer's
    name ("PART I Major Customers Acme Corp." for Acme Corp.)."""
    figure = text.find("%", sentence.start, sentence.end)
    start, line_start = sentence.start, sentence.start
    while True:
        line_end = text.find("\n", line_start, figure)
        if line_end < 0:
            break
        line = text[line_start:line_end]
        if len(line) <= _HEADING_CHARS and _HEADING_LINE.fullmatch(line):
            start = line_end + 1
        line_start = line_end + 1
    if start == sentence.start:
        return sentence
    return Sentence(start, sentence.end, text[start:sentence.end].replace("\n", " "))
