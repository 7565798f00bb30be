"""A part of the company named by the words right before a profit line only the whole company
files ("Investment banking net income rose to $X", "Consumer Banking earnings rose 12%",
"Capital markets and banking profit fell 31 per cent"), or by a phrase opening the sentence
("In Consumer Banking, net income rose to $X", "Within wealth management, revenue rose").

Net income and pre-tax income have no part in the registry: read with no part, a division's
profit was compared with the company's and called drifted. With its part named it is searched
for that part, which no filing states, and comes out unverifiable. The words that make a name a
line of business are data (``LINE_HEADS``); a name of capitalised words is one too.
"""

from __future__ import annotations

import re

from pipeline.verify.other_names import names_filer
from pipeline.verify.part_places import names_place
from pipeline.verify.part_words import PERIOD_NAME, TOTAL_WORDS, is_verb_form

# the profit lines a company files only for itself as a whole
PROFIT_LINES = frozenset({
    "net_income", "net_income_non_gaap", "pretax_income", "net_income_common",
    "net_income_continuing_operations", "net_income_including_noncontrolling"})

# The head nouns of a line of business's name: "investment banking", "wealth management",
# "capital markets", "aerospace". Words that also name a company-wide profit are left out:
# "trading profit" (a British firm's operating profit), "underwriting profit" (an insurer's),
# "continuing operations", "comparable", "core" or "recurring" earnings (adjusted measures).
LINE_HEADS = frozenset({
    "banking", "management", "markets", "insurance", "reinsurance", "lending", "brokerage",
    "mortgage", "card", "cards", "advisory", "custody", "servicing", "payments", "securities",
    "services", "products", "solutions", "business", "businesses", "retail", "wholesale",
    "cloud", "software", "hardware", "gaming", "automotive", "aerospace", "aviation", "defense",
    "defence", "pharmaceuticals", "pharmaceutical", "pharma", "biopharma", "diagnostics",
    "devices", "chemicals", "materials", "mining", "refining", "upstream", "downstream",
    "midstream", "exploration", "utility", "utilities", "pipelines", "shipping", "logistics",
    "media", "studios", "parks", "networks", "entertainment", "advertising", "semiconductors",
    "restaurants", "consumer", "commercial", "enterprise", "government", "healthcare",
    "industrial", "industrials", "international", "domestic", "online", "e-commerce",
    "ecommerce", "digital", "renewables", "agriculture", "construction", "infrastructure",
    "transportation", "telecom", "wireless", "wireline", "broadband", "cable", "publishing",
    "hospitality", "hotels", "casinos", "cruise", "leasing", "rental", "franchise",
    "licensing", "packaging", "homebuilding", "segment", "division", "unit", "programs"})
# a head that names no line on its own ("its business profit", "products earnings")
_GENERIC = frozenset({"business", "businesses", "services", "products", "solutions", "segment",
                      "division", "unit", "markets", "programs"})

_PROFIT_NOUN = re.compile(r"\b(?:net\s+)?(?:pre-?tax\s+)?(?:income|profits?|earnings)\b", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Za-z][\w.'’-]*|&)$")
# words that open a sentence or date it, never a part's name
_NOT_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "street", "wall", "meanwhile", "also", "however", "still",
                        "separately", "elsewhere", "likewise", "similarly", "additionally",
                        "moreover", "further", "furthermore", "instead", "again", "then", "now",
                        "specifically", "notably", "analysts", "estimates"})


def _name_before(words: list[str]) -> list[str]:
    """The run of words at the end of ``words`` that may be a part's name: up to four, joined by
    'and'/'&', stopping at an ordinary word ('its', 'quarterly', 'record'), a possessive, a
    verb, a describing word or a period's name."""
    kept: list[str] = []
    while words and len(kept) < 5:
        word = words[-1]
        lower = word.lower()
        if not _NAME_WORD.match(word) or re.search(r"['’]s?$", word):
            break
        if lower in ("and", "&"):
            if not kept or len(words) < 2:
                break
        elif (lower in TOTAL_WORDS or lower in _NOT_NAMES or PERIOD_NAME.match(word)
              or re.search(r"(?:ed|ly)$", lower)
              or is_verb_form(word, words[-2] if len(words) > 1 else None)):
            break
        kept.insert(0, words.pop())
    while kept and kept[0].lower() in ("and", "&"):
        kept.pop(0)
    return kept


def _is_line(kept: list[str], filer: frozenset[str], parts: frozenset[str] = frozenset()) -> bool:
    """Whether the words name a line of business: a head the table knows (with a name when
    the head is generic), a place, two capitalised words or more, or a name the article
    itself calls a part elsewhere (``parts``: "the <Name> segment"); never the filer."""
    if not kept:
        return False
    name = " ".join(kept)
    if names_filer(name, filer):
        return False
    if names_filer(name, parts):  # "<Name> pretax earnings" beside "the <Name> segment"
        return True
    head = kept[-1].lower()
    if head in LINE_HEADS:
        return head not in _GENERIC or len(kept) > 1
    if names_place(name):
        return True
    return len([w for w in kept if w.lower() not in ("and", "&")]) > 1 and all(
        w[:1].isupper() or w.lower() in ("and", "&") for w in kept)


def profit_part(behind: str, filer: frozenset[str],
                parts: frozenset[str] = frozenset()) -> str | None:
    """The part named right before the last profit noun of the words before a figure
    ("Investment banking net income rose to "), if any."""
    found = None
    for found in _PROFIT_NOUN.finditer(behind):  # noqa: B007 - the last one
        continue
    if found is None:
        return None
    kept = _name_before(behind[:found.start()].split())
    return " ".join(kept) if _is_line(kept, filer, parts) else None


# "In Consumer Banking, net income rose", "Within wealth management, revenue climbed": the
# part a phrase opening the sentence names, when no other clause or figure follows it before
# the figure ("In the second quarter," "In a statement," "In addition," name no part)
_OPENING = re.compile(r"^\W*(?:in|within|at|across)\s+(?:the\s+|its\s+|their\s+)?"
                      r"(?P<name>[A-Za-z][\w.&'’-]*(?:,?\s+(?:(?:and|&)\s+)?[A-Za-z][\w.&'’-]*)"
                      r"{0,4}?)\s*,\s+(?P<rest>[^,;]*)$", re.I)


def opening_part(head: str, filer: frozenset[str]) -> str | None:
    """The part the phrase opening the sentence names, when the rest of the words up to the
    figure are one clause about it."""
    found = _OPENING.match(head)
    if found is None:
        return None
    words = found.group("name").replace(",", " ").split()
    kept = _name_before(list(words))
    if len(kept) != len(words) or names_place(" ".join(kept)):
        return None  # "In the second quarter"; a place is part_subject's ("In Japan, ...")
    return " ".join(kept) if _is_line(kept, filer) else None
