"""Two more ways an article names a part of revenue, so that its figure is never compared with
the company's total:

- after "from": "Revenue from intermodal fell N percent to $X million" (a wire
  story on a railroad's quarter, where the intermodal line was compared with the total
  revenue and called drifted). A lowercase noun after "revenue(s)/sales from" names a line,
  unless it is a word of a total ("from continuing operations", "from customers").
- in a title-cased line: "Q1 Cloud Infrastructure (IaaS) Revenue $X billion" (a software
  maker's quarterly release, compared with the total). Capitalised words before a capitalised
  "Revenue"/"Sales" name a line when one of them is a word for a part ("Cloud"); a company's
  own name ("Acme Revenue") holds none and stays the company's.
- in a list item's label, the line's words then the part's after a dash: "Operating Income- Gas
  Utility: $X million versus $Y million estimated" (a key-metrics recap of a gas utility's
  quarter: the segment's operating income was compared with the company's and called drifted;
  such recaps print every segment this way, "Revenues- Data Center:", "Net Sales - Americas:").
- by the place of the members it came from: "Q4 revenue of $4,517 million from 89.63 million
  paid members in the United States, Canada, and Australia" (a telecom site on a streamer's
  year: one region's revenue, never the company's).
"""

from __future__ import annotations

import re

from pipeline.verify.part_words import PERIOD_NAME, SEGMENT_WORDS, TOTAL_WORDS

# the words after "revenue from" that name the whole, not a part
_WHOLE_SOURCES = frozenset({
    "continuing", "discontinued", "operations", "operating", "customers", "customer",
    "contracts", "contract", "external", "all", "sources", "every", "each", "both", "other",
    "others", "its", "their", "our", "the", "a", "an", "this", "that", "these", "those",
    "sales", "services", "service"}) | TOTAL_WORDS
# the words for the whole that, qualified by a word before them, name a line of it
_QUALIFIED_HEADS = frozenset({"services", "service"})
# ("Turnover from aggregates eased by 0.3 per cent": a trade journal's British word for sales)
_FROM_LINE = re.compile(r"\b(?:[Rr]evenues?|[Ss]ales|[Tt]urnover)\s+from\s+(?P<name>[a-z][\w-]*"
                        r"(?:\s+(?:and\s+)?[a-z][\w-]*){0,2}?)(?=\s*(?:,|$|\s(?:was|were|is|"
                        r"are|rose|fell|grew|increased|decreased|declined|dropped|jumped|"
                        r"climbed|slipped|eased|advanced|gained|surged|soared|dipped|slid|totaled|totalled|reached|came|of|at|by|to|up|"
                        r"down)\b))(?![^.;]*\b(?:revenues?|sales|turnover)\b)", re.S)


def line_after_from(before: str) -> tuple[int, str] | None:
    """(where, name) of the part a "revenue from <noun>" before the figure names, if any."""
    found = next(reversed(list(_FROM_LINE.finditer(before))), None)
    if found is None:
        return None
    words = found.group("name").split()
    whole = [w for w in words if w != "and" and w in _WHOLE_SOURCES]
    # "revenue from cloud services advanced 30%" (a business site on a software maker's
    # quarter): services qualified by a word of their own are a line; "from services", "from
    # new customers", "from sales and services" stay the whole
    if whole and not (whole == words[-1:] and words[-1] in _QUALIFIED_HEADS and len(words) > 1):
        return None
    return found.start(), found.group("name")


# "the best quarter came from services, with revenue up N% to $X" (a tech site on a device
# maker's quarter): a "with" clause whose line has no name of its own is the line of the noun
# right before its comma; claims_segments keeps it only when that noun is a word for a part
_WITH_LINE = re.compile(r",\s+with\s+(?:(?:its|their)\s+)?(?:net\s+)?(?:revenues?|sales|"
                        r"turnover)\b(?P<rest>[^,;:()]*)$", re.I)
_OTHER_LINE = re.compile(r"\b(?:revenues?|sales|turnover|income|profits?|earnings|margins?|"
                         r"loss|EPS|cash)\b", re.I)


def with_clause_subject(before: str) -> str | None:
    """The words before a ", with revenue ..." clause that holds the figure, if any."""
    found = _WITH_LINE.search(before)
    if found is None or _OTHER_LINE.search(found.group("rest")):
        return None
    return before[:found.start()]


_TITLED = re.compile(r"(?<![\w'’])(?P<name>(?:[A-Z][\w.&'’-]*\s+(?:(?:and|&)\s+)?){0,3}"
                     r"[A-Z][\w.&'’-]*)\s+(?:Revenues?|Sales)\b(?![^.;]*\b(?:revenues?|sales|"
                     r"Revenues?|Sales)\b)")


def titled_line(before: str) -> tuple[int, str] | None:
    """(where, name) of a part a title-cased "<Name> Revenue" before the figure names, when
    one of its words is a word for a part; the name less its opening words of a total or a
    period ("Q1", "Total")."""
    found = next(reversed(list(_TITLED.finditer(before))), None)
    if found is None:
        return None
    words = found.group("name").split()
    while words and (words[0].lower() in TOTAL_WORDS or PERIOD_NAME.match(words[0])
                     or words[0].lower() in ("and", "&") or re.search(r"\d", words[0])):
        words.pop(0)
    if not words or any(re.search(r"['’]s?$", w) for w in words):
        return None  # an owner: "Acme's Revenue" is the company's
    if not any(w.lower() in SEGMENT_WORDS for w in words):
        return None
    return found.start(), " ".join(words)


# the label a list item opens with, right before its figure: the line's words, a dash with a
# space after it ("Year-over-year" or "Non-GAAP" are no label), the part's words, a colon
_LABELLED = re.compile(r"(?:^|\n)[\s\-\u2022*\u00b7]*[A-Z][\w&/'\u2019,() ]{1,60}?\s*"
                       r"[-\u2013\u2014]\s+(?P<name>[A-Z][\w.&/'\u2019()+, -]{0,60}?)\s*:\s*$")


def labelled_part(before: str) -> str | None:
    """The part a list item's label names after its line's words and a dash ("Operating
    Revenues- Gas Utility: "), when ``before`` (the sentence up to the figure) is that label;
    None for a label whose part is the whole ("Revenues- Total: ")."""
    found = _LABELLED.search(before)
    if found is None:
        return None
    name = found.group("name").strip()
    # ("Earnings Overview - Revenue: $12.45 billion", a brokerage community's note: a heading,
    # a dash and the line itself name no part)
    if name.split()[0].lower().rstrip(",") in TOTAL_WORDS or _LINE_ONLY.match(name):
        return None
    return name


_LINE_ONLY = re.compile(r"^(?:(?:total|net|operating|gross)\s+)*(?:revenues?|sales|income|"
                        r"earnings|profits?|margins?|EPS)$", re.I)


_FROM_MEMBERS_IN = re.compile(r"^\s*(?:(?:in\s+)?revenues?\s+)?from\s+"
                              r"(?:about\s+|over\s+|nearly\s+)?[\d.,]+\s*(?:million|billion|thousand|[mbk]n?)?\s+(?:[a-z-]+\s+)"
                              r"{0,2}?(?:members(?:hips)?|subscribers|customers|users|accounts)\s+"
                              r"in\s+(?:the\s+)?(?P<name>[A-Z][\w.&'\u2019-]*"
                              r"(?:\s+[A-Z][\w.&'\u2019-]*){0,2})")


def members_place(ahead: str) -> str | None:
    """The place whose members a revenue figure came from, named right after it."""
    found = _FROM_MEMBERS_IN.match(ahead)
    if found is None or PERIOD_NAME.match(found.group("name")):
        return None
    return found.group("name").rstrip(".,")
