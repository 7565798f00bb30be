"""The report model: one plain, JSON-ready dict that the HTML, Markdown and JSON forms all render.

Building it is pure (no I/O): verifications, filings, series and the changes since the previous
verification go in; a dict of strings, ints, lists and dicts comes out. Every number is carried
twice: exact (``Decimal`` as a string, base units) for machines and formatted for people, so the
three forms can never disagree about a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from core.verdicts import VERDICTS, Article, Evidence, Verification
from pipeline.report.charts import build_charts
from pipeline.report.formatting import (
    filing_label,
    format_delta,
    format_value,
    is_footnote,
    iso,
    plain_decimal,
    problems_first,
    safe_url,
    should_say,
)
from pipeline.report.locate import text_fragment

# 2.0: one schema for `report --out X.json`, `verify --format json` and `verify --watchlist
# --format json` (the verify output is this model; a watchlist's wraps one per article).
SCHEMA_VERSION = "2.0"

VERDICT_META: dict[str, tuple[str, str, str]] = {
    # verdict: (label, symbol, what it means) - the symbol and label make the verdict readable
    # without colour (printouts, colour blindness).
    "supported": ("Supported", "✓", "Matches the filing within the precision the article states."),
    "drifted": ("Drifted", "≠", "Differs from the filing by more than the article's rounding."),
    "stale": ("Stale", "↻", "Matches an earlier filing, but a later filing gives a new figure."),
    "unverifiable": ("Unverifiable", "?", "No filed figure was found to check it against."),
    "not_checkable": ("Not checkable", "–",
                      "Not a figure the filings can confirm (forecast, third party, estimate)."),
}
ATTENTION = ("drifted", "stale")

_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_LOCATOR = {
    "table": re.compile(r"\btable (\d+)"),
    "row": re.compile(r'\brow "([^"]*)"'),
    "column": re.compile(r'\bcolumn "([^"]*)"'),
    "concept": re.compile(r"\bconcept (\S+)"),
    "chars": re.compile(r"\bchars (\d+)-(\d+)"),
}


def build_report(
    article: Article,
    cik: int,
    verifications: Sequence[Verification],
    filings: Iterable[Any] = (),
    series: Mapping[str, Any] | None = None,
    changes: Mapping[str, Any] | None = None,
    *,
    company_name: str | None = None,
    ticker: str | None = None,
    generated_at: datetime | None = None,
) -> dict[str, Any]:
    """The report model (see report.schema.json). ``changes`` comes from ``compute_changes``."""
    ordered = _reading_order(verifications)
    claims = [_claim(article, number, v) for number, v in enumerate(ordered, start=1)]
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at.isoformat(timespec="seconds") if generated_at else None,
        "article": {"name": article.name, "sha256": article.sha256,
                    "characters": len(article.text)},
        "company": {"cik": int(cik), "name": company_name, "ticker": ticker},
        "summary": _summary(claims),
        "verdicts": [{"verdict": k, "label": VERDICT_META[k][0], "symbol": VERDICT_META[k][1],
                      "meaning": VERDICT_META[k][2]} for k in VERDICTS],
        "filings": _filings(ordered, filings),
        "claims": claims,
        "changes": dict(changes) if changes is not None else _no_history(),
        "charts": build_charts(series or {}, int(cik)),
    }


def _reading_order(verifications: Iterable[Verification]) -> list[Verification]:
    """Claims in the order the article states them: their numbers in the report (#1, #2, ...)
    and in the changes since the previous verification both count in this order."""
    return sorted(verifications, key=lambda v: v.claim.span)


def listing_order(claims: Sequence[Mapping[str, Any]]) -> tuple[list, list]:
    """(the claims to list, problems first: drifted, stale, then the rest in article order;
    the footnoted ones: dates, page counts, bare numbers). Numbers stay in article order."""
    listed = [c for c in claims if not c.get("footnote")]
    return (problems_first(listed, lambda c: c["verdict"], lambda c: c["number"]),
            [c for c in claims if c.get("footnote")])


def _summary(claims: list[dict]) -> dict[str, Any]:
    counts = {verdict: 0 for verdict in VERDICTS}
    for claim in claims:
        counts[claim["verdict"]] = counts.get(claim["verdict"], 0) + 1
    attention = [c["number"] for c in claims if c["verdict"] in ATTENTION]
    return {"total": len(claims), "counts": counts, "attention": attention}


def _claim(article: Article, number: int, v: Verification) -> dict[str, Any]:
    claim = v.claim
    label, symbol, _ = VERDICT_META.get(v.verdict, (v.verdict, "", ""))
    unit = _filed_unit(v)
    return {
        "number": number,
        "claim_id": claim.claim_id,
        "text": claim.text,
        "sentence": claim.sentence,
        "sentence_parts": split_sentence(article.text, claim.sentence, claim.span, claim.text),
        "span": [int(claim.span[0]), int(claim.span[1])],
        "value": plain_decimal(claim.value),
        "low": plain_decimal(claim.low),
        "high": plain_decimal(claim.high),
        "tolerance": plain_decimal(claim.tolerance),
        "unit": claim.unit,
        "citation_scope": claim.citation_scope,
        "metric": claim.metric,
        "period_label": claim.period_label,
        "period_start": iso(claim.period_start),
        "period_end": iso(claim.period_end),
        "entity": claim.entity,
        "basis": claim.basis,
        "qualifier": claim.qualifier,
        "cited_form": claim.cited_form,
        "cited_date": iso(claim.cited_date),
        "verdict": v.verdict,
        "verdict_label": label,
        "verdict_symbol": symbol,
        "filed_value": plain_decimal(v.filed_value),
        "filed_display": format_value(v.filed_value, unit),
        "delta": plain_decimal(v.delta),
        "delta_display": format_delta(v.delta, unit),
        "should_say": should_say(claim.text, claim.value, v.filed_value, unit)
        if v.verdict == "drifted" and claim.low is None else None,
        "footnote": is_footnote(v.verdict, claim.unit),
        "arithmetic": v.arithmetic,
        "reason": v.reason or claim.not_checkable_reason,
        "evidence": [evidence_dict(e) for e in _distinct(v.evidence)],
        "newer_value": plain_decimal(v.newer_value),
        "newer_display": format_value(v.newer_value, _filed_unit(v, newer=True)),
        "newer_evidence": [evidence_dict(e) for e in _distinct(v.newer_evidence)],
    }


def _distinct(evidence: Sequence[Evidence]) -> list[Evidence]:
    """Drop repeats of the same passage (a range's low and high come from one sentence)."""
    seen: set[tuple] = set()
    out = []
    for e in evidence:
        key = (e.accession, e.locator, e.text)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _filed_unit(v: Verification, newer: bool = False) -> str | None:
    # the filed value is compared in the claim's unit (a derived margin's evidence is in USD)
    if v.claim.unit:
        return v.claim.unit
    evidence = v.newer_evidence if newer else v.evidence
    return evidence[0].unit if evidence else None


def split_sentence(text: str, sentence: str, span: tuple[int, int], figure: str) -> dict[str, str]:
    """Cut the sentence into before / figure / after, locating the figure by its article span.

    The pieces stay raw text: each renderer escapes every piece and only then wraps the figure,
    so nothing from the article can become markup.
    """
    start = text.find(sentence, max(0, span[0] - len(sentence)))
    if start != -1 and start <= span[0] and span[1] <= start + len(sentence):
        lo, hi = span[0] - start, span[1] - start
    else:
        lo = sentence.find(figure) if figure else -1
        if lo == -1:
            return {"before": sentence, "figure": "", "after": ""}
        hi = lo + len(figure)
    return {"before": sentence[:lo], "figure": sentence[lo:hi], "after": sentence[hi:]}


def evidence_dict(e: Evidence) -> dict[str, Any]:
    """Evidence with its locator taken apart, so a reader sees table, row, column and cell."""
    parts = {key: rx.search(e.locator or "") for key, rx in _LOCATOR.items()}
    table = parts["table"]
    chars = parts["chars"]
    kind = "table" if table else ("sentence" if chars else ("tag" if parts["concept"] else "text"))
    index = int(table.group(1)) if table else None
    return {
        "fact_id": e.fact_id,
        "accession": e.accession,
        "form": e.form,
        "filed_date": iso(e.filed_date),
        "filing_label": filing_label(e.form, e.filed_date),
        "document_url": safe_url(e.document_url),
        "document_name": e.document_url.rstrip("/").rsplit("/", 1)[-1] if e.document_url else "",
        "locator": e.locator,
        "kind": kind,
        "table": index,
        "table_number": index + 1 if index is not None else None,
        "span_start": int(chars.group(1)) if chars else None,
        "section": None,
        "page": None,
        "page_number": None,
        "pages": None,
        "link": _follow_link(e, index, parts["row"].group(1) if parts["row"] else None),
        "row": parts["row"].group(1) if parts["row"] else None,
        "column": parts["column"].group(1) if parts["column"] else None,
        "concept": parts["concept"].group(1) if parts["concept"] else None,
        "text": e.text,
        "value": plain_decimal(e.value),
        "value_display": format_value(e.value, e.unit),
        "unit": e.unit,
        "metric": e.metric,
        "entity": e.entity,
        "period_start": iso(e.period_start),
        "period_end": iso(e.period_end),
    }


def _follow_link(e: Evidence, table: int | None, row: str | None) -> str | None:
    """The document URL with a text fragment that scrolls to the evidence: the sentence, or
    for a table cell the figure as printed when it is distinctive enough to find (4+ digits)."""
    url = safe_url(e.document_url)
    if not url:
        return None
    if table is not None:
        # the figure alone: "$" and ")" often stand in cells of their own, and a text
        # fragment does not match across cells
        figure = max(_FIGURE.findall(e.text or ""), key=len, default="")
        digits = sum(ch.isdigit() for ch in figure)
        # a short figure ("(75.7)") would be found anywhere: its row's label instead
        fragment = text_fragment(figure if digits >= 4 else (row or ""))
    else:
        fragment = text_fragment(e.text or "")
    return url + (fragment or "")


def _filings(ordered: Sequence[Verification], filings: Iterable[Any]) -> list[dict[str, Any]]:
    """Every filing the evidence cites (with the claims citing it), then the others stored."""
    known = {f.accession: f for f in filings}
    cited: dict[str, dict[str, Any]] = {}
    for number, v in enumerate(ordered, start=1):
        for e in (*v.evidence, *v.newer_evidence):
            entry = cited.setdefault(e.accession, _filing_entry(known.get(e.accession), e))
            if number not in entry["claims"]:
                entry["claims"].append(number)
    others = [_filing_entry(f, None) for acc, f in known.items() if acc not in cited]
    rows = list(cited.values()) + others
    return sorted(rows, key=lambda r: (not r["claims"], r["filed_date"] or "", r["accession"]))


def _filing_entry(record: Any | None, evidence: Evidence | None) -> dict[str, Any]:
    accession = record.accession if record is not None else evidence.accession
    on_edgar = not accession.startswith("local-")
    folder = record.folder_url if record is not None and on_edgar else None
    document = None
    if folder and record.primary_document:
        document = folder + record.primary_document
    elif evidence is not None:
        document = safe_url(evidence.document_url)
    form = record.form if record is not None else evidence.form
    filed = record.filed_date if record is not None else evidence.filed_date
    index = f"{folder}{accession}-index.htm" if folder else None
    return {
        "accession": accession,
        "form": form,
        "filed_date": iso(filed),
        "filing_label": filing_label(form, filed),
        "document_url": safe_url(document),
        "index_url": safe_url(index),
        "claims": [],
    }


def compute_changes(previous: Sequence[Mapping[str, Any]] | None,
                    verifications: Sequence[Verification],
                    article_sha256: str | None = None,
                    text_seen_at: Any = None) -> dict[str, Any]:
    """What changed since the verification compared with (pipeline.history.select_baseline).

    ``previous`` holds one dict per claim of earlier runs; only the latest of them is compared.
    Claims are matched by id, then by what they say, so an edit of the article keeps their
    history; ``article_sha256`` (the text verified now) tells whether the text changed, and
    ``text_seen_at`` when that text was first verified (None: never before).
    """
    from pipeline.history import match_claims, text_changed

    if not previous:
        return _no_history()
    run_key = _latest_run_key(previous)
    before = [row for row in previous if _run_of(row) == run_key]
    numbers = {id(v): n for n, v in enumerate(_reading_order(verifications), start=1)}
    items: list[dict[str, Any]] = []
    for row, v in match_claims(before, _reading_order(verifications)):
        if v is None:
            items.append({"number": None, "claim_id": row.get("claim_id"),
                          "text": row.get("claim_text") or row.get("text") or "",
                          "change": "removed", "before": row.get("verdict"), "after": None})
            continue
        item = _change_item(numbers[id(v)], v, row)
        if item is not None:
            items.append(item)
    info = _run_info(previous, run_key)
    info["text_changed"] = bool(article_sha256) and text_changed(before, article_sha256)
    seen = text_seen_at if info["text_changed"] else None
    if isinstance(seen, datetime):
        seen = seen.isoformat(timespec="seconds")
    info["text_first_verified_at"] = str(seen) if seen else None
    return {"status": "changed" if items or info["text_changed"] else "unchanged",
            "previous_run": info, "items": items}


def _change_item(number: int, v: Verification, row: Mapping[str, Any] | None) -> dict | None:
    base = {"number": number, "claim_id": v.claim.claim_id, "text": v.claim.text}
    if row is None:
        return {**base, "change": "new", "before": None, "after": v.verdict}
    if row.get("verdict") != v.verdict:
        return {**base, "change": "verdict", "before": row.get("verdict"), "after": v.verdict}
    old, new = _as_decimal(row.get("filed_value")), v.filed_value
    if old != new and (old is None or new is None or old.compare(new) != 0):
        unit = _filed_unit(v)
        return {**base, "change": "filed_value", "before": format_value(old, unit),
                "after": format_value(new, unit)}
    return None


def _run_of(row: Mapping[str, Any]) -> Any:
    return row.get("run_id") or row.get("verified_at") or row.get("started_at")


def _latest_run_key(previous: Sequence[Mapping[str, Any]]) -> Any:
    def when(row: Mapping[str, Any]) -> str:
        return str(row.get("verified_at") or row.get("started_at") or row.get("run_id") or "")

    return _run_of(max(previous, key=when))


def _run_info(previous: Sequence[Mapping[str, Any]], run_key: Any) -> dict[str, Any]:
    row = next(r for r in previous if _run_of(r) == run_key)
    when = row.get("verified_at") or row.get("started_at")
    if isinstance(when, datetime):
        when = when.isoformat(timespec="seconds")
    loaded = row.get("loaded_at")
    if isinstance(loaded, datetime):
        loaded = loaded.isoformat(timespec="seconds")
    return {"run_id": str(row.get("run_id")) if row.get("run_id") is not None else None,
            "verified_at": str(when) if when else None,
            "before_ingest_at": str(loaded) if loaded else None}


def _no_history() -> dict[str, Any]:
    return {"status": "first", "previous_run": None, "items": []}


def _as_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None
