"""The words around a money figure that say which line it is not: the base of a share ("or
25.1% of net sales"), a change noun after it ("a $115 million reduction in ..."), and the noun
of a line of its own before its verb ("marketing expenses were ..."). Read by
``claims_metric`` before it lets a cue further off, or the previous figure, name the line."""

from __future__ import annotations

import re

from core.metric_words import (
    CHANGE_DOWN_NOUNS,
    CHANGE_QUARTERLY,
    CHANGE_UP_NOUNS,
    CHANGE_YEARLY,
    LINE_NAMES,
    LINE_NOUNS,
)

# "a $115 million reduction in deferred tax expense" (a summary of a railroad's 10-Q): a change
# noun after a figure makes it the size of a change, not the level of any line (the figure took
# the metric of the tax expense quoted before it and drifted)
# (the nouns of amount_changes, and "swing" and "shortfall", which say no direction)
CHANGE_NOUN_AFTER = re.compile(
    rf"^\s*(?:(?:{CHANGE_YEARLY}|{CHANGE_QUARTERLY})\s+)?(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|"
    r"swing|shortfall)s?\s+(?:in|of)\b", re.I)
# "Revenue of $12.45 billion represented an 8.8% year-over-year increase" (a recap of a software
# maker's quarter): a rate a change noun follows is the change, whatever verb of a share
# ("represented", "made up") stands before it; so when the line's own name stands between the
# rate and its noun ("representing a 15% revenue increase and a 61% jump in net income", a
# stock site's recap of a streamer's year: read as a share of revenue, the rate was unread)
_LINE_BEFORE_CHANGE = (r"(?:(?:net|total|operating|gross)\s+)?(?:revenues?|sales|income|"
                       r"earnings|profits?|top[- ]line|bottom[- ]line)\s+")
RATE_CHANGE_NOUN_AFTER = re.compile(
    rf"^\s*(?:(?:{CHANGE_YEARLY}|{CHANGE_QUARTERLY})\s+)?(?:{_LINE_BEFORE_CHANGE})?"
    rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|gain|growth)\b", re.I)
# "$1.324 billion, or 25.1% of net sales, ..., compared to $1.681 billion" (a copy of a game
# retailer's annual release): the line after "N% of" is the share's base, never the line of a
# money figure before or after it (the $1.681 billion read as net sales drifted)
SHARE_BASE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent(?:age)?|\bshare|\bproportion|"
                               r"\bfraction)\s+of\s+(?:(?:total|net|its|the|our|their|company|"
                               r"consolidated|(?:19|20)\d\d)\s+)*$", re.I)
SHARE_BASE_AFTER = re.compile(r"^\s*of\s+(?:(?:total|net|its|the|our|their|company|"
                              r"consolidated|(?:19|20)\d\d)\s+)*(?:revenues?|sales)\b", re.I)
# "Net sales rose 3% to $9.1 billion; marketing expenses were $400 million": the noun right
# before a figure's verb names its line (core.metric_words.LINE_NOUNS); one no cue reads is no
# line of the previous figure's (the $400 million took net sales and drifted)
_SUBJECT_VERB = (r"was|were|is|are|totall?ed|totall?ing|came|in|rose|fell|reached|climbed|"
                 r"increased|decreased|declined|grew|jumped|dropped|amounted|amounting|stood|"
                 r"hit|of|at|to|by|about|roughly|nearly|approximately|around|some|also|a|total|"
                 # "with R&D expenses rising to $8.6 billion" (a recap of a device maker's
                 # quarter, after "Operating expenses grew"): a participle's subject too
                 r"rising|falling|growing|climbing|increasing|decreasing|declining|jumping|"
                 r"dropping|reaching|totaling|totalling|coming|standing|amounting")
# (the noun may close a quotation: a "goodwill impairment charge" of $X)
OWN_LINE_BEFORE = re.compile(rf"\b(?:{LINE_NOUNS}|{LINE_NAMES})(?!\w)[\"\u201d\u2019']?"
                             r"(?:\s+\([^)]{0,30}\))?"
                             rf"(?:\s+(?:{_SUBJECT_VERB})){{1,3}}\s*$", re.I)


# An amount and its noun glued after it, nothing between: "$7.8B share repurchases + $1.5B
# dividends" (a social-media recap of a software maker's year: each amount took the noun
# before it, the list's heading and its neighbour's)
GLUED_NOUN = re.compile(r"^\s+(?=[A-Za-z])")
# a verb right after a glued noun: the noun is the next clause's subject, not the amount's
OPENS_CLAUSE = re.compile(r"^\s+(?:was|were|is|are|has|had|rose|fell|grew|increased|decreased|"
                          r"declined|dropped|jumped|climbed|slipped|came|totall?ed|reached|hit|"
                          r"stood|amounted)\b", re.I)


def cut_off(behind: str, cue: str, line_at: int) -> bool:
    """Whether a cue stands apart from the line noun at ``line_at``: words or a stop between
    them ("net income rose, but ... a charge"), not one noun phrase ("marketing expenses")."""
    gap = behind[behind.rfind(cue) + len(cue):line_at]
    if _RENAMED.match(gap):
        return False  # "provision for credit losses was a benefit of $X": the cue's own figure
    return line_at > 0 and gap.strip() != "" and (
        bool(re.search(r"[,;:.]", gap)) or len(gap.split()) >= 2)


_RENAMED = re.compile(r"^\s*(?:was|were|is|are)\s+(?:(?:a|an|the)\s+)?$", re.I)


# "revenue of $760.9 million and billings of $814.3 million" (a blog's note on a software
# maker's quarter): a second figure with a noun of its own, joined to the first by "and", a
# comma or a semicolon, is that noun's figure; a noun no cue reads is no line of the previous
# figure's (the billings took revenue and drifted). Capitalised names are left to the parts
# reader ("and Data Center of $X"); nouns that restate, date, estimate or change a figure are
# no line of their own ("a year-ago figure of", "an increase of", "the consensus of").
_NOT_A_LINE = (rf"(?:{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS}|figure|level|total|amount|sum|value|"
               r"tally|results?|number|estimates?|consensus|expectations?|guidance|outlook|"
               r"forecasts?|projections?|range|midpoint|targets?|quarter|year|period|months|"
               r"weeks|half|loss|losses|gain|gains|high|low|record|those|that|this|it)")
_JOINED_SUBJECT = re.compile(
    r"(?:^|\band|[,;])\s+(?:(?:a|an|the|its|their|our)\s+)?"
    rf"(?!(?:[a-z][a-z&'-]*\s+){{0,2}}{_NOT_A_LINE}\s+(?:of|was|were|at)\b)"
    r"(?-i:[a-z][a-z&'-]*(?:\s+[a-z][a-z&'-]*){0,2})\s+"
    r"(?:of|was|were|totall?ed|stood\s+at|came\s+in\s+at)\s+"
    r"(?:(?:about|roughly|nearly|approximately|around|some)\s+)?$", re.I)


def joined_own_subject(behind: str) -> bool:
    """Whether the words since the previous figure open a new subject of this figure's own
    ("... and billings of"), which keeps it from inheriting the previous figure's line."""
    return _JOINED_SUBJECT.search(behind) is not None


# a list item of its own, named by words no cue reads: ", operating shortfall of $X" takes no
# cue from the list's other items (nor the sentence's start)
OWN_ITEM = re.compile(r"^\s*,\s*(?:and\s+)?(?P<words>(?:[A-Za-z-]+\s+){1,4})of\s+$", re.I)
# ... unless its words change, estimate or restate a figure ("an increase of", "estimates of",
# "a year-ago figure of"): those take their line from the list as before
CHANGE_ITEM = re.compile(r"\b(?:increase|decrease|rise|decline|gain|drop|jump|growth|"
                         r"improvement|change|reduction|loss|total|estimate|expectation|"
                         r"forecast|projection|consensus|guidance|outlook|figure|number|amount|"
                         r"level|result|tally|sum|year-ago|prior-year|year-earlier|previous|"
                         r"prior|comparable|same)s?\b", re.I)


def is_own_item(behind: str) -> bool:
    """Whether the words since the previous figure open a list item of its own whose words no
    cue reads: a figure with no metric, never one of its neighbours' items."""
    item = OWN_ITEM.match(behind)
    return item is not None and not CHANGE_ITEM.search(item.group("words"))


# A line's two words hyphenated as an adjective: "a material operating-margin improvement to
# ~26.71%" (a machine-written note on a streamer's year) named no line, and the rate took the
# "top-line" of the words before it and drifted from the revenue growth. Made a space (the
# text keeps its length, so every span holds) before any cue is looked for.
_LINE_COMPOUND = re.compile(r"\b(?P<first>operating|gross|net|pre-?tax)-(?=(?:profit\s+)?"
                            r"(?:margins?|income|profits?|loss(?:es)?|revenues?|sales|"
                            r"earnings)\b)", re.I)


def join_line_compounds(text: str) -> str:
    """``text`` with a line's hyphenated words ("operating-margin") spaced as the cues read them."""
    return _LINE_COMPOUND.sub(lambda m: m.group("first") + " ", text)


# "earnings" naming the report, not a line: "set a revenue record in the Acme Q2 2025
# earnings, growing 11.6%" (an enthusiast site on a device maker's quarter: read as net income,
# the part's revenue growth was compared with the company's profit and drifted). The word is the
# object of a preposition after a period's label; "Q2 2025 earnings rose 5%" stays the line.
_EARNINGS_EVENT = re.compile(
    r"\b(?:in|from|during|after|since|ahead\s+of|before|at|with|around)\s+(?:the\s+|its\s+|"
    r"their\s+)?(?:[A-Z][\w.&'’-]*\s+){0,2}(?:(?:fiscal\s+)?(?:Q[1-4]|[1-4]Q)\s?(?:FY\s?)?'?\d{2,4}|"
    r"(?:FY|fiscal)\s?'?\d{2,4}(?:\s+Q[1-4])?|(?:first|second|third|fourth)[- ]quarter"
    r"(?:\s+(?:fiscal\s+)?\d{4})?|quarterly|annual|full[- ]year)\s+(?P<word>earnings)\b"
    r"(?!\s+(?:per|of|rose|fell|grew|jumped|climbed|declined|dropped|increased|decreased|were|"
    r"was|came|totall?ed|reached|surged|slipped|soared))", re.I)


def blank_earnings_events(text: str) -> str:
    """``text`` with each "earnings" that names a report made spaces (lengths kept)."""
    return _EARNINGS_EVENT.sub(
        lambda m: m.group(0)[:m.start("word") - m.start()] + " " * len("earnings"), text)
