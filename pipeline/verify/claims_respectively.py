"""'Mac and iPad revenues grew 7% ($7.95 billion) and 15% ($6.4 billion), respectively': a list
of parts laid against a list of figure groups, in order. The part reader names the part nearest
the figures (the list's last), which would hold every group to it (Apple's Q2 FY2025 coverage:
the Mac's figures were compared with the iPad's filed revenue and called drifted).

The k-th group of figures (a group: figures joined by nothing but brackets, '7% ($7.95 billion)')
belongs to the k-th part. When the groups and the parts do not pair one to one, no figure is
pinned to one part: each names the whole list, which no filed part is, so it stays unverified.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Claim

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# A gap between two figures that starts a new group: a comma or "and" outside brackets
_NEXT_GROUP = re.compile(r"^[\s)]*(?:,\s*(?:and\s+)?|\s*\band\b\s*)[\s(]*$", re.I)
# One listed part, read backwards from the separator after it: up to three words, no figure
_ITEM_BEFORE = re.compile(r"(?P<item>[A-Za-z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})"
                          r"(?P<sep>\s*,\s*(?:and\s+|&\s+)?|,?\s+(?:and|&)\s+)$")


def _listed_parts(text: str, last: str, count: int) -> list[str] | None:
    """The ``count`` parts listed up to ``last`` ('Mac and iPad' -> ['Mac', 'iPad']), or None
    when fewer stand there."""
    at = text.find(last)
    if at < 0:
        return None
    parts, before = [last], text[:at]
    while len(parts) < count:
        found = _ITEM_BEFORE.search(before)
        if found is None or (len(parts) == 1) != bool(re.search(r"\b(?:and|&)\s+$",
                                                                 found.group("sep"))):
            return None  # the item next to the last part is joined by "and", the others by ","
        item = found.group("item").split()
        # 'Even Mac': a lowercase-led run keeps only its last word ('Even' is no part's name)
        parts.insert(0, " ".join(item if all(w[:1].isupper() for w in item) and len(item) == 1
                                 else item[-1:]))
        before = before[:found.start()]
    return parts


def _groups(text: str, start: int, claims: list[Claim]) -> list[list[Claim]]:
    groups: list[list[Claim]] = []
    for claim in claims:
        if groups and not _NEXT_GROUP.match(text[groups[-1][-1].span[1] - start:
                                                  claim.span[0] - start]):
            groups[-1].append(claim)
        else:
            groups.append([claim])
    return groups


def assign_parts(text: str, start: int, claims: list[Claim]) -> list[Claim]:
    """The sentence's claims, each figure of a 'respectively' list given its own part."""
    if not _RESPECTIVELY.search(text):
        return claims
    named = [c for c in claims if c.entity]
    entities = {c.entity for c in named}
    if len(entities) != 1 or len(named) < 2:
        return claims
    last = entities.pop()
    groups = _groups(text, start, named)
    parts = _listed_parts(text, last, len(groups))
    if parts is None:
        listed = _listed_parts(text, last, 2)
        if listed is None:
            return claims  # no list of parts: the figures are the one part's
        # a list the groups do not pair with: no figure is pinned to one of its parts
        return [replace(c, entity=f"{' and '.join(listed)} (respectively, unpaired)")
                if c.entity else c for c in claims]
    own = {c.claim_id: part for group, part in zip(groups, parts, strict=True) for c in group}
    return [replace(c, entity=own[c.claim_id]) if c.claim_id in own else c for c in claims]
