"""Growth rates a release or a 10-Q's MD&A states in words, with the basis each is measured on.

A software maker's release writes "<Part> revenue was $3.40 billion, which represents 9 percent
year-over-year growth or 14 percent in constant currency"; a chip maker's 10-Q writes "We
continue to ramp our <Name> architecture, which grew 17% sequentially". Neither figure can be
recomputed from any table: no filing states revenue at the year-earlier exchange rates, nor the
revenue of a product family. The filer's words are the figure, and an article that quotes the
rate on the same basis quotes them. Read here, each with its basis and who it is about:

- ``revenue_growth_constant_currency`` / ``organic_revenue_growth``: a rate of the company's
  revenue (entity None) or of a part's ("<Name> revenue", "<Name> segment revenue": the part's
  words) that the words right after it measure "in constant currency" or "on an organic basis";
- ``stated_part_growth`` (``extractors.growth_prose``'s metric, over a year earlier): a part's
  rate that the words after it call "year-over-year" or "from a year ago";
- ``stated_part_growth`` with basis "sequential": a part the sentence names by its name alone,
  no line ("our <Name> architecture, which grew N% sequentially"), over the quarter before.

Dated only as the document's own quarter (``segment_highlights.own_quarter``: the last quarter
of company revenue its tables state), and only from a sentence that names no other period (a
half, nine months, a year to date, a full year) and no quarter but that one. A sentence whose
subject is neither the company's revenue nor a part's (operating expenses, "Subscription
revenue of <Part>", a period word where a name would be) gives nothing: a rate with no subject
read is never stored as the company's.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from core.facts import Fact
from extractors.anchored import matches_at
from extractors.document import Document
from extractors.release_dates import PHRASES
from extractors.segment_highlights import may_name, own_quarter
from extractors.sentences import Sentence, sentences_at

EXTRACTOR = "stated_rates"
EXTRACTOR_VERSION = "1.0"
CONSTANT_CURRENCY = "revenue_growth_constant_currency"
ORGANIC = "organic_revenue_growth"
PART_GROWTH = "stated_part_growth"

# A rate with basis words right after it (one scan of the text finds the sentences to read;
# ``_BASES`` says which basis)
_CUE = re.compile(r"\d\s?(?:%|percent)\s+(?:year[- ]over[- ]year|(?:growth\s+|increase\s+)?"
                  r"(?:in|on\s+an?|at)\s+(?:constant|organic)|organic|sequentially|"
                  r"quarter[- ]over|from\s+(?:a\s+year|the\s+(?:previous|prior|preceding|same)))",
                  re.I)
# Every match of ``_CUE`` opens with its one digit, one or two characters before the sign or
# "percent" (the rest of it holds no digit, so no two matches overlap): it is tried there
# alone (``_cue_places``), which gives what ``finditer`` over the whole text gives.
_SIGNS = (b"%", b"percent")
_RATE = re.compile(r"(?P<figure>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent\b)", re.I)
# What the words right after a rate say it is measured against or on (basis, metric)
_BASES = (
    (re.compile(r"\s*(?:year[- ]over[- ]year\s+)?(?:growth\s+|increase\s+)?(?:in|on\s+an?|at)\s+"
                r"constant[- ]currenc(?:y|ies)\b", re.I), CONSTANT_CURRENCY),
    (re.compile(r"\s*(?:(?:in|on\s+an?)\s+organic\b|organic(?:ally)?\b)", re.I), ORGANIC),
    (re.compile(r"\s*(?:sequentially|quarter[- ]over[- ]quarter|from\s+the\s+(?:previous|prior|"
                r"preceding)\s+quarter)\b", re.I), "sequential"),
    (re.compile(r"\s*(?:year[- ]over[- ]year|from\s+a\s+year\s+ago|from\s+the\s+(?:prior|"
                r"previous|same)[- ]year)\b", re.I), "year"),
)
# The move's direction, the last such word before a rate (the rate after "or" keeps it)
_RISE = re.compile(r"\b(?:up|grew|growth|increas(?:e|ed)|rose|higher)\b", re.I)
_FALL = re.compile(r"\b(?:down|decreas(?:e|ed)|declin(?:e|ed)|fell|lower)\b", re.I)
# The subject: "<Name> [segment] revenue", "Revenue", "Total revenue", "<Filer> achieved
# revenue of", right before the verb that states its figure
_LINE = re.compile(r"^\W*(?P<before>[^.;:]{0,80}?)\b(?:revenues?|net\s+sales)\s+(?=(?:was|were|"
                   r"of|grew|increased|rose|decreased|declined|totaled|totalled|reached)\b)",
                   re.I)
_PART = re.compile(r"(?P<part>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(?:segment\s+)?")
_COMPANY = re.compile(r"(?:(?:total|net|our|its)\s+)*|(?:[A-Z][\w&.'’-]*\s+){1,3}(?:achieved|"
                      r"reported|delivered|generated|posted)\s+(?:(?:record|total|net)\s+)*",
                      re.I)
# Words that open a subject yet name no part: a total, a period, a record
_NOT_PART = re.compile(r"\b(?:total|net|record|quarterly|annual|first|second|third|fourth|"
                       r"quarter|fiscal|year|full|GAAP|non-GAAP|our|the)\b", re.I)
# "our <Name> architecture, which grew N% sequentially": a part named with no line
_NAMED = re.compile(r"\b(?:our|the|its)\s+(?P<part>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
                    r"(?:\s+(?:architecture|platform|products?|family|business))?),?\s+which\s+"
                    r"(?:grew|increased|rose)\s+$")
# A period other than the document's own quarter
_OTHER_PERIOD = re.compile(r"\b(?:six|nine|twelve)\s+months\b|\byear[\s-]+to[\s-]+date\b|"
                           r"\b(?:first|second)\s+half\b|\bfull[\s-]+year\b|\bfiscal\s+(?:year\s+)?"
                           r"(?:19|20)\d\d\b|\b(?:19|20)\d\d\b|"
                           r"(?<!previous\s)(?<!prior\s)(?<!preceding\s)\bquarter\b", re.I)


def extract_stated_rates(doc: Document, facts: list[Fact]) -> list[Fact]:
    """The stated rates of a release's or a 10-Q's sentences (``facts``: the document's own
    readings so far, which date it)."""
    form = (doc.form or "").upper()
    if not (form.startswith("8-K") or form.startswith("10-Q")):
        return []
    own = own_quarter(facts)
    if own is None:
        return []
    found: list[Fact] = []
    for sentence in sentences_at(doc.text, _cue_places(doc)):
        if _RATE.search(sentence.text) and _own_quarter_only(sentence.text, own, facts):
            found += [_fact(metric, figure, part, basis, own, sentence, doc.name)
                      for metric, figure, part, basis in stated_rates(sentence.text)]
    return found


def _cue_places(doc: Document) -> list[int]:
    """Where ``_CUE`` matches in the document's text, in order: tried a character and two
    before each place of its signs in the folded text (``TextIndex.hits``, which the
    concentration reader finds anyway), not at every digit of a 1 MB text."""
    starts = [at - back for sign in _SIGNS for at in doc.index.hits(sign) for back in (1, 2)
              if at >= back]
    return [match.start() for match in matches_at(doc.text, starts, (_CUE,))]


def stated_rates(text: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    """(metric, signed figure, part or None, basis) of each rate a sentence states of a
    subject it names (pure)."""
    subject = _LINE.match(text)
    part = _part(subject["before"]) if subject else None
    found = []
    rates = list(_RATE.finditer(text))
    for at, rate in enumerate(rates):
        basis = next((name for pattern, name in _BASES if pattern.match(text, rate.end())), None)
        until = rates[at + 1].start() if at + 1 < len(rates) else len(text)
        sign = _sign(text[subject.end() if subject else 0:rate.start()], text[rate.end():until])
        if basis is None or sign is None:
            continue
        figure = sign * Decimal(rate["figure"])
        if subject and part != "" and basis in (CONSTANT_CURRENCY, ORGANIC):
            found.append((basis, figure, part, None))
        elif subject and part and basis == "year":
            found.append((PART_GROWTH, figure, part, None))
        elif basis == "sequential" and (named := _NAMED.search(text[:rate.start()])):
            found.append((PART_GROWTH, figure, named["part"], "sequential"))
    return found


def _part(before: str) -> str | None:
    """The part a subject names ("Cloud Tools segment "), None for the company's own revenue,
    "" for a subject that is neither."""
    if _COMPANY.fullmatch(before):
        return None
    named = _PART.fullmatch(before)
    if named is None or _NOT_PART.search(named["part"]):
        return ""
    return named["part"]


def _sign(between: str, after: str) -> int | None:
    """+1 or -1: the last direction word before the rate, else the first after it ("9 percent
    year-over-year growth"); None when the sentence says neither."""
    rise, fall = list(_RISE.finditer(between)), list(_FALL.finditer(between))
    if not rise and not fall:
        ahead = _RISE.search(after), _FALL.search(after)
        if ahead == (None, None):
            return None
        return 1 if ahead[1] is None or (ahead[0] and ahead[0].start() < ahead[1].start()) else -1
    last_rise = rise[-1].start() if rise else -1
    last_fall = fall[-1].start() if fall else -1
    return 1 if last_rise > last_fall else -1


def _own_quarter_only(text: str, own: tuple[date, date], facts: list[Fact]) -> bool:
    """Whether every period the sentence names is the document's own quarter."""
    rest = text
    for kind, pattern in PHRASES:
        if kind != "quarter":
            continue
        for named in pattern.finditer(text):
            if not may_name(named, own, facts):
                return False
            rest = rest.replace(named.group(0), " ")
    return not _OTHER_PERIOD.search(rest)


def _fact(metric: str, figure: Decimal, part: str | None, basis: str | None,
          own: tuple[date, date], sentence: Sentence, document: str) -> Fact:
    return Fact(metric=metric, value=figure, unit="percent", period_start=own[0],
                period_end=own[1], entity=" ".join(part.split()) if part else None, basis=basis,
                decimals=len(str(figure).partition(".")[2]),
                sources=(sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION),))
