"""The Markdown form: readable as plain text in a terminal and rendered on GitHub.

Claims are a numbered list rather than one wide table (long sentences would wrap into an
unreadable grid in a terminal). Article and filing text is backslash-escaped so it can neither
break the layout nor become HTML when rendered.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pipeline.report.formatting import place_text, utc_text
from pipeline.report.model import listing_order

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")
_SPACES = re.compile(r"\s+")


def md(text: Any) -> str:
    """Escape Markdown punctuation and raw-HTML brackets; collapse newlines (keeping the spaces
    around a piece, which the highlighted figure needs)."""
    return _SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(text)))


def _link(url: str | None, text: str) -> str:
    return f"[{md(text)}](<{url}>)" if url else md(text)


def render_markdown(report: Mapping[str, Any]) -> str:
    lines: list[str] = []
    for part in (_header, _summary, _claims, _changes, _filings, _charts):
        lines += part(report)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _header(report: Mapping[str, Any]) -> list[str]:
    company = report["company"]
    who = company.get("name") or f"CIK {company['cik']}"
    ticker = f" ({md(company['ticker'])})" if company.get("ticker") else ""
    when = f", generated {report['generated_at']}" if report.get("generated_at") else ""
    cik = f", CIK {company['cik']}" if company.get("name") else ""
    return [f"# Verification report: {md(report['article']['name'])}", "",
            f"Checked against the SEC EDGAR filings of **{md(who)}**{ticker}{cik}{when}. "
            f"Article sha256 `{report['article']['sha256'][:12]}`."]


def _summary(report: Mapping[str, Any]) -> list[str]:
    summary = report["summary"]
    lines = ["## Summary", "", "| Verdict | Claims |", "|---|---:|"]
    for v in report["verdicts"]:
        lines.append(f"| {v['symbol']} {v['label']} | {summary['counts'].get(v['verdict'], 0)} |")
    lines.append(f"| **Total** | **{summary['total']}** |")
    if summary["attention"]:
        numbers = ", ".join(f"#{n}" for n in summary["attention"])
        lines += ["", f"**Needs attention before publishing:** {numbers}."]
    return lines


def _claims(report: Mapping[str, Any]) -> list[str]:
    """Drifted, then stale, then the rest; dates and page counts in a footnote."""
    listed, footnoted = listing_order(report["claims"])
    lines = ["## Claims", ""]
    for c in listed:
        lines += _claim(c)
    if footnoted:
        names = "; ".join(f"{md(c['text'])} (\\#{c['number']})" for c in footnoted)
        lines += [f"Not figures a filing reports (dates, page counts), not checked: {names}."]
    return lines


def _claim(c: Mapping[str, Any]) -> list[str]:
    parts = c["sentence_parts"]
    sentence = f"{md(parts['before'])}**{md(parts['figure'])}**{md(parts['after'])}"
    # a bullet, not "5. ": listed problems first, the numbers are out of order, and an ordered
    # list would renumber them. CommonMark nests a sub-list under an item only when it is
    # indented to the item's text (2 spaces under "- ").
    marker = "- "
    lines = [f"{marker}**\\#{c['number']} {c['verdict_symbol']} {c['verdict_label']}**: "
             f"{sentence}"]
    pad = " " * len(marker)
    facts = []
    if c["filed_display"]:
        facts.append(f"filed {md(c['filed_display'])}")
    if c["delta_display"]:
        facts.append(f"difference {md(c['delta_display'])}")
    if c.get("should_say"):
        facts.append(f"should say **{md(c['should_say'])}**")
    if facts:
        lines.append(f"{pad}- {'; '.join(facts)}")
    for e in c["evidence"]:
        lines.append(f"{pad}- {_evidence(e)}")
    if c.get("arithmetic"):
        lines.append(f"{pad}- arithmetic: `{c['arithmetic'].replace('`', '')}`")
    if c.get("newer_display") or c["newer_evidence"]:
        lines.append(f"{pad}- changed by a later filing: now {md(c.get('newer_display') or '')}")
        lines += [f"{pad}  - {_evidence(e)}" for e in c["newer_evidence"]]
    if c.get("reason"):
        lines.append(f"{pad}- {md(c['reason'])}")
    lines.append("")
    return lines


def _evidence(e: Mapping[str, Any]) -> str:
    source = f"{_link(e.get('link') or e['document_url'], e['filing_label'])} ({e['accession']})"
    where = place_text(e)
    where = f", {md(where)}" if where else ""
    if e["kind"] == "table":
        return f"{source}{where}: cell “{md(e['text'])}”"
    return f"{source}{where}: “{md(e['text'])}”"


def _changes(report: Mapping[str, Any]) -> list[str]:
    changes = report["changes"]
    lines = ["## What changed", ""]
    if changes["status"] == "first":
        return lines + ["This is the first verification of this article."]
    run = changes["previous_run"] or {}
    compared = f"Compared with the verification of {md(utc_text(run.get('verified_at')))}"
    if run.get("before_ingest_at"):
        compared += f", before the filings loaded on {md(utc_text(run['before_ingest_at']))}"
    compared += "."
    if run.get("text_changed"):
        seen = run.get("text_first_verified_at")
        compared += (" **The article's text has changed since**"
                     + (f" (this text was first verified {md(utc_text(seen))})." if seen else "."))
    lines += [compared, ""]
    if changes["status"] == "unchanged":
        return lines + ["Nothing changed."]
    if not changes["items"]:
        return lines + ["No verdict changed."]
    for item in changes["items"]:
        ref = f"#{item['number']} " if item["number"] else ""
        lines.append(f"- {ref}“{md(item['text'])}”: {item['change'].replace('_', ' ')}: "
                     f"{md(item['before'] or '—')} → **{md(item['after'] or '—')}**")
    return lines


def _filings(report: Mapping[str, Any]) -> list[str]:
    lines = ["## Filings used", "", "| Form | Filed | Accession | Document | Claims |",
             "|---|---|---|---|---|"]
    for f in report["filings"]:
        if not f["claims"]:
            continue
        claims = ", ".join(f"#{n}" for n in f["claims"])
        lines.append(f"| {md(f['form'])} | {f['filed_date'] or ''} | {f['accession']} | "
                     f"{_link(f['document_url'], 'document')} | {claims} |")
    return lines


def _charts(report: Mapping[str, Any]) -> list[str]:
    lines = ["## Filed figures over time", ""]
    if not report["charts"]:
        return lines + ["No time series is stored for this company yet."]
    for chart in report["charts"]:
        lines += [f"**{md(chart['title'])}**", ""]
        for p in chart["points"]:
            who = f"{md(p['entity'])}, " if p.get("entity") else ""
            lines.append(f"- {who}{md(p['label'])}: {md(p['value_display'])} "
                         f"({_link(p['filing_url'], p['filing_label'])})")
        lines.append("")
    return lines
