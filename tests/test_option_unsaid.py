"""An offering's figure quoted with no word of the underwriters' option, which is the figure
the prospectus states if the option is exercised in full (a deal brief's "net proceeds of about
$77.1 million" on a biotech's IPO, drifted against the $66.7 million without the option): the
article does not say whether the option is meant, so it is unverifiable, never drifted. A
figure that fits neither stays drifted; the figure as offered stays supported."""

from datetime import date

import pytest

from tests.conftest import stored_corpus_facts, verify_text

_CAMP4 = ("424b4-camp4-2024/camp4_424b4.htm", "0001104659-24-107512", "424B4",
          date(2024, 10, 11))


@pytest.fixture(scope="module")
def facts():
    return stored_corpus_facts(*_CAMP4)


def _verdict(facts, sentence: str, figure: str) -> str:
    return verify_text("CAMP4 Therapeutics prices IPO\n\n" + sentence, facts)[figure].verdict


@pytest.mark.parametrize("sentence, figure", [
    ("CAMP4 expects net proceeds of about $77.1 million.", "$77.1 million"),
    ("CAMP4 sold 7.84 million shares in its initial public offering.", "7.84 million shares"),
])
def test_the_option_figure_unsaid_is_unverifiable(facts, sentence, figure):
    assert _verdict(facts, sentence, figure) == "unverifiable"


@pytest.mark.parametrize("sentence, figure, verdict", [
    # (must not fire: the figure as offered, a figure that fits neither, the option said)
    ("CAMP4 expects net proceeds of about $66.7 million.", "$66.7 million", "supported"),
    ("CAMP4 expects net proceeds of about $70.5 million.", "$70.5 million", "drifted"),
    ("CAMP4 sold 6.82 million shares in its initial public offering.", "6.82 million shares",
     "supported"),
    ("CAMP4 sold 7.5 million shares in its initial public offering.", "7.5 million shares",
     "drifted"),
])
def test_other_offering_figures_keep_their_verdicts(facts, sentence, figure, verdict):
    assert _verdict(facts, sentence, figure) == verdict
