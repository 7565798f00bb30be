"""Issue 12: a crypto miner's impairment of digital assets, a line of its income statement, is
read from the statement's label (the filer tags it with the long-lived assets concept, which
other filers use for other assets) and an article's words for it name that line. The 10-Q is
the shared corpus's, read in place; the sentences are the project's own paraphrases."""

from __future__ import annotations


def _miner_facts():
    from datetime import date

    from tests.conftest import stored_corpus_facts

    return stored_corpus_facts("10q-10k/10-Q_MARA_0001493152-23-027174.html",
                               "0001493152-23-027174", "10-Q", date(2023, 8, 8))


def test_impairment_of_digital_assets_is_read_from_the_income_statement():
    facts = {(f.fact.period_start.isoformat(), f.fact.period_end.isoformat()): f.fact.value
             for f in _miner_facts() if f.fact.metric == "digital_asset_impairment"}
    assert facts[("2023-04-01", "2023-06-30")] == 8363000
    assert facts[("2022-04-01", "2022-06-30")] == 131581000


def test_an_article_s_impairment_of_digital_assets_is_checked_against_that_line():
    from tests.conftest import verify_text

    found = verify_text("In the second quarter of 2023 the miner's results benefited from a lower "
                        "impairment in the carrying value of digital assets of $8.4 million. In "
                        "the second quarter of 2023 the impairment of digital assets was $9.1 "
                        "million.", _miner_facts())
    assert found["$8.4 million"].verdict == "supported"
    assert found["$8.4 million"].claim.metric == "digital_asset_impairment"
    assert found["$9.1 million"].verdict == "drifted"

