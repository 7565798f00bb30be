"""The Markdown report as a CommonMark renderer reads it (markdown-it-py, the reference
algorithm in Python): every claim is one item of one numbered list, and each claim's details
are a list nested inside its own item, for claim 10 and later too (their text starts one column
further right, so 3-space sub-bullets fell out of the item)."""

from __future__ import annotations

import lxml.html
import pytest

from pipeline.config import load_settings
from pipeline.report import write_report_for
from tests.conftest import FIXTURES

markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py (dev extra) is absent")


def rendered(path) -> lxml.html.HtmlElement:
    """The report as CommonMark (plus pipe tables, which the report uses) renders it."""
    parser = markdown_it.MarkdownIt("commonmark").enable("table")
    return lxml.html.fromstring(f"<div>{parser.render(path.read_text(encoding='utf-8'))}</div>")


def test_claims_and_their_details_nest_in_commonmark(cerebras_data, tmp_path):
    settings = load_settings(env={}, data_dir=cerebras_data)
    path = write_report_for(settings, str(FIXTURES / "articles" / "cerebras-ipo.md"),
                            ticker="CBRS", out_path=tmp_path / "report.md")
    doc = rendered(path)
    [claims_heading] = doc.xpath("//h2[.='Claims']")
    # a bullet list (problems first, so the claims' own numbers are out of order and an
    # ordered list would renumber them), then at most the footnote of dates, then the next part
    [listed] = claims_heading.xpath("following-sibling::*[1][self::ul]")
    items = listed.xpath("./li")
    assert len(items) >= 10, "the demo article has more than nine claims"
    after = claims_heading.xpath("following-sibling::*[2]")[0]
    if after.tag == "p":
        assert after.text_content().startswith("Not figures a filing reports")
        after = claims_heading.xpath("following-sibling::*[3]")[0]
    assert after.tag == "h2", "nothing may fall out of the claims list before the next section"
    for number, item in enumerate(items, start=1):
        verdict = item.xpath("./p/strong")[0].text_content()
        assert verdict.startswith("#")
        assert verdict.split(" ", 2)[2] in ("Supported", "Drifted", "Stale", "Unverifiable",
                                            "Not checkable"), (number, verdict)
        details = item.xpath("./ul/li")
        assert details, f"claim {number}'s details are not nested in its item"
        if "Supported" in verdict or "Stale" in verdict:
            assert item.xpath("./ul/li/a[starts-with(@href, 'https://www.sec.gov/')]"), number
    # the summary is a real table, not a paragraph of pipes
    assert doc.xpath("//h2[.='Summary']/following-sibling::table[1]//td")
