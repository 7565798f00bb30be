"""Sentence splitting and period phrases (extractors.sentences, extractors.textperiods)."""

from __future__ import annotations

import re
from datetime import date

from core.dates import derive_start, same_period
from extractors.sentences import sentences_matching, split_sentences
from extractors.textperiods import PeriodContext, document_period_context, find_periods
from tests.random_text import random_texts


def test_wrapped_lines_join_and_spans_index_the_text():
    text = (
        "Title\nWe\naccounted for the 2021 Notes as debt and accreted the amount\nthrough "
        "maturity. As of March 31, 2021, interest was $17,000.\nNext line."
    )
    sentences = split_sentences(text)
    texts = [s.text for s in sentences]
    assert (
        "Title We accounted for the 2021 Notes as debt and accreted the amount through maturity."
        in texts
    )
    for s in sentences:
        assert text[s.start : s.end].replace("\n", " ") == s.text


def test_label_and_value_on_separate_lines_join_but_table_rows_stay_apart():
    text = (
        "Common stock to be outstanding immediately after this offering\n19,505,119 shares.\n"
        "Class A common stock offered by us\t28,000,000 shares\nUse of proceeds\tWe estimate."
    )
    texts = [s.text for s in split_sentences(text)]
    assert (
        texts[0]
        == "Common stock to be outstanding immediately after this offering 19,505,119 shares."
    )
    assert "Class A common stock offered by us\t28,000,000 shares" in texts


def test_abbreviations_do_not_end_sentences():
    text = "Sales to Acme Inc. and J.P. Morgan rose. U.S. sales fell."
    texts = [s.text for s in split_sentences(text)]
    assert texts == ["Sales to Acme Inc. and J.P. Morgan rose.", "U.S. sales fell."]


def test_sentences_matching_returns_each_sentence_once():
    text = "A 10% rise. B 20% and 30% fall. C none."
    found = sentences_matching(text, re.compile(r"%"))
    assert [s.text for s in found] == ["A 10% rise.", "B 20% and 30% fall."]


def test_sentences_matching_finds_the_whole_text_split_sentences():
    # Splitting only around the hits must give exactly the sentences of a whole-text split:
    # tricky joins (long blocks, tab rows, bullets, closers-only lines, blank lines) at random.
    import random

    pieces = ["We", "sold", "Inc.", "10%.", ")", '")', "\t5", "• item", "(1)", ";", "x" * 299,
              " ", "\xa0", "\u2003(a)", "\x1c", "\x85", "12. x", " \t• y"]  # indented bullets
    rng = random.Random(3)
    for _ in range(400):
        count = rng.randrange(40)
        lines = [" ".join(rng.choices(pieces, k=rng.randrange(6))) for _ in range(count)]
        text = "\n".join(lines) * rng.choice((1, 1, 30))
        whole = set(split_sentences(text))
        found = sentences_matching(text, re.compile(r"[%;.]"))
        assert set(found) <= whole
        assert len(found) == len({s for s in whole if re.search(r"[%;.]", s.text)})


def test_years_ended_list_in_order():
    [phrase] = find_periods("for the years ended December 31, 2025 and 2024, respectively")
    assert phrase.periods == (
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2024, 1, 1), date(2024, 12, 31)),
    )


def test_three_months_month_end_and_week_calendar_starts():
    assert derive_start(date(2026, 6, 30), 3) == date(2026, 4, 1)
    assert derive_start(date(2026, 6, 30), 6) == date(2026, 1, 1)
    # 52/53-week calendar (NVIDIA): 13 and 26 weeks
    assert derive_start(date(2025, 7, 27), 3) == date(2025, 4, 28)
    assert derive_start(date(2025, 7, 27), 6) == date(2025, 1, 27)


def test_instants_and_full_dates():
    phrases = find_periods("as of December 31, 2025 and 91.0% as of December 31, 2024")
    assert [p.periods for p in phrases] == [
        ((None, date(2025, 12, 31)),),
        ((None, date(2024, 12, 31)),),
    ]
    [phrase] = find_periods("for the three and six months ended July 27, 2025 and July 28, 2024")
    assert phrase.periods[0] == (date(2025, 4, 28), date(2025, 7, 27))
    assert phrase.periods[1][1] == date(2024, 7, 28)
    assert phrase.periods[2] == (date(2025, 1, 27), date(2025, 7, 27))


def test_fiscal_quarter_phrases_resolve_against_the_document():
    ctx = PeriodContext(date(2025, 7, 27), 2, 2026, frozenset({date(2024, 7, 28)}))
    text = (
        "represented 14% of revenue for the second quarter, and 10% of revenue for the "
        "first half, of fiscal year 2025"
    )
    periods = [p.periods[0] for p in find_periods(text, ctx)]
    assert periods == [
        (date(2024, 4, 29), date(2024, 7, 28)),
        (date(2024, 1, 29), date(2024, 7, 28)),
    ]
    [q] = find_periods("For the second quarter of fiscal year 2026, sales", ctx)
    assert q.periods == ((date(2025, 4, 28), date(2025, 7, 27)),)


def test_document_context_reads_cover_and_quarter():
    text = (
        "FORM 10-Q\nFor the quarterly period ended July 27, 2025\n"
        "for the three and six months ended July 27, 2025 and July 28, 2024\n"
        "In the second quarter of fiscal year 2026 we grew."
    )
    ctx = document_period_context(text)
    assert (ctx.current_end, ctx.current_quarter, ctx.current_fy) == (date(2025, 7, 27), 2, 2026)


def test_same_period_allows_a_few_days_on_start():
    assert same_period(
        (date(2025, 4, 28), date(2025, 7, 27)), (date(2025, 4, 27), date(2025, 7, 27))
    )
    assert not same_period((date(2025, 4, 28), date(2025, 7, 27)), (None, date(2025, 7, 27)))


def test_block_holds_drops_only_the_blocks_it_refuses():
    text = "Price is $5.\nNothing here.\nWe sold 10 units. Then 20 more.\n\nNo figure. Still none."
    pattern = re.compile(r"\w+")
    every = sentences_matching(text, pattern)
    kept = sentences_matching(text, pattern, block_holds=lambda t, a, b: "1" in t[a:b])
    assert [s.text for s in kept] == ["We sold 10 units.", "Then 20 more."]
    assert kept == [s for s in every if s.text in ("We sold 10 units.", "Then 20 more.")]


def test_matches_at_gives_what_finditer_gives_when_every_match_starts_at_a_place_given():
    import re

    from extractors.anchored import matches_at

    pattern = re.compile(r"ab+|b+c")
    for text in random_texts(["a", "b", "c", "x"], seed=4, count=2000, longest=12):
        starts = [m.start() for m in re.finditer(r"(?=[ab])", text)]  # every place one may start
        assert [m.span() for m in matches_at(text, starts, (pattern,))] == \
            [m.span() for m in pattern.finditer(text)], text
