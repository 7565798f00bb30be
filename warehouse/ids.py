"""Deterministic row ids, so loading the same filing twice writes the same rows.

An id is a hex prefix of the sha256 of the identifying fields. Fields are joined with a unit
separator and ``None`` is spelled differently from the empty string, so ("a", None) and ("a", "")
never share an id.

Ids are 128 bits (32 hex characters). Warehouses written before migration 008 hold 64-bit ids
(16 characters): the first 16 characters of the same digest, so a 64-bit id is a prefix of the
128-bit id of the same row (migration 008 recomputes every id and checks that it is), and ids
sort in the same order at either width.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from core.facts import Fact

# 128 bits: at 10^8 facts the chance that two share an id is ~10^-23 (64 bits gave ~3x10^-4,
# and two facts sharing an id are folded into one by the loader).
ID_HEX_CHARS = 32
_NONE = "\x00"
_SEPARATOR = "\x1f"


def hash_fields(*fields: object) -> str:
    """sha256 hex prefix of the fields, each normalised to a stable text form."""
    text = _SEPARATOR.join(_stable_text(field) for field in fields)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


def make_document_id(accession: str, filename: str) -> str:
    return hash_fields("document", accession, filename)


def make_fact_id(accession: str, filename: str, fact: Fact) -> str:
    """The figure's identity within one document: key fields plus the value.

    The value is part of the id because a document can state two conflicting values for one
    figure (``is_conflict``) and both are kept.
    """
    return fact_id_of(accession, filename, fact.metric, fact.unit, fact.period_start,
                      fact.period_end, fact.entity, fact.basis, fact.value)


def fact_id_of(
    accession: str, filename: str, metric: str, unit: str, period_start: date | None,
    period_end: date | None, entity: str | None, basis: str | None, value: Decimal,
) -> str:
    """A fact's id from its identifying fields: what ``make_fact_id`` computes, for a caller
    that holds the fields and not a ``Fact`` (a stored row, migration 008)."""
    return hash_fields("fact", accession, filename, metric, unit, period_start, period_end,
                       entity, basis, value)


def make_verification_id(run_id: str, claim_id: str) -> str:
    return hash_fields("verification", run_id, claim_id)


def make_run_id(now: datetime | None = None) -> str:
    """Run ids sort by start time (UTC) and stay unique within the same microsecond."""
    moment = now or datetime.now(UTC)
    return f"{moment:%Y%m%dT%H%M%S%f}-{uuid.uuid4().hex[:8]}"


def _stable_text(field: object) -> str:
    if field is None:
        return _NONE
    if isinstance(field, Decimal):
        # 62.0 and 62 are the same value (merge_facts treats them as equal); one spelling.
        return format(field.normalize(), "f") if field else "0"
    if isinstance(field, date):
        return field.isoformat()
    return str(field)
