"""Offering terms of a registration statement or prospectus (S-1, S-1/A, 424B*).

Figures: ``price_range_low``/``price_range_high`` and ``offering_price`` (USD/share, or per unit
for a unit offering), ``shares_offered`` (shares, or units), ``shares_option`` (the option to buy
more), ``shares_outstanding_after_offering`` (shares), ``net_proceeds`` (USD). Read from the
cover, "The Offering" summary (label and value on one line, joined across lines by the sentence
splitter, or joined by a dot leader in a plain-text filing: ``extractors.plaintext``) and prose;
the same figure read in several places becomes one fact with several sources when merged. The
phrasings are data in ``extractors.offering_patterns``.

Entities: None for the figure as offered; "with_option" for the figure if the option is
exercised in full. Shares outstanding after the offering of a single class when the label names
only that class: "Class A" (and "Class A with_option"); a label naming every class ("Class A and
Class B common stock") or plain "common stock" is the total, entity None.

Periods: offering terms are as of the document, so period_start and period_end are None (the
prospectus date is not reliably printed in one place; the filing date carries it).

Only THIS offering's terms: a sentence past the prospectus (the financial statements' notes,
Part II) is not read, and neither are the stock's trading range, a price it quotes from another
price (a warrant's "exercise price equal to the initial public offering price of $6.00") or an
offering already made. Hypothetical figures are not terms: an "assumed initial public offering
price of $5.50", "based on a public offering price of $7.30, the last reported sale price", the
midpoint of the range, and sensitivity sentences give no offering_price. Net proceeds computed at
an assumed price are the issuer's estimate at that price: basis ``assumed_price`` (see
``_label_assumed_proceeds``). A blank term ("$[ ]", "$      ", "$[•]") holds no digit: absent.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from core.facts import Fact
from core.scales import SCALE_WORDS
from extractors import offering_patterns as P
from extractors.anchored import ascii_folded
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.plaintext import leader_sentences, prospectus_end
from extractors.precision import fold_precision
from extractors.sentences import Sentence

EXTRACTOR = "offering"
EXTRACTOR_VERSION = "1.1"
PLACES = P.PLACES  # where a term may stand (declared in offering_patterns)
ASSUMED_PRICE = "assumed_price"  # the basis of net proceeds computed at an assumed price

_DIGIT = re.compile(r"\d")  # as the figures' \d: any Unicode decimal digit


def extract_offering_terms(doc: Document) -> list[Fact]:
    """Offering-term facts of a prospectus, one reading per place found (merge later)."""
    end = prospectus_end(doc.text, doc.index.hits)
    facts: list[Fact] = []
    for sentence in doc.index.sentences_matching(PLACES, block_holds=_holds_digit):
        if sentence.start < end:
            facts += sentence_terms(sentence, doc.name)
    for sentence in leader_sentences(doc.text, end):
        facts += sentence_terms(sentence, doc.name)
    return fold_precision(_label_assumed_proceeds(facts))


def _holds_digit(text: str, start: int, end: int) -> bool:
    """Can a sentence of ``text[start:end]`` state a term? Not without a digit (see
    ``sentence_terms``), and a block holds its sentences: a block without one is not split."""
    return _DIGIT.search(text, start, end) is not None


def sentence_terms(sentence: Sentence, document: str) -> list[Fact]:
    """Offering-term facts stated by one sentence (pure; the unit tests feed it prose)."""
    text = sentence.text
    found: list[tuple[str, Decimal, str, int, str | None]] = []
    # Every pattern needs a figure, and ranges, prices and proceeds a "$": most sentences the
    # prefilter hands us (narrative about the offering) skip those regexes altogether.
    if _DIGIT.search(text) is None:
        return []
    # Each family of patterns holds words every match of it must contain: a sentence without
    # one of them skips the family (the folded sentence holds a word wherever IGNORECASE
    # finds it).
    folded = ascii_folded(text)

    def has(*words: bytes) -> bool:
        return all(word in folded for word in words)

    dollar = "$" in text
    if dollar and (has(b"between") or has(b"range")):
        found += _range(text)
    if dollar and (has(b"price") or has(b"per unit")):
        found += _price(text, has)
    if has(b"offer") or has(b"selling"):
        found += _offered(text)
    if has(b"additional"):
        found += _option(text)
    if has(b"outstanding", b"shares") and (has(b"common") or has(b"ordinary")):
        found += _after(text)
    if dollar and has(b"net", b"proceeds"):
        found += _proceeds(text)
    return [_fact(sentence, document, *item) for item in found]


def _range(text: str):
    out = []
    for match in P.RANGE_RE.finditer(text):
        before = text[max(0, match.start() - 200) : match.start()]
        if not P.RANGE_NAMED.search(before) or P.MARKET_PRICES.search(before) or \
                P.OTHER_PRICE.search(before):
            continue
        lo, hi = _number(match.group("lo")), _number(match.group("hi"))
        if lo and hi and lo[0] < hi[0]:
            out += [
                ("price_range_low", *lo, "USD/share", None),
                ("price_range_high", *hi, "USD/share", None),
            ]
    return out


def _price(text: str, has):
    if P.OTHER_PRICE.search(text):
        return []
    out, seen = [], set()
    for pattern in P.PRICE_RES:
        # the first two patterns name the public; the others count only in an offering
        if not has(b"public" if pattern in P.PRICE_RES[:2] else b"offering"):
            continue
        for match in pattern.finditer(text):
            if match.start("p") in seen or _hypothetical(text, match):
                continue
            seen.add(match.start("p"))
            number = _number(match.group("p"))
            if number:
                out.append(("offering_price", *number, "USD/share", None))
    return out


def _hypothetical(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 80) : match.start("p")].rstrip("$ \t")
    return bool(
        P.HYPOTHETICAL_BEFORE.search(before) or P.HYPOTHETICAL_AFTER.match(text[match.end() :])
    )


def _offered(text: str):
    out = []
    for pattern in P.OFFERED_RES:
        for match in pattern.finditer(text):
            if P.OFFERED_BY_OTHERS.search(text[max(0, match.start() - 80) : match.end()]):
                continue
            number = _number(match.group("n"))
            if number:
                out.append(("shares_offered", *number, "shares", None))
    return out


def _option(text: str):
    # "an option to purchase up to 1,023,000 additional shares"; "may purchase up to an additional
    # 1,050,000 shares ... to cover over-allotments"
    if not re.search(r"\b(?:option|over-?allotments?)\b", text, re.I):
        return []
    # "if the option is exercised ..." speaks of the option's effect, not of its size, unless
    # the sentence also grants it
    if re.search(r"\b(?:if|assuming|assumes)\b[^.;]{0,80}\bexercise", text, re.I) and not re.search(
        r"\b(?:granted|grant)\b", text, re.I
    ):
        return []
    for match in P.OPTION_RE.finditer(text):
        if "additional" not in match.group(0).lower():
            continue
        number = _number(match.group("n"))
        if number:
            return [("shares_option", *number, "shares", None)]  # the first figure only
    return []


def _after(text: str):
    out = []
    for pattern in (P.AFTER_LABEL_RE, P.AFTER_TOTAL_RE):
        for match in pattern.finditer(text):
            entity = _class_entity(match)
            number = _number(match.group("n"))
            if number:
                out.append(("shares_outstanding_after_offering", *number, "shares", entity))
            option = P.WITH_OPTION_SHARES.match(text, match.end())
            if option and _number(option.group("n")):
                out.append(
                    (
                        "shares_outstanding_after_offering",
                        *_number(option.group("n")),
                        "shares",
                        _with_option(entity),
                    )
                )
    return out


def _class_entity(match: re.Match) -> str | None:
    """"Class A" when the label (or the class before "common stock") names a single class."""
    groups = match.groupdict()  # AFTER_LABEL_RE has "label", AFTER_TOTAL_RE "cls"
    classes = re.findall(r"Class\s+[A-Z]", groups.get("label") or "", re.I)
    if len(classes) == 1:
        return " ".join(classes[0].split())
    cls = groups.get("cls")
    return " ".join(cls.split()) if cls else None


def _with_option(entity: str | None) -> str:
    return f"{entity} with_option" if entity else "with_option"


def _proceeds(text: str):
    out = []
    for match in P.PROCEEDS_RE.finditer(text):
        amount = _usd(match)
        if amount is None or _is_a_use(text, match):
            continue
        # "If the underwriters exercise their option in full, ... net proceeds ... will be $X"
        conditional = P.OPTION_FIRST.search(text[: match.start()])
        out.append(("net_proceeds", *amount, "USD", "with_option" if conditional else None))
        option = P.WITH_OPTION_USD.match(text, match.end())
        if option and _usd(option):
            out.append(("net_proceeds", *_usd(option), "USD", "with_option"))
    return out


def _is_a_use(text: str, match: re.Match) -> bool:
    """Is the amount what part of the proceeds goes to ("the net proceeds used for working
    capital will be $1,000,000", "... will be $1,000,000 in working capital")?"""
    between = text[match.start() : match.start("usd")]
    return bool(P.PROCEEDS_USE.search(between) or P.PROCEEDS_USE_AFTER.match(text[match.end() :]))


def _label_assumed_proceeds(facts: list[Fact]) -> list[Fact]:
    """Net proceeds at an assumed price are the issuer's estimate at that price, not a term: a
    sentence that assumes a price (the midpoint, "based on an offering price of $7.30", the last
    sale price) or cites a price other than the offering's, or, when the document prints no price
    (an S-1 before pricing), any net proceeds at all, are labelled."""
    prices = {f.value for f in facts if f.metric == "offering_price"}
    out = []
    for fact in facts:
        if fact.metric == "net_proceeds" and _at_assumed_price(fact.sources[0].text, prices):
            fact = replace(fact, basis=ASSUMED_PRICE)
        out.append(fact)
    return out


def _at_assumed_price(text: str, prices: set[Decimal]) -> bool:
    cited = {Decimal(m.group("p") or m.group("q")) for m in P.PRICE_IN_SENTENCE.finditer(text)}
    if cited and prices and cited <= prices:
        return False  # "based on the initial public offering price of $11.00" in a 424B4
    if cited or P.ASSUMED_PRICE.search(text):
        return True
    return not prices  # no price printed yet: proceeds at the midpoint or another assumption


def _usd(match: re.Match) -> tuple[Decimal, int] | None:
    number = _number(match.group("usd"))
    if number is None:
        return None
    shift = SCALE_WORDS.get((match.group("scale") or "").lower(), 0)
    value = number[0].scaleb(shift)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))  # 5408500000, not 5.4085E+9
    return value, number[1] - shift


def _number(token: str) -> tuple[Decimal, int] | None:
    parsed = parse_number(token)
    if parsed is None or parsed.is_nil or parsed.value <= 0:
        return None
    return parsed.value, parsed.decimals


def _fact(
    sentence: Sentence,
    document: str,
    metric: str,
    value: Decimal,
    decimals: int,
    unit: str,
    entity: str | None,
) -> Fact:
    source = sentence.source(document, EXTRACTOR, EXTRACTOR_VERSION)
    return Fact(
        metric=metric,
        value=value,
        unit=unit,
        period_start=None,
        period_end=None,
        entity=entity,
        decimals=decimals,
        sources=(source,),
    )
