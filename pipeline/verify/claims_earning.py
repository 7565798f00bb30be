"""A part of the company as the subject of a verb that brings in money, or moves by a rate to
an amount of money, where the words around it name no metric: the part's revenue or its growth."""

from __future__ import annotations

import re

from pipeline.verify.claims_segments import known_part_word
from pipeline.verify.part_words import TOTAL_WORDS

# "Services brought in $X billion", "Macs generating $Y billion", "the data center
# segment, the engine of its growth, generated $Z billion", "Wearables, Home, and
# Accessories slipped N% to $W billion" (articles on a device maker's and a chipmaker's
# quarters): a part of the company as the subject of a verb that brings in money, or that moves
# by a rate to an amount of money, with no metric named in the sentence, states that part's
# revenue (or its growth). The verbs are data; the subject must be a part by its words (a word
# claims_segments' table of part words knows, or a noun for a part after its name): "Acme
# generated $2 billion" names no part, so it stays unread. (Income verbs such as "earned" are
# left out: they may be a profit.) The part's figure is compared only with that part's.
EARNING_VERBS = ("generated", "generating", "generates", "brought in", "bringing in",
                 "brings in", "took in", "taking in", "pulled in", "raked in", "posted",
                 "posting")
# verbs that bring a part to an amount only after a noun for a part ("The Services segment was
# a clear highlight, reaching a new record of $X"; a recap of a device maker's quarter):
# "reaching $X" after a bare name may be any level the name reaches
UNIT_EARNING_VERBS = ("reaching", "reached", "reaching a record of", "reaching a new record of",
                      "reached a record of", "reached a new record of", "hitting", "hit")
RISING_VERBS = ("rose", "grew", "climbed", "jumped", "increased", "gained", "was up", "were up")
FALLING_VERBS = ("fell", "slipped", "dropped", "declined", "decreased", "dipped", "was down",
                 "were down")
# (a record between: "Services brought in a record $X", "posting an all-time high of $Y")
_AMOUNT_GAP = (r"(?:\s+(?:about|roughly|nearly|some|almost|over|more\s+than|(?:an?\s+)?(?:new\s+)?"
               r"(?:record|all[- ]time\s+high)(?:\s+high)?(?:\s+of)?))?\s*$")


def _verbs(words: tuple[str, ...]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in words)


# the subject: up to four words joined by commas or "and"/"&", then an optional noun for a part,
# an aside in commas ("segment, the engine of its growth,") and the verb right before the figure
_PLAIN = r"[A-Za-z][\w.&-]*"  # no owner's word ("company's") in a part's name
_PART_NOUN = r"segment|division|business|category|unit|line|product\s+line|franchise"
_SUBJECT = rf"(?<![\w'’])(?P<name>{_PLAIN}(?:,?\s+(?:(?:and|&)\s+)?{_PLAIN}){{0,3}}?)"
# (or what the part remained: "The iPhone remained the primary revenue driver, bringing in $X",
# a recap of a device maker's quarter)
# (or the part a relative clause is about: "driven by a strong showing in Services, which grew
# N% year-over-year to $X", a stock-analysis blog on a device maker's quarter)
_EARNER = (_SUBJECT + rf"(?P<noun>\s+(?:{_PART_NOUN}))?"
           r"(?:,\s+(?:the|a|an|its)\s+[^,;$\d]{1,40},|\s+(?:remained|remains|stayed|was|is)\s+"
           r"(?:the|its|a|an)\s+[^,;:$\d]{1,40},|(?P<which>,\s+which))?\s+")
# a noun for a part, then a short clause of its own before the verb: "The Data Center segment
# remains the engine of growth, generating $X" (a recap of a chipmaker's quarter); "The iPad
# segment delivered the highest growth at 15%, reaching $Y"
_UNIT_EARNER = _SUBJECT + rf"(?P<noun>\s+(?:{_PART_NOUN}))\s+(?:[^,;:$]{{1,60}}?,\s+)?"
_EARNED = re.compile(_EARNER + rf"(?:{_verbs(EARNING_VERBS)})" + _AMOUNT_GAP, re.I)
_UNIT_EARNED = re.compile(_UNIT_EARNER + rf"(?:{_verbs(EARNING_VERBS + UNIT_EARNING_VERBS)})"
                          + _AMOUNT_GAP, re.I)
_MOVED_BY = re.compile(_EARNER + rf"(?:(?P<up>{_verbs(RISING_VERBS)})|"
                       rf"(?P<down>{_verbs(FALLING_VERBS)}))(?:\s+by)?" + _AMOUNT_GAP, re.I)
# "Collectibles took a bigger hit, down 22% to $764 million" (a trade site on a game retailer's
# year): a short clause of the subject's own, then the way it went after a comma
_CLAUSE_THEN_WAY = re.compile(_EARNER + r"(?:[a-z]+\s+){1,4}?[a-z]+,\s+"
                              r"(?:(?P<up>up)|(?P<down>down))" + _AMOUNT_GAP, re.I)
# (the comparison with a year before may stand between: "grew 12% year-over-year to $X")
_TO_MONEY = re.compile(r",?\s+(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y),?\s+)?"
                       r"(?:to|at)\s+(?:about\s+|roughly\s+|nearly\s+)?(?:US)?\$\s?\d", re.I)
# any word for a metric: the sentence then says which figure, and this reading stays out
_ANY_METRIC = re.compile(r"\b(?:revenues?|sales|income|profits?|earnings|margins?|loss(?:es)?|"
                         r"EPS|per\s+share|cash|ebitda|bookings|orders|backlog|expenses?|"
                         r"costs?|spending|dividends?|buybacks?|repurchases?|shares?)\b", re.I)


# "The Mac line saw a 7% increase, generating $X", "The iPad segment delivered the highest
# growth at 15%, reaching $Y" (a recap of a device maker's quarter): a part that saw a rise or a
# fall of N%, then the amount it reached; the noun of the change before the rate ("growth at",
# "a decline of") or right after it ("a 7% increase"), one of the two
_SAW_VERBS = r"saw|posted|delivered|recorded|reported|logged|notched|had|enjoyed|showed"
_UP_NOUNS, _DOWN_NOUNS = r"growth|increase|rise|gain|jump", r"decline|decrease|drop|fall|dip"
_SAW = re.compile(_EARNER + rf"(?:{_SAW_VERBS})\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){{0,2}}?"
                  rf"(?:(?:(?P<up>{_UP_NOUNS})|(?P<down>{_DOWN_NOUNS}))\s+(?:of|at)\s+)?"
                  + _AMOUNT_GAP, re.I)
_REACHED_AFTER = re.compile(
    rf"^\s*(?:(?P<up>{_UP_NOUNS})|(?P<down>{_DOWN_NOUNS}))?\s*,\s*(?:reaching|generating|"
    r"bringing\s+in|hitting|to)\s+(?:about\s+|roughly\s+|nearly\s+)?(?:US)?\$\s?\d[\d,.]*"
    r"(?:\s*(?:[mb]illion|bn|mn|[mb])\b)?(?P<after>[^,;.]{0,30})", re.I)


def grown_part(before: str, ahead: str) -> tuple[str, int] | None:
    """(the part, +1 or -1) when a rate is the growth a part "saw" ("The Mac line saw a 7%
    increase, generating $X"): the change's noun on one side of the rate only, the amount it
    reached right after, and no word for a metric before the rate or around that amount ("...,
    reaching $2 billion in operating income" is another line's)."""
    after = _REACHED_AFTER.match(ahead)
    if after is None or _ANY_METRIC.search(before) or _ANY_METRIC.search(after.group(0)):
        return None
    for start in (m.start() for m in re.finditer(r"(?<![\w'’])\w", before)):
        match = _SAW.match(before, start)
        if match is None or re.search(r"\b(?:at|of|for|from|in|by|to)\s+(?:the\s+)?$",
                                      before[:start], re.I):
            continue
        nouns = [m for m in (match, after) if m.group("up") or m.group("down")]
        if len(nouns) != 1:
            return None  # no change named, or named twice: not this reading
        name = _part_of(match.group("name"), bool(match.group("noun")))
        if name is not None:
            return name, -1 if nouns[0].group("down") else 1
    return None


# the next item of a list of parts' amounts: "Services brought in $X and Wearables $Y", "...,
# while automotive $Z" (the verb left out; a chipmaker's quarter on a news site)
_NEXT_ITEM = re.compile(r"^\s*,?\s*(?:and|while|with|plus)\s+(?:the\s+)?"
                        r"(?P<name>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,3}?)"
                        r"\s+(?:at\s+|with\s+)?(?:about\s+|roughly\s+|nearly\s+)?$")


def listed_amount(behind: str, previous_part: str | None) -> str | None:
    """The part the next item of a list of parts' amounts names ("..., and iPads $6.4
    billion" after "Macs generated $7.95 billion"): '' when its words name no part (never the
    company's figure: the list is of parts), None when the figure is no such item or the item
    before it was no part's."""
    found = _NEXT_ITEM.match(behind) if previous_part else None
    if found is None or _ANY_METRIC.search(found.group("name")):
        return None
    return _part_of(found.group("name"), False) or ""


# a relative clause about the part the figure stands in: ", which grew N% to $X," ends at the
# next comma (the comma of a figure's thousands, "$1,234", has no space after it), a
# semicolon or the sentence's end; a metric named in the sentence outside it is another
# clause's ("..., and continued strength in Mac and iPad sales")
_WHICH = re.compile(r",\s+which\s")
_CLAUSE_REST = re.compile(r"[^;]*?(?=,\s|;|$)", re.S)


def _relative_clause(sentence: str, before: str) -> str:
    """The relative clause the figure ``before`` leads to stands in, from its "which" to its
    end; the whole sentence when ``before`` is not the sentence's start."""
    if not sentence.startswith(before):
        return sentence
    opened = list(_WHICH.finditer(before))[-1].start()
    return before[opened:] + _CLAUSE_REST.match(sentence, len(before)).group(0)


def earning_part(before: str, sentence: str | None, unit: str | None,
                 ahead: str = "", unplaced: bool = False) -> tuple[str, int] | None:
    """(the part, +1 or -1 for the way a rate went) when the words right before a figure make
    it a part's money ("Services brought in") or a part's rate ("Wearables slipped"), the
    ``sentence`` naming no metric (None: the metric is read already); None else. A rate is
    read with ``unit`` 'percent' only, and only when it reaches an amount of money right after
    it (``ahead``: "slipped 5% to $7.52 billion"): a rate alone ("grew 36% in the last
    quarter") may be of anything the part counts. A part that is the subject of a relative
    clause ("Services, which grew N% to $X, ...") needs only that clause to name no metric;
    with the metric read already, only when no part reader placed the figure (``unplaced``:
    "the big winner in the revenue category was Services, which brought in $X")."""
    named = sentence is not None and _ANY_METRIC.search(sentence) is not None
    if named and not _WHICH.search(before):
        return None
    if unit == "percent" and not _TO_MONEY.match(ahead):
        return None
    verb = _EARNED if unit == "USD" else _MOVED_BY if unit == "percent" else None
    if verb is None:
        return None
    # the longest subject that names a part: "with Macs generating" after "sales both rose"
    for start in (m.start() for m in re.finditer(r"(?<![\w'’])\w", before)):
        match = verb.match(before, start) or (
            _CLAUSE_THEN_WAY.match(before, start) if unit == "percent" else
            _UNIT_EARNED.match(before, start))
        if match is None or re.search(r"\b(?:at|of|for|from|in|by|to)\s+(?:the\s+)?$",
                                      before[:start], re.I) and not match.groupdict().get("which"):
            continue  # "revenue at Acme": whose, not which part ("strength in Services, which
            # grew": the clause's subject all the same)
        which = bool(match.groupdict().get("which"))
        if named and not (which and not _ANY_METRIC.search(_relative_clause(sentence, before))):
            continue  # a metric named in the sentence, outside a relative clause of its own
        if which and sentence is None and not unplaced:
            continue  # (a metric read already: its part is named by the part readers, "Cloud
            # Systems products, which brought in $X in sales" is Cloud Systems')
        name = _part_of(match.group("name"), bool(match.group("noun")))
        if name is not None:
            return name, -1 if unit == "percent" and match.group("down") else 1
    return None


def _part_of(name: str, has_noun: bool) -> str | None:
    """The subject's words as a part's name when they name one: every word a part word the
    table knows (plural or not, "Macs"), or capitalised words before a noun for a part."""
    words = [w.strip(",") for w in name.split()]
    while words and words[0].lower() in TOTAL_WORDS | {"the", "its", "their", "our"}:
        words.pop(0)
    if words and words[0].lower() in ("and", "&"):
        return None
    content = [w for w in words if w.lower() not in ("and", "&")]
    if not content or any(re.search(r"['’]s?$", w) or re.search(r"\d", w) for w in content):
        return None
    known = [known_part_word(w) or known_part_word(w[:-1]) and w.endswith("s") for w in content]
    capitalised = all(w[:1].isupper() or w[1:2].isupper() for w in content)  # "iPads"
    # "Wearables, Home, and Accessories": a capitalised name holding a part word
    if _ANY_METRIC.search(" ".join(content)) or not has_noun and not all(
            k or w[:1].isupper() or w[1:2].isupper() for k, w in zip(known, content, strict=True)):
        return None  # "Revenue at the Gaming": a metric's or a clause's words, no name
    # (before a noun for a part its name may be in lower case: "the data center segment")
    if all(known) or capitalised and (has_noun or any(known)) or has_noun and known[-1]:
        return " ".join(words)
    return None
