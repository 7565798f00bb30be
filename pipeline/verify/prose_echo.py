"""An amount the article quotes in the words the filing itself states it with.

Journalists copy the filer's prose: "a $55 million crew staffing agreement charge", "an $898
million increase in advertising costs", "$438 million of cash on hand", "a $180 million release
of previously reserved inventory". None of these is a line of the registry, so the claim side
reads no metric (or one no filed fact covers) and the figure came out unverifiable, though the
filing states it in a sentence a reader can be pointed to. Here such a claim is checked against
the filing's own sentences:

- only an amount of money, a per-share amount or a count of ten or more ("152 average active
  communities"); a percentage is too easily equal by chance (a rate of one line and another's,
  tried over every document of the dev corpus, matched wrongly about one time in three);
- the filing's figure, rounded to the article's precision, is the article's figure;
- at least two words of substance stand near the figure on both sides (within ``_WINDOW`` words:
  "crew", "staffing"; never "the", "million" or a period word), so a coincidence of digits under
  other words is no echo;
- both figures play the same part in their sentences: a comparison's base ("compared to $336
  million in 2010", "from $X a year earlier") echoes only a base, a change ("an $898 million
  increase in advertising costs", "increased $1.0 billion") only a change;
- the period agrees: a figure of the document's own reporting period, or of a year both windows
  name ("compared to 2010"); an article's figure of another period than the document reports is
  no echo of it;
- what else the sentence says of the figure (``prose_context``): its part (a level, a signed
  change, a ceiling, a range's end), its mood (a modal verb makes it no fact), its place in a
  "respectively" list, the span in months it names and a prior period its clause names agree
  with the article's; a count counts the same thing (a word after it shared); a bound or a
  figure of one significant digit is held as the verifier holds it.

Only support: the words are the filing's but the line is not a registry line, so a figure that
echoes nothing stays as it was (never drifted on words alone). Tables are not read here (their
cells are facts already; a row's digits under its label are no sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from core.dates import MONTH_RE, MONTHS
from core.scales import SCALE_WORDS
from core.verdicts import Evidence, Verification
from pipeline.verify import prose_context as ctx
from pipeline.verify.echo_words import echo_word
from pipeline.verify.period_math import undated_months
from pipeline.verify.tolerance import fits

# A figure may be echoed only from a claim the verifier left unverifiable for want of a filed
# line: the gaps (``core.verdicts.GAPS``) the steps that found the want name
ECHO_GAPS = ("no_metric", "not_filed", "no_period", "charge", "item", "change")
ECHO_UNITS = ("USD", "USD/share", "count")
QUARTER_MONTHS = 3
MIN_COUNT = 10  # a smaller count is equal by chance too often
_WINDOW = 8
_YEAR_BEFORE, _YEAR_AFTER = 3, 4  # words: the year a figure is "in" or "for"
MIN_SHARED_WORDS = 2
_NOUN_WORDS = 3  # words after a count that name what it counts
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
_COMMON = frozenset("""
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
    out = []
    for sentence in sentences:
        text = sentence.text
        if "\t" in text or _figure_count(text) > MAX_FIGURES or _TABLE_ROW.search(text):
            continue
        found = [(m.span(), _figure(text, m)) for m in _MONEY.finditer(text)]
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
                               (sentence.start, sentence.end), _near_words(text, span),
                               years or listed or _near_years(text, span)
                               or ctx.lead_years(text, span) or ctx.ended_year(text, span)
                               or _year_of(quarter), role, months,
                               ctx.names_prior(text, span), _noun(text, span), quarter))
    return out


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


def _figure(text: str, m: re.Match) -> tuple[Decimal, str]:
    whole, fraction, scale = m.groups()
    value = Decimal(whole.replace(",", "") + (fraction or ""))
    if scale:
        return value.scaleb(SCALE_WORDS[scale.lower()]), "USD"
    return value, "USD/share" if _PER_SHARE.match(text, m.end()) else "USD"


def _window(text: str, span: tuple[int, int]) -> list[str]:
    return (_WORD.findall(text, 0, span[0])[-_WINDOW:] + _WORD.findall(text, span[1])[:_WINDOW])


def _near_words(text: str, span: tuple[int, int]) -> frozenset[str]:
    # (a word of a family of one act counts as the family: ``echo_words``)
    return frozenset(echo_word(w.lower()) for w in _window(text, span)
                     if len(w) >= 4 and w.lower() not in _COMMON)


# Words that end the noun phrase after a count: "445 retail stores across 42 states" counts
# stores, never "across"
_PHRASE_ENDS = frozenset("""in across at of for and or with to from on by as that which who
were was is are had have has over under into within throughout""".split())
_PHRASE = re.compile(r"\s*([A-Za-z][A-Za-z'\-]*)")


def _noun(text: str, span: tuple[int, int]) -> frozenset[str]:
    # (what a count counts: "445 retail stores" is no "445 employees" however many other
    # words their sentences share)
    words, at = [], span[1]
    while len(words) < _NOUN_WORDS and (m := _PHRASE.match(text, at)):
        if m.group(1).lower() in _PHRASE_ENDS:
            break
        words.append(m.group(1).lower())
        at = m.end()
    return frozenset(w for w in words if len(w) >= 3 and w not in _COMMON)


def _near_years(text: str, span: tuple[int, int]) -> frozenset[str]:
    # (a year a few words off is another figure's: "by 17% compared to 2010, to 152 average
    # active communities, and spent $437 million", a homebuilder's 10-K)
    before = " ".join(text[max(0, span[0] - 40):span[0]].split()[-_YEAR_BEFORE:])
    after = " ".join(text[span[1]:span[1] + 40].split()[:_YEAR_AFTER])
    return frozenset(ctx.YEAR.findall(before + " " + after))


def echo(verification: Verification, documents: list[ProseDocument],
         reporting: frozenset[str] = frozenset(), facts: tuple = ()) -> Verification:
    """``verification`` supported by the one amount the filings' prose states in the article's
    words, when it was left unverifiable for want of a filed line; otherwise unchanged.
    ``reporting``: the accessions whose own period is the claim's as the verifier matches
    periods (a filer's fiscal quarter named by its label: ``period_fit.documents_reporting``).
    ``facts``: the stored facts, which may read the echoed figure as a line of its own
    (``_read_as_another``)."""
    claim = verification.claim
    if not may_echo(verification):
        return verification
    span = (claim.sentence_at, claim.sentence_at + len(claim.text))
    # (the claim's own words count: "$4.65 per diluted share" is one figure on the claim side,
    # a figure and the words after it on the filing's)
    words = _near_words(claim.sentence, span) | _near_words(claim.text, (0, 0))
    years = _near_years(claim.sentence, span)
    role = ctx.figure_role(claim.sentence, span)
    if role == "change":
        # signed by its own words, as the filing's change is ("a reduction of $4 billion in
        # sales", a tech site on a chipmaker's quarter, is the filing's "$4.0 billion
        # reduction": the claim side signs only "fell $X" and "a $X reduction")
        claim = replace(claim, value=abs(claim.value) * ctx.change_sign(claim.sentence, span))
    # (a yearless quarter's span is known though its dates are not)
    months = (ctx.claim_months(claim.period_start, claim.period_end)
              or undated_months(claim.period_label))
    prior = ctx.names_prior(claim.sentence, span)
    noun = _noun(claim.sentence, span) | _noun(claim.text, (0, 0))
    alike = [(len(words & f.words), doc, f) for doc in documents for f in doc.figures
             if f.unit == claim.unit and len(words & f.words) >= MIN_SHARED_WORDS
             and f.role == role and f.prior == prior and (claim.unit != "count" or noun & f.noun)
             and _same_period(claim, years, doc, f, doc.accession in reporting)
             and not (months and f.months and months not in f.months)
             and not (months == QUARTER_MONTHS and _year_alone(f))
             and not ctx.other_quarter(claim.period_label, f.quarter)]
    found = [hit for hit in alike if _equal(claim, hit[2].value)]
    if not found or len({f.value for _, _, f in found}) != 1 or _rivalled(claim, found, alike):
        return verification
    if all(not f.years for _, _, f in found) and _dated_otherwise(claim, words, years, documents):
        return verification
    _, doc, figure = max(found, key=lambda hit: hit[0])
    if _read_as_another(claim.metric, doc, figure, facts):
        return verification
    return replace(verification, verdict="supported", filed_value=figure.value,
                   delta=claim.value - figure.value, gap=None, reason=None, evidence=(
                       _evidence(doc, figure),))


def _year_alone(figure: ProseFigure) -> bool:
    # (a figure its sentence dates by a year and by no quarter or span is no quarter's: "Net
    # provisions ... for 2021 were $534 million", a "2021 Investment Banking $14.88 billion"
    # panel, in a bank's release of its fourth quarter and its year; in a 10-Q, "during 2023"
    # is the year so far)
    return bool(figure.years) and not figure.months and figure.quarter is None


def _read_as_another(metric: str | None, doc: ProseDocument, figure: ProseFigure,
                     facts) -> bool:
    """Whether the filing's own reading of the echoed figure (a fact read from its sentence)
    is another registry line than the one the article's words named: an earnings release's
    "net new ARR was $410 million, exiting the quarter with ARR of $13.67 billion" read the
    $13.67 billion as the ARR balance, so an article's "net new ARR was $13.67 billion" shares
    the sentence's words but not its figure's line, and is no echo of it."""
    if metric is None:
        return False
    lines = {sf.fact.metric for sf in facts if sf.accession == doc.accession
             and sf.fact.value == figure.value and any(
                 src.span is not None and figure.span[0] <= src.span[0] < figure.span[1]
                 for src in sf.fact.sources)}
    return bool(lines) and metric not in lines


def _rivalled(claim, found: list, alike: list) -> bool:
    # (a change's words pin no one amount when another sentence states a change of the same
    # part and period under them as closely: a bank's release says "Mortgage banking fees
    # decreased $32 million" against the linked quarter and "... decreased $117 million"
    # against the year-ago quarter, each under a heading its sentence does not carry, so "down
    # $32 million from a year earlier" is pinned to neither. Figures of the hit's own sentence
    # are its other parts, not rivals.)
    if found[0][2].role != "change":
        return False
    best = max(shared for shared, _, _ in found)
    own = {(doc.accession, f.span) for _, doc, f in found}
    return any(shared >= best and not _equal(claim, f.value) and (doc.accession, f.span) not in own
               for shared, doc, f in alike)


def _dated_otherwise(claim, words: frozenset[str], years: frozenset[str],
                     documents: list[ProseDocument]) -> bool:
    # (a sentence that names no year takes the year its section discusses, which a 10-K's
    # MD&A may not say in it: "a 12% increase in our consolidated average home price to $343
    # thousand" is 2010's, as the same words "compared to $343 thousand for 2010" show; when
    # the same figure under the same words is dated elsewhere to another year only, a yearless
    # one is not pinned to the claim's)
    mine = years | ({str(claim.period_end.year)} if claim.period_end else set())
    return any(f.years and not f.years & mine for doc in documents for f in doc.figures
               if f.unit == claim.unit and _equal(claim, f.value)
               and len(words & f.words) >= MIN_SHARED_WORDS)


def _equal(claim, filed: Decimal) -> bool:
    # (the article's bound holds as the verifier holds it: "more than $5 billion" is no $4.7
    # billion; and a figure of one significant digit, which rounds from any of ten, echoes only
    # the same figure: words alone do not pin "$5 billion" to a filed $4.7 billion)
    unit = claim.tolerance * 2
    if unit and claim.value and claim.value.adjusted() - unit.adjusted() < 1:
        return filed == claim.value
    return fits(claim, filed, claim.tolerance)


def may_echo(verification: Verification) -> bool:
    """Whether the verdict is one an echo may turn: unverifiable for want of a filed line."""
    claim = verification.claim
    return (verification.verdict == "unverifiable" and claim.unit in ECHO_UNITS
            and claim.value is not None and claim.sentence_at >= 0
            and (claim.unit != "count" or claim.value >= MIN_COUNT)
            and claim.not_checkable_reason is None and claim.unread_why is None
            and verification.gap in ECHO_GAPS)


def _same_period(claim, years: frozenset[str], doc: ProseDocument, figure: ProseFigure,
                 reports: bool = False) -> bool:
    # (the period the claim side resolved, when it did: the document's own, or a year both
    # windows name; a claim of no period echoes any)
    if claim.period_end is None:
        return not (years and figure.years and not years & figure.years)
    if (reports or doc.period_end == claim.period_end) and not (figure.years and str(
            claim.period_end.year) not in figure.years and not years & figure.years):
        return True
    return bool(years & figure.years) and str(claim.period_end.year) in figure.years


def _evidence(doc: ProseDocument, figure: ProseFigure) -> Evidence:
    return Evidence(fact_id="", accession=doc.accession, form=doc.form,
                    filed_date=doc.filed_date, document_url=doc.document_url,
                    locator=f"chars {figure.span[0]}-{figure.span[1]} (a sentence of the "
                            "filing's prose)",
                    text=figure.sentence, value=figure.value, unit=figure.unit,
                    period_start=None, period_end=doc.period_end, metric="")
