"""A ratio written as money ("for every $100 made, $27 was operating profit"): the amount is a
share of the base, never a level of the line (a blog on a streaming service's year read "$27"
as $27 billion of operating income and called it drifted). Sentences are project-written
paraphrases of that pattern, not its text."""

from decimal import Decimal

from tests.test_claims import claims_of


def test_an_amount_stated_per_hundred_dollars_is_the_lines_margin():
    found = claims_of("Operating income rose to $10.4 billion in 2024. For every $100 the "
                      "company took in during 2024, $27 was operating profit.")
    share = found["$27"]
    assert (share.unit, share.value, share.metric) == ("percent", Decimal(27), "operating_margin")
    assert found["$100"].not_checkable_reason.startswith("the amount a ratio is stated against")
    assert found["$10.4 billion"].metric == "operating_income"  # the sentence before: untouched


def test_cents_of_every_dollar_are_a_percentage_not_a_per_share_figure():
    found = claims_of("Out of every dollar of sales in 2023, 9 cents was left as net profit.")
    assert found["9 cents"].unit == "percent"
    assert found["9 cents"].value == Decimal(9)
    assert found["9 cents"].metric != "eps_diluted"


def test_must_not_fire_on_scaled_amounts_or_per_share_words():
    found = claims_of("Of every $100 billion of assets in 2024, $27 billion were loans.")
    assert found["$27 billion"].unit == "USD"
    assert found["$27 billion"].value == Decimal("27e9")
    found = claims_of("In 2024 it paid 25 cents a share in dividends for every $1 of earnings.")
    assert found["25 cents a share"].unit == "USD/share"
    found = claims_of("Operating profit was $27 million in 2024, up from $20 million.")
    assert found["$27 million"].metric == "operating_income"
