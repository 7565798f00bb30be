"""Registry rows: banks' lines and the figure applicable to common shareholders."""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric
from core.metric_words import MONEY_LOSS, NI_CORE

# Banks' earnings releases (Goldman Sachs, U.S. Bancorp, Wells Fargo, Q4 2021 EX-99.1).
_COMMON_HOLDERS = (r"(?:applicable|available|attributable) to (?:[\w ,.'&-]+ )?(?:common "
                   r"(?:share|stock)holders|common stock|ordinary shareholders)")
ROWS: tuple[Metric, ...] = (
    # Net income less preferred dividends and accretion (PNC's 2021 supplement: 5,436 to common
    # beside 5,674 net income): its own figure, never net_income, though articles may call it
    # "net income" (quoted_as). A table without a preferred line also reads an "attributable
    # to common stockholders" line as net_income (extractors.tables).
    Metric(
        "net_income_common", "USD",
        "net income (loss) applicable to common shareholders (after preferred dividends)",
        concepts=("NetIncomeLossAvailableToCommonStockholdersBasic",), statement="income",
        sign_words=MONEY_LOSS, is_growth_base=True, quoted_as=("net_income",),
        labels=(Label(rf"{NI_CORE} {_COMMON_HOLDERS}"),), label_words=("net",),
        cues=(Cue(r"net\s+(?:income|earnings|loss|profit)\s+(?:applicable|available|"
                  r"attributable)\s+to\s+common\s+(?:share|stock)holders"),)),
    # "Net interest income (taxable-equivalent basis)" (U.S. Bancorp) keeps its aside and is
    # not read: it is the non-GAAP figure beside the GAAP line.
    Metric(
        "net_interest_income", "USD", "interest income less interest expense (banks)",
        concepts=("InterestIncomeExpenseNet",), statement="income", is_growth_base=True,
        labels=(Label(r"(?:total )?net interest income"),), label_words=("interest",),
        cues=(Cue(r"net\s+interest\s+income|\bNII\b"),)),
    Metric(
        "noninterest_income", "USD", "fee and other income besides interest (banks)",
        concepts=("NoninterestIncome",), statement="income", is_growth_base=True,
        labels=(Label(r"total non-?interest income", rank=3), Label(r"non-?interest income")),
        label_words=("interest",), cues=(Cue(r"non-?interest\s+income"),)),
    # A bank's total expenses (PNC's 2Q21 release: "Noninterest expense" 3,050 in its summary
    # and its income statement): what the efficiency ratio sets over revenue.
    Metric(
        "noninterest_expense", "USD", "total expenses besides interest and provisions (banks)",
        concepts=("NoninterestExpense",), statement="income", is_magnitude=True,
        is_growth_base=True,
        labels=(Label(r"total non-?interest expenses?", rank=3),
                Label(r"non-?interest expenses?")),
        label_words=("interest",), cues=(Cue(r"non-?interest\s+expenses?"),)),
    # Goldman Sachs's "Compensation and benefits"; not U.S. Bancorp's bare "Compensation",
    # which leaves out the "Employee benefits" line below it.
    Metric(
        "compensation_expense", "USD", "compensation and benefits (salaries, bonuses, benefits)",
        concepts=("LaborAndRelatedExpense",), statement="income", is_magnitude=True,
        is_growth_base=True,
        labels=(Label(r"(?:total )?(?:(?:employee )?compensation and (?:employee )?benefits|"
                      r"salaries(?:, wages)? and (?:employee )?benefits|personnel expenses?)"),),
        label_words=("compensation", "salaries", "personnel"),
        # not stock-based, equity or an executive's compensation (Twilio's "$32 million
        # noncash charge for stock-based compensation")
        cues=(Cue(r"compensation\s+and\s+(?:employee\s+)?benefits|(?<!based )(?<!stock )"
                  r"(?<!equity )compensation\s+(?:costs?|expenses?)|pay\s+costs|salar(?:y|ies)"
                  r"(?:\s+and\s+(?:employee\s+)?benefits|\s+(?:expenses?|costs?|bill))|"
                  r"personnel\s+(?:costs?|expenses?)|staff\s+costs"),)),
)
