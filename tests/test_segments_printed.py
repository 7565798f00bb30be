"""A part's tag printed in a row that names another part of the same axis: the row's name is
the figure's (AMD's 10-Q for Q2 2023 tags the figure beside "Data Center" with its Client
member, and turns round three of its four rows so). The document here is built for the test."""

from __future__ import annotations

from decimal import Decimal

from extractors.document import parse_document
from extractors.xbrl import extract_inline_xbrl

_HEAD = """<html><body><ix:header><ix:resources>{contexts}
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
</ix:resources></ix:header>"""
_CONTEXT = """<xbrli:context id="{id}"><xbrli:entity>
<xbrli:identifier scheme="x">1</xbrli:identifier><xbrli:segment>
<xbrldi:explicitMember dimension="us-gaap:StatementBusinessSegmentsAxis">
acme:{member}Member</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period>
<xbrli:startDate>2023-04-02</xbrli:startDate><xbrli:endDate>2023-07-01</xbrli:endDate>
</xbrli:period></xbrli:context>"""
_ROW = """<tr><td>{label}</td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="{id}"
unitRef="usd" decimals="-6" scale="6">{value}</ix:nonFraction></td></tr>"""


def _document(rows: list[tuple[str, str, str]]) -> bytes:
    contexts = "".join(_CONTEXT.format(id=f"c{i}", member=member)
                       for i, (_, member, _) in enumerate(rows))
    table = "".join(_ROW.format(label=label, id=f"c{i}", value=value)
                    for i, (label, _, value) in enumerate(rows))
    return (_HEAD.format(contexts=contexts) + "<table>" + table + "</table></body></html>").encode()


def _parts(rows) -> dict:
    doc = parse_document(_document(rows), name="acme-10q.htm")
    return {f.entity: (f.value, f.sources[0].row) for f in extract_inline_xbrl(doc)
            if f.metric == "revenue" and f.entity}


def test_a_tag_printed_beside_another_parts_name_is_that_parts():
    parts = _parts([("Data Center", "Client", "1,321"), ("Client", "Gaming", "998"),
                    ("Gaming", "DataCenter", "1,581"), ("Embedded", "Embedded", "1,459")])
    assert parts["Data Center"][0] == Decimal("1321000000")
    assert parts["Client"][0] == Decimal("998000000")
    assert parts["Gaming"][0] == Decimal("1581000000")
    # the proof stays with the figure: the row as printed and the member the tag named
    assert parts["Data Center"][1] == "Data Center (tagged acme:ClientMember)"
    assert parts["Embedded"] == (Decimal("1459000000"), None)


def test_a_row_naming_no_member_leaves_the_tag_as_it_is():
    parts = _parts([("Net revenue", "Client", "998"),
                    ("Total Gaming revenues", "Gaming", "1,581")])
    assert parts == {"Client": (Decimal("998000000"), None),
                     "Gaming": (Decimal("1581000000"), None)}


def test_a_row_of_a_share_of_the_parts_revenue_is_not_the_parts_revenue():
    parts = _parts([("Revenues from external customers", "Client", "5"),
                    ("Intersegment revenues", "Client", "9.9"),
                    ("Total operating revenues", "Gaming", "14.9")])
    assert parts == {"Gaming": (Decimal("14900000"), None)}
