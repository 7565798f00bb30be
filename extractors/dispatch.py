"""Run the extractors that apply to a document's form, on one parse, and merge their facts."""

from __future__ import annotations

from extractors.document import Document, parse_document
from extractors.model import Fact, merge_facts

OFFERING_FORMS = ("S-1", "S-1/A", "F-1", "F-1/A", "424B")
PERIODIC_FORMS = ("10-Q", "10-K", "20-F")


def extract_document(content, *, document: str, form: str | None = None,
                     use_xbrl: bool = True) -> list[Fact]:
    doc = parse_document(content, name=document, form=form)
    return extract_parsed(doc, use_xbrl=use_xbrl)


def extract_parsed(doc: Document, *, use_xbrl: bool = True) -> list[Fact]:
    from extractors import concentration, cover, offering, tables, xbrl

    facts: list[Fact] = []
    facts += tables.extract_table_facts(doc)
    facts += concentration.extract_concentration(doc)
    if _is_form(doc.form, OFFERING_FORMS):
        facts += offering.extract_offering_terms(doc)
    if _is_form(doc.form, PERIODIC_FORMS):
        facts += cover.extract_cover_shares(doc)
    if use_xbrl:
        facts += xbrl.extract_inline_xbrl(doc)
    return merge_facts(facts)


def _is_form(form: str | None, families: tuple[str, ...]) -> bool:
    """Unknown form: run everything (a user's loose file); else match the family prefix."""
    if form is None:
        return True
    return any(form.upper().startswith(f) for f in families)
