"""A drifted level far from the filed figure, in a sentence quoting several figures, is another
line more often than a misquote: ``unverifiable`` (``discipline_magnitude``). Found on first
contact with unseen articles: "other income rose to $123 million" beside the quarter's revenue,
SG&A "compared to $1.681 billion, or 28.4% of net sales", "sales per retail square foot ... to
$684.65", each compared with revenue and called drifted."""

from __future__ import annotations

from decimal import Decimal

from core.verdicts import Claim, Verification
from pipeline.verify.discipline_magnitude import far_from_the_line
from pipeline.verify.discipline_scale import scale_misread

SENTENCE = "Revenue rose 5% to $6.2 billion, and another line grew to $123 million."
FILED = Decimal("6154000000")


def judged(text: str, value: str, tolerance: str, unit: str = "USD",
           sentence: str = SENTENCE, filed: Decimal = FILED, **extra) -> Verification:
    claim = Claim(claim_id=text, text=text, sentence=sentence, span=(0, len(text)),
                  value=Decimal(value), unit=unit, tolerance=Decimal(tolerance),
                  metric="revenue", period_label="Q2 2025")
    return Verification(claim, "drifted", filed_value=filed, **extra)


def beside(*verifications: Verification) -> list[Verification]:
    """The verifications with one supported figure of the same sentence beside them."""
    rate = Claim(claim_id="rate", text="5%", sentence=verifications[0].claim.sentence,
                 span=(13, 15), value=Decimal(5), unit="percent", tolerance=Decimal("0.5"))
    return [Verification(rate, "supported"), *verifications]


def test_a_far_figure_beside_others_is_unverifiable_and_says_why():
    [_, far] = far_from_the_line(beside(judged("$123 million", "123000000", "500000")))
    assert far.verdict == "unverifiable"
    assert "far from the one compared" in far.reason and "6,154,000,000" in far.reason


def test_a_near_figure_stays_drifted():
    [_, near] = far_from_the_line(beside(judged("$5.9 billion", "5900000000", "50000000")))
    assert near.verdict == "drifted"


def test_a_far_figure_alone_in_its_sentence_is_still_judged():
    alone = judged("$123 million", "123000000", "500000", sentence="Revenue was $123 million.")
    assert far_from_the_line([alone])[0].verdict == "drifted"


def test_a_slip_of_scale_is_left_to_the_scale_rule():
    # "$6.154 million" for $6,154 million: the digits are the filed figure's, the scale is not;
    # discipline_scale says so (a unit misread), not this rule (another line)
    [_, slip] = far_from_the_line(beside(judged("$6.154 million", "6154000", "500")))
    assert slip.verdict == "drifted"
    assert scale_misread(slip).verdict == "unverifiable"


def test_rates_and_recomputed_figures_are_left_to_their_own_rules():
    percent = judged("31%", "31", "0.5", unit="percent", filed=Decimal("3.78"))
    recomputed = judged("$123 million", "123000000", "500000", arithmetic="a - b")
    assert [v.verdict for v in far_from_the_line(beside(percent, recomputed))][1:] == [
        "drifted", "drifted"]


def test_a_count_of_no_unit_makes_the_sentence_crowded_too():
    # "the $863 million revenue it took comes in at around 1.7 million devices sold" (a phone
    # trade site on a software maker's year): the devices are a figure of the sentence, so the
    # $863 million beside them is more likely a product's revenue than a misquote of the total
    sentence = "The $0.9 billion of revenue it took came to about 1.7 million devices sold."
    far = judged("$0.9 billion", "900000000", "50000000", sentence=sentence,
                 filed=Decimal("77849000000"))
    devices = Claim(claim_id="devices", text="1.7 million", sentence=sentence, span=(50, 61),
                    value=Decimal("1700000"), unit=None, tolerance=Decimal("50000"))
    [_, judged_far] = far_from_the_line([Verification(devices, "unverifiable"), far])
    assert judged_far.verdict == "unverifiable" and "far from the one compared" in judged_far.reason


def test_a_figure_with_no_value_beside_it_does_not_crowd_the_sentence():
    # a date or a word claim carries no value: the far figure is alone and judged
    sentence = "On July 31, 2013 it said revenue was $123 million."
    alone = judged("$123 million", "123000000", "500000", sentence=sentence)
    day = Claim(claim_id="day", text="July 31, 2013", sentence=sentence, span=(3, 16),
                value=None, unit=None, tolerance=None)
    assert far_from_the_line([Verification(day, "not_checkable"), alone])[1].verdict == "drifted"


def _repeat(metric: str | None, entity: str | None = None) -> Verification:
    claim = Claim(claim_id="again", text="$123 million", sentence="It made just $123 million.",
                  span=(13, 25), value=Decimal("123000000"), unit="USD",
                  tolerance=Decimal("500000"), metric=metric, entity=entity)
    return Verification(claim, "unverifiable")


def test_a_far_figure_the_article_reads_otherwise_elsewhere_is_unverifiable():
    # "it generated just $853m in tablet sales" (no line read), then "while $853m in sales might
    # not be bad" read as the company's revenue, alone in its sentence (a tech site on a
    # software maker's year): one figure, so the company reading is not pinned
    alone = judged("$123 million", "123000000", "500000", sentence="Sales of $123 million.")
    for other in (_repeat(None), _repeat("revenue", "Devices")):
        [_, far] = far_from_the_line([other, alone])
        assert far.verdict == "unverifiable" and "elsewhere" in far.reason


def test_a_far_figure_read_the_same_way_wherever_quoted_is_still_judged():
    alone = judged("$123 million", "123000000", "500000", sentence="Sales of $123 million.")
    assert far_from_the_line([_repeat("revenue"), alone])[1].verdict == "drifted"


def test_a_near_figure_read_otherwise_elsewhere_stays_drifted():
    near = judged("$5.9 billion", "5900000000", "50000000", sentence="Sales of $5.9 billion.")
    other = _repeat(None)
    other = Verification(Claim(**{**other.claim.__dict__, "value": Decimal("5900000000"),
                                  "text": "$5.9 billion"}), "unverifiable")
    assert far_from_the_line([other, near])[1].verdict == "drifted"


def test_a_far_figure_the_article_names_as_another_line_elsewhere_is_still_judged():
    # "earned $0.58 per share on an adjusted basis", then "GAAP diluted EPS was 58 cents": the
    # article names both lines outright, so the GAAP claim is its own, drifted where wrong
    alone = judged("$123 million", "123000000", "500000", sentence="Sales of $123 million.")
    assert far_from_the_line([_repeat("net_income"), alone])[1].verdict == "drifted"
