"""Modality: a figure that is an estimate, consensus, guidance or a hypothetical is not_checkable,
the reported figures of the same sentence are not (sentences are the project's own paraphrases).

To teach the verifier a new phrasing: add a row to ``claims_modality.PHRASINGS`` and a sentence
here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.verify.claims_units import find_figures
from tests.test_claims import claims_of


def reason(found: dict, key: str) -> str | None:
    (claim,) = [c for text, c in found.items() if key in text]
    return claim.not_checkable_reason


@pytest.mark.parametrize("sentence, estimates, reported", [
    ("Sales came to $9.12 billion, ahead of the consensus estimate of $9.05 billion.",
     ["$9.05 billion"], ["$9.12 billion"]),
    ("Profit was $2.31 per share, above the $2.20 the Street was looking for.",
     ["$2.20"], ["$2.31"]),
    ("Operating costs reached $4.4bn, more than the $4.1bn analysts had expected.",
     ["$4.1bn"], ["$4.4bn"]),
    ("Analysts polled beforehand expected a profit of 61 cents per share on sales of "
     "$3.3 billion.", ["61 cents", "$3.3 billion"], []),
    ("The chipmaker expects revenue of $7.0 billion to $7.4 billion next quarter.",
     ["$7.0 billion", "$7.4 billion"], []),
    ("It had guided to sales of roughly $610 million, while profit was expected to land "
     "near $0.12 per share.", ["$610 million", "$0.12"], []),
    ("The previous range was $20.5 billion to $21.0 billion.", ["$20.5 billion"], []),
    # forecasters' present "see" (a paraphrase; read as a result before session 29)
    ("Analysts polled by a data firm see earnings of $1.10 per share on revenue of $80 million.",
     ["$1.10", "$80 million"], []),
    ("Wall Street sees revenue of $80 million for the quarter.", ["$80 million"], []),
    ("Investors saw revenue rise 5% to $80 million.", [], ["$80 million"]),
    # a preview's year-before base is a result (a paraphrase of a software maker's preview)
    ("Its adjusted operating loss is estimated to come in at $26.6 million, which would be "
     "wider than the $14.5 million loss seen the year before.", ["$26.6 million"],
     ["$14.5 million"]),
    ("Its loss per share is expected to reach $0.17, which would widen from the $0.12 loss "
     "reported a year earlier.", ["$0.17"], ["$0.12"]),
    ("For the coming quarter the retailer predicts profit of $1.4 billion, with earnings "
     "per share at $2.15.", ["$1.4 billion", "$2.15"], []),
    # the company's past 'predicted' (a paraphrase of a recap of a software maker's quarter)
    ("For the current quarter, the software maker predicted adjusted earnings of $3.70 a share "
     "on sales of $4.80 billion.", ["$3.70", "$4.80 billion"], []),
    ("Profit came to $1.10 a share, above the $1.02 a share expected by polled analysts.",
     ["$1.02"], ["$1.10"]),
    ("Net income fell 9% as the bank paid bigger bonuses than analysts had forecast.",
     [], ["9%"]),
    ("Revenue of $5.5 billion beat estimates, rising 12% from a year earlier.",
     [], ["$5.5 billion", "12%"]),
    # a revised outlook: the new and the old figures are both guidance
    ("FY 2026 guidance raised: revenue to $4.10–$4.12b (from $4.05–$4.07b), and adjusted EPS to "
     "$3.10–$3.15 (from $3.00–$3.05).", ["$4.10", "$4.05", "$3.10", "$3.00"], []),
    ("The retailer lifted its full-year forecast to $12.3 billion from $12.1 billion.",
     ["$12.3 billion", "$12.1 billion"], []),
    ("Management anticipated roughly $600m of free cash flow for the year.", ["$600m"], []),
    ("We will continue to generate annual growth of 15 percent or more.", ["15 percent"], []),
    ("Revenue rose 8% to $3.2 billion; the company raised its outlook.", [],
     ["8%", "$3.2 billion"]),
    ("Adjusted for special items, the company beat analyst expectations with a net income of "
     "$65 million.", [], ["$65 million"]),
    # a bare participle after the figure: the other number is the estimate
    ("Sales: $8.21 billion, vs. $8.05 billion expected.", ["$8.05 billion"], ["$8.21 billion"]),
    ("Profit was $1.12 a share against $1.04 per share estimated.", ["$1.04"], ["$1.12"]),
    # the company's own outlook after the figure
    ("Operating cash flow hit $6.3 billion, above the $6.0 billion figure executives had "
     "forecast.", ["$6.0 billion"], ["$6.3 billion"]),
    ("Cash flow reached $2.9 billion, short of the $3 billion it had called for.",
     ["$3 billion"], ["$2.9 billion"]),
    # a noun the figure modifies: a named provider's consensus, a target
    ("Cloud revenue came to $2.2 billion, under the $2.4 billion PollHouse consensus.",
     ["$2.4 billion"], ["$2.2 billion"]),
    ("Margins reached 31%, topping a 29% analyst estimate.", ["29%"], ["31%"]),
    ("Savings of $410 million beat a $350 million target.", ["$350 million"], ["$410 million"]),
    # the result that beat the estimates, not the estimates
    ("Handsets topped estimates at $31.2 billion in revenue for the quarter.", [],
     ["$31.2 billion"]),
    ("Revenue beat forecasts with $12.8 billion, up 6%.", [], ["$12.8 billion"]),
    ("Handsets topped estimates of $30.5 billion.", ["$30.5 billion"], []),
    ("The $31.2 billion topped estimates easily.", [], ["$31.2 billion"]),
    ("Revenue missed the figure analysts expected of $4.8 billion.", ["$4.8 billion"], []),
    ("EPS: $1.20 vs. $1.10 est.", ["$1.10"], ["$1.20"]),
    ("Profit of $1.20 a share beat Wall Street's $1.10.", ["$1.10"], ["$1.20"]),
    ("Sales of $5.1 billion missed analysts' forecast of $5.3 billion.", ["$5.3 billion"],
     ["$5.1 billion"]),
    ("Handsets topped Wall Street's estimates at $31.2 billion in revenue.", [],
     ["$31.2 billion"]),
    ("Revenue of $31.2 billion Tops Estimates As Demand Holds.", [], ["$31.2 billion"]),
    # the second end of a range is the noun's object too, its decimal point no clause break
    ("Guidance for diluted EPS next year is $5.10 to $5.25, up on $4.80 this year.",
     ["$5.10", "$5.25"], ["$4.80"]),
    ("The utility reaffirmed its adjusted EPS expectation of $3.15\u2013$3.35 per share.",
     ["$3.15", "$3.35"], []),
    ("It trimmed its annual outlook for EBITDA to $2.0 billion to $2.2 billion, down from the "
     "prior quarter's range of $2.4 billion to $2.6 billion.",
     ["$2.0 billion", "$2.4 billion", "$2.6 billion"], []),
    # a results summary's abbreviation and a brief's distance from the estimates
    ("Adj EPS: $1.55 (Est. $1.61)", ["$1.61"], ["$1.55"]),
    ("Net loss per share of $0.21 misses by $0.04, revenue of $61.2M beats by $2.3M.",
     ["$0.04", "$2.3M"], ["$0.21", "$61.2M"]),
    # passive and modal forecasts
    ("Second-quarter sales are expected at $2.7 billion to $2.8 billion.", ["$2.7 billion"], []),
    ("Next year's revenue is seen rising 6% to $15 billion.", ["6%", "$15 billion"], []),
    ("Revenue should grow 5% next year to about $21 billion.", ["5%", "$21 billion"], []),
    ("Street analysts had pegged quarterly revenue at $3.3 billion.", ["$3.3 billion"], []),
    # the distance from the estimates is no result; a result written before the comparison is
    ("Quarterly EPS landed 6 cents ahead of the consensus.", ["6 cents"], []),
    ("Sales of $7.4 billion were $90 million above analysts' estimates.", ["$90 million"],
     ["$7.4 billion"]),
    ("The insurer posted sales of $7.4 billion above estimates.", [], ["$7.4 billion"]),
    # an outlook's list after a colon; a goal; a verb of targets, an aside between who and verb
    ("Annual guidance: revenue $18.0 billion to $18.4 billion; EPS $6.10 to $6.20.",
     ["$18.0 billion", "$6.10"], []),
    ("Here is how the year compared with guidance: revenue $18.2 billion.", [],
     ["$18.2 billion"]),
    ("The lender set a goal of $900 million in savings by 2028.", ["$900 million"], []),
    ("The chemicals maker targets $1.5 billion of free cash flow next year.",
     ["$1.5 billion"], []),
    ("Analysts, on average, had estimated profit of 82 cents a share.", ["82 cents"], []),
    ("Third-quarter sales are likely to be around $2.2 billion.", ["$2.2 billion"], []),
    # a result in a relative clause inside an outlook's sentence stays a result
    ("The firm expects that sales, which were $8.2 billion last year, will grow 4%.",
     ["4%"], ["$8.2 billion"]),
    # the forecasters named anywhere in the tail of a figure set against the result
    ("Profit: $2.15 per share, adjusted, versus $2.05 per share as expected by analysts, "
     "according to a data firm.", ["$2.05"], ["$2.15"]),
    ("The cloud unit brought in $2.1 billion, up 7%, and more than $2.05 billion in "
     "consensus among analysts polled by a research house.", ["$2.05 billion"],
     ["$2.1 billion", "7%"]),
    ("Sales were $880 million compared to $860 million, the mean of the projections.",
     ["$860 million"], ["$880 million"]),
    ("Results topped analysts' forecasts, which on average were looking for a profit of "
     "$2.40 per share.", ["$2.40"], []),
    ("The quarter fell short of analysts' expectations, who were looking for on average a "
     "profit of $7.65 a share.", ["$7.65"], []),
    ("The lender warned that its costs next year could rise by $4.1 billion to reach $51 "
     "billion.", ["$4.1 billion", "$51 billion"], []),
    # ... but not a past result's tail, nor a comment on the result
    ("Sales came to $5.2 billion, compared with $4.8 billion a year earlier, beating "
     "analysts' estimates.", [], ["$5.2 billion", "$4.8 billion"]),
    ("Sales rose to more than $3 billion, as analysts had expected.", [], ["$3 billion"]),
    ("Profit was $1.30 a share, above $1.22 in the prior-year quarter and ahead of the "
     "consensus.", [], ["$1.30", "$1.22"]),
    # the forecasters' figure named by a participle before it, after the comparison
    ("Its advisory unit's revenue climbed 21% to $2.4 billion, topping the estimated $2.2 "
     "billion.", ["$2.2 billion"], ["21%", "$2.4 billion"]),
    ("Card fees slipped 4% to $1.7 billion in the quarter, lower than the forecasted $1.75 "
     "billion.", ["$1.75 billion"], ["4%", "$1.7 billion"]),
    # ... never a figure the determiner and participle open without a comparison
    ("It booked the estimated $300 million cost of the recall in the quarter.", [],
     ["$300 million"]),
    # a plan's name is no verb of planning; the verb is, in either case
    ("An amendment to the 2015 Stock Incentive Plan to add shares passed with 97.2% of the "
     "votes cast.", [], ["97.2%"]),
    ("The retailer plans to open stores worth $40 million of sales next year.",
     ["$40 million"], []),
    ("Acme Plans To Spend $2 Billion On Factories", ["$2 Billion"], []),
    # a change measured against an earlier outlook revises the outlook
    ("The company now sees 2026 sales of $18-$19 billion (up $0.4B vs. prior guidance).",
     ["$18", "$0.4B"], []),
    ("Revenue was $9.6 billion, up 4% versus the previous forecast.", ["4%"],
     ["$9.6 billion"]),
    # ... never a result compared with one, nor a change against a past period
    ("Revenue of $9.6 billion compared with the prior forecast of $9.3 billion.", [],
     ["$9.6 billion"]),
    ("Revenue was $9.6 billion, up $0.4 billion vs. the prior year.", [],
     ["$9.6 billion", "$0.4 billion"]),
])
def test_estimates_and_guidance_are_not_checkable_beside_reported_figures(
        sentence, estimates, reported):
    found = claims_of(sentence)
    for key in estimates:
        assert reason(found, key), key
    for key in reported:
        assert reason(found, key) is None, key


def test_a_prospectus_forecast_it_states_stays_checkable():
    found = claims_of("The company expects net proceeds of about $66.7 million.")
    assert reason(found, "$66.7 million") is None


@pytest.mark.parametrize("text, value", [
    ("59 cents", "0.59"), ("21 cents per share", "0.21"), ("one cent", "0.01"),
    ("eight cents a share", "0.08"),
])
def test_cents_are_a_per_share_amount(text, value):
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit, figure.tolerance) == (
        Decimal(value), "USD/share", Decimal("0.005"))


@pytest.mark.parametrize("text, value", [
    ("sales grew four per cent", "4"), ("an outlook of between one and five percent", "5"),
    ("up twelve percent", "12"),
])
def test_a_whole_percentage_in_words_is_a_percentage(text, value):
    (figure,) = find_figures(text)
    assert (figure.value, figure.unit, figure.tolerance) == (
        Decimal(value), "percent", Decimal("0.5"))


def test_a_percentage_in_words_in_an_outlook_is_not_checkable():
    found = claims_of("The company expects volumes to rise by around four per cent next year.")
    assert reason(found, "four per cent")


@pytest.mark.parametrize("sentence, metric, value", [
    ("The quarter's GAAP net loss of $12 million came to a $0.31 loss per share.", "eps_diluted",
     "-0.31"),
    ("Diluted EPS was a $0.31 loss per share.", "eps_diluted", "-0.31"),
    ("Its adjusted net income was $9 million, or $0.22 earnings per share.",
     "eps_diluted_non_gaap", "0.22"),
])
def test_a_per_share_amount_with_its_noun_between_is_per_share(sentence, metric, value):
    """"a $0.31 loss per share": the amount is per share (never a line in dollars, whose
    figure is millions of times larger), and "loss" after it gives its sign."""
    (claim,) = [c for c in claims_of(sentence).values() if c.unit == "USD/share"]
    assert (claim.metric, claim.value) == (metric, Decimal(value))


@pytest.mark.parametrize("sentence, entity", [
    ("iPods topped estimates at $4.1 billion in sales during the quarter.", "iPods"),
    ("Handsets beat expectations with $31.2 billion in revenue.", "Handsets"),
    ("Revenue topped estimates at $46.8 billion during the quarter.", None),
])
def test_the_result_that_beat_estimates_is_its_subjects(sentence, entity):
    """"X topped estimates at $Y": $Y is X's result (a part's, when X names one), compared
    with the filings, never with the company's total when X is a product."""
    (claim,) = claims_of(sentence).values()
    assert claim.not_checkable_reason is None
    assert (claim.metric, claim.entity) == ("revenue", entity)


def test_a_per_share_outlook_range_is_one_claim():
    """A per-share range neither end of which is compared is one claim, as written; an IPO's
    price range (compared end by end) stays two."""
    found = claims_of("The utility affirmed its fiscal 2025 adjusted EPS expectation of "
                      "$3.15\u2013$3.35 per share.")
    assert [t for t in found if "$3.15" in t or "$3.35" in t] == ["$3.15\u2013$3.35 per share"]
    assert found["$3.15\u2013$3.35 per share"].not_checkable_reason



@pytest.mark.parametrize("sentence", [
    # (a stock site on a software maker's quarter: the estimate drifted against the result)
    "Total revenue rose 9% to $12.45 billion, which essentially matched estimates at $12.47 "
    "billion.",
    "Revenue of $12.45 billion was in line with the consensus at $12.47 billion.",
])
def test_estimates_at_an_amount_after_the_clause_stated_the_result_are_the_estimate(sentence):
    found = claims_of(sentence)
    assert found["$12.47 billion"].not_checkable_reason.startswith("an analysts' estimate")
    assert found["$12.45 billion"].not_checkable_reason is None


@pytest.mark.parametrize("sentence, estimates, reported", [
    # a compiler of forecasts named as the figure's source right before it
    ("Results beat what analysts expected, with average earnings per share on FactSet of "
     "$2.95.", ["$2.95"], []),
    ("Acme earned $3.10 a share; FactSet's average was $2.95.", ["$2.95"], ["$3.10"]),
    ("Per Zacks, $2.95 a share.", ["$2.95"], []),
    # ... never a result whose sentence only names a compiler, nor a company of that name
    ("According to FactSet, Acme earned $3.10 a share.", [], ["$3.10"]),
    ("Per FactSet, the bank earned $3.10 a share in the quarter.", [], ["$3.10"]),
    ("Acme's revenue from FactSet of $2 billion rose.", [], ["$2 billion"]),
])
def test_a_figure_a_compiler_of_forecasts_gives_is_not_checkable(sentence, estimates,
                                                                  reported):
    found = claims_of("Acme reported fourth-quarter 2021 results.\n\n" + sentence)
    for key in estimates:
        assert reason(found, key), key
    for key in reported:
        assert reason(found, key) is None, key


# "... would have badly missed the estimate of 75 cents even without the inventory charge that
# cost 7 cents per share" (a news site on a software maker's quarter): the estimate's object is
# its own figure; a later one in another noun's clause is a result.
@pytest.mark.parametrize("sentence, estimates, reported", [
    ("EPS of 59 cents missed the estimate of 75 cents even without the charge that cost 7 "
     "cents per share.", ["75 cents"], ["59 cents", "7 cents"]),
    ("Revenue fell short of the forecast of $5.1 billion, excluding a unit that added "
     "$200 million.", ["$5.1 billion"], ["$200 million"]),
    # a list of the noun's objects stays the estimate's
    ("Analysts had estimates of $1.10 a share and revenue of $5.2 billion.",
     ["$1.10", "$5.2 billion"], []),
])
def test_an_estimates_object_is_its_first_figure_not_a_later_clauses(sentence, estimates,
                                                                     reported):
    found = claims_of(sentence)
    for key in estimates:
        assert reason(found, key) and "estimate" in reason(found, key), key
    for key in reported:
        assert reason(found, key) is None, key


# "investments in capacity projects ($118 million for 6M 2025 ...)" (a machine summary of a
# railroad's half-year): the noun with its amount in brackets, not the company's outlook verb
def test_the_noun_projects_with_its_amount_in_brackets_is_no_outlook():
    found = claims_of("Widgetco reported its results for 2025. It spent on capacity projects "
                      "($118 million for the year) and facilities.")
    assert reason(found, "$118 million") is None
    found = claims_of("Widgetco reported its results for 2025. Widgetco projects $118 million "
                      "of spending next year.")
    assert "guidance" in reason(found, "$118 million")


# An earnings card (a stock site's page on a miner's quarter): "Expected Revenue $X" beside
# "Actual Revenue $Y". The participle before a result's noun makes the figure a forecast; the
# card's "Actual" and a wire story's "better-than-expected" say how it came in, not which part.
@pytest.mark.parametrize("text, estimates, reported", [
    ("Widgetco Revenue Results\nActual Revenue $81.76 million\nExpected Revenue $83.20 million\n",
     ["$83.20 million"], ["$81.76 million"]),
    ("Actual EPS -$0.13\nEstimated EPS -$0.03\n", ["-$0.03"], ["-$0.13"]),
    ("The bank reported better-than-expected revenue of $5.6 billion.", [], ["$5.6 billion"]),
    # a blog's flash on a retailer's quarter: the estimate's change and figure
    ("Comparable sales fell 2%, better than the estimated decline of 4.1%.", ["4.1%"], ["2%"]),
    ("Net sales were $42.9 billion, exceeding the estimated figure of $42.1B.", ["$42.1B"],
     ["$42.9 billion"]),
    # never a filed line whose name holds the participle
    ("Its allowance for expected credit losses was $1.2 billion.", [], ["$1.2 billion"]),
])
def test_an_earnings_cards_expected_line_is_the_forecast(text, estimates, reported):
    found = claims_of(text)
    for key in estimates:
        assert reason(found, key) and "estimate" in reason(found, key), key
    for key in reported:
        assert reason(found, key) is None, key


@pytest.mark.parametrize("text, metric, entity", [
    ("Widgetco Revenue Results\nActual Revenue $81.76 million\n", "revenue", None),
    ("The bank reported better-than-expected revenue of $5.6 billion.", "revenue", None),
    ("The company posted weaker-than-forecast sales of $3 billion.", "revenue", None),
    ("It posted stronger-than-anticipated data center revenue of $3 billion.", "revenue",
     "data center"),
    # a part's own word still names the part
    ("Cloud revenue was $4 billion.", "revenue", "Cloud"),
])
def test_a_comparison_with_a_forecast_names_no_part(text, metric, entity):
    claim = next(c for key, c in claims_of(text).items() if "$" in key)
    assert (claim.metric, claim.entity) == (metric, entity)
