"""Content-addressed store of every body fetched, with a fetch log.

A body lives once at ``root/sha256/ab/<hex>`` whatever URL it came from; the path is derived
only from the hash, never from a URL, accession or file name, so a hostile name cannot steer a
write. Bodies are written to a temporary file in the same directory and renamed into place, so
a crash never leaves a partial body under a valid address. ``fetch_log.jsonl`` records every
put (url, status, sha256, bytes, fetched_at); ``lookup(url)`` answers from its latest entry.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

from core.errors import NotFoundError, ParsingError, ValidationError

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
LOG_NAME = "fetch_log.jsonl"
# Logged when a stored body turned out unreadable: the next lookup misses and it is refetched.
REJECTED_STATUS = 0


class RawStore:
    """Bodies by sha256 under ``root``; see the module docstring for the layout."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.log_path = self.root / LOG_NAME
        self._lock = threading.Lock()
        self._latest: dict[str, str] | None = None  # url -> sha256, loaded lazily from the log

    def path_for(self, sha256: str) -> Path:
        """Where the body with this hash lives (it may not exist yet)."""
        if not isinstance(sha256, str) or _SHA256_RE.fullmatch(sha256) is None:
            raise ValidationError(f"{sha256!r} is not a sha256 hex digest (64 lowercase hex)")
        return self.root / "sha256" / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, url: str, status: int, body: bytes) -> str:
        """Keep ``body`` (once), log the fetch of ``url`` and return the body's sha256."""
        if not isinstance(body, bytes):
            raise ValidationError(f"raw store bodies are bytes, not {type(body).__name__}")
        sha256 = hashlib.sha256(body).hexdigest()
        with self._lock:
            self._write_body(sha256, body)
            self._append_log(url, status, sha256, len(body))
        return sha256

    def get(self, sha256: str) -> bytes:
        """The body with this hash; NotFoundError when the store does not hold it."""
        path = self.path_for(sha256)
        try:
            body = path.read_bytes()
        except FileNotFoundError:
            raise NotFoundError(
                f"body {sha256} is not in the raw store {self.root}; fetch it again "
                "(run without --offline)"
            ) from None
        if hashlib.sha256(body).hexdigest() != sha256:
            raise ParsingError(
                f"stored body {path} does not match its sha256; delete the file and fetch again"
            )
        return body

    def reject(self, url: str, sha256: str, reason: str) -> None:
        """Mark the stored body of ``url`` unusable (it could not be read), so that the next
        ``lookup`` misses and the body is fetched again. The body itself stays for inspection."""
        with self._lock:
            self._append_log(url, REJECTED_STATUS, sha256, 0, reason=reason)

    def lookup(self, url: str) -> str | None:
        """The sha256 of the latest successful fetch of ``url`` whose body is still stored."""
        with self._lock:
            latest = self._load_latest()
            sha256 = latest.get(url)
        if sha256 is None or not self.has(sha256):
            return None
        return sha256

    def iter_log(self) -> list[dict]:
        """Every fetch-log entry, oldest first."""
        if not self.log_path.is_file():
            return []
        entries = []
        with self.log_path.open("r", encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.endswith("\n"):
                    break  # a crash mid-append left half a last line: that fetch never finished
                if line.strip():
                    entries.append(_parse_log_line(line, self.log_path, number))
        return entries

    # -- for `filingcheck check` ------------------------------------------------------------

    def iter_bodies(self) -> list[Path]:
        """Every file kept under ``sha256/`` (not the temporary files of writes)."""
        folder = self.root / "sha256"
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.glob("*/*") if p.is_file()
                      and not p.name.startswith(".tmp-"))

    def leftovers(self) -> list[Path]:
        """Temporary files of writes (``.tmp-*.part``): a killed write leaves one behind."""
        folder = self.root / "sha256"
        return sorted(folder.glob("*/.tmp-*.part")) if folder.is_dir() else []

    def read_log(self) -> tuple[list[dict], list[int], bool]:
        """(entries, numbers of unreadable lines, whether the last line is torn): the log
        read without stopping at the first bad line, as ``check`` needs."""
        if not self.log_path.is_file():
            return [], [], False
        entries, bad = [], []
        torn = False
        with self.log_path.open("r", encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.endswith("\n"):
                    torn = True
                    break
                if not line.strip():
                    continue
                try:
                    entries.append(_parse_log_line(line, self.log_path, number))
                except ParsingError:
                    bad.append(number)
        return entries, bad, torn

    def rewrite_log(self, entries: list[dict]) -> None:
        """Replace the log by ``entries`` (written whole, then renamed into place)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=self.root, prefix=".tmp-log-", suffix=".part")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                for entry in entries:
                    handle.write(json.dumps(entry, sort_keys=True) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, self.log_path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        with self._lock:
            self._latest = None

    def relog(self, url: str, sha256: str, size: int) -> None:
        """Log ``url`` as fetched into the body it was loaded from (a rebuilt log entry)."""
        with self._lock:
            self._append_log(url, 200, sha256, size, rebuilt=True)

    def quarantine(self, path: Path) -> Path:
        """Move a body that does not match its address out of the store (kept for inspection
        under ``quarantine/``): no lookup can return it any more."""
        target = self.root / "quarantine" / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        return target

    def _write_body(self, sha256: str, body: bytes) -> None:
        path = self.path_for(sha256)
        if path.is_file():
            return  # same content already kept: dedupe
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp_name, path)
        except BaseException:
            # Leave no temporary file behind whatever went wrong, then let the error through.
            Path(tmp_name).unlink(missing_ok=True)
            raise

    def _append_log(self, url: str, status: int, sha256: str, size: int,
                    reason: str | None = None, rebuilt: bool = False) -> None:
        entry = {
            "url": url,
            "status": status,
            "sha256": sha256,
            "bytes": size,
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        if reason is not None:
            entry["rejected"] = reason
        if rebuilt:
            entry["rebuilt"] = True  # by `filingcheck check`, from the warehouse's documents
        self.root.mkdir(parents=True, exist_ok=True)
        _drop_torn_last_line(self.log_path)
        with self.log_path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, sort_keys=True) + "\n")
        if self._latest is not None:
            _note_entry(self._latest, entry)

    def _load_latest(self) -> dict[str, str]:
        if self._latest is None:
            latest: dict[str, str] = {}
            for entry in self.iter_log():
                _note_entry(latest, entry)
            self._latest = latest
        return self._latest


def _note_entry(latest: dict[str, str], entry: dict) -> None:
    """A successful fetch becomes the URL's body; a rejection forgets it."""
    if entry.get("rejected") is not None:
        latest.pop(entry["url"], None)
    elif 200 <= int(entry.get("status", 0)) < 300:
        latest[entry["url"]] = entry["sha256"]


def _drop_torn_last_line(path: Path) -> None:
    """A crash or a full disk mid-append leaves half a last line (``iter_log`` ignores it);
    appending after it would weld the next entry onto it, a line no later run could read."""
    try:
        with path.open("rb+") as handle:
            end = handle.seek(0, os.SEEK_END)
            if end == 0:
                return
            handle.seek(end - 1)
            if handle.read(1) == b"\n":
                return
            start = max(0, end - 65536)
            handle.seek(start)
            tail = handle.read()
            cut = tail.rfind(b"\n")
            handle.truncate(start + cut + 1 if cut >= 0 else 0)
    except FileNotFoundError:
        return


def _parse_log_line(line: str, path: Path, number: int) -> dict:
    try:
        entry = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ParsingError(
            f"{path} line {number} is not JSON ({exc.msg}); remove or repair that line"
        ) from exc
    if not isinstance(entry, dict) or "url" not in entry or "sha256" not in entry:
        raise ParsingError(f"{path} line {number} lacks url/sha256; remove or repair that line")
    return entry
