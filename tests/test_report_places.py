"""'Where in the filing' as a reader can follow it: tables counted from 1, a sentence placed by
its section heading and page instead of character offsets, and links that scroll to the
passage (#:~:text= fragments). Checked on the demo report through the CLI and on real filings
of the corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest
from click.testing import CliRunner

from extractors import extract_document
from extractors.document import parse_document
from pipeline.cli import main
from pipeline.report.locate import RUNNING_HEAD, read_layout, text_fragment
from tests.conftest import FIXTURES

ARTICLE = FIXTURES / "articles" / "cerebras-ipo.md"
DOCUMENTS = 15  # paginated corpus filings read (in name order): each is a full extraction


@pytest.fixture(scope="module")
def reports(cerebras_data, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("places")
    paths = {}
    for suffix in (".json", ".html", ".md"):
        result = CliRunner().invoke(main, ["--data-dir", str(cerebras_data), "report",
                                           str(ARTICLE), "--ticker", "CBRS",
                                           "--out", str(out / f"report{suffix}")])
        assert result.exit_code == 0, result.output
        paths[suffix] = out / f"report{suffix}"
    return paths


def evidence(report: dict) -> list[dict]:
    return [e for c in report["claims"] for e in (*c["evidence"], *c["newer_evidence"])]


def test_demo_evidence_is_placed_as_a_reader_finds_it(reports):
    report = json.loads(reports[".json"].read_text())
    tables = [e for e in evidence(report) if e["kind"] == "table"]
    sentences = [e for e in evidence(report) if e["kind"] == "sentence"]
    assert tables and sentences
    for e in tables:
        stored = int(re.search(r"table (\d+)", e["locator"]).group(1))
        assert e["table_number"] == stored + 1
    for e in tables + sentences:
        assert e["section"] and e["page_number"] and 1 <= e["page_number"] <= e["pages"]
        assert e["link"].startswith(e["document_url"] + "#:~:text=")
    # the sentence's link finds that sentence: its fragment's words are the sentence's own
    for e in sentences:
        fragment = e["link"].split("#:~:text=", 1)[1]
        first = fragment.split(",")[0].replace("%20", " ").replace("%2D", "-")
        assert e["text"].startswith(first.split("%")[0])


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_rendered_reports_never_show_character_offsets(reports, suffix):
    text = reports[suffix].read_text(encoding="utf-8")
    report = json.loads(reports[".json"].read_text())
    assert not re.search(r"\bchars \d+-\d+", text)
    for e in evidence(report):
        if e["kind"] == "table":
            assert f"table {e['table_number']} · row" in text
    assert "under “" in text and "page " in text
    if suffix == ".html":
        doc = lxml.html.fromstring(text)
        links = doc.xpath("//a[@class='filing']/@href")
        assert links and all("#:~:text=" in href for href in links)


def test_text_fragments_encode_what_the_syntax_reserves():
    assert text_fragment("Revenue was $510.0 million") == \
        "#:~:text=Revenue%20was%20%24510.0%20million"
    long = "We estimate that the initial public offering price will be between $115.00 and " \
           "$125.00 per share, one-to-one & more."
    fragment = text_fragment(long)
    start, end = fragment.removeprefix("#:~:text=").split(",")
    assert start == "We%20estimate%20that%20the%20initial"
    assert end == "per%20share%2C%20one%2Dto%2Done%20%26%20more."
    assert text_fragment("  ") is None


@pytest.mark.corpus
def test_corpus_statement_tables_get_a_page_and_a_section(corpus_filings):
    """In every paginated 10-K/10-Q of the corpus, each table a revenue figure is read from is
    found on a page; most stand under a heading, and never under a running head."""
    checked = placed = documents = 0
    for path, body in sorted(corpus_filings):
        if not re.match(r"10-[KQ]_", path.name) or documents == DOCUMENTS:
            continue
        doc = parse_document(body, name=path.name)
        layout = read_layout(doc)
        if not layout.pages:
            continue
        documents += 1
        assert all(layout.headings.count(h) < RUNNING_HEAD for h in set(layout.headings))
        tables = {s.table for f in extract_document(body, document=path.name, use_xbrl=False)
                  if f.metric == "revenue" for s in f.sources if s.table is not None}
        for index in tables:
            offset = layout.table_at.get(id(doc.tables[index]))
            assert offset is not None, (path.name, index)
            label, number = layout.page(offset)
            assert 1 <= number <= layout.pages and label
            checked += 1
            placed += layout.section(offset) is not None
    if checked == 0:
        pytest.skip("no paginated 10-K or 10-Q with a revenue table in the corpus")
    assert placed >= 0.9 * checked, (placed, checked)
