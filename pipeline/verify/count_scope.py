"""Whether an article's count of customers or subscribers is the company's or a part's.

The nouns are generic: "US commercial customer count grew N% to M customers" counts one
part's customers (a software maker's year-end recap), "The Asia-Pacific region ... taking the
subscriber base to X million" one region's subscribers, while the filings state the company's
count (all its customers; all its paid memberships). A count of these rows whose sentence
qualifies its noun by a part, or names a region or segment, and whose own words name no part
the reader took, is no claim on the company's count: unverifiable, never drifted.
"""

from __future__ import annotations

import re

from core.metrics import find_metric
from core.period_phrases import ORDINALS
from core.rows_counts import (
    EMPLOYEE_NOUNS,
    EMPLOYEE_PART_WORDS,
    FULL_TIME_CUE,
    HEADCOUNT_FLOW_VERBS,
)
from core.rows_kpi import BITCOIN_NOUN, BITCOIN_VERBS, COUNT_FLOW_VERBS, COUNTED_NOUNS
from core.rows_operating import MEASURE_UNITS
from pipeline.verify.claims_counted import after_number, rate_subject
from pipeline.verify.claims_part_lists import counted_place

# counts an article qualifies by a part with words the part reader does not take
_GENERIC_COUNTS = ("customers", "paid_memberships", "active_customer_accounts")
_NOUN = r"(?:customers?|subscribers?|subscriptions?|members(?:hips?)?|accounts?|users?|clients?)"
# a word right before the noun that names no part ("its paid subscribers", "total customers")
_PLAIN = {"a", "an", "the", "its", "our", "their", "his", "her", "total", "paid", "paying",
          "streaming", "net", "new", "overall", "global", "worldwide", "of", "in", "to", "and",
          "number", "active", "record", "million", "billion", "thousand", "more", "with", "by",
          "for", "from", "as", "at", "on", "had", "has", "have", "added", "gained", "lost",
          "company's", "company’s", "all", "unique", "monthly", "daily", "ending", "over",
          "under", "than", "about", "nearly", "approximately", "some", "roughly", "around",
          "almost", "reaching", "reached", "was", "were", "is", "are", "stood", "ended",
          "end", "year", "quarter", "period", "those", "these", "such", "many"}
_QUALIFIED = re.compile(rf"(?P<word>[\w.'’-]+)\s+{_NOUN}\b", re.I)
# a sentence about a region's or segment's figures
_PART_WORDS = re.compile(r"\b(?:regions?|regional|segments?|divisions?|international|domestic|"
                         r"commercial|government|enterprise|countr(?:y|ies)|markets?)\b", re.I)


def is_part_count(metric: str | None, basis: str | None, entity: str | None, sentence: str,
                  span: tuple[int, int]) -> str | None:
    """The word that makes a generic count a part's (not the company's), if any; None when the
    count is not generic, its part was read, or nothing qualifies it."""
    counted = basis if metric == "count_change" else metric
    if counted not in _GENERIC_COUNTS or entity:
        return None
    return part_word(sentence, span)


def coin_metric(sentence: str, span: tuple[int, int]) -> tuple[bool, str | None]:
    """(whether the figure counts coins, the row its verb names) for "owned 12,538 bitcoin":
    the verb of its clause says held or produced; with neither, no row."""
    if not re.match(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{BITCOIN_NOUN})\b", sentence[span[1]:],
                    re.I):
        return False, None
    clause = re.split(r"[.;]|,\s+(?:and|but|while)\b", sentence[max(0, span[0] - 60):span[0]])[-1]
    clause = re.split(r"\band\b", clause)[-1] if re.search(r"\band\b", clause) else clause
    for verbs, metric in BITCOIN_VERBS:
        if re.search(verbs, clause, re.I):
            return True, metric
    return True, None


def is_misnamed_count(metric: str | None, row, sentence: str, span: tuple[int, int]) -> bool:
    """Whether a count read as a ``COUNTED_NOUNS`` row is not named by that row's noun (right
    after its figure, or a metrics line's right before it), or is a count at a period's end
    whose words make it one over the period ("sold 1,800 bitcoin" is no holding)."""
    nouns = COUNTED_NOUNS.get(metric or "")
    if nouns is None:
        return False
    after = re.match(rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", sentence[span[1]:], re.I)
    before = re.search(rf"\b(?:{nouns})\s*:?\s+$", sentence[:span[0]], re.I) or (
        (noun := rate_subject(sentence[:span[0]])) and re.fullmatch(nouns, noun, re.I))
    if not (after or before):
        return True
    clause = re.split(r"[.;]|,\s+(?:and|but|while)\b", sentence[max(0, span[0] - 60):span[0]])[-1]
    return bool(row is not None and row.is_point and re.search(COUNT_FLOW_VERBS, clause, re.I))


# a headcount's part named between its figure and its noun: "3,735 full-time employees",
# "8,000 full-time salaried and hourly associates"
_HEADCOUNT_PART = re.compile(rf"^[\s,]+(?:[\w-]+[\s,]+){{0,4}}?(?:{EMPLOYEE_NOUNS})\b", re.I)
_PART_WORD = re.compile(rf"\b(?:{EMPLOYEE_PART_WORDS})\b", re.I)


# the full-time headcount as a 10-K states it: "8,000 full-time salaried and hourly associates"
# (an article's "workers" or "staff" too), no function's or place's part of it
_FULL_TIME_NAMED = re.compile(
    FULL_TIME_CUE + rf"(?:[\s,]+(?:salaried|hourly|and|or|permanent))*[\s,]+"
    rf"(?:{EMPLOYEE_NOUNS}|workers|staff|people)\b", re.I)


def is_headcount_part(metric: str | None, sentence: str, span: tuple[int, int]) -> bool:
    """Whether a figure read as the whole headcount (``employees``) names a part of it by its
    words before the noun: full-time, part-time, hourly, a function's or a place's staff.
    Filings state the whole headcount; a part compared with it would drift falsely. A figure
    read as the full-time headcount is one only as its words name the whole full-time staff,
    with no verb of a change before it in its clause ("hired 300 full-time employees")."""
    if metric == "full_time_employees":
        clause = re.split(r"[.;]|,\s+(?:and|but|while)\b",
                          sentence[max(0, span[0] - 60):span[0]])[-1]
        return not _FULL_TIME_NAMED.match(sentence[span[1]:]) or bool(
            re.search(HEADCOUNT_FLOW_VERBS, clause, re.I))
    if metric != "employees":
        return False
    named = _HEADCOUNT_PART.match(sentence[span[1]:])
    return bool(named and _PART_WORD.search(named.group(0)))


def is_unmeasured(metric: str | None, sentence: str, span: tuple[int, int]) -> bool:
    """Whether a figure read as an operating statistic (``MEASURE_UNITS``) lacks that
    statistic's unit words right after it: "train length grew, and it runs 32,000 route miles"
    or "velocity ... 221 hours" count something else, whatever statistic the sentence names."""
    unit = MEASURE_UNITS.get(metric or "")
    if unit is None:
        return False
    if not re.match(rf"\s*(?:{unit})", after_number(sentence, span), re.I):
        return True
    # "grew its hash rate during the quarter from 11.5 EH/s to 17.7 EH/s": a level on a day
    # moved from is of a day the words do not name (the quarter's start as often as a year
    # before), so it is compared with no filed day
    row = find_metric(metric)
    return bool(row is not None and row.is_point and _FROM_BEFORE.search(sentence[:span[0]]))


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:about\s+|roughly\s+|nearly\s+|around\s+)?$", re.I)


# the quarter a count's own words name right after its noun: "from 2,195 BTC in Q1"
_QUARTER_AFTER = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:in|during|for)\s+(?:the\s+)?"
                            r"(?:Q(?P<q>[1-4])|(?P<ordinal>first|second|third|fourth)\s+quarter)"
                            r"\b", re.I)


def is_misdated_count(metric: str | None, sentence: str, span: tuple[int, int],
                      period) -> bool:
    """Whether a count of a ``COUNTED_NOUNS`` row names its quarter right after its noun ("from
    2,195 BTC in Q1") and the period read for it (a ``PeriodPhrase``) is not that calendar
    quarter (its start's, or a yearless one's label's): the reading is in doubt (a quarter
    before, read as the year-ago one)."""
    if metric not in COUNTED_NOUNS:
        return False
    named = _QUARTER_AFTER.match(sentence[span[1]:])
    if named is None:
        return False
    quarter = int(named.group("q")) if named.group("q") else ORDINALS[
        named.group("ordinal").lower()]
    if period is not None and period.start is not None:
        return (period.start.month - 1) // 3 + 1 != quarter
    label = re.match(r"Q([1-4])\b", period.label or "") if period is not None else None
    return label is None or int(label.group(1)) != quarter


# "market" where it names the industry a company sells into or its stock's trading, no part
# of the company: "a growing share of the $650 billion global entertainment market, serving
# over 300 million paid memberships" (a telecom site on a streamer's year), "Market
# Sentiment", "high market confidence" (a machine summary's headings and asides)
_MARKET_TALK = re.compile(
    r"\bmarkets?\s+(?:sentiment|reaction|confidence|cap\w*|value|share|expectations?|"
    r"conditions|close|open|hours|trading|volatility|watchers|participants|analysts|data|"
    r"prices?|leader|leadership|position|opportunity)\b"
    r"|\b(?:stock|share|equity|capital|bond|financial|broader|overall)\s+markets?\b"
    r"|\bshare\s+of\s+(?:the\s+)?[^,;.]{0,60}?\bmarkets?\b"
    r"|\$\s?[\d.,]+\s*(?:[mb]illion|trillion|bn|tn)\s+(?:[\w-]+\s+){0,3}?markets?\b", re.I)


def part_word(sentence: str, span: tuple[int, int]) -> str | None:
    """The word of the sentence that makes a count of its figure a part's, if any."""
    talk = [m.span() for m in _MARKET_TALK.finditer(sentence)]
    part = next((m for m in _PART_WORDS.finditer(sentence)
                 if not any(a <= m.start() < b for a, b in talk)), None)
    if part:
        return part.group(0)
    # a place named right after the count ("89.63 million paid members in the United States,
    # Canada, and Australia", "101.13 million paid members in EMEA": a telecom site on a
    # streamer's year, whose regions' members were compared with the company's and drifted)
    place = counted_place(sentence[span[1]:])
    if place:
        return place
    window = sentence[:span[1] + 40]  # (the figure kept: its own noun is no qualifier)
    for found in _QUALIFIED.finditer(window):
        word = found.group("word")
        if word.lower() not in _PLAIN and not re.fullmatch(r"[\d.,]+", word) and not (
                found.start() == 0):
            return word
    return None


def part_count_reason(word: str) -> str:
    return (f"a count the sentence qualifies by a part (\u201c{word}\u201d), while the filings "
            "state the company's count: a part's count is not compared with it")


def scope_reason(sentence: str, span: tuple[int, int]) -> str | None:
    """Why a count of a filed kind was not compared, when its words say: a part's count, or
    one that names a quarter other than the one its sentence was read for."""
    word = part_word(sentence, span)
    if word:
        return part_count_reason(word)
    named = _HEADCOUNT_PART.match(sentence[span[1]:])
    part = _PART_WORD.search(named.group(0)) if named else None
    if part:
        return (f"a part of the headcount (\u201c{part.group(0)}\u201d), while the filings "
                "state the whole headcount: a part's count is not compared with it")
    nouns = "|".join(COUNTED_NOUNS.values())
    if _QUARTER_AFTER.match(sentence[span[1]:]) and re.match(
            rf"^\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", sentence[span[1]:], re.I):
        return ("a count whose own words name its quarter, another than the one its sentence "
                "was read for (a quarter before, not the year-ago one): its period is in "
                "doubt, so it is not compared")
    return None
