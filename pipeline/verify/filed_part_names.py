"""A name the filer itself gives one of its parts, leading a clause right before a line's words:
"<Part> pretax earnings dropped 38% to $X", "<Part> net income was $X".

The claim side tells a part's name from the company's only by its word tables
(``part_profit.LINE_HEADS``, places, runs of capitalised words): a single word it does not know
("<Part> pretax earnings", where the part's name is an ordinary word) was read as the company's
line and compared with the total, and a part's figure within three times the total's came out
drifted (a consumer-goods maker's segment pretax earnings against its company-wide pretax
income). Here, with the facts loaded, such a leading name is the part's when it is exactly one
of the parts the filings state figures for (the entities of their part-kind lines, or the row
labels those figures were read from): the claim then takes that part, compared with the part's
filed figure where the filings state one and unverifiable where they do not, never with the
total's.

Never: a claim already given a part, a name that is no filed part (the filer's own name, a
rival's), a name matching several parts, a name that is not the clause's subject (another line
word or a clause break between the name's line and the figure).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.entities import same_segment
from warehouse.records import StoredFact

# the words of a line right after the part's name: "pretax earnings", "net income", "operating
# profit", "earnings before income taxes", "net sales", "revenue"
_LINE = (r"(?:segment\s+)?(?:(?:net|pre-?tax|pre\s+tax|operating|gross|adjusted|total)\s+)*"
         r"(?:revenues?|sales|income|profits?|earnings|loss(?:es)?|margins?|ebitda)"
         r"(?:\s+before\s+(?:income\s+)?taxes)?")
# a clause's start, then the name (capitalised words, "and"/"&" between), then the line
_LEADING = re.compile(
    r"(?:^\W*|[;:]\s*|,\s*(?:while|whereas|but|and)\s+|\b(?:while|whereas)\s+)"
    r"(?:(?:the|its)\s+)?(?P<name>(?-i:[A-Z][\w&.-]*)(?:\s+(?:(?:and|&)\s+)?(?-i:[A-Z][\w&.-]*))"
    rf"{{0,4}}?)\s+(?P<line>{_LINE})\b", re.I)
# what ends the leading name's reach before the figure: another line's words, a new clause
_REACH_ENDS = re.compile(rf"\b{_LINE}\b|[;:]|,\s*(?:while|whereas|but)\b|\bwhile\b", re.I)
_LINE_WORD = re.compile(rf"\b{_LINE}\b|\b(?:total|margin|growth|change)\b", re.I)
# the entities of part-kind lines that name no part of the business
_NO_PART = frozenset({"total", "other", "others", "corporate and other", "eliminations"})


def part_names(facts: list[StoredFact]) -> dict[str, str]:
    """The names the filings give parts (entities of part-kind lines and the row labels they
    were read from), each with the part's entity."""
    names: dict[str, str] = {}
    for stored in facts:
        fact = stored.fact
        row = find_metric(fact.metric)
        if not fact.entity or row is None or row.entity != "segment" or (
                fact.entity.strip().lower() in _NO_PART):
            continue
        names[fact.entity] = fact.entity
        # (a label that names a line, "Revenue" under a table headed by the part's name, is
        # no name of the part)
        names.update((source.row, fact.entity) for source in fact.sources
                     if source.row and not _LINE_WORD.search(source.row))
    return names


def _leading_name(before: str) -> str | None:
    """The name leading the clause the figure is in, right before its line's words."""
    found = None
    for found in _LEADING.finditer(before):  # noqa: B007 - the last clause's
        continue
    if found is None or _REACH_ENDS.search(before[found.end():]):
        return None
    return found.group("name")


def read_named_parts(claims: list[Claim], facts: list[StoredFact]) -> list[Claim]:
    """The claims with a filed part's name leading their clause read as that part's."""
    names = part_names(facts)
    if not names:
        return claims
    return [_with_part(claim, names) for claim in claims]


def _with_part(claim: Claim, names: dict[str, str]) -> Claim:
    if claim.entity or claim.metric is None or claim.sentence_at < 0:
        return claim
    name = _leading_name(claim.sentence[:claim.sentence_at])
    if name is None:
        return claim
    found = {entity for label, entity in names.items() if same_segment(name, label)}
    if len(found) != 1:
        return claim
    return replace(claim, entity=found.pop())
