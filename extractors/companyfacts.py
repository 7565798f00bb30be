"""Facts from SEC companyfacts JSON (data.sec.gov/api/xbrl/companyfacts/CIK##########.json).

Each entry {start?, end, val, accn, fy, fp, form, filed, frame?} is one figure as one filing
reported it. ``fy``/``fp`` describe the FILING (a 10-Q's comparative quarter of last year still
says this year's fy), so periods come from start/end only. companyfacts drops dimensioned facts,
so everything here is a company total (share counts: "total").
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from decimal import Decimal

from core.errors import ParsingError
from core.facts import Fact, Source
from extractors.concepts import ConceptRule, concept_rules, dimension_entity
from extractors.xbrl import finish_facts
from extractors.xbrl_contexts import plain

EXTRACTOR_VERSION = "1.0"
EXTRACTOR = "companyfacts"
_UNITS = {"USD": "USD", "shares": "shares", "USD/shares": "USD/share", "pure": "pure"}


def extract_companyfacts(data: bytes | str, *, document: str) -> dict[str, list[Fact]]:
    """Mapped facts of every filing in a companyfacts document, keyed by accession number."""
    facts_by_accession: dict[str, list[Fact]] = defaultdict(list)
    rules = concept_rules()
    for taxonomy, concept, unit, entry in _entries(_load(data, document), rules, document):
        rule = rules.get(concept)
        fact = _fact(f"{taxonomy}:{concept}", rule, unit, entry, document) if rule else None
        if fact is not None:
            facts_by_accession[str(entry["accn"])].append(fact)
    return {accn: finish_facts(facts) for accn, facts in facts_by_accession.items()}


def _load(data: bytes | str, document: str) -> dict:
    # parse_float/parse_int keep every value exact: 0.23 must not become 0.23000000000000001.
    try:
        loaded = json.loads(data, parse_float=Decimal, parse_int=Decimal)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParsingError(f"{document}: not valid JSON ({exc}); download it again") from exc
    if not isinstance(loaded, dict) or not isinstance(loaded.get("facts"), dict):
        raise ParsingError(f"{document}: no 'facts' object; is this a companyfacts document?")
    return loaded


def _entries(loaded: dict, rules: dict[str, ConceptRule], document: str):
    """(taxonomy, concept, unit, entry) for the concepts we map, in document order."""
    for taxonomy, concepts in loaded["facts"].items():
        if not isinstance(concepts, dict):
            raise ParsingError(f"{document}: facts.{taxonomy} is not an object")
        for concept, body in concepts.items():
            if concept not in rules:
                continue
            for unit, entries in (body.get("units") or {}).items():
                for entry in entries:
                    yield taxonomy, concept, unit, entry


def _fact(concept: str, rule: ConceptRule, unit: str, entry: dict, document: str) -> Fact | None:
    expected = "pure" if rule.unit == "percent" else rule.unit
    if _UNITS.get(unit) != expected:
        return None
    keep, entity, basis = dimension_entity(rule, {})
    if not keep:
        return None  # e.g. a concentration without its customer says nothing we can use
    try:
        value = Decimal(entry["val"])
        end = date.fromisoformat(entry["end"])
        start = date.fromisoformat(entry["start"]) if entry.get("start") else None
        accession = entry["accn"]
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise ParsingError(f"{document}: malformed {concept} entry {entry!r}: {exc}") from exc
    if rule.unit == "percent":
        value = value * 100
    try:
        value = plain(value)
    except ArithmeticError:  # more digits than a Decimal holds exactly: no real figure
        return None
    source = Source(document=document, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    concept=concept, text=f"{concept} {entry['val']} ({accession}, "
                                          f"{entry.get('form')} filed {entry.get('filed')})")
    return Fact(metric=rule.metric, value=value, unit=rule.unit, period_start=start,
                period_end=end, entity=entity, basis=basis, decimals=None, sources=(source,))
