"""Tables a copy laid out with spaces, whose cells carry their own units: a header line of a stub
word, period columns and change columns, then rows of a label and one figure per column.

    Metric Q2 2022 Q2 2023 Change
    Revenue $6.55 billion  $5.36 billion (18%)
    Segment Q2 2023 Revenue Change YOY Change QOQ
    Data center $1.32 billion (11%) 2%

A figure's period is its column's, never the period in force (the header's first period, which
the sentence reader would carry to every cell, dated the later column's figures a year early).
A row is read as the table's only when its figures fit the columns in order (money or a share
amount under a period, a percentage under a change); otherwise it is left to the sentence reader
and its cells take no column. A column header may name the metric its period column holds
("Q2 2023 Revenue"): a row labelled by a name that is no metric ("Data center") under it is
that part's figure and its change column the part's growth, compared only with the filer's
part of that name (never the company's total); a row labelled "Total" is left unread. A
change column against the preceding quarter ("QOQ") is not recomputed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_qualifiers as cq
from pipeline.verify.claims_change_words import change_metrics
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_growth import growth_subject
from pipeline.verify.claims_segments import revenue_segment
from pipeline.verify.claims_tables import ESTIMATE_WORDS
from pipeline.verify.period_math import dated

# A change column's header: "Change", "% Change", "Change YOY", "YoY Change", "Growth", "Y/Y"
_CHANGE = re.compile(r"(?:%\s*)?(?:change|chg\.?|growth)(?:\s+(?P<after>yoy|y/y|qoq|q/q))?"
                     r"|(?P<alone>yoy|y/y|qoq|q/q)(?:\s+(?:%\s*)?(?:change|chg\.?|growth))?",
                     re.I)
_SEQUENTIAL = ("qoq", "q/q")
# The stub: what the header says the rows are ("Metric", "Segment", "($ in millions)")
_STUB = re.compile(r"^\s*[A-Za-z(][A-Za-z$ ()/&,-]{0,40}?\s+$")
_MAX_GAP_LINES = 4  # a note under a row ("Result flipped to a loss") may stand inside the table


@dataclass(frozen=True)
class Column:
    period: PeriodPhrase | None  # a period column's period
    change: str | None = None  # "year" or "quarter": a change column against that base
    metric_words: str = ""  # "Revenue" in "Q2 2023 Revenue"


def read_header(line: str) -> list[Column] | None:
    """The columns a header line names, in order, or None unless it is one."""
    if not line.strip() or re.search(r"[.:;!?]\s*$|\d[\d,]*\.\d|\$", line):
        return None
    periods = [p for p in ctx.find_periods(line) if p.end is not None]
    stub = line[:periods[0].span[0]] if periods else ""
    if not periods or stub.strip() and not _STUB.match(stub):
        return None  # (no stub at all: "Q2 2023 Q2 2022 Y/Y Q1 2023 Q/Q", a wire's copy)
    columns: list[Column] = []
    for k, period in enumerate(periods):
        columns.append(Column(period))
        stop = periods[k + 1].span[0] if k + 1 < len(periods) else len(line)
        rest = _changes(line[period.span[1]:stop], columns, k + 1 < len(periods))
        if rest is None:
            return None
    if len(columns) < 2 or not stub.strip() and not any(c.change for c in columns):
        return None  # a header of periods alone is claims_period_rows' (every column filled)
    return columns


def _changes(gap: str, columns: list[Column], between: bool) -> bool | None:
    """Read the words after a period column: change columns, or a metric naming that column
    ("Q2 2023 Revenue"); None when the words are anything else."""
    at, words = 0, gap.strip()
    first = True
    while at < len(words):
        found = _CHANGE.match(words, at)
        if found is None:
            if not first or between:
                return None
            metric = re.match(r"[A-Za-z][A-Za-z &-]*?(?=\s+(?:%\s*)?(?:change|chg|growth|yoy|"
                              r"y/y|qoq|q/q)\b|$)", words[at:], re.I)
            if metric is None:
                return None
            columns[-1] = Column(columns[-1].period, metric_words=metric.group(0).strip())
            at += metric.end()
        else:
            kind = (found.group("after") or found.group("alone") or "").lower()
            columns.append(Column(None, "quarter" if kind in _SEQUENTIAL else "year"))
            at = found.end()
        first = False
        while at < len(words) and words[at] == " ":
            at += 1
    return True


def _fits(figures: list[Figure], columns: list[Column]) -> bool:
    """Whether the figures fill the columns in order: an amount under a period, a percentage
    under a change; a trailing column may stay empty ("Flat", or no change printed)."""
    if not figures or len(figures) > len(columns):
        return False
    for figure, column in zip(figures, columns, strict=False):
        if column.period is not None and figure.unit not in ("USD", "USD/share", "percent"):
            return False
        if column.change is not None and figure.unit != "percent":
            return False
    return True


def _is_row_line(line: str) -> bool:
    return bool(re.match(r"^\s*[A-Za-z][^.:;!?]*?\s[-−($]?\$?\d", line)) and not re.search(
        r"[.:;!?]\s*$", line)


def header_of(text: str, start: int) -> list[Column] | None:
    """The columns of the spaced table the line starting at ``start`` is a row of."""
    lines = text[:start].split("\n")[:-1]
    gap = 0
    for line in reversed(lines[-12:]):
        columns = read_header(line)
        if columns is not None:
            return columns
        if _is_row_line(line) or not line.strip():
            continue
        gap += 1
        if gap > _MAX_GAP_LINES or len(line) > 80 or re.search(r"[.:;!?]\s*$", line):
            return None
    return None


def cell_columns(text: str, sentence: ctx.Sentence,
                 figures: list[Figure]) -> list[Column] | None:
    """Each figure's column when ``sentence`` is a whole line that is a row of a spaced table;
    [] for a row under such a header whose figures do not fit its columns; else None."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.strip() != sentence.text.strip() or not _is_row_line(line) or ctx.is_table_row(line):
        return None
    columns = header_of(text, line_start)
    if columns is None:
        return None
    placed = _placed(sentence.text, figures, columns)
    return placed if placed is not None and _fits(figures, placed) else []


# a cell that holds no figure: "Flat", "NM", "n/a", a dash ("Revenue $5,359 $6,550 Down 18%
# $5,353 Flat": without it, the next row's "44%" fell into the change column "Flat" holds)
_EMPTY_CELL = re.compile(r"(?<!\S)(?:flat|unch(?:anged)?|nm|n/m|n\.m\.|n/a|—|–|-)(?!\S)", re.I)


def _placed(row: str, figures: list[Figure], columns: list[Column]) -> list[Column] | None:
    """The column of each figure of ``row`` in order, an empty cell between two figures
    taking a column of its own; None when the figures overrun the columns."""
    placed: list[Column] = []
    at = 0
    for k, figure in enumerate(figures):
        if k:
            at += len(_EMPTY_CELL.findall(row[figures[k - 1].span[1]:figure.span[0]]))
        if at >= len(columns):
            return None
        placed.append(columns[at])
        at += 1
    return placed


def latest(columns: list[Column]) -> PeriodPhrase | None:
    """The latest period column: the one a change column leads to."""
    periods = [c.period for c in columns if c.period is not None and c.period.end is not None]
    return max(periods, key=lambda p: p.end) if periods else None


def in_brackets(text: str, span: tuple[int, int]) -> bool:
    """A cell written "(94%)": in a table's change column, a decrease."""
    opened = text[span[0]:span[1]].startswith("(") or text[:span[0]].rstrip().endswith("(")
    return opened and text[span[1]:].lstrip().startswith(")")


def apply_column(claim: Claim, index: int, columns: list[Column], label: str,
                 row_names_period: bool, bracketed: bool = False) -> Claim:
    """The claim of the ``index``-th figure of a row labelled ``label``, read by its column:
    its period, the metric a column names for a row that names a part, and a change column's
    growth (of the row's metric, or of the part's) into the latest period."""
    if not columns:  # a row the columns cannot place: no cell of it is pinned to a period
        return replace(claim, metric=None, basis=None)
    column = columns[index]
    part = _part_row(claim, label, columns)
    if column.period is not None:
        if part is not None:
            claim = replace(claim, metric=part[0], basis=None, entity=part[1])
        return claim if row_names_period else dated(claim, column.period)
    period = latest(columns)
    growth = next(iter(change_metrics()), None)
    grew = cq.adjusted(growth_subject(label, "", None)[1], label)
    if grew is None and part is not None:
        grew, claim = part[0], replace(claim, entity=part[1])
    if grew is not None and find_metric(grew).unit == "percent":
        grew = None  # a rate's row: its change column may be points or percent, unsaid
    if grew is not None and part is None and claim.entity is None and (
            find_metric(grew).entity == "segment"):
        # "Gaming Revenue $4.29B $3.76B $2.88B +49%" (a data site's table of a chipmaker's
        # quarter): the row's part, as its amounts are read, owns its change column too; read
        # as the company's growth, the part's 49% was compared with the total's 56%
        claim = replace(claim, entity=revenue_segment(label))
    if column.change != "year" or period is None or growth is None or grew is None:
        # a sequential change is not recomputed; a row whose label names no metric (a part of
        # the company under "Q2 2023 Revenue") is left unread: which filed line it is (the
        # part's label, or the filing's own tags for it) is not pinned by the layout alone
        return replace(claim, metric=None, basis=None)
    own = find_metric(growth).derivation.inputs[0]
    if bracketed and claim.value is not None and claim.value > 0:
        # "GAAP net income $447 million $27 million (94%)" (a Motley Fool table of AMD's Q2
        # 2023): the bracketed change is a fall; read as a rise of 94%, it drifted from -94%
        claim = replace(claim, value=-claim.value)
    return replace(dated(claim, period), metric=growth, basis=None if grew in own else grew)


# A row's label that names a part: words of a name, none a figure's ("Data center", "Client",
# "Asia Pacific"). A "Total" row is left unread: the parts' sum may leave out what no part
# holds (a segment table's operating income is before corporate costs), so it is not
# pinned to the company's line.
_PART_LABEL = re.compile(r"[A-Za-z][A-Za-z&'’.\-]*(?:\s+[A-Za-z&][A-Za-z&'’.\-]*){0,3}")
_TOTAL = re.compile(r"(?:total|sum|all)\b", re.I)


def _part_row(claim: Claim, label: str, columns: list[Column]) -> tuple[str, str | None] | None:
    """(metric, part) for a row of a table whose period column names a metric of parts
    ("Segment Q2 2023 Revenue Change YOY"): the row's label is the part. None when the row
    names a metric itself or a total, or the columns name no metric of parts."""
    named = {cm.named_metric(c.metric_words, "USD") for c in columns if c.metric_words}
    if len(named) != 1 or claim.metric is not None and claim.metric not in named:
        return None
    metric = next(iter(named))
    row = find_metric(metric)
    label = label.strip()
    if metric is None or row is None or row.entity != "segment" or row.unit != "USD":
        return None
    if not _PART_LABEL.fullmatch(label) or _TOTAL.match(label):
        return None
    if cm.named_metric(label, "USD") or cm.named_metric(label, "percent"):
        return None
    return metric, label


# A scorecard's header: a column of the reported figures and one of what analysts expected
# ("Metric Beat/Miss/Match Reported Value Analysts' Prediction", an investing site's recap
# of a bank's quarter): a row "Earnings Per Share Beat $X $Y" holds both, in the header's
# order, and the expected one is no filed figure (compared as one, it drifted)
_ACTUAL_COLUMN = re.compile(r"\b(?:reported|actual)\b", re.I)
_ESTIMATE_COLUMN = re.compile(rf"\b(?:analysts?['’]?\s+)?{ESTIMATE_WORDS}\b", re.I)


def estimate_cell(text: str, sentence: ctx.Sentence,
                  figures: list[Figure]) -> tuple[int, str] | None:
    """(the index of the figure under the estimate column, the header's words for it) when
    ``sentence`` is a row of two figures of one unit under a scorecard's header; else None."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if (line.strip() != sentence.text.strip() or not _is_row_line(line) or len(figures) != 2
            or figures[0].unit != figures[1].unit):
        return None
    header = _scorecard_header(text[:line_start].split("\n")[:-1])
    if header is None:
        return None
    actual, estimate = _ACTUAL_COLUMN.search(header), _ESTIMATE_COLUMN.search(header)
    return (0 if estimate.start() < actual.start() else 1), estimate.group(0)


def _scorecard_header(lines: list[str]) -> str | None:
    for line in reversed(lines[-8:]):
        if _is_row_line(line):
            continue
        if (line.strip() and not re.search(r"\d|[.:;!?]\s*$", line) and len(line) <= 100
                and _ACTUAL_COLUMN.search(line) and _ESTIMATE_COLUMN.search(line)):
            return line
        return None
    return None
