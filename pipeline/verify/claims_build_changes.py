"""What a figure's change is of, for ``build_claim``: a comparison's base (the metric of the
change before it), a change in points, a difference of two figures or of two periods, an
amount of change ("rose 23 percent, or 84 cents, to $4.52", "a $1.2 billion annual drop"),
and what each is about, read as steps over the ``Draft``.

Apart from ``claims_build`` (the order of the steps, and the metric, period and entity steps),
as ``claims_build_parts`` is, to keep it small.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import amount_changes
from pipeline.verify import change_bases as bases
from pipeline.verify import claims_changes as changes
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify.claims_change_words import YEAR_AGO_THAN, is_change
from pipeline.verify.cue_search import nearest_cue

if TYPE_CHECKING:
    from pipeline.verify.claims_build import Draft


def _read_change_of(d: Draft, periods: list[PeriodPhrase]) -> None:
    """What a base, a change in points or a difference is of."""
    d.changed = _changed_by(d.previous, d.text) if d.base else None
    if d.metric is None and d.changed and getattr(
            find_metric(d.changed), "unit", None) == d.unit:
        # "a decline of 4.9% compared to the $7.91 billion reported a year earlier": the
        # amount the change is measured from, of what the change is of
        d.metric = d.changed
        d.row = find_metric(d.metric)
    _read_moved(d)
    if d.metric is None and (between := changes.read_period_difference(
            d.figure, d.tail, cm.metric_named_before(d.behind, d.unit),
            bases.period_after_than(d.text, d.figure.span[1], periods))) is not None:
        d.metric, d.compared, d.value = between  # "$447 million higher than the fourth quarter"
        d.row = find_metric(d.metric)
    if d.metric == changes.DIFFERENCE and cq.adjusted_words(d.head, d.tail):
        # "adjusted revenue fell $281 million", "a decrease of $281 million (6%) under non-GAAP
        # accounting" (a trade paper on a software maker's quarter): the change of a measure
        # the filings do not state, never the reported line's
        d.metric, d.compared, d.row = None, None, None


def _read_moved(d: Draft) -> None:
    """A change in points, a difference, or an amount of change, and what it is about."""
    figure, behind, ahead = d.figure, d.behind, d.ahead
    if figure.is_points:
        d.metric, d.compared, d.value = changes.read_points(figure, behind, d.head, ahead,
                                                            d.previous)
        if cq.adjusted_words(d.head):
            d.metric, d.compared = None, None  # "Adjusted gross margin improved 2 points"
        d.row = find_metric(d.metric)
    elif changes.is_difference(ahead) and not (
            figure.unit == "percent" and YEAR_AGO_THAN.match(ahead)):  # (a growth rate)
        d.metric, d.compared, d.value = changes.read_difference(figure, ahead, d.subject)
        d.row = find_metric(d.metric)
    elif (restated := changes.read_restated_change(figure, behind, ahead,
                                                   d.previous)) is not None:
        d.metric, d.compared, d.value = restated  # "rose 23 percent, or 84 cents, to $4.52"
        d.row = find_metric(d.metric)
    elif (noun := amount_changes.noun_change(figure, behind, ahead, d.tail)) is not None:
        _read_noun_change(d, *noun)  # "a $1.2 billion annual drop"
    elif (amount := changes.read_amount_change(figure, behind, ahead, d.subject,
                                                         d.tail)) is not None:
        d.metric, d.compared, d.value = amount
        d.row = find_metric(d.metric)
        if d.metric is None and d.compared is None:  # what changed, for a rate restating it
            d.compared = cm.metric_named_before(behind, d.unit) or (  # ("by $5 billion, or 2%")
                (grown := changes.GROWTH_AFTER.match(ahead)) and cm.named_metric(
                    grown.group("what"), d.unit))  # "$1.3 billion in sales growth"
            if d.compared in changes.differenced() and (bases.compared_with(
                    d.text, *figure.span) in (bases.QUARTER, None) or changes.YEAR_AGO.match(
                        ahead)):
                # "grew sequentially by $5 billion", "fell $1.2 billion from a year earlier";
                # no base named: the verifier dates it, or says why not (amount_changes)
                d.metric = changes.DIFFERENCE
                d.row = find_metric(d.metric)


def _read_noun_change(d: Draft, value: Decimal, base: str | None) -> None:
    """A change its noun names after it: the difference of the metric the words name between
    its period and the base its words name; no metric when either is unnamed (never the
    metric's level)."""
    # the metric its subject names, or the one "in" after the noun ("a $5 million drop in
    # revenue"), never a cue further on ("..., while net income rose")
    after = nearest_cue(amount_changes.noun_object(d.ahead), d.unit, from_end=False)
    words = (cm.metric_named_before(d.behind, d.unit), after[0] if after else None)
    # (a change's noun after a figure leaves it no line of its own to claims_metric: then the
    # line is the one "in" after the noun names, or its subject's)
    guess = d.metric if d.metric is not None else next((m for m in words[::-1] if m), None)
    if _restates_level(d):
        words += (d.metric,)
    named = guess if guess in changes.differenced() and guess in words else None
    d.value, d.compared = value, named
    d.metric = changes.DIFFERENCE if named is not None else None  # its base: year_back
    d.row = find_metric(d.metric)




# "Compensation rose 33% to $17.7 billion for 2021, a whopping $4.4 billion increase" (a
# finance site on a bank's pay bill): the change set after the level by a comma, with no other
# line named between, is the change of that level's line
# (a participle may open it, and the amount be written "USD 0.2 billion": "..., marking a USD
# 0.2 billion (+2.7%) increase from 2024", a stock site's template of a software maker's year)
_AFTER_LEVEL = re.compile(r"^[^,;]{0,30},\s+(?:(?:marking|representing)\s+)?(?:a|an)\s+"
                          r"(?:[a-z]+\s+)?(?:(?:US)?\$|USD\s?)?$", re.I)


def _restates_level(d: Draft) -> bool:
    previous = d.previous
    return (d.metric is not None and previous is not None and previous.sentence == d.text
            and previous.metric == d.metric and previous.unit == d.unit
            and _AFTER_LEVEL.match(d.behind) is not None
            and nearest_cue(d.behind, d.unit, from_end=True) is None)


def _changed_by(previous: Claim | None, text: str) -> str | None:
    """The metric the sentence's previous figure is a change of, when that figure is a change
    written in the same sentence (a growth rate of revenue: revenue)."""
    if previous is None or previous.sentence != text:
        return None
    row = find_metric(previous.metric)
    if not is_change(row) or row.derivation is None:
        return None
    return previous.basis or row.derivation.inputs[0][0]
