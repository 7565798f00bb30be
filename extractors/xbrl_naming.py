"""The fiscal year a filing reports, as its filer names it, from the cover's dei tags.

Every inline-XBRL 10-K and 10-Q tags its document and entity information on one context, the
period the filing reports: ``dei:DocumentFiscalYearFocus`` (the fiscal year, as the filer names
it) and ``dei:DocumentFiscalPeriodFocus`` (the part of that year the filing covers: FY, Q1 to
Q3). A software maker's 10-K for the year ended January 31, 2025 tags 2025 and FY; a game
retailer's for the 53 weeks ended February 3, 2024 tags 2023 and FY. Both become one fact of
the registry's naming row (``core.rows_document``): the year as its value, over the context's
period, the part as its basis; the verifier's fiscal calendar learns the filer's naming from it.

The tags are ix:nonNumeric (no unit, no scale): usually hidden in the header, sometimes printed
on the cover ("For the quarterly period ended June 30, 2023" with the year tagged inside the
date).
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact, Source
from extractors.concepts import local_name, rule_for
from extractors.xbrl_contexts import attr

YEAR_FOCUS = "DocumentFiscalYearFocus"
PERIOD_FOCUS = "DocumentFiscalPeriodFocus"
# the parts of a fiscal year a cover may name (the taxonomy's enumeration)
PARTS = ("FY", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "M9", "T1", "T2", "T3")
_YEAR = re.compile(r"(?:FY\s*)?(?P<y>(?:19|20)\d\d)", re.I)
_CONCEPTS = (YEAR_FOCUS, PERIOD_FOCUS)


def naming_facts(tags, contexts, *, document: str, extractor: str, version: str
                 ) -> list[Fact]:
    """The naming facts of ``tags`` ((concept, text, context id) of the document's text tags):
    one per context that carries a fiscal year focus, with no dimension."""
    years: dict[str, tuple[str, int]] = {}
    parts: dict[str, str] = {}
    for concept, text, ref in tags:
        name = local_name(concept)
        if name == YEAR_FOCUS and (found := _YEAR.fullmatch(text.strip())):
            years.setdefault(ref, (concept.strip(), int(found["y"])))
        elif name == PERIOD_FOCUS and text.strip().upper() in PARTS:
            parts.setdefault(ref, text.strip().upper())
    facts = []
    for ref, (concept, year) in years.items():
        context = contexts.get(ref)
        rule = rule_for(concept)
        if context is None or context.dims or context.end is None or rule is None:
            continue
        part = parts.get(ref)
        source = Source(document=document, extractor=extractor, extractor_version=version,
                        text=f"fiscal year focus {year}" + (f", period focus {part}"
                                                             if part else ""),
                        concept=concept)
        facts.append(Fact(metric=rule.metric, value=Decimal(year), unit=rule.unit,
                          period_start=context.start, period_end=context.end, basis=part,
                          decimals=0, sources=(source,)))
    return facts


def inline_tags(elements) -> list[tuple[str, str, str]]:
    """(concept, text, context id) of the ix:nonNumeric elements naming the fiscal year or
    period focus (the name tested before any text is read: a filing tags hundreds)."""
    found = []
    for element in elements:
        name = element.get("name") or ""
        if "DocumentFiscal" in name and local_name(name) in _CONCEPTS:
            found.append((name, "".join(element.itertext()), attr(element, "contextRef") or ""))
    return found


def instance_tags(root) -> list[tuple[str, str, str]]:
    """The same of a standalone instance's top-level elements."""
    found = []
    for element in root:
        name = local_name(element.tag) if isinstance(element.tag, str) else None
        if name in _CONCEPTS:
            concept = f"{element.prefix}:{name}" if element.prefix else name
            found.append((concept, element.text or "", attr(element, "contextRef") or ""))
    return found
