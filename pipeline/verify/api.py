"""The verifier's entry points: one article, or every article a watchlist tracks.

``verify_claims`` is pure (claims and facts in, verdicts out); ``verify_article`` reads the
company's facts once; the two ``verify_*`` commands also record claims and verdicts in a run so
the next run can say what changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from core.verdicts import Article, Claim, Verification
from pipeline.config import Settings
from pipeline.report.formatting import filing_label, format_value
from pipeline.verify import (
    adjusted_as_reported,
    adjustments,
    charges,
    counterfactual,
    datelines,
    derive,
    derive_parts,
    discipline,
    discipline_base,
    discipline_growth,
    discipline_magnitude,
    discipline_scale,
    earlier_article,
    echo_rates,
    filed_part_names,
    filed_subjects,
    match,
    narrower_lines,
    parts,
    period_fit,
    prose_echo,
    reasons,
    report_period,
    sales_base,
    sales_either,
    support_sums,
    undated_quarters,
    unlabelled_rows,
)
from pipeline.verify.article import read_article
from pipeline.verify.claims import extract_claims
from pipeline.verify.claims_context import UNFILED_FACTS
from pipeline.verify.claims_qualifiers import unread
from pipeline.verify.option_unsaid import option_unsaid
from pipeline.verify.prose_source import prose_documents
from pipeline.verify.stated_growth import sequential_growth
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
    # the report model (pipeline.report.model): the one JSON shape of verify and report
    model: dict | None = None

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
    watchlist_path: str = ""

    def exit_status(self) -> int:
        """2 when a watchlist entry failed, 1 when anything drifted or went stale (to gate
        publishing), else 0."""
        if self.failures:
            return 2
        return 1 if any(v.verdict in GATING_VERDICTS
                        for r in self.results for v in r.verifications) else 0

    def format_text(self, *, colour: bool = False, only_problems: bool = False,
                    verbose: bool = False) -> str:
        from pipeline.verify.text import format_result

        blocks = [format_result(r, colour=colour, only_problems=only_problems, verbose=verbose)
                  for r in self.results]
        blocks += [f"{what}: not verified: {why}" for what, why in self.failures]
        return "\n\n".join(blocks)

    def to_json(self, *, only_problems: bool = False) -> str:
        """The report schema (pipeline/report/report.schema.json): one article's report, or
        with --watchlist one per article and the entries that failed."""
        from pipeline.report.model import SCHEMA_VERSION

        articles = [_problems_only(r.model) if only_problems else r.model for r in self.results]
        if not self.watchlist and len(articles) == 1:
            return json.dumps(articles[0], indent=2, ensure_ascii=False)
        return json.dumps({"schema_version": SCHEMA_VERSION, "watchlist": str(self.watchlist_path),
                           "articles": articles,
                           "failures": [{"entry": what, "error": why}
                                        for what, why in self.failures]},
                          indent=2, ensure_ascii=False)


def _problems_only(model: dict) -> dict:
    """--only-problems: the claims that drifted or went stale (the summary still counts all)."""
    return dict(model, claims=[c for c in model["claims"] if c["verdict"] in GATING_VERDICTS])


def verify_claims(claims: list[Claim], facts: list[StoredFact],
                  written: date | None = None) -> list[Verification]:
    """A verdict for every claim: direct ones first, then those derived from them; ``written``
    is the day the article's dateline gives it (``datelines``), which dates its yearless
    quarters; no figure of a period that had not ended by then is one it quotes."""
    done: dict[str, Verification] = {}
    facts = datelines.ended_by(facts, written)
    # (a margin over net sales beside total revenues is a second base for derived margins
    # only: every other check reads the statement's revenue, total revenues)
    every, facts = facts, sales_base.plain(facts)
    claims = report_period.pin_undated(claims, facts, match.calendar_for(facts), written)
    claims = [parts.pin_part(narrower_lines.on_the_named_line(claim, facts), facts)
              for claim in claims]
    claims, loose = filed_subjects.read_parts(claims, facts)  # "Pipelines brought in $X"
    claims = filed_part_names.read_named_parts(claims, facts)  # "<Part> pretax earnings"
    for claim in claims:
        if claim.not_checkable_reason:
            done[claim.claim_id] = Verification(claim, "unverifiable" if (
                claim.not_checkable_reason in UNFILED_FACTS) else "not_checkable",
                reason=claim.not_checkable_reason)
        elif claim.metric is None or claim.value is None:
            done[claim.claim_id] = no_metric(claim, facts, claims)
        elif claim.metric in adjustments.ITEM_METRICS:
            done[claim.claim_id] = adjustments.verify_item(claim, facts)
        elif claim.metric == charges.METRIC:
            done[claim.claim_id] = charges.verify_charge(claim, facts)
        elif claim.metric not in derive.derived_metrics():  # (a part's share: recomputed)
            done[claim.claim_id] = undated_quarters.reported_reading(derive_parts.part_share(
                claim, facts) or adjusted_as_reported.checked(claim, facts, support_sums.checked(
                    claim, facts, match.verify_direct(claim, facts))), facts)
    for claim in claims:
        if claim.claim_id not in done:
            done[claim.claim_id] = derive.verify_derived(claim, every, claims, done)
    # a bare "sales" beside a filed sales line inside a larger total: either line
    done = sales_either.either_line(claims, done, facts, lambda c: derive.verify_derived(
        c, every, claims, done) if c.metric in derive.derived_metrics() else (
        match.verify_direct(c, facts)))
    narrowed = narrower_lines.names_narrower_lines([option_unsaid(discipline.sign_unread(
        done[c.claim_id]), facts) for c in claims], facts)
    judged = discipline_growth.growth_of_a_drifted_level(discipline.carried_with_its_sentence(
        [discipline.measured_by_analysts(v) for v in narrowed]))
    judged = discipline.with_its_unpinned_figure(discipline_magnitude.far_from_the_line(
        discipline.filed_as_another(judged, facts)))
    # an undated figure of an article about an earlier period than the filing's current one
    judged = earlier_article.of_the_articles_period(judged, facts)
    judged = [counterfactual.never_drifted(v) for v in judged]  # "would have been $X"
    # last: a drift whose digits are the filed figure's at another scale, whichever rule
    # reached it, is a unit misread (``discipline_scale``)
    # ... and a comparison's base whose period no words state is never drifted
    # (``discipline_base``)
    # ... and an undated quarter supported only by another quarter than the one a filing
    # reports is a coincidence of digits (``undated_quarters``)
    return undated_quarters.reported_quarters_only([filed_subjects.support_only(
        discipline_base.assumed_base(discipline_scale.scale_misread(reasons.explain_drift(v))),
        loose) for v in judged], facts)


def no_metric(claim: Claim, facts: list[StoredFact], claims: list[Claim]) -> Verification:
    stated = sequential_growth(claim, facts)  # the filer's words for a part's sequential rate
    if stated is not None:
        return stated
    why = unread(claim)
    if why:
        return Verification(claim, "unverifiable", reason=why[0], gap=why[1])
    # a table row whose label the copy lost: the line its figures fit in every column
    row = unlabelled_rows.verify_row(claim, claims, facts)
    if row is not None:
        return row
    metrics = sorted({sf.fact.metric for sf in facts if sf.fact.unit == claim.unit})
    return Verification(claim, "unverifiable", gap="no_metric", reason=(
        f"no filed metric is named near this figure ({claim.unit}); the filings' {claim.unit} "
        f"facts cover: {', '.join(metrics) or 'nothing'}"))


def verify_article(conn, article: Article, cik: int,
                   raw_dir: Path | None = None) -> list[Verification]:
    """The article's verdicts against the company's stored facts; with ``raw_dir`` (the raw
    store ingest kept the bodies in), an amount no filed line covers is also looked for in the
    filings' own sentences (``prose_echo``)."""
    from warehouse.queries import select_facts, select_filer_names

    facts = select_facts(conn, cik)
    article = replace(article, filer_names=article.filer_names or select_filer_names(conn, cik))
    verifications = verify_claims(extract_claims(article), facts,
                                  datelines.written_on(article.text))
    echoed = [v.claim.period_end for v in verifications if prose_echo.may_echo(v)]
    if raw_dir is None or not echoed:
        return verifications
    documents = prose_documents(conn, cik, raw_dir, None if None in echoed else {
        end.year for end in echoed})
    own = period_fit.own_period_facts(facts, {doc.accession: doc.period_end for doc in documents})
    calendar = match.calendar_for(facts)
    return echo_rates.rates_beside_echoes([prose_echo.echo(
        v, documents, period_fit.documents_reporting(v.claim, own, calendar), tuple(facts))
        if prose_echo.may_echo(v) else v for v in verifications])


def verify_article_source(settings: Settings, source: str, ticker: str | None = None,
                          cik: int | None = None) -> Outcome:
    """`filingcheck verify ARTICLE`: read, verify, save in a run, return the outcome."""
    from warehouse import connect, runs
    from warehouse.db import require_warehouse
    from warehouse.queries import resolve_company

    require_warehouse(settings.db_path)  # before reading (perhaps fetching) the article
    article = read_article(source, settings)
    with connect(settings.db_path) as conn:
        company = resolve_company(conn, ticker=ticker, cik=cik)
        run_id = runs.start_run(conn, "verify", {"article": str(source), "cik": company})
        with runs.failing_run(conn, run_id):
            result = _verify_and_save(conn, run_id, article, company, source,
                                      settings.raw_dir)
        runs.finish_run(conn, run_id, "ok", result.counts())
    return Outcome([result])


def verify_watchlist(settings: Settings, watchlist_path: Path | str) -> Outcome:
    """Re-verify every tracked article and say what changed. An entry that fails (a company not
    ingested yet, a missing article) is reported in ``failures`` and the others still run."""
    from pipeline.watchlist import load_watchlist
    from warehouse import connect, runs
    from warehouse.db import require_warehouse

    entries = load_watchlist(watchlist_path)
    require_warehouse(settings.db_path)
    outcome = Outcome([], watchlist=True, watchlist_path=str(watchlist_path))
    with connect(settings.db_path) as conn:
        run_id = runs.start_run(conn, "verify --watchlist", {"watchlist": str(watchlist_path)})
        with runs.failing_run(conn, run_id):
            _verify_entries(conn, run_id, entries, settings, outcome)
        runs.finish_run(conn, run_id, "partial" if outcome.failures else "ok",
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
            outcome.results.append(_verify_and_save(conn, run_id, article, company, source,
                                                   settings.raw_dir))


def _verify_and_save(conn, run_id: str, article: Article, cik: int, source: str,
                     raw_dir: Path | None = None) -> ArticleResult:
    from pipeline.history import article_source, select_baseline, text_changed, text_first_seen
    from warehouse import load

    verifications = verify_article(conn, article, cik, raw_dir)
    result = ArticleResult(article, cik, verifications)
    previous = select_baseline(conn, source, article.sha256, cik, before_run_id=run_id)
    if previous:
        result.previously_verified = True
        result.baseline_at = previous[0].get("verified_at")
        result.text_changed = text_changed(previous, article.sha256)
        if result.text_changed:
            result.text_seen_at = text_first_seen(conn, source, article.sha256, run_id)
    result.changes = describe_changes(previous, verifications)
    result.model = _model(conn, result, previous)
    load.save_verifications(conn, run_id, article, cik, verifications,
                            source=article_source(source))
    return result


def _model(conn, result: ArticleResult, previous: list[dict]) -> dict:
    """The report model without charts nor evidence places (reading filings for pages is the
    report's work): the same JSON as `report --out X.json`."""
    from pipeline.report.model import build_report, compute_changes
    from warehouse.queries import select_company, select_filings

    company = select_company(conn, result.cik)
    changes = compute_changes(previous, result.verifications, result.article.sha256,
                              result.text_seen_at)
    return build_report(result.article, result.cik, result.verifications,
                        select_filings(conn, result.cik), {}, changes,
                        company_name=company.name if company else None,
                        ticker=company.ticker if company else None,
                        generated_at=datetime.now(UTC))


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
            line += f" after the {filing_label(last.form, last.filed_date)}"
            line += f" (now {format_value(v.newer_value, _unit(v, newer=True))})"
        elif v.verdict == "drifted":
            line += f" (filed {format_value(v.filed_value, _unit(v))})"
        changes.append(line)
    return changes


def _unit(v: Verification, newer: bool = False) -> str | None:
    evidence = v.newer_evidence if newer else v.evidence
    return v.claim.unit or (evidence[0].unit if evidence else None)
