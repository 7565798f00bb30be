"""`filingcheck check`, like `git fsck`: find what a crash, a full disk or a bad disk left in
the data directory, repair what can be repaired here, and say what cannot.

- every stored body is hashed again; one that does not match its address is moved to
  ``raw/quarantine/`` and every URL that pointed at it is forgotten (fetched again);
- every fetch-log line must read; unreadable lines are dropped (the old log is kept beside
  it), a torn last line is cut;
- the log is rebuilt from the store: a stored document whose URL the log no longer names
  (a deleted or cut log) is logged again from the warehouse's ``documents`` rows, whose
  sha256 is the body it was loaded from;
- leftovers of killed writes (``.tmp-*.part``) are removed;
- runs left ``running`` by a process that died are marked failed.

What cannot be repaired without a request (a loaded document whose body is gone) is said with
the command that repairs it; the CLI then exits 2.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import Settings
from pipeline.failures import operational_errors
from pipeline.rawstore import RawStore

# A temporary file older than this belongs to a write that died: a live write renames its
# file into place within seconds (the largest body is written from memory, then fsynced).
LEFTOVER_AGE_S = 600.0
_CHUNK = 2**20


@dataclass
class CheckReport:
    """What `check` found, what it fixed, and what it could not fix."""

    checked: list[str] = field(default_factory=list)
    fixed: list[str] = field(default_factory=list)
    unrepaired: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.fixed and not self.unrepaired

    def format(self) -> str:
        lines = [f"checked: {c}" for c in self.checked]
        lines += [f"fixed: {f}" for f in self.fixed]
        lines += [f"not repaired: {u}" for u in self.unrepaired]
        if self.clean:
            lines.append("everything is in order")
        return "\n".join(lines)

    def summary(self) -> str:
        """The one line said on exit 2."""
        return (f"{len(self.unrepaired)} problem(s) could not be repaired here: "
                f"{self.unrepaired[0]}" + (" (and more above)" if len(self.unrepaired) > 1
                                           else ""))


def check_data(settings: Settings, *, now: float | None = None) -> CheckReport:
    """Check and repair the data directory of ``settings``; see the module docstring."""
    report = CheckReport()
    store = RawStore(settings.raw_dir)
    with operational_errors():
        _remove_leftovers(store, report, time.time() if now is None else now)
        entries = _check_log(store, report)
        _check_bodies(store, entries, report)
        _rebuild_from_bodies(settings, store, entries, report)
        if settings.db_path.is_file():
            _check_warehouse(settings, store, entries, report)
        else:
            report.checked.append(f"no warehouse at {settings.db_path}")
    return report


def _remove_leftovers(store: RawStore, report: CheckReport, now: float) -> None:
    removed = 0
    for path in store.leftovers():
        if now - path.stat().st_mtime >= LEFTOVER_AGE_S:
            size = path.stat().st_size
            path.unlink(missing_ok=True)
            removed += 1
            report.fixed.append(f"removed {path.name} ({size:,} bytes), left by a killed write")
    if not removed:
        report.checked.append("no leftovers of killed writes")


def _check_log(store: RawStore, report: CheckReport) -> list[dict]:
    entries, bad, torn = store.read_log()
    if bad or torn:
        if bad:
            kept = store.log_path.with_name(f"{store.log_path.name}.bad-{int(time.time())}")
            kept.write_bytes(store.log_path.read_bytes())
            report.fixed.append(f"dropped {len(bad)} unreadable fetch-log line(s) "
                                f"(lines {', '.join(map(str, bad[:10]))}); the old log is {kept}")
        if torn:
            report.fixed.append("cut the torn last line of the fetch log (a write that died)")
        store.rewrite_log(entries)
    report.checked.append(f"{len(entries)} fetch-log lines")
    return entries


def _check_bodies(store: RawStore, entries: list[dict], report: CheckReport) -> None:
    """Hash every body again; a bad one leaves the store and its URLs are forgotten."""
    bodies = store.iter_bodies()
    for path in bodies:
        if path.name == _sha256_of(path):
            continue
        moved = store.quarantine(path)
        urls = sorted({e["url"] for e in entries if e.get("sha256") == path.name})
        for url in urls:
            store.reject(url, path.name, "the stored body does not match its sha256")
        report.fixed.append(f"body {path.name[:12]}... does not match its sha256: moved to "
                            f"{moved}; {len(urls)} URL(s) will be fetched again")
    report.checked.append(f"{len(bodies)} stored bodies against their sha256")


def _rebuild_from_bodies(settings: Settings, store: RawStore, entries: list[dict],
                         report: CheckReport) -> None:
    """A JSON body no log line names says which URL it came from (pipeline.rebuild): log it
    again, so a lost log loses nothing the bodies can tell."""
    from pipeline.rebuild import index_pages, urls_of_bodies

    logged_urls = {e["url"] for e in entries}
    logged_bodies = {e["sha256"] for e in entries}
    unlogged = [p for p in store.iter_bodies() if p.name not in logged_bodies]
    found = [(url, path) for url, path in urls_of_bodies(settings, unlogged)
             if url not in logged_urls]
    listings = {url: path for url, path in found if url.endswith("/index.json")}
    listings.update({e["url"]: store.path_for(e["sha256"]) for e in entries
                     if e["url"].endswith("/index.json") and store.has(e["sha256"])})
    named = {path for _, path in found}
    found += [(url, path) for url, path in index_pages(
        {url: path.read_bytes() for url, path in listings.items()},
        [p for p in unlogged if p not in named]) if url not in logged_urls]
    for url, path in found:  # oldest first: the newest body of a URL is logged last, and wins
        store.relog(url, path.name, path.stat().st_size)
    if found:
        report.fixed.append(f"rebuilt {len(found)} fetch-log line(s) from what the stored "
                            "bodies say they are (submissions, listings, index pages, "
                            "companyfacts)")
    entries += [{"url": url, "sha256": path.name} for url, path in found]


def _check_warehouse(settings: Settings, store: RawStore, entries: list[dict],
                     report: CheckReport) -> None:
    from warehouse import connect, load, runs

    with connect(settings.db_path) as conn:  # the write lock: no live run holds it now
        abandoned = runs.abandon_running_runs(conn, "abandoned: its process ended without "
                                              "finishing it (found by filingcheck check)")
        documents = load.stored_documents(conn)
    for run_id in abandoned:
        report.fixed.append(f"run {run_id} was left running by a process that died: marked "
                            "failed")
    _relog_documents(store, documents, {e["url"] for e in entries}, report)


def _relog_documents(store: RawStore, documents: list[tuple], logged: set[str],
                     report: CheckReport) -> None:
    """Each loaded document's URL must lead to its body: log it again when the log lost it
    (a URL the log forgot on purpose, a rejected body, stays forgotten); say which filings
    need fetching again when the body itself is gone."""
    relogged, missing = 0, {}
    for accession, url, sha256, size in documents:
        if store.lookup(url) is not None:
            continue
        if url not in logged and store.has(sha256):
            store.relog(url, sha256, size)
            relogged += 1
        else:
            missing.setdefault(accession, url)
    if relogged:
        report.fixed.append(f"rebuilt {relogged} fetch-log line(s) from the stored bodies of "
                            "loaded documents")
    for accession, url in sorted(missing.items()):
        report.unrepaired.append(
            f"{accession}: the body of {url.rsplit('/', 1)[-1]} is not in the raw store; run "
            f"`filingcheck ingest --refetch {accession}`")
    report.checked.append(f"{len(documents)} loaded documents against the fetch log")


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
