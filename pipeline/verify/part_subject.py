"""A part of the company as the subject of a figure's clause: "Its biggest segment, Retail
Banking, earned $600 million", "The company's largest division, Pharmaceuticals, had revenue of
$2.2 billion", "the consumer division reported operating income of $600 million". The figure is
that part's, never the company's total: a metric stated by part is searched for that part
only, any other (net income, EPS) is compared with nothing. Read as the total, a division's
profit would be drifted against the company's."""

from __future__ import annotations

import re

from pipeline.verify.part_places import names_place, place_name
from pipeline.verify.part_words import SEGMENT_WORDS, TOTAL_WORDS

# the words for a part a company reports on (a brand stands for its line in a retailer's)
# (capitalised as the filer names it: "the Windows Division had a revenue increase of $259
# million", a trade site on a software maker's quarter, read as the company's change)
_UNIT = r"(?:(?i:division|segment)|unit|arm|subsidiary|brand|franchise)"
_BUSINESS = r"(?:business|group|operations?)"
_OWNER = (r"(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w.&-]*['’]s|"
          r"(?:[Tt]he\s+)?(?:company|firm|group)['’]s)")
# where a clause's subject opens: the sentence's start, a clause's comma, a conjunction, or an
# opening adverb ("Meanwhile, its ...")
_OPENS = r"(?:^|[;:]\s*|,\s+|\b(?:and|while|but|whereas|as)\s+)(?:[A-Z][a-z]+,?\s+)?"
_NAME = r"[A-Za-z][\w.&'’-]*(?:\s+(?:(?:&|and)\s+)?[A-Za-z][\w.&'’-]*){0,3}"
# "Its biggest segment, Retail Banking, earned": the part named in apposition (a business or
# a group so named is a part too)
_APPOSED = re.compile(rf"{_OPENS}{_OWNER}\s+(?:[a-z-]+\s+){{0,2}}?(?:{_UNIT}|{_BUSINESS}),\s+"
                      rf"(?P<name>{_NAME}),\s+")
# "the consumer division reported": a part the subject names by its word (never "its
# business", which may be the company, nor "segment results")
_WORDED = re.compile(rf"{_OPENS}(?P<part>{_OWNER}\s+(?:[\w&-]+\s+){{0,3}}?{_UNIT})\b(?!['’])"
                     r"(?!\s+(?:results|reporting|data|disclosures?|level|structure)\b)")
# what ends the part's clause before the figure, or names the whole company in it
_ENDS = re.compile(r";|,\s*(?:while|but|whereas|although|though|and)\b|\s(?:while|whereas|but)\s|"
                   r"\b(?:total|overall|consolidated|company-?wide|group-?wide)\b|[$%]|\d", re.I)
_REACH = 120
# a place the sentence opens on, whose figures are all that place's ("In the U.S., same-store
# sales decreased 0.7%", "In Europe, operating income was $X"), and a place as a later clause's
# subject ("Comparable sales rose 3.6% globally, and United States sales increased 2.4%": read
# as the company's comparable sales, the U.S. rate was drifted against the global one)
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w.'’-]*){0,3}"
_OPENING_PLACE = re.compile(rf"^\s*(?:In|Across|Throughout)\s+(?:the\s+)?(?P<name>{_PLACE_NAME}),")
_PLACE_CLAUSE = re.compile(rf"(?:^|[;:]\s*|,\s+(?:and\s+|while\s+|but\s+)?|\s(?:and|while|but)\s+)"
                           rf"(?:the\s+)?(?P<name>{_PLACE_NAME})\s+(?:[a-z-]+\s+){{0,2}}?"
                           r"(?:sales|revenues?|comps|income|earnings|profits?)\b")
# what makes the rest of an opening place's sentence the whole company's again
_WHOLE = re.compile(r";|\b(?:while|whereas|but|total|overall|consolidated|company-?wide|"
                    r"globally|worldwide|group-?wide)\b", re.I)


# "Gaming saw an increase of 14% in revenues from the first quarter" (a non-US business site's
# phrasing): a part named bare as the subject of a verb that has a change, its line named only
# after the rate (read as the company's revenue growth, the part's true rate drifted)
_SAW = re.compile(rf"{_OPENS}(?:the\s+)?(?P<name>{_NAME})\s+(?:saw|posted|had|recorded|"
                  r"reported|logged|delivered|enjoyed|showed|notched)\s+(?:a|an)\s+"
                  r"(?:[a-z-]+\s+){0,3}?$")


def _saw_part(window: str) -> str | None:
    """The bare part a clause that "saw a change of" opens with ("Gaming saw an increase of"),
    when every word of it is a part word the table knows or capitalised, the last a part word,
    and none names the whole company."""
    found = _SAW.search(window)
    if found is None:
        return None
    name = re.sub(r"^(?:(?:and|while|but|whereas|as)\s+)+", "", found.group("name"), flags=re.I)
    words = [w for w in name.split() if w.lower() not in ("and", "&")]
    if not words or words[-1].lower() not in SEGMENT_WORDS or any(
            w.lower() in TOTAL_WORDS or not (w.lower() in SEGMENT_WORDS or w[:1].isupper())
            for w in words):
        return None
    return name


def subject_part(before: str) -> str | None:
    """The part of the company the clause's subject names before a figure (its name, else the
    words that name it: "consumer division", "largest division"), or None."""
    opening = _OPENING_PLACE.match(before)
    if opening and names_place(opening.group("name")) and not _WHOLE.search(
            before[opening.end():]):
        return place_name(opening.group("name"))
    window = before[-_REACH:]
    place = next(reversed(list(_PLACE_CLAUSE.finditer(window))), None)
    if place and names_place(place.group("name")) and not _ENDS.search(window[place.end():]):
        return place_name(place.group("name"))
    if (saw := _saw_part(window)) is not None:
        return saw
    found = None
    for pattern in (_APPOSED, _WORDED):
        for match in pattern.finditer(window):
            found = match if found is None or match.end() > found.end() else found
    if found is None or _ENDS.search(window[found.end():]):
        return None
    if found.re is _APPOSED:
        return found.group("name")
    return re.sub(rf"^{_OWNER}\s+", "", found.group("part"))


def part_reason(before: str) -> str | None:
    """Why a figure whose subject is a part has no metric, or None."""
    part = subject_part(before)
    if part is None:
        return None
    return (f"a figure of a part of the company (\u201c{part}\u201d), not its total: no filed "
            "line of that part was searched")
