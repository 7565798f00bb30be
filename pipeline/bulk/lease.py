"""The EDGAR lease: exactly one process of a bulk run talks to EDGAR.

The SEC's fair-access cap (10 requests/s) is per user across all machines, and the rate limiter
is per process: two fetchers would add their rates up. So the fetcher holds an exclusive
``fcntl.flock`` on ``<raw store>/bulk/edgar.lease`` for the whole run, with the holder's pid,
host and start time written inside for whoever is refused. The kernel drops the lock when the
process dies, however it dies, so a crashed fetcher never leaves a stale lease behind.

On one machine that is enough. On a cluster the raw store is shared storage where flock is not
to be trusted (NFS, object stores): docs/ARCHITECTURE.md names what replaces it there.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from core.errors import FilingcheckError

LEASE_NAME = "edgar.lease"


class LeaseHeldError(FilingcheckError):
    """Another process holds the EDGAR lease: a second fetcher would break the rate cap."""


def lease_path(raw_dir: Path) -> Path:
    return Path(raw_dir) / "bulk" / LEASE_NAME


class EdgarLease:
    """``with EdgarLease(raw_dir):`` holds the lease or raises LeaseHeldError at once."""

    def __init__(self, raw_dir: Path, purpose: str = "bulk fetch") -> None:
        self.path = lease_path(raw_dir)
        self.purpose = purpose
        self._fd: int | None = None

    def __enter__(self) -> EdgarLease:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if not _still_named(fd, self.path):  # its holder removed it as we opened it
                raise BlockingIOError
        except BlockingIOError:
            os.close(fd)
            raise LeaseHeldError(
                f"another process talks to EDGAR for this raw store ({describe_holder(self.path)});"
                f" only one may, so that the SEC's rate cap holds. Wait for it to finish "
                f"(the lease is {self.path})"
            ) from None
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "purpose": self.purpose,
                  "since": datetime.now(UTC).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, (json.dumps(holder, sort_keys=True) + "\n").encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc_info) -> None:
        """Remove the lease file (and its folder when empty) while still holding it, then let
        go: a failed `ingest` leaves no data folder behind. A process that opened the file just
        before finds, once it gets the lock, that the path no longer names it, and is refused."""
        if self._fd is not None:
            self.path.unlink(missing_ok=True)
            try:
                self.path.parent.rmdir()
            except OSError:
                pass  # not empty: day plans live there too
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def _still_named(fd: int, path: Path) -> bool:
    """Whether ``path`` is still the file open as ``fd`` (not removed or replaced)."""
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def describe_holder(path: Path) -> str:
    """Who holds the lease, as its holder wrote it ("pid 123 on host h since ...")."""
    try:
        holder = json.loads(Path(path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        holder = {}
    if not isinstance(holder, dict) or "pid" not in holder:
        return "holder not yet named"
    return (f"{holder.get('purpose', 'a fetcher')}, pid {holder['pid']} on "
            f"{holder.get('host', '?')} since {holder.get('since', '?')}")
