"""The unit of bulk work: one filing day, and the plan file that hands it from the fetcher to
the extract workers.

The fetcher writes ``<raw store>/bulk/days/<YYYY-MM-DD>.json`` once every body the day's filings
need is in the raw store; an extract worker reads it and never touches the network. The file is
written whole (a temporary file renamed into place), so a reader never sees half a plan.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from core.errors import ValidationError
from warehouse.records import FilingRecord

PLAN_VERSION = 1
BUCKET_OVER = 2000  # filings: a bigger day is split in hash buckets
BUCKETS = 16


@dataclass(frozen=True)
class DayPlan:
    """The filings of one filing day (the filed-as-of date) that bulk mode works on."""

    day: date
    filings: tuple[FilingRecord, ...] = field(default_factory=tuple)
    companies: dict[int, str] = field(default_factory=dict)  # cik -> name, for the lake
    # cik -> ticker, from EDGAR's company_tickers.json: the views carry the ticker, so a lake
    # without it would not equal the warehouse that `ingest --ticker` fills
    tickers: dict[int, str] = field(default_factory=dict)
    # the fetch log: every body the day needed as the raw store holds it ({accession (None for
    # the day's form index), url, sha256, bytes}); the lake's `fetch_log` table
    fetched: tuple[dict, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Split:
    """When a day is split in hash buckets: more than ``over`` filings, into ``buckets``."""

    over: int = BUCKET_OVER
    buckets: int = BUCKETS

    def buckets_of(self, plan: Path) -> int:
        return self.buckets if len(read_day_plan(plan).filings) > self.over else 1


DEFAULT_SPLIT = Split()


def plan_path(raw_dir: Path, day: date) -> Path:
    return Path(raw_dir) / "bulk" / "days" / f"{day.isoformat()}.json"


def write_day_plan(raw_dir: Path, plan: DayPlan) -> Path:
    """Write the plan of one day atomically; returns its path."""
    path = plan_path(raw_dir, plan.day)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "version": PLAN_VERSION,
        "day": plan.day.isoformat(),
        "companies": {str(cik): name for cik, name in sorted(plan.companies.items())},
        "tickers": {str(cik): ticker for cik, ticker in sorted(plan.tickers.items())},
        "filings": [_filing_json(f) for f in sorted(plan.filings, key=lambda f: f.accession)],
        "fetched": sorted(plan.fetched, key=lambda e: (e["accession"] or "", e["url"])),
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(body, out, indent=1, sort_keys=True)
    os.replace(tmp, path)
    return path


def read_day_plan(path: Path) -> DayPlan:
    """Read a plan written by ``write_day_plan``; a damaged or foreign file is a ValidationError."""
    try:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        if body.get("version") != PLAN_VERSION:
            raise ValidationError(f"{path}: bulk day plan version {body.get('version')!r}, "
                                  f"expected {PLAN_VERSION}; run `filingcheck bulk fetch` again")
        filings = tuple(_filing_of(f) for f in body["filings"])
        companies = {int(cik): name for cik, name in body.get("companies", {}).items()}
        tickers = {int(cik): ticker for cik, ticker in body.get("tickers", {}).items()}
        fetched = tuple(body.get("fetched", ()))
        return DayPlan(date.fromisoformat(body["day"]), filings, companies, tickers, fetched)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValidationError(f"{path}: not a bulk day plan ({exc}); run `filingcheck bulk "
                              f"fetch` for that day again") from exc


def _filing_json(filing: FilingRecord) -> dict:
    out = asdict(filing)
    for key in ("filed_date", "report_date"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


def _filing_of(data: dict) -> FilingRecord:
    data = dict(data)
    for key in ("filed_date", "report_date"):
        data[key] = date.fromisoformat(data[key]) if data[key] else None
    return FilingRecord(**data)
