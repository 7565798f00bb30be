"""Another company named without a rival word beside its figure: the article marks it once (a
ticker, a legal suffix, "rival" anywhere, its shares or chief executive) and later gives it a
figure as subject or owner ("Globex also reported $1.90 per share", "Globex's sales fell
12%", "net income at Globex fell"). Such a figure is compared with nothing, naming the words;
the filer's own figures, its people and its parts are still read. Paraphrases written for
these tests, about made-up companies."""

from __future__ import annotations

import pytest

from pipeline.verify.claims_qualifiers import unread_reason
from pipeline.verify.other_names import other_companies
from tests.conftest import claims_in

_HEAD = ("Acme Oil profit rises in fourth quarter\n\n"
         "Acme Oil Corp. said on Friday its fourth-quarter 2023 profit rose as refining margins "
         "widened and output grew at its largest fields.\n\n")
_OWN = ("\n\nAcme Oil earned $9.1 billion, or $2.20 per share, in the quarter. Acme Oil's "
        "revenue rose 4% to $84.3 billion. Chief executive Jane Doe said Acme Oil's Upstream "
        "unit earned $6.1 billion.")


def _claims(middle: str) -> dict:
    return {c.text: c for c in claims_in(_HEAD + middle + _OWN)}


@pytest.mark.parametrize("middle, figure, words", [
    # a ticker marks it
    ("Globex Energy Inc. (NYSE: GBX) reported on Friday too. Globex also reported $1.90 per "
     "share.", "$1.90 per share", "Globex also reported"),
    # a legal suffix marks it; the figure is its possessive's
    ("Shares of Globex Corp. slipped. Globex's sales fell 12% to $48 billion.", "12%",
     "Globex's"),
    # "rival" once, far from the figure
    ("Analysts compared it with rival Globex.\n\nGlobex posted revenue of $48 billion.",
     "$48 billion", "Globex posted"),
    # its chief executive's name marks it; the figure is "at" it
    ("Globex's chief executive has cut spending.\n\nNet income at Globex fell to $2.1 billion.",
     "$2.1 billion", "at Globex"),
    # an apposition between the name and its verb
    ("Globex Ltd. trails it. Globex, which also reports on Friday, said revenue was $48 billion.",
     "$48 billion", "Globex, which also reports on Friday, said"),
])
def test_another_marked_companys_figure_is_compared_with_nothing(middle, figure, words):
    claim = _claims(middle)[figure]
    assert claim.metric is None and f"\u201c{words}\u201d" in claim.unread_why, claim
    assert unread_reason(claim) == claim.unread_why
    assert "another company" in claim.unread_why


def test_the_filers_own_figures_people_and_parts_are_still_read():
    found = _claims("Globex Energy Inc. (NYSE: GBX) reported on Friday too. Unlike Globex, "
                    "Acme Oil raised output, and it earned $9.2 billion before taxes.")
    assert found["$9.1 billion"].metric == "net_income"
    assert found["$2.20 per share"].metric == "eps_diluted"
    assert found["$84.3 billion"].metric == "revenue"
    assert found["$84.3 billion"].unread_why is None
    # the filer's chief executive and its unit are no other company
    assert found["$6.1 billion"].unread_why is None
    # "Unlike Globex, ... it earned": the filer is the subject
    assert found["$9.2 billion"].unread_why is None


def test_a_name_the_lead_gives_is_the_filers_never_another():
    # the lead names the acquired bank: its figures stay unread by this rule (the filer's may
    # be meant), and the filer's name, marked with its suffix, is never another company
    text = ("Acme Bank Corp., the lender that bought Globex Corp., reported a fourth-quarter "
            "loss on Friday as credit costs rose at both of the banks.\n\n"
            "Globex posted a loss of $11 billion. Acme Bank lost $2.5 billion. Acme Bank said "
            "Acme Bank would integrate the two banks next year.")
    assert other_companies(text) == ()
    found = {c.text: c for c in claims_in(text)}
    assert found["$11 billion"].unread_why is None


def test_a_list_of_results_without_a_named_lead_has_no_other_company():
    # a bare list of results names its filer once, with a ticker, at the end: no filer is
    # told from it, so no name is another company's
    text = ("Net Income (Q3): $44.2 million, down from $51.8 million a year earlier.\n"
            "Net Sales (Q3): Decreased 3.2% to $293.6 million.\n"
            "Positive Points\nAcme Stores Inc (NYSE:ACS) opened new stores. Acme Stores posted "
            "net sales of $293.6 million.")
    assert other_companies(text) == ()


def test_a_company_marked_only_by_an_apposition_and_named_as_often_as_the_filer():
    # the lead names the filer with its legal suffix; the other company is named twice, as
    # often as the filer, marked only by an apposition the writer never closed
    text = ("Acme Oil Corp. on Friday reported first-quarter profits of $5.1 billion, 14% more "
            "than in the same period a year earlier, as crude prices climbed.\n\n"
            "Globex, the No. 2 American oil company after Acme also posted first-quarter "
            "earnings on Friday of $2.05 per share.\n\n"
            "Globex, said its profit for the quarter reached $3.9 billion, up from $2.9 billion.")
    found = {c.text: c for c in claims_in(text)}
    assert found["$5.1 billion"].metric == "net_income"
    for figure in ("$2.05 per share", "$3.9 billion", "$2.9 billion"):
        assert found[figure].metric is None and "Globex" in found[figure].unread_why


@pytest.mark.parametrize("opener", ["Additionally", "Last December", "For FY2023", "However"])
def test_a_sentence_opener_before_an_apposition_is_no_company(opener):
    text = ("Acme Corp. reported second-quarter results on Thursday, with revenue of $31.2 "
            "billion, and its shares rose in late trading.\n\n"
            f"{opener}, the software giant unveiled a $40 billion buyback plan. Acme said Acme "
            "would buy back shares.")
    assert other_companies(text) == ()
    assert {c.text: c for c in claims_in(text)}["$40 billion"].unread_why is None


def test_a_part_named_more_often_than_the_company_is_no_name_of_the_filer() -> None:
    """A dashboard on a device maker's quarter whose lead names its Services more often than
    the company: "Services revenue" is that part's, never the company's own revenue."""
    text = ("Acme Inc. (NASDAQ: ACME)\n\nQ2 Fiscal 2025 Results\n\n"
            "Acme reported second quarter results for fiscal 2025, with net sales of $95.4 "
            "billion, driven by Services growth and strong Services margins, as Services "
            "subscriptions rose.\n\n"
            "Services revenue up 11.6% to $26.6 billion\n\nAcme sales rose 5% to $95.4 billion.")
    claims = {c.text: c for c in claims_in(text)}
    assert (claims["11.6%"].entity, claims["$26.6 billion"].entity) == ("Services", "Services")
    assert claims["5%"].entity is None  # the company's own name still names no part


def test_a_name_the_lead_marks_still_names_the_filer_whatever_its_words() -> None:
    """A company whose marked name holds a word for a part: "<Name> revenue" stays its own."""
    text = ("Cloud Corp. (NYSE: CLD) reported fourth quarter 2023 results on Tuesday, with "
            "revenue rising as Cloud signed larger contracts and Cloud margins widened.\n\n"
            "Cloud revenue rose 8% to $2.1 billion.")
    claims = {c.text: c for c in claims_in(text)}
    assert (claims["8%"].entity, claims["$2.1 billion"].entity) == (None, None)
