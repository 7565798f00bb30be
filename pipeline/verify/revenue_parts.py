"""The word that makes a revenue figure a part of revenue ("freight revenues", "men's sales",
"Commercial Airplanes second-quarter revenue"), and the part a share of revenue is of when its
words name no customer. Kept apart from ``claims_growth`` (what a growth rate is the growth
of), whose words for the whole company it reads."""

from __future__ import annotations

import re

from core.metric_words import CHANGE_DOWN_NOUNS, CHANGE_UP_NOUNS
from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.claims_growth import SUBJECT_AFTER, WHOLE_WORDS
from pipeline.verify.part_words import (
    PERIOD_WORD,
    SEGMENT_WORDS,
    WHOLE_COMPANY_WORDS,
    is_business_gerund,
)

# "freight revenues", "subscription revenue", "digital net revenue": a part of revenue, unless
# the word before it only says whose or which period's revenue it is ("total", "Q2", "its").
# ("Boys' Apparel Sales (Q3): Down 2%": a label's words may be capitalised)
# ("Concrete turnover rose to $X": the British word for sales names a part the same way)
_QUALIFIED_REVENUE = re.compile(
    r"\b(?P<word>[A-Za-z][\w&'’-]*)\s+(?:net\s+)?(?:revenues?|sales|turnover)\b", re.I)
# "men's sales slipped 6%" (after an apparel retailer's call): a possessive naming a group of
# customers names a part (the line its goods are sold under), where a company's possessive
# ("its", "the retailer's") names the whole
_GROUP_POSSESSIVE = re.compile(r"^(?:(?:wo)?men|children|kids|boys|girls|ladies|juniors|"
                               r"toddlers|infants|babies)['’]s?$", re.I)

# "a 9% services revenue increase", "a 12% advertising sales decline": the rate's noun after
# the line's words, which name its part as "an increase in services revenue" does (a recap
# read such a rate as the company's revenue growth)
_ATTRIBUTIVE_LINE = re.compile(
    rf"^\s*(?:[A-Za-z][\w&'’-]*\s+){{1,3}}?(?:net\s+)?(?:revenues?|sales|turnover)\s+"
    rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|growth|gain)s?\b", re.I)


def qualified_revenue(behind: str, ahead: str) -> str | None:
    """The word that makes a revenue figure a part of revenue, read in the words next to the
    figure; None when the words name the company's whole revenue."""
    tail = _last_words(behind, 60)
    window = tail + " " + ((SUBJECT_AFTER.match(ahead) or _ATTRIBUTIVE_LINE.match(ahead)
                            or re.match("", ahead)).group(0))
    found = list(_QUALIFIED_REVENUE.finditer(window))
    if not found:
        return None
    word = found[-1].group("word")
    if found[-1].start() > len(tail) and is_business_gerund(word):
        return word  # "a 12% increase in advertising revenue": a business's, after the rate
    words = window[:found[-1].start("word")].split()
    while PERIOD_WORD.match(word) and words:
        # "Commercial Airplanes second-quarter revenue", "Services quarterly sales": which
        # period's revenue; the word before it says whose ("Acme's", "reported": the whole's)
        word = words.pop()
        if not re.fullmatch(r"[A-Za-z][\w&'’-]*", word) or WHOLE_WORDS.match(word.rsplit(
                "-", 1)[-1]) or not (word[:1].isupper() or word.lower() in SEGMENT_WORDS):
            return None  # (nor a verb: "forecast fourth-quarter revenue of $X")
    if PERIOD_WORD.match(word):
        return None  # "228% YoY revenue" read from after the rate: words of its period only
    if ((WHOLE_WORDS.match(word) or word.lower() in WHOLE_COMPANY_WORDS)
            and not _GROUP_POSSESSIVE.match(word)) or word[:1].isdigit():
        return None
    return word



def _last_words(text: str, size: int) -> str:
    """The last ``size`` characters of ``text`` without a word cut at their start: cut there,
    "Total net sales for the six months ended July 30, 2023, were" (a machine-written summary of
    a retailer's 10-Q) left "otal", a word that named a part of revenue."""
    tail = text[-size:]
    if len(text) > size and text[-size - 1].isalnum() and tail[:1].isalnum():
        tail = tail.split(None, 1)[1] if len(tail.split(None, 1)) > 1 else ""
    return tail


# "Data Center revenues fell 11.1% to $1.32 billion and accounted for 24.7% of total revenues";
# "The segment accounted for N% of total revenues" after a sentence on the Embedded
# segment's revenues (a chipmaker recap): a share whose words name no one is the share of
# the part whose revenue the sentence, or after "the segment" the sentence before, just quoted
_PART_POINTER = re.compile(r"^\W*(?:the|this|that)\s+(?:segment|division|business|unit)\b", re.I)
_OF_REVENUE = ("revenue", "revenue_growth")


def shared_part(metric: str | None, head: str, previous: Claim | None,
                antecedent: Claim | None, text: str, ahead: str = "") -> str | None:
    """The part a share of revenue is of when its words name no customer (None else): the
    part of the sentence's revenue figure before it, or of the sentence before's when the
    sentence opens on a pointing noun."""
    row = find_metric(metric)
    if row is None or row.entity != "customer":
        return None
    if previous is not None and previous.sentence == text:
        if shares_base(metric, head, ahead, previous):
            return previous.entity
        source = previous
    elif previous is None and _PART_POINTER.match(head):
        source = antecedent
    else:
        return None
    if source is None or not source.entity or source.metric not in _OF_REVENUE or (
            source.basis not in (None, "revenue")):
        return None
    return source.entity


# "Online sales made up 15.9% of net sales in the third quarter, a slight increase from 15.2%
# in the previous year" (a machine-written summary of a retailer's quarter): the share a
# comparison's base states is the share of the same part, when only the share's own words (its
# whole, its period) stand before the comparison's; never after another subject ("while store
# sales were down from N%", "compared to N% for Wholesale" names its part after it)
_SHARE_BASE = re.compile(
    r",?\s*(?:(?:up|down|an?\s+(?:\w+\s+)?(?:increase|decrease|rise|decline|drop|gain|"
    r"improvement|dip|uptick))\s+from|compared\s+(?:to|with)|versus|vs\.?)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+)?$", re.I)
_OTHER_SUBJECT = re.compile(r"[$%;]|\b(?:while|whereas|but|and|with|its|their)\b|\b[A-Z]")
_NAMED_AFTER = re.compile(r"^\s*(?:for|at|in|from)\s+(?:the\s+)?[A-Z]")


def shares_base(metric: str | None, head: str, ahead: str, previous: Claim) -> bool:
    """Whether the figure is the base a part's share right before it is compared with."""
    at = head.rfind(previous.text)
    if metric is None or metric != previous.metric or not previous.entity or at < 0:
        return False
    gap = head[at + len(previous.text):]
    tail = _SHARE_BASE.search(gap)
    return (tail is not None and not _OTHER_SUBJECT.search(gap[:tail.start()])
            and not _NAMED_AFTER.match(ahead))


def in_line_name(behind: str, part: str, metric: str | None) -> bool:
    """Whether the part's word read before a figure is a word of its own line's name, which
    the line's cue takes in ("Non-interest revenue increased 3%", a blog's paraphrase of a note
    on a regional bank's quarter: noninterest income, never a part of revenue named
    "Non-interest"; "net interest revenue": no part named "interest")."""
    row = find_metric(metric)
    if row is None or not part:
        return False
    tail = _last_words(behind, 80)
    at = tail.lower().rfind(part.lower())
    return at >= 0 and any(found.start() <= at < found.end() for cue in row.cues
                           for found in re.finditer(cue.pattern, tail, re.I))
