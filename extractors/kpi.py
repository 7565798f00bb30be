"""Key-metrics tables (statement kind ``kpi``): the scale a table's counts are printed in, and
the day a count at the end of a period is stated on.

A table's scale is usually its money figures'. A count shares it only when the caption says
so: Netflix's 10-K prints "(in thousands, except revenue per membership and percentages)"
above its paid memberships (301,626 thousand), GoPro's "(camera units and dollars in
thousands)" above its units shipped; Twilio's "(In thousands, except share, per share and
customer data)" and "(Unaudited, dollars in thousands)" print 64,286 active customer accounts in
full. A row label's own scale ("Paid memberships (in millions)") comes first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from core.metrics import find_metric
from core.scales import SCALE_WORDS
from extractors.periods import Period
from extractors.statements import LabelMatch, match_label, reads_by_section
from extractors.table_rank import unit_kind

# "in thousands", "Thousands" alone in a header cell (Union Pacific's carloads table)
_SCALE = re.compile(r"\b(?:in\s+)?(thousands|millions|billions)\b", re.I)
# what a scale is said of: "(camera units and dollars in thousands)", "($ in millions)"
_MONEY_ONLY = re.compile(r"(?:dollars|\$|amounts)\s*(?:are\s+)?(?:in\s+)?$", re.I)
_COUNTED = re.compile(r"\b(?:units|members(?:hips)?|subscribers|customers?|accounts|carloads|"
                      r"warehouses|stores|users|employees|deliveries|vehicles|counts?|data)\b",
                      re.I)


def count_scale(captions: list[str], label: str) -> int:
    """Powers of ten the row's count is printed in: its label's scale, else the captions' when
    they say it of counts too; 0 when nothing says so (a count printed in full)."""
    own = _SCALE.search(label)
    if own and "(" in label[:own.start()]:
        return SCALE_WORDS[own.group(1).lower()]
    for caption in captions:
        found = _SCALE.search(caption)
        if found is None:
            continue
        said_of = caption[:found.start()]
        clause = re.split(r"[(,;]", said_of)[-1]
        if _MONEY_ONLY.search(said_of) and not _COUNTED.search(clause):
            return 0  # "(dollars in thousands)": the money figures' scale only
        exception = caption[found.end():]
        if re.match(r"\s*,?\s*except\b", exception) and _counted_exception(exception):
            return 0  # "(In thousands, except ... customer data)"
        return SCALE_WORDS[found.group(1).lower()]
    return 0


def _counted_exception(exception: str) -> bool:
    """Whether an "except ..." clause names a count (not "revenue per membership")."""
    text = re.sub(r"\bper\s+(?:paying\s+)?\w+", "", exception.split(")")[0])
    return _COUNTED.search(text) is not None


def metric_period(metric: str, period: Period | None, instant: Period | None) -> Period | None:
    """The period a key metric's cell states: a count at the end of a period (``is_point``) is
    stated on the column's last day; any other metric needs the column's whole period."""
    row = find_metric(metric)
    if row is None or not row.is_point:
        return period if period is not None and period.start is not None else None
    if period is not None:
        return Period(None, period.end)
    return instant


def count_scaled(reading, captions: list[str]):
    """A table reading (``table_readings.Reading``) of a count with its cell written at the
    scale the captions or its label give counts (the table's own scale is its money figures')."""
    if unit_kind(reading) != "count":
        return reading
    exponent = count_scale(captions, reading.row.label)
    if not exponent:
        return reading
    number = reading.value.number
    value = number.value.scaleb(exponent)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    scaled = replace(number, value=value, decimals=number.decimals - exponent)
    return replace(reading, value=replace(reading.value, number=scaled))


# "AVERAGE LOANS" over U.S. Bancorp's table, a section "Average interest-earning assets" under
# Citizens' period-end block: figures averaged over the column's period
_AVERAGED = re.compile(r"\baverage", re.I)


def averaged_point(metric: str, captions: list[str], section: str) -> bool:
    """Whether a balance at a period's end (``is_point``: total loans, stores) is read from a
    table or block whose title or open section says its figures are averages over the period:
    an average is never the balance on the period's last day."""
    row = find_metric(metric)
    return row is not None and row.is_point and any(
        _AVERAGED.search(text) for text in [*captions, section])


def unaveraged_average(metric: str, label: str, captions: list[str], section: str) -> bool:
    """Whether an average over the period (every label of its row says "average": average
    loans) is read from a bare line ("Loans" under "ASSETS") of a table whose title, open
    section and label all leave averages unsaid: a period-end balance sheet's line."""
    return is_average(metric) and not any(
        _AVERAGED.search(text) for text in [*captions, section, label])


def is_average(metric: str | None) -> bool:
    """Whether a key metric is money averaged over its period: every label of its row opens
    on "average" ("Average loans", "Total average deposits"); a rate "on average equity" is no
    average of money."""
    row = find_metric(metric) if metric else None
    return row is not None and row.unit == "USD" and bool(row.labels) and all(
        _AVERAGE_LABEL.match(label.pattern) for label in row.labels)


_AVERAGE_LABEL = re.compile(r"(?:\(\?:total \)\?)?average\b")


_WORD = re.compile(r"[A-Za-z]{3}")
_DIGIT = re.compile(r"\d")
_FOOTNOTE_MARK = re.compile(r"\(\d\)")


@lru_cache(maxsize=4096)
def _may_title(caption: str) -> bool:
    """A caption without figures (a footnote mark "(2)" is no figure) may title a table's
    labels. Asked of every caption above every data row of a key-metrics table: cached."""
    return _WORD.search(caption) is not None \
        and _DIGIT.search(_FOOTNOTE_MARK.sub("", caption)) is None


def shifted_row(row, headers: list) -> bool:
    """Whether a key-data row's first figure stands left of every column header: the filer's
    markup moved that row's cells a column over (Citizens' Q4 2021 key-data table prints "NCO
    ratio" and "TBV/Share" one cell left of "4Q21 3Q21 4Q20"), so its figures would be read
    under the wrong periods. Such a row is not read."""
    starts = [cell.start for cells in headers for cell in cells]
    return bool(starts and row.values and row.values[0].end <= min(starts))


def titled_match(label: str, captions: list[str], kind: str) -> LabelMatch | None:
    """A key-metrics table's title may head its labels in a header cell ("Revenue Carloads
    Thousands" over Union Pacific's 10-K years, "Revenue carloads" beside its 10-Q's "Three
    months ended"): its "Total" is that metric's. The captions without figures are the
    candidate titles, the nearest first. A balance at a period's end is no match under an
    averaged title ("Total loans" under "AVERAGE LOANS" is average loans')."""
    if not reads_by_section(label, kind):  # each title reads it as none does: one look-up
        match = match_label(label, "", kind)
        return match if match is not None and not averaged_point(match.metric, captions, "") \
            else None
    titles = [title for title in reversed(captions) if _may_title(title)]
    for title in ["", *titles]:
        match = match_label(label, title, kind)
        if match is not None and not averaged_point(match.metric, captions, ""):
            return match
    return None


def is_kpi_flow(metric: str | None) -> bool:
    """A key metric over a period whose parts a table may print (carloads, a bank's average
    loans by category): a part's figure (entity "segment"), not a count at a period's end."""
    row = find_metric(metric)
    return row is not None and row.statement == "kpi" and not row.is_point \
        and row.unit in ("count", "USD") and row.entity == "segment"


def is_period_count(metric: str | None) -> bool:
    """A count over a period whose parts add up to it as revenue's do (carloads)."""
    row = find_metric(metric)
    return row is not None and row.unit == "count" and is_kpi_flow(metric)


def flow_metric(total, captions: list[str]) -> str | None:
    """The key metric a table's total line (``table_model.Row``) states under the table's
    title ("Total" under "Revenue carloads", "Total loans" under "AVERAGE LOANS"), if it is
    one whose parts a table may print."""
    found = titled_match(total.label, captions, "kpi")
    return found.metric if found is not None and is_kpi_flow(found.metric) else None
