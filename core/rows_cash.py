"""Registry rows: the cash-flow statement, the balance sheet, remaining performance obligations
and operating expenses."""

from __future__ import annotations

from core.metric_model import Cue, Derivation, Label, Metric, SectionLabel

# The cash-flow statement's and the balance sheet's figures that articles quote ("net cash from
# operating activities reached $2.42 billion", "$8.2 billion in cash", "Inventory ended the
# quarter at $123 million", "paid cash dividends of $186 million"), and the remaining
# performance obligation and operating expenses. Balances are points in time (``is_point``):
# a balance is dated by its day, never by the period an earlier sentence set; no successors,
# since a later filing's balance is another day's, not this one restated (GoPro's 10-K inventory
# at December 31 does not make the 10-Q's September 30 inventory stale). Outflows (dividends,
# buybacks) are printed in parentheses on the cash-flow statement and tagged positive.
_CASH_FLOW_OPS = (r"(?:net\s+)?cash\s+(?:flows?\s+)?(?:provided\s+(?:by|from)|generated\s+"
                  r"(?:by|from)|used\s+(?:in|by|for)|from|flows?\s+from)\s+"
                  r"(?:\(used\s+in\)\s+)?operati(?:ng\s+activities|ons)|"
                  r"operating\s+cash\s+(?:out|in)?flows?|"
                  # a blog's shorthand: "Q2 FY26 OCF: $15.4B, down sharply despite higher net
                  # income" (read as the net income after it, and drifted)
                  r"\bOCF\b")
# how a cash-flow line says which way the cash went: "provided by", "(used in)", "used for"
_CF_VERB = r"\(?(?:provided|generated|used)(?: (?:by|in|for|from))?\)?"
# The sums a combined balance may be where the filing prints only its lines
# (pipeline.verify.support_sums): all the debt is the non-current term debt plus its current
# portion plus commercial paper or other short-term borrowings, as far as the filing states them
# ("total debt stands at $98.186B", a machine summary of a phone maker's quarter: 78,566 +
# 13,638 + 5,982); cash and securities is cash and cash equivalents plus the current marketable
# securities, and perhaps the non-current ones too ("Cash & Securities: $56.8B", a blog on a
# chipmaker's 10-Q: 11,639 + 45,152; "$132.9B", a blog on a phone maker: with 84,424 more).
_DEBT_LINES = Derivation("total", (("long_term_debt_noncurrent",), ("long_term_debt_current",),
                                   ("short_term_borrowings",)),
                         "non-current term debt + its current portion + short-term borrowings")
# what follows "cash" when the securities are counted with it: "cash and marketable
# securities", "cash, cash equivalents and short-term investments"
_WITH_SECURITIES = (r",?\s+(?:and|&)\s+(?:(?:short[- ]term|marketable)\s+)?(?:investments|"
                    r"securities)|,\s+cash\s+equivalents,?\s+and\s+(?:(?:short[- ]term|"
                    r"marketable)\s+)?(?:investments|securities)")
_CASH_LINES = Derivation("running", (("cash_and_equivalents",),
                                     ("marketable_securities_current",),
                                     ("marketable_securities_noncurrent",)),
                         "cash and cash equivalents + current marketable securities "
                         "(+ non-current marketable securities)")
ROWS: tuple[Metric, ...] = (
    # Named so that no other cue takes the figure ("Free cash flow nearly doubled to $2.27
    # billion, and net cash from operating activities reached $2.42 billion": without this row
    # the $2.27 billion was read as operating cash flow and called drifted). No filing states
    # it and it is not derived: a non-GAAP figure the filer defines, so always unverifiable.
    Metric(
        "free_cash_flow", "USD", "free cash flow, as the company defines it (not a GAAP figure)",
        is_stored=False, cues=(Cue(r"free\s+cash\s+flows?|\bFCF\b"),)),
    # "returned $9.3 billion to stockholders through share repurchases ($7.8 billion) and
    # dividend payments ($1.5 billion)": the total is neither part, and the filings state only
    # the parts. Named so that the parts' cues after it do not take it; never derived.
    Metric(
        "capital_returned", "USD", "cash returned to shareholders (as the company totals it)",
        is_stored=False,
        cues=(Cue(r"\breturn(?:ed|ing)\b|\breturns?\s+(?:to|of)\s+(?:share|stock)holders|"
                  r"capital\s+returns?", ("USD",)),)),
    # All the company's debt on a day, short-term and long-term, as the filer totals it:
    # Netflix's 10-Q liquidity table "Short-term and long-term debt 14,453,206" (its balance
    # sheet prints the two lines apart and no total), a "Total debt" line, the combined tag.
    # Only a stated total: never summed here, and never LongTermDebt, which leaves out
    # commercial paper and other short-term borrowings. Articles call it "gross debt" (before
    # cash is netted) or "total debt"; the principal at par is the other line the words may
    # mean (debt_principal, below).
    Metric(
        "total_debt", "USD", "total debt, short-term and long-term, as the filer totals it "
        "(carrying amount; a balance)",
        concepts=("DebtLongtermAndShorttermCombinedAmount",), statement="kpi",
        is_balance=True, drifts_alone=False, supported_by=(_DEBT_LINES,),
        labels=(Label(r"total (?:short-term and long-term )?(?:debt|borrowings)|short-term and "
                      r"long-term (?:debt|borrowings)"),),
        label_words=("total debt", "total borrowings", "term debt", "term borrowings"),
        cues=(Cue(r"\b(?:gross|total)\s+(?:debt|borrowings)\b|\btotal\s+(?:short-term\s+and\s+"
                  r"long-term|outstanding)\s+debt\b", ("USD",)),)),
    # The principal of all the notes outstanding at par, as the debt note totals it (Netflix's
    # 10-Q: 14,515 million at par beside a carrying amount of 14,453 million). Read from the
    # tag only (no dimension: one instrument's face amount is tagged on the instrument axis),
    # and only as the other line "gross debt" may mean: a figure matching either is borne
    # out, one matching neither drifted with both shown (pipeline.verify.lines).
    Metric(
        "debt_principal", "USD", "the principal (par) of all debt outstanding, as the debt "
        "note totals it (a balance)",
        concepts=("DebtInstrumentFaceAmount",), is_balance=True,
        quoted_as=("total_debt",)),
    # "raised $1.25 billion in investment grade debt", "$5 billion of debt": which debt (new
    # notes, long-term only, net of cash) is not said, and a figure naming it must not take the
    # metric of the figure before it (Seagate's $1.25 billion read as the dividends just
    # before it). Naming only: always unverifiable.
    Metric(
        "debt", "USD", "debt or borrowings, as the article names them (which debt not said)",
        # a figure equal to all the debt on the balance date, as the filer totals it or as its
        # lines add up, is borne out ("Debt: $8.5B", a blog's recap of a chipmaker's quarter);
        # any other figure stays unverifiable (new notes, one issue, an average)
        is_stored=False, supported_by=(Derivation("total", (("total_debt",),), "total debt"),
                                       _DEBT_LINES),
        # ("$14.5 billion in gross debt and $8.2 billion in cash": the word before "and $8.2
        # billion" names the figure before it, not that one)
        cues=(Cue(r"\b(?:debt|borrowings?|bonds?)\b(?!\s+and\b\s*(?:(?:US)?\$|$))|"
                  r"\b(?:senior\s+)?notes\s+(?:due|offering)", ("USD",)),)),
    Metric(
        "operating_cash_flow", "USD", "net cash provided by (used in) operating activities",
        concepts=("NetCashProvidedByUsedInOperatingActivities",
                  "NetCashProvidedByUsedInOperatingActivitiesContinuingOperations"),
        statement="cash_flow", is_crosschecked=True, is_growth_base=True,
        sign_words=r"\bused\b|\boutflows?\b",  # "operating cash outflows of $322.6 million"
        # "Net cash provided by (used in) operating activities", "Cash provided by operating
        # activities" (a railroad), "Cash generated by operating activities" (a device
        # maker), "Net cash and cash equivalents provided by ..." (a SaaS company), "Net cash
        # flows (used in) provided by ..." (a retailer)
        # The continuing operations' line stands only where no total is printed: beside the
        # total (continuing plus discontinued) it stood as a conflicting second figure.
        labels=(Label(rf"(?:total )?(?:net )?cash(?: and cash equivalents)?(?: flows?)? "
                      rf"(?:{_CF_VERB}(?:[ /]{_CF_VERB})?|from) operating activities", rank=3),
                Label(rf"(?:net )?cash(?: and cash equivalents)?(?: flows?)? "
                      rf"(?:{_CF_VERB}(?:[ /]{_CF_VERB})?|from) operating activities"
                      r" of continuing operations", rank=2)),
        label_words=("operating activities",),
        cues=(Cue(_CASH_FLOW_OPS),)),
    # Before cash_and_equivalents: "Cash, cash equivalents, and short-term investments" is the
    # longer cue and wins over the "cash and cash equivalents" inside it.
    Metric(
        "cash_and_short_term_investments", "USD",
        "cash, cash equivalents and short-term investments (a balance)",
        concepts=("CashCashEquivalentsAndShortTermInvestments",), statement="balance",
        is_crosschecked=True, is_balance=True, supported_by=(_CASH_LINES,),
        labels=(Label(r"(?:total )?cash,? (?:and )?cash equivalents,? and (?:short-term |"
                      r"current )?(?:investments|marketable securities)"),),
        # the "Total" of a table titled by it (extractors.titled_totals): Seagate's 10-Q MD&A
        # "Cash and Cash Equivalents and Short-term Investments" over its two lines
        section_labels=(SectionLabel(("total",), r"cash,? (?:and )?cash equivalents,? and "
                                     r"(?:short-term |current )?(?:investments|marketable "
                                     r"securities)"),),
        label_words=("investments", "securities"),
        cues=(Cue(r"cash,?\s+(?:and\s+)?cash\s+equivalents,?\s+and\s+(?:short[- ]term\s+|"
                  r"marketable\s+)?(?:investments|securities)|"
                  # ("Cash & Securities: $X", a blog's walk through a chipmaker's 10-Q)
                  r"cash\s+(?:and|&)\s+(?:(?:short[- ]term|marketable)\s+)?"
                  r"(?:investments|securities)"),)),
    Metric(
        "cash_and_equivalents", "USD", "cash and cash equivalents (a balance)",
        concepts=("CashAndCashEquivalentsAtCarryingValue",), statement="balance",
        # ("Cash and cash equivalents increased 168%": the balance a year apart; a quarter's
        # rate that misses is never drifted, derive.balance_growth_unsure)
        is_crosschecked=True, is_balance=True, is_growth_base=True,
        labels=(Label(r"(?:total )?cash and (?:cash )?equivalents"),),
        label_words=("cash",),
        # "in cash" after the figure ("$8.2 billion in cash"); never "cash flow", "cash
        # dividends" or "free cash flow", which are other figures, nor cash with the
        # securities beside it ("$132.9 billion in cash and marketable securities", a blog on
        # a phone maker's quarter: the securities' balance added, read as cash it drifted)
        # ("Cash & Equivalents", an article table's row label)
        cues=(Cue(r"cash\s+(?:and|&)\s+(?:cash\s+)?equivalents|cash\s+(?:on\s+hand|balances?|"
                  r"position)|"
                  r"\bin\s+cash\b(?!\s+(?:flows?|dividends?|from|used|provided|generat|paid|"
                  rf"returned|payments?)|{_WITH_SECURITIES})"),)),
    Metric(
        "inventory", "USD", "inventories (a balance)",
        concepts=("InventoryNet",), statement="balance", is_crosschecked=True, is_balance=True,
        is_growth_base=True,  # "Inventory: $149.4 million, down 1.9% from a year ago"
        labels=(Label(r"(?:total )?(?:merchandise )?inventor(?:y|ies)(?:, net)?"),),
        label_words=("inventor",),
        # not a charge against it ("a $900 million charge related to Surface RT inventory
        # adjustments"): a write-down is no balance
        cues=(Cue(r"\binventor(?:y|ies)\b(?!\s+(?:adjustments?|charges?|write-?(?:downs?|offs?)|"
                  r"reserves?|provisions?|impairments?|turns?|turnover|obsolescence))"),)),
    Metric(
        "remaining_performance_obligations", "USD",
        "remaining performance obligation (contracted revenue not yet recognised; a balance)",
        concepts=("RevenueRemainingPerformanceObligation",), is_balance=True,
        is_growth_base=True,
        # never its current part ("current remaining performance obligation", "current RPO"):
        # the part due within a year, a smaller figure than the whole (a software maker's)
        cues=(Cue(r"(?<!current\s)(?:remaining\s+performance\s+obligations?|\bRPO\b)"),)),
    Metric(
        "dividends_paid", "USD", "cash dividends paid in the period",
        concepts=("PaymentsOfDividends", "PaymentsOfDividendsCommonStock"),
        statement="cash_flow", is_crosschecked=True, is_magnitude=True, is_growth_base=True,
        # "Dividends paid on common stock" (a utility), "Dividends to shareholders" (a drive maker)
        labels=(Label(r"(?:cash )?dividends paid(?: to (?:common )?(?:stockholders|shareholders)|"
                      r" on (?:common|ordinary) (?:stock|shares))?|"
                      r"dividends to (?:common |ordinary )?(?:stockholders|shareholders)|"
                      r"payments? (?:of|for) (?:cash )?dividends(?: to (?:common )?(?:stockholders|"
                      r"shareholders)| and dividend equivalents)?|dividends paid to (?:common )?"
                      r"(?:stockholders|shareholders)|"
                      # "Dividends" and "Cash dividends" on a cash-flow statement (a drinks
                      # maker, a retailer), "Cash dividend payments" (a warehouse club)
                      r"(?:cash )?dividends|cash dividend payments"),),
        label_words=("dividend",),
        cues=(Cue(r"dividends?\s+(?:payments?|paid)|(?:paid|pays|paying)\s+(?:\w+\s+){0,2}?"
                  r"(?:cash\s+)?dividends|cash\s+dividends|\bdividends\b"),)),
    Metric(
        "share_repurchases", "USD", "cash paid to repurchase the company's shares in the period",
        concepts=("PaymentsForRepurchaseOfCommonStock",), statement="cash_flow",
        # What an article says a company spent on buybacks ("bought back 193 million shares for
        # $24.2 billion", a chip maker's half year: its note's cost, while the cash-flow line
        # paid $23.8 billion) may be the cost of the shares bought back, which differs from the
        # cash paid by trades not yet settled and excise tax: a miss never drifts on this line
        # alone (``drifts_alone``)
        is_crosschecked=True, is_magnitude=True, is_growth_base=True, drifts_alone=False,
        why_not_alone=("the filed line is the cash paid for buybacks in the period, and the "
                       "article's may be the cost of the shares bought back, which differs from "
                       "it by trades not yet settled and excise tax"),
        # "Payments related to repurchases of common stock" (a chipmaker), "Share repurchase
        # programs" (a railroad), "Purchases of stock for treasury" (a drinks maker)
        labels=(Label(r"(?:payments? (?:for|of|to|related to) )?repurchases? of (?:common |"
                      r"ordinary )?(?:stock|shares)|(?:common |ordinary )?(?:stock|shares?) "
                      r"repurchases?(?: programs?)?|purchases? of (?:treasury|common) (?:stock|"
                      r"shares)|purchases? of stock for treasury"),),
        label_words=("repurchase", "purchase"),
        # ("bought back $1.3 billion of its shares": the plain verb of a buyback)
        cues=(Cue(r"(?:share|stock)\s+(?:repurchases?|buybacks?)|buybacks?|"
                  r"repurchas(?:ed|es?|ing)|\b(?:bought|buys?|buying)\s+back\b"),)),
    # Cash spent on property, plant and equipment: the cash-flow statement's investing line
    # ("Purchases of property, plant & equipment", a building-materials 10-K; "Capital
    # expenditures" (a metals maker, a home-improvement retailer); "Additions to property and
    # equipment" (a warehouse retailer)),
    # tagged PaymentsToAcquirePropertyPlantAndEquipment. Only that one line: a line that adds
    # capitalised software or intangibles, or the capex accrued but not paid, is another
    # figure (the labels are matched whole). What an article calls a company's "capital
    # expenditures" may be such a wider total (a store chain prints both), so a miss never
    # drifts on this line alone (``drifts_alone``): supported when the line bears the figure
    # out, else unverifiable.
    Metric(
        "capital_expenditures", "USD",
        "capital expenditures: cash paid for property, plant and equipment in the period",
        concepts=("PaymentsToAcquirePropertyPlantAndEquipment",), statement="cash_flow",
        is_crosschecked=True, is_magnitude=True, is_growth_base=True, drifts_alone=False,
        why_not_alone=("the filed line is cash paid for property and equipment, and the "
                       "article's capital expenditures may be a wider total"),
        labels=(Label(r"capital expenditures|(?:payments? for |cash paid for )?(?:purchases?|"
                      r"acquisitions?|additions?) (?:of|to) property,? (?:plant,? )?(?:and|&) "
                      r"equipment(?:, net)?|payments? for (?:the )?(?:acquisition of |purchases? "
                      r"of )?property,? (?:plant,? )?(?:and|&) equipment|property additions"),),
        label_words=("capital expenditures", "property"),
        # ("cash capital investments totaling $X in the first half", a summary of a
        # railroad's quarter: its statement's own label for the line)
        # ("invested $3.4 billion in its capital program", a stock site on a railroad's year:
        # a railroad's or utility's name for its capital spending; read as nothing, the
        # figure took the share repurchases named after it)
        cues=(Cue(r"capital\s+(?:expenditures?|spending|investments\b|programs?\b)|\bcapex\b",
                  ("USD",)),)),
    # The noncash charge for equity awards: the cash-flow statement adds it back as one line
    # ("Stock-based compensation" 93,273, Twilio's 10-K FY2018; "Share-based compensation
    # expense"), filers tag the expense (AllocatedShareBasedCompensationExpense, the note's
    # total, the only tag of a 10-Q's quarter) or the add-back (ShareBasedCompensation).
    # Never read from other tables: a non-GAAP reconciliation's "Stock-based compensation"
    # line is often only the part one GAAP line holds (Twilio's gross-profit reconciliation
    # adds back cost of revenue's 1,126 of the 93,273), and an equity statement's includes
    # what was capitalised.
    Metric(
        "stock_based_compensation", "USD",
        "stock-based (share-based) compensation expense, the noncash charge for equity awards",
        concepts=("AllocatedShareBasedCompensationExpense", "ShareBasedCompensation"),
        statement="cash_flow", is_crosschecked=True, is_magnitude=True, is_growth_base=True,
        labels=(Label(r"(?:stock|share|equity)[- ]based compensation(?: expense)?|"
                      r"stock compensation(?: expense)?"),),
        # the "Total" of a table titled by it (extractors.titled_totals): Twilio's FY2018
        # 10-K "(1) Includes stock-based compensation expense as follows:" over its quarters
        section_labels=(SectionLabel(("total",), r"(?:the )?(?:total )?(?:stock|share|equity)"
                                     r"[- ]based compensation(?: expense)?"),),
        label_words=("compensation",),
        # ("stock option remuneration, from $565 million in 2022 to $476 million", a French
        # site's English on a data-analytics maker's year; "share-based pay")
        cues=(Cue(r"(?:stock|share|equity)[- ]based\s+(?:compensation|pay|remuneration)|"
                  r"stock\s+(?:option\s+)?(?:compensation|remuneration)|\bSBC\b"),)),
    # Printed under EPS on many income statements ("Cash dividends declared per ordinary
    # share", Seagate's 10-Q): a line of that statement, never scaled.
    Metric(
        "dividends_per_share", "USD/share", "dividends declared per share",
        concepts=("CommonStockDividendsPerShareDeclared", "CommonStockDividendsPerShareCashPaid"),
        statement="income", also_in=("equity",),
        # ("Dividends and dividend equivalents declared per share or RSU": a device maker's
        # equity statement, the same amount on each share and each unit)
        labels=(Label(r"(?:cash )?dividends?(?: and dividend equivalents)? declared per "
                      r"(?:common |ordinary )?share(?: or rsu)?|"
                      r"(?:cash )?dividends? per (?:common |ordinary )?share(?: declared)?",
                      per_share=True),),
        label_words=("dividend",),
        cues=(Cue(r"dividends?", ("USD/share",)),)),
    Metric(
        "operating_expenses", "USD", "total operating expenses, as the filer totals them",
        concepts=("OperatingExpenses",), statement="income", is_crosschecked=True,
        is_magnitude=True, is_growth_base=True,
        labels=(Label(r"total operating expenses", rank=3),),
        label_words=("operating expenses",), quoted_as=("total_expenses",),
        cues=(Cue(r"operating\s+(?:expenses|costs)|\bopex\b"),)),
    # "bringing total operating expenses to $15.3 billion, or 16% of sales" (a research
    # summary of a device maker's quarter): the total over revenue, recomputed as the SG&A
    # ratio is (from the line the filer totals, never a sum of the article's). Read as the
    # money figure's share of sales (pipeline.verify.claims_shares) or named so in full; the
    # line's bare words are no cue of a rate: a results list's "Total operating costs: $8,763
    # million, +9%; Fuel: ..., +18%" gives changes (an airline's quarter), and an insurer's
    # "expense ratio" is over premiums
    Metric(
        "operating_expense_ratio", "percent", "total operating expenses as a percentage of "
        "revenue", is_stored=False, lower_is_better=True,
        cues=(Cue(r"(?:total\s+)?operating\s+(?:expenses|costs)\s+as\s+a\s+(?:percentage|"
                  r"percent|%|share)\s+of\s+(?:net\s+|total\s+)?(?:sales|revenues?)",
                  ("percent",)),),
        derivation=Derivation("ratio", (("operating_expenses",), ("revenue",)),
                              "operating expenses / revenue")),
)
