"""Parts of revenue an article may quote (segments, channels, regions), told apart from the
company's total so that they are never compared with it."""

from __future__ import annotations

import re

from pipeline.verify import part_places as pp
from pipeline.verify import part_words
from pipeline.verify.part_contributors import contributor
from pipeline.verify.part_list_items import listed_part_name
from pipeline.verify.part_phrases import line_after_from, titled_line, with_clause_subject
from pipeline.verify.part_places import OTHER_METRIC, PLACE_WORDS, place_after, where_place
from pipeline.verify.part_relative import which_part
from pipeline.verify.part_words import (
    PERIOD_NAME,
    REVENUE_ROLE_AFTER,
    SEGMENT_WORDS,
    TOTAL_WORDS,
    is_verb_form,
)

_WORD = r"[A-Za-z][\w.&'’-]*"
# "Cloud and Enterprise revenue", "Data center revenue", "UCAN revenue": up to four words
# ("Cloud services and license support revenues", a line of a software 10-Q)
# before "revenue"/"sales", joined by "and"/"&" where a name has them.
# ("Concrete turnover rose": a trade journal's British word for a segment's sales)
# ("Cloud services and license support department revenue": a translated note on a software
# maker's quarter calls each segment a department, a word more than the four of the name)
_PART = re.compile(rf"(?<![\w'’])(?P<name>(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,3}}{_WORD}"
                   r"(?:\s+departments?)?)"
                   r"\s+(?:net\s+)?(?:revenues?|sales|turnover)\b" + REVENUE_ROLE_AFTER +
                   r"(?!.*\b(?:revenues?|sales|turnover)\b)", re.S)
# "Intelligent Cloud operating income": a part's operating income, the last one named; so its
# margin ("the Embedded segment's operating margin", an article on a chipmaker's quarter)
_PROFIT = re.compile(rf"(?<![\w'’])(?P<name>(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_WORD})"
                     r"\s+(?:segment(?:['’]s)?\s+)?(?:operating\s+(?:income|profit|loss|margin)|"
                     r"gross\s+margin)\b(?!.*\b(?:operating|gross)\s+(?:income|profit|loss|margin)\b)",
                     re.S | re.I)
# A list of parts after the first: "led by APAC revenue up 24%, followed by EMEA (+18%), ...".
_LISTED = re.compile(r"(?:,|\b(?:by|and|or|of|then|with|vs\.?|versus|against|behind))\s+"
                     r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                     r"\s*\(\s*[+\-−]?\s*$")
# a profit line or margin with no name before it, whose part may be named after it
_PROFIT_OPENS = re.compile(r"\b(?:operating\s+(?:income|profit|loss|margin)|gross\s+margin)\b"
                           r"(?!.*\b(?:operating|gross)\s+(?:income|profit|loss|margin)\b)",
                           re.S | re.I)
_ABBREVIATION = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,3}")
_NOT_PARTS = {"gaap", "ttm", "yoy", "ytd", "fy", "ipo", "eps", "usd"}


# An appositive list after a subject: "Bulk shipments, including grain, fertilizer, and coal,
# saw a 10% increase": the list says what the subject holds; the subject is still the part the
# figure is about. Its openers are data; it runs to the last comma before the figure.
# A relative clause between commas says what the subject is ("Revenue from intermodal, which
# involves goods moved from trucks to trains, fell 3 percent"): left out as an appositive.
_APPOSITIVE_OPENERS = ("including", "such as", "like", "notably", "among them", "which")
_APPOSITIVE = re.compile(r",\s*(?:" + "|".join(o.replace(" ", r"\s+") for o in _APPOSITIVE_OPENERS)
                         + r")\s+[^.;:()$\d,]+(?:,[^.;:()$\d,]+)*,(?=[^,]*$)", re.I)
# how far before a figure its part's name is looked for, once appositives are left out, and
# how far back an appositive list is looked for (a bound: a sentence may be a whole page)
_PART_WINDOW = 80
_APPOSITIVE_REACH = 400


# A share's base: "accounted for 87.9% of total revenues, increasing 56% to $41.1 billion" (a
# summary of a chipmaker's quarter): the total is what the share is of, not the subject the
# clause after it goes on about; left out, as is an appositive that says what the subject is
# (", a key component of Compute & Networking,": no figure in it)
_SHARE_BASE = re.compile(r"(?<=%)\s+of\s+(?:the\s+company['’]s\s+|its\s+|the\s+)?(?:total|overall|"
                         r"consolidated)\s+(?:net\s+)?(?:revenues?|sales)\b", re.I)
_NOUN_APPOSITIVE = re.compile(r",\s*(?:a|an)\s+[a-z][^.;:()$\d,]*,", re.I)


def part_window(before: str) -> str:
    """The words before a figure in which its part is named: the sentence up to the figure,
    less an appositive list after its subject and a share's base, the last ``_PART_WINDOW``
    characters."""
    text = _APPOSITIVE.sub("", before[-_APPOSITIVE_REACH:])
    text = _NOUN_APPOSITIVE.sub("", _SHARE_BASE.sub("", text))
    start = max(0, len(text) - _PART_WINDOW)
    while 0 < start < len(text) and text[start - 1].isalnum():
        start -= 1  # never a word cut in two
    # nor a name: "... Compute & Networking segment represented N% of total revenues, with
    # revenues soaring M%" cut before "Networking" named another part (a chipmaker's Networking)
    head = _NAME_RUN.search(text, 0, start) if _NAME_GOES_ON.match(text, start) else None
    start = head.start() if head else start
    # nor the name of the last line it names: "Cloud services and license support revenues
    # were up N% in USD and up M% in constant currency to $X billion" (a software release)
    line = _PART.search(text)
    if line and line.start("name") < start < line.start("name") + len(line.group("name")):
        start = line.start("name")
    return text[start:]


_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:(?:&|and)\s+)?)+$")
_NAME_GOES_ON = re.compile(r"[A-Z]|(?:&|and)\s+[A-Z]")


# "The Wearables segment (which includes watches and earbuds) brought in $7.5 billion": an
# aside in brackets, with no figure in it, stands between the part and its figure
_ASIDE = re.compile(r"\s*\([^()$%\d]*\)")


def words_before(text: str, end: int) -> str:
    """The words of a sentence before ``end`` in which a figure's part is named: asides in
    brackets and appositive lists left out (see part_window)."""
    return part_window(_ASIDE.sub("", text[:end]))


def revenue_segment(before: str) -> str | None:
    """The part of revenue a figure is about, as the article names it ("Cloud and Enterprise",
    "Data center", "UCAN", "Mexico"), when the words before the figure name one."""
    listed = _LISTED.search(before)
    if listed and _PART.search(before[:listed.start()]):
        return listed.group("name")
    found = _PART.search(before)
    profit = _PROFIT.search(before)
    if profit and (found is None or profit.start() > found.start()):
        after = before[profit.end():]
        if (named_after := part_after(after)) is not None:
            return named_after  # "the operating margin for the Data Centre segment"
        if OTHER_METRIC.search(after) or re.search(r"\b(?:revenues?|sales)\b", after, re.I):
            return None
        # "the Embedded segment's operating margin": the part's; "UP's" is an owner's
        # "Gadgets' gross margin" (a device maker's product line): a plural's possessive
        return _named(re.sub(r"\b(segment|division)['’]s$|(?<=[A-Z][a-z]s)['’]$", r"\1",
                             profit.group("name"), flags=re.I))
    lead = _PROFIT_OPENS.search(before) if profit is None and found is None else None
    if lead and (named_after := part_after(before[lead.end():])) is not None:
        return named_after  # "Gross margin for Services was": the line opens the sentence
    if (where := where_place(before) or which_part(before)) is not None:
        return where  # "a decline in Greater China, where net sales fell N%"
    place = place_after(before)
    if place and (found is None or place[0] >= found.start()):
        return place[1]
    line = line_after_from(before) or titled_line(before)
    if line and (found is None or line[0] >= found.start()):
        return line[1]
    if found is None or OTHER_METRIC.search(before[found.end():]):
        return _subject_part(before)
    return (listed_part_name(before[:found.end("name")])  # "<A>, <B>, and <C> sales": one name
            or _named(found.group("name")) or _with_part(before) or _subject_part(before))


def _with_part(before: str) -> str | None:
    """"came from services, with revenue up N%": the part word before the clause's comma."""
    subject = with_clause_subject(before)
    part = part_named(subject) if subject else None
    return part if part and known_part_word(part.split()[-1]) else None


# "the operating margin for the Data Centre segment", "operating income of its Cloud unit": a
# part named after the metric, by a word for a part (a unit's "business" names no filed line)
_PART_AFTER = re.compile(
    r"^\s*(?:for|of|at|in|from|within)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w.&-]*['’]s\s+)?"
    rf"(?P<name>(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,3}}?{_WORD})\s+"
    r"(?P<unit>segment|division|unit|group|business)\b(?!['’])", re.I)


# "Gross margin for Services was 75.7%", "operating margin in Greater China" (a blog's table of
# a device maker's rates): a capitalised name whose head the part table knows needs no unit
# word after it (read as the company's, the line's margin drifted from the company's)
_KNOWN_PART_AFTER = re.compile(r"^\s*(?:for|of|at|in|from|within)\s+(?:the\s+|its\s+)?"
                               r"(?P<name>(?:[A-Z][\w.&-]*\s+(?:(?:and|&)\s+)?){0,2}[A-Z][\w.&-]*)"
                               r"(?![\w'’])")


def part_after(after: str) -> str | None:
    """The part a metric's words name after it ("margin for the Data Centre segment"), if any:
    a name of capitalised words, or of words the part table knows ("the data center segment");
    without a unit word, a capitalised name whose last word the table knows ("for Services")."""
    found = _PART_AFTER.match(after)
    if found is None:
        known = _KNOWN_PART_AFTER.match(after)
        # (or a place: "operating income in Latin America was $X" drifted as the company's)
        if known is None or not (known_part_word(known.group("name").split()[-1])
                                 or pp.names_place(known.group("name"))):
            return None
        return capitalised_name(known.group("name"))
    words = found.group("name").split()
    if not all(w[:1].isupper() or w.lower() in ("and", "&") for w in words):
        name = _named(found.group("name"))
        if name is None or not known_part_word(name.split()[-1]):
            return None
    else:
        name = capitalised_name(found.group("name"))
    unit = found.group("unit").lower()
    return None if name is None else name if unit == "business" else f"{name} {unit}"


# "its Business division saw revenue grow 14 percent", "the Entertainment & Devices group saw
# an 8 percent uptick": a capitalised name before a word for a part of the company, the
# sentence's subject up to the figure (no other clause begins between them).
# (a product's name may open on a small letter before a capital: "iPhones topped estimates")
_CAPITALISED = (r"(?:[A-Z]|[a-z](?=[A-Z]))[\w.'’-]*"
                r"(?:\s+(?:&|and)\s+[A-Z][\w.'’-]*|\s+[A-Z][\w.'’-]*){0,3}")
# "Bulk shipments ... saw a 10% increase in freight revenues" (a railroad's business group): the
# traffic a named group carries is that group's, as its division or segment is; a name may list
# its words with commas ("The Wearables, Home, and Accessories segment")
_CAPITALISED_LIST = r"[A-Z][\w.'’-]*(?:,?\s+(?:&|and)\s+[A-Z][\w.'’-]*|,?\s+[A-Z][\w.'’-]*){0,3}"
# (the unit's word may be capitalised as the filer names it: "the Windows Division had a revenue
# increase of $259 million (6%)", a trade site on a software maker's quarter, read as the total;
# never "Group", which ends many a company's own name)
_UNIT = re.compile(rf"(?<![\w'’])(?P<name>{_CAPITALISED_LIST})\s+(?P<unit>(?i:division|segment)|"
                   r"group|unit|business|shipments|products)\b(?!['’])")
# "Server & Tools grew 9 percent", "Windows revenue was up 6 percent": a capitalised name right
# before the verb of the figure.
_SUBJECT_VERB = re.compile(
    rf"(?<![\w'’])(?P<name>{_CAPITALISED})\s+(?:(?:net\s+)?(?:revenues?|sales|turnover)\s+)?"
    r"(?:grew|rose|jumped|climbed|fell|declined|dropped|slipped|increased|decreased|"
    r"(?:was|were)\s+(?:up|down)|(?P<noun>growth|increase|rise|decline)\s+to|"
    # "iPhones topped estimates at $46.8 billion in sales" (claims_modality: the result)
    r"(?:topped|beat|exceeded|surpassed|missed)\s+(?:\w+['’]?\s+){0,2}?(?:estimates|"
    r"expectations|forecasts)\s+(?:at|with))\s+(?:by\s+)?"
    r"(?:about\s+|roughly\s+|nearly\s+|some\s+)?$")
_NEW_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though)\b|;|,\s*and\b", re.I)
_METRIC_WORDS = re.compile(r"\b(?:revenues?|sales|income|profit|earnings|margin|loss|EPS|cash|"
                           r"GAAP|shares?)\b", re.I)


# "Latin America (LATAM) contributed $X billion in revenues" (an article on a streamer's
# quarter): a region as the subject of a verb that brings in money is that region's figure. Only
# a place is read so: "Acme generated $2 billion" names the company, whose name is no place.
_PLACE_VERB = re.compile(rf"(?<![\w'’])(?P<name>{_CAPITALISED_LIST})\s+(?:contributed|generated|"
                         r"brought\s+in|posted|delivered|added)\s+(?:about\s+|roughly\s+|"
                         r"nearly\s+|some\s+)?$")


def _place_subject(before: str) -> str | None:
    found = _PLACE_VERB.search(before)
    if found is None or re.search(r"\b(?:at|of|for|from|in|by|to)\s+(?:the\s+)?$",
                                  before[:found.start()], re.I):
        return None
    name = capitalised_name(found.group("name").strip(" ,"))
    words = [w.lower().strip(",") for w in (name or "").split() if w.lower() not in ("and", "&")]
    return name if words and all(w in PLACE_WORDS for w in words) else None


def _subject_part(before: str) -> str | None:
    """The part the sentence's subject names, when the words up to the figure go on about it."""
    if (given := contributor(before)) is not None:
        return given  # "Globex USA contributed revenue of $X": a part's share, never the whole
    place = _place_subject(before)
    if place is not None:
        return place
    verb = _SUBJECT_VERB.search(before)
    if verb is not None:  # not "revenue at Microsoft rose": whose revenue, not which part
        owner = re.search(r"\b(?:at|of|for|from|in|by|to)\s+(?:the\s+)?$", before[:verb.start()],
                          re.I)
        name = None if owner else capitalised_name(verb.group("name"))
        # "hailed Services growth to $X billion" (an article on a device maker's quarter): a
        # noun's subject may be an adjective opening the sentence ("Strong growth to"), so it
        # names a part only by a part's word or mid-sentence
        if name and verb.group("noun") and not (
                known_part_word(name.split()[-1]) or before[:verb.start()].strip()):
            return None
        return name
    units = sorted([*_UNIT.finditer(before), *(
        m for m in _WORD_UNIT.finditer(before) if _is_unit_name(m.group("name")))],
        key=lambda m: m.end())
    if not units or _NEW_CLAUSE.search(before[units[-1].end():]) or OTHER_METRIC.search(
            before[units[-1].end():]):
        return None
    if units[-1].re is _WORD_UNIT:  # "the services division": the part's own word names it
        return units[-1].group("name")
    # "Acme's Data Center products": the owner's name before the part's is no part of it
    name = capitalised_name(re.sub(r"^.*['’]s?\s+", "", units[-1].group("name")))
    if units[-1].group("unit") in ("products", "business"):  # "its Data Center products
        return name  # brought in $X": the line that sells them, as the filer names it
    return f"{name} {units[-1].group('unit')}" if name else None


# "The services division achieved a record revenue of $X billion" (an article on a device
# maker's 10-Q): a word for a part, in lower case, before a word for a unit
# "Acme's services division grew N%": an owner's name before it, as "its"
# "The company's digital media segment, which includes ..., generated $X": the owner may be a
# common noun's possessive, and a part of two words in lower case names itself
_WORD_UNIT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w.&-]*['’]s|"
                        r"(?:[Tt]he\s+)?(?:company|firm|group|business)['’]s)\s+"
                        r"(?P<name>[a-z][\w.&-]*(?:\s+[a-z][\w.&-]*)?)\s+"
                        r"(?P<unit>division|segment|unit|business)\b(?!['’])")
_NOT_A_NAME = frozenset(("core", "overall", "total", "whole", "entire", "main", "largest",
                         "biggest", "smallest", "own", "same", "other", "new", "existing"))


def _is_unit_name(name: str) -> bool:
    """A lower-case part's name before its unit word: a part's word the table knows ("the
    services division"), or two words neither of which only ranks or sizes the unit ("digital
    media segment", never "its largest business")."""
    words = name.split()
    return name in SEGMENT_WORDS or (len(words) == 2 and not _NOT_A_NAME.intersection(words))


def capitalised_name(name: str) -> str | None:
    """A name of capitalised words, less the ordinary ones that open a sentence ("The",
    "Specifically"); none that names a metric, a period or an abbreviation of no part."""
    words = name.split()
    while words and (words[0].lower() in TOTAL_WORDS or words[0].rstrip(",").lower() in (
            "specifically", "meanwhile", "overall", "also", "however")):
        words.pop(0)
    if not words or words[0].lower() in ("and", "&") or any(
            re.search(r"['’]s?$", w) for w in words):
        return None  # an owner: "Acme's net sales grew" is the company's
    joined = " ".join(words)
    if _METRIC_WORDS.search(joined) or PERIOD_NAME.match(joined) or any(
            w.lower().replace(".", "") in _NOT_PARTS or re.search(r"\d", w) for w in words):
        return None
    return joined


def part_named(words: str) -> str | None:
    """The part of the company the words right before a metric's name name ("AWS" of "AWS
    operating margin"), if any."""
    found = re.search(rf"(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,3}}{_WORD}\s*$", words)
    return _named(found.group(0).strip()) if found else None


def _named(name: str) -> str | None:
    """The part's name from the words before the metric: its head word must name a part, and
    the words before the head join it while they belong to a name."""
    words = name.split()
    dated = part_words.drop_dating(words)  # "Global Services second-quarter net revenue"
    head = words[-1]
    if dated and not (head[:1].isupper() or head.lower() in SEGMENT_WORDS):
        return None  # never a verb: "forecast fourth-quarter revenue"
    if not _is_part(head) or is_verb_form(head, words[-2] if len(words) > 1 else None):
        return None  # (never "announcing" of "is announcing revenue of $X")
    kept = [head]
    ahead = words[:-1]
    while ahead:
        word = ahead.pop()
        if _joins_parts(word, ahead, kept):
            kept[:0] = [ahead.pop(), word]
            continue
        if not _may_extend(word, kept):
            break
        kept.insert(0, word)
    # ("Q1 cloud revenue", a tech site on a software maker's quarter: the period opens the
    # name, which is the part's without it)
    while kept[0].lower() in ("and", "&") or (len(kept) > 1 and part_words.PERIOD_WORD.match(
            kept[0])):
        kept.pop(0)
    # "the Investment Banking segment's net revenues": the segment's, named without the mark
    kept[-1] = re.sub(r"^(segment|division|unit|business)['’]s$", r"\1", kept[-1], flags=re.I)
    return " ".join(kept)


def _is_part(word: str) -> bool:
    lower = word.lower()
    if lower in SEGMENT_WORDS:  # "segment's" included: that is a part, whichever
        return True
    if re.search(r"['’]s?$", word):
        return False  # an owner: "the streaming giant's revenue" is the company's
    if _ABBREVIATION.fullmatch(word):
        return lower.replace(".", "") not in _NOT_PARTS
    return (word.islower() and len(lower) > 1 and lower not in TOTAL_WORDS and not lower.isdigit()
            and not _DESCRIBES.search(lower) and lower not in part_words.FIGURE_WORDS)


# A lower-case word ending like a participle or an adverb describes the figure, it names no
# part: "posted improved net revenue" (a recap of a drinks maker's quarter),
# "significantly higher revenue". Parts ending so ("embedded") are in SEGMENT_WORDS. A
# comparison with a forecast describes it too: "weaker-than-forecast sales of $X".
_THAN_FORECAST = re.compile(r"\w-than-\w")
_DESCRIBES = re.compile(r"(?:ed|ly)$|" + _THAN_FORECAST.pattern)


def known_part_word(word: str) -> bool:
    """Whether a word is one the table above lists as naming a part ("networking", "center")."""
    return word.lower() in SEGMENT_WORDS


def _joins_parts(word: str, ahead: list[str], kept: list[str]) -> bool:
    """'and'/'&' between two lowercase part words joins them into one name: a CRM maker's
    "subscription & support revenue" is its "Subscription and Support" line, not "support"."""
    return (word.lower() in ("and", "&") and bool(ahead) and kept[0].islower()
            and ahead[-1].lower() in SEGMENT_WORDS
            and (kept[0].lower() in SEGMENT_WORDS or kept[0].lower() in _CATCH_ALL))


# A catch-all that closes a line's name: "professional services and other revenue" is the
# "Professional services and other" line (a software release's), never a part called "other".
_CATCH_ALL = ("other", "others", "miscellaneous")


def _may_extend(word: str, kept: list[str]) -> bool:
    """A word before the part's head that belongs to its name: 'Data' of 'Data center', 'Cloud'
    of 'Cloud and Enterprise'; never an ordinary word ('its', 'quarterly') or a possessive."""
    lower = word.lower()
    if lower in ("and", "&"):
        return kept[0][0].isupper()
    if lower in ("revenue", "revenues", "sales"):
        return False  # "sales benefited data center revenues": the metric ends another name
    if lower in TOTAL_WORDS or lower.isdigit() or re.search(r"['’]s?$", word):
        return False
    if _THAN_FORECAST.search(lower):
        return False  # "stronger-than-anticipated data center revenue": the part is Data center
    if kept[0].lower() in ("and", "&"):
        return word[0].isupper()
    return lower in SEGMENT_WORDS or word[0].isupper() == kept[0][0].isupper() or (
        word[0].isupper() and kept[0].islower())


