"""Which metric a figure names when the cue follows it ("$19.90 billion in revenue"), and cues
that name a balance rather than the period's figure ("deferred revenue"). Sentences are
project-written paraphrases of the pattern of a real article (Engadget on Microsoft's fiscal
2013), not its text."""

from tests.test_claims import claims_of


def test_a_cue_joined_by_in_names_the_figure_before_it():
    found = claims_of("In its fourth quarter the company booked $12.40 billion in revenue, "
                      "$3.10 billion in operating income, and $2.25 billion in net income.")
    assert found["$12.40 billion"].metric == "revenue"
    assert found["$3.10 billion"].metric == "operating_income"
    assert found["$2.25 billion"].metric == "net_income"


def test_deferred_revenue_is_not_the_periods_revenue():
    found = claims_of("The results include $315 million of previously deferred revenue from "
                      "an upgrade offer.")
    assert found["$315 million"].metric != "revenue"


def test_an_amounts_own_noun_glued_after_it_names_it():
    found = claims_of("Shareholder returns for fiscal 2024: $4.2B share repurchases + $0.9B "
                      "dividends.")
    assert found["$4.2B"].metric == "share_repurchases"
    assert found["$0.9B"].metric == "dividends_paid"


def test_a_glued_noun_that_opens_the_next_clause_is_not_the_amounts():
    found = claims_of("Net income was $5 million revenue rose 3% in fiscal 2024.")
    assert found["$5 million"].metric == "net_income"


# an aggregator's rewrite of a wire story on a device maker's quarter: revenue named as the
# source of a profit is no line of its own (read as revenue, it was called drifted)
def test_revenue_a_profit_came_from_is_not_the_figures_line():
    assert claims_of("Profit from revenue includes $24.78 billion.")["$24.78 billion"].metric \
        == "net_income"
    assert claims_of("Net income from revenue was $2 billion.")["$2 billion"].metric \
        == "net_income"
    # the figure the revenue's own object: "profit from sales of $X" names the sales
    assert claims_of("Profit from sales of $5 billion rose.")["$5 billion"].metric == "revenue"
    assert claims_of("Revenue was $9 billion.")["$9 billion"].metric == "revenue"


# a newspaper on a metals maker's quarter: "on a call to discuss second-quarter earnings, the
# finance chief said the tariffs, which the government set at 10 percent, would increase costs"
# was read as a 10 percent growth of earnings (the change verb after the comma and a modal is
# the tariffs' forecast, not the rate's change) and called drifted
def test_a_change_verb_after_a_comma_and_a_modal_is_not_the_rates():
    found = claims_of("On a call to discuss second-quarter earnings, the finance chief said the "
                      "duties, which the government set at 10 percent, would increase costs.")
    assert found["10 percent"].metric is None


def test_a_rate_before_its_own_change_verb_keeps_its_change():
    # must not fire: no modal, or no comma closing the figure's clause
    assert claims_of("Second-quarter revenue rose 10 percent.")["10 percent"].metric == (
        "revenue_growth")
    assert claims_of("Second-quarter earnings were up 10 percent, while costs would "
                     "increase.")["10 percent"].metric == "revenue_growth"
