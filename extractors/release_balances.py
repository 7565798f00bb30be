"""A balance or count an earnings release's sentence states at the end of its quarter.

Releases with statement tables still state some figures only in their highlights: a software
maker's release, "Remaining Performance Obligations ("RPO") exiting the quarter were $X
billion"; a retailer's release, "As of the end of the fiscal quarter, it operated N
stores". Neither is in a table. Such a figure is a balance on the quarter's last day, and the
quarter is the release's own: the latest day the document's three-month readings end on (its
statements' quarter columns, "Thirteen Weeks Ended November 2, 2024"), so a 52/53-week
calendar is dated as the filer prints it. A sentence is read only when it names the quarter's
end ("exiting the quarter", "at the end of the quarter") before its figure and ties the figure
to the metric's words (``_RULES``); one that looks ahead is not read, nor a figure a table of
the document already states for that day.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.dates import QUARTER_DAYS, YEAR_BACK_DAYS
from core.facts import Fact
from core.scales import SCALE_WORDS
from extractors.document import Document
from extractors.sentences import Sentence, sentences_matching

EXTRACTOR = "release_balances"
EXTRACTOR_VERSION = "1.0"

_MONEY = (r"\$\s?(?P<number>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s+(?P<scale>thousand|million|"
          r"billion)\b")
_COUNT = r"(?P<number>\d{1,3}(?:,\d{3})*)"
# (metric, unit, the words and the figure they are tied to)
_RULES: tuple[tuple[str, str, re.Pattern], ...] = tuple(
    (metric, unit, re.compile(pattern, re.I)) for metric, unit, pattern in (
        ("remaining_performance_obligations", "USD",
         r"\bremaining\s+performance\s+obligations(?:\s+\([^)]{1,12}\))?(?P<gap>[^$;]{0,40}?)"
         r"\s+(?:were|was|of|totaled|totalled|stood\s+at)\s+(?:approximately\s+)?" + _MONEY),
        ("stores", "count",
         r"\b(?:it|we|the\s+company)\s+operated\s+" + _COUNT + r"\s+(?:retail\s+)?stores\b"),
    ))
# The sentence names its quarter's end before the figure
_QUARTER_END = re.compile(r"\b(?:exiting|at\s+the\s+end\s+of|as\s+of\s+the\s+end\s+of|"
                          r"ending)\s+the\s+(?:fiscal\s+)?quarter\b", re.I)
_AHEAD = re.compile(r"\b(?:expect\w*|anticipat\w*|target\w*|guidance|outlook|forecast\w*|"
                    r"will|plan\w*)\b", re.I)


def extract_release_balances(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The balances and counts a release's sentences state at its quarter's end; ``facts``:
    the document's other readings (they date the quarter and state what tables hold)."""
    if not (doc.form or "").upper().startswith("8-K"):
        return []
    end = _quarter_end(facts)
    if end is None:
        return []
    stated = {(f.metric, f.period_end) for f in facts}
    out: list[Fact] = []
    for sentence in sentences_matching(doc.text, _QUARTER_END):
        if _AHEAD.search(sentence.text):
            continue
        found = _sentence_facts(sentence, doc.name, end)
        if any(f.metric == "stores" for f in found):
            found.append(_year_ago_count(sentence, doc.name, doc.text[:2000], facts, end))
        for fact in filter(None, found):
            if (fact.metric, fact.period_end) not in stated:
                stated.add((fact.metric, fact.period_end))
                out.append(fact)
    return out


# "... it operated 445 stores in 42 states compared with 443 stores in 42 states at the end of
# the third quarter of fiscal 2023" (a retailer's Q3 fiscal 2024 release): the count a year
# before, on the last day of the same quarter a year earlier
_YEAR_AGO_COUNT = re.compile(
    r"\bcompared\s+(?:with|to)\s+" + _COUNT + r"\s+(?:retail\s+)?stores\b[^.;]{0,40}?\s+at\s+"
    r"the\s+end\s+of\s+the\s+(?P<ordinal>first|second|third|fourth)\s+quarter\s+of\s+"
    r"(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)
_ORDINAL = re.compile(r"\b(first|second|third|fourth)\s+quarter\b", re.I)


def _year_ago_count(sentence: Sentence, document: str, headline: str,
                    facts: list[Fact], end: date) -> Fact | None:
    """The store count a sentence compares with, on the same quarter's end a year before: read
    only when the comparison names the release's own quarter (its headline's "third quarter")
    of the fiscal year before, and the document's readings date that quarter's end."""
    match = _YEAR_AGO_COUNT.search(sentence.text)
    own = _ORDINAL.search(headline)
    if match is None or own is None or own.group(1).lower() != match["ordinal"].lower():
        return None
    before = [f.period_end for f in facts if f.period_start and f.period_end
              and (f.period_end - f.period_start).days in QUARTER_DAYS
              and (end - f.period_end).days in YEAR_BACK_DAYS]
    if not before or int(match["year"]) not in (max(before).year, max(before).year - 1):
        return None
    return Fact(metric="stores", value=Decimal(match["number"].replace(",", "")), unit="count",
                period_start=None, period_end=max(before), decimals=0,
                sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))


def _quarter_end(facts: list[Fact]) -> date | None:
    ends = [f.period_end for f in facts if f.period_start and f.period_end
            and (f.period_end - f.period_start).days in QUARTER_DAYS]
    return max(ends) if ends else None


def _sentence_facts(sentence: Sentence, document: str, end: date) -> list[Fact]:
    text, found = sentence.text, []
    named = _QUARTER_END.search(text)
    for metric, unit, rule in _RULES:
        match = rule.search(text)
        if match is None or named.start() > match.start("number"):
            continue
        value = Decimal(match["number"].replace(",", ""))
        decimals = len(match["number"].partition(".")[2])
        if unit == "USD":
            scale = SCALE_WORDS[match["scale"].lower()]
            value, decimals = value * Decimal(10) ** scale, decimals - scale
        found.append(Fact(metric=metric, value=value, unit=unit, period_start=None,
                          period_end=end, decimals=decimals,
                          sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),)))
    return found
