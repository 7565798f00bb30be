"""A quarter an article names by its yearless last day ("the quarter ended Dec. 27") is the
quarter the loaded filing reports ending then, however many weeks it has: a 52/53-week calendar
of 12, 12, 12 and 16 weeks states a 16-week fourth quarter, which was never pinned (only
quarters of 80 to 100 days were looked for), so the quarter stayed yearless and its basic EPS
was never read beside the diluted."""

from datetime import date

from tests.conftest import corpus_verdicts

_RESTAURANT_10K = "dev/10-K_YUM_0001041061-09-000077.html"
_FILED = date(2009, 2, 23)


def test_a_sixteen_week_quarter_named_by_its_last_day():
    text = ("In the quarter ended Dec. 27, the chain operator earned 44c a share, against 45c a "
            "share in the same quarter of the year before.")
    verdicts = corpus_verdicts(_RESTAURANT_10K, _FILED, text, form="10-K")
    # the basic figures of the 16-week quarters (the diluted are 0.43 and 0.44)
    assert verdicts["45c a share"][0] == "supported"
    assert verdicts["44c a share"][0] == "supported"


def test_a_day_no_filed_quarter_ends_near_stays_yearless():
    text = ("In the quarter ended Oct. 4, the chain operator earned 45c a share, against 44c a "
            "share in the same quarter of the year before.")
    verdicts = corpus_verdicts(_RESTAURANT_10K, _FILED, text, form="10-K")
    assert verdicts["45c a share"][0] == "unverifiable"
    assert verdicts["44c a share"][0] == "unverifiable"
