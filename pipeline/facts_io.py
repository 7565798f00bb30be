"""The ``extract`` command's API: local files in, facts out, as JSON Lines or text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from core.errors import NotFoundError, ValidationError
from core.facts import Fact
from extractors.companyfacts import extract_companyfacts
from extractors.dispatch import extract_document
from extractors.xbrl import extract_xbrl_instance


def extract_files(paths: Iterable[str | Path], form: str | None = None,
                  use_xbrl: bool = True) -> Iterator[tuple[str, Fact]]:
    """Each file's facts, as (the path as given, fact); a missing file is a NotFoundError.

    A filing document (.htm, .html, .txt) goes through every extractor; an XBRL instance
    (.xml) and a companyfacts JSON (.json) are read as the filer's tagged facts.
    """
    for path in paths:
        name = str(path)
        try:
            content = Path(path).read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundError(f"{name}: no such file; check the path") from exc
        for fact in extract_content(content, name, form=form, use_xbrl=use_xbrl):
            yield name, fact


def extract_content(content: bytes, name: str, *, form: str | None,
                    use_xbrl: bool) -> list[Fact]:
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".xml") and not use_xbrl:
        raise ValidationError(f"{name}: a {suffix} file holds only XBRL facts; drop --no-xbrl")
    if suffix == ".json":
        by_accession = extract_companyfacts(content, document=name)
        return [fact for facts in by_accession.values() for fact in facts]
    if suffix == ".xml":
        return extract_xbrl_instance(content, document=name)
    return extract_document(content, document=name, form=form, use_xbrl=use_xbrl)


def fact_to_json(fact: Fact, document: str) -> dict:
    """One JSON Lines record: the exact value as a string, ISO dates, the first source."""
    source = fact.sources[0] if fact.sources else None
    record = {
        "document": document,
        "metric": fact.metric,
        "value": _plain(fact.value),
        "unit": fact.unit,
        "period_start": fact.period_start.isoformat() if fact.period_start else None,
        "period_end": fact.period_end.isoformat() if fact.period_end else None,
        "entity": fact.entity,
        "basis": fact.basis,
        "decimals": fact.decimals,
        "is_conflict": fact.is_conflict,
        "source": _source_json(source) if source else None,
        "sources": [_source_json(s) for s in fact.sources],
    }
    return record


def _source_json(source) -> dict:
    return {
        "table": source.table,
        "row": source.row,
        "column": source.column,
        "text": source.text,
        "extractor": source.extractor,
        "extractor_version": source.extractor_version,
        "span": list(source.span) if source.span else None,
        "concept": source.concept,
    }


def _plain(value) -> str:
    """The exact decimal without exponent notation (Decimal('5.2728E+9') -> '5272800000')."""
    return format(value, "f")


def format_fact(fact: Fact, document: str) -> str:
    """One readable line: document, metric, value, unit, period, where it was read."""
    period = f"{fact.period_start or ''}..{fact.period_end or ''}"
    who = f" [{fact.entity}]" if fact.entity else ""
    flag = " CONFLICT" if fact.is_conflict else ""
    where = fact.sources[0].locator() if fact.sources else ""
    extractor = fact.sources[0].extractor if fact.sources else ""
    return (f"{document}\t{fact.metric}{who}\t{_plain(fact.value)} {fact.unit}\t{period}{flag}"
            f"\t{extractor}: {where}")
