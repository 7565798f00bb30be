"""Article text in, claims out: every figure with its sentence, unit, precision, metric, period,
entity and the filing the article relies on for it.

The metric is read by ``claims_metric``, the period by ``claims_periods``, what the figure is (a
reported figure, an estimate, guidance) by ``claims_modality``. A figure whose metric no filing
states (a deal value, a head count) keeps metric None and is reported unverifiable with what was
searched.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Article, Claim
from pipeline.verify import (
    adjusted_echo,
    basis_pairs,
    cited_titles,
    claims_bullets,
    claims_cards,
    claims_cells,
    claims_counted,
    claims_flat,
    claims_outlook,
    claims_period_rows,
    claims_relative,
    claims_run_tables,
    claims_spaced,
    claims_table_parts,
    claims_tables,
    own_conflicts,
    part_carry,
    per_every,
    respective_periods,
    same_period_frame,
)
from pipeline.verify import claims_apply as apply
from pipeline.verify import claims_changes as changes
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_modality as modality
from pipeline.verify import claims_per_share as ps
from pipeline.verify import claims_period_context as period_context
from pipeline.verify import claims_periods as cp
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify import claims_respective as respective
from pipeline.verify import claims_spans as spans
from pipeline.verify import scope_cues as sc
from pipeline.verify.basic_twins import is_twin, read_twins
from pipeline.verify.claims_ahead import later_outlook
from pipeline.verify.claims_asides import before_aside
from pipeline.verify.claims_build import build_claim
from pipeline.verify.claims_change_words import change_metrics
from pipeline.verify.claims_modality import ESTIMATE, REASONS
from pipeline.verify.claims_part_lists import carried_parts
from pipeline.verify.claims_period_focus import HeadingScope, QuarterFocus
from pipeline.verify.claims_period_lists import ListedColumns
from pipeline.verify.claims_pointed import beneath_forecast, pointed_at
from pipeline.verify.claims_said import of_the_said_part, opens_on_its_change, said_before
from pipeline.verify.claims_segment_cards import read_segment_cards
from pipeline.verify.claims_table_units import with_label_scale, with_table_unit
from pipeline.verify.claims_units import Figure, find_figures
from pipeline.verify.currency_asides import blank_conversions, with_foreign_amounts
from pipeline.verify.definite_rates import read_definite
from pipeline.verify.earnings_readings import read_bare
from pipeline.verify.line_labels import read_labels
from pipeline.verify.list_heads import ListScope, read_list_heads
from pipeline.verify.rate_levels import as_rate_level
from pipeline.verify.same_period_years import same_period_years
from pipeline.verify.year_ago import YearAgoAside


def extract_claims(article: Article) -> list[Claim]:
    """Every figure in the article as a Claim, in reading order."""
    raw, marked = article.text, ctx.blank_emphasis(ctx.mark_bullets(article.text))
    article = replace(article, text=blank_conversions(marked))
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
    headings = HeadingScope()  # a list heading's period, for its section only
    columns = ListedColumns()  # "for the quarters ended June 30, March 31 and ...:" rows
    aside = YearAgoAside()  # a sentence quoting only the year before the period in force
    flat = _flat_tables(text)
    # The paragraphs read so far, kept as the loop goes: recounting them from the first
    # sentence at every sentence made a long article quadratic (issue 14: 50 MB never ended).
    paragraphs_read: set[int] = set()
    paragraph: list[ctx.Sentence] = []  # the sentences before this one in its paragraph
    antecedent: Claim | None = None  # the sentence before's last figure with a metric
    earlier: tuple[Claim, ...] = ()  # the sentence before's figures (claims_pointed)
    flat_spans = list(flat)  # lines of text: disjoint, in order
    flat_starts = [start for start, _ in flat_spans]
    outlook = claims_outlook.outlook_cues(sentences)  # under a guidance heading or lead-in
    lists = ListScope(text)  # "Revenue (2023)" over its items: a list's heading, to its end
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
            claims.extend(claims_outlook.as_outlook(_line_claims(article, sentence, lines),
                                                    sentence, outlook.get(index)))
            continue  # a flattened table's line: its cells, never its header's periods
        sentence, written = cited_titles.blank_pointers(sentence)  # '(see "Title," date)'
        citation, scope, carried = _cite(sentence, paragraph, citations, carried, default)
        lead = len(paragraphs_read) <= 2  # headline and lead
        said = said_before(claims, paragraph)
        heads = lists.heads(sentence.start)
        context = headings.before(sentence.text, lists.before(sentence.start, context), heads)
        before = context
        # "For the same period last year, ..." after the 39 weeks: those weeks, a year back
        span = same_period_frame.frame(sentence.text, context, earlier)
        found, context = claims_in_sentence(article, sentence, citation, span or context,
                                            scope, lead, antecedent, said, earlier, heads)
        context = before if span else context  # the span sets nothing in force
        found = cited_titles.with_pointed(found, written, claims_in_sentence, article,
                                          citation, before, scope, lead, antecedent, said, earlier)
        found, context = columns.read(sentence.text, found, context, before)
        # "Reported earnings for <Y-1> were $B.": the year before, quoted, moves nothing back
        found = aside.mark(before, found, sentence.text)
        context = aside.carry(before, context, found)
        claims.extend(claims_outlook.as_outlook(found, sentence, outlook.get(index)))
        focus.observe(sentence.text, before, context, found, lead)
        headings.after(sentence.text, before, context, heads)
        lists.after(sentence, before, context)
        # what "this line item" in the next sentence points back at: this one's last figure
        # with a metric (none when it quotes none)
        # (never an estimate: "beat the consensus of $1.37 ... However, the company's bottom
        # line declined 5.2%" points back at the reported $1.47 per share)
        antecedent = next((c for c in reversed(found) if c.metric is not None
                           and not _is_estimate(c)), None)
        earlier = tuple(found)
    # "The increase was due to growth in credit card (2.1%)"; "earnings rose 13%" after
    # "an adjusted $3.80 a share" (earnings_readings)
    # ("Total Revenue" / "$12B" / "Previous year: $11.3B" / "+5.7%": a summary card's lines)
    claims = claims_bullets.read_bullets(article, raw, claims_cards.read_cards(text, claims),
                                         claims_in_sentence)  # "- **Revenue**:" / "- Up 6%"
    # "Revenue by segment" / "- Gaming$1.58B..."; "Greater China: revenue of $16 billion"
    claims = read_labels(text, read_segment_cards(text, read_list_heads(text, claims)),
                         article.filer_names)
    # ("... soared 23% ... the 23% jump means": the rate quoted before, definite_rates)
    claims = read_definite(claims)
    claims = adjusted_echo.read_echoes(claims)  # "an adjusted $0.58 a share ... 58 cents a share"
    claims = part_carry.carry_parts(claims, sentences)  # "However, revenues rose 35%"
    claims = own_conflicts.undate_refuted(claims)  # "the previous fiscal year" vs "in fiscal 2022"
    claims = read_bare(carried_parts(ctx.carry_scale(claims, sentences)), sentences)
    return with_foreign_amounts(claims, article, marked, sentences)  # "(£2.90bn)"


def _flat_tables(text: str) -> dict:
    """The article's flattened tables' lines, by span, in order: the pipe and spaced tables',
    the tables of one cell per line, and those run into one line."""
    fiscal_before = claims_flat.fiscal_teller(text)
    flat = claims_flat.read_tables(text, fiscal_before)
    rows = claims_period_rows.read_tables(text, fiscal_before)
    run = claims_run_tables.read_tables(text, fiscal_before)  # a table run into one line
    return dict(sorted({**run, **rows, **claims_cells.read_tables(text, fiscal_before),
                        **flat}.items()))


def _line_claims(article: Article, sentence: ctx.Sentence, lines: list) -> list[Claim]:
    """The claims of the flattened table cells that lie inside the sentence."""
    return flat_claims(article, sentence, [
        c for found in lines for c in found
        if sentence.start <= c.span[0] and c.span[1] <= sentence.end])


def _cite(sentence: ctx.Sentence, paragraph: list[ctx.Sentence],
          citations: list, carried: tuple[int, ctx.Citation] | None,
          default: ctx.Citation | None) -> tuple:
    """(the filing the sentence relies on, the scope of that citation, the (paragraph,
    citation) in force after it): its own, else its paragraph's, else the article's."""
    # (only the paragraph's sentences matter to citation_for: no copy of all before)
    citation = ctx.citation_for(sentence, paragraph, citations)
    if citation is None and carried and carried[0] == sentence.paragraph:
        citation = carried[1]  # "The amended filing puts ..." covers its paragraph
    scope = "sentence"
    if citation is not None:
        carried = (sentence.paragraph, citation)
    elif default is not None:
        citation, scope = default, "article"
    return citation, scope, carried


def _overlapping(spans: list[tuple[int, int]], starts: list[int],
                 sentence: ctx.Sentence) -> list[tuple[int, int]]:
    """The line spans a sentence overlaps, found by bisection (a scan of every line for every
    sentence made an article of many short lines quadratic)."""
    last = bisect.bisect_left(starts, sentence.end)  # spans[:last] start before it ends
    first = last
    while first > 0 and spans[first - 1][1] > sentence.start:
        first -= 1
    return spans[first:last]


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
            growth = next(iter(change_metrics()), None)
            own = find_metric(growth).derivation.inputs[0] if growth else ()
            metric, basis = (growth, None if metric in own else metric) if metric else (None, None)
        claims.append(Claim(
            claim_id=spans.claim_id(article, cell.span), text=cell.text, sentence=sentence.text,
            span=cell.span, value=cell.value, unit=cell.unit, tolerance=cell.tolerance,
            metric=metric, basis=basis, period_label=cell.column.label,
            period_start=cell.column.start, period_end=cell.column.end))
    return claims


def claims_in_sentence(article: Article, sentence: ctx.Sentence, citation: ctx.Citation | None,
                       context: PeriodPhrase | None = None, scope: str = "sentence",
                       lead: bool = True, antecedent: Claim | None = None,
                       said: Claim | None = None, earlier: tuple[Claim, ...] = (),
                       heads_list: bool = False) -> tuple[list[Claim], PeriodPhrase | None]:
    """The sentence's claims, and the period in force after it. ``context``: the period in
    force before it ("Net income was $26.4 billion." after "... the quarter ended July 27,
    2025, revenue was ..."); ``antecedent``: the sentence before's last figure with a metric,
    what "this line item" points back at; ``said``: the last figure of the sentence before,
    which a sentence that opens on its change is about ("... brought in $7.52 billion. This
    marks a decline of roughly 4.9% compared to the $7.91 billion ..."); ``earlier``: the
    sentence before's figures, what its first figure's words may point back at ("That's a drop
    from $1.8 billion", claims_pointed); ``heads_list``: the sentence is a line heading a list
    (``list_heads``), as one ending in a colon is."""
    figures = find_figures(sentence.text)
    explicit = ctx.find_periods(sentence.text)
    own = cp.sentence_period(sentence.text, explicit, context)
    # "for 2021's fourth quarter, to $A from the $B it reported for the same period in 2020":
    # the quarter the sentence names, in 2020
    explicit = same_period_years(sentence.text, explicit, own)
    periods = _sentence_periods(sentence.text, explicit, own, context)
    layout = _layout(article, sentence, figures, citation, scope, explicit)
    # a table's bare numbers under "(US$ million)" are money
    figures = [with_label_scale(sentence.text, with_table_unit(article.text, sentence, f,
                                                               layout.outer))
               for f in figures]
    claims: list[Claim] = []
    previous: Claim | None = said if opens_on_its_change(sentence.text) else None
    dating: Claim | None = None  # the last figure not dated as a comparison's base
    subject: Claim | None = None  # the last figure neither a base nor a difference
    bases: list[str] = []
    for i, figure in enumerate(figures):
        prev_end = figures[i - 1].span[1] if i else 0
        next_start = figures[i + 1].span[0] if i + 1 < len(figures) else len(sentence.text)
        behind = sentence.text[prev_end:figure.span[0]]
        ahead = sentence.text[figure.span[1]:next_start]
        figures[i] = claims_counted.as_count(ps.per_share(figure, behind, previous, ahead),
                                             sentence.text, behind)
        figures[i] = as_rate_level(figures[i], behind, ahead)
        base = _read_base(figures, i, behind, previous, bases)
        figure = figures[i]
        aside = before_aside(sentence.text, [f.span for f in figures], i)
        claim = build_claim(article, sentence, figure, (prev_end, next_start), periods,
                            previous, (dating, own, base, subject), antecedent,
                            pointed_at(earlier, figure.unit) if i == 0 else None,
                            aside and (claims[aside[0]], aside[1]))
        if previous is not None and previous is said:
            claim = of_the_said_part(claim, said)
        claim = _laid_out(article, sentence, claim, figures, i, layout)
        claims.append(claim)
        previous = claim
        dating = dating if base else claim
        if not (base or changes.is_base(sentence.text[:figure.span[0]])
                or claim.metric == changes.DIFFERENCE or claim.metric is None
                or changes.is_difference(sentence.text[figure.span[1]:next_start])):
            subject = claim
        # a comparison's base, or a rate raised for the quarters ahead, sets no period in force
        # (nor the change a forecast builds on: "That comes on top of a rise of N% ...")
        bases += [claim.claim_id] if base or sc.is_raised_to(
            claim.unit, sentence.text[:figure.span[0]]) or (i == 0 and beneath_forecast(
                claim, earlier, sentence.text[:figure.span[0]])) else []
    claims = read_twins(sentence.text, figures, claims)  # "$1.05 per share ($1.04 diluted)"
    claims = later_outlook(spans.merge_ranges(article, sentence, figures, claims), context,
                           sentence.text)
    claims = respective.map_respectively(sentence, claims)
    claims = basis_pairs.pair_bases(sentence, claims)  # "GAAP and non-GAAP X were A and B"
    claims = respective_periods.date_respectively(sentence, claims)  # "in 2021 and 2020, resp."
    claims = per_every.as_shares_of_every(sentence, claims)  # "$27 of every $100": 27%
    claims.extend(spans.date_claims(article, sentence, figures))
    claims.extend(spans.word_claims(article, sentence))
    return claims, period_context.next_context(
        context, own, explicit, [c for c in claims if c.claim_id not in bases],
        figures=bool(figures), lead=lead,
        heads_list=heads_list or sentence.text.rstrip().endswith(":"), text=sentence.text)


def _is_estimate(claim: Claim) -> bool:
    return (claim.not_checkable_reason or "").startswith(REASONS[ESTIMATE])


def _sentence_periods(text: str, explicit: list[PeriodPhrase], own: PeriodPhrase | None,
                      context: PeriodPhrase | None) -> list[PeriodPhrase]:
    """The sentence's period phrases, explicit and relative, in order; a relative phrase is
    resolved against the sentence's own period, or, before it, against the period in force."""
    # never shifted twice; the year so far ("the first three quarters") is what "the prior
    # year" of its sentence goes back from; so is the whole year a "for the year" names
    # ("For the year, sales fell to $X billion from $Y billion the previous year", a
    # recap of a retailer's fourth quarter: the year before, not the quarter's)
    anchor = own if own is not None and (own in explicit or own.kind in ("months", "year")
                                         ) else context
    relative = claims_relative.relative_periods(text, anchor, explicit)
    if anchor is not context and context is not None:
        # "reaching 72.4% in the second quarter, ... not at the level of Q2 of the fiscal year
        # 2025": a relative phrase before the sentence's first named period is the period in
        # force's, not the one named after it
        relative = [p for p in claims_relative.relative_periods(text, context, explicit)
                    if p.span[0] < anchor.span[0]] + [p for p in relative
                                                      if p.span[0] >= anchor.span[0]]
    return sorted(explicit + relative, key=lambda p: p.span)


def _read_base(figures: list[Figure], i: int, behind: str, previous: Claim | None,
               bases: list[str]) -> bool:
    """Whether the sentence's i-th figure is a comparison's base ("up from $A"); an "over"
    that compares drops the figure's "more than" qualifier (in ``figures``)."""
    figure = figures[i]
    base = cp.is_base(behind)
    if (not base and previous is not None and previous.claim_id in bases
            and ps.counterpart(figure, behind, previous)[0]):
        base = True  # "vs. net loss of $21.9 million, or $0.08 per diluted share": the
        # per-share amount of a comparison's base is of the base's period
    if not base and previous is not None and previous.claim_id in bases and (
            cp.continues_bases(behind) or is_twin(figure, behind, previous)):
        # "from $18.6M in Q1 and -$167.1M in Q2 2022": the bases' list goes on; so does
        # "$1.05 per share ($1.04 diluted)", a base's bracketed twin
        base = True
    if i and figure.qualifier == "more than" and cp.is_over_base(behind):
        base = True
        figures[i] = replace(figure, qualifier=None)
    return base


@dataclass(frozen=True)
class _Layout:
    """What a sentence's place says of its figures: a not-checkable reason of its words, the
    table columns above it, a spaced table's cells, an estimate cell, the filing it cites."""

    reason: str | None
    columns: dict
    outer: bool
    spaced: object
    estimated: tuple | None
    citation: ctx.Citation | None
    scope: str
    explicit: list[PeriodPhrase]


def _layout(article: Article, sentence: ctx.Sentence, figures: list[Figure],
            citation: ctx.Citation | None, scope: str, explicit: list[PeriodPhrase]) -> _Layout:
    reason = ctx.not_checkable_reason(sentence.text)
    columns, outer = claims_tables.header_periods(article.text, sentence)
    spaced = claims_spaced.cell_columns(article.text, sentence, figures)
    estimated = claims_spaced.estimate_cell(article.text, sentence, figures)
    return _Layout(reason, columns, outer, spaced, estimated, citation, scope, explicit)


def _laid_out(article: Article, sentence: ctx.Sentence, claim: Claim, figures: list[Figure],
              i: int, layout: _Layout) -> Claim:
    """The claim of the sentence's i-th figure as its table column, citation and words
    change it."""
    figure = figures[i]
    claim = apply.column_period(claim, layout.columns, sentence.text, figure, layout.explicit,
                                layout.outer)
    claim = apply.column_change(article, sentence, claim, figure, layout.columns, layout.outer)
    claim = claims_table_parts.apply_part(article.text, sentence, claim, figure, layout.columns,
                                          layout.outer)
    if layout.spaced is not None:
        claim = claims_spaced.apply_column(claim, i, layout.spaced,
                                           sentence.text[:figures[0].span[0]],
                                           bool(layout.explicit), claims_spaced.in_brackets(
                                               sentence.text, figure.span))
    claim = apply.apply_citation(claim, layout.citation, layout.scope)
    claim = apply.apply_not_checkable(claim, figure, sentence, layout.reason or (
        ctx.figure_not_checkable(sentence.text, figure.span)))
    expected = layout.estimated[1] if (
        layout.estimated is not None and layout.estimated[0] == i) else (
        claims_tables.estimate_column(article.text, sentence, figure.span[0], layout.outer))
    if expected:  # a scorecard's column of what analysts expected
        claim = replace(claim, not_checkable_reason=modality.column_reason(expected))
    return claim
