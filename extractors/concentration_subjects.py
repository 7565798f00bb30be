"""Who a concentration sentence is about: the customer subjects of a sentence, and their names.

Subjects, in the order the extractor trusts them:
- a defined alias ("G42" for "Group 42 Holding Ltd (together with its affiliates, "G42")"), a
  label ("Customer A", "Customer One") or a name in parentheses ("one customer (MBZUAI)");
- a company named with a corporate suffix ("Acme Inc.", "The Acme Group, Inc.");
- the government as a customer ("the U.S. government", "U.S. federal government agencies");
- a bare name ("Acme", "Example Telecom", "Verizon and AT&T") right before the verb that
  states the share ("accounted for", "represented"), when something says it is a customer: the
  lead-in "sales to", a customer word in its sentence, or the document calling it a customer
  elsewhere (``concentration_names``: "our customers include Acme"). A region,
  a product line or the company itself is never a name (``NOT_A_NAME``: "The United States
  comprised 85%", "Subscription Revenue accounted for 85%");
- a counted phrase of a customer noun (``CUSTOMER_NOUNS``: customers, retailers, wholesalers,
  carriers, data partners, a cloud service provider): "one customer", "a second retail
  customer", "our top customer", "two customers", "our three largest wholesalers";
- an uncounted group right before its verb ("cellular network carriers accounted for 64%"):
  a named group, never one customer.

Names of unnamed customers: one customer is "one customer" ("largest customer" when the text
says largest or top, "second customer" for "a second retailer"); several with one figure each
are "customer 1 of 3" ... in the order printed; several with one figure together are "<the
phrase> combined".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from extractors.concentration_names import (
    CUSTOMER_NOUN,
    CUSTOMER_NOUNS,
    NAME_LIST,
    NUMBER_WORDS,
    is_known,
    is_name,
    split_names,
)

# Words of a counted phrase: quantities and order ("two", "top", "second") and descriptions of
# which customers ("direct", "retail"); kept in a group's name only when in _KEPT_WORDS.
_QUANTIFIERS = (
    "our|the|a|an|single|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}|top|largest"
    "|second|third|fourth|another|other|separate|direct|indirect|individual|significant|major"
    "|large|end|any|biggest"
)
_KEPT_WORDS = ("top", "largest", *NUMBER_WORDS)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4}
UNNAMED = ("one customer", "largest customer", *(f"{w} customer" for w in _ORDINALS))
# Descriptive words between the quantifiers and the noun: "retail", "cloud service", "data".
_MODIFIERS = r"(?:(?P<mods>(?:[a-z][a-z-]{1,20}\s+){0,3}))"
_COUNTED_RE = re.compile(
    rf"\b(?P<neg>no\s+|none\s+of\s+(?:our\s+)?)?(?P<q>(?:(?:{_QUANTIFIERS})\s+)+){_MODIFIERS}"
    rf"(?P<noun>{'|'.join(CUSTOMER_NOUNS)})\b",
    re.I,
)
# Modifier words that are verbs or prepositions, not descriptions: "a customer accounted for"
# must not read "accounted" as part of a later phrase, and "one of our customers" is no
# modifier run.
_NOT_MODIFIERS = frozenset(
    "of to from for by and or with in on at as accounted represented comprised was were is are "
    "such these those which that who".split()
)
# "one customer (MBZUAI)": a name in parentheses right after a counted customer.
_PAREN_NAME_RE = re.compile(
    r"\b(?:customer|client|distributor|retailer|wholesaler|reseller|dealer|carrier|licensee"
    r"|payor|payer)\s*\(\s*[“\"]?"
    r"(?P<name>[A-Z][\w.&'’ -]{0,38}[\w.])[”\"]?\s*\)"
)
# "Customer A", "Customer 1", and "Customer One" (how NVIDIA's XBRL members name them; a filing
# whose prose does the same gets the same entity, so the readings merge).
LABEL_RE = re.compile(
    r"\b(?:Customer|Client|Distributor)\s+(?:[A-Z]{1,2}|\d{1,2}|One|Two|Three|Four|Five|Six"
    r"|Seven|Eight|Nine|Ten)\b(?!-)"
)
# The verbs that state a share, after a subject ("Acme accounted for 12%").
_VERB = (r"(?:accounted|represented|comprised|constituted|made\s+up|contributed|generated"
         r"|totaled|totalled)\b")
# A company named with a corporate suffix. The suffix tells a company from a region or a
# product line; "Company" is no suffix ("the Company accounted for").
_CORP_NAME_RE = re.compile(
    r"(?<![\w.&'’-])(?!(?:For|In|During|As|At|Of|On|By|From|To|With|And|Sales|Net|Our|Revenues?"
    r"|Approximately|Each|Both|Fiscal|Customers?)\b)(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,4}?,?\s+"
    r"(?:Inc|Corp|Corporation|Co|LLC|L\.L\.C|Ltd|Limited|plc|PLC|L\.P|LP|N\.V|S\.A|AG|SE"
    r"|GmbH)\b\.?)"
    # what follows a customer, not a product ("Apple Inc. products accounted for 12%")
    r"(?=\s*(?:[,;()—–]|$|(?:and|accounted|represented|comprised|constituted|made|were|was"
    r"|contributed|together|collectively|combined|each)\b))"
)
_GOVERNMENT_RE = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:(?:U\.\s?S\.|US|United\s+States)(?:\s+[Ff]ederal)?|[Ff]ederal)"
    r"\s+[Gg]overnment"
    r"(?:\s+and\s+its\s+agencies|\s+agencies)?)(?![\w-])"
)
_BARE_LIST_RE = re.compile(
    rf"(?<![\w&'’.-])(?P<names>{NAME_LIST})"
    rf"(?P<tail>\s*,?\s+(?:which\s+|who\s+)?(?:each\s+|together\s+|collectively\s+"
    rf"|combined\s+)?{_VERB})"
)
# "approximately 12% of our net sales were to Acme": sales made to a name say it buys.
_SOLD_TO_RE = re.compile(
    rf"\b(?:sales|revenues?)\b[^.;]{{0,40}}?\b(?:were|was)\s+(?:made\s+)?to\s+(?:the\s+)?"
    rf"(?P<names>{NAME_LIST})(?=\s*(?:[,;.]|$|(?:for|in|during|and)\b))"
)
# What may stand before a subject that states its own share: the start of the sentence or of
# a clause, a determiner or possessive ("The Company's third-party cellular network
# carriers"), or sales made to it. Not "Payments to service providers represented 12% of
# revenue" (a cost as a share of revenue) nor "Commissions paid to Acme".
_SUBJECT_LEAD_RE = re.compile(
    r"(?:^|[,;:(—–]\s*|\b(?:our|the|its|their|and|while|whereas|by|of|that|which)\s+"
    r"|[’']s\s+|\d{4},?\s+|\b(?:customer|client|retailer|distributor)\s+(?:is|was)\s+"
    r"|\b(?:sales|revenues?|shipments)\s+(?:made\s+)?(?:to|through)\s+(?:our\s+|the\s+)?)$",
    re.I,
)
# Not "sales from": "Net sales from Clorox Argentina represented 2%" is a subsidiary's share.
_FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# The lead-in "sales to" says the name after it buys.
_SALES_TO_RE = re.compile(r"\b(?:sales|shipments|revenues?)\s+(?:made\s+)?to\s+$", re.I)
CUSTOMER_WORD_RE = re.compile(rf"\b{CUSTOMER_NOUN}\b", re.I)
# "cellular network carriers accounted for 64%": a group no count names, read only as the
# subject of its verb and only with words that say which group (not "new" or "other" ones).
_GROUP_RE = re.compile(
    r"(?<![\w-])(?P<group>(?:[a-z][a-z-]+\s+){1,3}(?:carriers|retailers|wholesalers|distributors"
    r"|resellers|dealers|partners|providers|licensees|payors|payers|OEMs))"
    rf"(?=\s*,?\s+(?:each\s+|together\s+|collectively\s+|combined\s+)?{_VERB})"
)
_NOT_GROUP_WORDS = _NOT_MODIFIERS | frozenset(
    "our their its the these those such through via sales revenue revenues net".split()
) | frozenset(_QUANTIFIERS.split("|"))
# Words that make a plural a kind of customer, not a group the filer names: "new customers",
# "existing channel partners" (a share of revenue by cohort or region, not a concentration).
_COHORT_WORDS = frozenset(
    "new existing other remaining all many some certain smaller small most several various "
    "international domestic foreign no any".split()
)
_COMBINED_TAIL_RE = re.compile(r"\b(?:together|collectively|combined)\b", re.I)


@dataclass(frozen=True)
class Subject:
    span: tuple[int, int]
    entity: str
    count: int = 1
    negative: bool = False
    corp: bool = False  # a company name ("Acme Inc."): a list of them is no appositive
    each: bool = False  # "two customers each accounted for 12%": the figure is every one's
    group: bool = False  # "cellular network carriers": a named group, its figure is combined

    @property
    def unnamed(self) -> bool:
        return self.entity in UNNAMED


def subjects(text: str, aliases: Mapping[str, str],
             known: Callable[[], Collection[str]] = frozenset) -> list[Subject]:
    """Every customer subject of a sentence, in order; ``known()``: the names its document calls
    customers elsewhere (``concentration_names.customer_names``), asked only for a bare name."""
    found: list[Subject] = []
    found += [s for s in (_counted(m, text) for m in _COUNTED_RE.finditer(text)) if s]
    found += [Subject(m.span("name"), m.group("name").strip())
              for m in _PAREN_NAME_RE.finditer(text)]
    found += [Subject(m.span(), " ".join(m.group(0).split())) for m in LABEL_RE.finditer(text)]
    for name, alias in aliases.items():
        if name not in text:  # a substring test first: most names are absent from a sentence
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            found.append(Subject(match.span(), alias))
    for match in _CORP_NAME_RE.finditer(text):
        _add_name(found, match.span("name"), " ".join(match.group("name").split()), corp=True)
    for match in _GOVERNMENT_RE.finditer(text):
        _add_name(found, match.span("name"), _government(match.group("name")))
    _bare_names(found, text, known)
    for match in _GROUP_RE.finditer(text):
        _add_group(found, match, text)
    return _merge_appositives(sorted(found, key=lambda s: (s.span[0], -s.span[1])), text)


def _add_group(found: list[Subject], match: re.Match, text: str) -> None:
    """The descriptive words right before the noun ("sales to cellular network carriers" is
    the group "cellular network carriers"); none left, no group."""
    words = match.group("group").split()
    keep = len(words) - 1
    while keep > 0 and words[keep - 1].lower() not in _NOT_GROUP_WORDS | _COHORT_WORDS:
        keep -= 1
    if keep == len(words) - 1 or (keep > 0 and words[keep - 1].lower() in _COHORT_WORDS):
        return
    start = match.start("group") + match.group("group").index(" ".join(words[keep:]))
    if not _SUBJECT_LEAD_RE.search(text[max(0, start - 40) : start]):
        return
    found.append(Subject((start, match.end("group")), " ".join(words[keep:]), 2, group=True))


def _add_name(found: list[Subject], span: tuple[int, int], entity: str, corp: bool = False,
              each: bool = False, bare: bool = False) -> None:
    """Add a name unless a defined alias, a label or another name already covers its words (a
    bare name, unless any subject does: "One Customer-Entity accounted" is no name)."""
    named = [s for s in found if bare or (s.count == 1 and not s.negative and not s.unnamed)]
    if not any(s.span[0] < span[1] and span[0] < s.span[1] for s in named):
        found.append(Subject(span, entity, corp=corp, each=each))


def _government(name: str) -> str:
    words = " ".join(name.split()).replace("U. S.", "U.S.")
    words = re.sub(r"^(?:US|United States)\b", "U.S.", words)
    words = re.sub(r"^Federal\b", "federal", words)
    return re.sub(r"\s+(?:and\s+its\s+)?agencies$", "", words).replace("Government",
                                                                      "government")


def _bare_names(found: list[Subject], text: str, known: Callable[[], Collection[str]]) -> None:
    """'Acme accounted for', 'Sales to Acme accounted for', 'Verizon and AT&T accounted for',
    '12% of our net sales were to Acme'."""
    for match in _SOLD_TO_RE.finditer(text):
        _add_names(found, match, each=False)
    for match in _BARE_LIST_RE.finditer(text):
        lead = text[max(0, match.start() - 40) : match.start()]
        if _FROM_RE.search(lead) or not _SUBJECT_LEAD_RE.search(lead):
            continue  # "Net sales from Clorox Argentina": a subsidiary, a region or a product
        tail, names = match.group("tail"), split_names(match.group("names"))
        if _COMBINED_TAIL_RE.search(tail) and len(names) > 1:
            continue  # "A and B together accounted for 30%": no one customer's share
        if not (_SALES_TO_RE.search(lead) or CUSTOMER_WORD_RE.search(text)
                or all(is_known(name, known()) for name, _ in names)):
            continue
        _add_names(found, match, each="each" in tail)


def _add_names(found: list[Subject], match: re.Match, each: bool) -> None:
    names = split_names(match.group("names"), match.start("names"))
    if names and all(is_name(n) for n, _ in names):
        for name, start in names:
            _add_name(found, (start, start + len(name)), name, each=each, bare=True)


def _counted(match: re.Match, text: str) -> Subject | None:
    words = match.group("q").lower().split()
    mods = (match.group("mods") or "").lower().split()
    if set(mods) & _NOT_MODIFIERS:
        return None
    noun = match.group("noun").lower()
    plural = noun.endswith(("s", "ies")) and not noun.endswith("ss")
    if match.group("neg") or "any" in words:
        return Subject(match.span(), "", 0, negative=True)
    numbers = [NUMBER_WORDS.get(w) or (int(w) if w.isdigit() else None) for w in words]
    numbers = [n for n in numbers if n]
    count = numbers[0] if numbers else (2 if plural else 1)
    if not numbers and (plural or not {"a", "an", "largest", "second", "third", "fourth",
                                       "another", "top", "biggest"} & set(words)):
        # "our customers", "the customer", "other customers": nobody in particular
        return None
    if noun.startswith(("partner", "provider")) and not (mods or numbers):
        return None  # "our partners", "a provider": too generic to be a customer
    kept = [w for w in words if w in _KEPT_WORDS or w.isdigit()]  # "top 10 customers"
    each = bool(re.match(r"\s*,?\s*each\b", text[match.end():]))
    if count == 1:
        return Subject(match.span(), _one_customer(words))
    generic = noun.startswith(("customer", "client", "distributor"))
    noun_words = ["customers"] if generic else mods + [noun]
    return Subject(match.span(), " ".join(kept + noun_words), count, each=each)


def _one_customer(words: list[str]) -> str:
    """'our top customer' is the largest; 'a second retailer' the second one the filer counts
    (GoPro: "One retailer accounted for 13% ... A second retailer accounted for 11%"), never
    a second "one customer" with another figure for the same period."""
    if {"largest", "top", "biggest"} & set(words):
        return "largest customer"
    ordinal = next((w for w in words if w in _ORDINALS), None)
    return f"{ordinal} customer" if ordinal else "one customer"


# Between an unnamed customer and its name: "one customer, Acme," "one retailer (Acme)", "our
# largest customer is Acme, which accounted for ...".
_APPOSITIVE_GAP = re.compile(r"\s*[,(—–-]?\s*[“\"]?|\s+(?:is|was)\s+")


def _merge_appositives(found: list[Subject], text: str) -> list[Subject]:
    """'one direct customer, Customer A,' and 'one customer (MBZUAI)' are one subject named by
    the name; overlapping mentions keep the longest."""
    merged: list[Subject] = []
    for subject in found:
        if merged and subject.span[0] < merged[-1].span[1]:
            continue
        prev = merged[-1] if merged else None
        gap = text[prev.span[1] : subject.span[0]] if prev else ""
        if (prev and prev.count == 1 and not prev.negative and not prev.corp and prev.unnamed
                and _APPOSITIVE_GAP.fullmatch(gap)):
            merged[-1] = Subject((prev.span[0], subject.span[1]), subject.entity)
            continue
        merged.append(subject)
    return merged


_RANK_RE = re.compile(r"^customer (?P<i>\d+) of \d+$")
_LABEL_ORDER = {w: i for i, w in enumerate(
    "one two three four five six seven eight nine ten".split(), start=1)}


def unnamed_rank(entity: str | None) -> int | None:
    """Where an unnamed customer stands in the order its document prints them: 'one customer'
    and 'largest customer' 0, 'second customer' 2, 'customer 2 of 3' 2, a label 'Customer B' /
    'Customer Two' / 'Customer 2' 2; None for a name ('Acme'), a group, or anything else.
    Labels are how filers' XBRL members name customers the text leaves unnamed ("Customer
    One")."""
    entity = entity or ""
    if entity in UNNAMED:
        return _ORDINALS.get(entity.split()[0], 0)
    rank = _RANK_RE.match(entity)
    if rank:
        return int(rank.group("i"))
    label = LABEL_RE.fullmatch(entity)
    if not label:
        return None
    tail = entity.split()[-1]
    if tail.isdigit():
        return int(tail)
    if tail.lower() in _LABEL_ORDER:
        return _LABEL_ORDER[tail.lower()]
    return sum((ord(c) - 64) * 26**i for i, c in enumerate(reversed(tail)))
