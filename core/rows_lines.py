"""Registry rows: the income statement's other lines an article names on their own (selling,
general and administrative expense and its ratio to revenue, a crypto miner's impairment of
digital assets, other income, income before taxes, income tax expense, comprehensive income,
diluted EPS from continuing operations)
and the words that name a
line no filing here states (interest income, a rate per unit). A figure these words name is that
line's, never revenue's or net income's: "Other income increased by 19% to $123 million" (a
summary of a railroad's 10-Q) read as revenue and drifted; so did "sales per retail square foot
declined 2.3% to $684.65" (a home-improvement retailer's quarter). SG&A is read from the income
statement too (filings before inline XBRL: a building-materials maker's "Selling, administrative
and general expenses"), and so are income before income taxes (its "Loss from continuing
operations before income taxes"), the income tax expense (signed by the lines around it,
``is_between``) and the impairment of digital assets (from its label only); the others from the
filer's tags only. Income before taxes and the tax are read but are no cue that a table is a
statement (``is_statement_line``): a tax note prints them beside its "Net income"."""

from __future__ import annotations

from core.metric_model import Cue, Derivation, Label, Metric
from core.metric_words import MONEY_LOSS

# "SG&A", "selling, general and administrative expenses", "selling, general, and
# administrative", "selling, administrative and general" (a building-materials maker's "SAG")
_SGA = (r"\bSG\s?&\s?A\b|\bSGA\b|\bSAG\b|\bselling,?\s+general,?\s+(?:and|&)\s+administrative\b|"
        r"\bselling,?\s+administrative,?\s+(?:and|&)\s+general\b")
# the words that make it the rate: "SG&A rate", "SG&A as a percentage of net sales"
_SGA_RATE = (rf"(?:{_SGA})(?:\s+(?:expenses?|costs?))?(?:\s+(?:rate|ratio|leverage|as\s+a\s+"
             r"(?:percentage|percent|%)\s+of\s+(?:net\s+|total\s+)?(?:sales|revenues?)))?")

# an income tax line's words for its side, as printed: "expense", "(benefit)", "provision"
_TAX_SIDE = r"\(?(?:expense|provision|benefit)\)?"

# The lines a filer may print apart with their sum beneath them on a row of no label (a
# retailer's "Selling" and "General and administrative" over a bare 85,588): that row is the
# line named here, read as if so labelled (extractors.table_subtotals); never a sum the filer
# does not print
SUMMED_LINES: tuple[tuple[tuple[str, ...], str], ...] = (
    ((r"selling(?:\s+expenses?)?", r"general,?\s+(?:and|&)\s+administrative(?:\s+expenses?)?"),
     "Selling, general and administrative expenses"),
)

# The words of a period an article sets before a line's name ("fourth-quarter expenses",
# "full-year expenses", "2021 expenses"): they say when, and leave the name bare.
_PERIOD_WORD = (r"(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter|[1-4]Q|Q[1-4]|"
                r"quarterly|annual|yearly|full[- ]year|(?:fiscal\s+)?(?:19|20)\d\d")
ROWS: tuple[Metric, ...] = (
    # Diluted EPS from continuing operations, before discontinued operations: a release's
    # "earnings from continuing operations of $X per diluted share" (a broadcaster's fourth
    # quarter, whose 10-K's table of quarters prints only the total EPS, six cents apart: read
    # as the total, it drifted). Compared only with the line itself where a filing tags it,
    # else unverifiable; never with the total EPS, which counts the discontinued operations.
    # (Its cue names the line in full; the EPS rows' cues, read before, never end on its words.)
    Metric(
        "eps_diluted_continuing_operations", "USD/share",
        "diluted earnings (loss) per share from continuing operations",
        concepts=("IncomeLossFromContinuingOperationsPerDilutedShare",), sign_words=MONEY_LOSS,
        is_growth_base=True,
        cues=(Cue(r"\b(?:earnings|income|loss|EPS|profits?)\s+(?:per\s+(?:diluted\s+)?"
                  r"(?:common\s+)?share\s+)?from\s+continuing\s+operations\b"),)),
    Metric(
        "selling_general_administrative", "USD",
        "selling, general and administrative expenses (SG&A), as the filer tags them",
        concepts=("SellingGeneralAndAdministrativeExpense",), is_magnitude=True,
        is_growth_base=True, statement="income",
        labels=(Label(r"(?:total )?selling, general,? and administrative(?: expenses?)?|"
                      r"selling, administrative,? and general(?: expenses?)?"),),
        label_words=("selling, general", "selling, administrative"),
        cues=(Cue(_SGA, ("USD",)),)),
    # The operating expense lines besides SG&A ("sales and marketing expenses were $400
    # million"): lines of their own, read from the filer's tags and from the income statement's
    # line of that name only (a bare "Marketing" or "Selling" is a part, "Selling, general and
    # administrative" the SG&A line). No cue that a table is a statement: a stock-based
    # compensation note spreads its expense over the same lines. (Research and development is
    # the registry tests' example of a row added for one block, tests/test_registry*.py: no
    # row here; its words name a line of its own, core.metric_words.LINE_NAMES.)
    Metric(
        "selling_and_marketing", "USD", "sales and marketing (selling and marketing) expenses, "
        "as tagged",
        concepts=("SellingAndMarketingExpense",), is_magnitude=True, is_growth_base=True,
        statement="income", is_statement_line=False,
        labels=(Label(r"(?:total )?(?:sales|selling) (?:and|&) marketing(?: expenses?)?|"
                      r"marketing (?:and|&) sales(?: expenses?)?"),),
        # (no "marketing": a keyword holding a "k" folds apart in bytes and str, table_filters)
        label_words=("sales and", "selling and", "sales &", "selling &", "and sales", "& sales"),
        cues=(Cue(r"\b(?:sales|selling)\s+(?:and|&)\s+marketing\b|\bS\s?&\s?M\b", ("USD",)),)),
    Metric(
        "general_and_administrative", "USD", "general and administrative expenses, as tagged",
        concepts=("GeneralAndAdministrativeExpense",), is_magnitude=True, is_growth_base=True,
        statement="income", is_statement_line=False,
        labels=(Label(r"(?:total )?general,? (?:and|&) administrative(?: expenses?)?"),),
        label_words=("general",),
        cues=(Cue(r"(?<!selling,\s)(?<!selling\s)(?<!selling,\s\s)\bgeneral,?\s+(?:and|&)\s+"
                  r"administrative\b|\bG\s?&\s?A\b", ("USD",)),)),
    # "SG&A expenses were $1.324 billion, or 25.1% of net sales" (a copy of a game retailer's
    # annual release): the expense over revenue, recomputed as gross margin is
    Metric(
        "sga_ratio", "percent", "selling, general and administrative expenses as a percentage "
        "of revenue", is_stored=False, lower_is_better=True,
        cues=(Cue(_SGA_RATE, ("percent",)),),
        derivation=Derivation("ratio", (("selling_general_administrative",), ("revenue",)),
                              "SG&A / revenue")),
    # Income before income taxes: "income before income taxes" ends where "income taxes" does
    # and is the longer cue, so it wins that tie with the tax expense
    Metric(
        "pretax_income", "USD", "income (loss) before income taxes",
        concepts=("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItems"
                  "NoncontrollingInterest",
                  "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncome"
                  "LossFromEquityMethodInvestments"),
        sign_words=MONEY_LOSS, is_growth_base=True, statement="income", is_statement_line=False,
        labels=(Label(r"(?:total )?(?:income|earnings|loss|\(loss\) income|income \(loss\)|"
                      r"earnings \(loss\)|\(loss\) earnings|loss \(income\)|profit|"
                      r"\(loss\) profit|profit \(loss\))"
                      r"(?: from continuing operations)? before (?:provision for |\(?benefit "
                      r"from\)? )?(?:income )?tax(?:es)?(?: expense| provision)?"),),
        label_words=(" before income tax", " before tax", " before provision"),
        cues=(Cue(r"\b(?:income|earnings|profits?|loss)\s+(?:from\s+continuing\s+operations\s+)?"
                  r"before\s+(?:provision\s+for\s+)?(?:income\s+)?tax(?:es)?\b|"
                  r"\bpre-?tax\s+(?:income|earnings|profits?|loss)\b", ("USD",)),)),
    # "Income tax expense decreased 14% to $437 million"; a benefit is the negative figure.
    # Read from the tag and from the income statement's line between the income before taxes
    # and the income after them, signed by that difference (``is_between``: "Provision for
    # (benefit from) income taxes (23)" and "Income tax expense (1,502)" are a benefit and an
    # expense); no cue that a table is a statement (a tax note prints it beside "Net income")
    Metric(
        "income_tax_expense", "USD", "income tax expense (benefit) for the period",
        concepts=("IncomeTaxExpenseBenefit",), is_growth_base=True,
        statement="income", is_statement_line=False, is_between=True,
        labels=(Label(rf"(?:total )?income tax(?:es)?(?: {_TAX_SIDE}(?: ?/ ?{_TAX_SIDE}|"
                      rf" {_TAX_SIDE})?)?(?:, net)?|(?:total )?{_TAX_SIDE}(?: {_TAX_SIDE})? "
                      r"(?:for|from) (?:\((?:benefit from|provision for)\) )?(?:income )?"
                      r"tax(?:es)?"),),
        label_words=("income tax", " for taxes"),
        sign_words=r"\btax\s+benefit",
        # (never "pre-tax expenses", "a tax benefit" or "a tax charge", which are items of a
        # total, nor "income before income taxes" or "net of income taxes")
        cues=(Cue(r"(?<!deferred )(?<!deferred income )(?<!-)\b(?:income\s+)?tax\s+(?:expense|"
                  r"provision|bill)s?\b|\bprovision\s+for\s+income\s+tax(?:es)?\b|"
                  r"(?<!before )(?<!deferred )(?<!net of )(?<!after )(?<!excluding )"
                  r"\bincome\s+tax(?:es)?\b(?!\s+(?:rates?|payable|receivable|paid|refunds?|"
                  r"benefits?|credits?|charges?)\b)", ("USD",)),)),
    # "Other income, net" (a railroad's income statement, tagged OtherNonoperatingIncomeExpense);
    # "other expense" is the negative figure
    Metric(
        "other_income", "USD", "other income (expense), net: the nonoperating line as tagged",
        concepts=("OtherNonoperatingIncomeExpense",), is_growth_base=True,
        sign_words=r"\bother\s+(?:non-?operating\s+)?expense",
        cues=(Cue(r"\bother\s+(?:non-?operating\s+)?(?:income|expense)s?(?:\s*\((?:income|"
                  r"expense)\))?(?:,?\s+net)?\b|\bnon-?operating\s+(?:income|expense)s?\b",
                  ("USD",)),)),
    # Impairment of digital assets: a crypto miner's income-statement line ("Impairment of
    # digital assets 8,363"; a miner's Q2 2023 10-Q tags it with the long-lived assets concept,
    # which other filers use for other assets, so it is read from the statement's label only).
    # "lower impairment in the carrying value of digital assets of $8.4 million"
    Metric(
        "digital_asset_impairment", "USD", "impairment of digital assets (crypto assets) "
        "charged in the period", is_magnitude=True, is_growth_base=True, statement="income",
        labels=(Label(r"impairment (?:of|on) digital (?:assets|currencies)"),),
        label_words=("impairment of digital", "impairment on digital"),
        cues=(Cue(r"\bimpairments?\s+(?:(?:of|on|in)\s+(?:the\s+carrying\s+value\s+of\s+)?)"
                  r"(?:its\s+)?digital\s+(?:assets|currenc(?:y|ies))\b|\bdigital\s+assets?\s+"
                  r"impairments?\b", ("USD",)),)),
    # Comprehensive income: net income with the other comprehensive income added ("reported a
    # comprehensive income of $X for 2024", a machine summary of a railroad's 10-K; its
    # "income" was read as another line's). The filer's tag for its own holders' figure; an
    # article's may be the total with noncontrolling interests, so a miss never drifts on this
    # line alone. Never "other comprehensive income" nor its accumulated balance.
    Metric(
        "comprehensive_income", "USD",
        "comprehensive income attributable to the company: net income plus other comprehensive "
        "income", concepts=("ComprehensiveIncomeNetOfTax",), sign_words=MONEY_LOSS,
        is_growth_base=True, drifts_alone=False,
        cues=(Cue(r"(?<!other )(?<!other\s\s)\b(?:total\s+)?comprehensive\s+(?:income|"
                  r"loss|earnings)\b", ("USD",)),)),
    # A bare "expenses" or "total expenses" ("Expenses, which came in at $X in 2020, were cut to
    # $Y in 2021", a stock-note site on a bank's year): no one line. A bank's is its
    # noninterest expense, another filer's its operating expenses; the rows naming this one in
    # ``quoted_as`` bear it out, and with no line of its own a figure none of them states is
    # unverifiable, never drifted. Only the words alone at the head of a clause, or "total":
    # "operating expenses", "R&D expenses", "cut expenses", "expenses related to the early
    # retirement of debt" are other lines, items or objects.
    Metric(
        "total_expenses", "USD", "a company's expenses as an article names them bare (no one "
        "line: a bank's noninterest expense, another filer's operating expenses)",
        is_stored=False, is_magnitude=True, is_growth_base=True,
        # ("an 11 percent jump in fourth-quarter expenses": a wire story on a bank's quarter;
        # a period's word before them names when, never which line)
        cues=(Cue(r"\btotal\s+expenses\b|(?:(?<![\w&/,-] )(?<![\w&/-])|"
                  rf"\b(?:{_PERIOD_WORD})\s+)\bexpenses\b(?!\s+(?:related|"
                  r"associated|tied|linked|attributable|in\s+connection)\b)", ("USD",)),)),
    # Interest income: a line besides revenue (a company's interest on its cash), never the
    # revenue or net income a cue further off names. No row reads it: always unverifiable.
    Metric(
        "interest_income", "USD", "interest income (as the article names it)", is_stored=False,
        cues=(Cue(r"(?<!net )(?<!non)(?<!non-)(?<!non )\binterest\s+(?:and\s+(?:dividend|"
                  r"other)\s+)?income\b", ("USD",)),)),
    # Net interest expense: interest expense less interest income, as an article words it
    # ("net interest expense came to $428 million", a story on a home-improvement retailer's
    # quarter whose statement prints "Interest expense" 469 and "Interest income and other"
    # apart: read as the gross line, it drifted). The filer's own "Interest expense, net" is
    # the interest expense line and bears it out (``quoted_as`` there); a gross line alone
    # proves a different figure nothing, so with no line of its own a miss is unverifiable.
    # Its words end after the plain line's, so they win the tie.
    Metric(
        "net_interest_expense", "USD", "interest expense net of interest income, as the "
        "article names it", is_stored=False, is_magnitude=True, is_growth_base=True,
        cues=(Cue(r"\bnet\s+interest\s+expenses?\b|\binterest\s+expenses?,?\s+net\b",
                  ("USD",)),)),
    # Interest expense on one kind of borrowing ("interest expense on deposits was $75
    # million", a bank's release printing deposits, borrowings and debt above its total
    # interest expense; read as the total, it drifted): no row reads it, always unverifiable,
    # and never borne out by the total (the total's figure said of deposits is not theirs)
    Metric(
        "interest_expense_component", "USD", "interest expense on one kind of borrowing "
        "(deposits, a debt), as the article names it", is_stored=False, is_magnitude=True,
        is_growth_base=True,
        cues=(Cue(r"\binterest\s+expenses?\s+(?:on|from|for)\s+(?:(?:its|the|our|their)\s+)?"
                  r"(?:[\w-]+\s+){0,2}?(?:deposits?|borrowings?|debt|notes|loans|bonds|"
                  r"debentures|leases|advances|securities|funds|facilit(?:y|ies))\b",
                  ("USD",)),)),
)

# Money per unit of something: "sales per retail square foot", "revenue per available room",
# "average revenue per user", "per ton", "per carload". Such a figure is a rate, never the
# line itself; a rate a filing states has its own row (core/rows_kpi.py: the average ticket,
# sales per retail square foot), else it names only (always unverifiable). Listed last, so that
# a row of its own wins a tie of the very same words.
_PER_UNIT = (r"\bper\s+(?:retail\s+|available\s+|average\s+|paying\s+|active\s+|occupied\s+)?"
             r"(?:square\s+(?:foot|feet|meters?)|sq\.?\s*ft\.?|rooms?|units?|tons?|tonnes?|"
             r"carloads?|cars?|customers?|subscribers?|members?|memberships?|users?|accounts?|"
             r"employees?|heads?|transactions?|visits?|orders?|stores?|locations?|days?|"
             r"barrels?|boe|mcf|mwh|kwh|gallons?|miles?|passengers?|seats?|vehicles?|homes?|"
             r"ounces?|oz|pounds?|lbs?|shipments?|packages?|pieces?)\b|"
             r"\b(?:ARPU|ARPA|ARPM|ARPPU|RevPAR|ADR)\b|"
             r"\baverage\s+(?:check|order\s+value|transaction\s+(?:value|size|amount)|daily\s+"
             r"rate|(?:monthly\s+)?revenue\s+per)\b")
PER_UNIT_ROWS: tuple[Metric, ...] = (
    Metric(
        "rate_per_unit", "USD", "money per unit of something (per square foot, per user, per "
        "ton), as the article names it", is_stored=False,
        cues=(Cue(_PER_UNIT, ("USD",)),)),
)

ROWS += (
    # Earnings per share as a release's sentence states it without saying basic or diluted
    # ("earnings of $X billion, or $Y a share": a utility's prose-only annual results, whose
    # basic and diluted figures may differ by cents). Read from release prose only
    # (extractors.release_prose); an article's "a share" (eps_diluted) may be it: supported by
    # it, never drifted from it alone (quoted_as, drifts_alone).
    Metric(
        "eps_stated", "USD/share",
        "earnings (loss) per share as a release's words state it, basic or diluted unsaid",
        sign_words=MONEY_LOSS, quoted_as=("eps_diluted",), drifts_alone=False),
)
