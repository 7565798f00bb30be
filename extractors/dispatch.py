"""Run the extractors that apply to a document's form, on one parse, and merge their facts."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from core.facts import Fact, merge_facts
from extractors.document import Document, parse_document

OFFERING_FORMS = ("S-1", "S-1/A", "F-1", "F-1/A", "424B")
PERIODIC_FORMS = ("10-Q", "10-K", "20-F")
# a board's capital-return acts are stated in periodic reports and in earnings releases (an
# 8-K's exhibit: "raised the quarterly cash dividend ... to $1.50 per share, an increase of
# 25 cents per share, or 20%")
CAPITAL_RETURN_FORMS = PERIODIC_FORMS + ("8-K",)
MAX_START_SHIFT_DAYS = 7


def extract_document(content, *, document: str, form: str | None = None,
                     use_xbrl: bool = True) -> list[Fact]:
    with cyclic_collector_paused():
        doc = parse_document(content, name=document, form=form)
        return extract_parsed(doc, use_xbrl=use_xbrl)


@contextmanager
def cyclic_collector_paused() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while one document is read; it runs as
    before afterwards. A reading makes hundreds of thousands of short-lived lists, tuples,
    dicts and lxml element proxies, which reference counting frees; every 700 of them set off
    a collection that traverses every young container then alive (a document's marked
    elements, rows, places and sentences), touching memory the reading has left: 3% of
    extraction's CPU time over the bench's largest documents, for nothing, since a reading
    leaves no cycle (counted on them: a collection after each finds none). Whatever a reading
    did leave is found by the first collection after it. The output cannot change: the
    collector only ever frees what nothing reaches."""
    if not gc.isenabled():  # a caller that turned it off keeps it off
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract_parsed(doc: Document, *, use_xbrl: bool = True) -> list[Fact]:
    from extractors import (
        buyback_remaining,
        capital_return,
        charges,
        comparable_sales,
        concentration,
        constant_columns,
        cover,
        growth_prose,
        headcount_ranges,
        margins,
        offering,
        quarter_text,
        release_balances,
        release_prose,
        revenue_drivers,
        segment_highlights,
        segment_prose,
        segment_tables,
        stated_rates,
        store_counts,
        tables,
        titled_totals,
        xbrl,
        xbrl_lines,
    )

    facts: list[Fact] = []
    facts += tables.extract_table_facts(doc)
    facts += titled_totals.extract_titled_totals(doc)
    facts += concentration.extract_concentration(doc)
    facts += margins.extract_stated_margins(doc)
    facts += comparable_sales.extract_comparable_sales(doc)
    facts += growth_prose.extract_growth_prose(doc)
    facts += store_counts.extract_store_counts(doc)
    facts += headcount_ranges.extract_headcount_ranges(doc)
    if _is_form(doc.form, OFFERING_FORMS):
        facts += offering.extract_offering_terms(doc)
    if _is_form(doc.form, PERIODIC_FORMS):
        facts += cover.extract_cover_shares(doc)
        facts += charges.extract_charges(doc)
    if _is_form(doc.form, CAPITAL_RETURN_FORMS):
        facts += capital_return.extract_capital_return(doc)
        facts += buyback_remaining.extract_buyback_remaining(doc)
    facts += segment_tables.extract_segment_tables(doc, facts)
    facts += segment_prose.extract_segment_prose(doc, facts)
    facts += segment_highlights.extract_segment_highlights(doc, facts)
    facts += quarter_text.extract_quarter_text(doc, facts)
    facts += release_prose.extract_release_prose(doc, facts)
    facts += release_balances.extract_release_balances(doc, facts)
    facts += stated_rates.extract_stated_rates(doc, facts)
    facts += constant_columns.extract_constant_columns(doc, facts)
    facts += revenue_drivers.extract_revenue_drivers(doc, facts)
    if use_xbrl:
        tagged = xbrl.extract_inline_xbrl(doc)
        facts = segment_tables.untagged_parts(facts, tagged, xbrl_lines.extension_lines(doc))
        facts = align_periods(facts, {(f.period_start, f.period_end) for f in tagged}) + tagged
    return merge_facts(facts)


def align_periods(facts: list[Fact], reference: set[tuple]) -> list[Fact]:
    """Snap printed periods to the filer's exact XBRL periods so the same figure merges.

    A table header says "Three Months Ended March 29, 2025" and we can only count back three
    months (2024-12-30); the XBRL context says 2024-12-29 (a 52/53-week calendar). Same end
    date and a start within a week is the same period.
    """
    starts_by_end: dict = {}
    for start, end in reference:
        if start is not None and end is not None:
            starts_by_end.setdefault(end, []).append(start)
    aligned = []
    for fact in facts:
        starts = starts_by_end.get(fact.period_end, ())
        if fact.period_start is not None and starts and fact.period_start not in starts:
            nearest = min(starts, key=lambda s: abs((s - fact.period_start).days))
            if abs((nearest - fact.period_start).days) <= MAX_START_SHIFT_DAYS:
                fact = replace(fact, period_start=nearest)
        aligned.append(fact)
    return aligned


def _is_form(form: str | None, families: tuple[str, ...]) -> bool:
    """Unknown form: run everything (a user's loose file); else match the family prefix."""
    if form is None:
        return True
    return any(form.upper().startswith(f) for f in families)
