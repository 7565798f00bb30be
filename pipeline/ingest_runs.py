"""What `filingcheck ingest` runs around pipeline.ingest, so that its failures read as failures.

- A watchlist is ingested entry by entry: one that fails (a company EDGAR does not know, a
  mirror without its files) is reported and the others still run.
- ``--reextract`` makes no request (the raw store holds every body it needs) and says what the
  new extractors changed, figure by figure, instead of counting "new filings ... fetched".
- A command that fails before storing any filing leaves no warehouse behind: an empty one would
  make the next command say "no facts" about a company that was never loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.errors import FilingcheckError
from pipeline import ingest
from pipeline.config import Settings
from pipeline.watchlist import WatchlistEntry

SHOWN_CHANGES = 20  # figure changes listed per company; the rest are counted


@dataclass
class FigureChanges:
    """How a re-extraction changed one company's figures (see warehouse.queries.select_figures)."""

    facts_before: int
    facts_after: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def format(self) -> str:
        counts = (f"{self.facts_after} facts ({self.facts_before} before): "
                  f"{len(self.changed)} figures read another value, {len(self.added)} new, "
                  f"{len(self.removed)} gone")
        if not (self.added or self.removed or self.changed):
            return f"{self.facts_after} facts, every figure as before: nothing changed"
        lines = ([f"  changed: {c}" for c in self.changed] + [f"  new: {a}" for a in self.added]
                 + [f"  gone: {r}" for r in self.removed])
        more = len(lines) - SHOWN_CHANGES
        shown = lines[:SHOWN_CHANGES] + ([f"  ... and {more} more"] if more > 0 else [])
        return "\n".join([counts, *shown])


@dataclass
class EntryResult:
    """One company's outcome: its ingest summary, or the error that stopped it."""

    label: str
    summary: ingest.IngestSummary | None = None
    error: str | None = None
    changes: FigureChanges | None = None  # --reextract only

    @property
    def partial(self) -> bool:
        return self.summary is not None and bool(self.summary.failures)

    def format(self) -> str:
        if self.error is not None:
            return f"{self.label}: not ingested: {self.error}"
        if self.changes is None:
            return self.summary.format()
        s = self.summary
        line = (f"{s.company} (CIK {s.cik}): re-extracted {s.filings_new} stored filings "
                f"({s.documents_fetched} documents from the raw store, no request made); "
                + self.changes.format())
        return "\n".join([line, *(f"  not loaded: {f}" for f in s.failures)])


def ingest_one(settings: Settings, *, ticker: str | None, cik: int | None,
               forms: tuple[str, ...] | None = None, since: date | None = None,
               reextract: bool = False, show_progress: bool = False) -> EntryResult:
    """Ingest (or re-extract) one company; a FilingcheckError propagates."""
    label = ticker or str(cik)
    if not reextract:
        summary = ingest.ingest_company(settings, ticker=ticker, cik=cik, forms=forms,
                                        since=since, show_progress=show_progress)
        return EntryResult(label, summary)
    # Everything re-extracted is already in the raw store: never ask EDGAR (and so need no
    # SEC_USER_AGENT); a company never ingested is an error that says so.
    offline = settings.with_(offline=True, mirror=None)
    company, before, count_before = _figures(offline, ticker, cik)
    summary = ingest.ingest_company(offline, cik=company, forms=forms, since=since,
                                    show_progress=show_progress, reextract=True)
    summary.company = ticker.upper() if ticker else summary.company
    _, after, count_after = _figures(offline, None, company)
    return EntryResult(label, summary, changes=compare_figures(before, after, count_before,
                                                               count_after))


def ingest_each(settings: Settings, entries: Iterable[WatchlistEntry], *,
                reextract: bool = False, show_progress: bool = False) -> Iterator[EntryResult]:
    """Every watchlist entry in turn; one that fails yields its error and the next one runs."""
    for entry in entries:
        try:
            yield ingest_one(settings, ticker=entry.ticker, cik=entry.cik, reextract=reextract,
                             show_progress=show_progress)
        except FilingcheckError as exc:
            yield EntryResult(entry.ticker or str(entry.cik), error=str(exc))


def _figures(settings: Settings, ticker: str | None, cik: int | None):
    from warehouse import connect
    from warehouse.db import require_warehouse
    from warehouse.queries import count_facts, resolve_company, select_figures

    require_warehouse(settings.db_path)
    with connect(settings.db_path) as conn:  # writable: an older warehouse is migrated here
        company = resolve_company(conn, ticker=ticker, cik=cik)
        return company, select_figures(conn, company), count_facts(conn, company)


def compare_figures(before: dict, after: dict, count_before: int,
                    count_after: int) -> FigureChanges:
    changes = FigureChanges(count_before, count_after)
    for key in sorted(set(before) | set(after), key=_sort_key):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None:
            changes.added.append(f"{_figure(key)}: {_values(new)}")
        elif new is None:
            changes.removed.append(f"{_figure(key)}: {_values(old)}")
        else:
            changes.changed.append(f"{_figure(key)}: {_values(old)} -> {_values(new)}")
    return changes


def _sort_key(key: tuple) -> tuple:
    return tuple("" if part is None else str(part) for part in key)


def _figure(key: tuple) -> str:
    accession, form, metric, entity, basis, unit, start, end = key
    about = ", ".join(str(x) for x in (entity, basis) if x)
    period = f"{start} to {end}" if start else f"at {end}"
    return (f"{metric}{f' ({about})' if about else ''} {period} [{unit}] "
            f"in {form} {accession}")


def _values(values: tuple[str, ...]) -> str:
    return " or ".join(values)


def existing_paths(settings: Settings) -> set[Path]:
    """Which of the data directory, the raw store and the warehouse exist before a command."""
    return {p for p in (settings.data_dir, settings.raw_dir, settings.db_path) if p.exists()}


def tidy_after_failure(settings: Settings, existed: set[Path]) -> None:
    """Remove what a failed command created without storing a filing in it."""
    from warehouse.db import remove_if_empty

    if settings.db_path not in existed:
        remove_if_empty(settings.db_path)
    for folder in (settings.raw_dir, settings.data_dir):  # innermost first
        if folder not in existed and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
