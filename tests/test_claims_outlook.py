"""Modality carried by the article's structure: figures under an outlook heading or a lead-in
that opens a list of targets are guidance (not_checkable); a pending deal's pro forma figures
too; the reported figures around them stay checkable. Texts are the project's own paraphrases.

To teach the verifier a new heading or lead-in word: add it to the tables of
``pipeline.verify.claims_outlook`` and a text here."""

from __future__ import annotations

import pytest

from pipeline.verify.article import read_article
from pipeline.verify.claims import extract_claims
from tests.test_claims import claims_of


def reasons(text: str) -> dict[str, str | None]:
    return {key: claim.not_checkable_reason for key, claim in claims_of(text).items()}


def marked(text: str, key: str) -> bool:
    (reason,) = [r for figure, r in reasons(text).items() if key in figure]
    return reason is not None


@pytest.mark.parametrize("text, guidance, reported", [
    # a release's outlook section, one value a line, closed by another section's heading
    ("Quarterly Results\n\nSales were $5.2 billion, up 8% from a year earlier.\n\n"
     "Business Outlook\n\nFor the coming quarter, sales of $5.4 billion to $5.6 billion.\n\n"
     "Gross margin of about 46%.\n\nAbout the Company\n\n"
     "The group employs 12,000 people and holds $3.1 billion of cash.\n",
     ["$5.4 billion", "46%"], ["$5.2 billion", "8%", "$3.1 billion"]),
    # a period's sub-heading under the outlook keeps it in force
    ("Guidance\n\nFourth Quarter Fiscal 2026\n\nRevenue: $2.0 billion to $2.1 billion\n\n"
     "Full Year Fiscal 2026\n\nRevenue: $8.1 billion\n", ["$2.0 billion", "$8.1 billion"], []),
    # the heading's row directly under it; a comparison's base stays reported
    ("Q3 Outlook\n\nSales: $4.1 billion to $4.3 billion, compared with $3.9 billion a year "
     "ago\n", ["$4.1 billion"], ["$3.9 billion"]),
    ("Outlook for the Second Half\n\nNet sales between $1.0 billion and $1.1 billion.\n",
     ["$1.0 billion"], []),
    # a lead-in and its list of one-cell lines; the prose after it reports again
    ("The table below lists the retailer's revised full-year targets:\n\nNet sales\n\n"
     "$7.25 billion to $7.30 billion\n\nOperating margin\n\n~12%\n\n"
     "Shoppers visited its stores 40 million times in the period, and sales per store came "
     "to $2.1 million.\n", ["$7.25 billion", "12%"], ["$2.1 million"]),
    ("The company has issued the following guidance for its fiscal year:\n\n"
     "- Net sales: $3.0 billion to $3.2 billion\n", ["$3.0 billion"], []),
    ("For fiscal 2027, management now expects:\n\n- Sales of $12.0 billion to $12.4 billion\n"
     "- Operating margin of 21%\n\nNet income in the quarter was $800 million.\n",
     ["$12.0 billion", "21%"], ["$800 million"]),
    # lines opened by a mojibake bullet (a Thai zero, made ASCII by article.normalise, and a
    # Thai letter): the bullet is no figure, so a results heading still ends the outlook
    ("FY27 Guidance:\n0\u0e19 Revenue: $8.0B - $8.2B\nQ4 Segment Results:\n"
     "0\u0e19 Operating Cash Flow: $3.1B; UP +12% YoY\n", ["$8.0B"], ["$3.1B"]),
    # a sentence that plainly reports a result ends the outlook
    ("Guidance\n\nThe chain posted sales of $1.1 billion last quarter.\n\n"
     "Its order book stands at $2.4 billion.\n", [], ["$1.1 billion", "$2.4 billion"]),
])
def test_figures_under_an_outlook_heading_or_lead_in_are_guidance(text, guidance, reported):
    for key in guidance:
        assert marked(text, key), key
    for key in reported:
        assert not marked(text, key), key


@pytest.mark.parametrize("text, reported", [
    # a comparison with analysts' numbers lists results
    ("Here is how the retailer did against what analysts expected:\n\n"
     "Earnings per share: $1.52 vs. $1.43 expected\n\nSales: $9.1 billion vs. $8.9 billion "
     "expected\n", ["$1.52", "$9.1 billion"]),
    # a heading that names results beside the outlook, or a news headline, is no outlook section
    ("Results and Outlook\n\nThe chain's quarterly sales of $700 million beat its plan.\n",
     ["$700 million"]),
    ("Buybacks, Tariffs, and Outlook\n\nThe board approved $90 billion of buybacks and a "
     "dividend of 26 cents a share.\n", ["$90 billion", "26 cents"]),
    ("Chipmaker Shares Slide On Weak Guidance\n\nThe shares are lower as investors weigh "
     "sales of $12.5 billion.\n", ["$12.5 billion"]),
])
def test_results_beside_outlook_words_stay_checkable(text, reported):
    for key in reported:
        assert not marked(text, key), key


def test_a_pending_deals_combined_company_is_not_checkable_the_parties_today_are():
    text = ("Once the merger closes, the combined bank will hold about $9.1 billion in assets "
            "and $7.0 billion of deposits. The acquired lender currently holds $2.2 billion in "
            "assets, and the buyer will pay $310 million in cash.")
    found = reasons(text)
    assert "pending deal" in found["$9.1 billion"] and "pending deal" in found["$7.0 billion"]
    assert found["$2.2 billion"] is None and found["$310 million"] is None
    # the buyer's size today, before the future 'will have', is no pro forma figure
    found = reasons("The buyer, with $4.1 billion in assets, will have $6.0 billion in assets "
                    "after the transaction is completed.")
    assert found["$4.1 billion"] is None and "pending deal" in found["$6.0 billion"]


def test_an_outlook_cue_binds_to_its_own_clause_not_the_whole_sentence():
    # "is expected to" governs the closing of the deal, set off by commas, not the price
    text = ("The sale, which the company expects to complete in June, valued the unit at "
            "$450 million.")
    assert not marked(text, "$450 million")
    assert not marked("The purchase (which is expected to close in May) values the chain at "
                      "$1.2 billion.", "$1.2 billion")
    # outside an aside the cue still governs
    assert marked("The company expects to complete the sale in June for $450 million.",
                  "$450 million")


def test_a_target_bonus_or_a_target_bank_is_no_forecast():
    assert not marked("The board set a target annual bonus of $2.5 million for the chief "
                      "executive.", "$2.5 million")
    assert not marked("The target bank has $2.2 billion in assets.", "$2.2 billion")
    assert marked("The plan keeps its sales target of $60 billion.", "$60 billion")


def test_a_real_release_read_as_an_article_keeps_results_and_marks_its_targets(shared_dir):
    """Adobe's Q1 FY2023 earnings release (EX-99.1), read as an article would be: the
    quarter's results stay checkable; every value of its two targets tables is guidance."""
    path = shared_dir / "corpus/8k-adbe-0000796343-23-000044/adbeex991q123.htm"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    claims = [c for c in extract_claims(read_article(path)) if c.value is not None]
    under = [c for c in claims if "(under" in (c.not_checkable_reason or "")]
    assert len(under) >= 10
    first, last = min(c.span[0] for c in under), max(c.span[1] for c in under)
    # the targets are one block: no figure inside it is left checkable
    assert all(c.not_checkable_reason for c in claims if first <= c.span[0] < last)
    results = [c for c in claims if c.span[0] < first and c.metric is not None]
    assert results and not any(c.not_checkable_reason for c in results)
    assert not any("(under" in (c.not_checkable_reason or "") for c in claims
                   if c.span[0] > last)


def test_a_results_table_beside_analysts_numbers_marks_only_the_estimate_column():
    text = ("Key Figures\nLine Result vs. Plan Actual Analysts' Forecast\n"
            "Diluted EPS Above $2.10 $1.95\nSales Below $14.2B $14.6B\n\n"
            "Sales came to $14.2 billion and rose 3%.\n")
    found = reasons(text)
    assert found["$2.10"] is None and found["$14.2B"] is None
    assert "estimate" in found["$1.95"] and "estimate" in found["$14.6B"]
    assert found["3%"] is None
    # a prose sentence naming results and expectations heads no table
    found = reasons("The grocer reported results that beat what analysts expected.\n"
                    "Sales of $3.1 billion grew 4%\n")
    assert found["$3.1 billion"] is None and found["4%"] is None


def test_an_estimate_a_result_is_measured_against_governs_only_its_own_clause():
    found = reasons("Sales landed short of forecasts, slipping 0.4% from the prior year.")
    assert found["0.4%"] is None
    found = reasons("Profit of $2.05 a share topped the consensus estimate by 6%, and marked a "
                    "41% rise from a year earlier.")
    assert found["6%"] and found["41%"] is None
    # the figures a comparison lists after an estimate are its reported bases
    found = reasons("The miner lost $0.21 a share, against a $0.15 average analyst estimate, "
                    "compared with $0.09 in Q1 and $1.12 in the year-earlier quarter.")
    assert found["$0.15"] and found["$0.09"] is None and found["$1.12"] is None


def test_a_present_balance_ends_an_outlook_section():
    text = ("Business Outlook\n\nThe retailer holds $4.0 billion of cash and has no debt.\n\n"
            "Sales of $9.0 billion to $9.2 billion\n")
    assert not marked(text, "$4.0 billion")
