"""Which filed part an article's part is, when its name is the filed name less the company's
own word before it: "its Business division" is Microsoft's "Microsoft Business Division".

``entities.same_segment`` never lets a word in common make two names one ("Cloud" is not "Sales
Cloud"). An article's name of two words or more that ends in the word for a part ("division",
"segment", "group", "unit") and is the filed name less ONE leading word is that part, but only
when exactly one filed part of the metric is so named; otherwise the claim keeps its own name
and matches nothing (unverifiable). Likewise an article's name that is the filed name and a
generic noun the article adds after it ("industrial products" for a railroad's commodity group
"Industrial", Union Pacific's 10-Q), on the same condition.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.entities import same_segment
from warehouse.records import StoredFact

_UNIT_WORDS = ("division", "segment", "group", "unit")
# Nouns an article adds after a part's filed name ("industrial products" for "Industrial").
_ADDED_NOUNS = ("products",)


def pin_part(claim: Claim, facts: list[StoredFact]) -> Claim:
    """The claim with its part named as the filer names it, when only the company's word
    before the filed name is missing; any other claim as it is."""
    metric = _part_metric(claim)
    if claim.entity is None or metric is None:
        return claim
    names = {sf.fact.entity for sf in facts if sf.fact.metric == metric and sf.fact.entity
             and sf.fact.entity not in ("total", "Total")}
    if any(same_segment(claim.entity, name) for name in names):
        return claim
    tails = [name for name in names
             if _less_one_word(claim.entity, name) or _less_added_noun(claim.entity, name)]
    return replace(claim, entity=tails[0]) if len(tails) == 1 else claim


def _part_metric(claim: Claim) -> str | None:
    """The metric of which the claim's entity is a part: its own, or what its growth is of."""
    row = find_metric(claim.metric)
    if row is None or row.entity != "segment":
        return None
    if row.derivation is not None and row.derivation.kind == "growth":
        return claim.basis or row.derivation.inputs[0][0]
    return row.name


def _words(name: str) -> list[str]:
    return [w for w in re.sub(r"[^a-z0-9]+", " ", name.lower()).split() if w not in ("and", "of")]


def _less_one_word(claimed: str, filed: str) -> bool:
    short, long = _words(claimed), _words(filed)
    return (len(short) >= 2 and short[-1] in _UNIT_WORDS and len(long) == len(short) + 1
            and long[1:] == short)


def _less_added_noun(claimed: str, filed: str) -> bool:
    short, long = _words(claimed), _words(filed)
    return len(short) >= 2 and short[-1] in _ADDED_NOUNS and long == short[:-1]
