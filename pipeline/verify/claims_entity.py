"""Who a figure is about: the customer of a concentration figure ("G42", "Customer A", "its
largest customer") and its basis (revenue or receivables), read from the figure's sentence."""

from __future__ import annotations

import re

from core.metrics import find_metric
from pipeline.verify.claims_line_words import blank_earnings_events
from pipeline.verify.claims_segments import known_part_word, part_named
from pipeline.verify.claims_units import find_figures
from pipeline.verify.inline_items import item_words

LARGEST_CUSTOMER = "largest customer"
# A count that includes the underwriters' over-allotment option ("6,250,000 shares, or
# 7,187,500 if the underwriters exercise their option in full").
WITH_OPTION = "with_option"
_OPTION = re.compile(r"over-?allotment|option|greenshoe", re.I)
_LARGEST = re.compile(r"\b(?:largest|biggest|top|single\s+largest|main|leading)\s+(?:single\s+)?"
                      r"(?:customer|client|buyer)\b(?!s)", re.I)
_CUSTOMER = re.compile(r"\bCustomer\s+[A-Z]\b")
_NAME = re.compile(r"(?<![\w'’])(?:[A-Z][A-Za-z0-9&.\-]*|\d+[A-Z][A-Za-z0-9]*)"
                   r"(?:\s+(?:[A-Z0-9][A-Za-z0-9&.\-]*|of|bin|and|&))*")
_FROM_NAME = re.compile(r"^[^.;]{0,40}?\b(?:from|to|by)\s+(?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z0-9]"
                        r"[\w&.\-]*){0,5})")
_CONCENTRATION_VERB = re.compile(
    # ("The Graphics segment contributed 11.6%": the part's noun may stand before the verb)
    r"^\s*(?:(?:segment|division|business|unit)\s+)?(?:,[^,]{0,60},)?\s*(?:\([^)]*\)\s*)?"
    # (the present tense too: "government customers still account for 54% of sales")
    r"(?:which\s+|alone\s+)?(?:(?:grew|rose|climbed|fell|slipped|came|continued|went\s+on)\s+"
    r"to\s+)?(?:account(?:ed|s|ing)?\s+for|represent(?:ed|s|ing)?|ma(?:de|kes?|king)\s+up|compris(?:ed|es?)|contribut(?:ed|es?)|"
    r"(?:was|is)\s+the\s+source\s+of|generat(?:ed|es?)|(?:was|is)\s+responsible\s+for)", re.I)
# a connective that opens the sentence ("Consequently, Services grew to account for 28%", a Mac
# blog's recap of a device maker's quarter): no customer's or part's name
_OPENER = re.compile(r"\s*(?:[A-Z][a-z]+ly|However|Meanwhile|Moreover|Furthermore|Still|Overall|"
                     r"Nonetheless|Nevertheless|Thus|Hence|Meanwhile|Instead)\s*,")
_NAME_STOPWORDS = {"The", "This", "That", "In", "For", "And", "But", "Sales", "Revenue", "Its",
                   "Our", "Their", "It", "Of", "According", "During", "GAAP", "IPO", "AI", "US",
                   "Together", "Concentration", "Revenues", "Filing", "While", "Also"}

def read_entity(metric: str | None, behind: str, ahead: str,
                sentence: str, figure: str = "") -> tuple[str | None, str | None]:
    """(entity, basis) by the metric's entity kind: the customer a concentration figure is
    about and its basis (revenue or receivables); whether a share count includes the option;
    the share class a count is of (``figure``: the figure as written, which may hold it)."""
    row = find_metric(metric)
    kind = row.entity if row is not None else None
    if kind == "option":
        return (WITH_OPTION, None) if _OPTION.search(ahead[:60]) else (None, None)
    if kind == "share_class":
        return share_class(behind, figure + ahead), None
    if kind != "customer":
        return None, None
    return _customer(behind, ahead)


# A count of one class of a filer's shares, as a cover states each ("114.7 million Class A
# shares", "3.5 million shares of its Class B common stock", "Class A shares outstanding: 114.7
# million"): the class's own count, never the total of every class, which a stock note or a
# machine summary may quote beside it. The class letter is a capital ("class of" is no class).
_CLASS_AFTER = re.compile(r"^[\d.,\s]*(?:(?:thousand|million|billion|mn|m|bn)\b\s*)?"
                          r"(?:(?:ordinary|common)\s+)?(?:shares?\s+of\s+)?"
                          r"(?:(?:its|the|our|their)\s+)?(?i:class)\s+(?P<letter>[A-Z0-9])\b")
_CLASS_BEFORE = re.compile(r"\b(?i:class)\s+(?P<letter>[A-Z0-9])\b"
                           r"(?![^;,]*\b(?i:class)\s+[A-Z0-9]\b)"
                           r"(?:(?!\b(?:and|or|but|while)\b)[^;,\d])*$")


def share_class(behind: str, ahead: str) -> str | None:
    """The class a share count is of, named right after the figure or in the words since the
    previous figure ("Class A ... outstanding: N"), as the cover reader names it ("Class A");
    None when no class is named (the total)."""
    found = _CLASS_AFTER.match(ahead) or _CLASS_BEFORE.search(behind)
    return f"Class {found['letter']}" if found else None


def _customer(behind: str, ahead: str) -> tuple[str | None, str]:
    behind = item_words(behind)  # "Sales Performance - Products revenue ...": the item's
    basis = "accounts_receivable" if re.search(r"receivable", behind + ahead, re.I) else "revenue"
    if _LARGEST.search(behind[-60:]) or _LARGEST.match(ahead):
        return LARGEST_CUSTOMER, basis  # the filings' top customer, whoever it is
    for window in (behind, ahead):
        customer = list(_CUSTOMER.finditer(window))
        if customer:
            return customer[-1 if window is behind else 0].group(0), basis
    names = [(m, _clean_name(m.group(0))) for m in _NAME.finditer(behind)]
    names = [(m, n) for m, n in names if n and not _OPENER.match(behind, m.start())]
    for match, name in reversed(names):
        if _CONCENTRATION_VERB.match(behind[match.end():]):
            listed = _LISTED_BEFORE.search(behind, 0, match.start())
            return (_clean_name(behind[listed.start():match.end()]) or name) if listed else (
                name), basis
    kind = _KIND_OF_CUSTOMERS.search(behind)
    if kind and kind["kind"].lower() not in _NOT_KINDS and _CONCENTRATION_VERB.match(
            behind[kind.end():]):
        return kind["kind"], basis  # "government customers account for 54% of sales"
    if (part := subject_part(behind)) is not None and (verb := _VERB_BEFORE.search(behind)) and (
            not _OWN_SUBJECT.search(behind[:verb.start()])):
        return part, basis  # "The data center business, which accounts for 88% of revenue"
    if names:
        return names[0][1], basis
    named = _FROM_NAME.match(ahead)
    if named and _clean_name(named.group("name")):
        return _clean_name(named.group("name")), basis
    return None, basis


# "Europe, the Middle East, and Africa contributed 32%" (a Gulf investing site on a streamer's
# regions): the names a comma list joins before the verb are one subject, the filer's region
# (read from its last name, "Africa" matched no part); only capitalised names, never a year
# (nor a sentence's opening adverb: "Regionally, the US and Canada generated 44%")
_LISTED_BEFORE = re.compile(r"(?<![\w,])(?:(?![A-Z][a-z]+ly,)[A-Z][A-Za-z&.\-]*"
                            r"(?:\s+[A-Z][A-Za-z&.\-]*){0,2},\s+"
                            r"(?:(?:and|&)\s+)?(?:the\s+)?){1,4}$")


# "since government customers still account for 54% of sales" (a French site on a software
# maker's year): a kind of customer in lower case, the part of revenue it buys (its share is
# recomputed from that part's revenue, derive_parts); never a word that counts or ranks them
_KIND_OF_CUSTOMERS = re.compile(r"\b(?P<kind>[A-Za-z][a-z-]+)\s+(?:customers|clients)"
                                r"(?:\s+(?:still|also|now|alone|together|collectively))?(?=\s)")
_NOT_KINDS = {"its", "our", "their", "the", "all", "total", "other", "new", "existing", "top",
              "largest", "biggest", "major", "key", "main", "many", "some", "these", "those",
              "such", "few", "several", "two", "three", "four", "five", "ten", "most", "more",
              "paying", "active", "individual", "single", "certain", "no", "any", "each",
              "of", "and", "with", "by", "from", "to", "for", "that", "which", "whose"}


# (a blog on a chip maker's quarter: "The data center business which accounts for 88% of the
# company's total revenue", a part in lower case, the sentence's subject; its share is
# recomputed from the part's revenue, derive_parts)
_VERB_BEFORE = re.compile(r"\b(?:account(?:ed|s)?\s+for|represent(?:ed|s)?|ma(?:de|kes?)\s+up|"
                          r"contribut(?:ed|es?))\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+|"
                          r"some\s+)?$", re.I)


# ("The data center business grew, and customers account for 88%": the share verb's clause has
# a subject of its own)
_OWN_SUBJECT = re.compile(r"(?:,\s+(?:and|but|while)|;)\s+(?:\w+\s+){1,3}$", re.I)


def _clean_name(name: str) -> str | None:
    words = name.split()
    # ("In 2023, government customers accounted for ...": a year is no customer's name)
    # ("In Q3 2025 selling expenses rose, accounting for 29.1%": a quarter is none either)
    while words and (words[0] in _NAME_STOPWORDS or words[0].lower() in ("of", "and", "bin")
                     or words[0].isdigit() or re.fullmatch(r"(?:Q[1-4]|H[12]|FY)\d*", words[0])):
        words = words[1:]
    while words and words[-1].lower() in ("of", "and", "bin", "&"):
        words = words[:-1]
    cleaned = " ".join(words).strip(" ,.")
    # ("New customers made up 10%": a word that counts or ranks customers names none)
    return cleaned if cleaned and cleaned.lower() not in _NOT_KINDS else None


# A sentence whose subject is a part of the company: "The data center business continues to
# lead revenue, with $41.1 billion", "Another growth category, networking, delivered revenue
# of $7.3 billion" (NVIDIA's Q2 FY2026 in two articles), "The Wearables, Home, and Accessories
# segment (which includes ...) brought in $7.52 billion in revenue" (Apple's Q2 FY2025): the
# figure is that part's, never the company's total, which it drifted from. A newcomer adds the
# nouns an article uses for a part of a company.
# ("group" and "line" left out: "Acme Group", "the top line" name the company, not a part)
PART_NOUNS = ("segment", "business", "division", "category", "unit")
_NOUNS = "|".join(PART_NOUNS)
_NAME_WORD = r"[A-Za-z][\w&.'’-]*"
# the subject opens the sentence: "(The|Its) NAME NOUN" or "(Another ...) NOUN, NAME,"
_OPENING = r"^\W*(?:(?:in|for|during|over)\s+[^,;$]{1,30},\s*)?"  # "In Q2 2025, the ..."
_NAME_THEN_NOUN = re.compile(
    rf"{_OPENING}(?:(?:the|its|their|our)\s+)?(?P<name>{_NAME_WORD}(?:,?\s+(?:(?:and|&)\s+)?"
    rf"{_NAME_WORD}){{0,4}}?)\s+(?:{_NOUNS})\b(?!['’])", re.I)
_NOUN_THEN_NAME = re.compile(
    rf"{_OPENING}(?:{_NAME_WORD}\s+){{0,3}}?(?:{_NOUNS}),\s+(?P<name>{_NAME_WORD}(?:\s+(?:(?:and|&)\s+)?"
    rf"{_NAME_WORD}){{0,3}}),", re.I)
_LISTED_NAMES = re.compile(r"[A-Z][\w&.'’-]*(?:,?\s+(?:(?:and|&)\s+)?[A-Z][\w&.'’-]*)*")
# another clause or another metric between the subject and the figure: the figure is not its
_NOT_ITS = re.compile(r"\b(?:while|whereas|but|although|though|income|profit|earnings|margin|"
                      r"loss|EPS|per\s+share|cash)\b|;", re.I)


def subject_part(before: str) -> str | None:
    """The part of the company the sentence's subject names, when the words up to the figure
    go on about it; None else."""
    for regex in (_NOUN_THEN_NAME, _NAME_THEN_NOUN):
        found = regex.match(before)
        if found is None or _NOT_ITS.search(blank_earnings_events(before[found.end():])):
            continue
        name = found.group("name")
        if _LISTED_NAMES.fullmatch(name) and len(name.split()) > 1:
            return _clean_name(name)  # "Wearables, Home, and Accessories"
        part = part_named(name)
        if part is None and _LISTED_NAMES.fullmatch(name) and name.lower() not in _NOT_KINDS:
            # "The Pad category shone ...": a capitalised name before a part's noun is that part
            # (part_named takes a capitalised word for the company's name before a metric)
            return _clean_name(name)
        # a lowercase head must be a word the table knows ("growth category" names no part)
        if part is not None and (known_part_word(part.split()[-1]) or all(
                w[:1].isupper() for w in part.split() if w.lower() not in ("and", "&"))):
            return part
    return None


# "Mac and iPad revenues grew 7% ($7.95 billion) and 15% ($6.4 billion), respectively" (on
# Apple's Q2 FY2025): the parts listed before the figures take them in turn, one figure of each
# unit per part; read from the nearest part word, every figure was iPad's.
_LISTED_PARTS = re.compile(
    rf"(?P<names>{_NAME_WORD}(?:,\s+{_NAME_WORD})*,?\s+(?:and|&)\s+{_NAME_WORD})\s+"
    r"(?:net\s+)?(?:revenues?|sales|segments?|businesses|divisions?)\b")
# ... and the places a line's revenue comes from: "revenues from Japan and the Americas
# increased by 16.5% and 8.2%, respectively" (a recap of a device maker's quarter: both figures
# were read as the pair's, which no filed line is)
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,2}"
_LISTED_PLACES = re.compile(
    rf"\b(?:[Rr]evenues?|[Ss]ales)\s+(?:from|in)\s+(?P<names>{_PLACE_NAME}(?:,\s+{_PLACE_NAME})*"
    rf",?\s+(?:and|&)\s+{_PLACE_NAME})")
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def respective_part(sentence: str, span: tuple[int, int], unit: str | None) -> str | None:
    """The part of a "respectively" list a figure is about: the one in its turn among the
    figures of its unit after the list; the whole list when the counts differ (no one part)."""
    if unit is None or not _RESPECTIVELY.search(sentence, span[1]):
        return None
    found = [*_LISTED_PARTS.finditer(sentence, 0, span[0]),
             *_LISTED_PLACES.finditer(sentence, 0, span[0])]
    if not found:
        return None
    listed = max(found, key=lambda m: m.end())
    names = [re.sub(r"^the\s+", "", n) for n in re.split(
        r",\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", listed.group("names")) if n]
    same = [f.span for f in find_figures(sentence[listed.end():])
            if f.unit == unit or (unit == "USD" and f.unit is None)]
    turn = [s for s in same if s[0] + listed.end() == span[0]]
    if len(same) != len(names) or not turn:
        return listed.group("names")
    return names[same.index(turn[0])]
