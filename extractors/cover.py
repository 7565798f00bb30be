"""Shares outstanding from a 10-Q/10-K cover page, as printed (not from its XBRL tags).

The cover states the count per class as of a recent date, in a sentence ("As of August 31, 2023,
the registrant had outstanding 114,701,772 shares of Class A common stock and 3,499,992 shares of
Class B common stock", "... outstanding as of July 21, 2025 was 14,939,315,000", "... was 24.3
billion") or a small table ("Class | Shares Outstanding as of July 25, 2023"). Only the cover is
read: the balance sheet and equity notes also say "shares outstanding", about other dates and in
millions. Several classes also give a summed "total" fact.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from core.dates import WRITTEN_DATE_RE as DATE_RE
from core.facts import Fact, Source, merge_facts
from core.scales import SCALE_WORDS
from extractors.document import Document
from extractors.numbers import parse_number
from extractors.sentences import Sentence, sentences_between
from extractors.textperiods import parse_date
from extractors.xbrl import class_totals

EXTRACTOR_VERSION = "1.0"
EXTRACTOR = "cover"

# The cover sits in the first pages; past this a "shares outstanding" is not the cover's.
COVER_CHARS = 15000
# Every 10-Q/10-K cover asks "whether the registrant is a shell company" just before the count.
_ANCHOR_RE = re.compile(r"shell\s+company", re.I)
# "INDEX" alone is a heading; "Index-Linked Notes" in the securities list is not (the Goldman
# Sachs 10-K for 2002 lists them above its count, which the region then never reached).
_COVER_END_RE = re.compile(r"\bTABLE\s+OF\s+CONTENTS\b|\bPART\s+I\b(?!I)|(?<!-)\bINDEX\b(?!-)|"
                           r"\bFORWARD[-\s]LOOKING\s+STATEMENTS\b|\bDOCUMENTS\s+INCORPORATED\b",
                           re.I)
_AFTER_ANCHOR = 4000
_DATE_RE = re.compile(DATE_RE, re.I)
_AS_OF_RE = re.compile(rf"\b(?:as\s+of|at|on)\s+({DATE_RE})", re.I)
_COUNT_RE = re.compile(
    r"(?<![\w$.,/-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?(?![\w%]|[.,]\d)", re.I)
# "Class A" or "class A": the letter is a capital (never "class of").
_CLASS_RE = re.compile(r"\b(?i:class)\s+([A-Z0-9])\b")
# A count is "N shares ...", "N ordinary shares", "N of the registrant's Class A common shares"
# or "... outstanding ... was N" / "...: N" / "outstanding as of <date> N".
_SHARES_AFTER_RE = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:registrant|company|issuer)[’']s\s+)?"
    r"(?:class\s+[A-Z0-9]\s+)?(?:(?:ordinary|common)\s+)?shares\b", re.I)
_LEAD_IN_RE = re.compile(r"(?::|\bwas|\bwere|\bhad|\bhad\s+outstanding|\bis)\s*$", re.I)
_AFTER_DATE_RE = re.compile(r"\boutstanding,?\s+(?:as\s+of|at|on)\s+#+,?\s*$", re.I)
# After a lead-in the count ends its clause: "was 8,805 Series A ... Membership Units" is no
# count of shares.
_LEAD_END_RE = re.compile(r"^\s*(?:$|[.;,(]|and\b|as\s+of\b|at\b|on\b)", re.I)
# Market-value sentences count non-affiliates' shares, not the shares outstanding.
_NOT_COUNT_RE = re.compile(r"aggregate\s+market\s+value|non-?affiliates", re.I)
# Where a market-value clause and a count share one sentence, they part: before ", and the
# aggregate market value ..." and after a "$N" amount that a new sentence follows without its
# full stop ("... at June 30, 2023: $76,906,833,454 The number of ... shares ...").
_CLAUSE_BREAK_RE = re.compile(
    r"[;,]\s+(?:and\s+|while\s+)?(?=(?:the\s+)?aggregate\s+market\s+value)"
    r"|\$\s*\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion|trillion)\b)?\s*(?=(?-i:[A-Z]))",
    re.I)
# "(excluding 20,579,088 shares held by the registrant's consolidated subsidiaries)", and the
# same aside after a comma: ", excluding 5,000,000 shares held in treasury" (a count of shares
# that are not the outstanding ones, or only some of them)
_ASIDE_RE = re.compile(r"\((?:excluding|not\s+including|including|plus|less)\b[^)]*\)"
                       r"|,\s*(?:excluding|not\s+including|including|exclusive\s+of|net\s+of|"
                       r"plus|less)\b[^.;()]*", re.I)
# "and 5,000,000 shares held in treasury": shares the company holds are not outstanding
_TREASURY_RE = re.compile(r"^\s*(?:(?:common\s+)?shares\s+)?(?:(?:were\s+)?held\s+(?:in|as)\s+"
                          r"(?:the\s+)?treasury|(?:of\s+)?treasury\s+(?:stock|shares))", re.I)
# "September 9,1999": the day and year without their space.
_TIGHT_DATE_RE = re.compile(
    r"\b((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}),(?=\d{4}\b)", re.I)
# "114,103,292 and 35,897,231 shares of Class A and Class B common stock ..., respectively"
_N = r"\d{1,3}(?:,\d{3})+"
_RESPECTIVELY_RE = re.compile(
    rf"(?P<nums>{_N}(?:\s*,\s*{_N})*,?\s+and\s+{_N})\s+shares\s+of\s+"
    r"(?:(?:the\s+)?(?:registrant|company|issuer)[’']s\s+|its\s+|our\s+)?"
    r"(?P<classes>(?i:class)\s+[A-Z0-9](?:\s*,\s*(?i:class)\s+[A-Z0-9])*,?\s+and\s+"
    r"(?i:class)\s+[A-Z0-9])\b[^.;]*?\brespectively\b", re.I)


def extract_cover_shares(doc: Document) -> list[Fact]:
    """shares_outstanding facts, per class and in total, dated by the cover's as-of date."""
    if not _says_outstanding(doc.text, COVER_CHARS):  # the region never ends past the head
        return []
    start, end = cover_region(doc.text)
    if not _says_outstanding(doc.text, end):
        return []
    facts = _from_sentences(doc, start, end) + _from_tables(doc, start, end)
    merged = merge_facts(facts)
    totals = [t for t in class_totals(merged) if _every_class_counted(merged, t)]
    return merge_facts(merged + totals)


def _every_class_counted(facts: list[Fact], total: Fact) -> bool:
    """A summed total only when every class the count's sentences or rows name has its count
    ("N shares of Class A ... and Class B ..." with Class B's count unread sums no total)."""
    dated = [f for f in facts if f.period_end == total.period_end and f.entity != "total"]
    named = {c for f in dated for s in f.sources for c in _CLASS_RE.findall(s.text or "")}
    counted = {(f.entity or "").removeprefix("Class ") for f in dated}
    return named <= counted


def _says_outstanding(text: str, end: int) -> bool:
    """Whether "outstanding" occurs before ``end``, as every count read needs.

    A count is read from a table line under a header saying "outstanding", or from a sentence
    ending in the region that says it (the sentence may begin before the region, never before
    the text; its newlines folded to spaces are no letters). Without the word before ``end``,
    splitting the region into sentences (most of the cost on a page without a cover) finds
    nothing.
    """
    return "outstanding" in text[:end].lower()


def cover_region(text: str) -> tuple[int, int]:
    """(start, end) of the cover's closing part: from the shell-company question to the contents."""
    head = text[:COVER_CHARS]
    anchor = _ANCHOR_RE.search(head)
    start = anchor.start() if anchor else 0
    limit = min(len(head), start + _AFTER_ANCHOR) if anchor else len(head)
    stop = _COVER_END_RE.search(head, anchor.end() if anchor else 0, limit)
    return start, stop.start() if stop else limit


def _from_sentences(doc: Document, start: int, end: int) -> list[Fact]:
    facts: list[Fact] = []
    sentences = sentences_between(doc.text, start, end)
    for i, sentence in enumerate(sentences):
        if sentence.end <= start or sentence.start >= end:
            continue
        if (sentence.text.rstrip().endswith(":") and "outstanding" in sentence.text.lower()
                and i + 1 < len(sentences)):
            # a list: "... outstanding as of February 14, 2013:" and the count on the next line
            following = sentences[i + 1]
            sentence = Sentence(sentence.start, following.end,
                                doc.text[sentence.start:following.end].replace("\n", " "))
        text = sentence.text[: end - sentence.start]
        if "outstanding" not in text.lower():
            continue
        for clause in _clauses(text):
            if "outstanding" not in clause.lower() or _NOT_COUNT_RE.search(clause):
                continue
            clause = _TIGHT_DATE_RE.sub(r"\1, ", clause)
            as_of = _as_of(clause)
            if as_of is not None:
                facts += _sentence_counts(doc, sentence, clause, as_of)
    return facts


def _clauses(text: str) -> list[str]:
    """The sentence, parted where a market-value clause meets a count (see _CLAUSE_BREAK_RE)."""
    if not _NOT_COUNT_RE.search(text):
        return [text]
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK_RE.finditer(text)] + [len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _as_of(text: str) -> date | None:
    match = _AS_OF_RE.search(text) or _DATE_RE.search(text)
    return parse_date(match.group(1) if match.groups() else match.group(0)) if match else None


def _sentence_counts(doc: Document, sentence: Sentence, text: str, as_of: date) -> list[Fact]:
    masked = _DATE_RE.sub(lambda m: "#" * len(m.group(0)), text)  # a date's year is no count
    masked = _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), masked)  # shares held aside
    if re.search(r"\brespectively\b", masked, re.I):
        return _respective_counts(doc, sentence, text, masked, as_of)
    counts = [m for m in _COUNT_RE.finditer(masked) if _is_count(masked, m)]
    facts = []
    for i, match in enumerate(counts):
        value, decimals = _value(match)
        if value is None:
            continue
        after_end = counts[i + 1].start() if i + 1 < len(counts) else len(masked)
        before_start = counts[i - 1].end() if i else 0
        entity = _class_of(masked[match.end():after_end], masked[before_start:match.start()])
        facts.append(_fact(doc, value, decimals, as_of, entity, sentence.span, text))
    return facts


def _respective_counts(doc: Document, sentence: Sentence, text: str, masked: str,
                       as_of: date) -> list[Fact]:
    """Counts and classes in two lists paired by "respectively"; anything else is refused."""
    match = _RESPECTIVELY_RE.search(masked)
    if match is None:
        return []
    numbers = re.findall(_N, match["nums"])
    classes = _CLASS_RE.findall(match["classes"])
    if len(numbers) != len(classes) or len(set(classes)) != len(classes):
        return []
    return [_fact(doc, Decimal(n.replace(",", "")), 0, as_of, f"Class {c}", sentence.span, text)
            for n, c in zip(numbers, classes, strict=True)]


def _is_count(text: str, match: re.Match) -> bool:
    if text[: match.start()].rstrip().endswith("$"):
        return False  # a price or par value
    value = Decimal(match["num"].replace(",", ""))
    if value < 1000 and not match["scale"]:
        return False  # section numbers, par values, "1.0 shares" in millions
    if _TREASURY_RE.match(text[match.end():]):
        return False
    if _SHARES_AFTER_RE.match(text[match.end():]):
        return True
    return bool((_LEAD_IN_RE.search(text[max(0, match.start() - 30): match.start()])
                 or _AFTER_DATE_RE.search(text[max(0, match.start() - 80): match.start()]))
                and _LEAD_END_RE.match(text[match.end():]))


def _value(match: re.Match) -> tuple[Decimal | None, int | None]:
    parsed = parse_number(match["num"])
    if parsed is None or parsed.value < 0:
        return None, None
    exponent = SCALE_WORDS.get((match["scale"] or "").lower(), 0)
    # "24.3 billion" is known to the hundred million: decimals -9 + 1 fraction digit = -8.
    try:
        return parsed.value.scaleb(exponent).quantize(Decimal(1)), parsed.decimals - exponent
    except InvalidOperation:  # more digits than a Decimal holds exactly: no real count
        return None, None


def _class_of(after: str, before: str) -> str:
    """The class a count belongs to: named right after it ("shares of Class A"), else before it
    ("Class A Common Stock outstanding as of ...: N"), else the count is the total."""
    after = re.split(r"[;:,.]", after, maxsplit=1)[0]
    before_classes = _CLASS_RE.findall(before)
    letter = (m.group(1) if (m := _CLASS_RE.search(after))
              else before_classes[-1] if before_classes else None)
    return f"Class {letter}" if letter else "total"


def _from_tables(doc: Document, start: int, end: int) -> list[Fact]:
    """A cover table: a header row 'Class ... Outstanding as of <date>' then 'class<TAB>count'."""
    facts: list[Fact] = []
    lines = doc.text[start:end].split("\n")
    offset = start
    as_of = None
    for line in lines:
        if "\t" in line and "outstanding" in line.lower() and _DATE_RE.search(line):
            as_of = parse_date(_DATE_RE.search(line).group(0))
        elif as_of is not None and "\t" in line:
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            parsed = parse_number(cells[-1]) if len(cells) >= 2 else None
            if parsed is not None and parsed.value >= 1000 and not parsed.is_percent:
                match = _CLASS_RE.search(cells[0])
                entity = f"Class {match.group(1)}" if match else "total"
                span = (offset, offset + len(line))
                facts.append(_fact(doc, parsed.value, 0, as_of, entity, span, line))
        elif as_of is not None:
            as_of = None  # the table ended
        offset += len(line) + 1
    return facts


def _fact(doc: Document, value: Decimal, decimals: int | None, as_of: date, entity: str,
          span: tuple[int, int], text: str) -> Fact:
    source = Source(document=doc.name, extractor=EXTRACTOR, extractor_version=EXTRACTOR_VERSION,
                    span=span, text=" ".join(text.split()))
    return Fact(metric="shares_outstanding", value=value, unit="shares", period_start=None,
                period_end=as_of, entity=entity, decimals=decimals, sources=(source,))
