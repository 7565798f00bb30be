"""The money unit a pipe table of the article states for its bare numbers.

    Financial indicator | Q2 2024 (US$ million) | Q2 2025 (US$ million) | Change |
    Revenue             | 90,753                | 95,359                | +5.1%  |
    Diluted EPS (US$)   | 1.53                  | 1.65                  | +7.8%  |

A bare number in a row ("90,753") is money only when the table says so: the header cell over
it, the header's label cell ("US$ m | 2024 | 2025") or a caption line just above the table, a
blank line between or not ("(in millions, except per-share amounts)"). It then takes that
scale; a row whose label names a per-share amount takes the currency without the scale (an EPS
of 1.53, not 1.53 million), and a row or column of rates ("Operating margin", "% change") is
no money at all (``excepted_unit``, which the flattened tables' readers share).
A caption that names no currency ("in millions") makes money only of a row whose label names a
money metric: a table of units or subscribers is counted in millions too. Anything else stays a
bare number, which is not checkable.

A row laid out with spaces, not pipes, may state its own scale in its label: "Revenue ($M)
$5,359 $6,550 Down 18%" (a wire copy of a chipmaker's release). Its dollar figures with no scale
word take the label's scale (read as $5,359, it was compared with the filed $5,359 million and
called drifted).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.scales import SCALE_WORDS
from pipeline.verify import claims_context as ctx
from pipeline.verify import claims_metric as cm
from pipeline.verify import claims_tables as tables
from pipeline.verify.claims_units import Figure, stated_tolerance
from pipeline.verify.durations import is_duration

_SCALE = r"(?P<scale>thousands?|millions?|billions?|mn|bn|m|b)\b"
# "US$ million", "$ in millions", "USD bn", "(US$m)"
_WITH_CURRENCY = re.compile(rf"(?:US\$|\$|\bUSD)\s*(?:in\s+)?{_SCALE}", re.I)
# "(in millions)", "in millions of dollars", "in millions of USD", "(dollars in millions)":
# currency named or not
_IN_SCALE = re.compile(r"\bin\s+(?P<scale>thousands|millions|billions)\b(?P<of>\s+of\s+"
                       r"(?:(?:U\.?S\.?\s+)?dollars|USD\b|US\$))?", re.I)
_DOLLARS = re.compile(r"\b(?:dollars|US\$|\$|USD)", re.I)
_PER_SHARE = re.compile(r"\bper\s+(?:diluted\s+|basic\s+)?share\b|\bEPS\b", re.I)
# a label's own scale: "($M)", "($ in millions)", "(US$ bn)", "(in millions)", "($000s)"
_LABEL_SCALE = re.compile(r"\((?:(?:US)?\$|USD)?\s*(?:in\s+)?(?P<scale>thousands|millions|billions|"
                          r"mm|mn|bn|m|b|k|000s?)(?:\s+of\s+(?:U\.?S\.?\s+)?dollars)?\)", re.I)
_LABEL_SCALES = {"mm": 6, "000": 3, "000s": 3, "k": 3}
_CAPTION_CHARS = 160  # a caption is a short line, not a paragraph that mentions millions
_CAPTION_BLANKS = 1  # blank lines between a table and its title
# a column or row of rates, never of money: "% change", "Operating margin", "Growth (%)",
# "Tax rate" (the header's "(dollars in millions)" excepts them, as it does per-share amounts)
_RATE_WORDS = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age)?\b|\bmargins?\b|\brates?\b|"
                         r"\bratios?\b|\bgrowth\b|\bchange\b|\bchg\b|\byoy\b|\by/y\b|"
                         r"\bbps\b|\bbasis\s+points\b|\byields?\b", re.I)


def stated_unit(cell: str) -> tuple[int, bool] | None:
    """(scale, whether a currency is named) when ``cell`` states a unit of millions or the
    like; else None."""
    found = _WITH_CURRENCY.search(cell)
    if found is not None:
        return SCALE_WORDS[found.group("scale").lower()], True
    found = _IN_SCALE.search(cell)
    if found is not None:
        return SCALE_WORDS[found.group("scale").lower()], bool(
            found.group("of") or _DOLLARS.search(cell[:found.start()]))
    return None


def _caption(text: str, sentence: ctx.Sentence) -> str:
    """The line just above the table the row belongs to, when it is no row itself: the table's
    title, which a blank line may part from the table ("Selected results (dollars in
    millions)", a blank line, then the table)."""
    blanks = 0
    for line in reversed(text[:sentence.start].split("\n")[:-1]):
        if tables.is_row(line):
            continue
        if not line.strip() and blanks < _CAPTION_BLANKS:
            blanks += 1
            continue
        return line if len(line) <= _CAPTION_CHARS else ""
    return ""


RATE = "rate"


def excepted_unit(label: str, header: str | None = "") -> str | None:
    """How a table's bare number is read when a money scale stands over it but its row or
    column is excepted ("(dollars in millions, except per share amounts)"): ``RATE`` for a
    rate (a margin, a change, a percentage: no money at all, said or not), "USD/share" for a
    per-share amount (the currency without the scale); None for money in the scale."""
    if _RATE_WORDS.search(header or "") or _RATE_WORDS.search(label):
        return RATE
    return "USD/share" if _PER_SHARE.search(label) else None


def table_unit(text: str, sentence: ctx.Sentence, offset: int,
               outer: bool) -> tuple[int, bool] | None:
    """(scale, currency named) the table states for the cell of ``sentence`` (a table row) at
    ``offset``: its header cell's, else the header's label cell's, else the caption's."""
    if not tables.is_row(sentence.text):
        return None
    header = tables.header_over(text, sentence, offset, outer)
    if header is None:
        return None  # the row label, or a row under no header
    for words in (header, tables.header_label(text, sentence, outer) or "",
                  _caption(text, sentence)):
        stated = stated_unit(words)
        if stated is not None:
            return stated
    return None


# a row label's own currency, with no scale: "EPS (Diluted, USD)", "Dividend per share ($)"
_LABEL_CURRENCY = re.compile(r"\([^()]*\b(?:USD|US\$|dollars)\)|\((?:US)?\$\)", re.I)


def label_unit(sentence: ctx.Sentence, outer: bool) -> tuple[str, int] | None:
    """(unit, scale) a table row's own label states for its bare cells: "Net Sales (USD
    Millions)" money in millions, "EPS (Diluted, USD)" a per-share amount (a generated report's
    key-metrics table on a device maker's quarter: its cells were bare numbers, not checkable);
    None when the label states no currency, or states a rate's."""
    if not tables.is_row(sentence.text):
        return None
    label = tables.row_label(sentence.text, outer)
    stated = stated_unit(label)
    if stated is not None and stated[1] and "%" not in label:
        # ("Gross Margin (USD Millions)": the money of a line a rate's word names)
        return ("USD/share", 0) if _PER_SHARE.search(label) else ("USD", stated[0])
    if excepted_unit(label) == RATE:
        return None
    if _LABEL_CURRENCY.search(label) and _PER_SHARE.search(label):
        return "USD/share", 0
    return None


def with_table_unit(text: str, sentence: ctx.Sentence, figure: Figure,
                    outer: bool) -> Figure:
    """``figure`` as money when it is a bare number under a table that states its unit, or in a
    row whose label states it."""
    if figure.unit is not None or figure.scale or is_duration(sentence.text, figure.span):
        return figure  # (nor is "155 minutes" money under a money caption: durations)
    if (own := label_unit(sentence, outer)) is not None:
        return _as_unit(figure, *own)
    stated = table_unit(text, sentence, figure.span[0], outer)
    if stated is None:
        return figure
    scale, currency = stated
    label = tables.row_label(sentence.text, outer)
    excepted = excepted_unit(label, tables.header_over(text, sentence, figure.span[0], outer))
    if excepted == RATE:
        return figure
    if excepted is not None:
        unit, scale = excepted, 0
    elif currency or cm.named_metric(label, "USD") is not None:
        unit = "USD"
    else:
        return figure
    return _as_unit(figure, unit, scale)


def _as_unit(figure: Figure, unit: str, scale: int) -> Figure:
    digits = figure.digits or figure.text
    value = figure.value.scaleb(scale)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # 90753000000, as the filings' values print
    return replace(figure, unit=unit, value=value, scale=scale,
                   tolerance=stated_tolerance(digits, scale, unit))


def with_label_scale(sentence_text: str, figure: Figure) -> Figure:
    """``figure`` scaled by its line's label when it is a dollar amount with no scale word of its
    own and the words before it on its line state one ("Revenue ($M) $5,359"), with no other
    figure between that label and it but the row's own dollar amounts."""
    if figure.unit != "USD" or figure.scale:
        return figure
    line = sentence_text[:figure.span[0]].rsplit("\n", 1)[-1]
    stated = list(_LABEL_SCALE.finditer(line))
    if not stated or re.search(r"\b(?:per\s+share|EPS)\b", line[stated[-1].end():], re.I):
        return figure
    word = stated[-1].group("scale").lower()
    scale = _LABEL_SCALES.get(word) or SCALE_WORDS.get(word)
    if not scale:
        return figure
    value = figure.value.scaleb(scale)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return replace(figure, value=value, scale=scale,
                   tolerance=stated_tolerance(figure.digits or figure.text, scale, "USD"))
