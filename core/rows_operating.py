"""Registry rows: operating statistics a filing prints in its MD&A's operating tables, each in a
unit of its own (miles a freight car moves a day, feet of train, exahashes per second).

They are stated figures, read by ``extractors.tables`` from any table whose row label names them
(statement ``kpi``, unit ``count``: a plain number in the statistic's own unit, never scaled by
the table's money scale), under the table's column periods. A railroad's 10-Q "Railroad
performance measures": "Freight car velocity (daily miles per car) 221 201 10",
"Locomotive productivity (GTMs per horsepower day) 141 134 5", "Train length (feet) 9,689 9,544
2", "Workforce productivity (car miles per employee) 1,124 1,031 9" under "Three months ended"
and "Six months ended" (the quarter's columns and the year to date's, dated by the table).

An article's figure is a claim on one of them only where the row's words name it and the
figure carries the row's own unit words (``MEASURE_UNITS``, read by
``pipeline.verify.claims_counted``): "locomotive productivity of 141 gross ton-miles per
horsepower day" is one; "141 locomotives" or "a $141 million locomotive order" is none.
"""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric

# The unit words an article writes right after each statistic's figure (or the table's own,
# in parentheses, before it): the figure is that statistic's in that unit, nothing else.
MEASURE_UNITS: dict[str, str] = {
    "freight_car_velocity": r"(?:average\s+)?daily\s+miles\s+per\s+(?:freight\s+)?car",
    "locomotive_productivity": (r"(?:gross\s+ton[-\s]miles|GTMs?)(?:\s*\((?:GTMs?|gross\s+"
                                r"ton[-\s]miles)\))?\s+per\s+horsepower[-\s]day"),
    "train_length": r"feet|ft\b",
    "workforce_productivity": r"(?:average\s+daily\s+)?car\s+miles\s+per\s+employee",
    "terminal_dwell": r"hours",
    "train_speed": r"miles\s+per\s+hour|mph\b",
    **dict.fromkeys(("energized_hash_rate", "installed_hash_rate", "operational_hash_rate"),
                    r"EH(?:/s)?\b|exahash(?:es)?(?:\s+per\s+second)?\b"),
}
# what names a miner's own hash rate, not the network's ("global hash rate")
_OWN_HASH = r"(?<!global\s)(?<!network\s)(?<!bitcoin\s)"

# a table's footnote letter after a label: "Freight car velocity (daily miles per car) [a]" (the
# 10-K's "[a] As reported to the STB")
_MARK = r"(?: \[[a-z]\])?"

ROWS: tuple[Metric, ...] = (
    Metric(
        "freight_car_velocity", "count",
        "average daily miles a freight car moves on the network in the period (railroads)",
        statement="kpi", is_growth_base=True,
        labels=(Label(rf"freight car velocity(?: \(daily miles per car\))?{_MARK}"),),
        label_words=("car velocity",),
        cues=(Cue(r"\b(?:freight\s+)?car\s+velocity\b"),)),
    Metric(
        "locomotive_productivity", "count",
        "gross ton-miles per horsepower day of the locomotive fleet in the period (railroads)",
        statement="kpi", is_growth_base=True,
        labels=(Label(rf"locomotive productivity(?: \((?:gtms|gross ton-miles) per horsepower "
                      rf"day\))?{_MARK}"),),
        label_words=("locomotive productivity",),
        cues=(Cue(r"\blocomotive\s+productivity\b"),)),
    Metric(
        "train_length", "count",
        "average maximum train length on a route in feet in the period (railroads)",
        statement="kpi", is_growth_base=True,
        labels=(Label(rf"(?:average )?(?:maximum )?train length(?: \(feet\))?{_MARK}"),),
        label_words=("train length",),
        cues=(Cue(r"\b(?:average\s+)?(?:maximum\s+)?train\s+length\b"),)),
    Metric(
        "workforce_productivity", "count",
        "average daily car miles per employee in the period (railroads)",
        statement="kpi", is_growth_base=True,
        labels=(Label(rf"workforce productivity(?: \(car miles per employee\))?{_MARK}"),),
        label_words=("workforce productivity",),
        cues=(Cue(r"\bworkforce\s+productivity\b"),)),
    Metric(
        "terminal_dwell", "count",
        "average hours a rail car spends at terminals in the period (railroads)",
        statement="kpi", is_growth_base=True, lower_is_better=True,  # fewer hours is better
        labels=(Label(rf"average terminal dwell time(?: \(hours\))?{_MARK}"),),
        label_words=("terminal dwell",),
        cues=(Cue(r"\b(?:average\s+)?terminal\s+dwell(?:\s+time)?\b"),)),
    Metric(
        "train_speed", "count",
        "average train speed between terminals in miles per hour in the period (railroads)",
        statement="kpi", is_growth_base=True,
        labels=(Label(rf"average train speed(?: \(miles per hour\))?{_MARK}"),),
        label_words=("train speed",),
        cues=(Cue(r"\b(?:average\s+)?train\s+speed\b"),)),
    # A bitcoin miner's computing power (a miner's Q2 2023 10-Q, its supplemental lines
    # "Installed Hash Rate (Exahashes per second) - at end of period" 21.8 / 3.6, "Energized
    # Hash Rate ... - at end of period" 17.7 / 0.7 and "Average operational Hash Rate" 12.1 over
    # the quarter). A bare "hash rate" is read as the energized one and compared with the
    # installed and the operational too (quoted_as): supported by any, drifted only when all
    # are filed and every one is missed. Never a growth base: "grew its hash rate 54% from
    # 11.5 to 17.7" within a quarter is no year-over-year change of what a 10-Q states.
    Metric(
        "energized_hash_rate", "count",
        "hash rate of the installed and energized mining machines at the period's end, in "
        "exahashes per second (bitcoin miners)",
        statement="kpi", is_balance=True, drifts_alone=False,
        # (an "operational hash rate" reached at the quarter's end is the energized one as a
        # miner's own call says it: "grew our operational hash rate to 17.7 EH")
        quoted_as=("operational_hash_rate",),
        labels=(Label(r"energized hash rate(?: \(exahashes per second\))?"
                      r"(?: -? ?at (?:the )?end of (?:the )?period)?"),),
        label_words=("energized hash",),
        cues=(Cue(rf"{_OWN_HASH}\b(?:energized\s+)?hash\s*rate\b"),)),
    Metric(
        "installed_hash_rate", "count",
        "hash rate of the installed mining machines at the period's end, in exahashes per "
        "second (bitcoin miners)",
        statement="kpi", is_balance=True, drifts_alone=False, quoted_as=("energized_hash_rate",),
        labels=(Label(r"installed hash rate(?: \(exahashes per second\))?"
                      r"(?: -? ?at (?:the )?end of (?:the )?period)?"),),
        label_words=("installed hash",),
        cues=(Cue(r"\binstalled\s+hash\s*rate\b"),)),
    Metric(
        "operational_hash_rate", "count",
        "average operational hash rate over the period, in exahashes per second (bitcoin "
        "miners)",
        statement="kpi", drifts_alone=False, quoted_as=("energized_hash_rate",),
        labels=(Label(r"average operational hash rate(?: \(exahashes per second\))?"),),
        label_words=("operational hash",),
        cues=(Cue(r"\b(?:average\s+)?operational\s+hash\s*rate\b"),)),
)
