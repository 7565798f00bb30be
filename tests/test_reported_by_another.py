"""Another company named with no corporate mark as the subject of a company's verb of reporting
("Globex Rail reported revenue of $3.1 billion", "Initech earned $646 million") in a story on
the filer: the figure is that company's, compared with nothing (unverifiable), never the filer's
line drifted (the class of a wire story on a railroad's quarter that sets its rivals' figures
beside the filer's); so is one a clause opens at ("At Globex Rail, net income fell 6%"). A
part the filings name as such a subject ("Bulk posted revenue of $1.9
billion") is that part's revenue, never the total's.

Every sentence is written for these tests (paraphrases, not third-party text); the rivals'
figures are invented. The facts are read in place from a railroad's 10-Q for its second quarter
of 2025: revenue $6,154 million, net income $1,876 million, its Bulk freight revenue $1,901
million and its Premium freight revenue $1,730 million."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

_LEAD = ("Union Pacific (NYSE: UNP) posts higher second-quarter profit\n\nUnion Pacific said on "
         "Thursday that second-quarter revenue rose 2% to $6.15 billion. Union Pacific's "
         "operating ratio improved, and the Omaha railroad, Union Pacific, hauled more coal. "
         + "Freight volumes were mixed across the network, with shipments of grain holding up "
         "while premium traffic slowed as import activity cooled in the period. " * 4)


@pytest.fixture(scope="module")
def quarter() -> list:
    return stored_corpus_facts("dev/10-Q_UNP_2025-06-30.html", "0000100885-25-000000", "10-Q",
                               date(2025, 7, 24))


def _found(sentence: str, facts: list) -> dict:
    return {text: v for text, v in verify_text(_LEAD + sentence, facts).items()
            if v.claim.span[0] >= len(_LEAD)}


@pytest.mark.parametrize("sentence, figure, name", [
    ("Globex Rail reported revenue of $3.1 billion for the quarter, up 2%.", "$3.1 billion",
     "Globex Rail"),
    ("Meanwhile, Globex Rail reported revenue of $3.1 billion for the quarter.",
     "$3.1 billion", "Globex Rail"),
    ("By contrast, Initech earned $646 million in the second quarter.", "$646 million", "Initech"),
    ("Globex Rail, the eastern carrier, posted net income of $768 million.",
     "$768 million", "Globex Rail"),
    ("Revenue rose 2% to $6.15 billion, while Globex Rail posted revenue of $3.1 billion.",
     "$3.1 billion", "Globex Rail"),
    # the place the clause opens at, or the owner after its line
    ("At Globex Rail, net income fell 6% to $768 million.", "6%", "Globex Rail"),
    ("Over at Initech, revenue was $3.6 billion.", "$3.6 billion", "Initech"),
    ("Net income at Globex Rail rose 2% to $768 million.", "$768 million",
     "Globex Rail")])
def test_another_company_s_reported_figure_is_compared_with_nothing(quarter, sentence, figure,
                                                                     name):
    found = _found(sentence, quarter)
    assert found[figure].verdict == "unverifiable", found[figure].reason
    assert name in found[figure].reason  # another company's, or a part no filing states


@pytest.mark.parametrize("sentence", [
    # the filer, by its name, its ticker or a common noun
    "Union Pacific reported net income of $1.88 billion.",
    "UNP reported net income of $1.88 billion.",
    "Meanwhile, the railroad posted net income of $1.88 billion.",
    # a person quoted, with or without a title: the filer's figures
    "Vena said net income rose to $1.88 billion.",
    "For the quarter, net income was $1.88 billion.",
    "At Union Pacific, net income was $1.88 billion.",
    "Chief Executive Jim Vena reported net income of $1.88 billion."])
def test_the_filer_s_own_figures_keep_their_verdict(quarter, sentence):
    assert _found(sentence, quarter)["$1.88 billion"].verdict == "supported"


@pytest.mark.parametrize("sentence, figure, verdict", [
    ("Bulk posted revenue of $1.9 billion.", "$1.9 billion", "supported"),
    ("Premium generated revenue of $1.73 billion.", "$1.73 billion", "supported"),
    ("Bulk posted revenue of $2.4 billion.", "$2.4 billion", "drifted")])
def test_a_filed_part_as_the_subject_is_that_part(quarter, sentence, figure, verdict):
    found = _found(sentence, quarter)
    assert found[figure].verdict == verdict, found[figure].reason
    assert found[figure].claim.entity in ("Bulk", "Premium")


def test_a_nickname_read_as_another_company_still_dates_its_sentence():
    # the filer by a nickname the lead never gives: its figure is left unread (it may be another
    # company's), but the fiscal quarter its sentence names stays in force, so the year-back
    # operating margin after it is that quarter's a year earlier (a database maker's 10-Q for
    # the quarter ended August 31, 2023: 22.92% a year earlier), never a calendar quarter's
    facts = stored_corpus_facts("10q-10k/10-Q_ORCL_0000950170-23-047713.html",
                                "0000950170-23-047713", "10-Q", date(2023, 9, 12))
    text = ("Oracle misses on sales as cloud growth slows\n\nOracle reported results on Monday. "
            + "Software makers have leaned on cloud contracts as customers move workloads "
            "off their own servers and into rented data centres. " * 4
            + "\n\nBig Red booked $12.45 billion of revenue in the first quarter of its "
            "fiscal 2024. Its operating margin reached 26 percent, against 23 percent in the "
            "same quarter a year before.")
    found = verify_text(text, facts)
    assert found["$12.45 billion"].verdict in ("supported", "unverifiable")  # never drifted
    assert found["23 percent"].claim.period_label == "fiscal Q1 2023"
    assert found["23 percent"].verdict == "supported", found["23 percent"].reason
