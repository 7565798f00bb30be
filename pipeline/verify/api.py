"""The verifier's entry points: one article, or every article a watchlist tracks.

``verify_claims`` is pure (claims and facts in, verdicts out); ``verify_article`` reads the
company's facts once; the two ``verify_*`` commands also record claims and verdicts in a run so
the next run can say what changed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from core.verdicts import Article, Claim, Verification
from pipeline.config import Settings
from pipeline.verify import derive, discipline, match
from pipeline.verify.article import read_article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_metric import unread_reason
from warehouse.records import StoredFact

GATING_VERDICTS = ("drifted", "stale")


@dataclass
class ArticleResult:
    """One article's verdicts, and what changed since it was last verified (watchlist)."""

    article: Article
    cik: int
    verifications: list[Verification]
    changes: list[str] = field(default_factory=list)
    previously_verified: bool = False
    # the verification compared with: when it ran, whether the article's text was another
    baseline_at: datetime | None = None
    text_changed: bool = False
    text_seen_at: datetime | None = None  # an edited text's first verification, if before now

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for v in self.verifications:
            counts[v.verdict] = counts.get(v.verdict, 0) + 1
        return counts


@dataclass
class Outcome:
    results: list[ArticleResult]
    watchlist: bool = False
    # watchlist entries that could not be verified (what, why); the others still ran
    failures: list[tuple[str, str]] = field(default_factory=list)

    def exit_status(self) -> int:
        """2 when a watchlist entry failed, 1 when anything drifted or went stale (to gate
        publishing), else 0."""
        if self.failures:
            return 2
        return 1 if any(v.verdict in GATING_VERDICTS
                        for r in self.results for v in r.verifications) else 0

    def format_text(self) -> str:
        blocks = [format_result(r) for r in self.results]
        blocks += [f"{what}: not verified: {why}" for what, why in self.failures]
        return "\n\n".join(blocks)

    def to_json(self) -> str:
        articles = [result_to_json(r) for r in self.results]
        if not self.watchlist and len(articles) == 1:
            return json.dumps(articles[0], indent=2, default=_json_default)
        flat = [dict(c, article=a["article"]["name"]) for a in articles for c in a["claims"]]
        failures = [{"entry": what, "error": why} for what, why in self.failures]
        return json.dumps({"articles": articles, "claims": flat, "failures": failures},
                          indent=2, default=_json_default)


def verify_claims(claims: list[Claim], facts: list[StoredFact]) -> list[Verification]:
    """A verdict for every claim: direct ones first, then those derived from them."""
    done: dict[str, Verification] = {}
    for claim in claims:
        if claim.not_checkable_reason:
            done[claim.claim_id] = Verification(claim, "not_checkable",
                                                reason=claim.not_checkable_reason)
        elif claim.metric is None or claim.value is None:
            done[claim.claim_id] = no_metric(claim, facts)
        elif claim.metric not in derive.derived_metrics():
            done[claim.claim_id] = match.verify_direct(claim, facts)
    for claim in claims:
        if claim.claim_id not in done:
            done[claim.claim_id] = derive.verify_derived(claim, facts, claims, done)
    return [discipline.names_a_narrower_line(done[c.claim_id]) for c in claims]


def no_metric(claim: Claim, facts: list[StoredFact]) -> Verification:
    why = unread_reason(claim)
    if why:
        return Verification(claim, "unverifiable", reason=why)
    metrics = sorted({sf.fact.metric for sf in facts if sf.fact.unit == claim.unit})
    return Verification(claim, "unverifiable", reason=(
        f"no filed metric is named near this figure ({claim.unit}); the filings' {claim.unit} "
        f"facts cover: {', '.join(metrics) or 'nothing'}"))


def verify_article(conn, article: Article, cik: int) -> list[Verification]:
    from warehouse.queries import select_facts

    return verify_claims(extract_claims(article), select_facts(conn, cik))


def verify_article_source(settings: Settings, source: str, ticker: str | None = None,
                          cik: int | None = None) -> Outcome:
    """`filingcheck verify ARTICLE`: read, verify, save in a run, return the outcome."""
    from warehouse import connect, load
    from warehouse.db import require_warehouse
    from warehouse.queries import resolve_company

    require_warehouse(settings.db_path)  # before reading (perhaps fetching) the article
    article = read_article(source, settings)
    with connect(settings.db_path) as conn:
        company = resolve_company(conn, ticker=ticker, cik=cik)
        run_id = load.start_run(conn, "verify", {"article": str(source), "cik": company})
        with load.failing_run(conn, run_id):
            result = _verify_and_save(conn, run_id, article, company, source)
        load.finish_run(conn, run_id, "ok", result.counts())
    return Outcome([result])


def verify_watchlist(settings: Settings, watchlist_path: Path | str) -> Outcome:
    """Re-verify every tracked article and say what changed. An entry that fails (a company not
    ingested yet, a missing article) is reported in ``failures`` and the others still run."""
    from pipeline.watchlist import load_watchlist
    from warehouse import connect, load
    from warehouse.db import require_warehouse

    entries = load_watchlist(watchlist_path)
    require_warehouse(settings.db_path)
    outcome = Outcome([], watchlist=True)
    with connect(settings.db_path) as conn:
        run_id = load.start_run(conn, "verify --watchlist", {"watchlist": str(watchlist_path)})
        with load.failing_run(conn, run_id):
            _verify_entries(conn, run_id, entries, settings, outcome)
        load.finish_run(conn, run_id, "partial" if outcome.failures else "ok",
                        {"articles": len(outcome.results), "failed": len(outcome.failures)})
    return outcome


def _verify_entries(conn, run_id: str, entries, settings: Settings, outcome: Outcome) -> None:
    from core.errors import FilingcheckError
    from warehouse.queries import resolve_company

    for entry in entries:
        try:
            company = resolve_company(conn, ticker=entry.ticker, cik=entry.cik)
        except FilingcheckError as exc:
            outcome.failures += [(source, str(exc)) for source in entry.articles]
            continue
        for source in entry.articles:
            try:
                article = read_article(source, settings)
            except FilingcheckError as exc:
                outcome.failures.append((source, str(exc)))
                continue
            outcome.results.append(_verify_and_save(conn, run_id, article, company, source))


def _verify_and_save(conn, run_id: str, article: Article, cik: int, source: str) -> ArticleResult:
    from pipeline.history import article_source, select_baseline, text_changed, text_first_seen
    from warehouse import load

    verifications = verify_article(conn, article, cik)
    result = ArticleResult(article, cik, verifications)
    previous = select_baseline(conn, source, article.sha256, cik, before_run_id=run_id)
    if previous:
        result.previously_verified = True
        result.baseline_at = previous[0].get("verified_at")
        result.text_changed = text_changed(previous, article.sha256)
        if result.text_changed:
            result.text_seen_at = text_first_seen(conn, source, article.sha256, run_id)
    result.changes = describe_changes(previous, verifications)
    load.save_verifications(conn, run_id, article, cik, verifications,
                            source=article_source(source))
    return result


def describe_changes(previous: list[dict], current: list[Verification]) -> list[str]:
    """'212,965,381 shares: supported, now stale after the 10-Q filed 2026-08-12'; a claim
    matched across an edit of the article keeps its history (pipeline.history)."""
    from pipeline.history import match_claims

    if not previous:
        return []
    changes = []
    for old, v in match_claims(previous, current):
        if v is None:
            changes.append(f"{old.get('text')}: {old.get('verdict')}, no longer in the article")
            continue
        if old is None:
            changes.append(f"{v.claim.text}: new in the article, {v.verdict}")
            continue
        if old.get("verdict") == v.verdict:
            continue
        line = f"{v.claim.text}: {old.get('verdict')}, now {v.verdict}"
        if v.verdict == "stale" and v.newer_evidence:
            last = max(v.newer_evidence, key=lambda e: e.filed_date or date.min)
            line += f" after the {last.form} filed {last.filed_date}"
            line += f" (now {match.fmt(v.newer_value)})"
        elif v.verdict == "drifted":
            line += f" (filed {match.fmt(v.filed_value)})"
        changes.append(line)
    return changes


def format_result(result: ArticleResult) -> str:
    counts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(result.counts().items()))
    lines = [f"{result.article.name} (CIK {result.cik}): {counts or 'no figures found'}"]
    for v in result.verifications:
        if v.verdict == "not_checkable" and v.claim.value is None:
            continue  # dates: listed in JSON, noise in the text view
        lines.append("  " + format_verification(v))
    if not result.previously_verified:
        lines.append("  changes: first verification of this article")
        return "\n".join(lines)
    when = f"{str(result.baseline_at)[:19]} UTC" if result.baseline_at else "?"
    edited = ""
    if result.text_changed:
        seen = (f"; this text was first verified {str(result.text_seen_at)[:19]} UTC"
                if result.text_seen_at else "")
        edited = f" (the article's text has been edited since{seen})"
    lines.append(f"  changes since the verification of {when}{edited}: "
                 + ("none" if not result.changes else ""))
    lines.extend(f"    {c}" for c in result.changes)
    return "\n".join(lines)


def format_verification(v: Verification) -> str:
    claim = v.claim
    about = " ".join(x for x in (claim.metric or "", claim.entity or "",
                                 claim.period_label or "") if x)
    line = f"{v.verdict:<13} {claim.text}" + (f"  [{about}]" if about else "")
    if v.verdict in ("supported", "drifted", "stale") and v.evidence:
        first = v.evidence[0]
        line += f"  filed {match.fmt(v.filed_value)} in {first.form} {first.filed_date}"
    if v.verdict == "drifted" and v.delta is not None:
        line += f" (delta {match.fmt(v.delta)})"
    if v.verdict == "stale":
        last = max(v.newer_evidence, key=lambda e: e.filed_date or date.min, default=None)
        where = f" in {last.form} {last.filed_date}" if last else ""
        line += f"; now {match.fmt(v.newer_value)}{where}"
    if v.arithmetic:
        line += f"\n                {v.arithmetic}"
    if v.verdict in ("unverifiable", "not_checkable") and v.reason:
        line += f": {v.reason}"
    return line


def result_to_json(result: ArticleResult) -> dict:
    return {
        "article": {"name": result.article.name, "sha256": result.article.sha256},
        "cik": result.cik,
        "summary": result.counts(),
        "changes": result.changes,
        "compared_with": {"verified_at": result.baseline_at, "text_changed": result.text_changed,
                          "text_first_verified_at": result.text_seen_at}
        if result.previously_verified else None,
        "claims": [verification_to_json(v) for v in result.verifications],
    }


def verification_to_json(v: Verification) -> dict:
    claim = v.claim
    return {
        "claim_id": claim.claim_id, "text": claim.text, "sentence": claim.sentence,
        "span": list(claim.span), "metric": claim.metric, "period": claim.period_label,
        "period_start": claim.period_start, "period_end": claim.period_end,
        "entity": claim.entity, "basis": claim.basis, "value": claim.value, "unit": claim.unit,
        "tolerance": claim.tolerance, "qualifier": claim.qualifier,
        "low": claim.low, "high": claim.high, "citation_scope": claim.citation_scope,
        "cited_form": claim.cited_form, "cited_date": claim.cited_date,
        "verdict": v.verdict, "filed_value": v.filed_value, "delta": v.delta,
        "newer_value": v.newer_value, "arithmetic": v.arithmetic, "reason": v.reason,
        "evidence": [asdict(e) for e in v.evidence],
        "newer_evidence": [asdict(e) for e in v.newer_evidence],
    }


def _json_default(value):
    if isinstance(value, Decimal):
        return str(value)  # exact: a JSON float would round
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
