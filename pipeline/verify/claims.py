"""Article text in, claims out: every figure with its sentence, unit, precision, metric, period,
entity and the filing the article relies on for it.

The metric comes from the words nearest the figure within its sentence: first those between the
previous figure and this one ("..., while non-GAAP net loss was $75.7 million"), then those after
it ("62.0% of 2025 revenue", "50 times sales"), then the metric of the previous figure of the
same unit ("42% in 2024 and 39% in 2025"). A figure whose metric no filing states (a deal value,
a head count) keeps metric None and is reported unverifiable with what was searched.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from core.metrics import Metric, all_metrics, find_metric, names_where, projection
from core.period_phrases import PeriodPhrase
from core.verdicts import Article, Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_tables
from pipeline.verify.claims_entity import read_entity
from pipeline.verify.claims_segments import revenue_segment
from pipeline.verify.claims_units import Figure, find_figures


@projection
def metric_cues() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(pattern, metric, units it can carry) for every cue of every registry row, in row order:
    the rows are listed most specific first, so an earlier cue wins a tie."""
    return tuple((cue.pattern, row.name, cue.units or (row.unit,))
                 for row in all_metrics() for cue in row.cues)


@projection
def _cues() -> tuple[tuple[re.Pattern, str, tuple[str, ...]], ...]:
    return tuple((re.compile(p, re.I), metric, units) for p, metric, units in metric_cues())


@projection
def _per_share_metrics() -> frozenset[str]:
    """Metrics priced per share whose cue also admits a plain dollar figure ("priced at $17"):
    the figure is read as USD/share."""
    return frozenset(row.name for row in all_metrics() if row.unit == "USD/share"
                     and any("USD" in (cue.units or ()) for cue in row.cues))


@projection
def _range_of_part() -> dict[str, str]:
    """price_range_low -> price_range: a range's ends, back to the range they were read as."""
    return {part: row.name for row in all_metrics() if row.range_parts
            for part in row.range_parts}


_LEVEL_AFTER = re.compile(r"^\s+to\s+(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
# "EPS of $1.38", "diluted EPS was (9.90)": a per-share cue right before an amount with no scale
_PER_SHARE_BEFORE = re.compile(r"(?:per\s+(?:diluted\s+|basic\s+)?share|\bEPS)\b[^.;$\d]{0,25}$",
                               re.I)
# "up 75.7% from 2024": the year after "from"/"over" is the base of a growth rate
_GROWTH_BASE = re.compile(r"^\s*(?:year[- ]over[- ]year\s+)?(?:from|over|versus|vs\.?|"
                          r"compared\s+(?:with|to))\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)


def extract_claims(article: Article) -> list[Claim]:
    """Every figure in the article as a Claim, in reading order."""
    text = article.text
    sentences = ctx.split_sentences(text)
    citations = ctx.find_citations(text)
    default = ctx.article_citation(sentences, citations)
    claims: list[Claim] = []
    carried: tuple[int, ctx.Citation] | None = None  # (paragraph, citation) in force
    # The last dated claim: its period carries forward, across paragraphs, until another
    # sentence names one ("Palantir's annual report for 2023 ..." then, a paragraph later,
    # "Operating income was $129.9 million.").
    period: Claim | None = None
    for index, sentence in enumerate(sentences):
        citation = ctx.citation_for(sentence, sentences[:index], citations)
        if citation is None and carried and carried[0] == sentence.paragraph:
            citation = carried[1]  # "The amended filing puts ..." covers its paragraph
        scope = "sentence"
        if citation is not None:
            carried = (sentence.paragraph, citation)
        elif default is not None:
            citation, scope = default, "article"
        found = claims_in_sentence(article, sentence, citation, period, scope)
        dated = [c for c in found if c.period_label and c.value is not None]
        if dated:
            period = dated[-1]
        claims.extend(found)
    return claims


def claims_in_sentence(article: Article, sentence: ctx.Sentence, citation: ctx.Citation | None,
                       dated: Claim | None = None, scope: str = "sentence") -> list[Claim]:
    """``dated``: an earlier claim of the article whose period carries over ("Net income was
    $26.4 billion." after "... the quarter ended July 27, 2025, revenue was ...")."""
    figures = find_figures(sentence.text)
    periods = ctx.find_periods(sentence.text)
    reason = ctx.not_checkable_reason(sentence.text)
    columns = claims_tables.header_periods(article.text, sentence)
    claims: list[Claim] = []
    previous: Claim | None = None
    for i, figure in enumerate(figures):
        previous = previous or (replace(dated, unit=None, metric=None) if dated else None)
        prev_end = figures[i - 1].span[1] if i else 0
        next_start = figures[i + 1].span[0] if i + 1 < len(figures) else len(sentence.text)
        figure = figures[i] = _per_share(figure, sentence.text[prev_end:figure.span[0]])
        claim = build_claim(article, sentence, figure, (prev_end, next_start), periods, previous)
        claim = _column_period(claim, columns, sentence.text, figure, periods)
        claim = _apply_citation(claim, citation, scope)
        claim = _apply_not_checkable(claim, figure, sentence, reason)
        claims.append(claim)
        previous = claim
    claims = merge_ranges(article, sentence, figures, claims)
    claims.extend(date_claims(article, sentence, figures))
    claims.extend(word_claims(article, sentence))
    return claims


_WORD_FIGURE = re.compile(r"\b(?:(?:a|one)[- ](?:third|half|quarter|fifth|tenth)|two[- ]thirds|"
                          r"three[- ]quarters|half)\s+of\b", re.I)


def word_claims(article: Article, sentence: ctx.Sentence) -> list[Claim]:
    """'a third of revenue': a share written in words is kept, as not_checkable, so the reader
    sees it was read and why it is not compared (no stated precision to hold the filings to)."""
    claims = []
    for match in _WORD_FIGURE.finditer(sentence.text):
        start = sentence.start + match.start()
        span = (start, start + len(match.group(0)) - 3)
        claims.append(Claim(
            claim_id=claim_id(article, span), text=article.text[span[0]:span[1]],
            sentence=sentence.text, span=span, value=None, unit=None, tolerance=Decimal(0),
            not_checkable_reason=("a share written in words, with no stated precision to compare "
                                  "with the filings' figures")))
    return claims


def _column_period(claim: Claim, columns: dict, row: str, figure: Figure,
                   periods: list[PeriodPhrase]) -> Claim:
    """A table cell's period is its column header's, unless the row itself names one."""
    column = columns.get(claims_tables.cell_index(row, figure.span[0]))
    if column is None or periods:
        return claim
    return replace(claim, period_label=column.label, period_start=column.start,
                   period_end=column.end)


def merge_ranges(article: Article, sentence: ctx.Sentence, figures: list[Figure],
                 claims: list[Claim]) -> list[Claim]:
    """'$40–50 billion', '$40 billion to $50 billion', 'between 20% and 25%' are ONE claim with
    low and high ends. A per-share price range stays two claims: the filings state its ends as
    two figures (price_range_low/high), each with its own successor (the offering price)."""
    out: list[Claim] = []
    i = 0
    while i < len(claims):
        low, high = claims[i], claims[i + 1] if i + 1 < len(claims) else None
        if (high is None or figures[i].range_role != "low" or figures[i + 1].range_role != "high"
                or _is_split_range(low)):
            out.append(low)
            i += 1
            continue
        start, end = low.span[0], high.span[1]
        out.append(replace(
            low, claim_id=claim_id(article, (start, end)),
            text=article.text[start:end], span=(start, end),
            tolerance=max(low.tolerance, high.tolerance), low=low.value, high=high.value,
            metric=low.metric or high.metric, period_label=low.period_label or high.period_label,
            period_start=low.period_start or high.period_start,
            period_end=low.period_end or high.period_end,
            not_checkable_reason=low.not_checkable_reason or high.not_checkable_reason))
        i += 2
    return out


def _is_split_range(claim: Claim) -> bool:
    """A range the filings state as two figures: a range's end, or a figure in the unit of such
    a range (a per-share price range, whatever its words)."""
    return claim.metric in _range_of_part() or claim.unit in _range_by_unit()


def build_claim(article: Article, sentence: ctx.Sentence, figure: Figure,
                window: tuple[int, int], periods: list[PeriodPhrase],
                previous: Claim | None) -> Claim:
    text = sentence.text
    behind, ahead = text[window[0]:figure.span[0]], text[figure.span[1]:window[1]]
    metric, cue = read_metric(figure, behind, ahead, text[:figure.span[0]], previous)
    unit = figure.unit
    if metric in _per_share_metrics() and unit == "USD":
        unit = "USD/share"
    metric = _range_metric(metric, unit, figure.range_role)
    row = find_metric(metric)
    value = _signed(figure.value, row, cue)
    period = pick_period(figure, periods, text, previous, metric)
    entity, basis = read_entity(metric, behind, ahead, text)
    if _is_change(row):
        period = growth_period(ahead, period)
        basis = growth_base(text[:figure.span[0]], row.derivation.inputs[0])
    if row is not None and row.entity == "segment":
        entity = revenue_segment(text[max(0, figure.span[0] - 80):figure.span[0]]) or entity
    start = sentence.start + figure.span[0]
    return Claim(
        claim_id=claim_id(article, (start, start + len(figure.text))),
        text=figure.text, sentence=text, span=(start, start + len(figure.text)),
        value=value, unit=unit, tolerance=figure.tolerance, metric=metric,
        period_label=period.label if period else None,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        entity=entity, basis=basis, qualifier=figure.qualifier,
    )


def _range_metric(metric: str | None, unit: str | None, role: str | None) -> str | None:
    """A price written as a range ("$14.00 to $16.00") is the marketing range when its metric
    is written as one (the offering price) or unnamed; a range is filed as its two ends, so each
    figure becomes the end its place in the range names."""
    row = find_metric(metric)
    if role:
        target = row.written_as_range if row is not None else _range_by_unit().get(unit or "")
        ranged = find_metric(target)
        if ranged is not None and ranged.unit == unit:
            row, metric = ranged, ranged.name
    if row is not None and row.range_parts:
        return row.range_parts[1 if role == "high" else 0]
    return metric


def _signed(value: Decimal | None, row: Metric | None, cue: str | None) -> Decimal | None:
    """'net loss of $75.7 million' is -75,700,000 in the filings; 'revenue fell 5%' is growth
    of -5%: the row's sign words, when they name the figure, make a positive figure negative."""
    if (cue and row is not None and row.sign_words and value is not None and value > 0
            and re.search(row.sign_words, cue, re.I)):
        return -value
    return value


def _is_change(row: Metric | None) -> bool:
    """A growth rate: a change of the figure its derivation names over a year."""
    return row is not None and row.derivation is not None and row.derivation.kind == "growth"


@projection
def _change_metrics() -> frozenset[str]:
    return frozenset(row.name for row in all_metrics() if _is_change(row))


@projection
def _range_by_unit() -> dict[str, str]:
    """The range an unnamed range of this unit is read as ("$14.00 to $16.00" a share)."""
    found: dict[str, str] = {}
    for row in all_metrics():
        if row.range_parts:
            found.setdefault(row.unit, row.name)
    return found


def _per_share(figure: Figure, behind: str) -> Figure:
    """An amount with no scale right after 'EPS' or 'per share' is a per-share amount."""
    if figure.scale or figure.unit not in ("USD", None) or not _PER_SHARE_BEFORE.search(behind):
        return figure
    if figure.unit is None and "." not in figure.digits:
        return figure  # "EPS rose in 3 of 4 quarters": a bare count, not cents
    return replace(figure, unit="USD/share")


def growth_base(before: str, usual: tuple[str, ...]) -> str | None:
    """What grew: the figure named last before a growth rate ('net income rose 20%'); None
    for the ``usual`` subject (the growth row's own input, revenue)."""
    found = _nearest_cue(before, "USD", from_end=True)
    per_share = _nearest_cue(before, "USD/share", from_end=True)
    # "EPS rose 12%": a per-share figure of the income statement, named as such, may grow too
    per_share_row = find_metric(per_share[0]) if per_share else None
    if per_share_row is not None and per_share_row.statement == "income" and re.search(
            r"per\s+share|EPS", per_share[1], re.I):
        return per_share_row.name
    if found and found[0] in names_where("growth_base") and found[0] not in usual:
        return found[0]
    return None


def growth_period(ahead: str, period: PeriodPhrase | None) -> PeriodPhrase | None:
    """'up 75.7% from 2024' grows into the following year; a year after 'from' is the base."""
    base = _GROWTH_BASE.match(ahead)
    if base is None or (period is not None and period.kind != "year") or (
            period is not None and period.label != f"FY{base.group('y')}"):
        return period
    year = int(base.group("y")) + 1
    return PeriodPhrase(f"FY{year}", date(year, 1, 1), date(year, 12, 31), (0, 0), "year")


def read_metric(figure: Figure, behind: str, ahead: str, sentence_before: str,
                previous: Claim | None) -> tuple[str | None, str | None]:
    """(metric, the words that named it) from the nearest cue that fits the figure's unit."""
    if figure.unit is None:
        return None, None
    found = _nearest_cue(behind, figure.unit, from_end=True)
    found = found or _nearest_cue(ahead, figure.unit, from_end=False)
    found = found or _nearest_cue(figure.text, figure.unit, from_end=False)  # "per diluted share"
    if found is None and previous is not None and previous.unit == figure.unit and previous.metric:
        return _base_metric(previous.metric), None
    found = found or _nearest_cue(sentence_before, figure.unit, from_end=True)
    return found if found else (None, None)


def _base_metric(metric: str) -> str:
    """The metric a later figure inherits: a range's end hands on the range itself."""
    return _range_of_part().get(metric, metric)


def _nearest_cue(window: str, unit: str, *, from_end: bool) -> tuple[str, str] | None:
    best = None
    changes = _change_metrics()
    for pattern, metric, units in _cues():
        if unit not in units:
            continue
        for match in pattern.finditer(window):
            if metric in changes and from_end and _LEVEL_AFTER.match(
                    window[match.end():]):
                continue  # "fell to 34%" states a level, not a change
            distance = len(window) - match.end() if from_end else match.start()
            rank = (distance, -(match.end() - match.start()))
            if best is None or rank < best[0]:
                best = (rank, metric, match.group(0))
    return (best[1], best[2]) if best else None


# Footnote marks and "from a year earlier" between a figure and its period ("$46.7 billion, up
# 56% from a year earlier, in the second quarter")
_GAP_NOISE = re.compile(r"\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]|"
                        r"\b(?:from|over|than|versus|vs\.?)\s+(?:a|the)\s+"
                        r"(?:year|prior[- ]year\s+period)\s+(?:earlier|ago|before)?|"
                        r"year[- ]over[- ]year")


def _is_base_year(text: str, period: PeriodPhrase) -> bool:
    """'from 2022,' ends a comparison; 'Compared with 2025 revenue of ...' names the period."""
    return bool(re.search(r"\b(?:from|over|versus|vs\.?|than|compared\s+(?:with|to))\s+"
                          r"(?:fiscal\s+)?$", text[max(0, period.span[0] - 16):period.span[0]],
                          re.I)) and bool(re.match(r"\s*(?:[,.;:)]|and\b|$)",
                                                   text[period.span[1]:]))


def pick_period(figure: Figure, periods: list[PeriodPhrase], text: str, previous: Claim | None,
                metric: str | None) -> PeriodPhrase | None:
    """The period right after the figure ("$510.0 million in 2025"), else the nearest before it
    ("2025 GAAP net income of $237.8 million"), else the previous figure's."""
    for period in periods:
        gap = _GAP_NOISE.sub("", text[figure.span[1]:period.span[0]])
        if period.span[0] >= figure.span[1] and re.fullmatch(
                r"[\s,]*(?:(?:in|for|during|of|over|the|its|our|fiscal|year|calendar|full|"
                r"total|\w+\s+revenue)\s+)*", gap + " ", re.I) and len(gap) <= 30:
            return period
    # "up 17% from 2022, and net income of $209.8 million": a comparison's base year is not
    # the period of the figures after it
    before = [p for p in periods if p.span[1] <= figure.span[0] and not _is_base_year(text, p)]
    if before:
        return before[-1]
    if previous is not None and previous.period_label and not _is_stated_at_a_moment(metric):
        return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                            (0, 0), "inherited")
    return None


@projection
def _moment_metrics() -> frozenset[str]:
    """Figures stated as of a moment (an offering's price, a share count) and those derived only
    from such figures (market cap = price x shares): a reporting period carried from an earlier
    sentence is not theirs."""
    points = {row.name for row in all_metrics() if row.is_point}
    derived = {row.name for row in all_metrics() if row.derivation and all(
        set(inputs) <= points for inputs in row.derivation.inputs)}
    return frozenset(points | derived)


def _is_stated_at_a_moment(metric: str | None) -> bool:
    return metric in _moment_metrics()


def _apply_citation(claim: Claim, citation: ctx.Citation | None, scope: str) -> Claim:
    if citation is None:
        return claim
    return replace(claim, cited_form=citation.form, cited_date=citation.filed,
                   citation_scope=scope)


def _apply_not_checkable(claim: Claim, figure: Figure, sentence: ctx.Sentence,
                         reason: str | None) -> Claim:
    row = find_metric(claim.metric)
    if reason and row is not None and row.is_stated_forecast and "forecast" in reason:
        reason = None  # a prospectus states its expected net proceeds: a filed figure
    if reason:
        return replace(claim, not_checkable_reason=reason)
    if ctx.is_page_count(sentence.text[figure.span[1]:]):
        return replace(claim, not_checkable_reason="a page count, not a figure a filing reports")
    if figure.unit is None:
        return replace(claim, not_checkable_reason=(
            "a bare number with no unit a filing reports (not money, a percentage, shares, "
            "a per-share amount or a multiple)"))
    if figure.is_points:
        return replace(claim, metric=None, not_checkable_reason=(
            "a change in percentage points; the filings state levels, and the article does "
            "not say which two levels it compares"))
    return claim


def date_claims(article: Article, sentence: ctx.Sentence, figures: list[Figure]) -> list[Claim]:
    """Full dates ("May 4, 2026") are kept as not_checkable: they name filings or periods."""
    claims = []
    for match in ctx.DATE_RE.finditer(sentence.text):
        if any(f.span[0] < match.end() and match.start() < f.span[1] for f in figures):
            continue
        start = sentence.start + match.start()
        span = (start, start + len(match.group(0)))
        claims.append(Claim(
            claim_id=claim_id(article, span), text=match.group(0), sentence=sentence.text,
            span=span, value=None, unit=None, tolerance=Decimal(0),
            not_checkable_reason="a date: it names a filing or a period, it is not a figure"))
    return claims


def claim_id(article: Article, span: tuple[int, int]) -> str:
    """Deterministic: the same article text gives the same ids on every run."""
    digest = hashlib.sha256(f"{article.sha256}:{span[0]}:{span[1]}".encode()).hexdigest()
    return digest[:16]
