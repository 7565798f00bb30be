"""A dollar sign glued to other letters is another country's dollar, never the filer's US
dollars (``claims_units._CURRENCY_BEFORE``): a conversion aside ("$19.9 billion (about
AU$20.7b)") or a foreign outlet's copy ("C$20.7 billion") read as USD would be compared with
the filing's figures and drift."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in

_LEAD = "The company reported its fiscal fourth quarter of 2013. "


@pytest.mark.parametrize("written", ["AU$20.7 billion", "A$20.7 billion", "C$20.7 billion",
                                     "CA$20.7bn", "HK$20.7 billion", "NZ$20.7 billion",
                                     "S$20.7 billion"])
def test_another_countrys_dollar_is_not_usd(written):
    got = {c.text: c for c in claims_in(f"{_LEAD}Revenue in the quarter was {written}.")}
    assert all(c.unit != "USD" for c in got.values()), {k: c.unit for k, c in got.items()}


def test_a_conversion_aside_leaves_the_us_figure_alone():
    got = {c.text: c for c in claims_in(
        f"{_LEAD}Revenue in the quarter was $19.9 billion (about AU$20.7b, £12.4b).")}
    assert got["$19.9 billion"].unit == "USD" and got["$19.9 billion"].metric == "revenue"
    assert [c.text for c in got.values() if c.unit == "USD"] == ["$19.9 billion"]


@pytest.mark.parametrize("written", ["$19.9 billion", "US$19.9 billion", "USD 19.9 billion",
                                     "($19.9 billion)"])
def test_us_dollars_stay_usd(written):
    got = claims_in(f"{_LEAD}Revenue in the quarter was {written}.")
    assert [c.unit for c in got if "19.9" in c.text] == ["USD"]


@pytest.mark.parametrize("glued", ["Lifestyle$2.1 billion", "International$2.1 billion"])
def test_a_table_label_glued_to_its_dollar_figure_stays_usd(glued):
    got = claims_in(f"{_LEAD}Segment revenue: {glued}.")
    assert [c.unit for c in got if "2.1" in c.text] == ["USD"]


def test_a_conversion_is_a_figure_of_its_own_answered_unverifiable():
    # a UK rewrite of a wire story: each dollar amount followed by the outlet's own sterling
    from tests.conftest import verify_text

    text = (f"{_LEAD}Profit was $2.10bn (£1.55bn), or $4.20 a share, and revenue came to "
            "Rs 500 crore.")
    found = verify_text(text, [])
    assert {k: (v.claim.unit, v.verdict) for k, v in found.items()
            if k in ("£1.55bn", "Rs 500 crore")} == {
        "£1.55bn": (None, "unverifiable"), "Rs 500 crore": (None, "unverifiable")}
    assert "another currency (£)" in found["£1.55bn"].reason
    assert found["£1.55bn"].claim.value == 1550000000
    assert not any(k in ("1.55", "500") for k in found)  # no bare number inside it
    assert found["$2.10bn"].claim.metric == "net_income"


def test_a_conversion_before_the_amounts_purpose_leaves_it_its_words():
    got = {c.text: c for c in claims_in(
        f"{_LEAD}The bank set aside $2.1bn (£1.6bn) to cover staff pay and benefits.")}
    assert got["$2.1bn"].metric == "compensation_expense"


def test_a_conversion_before_a_ranges_other_end_stays_in_place():
    got = {c.text: c for c in claims_in(
        f"{_LEAD}Net income fell from $4.5bn (£3.3bn) to $3.9bn (£2.9bn) in the quarter, and "
        "revenue rose from $9.1bn (£6.7bn) to a record $9.9bn.")}
    assert (got["$4.5bn"].metric, got["$3.9bn"].metric) == ("net_income", "net_income")
    assert (got["$9.1bn"].metric, got["$9.9bn"].metric) == ("revenue", "revenue")
    assert got["£3.3bn"].unit is None and got["£6.7bn"].unit is None


# A UK or Indian rewrite of a results story writes its own currency first and the dollars in
# brackets after it: the bracket is the conversion, never an accounting negative (read so, the
# dollar revenue drifted from the filed one as a negative figure).
@pytest.mark.parametrize("written", ["£34.1bn ($42.9bn)", "£34.1 billion ($42.9 billion)",
                                     "about €37.8 billion (US$42.9 billion)",
                                     "₹3.56 lakh crore ($42.9 billion)",
                                     "Rs 3,56,000 crore ($42.9bn)"])
def test_dollars_in_brackets_after_another_currency_are_its_conversion(written):
    got = [c for c in claims_in(f"{_LEAD}Revenue in the quarter was {written}.")
           if "42.9" in c.text]
    assert [(c.unit, c.value > 0, c.metric) for c in got] == [("USD", True, "revenue")], got


@pytest.mark.parametrize("written", ["($42.9 billion)", "$(42.9) billion", "($42.9bn)"])
def test_dollars_in_brackets_with_no_other_currency_before_stay_negative(written):
    got = [c for c in claims_in(f"{_LEAD}The net loss in the quarter was {written}.")
           if "42.9" in c.text]
    assert got and all(c.value < 0 for c in got), got


# A newspaper's recap of a software maker's loss-making quarter: "a $6.19-billion charge" was
# taken for a name's number ("10-Q"), and the charge was no claim at all.
@pytest.mark.parametrize(("written", "value"), [("$6.19-billion", "6190000000"),
                                                ("US$900-million", "900000000")])
def test_a_scale_hyphenated_into_an_adjective_keeps_its_scale(written, value):
    got = claims_in(f"{_LEAD}The loss was due to a {written} charge on an acquisition.")
    assert [(c.text, str(c.value), c.unit) for c in got] == [(written, value, "USD")]


@pytest.mark.parametrize("text", ["a 12-million-share offering", "the 3-billion-user mark",
                                  "its 2-million-square-foot plant"])
def test_a_hyphenated_scale_without_a_currency_is_still_a_name(text):
    assert not [c for c in claims_in(f"{_LEAD}It announced {text}.") if c.unit == "USD"]
