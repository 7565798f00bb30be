"""Form types filingcheck knows how to read."""

from __future__ import annotations

from core.errors import ValidationError

KNOWN_FORMS = (
    "S-1", "S-1/A", "F-1", "F-1/A", "424B1", "424B3", "424B4", "424B5",
    "10-Q", "10-Q/A", "10-K", "10-K/A", "20-F", "20-F/A", "8-K", "8-K/A", "EX-99.1", "EX-99.2",
)
# What `ingest` fetches when no --forms is given (Settings.forms); every one is a known form.
DEFAULT_FORMS = ("S-1", "S-1/A", "424B4", "10-Q", "10-Q/A", "10-K", "10-K/A", "8-K", "8-K/A")
assert set(DEFAULT_FORMS) <= set(KNOWN_FORMS)


def check_form(form: str) -> str:
    """Normalise a user-given form type, or raise ValidationError listing the known ones."""
    normal = form.strip().upper()
    if normal not in KNOWN_FORMS:
        raise ValidationError(
            f"unknown form {form!r}; filingcheck reads {', '.join(KNOWN_FORMS)}. "
            "Check the form type on the filing's EDGAR index page."
        )
    return normal


# The annual reports: their statements and notes tell their year and the two before
ANNUAL_FORMS = ("10-K", "10-K/A", "20-F", "20-F/A", "40-F", "40-F/A")


def is_annual_report(form: str | None) -> bool:
    """A 10-K, 20-F or 40-F (or its amendment)."""
    return (form or "").strip().upper() in ANNUAL_FORMS


def is_amendment(form: str) -> bool:
    """An amended filing: its form ends in /A (10-K/A, S-1/A ...)."""
    return form.upper().endswith("/A")
