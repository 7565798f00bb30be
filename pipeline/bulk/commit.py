"""The committer: the one process that publishes days into the lake.

A staged day folder (written whole by an extract task) is checked against its manifest and
renamed into ``filed_year=YYYY/day=YYYY-MM-DD``: one rename, so a reader globbing the lake sees
the whole day or none of it. A day published before is first renamed aside (then removed): a
crash between the two renames leaves the day absent, never half, and the staged folder still
waiting for the next `bulk commit`. The year's manifest and the catalog are rewritten whole.

A day split in hash buckets is staged bucket by bucket (each its own task and files); the
committer assembles the day folder only when every bucket of the same input is staged, so a
day is published whole there too.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from core.errors import ValidationError
from pipeline.bulk import compact, lake
from pipeline.bulk.catalog import write_catalog


@dataclass
class CommitSummary:
    published: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # staged folders whose files are damaged
    compacted: compact.CompactSummary = field(default_factory=compact.CompactSummary)

    def format(self) -> str:
        line = (f"{len(self.published)} days published, {len(self.unchanged)} unchanged"
                f"{f', {len(self.refused)} refused' if self.refused else ''}")
        if self.compacted.compacted:
            line += f"; {self.compacted.format()}"
        return "\n  ".join([line, *self.refused])


@contextmanager
def committer_lock(lake_dir: Path) -> Iterator[None]:
    """Hold the lake's committer lock (one committer per lake); ValidationError when another
    process holds it. The kernel drops the lock with its process: a killed run leaves none."""
    lake_dir = Path(lake_dir)
    lake_dir.mkdir(parents=True, exist_ok=True)
    with open(lake_dir / ".committer.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ValidationError(f"another bulk run is committing to {lake_dir}; let it end "
                                  "(one committer per lake)") from None
        yield


def _staged(lake_dir: Path) -> list[Path]:
    """Staged folders that are whole (a folder still being written has a tmp- name)."""
    staging = Path(lake_dir) / lake.STAGING
    if not staging.is_dir():
        return []
    return sorted(p for p in staging.iterdir()
                  if p.is_dir() and not p.name.startswith("tmp-") and (p / lake.MANIFEST).is_file())


def staged_days(lake_dir: Path) -> list[Path]:
    """Staged day folders (whole days, not buckets) waiting to be published."""
    return [p for p in _staged(lake_dir) if "bucket" not in lake.read_manifest(p)]


def staged_buckets(lake_dir: Path) -> dict[tuple[str, str], dict[int, Path]]:
    """(day, fingerprint) -> bucket -> staged bucket folder."""
    found: dict[tuple[str, str], dict[int, Path]] = {}
    for folder in _staged(lake_dir):
        manifest = lake.read_manifest(folder)
        if "bucket" in manifest:
            key = (manifest["day"], manifest["fingerprint"])
            found.setdefault(key, {})[manifest["bucket"]] = folder
    return found


def assemble_day(lake_dir: Path, buckets: dict[int, Path]) -> Path | None:
    """One staged day folder from every staged bucket of a day (None while one is missing):
    the bucket files are moved in, the day's manifest lists them all."""
    manifests = {b: lake.read_manifest(f) for b, f in sorted(buckets.items())}
    for bucket, folder in list(buckets.items()):
        if lake.check_files(folder, manifests[bucket]) is not None:
            shutil.rmtree(folder)  # damaged (a crash mid-assembly): extracted again
            del buckets[bucket], manifests[bucket]
    first = next(iter(manifests.values()), None)
    if first is None or len(manifests) != first["buckets"]:
        return None
    staging = Path(lake_dir) / lake.STAGING
    work = staging / f"tmp-day-{first['day']}-{uuid.uuid4().hex[:8]}"
    work.mkdir()
    files = {}
    for bucket, folder in buckets.items():
        for key, entry in manifests[bucket]["files"].items():
            os.rename(folder / entry["file"], work / entry["file"])
            files[key] = entry
    lake.write_manifest(work, {"day": first["day"], "fingerprint": first["fingerprint"],
                               "buckets": first["buckets"],
                               "extractor_versions": first["extractor_versions"],
                               "files": dict(sorted(files.items()))})
    staged = staging / f"{first['day']}-{first['fingerprint'][:16]}"
    shutil.rmtree(staged, ignore_errors=True)
    os.rename(work, staged)
    for folder in buckets.values():
        shutil.rmtree(folder)
    return staged


def publish_day(lake_dir: Path, staged: Path, summary: CommitSummary) -> None:
    """Move one staged day into place (or drop it when the published day is the same)."""
    manifest = lake.read_manifest(staged)
    problem = lake.check_files(staged, manifest)
    if problem is not None:
        summary.refused.append(f"{staged.name}: {problem}; extract that day again")
        shutil.rmtree(staged)
        return
    day = date.fromisoformat(manifest["day"])
    final = lake.day_dir(lake_dir, day)
    if final.is_dir() and _same_files(final, manifest):
        shutil.rmtree(staged)
        summary.unchanged.append(manifest["day"])
        return
    final.parent.mkdir(parents=True, exist_ok=True)
    if final.is_dir():
        aside = Path(lake_dir) / lake.TRASH / f"{manifest['day']}-{uuid.uuid4().hex[:8]}"
        aside.parent.mkdir(parents=True, exist_ok=True)
        os.rename(final, aside)
    os.rename(staged, final)
    summary.published.append(manifest["day"])


def publish_staged(lake_dir: Path, summary: CommitSummary) -> None:
    """Publish every whole staged day, and every bucketed day whose buckets are all staged."""
    for buckets in staged_buckets(lake_dir).values():
        assemble_day(lake_dir, buckets)
    for staged in staged_days(lake_dir):
        publish_day(lake_dir, staged, summary)


def commit(lake_dir: Path, results: list[Path] | None = None, *,
           compact_before: date | None = None) -> CommitSummary:
    """Publish the given staged folders (default: every whole one), compact the quarters
    ending before ``compact_before`` (when given), then rewrite the year manifests and the
    catalog."""
    lake_dir = Path(lake_dir)
    summary = CommitSummary()
    with committer_lock(lake_dir):
        if results is None:
            publish_staged(lake_dir, summary)
        for staged in results or ():
            publish_day(lake_dir, Path(staged), summary)
        finish(lake_dir, compact_before=compact_before, summary=summary)
    return summary


def finish(lake_dir: Path, *, compact_before: date | None = None,
           summary: CommitSummary | None = None) -> None:
    """Compact again the quarters a day was published into (and, with ``compact_before``, the
    finished ones), rewrite the year manifests and the catalog, then clear what was set aside
    (after the catalog swap: the new catalog no longer names it)."""
    lake_dir.mkdir(parents=True, exist_ok=True)
    compacted = summary.compacted if summary is not None else compact.CompactSummary()
    names = set(compact.touched_quarters(lake_dir))
    if compact_before is not None:
        names |= set(compact.finished_quarters(lake_dir, compact_before))
    compact.compact_quarters(lake_dir, sorted(names), compacted)
    write_year_manifests(lake_dir)
    write_catalog(lake_dir)
    shutil.rmtree(lake_dir / lake.TRASH, ignore_errors=True)
    compact.collect_garbage(lake_dir)


def write_year_manifests(lake_dir: Path) -> None:
    """``filed_year=YYYY/_manifest.json``: every day folder and compacted quarter of the year
    partition with its fingerprints, extractor versions, file sha256s and row counts."""
    years: dict[int, dict] = {}
    for day, folder in lake.live_days(lake_dir).items():
        entry = years.setdefault(day.year, {"days": {}, "quarters": {}})
        entry["days"][day.isoformat()] = lake.read_manifest(folder)
    for name, folder in lake.published_quarters(lake_dir).items():
        entry = years.setdefault(int(name[:4]), {"days": {}, "quarters": {}})
        entry["quarters"][name] = {"version": folder.name, **lake.read_manifest(folder)}
    for year, entry in years.items():
        lake.write_json_atomic(lake_dir / f"filed_year={year}" / "_manifest.json",
                               {"filed_year": year, **entry})


def committed_fingerprints(lake_dir: Path) -> dict[str, str]:
    """Day -> fingerprint of what is published: a day with the same input is not redone."""
    found = {}
    for folder in lake.published_quarters(lake_dir).values():
        for day, entry in lake.read_manifest(folder)["days"].items():
            found[day] = entry["fingerprint"]
    for day, folder in lake.published_days(lake_dir).items():
        found[day.isoformat()] = lake.read_manifest(folder)["fingerprint"]
    return found


def _same_files(folder: Path, manifest: dict) -> bool:
    try:
        published = lake.read_manifest(folder)
    except ValidationError:  # an unreadable manifest: replace the day
        return False
    # The published files themselves are checked too: one damaged on disk is replaced.
    return published.get("files") == manifest["files"] and lake.check_files(folder,
                                                                          published) is None
