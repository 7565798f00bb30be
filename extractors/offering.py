"""Offering terms of a registration statement or prospectus (S-1, S-1/A, 424B*).

Figures: ``price_range_low``/``price_range_high`` and ``offering_price`` (USD/share),
``shares_offered``, ``shares_option`` (the underwriters' option), ``shares_outstanding_after_
offering`` (shares), ``net_proceeds`` (USD). Read from the cover, "The Offering" summary (label and
value on one line or joined across lines by the sentence splitter) and prose; the same figure
read in several places becomes one fact with several sources when merged.

Entities: None for the figure as offered; "with_option" for the figure if the underwriters
exercise their option in full. Shares outstanding after the offering of a single class when the
label names only that class: "Class A" (and "Class A with_option"); a label naming every class
("Class A and Class B common stock") or plain "common stock" is the total, entity None.

Periods: offering terms are as of the document, so period_start and period_end are None (the
prospectus date is not reliably printed in one place; the filing date carries it).

Hypothetical figures are not terms: an "assumed initial public offering price of $5.50" (the
range midpoint used for illustration), "the midpoint of the range", and sensitivity sentences ("a
$1.00 increase ... would increase the net proceeds by $4.2 million") give no offering_price and no
net_proceeds.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.facts import Fact
from extractors.anchored import AnchoredPattern, ascii_folded
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.precision import fold_precision
from extractors.sentences import Sentence

EXTRACTOR = "offering"
EXTRACTOR_VERSION = "1.0"

_N = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
_USD = r"\$\s?(?P<usd>\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?P<scale>million|billion))?"
_CLASS = r"(?:(?P<cls>Class\s+[A-Z])\s+)?"
_SCALES = {None: 0, "million": 6, "billion": 9}

# Where a prospectus may state a term: only the sentences around these places are read. Every
# alternative starts with one of the anchor words ("offering price" and "offered by us" with
# "offer"), so every match starts at an anchor. An alternation without a common prefix made
# sre try every position of CAMP4's 1 MB prospectus; even "we" stands only ~2,000 times there.
PLACES = AnchoredPattern(
    anchors=(b"offer", b"we", b"outstanding", b"additional", b"net", b"price", b"between"),
    patterns=(
        re.compile(
            r"offering\s+price|we\s+are\s+offering|offered\s+by\s+us|outstanding\s+"
            r"(?:immediately\s+)?(?:after|following|upon)|additional\s+shares|net\s+proceeds"
            r"|price\s+to\s+(?:the\s+)?public|between\s+\$",
            re.I,
        ),
    ),
)

_RANGE_RE = re.compile(
    r"between\s+\$\s?(?P<lo>\d+(?:\.\d+)?)\s+and\s+\$\s?(?P<hi>\d+(?:\.\d+)?)"
    r"(?:\s+per\s+(?:share|unit))?",
    re.I,
)
_PRICE_RES = (
    # "(?:initial\s+)?public", spelled as two literal branches (the same matches, tried in the
    # same order) so that sre can skip ahead to an "i" or a "p"
    re.compile(
        r"(?:initial\s+public|public)\s+offering\s+price\s+(?:per\s+share\s+)?(?:is|was|of|will\s+be)"
        r"\s+\$\s?(?P<p>\d+(?:\.\d+)?)(?:\s+per\s+share)?",
        re.I,
    ),
    re.compile(
        r"(?:initial\s+public\s+offering\s+price|price\s+to\s+(?:the\s+)?public)"
        r"(?:\s+per\s+share)?(?:\(\d\))?[\s:]*\$\s?(?P<p>\d+(?:\.\d+)?)(?!\s*(?:million|billion))",
        re.I,
    ),
    re.compile(
        r"\bat\s+(?:a|the)\s+(?:public\s+offering\s+)?price\s+(?:to\s+the\s+public\s+)?of\s+"
        r"\$\s?(?P<p>\d+(?:\.\d+)?)\s+per\s+share",
        re.I,
    ),
)
_HYPOTHETICAL_BEFORE = re.compile(
    r"(?:assumed|assuming|hypothetical|if\s+the|were)\b[^$]{0,60}$", re.I
)
_HYPOTHETICAL_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:midpoint|mid-point|low\s+end|high\s+end|"
    r"lower\s+end|upper\s+end)\b",
    re.I,
)
_OFFERED_RES = (
    re.compile(
        rf"\bwe\s+are\s+offering\s+{_N}\s+shares\s+of\s+(?:our\s+)?{_CLASS}common\s+stock", re.I
    ),
    re.compile(rf"\b{_CLASS}common\s+stock\s+offered(?:\s+by\s+us)?[\s:]*{_N}\s+shares", re.I),
)
_OPTION_RE = re.compile(
    rf"\b(?:up\s+to\s+)?(?:an\s+aggregate\s+of\s+)?{_N}\s+additional\s+shares", re.I
)
_AFTER_LABEL_RE = re.compile(
    rf"\b(?P<label>(?:Class\s+[A-Z]\s+(?:and\s+Class\s+[A-Z]\s+)?)?common\s+stock)\s+(?:to\s+be\s+)?"
    r"outstanding\s+(?:immediately\s+)?(?:after|following|upon\s+(?:the\s+)?(?:completion|closing)"
    rf"\s+of)\s+(?:the\s+completion\s+of\s+)?this\s+offering[\s:]*{_N}\s+shares",
    re.I,
)
_AFTER_TOTAL_RE = re.compile(
    rf"\bwe\s+will\s+have\s+(?:a\s+total\s+of\s+)?{_N}\s+shares\s+of\s+(?:our\s+)?{_CLASS}common\s+"
    r"stock\s+outstanding",
    re.I,
)
_WITH_OPTION_SHARES = re.compile(
    rf"[\s(,]*(?:or\s+)?{_N}\s+shares(?:\s+of\s+[\w\s]{{0,30}}?common\s+stock)?,?\s+if\s+the\s+"
    r"underwriters?\b[^.;)]{0,40}?\s+(?:exercise|exercises)",
    re.I,
)
_PROCEEDS_RE = re.compile(
    r"\bnet\s+proceeds(?:\s+to\s+us)?(?:\s+(?:from|of)\s+[^$;]{0,160}?)?\s+(?:will|would)\s+be\s+"
    rf"(?:approximately\s+)?{_USD}",
    re.I,
)
_WITH_OPTION_USD = re.compile(
    rf"[\s(,]*(?:or\s+)?(?:approximately\s+)?{_USD},?\s*(?:\(\s*)?if\s+the\s+underwriters?\b"
    r"[^.;)]{0,40}?\s+(?:exercise|exercises)",
    re.I,
)

_DIGIT = re.compile(r"\d")  # as the figures' \d: any Unicode decimal digit
_OPTION_FIRST = re.compile(r"\bif\s+the\s+underwriters?\b[^.;]{0,60}?\bexercis", re.I)


def extract_offering_terms(doc: Document) -> list[Fact]:
    """Offering-term facts of a prospectus, one reading per place found (merge later)."""
    facts: list[Fact] = []
    for sentence in doc.index.sentences_matching(PLACES, block_holds=_holds_digit):
        facts += sentence_terms(sentence, doc.name)
    return fold_precision(facts)


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
    if dollar and has(b"between"):
        found += _range(text)
    if dollar and has(b"price"):
        found += _price(text, has)
    if has(b"offer", b"common", b"shares"):
        found += _offered(text)
    if has(b"additional", b"underwriter", b"option"):  # _option reads nothing without the last two
        found += _option(text)
    if has(b"outstanding", b"common", b"shares"):
        found += _after(text)
    if dollar and has(b"net", b"proceeds"):
        found += _proceeds(text)
    return [_fact(sentence, document, *item) for item in found]


def _range(text: str):
    if not re.search(r"offering\s+price|price\s+range|per\s+(?:share|unit)", text, re.I):
        return []
    out = []
    for match in _RANGE_RE.finditer(text):
        lo, hi = _number(match.group("lo")), _number(match.group("hi"))
        if lo and hi and lo[0] < hi[0]:
            out += [
                ("price_range_low", *lo, "USD/share", None),
                ("price_range_high", *hi, "USD/share", None),
            ]
    return out


def _price(text: str, has):
    out, seen = [], set()
    for pattern in _PRICE_RES:
        # the first two patterns name the public; the third counts only in an offering
        if not has(b"offering" if pattern is _PRICE_RES[2] else b"public"):
            continue
        for match in pattern.finditer(text):
            if match.start("p") in seen or _hypothetical(text, match):
                continue
            if pattern is _PRICE_RES[2] and (
                not re.search(r"offering", text, re.I)
                or re.search(r"exercise\s+price|conversion\s+price", text, re.I)
            ):
                continue
            seen.add(match.start("p"))
            number = _number(match.group("p"))
            if number:
                out.append(("offering_price", *number, "USD/share", None))
    return out


def _hypothetical(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 80) : match.start("p")].rstrip("$ \t")
    return bool(
        _HYPOTHETICAL_BEFORE.search(before) or _HYPOTHETICAL_AFTER.match(text[match.end() :])
    )


def _offered(text: str):
    out = []
    for pattern in _OFFERED_RES:
        for match in pattern.finditer(text):
            number = _number(match.group("n"))
            if number:
                out.append(("shares_offered", *number, "shares", None))
    return out


def _option(text: str):
    if not re.search(r"underwriter", text, re.I) or not re.search(r"\boption\b", text, re.I):
        return []
    if re.search(r"\b(?:if|assuming|assumes)\b[^.;]{0,60}\bexercise", text, re.I) and not re.search(
        r"\b(?:granted|grant)\b", text, re.I
    ):
        return []
    for match in _OPTION_RE.finditer(text):
        number = _number(match.group("n"))
        if number:
            return [("shares_option", *number, "shares", None)]  # the first figure only
    return []


def _after(text: str):
    out = []
    for pattern in (_AFTER_LABEL_RE, _AFTER_TOTAL_RE):
        for match in pattern.finditer(text):
            entity = _class_entity(match)
            number = _number(match.group("n"))
            if number:
                out.append(("shares_outstanding_after_offering", *number, "shares", entity))
            option = _WITH_OPTION_SHARES.match(text, match.end())
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
    groups = match.groupdict()  # _AFTER_LABEL_RE has "label", _AFTER_TOTAL_RE "cls"
    classes = re.findall(r"Class\s+[A-Z]", groups.get("label") or "", re.I)
    if len(classes) == 1:
        return " ".join(classes[0].split())
    cls = groups.get("cls")
    return " ".join(cls.split()) if cls else None


def _with_option(entity: str | None) -> str:
    return f"{entity} with_option" if entity else "with_option"


def _proceeds(text: str):
    out = []
    for match in _PROCEEDS_RE.finditer(text):
        amount = _usd(match)
        if amount is None:
            continue
        # "If the underwriters exercise their option in full, ... net proceeds ... will be $X"
        conditional = _OPTION_FIRST.search(text[: match.start()])
        out.append(("net_proceeds", *amount, "USD", "with_option" if conditional else None))
        option = _WITH_OPTION_USD.match(text, match.end())
        if option and _usd(option):
            out.append(("net_proceeds", *_usd(option), "USD", "with_option"))
    return out


def _usd(match: re.Match) -> tuple[Decimal, int] | None:
    number = _number(match.group("usd"))
    if number is None:
        return None
    shift = _SCALES[(match.group("scale") or "").lower() or None]
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
