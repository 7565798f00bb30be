"""Issue 14: input that used to be dropped without a word, numbers too large to hold, and
articles from anywhere. Documents are the project's Cerebras 10-Q fixture, rewritten here the
way a broken or hostile filer would write it; article text is written for these tests."""

from __future__ import annotations

import http.server
import re
import threading
from functools import partial

import pytest

from core.errors import ParsingError, TransportError, ValidationError
from extractors import extract_document
from extractors.document import parse_document
from pipeline.config import Settings
from pipeline.verify.article import read_article
from pipeline.verify.claims import extract_claims
from tests.conftest import EDGAR_FIXTURES

TENQ = (EDGAR_FIXTURES / "Archives/edgar/data/2021728/000162828026056357/cbrs-20260630.htm")


def _figures(content: bytes) -> list[tuple]:
    facts = extract_document(content, document="cbrs-20260630.htm", form="10-Q")
    return sorted((f.metric, f.value, f.period_end, f.entity or "") for f in facts)


@pytest.fixture(scope="module")
def tenq() -> tuple[bytes, list[tuple]]:
    content = TENQ.read_bytes()
    return content, _figures(content)


def _wrap_body(content: bytes, opening: bytes, closing: bytes = b"") -> bytes:
    head, rest = re.split(rb"(?i)<body[^>]*>", content, maxsplit=1)
    body_tag = re.search(rb"(?i)<body[^>]*>", content).group(0)
    inner, tail = re.split(rb"(?i)</body>", rest, maxsplit=1)
    return head + body_tag + opening + inner + closing + b"</body>" + tail


def test_three_hundred_unclosed_font_tags_lose_nothing(tenq):
    """libxml2 stops at 256 levels by default and drops the rest of the document."""
    content, figures = tenq
    assert len(figures) > 10
    assert _figures(_wrap_body(content, b"<font>" * 300)) == figures


def test_nesting_deeper_than_the_parser_reads_is_an_error_not_silence(tenq):
    content, _ = tenq
    for depth in (1500, 3000):  # past Python's stack; past libxml2's 2048 levels
        hostile = _wrap_body(content, b"<div>" * depth, b"</div>" * depth)
        with pytest.raises(ParsingError, match="nested too deeply|stopped early"):
            _figures(hostile)


def _digits(content: bytes, zero: int) -> bytes:
    """The document with every digit of its text (not its markup) written from ``zero`` on."""
    text = content.decode("utf-8")
    table = {ord(str(d)): chr(zero + d) for d in range(10)}
    return re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).translate(table) + "<",
                  text).encode("utf-8")


@pytest.mark.parametrize("zero", [0xFF10, 0x0660, 0x06F0], ids=["full-width", "arabic-indic",
                                                                "extended-arabic-indic"])
def test_figures_in_other_digits_are_read_as_the_same_figures(tenq, zero):
    content, figures = tenq
    assert _figures(_digits(content, zero)) == figures


def test_an_article_in_full_width_digits_gives_the_same_claims():
    from core.verdicts import Article

    def claims(text):
        article = Article(name="a", text=text, sha256="0" * 64)
        return [(c.metric, c.value) for c in extract_claims(article)]

    plain = "Cerebras reported revenue of $180.1 million for the second quarter of 2026."
    from pipeline.verify.article import normalise
    wide = plain.translate({ord(str(d)): chr(0xFF10 + d) for d in range(10)})
    assert claims(plain) and claims(normalise(wide)) == claims(plain)


# -- one oversized number never stops a filing ------------------------------------------------

def _statement(revenue: str) -> bytes:
    return (
        "<html><body><p>FORM 10-Q</p><p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>"
        "<p>(in millions, except per share amounts)</p><table>"
        "<tr><td></td><td>Three Months Ended June 30, 2026</td>"
        "<td>Three Months Ended June 30, 2025</td></tr>"
        f"<tr><td>Revenue</td><td>{revenue}</td><td>180</td></tr>"
        "<tr><td>Net loss</td><td>(450)</td><td>(12)</td></tr></table></body></html>"
    ).encode()


@pytest.mark.parametrize("digits", [23, 26, 31])
def test_a_figure_too_large_to_hold_is_refused_and_the_rest_loads(digits):
    huge = f"{int('9' * digits):,}"
    facts = extract_document(_statement(huge), document="s.htm", form="10-Q")
    assert {f.value for f in facts if f.metric == "net_income"} == {-450_000_000, -12_000_000}
    # what is kept fits the warehouse's DECIMAL(38, 6): no figure past 32 integer digits
    assert all(len(str(abs(int(f.value)))) <= 32 for f in facts)


def test_an_inline_xbrl_figure_with_a_huge_scale_is_refused_alone(tenq):
    content, figures = tenq
    tagged = re.sub(rb'scale="0" id="f-1"', b'scale="30" id="f-1"', content, count=1)
    assert tagged != content
    found = _figures(tagged)
    assert found and all(len(str(abs(int(v)))) <= 32 for _, v, _, _ in found)


# -- articles: what is fetched and read -------------------------------------------------------

@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a.txt",
                                 "gopher://127.0.0.1/"])
def test_only_http_article_urls(url):
    with pytest.raises(ValidationError, match=r"only http\(s\) URLs"):
        read_article(url, Settings())


@pytest.fixture()
def no_connections(monkeypatch):
    """Any attempt to connect fails the test: the refusal must come before anything is sent."""
    import socket

    def refuse(self, address):
        raise AssertionError(f"a connection to {address} was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)


@pytest.mark.parametrize("host", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254",
                                  "[::1]"])
def test_private_and_loopback_article_urls_are_refused(host, no_connections):
    with pytest.raises(ValidationError, match="private or local address"):
        read_article(f"http://{host}:9/a.txt", Settings())


def test_a_local_file_without_an_article_suffix_is_refused(tmp_path):
    secret = tmp_path / "id_rsa"
    secret.write_text("Revenue was $5 million in 2025.")
    with pytest.raises(ValidationError, match="unsupported file type"):
        read_article(str(secret), Settings())


def _serve(directory, handler_class=http.server.SimpleHTTPRequestHandler):
    class Quiet(handler_class):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             partial(Quiet, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_article_size_and_redirects_are_capped(tmp_path):
    (tmp_path / "big.txt").write_text("Revenue was $5 million in 2025. " * 40000)

    class Loop(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path.startswith("/loop"):
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            super().do_GET()

    server = _serve(tmp_path, Loop)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    settings = Settings(allow_private_urls=True, max_article_bytes=2**20, timeout_s=5)
    try:
        with pytest.raises(ValidationError, match="over 1 MiB"):
            read_article(f"{base}/big.txt", settings)
        with pytest.raises(TransportError, match="more than 5 redirects"):
            read_article(f"{base}/loop", settings)
    finally:
        server.shutdown()


def test_parse_document_reads_the_fixture_whole(tenq):
    content, _ = tenq
    assert "Gross margin" in parse_document(content, name="x").text


def test_a_name_that_turns_private_between_check_and_connection_is_refused(tmp_path,
                                                                           monkeypatch):
    """DNS rebinding: the check sees a public address, the connection lands on 127.0.0.1."""
    import socket

    (tmp_path / "a.txt").write_text("Revenue was $5 million in 2025.")
    server = _serve(tmp_path)
    port = server.server_address[1]
    real = socket.getaddrinfo
    answers = iter([[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]])

    def rebinding(host, *args, **kwargs):
        if host == "news.test":
            return next(answers, None) or real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    try:
        with pytest.raises(ValidationError, match="connected to a private or local address"):
            read_article(f"http://news.test:{port}/a.txt", Settings(timeout_s=5))
    finally:
        server.shutdown()
