"""The HTML form: one self-contained page (inline CSS and SVG, no script, no network).

Every string from the article or a filing passes through ``html.escape`` before it meets markup;
the figure is highlighted by escaping the sentence's pieces first and only then wrapping the
escaped figure in ``<mark>``. Links are emitted only for http(s) URLs (see formatting.safe_url).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import Any

from pipeline.report.charts import render_svg
from pipeline.report.formatting import place_text, utc_text
from pipeline.report.model import listing_order

_CSS = Path(__file__).with_name("style.css")


def render_html(report: Mapping[str, Any]) -> str:
    article = report["article"]["name"]
    body = "".join((_header(report), _summary(report), _claims(report), _changes(report),
                    _filings(report), _charts(report), _legend(report)))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        # no external resource of any kind may load, even if some text slipped through
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        f"<title>Verification report: {escape(article)}</title>"
        f"<style>{_CSS.read_text(encoding='utf-8')}</style></head>"
        f"<body><main>{body}</main></body></html>\n"
    )


def _a(url: str | None, text: str, cls: str = "") -> str:
    """A link when the URL is safe, else plain text; ``text`` is escaped here."""
    attr = f' class="{cls}"' if cls else ""
    if not url:
        return f"<span{attr}>{escape(text)}</span>"
    return f'<a{attr} href="{escape(url)}">{escape(text)}</a>'


def _badge(verdict: str, label: str, symbol: str) -> str:
    return (f'<span class="badge v-{escape(verdict)}"><span aria-hidden="true">{escape(symbol)}'
            f"</span> {escape(label)}</span>")


def _header(report: Mapping[str, Any]) -> str:
    company = report["company"]
    who = company.get("name") or "CIK " + str(company["cik"])
    ticker = f" ({escape(company['ticker'])})" if company.get("ticker") else ""
    cik = f", CIK {company['cik']}" if company.get("name") else ""
    generated = report.get("generated_at")
    when = f" · generated {escape(generated)}" if generated else ""
    return (
        '<header><p class="eyebrow">filingcheck · verification report</p>'
        f'<h1 class="article-name">{escape(_short_name(report["article"]["name"]))}</h1>'
        f'<p class="sub">Checked against the SEC EDGAR filings of <strong>{escape(who)}</strong>'
        f'{ticker}{cik}{when} · article <code>{escape(report["article"]["name"])}</code> sha256 '
        f'<code>{escape(report["article"]["sha256"][:12])}</code></p></header>'
    )


def _short_name(name: str) -> str:
    # a local path reads better as its file name; the full path is printed under the title
    return name if "://" in name else name.rstrip("/").rsplit("/", 1)[-1]


def _summary(report: Mapping[str, Any]) -> str:
    summary = report["summary"]
    chips = "".join(
        f'<li class="count v-{escape(v["verdict"])}"><span class="n">'
        f'{summary["counts"].get(v["verdict"], 0)}</span>'
        f'{_badge(v["verdict"], v["label"], v["symbol"])}</li>'
        for v in report["verdicts"]
    )
    attention = summary["attention"]
    if attention:
        links = _claim_links(attention)
        note = (f'<p class="attention"><strong>{len(attention)} of {summary["total"]}</strong> '
                f"figures need attention before publishing: {links}.</p>")
    else:
        note = (f'<p class="ok">None of the {summary["total"]} figures drifted or went '
                "stale.</p>")
    return (f'<section id="summary" data-total="{summary["total"]}"><h2>Summary</h2>'
            f'<ul class="counts">{chips}</ul>{note}</section>')


def _claims(report: Mapping[str, Any]) -> str:
    listed, footnoted = listing_order(report["claims"])  # drifted, stale, then the rest
    rows = "".join(_claim_row(c) for c in listed)
    return (
        f'<section id="claims"><h2>Claims <span class="muted">({len(report["claims"])})</span>'
        '</h2><table class="claims"><thead><tr><th class="num">#</th>'
        "<th>In the article</th><th>Verdict</th><th>Filed value</th><th>Difference</th>"
        "<th>Filing and evidence</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>{_footnote(footnoted)}</section>"
    )


def _footnote(footnoted: list[Mapping[str, Any]]) -> str:
    """Dates, page counts and bare numbers: named once, below the claims."""
    if not footnoted:
        return ""
    names = "; ".join(f'<span id="claim-{c["number"]}">{escape(c["text"])}</span>'
                      for c in footnoted)
    return (f'<p class="footnote muted">Not figures a filing reports (dates, page counts), '
            f"not checked: {names}.</p>")


def _claim_row(c: Mapping[str, Any]) -> str:
    parts = c["sentence_parts"]
    # escape each piece first, then wrap the (escaped) figure: no article text becomes markup
    sentence = (f'{escape(parts["before"])}<mark>{escape(parts["figure"])}</mark>'
                f'{escape(parts["after"])}')
    meta = " · ".join(escape(str(x)) for x in (c["metric"], c["period_label"], c["entity"],
                                                c.get("qualifier")) if x)
    if c.get("cited_form"):
        cited = f"cites {c['cited_form']}" + (f" of {c['cited_date']}" if c["cited_date"] else "")
        meta = " · ".join(filter(None, (meta, escape(cited))))
    filed = escape(c["filed_display"]) or '<span class="muted">—</span>'
    empty = "" if c["filed_display"] or c.get("newer_display") else " empty"
    if c["verdict"] == "stale" and c.get("newer_display"):
        filed += f'<div class="now">now <strong>{escape(c["newer_display"])}</strong></div>'
    return (
        f'<tr class="claim v-{escape(c["verdict"])}" id="claim-{c["number"]}" '
        f'data-verdict="{escape(c["verdict"])}"><td class="num">{c["number"]}</td>'
        f'<td class="sentence"><p>{sentence}</p>'
        + (f'<p class="meta">{meta}</p>' if meta else "")
        + f'</td><td class="verdict">'
        f'{_badge(c["verdict"], c["verdict_label"], c["verdict_symbol"])}'
        # data-label: on a narrow screen each row is a card, and the cells name themselves
        f'</td><td class="figure{empty}" data-label="Filed value">{filed}</td>'
        f'<td class="figure delta" data-label="Difference">{escape(c["delta_display"])}</td>'
        f'<td class="source" data-label="Filing and evidence">{_source(c)}</td></tr>'
    )


def _source(c: Mapping[str, Any]) -> str:
    out = [_evidence(e) for e in c["evidence"]]
    if c.get("arithmetic"):
        out.append(f'<div class="arith"><span class="k">Arithmetic</span> '
                   f'<code>{escape(c["arithmetic"])}</code></div>')
    if c["newer_evidence"] or c.get("newer_display"):
        newer = "".join(_evidence(e) for e in c["newer_evidence"])
        out.append(f'<div class="newer"><span class="k">Changed by a later filing:</span> '
                   f'{escape(c.get("newer_display") or "")}{newer}</div>')
    if c.get("should_say"):
        out.insert(0, f'<div class="should-say"><span class="k">Should say</span> '
                      f'<strong>{escape(c["should_say"])}</strong></div>')
    if c.get("reason"):
        out.append(f'<div class="reason">{escape(c["reason"])}</div>')
    return "".join(out) or '<span class="muted">—</span>'


def _evidence(e: Mapping[str, Any]) -> str:
    # the filing's link scrolls to the passage where the browser supports text fragments
    link = _a(e.get("link") or e["document_url"], e["filing_label"], "filing")
    head = (f'<div class="ev-head">{link} <span class="acc">{escape(e["accession"])}</span>'
            "</div>")
    where = place_text(e)
    where = f'<div class="ev-where">{escape(where)}</div>' if where else ""
    if e["kind"] == "table":
        detail = (f'{where}<div class="ev-cell">cell <q>{escape(e["text"])}</q> = '
                  f'{escape(e["value_display"])}</div>')
    else:
        detail = f'{where}<blockquote>{escape(e["text"])}</blockquote>'
    return f'<div class="evidence">{head}{detail}</div>'


def _changes(report: Mapping[str, Any]) -> str:
    changes = report["changes"]
    status = changes["status"]
    if status == "first":
        body = "<p>This is the first verification of this article.</p>"
    elif status == "unchanged":
        body = "<p>Nothing changed.</p>"
    elif not changes["items"]:
        body = "<p>No verdict changed.</p>"
    else:
        items = "".join(_change_item(i) for i in changes["items"])
        body = f'<ul class="changes">{items}</ul>'
    return (f'<section id="changes"><h2>What changed</h2>{_compared_with(changes)}{body}'
            "</section>")


def _compared_with(changes: Mapping[str, Any]) -> str:
    """Which verification the changes are counted from, and whether the article was edited."""
    run = changes.get("previous_run") or {}
    if not run.get("verified_at"):
        return ""
    line = f"Compared with the verification of {escape(utc_text(run['verified_at']))}"
    if run.get("before_ingest_at"):
        line += f", before the filings loaded on {escape(utc_text(run['before_ingest_at']))}"
    line += "."
    if run.get("text_changed"):
        seen = run.get("text_first_verified_at")
        line += (" <strong>The article's text has changed since</strong>"
                 + (f" (this text was first verified {escape(utc_text(seen))})." if seen else "."))
    return f'<p class="muted compared">{line}</p>'


def _change_item(item: Mapping[str, Any]) -> str:
    ref = f'<a href="#claim-{item["number"]}">#{item["number"]}</a> ' if item["number"] else ""
    what = {"new": "newly checked", "removed": "no longer in the article",
            "verdict": "verdict changed", "filed_value": "filed value changed"}
    change = what.get(item["change"], item["change"])
    before = escape(str(item["before"])) if item.get("before") is not None else "—"
    after = escape(str(item["after"])) if item.get("after") is not None else "—"
    return (f"<li>{ref}<q>{escape(item['text'])}</q>: {escape(change)}: {before} → "
            f"<strong>{after}</strong></li>")


def _filings(report: Mapping[str, Any]) -> str:
    cited = [f for f in report["filings"] if f["claims"]]
    others = [f for f in report["filings"] if not f["claims"]]
    table = _filing_table(cited) if cited else "<p>No filing was cited.</p>"
    more = ""
    if others:
        more = (f"<details><summary>{len(others)} other filings in the warehouse</summary>"
                f"{_filing_table(others)}</details>")
    return f'<section id="filings"><h2>Filings used</h2>{table}{more}</section>'


def _filing_table(filings: list[Mapping[str, Any]]) -> str:
    rows = "".join(
        f'<tr><td>{escape(f["form"])}</td><td class="date">{escape(f["filed_date"] or "")}</td>'
        f'<td>{_a(f["document_url"], "document")} · {_a(f["index_url"], "EDGAR index")}</td>'
        f'<td class="acc">{escape(f["accession"])}</td>'
        f'<td>{_claim_links(f["claims"])}</td></tr>'
        for f in filings
    )
    return ('<div class="scroll"><table class="filings"><thead><tr><th>Form</th><th>Filed</th>'
            "<th>On sec.gov</th>"
            f"<th>Accession</th><th>Claims</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _claim_links(numbers: list[int]) -> str:
    return ", ".join(f'<a href="#claim-{n}">#{n}</a>' for n in numbers)


def _charts(report: Mapping[str, Any]) -> str:
    if not report["charts"]:
        return ('<section id="charts"><h2>Filed figures over time</h2><p>No time series is '
                "stored for this company yet; run <code>filingcheck ingest</code>.</p></section>")
    figures = "".join(
        f'<figure class="chart-box {escape(c["layout"])}"><figcaption>{escape(c["title"])}'
        f"</figcaption>{render_svg(c)}{_derived_note(c)}</figure>"
        for c in report["charts"]
    )
    return (
        '<section id="charts"><h2>Filed figures over time</h2><p class="muted">Latest filed '
        "value for each period; under each point, the filing it comes from (hover for the "
        f'exact value and accession; click to open the filing).</p><div class="charts">{figures}'
        "</div></section>"
    )


def _derived_note(chart: Mapping[str, Any]) -> str:
    if not any(p.get("derived_from") for p in chart["points"]):
        return ""
    return ('<p class="note">Lighter bars: gross profit ÷ revenue, both from the filing named '
            "under the bar.</p>")


def _legend(report: Mapping[str, Any]) -> str:
    rows = "".join(f"<dt>{_badge(v['verdict'], v['label'], v['symbol'])}</dt>"
                   f"<dd>{escape(v['meaning'])}</dd>" for v in report["verdicts"])
    return (f'<section id="legend"><h2>What the verdicts mean</h2><dl>{rows}</dl>'
            f'<p class="muted">Report schema {escape(report["schema_version"])}.</p></section>')
