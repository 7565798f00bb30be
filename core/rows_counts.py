"""Registry rows: the stores a retailer opened and closed over a period.

A retailer's 10-K prints a roll-forward of its stores by segment (GameStop's FY2023 10-K: "January
28, 2023 | Openings | Disposals | February 3, 2024", "Total Stores 4,413 43 (287) 4,169"), read
by ``extractors.store_counts``: the count at each end is ``stores``, the openings and closures
over the year these rows. An article's "closed 186 stores" or "287 stores shuttered" is one of
them only where the noun right after the figure (or a metrics line's before it) names stores
(``STORE_FLOW_NOUNS``, read by pipeline.verify.count_scope): "closed 2 plants" is none.
"""

from __future__ import annotations

from core.metric_model import Cue, Metric

# what a store count's figure is named by ("186 stores", "35 new locations")
_STORE_NOUNS = (r"(?:stores|restaurants|locations|warehouses|clubs|shops|outlets|"
                r"(?:retail|company-operated|franchised)\s+(?:stores|units))")
STORE_FLOW_NOUNS: dict[str, str] = {"store_openings": _STORE_NOUNS,
                                    "store_closures": _STORE_NOUNS}
# A 10-K's headcount: "As of December 31, 2023, we had about 61,400 employees" (Item 1's human
# capital), read by extractors.count_prose on the sentence's day. Only the whole headcount: "3,735
# full-time employees" or "1,100 claim employees" count a part and are not read.
EMPLOYEE_NOUNS = r"employees|associates|team\s+members"
# The words that make a headcount a part of it ("3,735 full-time employees", "8,000 full-time
# salaried and hourly associates", "13,000 part-time workers"): never the whole headcount, so
# such a figure is no claim on it (pipeline.verify.count_scope)
EMPLOYEE_PART_WORDS = (r"full[-\s]time|part[-\s]time|hourly|salaried|seasonal|temporary|"
                       r"contract(?:ed)?|union(?:ized)?|non-?union|frontline|corporate|"
                       r"store|field|sales|engineering|manufacturing|production|"
                       r"(?:domestic|international|U\.?S\.?|overseas)")
# "full-time" opening the words right after a count (never "full-time equivalent": a bank's
# average staffing; never a "full-time" further off, which a range of part-time staff after
# it would take)
FULL_TIME_CUE = r"^\s*full[-\s]time\b(?![-\s]+equivalent)"
# What makes a headcount figure a change, never the headcount: "laid off 150 employees", "cut
# 1,000 jobs", "hired 300 associates", "affecting over 150 employees"
HEADCOUNT_FLOW_VERBS = (r"\b(?:laid\s+off|lay(?:s|ing)?\s+off|layoffs?|cut\w*|eliminat\w*|"
                        r"hir(?:ed|es|ing)|affect\w*|fir(?:ed|es|ing)|reduc\w*|furlough\w*|"
                        r"redundan\w*)\b")

# words between a verb and its count: "closed a total of 287", "opened about 40"
_ABOUT = (r"(?:\s+(?:a\s+(?:net\s+)?total\s+of|about|approximately|nearly|roughly|some|over|"
          r"more\s+than|another|an\s+additional))?")
# A flow's verb right before its figure ("closed 186 stores"), or the noun and the verb right
# after it ("287 stores shuttered", "186 store closures"): never a closing word further off
# ("the pace of store closings slowed; it had 4,169 stores" counts the stores it had).
ROWS: tuple[Metric, ...] = (
    # The full-time headcount a 10-K states beside its part-time range ("approximately 8,000
    # full-time salaried and hourly associates", read by extractors.headcount_ranges); an
    # article's count is this row only when "full-time" opens the words after its figure and
    # no more than salaried or hourly stands before the employees' noun
    # (pipeline.verify.count_scope). drifts_alone=False: the filer's count is its own rounding
    # for one day, and an article's may be another year's, so a miss is unverifiable.
    Metric(
        "full_time_employees", "count", "the full-time headcount on a day, as the company "
        "states it", is_balance=True, drifts_alone=False,
        cues=(Cue(FULL_TIME_CUE),)),
    Metric(
        "employees", "count", "the people the company employs on a day (its whole headcount)",
        is_balance=True,
        cues=(Cue(rf"\b(?:{EMPLOYEE_NOUNS})\b"),)),
    # A seasonal workforce's part-time headcount, which a 10-K states as a range ("between
    # 13,000 and 18,000 part-time, hourly associates", read by extractors.headcount_ranges):
    # an article's range is compared end by end. A miss is unverifiable, never drifted: the
    # range is the filer's for one day, and an article's may be of another year.
    Metric(
        "part_time_employees", "count", "the part-time headcount, stated as a range",
        is_stored=False, range_parts=("part_time_employees_low", "part_time_employees_high"),
        cues=(Cue(r"\bpart[-\s]time\b"),)),
    Metric(
        "part_time_employees_low", "count", "the low end of the part-time headcount's range",
        is_balance=True, drifts_alone=False),
    Metric(
        "part_time_employees_high", "count", "the high end of the part-time headcount's range",
        is_balance=True, drifts_alone=False),
    # The company's only (no entity: the cue fires before the noun after the figure is seen, so
    # no part is read for it); drifts_alone=False: an article's closures of one region ("in
    # Europe, where it closed 186 stores") are easily read as the company's, so a miss is
    # unverifiable, never drifted.
    Metric(
        "store_closures", "count", "stores (restaurants, warehouses) closed over the period",
        is_magnitude=True, drifts_alone=False,
        cues=(Cue(rf"\b(?:clos(?:ed|ing)|shutter(?:ed|ing)|shut(?:\s+down)?){_ABOUT}(?=\s*$)|"
                  r"\bclos(?:ures|ings)\s+of(?=\s*$)|^\s*(?:[\w-]+\s+)?stores?\s+(?:closed|"
                  r"clos(?:ures|ings)|shuttered|shut\s+down)\b"),)),
    Metric(
        "store_openings", "count", "stores (restaurants, warehouses) opened over the period",
        drifts_alone=False,
        cues=(Cue(rf"\bopen(?:ed|ing){_ABOUT}(?=\s*$)|\bopenings\s+of(?=\s*$)|"
                  r"^\s*(?:[\w-]+\s+)?stores?\s+(?:opened|openings)\b"),)),
)
