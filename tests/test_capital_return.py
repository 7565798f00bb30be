"""Capital-return figures: a newly declared dividend rate and a buyback authorization, read
from filing prose (extractors.capital_return) and checked from articles' words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.capital_return import extract_capital_return, sentence_capital_return
from extractors.document import parse_document
from extractors.sentences import Sentence
from pipeline.config import load_settings
from pipeline.ingest import ingest_file
from pipeline.verify.api import verify_article_source
from tests.conftest import corpus_file
from tests.test_claims import claims_of

APPLE_Q = "10q-aapl-0000320193-25-000057/aapl-20250329.htm"


def stated(text: str) -> set[tuple[str, str]]:
    facts = sentence_capital_return(Sentence(0, len(text), text), "t.htm")
    return {(f.metric, str(f.value)) for f in facts}


@pytest.mark.parametrize("text, expected", [
    ("On June 2, 2024, the Board of Directors declared a quarterly cash dividend of $0.31 per "
     "share, payable on July 1.", ("dividend_declared_per_share", "0.31")),
    ("The board raised the Company's quarterly cash dividend from $0.40 to $0.44 per share.",
     ("dividend_declared_per_share", "0.44")),
    ("In March 2023, the Board increased our quarterly cash dividend from $1.10 to $1.20 per "
     "share.", ("dividend_declared_per_share", "1.20")),
    ("On April 3, the Board authorized an additional program to repurchase up to $20 billion "
     "of the Company’s common stock.", ("repurchase_authorization", "20000000000")),
    ("The Board of Directors authorized the repurchase of up to $750 million of our common "
     "stock.", ("repurchase_authorization", "750000000")),
    # the amount before the program's noun, after "approved" (a retailer's 10-Q)
    ("In July 2024, the Board of Directors approved a new $12.5 billion share repurchase "
     "authorization that has no expiration date.", ("repurchase_authorization", "12500000000")),
    ("Our board adopted a $400 million stock buyback program in March.",
     ("repurchase_authorization", "400000000")),
    # an added amount joined to the program's noun (a chip maker's 10-Q, its subsequent-event
    # paragraph), and an increase of one
    ("On August 26, 2025, our Board of Directors approved an additional $60.0 billion in share "
     "repurchase authorization, without expiration.", ("repurchase_authorization", "60000000000")),
    ("The Board approved an increase of $5.0 billion to the repurchase program.",
     ("repurchase_authorization", "5000000000")),
])
def test_a_boards_act_states_its_figure(text, expected):
    assert stated(text) == {expected}


@pytest.mark.parametrize("text, expected", [
    # a raise's rise in percent, after its amount per share or after "by"
    ("On May 2, the board raised the quarterly cash dividend on common stock to $1.40 per "
     "share, an increase of 15 cents per share, or 12%, effective in June.",
     {("dividend_increase", "12")}),
    ("This quarter we increased our common stock dividend by 8% in May.",
     {("dividend_increase", "8")}),
    # a program's limit is its authorization
    ("In May, the company announced the reinstatement of share repurchase programs with "
     "repurchases of up to $1.5 billion over four quarters.",
     {("repurchase_authorization", "1500000000")}),
    # the growth of dividends paid is no raise of the rate
    ("Dividends paid increased 7% to $2.1 billion.", set()),
])
def test_a_raise_states_its_rise_and_a_program_its_limit(text, expected):
    assert stated(text) == expected


@pytest.mark.parametrize("text", [
    # dividends paid in the period, an annual total, a preferred dividend
    "During the quarter the Company paid dividends and dividend equivalents of $3.1 billion.",
    "Cash dividends declared per share were $1.00 in 2024.",
    "The Board declared a quarterly dividend of $0.35 per share on its Series A preferred "
    "stock.",
    # money spent on buybacks, and what remains of a program
    "During the quarter the Company repurchased $12.0 billion of its common stock.",
    "As of March 31, $4.2 billion remained available under the program the Board authorized "
    "to repurchase up to $10 billion of common stock.",
    # an approval of something else than a buyback, in a sentence that names one; and an old
    # program's balance
    "The Board approved a $2.0 billion acquisition of a distributor, funded in part by "
    "suspending the share repurchase program.",
    "In May 2023 the Board approved a $9.0 billion share repurchase authorization, of which "
    "$3.1 billion remained available at quarter end.",
    # an added amount of something else than the buyback
    "The Board approved an additional $2.0 billion in capital spending, beside the share "
    "repurchase program.",
])
def test_other_capital_sentences_state_no_declared_rate_or_authorization(text):
    assert stated(text) == set()


def test_the_apple_10q_states_the_raised_dividend_and_the_new_program():
    path = corpus_file(APPLE_Q)
    doc = parse_document(path.read_bytes(), name=path.name, form="10-Q")
    found = {(f.metric, f.value, f.period_start, f.period_end) for f in
             extract_capital_return(doc)}
    assert found == {
        ("dividend_declared_per_share", Decimal("0.26"), None, None),
        ("repurchase_authorization", Decimal("100000000000"), None, None)}


@pytest.mark.parametrize("sentence, metric", [
    ("The board unveiled a $40 billion share repurchase program.", "repurchase_authorization"),
    ("Directors authorized $40 billion in share repurchases.", "repurchase_authorization"),
    ("It also approved a $40 billion buyback authorization.", "repurchase_authorization"),
    ("The company bought back $40 billion of stock through share repurchases.",
     "share_repurchases"),
    ("The company declared a dividend of $0.31 per share.", "dividends_per_share"),
    ("The company raised its quarterly dividend to $0.31 per share.",
     "dividend_declared_per_share"),
    # the level a raise by a rate reached: the cue runs through the rate to the figure
    ("The board raised its dividend by 3% to 31 cents per share.",
     "dividend_declared_per_share"),
])
def test_an_articles_words_name_the_authorization_or_the_declared_rate(sentence, metric):
    claim = [c for c in claims_of(sentence).values() if c.unit != "percent"][-1]
    assert claim.metric == metric


ARTICLE = """# A paraphrase written for this test

The iPhone maker's board authorized a $100 billion stock buyback program.
Its directors also approved an increased cash dividend of $0.26 per share.
A rival recap put the new buyback program at $90 billion.
Another said the board raised its quarterly dividend to $0.27 per share.
"""


def test_the_apple_10q_bears_out_the_capital_return_an_article_quotes(tmp_path):
    article = tmp_path / "article.md"
    article.write_text(ARTICLE)
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(APPLE_Q), cik=320193, form="10-Q",
                accession="0000320193-25-000057", filed_date=date(2025, 5, 2))
    outcome = verify_article_source(settings, str(article), cik=320193)
    found = {v.claim.text: v for v in outcome.results[0].verifications}
    assert found["$100 billion"].verdict == "supported"
    assert found["$0.26 per share"].verdict == "supported"
    # another figure is not drifted from a board's act: it may be another day's
    assert found["$90 billion"].verdict == "unverifiable"
    assert found["$0.27 per share"].verdict == "unverifiable"


# What remains of an authorization is the amount authorized less all bought back under it: a
# stock-note site on a streamer's year wrote the old authorization's size as what remained, and
# the authorization the 10-K states bore it out. The remainder is named, never compared.
@pytest.fixture(scope="module")
def streamer():
    from tests.conftest import stored_corpus_facts
    return stored_corpus_facts("dev/10-K_NFLX_2024-12-31.html", "0001065280-25-000044",
                               "10-K", date(2025, 1, 27), cik=1065280)


@pytest.mark.parametrize("sentence", [
    "The streamer has $10 billion remaining under its buyback authorization.",
    "It had $10 billion still available under the share repurchase program at year end.",
    "The remaining repurchase authorization was $10 billion.",
    "It repurchased $6.3 billion of stock in 2024, leaving $10 billion available under the "
    "program."])
def test_what_remains_of_an_authorization_is_never_the_amount_authorized(streamer, sentence):
    from tests.conftest import verify_text
    found = verify_text(sentence, streamer)["$10 billion"]
    assert found.claim.metric == "repurchase_authorization_remaining"
    assert found.verdict == "unverifiable"


@pytest.mark.parametrize("sentence", [
    "The streamer's buyback authorization is $10 billion.",
    "Its board approved a $10 billion buyback authorization."])
def test_the_amount_authorized_is_still_borne_out(streamer, sentence):
    from tests.conftest import verify_text
    found = verify_text(sentence, streamer)["$10 billion"]
    assert found.claim.metric == "repurchase_authorization"
    assert found.verdict == "supported"


# "up to" an amount states a limit set, whose size is the figure: read as a bound ("less
# than"), a news brief's wrong authorization was borne out by the year's smaller buybacks or by
# a smaller authorization. A buyback bounded so is the authorization's limit, never money spent.
@pytest.mark.parametrize("sentence", [
    "In September 2023 the board authorized the repurchase of up to $12 billion of its stock.",
    "The board approved the buyback of up to $12 billion of its shares.",
    "The board authorized up to $12 billion of share repurchases.",
    "The company may buy back up to $12 billion of stock in 2024."])
def test_a_limit_set_is_its_size_never_a_bound(streamer, sentence):
    from tests.conftest import verify_text
    found = verify_text(sentence, streamer)["$12 billion"]
    assert found.claim.metric == "repurchase_authorization"
    assert found.claim.qualifier is None
    assert found.verdict == "unverifiable"  # 10 billion authorized: no drift on a day's act
    right = verify_text(sentence.replace("$12 billion", "$10 billion"), streamer)
    assert right["$10 billion"].verdict == "supported"


def test_a_bound_that_is_no_limit_stays_a_bound():
    from tests.test_claims import claims_of
    claim = next(c for c in claims_of("Operating expenses were less than $3 billion in 2024.")
                 .values() if c.unit == "USD")
    assert claim.qualifier == "less than"


NVIDIA_Q = "10q-nvda-0001045810-25-000209/nvda-10-q-2025-08-27.html"


def test_the_chip_makers_10q_states_the_added_authorization():
    path = corpus_file(NVIDIA_Q)
    doc = parse_document(path.read_bytes(), name=path.name, form="10-Q")
    assert ("repurchase_authorization", Decimal("60000000000")) in {
        (f.metric, f.value) for f in extract_capital_return(doc)}


# A bank's release names the quarter the dividend is declared for, and its stock, before the
# noun; a preferred one's stays unread
@pytest.mark.parametrize("text, expected", [
    ("The board of directors declared a second quarter 2023 common stock dividend of $0.42 per "
     "share, payable in May.", {("dividend_declared_per_share", "0.42")}),
    ("Directors declared a third quarter common dividend of $0.17 per share.",
     {("dividend_declared_per_share", "0.17")}),
    ("The board declared a second quarter 2023 preferred stock dividend of $0.42 per share.",
     set()),
])
def test_a_dividend_declared_for_a_named_quarter_states_its_rate(text, expected):
    assert stated(text) == expected


def test_the_banks_release_states_the_dividend_declared_for_the_next_quarter():
    path = corpus_file("dev/EX-99.1_CFG_2021-12-31.html")
    doc = parse_document(path.read_bytes(), name=path.name, form="8-K")
    assert {(f.metric, f.value) for f in extract_capital_return(doc)} == {
        ("dividend_declared_per_share", Decimal("0.39"))}


# A buyback a company announces as one act ("launched a $25 billion share buyback"), and a
# dividend raised or paid without "per share" (a blog's recap of a device maker's quarter; a
# stock-note site's of a bank's): the program's size, and a rate per share. A dividend still to
# be paid is the rate just declared; one paid already, the quarter's.
@pytest.mark.parametrize("sentence, metric, unit", [
    ("The firm launched a $25 billion share buyback.", "repurchase_authorization", "USD"),
    ("The firm unveiled a new $25 billion stock repurchase, its largest.",
     "repurchase_authorization", "USD"),
    ("The firm lifted its quarterly dividend to $0.31, its tenth raise.",
     "dividend_declared_per_share", "USD/share"),
    ("Holders of record on Tuesday, June 30th were paid a $0.52 dividend.",
     "dividends_per_share", "USD/share"),
    ("Holders of record on Friday, July 31st will be given a $0.52 dividend.",
     "dividend_declared_per_share", "USD/share"),
    ("The firm will pay a $0.52 quarterly dividend in August.",
     "dividend_declared_per_share", "USD/share"),
    # money spent stays the period's buybacks; a dividend total stays money
    ("The firm repurchased $25 billion of stock in the quarter.", "share_repurchases", "USD"),
    ("The firm completed a $25 billion share buyback in the quarter.", "share_repurchases",
     "USD"),
    ("The firm announced $5 billion of share repurchases in the quarter.",
     "share_repurchases", "USD"),
    ("The firm paid dividends of $3.8 billion in the quarter.", "dividends_paid", "USD"),
])
def test_an_announced_buyback_is_its_program_and_a_bare_dividend_a_rate(sentence, metric, unit):
    claim = [c for c in claims_of(sentence).values() if c.unit != "percent"][-1]
    assert (claim.metric, claim.unit) == (metric, unit)


def test_a_dividend_rate_never_takes_the_scale_of_the_buyback_before_it():
    found = claims_of("The firm launched a $25 billion share buyback and lifted its quarterly "
                      "dividend to $0.31.")
    assert (found["$0.31"].value, found["$0.31"].unit) == (Decimal("0.31"), "USD/share")


def test_the_apple_10q_bears_out_an_announced_buyback_and_a_bare_raised_dividend(tmp_path):
    article = tmp_path / "article.md"
    article.write_text("# A paraphrase written for this test\n\nThe device maker launched a "
                       "$100 billion share buyback and lifted its quarterly dividend to $0.26, "
                       "its analysts said.\n")
    settings = load_settings(env={}, data_dir=tmp_path / "data")
    ingest_file(settings, corpus_file(APPLE_Q), cik=320193, form="10-Q",
                accession="0000320193-25-000057", filed_date=date(2025, 5, 2))
    outcome = verify_article_source(settings, str(article), cik=320193)
    found = {v.claim.text: v.verdict for v in outcome.results[0].verifications}
    assert found == {"$100 billion": "supported", "$0.26": "supported"}


def test_the_banks_release_bears_out_the_dividend_still_to_be_paid():
    from tests.conftest import stored_corpus_facts, verify_text
    facts = stored_corpus_facts("dev/EX-99.1_CFG_2021-12-31.html", "0000759944-22-000005",
                                "8-K", date(2022, 1, 19), cik=759944)
    found = verify_text("The bank's fourth quarter of 2021 was solid. Shareholders listed on "
                        "Monday, January 31st will be given a $0.39 dividend.", facts)
    assert found["$0.39"].verdict == "supported"
    # another rate is not drifted from the board's act: it may be another day's
    other = verify_text("The bank's fourth quarter of 2021 was solid. Shareholders listed on "
                        "Monday, January 31st will be given a $0.41 dividend.", facts)
    assert other["$0.41"].verdict == "unverifiable"
