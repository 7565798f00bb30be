"""Hostile XML never expands entities, reads local files or touches the network."""

from __future__ import annotations

import socket
import time

import pytest

from core.errors import ParsingError
from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl, extract_xbrl_instance

LAUGHS = "".join(
    f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
BILLION_LAUGHS = f'<?xml version="1.0"?><!DOCTYPE xbrl [<!ENTITY lol0 "lol">{LAUGHS}]>'
EXTERNAL = ('<?xml version="1.0"?><!DOCTYPE xbrl [<!ENTITY file SYSTEM "file:///etc/passwd">'
            '<!ENTITY net SYSTEM "http://127.0.0.1:1/x">]>')

INSTANCE_BODY = """<xbrl xmlns="http://www.xbrl.org/2003/instance"
 xmlns:us-gaap="http://fasb.org/us-gaap/2024">
<context id="c"><entity><identifier scheme="x">1</identifier></entity>
<period><startDate>2025-01-01</startDate><endDate>2025-03-31</endDate></period></context>
<unit id="usd"><measure>iso4217:USD</measure></unit>
<us-gaap:Revenues contextRef="c" unitRef="usd" decimals="0">{value}</us-gaap:Revenues>
</xbrl>"""

INLINE_BODY = """<html><body><div style="display:none"><ix:header><ix:resources>
<xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:instant>2025-03-31</xbrli:instant></xbrli:period>
</xbrli:context><xbrli:unit id="s"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div><p>{value}</p>
<ix:nonfraction name="dei:EntityCommonStockSharesOutstanding" contextref="c" unitref="s"
 decimals="0">{value}</ix:nonfraction></body></html>"""

HOSTILE = {
    "billion-laughs": (BILLION_LAUGHS, "&lol9;"),
    "external-file": (EXTERNAL, "&file;"),
    "external-network": (EXTERNAL, "&net;"),
}


@pytest.fixture()
def no_network(monkeypatch):
    """Any socket connection attempt fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_instance_with_entities_is_refused(no_network, name):
    prolog, ref = HOSTILE[name]
    started = time.monotonic()
    with pytest.raises(ParsingError, match="refused: the document declares XML entities"):
        extract_xbrl_instance(prolog + INSTANCE_BODY.format(value=ref), document="evil.xml")
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_inline_document_leaves_entities_unexpanded(no_network, name):
    # The HTML parser never processes a DTD's entity declarations: &lol9; / &file; stay text,
    # so the tag is not a number (a ParsingError) and nothing leaks into the visible text.
    prolog, ref = HOSTILE[name]
    started = time.monotonic()
    doc = parse_document(prolog + INLINE_BODY.format(value=ref), name="evil.htm")
    assert "root:" not in doc.text and "lollollol" not in doc.text
    with pytest.raises(ParsingError, match="EntityCommonStockSharesOutstanding"):
        extract_inline_xbrl(doc)
    assert time.monotonic() - started < 2


def test_instance_entity_declaration_in_utf16_is_refused(no_network):
    data = (EXTERNAL + INSTANCE_BODY.format(value="&file;")).replace(
        '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>').encode("utf-16")
    with pytest.raises(ParsingError, match="refused"):
        extract_xbrl_instance(data, document="evil16.xml")


def test_external_dtd_is_never_fetched(no_network):
    data = ('<?xml version="1.0"?><!DOCTYPE xbrl SYSTEM "http://127.0.0.1:1/x.dtd">'
            + INSTANCE_BODY.format(value="5"))
    (fact,) = extract_xbrl_instance(data, document="dtd.xml")
    assert fact.value == 5


def test_oversized_and_malformed_instances_are_refused():
    with pytest.raises(ParsingError, match="not well-formed"):
        extract_xbrl_instance("<xbrl><context", document="cut.xml")
    with pytest.raises(ParsingError, match="not <xbrl>"):
        extract_xbrl_instance("<html/>", document="page.xml")


def test_deep_nesting_is_bounded(no_network):
    # libxml2 without huge_tree refuses absurd depth instead of exhausting memory or stack.
    data = "<xbrl>" + "<a>" * 100_000 + "</a>" * 100_000 + "</xbrl>"
    started = time.monotonic()
    with pytest.raises(ParsingError):
        extract_xbrl_instance(data, document="deep.xml")
    assert time.monotonic() - started < 5
