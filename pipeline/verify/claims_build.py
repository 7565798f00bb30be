"""One figure of a sentence made a Claim: the metric its words name, the period and entity it is
of, and its signed value, read in steps over a ``Draft`` of the figure's reading.

``build_claim`` holds the order of the steps: the words that name the metric, then what refines
it (a per-share amount, an adjustment, an excluded item, a sign, a count added), what a change
or difference is of, the period, the entity, and the subject of a growth rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from core.metrics import Metric, find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Article, Claim
from pipeline.verify import (
    adjustments,
    charge_claims,
    claims_pointed,
    count_changes,
    count_scope,
    figure_scope,
    head_noun,
    named_parts,
    other_company,
    other_names,
    part_subject,
    period_math,
    stat_improved,
)
from pipeline.verify import change_bases as bases
from pipeline.verify import claims_changes as changes
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_metric_form as form
from pipeline.verify import claims_periods as cp
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify import scope_cues as sc
from pipeline.verify.claims_build_changes import _read_change_of
from pipeline.verify.claims_build_parts import read_growth, read_part
from pipeline.verify.claims_change_words import differs_after, is_change
from pipeline.verify.claims_changed_from import changed_from_to
from pipeline.verify.claims_counted import counts_another_noun, counts_newcomers
from pipeline.verify.claims_earning import earning_part, grown_part
from pipeline.verify.claims_entity import read_entity
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_per_share import bottom_line_named, continuing_line
from pipeline.verify.claims_spans import claim_id
from pipeline.verify.revenue_parts import shared_part
from pipeline.verify.stated_bases import reported_growth
from pipeline.verify.total_items import item_of_total


@dataclass
class Draft:
    """A figure's reading as ``build_claim``'s steps refine it: the sentence's words around the
    figure, the figure's dating in its sentence, and what each step has read so far."""

    figure: Figure
    text: str  # the sentence
    behind: str  # the words since the previous figure
    ahead: str  # the words up to the next figure
    previous: Claim | None
    before: Claim | None  # the last figure of the sentence not dated as a base
    own: PeriodPhrase | None  # the sentence's period
    base: bool  # whether this figure is a comparison's base
    subject: Claim | None  # the last figure neither a base nor a difference
    # the figure before an aside closed right before this one, and the words since it outside
    # the aside ("$2.1 billion (40% of total revenue), up 8%": $2.1 billion, " , up ")
    outside: tuple[Claim, str] | None = None
    metric: str | None = None
    cue: str | None = None
    earned: tuple | None = None  # (part, sign) of "Services brought in $26.65 billion"
    differenced: str | None = None
    unit: str | None = None
    item: tuple | None = None  # an excluded item's (metric, words)
    row: Metric | None = None
    value: Decimal | None = None
    added: tuple | None = None  # a count added ("added 3,100 customers")
    changed: str | None = None  # what the sentence's previous figure is a change of
    compared: str | None = None  # what a change in points or a difference is about
    change: bool = False
    period: PeriodPhrase | None = None
    entity: str | None = None
    basis: str | None = None
    pointed: Claim | None = None  # the sentence before's figure its words may point back at
    unread_why: str | None = None  # why a step left the figure with no metric
    filer: frozenset[str] = frozenset()  # the words the article names its filer by
    parts: frozenset[str] = frozenset()  # the words it calls a part by ("the <Name> segment")
    assumed: str | None = None  # the period a base was dated by default (no words say so)

    @property
    def head(self) -> str:
        """The sentence up to the figure."""
        return self.text[:self.figure.span[0]]

    @property
    def tail(self) -> str:
        """The sentence after the figure."""
        return self.text[self.figure.span[1]:]


def build_claim(article: Article, sentence: ctx.Sentence, figure: Figure,
                window: tuple[int, int], periods: list[PeriodPhrase],
                previous: Claim | None, dating: tuple = (None, None, False, None),
                antecedent: Claim | None = None, pointed: Claim | None = None,
                outside: tuple[Claim, str] | None = None) -> Claim:
    """``dating``: (the last figure of the sentence not dated as a base, the sentence's period,
    whether this figure is a comparison's base, the last figure neither a base nor a
    difference: what a difference is about); ``antecedent``: the sentence before's last
    figure with a metric ("this line item"); ``pointed``: the sentence before's figure of this
    one's unit, which the words of a sentence's first figure may point back at; ``outside``:
    the figure before an aside that closes right before this one, and the words since it
    outside the aside."""
    text = sentence.text
    before, own, base, subject = (tuple(dating) + (None,))[:4]
    d = Draft(figure, text, text[window[0]:figure.span[0]], text[figure.span[1]:window[1]],
              previous, before, own, base, subject, outside=outside, pointed=pointed,
              filer=other_names.filer_words(article.text, article.filer_names),
              parts=named_parts.part_words(article.text))
    _read_words(d)
    _read_level_reached(d, sentence.start)
    _refine_metric(d)
    _sign_value(d)
    _read_count_change(d)
    _read_coins(d)
    _read_change_of(d, periods)
    _read_period(d, periods, sentence.start)
    _read_entity(d, antecedent)
    if d.change:
        read_growth(d, antecedent)
        _read_pointed_rate(d)
        if d.metric is not None and (why := cq.against_adjusted(d.tail)):
            d.metric, d.row, d.unread_why = None, None, why  # "... or 19% against adjusted"
    _read_improved_statistic(d)
    read_part(d, antecedent)
    if count_scope.is_part_count(d.metric, d.differenced, d.entity, text, figure.span) or (
            count_scope.is_misnamed_count(d.metric, d.row, text, figure.span)) or (
            count_scope.is_unmeasured(d.metric, text, figure.span)) or (
            count_scope.is_headcount_part(d.metric, text, figure.span)) or (
            count_scope.is_misdated_count(d.metric, text, figure.span, d.period)):
        d.metric, d.row = None, None  # "US commercial customer count ... 221 customers"
    d.metric = other_company.own_metric(d.metric, d.head, d.tail)  # "rival Acme said ... 32%"
    # "Acme also reported $1.90 a share", Acme marked elsewhere as another company
    own = article.filer_names
    other = other_company.named_company(d.head, other_names.other_companies(article.text, own)) or (
        other_company.owned_by(d.head, other_names.possessive_owners(article.text, own))) or (
        (maker := other_company.made_by(d.tail))
        and other_names.foreign_name(maker, article.text, own))
    if other is not None:
        d.metric, d.row, d.unread_why = None, None, other_company.company_reason(other)
    elif (reporter := _reported_by_another(d, article.text, own)) is not None:
        d.metric, d.row, d.unread_why = None, None, other_company.reporter_reason(reporter)
    _subject_part(d)
    if figure_scope.scope_reason(text, figure.span):
        d.metric, d.row = None, None  # "the combined balance of cash and bitcoin", "for the month"
    return _as_claim(article, sentence, d)


def _read_pointed_rate(d: Draft) -> None:
    """"That comes on top of a rise of 4.1% for 2012": a change that names nothing of its
    own, pointing back at a rate the filer states (the sentence before's comparable sales
    growth), is that rate for its own period."""
    pointed = d.pointed
    if d.metric is None and pointed is not None and pointed.unit == d.unit == "percent" and (
            claims_pointed.points_back(d.head, d.tail)):
        d.metric, d.row = pointed.metric, find_metric(pointed.metric)
        d.basis, d.change = None, False


def _reported_by_another(d: Draft, text: str, own: tuple[str, ...]) -> str | None:
    """"Globex Rail reported revenue of $X" in a story on another railroad: a name that
    is no word of the filer opening the clause as a company's subject (other_company); a
    figure already read as a part's is left to that part."""
    reporter = other_company.reported_by(d.head) if d.entity is None else None
    return other_names.foreign_name(reporter, text, own) if reporter else None


def _read_improved_statistic(d: Draft) -> None:
    """"workforce productivity improved 9%": an operating statistic's growth, signed by its
    better way ("terminal dwell improved 7%" is a fall) (stat_improved)."""
    if d.unit != "percent" or d.metric not in (None, stat_improved.GROWTH):
        return
    same = d.previous is not None and d.previous.sentence == d.text
    grew = stat_improved.improved_statistic(d.behind, d.ahead, d.previous, same)
    if grew is None or d.metric is not None and d.basis != grew:
        return
    if d.metric is None:
        d.metric, d.row, d.basis = stat_improved.GROWTH, find_metric(stat_improved.GROWTH), grew
        d.period = cp.growth_period(d.ahead, d.period)
    d.value = stat_improved.signed(grew, d.figure.value)


def _subject_part(d: Draft) -> None:
    """"Its biggest segment, Retail Banking, earned $X": a part's figure, never the total's
    (part_subject): a metric stated by part takes the part, any other none."""
    if d.metric is None or d.entity is not None:
        return
    part = part_subject.subject_part(d.head)
    if part is None:
        return
    if getattr(find_metric(d.metric), "entity", None) == "segment":
        d.entity = part
    else:
        d.metric, d.row = None, None


def _read_words(d: Draft) -> None:
    """The metric the words nearest the figure name, and the cue that named it."""
    figure = d.figure
    d.metric, d.cue = cm.read_metric(figure, d.behind, d.ahead, d.head, d.previous)
    if figure.unit == "count" and (counts_another_noun(d.metric, d.cue, d.behind, d.ahead)
                                   or counts_newcomers(d.metric, d.ahead)):
        d.metric, d.cue = None, None  # "... and sold 6 million units", "19 million new members"
    if (income := bottom_line_named(figure, d.behind, d.tail)) is not None:
        d.metric, d.cue = "net_income", income  # "income was $X, or $Y per share"
    # "Services brought in $26.65 billion", "Wearables slipped 5%" (a verb's cue, no subject):
    # a part's revenue or its growth, in a sentence that names no metric
    if d.metric is None or figure.unit == "percent" and is_change(find_metric(d.metric)):
        d.earned = earning_part(d.head, d.text, figure.unit, d.tail) or (
            grown_part(d.head, d.tail) if figure.unit == "percent" else None)
    if d.earned is not None:
        d.metric = "revenue" if figure.unit == "USD" else "revenue_growth"
    if (rate := changes.points_base(figure, d.behind, d.previous)) is not None:
        d.metric, d.cue = rate, None  # "declined 13 basis points from 2.53 percent"
    if (figure.unit == "USD" and not changes.is_difference(d.ahead)
            and differs_after(d.tail)):
        # "$447 million (0.1 percent) higher than": a difference of what the words name, which
        # the rate in parentheses is the growth of
        d.metric, d.cue, d.differenced = None, None, d.metric
    if d.metric is None and d.pointed is not None and claims_pointed.points_back(d.head, d.tail):
        d.metric = d.pointed.metric  # "That's a drop from $1.8 billion": the figure before's


def _read_level_reached(d: Draft, sentence_start: int) -> None:
    """"sales dropped from $5.9 billion to $5.3 billion": the level a change reached is of the
    base's metric, whatever the words after it name ("..., while net income rose")."""
    previous = d.previous
    if previous is None or previous.sentence != d.text or previous.unit != d.figure.unit:
        return
    low = (previous.span[0] - sentence_start, previous.span[1] - sentence_start)
    if changed_from_to(d.text, low, d.figure.span, dated=True):
        if previous.metric is None and count_scope.is_unmeasured(d.metric, d.text, low):
            return  # a statistic's base left unread for its day ("from 11.5 EH/s"): the
            # level keeps the statistic its own words name
        d.metric, d.cue = previous.metric, None


def _refine_metric(d: Draft) -> None:
    """The unit, and the words that change what the metric is: a per-share amount, a range's
    end, an adjustment, an item of a total, the figure's own noun, an excluded item."""
    d.unit = d.figure.unit
    if d.metric in form.per_share_metrics() and d.unit == "USD":
        # a money amount with a scale word is no price per share: "at the IPO price the
        # company would be valued at about $215 million" (a biotech IPO brief) was compared
        # with the $11 offering price and drifted
        d.metric, d.unit = (None, d.unit) if d.figure.scale else (d.metric, "USD/share")
    metric = form.range_metric(d.metric, d.unit, d.figure.range_role)
    # "and 16% as reported": the figure's own words name its basis, whatever marks stand before
    metric = reported_growth(metric, d.tail) or cq.adjusted(metric, d.head, d.tail)
    metric = continuing_line(metric, d.behind, d.tail)  # "... per share from continuing operations"
    metric = item_of_total(metric, d.ahead, d.unit)  # "a $50 million restructuring charge"
    d.metric = head_noun.named_by_its_noun(metric, d.behind, d.ahead, d.unit)  # "a $X release of"
    d.metric = head_noun.reserve_movement(d.metric, d.behind, d.ahead, d.unit)  # "reserve release"
    d.metric = head_noun.before_tax(d.metric, d.tail)  # "earned $2.1 billion before taxes"
    d.item = adjustments.read_item(d.text, d.figure.span, d.unit)  # "excluding ... $137 million"
    if d.item is None:
        # "took a $900 million charge for ...", "$133 million in expenses related to the
        # early retirement of debt" (a line only named, such as debt, in its words)
        d.item = charge_claims.read_charge(d.text, d.figure.span, d.unit, d.metric)
    if d.item is not None:
        d.metric = d.item[0]
    d.row = find_metric(d.metric)


def _sign_value(d: Draft) -> None:
    """The figure's value, signed by the words around it."""
    previous = d.previous
    d.value = form.signed(d.figure.value, d.row, d.cue, d.ahead, d.behind)
    d.value = form.joined_rate_sign(d.value, d.cue, previous, d.metric,
                                     (d.behind, d.ahead), d.text)
    if (d.cue is None and d.base and previous is not None and previous.metric == d.metric
            and d.row is not None and d.row.sign_words and previous.value is not None
            and previous.value < 0 and d.value is not None and d.value > 0):
        # "cash used in operations of $322.6 million vs. $81.0 million": a comparison's base
        # that takes the figure's metric unnamed takes the words that signed it too
        d.value = -d.value


def _read_count_change(d: Draft) -> None:
    """A count added or lost: "added 3,100 customers"."""
    d.added = count_changes.read_count_change(d.figure, d.behind, d.ahead)
    if d.added is not None:
        d.metric, d.differenced, d.value = d.added
        d.unit = "count"
        d.figure = replace(d.figure, tolerance=count_changes.rounding_tolerance(d.figure))
        d.row = find_metric(d.metric)


def _read_coins(d: Draft) -> None:
    """A count of coins is the coins held or produced, as its verb says ("owned 12,538
    bitcoin"), whatever other cue the sentence holds."""
    if d.unit == "count" and d.added is None:
        coins, metric = count_scope.coin_metric(d.text, d.figure.span)
        if coins:
            d.metric, d.row = metric, find_metric(metric)


_OR_RESTATES = re.compile(r"^\s*,?\s*or\s+$")


def _read_period(d: Draft, periods: list[PeriodPhrase], start: int) -> None:
    """The figure's period: the phrase next to it, else one before it, else the one in force;
    shifted for a rate raised for the quarters ahead, inherited by a figure restating the one
    before."""
    figure, text, previous = d.figure, d.text, d.previous
    if cm.is_stated_at_a_moment(d.metric) and d.added is None and not (
            d.base and d.row is not None and d.row.is_balance):
        # a price or a share count takes no carried reporting period; a balance that is a
        # comparison's base is dated a year before the sentence's ("64,286 accounts over
        # 48,797 accounts reported last year")
        d.before, d.own = None, None
    if charge_claims.is_charge(d.item):  # a year its description names dates something else
        periods = charge_claims.outside_its_words(periods, d.item)
        if d.own is not None and charge_claims.inside_its_words(d.own, d.item):
            d.own = None
    d.change = is_change(d.row)
    moved = d.change or d.metric in (changes.POINTS, changes.DIFFERENCE)  # never by its base
    period = cp.pick_period(figure, periods, text, d.before, d.own, d.base and not moved, moved,
                            last=previous if previous is not None and previous.sentence == text
                            else None)
    d.assumed = period.label if d.base and not moved and cp.is_assumed_base(
        period, periods) else None
    if not moved and d.unit == "percent" and (d.metric or "").endswith("_growth") and (
            (rated := sc.rate_in(figure, periods, text)) is not None and rated.kind == "back"):
        period = rated  # a stated rate: "after a 5% rise in the prior year"
    if sc.is_raised_to(d.unit, d.head) and sc.is_quarter(period):
        # the next quarter's
        period = replace(period_math.shifted(period, quarters=1), kind="quarter")
    elif sc.is_raised_to(d.unit, d.head) and period is not None:
        period = _next_yearless(period)  # "an increased dividend of $0.26" in "the quarter"
    if previous is not None and previous.sentence == text and _OR_RESTATES.match(d.behind) and (
            previous.period_label and not moved):
        # "year-earlier earnings of $231 million, or 44 cents per share": the same period
        period = PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                              (0, 0), "inherited")
    if d.item is not None and not charge_claims.is_charge(d.item):
        # an excluded item is of the adjusted figure's period
        period = adjustments.item_period(period, figure.span, text, previous)
    # a change against the preceding quarter, its base and its level: dated by quarters
    d.period = bases.sequential_dating(moved, period, previous, text, figure.span,
                                       start) or period


def _read_entity(d: Draft, antecedent: Claim | None = None) -> None:
    """The entity the words name, and what the figure is measured of (its basis)."""
    entity, basis = read_entity(d.metric, d.behind, d.ahead, d.text, d.figure.text)
    if d.item is not None:
        entity, basis = d.item[1], None  # the excluded item's own words
    # "... to $1.32 billion and accounted for 24.7% of total revenues": that part's share
    entity = entity or shared_part(d.metric, d.head, d.previous, antecedent, d.text,
                                   d.ahead)
    d.entity, d.basis = entity, d.compared or basis or d.differenced
    if d.entity is None and cq.about_someone(d.metric, d.head) is None:
        d.metric, d.row = None, None  # "these models comprised 60% of revenue": no customer


def _as_claim(article: Article, sentence: ctx.Sentence, d: Draft) -> Claim:
    figure, period = d.figure, d.period
    start = sentence.start + figure.span[0]
    return Claim(
        claim_id=claim_id(article, (start, start + len(figure.text))),
        text=figure.text, sentence=d.text, span=(start, start + len(figure.text)),
        value=d.value, unit=d.unit, tolerance=figure.tolerance, metric=d.metric,
        period_label=period.label if period else None,
        period_start=period.start if period else None,
        period_end=period.end if period else None,
        entity=d.entity, basis=d.basis, qualifier=figure.qualifier, unread_why=d.unread_why,
        period_assumed=period is not None and period.label == d.assumed)


def _next_yearless(period: PeriodPhrase) -> PeriodPhrase:
    """The quarter after a yearless one (after a fourth, a quarter whose number is not said:
    its year would be the next one, which a yearless label cannot say)."""
    parts = period_math.undated_parts(period.label)
    if parts is None or parts.whole_year or not parts.quarter:
        return period
    if parts.quarter == 4:
        return period_math.undated_quarter(0, parts.back)
    return period_math.undated_quarter(parts.quarter + 1, parts.back)
