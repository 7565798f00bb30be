"""A money total quoted with its earnings per share right after it ("income was $X million, or
Yc per share, down N% from $Z million, or Wc per share"): the total is the bottom line even when
its only word is "income", a cents figure may be written "44c", the rate after the pair is the
total's change when its base is a money total, and a rate with no period of its own is dated by
the level it follows, never by its base. Sentences are project-written paraphrases of a trade
paper's recap of a restaurant group's year and a trade site's recap of a railroad's year; the
facts are a few stored ones built here."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal

from core.facts import Fact, Source
from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.test_claims import claims_of
from warehouse.records import StoredFact


def test_bare_income_paired_with_its_per_share_amount_is_net_income():
    found = claims_of("For the quarter ended Dec. 28, 2008, income was $204 million, or 44c per "
                      "share, down 12% from $231 million, or 45c per share, a year earlier.")
    assert found["$204 million"].metric == "net_income"
    assert found["$231 million"].metric == "net_income"
    assert (found["44c per share"].unit, found["44c per share"].value) == (
        "USD/share", Decimal("0.44"))
    assert found["45c per share"].metric == "eps_diluted"
    # the rate's base is a money total: the total's change, never EPS's
    assert found["12%"].basis == "net_income"
    found = claims_of("Reported income for full-year 2024 was $6.7 billion, or $11.09 per diluted "
                      "share.")
    assert found["$6.7 billion"].metric == "net_income"


def test_must_not_fire_on_a_kind_of_income_or_income_with_no_per_share_amount():
    found = claims_of("In 2024, operating income was $9.7 billion, or $11 per share.")
    assert found["$9.7 billion"].metric == "operating_income"
    found = claims_of("Interest income was $5 million, or 2 cents per share, in 2024.")
    assert found["$5 million"].metric == "interest_income"
    assert claims_of("In 2024, income was $5 million.")["$5 million"].metric is None
    assert claims_of("In 2024, income from the unit was $5 million, or 2c per share."
                     )["$5 million"].metric is None
    # a per-share rate compared with a per-share base stays EPS's
    found = claims_of("In the fourth quarter of 2008, diluted EPS was $0.44, down 12% from $0.50.")
    assert found["12%"].basis == "eps_diluted"


def test_a_bottom_line_paired_with_its_per_share_amount_is_net_income():
    # a wire's recap: "the bottom line" totalled, with EPS after it; the next sentence's
    # "This compares with $A, or $B per share, in last year's quarter" is the same pair's base
    found = claims_of("In the second quarter of 2021, the lender's bottom line came to $2.2 "
                      "billion, or $4.10 per share. This compares with $1.9 billion, or $3.55 "
                      "per share, in last year's second quarter.")
    assert found["$2.2 billion"].metric == "net_income"
    assert found["$4.10 per share"].metric == "eps_diluted"
    assert found["$1.9 billion"].metric == "net_income"
    assert found["$1.9 billion"].period_label == "Q2 2020"
    assert found["$3.55 per share"].metric == "eps_diluted"


def test_must_not_fire_on_a_qualified_bottom_line_or_one_with_no_per_share_amount():
    found = claims_of("In 2024 the lender's adjusted bottom line was $2.2 billion, or $4.10 per "
                      "share.")
    assert found["$2.2 billion"].metric != "net_income"
    found = claims_of("In 2024 the lender's bottom line was hurt by a $2.2 billion charge.")
    assert found["$2.2 billion"].metric != "net_income"


def test_a_glued_c_is_cents_only_before_its_share_words():
    found = claims_of("In 2008 it sold a 44c stamp, and 3c coins.")
    assert not any(c.unit == "USD/share" for c in found.values())
    assert claims_of("In 2008 EPS was 44c a share.")["44c a share"].unit == "USD/share"


def _fact(metric: str, value: str, period: tuple[date, date]) -> StoredFact:
    fact = Fact(metric, Decimal(value), "USD", period[0], period[1], decimals=-6,
                sources=(Source("10k.htm", "tables", "1.0", table=2, row=metric, text=value),))
    return StoredFact(f"{metric}{period[1]}", fact, 1, "0000000001-09-000001", "10-K",
                      date(2009, 2, 24), "10k.htm", "https://www.sec.gov/Archives/10k.htm")


_Y06, _Y07, _Y08 = ((date(y, 1, 1), date(y, 12, 31)) for y in (2006, 2007, 2008))
_YEARS = [_fact("net_income", "964000000", _Y08), _fact("net_income", "909000000", _Y07),
          _fact("net_income", "824000000", _Y06)]


def _verify(text: str) -> dict:
    claims = extract_claims(Article("t", text, hashlib.sha256(text.encode()).hexdigest()))
    return {v.claim.text: v for v in verify_claims(claims, _YEARS)}


def test_an_undated_rate_takes_the_period_of_its_level_never_of_its_base():
    found = _verify("The chain had net income of $964 million, equal to $2.03 per share, up 6% "
                    "from $909 million, or $1.74 per share.")
    assert found["$964 million"].verdict == "supported"
    assert found["6%"].verdict == "supported"  # 964 / 909, never 909 / 824 (10.3%)
    assert "964,000,000 / 909,000,000" in found["6%"].arithmetic


def test_an_undated_rate_with_only_its_base_quoted_is_the_reported_year_s_or_unread():
    # the one period the loaded 10-K reports is 2008: its growth bears the 6% out (undated_growth)
    found = _verify("The chain's net income rose 6% from $909 million.")
    assert found["6%"].verdict == "supported"
    assert "964,000,000 / 909,000,000" in found["6%"].arithmetic
    # a year earlier's growth (909 / 824) is no growth of the reported year: unread, never drifted
    found = _verify("The chain's net income rose 10% from $824 million.")
    assert found["10%"].verdict == "unverifiable"
