"""Deterministic row ids, so loading the same filing twice writes the same rows.

An id is a hex prefix of the sha256 of the identifying fields. Fields are joined with a unit
separator and ``None`` is spelled differently from the empty string, so ("a", None) and ("a", "")
never share an id.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from core.facts import Fact

ID_HEX_CHARS = 16  # 64 bits: collisions are negligible at millions of rows
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
    return hash_fields(
        "fact",
        accession,
        filename,
        fact.metric,
        fact.unit,
        fact.period_start,
        fact.period_end,
        fact.entity,
        fact.basis,
        fact.value,
    )


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
