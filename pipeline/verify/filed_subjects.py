"""A part the filings name, as the subject of a verb that brings in or moves revenue, where the
article's words around the figure name no metric: that part's revenue (or its growth).

"Pipelines brought in $14.9 million", "the data center business contributed $41.1 billion",
"wearables and accessories saw a slight dip, dropping to $7.5 billion from $7.9 billion",
"..., and automotive solutions $586 million" (paraphrases of recaps of a utility's, a
chipmaker's and a device maker's quarters): the claim side reads such a subject only by its
word table (``claims_earning``), which cannot know every filer's part names, and the figure
came back "no filed metric is named near this figure". Here, with the facts loaded, a subject
is read as a part only when its words ARE a part the filings state revenue for
(``entities.same_segment``, or ``parts.pin_part``'s generic-noun rules: "data center business"
is "Data Center") and exactly one filed part is so named; anything else stays as it was.

Never: a sentence naming any metric (another line may be meant: "brought in $2 billion of
operating income"), another company's part or an owner's word before the subject ("Initech's
data center business"), a subject that is no part of the filings, a rate over the quarter
before. A rate with no amount of money after it ("Wearables fell 4.9%") may be of units: such a
claim is supported when the filed figure bears it out and otherwise unverifiable, never drifted
(``support_only``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.verdicts import Claim, Verification
from pipeline.verify.claims_earning import EARNING_VERBS, FALLING_VERBS, RISING_VERBS
from pipeline.verify.claims_qualifiers import unread_reason
from pipeline.verify.claims_shares import OF_TOTAL, TOTAL_GAP
from pipeline.verify.entities import same_segment
from pipeline.verify.filed_labels import read_label
from pipeline.verify.filed_subject_lines import HEDGE, subject_line
from pipeline.verify.other_company import reporter_reason
from pipeline.verify.parts import pin_part
from pipeline.verify.word_tables import phrase_alternatives
from warehouse.records import StoredFact

_REVENUE, _GROWTH, _SHARE = "revenue", "revenue_growth", "customer_concentration"
# any word for a metric anywhere in the sentence: the sentence says which figure is meant
_ANY_METRIC = re.compile(r"\b(?:revenues?|sales|turnover|income|profits?|earnings|margins?|"
                         r"loss(?:es)?|EPS|per\s+share|cash|ebitda|bookings|orders|backlog|"
                         r"expenses?|costs?|spending|capex|dividends?|buybacks?|repurchases?|"
                         r"shares?|units?\s+sold|shipments?|volumes?|users?|subscribers?|"
                         r"customers?|employees?|price[sd]?|valuation|market\s+(?:cap|value)|"
                         r"deals?|acquisitions?|bought|acquired|paid|invested|spent|"
                         r"estimates?|expected|forecasts?|guidance|outlook)\b", re.I)
_SEQUENTIAL = re.compile(r"\b(?:sequential(?:ly)?|quarter[- ](?:over|on)[- ]quarter|q/q|qoq|"
                         r"(?:prior|previous|last|preceding)\s+quarter)\b", re.I)


_TOTALS = ("totaled", "totalled", "totaling", "totalling", "amounted to", "amounting to",
           "came in at", "coming in at", "contributed", "contributing", "contributes")
_MOVES = RISING_VERBS + FALLING_VERBS + (
    "rising", "growing", "climbing", "jumping", "increasing", "gaining", "falling",
    "slipping", "dropping", "declining", "decreasing", "dipping", "sliding", "slid")
_RATE = r"\d[\d.,]*\s*(?:%|percent|per\s+cent)"
_YOY = r"(?:\s+(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|y/y)\b,?)?"
# the verb right before an amount of money: one that brings money in, one that totals it, or
# a move to it ("fell 7% year over year to", "dropping to"), or a bullet's equals sign
# ("Data Center = $41.1B", a blog's list of a chipmaker's drivers), or a move from a base
# ("slight dip (down from $7.9 billion to $7.5 billion)", a machine-style recap's bullet)
_TO_MONEY = re.compile(rf"(?:{phrase_alternatives(EARNING_VERBS + _TOTALS)}|(?<=\s)="
                       rf"|(?:{phrase_alternatives(_MOVES + ('down', 'up'))})\s+from"
                       rf"|(?:{phrase_alternatives(_MOVES)})(?:\s+(?:by\s+)?{_RATE}{_YOY})?\s+to)"
                       rf"{HEDGE}\s*(?:US)?\$?\s*$", re.I)
# the verb right before a rate: a move by it ("fell 4.9%", "was up 12%")
_BY_RATE = re.compile(rf"(?:{phrase_alternatives(_MOVES)})(?:\s+by)?{HEDGE}\s*$", re.I)
# what stands between the subject and its verb: an aside in commas ("Wearables, including
# the watch and the earbuds, fell"), or a short clause of its own ("saw a slight dip, dropping")
_ASIDE = re.compile(r",\s+(?:including|such\s+as|led\s+by|which\s+includes?|the|a|an|its)\s+"
                    r"[^,;:$\d]{1,60},\s*$|\s+(?:saw|posted|recorded|had|showed|logged|"
                    r"experienced|suffered|enjoyed)\s+"
                    r"(?:a|an)\s+(?:[a-z]+\s+){0,2}(?:dip|drop|decline|rise|increase|gain|jump|"
                    r"fall|slide|decrease|climb)\s*[,(]\s*$", re.I)
# where a subject may begin: the sentence's start (after a bullet's mark), a mark, or a
# clause's joining word; then the words that open a subject without naming it
# (a spaced hyphen opens an inline bullet's item: "Growth Drivers - Services grew N%")
_OPENING = re.compile(r"(?:^\s*(?:[-*\u2022]\s*)?|[,;:(\u2013\u2014]\s*|\s-\s+|"
                      r"\b(?:and|while|whereas|but|with|plus)\s+)(?:(?:the|its|their|our)\s+)?$",
                      re.I)
_NAME = re.compile(r"[A-Za-z][\w.&-]*(?:\s+(?:(?:and|&)\s+)?[A-Za-z][\w.&-]*){0,4}$")
# the next item of a list of parts' amounts, its verb left out: "..., and automotive $586
# million"
_NEXT_ITEM = re.compile(r"^\s*,?\s*(?:and|while|with|plus)\s+(?:the\s+)?"
                        r"(?P<name>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,3}?)"
                        rf"\s+(?:at\s+|with\s+)?{HEDGE.strip('?')}?\s*(?:US)?\$?\s*$", re.I)
_FROM = re.compile(rf"^\s*,?\s+(?:from|to){HEDGE}\s*(?:US)?\$?\s*$", re.I)


def _part_names(facts: list[StoredFact]) -> set[str]:
    return {sf.fact.entity for sf in facts if sf.fact.metric == _REVENUE and sf.fact.entity
            and sf.fact.entity.lower() != "total"}


def _filed_part(words: str, names: set[str], claim: Claim, facts: list[StoredFact]) -> str | None:
    """The one filed part of revenue the words name, or None (none, or several)."""
    words = re.sub(r"^(?:(?:the|its|their|our)\s+)+", "", words.strip(), flags=re.I)
    if not words or re.search(r"['’]|\d", words) or _ANY_METRIC.search(words):
        return None
    pinned = pin_part(replace(claim, metric=_REVENUE, entity=words), facts).entity or words
    found = {name for name in names if same_segment(pinned, name)}
    return found.pop() if len(found) == 1 else None


def _subject(before: str, verb: re.Pattern, names: set[str], claim: Claim,
             facts: list[StoredFact]) -> str | None:
    """The filed part named as the subject of ``verb`` right before the figure."""
    moved = verb.search(before)
    if moved is None:
        return None
    head = before[:moved.start()].rstrip()
    aside = _ASIDE.search(head + " ")
    head = head[:aside.start()] if aside else head
    named = _NAME.search(head)
    if named is None:
        return None
    words = named.group(0).split()
    # the longest run of words ending at the verb whose start may open a subject
    for start in range(len(words)):
        lead = head[:named.start()] + " ".join(words[:start]) + (" " if start else "")
        if _OPENING.search(lead):
            return _filed_part(" ".join(words[start:]), names, claim, facts)
    return None


def read_parts(claims: list[Claim], facts: list[StoredFact]) -> tuple[list[Claim], set[str]]:
    """The claims with a filed part's revenue read where a part the filings name is the subject
    of the figure's verb, and the ids of those read loosely (``support_only``)."""
    names = _part_names(facts)
    if not names:
        return claims, set()
    out: list[Claim] = []
    loose: set[str] = set()
    previous: tuple[Claim, str | None] | None = None  # the last figure, and its part if read
    for claim in claims:
        read = _read(claim, facts, names, previous)
        if read is not None:
            claim, is_loose = read
            loose |= {claim.claim_id} if is_loose else set()
        if claim.value is not None:
            previous = (claim, claim.entity if claim.metric == _REVENUE else None)
        out.append(claim)
    return out, loose


# "Devices sales totaled $19.1 billion", "Pipelines revenue was $14.9 million" (a tech site on
# a software maker's year, a stock note on a utility's quarter): one or two capitalised words
# before the line's name, which the claim side cannot tell from another company's name ("Initech
# revenue was"); read as the part only when they name exactly one part the filings state
# ... or a company's verb between ("Bulk posted revenue of $1.8 billion", a wire story on a
# railroad's quarter naming a freight group: read as the total's and drifted)
_NAMED_LINE = re.compile(
    r"(?:^|[^\w'’&.-])(?P<name>(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*))?)\s+"
    r"(?:(?:posted|reported|recorded|generated|booked|logged|delivered|had)\s+)?(?:net\s+)?"
    r"(?:revenues?|sales)\s+(?:was|were|of|totall?ed|reached|amounted\s+to|came\s+in\s+at|"
    rf"(?:{phrase_alternatives(_MOVES)})(?:\s+(?:by\s+)?{_RATE}{_YOY})?\s+to){HEDGE}\s*(?:US)?\$?\s*$",
    re.I)


# "the company recorded $X in Handset revenue" (a startup blog on a device maker's
# quarter): the line named after the amount, its part's name between "in" and the line's word;
# never with a year or a quarter after it ("a record $Y in Handset sales in 2023 Q2",
# a blog's all-time high, read as the quarter's and drifted), and read loosely (support only)
_LINE_AFTER = re.compile(r"^\s+in\s+(?P<name>[A-Za-z][\w&.-]*(?:\s+[A-Za-z][\w&.-]*){0,2}?)"
                         r"\s+(?:net\s+)?(?:revenues?|sales)\b"
                         r"(?![^.;]*(?:\b(?:19|20)\d\d\b|\b(?:Q[1-4]|FY)\b))", re.I)


def _named_line(claim: Claim, names: set[str], facts: list[StoredFact]) -> Claim | None:
    at = claim.sentence_at
    if (claim.entity is not None or claim.metric not in (None, _REVENUE) or claim.unit != "USD"
            or claim.value is None or at < 0 or claim.not_checkable_reason):
        return None
    named = _NAMED_LINE.search(claim.sentence[:at]) or _LINE_AFTER.match(
        claim.sentence[at + len(claim.text):])
    name = named and _filed_part(named.group("name"), names, claim, facts)
    # the claim side reads a name it cannot place as another company's ("Bulk posted revenue
    # of $X" with no "bulk" written elsewhere): a part the filings name is the filer's own
    why = unread_reason(claim)
    if not name or why and why != reporter_reason(named.group("name")):
        return None
    return replace(claim, metric=_REVENUE, entity=name, unread_why=None)


def _read(claim: Claim, facts: list[StoredFact], names: set[str],
          previous: tuple[Claim, str | None] | None) -> tuple[Claim, bool] | None:
    if (line := _named_line(claim, names, facts)) is not None:
        return line, not _NAMED_LINE.search(claim.sentence[:claim.sentence_at])
    if (labelled := read_label(claim, previous, lambda words: _filed_part(
            words, names, claim, facts), _ANY_METRIC)) is not None:
        return labelled  # "Europe: $24.45 billion." (filed_labels)
    if (line := subject_line(claim, facts, names, lambda before, verb: _subject(
            before, verb, names, claim, facts))) is not None:
        return line, False  # "<Segment> generated $X in sales" (filed_subject_lines)
    at = claim.sentence_at
    if (claim.metric is not None or claim.value is None or at < 0 or claim.not_checkable_reason
            or claim.unit not in ("USD", "percent") or _ANY_METRIC.search(claim.sentence)
            or unread_reason(claim)):
        return None
    before, ahead = claim.sentence[:at], claim.sentence[at + len(claim.text):]
    if claim.unit == "percent" and (share := _share_of_part(claim, before, ahead, previous)):
        return share, True  # "Data Center = $41.1B (88% of total)": that part's share
    if claim.unit == "percent":
        if _SEQUENTIAL.search(ahead[:40]):
            return None
        name = _subject(before, _BY_RATE, names, claim, facts)
        if name is None:
            return None
        to_money = re.match(rf"{_YOY}\s*,?\s+to\s+(?:US)?\$\s?\d", ahead, re.I) is not None
        return replace(claim, metric=_GROWTH, entity=name), not to_money
    name = _subject(before, _TO_MONEY, names, claim, facts)
    if name is None and previous and previous[0].sentence == claim.sentence:
        last, part = previous
        between = claim.sentence[last.sentence_at + len(last.text):at]
        if _FROM.match(between) and part:
            name = part  # "dropping to $7.5 billion from $7.9 billion": its base (or end)
        elif (item := _NEXT_ITEM.match(between)) is not None and (part or _TO_MONEY.search(
                claim.sentence[:last.sentence_at])):
            # a list of subjects' amounts: "X brought in $A and automotive solutions $B"
            name = _filed_part(item.group("name"), names, claim, facts)
    if name is None:
        return None
    return replace(claim, metric=_REVENUE, entity=name), False


def _share_of_part(claim: Claim, before: str, ahead: str,
                   previous: tuple[Claim, str | None] | None) -> Claim | None:
    """"(88% of total)" right after a filed part's revenue read here: that part's share of
    revenue (``claims_shares.OF_TOTAL``, the claim side's reading when it knew the part)."""
    if not previous or previous[0].sentence != claim.sentence or not previous[1]:
        return None
    last = previous[0]
    between = before[last.sentence_at + len(last.text):]
    if last.sentence_at < 0 or not TOTAL_GAP.match(between) or not OF_TOTAL.match(ahead):
        return None
    return replace(claim, metric=_SHARE, entity=previous[1], basis=_REVENUE)


def support_only(verification: Verification, loose: set[str]) -> Verification:
    """A loosely read part's figure is never drifted: unverifiable, saying why."""
    if verification.verdict != "drifted" or verification.claim.claim_id not in loose:
        return verification
    return replace(verification, verdict="unverifiable", gap=None, reason=(
        "read as the revenue of the part its subject names (no metric is named in its "
        "sentence), a reading loose enough that a mismatch may be another figure of that part: "
        + (verification.reason or "")))
