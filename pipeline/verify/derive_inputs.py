"""The inputs of a derived figure (a market cap, a price-to-sales multiple): the article's own
figure where it states one, as filed when the filings bear it out, else the latest filed value."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.metrics import get_metric
from core.verdicts import Claim, Evidence, Verification
from pipeline.verify import match
from pipeline.verify.tolerance import bound_side
from warehouse.records import StoredFact


@dataclass(frozen=True)
class Input:
    """One input of a derived figure: the filed value and, when newer filings differ, theirs."""

    value: Decimal
    evidence: tuple[Evidence, ...]
    newer_value: Decimal | None = None
    newer_evidence: tuple[Evidence, ...] = ()
    # the article's own figure written as a bound ("above $1,200 a share"): "more than" or
    # "less than"; a product of it is a bound too, never a value to drift from
    bound: str | None = None

    @property
    def latest(self) -> Decimal:
        return self.value if self.newer_value is None else self.newer_value

    @property
    def latest_evidence(self) -> tuple[Evidence, ...]:
        return self.newer_evidence or self.evidence


def price_input(claim: Claim, claims: list[Claim], done: dict[str, Verification],
                names: tuple[str, ...]) -> Input | None:
    """The article's own price (a midpoint, the offering price...) as filed, if it is filed:
    the nearest earlier claim of one of ``names`` (or unnamed) in their per-share unit."""
    unit = get_metric(names[0]).unit
    source = _nearest_before(claim, claims, lambda c: c.unit == unit
                             and (c.metric in names or c.metric is None))
    return _input_from(source, done) if source else None


def shares_input(claim: Claim, facts: list[StoredFact], claims: list[Claim],
                 done: dict[str, Verification], names: tuple[str, ...]) -> Input | None:
    """The article's own share count, else the latest filed count of ``names``, best first."""
    source = _nearest_before(claim, claims, lambda c: c.metric in names)
    if source is not None:
        return _input_from(source, done)
    for metric in names:
        wanted = match.Wanted(metric, get_metric(metric).unit)
        found = match.latest_filing(match.find_candidates(facts, wanted))
        if found:
            best = max(found, key=lambda sf: sf.fact.value)
            return Input(best.fact.value, (match.evidence_of(best),))
    return None


def product_input(claim: Claim, facts: list[StoredFact], claims: list[Claim],
                  done: dict[str, Verification], metric: str) -> Input | None:
    """A product (market cap) the article states and the filings bear out, else recomputed
    from the inputs its own row names."""
    source = _nearest_before(claim, claims, lambda c: c.metric == metric
                             and c.not_checkable_reason is None)
    verification = done.get(source.claim_id) if source else None
    if verification is not None and verification.filed_value is not None:
        return _filed_input(verification)
    prices, counts = get_metric(metric).derivation.inputs
    price = price_input(claim, claims, done, prices)
    shares = shares_input(claim, facts, claims, done, counts)
    if price is None or shares is None:
        return None
    return Input(price.value * shares.value, price.evidence + shares.evidence,
                 price.latest * shares.latest, price.latest_evidence + shares.latest_evidence)


def claimed_or_filed_input(claim: Claim, facts: list[StoredFact], claims: list[Claim],
                           done: dict[str, Verification], metric: str) -> Input | None:
    """The sentence's own figure of ``metric`` (revenue), else the latest filed period's."""
    source = _nearest_before(claim, claims, lambda c: c.metric == metric, same_sentence=True)
    if source is not None and (found := _input_from(source, done)) is not None:
        return found
    found = match.latest_filing(match.find_candidates(
        facts, match.Wanted.of(claim, metric, get_metric(metric).unit)))
    if not found:
        return None
    latest = max(found, key=lambda sf: (sf.fact.period_end or date.min))
    return Input(latest.fact.value, (match.evidence_of(latest),))


def _input_from(source: Claim, done: dict[str, Verification]) -> Input | None:
    """A claim as an input: its filed value when filed, else the article's own figure."""
    verification = done.get(source.claim_id)
    if verification is None or verification.filed_value is None:
        bound = bound_side(source.qualifier)
        return Input(source.value, (), bound=bound) if source.value is not None else None
    return _filed_input(verification)


def _filed_input(verification: Verification) -> Input:
    return Input(verification.filed_value, verification.evidence, verification.newer_value,
                 verification.newer_evidence)


def _nearest_before(claim: Claim, claims: list[Claim], accept, same_sentence: bool = False):
    """The closest earlier claim that fits (same sentence first, then earlier in the article)."""
    earlier = [c for c in claims if c.span[0] < claim.span[0] and accept(c)]
    in_sentence = [c for c in earlier if c.sentence == claim.sentence]
    if in_sentence:
        return in_sentence[-1]
    if same_sentence:
        return None
    return earlier[-1] if earlier else None


# A market capitalisation at the market's price, where no filing sets a price (no prospectus's
# range or offering price: "Its market capitalisation is $542.25 billion", a business site on
# a streamer's quarter): a market figure, like the price it multiplies: a fact no filing covers,
# so unverifiable (the articles' rules keep not_checkable for opinion, forecasts, estimates).
MARKET_PRICED = ("a market capitalisation at the market's share price, where no filing sets "
                 "a price (no offering price or range): a market figure, not a filed one")


def no_filed_price(facts: list[StoredFact], names: tuple[str, ...]) -> bool:
    """Whether no filing states a price of ``names`` (an offering's), so that a market cap is
    the market's."""
    return not any(f.fact.metric in names for f in facts)
