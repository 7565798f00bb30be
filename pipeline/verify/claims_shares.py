"""A rate an article gives as a money figure's share of sales: "gross profit was $140.1
million, representing 47.7% of net sales", "income from operations fell to $54.5 million, or
18.6% of net sales" (an article on Buckle's Q3 2024 release). The figure just before names what
the rate is a share of; the registry's row recomputed as that line over revenue (gross margin:
gross profit / revenue; operating margin: operating income / revenue) is the rate's metric. A
line with no such row (selling, general and administrative expenses) names none: its share
stays unverifiable."""

from __future__ import annotations

import re

from core.metrics import all_metrics, projection
from core.verdicts import Claim
from pipeline.verify.claims_figure import Figure

# "% of net sales", "% of total revenue", "% of its revenues"
_OF_SALES = re.compile(r"^\s+of\s+(?:(?:total|net|its|the|company|consolidated)\s+)*"
                       r"(?:revenues?|sales)\b", re.I)
# "Data Center = $41.1B (88% of total)", "Gaming brought in $4.3 billion, 9% of the total" (a
# blog's bullets on a chipmaker's quarter): a bare "total" right after a part's revenue is the
# whole that part is of, so the rate is the part's share of revenue; never a total that names
# a noun of its own ("of total assets", "of the total workforce")
OF_TOTAL = re.compile(r"^\s+of\s+(?:the\s+)?(?:company(?:['’]s)?\s+)?total\s*(?:[),;]|\.(?!\d)|$)",
                       re.I)
# only an aside's opening or a bare comma between them ("(", ", or", ", about"): never a change
# word ("up 56% of the total" says no share)
TOTAL_GAP = re.compile(r"^\s*(?:\(|,\s*(?:(?:or|representing|about|roughly|nearly|almost|some)"
                        r"\s+)*|[—–-])?\s*$", re.I)
_PART_SHARE = "customer_concentration"  # the reading a part's share takes (derive_parts)
# the words between the money figure and its share: ", representing", ", or", " (" - no
# other figure, no clause of their own
_GAP = re.compile(r"^[^\d.;$%]{0,30}$")


@projection
def _share_rows() -> dict[str, str]:
    """Money metric -> the rate recomputed as it over revenue."""
    return {row.derivation.inputs[0][0]: row.name for row in all_metrics()
            if row.unit == "percent" and row.derivation is not None
            and row.derivation.kind == "ratio" and len(row.derivation.inputs) == 2
            and len(row.derivation.inputs[0]) == 1 and row.derivation.inputs[1] == ("revenue",)}


def share_of_sales(figure: Figure, behind: str, ahead: str, previous: Claim | None) -> str | None:
    """The rate a percentage is when it is the previous money figure's share of sales."""
    if figure.unit != "percent" or previous is None or previous.unit != "USD":
        return None
    of_total = previous.metric == "revenue" and bool(previous.entity) and bool(
        OF_TOTAL.match(ahead))
    if previous.metric is None or _OF_SALES.match(ahead) is None and not of_total:
        return None
    gap = behind.rsplit(previous.text, 1)[-1] if previous.text in behind else behind
    if _GAP.match(gap) is None or of_total and TOTAL_GAP.match(gap) is None:
        return None
    return _PART_SHARE if of_total else _share_rows().get(previous.metric)


def after_share(behind: str, previous: Claim | None) -> str:
    """The words before a figure less the "of net sales" that closes the previous figure, a
    share of sales: in "47.7% of net sales, down from 48.5%" the sales are the first rate's
    base, and the second rate is the same margin a year before, not a change in sales."""
    if previous is None or previous.metric not in _share_rows().values():
        return behind
    joined = _OF_SALES.match(behind)
    return behind if joined is None else behind[joined.end():]


# the line named before a change verb: "Selling, general, and administrative expenses also
# rose, accounting for 29.1% of net sales" (a copy of an apparel retailer's quarter)
_LINE_THEN_VERB = re.compile(r"^(?P<line>.*?)\s+(?:(?:also|again|both)\s+)?(?:rose|fell|"
                             r"increased|decreased|grew|declined|climbed|dropped)\b", re.I)


def changed_line_words(behind: str, ahead: str) -> str | None:
    """The words of the subject of a change when the percentage after it is a share of sales
    ("SG&A rose, accounting for 29.1% of net sales": "SG&A"); else None."""
    subject = _LINE_THEN_VERB.match(behind)
    return subject.group("line") if subject and _OF_SALES.match(ahead) else None


def ratio_of(line: str | None) -> str | None:
    """The rate the registry recomputes as ``line`` over revenue (SG&A: its ratio), if any."""
    return _share_rows().get(line or "")
