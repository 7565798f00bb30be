"""Places (and other parts) named after a word for sales: "sales in the U.S.", "revenue from
Mexico", "sales outside the U.S.", "Sales of Building Materials", "a decline in Greater China,
where net sales fell N%"; and the words every place is made of. Read as a part, such a figure is
compared with that part's filed lines, if any: never with the company's total."""

from __future__ import annotations

import re

from pipeline.verify.part_words import PERIOD_NAME, TOTAL_WORDS

# "revenue from shipments to and from Mexico", "sales in the U.S.": a place after the word.
# "sales outside the U.S." (a stock-note site on a retailer's quarter) names the rest of the
# world, never the place itself nor the company: read as the company's, it drifted from total
# revenue; the part keeps the word ("outside the U.S."), which only a filer's part so named meets.
# "Sales of Building Materials", "sales of xPad" (a filing summary's product lines): a line's
# name after "of" (the filer's own name there is the company's: claims_build_parts)
_PLACE = re.compile(r"\b(?:[Rr]evenues?|[Ss]ales)\s+(?:(?:from|in|to)\s+(?:[a-z]+\s+){0,5})?"
                    r"(?P<prep>from|in|to|of|outside(?:\s+of)?)\s+(?:the\s+)?"
                    r"(?P<name>(?:[A-Z]|[a-z](?=[A-Z]))[\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
                    r"(?!.*\b(?:revenues?|sales)\b)", re.S)
# Another figure named between the part's words and the figure: the figure is about that one.
OTHER_METRIC = re.compile(r"\b(?:income|profit|earnings|margin|loss|EPS|per\s+share|cash)\b",
                          re.I)

# "a decline in Greater China, where net sales were down 2%": the place the clause is about
# (or "the weak spot was Asia, where revenue fell N%")
_WHERE_PLACE = re.compile(r"\b(?:in|was|were|is|are)\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}),?"
                          r"\s+where\s+(?:net\s+)?(?:revenues?|sales)\b(?!.*\b(?:revenues?|sales)\b)",
                          re.S)

# The words every place is made of (a region, a country, "international").
PLACE_WORDS = {
    "america", "americas", "north", "south", "latin", "europe", "european", "asia", "asia-pacific",
    "pacific", "africa", "middle", "east", "canada", "china", "greater", "japan", "india",
    "emea", "apac", "latam", "ucan", "international", "domestic", "u.s.", "us", "united",
    "states", "kingdom", "mexico", "brazil", "germany", "france", "korea", "taiwan", "rest"}


# A place's adjective ("Latin American operating income", "Asian revenue"; a quarterly filing's
# region read as the company's total drifted against it) names the part as surely as the place;
# the possessive too ("Latin America's revenue"). "American" alone may be a company's short name:
# it counts only after a region's word. The adjective's place, where the filer names its part so.
PLACE_ADJECTIVES = {"american": "America", "asian": "Asia", "african": "Africa",
                    "european": "Europe", "canadian": "Canada", "chinese": "China",
                    "japanese": "Japan", "indian": "India", "mexican": "Mexico",
                    "brazilian": "Brazil", "german": "Germany", "french": "France",
                    "korean": "Korea", "australian": "Australia", "british": "British"}
_POSSESSIVE = re.compile(r"['’]s$")


def _place_words(name: str) -> list[str]:
    return [_POSSESSIVE.sub("", w.lower().strip(",")) for w in name.split()
            if w.lower() not in ("and", "&", "the")]


def names_place(name: str) -> bool:
    """Whether every word of a name is a place's ("North America", "U.S.", "Greater China"),
    or its adjective ("Latin American", "Asian"), possessive or not ("Latin America's")."""
    words = _place_words(name)
    return bool(words) and all(w in PLACE_WORDS or w in PLACE_ADJECTIVES and (
        w != "american" or i > 0) for i, w in enumerate(words))


def place_name(name: str) -> str:
    """The place a name of ``names_place`` stands for: "Latin American" -> "Latin America",
    "Latin America's" -> "Latin America"."""
    words = _POSSESSIVE.sub("", name.strip()).split()
    return " ".join(PLACE_ADJECTIVES.get(w.lower(), w) for w in words)


def place_after(before: str) -> tuple[int, str | None] | None:
    """(where, name) of the place a word for sales names after it ("sales in the U.S."), the
    name None when it turns out no place's (an owner, a period, a currency); None when no word
    for sales is followed by one."""
    found = _PLACE.search(before)
    return None if found is None else (found.start(), _place(found, before))


def where_place(before: str) -> str | None:
    """The place a "where" clause is about ("a decline in Greater China, where net sales fell
    N%"), when no other metric is named after it."""
    where = _WHERE_PLACE.search(before)
    if where and not OTHER_METRIC.search(before[where.end():]) and all(
            w.lower() in PLACE_WORDS for w in where.group("name").split()):
        return where.group("name")
    return None


def _place(found: re.Match, before: str) -> str | None:
    """A place, not an owner ("Total sales in Acme's 14-week quarter" is the company's)."""
    after = before[found.end():]
    # (nor a currency: "revenue of US$4.7 billion")
    if OTHER_METRIC.search(after) or re.match(r"['’]s\b|\$", after):
        return None
    name = found.group("name").rstrip(".,")
    if PERIOD_NAME.match(name):
        return None  # "Revenue in Q2 2025 rose 16%": a period, not a place
    listed = _MORE_PLACES.match(after)
    if listed:  # "sales in the US and Canada grew by 15.8% and 15.2% respectively": both
        name += listed.group(0).rstrip(" ,")  # places, and neither figure is the US's alone
    if found.group("prep").startswith("outside"):
        return f"outside the {name}"
    return name if name.lower() not in TOTAL_WORDS else None


# The verbs that end a subject: a list of places runs up to the first of them ("revenues from
# the United States and Canada totaled $4.93 billion": 'totaled' names no place).
SUBJECT_VERBS = ("were", "was", "is", "are", "grew", "rose", "increased", "decreased", "fell",
                 "declined", "totaled", "totalled", "totals", "amounted", "reached", "came",
                 "contributed", "generated", "brought", "stood", "hit", "climbed", "jumped",
                 "surged", "soared", "dropped", "slipped", "accounted", "represented", "posted",
                 "delivered", "added", "expanded", "improved", "reported", "recorded", "made")
_VERB_ALT = "|".join(SUBJECT_VERBS)
_MORE_PLACES = re.compile(rf"(?:\s*,\s*|\s+and\s+|\s+&\s+)(?:(?!(?:{_VERB_ALT}|up|down|of|to|"
                          r"by)\b)[\w.&-]+[\s,]*){1,5}")
