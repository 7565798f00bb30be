"""Counts a filing states in a sentence, on the day the sentence names.

A SaaS 10-Q's business overview says "As of <date>, we had N full-time employees and M
Customers of varying sizes ..." and its MD&A "the increase in Customers, which grew from K as
of <date> to M as of <date>" (a customer count stated in prose, not in a table). Each
count is the registry row whose cue names its noun, stated on the sentence's day (a count at a
period's end, ``is_point``), read only for the rows ``core.rows_kpi.PROSE_COUNTS`` names (the
other counts come from tables, which state them with their periods).

Strict by design: a whole number written in full (no "more than" or scale word: a bound is
not the count), right after the verb or the list's joint, and the whole count: one the words
after its noun narrow to a part or a subset ("employees in our <name> segment", "customers who
each ...", "customers with ..."), or a kind before a grown count's noun ("enterprise
customers, which grew ..."), is none.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.dates import WRITTEN_DATE_RE, parse_date
from core.facts import Fact, Source
from core.metrics import find_metric
from core.rows_kpi import PROSE_COUNTS
from extractors.anchored import AnchoredPattern
from extractors.document import Document

EXTRACTOR = "count_prose"
EXTRACTOR_VERSION = "1.0"

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d{1,3}"
# "As of June 30, 2025, we had 8,723 full-time employees and 267,982 Customers of ..."
# The "A" first and the word boundary before it as a look-behind: a pattern opening with "\b"
# gives sre no literal to skip ahead by, and it was tried at every character of the text (a
# twentieth of a whole extraction); the same matches, found from each capital "A".
# ("During the period ended December 31, 2022, we had 367 customers": a software maker's 10-K
# states its prior year's count so, after the current year's, customers counted over the
# trailing twelve months ended that day)
_HAD = re.compile(rf"(?:A(?<!\wA)(?:s\s+of|t)|D(?<!\wD)uring\s+the\s+(?:period|year|fiscal\s+year)"
                  rf"\s+ended)\s+(?P<date>{WRITTEN_DATE_RE}),?\s+"
                  r"(?:we|the\s+Company)\s+(?:had|served|operated|held|owned|employed)\s+"
                  r"(?P<items>[^.;:]{1,200})")
# ("As of December 31, 2024, the Company employed 32,439 employees": a railroad's 10-K)
# one item of that list: "267,982 Customers", "8,723 full-time employees"
# (a list may repeat its verb: "had nearly 150,000 mining rigs ... and owned 12,538 bitcoin";
# the filer's own "approximately" or "nearly" states its count as it rounds it)
_ITEM = re.compile(rf"(?:^|,\s+|\s+and\s+|,\s+and\s+)(?:(?:had|held|owned)\s+)?"
                   rf"(?:(?:approximately|nearly|about)\s+)?(?P<number>{_NUMBER})\s+"
                   r"(?P<noun>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)")
# "Customers, which grew from 228,054 as of June 30, 2024 to 267,982 as of June 30, 2025"
# (found from its verb, the noun read just before it: a pattern opening on the noun's letters
# would be tried at every word of the document)
_GREW = re.compile(rf"(?:grew|increased|decreased|declined)\s+from\s+(?P<first>{_NUMBER})\s+"
                   rf"as\s+of\s+(?P<from>{WRITTEN_DATE_RE})\s+to\s+(?P<last>{_NUMBER})\s+as\s+of\s+"
                   rf"(?P<to>{WRITTEN_DATE_RE})")
# Every match starts at its verb: scanned from the verbs' places (``TextIndex.scan``), not
# tried at every "d", "g" and "i" of the text.
_GREW_AT = AnchoredPattern(anchors=(b"grew", b"increased", b"decreased", b"declined"),
                           patterns=(_GREW,))
_NOUN_BEFORE = re.compile(r"(?:\b(?P<before>[A-Za-z-]+)\s+)?\b(?P<noun>[A-Za-z]+),?\s+"
                          r"(?:which\s+)?$")
# the words that may stand right before a grown count's noun and leave it the whole count
# ("The increase in Customers, which grew ..."); any other narrows it to a part or a kind
# ("enterprise customers, which grew ...": a subset, never the company's count)
_WHOLE_BEFORE = frozenset("the our its their of in total all".split())
# a number that counts a part ("107 in Canada") or is a bound, not the count
_NOT_WHOLE = re.compile(r"^\s+in\s+[A-Z]")
# the words right after a count's noun that narrow it to a part or a subset: "250 employees in
# our <name> segment", "7,000 customers who each spent more than ...", "1,200 customers with
# annual revenue over ...", "5,100 customers, excluding those of ..." (a clause that only goes
# on, "of varying sizes", "in operation", ", of whom 4,000 ...", leaves the count whole)
# (a relative word or "with" narrows only with no comma before it: ", with approximately 77%
# of employees based in the United States" after a bank's whole headcount is an aside)
_PART_AFTER = re.compile(r"^\s*(?:,?\s*(?:(?:in|at|within|of|for|across|from)\s+(?:our|the|"
                         r"its|their|this|that|a|an)\s+(?!aggregate\b|total\b)|(?:outside|"
                         r"located|based|excluding|exclusive|other\s+than|not\s+including|"
                         r"elsewhere|internationally|abroad|overseas|domestically)\b)|"
                         r"(?:with|who|that|whose)\b)", re.I)


def extract_stated_counts(doc: Document) -> list[Fact]:
    """Every count of a ``PROSE_COUNTS`` row a sentence states on a day it names."""
    text = doc.text
    found: dict[tuple, Fact] = {}
    for said in _had_matches(text):
        day = parse_date(said.group("date"))
        for metric, number in _whole_counts(said.group("items")) if day else ():
            _keep(found, _fact(doc, metric, day, number, said))
    for said in doc.index.scan(_GREW_AT):
        noun = _NOUN_BEFORE.search(text, max(0, said.start() - 40), said.start())
        metric = _counted_metric(noun.group("noun")) if noun else None
        if metric is None or (noun.group("before") or "the").lower() not in _WHOLE_BEFORE:
            continue
        for number, when in (("first", "from"), ("last", "to")):
            day = parse_date(said.group(when))
            if day is not None:
                _keep(found, _fact(doc, metric, day, said.group(number), said))
    return [fact for fact in found.values() if fact is not None]


# Where a match of ``_HAD`` may start: its "As", "At" or "During" as written (case counts).
_HAD_OPENINGS = ("As", "At", "During")


def _had_matches(text: str) -> list[re.Match]:
    """What ``_HAD.finditer(text)`` yields, tried only where an opening stands: sre tests the
    pattern's "A"/"D" at every character of the text, ``str.find`` skips to the few hundred
    openings (half the time over the bench's 22 largest filings: 0.030 s against 0.063 s).
    Tried in order and each from the end of the last match, as finditer does; ``match`` at a
    place sees the text before it, so the look-behinds read what they read in the scan."""
    starts = []
    for opening in _HAD_OPENINGS:
        at = text.find(opening)
        while at >= 0:
            starts.append(at)
            at = text.find(opening, at + 1)
    starts.sort()
    matches: list[re.Match] = []
    end = 0
    for at in starts:
        if at >= end and (said := _HAD.match(text, at)) is not None:
            matches.append(said)
            end = said.end()
    return matches


def _counted_metric(noun: str) -> str | None:
    """The ``PROSE_COUNTS`` row whose nouns name the item ("Customers", "mining rigs")."""
    for name, nouns in PROSE_COUNTS.items():
        if find_metric(name) is not None and re.match(rf"(?:{nouns})\b", noun, re.I):
            return name
    return None


def _whole_counts(items: str) -> list[tuple[str, str]]:
    """(metric, number) of each count the list states whole; a metric any item of which is
    narrowed to a part ("12,000 employees in the U.S. and 3,000 elsewhere") gives none, since
    its other items are parts too."""
    read: list[tuple[str, str]] = []
    narrowed: set[str] = set()
    for item in _ITEM.finditer(items):
        metric = _counted_metric(item.group("noun"))
        if metric is None or _NOT_WHOLE.match(items[item.end():]):
            continue
        if narrows(_after_noun(items, item, metric)):
            narrowed.add(metric)
        read.append((metric, item.group("number")))
    return [(metric, number) for metric, number in read if metric not in narrowed]


def narrows(tail: str) -> bool:
    """Whether the words right after a count's noun narrow it to a part or a subset."""
    return _PART_AFTER.match(tail) is not None


def _after_noun(items: str, item: re.Match, metric: str) -> str:
    """The words of the list after the item's counted noun ("employees" of "250 employees in
    our ..."), which may narrow the count."""
    noun = re.match(rf"(?:{PROSE_COUNTS[metric]})\b", items[item.start("noun"):], re.I)
    return items[item.start("noun") + (noun.end() if noun else 0):]


def _keep(found: dict[tuple, Fact | None], fact: Fact) -> None:
    """One fact per metric and day (the first sentence that states it); none when two
    sentences state two counts for one day (which is the count is not said)."""
    key = (fact.metric, fact.period_end)
    if key not in found:
        found[key] = fact
    elif found[key] is not None and found[key].value != fact.value:
        found[key] = None


def _fact(doc: Document, metric: str, day, number: str, said: re.Match) -> Fact:
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    span=said.span(), text=" ".join(said.group(0).split())[:200])
    return Fact(metric=metric, value=Decimal(number.replace(",", "")), unit="count",
                period_start=None, period_end=day, entity=None, basis=None, decimals=0,
                sources=(source,))
