"""Validation of the identifiers that end up in URLs or near the filesystem.

Accession numbers, CIKs and file names come from EDGAR responses (or a mirror someone else
wrote). They are checked here before they are put in a URL or joined to a directory, so a hostile
``index.json`` naming ``../../etc/passwd`` cannot make us read or write outside our roots.
"""

from __future__ import annotations

import re
from pathlib import Path

from core.errors import ValidationError

ACCESSION_RE = re.compile(r"^\d{10}-\d{2}-\d{6}\Z")
_CIK_RE = re.compile(r"^\d{1,10}\Z")
_SUBMISSIONS_PAGE_RE = re.compile(r"^CIK\d{10}-submissions-\d{3}\.json\Z")
_MAX_NAME = 255
# Characters that would let a "file name" name a directory, a drive or another stream.
_FORBIDDEN = ("/", "\\", "\x00", ":")


def validate_accession(accession: str) -> str:
    """Return the accession number if it looks like 0001234567-26-000123, else raise."""
    return _require_match(
        ACCESSION_RE, accession,
        f"accession number {accession!r} is not of the form 0001234567-26-000123; "
        "check the filing's accession number",
    )


def validate_cik(cik: int | str) -> int:
    """Return the CIK as an int (1 to 10 digits, positive), else raise."""
    text = str(cik).strip() if isinstance(cik, (int, str)) and not isinstance(cik, bool) else ""
    if _CIK_RE.fullmatch(text) is None or int(text) == 0:
        raise ValidationError(f"CIK {cik!r} is not a positive number of at most 10 digits")
    return int(text)


def validate_filename(name: str) -> str:
    """Return a bare file name (no directory part, no traversal), else raise."""
    if not isinstance(name, str) or not name or len(name) > _MAX_NAME:
        raise ValidationError(f"file name {name!r} is empty or too long to be an EDGAR file name")
    bad = [c for c in _FORBIDDEN if c in name]
    if bad or name in (".", "..") or name.startswith(("~", ".")) or not name.isprintable():
        raise ValidationError(
            f"refusing file name {name!r}: EDGAR file names are bare names without path "
            "separators, '..', leading dots or control characters; the listing may be corrupt "
            "or hostile"
        )
    return name


def validate_submissions_page(name: str) -> str:
    """Return an extra submissions page name (CIK##########-submissions-001.json), else raise."""
    return _require_match(
        _SUBMISSIONS_PAGE_RE, name,
        f"submissions page name {name!r} is not of the form "
        "CIK##########-submissions-NNN.json; the submissions JSON may be corrupt",
    )


def _require_match(pattern: re.Pattern, value: str, message: str) -> str:
    """``value`` if it is a string matching ``pattern`` in full, else ValidationError(message)."""
    if not isinstance(value, str) or pattern.fullmatch(value) is None:
        raise ValidationError(message)
    return value


def cik10(cik: int | str) -> str:
    """The zero-padded ``CIK##########`` form used in data.sec.gov file names."""
    return f"CIK{validate_cik(cik):010d}"


def accession_folder(accession: str) -> str:
    """The accession number without dashes, as EDGAR names the filing's folder."""
    return validate_accession(accession).replace("-", "")


def resolve_within(root: Path, *parts: str) -> Path:
    """Join ``parts`` under ``root`` and refuse the result if it resolves outside ``root``.

    Resolving follows symlinks, so a link inside the root pointing elsewhere is refused too.
    """
    base = Path(root).resolve()
    target = base.joinpath(*parts).resolve()
    if not target.is_relative_to(base):
        raise ValidationError(
            f"refusing path {'/'.join(parts)!r}: it resolves to {target}, outside {base}"
        )
    return target
