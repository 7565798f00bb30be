"""Registry rows: banks' lines and the figure applicable to common shareholders."""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric, SectionLabel
from core.metric_words import CREDIT_LOSSES, MONEY_LOSS, NI_CORE, RECAPTURE

# Banks' earnings releases (Goldman Sachs, U.S. Bancorp, Wells Fargo, Q4 2021 EX-99.1).
_COMMON_HOLDERS = (r"(?:applicable|available|attributable) to (?:[\w ,.'&-]+ )?(?:common "
                   r"(?:share|stock)holders|common stock|ordinary shareholders)")
# what a part of the allowance is held for: a kind of loan, commitment or security, or a
# segment ("... on loans and leases", "... for unfunded commitments", "... in the consumer bank")
_ALLOWANCE_PART = (r"(?:[\w&'-]+\s+){0,4}?(?:loans?|leases?|commitments?|securities|exposures?|"
                   r"portfolios?|receivables|cards?|mortgages?|bank|banking|segment|unit|"
                   r"division|business(?:es)?|book)\b")
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
        # ("net interest revenue rose to $14.2 billion": some wires' word for the line, which the
        # revenue cue read as a part of revenue named "interest")
        cues=(Cue(r"net\s+interest\s+(?:income|revenues?)|\bNII\b"),)),
    # The same line on a taxable-equivalent basis (U.S. Bancorp's "Net interest income
    # (taxable-equivalent basis)" 3,150 beside its GAAP 3,123 in Q4 2021; Citizens' "Net
    # interest income - FTE"): a figure of its own, named only by the words of that basis
    # ("tax-equivalent NII"), so a GAAP figure never reads it nor it the GAAP line.
    Metric(
        "net_interest_income_fte", "USD",
        "net interest income on a (fully) taxable-equivalent basis (banks), as stated",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:total )?net interest income,? (?:\()?(?:on an? )?(?:fully )?"
                      r"(?:taxable|tax)[- ]equivalent(?: basis)?\)?(?: \(a\))?|"
                      r"(?:total )?net interest income (?:-|–|—|\()\s*fte\)?"),),
        label_words=("equivalent", "fte"),
        cues=(Cue(r"(?:(?:fully[- ])?(?:taxable|tax)[- ]equivalent|\bFTE)\s+(?:basis\s+)?"
                  r"(?:net\s+interest\s+income|NII\b)|(?:net\s+interest\s+income|\bNII)"
                  r"(?:\s+\(FTE\)|,?\s+(?:on\s+an?\s+)?(?:fully[- ])?(?:taxable|tax)[- ]"
                  r"equivalent\s+basis)"),)),
    # Total net revenue on the basis a bank's release sets beside the reported one: "managed"
    # (fully taxable-equivalent; a money-center bank's supplement: "Total net revenue" 30,349 under
    # "Managed Basis" beside 29,257 under "Reported Basis", and "Total net revenue - managed" in
    # its reconciliation). Its own figure, read only where the words of that basis name it;
    # an article's "revenue" may be either line (quoted_as): supported by one, drifted only
    # when it matches neither.
    Metric(
        "revenue_fte", "USD",
        "total net revenue on a managed or (fully) taxable-equivalent basis (banks), as stated",
        statement="kpi", is_growth_base=True, quoted_as=("revenue",),
        labels=(Label(r"total net revenues?(?: ?(?:-|,) ?| \(|,? on an? )(?:managed(?: basis)?|"
                      r"(?:fully )?(?:taxable|tax)[- ]equivalent(?: basis)?|fte)\)?"),),
        section_labels=(SectionLabel(("total net revenue", "total net revenues"),
                                     r"managed basis"),),
        label_words=("managed", "equivalent", "fte")),
    Metric(
        "noninterest_income", "USD", "fee and other income besides interest (banks)",
        concepts=("NoninterestIncome",), statement="income", is_growth_base=True,
        # an investment bank's release totals "non-interest revenues" (the line's own word
        # for it, which its articles quote: "noninterest revenue jumped 33% to $X")
        labels=(Label(r"total non-?interest (?:income|revenues?)", rank=3),
                Label(r"non-?interest (?:income|revenues?)")),
        label_words=("interest",),
        # ("Non-interest revenue increased 3% to $594 million": a blog's paraphrase of a note on
        # a regional bank's quarter, and a money-center bank's own word for the line; the
        # revenue cue read it as a part of revenue named "Non-interest")
        cues=(Cue(r"non-?interest\s+(?:income|revenues?)"),)),
    # A bank's total expenses (PNC's 2Q21 release: "Noninterest expense" 3,050 in its summary
    # and its income statement): what the efficiency ratio sets over revenue.
    Metric(
        "noninterest_expense", "USD", "total expenses besides interest and provisions (banks)",
        concepts=("NoninterestExpense",), statement="income", is_magnitude=True,
        is_growth_base=True,
        labels=(Label(r"total non-?interest expenses?", rank=3),
                Label(r"non-?interest expenses?")),
        label_words=("interest",), cues=(Cue(r"non-?interest\s+expenses?"),),
        quoted_as=("total_expenses",)),
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
                  # ("set aside $3.25bn to cover pay and benefits": a UK rewrite of a wire story
                  # on an investment bank's quarter)
                  r"(?<!equity )compensation\s+(?:costs?|expenses?)|pay\s+(?:costs|and\s+"
                  r"benefits)|salar(?:y|ies)"
                  r"(?:\s+and\s+(?:employee\s+)?benefits|\s+(?:expenses?|costs?|bill))|"
                  r"personnel\s+(?:costs?|expenses?)|staff\s+costs"),)),
    # The expense that sets the allowance for credit losses (PNC's Q4 2020 release: "Provision
    # for (recapture of) credit losses" (254) / 52 / 221 in its highlights; U.S. Bancorp's,
    # Citizens', JPMorgan's "Provision for credit losses"): negative when the bank releases
    # reserves, so an article's "recaptured $120 million" or "a benefit" is the negative figure.
    # Only its own line: a reserve release is not the provision (net charge-offs stand between).
    Metric(
        "provision_for_credit_losses", "USD",
        "provision for (recapture of) credit losses, the expense that builds the allowance (banks)",
        concepts=("ProvisionForLoanLeaseAndOtherLosses", "ProvisionForLoanAndLeaseLosses"),
        statement="income", is_growth_base=True, sign_words=RECAPTURE,
        labels=(Label(rf"provision (?:\(benefit\) )?for (?:\((?:recapture of|benefit from|"
                      rf"reversal of)\) )?{CREDIT_LOSSES}"),), label_words=("provision",),
        # "provisioned $52 million for credit losses": the bare "for credit losses" only right
        # after the figure; "recaptured" only right before it
        cues=(Cue(rf"(?:credit|loan)[- ]loss\s+provisions?|provision(?:s|ed)?\s+(?:\w+\s+)?"
                  rf"for\s+{CREDIT_LOSSES}|^\s+for\s+{CREDIT_LOSSES}|"
                  r"recaptur(?:ed|es|e|ing)(?=\s*$)"),)),
    # The allowance itself on the period's last day (U.S. Bancorp's "Total allowance for
    # credit losses" $6,155 at 12/31/2021 beside $8,010 a year earlier; Citizens' "Allowance
    # for credit losses" $1,934 in its key data): a trade paper's "a total allowance for credit
    # losses of $6.16 billion". Never the narrower allowance for loan losses or "... for loans".
    Metric(
        "allowance_for_credit_losses", "USD",
        "the allowance for credit losses at the period's end, a balance (banks)",
        statement="kpi", is_balance=True,
        labels=(Label(r"total allowance for credit losses", rank=3),
                Label(r"allowance for credit losses")),
        label_words=("allowance for credit losses",),
        # ("the allowance for credit losses on loans and leases was $4.87 billion", "... for
        # unfunded commitments", "... attributable to commercial loans", "... in the corporate
        # and investment bank": a trade paper's part of the allowance, which the total would
        # call drifted) never with a part named after it ("for the firm" is the total)
        cues=(Cue(r"(?:allowance\s+for\s+credit\s+losses|\bACL\b)(?!\s+(?:attributable|"
                  r"related|relating|associated|allocated|tied|against|held\s+against)\b|"
                  rf"\s+(?:on|for|in)\s+(?:its\s+|the\s+)?{_ALLOWANCE_PART})", ("USD",)),)),
    # The loans a bank wrote off in the period, less recoveries, in dollars (a bank's quarterly
    # supplement: "Total net charge-offs" (146) under its loan categories' net charge-offs): a
    # wire story's net loan charge-offs "of $X million". Only the total's own label: a
    # segment's "Net charge-offs - loans and leases" is a part; never the ratio to loans
    # (net_charge_off_ratio), which a percent beside the same words names.
    Metric(
        "net_charge_offs", "USD", "net charge-offs of loans in the period, in dollars (banks)",
        statement="kpi", is_magnitude=True,
        labels=(Label(r"total net charge-offs"),), label_words=("charge-off",),
        cues=(Cue(r"net\s+(?:loan\s+)?charge-?offs?(?!\s+(?:ratio|rate|to)\b)", ("USD",)),)),
    # The allowance as a share of the loans on the period's last day (PNC's "Allowance for credit
    # losses to total loans" 2.46% / 2.58% at 12/31/2020 and 9/30/2020; Citizens' "... to loans
    # and leases"; U.S. Bancorp's "... as a percentage of Period-end loans"). Not the
    # narrower allowance for loan and lease losses to loans, printed beside it.
    Metric(
        "allowance_to_loans", "percent",
        "allowance for credit losses as a percentage of total loans at the period's end (banks)",
        statement="kpi", is_point=True,
        labels=(Label(r"allowance for credit losses (?:to|as a percentage of) (?:total |period-"
                      r"end )?loans(?: and leases)?(?: \(gaap\))?"),),
        label_words=("allowance for credit losses",),
        cues=(Cue(r"allowance\s+for\s+credit\s+losses|\bACL\b"),)),
)
