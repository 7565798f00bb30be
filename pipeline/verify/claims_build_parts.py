"""Whose figure it is, for ``build_claim``: the subject of a growth rate (the metric it is the
growth of, the part it is of) and the part of the filer a segment figure, a count or a
comparison's base is of, from the sentence's words and the figure before it.
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from core.metrics import find_metric
from core.period_phrases import PeriodPhrase
from core.verdicts import Claim
from pipeline.verify import claims_changes as changes
from pipeline.verify import claims_growth as growth
from pipeline.verify import claims_periods as cp
from pipeline.verify import drivers
from pipeline.verify.bare_growth_rates import bare_rate_line
from pipeline.verify.basis_parts import basis_part
from pipeline.verify.claims_change_words import REACHED, is_change
from pipeline.verify.claims_earning import earning_part, listed_amount
from pipeline.verify.claims_entity import respective_part, subject_part
from pipeline.verify.claims_part_lists import (
    continues_previous,
    counted_place,
    direction,
    listed_count,
    parenthesised_part,
    rate_part,
    refers_to_change,
)
from pipeline.verify.claims_part_units import reached_part, stated_part, unnamed_part
from pipeline.verify.claims_per_share import total_grown
from pipeline.verify.claims_segments import revenue_segment, words_before
from pipeline.verify.margin_parts import margin_part, margin_part_after
from pipeline.verify.offering_subjects import offering_part
from pipeline.verify.other_names import names_filer
from pipeline.verify.part_after_growth import growth_part_after
from pipeline.verify.part_list_items import list_item_part
from pipeline.verify.part_objects import object_part
from pipeline.verify.part_phrases import labelled_part, members_place
from pipeline.verify.part_profit import PROFIT_LINES, opening_part, profit_part
from pipeline.verify.part_words import WHOLE_COMPANY_WORDS
from pipeline.verify.remaining_counts import remaining_stores
from pipeline.verify.respective_owners import trailing_part
from pipeline.verify.revenue_parts import in_line_name, qualified_revenue
from pipeline.verify.scope_cues import rate_object
from pipeline.verify.share_objects import share_part
from pipeline.verify.subject_rates import subject_rates

if TYPE_CHECKING:
    from pipeline.verify.claims_build import Draft


def read_growth(d: Draft, antecedent: Claim | None) -> None:
    """A growth rate's period and subject: the metric it is the growth of (kept only when the
    words name it) and the part it is of."""
    d.period = cp.growth_period(d.ahead, d.period)
    named = _growth_subject(d) or _pointed_subject(d, antecedent) or _listed_part(
        d, antecedent) or _bare_rate(d, antecedent)
    if not named or d.basis is None or drivers.is_driver_change(
            d.ahead, d.text[:d.figure.span[0]]):
        # "the workforce grew 31%": not a filed figure's growth; "a 7% revenue increase
        # from aerospace": one cause's part of it (drivers)
        d.metric, d.row = None, None
    elif d.basis in subject_rates():  # "comp transactions fell 2%": the stated rate itself,
        # no change of a level (a part's: no filing states it)
        d.metric, d.row = (None, None) if d.entity else (d.basis, find_metric(d.basis))
        d.basis, d.change = None, False
    elif d.basis in d.row.derivation.inputs[0]:
        d.basis = None  # the row's own input (revenue)


def _growth_subject(d: Draft) -> bool:
    """Whether the words name what the rate is the growth of (set as the basis)."""
    previous, figure, text = d.previous, d.figure, d.text
    # "Licence sales came to $2.1 billion (40% of total revenue), up 8%": the words
    # inside an aside closed before the rate never name what grew; the figure before the aside
    # is what the rate is about, its metric and its part
    before, words = d.outside or (previous, d.behind)
    named, d.basis, part = growth.subject_of_growth(words, d.ahead, before, rates=True)
    d.basis = total_grown(d.basis, d.tail) or d.basis  # "$X, or $Y a share, down 12% from $Z"
    if part is not None and d.entity is None and (_counted(d.basis) or _object_part(d)):
        d.entity = part  # "a 30% rise in grain volumes": grain's, never the total's
    if named and d.entity is None and d.basis is not None:
        d.entity = growth.counted_part(words)  # "Sales at new stores rose 12%": theirs
    if named and d.entity is None:  # "made up 14.4% of net sales and rose 1.2%": the part's
        d.entity = share_part(words, before)
    if d.outside is not None and named and d.entity is None and before.entity and (
            d.basis == before.metric):
        d.entity = before.entity
    if named and d.entity is None:
        d.entity = growth.part_after(d.ahead)  # "revenue rose 24% in Asia-Pacific"
    if d.earned is not None and not named:  # "Wearables slipped 5%": the part's revenue's
        named, d.basis, d.value = True, "revenue", abs(figure.value) * d.earned[1]
    part = parenthesised_part(d.behind, figure.text, d.ahead) if previous is not None and (
        previous.sentence == text or refers_to_change(text)) and is_change(
        find_metric(previous.metric)) else None
    way = direction(d.head, d.ahead) if part is not None else 0
    if part is not None and way:  # "growth in coal and renewables (30% increase)": the
        # part's growth of what the sentence's (or the change's) first rate is about
        named, d.basis, d.entity = True, previous.basis or d.basis, part
        d.value = abs(figure.value) * way
    elif not named and previous is not None and previous.sentence == text and (
            is_change(find_metric(previous.metric)) and continues_previous(d.behind, d.ahead)):
        # "grow 14 percent for Q4 and 3 percent for the full year": the same subject's
        named, d.entity = True, previous.entity
        d.basis = previous.basis or d.row.derivation.inputs[0][0]
    return named


def _counted(basis: str | None) -> bool:
    """Whether a growth subject is a count ("volumes", "deliveries"), whose words before it name
    a part of what is counted ("grain volumes"); a money line's ("pretax income", "positive
    earnings") are most often its adjectives, and revenue's parts are read apart
    (``revenue_parts.qualified_revenue``)."""
    row = find_metric(basis)
    # a balance's the same way: "channel inventory", "store inventory" are not the company's
    return row is not None and (row.unit == "count" or row.is_balance
                                or basis in subject_rates())  # "U.S. comp transactions"


# "driven by a", "thanks to a": the rate's noun is a preposition's object, in a phrase of cause
# that no subject owns ("Bulk shipments saw a 15% increase in freight revenues": the subject's)
_CAUSE_BEFORE = re.compile(r"\b(?:by|to|from|with|on|after|following|despite)\s+(?:a|an)\s*$",
                           re.I)


def _object_part(d: Draft) -> bool:
    """Whether the object a rate's noun names after it is a part's line, of a metric filed by
    part: "driven by a 4% increase in freight revenues" (a recap of a railroad's quarter; it
    was read as no line at all), "thanks to a 5% increase in Cloud operating income" (never the
    whole's line), where the rate's phrase has no subject of its own."""
    row = find_metric(d.basis)
    return (row is not None and row.entity == "segment" and rate_object(d.ahead) is not None
            and _CAUSE_BEFORE.search(d.behind) is not None)


def _pointed_subject(d: Draft, antecedent: Claim | None) -> bool:
    """"pushing this line item 135% higher": the figure before's metric, entity and period."""
    pointed = growth.anaphoric_subject(d.behind, d.previous, antecedent)
    if pointed is None:
        return False
    d.basis, d.entity = pointed.metric, pointed.entity
    d.period = PeriodPhrase(pointed.period_label, pointed.period_start,
                            pointed.period_end, (0, 0), "inherited")
    return True


def _bare_rate(d: Draft, antecedent: Claim | None) -> bool:
    """"in 2023, when the growth rate hit 19%" after a sentence on sales growth: that
    line's growth (``bare_growth_rates``)."""
    previous = d.previous if d.previous is not None and d.previous.sentence == d.text else None
    line = bare_rate_line(d.behind, previous, antecedent)
    if line is not None:
        d.basis = line
    return line is not None


def _listed_part(d: Draft, antecedent: Claim | None) -> bool:
    """"Volumes rose 3%. Automotive was up 2%, and grain 9%": a part's growth of what the
    sentence before's growth rate (for the list's first item) or the list's item before is
    the growth of; its way its own verb's, else the item before's."""
    previous = d.previous if d.previous is not None and d.previous.sentence == d.text else None
    source = previous if previous is not None else antecedent
    row = find_metric(source.metric) if source is not None else None
    if row is None or row.derivation is None or row.derivation.kind != "growth" or (
            bool(source.entity) != (previous is not None)):
        return False  # the list's first item follows the whole's rate; the next, a part's
    found = rate_part(d.behind, first=previous is None)
    grew = source.basis or row.derivation.inputs[0][0]
    if found is None or find_metric(grew) is None or find_metric(grew).entity != "segment":
        return False
    way = found[1] or (-1 if source.value is not None and source.value < 0 else 1)
    d.basis, d.entity, d.value = grew, found[0], abs(d.figure.value) * way
    return True


# a part named after its company's possessive ("Acme's Digital Experience segment", a business
# site on a software maker's quarter): searched with the possessive, no part was found
_FILER_POSSESSIVE = re.compile(r"^(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+(?=\S)")


def read_part(d: Draft, antecedent: Claim | None = None) -> None:
    """The part of the filer the figure is of: a segment's name, a count's place, the part of
    the figure it restates; none where the words qualify revenue without naming a part."""
    if d.row is not None and d.row.entity == "segment":
        _segment_part(d)
        if (d.entity is None or d.entity.lower() in _UNIT_WORDS) and _pointed_part(d, antecedent):
            d.entity = antecedent.entity  # "Its operating margin": the part the sentence before's
    if d.metric == changes.DIFFERENCE and d.compared == "revenue" and _names_part(d):
        d.metric, d.row = None, None  # "sales of its gaming chips fell by $X": a part's change
    _counted_part(d)
    if d.entity is None and d.unit == "count" and _WORLDWIDE_AFTER.match(d.ahead):
        return  # "vs. 4,413 stores worldwide": the company's count, no part carried from before
    if d.row is not None and (d.entity is None or d.entity.lower() in _UNIT_WORDS):
        # ("Cloud Tools: The segment's revenue": the label's, never a part named "segment's")
        d.entity = unnamed_part(d.behind, d.ahead) or _previous_part(d) or d.entity
    if d.entity is None and (d.basis if d.change else d.metric) in PROFIT_LINES:
        # "Investment banking net income rose to $X", "In Consumer Banking, profit rose N%":
        # a part's profit, which only the whole company files (part_profit)
        d.entity = profit_part(d.behind, d.filer, d.parts) or opening_part(d.head, d.filer)
    if d.entity is not None and d.row is not None and d.row.entity == "segment" and (
            names_filer(d.entity, d.filer)):
        d.entity = None  # "Acme sales rose 12%" in a story on Acme: the company's own (never
        # a customer's name: "G42, the Abu Dhabi conglomerate, accounted for 85%")
    if d.entity is not None and (whose := _FILER_POSSESSIVE.match(d.entity)) and names_filer(
            whose.group("name"), d.filer):
        d.entity = d.entity[whose.end():]  # "Acme's Cloud segment": whose part, then which
    if (d.entity is None and (_of_revenue(d) or (d.change and d.basis is None))
            and (word := qualified_revenue(d.behind, d.ahead))
            and not names_filer(word, d.filer)):
        d.metric, d.row = None, None  # "freight revenues rose 1%": a part of revenue, unnamed
    basis_part(d)  # "..., or 23% in constant currency": the part's rate restated


def _names_part(d: Draft) -> bool:
    """Whether the words name a part as a segment metric's figure's are read
    (``_segment_part``): for a change in revenue, which the verifier recomputes only for the
    whole company (never a part's, compared with the total's)."""
    probe = copy.copy(d)
    probe.entity = None
    _segment_part(probe)
    return probe.entity is not None


def _of_revenue(d: Draft) -> bool:
    """Revenue, or a difference of revenue between two periods ("sales of its export chips fell
    by $4.0 billion from the first quarter", a tech site on a chipmaker's quarter: a product's,
    which was compared with the company's change and drifted)."""
    return d.metric == "revenue" or d.metric == changes.DIFFERENCE and d.compared == "revenue"


# "Data Center revenue fell 11% ... Its operating margin declined to 11%", "the segment's
# operating margin", "the margin for the segment", "The segment generated revenue of": a part's
# figure the next sentence points back at; compared with the part's figures or unverifiable,
# never with the company's
_UNIT_WORDS = ("segment", "division", "unit", "business", "segment's", "division's")
_POINTS_BACK = re.compile(
    r"^\W*(?:(?:likewise|similarly|meanwhile|also|moreover|further|still|in\s+turn),?\s+)?"
    r"(?:(?:its|the\s+(?:same\s+)?(?:segment|division|unit|business)['’]s|(?:that|this)\s+"
    r"(?:segment|division|unit|business)['’]s)\s+(?:[a-z-]+\s+){0,2}?(?:margins?|income|"
    r"profits?|loss)\b|(?:the|this|that)\s+(?:segment|division|unit)\b)"
    r"|\b(?:margins?|income|profits?|loss)\s+(?:for|of|at|in)\s+(?:the|that|this)"
    r"\s+(?:segment|division|unit|business)\b", re.I)


def _pointed_part(d: Draft, antecedent: Claim | None) -> bool:
    """Whether the words point back at the part the sentence before's last figure is of."""
    row = find_metric(antecedent.metric) if antecedent is not None else None
    return (row is not None and row.entity == "segment" and bool(antecedent.entity)
            and antecedent.sentence != d.text and bool(_POINTS_BACK.search(d.head)))


def _segment_part(d: Draft) -> None:
    """The segment a segment metric's figure is of."""
    figure, text, previous = d.figure, d.text, d.previous
    if (item := list_item_part(d.behind, previous)) is not None:
        d.entity = item  # ", in Europe to $C from $D": the next part of a list of parts
        return
    if labelled := labelled_part(text[:figure.span[0]]):
        d.entity = labelled  # "Operating Income- Gas Utility: $X"
        return
    by_part, named = stated_part(d.basis if d.change else d.metric,
                                 words_before(text, figure.span[0]))
    if by_part:  # a metric stated by part, named by its own words: "Design ARR of $X"
        d.entity = named
        return
    entity = revenue_segment(words_before(text, figure.span[0])) or d.entity
    if entity is None and d.change:  # "the 98% growth in Networking revenue"
        entity = growth_part_after(d.ahead)
    if entity is None:
        entity = subject_part(d.head)  # "The data center business ..."
    if entity is None:  # "Within Consumer Banking, revenue rose N%"
        entity = opening_part(d.head, d.filer)
    if entity is None:  # "Acme's enterprise software saw revenue growth of N%"
        entity = offering_part(d.head)
    if entity is None:  # "sales of routing equipment grew N%": a product line's
        entity = object_part(words_before(text, figure.span[0]))
    if entity is None and d.unit == "percent" and not d.change:  # "margin on services, at N%"
        entity = margin_part(words_before(text, figure.span[0])) or margin_part_after(
            words_before(text, figure.span[0]), text[figure.span[1]:], d.filer)
    if entity is None and not d.change:  # "... its revenues increasing 51% to $5.41 billion"
        entity = reached_part(d.behind, previous, text, d.metric)
    if entity is None and d.metric == "revenue":
        entity = members_place(text[figure.span[1]:])  # "$X from N paid members in EMEA"
    if d.earned is None and d.metric == "revenue" and d.unit == "USD":
        # "Laptop and Tablet sales both rose, with Laptops generating $X": the nearest
        # subject's, not Tablet's
        d.earned = earning_part(d.head, None, d.unit, unplaced=entity is None)
    if d.earned is not None and (entity is None or d.earned[0].lower() not in entity.lower()):
        entity = d.earned[0]  # (never "Gadgets" for the "Gadgets segment" read already)
    if entity is None and d.metric == "revenue" and previous is not None and (
            previous.sentence == text and previous.metric == "revenue"
            and previous.unit == d.unit) and (
                listed := listed_amount(d.behind, previous.entity)) is not None:
        if not listed:  # "... and automotive solutions $586 million": a part's, unnamed
            d.metric, d.row = None, None
            return
        entity = listed  # "Macs generated $7.95 billion and iPads $6.4 billion"
    d.entity = respective_part(text, figure.span, figure.unit) or trailing_part(
        text, figure.span, figure.unit) or entity
    if d.change and d.entity and growth.is_own_line(d.entity, d.basis):
        d.entity = None  # "Inventory fell 2%": the line's own word opens the sentence
    if d.entity and in_line_name(d.behind, d.entity, d.basis if d.change else d.metric):
        d.entity = None  # "Non-interest revenue rose 3%": a word of the line's own name
    if d.change and d.entity is None and previous is not None and previous.entity and (
            changes.listed_after(d.behind, previous)):
        d.metric, d.row = None, None  # a list of parts' growth whose item names no part


# the words after a count that make it the whole company's ("4,169 stores worldwide, including
# 2,915 in the U.S., vs. 4,413 stores worldwide": the base after "vs." is no U.S. count)
_WORLDWIDE_AFTER = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}?(?:worldwide|globally|in\s+total|"
                              r"across\s+the\s+(?:globe|world|company|chain)|"
                              + "|".join(sorted(WHOLE_COMPANY_WORDS)) + r")\b", re.I)


def _counted_part(d: Draft) -> None:
    """A count's place: "31 warehouses in Japan", ", including 578 in the US"."""
    previous = d.previous
    if d.row is not None and d.row.entity == "segment" and d.unit == "count":
        d.entity = counted_place(d.ahead) or d.entity  # "31 warehouses in Japan"
    elif d.unit is None and previous is not None and previous.unit == "count" and (
            previous.sentence == d.text) and (place := listed_count(
                d.behind, d.ahead, previous.metric)) is not None:
        d.metric, d.unit, d.entity = previous.metric, "count", place  # ", including 578 in the US"
    elif d.unit is None and previous is not None and previous.sentence == d.text and (
            remaining_stores(d.behind, d.ahead, previous.metric)):
        d.metric, d.unit, d.row = "stores", "count", find_metric("stores")  # ", leaving 4,169"


def _previous_part(d: Draft) -> str | None:
    """"a division profit of $4.85 billion, down from $5.3 billion a year earlier": the part
    of the sentence's figure before, for its base or its change."""
    previous = d.previous
    if previous is None or previous.sentence != d.text or not previous.entity:
        return None
    if d.base and d.metric in (previous.metric, d.changed) or d.change and (
            previous.metric == (d.basis or d.row.derivation.inputs[0][0])):
        return previous.entity
    if not d.change and d.row.is_balance and d.row.unit == "USD" and previous.basis == d.metric:
        return previous.entity  # "Store inventory rose 5% to $300 million": the store's
    if not d.change and d.row.unit == "USD" and previous.basis == d.metric and is_change(
            find_metric(previous.metric)) and REACHED.match(d.behind):
        return previous.entity  # "segment profit increased 16.7 percent to $X": the part's
    return None
