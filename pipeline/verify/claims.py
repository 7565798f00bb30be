"""Article text in, claims out: every figure with its sentence, unit, precision, metric, period,
entity and the filing the article relies on for it.

The metric is read by ``claims_metric``, the period by ``claims_periods``, what the figure is (a
reported figure, an estimate, guidance) by ``claims_modality``. A figure whose metric no filing
states (a deal value, a head count) keeps metric None and is reported unverifiable with what was
searched.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Article, Claim
from pipeline.verify import (
    adjustments,
    claims_cells,
    claims_flat,
    claims_outlook,
    claims_spaced,
    claims_tables,
    count_changes,
    drivers,
    head_noun,
    period_math,
)
from pipeline.verify import change_bases as bases
from pipeline.verify import claims_changes as changes
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_modality as modality
from pipeline.verify import claims_periods as cp
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_earning import earning_part
from pipeline.verify.claims_entity import read_entity, respective_part, subject_part
from pipeline.verify.claims_period_focus import QuarterFocus
from pipeline.verify.claims_period_lists import ListedColumns
from pipeline.verify.claims_said import of_the_said_part, opens_on_its_change, said_before
from pipeline.verify.claims_segments import (
    carried_parts,
    continues_previous,
    counted_place,
    direction,
    listed_count,
    parenthesised_part,
    reached_part,
    refers_to_change,
    revenue_segment,
    unnamed_part,
    words_before,
)
from pipeline.verify.claims_units import Figure, find_figures


def extract_claims(article: Article) -> list[Claim]:
    """Every figure in the article as a Claim, in reading order."""
    article = replace(article, text=ctx.mark_bullets(article.text))
    text = article.text
    sentences = ctx.split_sentences(text)
    citations = ctx.find_citations(text)
    default = ctx.article_citation(sentences, citations)
    claims: list[Claim] = []
    carried: tuple[int, ctx.Citation] | None = None  # (paragraph, citation) in force
    # The period in force: set by the headline or a sentence that dates a figure, it carries
    # forward, across paragraphs, until another sentence names one ("Palantir's annual report
    # for 2023 ..." then, a paragraph later, "Operating income was $129.9 million.").
    context: PeriodPhrase | None = None
    focus = QuarterFocus()  # the headline's or lead's quarter, and a paragraph's aside
    columns = ListedColumns()  # "for the quarters ended June 30, March 31 and ...:" rows
    flat = claims_flat.read_tables(text, lambda at: _fiscal_before(text, at))
    flat = dict(sorted({**claims_cells.read_tables(text, lambda at: _fiscal_before(text, at)),
                        **flat}.items()))  # and tables of one cell per line
    # The paragraphs read so far, kept as the loop goes: recounting them from the first
    # sentence at every sentence made a long article quadratic (issue 14: 50 MB never ended).
    paragraphs_read: set[int] = set()
    paragraph: list[ctx.Sentence] = []  # the sentences before this one in its paragraph
    antecedent: Claim | None = None  # the sentence before's last figure with a metric
    flat_spans = list(flat)  # lines of text: disjoint, in order
    flat_starts = [start for start, _ in flat_spans]
    outlook = claims_outlook.outlook_cues(sentences)  # under a guidance heading or lead-in
    for index, sentence in enumerate(sentences):
        paragraphs_read.add(sentence.paragraph)
        if index:
            previous = sentences[index - 1]
            if previous.paragraph == sentence.paragraph:
                paragraph.append(previous)
            else:
                paragraph = []
                context = focus.at_paragraph(context)
        lines = [flat[span] for span in _overlapping(flat_spans, flat_starts, sentence)]
        if lines:  # ("9 mo." may end a sentence inside the header's line)
            claims.extend(claims_outlook.as_outlook(flat_claims(article, sentence, [
                c for found in lines for c in found
                if sentence.start <= c.span[0] and c.span[1] <= sentence.end]),
                sentence, outlook.get(index)))
            continue  # a flattened table's line: its cells, never its header's periods
        # (only the paragraph's sentences matter to citation_for: no copy of all before)
        citation = ctx.citation_for(sentence, paragraph, citations)
        if citation is None and carried and carried[0] == sentence.paragraph:
            citation = carried[1]  # "The amended filing puts ..." covers its paragraph
        scope = "sentence"
        if citation is not None:
            carried = (sentence.paragraph, citation)
        elif default is not None:
            citation, scope = default, "article"
        lead = len(paragraphs_read) <= 2  # headline and lead
        said = said_before(claims, paragraph)
        before = context
        found, context = claims_in_sentence(article, sentence, citation, context, scope, lead,
                                            antecedent, said)
        found, context = columns.read(sentence.text, found, context, before)
        claims.extend(claims_outlook.as_outlook(found, sentence, outlook.get(index)))
        focus.observe(sentence.text, before, context, found, lead)
        # what "this line item" in the next sentence points back at: this one's last figure
        # with a metric (none when it quotes none)
        antecedent = next((c for c in reversed(found) if c.metric is not None), None)
    # "The increase was due to growth in credit card (2.1%)"
    return carried_parts(ctx.carry_scale(claims, sentences))


def _overlapping(spans: list[tuple[int, int]], starts: list[int],
                 sentence: ctx.Sentence) -> list[tuple[int, int]]:
    """The line spans a sentence overlaps, found by bisection (a scan of every line for every
    sentence made an article of many short lines quadratic)."""
    last = bisect.bisect_left(starts, sentence.end)  # spans[:last] start before it ends
    first = last
    while first > 0 and spans[first - 1][1] > sentence.start:
        first -= 1
    return spans[first:last]


def _fiscal_before(text: str, at: int) -> bool:
    """Whether the last period the article names before ``at`` is a fiscal one ('Fiscal
    3Q17'): a table's '3Q16' column then names a fiscal quarter too."""
    named = ctx.find_periods(text[:at])
    return bool(named) and named[-1].label.startswith("fiscal")


def flat_claims(article: Article, sentence: ctx.Sentence,
                cells: list[claims_flat.Cell]) -> list[Claim]:
    """The claims of a flattened table's row: the label names the metric (a change row, the
    growth of the row above), the column the period."""
    claims = []
    for cell in cells:
        unit = "USD" if cell.is_change else cell.unit
        metric = cq.adjusted(cm.named_metric(cell.label, unit), cell.label)
        basis = None
        if cell.is_change:
            growth = next(iter(cm.change_metrics()), None)
            own = find_metric(growth).derivation.inputs[0] if growth else ()
            metric, basis = (growth, None if metric in own else metric) if metric else (None, None)
        claims.append(Claim(
            claim_id=claim_id(article, cell.span), text=cell.text, sentence=sentence.text,
            span=cell.span, value=cell.value, unit=cell.unit, tolerance=cell.tolerance,
            metric=metric, basis=basis, period_label=cell.column.label,
            period_start=cell.column.start, period_end=cell.column.end))
    return claims


def claims_in_sentence(article: Article, sentence: ctx.Sentence, citation: ctx.Citation | None,
                       context: PeriodPhrase | None = None, scope: str = "sentence",
                       lead: bool = True, antecedent: Claim | None = None,
                       said: Claim | None = None) -> tuple[list[Claim], PeriodPhrase | None]:
    """The sentence's claims, and the period in force after it. ``context``: the period in
    force before it ("Net income was $26.4 billion." after "... the quarter ended July 27,
    2025, revenue was ..."); ``antecedent``: the sentence before's last figure with a metric,
    what "this line item" points back at; ``said``: the last figure of the sentence before,
    which a sentence that opens on its change is about ("... brought in $7.52 billion. This
    marks a decline of roughly 4.9% compared to the $7.91 billion ...")."""
    figures = find_figures(sentence.text)
    explicit = ctx.find_periods(sentence.text)
    own = cp.sentence_period(sentence.text, explicit, context)
    # never shifted twice; the year so far ("the first three quarters") is what "the prior
    # year" of its sentence goes back from
    anchor = own if own is not None and (own in explicit or own.kind == "months") else context
    relative = cp.relative_periods(sentence.text, anchor, explicit)
    if anchor is not context and context is not None:
        # "reaching 72.4% in the second quarter, ... not at the level of Q2 of the fiscal year
        # 2025": a relative phrase before the sentence's first named period is the period in
        # force's, not the one named after it
        relative = [p for p in cp.relative_periods(sentence.text, context, explicit)
                    if p.span[0] < anchor.span[0]] + [p for p in relative
                                                      if p.span[0] >= anchor.span[0]]
    periods = sorted(explicit + relative, key=lambda p: p.span)
    reason = ctx.not_checkable_reason(sentence.text)
    columns, outer = claims_tables.header_periods(article.text, sentence)
    spaced = claims_spaced.cell_columns(article.text, sentence, figures)
    estimated = claims_spaced.estimate_cell(article.text, sentence, figures)
    claims: list[Claim] = []
    previous: Claim | None = said if opens_on_its_change(sentence.text) else None
    dating: Claim | None = None  # the last figure not dated as a comparison's base
    subject: Claim | None = None  # the last figure neither a base nor a difference
    bases: list[str] = []
    for i, figure in enumerate(figures):
        prev_end = figures[i - 1].span[1] if i else 0
        next_start = figures[i + 1].span[0] if i + 1 < len(figures) else len(sentence.text)
        behind = sentence.text[prev_end:figure.span[0]]
        figure = figures[i] = cq.as_count(cm.per_share(figure, behind, previous),
                                          sentence.text, behind)
        base = cp.is_base(behind)
        if (not base and previous is not None and previous.claim_id in bases
                and cm.counterpart(figure, behind, previous)[0]):
            base = True  # "vs. net loss of $21.9 million, or $0.08 per diluted share": the
            # per-share amount of a comparison's base is of the base's period
        if i and figure.qualifier == "more than" and cp.is_over_base(behind):
            base, figure = True, replace(figure, qualifier=None)
            figures[i] = figure
        claim = build_claim(article, sentence, figure, (prev_end, next_start), periods,
                            previous, (dating, own, base, subject), antecedent)
        if previous is not None and previous is said:
            claim = of_the_said_part(claim, said)
        claim = _column_period(claim, columns, sentence.text, figure, explicit, outer)
        claim = _column_change(article, sentence, claim, figure, columns, outer)
        if spaced is not None:
            claim = claims_spaced.apply_column(claim, i, spaced, sentence.text[:figures[0].span[0]],
                                               bool(explicit), claims_spaced.in_brackets(
                                                   sentence.text, figure.span))
        claim = _apply_citation(claim, citation, scope)
        claim = _apply_not_checkable(claim, figure, sentence, reason)
        expected = estimated[1] if estimated is not None and estimated[0] == i else (
            claims_tables.estimate_column(article.text, sentence, figure.span[0], outer))
        if expected:  # a scorecard's column of what analysts expected
            claim = replace(claim, not_checkable_reason=modality.column_reason(expected))
        claims.append(claim)
        previous = claim
        dating = dating if base else claim
        if not (base or changes.is_base(sentence.text[:figure.span[0]])
                or claim.metric == changes.DIFFERENCE or claim.metric is None
                or changes.is_difference(sentence.text[figure.span[1]:next_start])):
            subject = claim
        # a comparison's base, or a rate raised for the quarters ahead, sets no period in force
        bases += [claim.claim_id] if base or sc.is_raised_to(
            claim.unit, sentence.text[:figure.span[0]]) else []
    claims = merge_ranges(article, sentence, figures, claims)
    claims.extend(date_claims(article, sentence, figures))
    claims.extend(word_claims(article, sentence))
    return claims, cp.next_context(context, own, explicit,
                                   [c for c in claims if c.claim_id not in bases],
                                   figures=bool(figures), lead=lead,
                                   heads_list=sentence.text.rstrip().endswith(":"),
                                   text=sentence.text)


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
                   periods: list[PeriodPhrase], outer: bool = True) -> Claim:
    """A table cell's period is its column header's, unless the row itself names one."""
    column = columns.get(claims_tables.cell_index(row, figure.span[0], outer))
    if column is None or periods:
        return claim
    return replace(claim, period_label=column.label, period_start=column.start,
                   period_end=column.end)


def _column_change(article: Article, sentence: ctx.Sentence, claim: Claim, figure: Figure,
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
    grew = cq.adjusted(cm.growth_subject(label, "", None)[1], label)
    growth = next(iter(cm.change_metrics()), None)
    if grew is None or growth is None or period is None:
        return claim
    own = find_metric(growth).derivation.inputs[0]
    return replace(claim, metric=growth, basis=None if grew in own else grew,
                   period_label=period.label, period_start=period.start, period_end=period.end)


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
    return claim.metric in cm.range_of_part() or claim.unit in cm.range_by_unit()


_OR_RESTATES = re.compile(r"^\s*,?\s*or\s+$")


def build_claim(article: Article, sentence: ctx.Sentence, figure: Figure,
                window: tuple[int, int], periods: list[PeriodPhrase],
                previous: Claim | None, dating: tuple = (None, None, False, None),
                antecedent: Claim | None = None) -> Claim:
    """``dating``: (the last figure of the sentence not dated as a base, the sentence's period,
    whether this figure is a comparison's base, the last figure neither a base nor a
    difference: what a difference is about); ``antecedent``: the sentence before's last
    figure with a metric ("this line item")."""
    text = sentence.text
    behind, ahead = text[window[0]:figure.span[0]], text[figure.span[1]:window[1]]
    metric, cue = cm.read_metric(figure, behind, ahead, text[:figure.span[0]], previous)
    # "Services brought in $26.65 billion", "Wearables slipped 5%" (a verb's cue, no subject):
    # a part's revenue or its growth, in a sentence that names no metric
    earned = None
    if metric is None or figure.unit == "percent" and cm.is_change(find_metric(metric)):
        earned = earning_part(text[:figure.span[0]], text, figure.unit, text[figure.span[1]:])
    if earned is not None:
        metric = "revenue" if figure.unit == "USD" else "revenue_growth"
    if (rate := changes.points_base(figure, behind, previous)) is not None:
        metric, cue = rate, None  # "declined 13 basis points from 2.53 percent"
    if (figure.unit == "USD" and not changes.is_difference(ahead)
            and cm.differs_after(text[figure.span[1]:])):
        # "$447 million (0.1 percent) higher than": a difference of what the words name, which
        # the rate in parentheses is the growth of
        metric, cue, differenced = None, None, metric
    else:
        differenced = None
    unit = figure.unit
    if metric in cm.per_share_metrics() and unit == "USD":
        unit = "USD/share"
    metric = cm.range_metric(metric, unit, figure.range_role)
    metric = cq.adjusted(metric, text[:figure.span[0]], text[figure.span[1]:])
    metric = cq.item_of_total(metric, ahead, unit)  # "a $50 million restructuring charge"
    metric = head_noun.named_by_its_noun(metric, behind, ahead, unit)  # "a $X release of"
    item = adjustments.read_item(text, figure.span, unit)  # "excluding ... $137 million"
    if item is not None:
        metric = item[0]
    row = find_metric(metric)
    value = cm.signed(figure.value, row, cue, ahead, behind)
    if (cue is None and dating[2] and previous is not None and previous.metric == metric
            and row is not None and row.sign_words and previous.value is not None
            and previous.value < 0 and value is not None and value > 0):
        # "cash used in operations of $322.6 million vs. $81.0 million": a comparison's base
        # that takes the figure's metric unnamed takes the words that signed it too
        value = -value
    added = count_changes.read_count_change(figure, behind, ahead)  # "added 3,100 customers"
    if added is not None:
        metric, differenced, value = added
        unit, figure = "count", replace(figure, tolerance=count_changes.rounding_tolerance(figure))
        row = find_metric(metric)
    before, own, base, subject = (tuple(dating) + (None,))[:4]
    changed = _changed_by(previous, text) if base else None
    if metric is None and changed and getattr(find_metric(changed), "unit", None) == unit:
        # "a decline of 4.9% compared to the $7.91 billion reported a year earlier": the
        # amount the change is measured from, of what the change is of
        metric = changed
        row = find_metric(metric)
    compared = None  # what a change in points or a difference is about
    if figure.is_points:
        metric, compared, value = changes.read_points(figure, behind, text[:figure.span[0]],
                                                      ahead, previous)
        if cq.adjusted_words(text[:figure.span[0]]):
            metric, compared = None, None  # "Adjusted gross margin improved 2 points"
        row = find_metric(metric)
    elif changes.is_difference(ahead):
        metric, compared, value = changes.read_difference(figure, ahead, subject)
        row = find_metric(metric)
    elif (amount := changes.read_amount_change(figure, behind, ahead, subject)) is not None:
        metric, compared, value = amount
        row = find_metric(metric)
        if metric is None and compared is None:  # what changed, for a rate restating it
            compared = cm.metric_named_before(behind, unit)  # ("by $5 billion, or 2%")
            if compared in changes.differenced() and bases.compared_with(
                    text, *figure.span) == bases.QUARTER:
                metric = changes.DIFFERENCE  # "grew sequentially by $5 billion"
                row = find_metric(metric)
    if metric is None and (between := changes.read_period_difference(
            figure, text[figure.span[1]:], cm.metric_named_before(behind, unit),
            bases.period_after_than(text, figure.span[1], periods))) is not None:
        metric, compared, value = between  # "$447 million higher than the fourth quarter"
        row = find_metric(metric)
    if cm.is_stated_at_a_moment(metric) and added is None and not (
            base and row is not None and row.is_balance):
        # a price or a share count takes no carried reporting period; a balance that is a
        # comparison's base is dated a year before the sentence's ("64,286 accounts over
        # 48,797 accounts reported last year")
        before, own = None, None
    change = cm.is_change(row)
    moved = change or metric in (changes.POINTS, changes.DIFFERENCE)  # never dated by its base
    period = cp.pick_period(figure, periods, text, before, own, base and not moved, moved)
    if sc.is_raised_to(unit, text[:figure.span[0]]) and sc.is_quarter(period):
        # the next quarter's
        period = replace(period_math.shifted(period, quarters=1), kind="quarter")
    elif sc.is_raised_to(unit, text[:figure.span[0]]) and period is not None:
        period = _next_yearless(period)  # "an increased dividend of $0.26" in "the quarter"
    if previous is not None and previous.sentence == text and _OR_RESTATES.match(behind) and (
            previous.period_label and not moved):
        # "year-earlier earnings of $231 million, or 44 cents per share": the same period
        period = PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                              (0, 0), "inherited")
    if item is not None:  # an excluded item is of the adjusted figure's period
        period = adjustments.item_period(period, figure.span, text, previous)
    # a change against the preceding quarter, its base and its level: dated by quarters
    period = bases.sequential_dating(moved, period, previous, text, figure.span,
                                     sentence.start) or period
    entity, basis = read_entity(metric, behind, ahead, text)
    if item is not None:
        entity, basis = item[1], None  # the excluded item's own words
    basis = compared or basis or differenced
    if entity is None and cq.about_someone(metric, text[:figure.span[0]]) is None:
        metric, row = None, None  # "these models comprised 60% of revenue": no customer
    if change:
        period = cp.growth_period(ahead, period)
        named, basis = cm.growth_subject(behind, ahead, previous)
        if earned is not None and not named:  # "Wearables slipped 5%": the part's revenue's
            named, basis, value = True, "revenue", abs(figure.value) * earned[1]
        part = parenthesised_part(behind, figure.text, ahead) if previous is not None and (
            previous.sentence == text or refers_to_change(text)) and cm.is_change(
            find_metric(previous.metric)) else None
        way = direction(text[:figure.span[0]], ahead) if part is not None else 0
        if part is not None and way:  # "growth in coal and renewables (30% increase)": the
            # part's growth of what the sentence's (or the change's) first rate is about
            named, basis, entity = True, previous.basis or basis, part
            value = abs(figure.value) * way
        elif not named and previous is not None and previous.sentence == text and (
                cm.is_change(find_metric(previous.metric)) and continues_previous(behind)):
            # "grow 14 percent for Q4 and 3 percent for the full year": the same subject's
            named, entity = True, previous.entity
            basis = previous.basis or row.derivation.inputs[0][0]
        pointed = None if named else cm.anaphoric_subject(behind, previous, antecedent)
        if pointed is not None:  # "pushing this line item 135% higher": the figure before's
            named, basis, entity = True, pointed.metric, pointed.entity
            period = PeriodPhrase(pointed.period_label, pointed.period_start,
                                     pointed.period_end, (0, 0), "inherited")
        if not named or basis is None or drivers.is_driver_change(ahead):
            # "the workforce grew 31%": not a filed figure's growth; "a 7% revenue increase
            # from aerospace": one cause's part of it (drivers)
            metric, row = None, None
        elif basis in row.derivation.inputs[0]:
            basis = None  # the row's own input (revenue)
    if row is not None and row.entity == "segment":
        entity = revenue_segment(words_before(text, figure.span[0])) or entity
        if entity is None:
            entity = subject_part(text[:figure.span[0]])  # "The data center business ..."
        if entity is None and not change:  # "... its revenues increasing 51% to $5.41 billion"
            entity = reached_part(behind, previous, text, metric)
        if earned is None and metric == "revenue" and unit == "USD":
            earned = earning_part(text[:figure.span[0]], None, unit)  # "Mac and iPad sales
            # both rose, with Macs generating $7.95 billion": the nearest subject's, not iPad's
        if earned is not None and (entity is None or earned[0].lower() not in entity.lower()):
            entity = earned[0]  # (never "Gadgets" for the "Gadgets segment" read already)
        entity = respective_part(text, figure.span, figure.unit) or entity
        if change and entity is None and previous is not None and previous.entity and (
                changes.listed_after(behind, previous)):
            metric, row = None, None  # a list of parts' growth whose item names no part
    if row is not None and row.entity == "segment" and unit == "count":
        entity = counted_place(ahead) or entity  # "31 warehouses in Japan"
    elif unit is None and previous is not None and previous.unit == "count" and (
            previous.sentence == text) and (place := listed_count(
                behind, ahead, previous.metric)) is not None:
        metric, unit, entity = previous.metric, "count", place  # ", including 578 in the US"
    if row is not None and entity is None:
        # "a division profit of $4.85 billion, down from $5.3 billion a year earlier": the
        # part's figure and its base
        entity = unnamed_part(behind) or (
            previous.entity if previous is not None and previous.sentence == text
            and previous.entity and (base and metric in (previous.metric, changed) or change and (
                previous.metric == (basis or row.derivation.inputs[0][0]))) else None)
    if (entity is None and (metric == "revenue" or (change and basis is None))
            and cm.qualified_revenue(behind, ahead)):
        metric, row = None, None  # "freight revenues rose 1%": a part of revenue, unnamed
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


def _next_yearless(period: PeriodPhrase) -> PeriodPhrase:
    """The quarter after a yearless one (after a fourth, a quarter whose number is not said:
    its year would be the next one, which a yearless label cannot say)."""
    parts = period_math.undated_parts(period.label)
    if parts is None or parts.whole_year or not parts.quarter:
        return period
    if parts.quarter == 4:
        return period_math.undated_quarter(0, parts.back)
    return period_math.undated_quarter(parts.quarter + 1, parts.back)


def _changed_by(previous: Claim | None, text: str) -> str | None:
    """The metric the sentence's previous figure is a change of, when that figure is a change
    written in the same sentence (a growth rate of revenue: revenue)."""
    if previous is None or previous.sentence != text:
        return None
    row = find_metric(previous.metric)
    if not cm.is_change(row) or row.derivation is None:
        return None
    return previous.basis or row.derivation.inputs[0][0]


def _apply_citation(claim: Claim, citation: ctx.Citation | None, scope: str) -> Claim:
    if citation is None:
        return claim
    return replace(claim, cited_form=citation.form, cited_date=citation.filed,
                   citation_scope=scope)


def _apply_not_checkable(claim: Claim, figure: Figure, sentence: ctx.Sentence,
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
    if claim.unit is None and not cq.measured(sentence.text, figure.span):
        return replace(claim, not_checkable_reason=(
            "a bare number with no unit a filing reports (not money, a percentage, shares, "
            "a per-share amount or a multiple)"))
    if figure.is_points and claim.metric != changes.POINTS:
        return replace(claim, metric=None)  # unverifiable: see claims_qualifiers.unread_reason
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
