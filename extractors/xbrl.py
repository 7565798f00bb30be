"""Facts from XBRL: inline XBRL tags in a filing document, or a standalone instance document.

Only concepts in ``extractors.concepts`` become facts; the rest of a filing's thousand tags are
skipped before their values are even read. Values are exact: the displayed number per its
transformation format, times 10**scale, negated by sign="-". XBRL ``decimals`` already speak of
the scaled value in base units, so they pass through unchanged (percentages excepted: a pure
ratio 0.23 with decimals 2 becomes 23 percent with decimals 0).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import NamedTuple

from core.errors import ParsingError
from core.facts import Fact, Source, merge_facts
from extractors.concepts import (
    ConceptRule,
    dimension_entity,
    metrics_of_entity,
    prefer_concepts,
    rule_for,
)
from extractors.document import Document
from extractors.xbrl_contexts import (
    MAX_DIGITS,
    Context,
    attr,
    is_nil,
    lname,
    parse_contexts,
    parse_decimals,
    parse_ix_number,
    parse_safe_xml,
    parse_scale,
    parse_units,
    plain,
)
from extractors.xbrl_naming import inline_tags, instance_tags, naming_facts
from extractors.xbrl_segments import (
    filer_names,
    named_as_printed,
    printed_members,
    printed_names,
    printed_row,
    segment_own_figures,
    whole_company_members,
)

EXTRACTOR_VERSION = "1.1"
EXTRACTOR = "xbrl"


class Reading(NamedTuple):
    """One tag's figure before it becomes a Fact: what every XBRL path produces.

    A named tuple, not a frozen dataclass: it is built once per tag read and never compared,
    and a frozen dataclass's __init__ (a setattr per field) cost more than its reading.
    """

    concept: str
    rule: ConceptRule
    context: Context
    unit: str | None
    value: Decimal
    decimals: int | None
    text: str
    row: str | None = None  # a part's tag: the label of the table row it is printed in


def extract_inline_xbrl(doc: Document) -> list[Fact]:
    """Facts from the document's ix:nonFraction tags (hidden ones included), merged."""
    if not doc.may_hold_inline_xbrl:
        return []  # no <ix:header> in the bytes: no contexts, so no fact (spares a tree walk)
    contexts, units = doc.inline_resources
    if not contexts:
        return []  # not an inline XBRL document
    readings = whole_company_members(segment_own_figures(
        _inline_readings(doc.inline_elements[1], contexts, units, doc.name)))
    printed = printed_names(readings)
    readings = printed_members(readings)
    facts = named_as_printed([f for r in readings if (f := reading_fact(r, doc.name)) is not None],
                             printed)
    named = naming_facts(inline_tags(doc.inline_texts), contexts, document=doc.name,
                         extractor=EXTRACTOR, version=EXTRACTOR_VERSION)
    return finish_facts(name_customers(filer_names(facts, doc.text), doc.index.aliases) + named)


def _inline_readings(tags, contexts, units, document: str) -> list[Reading]:
    # A filing tags a few hundred concepts thousands of times: map each name attribute once.
    rules: dict[str, ConceptRule | None] = {}
    readings = []
    for element in tags:
        name = element.get("name") or ""
        if name not in rules:
            # rule_for strips whitespace itself, so the raw attribute is as good a key.
            rules[name] = rule_for(name)
        rule = rules[name]
        if rule is not None and not is_nil(element):
            reading = _inline_reading(element, name.strip(), rule, contexts, units, document)
            if reading is not None:
                readings.append(reading)
    return readings


def extract_xbrl_instance(data: bytes | str, *, document: str) -> list[Fact]:
    """Facts from a standalone XBRL instance (.xml), parsed without entities or network."""
    root = parse_safe_xml(data, document=document)
    if lname(root) != "xbrl":
        raise ParsingError(f"{document}: the root element is <{lname(root)}>, not <xbrl>; "
                           "is this an XBRL instance document?")
    contexts, units = parse_contexts(root), parse_units(root)
    readings = [r for el in root if (r := _instance_reading(el, contexts, units, document))]
    readings = whole_company_members(segment_own_figures(readings))
    named = naming_facts(instance_tags(root), contexts, document=document,
                         extractor=EXTRACTOR, version=EXTRACTOR_VERSION)
    return finish_facts([reading_fact(r, document) for r in readings] + named)


def _inline_reading(el, concept: str, rule: ConceptRule, contexts, units,
                    document: str) -> Reading | None:
    # Most tags hold just their figure: with no child node, itertext would yield only .text.
    text = ("".join(el.itertext()) if len(el) else el.text or "").strip()
    try:
        value = parse_ix_number(text, el.get("format")).scaleb(parse_scale(el.get("scale")))
    except ParsingError as exc:
        raise ParsingError(f"{document}: {concept} (id {el.get('id')}): {exc}") from exc
    if (el.get("sign") or "").strip() == "-":
        value = -value
    reading = _reading(concept, rule, el, contexts, units, value, text, document)
    if reading is not None and rule.entity == "segment" and reading.context.dims:
        reading = reading._replace(row=printed_row(el))  # to check the member against
    return reading


def _instance_reading(el, contexts, units, document: str) -> Reading | None:
    if not isinstance(el.tag, str) or attr(el, "contextRef") is None:
        return None  # contexts, units, schemaRef, footnote links
    concept = f"{el.prefix}:{lname_cased(el)}" if el.prefix else lname_cased(el)
    rule = rule_for(concept)
    if rule is None or is_nil(el):
        return None
    text = (el.text or "").strip()
    if not re.fullmatch(rf"[-+]?\d{{1,{MAX_DIGITS}}}(\.\d{{1,{MAX_DIGITS}}})?", text):
        raise ParsingError(f"{document}: {concept} has a value {text!r} that is not a "
                           "plain decimal number; the instance is malformed")
    value = Decimal(text)
    return _reading(concept, rule, el, contexts, units, value, text, document)


def lname_cased(el) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _reading(concept, rule, el, contexts, units, value, text, document) -> Reading | None:
    ref = attr(el, "contextRef")
    context = contexts.get(ref or "")
    if context is None:
        raise ParsingError(f"{document}: {concept} refers to context {ref!r}, which the "
                           "document does not define; the XBRL is truncated or malformed")
    unit = units.get(attr(el, "unitRef") or "")
    expected = "pure" if rule.unit == "percent" else rule.unit
    if unit != expected:
        return None  # another currency, or a concept tagged with an odd unit: not our figure
    decimals = parse_decimals(el.get("decimals"))
    return Reading(concept, rule, context, unit, value, decimals, text)


def reading_fact(r: Reading, document: str, *, extractor: str = EXTRACTOR,
                 version: str = EXTRACTOR_VERSION) -> Fact | None:
    """Turn a reading into our Fact, or None when its dimensions make it not a mapped figure."""
    keep, entity, basis = dimension_entity(r.rule, r.context.dims)
    if not keep:
        return None
    value, decimals = r.value, r.decimals
    if r.rule.unit == "percent":
        value = value * 100
        decimals = None if decimals is None else decimals - 2
    source = Source(document=document, extractor=extractor, extractor_version=version,
                    text=r.text, concept=r.concept, row=r.row)
    # A share of receivables is a balance at a date, whatever context the filer tagged it with
    # (NVIDIA uses the half-year duration): date it like the prose does, "as of" the end.
    start = None if basis == "accounts_receivable" else r.context.start
    try:
        value = plain(value)
    except InvalidOperation:  # a large scale on a long figure: too many digits to hold exactly
        return None
    return Fact(metric=r.rule.metric, value=value, unit=r.rule.unit,
                period_start=start, period_end=r.context.end, entity=entity,
                basis=basis, decimals=decimals, sources=(source,))


def name_customers(facts: list[Fact], defined: Mapping[str, str]) -> list[Fact]:
    """Name customers as the document's prose does, so tag and sentence readings merge.

    A member only spells the full name (MohamedBinZayedUniversityOfArtificialIntelligenceMember);
    the filing defines the alias readers quote ('... Intelligence ("MBZUAI")'): ``defined`` is
    the document's own (``Document.index.aliases``, read once for every extractor).
    """
    about_customers = metrics_of_entity("customer")
    if not any(f.metric in about_customers for f in facts):
        return facts
    aliases = {_squash(name): alias for name, alias in defined.items()}
    return [replace(f, entity=_alias(f.entity, aliases))
            if f.metric in about_customers else f for f in facts]


def _alias(entity: str | None, aliases: dict[str, str]) -> str | None:
    # The name the prose defines may be preceded by a heading run into it; it ends the same way.
    key = _squash(entity or "")
    if len(key) < 3:
        return entity
    return aliases.get(key) or next((a for n, a in aliases.items() if n.endswith(key)), entity)


def _squash(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def finish_facts(facts: list[Fact | None]) -> list[Fact]:
    """Drop unmapped readings, keep the preferred concept per figure, add class totals, merge."""
    kept = merge_facts(prefer_concepts([f for f in facts if f is not None]))
    return merge_facts(kept + class_totals(kept))


def class_totals(facts: list[Fact]) -> list[Fact]:
    """A 'total' count for each metric and date at which share classes are reported (the
    metrics whose registry row is about a share class: the cover's shares outstanding).

    Several classes sum. A single class is the total too, since a cover must state every class
    (GameStop's cover names only Class A; its XBRL tags that count undimensioned), but only when
    no total is stated outright. A figure in conflict is left out: adding a contradicted number
    would hide it.
    """
    by_class = metrics_of_entity("share_class")
    by_date: dict[tuple, list[Fact]] = defaultdict(list)
    stated = {(f.metric, f.period_end) for f in facts
              if f.metric in by_class and f.entity == "total"}
    for fact in facts:
        if (fact.metric in by_class and (fact.entity or "").startswith("Class ")
                and not fact.is_conflict):
            by_date[fact.metric, fact.period_end].append(fact)
    return [_total(parts) for key, parts in by_date.items()
            if len({p.entity for p in parts}) >= 2 or key not in stated]


def _total(parts: list[Fact]) -> Fact:
    decimals = [p.decimals for p in parts]
    text = " + ".join(f"{p.entity} {p.value:,}" for p in parts)
    first = parts[0]
    origin = first.sources[0]
    summary = Source(document=origin.document, extractor=origin.extractor,
                     extractor_version=origin.extractor_version, concept=origin.concept,
                     text=f"sum of {text}" if len(parts) > 1 else f"the only class: {text}")
    return Fact(metric=first.metric, value=sum(p.value for p in parts), unit=first.unit,
                period_start=None, period_end=first.period_end, entity="total",
                decimals=None if None in decimals else min(decimals),
                sources=(summary,) + tuple(s for p in parts for s in p.sources))
