"""A list under a heading that names the metric (and often the period) of its items:

    Fiscal 2024 sales by region
    - <Region one> - $17.4 billion
    - <Region two>: $4.8 billion

    Operating profit (2023)
    * <Segment>: $950 million

(a layout recaps use for a line by part or a period's results: each item names only a part
or a date, so the sentence reader found no metric, and a heading with no colon dated nothing:
the items came out unverifiable, or dated by the headline's year). The heading is a short line
with no figure of its own that names a metric or a period, and the items are the bulleted (or
"<label> - <figure>") lines right under it, up to a line of prose or another heading.

- Period: the heading is a list's heading, as one ending in a colon is (``ListScope``): the
  period it names is in force for the items, and only to the list's end; an item naming its
  own year keeps it.
- Metric: an item's first money figure that the sentence reader left unnamed takes the
  heading's metric when the item's label names no metric of its own; a label that names
  anything but a period or a qualifier ("Prior year", "GAAP") is the part the figure belongs
  to, so the figure is never compared with the company's total (a metric that no filing
  states by part is left as it was); a bulleted sentence ("- The firm set aside $X") is no
  label.
- Scale: a money amount written without a scale word ("$650") under a heading that states one
  ("(dollars in millions)") takes it, as a table's cells do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_context as ctx
from pipeline.verify.claims_bullets import BULLET_MARK, LINE_WORDS
from pipeline.verify.claims_metric import named_metric
from pipeline.verify.claims_table_units import excepted_unit, stated_unit
from pipeline.verify.claims_units import find_figures, stated_tolerance

_ITEM, _BLANK = "item", "blank"  # kinds of line
_HEADING_LENGTH = 80  # a heading is a short line, never a paragraph
_MAX_ITEMS = 12  # item lines a heading governs
_BULLET = re.compile(rf"^{BULLET_MARK}(?=\S)")
# an item with no mark: "<Region> - $17.4 billion", "<Segment>: $950 million" (a short label of
# words, then a dash or a colon, then the figure)
_PLAIN_ITEM = re.compile(r"^[ \t]*[A-Za-z][\w&.,'’()/ ]{0,40}?(?::|[ \t][-\u2013\u2014])[ \t]*"
                         r"(?=[-+\u2212]?(?:US)?[$€£]?\d)")
# a heading's dressing: Markdown's hashes and bold marks (blanked to spaces by the reader)
_DRESSING = re.compile(r"^[ \t#*_]+|[ \t*_:]+$")
# between an item's mark and its first figure: the label, then its separator
_SEPARATOR = re.compile(r"[\s:\-\u2013\u2014=]+$")
_PER_UNIT = re.compile(r"\bper\b|\baverage\b|\bprices?\b", re.I)  # never in millions
_MONEY = ("USD", "USD/share")  # the units whose figures a heading's metric names
_LABEL_WORDS = 6  # an item's label: "United States and Canada -"
_BARE_LABEL_WORDS = 4  # one with no colon or dash before its figure
# words a sentence opens with, never a label
_OPENERS = frozenset("the a an it its we our their this that they he she".split())
_YEAR = re.compile(r"(?:fy|q[1-4])?'?\d{2,4}")


@dataclass(frozen=True)
class ListHead:
    """A heading over a list: its words, and the money scale it states (a power of ten)."""

    words: str
    scale: int | None


def _lines(text: str):
    """(start, line) of every line of ``text``."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _is_item(line: str) -> bool:
    return bool(_BULLET.match(line) or _PLAIN_ITEM.match(line))


def _heading(line: str) -> str | None:
    """The words of ``line`` when it can head a list: short, no figure of its own (a year is
    no figure), naming a metric or a period; else None."""
    words = _DRESSING.sub("", line)
    if (not words or len(words) > _HEADING_LENGTH or _is_item(line) or ctx.is_table_row(line)
            or words.endswith(".") or find_figures(words)):
        return None
    if named_metric(words, "USD") is None and not ctx.find_periods(words):
        return None
    return words


def _lists(text: str) -> list[tuple[int, ListHead, list[tuple[int, int]]]]:
    """(heading start, heading, [(start, end) of each item line]) of every list under a
    heading."""
    found = []
    lines = list(_lines(text))
    kinds = [_ITEM if _is_item(line) else _BLANK if not line.strip() else "" for _, line in lines]
    i = 0
    while i < len(lines):
        start, line = lines[i]
        i += 1
        # (the items first: reading every line of a long article as a heading is slow)
        items = _items(lines, kinds, i) if kinds[i - 1] != _ITEM else []
        words = _heading(line) if items else None
        if words is None:
            continue
        stated = stated_unit(words)
        # the heading's sentence starts at its first character, as the sentence reader's does
        start += len(line) - len(line.lstrip())
        found.append((start, ListHead(words, stated[0] if stated else None), items))
    return found  # (an item line heads no list: the loop passes over them)


def _items(lines: list[tuple[int, str]], kinds: list[str], i: int) -> list[tuple[int, int]]:
    """(start, end) of the item lines from line ``i`` on (``kinds``: each line's, item or
    blank): a blank line ends them only when prose follows it."""
    items: list[tuple[int, int]] = []
    while i < len(lines) and len(items) < _MAX_ITEMS and kinds[i] != "":
        at, item = lines[i]
        if kinds[i] == _ITEM:
            items.append((at, at + len(item)))
        i += 1
    return items


class ListScope:
    """Which lines head a list (list headings as a line ending in a colon is one, whatever
    ends them), and the period such a heading puts in force, which lasts to its list's end:
    the prose after "Revenue (2023)" and its items is the article's period again, not the
    heading's. (A heading ending in a colon keeps the period in force after its list, as it
    did before this reader: its lead-in is often the article's own, "... these fourth-quarter
    records:".)"""

    def __init__(self, text: str) -> None:
        self.ends = {start: spans[-1][1] for start, _, spans in _lists(text)}
        self.until: int | None = None  # where the list whose period is in force ends
        self.base: PeriodPhrase | None = None  # the period in force before its heading
        self.set: PeriodPhrase | None = None  # the period its heading put in force

    def heads(self, start: int) -> bool:
        return start in self.ends

    def before(self, start: int, context: PeriodPhrase | None) -> PeriodPhrase | None:
        """The period in force at a sentence starting at ``start``: the one before the
        heading once its list is over and the heading's period is still in force."""
        if self.until is None or start < self.until:
            return context
        self.until = None
        return self.base if _same(context, self.set) else context

    def after(self, sentence: ctx.Sentence, before: PeriodPhrase | None,
              after: PeriodPhrase | None) -> None:
        if (sentence.start in self.ends and not sentence.text.rstrip().endswith(":")
                and not _same(before, after)):
            self.until, self.base, self.set = self.ends[sentence.start], before, after


def _same(one: PeriodPhrase | None, other: PeriodPhrase | None) -> bool:
    if one is None or other is None:
        return one is other
    return (one.label, one.start, one.end) == (other.label, other.start, other.end)


def read_list_heads(text: str, claims: list[Claim]) -> list[Claim]:
    """The claims, each item's unnamed first figure named by its list's heading."""
    items = {span: head for _, head, spans in _lists(text) for span in spans}
    if not items:
        return claims
    out = []
    for claim in claims:
        line = next(((span, head) for span, head in items.items()
                     if span[0] <= claim.span[0] < span[1]), None)
        out.append(claim if line is None else _named(text, claim, *line))
    return out


def _named(text: str, claim: Claim, span: tuple[int, int], head: ListHead) -> Claim:
    line = text[span[0]:span[1]]
    mark = _BULLET.match(line)
    before = line[mark.end() if mark else 0:claim.span[0] - span[0]]
    if find_figures(before) or claim.value is None or claim.not_checkable_reason or \
            claim.unread_why:
        return claim  # (a figure after the item's first: a base, a change, an aside)
    claim = _scaled(claim, head, before)
    if claim.metric is not None or claim.unit not in _MONEY:
        return claim  # (a bare rate under "Sales by region" may be a share as well as growth)
    metric = named_metric(head.words, claim.unit)
    label = _undated(_SEPARATOR.sub("", before)).strip(" \t*")
    if metric is None or (label and named_metric(label, claim.unit) is not None):
        return claim  # the heading names no line of this unit, or the item names its own
    if not _label_shaped(label, before):
        return claim  # "- The firm earned $X": a sentence, read as the sentence reader read it
    if _only_dates(label):
        return replace(claim, metric=metric)
    row = find_metric(metric)
    if row is None or row.entity != "segment":
        return claim  # no filing states this line by part: the part's figure stays unread
    return replace(claim, metric=metric, entity=label)


def _label_shaped(label: str, before: str) -> bool:
    """Whether an item's words before its figure are a label ("<Region> -", "Prior year:",
    "<Segment>"), not the opening of a sentence ("The firm earned")."""
    words = label.split()
    if not words:
        return True
    tail = _SEPARATOR.search(before)
    separated = tail is not None and bool(re.search(r"[:=\-\u2013\u2014]", tail.group(0)))
    return (len(words) <= (_LABEL_WORDS if separated else _BARE_LABEL_WORDS)
            and words[0].lower() not in _OPENERS)


def _undated(label: str) -> str:
    """An item's label without the period it names ("<Region> in 2023": the region; the
    sentence reader dated the figure by it)."""
    for period in sorted(ctx.find_periods(label), key=lambda p: -p.span[0]):
        head = re.sub(r"\b(?:in|for|during|of)\s*$", "", label[:period.span[0]].rstrip(),
                      flags=re.I)
        label = head + label[period.span[1]:]
    return label


def _only_dates(label: str) -> bool:
    """Whether an item's label only dates or qualifies the heading's line ("", "Prior year",
    "FY2023", "GAAP")."""
    words = re.findall(r"[a-z0-9/']+", label.lower())
    return all(w in LINE_WORDS or _YEAR.fullmatch(w) for w in words)


def _scaled(claim: Claim, head: ListHead, before: str) -> Claim:
    """A dollar amount with no scale word under a heading that states a money scale, scaled;
    never an item the scale excepts ("- Revenue per member: $11.70")."""
    if (not head.scale or claim.unit != "USD" or excepted_unit(before) is not None
            or _PER_UNIT.search(before)):
        return claim
    figures = find_figures(claim.text)
    if len(figures) != 1 or figures[0].scale:
        return claim
    value = claim.value.scaleb(head.scale)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return replace(claim, value=value, tolerance=stated_tolerance(
        figures[0].digits or figures[0].text, head.scale, "USD"))
