"""What a built claim's surroundings change about it: a table column's period or change header,
the filing the article cites for it, and the words that make it not checkable (an outlook, a
page count, a bare number).
"""

from __future__ import annotations

from dataclasses import replace

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Article, Claim
from pipeline.verify import claims_changes as changes
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_counted, claims_tables
from pipeline.verify import claims_modality as modality
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify.claims_change_words import change_metrics
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_growth import growth_subject
from pipeline.verify.period_math import dated


def column_period(claim: Claim, columns: dict, row: str, figure: Figure,
                   periods: list[PeriodPhrase], outer: bool = True) -> Claim:
    """A table cell's period is its column header's, unless the row itself names one."""
    column = columns.get(claims_tables.cell_index(row, figure.span[0], outer))
    if column is None or periods:
        return claim
    return dated(claim, column)


def column_change(article: Article, sentence: ctx.Sentence, claim: Claim, figure: Figure,
                   columns: dict, outer: bool) -> Claim:
    """A percentage under a 'Change' or 'Growth' header is the growth of the row's figure (its
    label names it) into the latest period the header names; a change in points there is the
    change of the row's rate into that period, its sign the figure's own ('+5.3 pp',
    '(1.2) pts')."""
    if (figure.unit != "percent" or (claim.metric is not None and not figure.is_points)
            or not claims_tables.change_column(article.text, sentence, figure.span[0], outer)):
        return claim
    period = claims_tables.latest(columns)
    if figure.is_points:
        if period is None or claim.basis not in changes.level_rates():
            return claim
        return replace(claim, metric=changes.POINTS, value=figure.value,
                       period_label=period.label, period_start=period.start,
                       period_end=period.end)
    label = claims_tables.row_label(sentence.text, outer)
    grew = cq.adjusted(growth_subject(label, "", None)[1], label)
    growth = next(iter(change_metrics()), None)
    if grew is None or growth is None or period is None:
        return claim
    own = find_metric(growth).derivation.inputs[0]
    return replace(claim, metric=growth, basis=None if grew in own else grew,
                   period_label=period.label, period_start=period.start, period_end=period.end)


def apply_citation(claim: Claim, citation: ctx.Citation | None, scope: str) -> Claim:
    if citation is None:
        return claim
    return replace(claim, cited_form=citation.form, cited_date=citation.filed,
                   citation_scope=scope)


def apply_not_checkable(claim: Claim, figure: Figure, sentence: ctx.Sentence,
                         reason: str | None) -> Claim:
    row = find_metric(claim.metric)
    said = modality.figure_modality(sentence.text, figure.span)
    if said is not None and not (row is not None and row.is_stated_forecast
                                 and said.modality == modality.GUIDANCE):
        # a prospectus states its expected net proceeds: a filed figure, not an outlook
        reason = reason or said.reason
    if reason:
        return replace(claim, not_checkable_reason=reason)
    if ctx.is_page_count(sentence.text[figure.span[1]:]):
        return replace(claim, not_checkable_reason="a page count, not a figure a filing reports")
    if claim.unit is None and not claims_counted.measured(sentence.text, figure.span):
        return replace(claim, not_checkable_reason=(
            "a bare number with no unit a filing reports (not money, a percentage, shares, "
            "a per-share amount or a multiple)"))
    if figure.is_points and claim.metric != changes.POINTS:
        return replace(claim, metric=None)  # unverifiable: see claims_qualifiers.unread_reason
    return claim
