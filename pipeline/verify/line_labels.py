"""A line a summary opens with a label and a colon, the label naming a part of the company:

    Regional results
    Americas: $40.3 billion in revenue.
    Greater China: $16 billion (down 2.3%).
    Acme Services: Achieved record revenue of $26.6 billion.

(a machine-written blog's recap of a device maker's quarter: the sentence reader saw "revenue"
and no part, and the Americas' revenue came out drifted against the company's total). The label
before the colon is the line's subject, as a table row's label is its row's: a figure of a
metric stated by part is that part's, compared with the part's filed line or none, never with
the total. Here only the labels that name a part by their own words are read (a place, or a
word the part table knows, once the filer's own name before it is left out: "Acme Services"
is Services); a label that names a part only the filings know is read at verify time
(``filed_subjects``), where the facts say which parts exist.

A label that names a metric ("Revenue:", "Widget sales:"), a period, or anything else
("Highlights:", "Outlook:") is no part, and such lines are left as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from core.metrics import find_metric
from core.verdicts import Claim
from pipeline.verify.claims_metric import named_metric
from pipeline.verify.other_names import filer_words, foreign_name, names_filer
from pipeline.verify.part_places import names_place
from pipeline.verify.part_words import PERIOD_NAME, SEGMENT_WORDS, TOTAL_WORDS

# the line's opening: a list mark, then a label of capitalised words (joined by "&" or "and")
# and its colon; the figure stands after it
_WORD = r"[A-Z][\w.&'’/-]*"
LABEL = re.compile(rf"^[ \t]*(?:[-\u2022*\u25aa\u25cf]\s*)?(?P<label>{_WORD}"
                   rf"(?:[ \t]+(?:&|and|{_WORD})){{0,4}})[ \t]*:[ \t]+", re.M)
# words of a heading that names no subject: the figure after it stays the company's
_HEADINGS = {"highlights", "highlight", "summary", "results", "result", "takeaway", "takeaways",
             "overview", "update", "headline", "headlines", "note", "notes", "verdict",
             "snapshot", "recap", "key", "bottom", "line", "details", "numbers", "figures",
             "performance", "overall", "quarter", "year", "financials", "scorecard", "at",
             "glance", "big", "picture", "news", "breaking", "report", "earnings", "topline",
             "top", "fact", "facts", "stats", "data", "what", "why", "it", "matters", "total"}


def label_before(text: str, at: int) -> str | None:
    """The label the line holding ``at`` opens with, when ``at`` stands after its colon and no
    other colon between."""
    start = text.rfind("\n", 0, at) + 1
    found = LABEL.match(text, start)
    if found is None or found.end() > at or ":" in text[found.end():at]:
        return None
    return found.group("label")


def part_label(label: str, filer: frozenset[str], text: str = "",
               filer_names: tuple[str, ...] = ()) -> str | None:
    """The part a label names by its own words ("Greater China", "Services" of "Acme
    Services"), or a proper name that is no word of the filer's (``foreign_name``: another
    company's, a product's, searched at verify time as a part and found or not), or None (a
    metric, a period, the total, the filer, a common word the article also writes in lower
    case)."""
    words = label.split()
    while len(words) > 1 and names_filer(words[0], filer):
        words.pop(0)  # "Acme Services": the filer's Services
    name = " ".join(words)
    if (named_metric(name, "USD") is not None or PERIOD_NAME.match(name)
            or names_filer(name, filer) or any(w.lower() in TOTAL_WORDS for w in words
                                               if w.lower() not in ("and",))):
        return None
    last = words[-1].lower()
    # a part word in the plural names its part too: "Stores: $247.0 million in sales" in a
    # retailer's recap (store word, read as the company's and drifted against its total)
    if names_place(name) or last in SEGMENT_WORDS or (
            last.endswith("s") and last[:-1] in SEGMENT_WORDS):
        return name
    if (text and foreign_name(name, text, filer_names) == name
            and not all(w.lower() in _HEADINGS for w in words)):
        # "Rival: $40.3 billion in revenue" in a list of peers' results: a name the lead
        # never gives the filer is the line's subject, never the company (drifted against
        # its total before)
        return name
    return None


def read_labels(text: str, claims: list[Claim], filer_names: tuple[str, ...] = ()) -> list[Claim]:
    """The claims, a part's metric under a label that names a part read as that part's
    (``filer_names``: the filer's own names, ``Article.filer_names``)."""
    filer: frozenset[str] | None = None  # read at the first label: most articles have none
    out: list[Claim] = []
    for claim in claims:
        row = find_metric(claim.metric)
        if row is None or row.entity != "segment" or claim.entity is not None:
            out.append(claim)
            continue
        label = label_before(text, claim.span[0])
        if label is not None and filer is None:
            filer = filer_words(text, filer_names)
        part = part_label(label, filer, text, filer_names) if label is not None else None
        out.append(replace(claim, entity=part) if part else claim)
    return out
