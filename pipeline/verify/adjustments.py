"""The items an article says an adjusted figure excludes, checked against the items of the
filer's own reconciliation (``extractors.non_gaap``).

"Adjusted EPS was $3.46, excluding pre-tax expenses of $137 million, which translates to $87
million after tax, or 21 cents per share, associated with the early retirement of outstanding
debt" (a paraphrase of a retailer's year): $137 million is a pre-tax item, 21 cents its
per-share amount, $87 million an after-tax amount no reconciliation table states. Each is
compared only with a reconciliation item whose label shares at least two of the article's
content words for it ("early", "retirement", "debt" in "premium on early retirement of debt"),
never with an item picked by its value: the nearest value among a table's items is the
closest-candidate trap that once produced false supported verdicts. An item whose label
matches but whose value differs is unverifiable, not drifted: a filer's line may bundle
several of the items an article lists ("impairments, store closing costs and gain on sale of
leases")."""

from __future__ import annotations

import re

from core.period_phrases import PeriodPhrase
from core.verdicts import Claim, Verification
from pipeline.verify import discipline, match, period_fit, tolerance
from pipeline.verify.part_words import singular

MONEY_ITEM = "non_gaap_adjustment"
PER_SHARE_ITEM = "non_gaap_adjustment_per_share"
ITEM_METRICS = (MONEY_ITEM, PER_SHARE_ITEM)

_EXCLUDING = re.compile(r"\bexclud(?:ing|es|e|ed)\b", re.I)
# a verb between "excluding" and the figure makes the figure the adjusted measure's own
# ("sales excluding fuel were $50 billion"), not an excluded item
# ("Excluding a $50 million charge, net income rose to $2 billion": $2 billion is no item);
# a relative clause's verb ("which is $87 million after tax") describes the item
_VERB = re.compile(r"(?<!which )(?<!that )\b(?:was|were|is|are|rose|fell|grew|totaled|"
                   r"totalled|reached|came|increased|decreased|declined|climbed|jumped|"
                   r"reported|posted|earned|generated|delivered|would|been|grown|had|has|"
                   r"have|stood|amounted|hit)\b", re.I)
_STOP = re.compile(r";|,\s*(?:while|but|whereas)\b|\s(?:while|whereas)\s", re.I)
# where one excluded item ends and the next begins: "..., and $5 million in pre-tax expenses"
_NEXT_ITEM = re.compile(r"(?:,\s*|\s+)and\s+(?=(?:[\w-]+\s+){0,3}?\$)", re.I)
_AFTER_TAX = re.compile(r"^[^,;]{0,12}\bafter[- ]tax\b|\bafter[- ]tax\s+(?:\w+\s+){0,2}$", re.I)
# words that say what kind of amount, not which item
_GENERIC = frozenset(
    "pre tax after expense cost charge gain loss item million billion thousand cent share per "
    "which translate or and the of to in on for from with a an by at as related primarily "
    "mainly associated approximately about nearly roughly its their this that these those "
    "also other certain one two three four five six seven eight nine ten impact amount "
    "total net".split())


def read_item(text: str, span: tuple[int, int], unit: str | None) -> tuple[str | None, str] | None:
    """(metric, the item's words) for a figure inside an "excluding ..." clause; the metric is
    None for an after-tax amount (no reconciliation states one). None for any other figure."""
    if unit not in ("USD", "USD/share"):
        return None
    before = text[:span[0]]
    marks = list(_EXCLUDING.finditer(before))
    if not marks:
        return None
    clause_start = marks[-1].end()
    between = before[clause_start:]
    if _STOP.search(between) or _VERB.search(between):
        return None
    clause_end = _STOP.search(text, span[1])
    clause = text[clause_start:clause_end.start() if clause_end else len(text)]
    at = span[0] - clause_start
    bounds = [0] + [m.end() for m in _NEXT_ITEM.finditer(clause)] + [len(clause)]
    start = max(b for b in bounds[:-1] if b <= at)
    end = min(b for b in bounds[1:] if b > at)
    words = content_words(clause[start:end])
    if not words:
        return None
    entity = " ".join(sorted(words))
    if unit == "USD/share":
        return PER_SHARE_ITEM, entity
    if _AFTER_TAX.search(text[span[1]:span[1] + 20]) or _AFTER_TAX.search(before[-30:]):
        return None, entity
    return MONEY_ITEM, entity


# what may join an item to a period of its own: "$29 million in 2011", "(fiscal 2011)"
_OWN_PERIOD_GAP = re.compile(r"^[\s,(]*(?:(?:in|for|during|of)\s+(?:the\s+)?)?$", re.I)


def item_period(period: PeriodPhrase | None, figure_span: tuple[int, int], text: str,
                previous: Claim | None) -> PeriodPhrase | None:
    """The period of an item an adjusted figure excludes: a period named right after it, else
    that of the figure before it in the sentence (the adjusted figure, or the item before it).
    Macy's 'Adjusted fiscal 2011 EPS were $2.88, excluding ... gains ... related to the 2006
    divestiture ..., and ... 4 cents per share': the 4 cents are 2011's, not 2006's."""
    if period is not None and period.span[0] >= figure_span[1] and _OWN_PERIOD_GAP.match(
            text[figure_span[1]:period.span[0]]):
        return period
    if previous is None or previous.sentence != text or not previous.period_label:
        return period
    return PeriodPhrase(previous.period_label, previous.period_start, previous.period_end,
                        (0, 0), "inherited")


def content_words(text: str) -> frozenset[str]:
    """The words that name an item, plural folded: "store closings" -> {store, closing}."""
    found = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        stem = singular(word)
        if stem not in _GENERIC and word not in _GENERIC and len(stem) > 2:
            found.add(stem)
    return frozenset(found)


def _fully_named(candidates: list, said: frozenset[str]) -> list:
    """The candidates whose every label word the article says. A bundle line ("impairments,
    store closing costs and gain on sale of leases") may share more of the article's words
    than the one item the article names ("gain on sale of leases", a note's row), but it also
    names items the article does not: the item named completely is the article's."""
    return [sf for sf in candidates
            if (words := content_words(sf.fact.entity)) and words <= said]


def verify_item(claim: Claim, facts: list) -> Verification:
    """Supported when the item whose label the article names completely (two words at
    least), else the reconciliation item whose label shares most of the claim's words (two at
    least), has the claim's value; unverifiable otherwise, saying why."""
    wanted = match.Wanted.of(claim)
    calendar = match.calendar_for(facts)
    dated = discipline.standing([
        sf for sf in facts if sf.fact.metric == claim.metric and sf.fact.unit == claim.unit
        and sf.fact.entity and period_fit.period_matches(wanted, sf, calendar)])
    said = frozenset((claim.entity or "").split())
    scored = [(len(said & content_words(sf.fact.entity)), sf) for sf in dated]
    best = max((score for score, _ in scored), default=0)
    what = "a pre-tax item" if claim.metric == MONEY_ITEM else "a per-share item"
    if best < 2:  # (a pre-tax item's words may still be the filing's prose: ``prose_echo``)
        return Verification(claim, "unverifiable", gap=(
            "item" if claim.metric == MONEY_ITEM else None), reason=(
            f"{what} an adjusted figure excludes: no item of the filings' non-GAAP "
            f"reconciliations for {claim.period_label or 'that period'} is labelled with the "
            f"article's words for it ({', '.join(sorted(said)) or 'none'})"))
    named = _fully_named([sf for score, sf in scored if score >= 2], said) or [
        sf for score, sf in scored if score == best]
    if len({sf.fact.value for sf in named}) > 1:
        return Verification(claim, "unverifiable", reason=(
            f"{what}: the reconciliations' items labelled with the article's words differ "
            f"({', '.join(sorted({sf.fact.entity for sf in named}))})"))
    fact = named[0]
    if not tolerance.fits(claim, fact.fact.value, tolerance.tolerance_for(claim, fact)):
        return Verification(claim, "unverifiable", filed_value=fact.fact.value,
                            evidence=(match.evidence_of(fact),), reason=(
            f"{what}: the reconciliation's line \u201c{fact.fact.entity}\u201d states "
            f"{fact.fact.value}, which may bundle other items with this one, so it is not "
            f"called drifted"))
    return Verification(claim, "supported", filed_value=fact.fact.value,
                        delta=claim.value - fact.fact.value,
                        evidence=(match.evidence_of(fact),), reason=(
        f"{what}: the reconciliation's line \u201c{fact.fact.entity}\u201d"))
