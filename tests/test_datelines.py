"""A wire story's dateline or foot stamp dates the quarter it names without a year: "the second
quarter" in a story stamped in mid-July is the second quarter that had just ended, and "a year
earlier" the one before it. Without the stamp, a yearless quarter that no loaded filing reports
as its own period stays yearless (a bank's fourth-quarter supplement prints all of that year's
quarters as columns, so a first-quarter story checked against it was left unverifiable).
Texts are the project's own."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.verify.datelines import written_on
from tests.conftest import article_verdicts, ingested_settings

# a bank's fourth-quarter financial supplement: five quarterly columns and two years
SUPPLEMENT = ("dev/EX-99.1_PNC_2021-12-31-supplement.html", 713676, "8-K", None,
              date(2022, 1, 18))


@pytest.mark.parametrize("text, day", [
    ("Bank results\n\nProfit rose.\n\n(END) Some Newswires\n\n07-16-21 0715ET", date(2021, 7, 16)),
    ("Lender's quarter\n\nMIDTOWN, Pa., July 16, 2021 /SomeWire/ -- The bank said ...",
     date(2021, 7, 16)),
    ("July 16, 2021\n\nThe lender said its profit rose.", date(2021, 7, 16)),
])
def test_dateline_read(text, day):
    assert written_on(text) == day


@pytest.mark.parametrize("text", [
    # a date inside a sentence is no dateline; two stamps that disagree date nothing
    "The lender said on July 16, 2021 that its profit rose.",
    "July 16, 2021\n\nProfit rose.\n\n08-02-22 0900ET",
])
def test_no_dateline(text):
    assert written_on(text) is None


# ... and its fourth-quarter release of the year before, whose columns hold that year's third
RELEASE = ("dev/EX-99.1_PNC_2020-12-31.html", 713676, "8-K", None, date(2021, 1, 15))


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    from pipeline.ingest import ingest_file
    from tests.conftest import corpus_file

    settings = ingested_settings(tmp_path_factory.mktemp("bank") / "data", SUPPLEMENT)
    relative, cik, form, accession, filed = RELEASE
    ingest_file(settings, corpus_file(relative), cik=cik, form=form, accession=accession,
                filed_date=filed)
    return settings


_STORY = ("By A. Reporter\n\nA regional lender said its third-quarter profit fell.\n\n"
          "Net interest income in the period climbed to $2.86 billion, against $2.48 billion "
          "a year earlier.\n\n(END) Some Newswires\n\n")


@pytest.mark.corpus
def test_stamp_dates_yearless_quarter_and_its_year_back(settings, tmp_path):
    verdicts = article_verdicts(settings, tmp_path, _STORY + "10-14-21 0702ET", 713676)
    assert (verdicts["$2.86 billion"], verdicts["$2.48 billion"]) == ("supported", "supported")


@pytest.mark.corpus
def test_later_stamp_never_pins_an_earlier_year(settings, tmp_path):
    # stamped a year on, the story's third quarter is one no loaded filing states: the filed
    # quarters that bear the figures out are another year's, and pin nothing
    verdicts = article_verdicts(settings, tmp_path, _STORY + "10-13-22 0702ET", 713676)
    assert "supported" not in (verdicts["$2.86 billion"], verdicts["$2.48 billion"])


_RATIO = ("By A. Reporter\n\nThe lender's reserve for credit losses, its allowance for credit "
          "losses, equalled 2.1% of total loans.\n\n(END) Some Newswires\n\n")


@pytest.mark.corpus
def test_no_figure_of_a_period_ended_after_the_stamp(settings, tmp_path):
    # the year-end ratio (1.92%) had not been reported in mid-October: the latest the story
    # can mean is September's (2.07%)
    verdicts = article_verdicts(settings, tmp_path, _RATIO + "10-14-21 0702ET", 713676)
    assert verdicts["2.1%"] == "supported"


@pytest.mark.corpus
def test_stamp_after_the_year_end_keeps_it_the_latest(settings, tmp_path):
    verdicts = article_verdicts(settings, tmp_path, _RATIO + "01-20-22 0702ET", 713676)
    assert verdicts["2.1%"] == "unverifiable"
