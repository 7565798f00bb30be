"""The committer: the one process that publishes days into the lake.

A staged day folder (written whole by an extract task) is checked against its manifest and
renamed into ``filed_year=YYYY/day=YYYY-MM-DD``: one rename, so a reader globbing the lake sees
the whole day or none of it. A day published before is first renamed aside (then removed): a
crash between the two renames leaves the day absent, never half, and the staged folder still
waiting for the next `bulk commit`. The year's manifest and the catalog are rewritten whole.
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
from pipeline.bulk import lake
from pipeline.bulk.catalog import write_catalog


@dataclass
class CommitSummary:
    published: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # staged folders whose files are damaged

    def format(self) -> str:
        line = (f"{len(self.published)} days published, {len(self.unchanged)} unchanged"
                f"{f', {len(self.refused)} refused' if self.refused else ''}")
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


def staged_days(lake_dir: Path) -> list[Path]:
    """Staged day folders that are whole (a folder still being written has a tmp- name)."""
    staging = Path(lake_dir) / lake.STAGING
    if not staging.is_dir():
        return []
    return sorted(p for p in staging.iterdir()
                  if p.is_dir() and not p.name.startswith("tmp-") and (p / lake.MANIFEST).is_file())


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


def commit(lake_dir: Path, results: list[Path] | None = None) -> CommitSummary:
    """Publish the given staged folders (default: every whole one), then rewrite the year
    manifests and the catalog."""
    lake_dir = Path(lake_dir)
    summary = CommitSummary()
    with committer_lock(lake_dir):
        for staged in results if results is not None else staged_days(lake_dir):
            publish_day(lake_dir, Path(staged), summary)
        finish(lake_dir)
    return summary


def finish(lake_dir: Path) -> None:
    """Rewrite the year manifests and the catalog; clear what earlier commits set aside."""
    lake_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(lake_dir / lake.TRASH, ignore_errors=True)
    write_year_manifests(lake_dir)
    write_catalog(lake_dir)


def write_year_manifests(lake_dir: Path) -> None:
    """``filed_year=YYYY/_manifest.json``: every day of the year partition with its
    fingerprint, extractor versions, file sha256s and row counts."""
    years: dict[int, dict] = {}
    for day, folder in lake.published_days(lake_dir).items():
        years.setdefault(day.year, {})[day.isoformat()] = lake.read_manifest(folder)
    for year, days in years.items():
        lake.write_json_atomic(lake_dir / f"filed_year={year}" / "_manifest.json",
                               {"filed_year": year, "days": days})


def committed_fingerprints(lake_dir: Path) -> dict[str, str]:
    """Day -> fingerprint of what is published: a day with the same input is not redone."""
    return {day.isoformat(): lake.read_manifest(folder)["fingerprint"]
            for day, folder in lake.published_days(lake_dir).items()}


def _same_files(folder: Path, manifest: dict) -> bool:
    try:
        published = lake.read_manifest(folder)
    except ValidationError:  # an unreadable manifest: replace the day
        return False
    # The published files themselves are checked too: one damaged on disk is replaced.
    return published.get("files") == manifest["files"] and lake.check_files(folder,
                                                                          published) is None
