"""Parts a sentence lists after a change it states: a rate in parentheses after a part's name
("growth in coal (30% increase)"), which way it went, the counts of places ("31 warehouses in
Japan"), and a rate that continues the previous one's subject for another period."""

from __future__ import annotations

import re

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_DOWN_WORDS,
    CHANGE_MOTION_VERBS,
    CHANGE_QUARTERLY,
    CHANGE_UP_NOUNS,
    CHANGE_UP_WORDS,
    CHANGE_YEARLY,
)
from pipeline.verify.claims_change_words import COMPARED_WITH
from pipeline.verify.part_words import PERIOD_NAME, TOTAL_WORDS

# "Revenue carloads increased by 4%, with significant growth in coal and renewables (30%
# increase) and grain and grain products (8% increase)": a growth rate in parentheses right
# after the name of a part, in a sentence whose earlier growth rate names what grew. The name
# runs back from the parenthesis to a preposition, a comma or the previous figure's close.
_PAREN_OPEN = re.compile(r"\(\s*[+\-−]?\s*$")
_PAREN_CLOSE = re.compile(r"^\s*(?:(?:y/y|yoy|year[- ]over[- ]year|growth|increase|rise|gain|"
                          r"jump|decline|decrease|drop|fall|up|down|higher|lower)\s*)?\)", re.I)
_NAME_START = re.compile(r"(?:^|\)|,|;|:|\b(?:in|of|from|by|at|among|across|including|led\s+by|"
                         r"driven\s+by)\b)\s*(?:and\s+|or\s+|while\s+|with\s+|the\s+)*", re.I)
_NAME_WORDS = re.compile(r"[A-Za-z][\w.&'’-]*(?:\s+[A-Za-z&][\w.&'’-]*){0,5}")


def parenthesised_part(behind: str, figure: str, ahead: str) -> str | None:
    """The part a growth rate in parentheses is about: 'coal and renewables' of '... growth in
    coal and renewables (30% increase)'; None when the figure is not so written. The figure's
    text may hold the parenthesis that opens it ('(30%')."""
    if figure.startswith("("):
        behind += "("
    opened = _PAREN_OPEN.search(behind)
    if opened is None or not _PAREN_CLOSE.match(ahead):
        return None
    words = behind[:opened.start()].rstrip()
    starts = list(_NAME_START.finditer(words))
    name = words[starts[-1].end():] if starts else words
    # "declining home equity and second mortgages (17.5 percent)": the way it went, no name
    name = re.sub(rf"^(?:(?:{_UP}|{_DOWN})\s+)+", "", name, flags=re.I)
    if not _NAME_WORDS.fullmatch(name) or name.split()[-1].lower() in TOTAL_WORDS:
        return None
    return None if name.split()[0].lower() in TOTAL_WORDS - {"and"} else name


# "31 warehouses in Japan", "578 in the US and Puerto Rico": a count of a place, not the
# company's. The place's capitalised words may be joined by "and" ("US and Puerto Rico"); a
# list goes on after a comma or "and" before the next number ("107 in Canada and 40 in ...").
_IN_PLACE = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?in\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*"
                       r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w.&'’-]*){0,3})")
# what joins a list's next count to the one before it: "838 warehouses, including 578 in ..."
_COUNT_LIST_GLUE = re.compile(r"^(?-i:\s*in\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:and\s+|&\s+)?"
                              r"[A-Z][\w.&'’-]*){0,3})?[^.;:\d]{0,30}?"
                              r"(?:,|\band\b|\bincluding\b|\bof\s+which\b)\s*$", re.I)


def counted_place(ahead: str) -> str | None:
    """The place a count is of, named right after it ('in Japan'), if any."""
    found = _IN_PLACE.match(ahead)
    if found is None:
        return None
    name = found.group("name").rstrip(".,")
    return None if PERIOD_NAME.match(name) or name.lower() in TOTAL_WORDS else name


def listed_count(behind: str, ahead: str, previous_metric: str | None) -> str | None:
    """The place a bare number counts when it continues a list of counts of ``previous_metric``
    ('838 warehouses, including 578 in the US and Puerto Rico, 107 in Canada'); None else."""
    if previous_metric is None or not _COUNT_LIST_GLUE.match(behind):
        return None
    found = re.match(r"^\s*in\s+", ahead)
    return counted_place(ahead) if found else None


# "grow 14 percent for Q4 and 3 percent for the full year", "up 6 percent this quarter and 5
# percent on the year": the next rate of what the previous one is about, for another period
# ("up 41% from Q1 and 59% in a year-to-year comparison", "up 6% sequentially and 56% year
# over year": the next rate of the same subject against another base, which its own words
# name: change_bases reads each rate's base from the words after it)
# ("6% up from the previous quarter, but representing a 56% increase year over year", a tech
# site on a chipmaker's quarter: the way the first rate went may stand before its base)
# ("a 19% decrease compared to the second quarter of <Y-1> but a 4% increase compared to the
# previous quarter", a rewrite site's recap of a chip maker's quarter: the first rate's noun and
# its base, named in full, stand before the next rate)
_NAMED_BASE = (rf"(?:{COMPARED_WITH}|from)\s+(?:the\s+|a\s+)?"
               r"(?:(?:same|year[- ]ago|prior[- ]year|comparable|corresponding)\s+"
               r"(?:period|quarter)"
               r"(?:\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous|a)\s+year)?|"
               r"(?:first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d|"
               r"(?:year|quarter)\s+(?:earlier|ago|before)|"
               r"(?:prior|previous|preceding|last)\s+(?:year|quarter))")
_CONTINUED = re.compile(r"^\s*(?:(?:up|down|higher|lower)\s+)?"
                        rf"(?:(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain|growth)\s+(?={_NAMED_BASE}))?"
                        r"(?:(?:for|in|during|over|this|last)"
                        r"\s+(?:the\s+)?(?:Q[1-4]|[1-4]Q|"
                        r"(?:first|second|third|fourth)\s+quarter|quarter|full\s+year|year|"
                        r"fiscal\s+(?:year\s+)?(?:19|20)?\d\d|(?:19|20)\d\d)|"
                        r"from\s+(?:the\s+)?(?:Q[1-4]|[1-4]Q|(?:previous|prior|preceding|last)"
                        r"\s+quarter|(?:first|second|third|fourth)\s+quarter)|sequentially|"
                        # ("up 56% YoY and 5% QoQ", "a 56% year-over-year increase and a 6%
                        # quarter-over-quarter increase": recaps of a chipmaker's quarter; the
                        # basis may be abbreviated, and the change's noun may follow it)
                        rf"{CHANGE_YEARLY}|{CHANGE_QUARTERLY}|{_NAMED_BASE})"
                        rf"(?:\s+(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain|growth))?"
                        # ("up 42% Q/Q, up 61% Y/Y", "up 6% from the prior quarter and up
                        # 12% from a year ago": a results summary's pair, its way said again;
                        # "was down 19% year over year but up 4% sequentially": the second
                        # rate's own way word, with no subject of its own, is the same line's;
                        # "down 0.7% from the third quarter, but also down 10.8% from a year
                        # ago": a regional paper's bank quarter, "also" after the joint)
                        r"\s*(?:,\s*(?:(?:and|but)\s+(?:also\s+)?)?|(?:and|but)\s+(?:also\s+)?)"
                        rf"(?:(?:representing|marking)\s+|(?:(?:was|were)\s+)?"
                        rf"(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|{CHANGE_MOTION_VERBS})\s+"
                        r"(?:by\s+)?)?"
                        r"(?:an?\s+)?$|"
                        # ("a year-over-year increase of 56% and a quarter-over-quarter
                        # increase of 6%", a machine summary of a chip maker's quarter: the
                        # next rate names its own base before its noun)
                        rf"^\s*,?\s*(?:and|but)\s+(?:an?\s+)?(?:{CHANGE_YEARLY}|{CHANGE_QUARTERLY})"
                        rf"\s+(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain|growth)\s+of\s+$",
                        re.I)


# "up 6% sequentially and a 9% rise in headcount": the rate names an object of its own after it
# (a period or a comparison after "in" is none: "59% in a year-to-year comparison")
# ("a 6% increase from the previous quarter and a 56% share of the market": a share is no change)
_OWN_OBJECT = re.compile(r"^\s+(?:share|stake|portion|proportion)\b|"
                         r"^\s+(?:(?:increase|rise|gain|jump|climb|growth|decline|drop|decrease|"
                         r"fall|dip)\s+)?(?:in|of)\s+(?!(?:a|the|its)\s+(?:year|quarter|prior|"
                         r"previous|same|comparable|first|second|third|fourth|fiscal|latest|"
                         r"last)\b)(?:the\s+|its\s+)?[a-z]")


def continues_previous(behind: str, ahead: str = "") -> bool:
    """Whether a rate is the previous rate's subject's, for the period its own words name
    (``ahead``: the words after the rate, which may name what it is of instead)."""
    return _CONTINUED.match(behind) is not None and _OWN_OBJECT.match(ahead) is None


# Which way a part's rate in parentheses went: the word inside the parentheses ("30%
# increase"), else the nearest word before the part's name ("offset by lower total commercial
# loans (1.8 percent) and residential mortgages (1.2 percent)": both fell).
_UP = CHANGE_UP_WORDS
_DOWN = CHANGE_DOWN_WORDS
_DIRECTION = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b", re.I)
# "The increase was primarily due to growth in ...": a sentence about the change just stated
_ABOUT_THE_CHANGE = re.compile(r"^\s*(?:The|This|That)\s+(?:\w+\s+)?(?:increase|decrease|growth|"
                               r"decline|rise|gain|drop|improvement)\b")


# what breaks a list, so that an earlier item's direction does not carry past it: "growth in
# Bulk (10 percent), partially offset by Premium (3 percent)" says nothing of Premium's way
_LIST_BREAK = re.compile(r"\b(?:offset|but|while|whereas|partially|although|though|despite|"
                         r"excluding|compared|versus)\b|;", re.I)


def direction(behind_name: str, ahead: str) -> int:
    """+1 or -1 for a parenthesised part's rate, 0 when no word says which way it went: the
    word inside its parentheses, else the nearest before it in its own list item, else in the
    items before it while only "and" or a comma joins them ("offset by lower total
    commercial loans (1.8 percent) and residential mortgages (1.2 percent)": both fell)."""
    inside = _PAREN_CLOSE.match(ahead)
    found = list(_DIRECTION.finditer(inside.group(0))) if inside else []
    if found:
        return 1 if found[-1].group("up") else -1
    items = behind_name.split(")")
    for index in range(len(items) - 1, -1, -1):
        item = items[index]
        found = list(_DIRECTION.finditer(item))
        if found:
            return 1 if found[-1].group("up") else -1
        if index == 0 or _LIST_BREAK.search(item) or not re.match(r"\s*(?:,|and\b|&)", item):
            return 0
    return 0


def refers_to_change(sentence: str) -> bool:
    """Whether a sentence opens on the change the one before it stated."""
    return _ABOUT_THE_CHANGE.match(sentence) is not None


def carried_parts(claims: list) -> list:
    """Claims with the parts' rates a sentence about the change just stated lists: "Average
    total loans ... were $447 million (0.1 percent) higher ... The increase was primarily due
    to growth in credit card balances (2.1 percent) ... offset by lower ... residential
    mortgages (1.2 percent)": each is the growth, over the change's period, of the same
    figure for the part it follows, signed by the words that say which way it went."""
    from dataclasses import replace

    from core.metrics import find_metric

    out, change = [], None
    for claim in claims:
        if (claim.metric is None and claim.unit == "percent" and change is not None
                and claim.not_checkable_reason is None and claim.value is not None
                and (change.sentence == claim.sentence or refers_to_change(claim.sentence))):
            at = claim.sentence_at
            behind, ahead = claim.sentence[:max(at, 0)], claim.sentence[at + len(claim.text):]
            part = parenthesised_part(behind, claim.text, ahead) if at >= 0 else None
            way = direction(behind, ahead) if part else 0
            if part and way:
                claim = replace(claim, metric=change.metric, basis=change.basis, entity=part,
                                value=abs(claim.value) * way, period_label=change.period_label,
                                period_start=change.period_start, period_end=change.period_end)
        row = find_metric(claim.metric)
        if row is not None and row.derivation is not None and row.derivation.kind == "growth":
            change = claim
        out.append(claim)
    return out



# "Volumes rose 3%. Automotive was up 2%, chemicals 4%, and grain 9%" (after a trade paper
# on a railroad's quarter): after a growth rate of a metric, a sentence whose subject is a
# part's name and whose verb says only that it grew states that part's growth of the same
# metric; the list's next items ("chemicals 4%") name their part alone, their way
# the first item's unless a word of their own says it. The name is lower or upper case words
# only (no figure, no verb of its own).
_VERB = rf"(?:(?:was|were|is|are)\s+)?(?:{_UP}|{_DOWN})(?:\s+by)?"
_SUBJECT_RATE = re.compile(rf"^\s*(?P<name>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z&][\w&'’-]*){{0,3}}?)"
                           rf"\s+(?P<verb>{_VERB})\s+(?:about\s+|nearly\s+|roughly\s+)?$", re.I)
_ITEM_RATE = re.compile(rf"^\s*[,;]\s*(?:and\s+)?(?P<name>[A-Za-z][\w&'’-]*"
                        rf"(?:\s+[A-Za-z&][\w&'’-]*){{0,3}}?)(?:\s+(?P<verb>{_VERB}))?\s*$", re.I)


# words of a subject that is no part of the filer: its stock ("Shares rose 2% after hours"), a
# pronoun, a person
_NO_PART = frozenset({"shares", "share", "stock", "stocks", "price", "it", "they", "he", "she",
                      "we", "investors", "analysts", "everything", "which", "who"})


def rate_part(behind: str, first: bool) -> tuple[str, int] | None:
    """(the part's name, +1/-1 for the way its verb says it went, 0 when it says none) of a
    growth rate that opens a sentence on a part's name (``first``: "Automotive was up 2%") or
    continues such a list (", and grain 9%"); None when the words are not so written."""
    found = (_SUBJECT_RATE if first else _ITEM_RATE).match(behind)
    if found is None:
        return None
    name = found.group("name")
    words = [w.lower() for w in name.split()]
    if (words[0] in TOTAL_WORDS or words[-1] in TOTAL_WORDS or PERIOD_NAME.match(name)
            or _DIRECTION.search(name) or _NO_PART & set(words)):
        return None
    verb = found.group("verb") or ""
    way = _DIRECTION.search(verb)
    return name, (0 if way is None else 1 if way.group("up") else -1)
