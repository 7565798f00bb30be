"""Who a figure is about: customer names and their aliases, compared loosely.

An article writes "G42" where the filing says "Group 42 Holding Ltd (together with its
affiliates, "G42")", or "MBZUAI" for "Mohamed bin Zayed University of Artificial Intelligence".
"""

from __future__ import annotations

_ENTITY_SUFFIXES = {"holding", "holdings", "ltd", "limited", "inc", "llc", "corp", "corporation",
                    "co", "plc", "sa", "ag", "group", "the"}
_INITIALS_SKIP = {"of", "the", "and", "&", "for"}


def same_entity(a: str, b: str) -> bool:
    """Alias-insensitive: 'G42' = 'Group 42 Holding Ltd', 'MBZUAI' = 'Mohamed bin Zayed ...'."""
    na, nb = _name_words(a), _name_words(b)
    if not na or not nb:
        return False
    if na == nb or " ".join(na) in " ".join(nb) or " ".join(nb) in " ".join(na):
        return True
    return _initials(na) == "".join(nb) or _initials(nb) == "".join(na)


def _name_words(name: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name.lower())
    return [w for w in cleaned.split() if w not in _ENTITY_SUFFIXES]


def _initials(words: list[str]) -> str:
    return "".join(w if w.isdigit() else w[0] for w in words if w not in _INITIALS_SKIP)
