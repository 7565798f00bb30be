"""Registry rows: counts and operating metrics a filing states in its key-metrics tables."""

from __future__ import annotations

from core.metric_model import Cue, Derivation, Label, Metric, SectionLabel
from core.rows_bank_ratios import EFFICIENCY_RATIOS
from core.rows_counts import EMPLOYEE_NOUNS, HEADCOUNT_FLOW_VERBS, STORE_FLOW_NOUNS

# The counts a sentence states on a day it names, each with the nouns that name what it
# counts (extractors.count_prose reads these only: the others come from tables, with their
# periods). An article's count of one of them is that row's only where the noun right after
# its figure is one of these (pipeline.verify.count_scope): "owned 12,538 bitcoin", never
# "owned 31 warehouses".
PROSE_COUNTS: dict[str, str] = {
    "customers": r"customers",
    "bitcoin_held": r"bitcoins?|BTC",
    "mining_rigs": r"(?:mining\s+)?rigs|miners",
    # ("we had approximately 217,000 active employees": a bank's 10-K counts its whole
    # headcount so; "active" parts no one off, as "full-time" would)
    "employees": rf"(?:active\s+)?(?:{EMPLOYEE_NOUNS})",
}
# The nouns an article's count of each row is named by, right after its figure (or, a metrics
# line's, right before it): those of the counts above and of bitcoin produced.
COUNTED_NOUNS: dict[str, str] = {**PROSE_COUNTS, "bitcoin_produced": r"bitcoins?|BTC",
                                  **STORE_FLOW_NOUNS}
# A count named by a coin's noun is the coin held or produced as the verb before it says
# ("owned 12,538 bitcoin", "produced 2,926 BTC"); with neither verb it is neither.
BITCOIN_NOUN = r"bitcoins?|BTC"
BITCOIN_VERBS: tuple[tuple[str, str], ...] = (
    # (a headline's present tense too: "<Miner> mines record 2,926 bitcoins")
    (r"\b(?:produc\w*|mine[sd]|mining\s+output|output)\b", "bitcoin_produced"),
    (r"\b(?:owned|owns|own|held|holds|holding|holdings)\b", "bitcoin_held"),
)
# What makes a count of these rows one over a period (mined, sold, bought, installed), not the
# count held at its end: such a figure is no claim on the count held.
COUNT_FLOW_VERBS = (r"\b(?:produc\w*|min(?:e[sd]|ing\s+output)|output|sold|sell\w*|sales?|"
                    r"purchas\w*|bought|acquir\w*|deploy\w*|install\w*|energiz\w*|order\w*|"
                    r"ship\w*|deliver\w*|add\w*|earn\w*|generat\w*|per\s+day)\b|"
                    + HEADCOUNT_FLOW_VERBS)

# Counts and operating metrics a filing states in its key-metrics tables (statement "kpi", read by
# ``extractors.tables`` from any table whose rows name them, beside whatever else the table is):
# Netflix's 10-K "Paid memberships at end of period", Twilio's "Number of Active Customer
# Accounts" and "Dollar-Based Net Expansion Rate", GoPro's "Camera units shipped". A count at
# the end of a period is a point (``is_point``, ``is_balance``): the column's period ends on its
# day. Counts are printed in full or under the table's count scale ("(in thousands, except
# revenue per membership ...)" scales them; "(In thousands, except ... customer data)" and
# "(dollars in thousands)" do not: ``extractors.kpi``).
ROWS: tuple[Metric, ...] = (
    Metric(
        "paid_memberships", "count", "paid memberships (subscribers) at the end of the period",
        statement="kpi", is_balance=True, is_growth_base=True,
        labels=(Label(r"(?:total )?paid (?:streaming )?(?:memberships|members|subscribers|"
                      r"subscriptions)(?: at end of (?:the )?(?:period|year|quarter))?"),),
        # (not "paid" alone: every cash-flow statement's "cash paid" would be tried as one)
        label_words=("paid member", "paid subscri", "paid streaming"),
        # "paid membership base", "its subscriber base", "41 million subscribers" (not bare
        # "members": board and team members are counted too)
        cues=(Cue(r"\bpaid\s+(?:streaming\s+)?(?:members(?:hips?)?|subscribers|subscriptions)\b|"
                  r"\b(?:membership|subscriber)\s+(?:base|count)\b|\bsubscribers\b"),)),
    Metric(
        "active_customer_accounts", "count", "active customer accounts at the end of the period",
        statement="kpi", is_balance=True, is_growth_base=True,
        labels=(Label(r"(?:number of )?active customer accounts"
                      r"(?: \(as of (?:the )?end (?:date )?of (?:the )?period\))?"),),
        label_words=("active customer",),
        # "the client roll grew 31%", "its customer base": the words for the count of customers
        cues=(Cue(r"\bactive\s+customer(?:\s+accounts?|s)?\b|\bcustomer\s+accounts\b|"
                  r"\b(?:customer|client)\s+(?:base|roll|rolls|roster|count)\b"),)),
    # A company's customers at a period's end, as it counts them, stated in prose (a SaaS
    # 10-Q: "As of <date>, we had ... N Customers", read by
    # extractors.count_prose). Not "new customers" (a change), not "active customers" (the row
    # above), not customers a share of revenue is of ("10 customers accounted for 40%").
    Metric(
        "customers", "count", "customers at the end of the period, as the filer counts them",
        statement="kpi", is_balance=True, is_growth_base=True,
        cues=(Cue(r"(?<!new\s)(?<!active\s)(?<!top\s)(?<!largest\s)\bcustomers\b"
                  r"(?!\s+(?:that\s+|who\s+|which\s+)?(?:each\s+|together\s+)?"
                  r"(?:accounted|represent|comprised|made\s+up|contributed))"),)),
    # A bitcoin miner's bitcoin on hand and rigs in operation at a period's end (a miner's
    # 10-Q: "As of <date>, the Company had nearly N mining rigs in operation and owned M
    # bitcoin", read by extractors.count_prose). An article
    # names the holding by its verb ("owned M bitcoin"), the rigs by their noun.
    Metric(
        "bitcoin_held", "count", "bitcoin held at the end of the period (whole coins)",
        statement="kpi", is_balance=True,
        # (the verbs that name the holding, "owned 12,538 bitcoin", are no cue: "owned 31
        # warehouses" is a count of stores; pipeline.verify.count_scope reads them after the
        # coin's noun, by BITCOIN_VERBS)
        cues=(Cue(r"\bbitcoin\s+holdings?\b"),)),
    Metric(
        "mining_rigs", "count", "mining rigs (miners) in operation at the end of the period",
        statement="kpi", is_balance=True,
        cues=(Cue(r"\b(?:mining\s+)?rigs\b|\bminers\b"),)),
    # The bitcoin a miner produced over the period (a miner's 10-Q, its
    # supplemental line "bitcoin ("BTC") production during the period, in whole BTC": N).
    # Stated for both periods, so "a 314% increase in bitcoin production" is recomputed.
    Metric(
        "bitcoin_produced", "count", "bitcoin produced (mined) in the period (whole coins)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:number of )?(?:bitcoin|btc)(?: \((?:“|\")?btc(?:”|\")?\))? "
                      r"(?:production|produced|mined)(?: during the period)?"
                      r"(?:,? in whole btc)?"),),
        label_words=("production", "produced", "mined"),
        # ("bitcoin production": the coin's name is the row's, no part of it)
        cues=(Cue(r"\b(?:(?:bitcoin|BTC)\s+)?(?:produced|mined|production(?:\s+of)?|"
                  r"mining\s+output(?:\s+of)?)\b"),)),
    # "added 3,100 active customers in the fourth quarter": the change of a count stated at
    # each period's end, read by pipeline.verify.count_changes (the verb before the figure and
    # the count's own cue after it) and recomputed as the count at the period's end less the
    # count the day before the period began (Twilio's 10-K: 64,286 - 61,153 = 3,133).
    Metric(
        "count_change", "count", "net additions of a count over a period (end less start)",
        is_stored=False,
        derivation=Derivation("net_change", (("paid_memberships", "active_customer_accounts",
                                               "customers"),),
                              "the count at the period's end - the count the day before it "
                              "began")),
    # What a retailer or restaurant chain operates at a period's end: Costco's 10-K "At August
    # 28, 2022, we operated 838 membership warehouses:" above a table of them by region
    # (extractors.count_parts reads the company's count and each region's; no table row label
    # names it, as "Stores" heads many a table of square footage or openings).
    Metric(
        "stores", "count", "stores (warehouses, restaurants, clubs) operated at the period's end",
        statement="kpi", is_balance=True, is_growth_base=True, entity="segment",
        cues=(Cue(r"(?<!new )\b(?:warehouses|stores|restaurants|clubs)\b"),)),
    # A homebuilder's homes delivered and net new orders over a period (Standard Pacific's
    # FY2011 10-K: "Consolidated total" under "New homes delivered:" and "Net new orders (2):",
    # its regions above it), as the filer counts them.
    Metric(
        "homes_delivered", "count", "new homes delivered (closed) in the period (homebuilders)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:total )?(?:new )?homes delivered"),),
        # (not a bare "Total": "Total (including joint ventures)" is more than the company's)
        section_labels=(SectionLabel(("consolidated total",), r"(?:new )?homes delivered:?"),),
        label_words=("homes delivered", "consolidated total"),
        cues=(Cue(r"\b(?:new\s+)?home\s+deliveries\b|\bhomes\s+delivered\b"),)),
    Metric(
        "net_new_orders", "count", "net new home orders in the period, less cancellations "
        "(homebuilders)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:total )?net new (?:home )?orders"),),
        section_labels=(SectionLabel(("consolidated total",), r"net new (?:home )?orders:?"),),
        label_words=("net new orders", "consolidated total"),
        cues=(Cue(r"\bnet\s+new\s+(?:home\s+)?orders\b"),)),
    # The average price of the homes a homebuilder delivered in the period (Standard Pacific's
    # FY2011 10-K: "Consolidated total" 349, in thousands of dollars, under "Average selling
    # prices of homes delivered:", its regions above it). Not of orders or backlog.
    Metric(
        "average_selling_price", "USD",
        "average selling price of the homes delivered in the period (homebuilders)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"average selling prices? of homes delivered"),),
        section_labels=(SectionLabel(("consolidated total",),
                                     r"average selling prices? of homes delivered:?"),),
        label_words=("average selling", "consolidated total"),
        cues=(Cue(r"\baverage\s+(?:home\s+)?(?:selling|sales)\s+prices?\b"),)),
    Metric(
        "units_shipped", "count", "units of the company's products shipped in the period",
        statement="kpi", is_growth_base=True, entity="segment",
        labels=(Label(r"(?:total )?(?:camera |product |device |vehicle )?units shipped"),),
        label_words=("units shipped",),
        cues=(Cue(r"\bunits\s+shipped\b|\bshipped\b(?=[^.;]{0,40}\bunits\b)|"
                  r"\b(?:camera|device|product)\s+units\b"),)),
    # Software companies' revenue from last year's customers this year over last year's, as the
    # filer computes it (Twilio's 10-K: 140% for 2018, 147% for its fourth quarter).
    Metric(
        "net_expansion_rate", "percent",
        "dollar-based net expansion (retention) rate, as the filer computes it",
        statement="kpi",
        labels=(Label(r"dollar-based net (?:expansion|retention) rate"),),
        label_words=("net expansion", "net retention"),
        cues=(Cue(r"(?:dollar-based\s+)?net\s+(?:expansion|retention)\s+rate"),)),
    # A railroad's volume: Union Pacific's "Revenue carloads" table (thousands), its commodity
    # groups as rows and the company's "Total" under the table's title (the 10-Q's first row,
    # the 10-K's header "Revenue Carloads Thousands"). Articles say "volume" for it. Its
    # commodity groups are parts (entity "segment"), read by extractors.segment_tables where
    # they add up to the company's total.
    Metric(
        "carloads", "count", "revenue carloads moved in the period (railroads)",
        statement="kpi", is_growth_base=True, entity="segment",
        labels=(Label(r"(?:total )?revenue carloads"),),
        section_labels=(SectionLabel(("total",), r"(?:revenue )?carloads(?: thousands)?"),),
        label_words=("carloads",),
        cues=(Cue(r"\b(?:revenue\s+)?carloads\b|\b(?:traffic\s+|total\s+)?volumes?\b"),)),
    # Banks' stated rate and average balances (U.S. Bancorp's Q4 2021 release: "Net interest
    # margin (%)" 2.40 / 2.53 / 2.57, "Average total loans", "Average total deposits" in its
    # summary table; "Earning assets" under "Average balances" in its net-interest-income
    # table). An average is over the column's period, never a balance on its last day.
    Metric(
        "net_interest_margin", "percent",
        "net interest income as a percentage of average earning assets (banks), as stated",
        statement="kpi",
        # PNC's releases: "Net interest margin (non-GAAP)" (taxable-equivalent, as every bank
        # states it) in the summary, the same rate as its "Net interest margin (a)"
        labels=(Label(r"net interest margin(?: \((?:%|non-gaap)\))?"),
                # a money-center bank's supplement names it "Net yield on interest-earning
                # assets" (its average balance sheet), never a part's yield ("... excluding
                # Markets", "... on average Markets interest-earning assets")
                Label(r"net yield on (?:average )?interest-earning assets")),
        label_words=("net interest margin", "net yield"),
        cues=(Cue(r"net\s+interest\s+margins?|\bNIM\b"),)),
    Metric(
        "average_loans", "USD", "average total loans over the period (banks)",
        statement="kpi", is_growth_base=True,
        # PNC's "Average loans" (its loans table), Citizens' "Average loans (GAAP)"
        labels=(Label(r"average (?:total )?loans(?: and leases)?(?: \(gaap\))?"),),
        label_words=("average total", "average loans", "loans"),
        # "Total loans" under an "AVERAGE LOANS" title (the release's table of loan categories,
        # whose rows extractors.segment_tables reads as parts)
        section_labels=(SectionLabel(("total loans",), r"average loans(?: and leases)?"),
                        # "Loans" under "ASSETS" in a bank's average balance sheet (a bank's
                        # 4Q21 supplement): read only under a title of averages (extractors.kpi)
                        SectionLabel(("loans",), r"assets")),
        entity="segment",
        cues=(Cue(r"average\s+(?:total\s+)?loans(?:\s+and\s+leases)?"),)),
    Metric(
        "average_deposits", "USD", "average total deposits over the period (banks)",
        statement="kpi", is_growth_base=True,
        # PNC's "Average deposits" (its deposits table and highlights), Citizens' "Total
        # average deposits"
        labels=(Label(r"(?:total )?average (?:total )?deposits"),),
        label_words=("average total", "average deposits", "total average"),
        cues=(Cue(r"average\s+(?:total\s+)?deposits"),)),
    # Banks' stated ratios (PNC's 2Q21 release: "Efficiency" 65 and "Return on average assets"
    # 0.88 in its summary; "Efficiency (b)" 65% and "Average assets" 0.88% under "Return on:"
    # in its performance ratios), as the bank computes them.
    Metric(
        "efficiency_ratio", "percent",
        "noninterest expense as a percentage of revenue (banks), as stated",
        # where a release prints none, recomputed from its lines, support-only
        supported_by=EFFICIENCY_RATIOS,
        statement="kpi", labels=(Label(r"efficiency(?: ratio)?(?: \(%\))?"),),
        label_words=("efficiency",), cues=(Cue(r"efficiency\s+ratios?"),)),
    Metric(
        "return_on_average_assets", "percent",
        "net income as a percentage of average total assets (banks), as stated",
        statement="kpi", labels=(Label(r"return on (?:average )?(?:total )?assets(?: \(%\))?"),),
        section_labels=(SectionLabel(("average assets", "average total assets"),
                                     r"return on:?"),),
        label_words=("return on", "average assets"),
        cues=(Cue(r"return\s+on\s+(?:average\s+)?(?:total\s+)?assets|\bROAA?\b"),)),
    # A bank's loans and deposits at a period's end (PNC's 2Q21 release: "Total loans" and
    # "Total deposits" in its loans and deposits tables, "In billions", dated June 30, 2021,
    # March 31, 2021 and June 30, 2020): balances on the column's last day, never averages.
    Metric(
        "total_loans", "USD", "total loans outstanding at the period's end (banks)",
        statement="kpi", is_balance=True, is_growth_base=True,
        labels=(Label(r"total loans(?: and leases)?"),), label_words=("total loans",),
        cues=(Cue(r"(?<!average )(?<!average total )\btotal\s+loans(?:\s+and\s+leases)?\b|"
                  r"\bloans\s+outstanding\b"),)),
    Metric(
        "total_deposits", "USD", "total deposits at the period's end (banks)",
        statement="kpi", is_balance=True, is_growth_base=True,
        labels=(Label(r"total deposits"),), label_words=("total deposits", "deposits"),
        # a bank's balance sheet: its "Deposits" line under "LIABILITIES" is all its deposits
        section_labels=(SectionLabel(("deposits",), r"liabilities"),),
        cues=(Cue(r"(?<!average )(?<!average total )(?<!on )\b(?:total\s+)?deposits\b"),)),
    # A retailer's operating metrics (a home-improvement retailer's 10-Q "Selected financial
    # and sales data": "Customer transactions (in millions)" 459.1, "Average ticket" $90.07,
    # "Sales per retail square foot" $684.65): rates and counts of the period, as the filer
    # computes them. A dollar rate is printed in dollars, never under the table's scale (its
    # label is read as a per-share cell is, ``per_share``, and keeps the row's unit); a label's
    # own "(in millions)" scales the count.
    Metric(
        "customer_transactions", "count", "customer transactions in the period (retailers)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:total )?customer transactions(?: \(in (?:millions|thousands)\))?"),),
        label_words=("customer transactions",),
        cues=(Cue(r"(?<!comparable )(?<!comp )\bcustomer\s+transactions\b|"
                  r"\btransaction\s+count\b"),)),
    Metric(
        "average_ticket", "USD", "the average amount paid per customer transaction (retailers)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"average ticket", per_share=True),), label_words=("average ticket",),
        cues=(Cue(r"(?<!comparable )(?<!comp )\baverage\s+(?:ticket|transaction\s+(?:size|value|"
                  r"amount))\b"),)),
    Metric(
        "sales_per_square_foot", "USD",
        "annualized sales per retail square foot (retailers), as the filer computes it",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"(?:net )?sales per (?:retail |selling )?square foot", per_share=True),),
        label_words=("per retail square", "per square", "per selling square"),
        cues=(Cue(r"\bsales\s+per\s+(?:retail\s+|selling\s+)?square\s+(?:foot|feet)\b"),)),
    Metric(
        "average_earning_assets", "USD", "average earning assets over the period (banks)",
        statement="kpi", is_growth_base=True,
        labels=(Label(r"average (?:total )?earning assets"),),
        section_labels=(SectionLabel(("earning assets", "total earning assets"),
                                     r"average balances"),),
        label_words=("earning assets",),
        cues=(Cue(r"average\s+(?:total\s+)?earning\s+assets"),)),
    # A subscription business's annualized recurring revenue on a day, as it states it in its
    # release's highlights ("exiting the quarter with Cloud Tools ARR of $13.67 billion", read by
    # extractors.segment_highlights with its part), and what it added in the quarter ("net new
    # ARR"), which no reader stores: named so that no ARR or revenue cue takes that figure.
    Metric(
        "net_new_arr", "USD", "annualized recurring revenue added in the period, as stated",
        is_stored=False,
        # (a filer's own "Net new <Segment> Annualized Recurring Revenue ("ARR") was"
        # ends with the abbreviation, as the ARR row's cue does, so the longer cue wins)
        cues=(Cue(r"\bnet\s+new\s+(?:[\w&’'-]+\s+){0,3}?(?:ARR\b|annuali[sz]ed\s+recurring\s+"
                  r"revenues?(?:\s*\(\s*[“\"]?ARR[”\"]?\s*\)|\b))"),)),
    Metric(
        "annualized_recurring_revenue", "USD",
        "annualized recurring revenue on the period's last day, as the company states it",
        is_point=True, is_balance=True, entity="segment", is_growth_base=True,
        cues=(Cue(r"\bannuali[sz]ed\s+recurring\s+revenues?(?:\s*\(\s*[“\"]?ARR[”\"]?\s*\))?|"
                  r"\bARR\b"),)),
)
