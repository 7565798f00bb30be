"""Ways of getting the bytes behind an EDGAR URL: HTTP, a local mirror, or the raw store only.

Every transport has ``get(url) -> bytes`` and raises our own errors: NotFoundError when the
thing does not exist, ValidationError when a rule is broken (the SEC's User-Agent rule, a path
outside the mirror), TransportError when EDGAR could not be reached after retrying.
``records_bodies`` tells the client whether what it got should be kept in the raw store.
"""

from __future__ import annotations

import re
import socket
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
from urllib3 import exceptions as urllib3_exceptions
from urllib3.exceptions import NameResolutionError

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


def _notify_terminal(message: str) -> None:
    """Retries are shown when a person watches (a terminal), never in logs or pipes."""
    if sys.stderr.isatty():
        print(message, file=sys.stderr, flush=True)


class HttpTransport:
    """Rate-limited, retrying HTTP GET with the SEC identity on every request.

    Redirects are followed by hand: each hop waits for the rate limiter, and a hop off the
    EDGAR hosts is refused, so the SEC identity (a name and an email) is never sent elsewhere.
    """

    records_bodies = True

    def __init__(
        self,
        settings: Settings,
        *,
        limiter: RateLimiter | None = None,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        notify: Callable[[str], None] = _notify_terminal,
    ) -> None:
        self.settings = settings
        self.limiter = limiter or shared_limiter(settings.rate_per_s)
        self.session = session or requests.Session()
        self._sleep = sleep
        self._notify = notify

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
                    wait = self._wait_before_retry(url, retry, attempt)
                    self._notify(f"{url}: {retry.reason}; retrying in {wait:.0f} s "
                                 f"(attempt {attempt + 2} of {attempts})")
                    self._sleep(wait)
        raise TransportError(
            f"GET {url} failed after {attempts} attempts (last: {last_reason}); EDGAR may be "
            "busy or unreachable: try again later, or work from what is stored with --offline"
        )

    def _attempt(self, url: str, user_agent: str) -> bytes:
        headers = {"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"}
        deadline = time.monotonic() + self.settings.response_deadline_s
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            self.limiter.acquire()  # every hop is a request to EDGAR
            response = self._send(current, headers)
            with response:
                location = _redirect_target(current, response)
                if location is None:
                    self._check_status(current, response)
                    return _read_full_body(response, current, self.settings, deadline)
            current = check_edgar_redirect(url, location, self.settings)
        raise TransportError(f"GET {url}: more than {self.settings.max_redirects} redirects; "
                             "check EDGAR_BASE_URL / EDGAR_DATA_URL")

    def _send(self, url: str, headers: dict) -> requests.Response:
        try:
            return self.session.get(url, headers=headers, timeout=self.settings.timeout_s,
                                    stream=True, allow_redirects=False)
        except _NETWORK_ERRORS as exc:
            if _is_resolution_failure(exc):
                raise TransportError(cannot_resolve(url)) from exc
            raise _Retry(f"{type(exc).__name__}: {exc}") from exc
        except requests.RequestException as exc:
            # Not a passing network fault (a malformed URL, an unsupported scheme): no retry.
            raise TransportError(
                f"cannot request {url}: {exc}; check EDGAR_BASE_URL / EDGAR_DATA_URL"
            ) from exc

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


def cannot_resolve(url: str) -> str:
    host = urlsplit(url).hostname or url
    return (f"cannot resolve {host}: no network? Check the connection, or work without it: "
            "--offline reads what is already stored, --mirror DIR reads a local copy of EDGAR")


def _is_resolution_failure(exc: BaseException) -> bool:
    """A DNS failure (no network, a mistyped host): retrying the same name will not help."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, socket.gaierror | NameResolutionError):
            return True
        stack += [current.__cause__, current.__context__,
                  *(a for a in current.args if isinstance(a, BaseException)),
                  getattr(current, "reason", None)]
    return False


_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


def _redirect_target(url: str, response: requests.Response) -> str | None:
    if response.status_code not in _REDIRECT_STATUS:
        return None
    location = response.headers.get("Location")
    if not location:
        raise TransportError(f"{url} answered HTTP {response.status_code} without a Location")
    return urljoin(url, location)


def edgar_hosts(settings: Settings) -> set[tuple[str, str]]:
    """(scheme, host:port) pairs an EDGAR request may go to: the two configured hosts."""
    return {(p.scheme, p.netloc.lower()) for p in map(urlsplit, (settings.base_url,
                                                                  settings.data_url))}


def check_edgar_redirect(url: str, location: str, settings: Settings) -> str:
    """The redirect target when it stays on an EDGAR host (www.sec.gov, data.sec.gov or the
    configured ones); otherwise a TransportError: the request carries the user's identity."""
    target = urlsplit(location)
    host = (target.hostname or "").lower()
    on_sec = target.scheme == "https" and (host == "sec.gov" or host.endswith(".sec.gov"))
    if on_sec or (target.scheme, target.netloc.lower()) in edgar_hosts(settings):
        return location
    raise TransportError(
        f"{url} redirects to {target.scheme}://{target.netloc}, which is not EDGAR; refused "
        "(the request carries your SEC identity). Check EDGAR_BASE_URL / EDGAR_DATA_URL"
    )


_CHUNK = 64 * 1024  # read1 returns what one read gave: a deflate chunk inflates 1000x at most


def _read_full_body(response: requests.Response, url: str, settings: Settings,
                    deadline: float) -> bytes:
    """Read the body within the limits and refuse it (retry) when fewer bytes came than
    Content-Length says.

    The read goes one socket read at a time (``read1``), so the deadline is checked as bytes
    trickle in (a per-read timeout alone lets a server that sends a byte every 29 s hold us
    for ever) and the decompressed size is counted as it grows (a 2 MB gzip body can inflate
    to 2 GiB). The length check counts the raw bytes read from the wire
    (``response.raw.tell()``), which is what Content-Length measures.
    """
    chunks: list[bytes] = []
    size = 0
    late = TransportError(f"{url}: the response took over {settings.response_deadline_s:.0f} "
                          "s; refused. EDGAR may be slow: try again later")
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise late
            _limit_next_read(response, min(settings.timeout_s, remaining))
            chunk = response.raw.read1(_CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > settings.max_body_bytes:
                raise TransportError(
                    f"{url}: the body is over {settings.max_body_bytes // 2**20} MiB "
                    "(decompressed); refused (FILINGCHECK_MAX_BODY_MB raises the limit)"
                )
            chunks.append(chunk)
    except _NETWORK_ERRORS + (urllib3_exceptions.HTTPError, OSError) as exc:
        if time.monotonic() >= deadline:
            raise late from exc
        raise _Retry(f"body cut short: {type(exc).__name__}: {exc}") from exc
    expected = response.headers.get("Content-Length")
    if expected is not None and expected.strip().isdigit():
        received = response.raw.tell()
        if received < int(expected):
            raise _Retry(f"body truncated: {received} of {expected} bytes")
    return b"".join(chunks)


def response_socket(response: requests.Response) -> socket.socket | None:
    """The socket a streamed response is read from, or None where urllib3 hides it."""
    sock = getattr(getattr(response.raw, "_connection", None), "sock", None)
    if sock is None:  # an HTTP/1.0 or closing response: the connection left the pool
        sock = getattr(getattr(getattr(getattr(response.raw, "_fp", None), "fp", None),
                               "raw", None), "_sock", None)
    return sock


def _limit_next_read(response: requests.Response, seconds: float) -> None:
    """Let the next socket read wait no longer than the response has left (without the
    socket, the per-read timeout stands and the deadline is checked between reads)."""
    sock = response_socket(response)
    if sock is not None:
        sock.settimeout(max(seconds, 0.001))


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
