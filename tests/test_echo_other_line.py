"""The prose echo never supports a figure the filing's own sentence reads as another registry
line than the one the article's words name. A software maker's Q1 FY2023 release says its net
new ARR was $410 million, "exiting the quarter with" ARR of $13.67 billion, and the release's
reader stores the $13.67 billion as the ARR balance; an article calling $13.67 billion the net
new ARR shares the sentence's words (net, new, Digital Media, ARR) but not its figure's line,
so it stays unverifiable (``prose_echo._read_as_another``)."""

from __future__ import annotations

import pytest

from tests.conftest import article_verdicts, ingested_settings

ADBE = ("8k-adbe-0000796343-23-000044/adbeex991q123.htm", 796343, "8-K",
        "0000796343-23-000044", None)

_LEAD = "The design-software company took in $4.66 billion in the first quarter of fiscal 2023. "


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    return ingested_settings(tmp_path_factory.mktemp("adbe") / "data", ADBE)


def _verdict(settings, tmp_path, text: str, figure: str) -> str:
    return article_verdicts(settings, tmp_path, text, 796343)[figure]


@pytest.mark.corpus
def test_a_balance_called_the_net_new_figure_is_no_echo(settings, tmp_path):
    text = _LEAD + "Its net new Digital Media ARR for the period reached $13.67 billion."
    assert _verdict(settings, tmp_path, text, "$13.67 billion") == "unverifiable"


@pytest.mark.corpus
@pytest.mark.parametrize(("text", "figure"), [
    # the net new figure itself, which no registry line of the filing holds: still echoed
    (_LEAD + "Its net new Digital Media ARR for the period reached $410 million.",
     "$410 million"),
    # the balance under its own line
    (_LEAD + "It left the quarter with Digital Media ARR of $13.67 billion.", "$13.67 billion"),
])
def test_the_figure_under_its_own_words_keeps_its_support(settings, tmp_path, text, figure):
    assert _verdict(settings, tmp_path, text, figure) == "supported"
