"""An amount the article quotes in the words the filing itself states it with.

Journalists copy the filer's prose: "a $55 million crew staffing agreement charge", "an $898
million increase in advertising costs", "$438 million of cash on hand", "a $180 million release
of previously reserved inventory". None of these is a line of the registry, so the claim side
reads no metric (or one no filed fact covers) and the figure came out unverifiable, though the
filing states it in a sentence a reader can be pointed to. Here such a claim is checked against
the filing's own sentences:

- only an amount of money, a per-share amount or a count of ten or more ("152 average active
  communities", a bare "42 states" whose words name what it counts, a part's "185,000 <Product>
  Plus subscribers": ``echo_counts``); a percentage is too easily equal by chance (a rate of
  one line and another's, tried over every document of the dev corpus, matched wrongly about
  one time in three), save one the same filer sentence states beside an echoed figure
  (``echo_rates``);
- the filing's figure, rounded to the article's precision, is the article's figure;
- at least two words of substance stand near the figure on both sides (within ``_WINDOW`` words:
  "crew", "staffing"; never "the", "million" or a period word), so a coincidence of digits under
  other words is no echo; a buyer's "bought X for $Y" names a purchase price
  (``echo_words.price_words``); a registry line no filed fact holds, named by its cue right
  before both figures ("net new ARR was $410 million"), is words enough;
- both figures play the same part in their sentences: a comparison's base ("compared to $336
  million in 2010", "from $X a year earlier") echoes only a base, a change ("an $898 million
  increase in advertising costs", "increased $1.0 billion") only a change;
- the period agrees: a figure of the document's own reporting period, or of a year both windows
  name ("compared to 2010"), or one its clause puts in the prior-year period when the claim is
  dated a year before the document's; an article's figure of another period than the document
  reports is no echo of it;
- what else the sentence says of the figure (``prose_context``): its part (a level, a signed
  change, a ceiling, a range's end), its mood (a modal verb makes it no fact), its place in a
  "respectively" list, the span in months it names and a prior period its clause names agree
  with the article's; a count counts the same thing (a word after it shared); a bound or a
  figure of one significant digit is held as the verifier holds it.

Only support: the words are the filing's but the line is not a registry line, so a figure that
echoes nothing stays as it was (never drifted on words alone). The filings' sentences are read
by ``prose_figures`` (tables are not: their cells are facts already).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from core.metrics import find_metric
from core.verdicts import Evidence, Verification
from pipeline.verify import prose_context as ctx
from pipeline.verify.cue_search import nearest_cue
from pipeline.verify.echo_counts import claim_noun, measured_count, part_word, same_count
from pipeline.verify.echo_words import price_words
from pipeline.verify.period_math import undated_months
from pipeline.verify.prose_figures import (
    COMMON_WORDS,
    ECHO_UNITS,
    ProseDocument,
    ProseFigure,
    near_words,
    near_years,
    read_prose_figures,
)
from pipeline.verify.tolerance import fits

# (the reading of the filings' sentences is ``prose_figures``'; its names are this module's too)
__all__ = ["ECHO_GAPS", "ECHO_UNITS", "ProseDocument", "ProseFigure", "echo", "echoed",
           "may_echo", "read_prose_figures"]

# A figure may be echoed only from a claim the verifier left unverifiable for want of a filed
# line: the gaps (``core.verdicts.GAPS``) the steps that found the want name
ECHO_GAPS = ("no_metric", "not_filed", "no_period", "charge", "item", "change", "part")
QUARTER_MONTHS = 3
MIN_COUNT = 10  # a smaller count is equal by chance too often
MIN_SHARED_WORDS = 2
_YEAR_DAYS = (364, 371)  # a year before a period's end, in days (365, 366, or 52/53 weeks)


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
    words = (near_words(claim.sentence, span) | near_words(claim.text, (0, 0))
             | price_words(claim.sentence, span[0]))
    years = near_years(claim.sentence, span)
    role = ctx.figure_role(claim.sentence, span)
    if role == "change":
        # signed by its own words, as the filing's change is ("a reduction of $4 billion in
        # sales", a tech site on a chipmaker's quarter, is the filing's "$4.0 billion
        # reduction": the claim side signs only "fell $X" and "a $X reduction")
        claim = replace(claim, value=abs(claim.value) * ctx.change_sign(claim.sentence, span))
    # (a yearless quarter's span is known though its dates are not; a period the claim side
    # carried without dates yields to the span a word of the figure's own names: "keeps its
    # quarterly payout at 20 cents per share" after "For the year, ...")
    months = (ctx.claim_months(claim.period_start, claim.period_end)
              or ctx.per_period(claim.sentence, span) or undated_months(claim.period_label))
    prior = ctx.names_prior(claim.sentence, span)
    unit = claim.unit or "count"  # (a bare number that names what it counts: ``may_echo``)
    noun = claim_noun(claim.sentence, span, claim.text, COMMON_WORDS)
    part = part_word(verification)
    line = _unfiled_line(claim.metric, facts)
    alike = [(_shared(claim, words, f, part, line), doc, f) for doc in documents
             for f in doc.figures if f.unit == unit and f.role == role
             and (unit != "count" or same_count(noun, f.noun))
             and (part is None or part in f.words | f.noun)
             and ((f.prior == prior
                   and _same_period(claim, years, doc, f, doc.accession in reporting))
                  or _year_before(claim, prior, doc, f))
             and not (months and f.months and months not in f.months)
             and not (months == QUARTER_MONTHS and _year_alone(f))
             and not ctx.other_quarter(claim.period_label, f.quarter)]
    alike = [hit for hit in alike if hit[0] >= MIN_SHARED_WORDS]
    found = [hit for hit in alike if _equal(claim, hit[2].value)]
    if not found or len({f.value for _, _, f in found}) != 1 or _rivalled(claim, found, alike):
        return verification
    if all(not f.years for _, _, f in found) and _dated_otherwise(claim, unit, words, years,
                                                                   documents):
        return verification
    _, doc, figure = max(found, key=lambda hit: hit[0])
    if _read_as_another(claim.metric, doc, figure, facts):
        return verification
    return replace(verification, verdict="supported", filed_value=figure.value,
                   delta=claim.value - figure.value, gap=None, reason=None, evidence=(
                       _evidence(doc, figure),))


def _shared(claim, words: frozenset[str], figure: ProseFigure, part: str | None,
            line: str | None) -> int:
    """How many words of substance the claim's and the filing's figure share: a part's word
    the filer's count names after it ("185,000 <Product> subscribers") counts as one; a
    registry line the filing does not store, named by its cue right before both figures ("net
    new ARR was $410 million"), counts as enough, since the line's cue names what the figure
    is as no pair of plain words does."""
    shared = words & figure.words | ({part} & (figure.noun | figure.words) if part else set())
    if (line and len(shared) < MIN_SHARED_WORDS and _equal(claim, figure.value)
            and (named := nearest_cue(figure.lead, figure.unit, from_end=True))
            and named[0] == line):
        return MIN_SHARED_WORDS
    return len(shared)


def _unfiled_line(metric: str | None, facts) -> str | None:
    # (the claim's registry line, when no filed fact of it is stored at all: a line the readers
    # never store, or one this filer's documents never state in a table or a tag)
    if metric is None or find_metric(metric) is None or not facts:
        return None
    return None if any(sf.fact.metric == metric for sf in facts) else metric


def _year_before(claim, prior: bool, doc: ProseDocument, figure: ProseFigure) -> bool:
    # (a figure its clause puts in the period before the document's, "expenses recorded in the
    # prior-year period, including losses on digital assets held within the investment fund of
    # $79,689" in a 10-Q of the second quarter, is the year-ago quarter's: it echoes a claim
    # the claim side dated a year before the document's period, though the claim's own words
    # name no earlier period; a year of 52 or 53 weeks ends 364 or 371 days before)
    if not figure.prior or prior or claim.period_end is None or doc.period_end is None:
        return False
    return (_YEAR_DAYS[0] <= (doc.period_end - claim.period_end).days <= _YEAR_DAYS[1]
            and not (figure.years and str(claim.period_end.year) not in figure.years))


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


def _dated_otherwise(claim, unit: str, words: frozenset[str], years: frozenset[str],
                     documents: list[ProseDocument]) -> bool:
    # (a sentence that names no year takes the year its section discusses, which a 10-K's
    # MD&A may not say in it: "a 12% increase in our consolidated average home price to $343
    # thousand" is 2010's, as the same words "compared to $343 thousand for 2010" show; when
    # the same figure under the same words is dated elsewhere to another year only, a yearless
    # one is not pinned to the claim's)
    mine = years | ({str(claim.period_end.year)} if claim.period_end else set())
    return any(f.years and not f.years & mine for doc in documents for f in doc.figures
               if f.unit == unit and _equal(claim, f.value)
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
    return (verification.verdict == "unverifiable"
            and (claim.unit in ECHO_UNITS or measured_count(verification))
            and claim.value is not None and claim.sentence_at >= 0
            and (claim.unit not in ("count", None) or claim.value >= MIN_COUNT)
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


def echoed(verification: Verification) -> bool:
    """Whether the verdict is an echo's: supported by a sentence of the filing's prose."""
    return (verification.verdict == "supported" and len(verification.evidence) == 1
            and verification.evidence[0].locator.endswith(_LOCATED))


_LOCATED = "(a sentence of the filing's prose)"


def _evidence(doc: ProseDocument, figure: ProseFigure) -> Evidence:
    return Evidence(fact_id="", accession=doc.accession, form=doc.form,
                    filed_date=doc.filed_date, document_url=doc.document_url,
                    locator=f"chars {figure.span[0]}-{figure.span[1]} {_LOCATED}",
                    text=figure.sentence, value=figure.value, unit=figure.unit,
                    period_start=None, period_end=doc.period_end, metric="")
