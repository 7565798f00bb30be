"""Parts of revenue an article may quote (segments, channels, regions), told apart from the
company's total so that they are never compared with it."""

from __future__ import annotations

import re

# A part of revenue ("data center revenue", "online sales", "Collectibles sales"): filed, if at
# all, as a segment; it must never be compared with the company's total. The word before
# "revenue"/"sales" decides: a known segment word, or any lowercase word that is not one of the
# ordinary words that can precede a total ("net", "total", "quarterly", "reported", "its", ...).
_REVENUE_WORD = re.compile(r"(?P<word>[A-Za-z][\w.&'’-]*)\s+(?:net\s+)?(?:revenues?|sales)\b(?!.*"
                           r"\b(?:revenues?|sales)\b)", re.I | re.S)
_SEGMENT_WORDS = {
    "online", "center", "centre", "gaming", "automotive", "visualization", "product", "products",
    "service", "services", "subscription", "subscriptions", "license", "licenses", "licence",
    "licensing", "hardware", "software", "cloud", "international", "domestic", "segment", "store",
    "comparable", "same-store", "e-commerce", "ecommerce", "digital", "commercial", "government",
    "advertising", "recurring", "interest", "grant", "royalty", "royalties", "merchandise",
    "networking", "compute", "iphone", "mac", "ipad", "wearables", "collectibles", "accessories",
    "apparel", "footwear", "retail", "wholesale", "enterprise", "consumer", "healthcare",
    "energy", "storage", "memory", "client", "embedded", "mobile", "platform", "support",
    "maintenance", "transaction", "payments", "membership", "vehicle", "leasing", "aws",
    "china", "europe", "americas", "asia", "japan", "emea", "apac", "u.s.", "us", "segment's",
    "inference", "training", "collaboration", "system", "systems", "dtc", "direct", "channel",
    "homebuilding", "server", "servers",
    # a division is a part whatever its name: "the Business Division's operating margin"
    "division", "division's"}
_TOTAL_WORDS = {
    "net", "total", "annual", "quarterly", "record", "reported", "consolidated", "gaap", "its",
    "their", "our", "the", "a", "an", "of", "in", "and", "with", "that", "which", "fiscal",
    "full-year", "full", "year", "years", "quarter", "second-quarter", "first-quarter",
    "third-quarter", "fourth-quarter", "first-half", "half-year", "overall", "combined",
    "trailing", "whose", "for", "to", "on", "at", "by", "from", "as", "where", "when", "while",
    "but", "so", "posted", "generated", "had", "booked", "recorded", "delivered", "brought",
    "saw", "said", "says", "shows", "showed", "puts", "put", "was", "were", "is", "are", "be",
    "been", "this", "these", "last", "prior", "previous", "same", "higher", "lower", "strong",
    "weak", "growing", "rising", "falling", "company", "group", "top-line", "yearly", "ttm",
    "twelve-month", "lifted", "grew", "nearly", "doubled", "tripled", "gross", "average",
    # "Railway operating revenues" (Norfolk Southern), utilities' "operating revenues": the total
    "operating",
    # a comparison's or a clause's words: "tripled its year-on-year revenue", "although
    # year-to-date online sales" (coverage of Marathon's and Buckle's quarters)
    "year-on-year", "year-over-year", "yoy", "year-to-date", "ytd", "quarter-on-quarter",
    "quarter-over-quarter", "sequential", "although", "though", "whereas", "yet", "still"}

_WORD = r"[A-Za-z][\w.&'’-]*"
# "Cloud and Enterprise revenue", "Data center revenue", "UCAN revenue": up to three words
# before "revenue"/"sales", joined by "and"/"&" where a name has them.
_PART = re.compile(rf"(?<![\w'’])(?P<name>(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_WORD})"
                   r"\s+(?:net\s+)?(?:revenues?|sales)\b(?!.*\b(?:revenues?|sales)\b)", re.S)
# "Intelligent Cloud operating income": a part's operating income, the last one named; so its
# margin ("the Embedded segment's operating margin", an article on AMD's Q2 2023)
_PROFIT = re.compile(rf"(?<![\w'’])(?P<name>(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_WORD})"
                     r"\s+(?:segment(?:['’]s)?\s+)?operating\s+(?:income|profit|loss|margin)\b"
                     r"(?!.*\boperating\s+(?:income|profit|loss|margin)\b)", re.S | re.I)
# "revenue from shipments to and from Mexico", "sales in the U.S.": a place after the word.
_PLACE = re.compile(r"\b(?:[Rr]evenues?|[Ss]ales)\s+(?:(?:from|in|to)\s+(?:[a-z]+\s+){0,5})?"
                    r"(?:from|in|to)\s+(?:the\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)"
                    r"{0,2})(?!.*\b(?:revenues?|sales)\b)", re.S)
# A list of parts after the first: "led by APAC revenue up 24%, followed by EMEA (+18%), ...".
_LISTED = re.compile(r"(?:,|\b(?:by|and|or|of|then|with|vs\.?|versus|against|behind))\s+"
                     r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                     r"\s*\(\s*[+\-−]?\s*$")
# Another figure named between the part's words and the figure: the figure is about that one.
_OTHER_METRIC = re.compile(r"\b(?:income|profit|earnings|margin|loss|EPS|per\s+share|cash)\b",
                           re.I)
_ABBREVIATION = re.compile(r"[A-Z]{2,6}|(?:[A-Z]\.){2,3}")
_NOT_PARTS = {"gaap", "ttm", "yoy", "fy", "ipo", "eps", "usd"}


# An appositive list after a subject: "Bulk shipments, including grain, fertilizer, and coal,
# saw a 10% increase": the list says what the subject holds; the subject is still the part the
# figure is about. Its openers are data; it runs to the last comma before the figure.
_APPOSITIVE_OPENERS = ("including", "such as", "like", "notably", "among them")
_APPOSITIVE = re.compile(r",\s*(?:" + "|".join(o.replace(" ", r"\s+") for o in _APPOSITIVE_OPENERS)
                         + r")\s+[^.;:()$\d,]+(?:,[^.;:()$\d,]+)*,(?=[^,]*$)", re.I)
# how far before a figure its part's name is looked for, once appositives are left out, and
# how far back an appositive list is looked for (a bound: a sentence may be a whole page)
_PART_WINDOW = 80
_APPOSITIVE_REACH = 400


def part_window(before: str) -> str:
    """The words before a figure in which its part is named: the sentence up to the figure,
    less an appositive list after its subject, the last ``_PART_WINDOW`` characters."""
    text = _APPOSITIVE.sub("", before[-_APPOSITIVE_REACH:])
    start = max(0, len(text) - _PART_WINDOW)
    while 0 < start < len(text) and text[start - 1].isalnum():
        start -= 1  # never a word cut in two
    # nor a name: "... Compute & Networking segment represented 88.4% of total revenues, with
    # revenues soaring 56%" cut before "Networking" named another part (NVIDIA's Networking)
    head = _NAME_RUN.search(text, 0, start) if _NAME_GOES_ON.match(text, start) else None
    return text[head.start() if head else start:]


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
        if _OTHER_METRIC.search(after) or re.search(r"\b(?:revenues?|sales)\b", after, re.I):
            return None
        # "the Embedded segment's operating margin": the part's; "UP's" is an owner's
        return _named(re.sub(r"\b(segment|division)['’]s$", r"\1", profit.group("name"),
                             flags=re.I))
    place = _PLACE.search(before)
    if place and (found is None or place.start() >= found.start()):
        return _place(place, before)
    if found is None or _OTHER_METRIC.search(before[found.end():]):
        return _subject_part(before)
    return _named(found.group("name")) or _subject_part(before)


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
_UNIT = re.compile(rf"(?<![\w'’])(?P<name>{_CAPITALISED_LIST})\s+(?P<unit>division|segment|"
                   r"group|unit|business|shipments)\b(?!['’])")
# "Server & Tools grew 9 percent", "Windows revenue was up 6 percent": a capitalised name right
# before the verb of the figure.
_SUBJECT_VERB = re.compile(
    rf"(?<![\w'’])(?P<name>{_CAPITALISED})\s+(?:(?:net\s+)?(?:revenues?|sales)\s+)?"
    r"(?:grew|rose|jumped|climbed|fell|declined|dropped|slipped|increased|decreased|"
    r"(?:was|were)\s+(?:up|down)|(?P<noun>growth|increase|rise|decline)\s+to|"
    # "iPhones topped estimates at $46.8 billion in sales" (claims_modality: the result)
    r"(?:topped|beat|exceeded|surpassed|missed)\s+(?:\w+['’]?\s+){0,2}?(?:estimates|"
    r"expectations|forecasts)\s+(?:at|with))\s+(?:by\s+)?"
    r"(?:about\s+|roughly\s+|nearly\s+|some\s+)?$")
_NEW_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though)\b|;|,\s*and\b", re.I)
_METRIC_WORDS = re.compile(r"\b(?:revenues?|sales|income|profit|earnings|margin|loss|EPS|cash|"
                           r"GAAP|shares?)\b", re.I)


# "Latin America (LATAM) contributed $1.31 billion in revenues" (an article on Netflix's Q2
# 2025): a region as the subject of a verb that brings in money is that region's figure. Only
# a place is read so: "Acme generated $2 billion" names the company, whose name is no place.
_PLACE_WORDS = {
    "america", "americas", "north", "south", "latin", "europe", "european", "asia", "asia-pacific",
    "pacific", "africa", "middle", "east", "canada", "china", "greater", "japan", "india",
    "emea", "apac", "latam", "ucan", "international", "domestic", "u.s.", "us", "united",
    "states", "kingdom", "mexico", "brazil", "germany", "france", "korea", "taiwan", "rest"}
_PLACE_VERB = re.compile(rf"(?<![\w'’])(?P<name>{_CAPITALISED_LIST})\s+(?:contributed|generated|"
                         r"brought\s+in|posted|delivered|added)\s+(?:about\s+|roughly\s+|"
                         r"nearly\s+|some\s+)?$")


def _place_subject(before: str) -> str | None:
    found = _PLACE_VERB.search(before)
    if found is None or re.search(r"\b(?:at|of|for|from|in|by|to)\s+(?:the\s+)?$",
                                  before[:found.start()], re.I):
        return None
    name = _capitalised_name(found.group("name").strip(" ,"))
    words = [w.lower().strip(",") for w in (name or "").split() if w.lower() not in ("and", "&")]
    return name if words and all(w in _PLACE_WORDS for w in words) else None


def _subject_part(before: str) -> str | None:
    """The part the sentence's subject names, when the words up to the figure go on about it."""
    place = _place_subject(before)
    if place is not None:
        return place
    verb = _SUBJECT_VERB.search(before)
    if verb is not None:  # not "revenue at Microsoft rose": whose revenue, not which part
        owner = re.search(r"\b(?:at|of|for|from|in|by|to)\s+(?:the\s+)?$", before[:verb.start()],
                          re.I)
        name = None if owner else _capitalised_name(verb.group("name"))
        # "hailed Services growth to $26.65 billion" (an article on Apple's fiscal Q2 2025): a
        # noun's subject may be an adjective opening the sentence ("Strong growth to"), so it
        # names a part only by a part's word or mid-sentence
        if name and verb.group("noun") and not (
                known_part_word(name.split()[-1]) or before[:verb.start()].strip()):
            return None
        return name
    units = sorted([*_UNIT.finditer(before), *(
        m for m in _WORD_UNIT.finditer(before) if m.group("name") in _SEGMENT_WORDS)],
        key=lambda m: m.end())
    if not units or _NEW_CLAUSE.search(before[units[-1].end():]) or _OTHER_METRIC.search(
            before[units[-1].end():]):
        return None
    if units[-1].re is _WORD_UNIT:  # "the services division": the part's own word names it
        return units[-1].group("name")
    name = _capitalised_name(units[-1].group("name"))
    return f"{name} {units[-1].group('unit')}" if name else None


# "The services division achieved a record revenue of $26.65 billion" (an article on Apple's
# 10-Q for its fiscal Q2 2025): a word for a part, in lower case, before a word for a unit
# "Apple's services division grew 14.2%": an owner's name before it, as "its"
_WORD_UNIT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w.&-]*['’]s)\s+"
                        r"(?P<name>[a-z][\w.&-]*)\s+"
                        r"(?P<unit>division|segment|unit|business)\b(?!['’])")


def _capitalised_name(name: str) -> str | None:
    """A name of capitalised words, less the ordinary ones that open a sentence ("The",
    "Specifically"); none that names a metric, a period or an abbreviation of no part."""
    words = name.split()
    while words and (words[0].lower() in _TOTAL_WORDS or words[0].rstrip(",").lower() in (
            "specifically", "meanwhile", "overall", "also", "however")):
        words.pop(0)
    if not words or words[0].lower() in ("and", "&") or any(
            re.search(r"['’]s?$", w) for w in words):
        return None  # an owner: "Costco's net sales grew" is the company's
    joined = " ".join(words)
    if _METRIC_WORDS.search(joined) or _PERIOD_NAME.match(joined) or any(
            w.lower().replace(".", "") in _NOT_PARTS or re.search(r"\d", w) for w in words):
        return None
    return joined


def part_named(words: str) -> str | None:
    """The part of the company the words right before a metric's name name ("AWS" of "AWS
    operating margin"), if any."""
    found = re.search(rf"(?:{_WORD}\s+(?:(?:and|&)\s+)?){{0,2}}{_WORD}\s*$", words)
    return _named(found.group(0).strip()) if found else None


def _named(name: str) -> str | None:
    """The part's name from the words before the metric: its head word must name a part, and
    the words before the head join it while they belong to a name."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() == "net":  # "digital net revenue"
        words.pop()
    head = words[-1]
    if not _is_part(head):
        return None
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
    while kept[0].lower() in ("and", "&"):
        kept.pop(0)
    return " ".join(kept)


def _place(found: re.Match, before: str) -> str | None:
    """A place, not an owner ("Total sales in Macy's 14-week quarter" is the company's)."""
    after = before[found.end():]
    if _OTHER_METRIC.search(after) or re.match(r"['’]s\b", after):
        return None
    name = found.group("name").rstrip(".,")
    if _PERIOD_NAME.match(name):
        return None  # "Revenue in Q2 2025 rose 16%": a period, not a place
    listed = _MORE_PLACES.match(after)
    if listed:  # "sales in the US and Canada grew by 15.8% and 15.2% respectively": both
        name += listed.group(0).rstrip(" ,")  # places, and neither figure is the US's alone
    return name if name.lower() not in _TOTAL_WORDS else None


# Capitalised words after "in" that name a period, not a place
_PERIOD_NAME = re.compile(r"(?:Q[1-4]|[1-4]Q|H[12]|FY|Fiscal|First|Second|Third|Fourth|January|"
                          r"February|March|April|May|June|July|August|September|October|"
                          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                          r"\b|(?:19|20)\d\d\b")


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


def _is_part(word: str) -> bool:
    lower = word.lower()
    if lower in _SEGMENT_WORDS:  # "segment's" included: that is a part, whichever
        return True
    if re.search(r"['’]s?$", word):
        return False  # an owner: "the streaming giant's revenue" is the company's
    if _ABBREVIATION.fullmatch(word):
        return lower.replace(".", "") not in _NOT_PARTS
    return (word.islower() and lower not in _TOTAL_WORDS and not lower.isdigit()
            and not _DESCRIBES.search(lower))


# A lower-case word ending like a participle or an adverb describes the figure, it names no
# part: "posted improved net revenue" (Investopedia on Coca-Cola's second quarter of 2023),
# "significantly higher revenue". Parts ending so ("embedded") are in _SEGMENT_WORDS.
_DESCRIBES = re.compile(r"(?:ed|ly)$")


def known_part_word(word: str) -> bool:
    """Whether a word is one the table above lists as naming a part ("networking", "center")."""
    return word.lower() in _SEGMENT_WORDS


def _joins_parts(word: str, ahead: list[str], kept: list[str]) -> bool:
    """'and'/'&' between two lowercase part words joins them into one name: Salesforce's
    "subscription & support revenue" is its "Subscription and Support" line, not "support"."""
    return (word.lower() in ("and", "&") and bool(ahead) and kept[0].islower()
            and ahead[-1].lower() in _SEGMENT_WORDS and kept[0].lower() in _SEGMENT_WORDS)


def _may_extend(word: str, kept: list[str]) -> bool:
    """A word before the part's head that belongs to its name: 'Data' of 'Data center', 'Cloud'
    of 'Cloud and Enterprise'; never an ordinary word ('its', 'quarterly') or a possessive."""
    lower = word.lower()
    if lower in ("and", "&"):
        return kept[0][0].isupper()
    if lower in _TOTAL_WORDS or lower.isdigit() or re.search(r"['’]s?$", word):
        return False
    if kept[0].lower() in ("and", "&"):
        return word[0].isupper()
    return lower in _SEGMENT_WORDS or word[0].isupper() == kept[0][0].isupper() or (
        word[0].isupper() and kept[0].islower())


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
    if not _NAME_WORDS.fullmatch(name) or name.split()[-1].lower() in _TOTAL_WORDS:
        return None
    return None if name.split()[0].lower() in _TOTAL_WORDS - {"and"} else name


# "31 warehouses in Japan", "578 in the US and Puerto Rico": a count of a place, not the
# company's. The place's capitalised words may be joined by "and" ("US and Puerto Rico"); a
# list goes on after a comma or "and" before the next number ("107 in Canada and 40 in ...").
_IN_PLACE = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}?in\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*"
                       r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w.&'’-]*){0,3})")
# what joins a list's next count to the one before it: "838 warehouses, including 578 in ...",
# after the previous count's own place ("578 in the US and Puerto Rico, 107 in Canada")
_COUNT_LIST_GLUE = re.compile(r"^(?-i:\s*in\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:and\s+|&\s+)?"
                              r"[A-Z][\w.&'’-]*){0,3})?[^.;:\d]{0,30}?"
                              r"(?:,|\band\b|\bincluding\b|\bof\s+which\b)\s*$", re.I)


def counted_place(ahead: str) -> str | None:
    """The place a count is of, named right after it ('in Japan'), if any."""
    found = _IN_PLACE.match(ahead)
    if found is None:
        return None
    name = found.group("name").rstrip(".,")
    return None if _PERIOD_NAME.match(name) or name.lower() in _TOTAL_WORDS else name


def listed_count(behind: str, ahead: str, previous_metric: str | None) -> str | None:
    """The place a bare number counts when it continues a list of counts of ``previous_metric``
    ('838 warehouses, including 578 in the US and Puerto Rico, 107 in Canada'); None else."""
    if previous_metric is None or not _COUNT_LIST_GLUE.match(behind):
        return None
    found = re.match(r"^\s*in\s+", ahead)
    return counted_place(ahead) if found else None


# "grow 14 percent for Q4 and 3 percent for the full year", "up 6 percent this quarter and 5
# percent on the year": the next rate of what the previous one is about, for another period
_CONTINUED = re.compile(r"^\s*(?:for|in|during|over|this|last)\s+(?:the\s+)?(?:Q[1-4]|[1-4]Q|"
                        r"(?:first|second|third|fourth)\s+quarter|quarter|full\s+year|year|"
                        r"fiscal\s+(?:year\s+)?(?:19|20)?\d\d|(?:19|20)\d\d)\s*,?\s*and\s+$", re.I)


def continues_previous(behind: str) -> bool:
    """Whether a rate is the previous rate's subject's, for the period its own words name."""
    return _CONTINUED.match(behind) is not None


# Which way a part's rate in parentheses went: the word inside the parentheses ("30%
# increase"), else the nearest word before the part's name ("offset by lower total commercial
# loans (1.8 percent) and residential mortgages (1.2 percent)": both fell).
_UP = r"increas\w*|growth|grew|grow\w*|higher|rose|rise|rising|up|gains?|strong\w*|jump\w*"
_DOWN = r"decreas\w*|declin\w*|lower|fell|fall\w*|down|drop\w*|los[st]\w*|weak\w*|shr[ai]nk\w*"
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
            at = claim.sentence.find(claim.text)
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


# "The corporate and investment banks posted a division profit of $4.85 billion" (AP on
# JPMorgan's 4Q21): a division's, segment's or unit's figure, whatever its name, is never the
# company's; with no name the filing uses, it is a part no filed figure is pinned to.
_UNNAMED_PART = re.compile(
    r"\b(?P<noun>division(?:al)?|segment|business[- ]unit|unit|subsidiary)(?:'s|’s)?\s+"
    r"(?:(?:net|operating|pre-?tax|quarterly|annual|total)\s+)?"
    r"(?:profits?|revenues?|sales|income|earnings|loss(?:es)?)\b[^.;]*$"
    # "Revenues from this segment totaled $715.2 million" (a recap under a segment's heading)
    r"|\b(?:profits?|revenues?|sales|income|earnings)\s+(?:from|of|at|in)\s+(?:this|that|the)\s+"
    r"(?P<noun2>division|segment|business[- ]unit|unit|subsidiary)\b(?:[^.;]|\.\d)*$", re.I)


def unnamed_part(behind: str) -> str | None:
    """'division', 'segment' or 'unit' when the words before a figure make it such a part's
    ("a division profit of", "the unit's revenue of"), else None. A recap headed by the part's
    name ("Midstream: Revenues from this segment totaled ...") names it: that name."""
    found = _UNNAMED_PART.search(behind) or _THIS_PARTS.search(behind)
    if found is None:
        return None
    headed = _HEADED.match(behind)
    if headed and _THIS_PART.search(behind, headed.end()):
        name = _capitalised_name(headed.group("name"))
        if name and not any(w.lower() in _TOPIC_WORDS for w in name.split()):
            return name
    noun = found.groupdict().get("noun") or found.groupdict().get("noun2") or found.group("n3")
    return f"a {noun.lower()} (unnamed)"


# "Gas Marketing: Revenues from this segment amounted to $36.3 million", "Other: This
# segment's revenues amounted to $4.1 million" (a recap of Spire's fiscal first quarter of
# 2024): a line opened by a name and a colon, whose words point at "this segment", is about
# the part that name names. A heading of a topic ("Segment results:", "Highlights:") names none.
_HEADED = re.compile(r"^\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&|and|[A-Z][\w&'’.-]*)){0,3})\s*:\s+")
_THIS_PART = re.compile(r"\b[Tt]his\s+(?:segment|division|business|unit)\b")
_THIS_PARTS = re.compile(r"\b[Tt]his\s+(?P<n3>segment|division|business|unit)(?:'s|’s)\s+"
                         r"(?:(?:net|operating|total)\s+)?(?:revenues?|sales|income|profits?)\b"
                         r"(?:[^.;]|\.\d)*$")
_TOPIC_WORDS = {"segment", "segments", "results", "highlights", "details", "performance",
                "breakdown", "overview", "summary", "update", "outlook", "guidance", "other's"}


def reached_part(behind: str, previous, text: str, metric: str | None) -> str | None:
    """The part whose change reached this figure: "the Graphics segment ..., with revenues
    increasing 51% year over year to $5.41 billion" (a summary of NVIDIA's Q2 FY2026) is the
    Graphics segment's revenue, as its 51% is; never the company's total. None unless the
    figure before, in the same sentence, is a change of this metric about a named part."""
    from core.metrics import find_metric
    from pipeline.verify.claims_metric import reached_level

    if previous is None or previous.sentence != text or not previous.entity or metric is None:
        return None
    row = find_metric(previous.metric)
    if row is None or row.entity != "segment" or row.derivation is None:
        return None
    figure = _Level(unit="USD")
    return previous.entity if reached_level(figure, behind, previous) == metric else None


class _Level:
    """What ``reached_level`` asks of a figure: its unit."""

    def __init__(self, unit: str) -> None:
        self.unit = unit




# the ordinary words that may open a sentence's subject, for claims_earning
TOTAL_WORDS = frozenset(_TOTAL_WORDS)
