"""``find_aliases`` (closing quotes found by literal, the pattern run backwards then forwards in
windows, customer words found in the text's ASCII-folded copy) finds what the plain rules
find: every ``ALIAS_RE`` match whose alias looks like a name and stands within 160 characters
of a customer word or in the 80 before an "accounted for"."""

from __future__ import annotations

import re

from extractors.aliases import ALIAS_RE, find_aliases, looks_like_name
from tests.random_text import random_texts


def _plain_aliases(text: str) -> dict[str, str]:
    """The rules of ``find_aliases`` as plain whole-text searches."""
    windows = [(max(0, m.start() - 160), m.end() + 160)
               for m in re.finditer(r"\b(?:customers?|clients?)\b", text, re.I)]
    windows += [(max(0, m.start() - 80), m.start()) for m in re.finditer(r"accounted\s+for", text)]

    def is_customer(alias: str) -> bool:
        bounded = re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])")
        return looks_like_name(alias) and any(bounded.search(text[a:b]) for a, b in windows)

    aliases: dict[str, str] = {}
    for match in ALIAS_RE.finditer(text):
        alias = match["alias"].strip(" ,")
        if not is_customer(alias):
            continue
        aliases.setdefault(alias, alias)
        full = re.sub(r"^(?:The|the|and|with|by|to|from|of)\s+", "", match["full"].strip())
        if full and full != alias:
            aliases.setdefault(full, alias)
    return aliases


_ALIAS_PIECES = [
    "Customer", "customers", "client", "Clients", "customerx", "_client", "accounted for",
    "accounted\nfor", " ", " ", "\n", ",", '"', "“", "”", ")", "(", '")', "”)", ",”)", "G42",
    "Acme Corp", "the Company", "Group 42 Holding Ltd", "together with its affiliates, ",
    "collectively, ", "the ", "and", "\u0130", "é", "x", "MBZUAI", "Customer A", "of ",
    "Relevant Member\nState", "\u017f", "\u0131", "cu\u017ftomer", "CL\u0131ENT", "?)", "“)",
    "é)", "💡)", 'Acme Corp (the "Acme")', ' ("the Company")', " (“Acme,”)",
    "Group 42 Holding Ltd (together with its affiliates, “G42”)", ' ("G 42 ")', " (“x”)",
]


def test_aliases_are_the_plain_rules_on_random_text():
    for text in random_texts(_ALIAS_PIECES, seed=6, longest=40):
        assert list(find_aliases(text).items()) == list(_plain_aliases(text).items()), text


def test_aliases_are_the_plain_rules_on_the_corpus(corpus_texts):
    for path, text in corpus_texts:
        assert list(find_aliases(text).items()) == list(_plain_aliases(text).items()), path.name


def test_a_defined_customer_name_and_its_alias():
    text = ('Our largest customer, Group 42 Holding Ltd (together with its affiliates, “G42”), '
            'accounted for 87% of revenue. The Company (the "Company") sells chips.')
    assert find_aliases(text) == {"G42": "G42", "Group 42 Holding Ltd": "G42"}
