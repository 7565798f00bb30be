"""Row shapes the pipeline hands to the warehouse and gets back from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from core.facts import Fact


@dataclass(frozen=True)
class CompanyRecord:
    cik: int
    name: str | None = None
    ticker: str | None = None


@dataclass(frozen=True)
class FilingRecord:
    """One EDGAR filing (one accession number)."""

    accession: str  # 0001628280-26-029503; local files get "local-<sha256 prefix>"
    cik: int
    form: str
    filed_date: date | None
    report_date: date | None = None
    file_number: str | None = None
    primary_document: str | None = None
    is_amendment: bool = False
    items: str | None = None  # 8-K items as EDGAR lists them, e.g. "2.02,9.01"
    is_xbrl: bool = False  # the submissions JSON's isXBRL: companyfacts may cover it
    # the name the filing's cover gives its registrant (extractors.registrant), None if none
    registrant_name: str | None = None

    @property
    def folder_url(self) -> str:
        """The filing's folder on EDGAR (no such folder for local ids)."""
        return (
            f"https://www.sec.gov/Archives/edgar/data/{self.cik}/"
            f"{self.accession.replace('-', '')}/"
        )


@dataclass(frozen=True)
class DocumentRecord:
    """One document of a filing, stored in the raw store under its sha256."""

    accession: str
    filename: str
    exhibit_type: str | None  # "primary", "EX-99.1", ...
    url: str
    sha256: str
    bytes: int


@dataclass(frozen=True)
class StoredFact:
    """A fact as the warehouse holds it: the fact plus the filing it came from."""

    fact_id: str
    fact: Fact
    cik: int
    accession: str
    form: str
    filed_date: date | None
    filename: str
    document_url: str
    # How the filing's readings of this figure resolved (core.readings.RESOLUTIONS): an
    # "overruled" reading is never evidence, a "disputed" one makes a claim unverifiable.
    resolution: str = "sole"


@dataclass(frozen=True)
class RunRecord:
    run_id: str
    command: str
    started_at: datetime
    finished_at: datetime | None = None
    status: str = "running"
    summary: str | None = None
