"""Read an article from a .txt, .md or .html file or a URL into an ``Article``.

HTML is reduced to its main text with trafilatura so that navigation, footers and scripts do
not become claims. The sha256 is of the text we verify, so the same words give the same claim
ids on every run (the watchlist compares runs by it).
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import time
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from core.errors import NotFoundError, ParsingError, TransportError, ValidationError
from extractors.visible import ASCII_DIGITS
from pipeline.config import Settings
from pipeline.limits import check_article_text

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# Only the file types the CLI documents: a file without one (a key, /etc/passwd) is no article.
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_DEFAULT_AGENT = "filingcheck article reader (https://github.com/filingcheck)"


def read_article(source: str | Path, settings: Settings | None = None):
    """A path or an http(s) URL -> Article; every failure says what to do about it."""
    text = str(source)
    if text == "-":
        return read_stdin(settings)
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", text):  # a URL: http(s) only (not file://)
        body, content_type = fetch_url(text, settings)
        article = article_from_bytes(body, name=text, is_html=_looks_html(content_type, body))
    else:
        article = read_file(Path(source), settings)
    # Before any claim is read: the verifier's work and the claims saved grow with these.
    check_article_text(article.text, article.name, settings or Settings())
    return article


def read_stdin(settings: Settings | None = None):
    """`verify -`: the article piped in (text or HTML, told apart by its content)."""
    import sys

    cap = (settings or Settings()).max_article_bytes
    body = sys.stdin.buffer.read(cap + 1)
    if len(body) > cap:
        raise ValidationError(f"the article on stdin is over {cap // 2**20} MiB; refused")
    if not body.strip():
        raise ValidationError("no article on stdin (give a path, a URL, or pipe the text in)")
    return article_from_bytes(body, name="<stdin>", is_html=_looks_html("", body))


def read_file(path: Path, settings: Settings | None = None):
    if not path.is_file():
        raise NotFoundError(f"article {path} does not exist; give the path of a .txt, .md or "
                            ".html file, or an http(s) URL")
    suffix = path.suffix.lower()
    if suffix not in _HTML_SUFFIXES + _TEXT_SUFFIXES:
        raise ValidationError(f"article {path}: unsupported file type {suffix!r}; save the article "
                              "as .txt, .md or .html")
    cap = (settings or Settings()).max_article_bytes
    if path.stat().st_size > cap:
        raise ValidationError(f"article {path} is over {cap // 2**20} MiB; refused (is it an "
                              "article?)")
    body = path.read_bytes()
    return article_from_bytes(body, name=str(path),
                              is_html=suffix in _HTML_SUFFIXES or _looks_html("", body))


def fetch_url(url: str, settings: Settings | None) -> tuple[bytes, str]:
    """GET the page politely and warily: our own User-Agent (never the SEC identity, which
    is a person's name and email), http(s) only, no private or loopback address unless
    ``settings.allow_private_urls``, redirects followed by hand and checked the same way,
    a cap on the body's size and on the whole response's time."""
    import requests

    settings = settings or Settings()
    deadline = time.monotonic() + settings.response_deadline_s
    current = url
    for _hop in range(_MAX_ARTICLE_REDIRECTS + 1):
        check_article_url(current, settings)
        try:
            response = requests.get(current, headers={"User-Agent": _DEFAULT_AGENT},
                                    timeout=settings.timeout_s, stream=True,
                                    allow_redirects=False)
        except requests.RequestException as exc:
            raise TransportError(f"could not fetch article {url}: {exc}; check the URL and "
                                 "your connection, or save the page and pass the file") from exc
        with response:
            _check_peer(url, response, settings)
            if response.is_redirect and response.headers.get("Location"):
                current = urljoin(current, response.headers["Location"])
                continue
            _check_article_status(url, response.status_code)
            body = _read_capped(response, url, settings, deadline)
            return body, response.headers.get("Content-Type", "")
    raise TransportError(f"article {url}: more than {_MAX_ARTICLE_REDIRECTS} redirects; save "
                         "the page and pass the file")


_MAX_ARTICLE_REDIRECTS = 5


def check_article_url(url: str, settings: Settings) -> None:
    """http(s) to a public address; ValidationError otherwise (before anything is sent)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(f"article URL {url!r}: only http(s) URLs are read")
    if settings.allow_private_urls:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise TransportError(f"cannot resolve {parts.hostname}: no network? ({exc}); save "
                             "the article and pass the file") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not address.is_global:
            raise ValidationError(
                f"article URL {url!r} points at a private or local address ({address}); "
                "refused (set FILINGCHECK_ALLOW_PRIVATE_URLS=1 to allow it)"
            )


def _check_peer(url: str, response, settings: Settings) -> None:
    """The address actually connected to, checked again: a name may resolve to a public
    address for the check and to a private one for the connection (DNS rebinding)."""
    from pipeline.transport import response_socket

    sock = None if settings.allow_private_urls else response_socket(response)
    if sock is None:
        return
    try:
        peer = ipaddress.ip_address(sock.getpeername()[0].split("%", 1)[0])
    except OSError:
        return  # already closed: nothing more is read from it
    if not peer.is_global:
        raise ValidationError(f"article URL {url!r} connected to a private or local address "
                              f"({peer}); refused")


def _check_article_status(url: str, status: int) -> None:
    if status == 404:
        raise NotFoundError(f"article {url} was not found (HTTP 404); check the URL")
    if status >= 300:
        raise TransportError(f"article {url} answered HTTP {status}; try again "
                             "later or save the page and pass the file")


def _read_capped(response, url: str, settings: Settings, deadline: float) -> bytes:
    chunks, size = [], 0
    try:
        while chunk := response.raw.read1(64 * 1024, decode_content=True):
            size += len(chunk)
            if size > settings.max_article_bytes:
                raise ValidationError(f"article {url} is over "
                                      f"{settings.max_article_bytes // 2**20} MiB; refused")
            if time.monotonic() > deadline:
                raise TransportError(f"article {url} took over "
                                     f"{settings.response_deadline_s:.0f} s; try again later")
            chunks.append(chunk)
    except OSError as exc:
        raise TransportError(f"article {url}: the body was cut short ({exc}); try again") from exc
    return b"".join(chunks)


def article_from_bytes(body: bytes, *, name: str, is_html: bool):
    from core.verdicts import Article

    if not body or not body.strip():
        raise ValidationError(f"article {name} is empty; give a file that holds the article text")
    if b"\x00" in body[:8192] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParsingError(f"article {name} is a binary file, not text; save the article as "
                           ".txt, .md or .html")
    text = decode(body, name)
    if is_html:
        text = main_text(text, name)
    text = normalise(text)
    if not re.search(r"\w", text):
        raise ValidationError(f"article {name} has no readable text")
    return Article(name=name, text=text, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())


def decode(body: bytes, name: str) -> str:
    for encoding in ("utf-8-sig", "utf-16") if body.startswith((b"\xff\xfe", b"\xfe\xff")) \
            else ("utf-8-sig",):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParsingError(f"article {name} is not UTF-8 text; re-save it as UTF-8 (most editors: "
                       "'Save with encoding') and try again")


def main_text(html: str, name: str) -> str:
    """The article's own text, without menus, footers and scripts."""
    import trafilatura

    # Precision first (menus and footers out); recall only when that finds nothing, as it
    # does for a very short page.
    text = trafilatura.extract(html, include_comments=False, include_tables=True,
                               favor_precision=True)
    if not text or not text.strip():
        text = trafilatura.extract(html, include_comments=False, include_tables=True,
                                   favor_recall=True)
    if not text or not text.strip():
        raise ParsingError(f"article {name}: no article text found in the HTML; save the article "
                           "body as .txt and pass that instead")
    return text


def normalise(text: str) -> str:
    """One newline convention, no non-breaking spaces, every figure in ASCII digits ("１２３",
    "١٢٣" read as 123, as in filings) and apostrophes a code page garbled restored, so offsets
    are stable."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _LATEX_DOLLAR.sub("$", text)
    if text.isascii():
        return text
    return _THAI_APOSTROPHE.sub("\u2019", text.translate(ASCII_DIGITS))


# A page whose renderer took its dollar signs for the delimiters of inline mathematics prints
# them as "\(" and "\)" in turn ("a net income of \(1.9 billion ... EPS of \)3.15", a
# generated blog post on a railroad's quarter): right before a figure, such a mark is its
# dollar sign (never a formula's "\( x \)").
_LATEX_DOLLAR = re.compile(r"\\[()](?=\d)")
# A curly apostrophe passed through the Thai code page comes out as the Thai letter "โ"
# ("the prior quarterโs $124.30B" in a machine-written results summary: the relative quarter
# went unread and the figure took the sentence's own quarter). Between two Latin letters no
# Thai text has it; one character for one, so offsets stay.
_THAI_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\u0e42(?=[A-Za-z])")


def _looks_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
