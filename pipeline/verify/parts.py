"""Which filed part an article's part is, when its name is the filed name less the company's
own word before it: "its Business division" is Microsoft's "Microsoft Business Division".

``entities.same_segment`` never lets a word in common make two names one ("Cloud" is not "Sales
Cloud"). An article's name of two words or more that ends in the word for a part ("division",
"segment", "group", "unit") and is the filed name less ONE leading word is that part, but only
when exactly one filed part of the metric is so named; otherwise the claim keeps its own name
and matches nothing (unverifiable). Likewise an article's name that is the filed name and a
generic noun the article adds after it ("industrial products" for a railroad's commodity group
"Industrial", Union Pacific's 10-Q), on the same condition; generally, two names whose words
differ only in the generic noun for a line of business after them ("cloud business" for a
software maker's "Cloud Services" line). And an article's name that is a filed name and one
word more, when that word ends another filed part's name of the metric: the filer's word for
the family its parts share, left off one of them ("Design Cloud" for a release's "Design"
beside its "Paper Cloud"). And a filed line whose name ends in the catch-all "and other" (a
software maker's "Services and other") is an article's line named by the words before it, alone
or with one word of the article's own in place of "other" ("Services & support"): what the
filer lumps in with the line, the article names as it sees it. Likewise a filed name of two
words that is one compound noun ("Asphalt Mix", a construction-materials maker's segment) is an
article's first word alone ("Asphalt turnover"); never a name joining two lines ("Coal &
renewables" is no "coal": its coal alone may have grown otherwise).
"""
# (the filings that showed both: a database maker's Q1 FY2024 10-Q, a design-software maker's
# Q1 FY2023 release, whose highlights name "Creative" beside "Document Cloud")

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.entities import same_segment
from warehouse.records import StoredFact

# A part's share of revenue reads as a customer's concentration ("made up 3.5% of total
# revenues", ``derive_parts``): its name is pinned among revenue's parts, unless a customer so
# named has a concentration of its own filed.
_SHARE_OF, _PART_OF = "customer_concentration", "revenue"
_UNIT_WORDS = ("division", "segment", "group", "unit")
# Generic nouns for a line of business after its name: "industrial products" for "Industrial",
# "cloud business" for "Cloud Services"; the words before them name the line.
# ("automotive solutions" for a chipmaker's "Automotive": a recap of its quarter)
_LINE_NOUNS = ("products", "product", "services", "service", "business", "businesses",
               "solutions", "solution")
# The last word of a filed line that lumps the rest in with it: "Services and other"
_CATCH_ALL = re.compile(r"(?:\band|&)\s+other$", re.I)


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
    if claim.metric == _SHARE_OF and any(
            sf.fact.metric == _SHARE_OF and sf.fact.entity
            and same_segment(claim.entity, sf.fact.entity) for sf in facts):
        return claim  # a customer's own concentration
    tails = [name for name in names
             if _less_one_word(claim.entity, name) or _same_stem(claim.entity, name)
             or _less_family_word(claim.entity, name, names)
             or _catch_all(claim.entity, name) or _compound_head(claim.entity, name)]
    return replace(claim, entity=tails[0]) if len(tails) == 1 else claim


def _part_metric(claim: Claim) -> str | None:
    """The metric of which the claim's entity is a part: its own, or what its growth is of."""
    if claim.metric == _SHARE_OF and (claim.basis or _PART_OF) == _PART_OF:
        return _PART_OF
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


def _stem(words: list[str]) -> list[str]:
    return words[:-1] if words and words[-1] in _LINE_NOUNS else words


def _same_stem(claimed: str, filed: str) -> bool:
    """The same words before a generic noun for a line that one or both add."""
    short, long = _words(claimed), _words(filed)
    return bool(_stem(short)) and _stem(short) == _stem(long) and short != long


def _less_family_word(claimed: str, filed: str, names: set[str]) -> bool:
    """The filed name and one word more, the last word of another filed part's name."""
    short, long = _words(filed), _words(claimed)
    if not short or len(long) != len(short) + 1 or long[:-1] != short:
        return False
    return any(len(w := _words(other)) >= 2 and w[-1] == long[-1] and w[:-1] != short
               for other in names)


def _catch_all(claimed: str, filed: str) -> bool:
    """The filed line's words before its closing "and other", alone or with one word more."""
    if not _CATCH_ALL.search(filed):
        return False
    short, stem = _words(claimed), _words(filed)[:-1]
    return bool(stem) and (short == stem or (len(short) == len(stem) + 1
                                             and short[:-1] == stem and short[-1] != "other"))


def _compound_head(claimed: str, filed: str) -> bool:
    """The first word of a filed two-word compound name, which joins no two lines."""
    if re.search(r"\band\b|&|,", filed):
        return False
    short, long = _words(claimed), _words(filed)
    return len(long) == 2 and short == long[:1]
