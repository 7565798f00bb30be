"""The amounts a filing's prose sentences state, with what the echo check (``prose_echo``)
compares them by: the words of substance near each, the years and spans its sentence names for
it, the part it plays (a level, a change, a comparison's base), what a count counts, and the
words right before it where a registry line's cue may stand.

Split out of ``prose_echo``, which keeps the matching of an article's claim to these figures.
Tables are not read here (their cells are facts already; a row's digits under its label are no
sentence); sentences that are table rows printed as text are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.dates import MONTH_RE, MONTHS
from core.scales import SCALE_WORDS
from pipeline.verify import prose_context as ctx
from pipeline.verify.echo_counts import count_noun
from pipeline.verify.echo_words import echo_word
from pipeline.verify.prose_scale import in_thousands, per_something

ECHO_UNITS = ("USD", "USD/share", "count")
_WINDOW = 8
_YEAR_BEFORE, _YEAR_AFTER = 3, 4  # words: the year a figure is "in" or "for"
_LEAD = 80  # characters before a figure where the line it states is named
# A sentence with more figures than this is a table row printed as text, not prose.
MAX_FIGURES = 6

_MONEY = re.compile(r"\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|billion|"
                    r"trillion)\b)?")
# A per-share amount written in cents: "an increase of 10 cents per share" (a bank's release on
# its dividend), "a 10 cent per share increase"; never a dollar figure's ("$1.25 cents").
_CENTS = re.compile(r"(?<![\w$.,])(\d{1,3}(?:\.\d+)?)[\s-]cents?(?=\s+(?:per|a)\s+"
                    r"(?:(?:basic|diluted|common)\s+)?share\b)", re.I)
# A number no currency sign, percent sign or date makes anything but a count.
_COUNT = re.compile(r"(?<![\w$.,/-])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s+(thousand|million|"
                    r"billion)\b)?(?![\d%])(?!\s*(?:%|percent|per\s?cent|cents?\b))(?![/.,:-]\w)",
                    re.I)
_DATE_BEFORE = re.compile(rf"(?:{MONTH_RE}|note|item|part|page|section|fiscal|"
                          r"quarter|q[1-4]|no\.)\s*$", re.I)
_PER_SHARE = re.compile(r"\s*(?:per|a|for\s+each)\s+(?:(?:basic|diluted|common|ordinary)\s+)*"
                        r"(?:share|unit)\b", re.I)
# Two amounts with nothing but signs between them are a table's cells printed as text.
_TABLE_ROW = re.compile(r"\$\s?\(?\d[\d,.]*\s?\)?\s*\$\s?\(?\d")
_ANY_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
# Words too common in financial prose to tell one figure from another.
COMMON_WORDS = frozenset("""
the and for with from that this these those than then over under into onto upon about also
which while during their they them our ours its his her has have had was were are been being
will would could should may might shall must can per cent percent percentage thousand million
billion trillion approximately around nearly almost roughly total totaled totalled compared
year years quarter quarters month months week weeks fiscal first second third fourth half
ended ending period periods prior previous same last current company company's companies
increase increased increases decrease decreased decreases rose fell grew up down higher lower
including included includes primarily mainly driven due result resulted results reflecting
other such each both more less amount amounts
""".split()) | frozenset(MONTHS)


@dataclass(frozen=True)
class ProseFigure:
    """One amount a filing's sentence states, with the words around it."""

    value: Decimal
    unit: str  # "USD", "USD/share" or "count"
    sentence: str
    span: tuple[int, int]  # the sentence's span in the document's visible text
    words: frozenset[str]  # words of substance within _WINDOW words of the figure
    years: frozenset[str]  # years named within the same window (or its place in a list)
    role: str  # prose_context.figure_role: "level", "change", "base", "ceiling", "range"
    months: frozenset[int] = frozenset()  # the spans its sentence names for it, in months
    prior: bool = False  # its clause puts it in the period before ("prior-year ... $X")
    noun: frozenset[str] = frozenset()  # a count's: the words of substance just after it
    quarter: ctx.Quarter | None = None  # the quarter its sentence names for it (by number)
    lead: str = ""  # the words between the sentence's previous figure and this one


@dataclass(frozen=True)
class ProseDocument:
    """A filing document's prose figures and where to point a reader."""

    accession: str
    form: str
    filed_date: date | None
    document_url: str
    period_end: date | None  # the period end most of its facts are for: the period it reports
    figures: tuple[ProseFigure, ...]


def read_prose_figures(sentences) -> tuple[ProseFigure, ...]:
    """The amounts stated in prose sentences (``extractors.sentences.Sentence``); sentences
    that are table rows (cells between tabs, amounts side by side, or many figures) are
    skipped."""
    out, thousands = [], False
    for sentence in sentences:
        text = sentence.text
        thousands = in_thousands(text, thousands)  # (``prose_scale``)
        if "\t" in text or _figure_count(text) > MAX_FIGURES or _TABLE_ROW.search(text):
            continue
        found = [(m.span(), _figure(text, m, thousands)) for m in _MONEY.finditer(text)]
        found += [(m.span(), (Decimal(m.group(1)).scaleb(-2), "USD/share"))
                  for m in _CENTS.finditer(text)]
        found.sort(key=lambda hit: hit[0])
        found += [(m.span(), (value, "count")) for m in _COUNT.finditer(text)
                  if (value := _count(text, m)) is not None]
        for unit in ECHO_UNITS:
            out += _figures_of(sentence, unit, [(span, value) for span, (value, u) in found
                                                if u == unit])
    return tuple(out)


def _figures_of(sentence, unit: str, found: list) -> list[ProseFigure]:
    # (one kind of figure of one sentence: a "respectively" list pairs within its kind)
    text = sentence.text
    spans = [span for span, _ in found]
    out = []
    for (span, value), years, listed, months in zip(found, ctx.respective_years(text, spans),
                                                    ctx.listed_years(text, spans),
                                                    ctx.months_named(text, spans), strict=True):
        # (a list that does not pair its years, or a figure under a modal verb, states no one
        # period's fact)
        if years is None or ctx.is_modal(text, span):
            continue
        role = ctx.figure_role(text, span)
        if role == "change":  # (signed as the article's change is)
            value *= ctx.change_sign(text, span)
        quarter = ctx.named_quarter(text, span)
        out.append(ProseFigure(value, unit, " ".join(text.split()),
                               (sentence.start, sentence.end), near_words(text, span),
                               years or listed or near_years(text, span)
                               or ctx.lead_years(text, span) or ctx.ended_year(text, span)
                               or _year_of(quarter), role, months,
                               ctx.names_prior(text, span), count_noun(text, span, COMMON_WORDS),
                               quarter, _lead(text, span)))
    return out


def _lead(text: str, span: tuple[int, int]) -> str:
    # (the words a registry cue may stand in before the figure: "Net new <Segment>
    # Annualized Recurring Revenue ("ARR") was", never those of a figure before it)
    before = text[max(0, span[0] - _LEAD):span[0]]
    figures = list(_ANY_FIGURE.finditer(before))
    return " ".join(before[figures[-1].end() if figures else 0:].split())


def _year_of(quarter: ctx.Quarter | None) -> frozenset[str]:
    # (a quarter named with its year dates its figure: "during fourth quarter 2021")
    return frozenset({str(quarter[1])}) if quarter and quarter[1] else frozenset()


def _count(text: str, m: re.Match) -> Decimal | None:
    whole, fraction, scale = m.groups()
    if ctx.YEAR.fullmatch(whole) or _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    value = Decimal(whole.replace(",", "") + (fraction or ""))
    if fraction and not scale:  # (a decimal with no scale word is a measure, not a count)
        return None
    return value.scaleb(SCALE_WORDS[scale.lower()]) if scale else value


def _figure_count(text: str) -> int:
    # (years are no figures: "$32.8 billion and $31.7 billion for the second quarter of 2025
    # and 2024, respectively, and ..." is one sentence of a railroad's 10-Q)
    return sum(1 for m in _ANY_FIGURE.finditer(text) if not ctx.YEAR.fullmatch(m.group()))


def _figure(text: str, m: re.Match, thousands: bool = False) -> tuple[Decimal, str]:
    whole, fraction, scale = m.groups()
    value = Decimal(whole.replace(",", "") + (fraction or ""))
    if scale:
        return value.scaleb(SCALE_WORDS[scale.lower()]), "USD"
    if _PER_SHARE.match(text, m.end()):
        return value, "USD/share"
    return (value.scaleb(3) if thousands and not per_something(text, m.end()) else value), "USD"


def _window(text: str, span: tuple[int, int]) -> list[str]:
    return (_WORD.findall(text, 0, span[0])[-_WINDOW:] + _WORD.findall(text, span[1])[:_WINDOW])


def near_words(text: str, span: tuple[int, int]) -> frozenset[str]:
    # (a word of a family of one act counts as the family: ``echo_words``)
    return frozenset(echo_word(w.lower()) for w in _window(text, span)
                     if len(w) >= 4 and w.lower() not in COMMON_WORDS)


def near_years(text: str, span: tuple[int, int]) -> frozenset[str]:
    # (a year a few words off is another figure's: "by 17% compared to 2010, to 152 average
    # active communities, and spent $437 million", a homebuilder's 10-K)
    before = " ".join(text[max(0, span[0] - 40):span[0]].split()[-_YEAR_BEFORE:])
    after = " ".join(text[span[1]:span[1] + 40].split()[:_YEAR_AFTER])
    return frozenset(ctx.YEAR.findall(before + " " + after))
