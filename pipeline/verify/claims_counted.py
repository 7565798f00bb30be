"""A bare number that counts or measures what a filing may state: "838 warehouses", "301.6
million paid members", "Backlog of 681 homes", "combined ratio of 88.7". A count becomes a
claim of unit ``count``; any other measured noun makes the figure factual (unverifiable when
no registry row covers it), never a bare number (not_checkable).

Split out of ``claims_qualifiers`` (which keeps the words that qualify a figure's metric);
``claims_qualifiers.unread_reason`` names these nouns in its reasons."""

from __future__ import annotations

import re
from dataclasses import replace

from core.count_nouns import COUNTED_WORDS, MEASURED_NOUNS, SPACED_UNITS
from core.metrics import find_metric
from core.rows_operating import MEASURE_UNITS
from core.scales import MEASURE_MARK, PHYSICAL_UNIT
from pipeline.verify.claims_change_words import COMPARED_WITH
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_word_figures import NUMBER_WORD
from pipeline.verify.part_phrases import labelled_part

_COUNTED_WORDS = COUNTED_WORDS  # (core.count_nouns: the one table)
COUNT_NOUNS = re.compile(rf"\b(?:{_COUNTED_WORDS})\b", re.I)
# A scale letter glued to a number that counts shares or a counted noun: "122m views", "301.6m
# paid memberships", "13k employees", "275M shares" are millions and thousands, as "$81m" is.
# Read as 122 or 301.6 (the letter was a scale only after a currency), such a count was compared
# with the filed millions. Never a letter with a space before it ("a 5 m span"), nor one naming
# no count ("a 100m sprint"), nor a retirement plan's "401k accounts".
# (a range's high end may follow, and a quantity's unit: "1.1M-1.5M metric tons", a research
# site's note on a metals maker's market outlook)
_GLUED_SCALE = re.compile(r"(?:mn|mm|bn|[mbk])(?![A-Za-z])(?:\s?[-–]\s?[\d.,]+(?:mn|mm|bn|[mbk])"
                          r"(?![A-Za-z]))?\s+(?:[A-Za-z][\w-]*,?\s+){0,3}?"
                          rf"(?:shares?|{MEASURED_NOUNS}|{SPACED_UNITS})\b", re.I)


def glued_count_scale(text: str, end: int) -> bool:
    """Whether the letter glued after the number ending at ``end`` is its scale."""
    return bool(_GLUED_SCALE.match(text, end)) and not text[:end].endswith("401")


# an approximating word that may stand between the words and the figure: "employs about 1,160"
_ABOUT = r"(?:(?:about|approximately|nearly|roughly|some|around)\s+)?"


# "added 3,100 active customers", "Acme added N million paid subscribers": a change of
# the count (net additions), never the count the filings state at the period's end
_COUNT_CHANGE_BEFORE = re.compile(r"\b(?:add(?:ed|s|ing)?|gain(?:ed|s|ing)?|lost|los(?:es|ing)|"
                                  r"net\s+(?:adds?|additions?)|(?:more|fewer)\s+than)\b"
                                  r"[^.;\d]{0,25}$", re.I)


def as_count(figure: Figure, sentence: str, behind: str) -> Figure:
    """A bare number that counts what a filing may count ("838 warehouses", "301.6 million
    paid members") is a count; one that a verb makes a change of the count stays bare."""
    if figure.unit is not None or not (counted(sentence, figure.span)
                                       or stated_measure(sentence, figure.span)):
        return figure
    if _COUNT_CHANGE_BEFORE.search(behind):
        return figure
    # "for a total of 64,300 accounts": a whole count's trailing zeros are its rounding
    digits = figure.digits.replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0")) if "." not in digits else 0
    tolerance = figure.tolerance.scaleb(zeros) if 0 < zeros < len(digits) else figure.tolerance
    return replace(figure, unit="count", tolerance=tolerance)


# a rate's or power's abbreviation the figure's own text ends with ("17.7 EH/s": claims_units)
_MARK_END = re.compile(rf"\s?{MEASURE_MARK}$")


def after_number(sentence: str, span: tuple[int, int]) -> str:
    """The words right after a figure's number: its unit's abbreviation when the figure's text
    ends with one ("17.7 EH/s" reads " EH/s ..."), else what follows the figure."""
    mark = _MARK_END.search(sentence, span[0], span[1])
    return sentence[mark.start() if mark else span[1]:]


def stated_measure(sentence: str, span: tuple[int, int]) -> str | None:
    """The operating statistic a bare number states in its own unit ("141 gross ton-miles per
    horsepower day", "9,689 feet"): the row whose unit words follow the figure and whose own
    words name it earlier in the sentence. Unit words alone ("a 9,689-feet siding", "feet" of
    floor space) name no statistic: the figure stays what it was."""
    after = after_number(sentence, span)
    before = sentence[:span[0]]
    for metric, unit in MEASURE_UNITS.items():
        if not re.match(rf"\s*(?:{unit})", after, re.I):
            continue
        row = find_metric(metric)
        if row is not None and any(re.search(cue.pattern, before, re.I) for cue in row.cues):
            return metric
    return None


# the count a base names before its level: "taking its membership base to 301.6 million"
# (or its count: "bringing the total subscriber count to 302 million", a digest of a
# streamer's year)
_BASE_BEFORE = re.compile(r"\b(?:members(?:hip)?|subscriber|customer|user|client)s?\s+"
                          r"(?:base|count)\s+"
                          r"(?:(?:of|to|at|was|reached|totall?ed|stood\s+at)\s+)"
                          + _ABOUT + "$", re.I)


# a key-metrics line's noun right before its count, nothing but punctuation after the count:
# "customers 267,982 (+18% y/y)", "Customers: 267,982," (never "customers 65 years or older")
_NOUN_JUST_BEFORE = re.compile(rf"\b(?P<noun>{_COUNTED_WORDS})\s*:?\s+$", re.I)
_NOTHING_AFTER = re.compile(r"^\s*(?:[,;(|]|\.(?!\d)|$)")
# a key-metrics line's label whose head is the count noun, a part after a dash, then a colon:
# "Revenue Carloads - Bulk: 519 thousand compared to the 493.75 thousand average estimate" (a
# research site's template on a railroad's quarter: read as a bare number); the line ends at
# the figure or sets it against the estimate (never "Customers: 65 years or older")
# The label opens its line (after a bullet), as the part reader's does (part_phrases): a part
# after the dash is then read as the figure's, never left for the company's total to drift
_LABEL_BEFORE = re.compile(r"(?:^|\n)[\s\-\u2022*\u00b7]*(?:[A-Za-z][\w&/'’ ]{0,40}?\s)?"
                           rf"(?P<noun>{_COUNTED_WORDS})\s*(?P<part>[-–]\s*(?-i:[A-Z])"
                           r"[\w&.'’ ]{0,40}?)?:\s+$", re.I)
_LABEL_ENDS = re.compile(r"^\s*(?:[,;(|]|\.(?!\d)|$|(?:compared\s+(?:to|with)|versus|vs\.?)\s)",
                         re.I)
# the count noun within four words after the number: "1.095 million camera units", "11,000
# full-time salaried and hourly employees"
# (or after a range's other end and words a comma parts: "between 13,000 and 18,000
# part-time, hourly associates")
_NOUN_SOON_AFTER = re.compile(r"^\s*(?:(?:and|to|-|–)\s*\d[\d,]*(?:\.\d+)?(?:mn|bn|[mbk])?\s+)?"
                              r"(?:[\w-]+,?\s+){0,4}?" + COUNT_NOUNS.pattern, re.I)
# the count noun named before its number: "Net new orders of 2,795"
_NOUN_OF_BEFORE = re.compile(rf"\b(?:{_COUNTED_WORDS})\s+of\s+$", re.I)
# ... or as the subject of a rate that reaches it: "Customers grew 18% to 267,982", "Paid
# subscribers rose 5% year over year to 12.3 million" (a software maker's recap: read as a bare
# number). Only a rate between: "stores increased by 12 to 1,200" is a change and a level too
# far apart to tell which the noun names.
_NOUN_CHANGED_TO = re.compile(
    rf"\b(?P<noun>{_COUNTED_WORDS})\s+(?:count\s+)?(?:rose|grew|increased|climb(?:ed|s)?|jumped|"
    r"fell|declined|decreased|dropped|(?:was|were)\s+(?:up|down))\s+(?:by\s+)?"
    r"(?:about\s+|nearly\s+)?[\d.,]+\s*(?:%|percent|per\s+cent)\s+"
    r"(?:(?:year[- ]over[- ]year|y/y|yoy|sequentially)\s+)?"
    # (or the base between, "climb 16% from the second quarter, to 185,000": a camera maker's
    # subscription service in a stock site's recap)
    r"(?:from\s+(?:the\s+)?(?:prior|previous|last|first|second|third|fourth)\s+"
    r"(?:quarter|year)\s*,?\s+)?to\s+" + _ABOUT + "$", re.I)


# ... or as the subject of a verb that states the level itself: "Global paid memberships rose
# to 302 million", "Paid subscribers were 12.3 million" (a trade outlet's recap of a streamer's
# year: read as a bare number). A change verb only with "to" right after it ("stores increased
# by 12 to 1,200" stays unread), and only where nothing but a break or a preposition follows
# the figure (never "customers were 65 years or older").
_NOUN_REACHED = re.compile(
    rf"\b(?P<noun>{_COUNTED_WORDS})\s+(?:count\s+)?(?:now\s+)?(?:(?:rose|grew|increased|climbed|"
    r"jumped|fell|declined|decreased|dropped|expanded|shrank)\s+to|reach(?:ed|ing)|"
    r"totall?ed|numbered|"
    r"(?:stood|came\s+in|ended(?:\s+the\s+(?:year|quarter|period))?)\s+at|was|were)\s+"
    + _ABOUT + "$", re.I)
_LEVEL_ENDS = re.compile(r"^\s*(?:[,;(|]|\.(?!\d)|$|(?:in|at|as|by|for|from|on|during|over|"
                         r"compared|versus|vs\.?|against|up|down|and|which|with|after)\b)", re.I)


def rate_subject(before: str) -> str | None:
    """The count noun a rate right before the figure is the change of ("Customers grew 18% to
    "), when the figure is the level it reached."""
    found = _NOUN_CHANGED_TO.search(before)
    return found.group("noun") if found else None


def counted(sentence: str, span: tuple[int, int]) -> str | None:
    """The count noun a bare number names: just after it, or (a table row) before it."""
    after = COUNT_NOUNS.match(sentence[span[1]:], 0) or _NOUN_SOON_AFTER.match(sentence[span[1]:])
    if after:
        return after.group(0).split()[-1]
    row = sentence[:span[0]]
    named = (_NOUN_OF_BEFORE.search(row) or _BASE_BEFORE.search(row)
             or _NOUN_CHANGED_TO.search(row))
    if named:  # "Net new orders of 2,795", "its subscriber base to 301.6 million"
        return named.group(0).split()[0]
    named = _NOUN_JUST_BEFORE.search(row)
    if named and _NOTHING_AFTER.match(sentence[span[1]:]):  # "customers 267,982 (+18% y/y)"
        return named.group("noun")
    named = _NOUN_REACHED.search(row)
    if named and _LEVEL_ENDS.match(sentence[span[1]:]):  # "paid memberships rose to 302 million"
        return named.group("noun")
    named = _LABEL_BEFORE.search(row)
    if named and _LABEL_ENDS.match(sentence[span[1]:]) and (
            not named.group("part") or labelled_part(row)):  # "Revenue Carloads - Bulk: 519"
        return named.group("noun")
    if "|" in row:
        found = COUNT_NOUNS.search(row.split("|")[0])
        return found.group(0) if found else None
    return None


# What else a bare number may measure that a filing states (an insurer's "combined ratio of
# 88.7", a homebuilder's "Backlog of 681 homes", a miner's "from 11.5 to 17.7 exahashes", "445
# stores across 42 states"): a factual figure the registry has no row for is unverifiable,
# never a bare number (not_checkable). The nouns are core.count_nouns'.
# The noun just after the figure, or within three words ("160 average active selling
# communities"), or after a range's other end ("from 11.5 to 17.7 exahashes")
_MEASURED_AFTER = re.compile(r"^\s*(?:(?:to|and|or|-|–)\s*[\d.,]+\s+)?(?:[\w-]+\s+){0,3}?"
                             + MEASURED_NOUNS + r"\b", re.I)
# a ratio or the measured noun named just before it: "combined ratio of 88.7", "orders of 615"
# ("an overall workforce total of 249,435": a regional paper on a bank's job cuts)
_MEASURED_BEFORE = re.compile(r"\b(?:ratio|" + MEASURED_NOUNS + r")(?:\s+total)?\s+"
                              r"(?:of|was|were|(?:stood|came\s+in)\s+at|at|totall?ed|reached|to)\s+"
                              + _ABOUT + "$", re.I)

# a verb whose object is a headcount: "the plant, where it employs about 1,160" (a site's
# staff, no line of a filing the figure could be compared with, never a bare number)
_HEADS_BEFORE = re.compile(r"\b(?:employ(?:s|ed|ing)?|staffed\s+by)\s+" + _ABOUT + "$",
                           re.I)
# the other side of a comparison: "The combined ratio was 88.7 in Q4, vs. 93.9 in the
# prior-year period" measures what the figure it is set against measures
_SET_AGAINST = re.compile(r"\b(?:" + COMPARED_WITH + r"|against|from)\s+"
                          r"(?:(?:about|approximately|nearly|roughly|around)\s+)?$", re.I)
# a number with no currency, percent or decimal point glued to it on either side
_PHYSICAL_END = re.compile(r"\d(?:\s?/?" + PHYSICAL_UNIT + rf"|\s(?:{SPACED_UNITS}))$", re.I)
_BARE_NUMBER = re.compile(r"(?<![\w$.,])\d[\d,]*(?:\.\d+)?(?![\d%.,]?\d)(?!\s?%)")


# A number written in groups of thousands, then a plural noun: a count of that noun ("a chatbot
# took part in 380,000 conversations", a business site's story on a software maker's quarter),
# a fact no filing may cover (unverifiable), never a bare number
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_MANY_OF = re.compile(r"\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,}s)\b")


def measured(sentence: str, span: tuple[int, int]) -> str | None:
    """The noun or ratio a bare number measures (a count's noun included), if its words name
    one: a factual figure, not a bare number."""
    found = counted(sentence, span)
    if found:
        return found
    glued = (_PHYSICAL_END.search(sentence, span[0], span[1])
             or _MARK_END.search(sentence, span[0], span[1]))
    if glued:
        return glued.group(0)  # "127.88Mt", "US$11.51/t": a physical quantity or unit price
    after = _MEASURED_AFTER.match(sentence[span[1]:])
    if after:
        return after.group(0).split()[-1]
    before = _MEASURED_BEFORE.search(sentence[max(0, span[0] - 60):span[0]])
    if before:
        return before.group(0).split()[0]
    before = _HEADS_BEFORE.search(sentence[max(0, span[0] - 40):span[0]])
    if before:
        return before.group(0).split()[0]
    stated = _MEASURED_IN.match(sentence, span[1])
    if stated:  # "improved 1% to 1.078, measured in gallons per thousand gross ton-miles"
        return stated.group(0).strip(" ,")
    listed = _listed_noun(sentence, span) or _elided_noun(sentence, span)
    if listed:
        return listed
    grouped = _GROUPED.fullmatch(sentence[span[0]:span[1]])
    if grouped and (many := _MANY_OF.match(sentence[span[1]:])):
        return many.group("noun")  # "in 380,000 conversations": a statistic of its noun
    against = _SET_AGAINST.search(sentence, max(0, span[0] - 40), span[0])
    earlier = list(_BARE_NUMBER.finditer(sentence, 0, against.start())) if against else []
    faced = measured(sentence, earlier[-1].span()) if earlier else None
    if faced:  # "was 88.7 in Q4, vs. 93.9 a year earlier": what the figure it faces measures
        return faced
    # "reached 100 million licenses", "52.7 million and 53.5 million respectively" (shares
    # named before): a number written in millions counts something, never a bare number
    return sentence[span[0]:span[1]] if _SCALED_COUNT.search(sentence, 0, span[1]) else None


# the unit the figure is stated in, named right after it
_MEASURED_IN = re.compile(r",?\s*(?:as\s+)?measured\s+(?:in|by)\s+\w+", re.I)
# A list that names its noun once, at its first item or its head: "seven states: Utah (87
# branches), Idaho (63), Ohio (61)" (a regional paper on a bank's acquisition), "workforce by
# segment: consumer down 4% to 83,730; commercial down 9% to 18,397": each later bracketed or
# listed figure counts that noun, never a bare number.
_BRACKETED = re.compile(r"\($")
_AFTER_NAME = re.compile(r"[A-Za-z.]\s\(?$")
_FIRST_ITEM = re.compile(r"\(\s*[\d,.]+\s+(?P<noun>" + MEASURED_NOUNS + r")\s*\)", re.I)
_LIST_HEAD = re.compile(r"\b(?P<noun>" + MEASURED_NOUNS + r")\b[^:;.\d]{0,40}:\s", re.I)
# "29 of the 30 largest markets" (the noun may be cut off by the sentence's end: "29 of the 30
# largest U.S."): a count of a part of a counted whole, never a bare number
_OF_THE_WHOLE = re.compile(r"^\s+of\s+(?:the|its|our)\s+(?:[\w’']+\s+)?\d[\d,]*\s+(?=[A-Za-z])",
                           re.I)

# ... and the whole it is of, after it: the 30 of "29 of the 30 largest"
_PART_OF_THE = re.compile(r"(?<![\w.,$])\d[\d,]*\s+of\s+(?:the|its|our)\s+(?:[\w’']+\s+)?$", re.I)


# A unit of time or age right after the figure: the figure is that, never the list's noun
# ("Customers: 65 years or older" under a key-metrics head is an age, not a count of customers)
_OWN_TIME_UNIT = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|old)\b", re.I)


def _listed_noun(sentence: str, span: tuple[int, int]) -> str | None:
    """The noun a list's first item or head names, for a later item's bare figure."""
    if _OWN_TIME_UNIT.match(sentence, span[1]):
        return None
    before = sentence[:span[0]]
    written = sentence[span[0]:span[1]]  # "(63)" as read, or "63" between its brackets
    opened = written.startswith("(") or _BRACKETED.search(before)
    closed = written.endswith(")") or sentence[span[1]:span[1] + 1] == ")"
    if opened and closed and _AFTER_NAME.search(before):
        first = _FIRST_ITEM.search(before)
        if first:
            return first.group("noun")
    head = _LIST_HEAD.search(before)
    if head and not re.search(r"[.!?]\s", before[head.end():]):
        return head.group("noun")
    whole = _OF_THE_WHOLE.match(sentence[span[1]:])
    if whole:
        return whole.group(0).strip()
    part = _PART_OF_THE.search(before)
    return part.group(0).strip() if part else None


_SCALED_COUNT = re.compile(r"\d\s?(?:million|billion|trillion)$", re.I)


def counts_another_noun(metric: str | None, cue: str | None, behind: str, ahead: str) -> bool:
    """Whether the count noun right after a figure says it counts something other than the
    count row a cue further off named: "operates 838 warehouses and sold 6 million units"
    (read as 6 million warehouses it drifted against the filed store count). The figure's own
    noun wins when no cue of the row reads it and the cue's own count noun is another word
    ("members" and "memberships" are one word); a cue that is no noun ("mined 1,000 bitcoin",
    "opened 5 warehouses") names the row by its verb and stands."""
    row = find_metric(metric) if metric else None
    own = COUNT_NOUNS.match(ahead) or _NOUN_SOON_AFTER.match(ahead)
    if row is None or row.unit != "count" or own is None:
        return False
    noun = own.group(0).split()[-1].lower()
    # a noun of the row's own words ("for a total of 64,300 accounts" after "active customers")
    if any(re.search(cue_row.pattern, own.group(0), re.I) or noun[:5] in cue_row.pattern.lower()
           for cue_row in row.cues):
        return False
    # the cue's words, or (a metric carried from a level's subject or the figure before: "rose
    # 31% to 64,286 accounts") the words before the figure
    named = [word.lower() for word in COUNT_NOUNS.findall(cue if cue is not None else behind)]
    return bool(named) and not any(word[:5] == noun[:5] for word in named)


# the newcomers of a count, never its level: "19 million new subscribers", "41 million
# subscribers joined" (a streamer's year in a digest: read as paid memberships, it drifted
# against the 301.6 million at the year's end); net additions the registry reads only after a
# verb of adding (count_changes)
_NEWCOMERS_AFTER = re.compile(
    r"^\s*(?:(?:net\s+)?new\s+(?:[\w-]+\s+){0,2}?" + COUNT_NOUNS.pattern + "|"
    r"(?:[\w-]+\s+){0,2}?" + COUNT_NOUNS.pattern +
    r"\s+(?:(?:have|had)\s+)?(?:joined|signed\s+up|subscribed|(?:were|was|have\s+been)\s+added)\b)",
    re.I)


def counts_newcomers(metric: str | None, ahead: str) -> bool:
    """Whether a count a row states at a period's end is read from words that make the figure
    its newcomers over the period ("19 million new subscribers")."""
    row = find_metric(metric) if metric else None
    return bool(row is not None and row.unit == "count" and row.is_balance
                and _NEWCOMERS_AFTER.match(ahead))


# A count whose noun the clause before it names and this one leaves out: "added five new
# shops and refitted 12 so far this year" (a recap of a retailer's quarter): the 12 counts
# shops too, a fact no filing may state (unverifiable), never a bare number.
# Only a count right before, its noun, a conjunction and the second count's verb between (no
# other figure), and nothing after the figure that names a noun of its own. Measured, never
# counted: the first count's verb ("added") is not the second's, and no cue of a stated count
# may take it.
_EARLIER_COUNT = re.compile(
    rf"(?:(?<![\w.,$])\d[\d,]*|\b{NUMBER_WORD})(?:\s+(?:million|thousand))?\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>" + MEASURED_NOUNS + r")\s*,?\s+(?:and|or|but|while)\s+"
    r"(?:[a-z]+\s+){1,2}$", re.I)
_NOTHING_NAMED_AFTER = re.compile(r"\s*(?:[,;)]|\.(?!\d)|$|(?:in|at|as|by|for|during|over|"
                                  r"since|through|across|last|this|so|year|compared|versus)\b)",
                                  re.I)


def _elided_noun(sentence: str, span: tuple[int, int]) -> str | None:
    """The noun of the count before a conjunction that this count shares, left unsaid."""
    found = _EARLIER_COUNT.search(sentence, max(0, span[0] - 80), span[0])
    if found is None or not _NOTHING_NAMED_AFTER.match(sentence, span[1]):
        return None
    return found.group("noun")
