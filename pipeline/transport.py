"""Ways of getting the bytes behind an EDGAR URL: HTTP, a local mirror, or the raw store only.

Every transport has ``get(url) -> bytes`` and raises our own errors: NotFoundError when the
thing does not exist, ValidationError when a rule is broken (the SEC's User-Agent rule, a path
outside the mirror), TransportError when EDGAR could not be reached after retrying.
``records_bodies`` tells the client whether what it got should be kept in the raw store.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

import requests

from core.errors import NotFoundError, TransportError, ValidationError
from pipeline.config import SEC_RULE, Settings
from pipeline.ratelimit import RateLimiter, shared_limiter
from pipeline.rawstore import RawStore
from pipeline.safepath import resolve_within, validate_filename

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# A Retry-After longer than this is not waited out: the run stops and says when to come back.
MAX_RETRY_AFTER_S = 120.0
_MAX_BACKOFF_S = 60.0
_NETWORK_ERRORS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)


class _Retry(Exception):
    """One attempt failed in a way worth retrying; ``wait_s`` is what the server asked for."""

    def __init__(self, reason: str, wait_s: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait_s = wait_s


class HttpTransport:
    """Rate-limited, retrying HTTP GET with the SEC identity on every request."""

    records_bodies = True

    def __init__(
        self,
        settings: Settings,
        *,
        limiter: RateLimiter | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.limiter = limiter or shared_limiter(settings.rate_per_s)
        self.session = session or requests.Session()
        self._sleep = sleep

    def get(self, url: str) -> bytes:
        """The body at ``url``, retrying 429/5xx/connection errors with backoff."""
        user_agent = self.settings.require_identity()  # before anything is sent
        attempts = self.settings.max_retries + 1
        last_reason = ""
        for attempt in range(attempts):
            try:
                return self._attempt(url, user_agent)
            except _Retry as retry:
                last_reason = retry.reason
                if attempt + 1 < attempts:
                    self._sleep(self._wait_before_retry(url, retry, attempt))
        raise TransportError(
            f"GET {url} failed after {attempts} attempts (last: {last_reason}); EDGAR may be "
            "busy or unreachable: try again later"
        )

    def _attempt(self, url: str, user_agent: str) -> bytes:
        self.limiter.acquire()
        headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}
        try:
            response = self.session.get(
                url, headers=headers, timeout=self.settings.timeout_s, stream=True
            )
        except _NETWORK_ERRORS as exc:
            raise _Retry(f"{type(exc).__name__}: {exc}") from exc
        except requests.RequestException as exc:
            # Not a passing network fault (a malformed URL, an unsupported scheme): no retry.
            raise TransportError(
                f"cannot request {url}: {exc}; check EDGAR_BASE_URL / EDGAR_DATA_URL"
            ) from exc
        with response:
            self._check_status(url, response)
            return _read_full_body(response)

    def _check_status(self, url: str, response: requests.Response) -> None:
        status = response.status_code
        if status == 200:
            return
        if status == 403:
            raise ValidationError(
                f"EDGAR refused {url} with 403 Forbidden. {SEC_RULE} (EDGAR also answers 403 "
                "for a while after a client went above 10 requests per second.)"
            )
        if status == 404:
            raise NotFoundError(f"EDGAR has nothing at {url} (404); check the CIK, accession "
                                "or ticker")
        if status in RETRYABLE_STATUS:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            raise _Retry(f"HTTP {status}", wait)
        raise TransportError(f"EDGAR answered {url} with HTTP {status}; try again later")

    def _wait_before_retry(self, url: str, retry: _Retry, attempt: int) -> float:
        backoff = min(self.settings.backoff_s * (2**attempt), _MAX_BACKOFF_S)
        if retry.wait_s is None:
            return backoff
        if retry.wait_s > MAX_RETRY_AFTER_S:
            raise TransportError(
                f"EDGAR asked us to wait {retry.wait_s:.0f} s before requesting {url} again "
                f"({retry.reason}); try again later"
            )
        return max(retry.wait_s, 0.0)


def _read_full_body(response: requests.Response) -> bytes:
    """Read the body and refuse it (retry) when fewer bytes came than Content-Length says.

    requests decodes gzip, so the check counts the raw bytes read from the wire
    (``response.raw.tell()``), which is what Content-Length measures.
    """
    try:
        body = response.content
    except _NETWORK_ERRORS as exc:
        raise _Retry(f"body cut short: {type(exc).__name__}: {exc}") from exc
    expected = response.headers.get("Content-Length")
    if expected is not None and expected.strip().isdigit():
        received = response.raw.tell()
        if received < int(expected):
            raise _Retry(f"body truncated: {received} of {expected} bytes")
    return body


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP-date), or None."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None  # unreadable header: fall back to our own backoff
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max((when - now).total_seconds(), 0.0)


# EDGAR's URL layout, as the mirror directory reproduces it (paths relative to the mirror root).
_MIRROR_LAYOUT = (
    re.compile(r"^files/company_tickers\.json$"),
    re.compile(r"^submissions/CIK\d{10}(-submissions-\d{3})?\.json$"),
    re.compile(r"^api/xbrl/companyfacts/CIK\d{10}\.json$"),
    re.compile(r"^Archives/edgar/data/\d{1,10}/\d{18}/[^/]+$"),
)


class MirrorTransport:
    """Reads EDGAR's URL layout from a local directory instead of the network."""

    records_bodies = True

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        if not self.root.is_dir():
            raise NotFoundError(
                f"mirror directory {self.root} does not exist; check --mirror / EDGAR_MIRROR"
            )

    def path_for(self, url: str) -> Path:
        """The mirror file for ``url``; ValidationError outside EDGAR's layout or the root."""
        relative = urlsplit(url).path.lstrip("/")
        if not any(pattern.fullmatch(relative) for pattern in _MIRROR_LAYOUT):
            raise ValidationError(
                f"{url} is outside EDGAR's layout the mirror serves (files/company_tickers.json, "
                "submissions/, api/xbrl/companyfacts/, Archives/edgar/data/<cik>/<accession>/)"
            )
        parts = relative.split("/")
        validate_filename(parts[-1])
        return resolve_within(self.root, *parts)

    def get(self, url: str) -> bytes:
        path = self.path_for(url)
        try:
            return path.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            raise NotFoundError(f"the mirror {self.root} has no file for {url} ({path})") from None


class OfflineTransport:
    """Answers only from the raw store: no network at all."""

    records_bodies = False

    def __init__(self, store: RawStore) -> None:
        self.store = store

    def get(self, url: str) -> bytes:
        sha256 = self.store.lookup(url)
        if sha256 is None:
            raise NotFoundError(f"{url} is not in the raw store; run without --offline to fetch it")
        return self.store.get(sha256)
