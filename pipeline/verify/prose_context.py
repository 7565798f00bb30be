"""What a prose figure's sentence says of it besides its words: its part, its mood, its period.

The echo check (``prose_echo``) supports an article's figure by a filing's sentence that states
it in the same words; words alone leave four ways for the same digits to mean another thing:

- the part the figure plays: a level ("rose to $569 million"), a change ("decreased $100
  million to ..."), a comparison's base ("from $669 million"), a ceiling ("up to $9.0 billion of
  debt securities", a facility's capacity) or one end of a range ("may range from $370 million
  to $487 million"); an article's "fell to $100 million" is no echo of a filed decrease of $100
  million;
- its mood: a figure a filing states under a modal or forward verb ("could cost", "we expect
  ... approximately $3.4 billion", "may be required to pay") is no fact of the period, so no
  article's statement of fact echoes it;
- its period in a "respectively" list: "$70 million and $69 million at June 30, 2025, and
  December 31, 2024, respectively" pairs each amount with its own date (the second is the prior
  year-end's), and "the three and nine months ended ... $127 million and $383 million,
  respectively" each with its own span; a list that does not pair is no echo at all;
- its span: "during the nine months ended December 31, 2016, we repurchased ... $383 million"
  is no quarter's figure (``months_named``: the spans its sentence names, in months).

Vocabularies are the token tables below; the rules read them only.
"""

from __future__ import annotations

import re

from core.dates import MONTH_RE
from core.period_phrases import ORDINALS

# The modal and forward verbs that make a figure after them, in their clause, no fact.
# ("May" capitalised before a day, a year or a comma is the month: "In May 2025, the Company
# established a $3 billion commercial paper program", a streamer's 10-Q, states a fact)
_MODAL = re.compile(r"\b(?:(?-i:may|MAY)|(?-i:May)(?!\s*(?:\d|,))|might|could|would|should|"
                    r"will|expects?|expected\s+to|"
                    r"anticipates?|anticipated|plans?\s+to|planned|intends?|intended\s+to|"
                    r"projects?|projected|forecasts?|potential(?:ly)?|hypothetical(?:ly)?|"
                    r"reasonably\s+possible)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:(]|,\s+(?:and|but|while|which)\b|\.\s")
_MODAL_REACH = 90  # characters: a modal verb further back governs another figure

_CEILING_BEFORE = re.compile(r"\b(?:up\s+to|as\s+much\s+as|not\s+to\s+exceed|(?:a\s+)?maximum\s+"
                             r"of|no\s+more\s+than|at\s+most|limit\s+of|capacity\s+of)\s+"
                             r"(?:(?:approximately|about|an?|additional)\s+)*$", re.I)
# A change, not a level: "an $898 million increase in", "increased $1.0 billion or 34%",
# "down $40 million", "spent $898 million more on advertising than", "the extra days added
# $11 million" (a 10-K's "increased segment revenues by $11 million") ("rose to $X" is a level).
_CHANGE_VERBS = (r"increased?|decreased?|increasing|decreasing|rose|risen|rising|fell|fallen|"
                 r"falling|grew|grown|declined?|declining|jumped|dropped|climb(?:s|ed)?|improved|"
                 r"reduced|lowered|raised|add(?:ed|s|ing)|boost(?:ed|s|ing)|lift(?:ed|s|ing)|"
                 r"cut|cuts|trimmed|up|down|by|higher|lower|(?:an?\s+)?(?:increase|"
                 r"decrease|improvement|decline|reduction|rise|drop|change)\s+of")
_CHANGE_BEFORE = re.compile(rf"\b(?:{_CHANGE_VERBS})\s+(?:by\s+)?"
                            r"(?:(?:approximately|about|nearly|roughly|some|an\s+extra|another)"
                            r"\s+)*$", re.I)
# (a conjunction starts another item: "losses ... of $79,689 and gains on digital assets" states
# a loss, no gain of $79,689)
_CHANGE_AFTER = re.compile(r"[\s-]*(?:,\s*or\s+[\d.]+\s*(?:%|percent)\s*,?\s*)?"
                           r"(?:(?:(?!(?:and|or|but)\b)\w+\s+)?(?:increase|decrease|reduction|rise|"
                           r"decline|drop|jump|gain|improvement|growth|shortfall|swing)s?|more|"
                           r"less|fewer|"
                           r"higher|lower)\b", re.I)
# A change's direction: an article's change is signed ("fell $100 million" is -$100 million),
# so a filed change is signed by its words before it is compared.
_DOWN = re.compile(r"\b(?:decrease[sd]?|decreasing|fell|fallen|falling|declined?|declines|"
                   r"declining|dropped|drop|reduced|reduction|lowered|cut|cuts|trimmed|down|"
                   r"lower|less|fewer|"
                   r"shortfalls?)\b", re.I)
_FIGURE = r"\$?\s?\(?\d[\d,]*(?:\.\d+)?\)?(?:\s+(?:thousand|million|billion|trillion))?"
_RANGE = re.compile(rf"\b(?:between|range[sd]?(?:\s+from)?|ranging\s+from)\s+"
                    rf"(?:(?:approximately|about|an?)\s+)*{_FIGURE}\s*(?:and|to|-|–)\s*"
                    rf"(?:approximately\s+)?{_FIGURE}", re.I)

# Words that put a figure after them in its clause in the period before the one reported
# ("Prior-year land spending was $336 million", "In the previous quarter, ... $X"); after a
# comparison's word they name the base, not the figure ("compared to last year, ... rose to $X").
_PRIOR = re.compile(r"\b(?:(?:prior|previous|preceding|last|year-ago|year-earlier)[\s-]+"
                    r"(?:fiscal\s+)?(?:year|quarter|period)s?(?:'s)?|a\s+year\s+(?:earlier|ago|"
                    r"before))\b", re.I)
_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|(?:in\s+)?comparison\s+(?:to|with)|"
                       r"relative\s+to|versus|vs\.?|from|than|over|against)\s+"
                       r"(?:(?:the|its|our|a)\s+)?(?:\w+\s+){0,3}$", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year named as a period ("For 2010,", "during fiscal 2010"), not a day's date ("On November
# 28, 2012", in a retailer's fiscal year that ends in 2013).
_NAMES_A_YEAR = re.compile(r"\b(?:for|during|in|of)\s+(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?$",
                           re.I)
_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12, "3": 3, "6": 6, "9": 9, "12": 12}
_SPAN_WORDS = {"first half": 6, "second half": 6, "half-year": 6, "full year": 12,
               "full-year": 12, "fiscal year": 12, "year ended": 12, "quarter": 3,
               "quarterly": 3}
_N_MONTHS = re.compile(r"\b(three|six|nine|twelve|3|6|9|12)(?:\s*(?:and|or|,)\s*(three|six|nine|"
                       r"twelve|3|6|9|12))?[\s-]+months?\b", re.I)
_SPAN_WORD = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in _SPAN_WORDS) + r")\b", re.I)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


# Words before a figure that make it a comparison's base; and after it.
_BASE_BEFORE = re.compile(r"\b(?:from|compared\s+(?:to|with)|versus|vs\.?|against|"
                          r"over)\s+(?:(?:the|a|an|approximately|about|nearly)\s+)*$", re.I)
_BASE_AFTER = re.compile(r"[\s,]*(?:(?:in|for|during)\s+the\s+(?:prior|previous|same|"
                         r"year-?ago|comparable)\b|a\s+year\s+(?:earlier|ago|before)|"
                         r"(?:in|for)\s+the\s+(?:prior|previous)\s+(?:year|quarter|period))",
                         re.I)


# A comparison's base named before its figure: "compared to a net loss of $70.8 million",
# "compared with sales of $23,906 in 2014" (an industrial 10-K's results summary, whose year
# the sentence led with is the other figure's).
_BASE_PHRASE = re.compile(r"\b(?:compared\s+(?:to|with)|versus|vs\.?)\s+"
                          r"(?:[A-Za-z][\w'&-]*\s+){0,8}?(?:of|totaling|totalling|at)\s+"
                          r"(?:(?:approximately|about|nearly)\s+)?$", re.I)


def is_base(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` is a comparison's base ("from $X", "$X a year ago",
    "compared to a loss of $X")."""
    return bool(_BASE_BEFORE.search(text[max(0, span[0] - 40):span[0]])
                or _BASE_PHRASE.search(text[max(0, span[0] - 120):span[0]])
                or _BASE_AFTER.match(text, span[1]))


def figure_role(text: str, span: tuple[int, int]) -> str:
    """The part the figure at ``span`` plays: "base" (a comparison's, ``is_base``), "range",
    "ceiling", "change" or "level"."""
    if is_base(text, span):
        return "base"
    if any(m.start() <= span[0] and span[1] <= m.end() for m in _RANGE.finditer(text)):
        return "range"
    before = text[max(0, span[0] - 60):span[0]]
    if _CEILING_BEFORE.search(before):
        return "ceiling"
    if _CHANGE_BEFORE.search(before) or _CHANGE_AFTER.match(text, span[1]):
        return "change"
    return "level"


def change_sign(text: str, span: tuple[int, int]) -> int:
    """-1 for a change the words around it say is down ("decreased $100 million", "a $55
    million reduction"), else 1."""
    before = _CHANGE_BEFORE.search(text[max(0, span[0] - 60):span[0]])
    after = _CHANGE_AFTER.match(text, span[1])
    words = (before.group() if before else "") + " " + (after.group() if after else "")
    return -1 if _DOWN.search(words) else 1


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` opens, looking back at most ``_MODAL_REACH``
    characters (a word further back governs another figure)."""
    start = max(0, at - _MODAL_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, at)]
    return breaks[-1] if breaks else start


def is_modal(text: str, span: tuple[int, int]) -> bool:
    """Whether a modal or forward verb governs the figure at ``span`` (in its clause)."""
    return bool(_MODAL.search(text, _clause_start(text, span[0]), span[0]))


# A period named by the day it ended: "During the year ended December 31, 2022, operating
# activities used $38.5 million" (a prospectus's MD&A, which discusses two years and a half).
_ENDED_ON = re.compile(rf"\b(?:years?|periods?|months|quarters?|weeks)\s+ended\s+(?:on\s+)?"
                       rf"(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+$", re.I)
_ENDED_AFTER = re.compile(rf"\s*(?:[A-Za-z][\w'-]*\s+){{0,6}}?(?:for|during|in)\s+the\s+"
                          rf"(?:years?|periods?|(?:three|six|nine|twelve)\s+months|quarters?|"
                          rf"\d+\s+weeks)\s+ended\s+(?:on\s+)?(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+"
                          r"(?P<year>(?:19|20)\d\d)\b(?!\s*(?:and|,)\s*(?:19|20)\d\d)", re.I)


def ended_year(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The year of a period named after the figure at ``span`` by the day it ended ("$0.04
    million of sublicense costs for the year ended December 31, 2023"), else none."""
    found = _ENDED_AFTER.match(text, span[1])
    return frozenset({found["year"]}) if found else frozenset()


def lead_years(text: str, span: tuple[int, int]) -> frozenset[str]:
    """The year the sentence names last before the figure at ``span``, outside a comparison
    ("For 2010, our financial services subsidiary generated pretax income of approximately
    $1.6 million", in a 10-K for 2011: the figure is 2010's however far its year stands)."""
    for m in reversed(list(YEAR.finditer(text, 0, span[0]))):
        if ((_NAMES_A_YEAR.search(text, max(0, m.start() - 30), m.start())
             or _ENDED_ON.search(text, max(0, m.start() - 60), m.start()))
                and not _COMPARED.search(text, max(0, m.start() - 40), m.start())):
            return frozenset() if _compares_between(text, m.end(), span[0]) else frozenset(
                {m.group()})
    return frozenset()


_COMPARISON = re.compile(r"\b(?:compare[sd]?\s+(?:to|with)|(?:in\s+)?comparison\s+(?:to|with)|"
                         r"versus|vs\.|(?<!-)than(?!-))\b", re.I)  # (never "other-than-temporary")


def _compares_between(text: str, start: int, end: int) -> bool:
    # (a comparison word between a period named and a figure puts the figure on the other side
    # of the comparison: "Results for 2012 were $A, compared to a loss of $B")
    return _COMPARISON.search(text, start, end) is not None


def names_prior(text: str, span: tuple[int, int]) -> bool:
    """Whether words before the figure at ``span``, in its clause, put it in the period
    before the one reported (not as a comparison's base: "compared to last year")."""
    start = _clause_start(text, span[0])
    return any(not _COMPARED.search(text, start, m.start())
               for m in _PRIOR.finditer(text, start, span[0]))


# A quarter the sentence names for its figure, by number: "Third quarter 2021 credit provision
# benefit was $33 million" and "The first quarter included a provision recapture of $551
# million" recall, in a bank's release of its fourth or second quarter, the quarter before.
_QUARTER = re.compile(r"\b(?:(?P<word>first|second|third|fourth)[\s-]+quarter(?:\s+(?:of\s+)?"
                      r"(?:fiscal\s+(?:year\s+)?)?(?P<wy>(?:19|20)\d\d))?|q(?P<q>[1-4])(?:\s*"
                      r"(?:fy\s*)?(?P<qy>(?:19|20)\d\d))?|(?P<n>[1-4])q(?P<ny>\d\d)?)\b", re.I)
# (words after a figure up to the quarter it is "in": "$168 million in common dividends during
# fourth quarter 2021")
_QUARTER_AFTER = re.compile(r"\s*,?\s*(?:[A-Za-z][\w'-]*\s+){0,6}?(?:in|for|during)\s+"
                            r"(?:the\s+)?(?=" + _QUARTER.pattern + ")", re.I)
Quarter = tuple[int, int | None]  # its number and, when named, its year


def named_quarter(text: str, span: tuple[int, int]) -> Quarter | None:
    """The quarter the sentence names for the figure at ``span``: one it is "in" right after it
    ("$X in the third quarter", "$167 million ... during third quarter 2021 and $168 million
    during fourth quarter 2020"), else the last one named before it in its clause (never a
    comparison's base: "compared with the first quarter"); ``None`` when none is named, or in
    a "respectively" list (whose quarters pair by place)."""
    if _RESPECTIVELY.search(text):
        return None
    after = _QUARTER_AFTER.match(text, span[1])
    found = _QUARTER.match(text, after.end()) if after else None
    if found:
        return _quarter(found)
    before = [m for m in _QUARTER.finditer(text, _clause_start(text, span[0]), span[0])
              if not _COMPARED.search(text, max(0, m.start() - 40), m.start())
              and not _compares_between(text, m.end(), span[0])]
    return _quarter(before[-1]) if before else None


def _quarter(m: re.Match) -> Quarter:
    if m["word"]:
        return ORDINALS[m["word"].lower()], int(m["wy"]) if m["wy"] else None
    if m["q"]:
        return int(m["q"]), int(m["qy"]) if m["qy"] else None
    return int(m["n"]), 2000 + int(m["ny"]) if m["ny"] else None


_LABEL_QUARTER = re.compile(r"\bQ([1-4])\b(?:\s+(?:FY\s*)?((?:19|20)\d\d))?", re.I)


def other_quarter(label: str | None, named: Quarter | None) -> bool:
    """Whether a claim's period (its label: "fiscal Q4 2021") is another quarter than the one a
    filed sentence names for its figure (``named_quarter``): another number, or the same
    number of another year; never when either names no quarter."""
    found = _LABEL_QUARTER.search(label or "")
    if found is None or named is None:
        return False
    number, year = named
    claimed = int(found[2]) if found[2] else None
    return number != int(found[1]) or (year is not None and claimed is not None
                                       and year != claimed)


def respective_years(text: str, spans: list[tuple[int, int]]) -> list[frozenset[str] | None]:
    """For a "respectively" list of figures of one kind (``spans``, in order): each figure's
    year by its place when the sentence names as many years; ``None`` when it names several
    but not as many (the list does not pair); an empty set when it names at most one (the
    figures' years are read near each)."""
    if not _RESPECTIVELY.search(text) or len(spans) < 2:
        return [frozenset()] * len(spans)
    years = YEAR.findall(text)
    if len(years) <= 1:
        return [frozenset()] * len(spans)
    if len(years) != len(spans):
        return [None] * len(spans)
    return [frozenset({y}) for y in years]


def listed_years(text: str, spans: list[tuple[int, int]]) -> list[frozenset[str]]:
    """For a list that alternates figures of one kind (``spans``, in order) with as many years
    ("$37.9 million in 2012, $40.0 million in 2011 and $40.8 million in 2010"; "2012 — $2.5
    million, 2011 — $1.6 million and 2010 — $3.1 million", an industrial 10-K's notes): each
    figure's own year, by place; an empty set for each otherwise (its years are read near it,
    where a list's neighbour's year stands too)."""
    years = list(YEAR.finditer(text))
    if len(spans) < 2 or len(years) != len(spans):
        return [frozenset()] * len(spans)
    kinds = [kind for _, kind in sorted([(s[0], "figure") for s in spans]
                                        + [(m.start(), "year") for m in years])]
    if any(one == other for one, other in zip(kinds, kinds[1:], strict=False)):
        return [frozenset()] * len(spans)
    return [frozenset({m.group()}) for m in years]


def months_named(text: str, spans: list[tuple[int, int]]) -> list[frozenset[int]]:
    """The spans (in months) the sentence names for each figure of one kind (``spans``): by
    place in a "respectively" list that pairs, else every span the sentence names."""
    placed = [(m.start(), _MONTHS[g.lower()]) for m in _N_MONTHS.finditer(text)
              for g in m.groups() if g]
    placed += [(m.start(), _SPAN_WORDS[m.group().lower()]) for m in _SPAN_WORD.finditer(text)]
    listed = [n for _, n in sorted(placed, key=lambda p: p[0])]
    if _RESPECTIVELY.search(text) and len(spans) >= 2 and len(listed) == len(spans):
        return [frozenset({n}) for n in listed]
    return [frozenset(listed)] * len(spans)


# A word that makes the amount after it one period's: "its quarterly payout of 20 cents per
# share" is a quarter's, whatever period the sentences before it discuss
_PER_PERIOD = re.compile(r"\b(?P<word>quarterly|monthly|annual)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:of\s+)?(?:(?:about|approximately|nearly)\s+)?$", re.I)
_PER_PERIOD_MONTHS = {"quarterly": 3, "monthly": 1, "annual": 12}


def per_period(text: str, span: tuple[int, int]) -> int | None:
    """The span in months a per-period word right before the figure at ``span`` gives it."""
    found = _PER_PERIOD.search(text, max(0, span[0] - 60), span[0])
    return _PER_PERIOD_MONTHS[found["word"].lower()] if found else None


def claim_months(period_start, period_end) -> int | None:
    """A claim's span in months (3, 6, 9, 12), or ``None`` for an instant or no period."""
    if period_start is None or period_end is None:
        return None
    return round(((period_end - period_start).days + 1) / 30.44)
