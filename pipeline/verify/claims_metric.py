"""Which metric a figure of an article is about: the registry's cues nearest the figure, the
figure's unit, and the words that change what a cue names (the level a change reached). Whether
the figure is an amount per share is ``claims_per_share``'s; how the figure is written (its sign,
a range's ends), ``claims_metric_form``'s;
what a growth rate is the growth of, ``claims_growth``'s; the words of a change themselves (the
level it reached, its base, a difference) and which rows are changes, ``claims_change_words``'s;
the registry's cues and the search for the one nearest a figure, ``cue_search``'s.

The metric comes from the words nearest the figure within its sentence: first those between the
previous figure and this one ("..., while non-GAAP net loss was $75.7 million"), then those after
it ("62.0% of 2025 revenue", "50 times sales"), then the metric of the previous figure of the
same unit ("42% in 2024 and 39% in 2025").
"""

from __future__ import annotations

import re

from core.metric_words import CHANGE_DOWN_WORDS, CHANGE_UP_WORDS
from core.metrics import all_metrics, find_metric, projection
from core.verdicts import Claim
from pipeline.verify import charge_claims
from pipeline.verify import claims_change_words as cw
from pipeline.verify.capital_claims import authorized_reading
from pipeline.verify.claims_asides import outside_aside
from pipeline.verify.claims_figure import Figure
from pipeline.verify.claims_line_words import (
    CHANGE_NOUN_AFTER,
    GLUED_NOUN,
    OPENS_CLAUSE,
    OWN_LINE_BEFORE,
    RATE_CHANGE_NOUN_AFTER,
    SHARE_BASE_AFTER,
    cut_off,
    is_own_item,
    joined_own_subject,
)
from pipeline.verify.claims_metric_form import loss_base, range_of_part
from pipeline.verify.claims_per_share import counterpart
from pipeline.verify.claims_segments import part_named
from pipeline.verify.claims_shares import (
    after_share,
    changed_line_words,
    ratio_of,
    share_of_sales,
)
from pipeline.verify.cue_search import nearest_cue
from pipeline.verify.part_list_items import list_item_part
from pipeline.verify.signed_asides import signed_aside_way
from pipeline.verify.subject_aside import without_aside
from pipeline.verify.subject_rates import subject_rates

# "take a $900 million charge" after "a lack of sales" (PCWorld on Microsoft): a figure that a
# charge noun follows is that charge, not the metric a cue before it names
_CHARGE_AFTER = re.compile(r"^\s*(?:(?:pre-?tax|after-?tax|non-?cash|one-?time)\s+)?"
                           r"(?:charges?|write-?(?:downs?|offs?)|impairments?)\b", re.I)
def read_metric(figure: Figure, behind: str, ahead: str, sentence_before: str,
                previous: Claim | None) -> tuple[str | None, str | None]:
    """(metric, the words that named it) from the nearest cue that fits the figure's unit."""
    if figure.unit is None:
        return None, None
    reached = cw.reached_level(figure, behind, previous)
    if reached:
        return reached, None
    if list_item_part(behind, previous) is not None:
        return _inherited(previous), None  # ", in Europe to $C": the list's line, another part
    if cw.REACHED_AT.match(behind) and previous is not None and previous.unit == "percent" and (
            previous.metric is None):
        # "pay costs were up 31% at $3.2bn": the level of something unnamed; "deposits improved
        # 15% to $310 billion": of what a verb no growth cue reads said changed
        moved = _moved_subject(sentence_before, previous, figure.unit) or _balance_subject(
            sentence_before, previous, figure.unit) or _adjusted_subject(
            sentence_before, previous, figure.unit)
        return (moved, None) if moved else _tied_cue(sentence_before, figure.unit)
    if figure.unit == "percent" and (than := cw.year_ago_than(ahead, previous)):
        # "12% lower than a year earlier": the way word signs the rate as a cue's verb does
        return next(iter(cw.change_metrics()), None), than.group("way")
    if cw.DIFFERENCE_AFTER.match(ahead):
        return None, None  # "$154 million higher than": a difference (claims_changes reads it)
    if figure.unit == "percent" and (more := cw.noun_after_rate(behind, ahead)) and not (
            nearest_cue(more, "USD", from_end=False)):
        return None, None  # "314% more Bitcoin", "the 14% lower average BTC price": its noun's
    if _CHARGE_AFTER.match(ahead) or figure.unit == "USD" and CHANGE_NOUN_AFTER.match(ahead):
        return None, None
    if figure.unit == "percent" and (way := cw.restated_amount_way(figure, behind, previous)
                                     or signed_aside_way(figure, behind, ahead, sentence_before,
                                                         previous)):
        return next(iter(cw.change_metrics()), None), way  # "$259 million (6%)": its change's
    if cw.restates_change(behind, sentence_before, previous):
        return None, None  # "increased 23 percent, or 84 cents, to $4.52": the change's amount
    paired, metric = counterpart(figure, behind, previous)
    if paired:  # the previous figure's metric, or the figure's own words ("per diluted share")
        # the per-share amount of a loss is a loss: "a non-GAAP net loss of $X million, or
        # $Y per share" is a loss per share, signed by the loss's own words
        loss = "loss" if previous.value is not None and previous.value < 0 else None
        if metric is None and previous.metric == charge_claims.METRIC:
            # "took a $55 million charge, or $0.07 per diluted share" (a railroad's quarter in
            # a trade digest): an item's per-share amount is its effect on EPS, never EPS
            return None, None
        return (metric, loss) if metric else (
            nearest_cue(figure.text, figure.unit, from_end=False) or (None, None))
    if previous is not None and (base := loss_base(figure.unit, behind, previous.metric,
                                                   previous.unit, ahead)) is not None:
        return base, "loss"  # "compared with a loss of $X": the compared line's loss
    behind = after_share(behind, previous)
    if figure.unit == "USD" and previous is not None and previous.unit == "percent" and (
            joined := SHARE_BASE_AFTER.match(behind)):
        behind = behind[joined.end():]  # "25.1% of net sales, ..., compared to $1.681 billion"
    if (share := share_of_sales(figure, behind, ahead, previous)) is not None:
        return share, None  # "$140.1 million, representing 47.7% of net sales": its margin
    if figure.unit == "USD" and _CHARGE_LIST_BEFORE.search(behind):
        return None, None  # "profit weighed by charges including roughly $X": a charge's
    named = _named_after(ahead, figure.unit)
    found = named or nearest_cue(without_aside(outside_aside(behind), lambda words: nearest_cue(
        words, figure.unit, from_end=True) is not None), figure.unit, from_end=True)
    if found and figure.unit == "percent" and (
            _is_share(found[0]) or found[0] in subject_rates()) and (
            RATE_CHANGE_NOUN_AFTER.match(ahead)):
        found = None  # "represented an 8.8% increase": a change (its cue follows), no share
        # (nor the stated rate before: "transactions fell, offset by a 0.1% increase in ticket")
    if found and figure.unit == "percent" and found[0] in cw.change_metric_set() and (
            own := _own_change_noun(ahead)):
        # "a 19% decrease compared to <last year's quarter> but a 4% increase compared to the
        # previous quarter" (a rewrite site's recap of a chip maker's quarter): the change noun
        # right after a rate is its own way, never the one an earlier rate's noun said
        found = own
    if named is None and found and figure.unit == "USD" and (
            own := _named_of(ahead, figure.unit)) and own[0] != found[0]:
        if _of_pair(behind, found[1]):
            return own  # "$A of net interest income and $B of noninterest income": B's own
        return None, None  # "$A of operating cash flow and $B of free cash flow": B's own noun
    after = nearest_cue(_CLAUSE_AFTER.split(ahead, 1)[0], figure.unit, from_end=False)
    if after and after[0] in cw.change_metric_set() and _SHARE_OF.match(ahead):
        after = None  # "60% of total revenue and up 18%": a share; the change is the next one
    if after and after[0] not in cw.change_metric_set() and _NEXT_FIGURES_CUE.match(ahead):
        # "Services brought in $X and net income $Y": the line's cue is Y's, never X's (a
        # change's verb, "beat by 0.67% but decreased 18.2%", is left to the readers of rates)
        after = None
    words = changed_line_words(behind, ahead) if figure.unit == "percent" else None
    line = nearest_cue(words, "USD", from_end=True) if words else None
    if found and figure.unit == "percent" and _SHARE_OF.match(ahead) and (
            found[0] in cw.change_metric_set() or _is_share(found[0]) and (
                line or _COST_LINE.search(words or ""))):
        # "expenses also rose, accounting for 29.1% of net sales": a share of sales, not the
        # rise named before it nor a part's share; the line the rise is of names the rate when
        # a row recomputes that line over revenue (SG&A: its ratio), else nothing does
        return ratio_of(line[0] if line else None), None
    if (own := OWN_LINE_BEFORE.search(behind)) and (found is None or named is None and (
            cut_off(behind, found[1], own.start()))):
        # "marketing expenses were $400 million": a line no row names; so "net income rose,
        # but ... a goodwill impairment charge of $6.2 billion": the charge, not the cue before
        return None, None
    if found is None and previous is not None and previous.unit == figure.unit and (
            previous.metric and cw.BASE_AFTER.match(behind.rsplit(",", 1)[-1])):
        # "29.1% of net sales compared to 27.4% in the prior year, driven by higher store
        # expenses": a base is of the figure it is compared with, whatever cue follows it
        # (the words before it name no metric: a period, "in the second quarter, compared to")
        return _inherited(previous), None
    if found and figure.unit == "percent" and found[0] in _share_rates() and (
            cw.MOVED_AFTER.match(ahead)):
        # "SG&A expenses were 3.7 percent higher in dollars": a change of the line (what grew
        # is read by claims_growth), not its share of sales
        return next(iter(cw.change_metrics()), None), None
    if found is None and previous is not None and is_own_item(behind):
        return None, None  # ", operating shortfall of $20 million, net income of $27 million"
    found = found or after
    found = found or nearest_cue(figure.text, figure.unit, from_end=False)  # "per diluted share"
    if found is None and previous is not None and joined_own_subject(behind):
        return None, None  # "revenue of $A and billings of $B": the billings' own figure
    if found is None and previous is not None and previous.unit == figure.unit and previous.metric:
        return _inherited(previous), None
    if found is None and _is_base_of_unread(figure, behind, previous):
        return None, None
    found = found or nearest_cue(sentence_before, figure.unit, from_end=True)
    if found and found[0] in subject_rates():
        # a stated rate is read only as a change's subject ("comp transactions fell 2%":
        # claims_growth, claims_qualifiers), never by its words alone: "a 20% premium to
        # comparable transactions" (a deal's price against others') is no retailer's rate
        return None, None
    return authorized_reading(found, behind, ahead) if found else (None, None)


def _moved_subject(sentence_before: str, previous: Claim, unit: str) -> str | None:
    """The metric named right before 'improved N%' when the figure is the level it reached."""
    before = sentence_before[:sentence_before.rfind(previous.text)]
    verb = cw.MOVED.search(before)
    if verb is None:
        return None
    found = nearest_cue(before[:verb.start()], unit, from_end=True, ranked=True)
    return found[1] if found is not None and found[0][0] == 0 else None


# "Cash and cash equivalents rose 12% to $4.1 billion", "Inventory fell 2% to $1.2 billion" (a
# release's balance-sheet bullets): no growth subject reads a balance, so the rate is unnamed,
# and the level it reached is the balance its subject names, right before its verb
_BALANCE_MOVED = re.compile(rf"^\s*(?:(?:{CHANGE_UP_WORDS}|{CHANGE_DOWN_WORDS}|climbed|"
                            r"jumped|surged|soared|slipped|dipped)\s+)(?:by\s+)?"
                            r"(?:about\s+|roughly\s+|nearly\s+|some\s+|almost\s+)?$", re.I)


def _balance_subject(sentence_before: str, previous: Claim, unit: str) -> str | None:
    """The balance named as the subject of the change right before the level's rate."""
    row, head = _changed_subject(sentence_before, previous, unit)
    return row.name if row is not None and row.is_balance and not part_named(head) else None


# "Adjusted EBITDA rose 12% to $110 million", "Adjusted EPS rose 12% to $1.10": no growth of an
# adjusted measure is read, so the rate is unnamed and its level was read as nothing (while
# "Adjusted EBITDA was $110 million" is read). Only an adjusted row: the cue's own ("adjusted
# EBITDA"), or the twin of a GAAP cue right after an adjusting word (none for revenue).
def _adjusted_subject(sentence_before: str, previous: Claim, unit: str) -> str | None:
    """The adjusted measure named as the subject of the change right before the level's rate."""
    row, head = _changed_subject(sentence_before, previous, unit)
    if row is None or part_named(head):
        return None
    if row.non_gaap_of is not None:
        return row.name
    twins = [r.name for r in all_metrics() if r.non_gaap_of == row.name]
    return twins[0] if twins and _ADJUSTING_HEAD.search(head) else None


def _changed_subject(sentence_before: str, previous: Claim, unit: str) -> tuple:
    """(the stored row whose cue is right before the verb of the level's rate, the words before
    that cue), else (None, "")."""
    before = sentence_before[:sentence_before.rfind(previous.text)]
    found = nearest_cue(before, unit, from_end=True, ranked=True)
    if found is None or not _BALANCE_MOVED.match(before[len(before) - found[0][0]:]):
        return None, ""
    row = find_metric(found[1])
    return (row, before[:len(before) - found[0][0] - len(found[2])]) if (
        row is not None and row.is_stored) else (None, "")


_ADJUSTING_HEAD = re.compile(r"\b(?:adjusted|non-?GAAP|adj\.)\s+(?:diluted\s+)?$", re.I)


def _tied_cue(sentence_before: str, unit: str) -> tuple[str | None, str | None]:
    """A cue that runs through the change right up to the level ("raised its dividend by 4%
    to 26 cents"): the level is that cue's figure; else no metric."""
    found = nearest_cue(sentence_before.rstrip(), unit, from_end=True, ranked=True)
    return (found[1], found[2]) if found is not None and found[0][0] == 0 else (None, None)


def _inherited(previous: Claim) -> str | None:
    """The metric a later figure inherits: a range's end hands on the range itself; a change
    in points or a difference, the figure it is about ("$154 million higher than the $1,519
    million": net income)."""
    row = find_metric(previous.metric)
    if row is not None and row.derivation is not None and row.derivation.kind in (
            "points", "difference"):
        return previous.basis
    return range_of_part().get(previous.metric, previous.metric)


def _is_base_of_unread(figure: Figure, behind: str, previous: Claim | None) -> bool:
    """The base a figure is compared with is of the figure's own measure: when no metric was
    read for that figure (an adjusted one: "comparable operating margin (non-GAAP) stood at
    N%, up from M%", a wire copy of a beverage maker's quarter), the cue before both names
    neither, and the base read as the GAAP margin drifted."""
    return (previous is not None and previous.unit == figure.unit and previous.metric is None
            and cw.BASE_AFTER.match(behind) is not None)


_SHARE_OF = re.compile(r"^\s+of\b", re.I)


# the words of a cost line no row reads ("Research and development expenses"): no part's name
_COST_LINE = re.compile(r"\b(?:expenses?|costs?|spending)\s*$", re.I)


def _is_share(metric: str) -> bool:
    """Whether a metric is one customer's or part's share of a whole (a concentration)."""
    row = find_metric(metric)
    return row is not None and row.entity == "customer"


@projection
def _share_rates() -> frozenset[str]:
    """The rates recomputed as a line over revenue (gross margin, the SG&A ratio)."""
    return frozenset(ratio_of(row.name) for row in all_metrics()) - {None}


# "down from $2.0 billion a quarter earlier, which the bank blamed on its provision for credit
# losses" (a local paper's line on a bank's quarterly net income): a relative clause after
# a figure speaks of something else, so a cue in it names another figure
# ("a 22% decrease compared to the $19.631 billion in the same period last year; the net loss
# was $454 million": a semicolon closes the figure's clause the same way, so the cue after it
# names the next clause's figure; read as net income, last year's revenue would drift)
# (a relative clause with its own verb, comma or none: "$180 million from releasing chips that
# had been set aside for sales to another customer", a tech site on a chipmaker's quarter, read
# as revenue by the "sales" of the clause)
# (a comma and a modal: the verb after them is the sentence's subject's, its forecast: "the
# tariffs, which the government set at 10 percent, would increase costs", a newspaper on a
# metals maker's quarter, read as a 10 percent growth of the earnings named before)
_CLAUSE_AFTER = re.compile(r",\s+(?:which|who|citing)\b|;|\s(?:that|which)\s+(?:had|has|have|"
                           r"was|were|is|are)\b|,\s+(?:would|could|will|may|might|should)\s",
                           re.I)
# the words between a figure and the next one opening that one's item of a list: "$X and net
# income $Y", "$X, while operating income was $Y" (no end of sentence between them)
_NEXT_FIGURES_CUE = re.compile(r"^\s*,?\s*(?:and|while|with|but|whereas|plus)\s+[^,;.$\d]*?"
                               r"(?:\s+(?:of|was|were|at|reached|totall?ed|came\s+in\s+at))?\s*$|"
                               # "$X, net income of $Y": a comma's next item, named before its
                               # own figure (a release's lead reposted with "operating lack of
                               # $20 million, net income of $27 million": X read as net income)
                               # (or moved to it: "financing costs down at $X, the pre-tax loss
                               # was trimmed to $Y", like a trade weekly on a building-materials
                               # maker's year, which read X as the pre-tax loss and drifted)
                               r"^\s*,\s*[^,;.$\d]*?\s(?:of|was|were|totall?ed|to|at)\s*$", re.I)



def named_metric(words: str, unit: str) -> str | None:
    """The metric a table row's label names ('Revenues', 'Net income (loss)'), if any."""
    found = nearest_cue(words, unit, from_end=False)
    return found[0] if found else None


# "$19.90 billion in revenue, $6.07 billion in operating income, and $4.97 billion in net
# income" (Engadget on Microsoft's fiscal 2013): a cue joined to the figure by "in" names it,
# whatever cue stands between it and the figure before (read from behind, each figure took
# the previous one's metric).
_IN_CUE = re.compile(r"^\s+in\s+(?:(?:net|total|its|the|quarterly|annual)\s+)?", re.I)


# "... $2.0 billion of operating cash flow and $760 million of free cash flow" (a results
# release of an airline): the second amount names its own line after "of"; read from behind,
# it took the first amount's line. Where the two disagree the amount is left unnamed: "$X of
# cash to shareholders" names no balance of cash, so the noun after "of" is never adopted.
_OF_CUE = re.compile(r"^\s+of\s+(?:(?:net|total|its|the)\s+)?", re.I)
# An amount inside a list of charges: "profits weighed by one-time charges including roughly
# $450 million tied to settlements" (a news brief on a retailer's quarter): the charge's, not
# the profit's named before it
_CHARGE_LIST_BEFORE = re.compile(
    r"\b(?:charges?|write-?(?:downs?|offs?)|impairments?|costs)\s+(?:including|totall?ing|"
    r"amounting\s+to|such\s+as)\s+(?:(?:roughly|about|around|approximately|nearly|some|"
    r"more\s+than|almost)\s+)?$", re.I)


def _cue_joined(ahead: str, joined: re.Match | None, unit: str):
    """(rank, metric, words) of the cue that starts where the joining words (matched at the
    start of ``ahead``) end: "in net income", not "in the quarter"; None else."""
    found = nearest_cue(ahead, unit, from_end=False, ranked=True) if joined else None
    return None if found is None or found[0][0] > joined.end() else found


def _of_pair(behind: str, words: str) -> bool:
    """Whether the words before a figure are the previous amount's own "of" noun and "and"
    ("$A of net interest income and $B of ..."): a pair of amounts, each naming its line
    after "of", so the second's noun is its own (a noun that names no line leaves it unnamed,
    as before: ``_named_of`` found one)."""
    return re.search(r"(?:^|\d|\b(?:thousand|million|billion|trillion|bn|mn?))\s*of\s+(?:(?:net|"
                     rf"total|its|the)\s+)?{re.escape(words)}\s*,?\s+and\s+$", behind,
                     re.I) is not None


def _named_of(ahead: str, unit: str):
    """The metric of a cue right after "FIGURE of" ("$760 million of free cash flow")."""
    found = _cue_joined(ahead, _OF_CUE.match(ahead), unit)
    return (found[1], found[2]) if found else None


def _own_change_noun(ahead: str):
    """(metric, words) of the change noun right after a rate ("4% increase"); None else."""
    noun = RATE_CHANGE_NOUN_AFTER.match(ahead)
    found = noun and nearest_cue(ahead[:noun.end()], "percent", from_end=False)
    return found if found and found[0] in cw.change_metric_set() else None


def _named_after(ahead: str, unit: str):
    """(metric, words) of a cue right after "FIGURE in", or of a money figure's own noun
    glued after it; None else."""
    in_cue = _IN_CUE.match(ahead)
    joined = in_cue or (GLUED_NOUN.match(ahead) if unit == "USD" else None)
    found = _cue_joined(ahead, joined, unit)
    if found is None:
        return None
    if in_cue is None and OPENS_CLAUSE.match(ahead[joined.end() + len(found[2]):]):
        return None  # "$5 million revenue rose 3%": the noun opens the next clause
    return found[1], found[2]


def metric_named_before(behind: str, unit: str) -> str | None:
    """The company's metric whose cue ends nearest the end of ``behind`` ('Average total
    deposits were'); None when no cue, or when the words before it name a part ('Mortgage
    banking revenue was')."""
    found = nearest_cue(behind, unit, from_end=True)
    if found is None or part_named(behind[:behind.rfind(found[1])]):
        return None
    return found[0]


@projection
def _moment_metrics() -> frozenset[str]:
    """Figures stated as of a moment (an offering's price, a share count) and those derived only
    from such figures (market cap = price x shares): a reporting period carried from an earlier
    sentence is not theirs (the demo's price range read 'FY2025' once periods carried across
    paragraphs)."""
    points = {row.name for row in all_metrics() if row.is_point}
    derived = {row.name for row in all_metrics() if row.derivation and all(
        set(inputs) <= points for inputs in row.derivation.inputs)}
    return frozenset(points | derived)


def is_stated_at_a_moment(metric: str | None) -> bool:
    return metric in _moment_metrics()
