"""Who a figure is about: customer names and their aliases, compared loosely.

An article writes "G42" where the filing says "Group 42 Holding Ltd (together with its
affiliates, "G42")", or "MBZUAI" for "Mohamed bin Zayed University of Artificial Intelligence".
"""

from __future__ import annotations

import re

from extractors.xbrl_segments import spells
from pipeline.verify.part_words import us_spelling

_ENTITY_SUFFIXES = {"holding", "holdings", "ltd", "limited", "inc", "llc", "corp", "corporation",
                    "co", "plc", "sa", "ag", "group", "the"}
_INITIALS_SKIP = {"of", "the", "and", "&", "for"}


def same_entity(a: str, b: str) -> bool:
    """Alias-insensitive: 'G42' = 'Group 42 Holding Ltd', 'MBZUAI' = 'Mohamed bin Zayed ...'."""
    na, nb = _name_words(a), _name_words(b)
    if not na or not nb:
        return False
    if na == nb or " ".join(na) in " ".join(nb) or " ".join(nb) in " ".join(na):
        return True
    return _initials(na) == "".join(nb) or _initials(nb) == "".join(na)


def _name_words(name: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name.lower())
    return [w for w in cleaned.split() if w not in _ENTITY_SUFFIXES]


def _initials(words: list[str]) -> str:
    return "".join(w if w.isdigit() else w[0] for w in words if w not in _INITIALS_SKIP)


# Words that name what a figure is, not which part: "Cloud segment revenue" is "Cloud".
_GENERIC = {"segment", "segments", "division", "revenue", "revenues", "sales", "net", "region",
            "regions", "group", "unit", "balances",  # "credit card balances": the loans
            "line",  # "The Mac line": the filer's "Mac"
            "shipments",  # "Bulk shipments": the Bulk group's traffic
            # "Hardware department revenue": a translated note's word for the filer's segment
            "department", "departments",
            # "<Metric>- <Region>- Total: $X" (a generated key-metrics recap): the region's
            # total, as its filed line is; never a leading word ("Total <Region>" is the same)
            "total"}
_ALIAS = re.compile(r"^(?P<name>.*?)\s*\((?P<alias>[A-Za-z.]{2,8})\)$")
_ABBREVIATION = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,3}")


def same_segment(claimed: str, filed: str) -> bool:
    """Whether an article's part of the company is the filer's: the same words ('Data center' =
    'Data Center', 'Compute & Networking' = 'Compute and Networking'), the abbreviation the
    filing defines ('UCAN' = 'United States and Canada (UCAN)'), or an abbreviation whose
    letters start the other's words in turn ('APAC' = 'Asia Pacific', 'U.S.' = 'US'). Never a
    word in common alone: 'Cloud' is not 'Sales Cloud'."""
    if _only_catch_all(claimed):
        return False
    claimed_name, claimed_alias = _split_alias(claimed)
    filed_name, filed_alias = _split_alias(filed)
    names = [(claimed_name, filed_name)]
    names += [(claimed_name, filed_alias)] if filed_alias else []
    names += [(claimed_alias, filed_name)] if claimed_alias else []
    return any(_same_part(a, b) for a, b in names)


# A name that is only a catch-all word: an article's "other revenues fell 12%" names the
# filer's line "Other revenues" (a railroad's 10-Q, where a residual row "Other" of that line's
# breakdown stands beside "Accessorial" and "Other subsidiary"), never the residual part, which
# it matched and supported; no part is reached by such a name (unverifiable, never the total).
_CATCH_ALL_NAMES = frozenset({"other", "others", "all other", "miscellaneous"})


def _only_catch_all(name: str) -> bool:
    return " ".join(name.lower().split()) in _CATCH_ALL_NAMES


# ISO 3166 codes filers tag countries with ("country:MX" in Union Pacific's 10-Q, named "MX"),
# against the names articles write ("shipments to and from Mexico").
COUNTRY_CODES = {
    "US": "united states", "MX": "mexico", "CA": "canada", "CN": "china", "JP": "japan",
    "GB": "united kingdom", "UK": "united kingdom", "DE": "germany", "FR": "france",
    "IT": "italy", "ES": "spain", "NL": "netherlands", "IE": "ireland", "CH": "switzerland",
    "IN": "india", "BR": "brazil", "AU": "australia", "KR": "south korea", "TW": "taiwan",
    "SG": "singapore", "HK": "hong kong", "IL": "israel", "SE": "sweden", "RU": "russia"}


def _same_part(a: str, b: str) -> bool:
    wa, wb = _part_words(a), _part_words(b)
    if not wa or not wb:
        # a line named only by generic words ("Net sales" beside Costco's "Total revenue") is
        # the same line only when spelled the same
        return not wa and not wb and a.lower().split() == b.lower().split() and bool(a.split())
    for code, name in ((a.strip(), wb), (b.strip(), wa)):
        if COUNTRY_CODES.get(code) == " ".join(name):
            return True
    if wa == wb or "".join(wa) == "".join(wb) or _plural_of(wa, wb) or _plural_of(wb, wa):
        return True
    joined_a, joined_b = ["".join(wa)], ["".join(wb)]  # "iPhones" = IPhoneMember's "I Phone"
    if _plural_of(joined_a, joined_b) or _plural_of(joined_b, joined_a):
        return True
    for short, long in ((a, wb), (b, wa)):
        if _ABBREVIATION.fullmatch(short.strip()) and len(long) > 1:
            if spells(short.replace(".", ""), long):
                return True
    ca, cb = _part_words(a, cased=True), _part_words(b, cased=True)
    return (_spelled_in_turn(ca, cb) or _spelled_in_turn(cb, ca)
            or _leads_list(a, b) or _leads_list(b, a))


# A part the filer names by a list of three or more ("Wearables, Home and Accessories", "Parks,
# Experiences and Products"): an article names it by its first item, or by some of its items
# in turn from the first ("wearables and accessories"; a recap of a device maker's quarter).
# Never a list of places: "Europe" is not "Europe, Middle East and Africa", a region of which
# Europe is one part; and never a list of two ("Compute" is not "Compute & Networking").
LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", re.I)
_PLACE_WORDS = frozenset(COUNTRY_CODES.values()) | {
    "europe", "asia", "africa", "america", "americas", "middle east", "pacific", "asia pacific",
    "latin america", "north america", "south america", "emea", "apac", "international",
    "domestic", "rest of world", "other"}


def _leads_list(short: str, long: str) -> bool:
    items = [" ".join(_part_words(i)) for i in LIST_JOIN.split(long.strip())]
    named = [" ".join(_part_words(i)) for i in LIST_JOIN.split(short.strip())]
    if len(items) < 3 or not all(items) or not all(named) or len(named) >= len(items):
        return False
    if any(i in _PLACE_WORDS or any(w in _PLACE_WORDS for w in i.split()) for i in items):
        return False
    if named[0] != items[0] and not _plural_of(named[0].split(), items[0].split()):
        return False
    rest = iter(items[1:])
    return all(any(n == i or _plural_of(n.split(), i.split()) for i in rest) for n in named[1:])


def _plural_of(plural: list[str], singular: list[str]) -> bool:
    """The same words, one or more of them in its plural: 'Services' = us-gaap:ServiceMember's
    'Service' (a device maker's 10-Q tags its Services line with the standard member); a word
    inside the name too ("on-premises license" for a database maker's "on-premise license"
    line, as a recap of its quarter spelled it)."""
    return len(plural) == len(singular) and plural != singular and all(
        p == s or (len(s) > 2 and p == s + "s") for p, s in zip(plural, singular, strict=True))


def _spelled_in_turn(short: list[str], long: list[str]) -> bool:
    """The same words in turn, where an abbreviation in one spells the initials of a run of
    the other's: 'US and Puerto Rico' = 'United States and Puerto Rico'."""
    i = j = 0
    expanded = False
    while i < len(short) and j < len(long):
        word = short[i]
        if word.lower() == long[j].lower():
            i, j = i + 1, j + 1
            continue
        run = long[j:j + len(word)]
        if not (_ABBREVIATION.fullmatch(word) and len(run) == len(word) > 1
                and "".join(w[0] for w in run).lower() == word.lower()):
            return False
        i, j, expanded = i + 1, j + len(word), True
    return expanded and i == len(short) and j == len(long)


def _split_alias(name: str) -> tuple[str, str | None]:
    found = _ALIAS.match(name.strip())
    return (found.group("name"), found.group("alias")) if found else (name, None)


def _part_words(name: str, cased: bool = False) -> list[str]:
    # 'U.S.' is one word, 'Asia-Pacific' two; ``cased`` keeps the case (abbreviations)
    cleaned = re.sub(r"(?<=\b[A-Za-z])\.(?=[A-Za-z]\b)|(?<=\b[A-Za-z]\.[A-Za-z])\.", "", name)
    cleaned = cleaned if cased else cleaned.lower()
    words = [w if cased else us_spelling(w)  # "Data Centre" is the filer's "Data Center"
             for w in "".join(ch if ch.isalnum() else " " for ch in cleaned).split()
             if w.lower() not in ("and", "of")]
    while words and words[-1].lower() in _GENERIC:  # 'Cloud segment revenue'; 'Sales Cloud'
        words.pop()
    while words and words[0].lower() == "the":
        words.pop(0)
    return words
