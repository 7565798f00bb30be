"""A local EDGAR for tests: serves a mirror-layout directory on 127.0.0.1 with fault injection.

The ``edgar_server`` fixture serves ``fixtures/edgar`` by default; ``edgar_server.serve(root)``
points it at another directory (a tmp_path tree). It records every request (path, headers,
monotonic arrival time) and can be told, per path, to answer the next requests with canned
faults: ``status(429, retry_after="1")``, ``status(503)``, ``status(403)``, ``truncate()``,
``slow(seconds)``, and the hostile ones of issue 14: ``cut()`` (half the body, no
Content-Length), ``body(bytes)`` (a 200 with other bytes: an error page, malformed JSON),
``gzip_bomb(n)``, ``endless()``, ``trickle(seconds)`` (a byte at a time), ``redirect(url)``.
Bodies are gzip-compressed when the client asks for gzip.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections import defaultdict, deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from pipeline.config import Settings

FIXTURES_EDGAR = Path(__file__).resolve().parent.parent / "fixtures" / "edgar"
TEST_IDENTITY = "Filingcheck Test Suite filingcheck-tests@newsroom.org"


@dataclass(frozen=True)
class Fault:
    """One canned misbehaviour for the next request to a path."""

    kind: str  # "status", "truncate", "slow", "cut", "body", "bomb", "endless", "trickle", ...
    status: int = 200
    retry_after: str | None = None
    seconds: float = 0.0
    payload: bytes = b""
    location: str = ""


def status(code: int, retry_after: str | int | None = None) -> Fault:
    """Answer with this status (and Retry-After header, when given)."""
    after = None if retry_after is None else str(retry_after)
    return Fault("status", status=code, retry_after=after)


def truncate() -> Fault:
    """Announce the full Content-Length, send half the body, close the connection."""
    return Fault("truncate")


def slow(seconds: float) -> Fault:
    """Sleep before answering (to trip the client's timeout)."""
    return Fault("slow", seconds=seconds)


def cut() -> Fault:
    """Send half the body with no Content-Length and close: the truncation HTTP cannot see."""
    return Fault("cut")


def body(payload: bytes | str) -> Fault:
    """Answer 200 with these bytes instead of the file (an error page, malformed JSON)."""
    return Fault("body", payload=payload.encode() if isinstance(payload, str) else payload)


def gzip_bomb(inflated_bytes: int) -> Fault:
    """A small gzip body (Content-Encoding: gzip) that inflates to ``inflated_bytes``."""
    return Fault("bomb", payload=_zeros_gzip(inflated_bytes))


def endless() -> Fault:
    """A 200 whose body never ends (no Content-Length; 64 KiB blocks until the client goes)."""
    return Fault("endless")


def trickle(seconds: float) -> Fault:
    """Announce a long body and send it one byte every ``seconds`` (slowloris)."""
    return Fault("trickle", seconds=seconds)


def redirect(location: str, code: int = 302) -> Fault:
    """Answer with a redirect to ``location``."""
    return Fault("redirect", status=code, location=location)


def _zeros_gzip(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip wrapper
    block = bytes(2**20)
    parts = [compressor.compress(block) for _ in range(size // len(block))]
    return b"".join(parts) + compressor.flush()


@dataclass(frozen=True)
class RecordedRequest:
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


@dataclass
class _State:
    root: Path
    gzip: bool = True  # compress when the client accepts gzip
    requests: list[RecordedRequest] = field(default_factory=list)
    faults: dict[str, deque[Fault]] = field(default_factory=lambda: defaultdict(deque))
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server_version = "FakeEDGAR/1.0"
    state: _State  # set on the subclass made per server

    def log_message(self, format, *args):  # noqa: A002 - keep test output quiet
        return

    def do_GET(self):  # noqa: N802 - http.server's naming
        path = urlsplit(self.path).path
        with self.state.lock:
            self.state.requests.append(RecordedRequest(path, dict(self.headers), time.monotonic()))
            queue = self.state.faults.get(path)
            fault = queue.popleft() if queue else None
        if fault is not None and fault.kind == "slow":
            time.sleep(fault.seconds)
            fault = None
        if fault is not None and fault.kind == "status":
            self._send_status(fault)
            return
        if fault is not None and fault.kind in _HOSTILE:
            getattr(self, _HOSTILE[fault.kind])(fault)
            return
        body = self._read_file(path)
        if body is None:
            self._send_status(Fault("status", status=404))
            return
        self._send_body(body, truncated=fault is not None and fault.kind == "truncate")

    def _read_file(self, path: str) -> bytes | None:
        root = self.state.root.resolve()
        target = (root / unquote(path).lstrip("/")).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            return None
        return target.read_bytes()

    def _send_raw(self, payload: bytes, *, length: bool = True, gzipped: bool = False) -> None:
        self.send_response(200)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        if length:
            self.send_header("Content-Length", str(len(payload)))
        else:
            self.close_connection = True
        self.end_headers()
        self.wfile.write(payload)

    def _send_cut(self, fault: Fault) -> None:
        whole = self._read_file(urlsplit(self.path).path) or b""
        self._send_raw(whole[: len(whole) // 2], length=False)

    def _send_payload(self, fault: Fault) -> None:
        self._send_raw(fault.payload)

    def _send_bomb(self, fault: Fault) -> None:
        self._send_raw(fault.payload, gzipped=True)

    def _send_endless(self, fault: Fault) -> None:
        self.send_response(200)
        self.end_headers()
        self.close_connection = True
        block = b"<p>" + b"x" * 65530 + b"</p>"
        try:
            while True:
                self.wfile.write(block)
        except OSError:
            return  # the client hung up: what it should do

    def _send_trickle(self, fault: Fault) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        self.close_connection = True
        try:
            for _ in range(1000):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(fault.seconds)
        except OSError:
            return

    def _send_redirect(self, fault: Fault) -> None:
        self.send_response(fault.status)
        self.send_header("Location", fault.location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send_status(self, fault: Fault) -> None:
        body = f"fault {fault.status}\n".encode()
        self.send_response(fault.status)
        if fault.retry_after is not None:
            self.send_header("Retry-After", fault.retry_after)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _send_body(self, body: bytes, *, truncated: bool) -> None:
        accept = self.headers.get("Accept-Encoding", "")
        compressed = self.state.gzip and "gzip" in accept
        if compressed:
            body = gzip.compress(body, mtime=0)
        self.send_response(200)
        if compressed:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2] if truncated else body)
        if truncated:
            self.wfile.flush()
            self.close_connection = True


_HOSTILE = {"cut": "_send_cut", "body": "_send_payload", "bomb": "_send_bomb",
            "endless": "_send_endless", "trickle": "_send_trickle", "redirect": "_send_redirect"}


class EdgarTestServer:
    """A running fake EDGAR; see the module docstring."""

    def __init__(self, root: Path = FIXTURES_EDGAR) -> None:
        self._state = _State(root=Path(root))
        handler = type("Handler", (_Handler,), {"state": self._state})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        # A short poll interval so shutdown() at teardown returns at once, not after 0.5 s.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def root(self) -> Path:
        return self._state.root

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def gzip(self) -> bool:
        return self._state.gzip

    @gzip.setter
    def gzip(self, enabled: bool) -> None:
        self._state.gzip = enabled

    def serve(self, root: Path) -> EdgarTestServer:
        """Serve another mirror-layout directory from now on."""
        self._state.root = Path(root)
        return self

    def inject(self, path: str, *faults: Fault) -> None:
        """Answer the next ``len(faults)`` requests to ``path`` with these faults, in order."""
        with self._state.lock:
            self._state.faults[path].extend(faults)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def clear(self) -> None:
        with self._state.lock:
            self._state.requests.clear()
            self._state.faults.clear()

    def settings(self, data_dir: Path, **changes) -> Settings:
        """Settings pointing both EDGAR hosts at this server, with a valid test identity."""
        values = dict(data_dir=Path(data_dir), user_agent=TEST_IDENTITY, base_url=self.url,
                      data_url=self.url, backoff_s=0.01, timeout_s=5.0)
        values.update(changes)
        return Settings(**values)

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


@pytest.fixture()
def edgar_server():
    """A fake EDGAR on 127.0.0.1 (ephemeral port) serving fixtures/edgar; closed after the test."""
    server = EdgarTestServer()
    try:
        yield server
    finally:
        server.close()
