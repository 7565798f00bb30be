"""Read an article from a .txt, .md or .html file or a URL into an ``Article``.

HTML is reduced to its main text with trafilatura so that navigation, footers and scripts do
not become claims. The sha256 is of the text we verify, so the same words give the same claim
ids on every run (the watchlist compares runs by it).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from core.errors import NotFoundError, ParsingError, TransportError, ValidationError
from pipeline.config import Settings

_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text", "")
_DEFAULT_AGENT = "filingcheck article reader (https://github.com/filingcheck)"


def read_article(source: str | Path, settings: Settings | None = None):
    """A path or an http(s) URL -> Article; every failure says what to do about it."""
    text = str(source)
    if text.startswith(("http://", "https://")):
        body, content_type = fetch_url(text, settings)
        return article_from_bytes(body, name=text, is_html=_looks_html(content_type, body))
    return read_file(Path(source))


def read_file(path: Path):
    if not path.is_file():
        raise NotFoundError(f"article {path} does not exist; give the path of a .txt, .md or "
                            ".html file, or an http(s) URL")
    suffix = path.suffix.lower()
    if suffix not in _HTML_SUFFIXES + _TEXT_SUFFIXES:
        raise ValidationError(f"article {path}: unsupported file type {suffix!r}; save the article "
                              "as .txt, .md or .html")
    body = path.read_bytes()
    return article_from_bytes(body, name=str(path),
                              is_html=suffix in _HTML_SUFFIXES or _looks_html("", body))


def fetch_url(url: str, settings: Settings | None) -> tuple[bytes, str]:
    """GET the page once, politely: a User-Agent that says who we are and a timeout."""
    import requests

    agent = (settings.user_agent if settings and settings.user_agent else _DEFAULT_AGENT)
    timeout = settings.timeout_s if settings else 30.0
    try:
        response = requests.get(url, headers={"User-Agent": agent}, timeout=timeout)
    except requests.RequestException as exc:
        raise TransportError(f"could not fetch article {url}: {exc}; check the URL and your "
                             "connection, or save the page and pass the file") from exc
    if response.status_code == 404:
        raise NotFoundError(f"article {url} was not found (HTTP 404); check the URL")
    if response.status_code >= 400:
        raise TransportError(f"article {url} answered HTTP {response.status_code}; try again "
                             "later or save the page and pass the file")
    return response.content, response.headers.get("Content-Type", "")


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
    """One newline convention and no non-breaking spaces, so offsets are stable."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")


def _looks_html(content_type: str, body: bytes) -> bool:
    if "html" in content_type.lower():
        return True
    head = body[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head
