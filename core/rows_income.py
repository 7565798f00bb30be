"""Registry rows: the income statement, offering terms, cover shares, concentration and the
figures derived from them (the first rows; their order is kept: earlier rows win ties of
article cues)."""

from __future__ import annotations

from core.eps_labels import BASIC_LABEL, BASIC_SECTIONS, BOTH_BASES, DILUTED_SECTIONS
from core.metric_model import Cue, Derivation, Label, Metric, SectionLabel
from core.metric_words import (
    ATTR,
    CUT_VERBS,
    GROWTH_FALL,
    GROWTH_SLANG,
    MONEY_LOSS,
    NI_CORE,
    OPERATING_MARGIN_MONEY,
    OWNER,
    PER_SHARE,
    PER_SHARE_PROFIT,
    PER_SHARE_ROWS,
    REV_CORE,
    SHARE_VERBS,
    SHARE_WHOLE_WORDS,
    TURNOVER,
)
from core.metric_words import SHARE_OF_REVENUE as _SHARE_OF_REVENUE

ROWS: tuple[Metric, ...] = (
    Metric(
        "net_proceeds", "USD", "what the company expects to receive from the offering",
        statement="offering", is_point=True, is_stated_forecast=True,
        cues=(Cue(r"net proceeds"),)),
    Metric(
        "net_income_non_gaap", "USD", "non-GAAP (adjusted) net income, as the filer labels it",
        statement="income", non_gaap_of="net_income", sign_words=MONEY_LOSS,
        labels=(Label(rf"(?:non-gaap|adjusted|underlying) {NI_CORE}{ATTR}"),),
        label_words=("net",), is_growth_base=True,
        cues=(Cue(r"(?:non-GAAP|adjusted)\s+net\s+(?:income|loss|earnings)"),)),
    Metric(
        "gross_profit", "USD", "revenue less cost of revenue",
        concepts=("GrossProfit",), statement="income", is_crosschecked=True,
        is_growth_base=True, percent_cells="gross_margin",
        labels=(Label(r"(?:total )?gross (?:profit|margin)(?: \(loss\))?|"
                      r"gross (?:loss|\(loss\) profit)"),),
        # ("Gross profit percentage decreased by 0.8%", a copy of a fiscal 2016 release: the
        # margin, whose change read as gross profit's growth drifted)
        label_words=("gross",), cues=(Cue(r"gross\s+profit(?!\s+(?:percentage|percent|rate|"
                                          r"margin|as\s+a\s+percent))"),
                                      # "a gross margin of $44.9 billion" (a recap of a device
                                      # maker's quarter): a margin in money is the gross profit
                                      # (read from the cue after it, it took operating income)
                                      # (only right before its amount: "gross margin rose
                                      # 4%" is the margin's change, never gross profit's)
                                      Cue(r"gross\s+margins?(?=\s+(?:of|was|were|totall?ed|"
                                          r"reached|came\s+in\s+at|at)\s+(?:about\s+|roughly\s+|"
                                          r"nearly\s+|approximately\s+)?(?:US)?\$?\s*$)",
                                          units=("USD",)))),
    Metric(
        "gross_margin", "percent", "gross profit as a percentage of revenue",
        # a product line's margin ("Gadgets' gross margin") is the line's, never the company's
        statement="income", is_charted=True, entity="segment",
        labels=(Label(r"gross (?:profit )?margin (?:percentage|percent|%|\(%\))|gross margin as "
                      r"a percent(?:age)? of (?:total )?(?:net )?(?:revenues?|sales)"),),
        # ("gross profit as a percentage of net sales": the margin in words, which the share
        # cue "of net sales" read as one customer's share of revenue)
        label_words=("gross",), cues=(Cue(r"gross\s+margins?|gross\s+profit\s+(?:percentage|"
                                          r"percent|rate|margin)|gross\s+(?:profit|margin)\s+as"
                                          rf"\s+a\s+{_SHARE_OF_REVENUE}"),),
        derivation=Derivation("ratio", (("gross_profit",), ("revenue",)),
                              "gross profit / revenue")),
    Metric(
        "cost_of_revenue", "USD", "cost of revenue (cost of sales, of goods sold)",
        concepts=("CostOfRevenue", "CostOfGoodsAndServicesSold"), statement="income",
        is_crosschecked=True, is_magnitude=True, is_growth_base=True,
        # "Cost of products sold, excluding amortization" as "(exclusive of ...)" (an aside
        # normalize_label drops): the line the filer prints and tags; Costco's "Merchandise
        # costs" (its CostOfGoodsAndServicesSold)
        labels=(Label(r"(?:total )?cost of (?:net )?(?:revenues?|sales|goods sold|products sold)"
                      r"(?:, net)?(?:,? (?:excluding|exclusive of) [\w ,&-]+)?|"
                      r"(?:less )?merchandise costs"),),
        # ("cost of goods sold", "cost of products sold": the same line, tagged
        # CostOfGoodsAndServicesSold)
        label_words=("cost",), cues=(Cue(r"cost\s+of\s+(?:revenues?|sales|goods\s+sold|products"
                                         r"\s+sold|merchandise\s+sold)"),)),
    Metric(
        "operating_income", "USD", "operating income (loss), income from operations",
        concepts=("OperatingIncomeLoss",), statement="income", is_crosschecked=True,
        is_growth_base=True, sign_words=MONEY_LOSS, entity="segment",
        labels=(Label(r"(?:total )?(?:operating (?:income|loss|earnings|profit)(?: \((?:loss|"
                      r"income)\))?|operating \(loss\) (?:income|earnings)|(?:income|loss|"
                      r"\(loss\) income|income \(loss\)|earnings) from "
                      # "Income from railway operations" (a railroad's 10-K), never
                      # the after-tax "income from continuing (discontinued) operations"
                      r"(?:(?!continuing |discontinued )[a-z]+ )?operations)"),),
        label_words=("operat",),
        # ("reported an operation loss of $20 million": a tech site on a chip maker's quarter)
        # ("operating profit", many journalists' word for the line; net income's "profit" cue
        # read it as the bottom line)
        # ("operating income before depreciation and amortization": another measure, OIBDA)
        # ("Op. Income", an article table's row label cut short)
        cues=(Cue(r"(?:operat(?:ing|ion|ional)|\bop(?:er)?\.)\s+(?:income|loss|profits?)"
                  r"(?!\s+before\s+(?:depreciation|"
                  r"amortization|D&A))|(?:income|loss)\s+from\s+"
                  r"(?:(?!continuing\s|discontinued\s)[a-z]+\s+)?operations"),
              Cue(OPERATING_MARGIN_MONEY, ("USD",)))),
    # Basic EPS, quoted beside or instead of diluted ("Basic earnings per share ... were
    # $4.66", Home Depot's Q2 FY2023): before eps_diluted, whose cue "earnings per share" ends
    # where this one does.
    Metric(
        "eps_basic", "USD/share", "basic earnings (loss) per share",
        # Read from the statement's rows, but no cue that a table is one (a selected-data
        # table's "Net sales" and "Basic" would make it a statement, changing other readings)
        concepts=("EarningsPerShareBasic",), sign_words=MONEY_LOSS, is_growth_base=True,
        statement="income", is_statement_line=False,
        labels=(Label(BASIC_LABEL, per_share=True),), label_words=("basic",),
        section_labels=BASIC_SECTIONS, read_with=("eps_diluted", BOTH_BASES),
        # "earned $1.31 a share" (a wire story on a beverage maker's half year: basic 1.31,
        # diluted 1.30): words saying neither basis may mean the basic figure; "diluted" in
        # them rules it out (pipeline.verify.lines)
        quoted_as=("eps_diluted",),
        # ("Basic earnings came to $2.72 a share", "basic earnings were 89 cents a share": a
        # recap of a release whose basic line the filer prints, not tags; read by the bare
        # "earnings" as diluted EPS, it drifted by a cent)
        cues=(Cue(r"\bbasic\s+(?:net\s+)?(?:earnings|income|loss)\s+per\s+(?:common\s+)?share|"
                  r"\bbasic\s+EPS\b|(?:earnings|net\s+income|net\s+loss)\s+per\s+basic\s+"
                  r"(?:common\s+)?share|\bbasic\s+(?:net\s+)?(?:earnings|income|loss|profits?)\b"),)),
    Metric(
        "eps_diluted", "USD/share", "diluted earnings (loss) per share",
        concepts=("EarningsPerShareDiluted",), statement="income", is_crosschecked=True,
        sign_words=MONEY_LOSS,
        # "Diluted EPS"; "Net earnings (loss) per share attributable to common stockholders,
        # diluted" (a software maker); "Earnings per share - diluted" (a railroad); "Total net
        # earnings per share - diluted"; "Net income per share - assuming dilution";
        # "Diluted earnings (loss) per share"
        labels=(Label(rf"(?:diluted eps|(?:total )?(?:net )?{PER_SHARE_ROWS}{OWNER} "
                      rf"{PER_SHARE} ?(?:,|:|-)? ?(?:(?:basic and )?diluted|assuming dilution)|"
                      rf"(?:basic and )?diluted (?:net )?{PER_SHARE_ROWS} {PER_SHARE}|"
                      # "Net income (loss) per diluted common share" (Forward Industries' FY2016
                      # 10-K: its EPS went unread)
                      rf"(?:total )?(?:net )?{PER_SHARE_ROWS}{OWNER} per (?:basic and )?"
                      rf"diluted (?:common |ordinary )?share)",
                      per_share=True),),
        section_labels=DILUTED_SECTIONS,
        label_words=("diluted", "per"),
        # "diluted earnings per common share" (banks' releases)
        cues=(Cue(r"(?:diluted\s+)?(?:earnings|net\s+income|net\s+loss)\s+per\s+(?:diluted\s+)?"
                  rf"(?:common\s+)?share|\bEPS\b|{PER_SHARE_PROFIT}"),
              # ("a profit of $0.91 per share", "had a loss of 9 cents per share": a per-share
              # amount the bottom line's own words name)
              Cue(r"net\s+(?:income|loss|earnings)|\bearnings\b|\bearned\b|\blost\b|"
                  r"per\s+(?:diluted|basic)\s+share|(?<!gross\s)(?<!operating\s)\bprofits?\b|"
                  r"\b(?:a|its|the)\s+loss\b|"
                  # "The company reported $1.65 per share on $24.78 billion of net income" (a
                  # repost of a wire story on a phone maker's quarter): a verb of reporting
                  # right before a bare per-share amount
                  r"\b(?:reported|posted|delivered|logged|booked)\s+$"))),
    Metric(
        "net_income", "USD", "net income (loss) attributable to the company",
        concepts=("NetIncomeLoss",), statement="income", is_crosschecked=True,
        is_growth_base=True, sign_words=MONEY_LOSS,
        labels=(Label(rf"{NI_CORE}{ATTR}"),), label_words=("net",),
        # ("earnings from continuing operations climbed 6%, to $5.3 billion": a line above the
        # bottom line, before discontinued operations, never net income)
        cues=(Cue(r"(?:net\s+(?:income|loss|earnings|profits?)|(?<!gross )(?<!operating )"
                  r"\bprofits?\b)(?!\s+from\s+continuing)|"
                  r"\bnet\s+of\s+loss|\blos(?:t|ing|es)\b|\bearned\b|"
                  # "a quarterly loss of $X", a bare "loss" right after the amount ("Miner
                  # Reports $X Loss For Q2", "posted a $5 million loss in the quarter": the
                  # bottom line, as "a $X profit" is); never a loss on or before something
                  r"\b(?:a|its)\s+(?:(?:quarterly|annual|full[- ]year|(?:first|second|third|"
                  r"fourth)[- ]quarter)\s+)?loss\s+of\b|"
                  r"^\s+loss\b(?!\s+(?:on|from|before|per|related|tied|attributable|associated|"
                  r"due|ratios?|provisions?|reserves?|carry\w*|in\s+(?:its|their|the\s+value)|"
                  # (nor "the $45 million loss it suffered": one a clause describes, any line's)
                  r"it|they|we|which|that)\b)|"
                  # ("operating earnings were $1.2 billion": a line above the bottom line, or
                  # an insurer's adjusted measure, never net income)
                  r"(?<!operating\s)\bearnings\b(?!\s+(?:per|before|release|report|call|season|"
                  r"guidance|from\s+continuing))|"
                  # ("the net result increased by 21%": a machine paraphrase of a note on a
                  # bank's quarter, and European English for the bottom line; never "the net
                  # result of these changes")
                  r"\bnet\s+results?\b(?!\s+of\s+(?:the|these|this|those|its|such|all|an?)\b)"),
              # "Full-year income was $7.9 billion" (U.S. Bancorp's Q4 2021 recap): "income"
              # qualified only by its period is the bottom line, never a kind of income
              # ("Acme Reports 2Q Income of $1.1B": a wire headline's quarter, "2Q" or "Q2")
              Cue(r"\b(?:full[- ]year|annual|quarterly|(?:first|second|third|fourth)[- ]quarter|"
                  r"[1-4]Q|Q[1-4])\s+income\b"
                  # "Income for the quarter was $26.4 billion" (a tech site on a chipmaker's
                  # quarter): "income" qualified only by the period after it, the same way,
                  # and by no word before it ("operating income for the quarter" is not it)
                  r"|(?<![\w-])(?<![\w,'’-]\s)income\s+for\s+the\s+(?:(?:first|second|third|fourth|"
                  r"latest|last|current)\s+)?(?:fiscal\s+)?(?:quarter|year|half)\b"),
              # "managed to reduce its loss from the same period the previous year, which was
              # $212.6 million" (a crypto site on a miner's quarter): the loss a company
              # narrows or widens is its bottom line, not a loss on or from something
              Cue(r"\b(?:narrow|reduc|cut|trim|widen|halv)\w*\s+its\s+(?:net\s+|quarterly\s+)?"
                  r"loss(?:es)?\b(?!\s+(?:on|per|before|ratio|from\s+(?:operations|continuing)))"))),
    # "an enterprise value of $33 billion, fifteen times sales" (a French site on a data
    # analytics maker's year): a market figure, never filed; read as revenue it drifted
    Metric(
        "enterprise_value", "USD", "market capitalisation plus net debt (a market figure)",
        is_stored=False, cues=(Cue(r"enterprise\s+value|\bEV\s+of"),)),
    Metric(
        "market_cap", "USD", "price per share x shares outstanding",
        is_stored=False,
        cues=(Cue(r"market\s+(?:cap|capitalization|capitalisation|value)|equity\s+value|"
                  r"valuation\s+of|(?:company|equity|business|firm)\s+(?:\w+\s+){0,3}worth"),),
        derivation=Derivation(
            "product", (("price_range_midpoint", "offering_price", "price_range_high",
                         "price_range_low"),
                        ("shares_outstanding_after_offering", "shares_outstanding")),
            "price per share x shares outstanding")),
    Metric(
        "price_to_sales", "multiple", "market capitalisation / revenue", is_stored=False,
        cues=(Cue(r"price[- ]to[- ]sales|\bP/S\b|times\s+(?:sales|revenue)|x\s+(?:sales|revenue)|"
                  r"(?:sales|revenue)\s+multiple|\b(?:sales|revenues?)\b"),),
        derivation=Derivation("quotient", (("market_cap",), ("revenue",)),
                              "market capitalisation / revenue")),
    Metric(
        "price_range_midpoint", "USD/share", "the midpoint of the marketed price range",
        is_point=True, is_stored=False, successors=("offering_price",),
        cues=(Cue(r"mid-?point", ("USD/share", "USD")),),
        derivation=Derivation("midpoint", (("price_range_low",), ("price_range_high",)),
                              "(low + high) / 2")),
    Metric(
        "price_range", "USD/share", "the marketed price range per share (its two ends)",
        is_stored=False, range_parts=("price_range_low", "price_range_high"),
        cues=(Cue(r"(?:price\s+)?range|pric(?:e|ed|ing)\s+(?:\w+\s+){0,3}between",
                  ("USD/share", "USD")),)),
    Metric(
        "price_range_low", "USD/share", "the low end of the marketed price range",
        statement="offering", is_point=True, successors=("offering_price",)),
    Metric(
        "price_range_high", "USD/share", "the high end of the marketed price range",
        statement="offering", is_point=True, successors=("offering_price",)),
    Metric(
        "offering_price", "USD/share", "the price per share of the offering",
        statement="offering", is_point=True, written_as_range="price_range",
        cues=(Cue(r"priced\s+(?:[\w-]+\s+){0,4}?at\b|offering\s+price|IPO\s+price|offer\s+price|"
                  r"public\s+offering\s+price", ("USD/share", "USD")),)),
    Metric(
        "shares_outstanding_after_offering", "shares",
        "shares outstanding once the offering closes", statement="offering", is_point=True,
        entity="option", is_charted=True,
        successors=("shares_outstanding_after_offering", "shares_outstanding"),
        cues=(Cue(r"outstanding\b[^.;]{0,40}?\b(?:after|following|once|upon|when)\b[^.;]{0,20}?"
                  r"\b(?:offering|IPO|deal|listing)|post-(?:offering|IPO)|(?:after|following|"
                  r"upon\s+completion\s+of)\s+(?:the|this|its)\s+(?:offering|IPO)"),)),
    Metric(
        "shares_outstanding", "shares", "shares outstanding (the cover's count, per class)",
        concepts=("EntityCommonStockSharesOutstanding",), statement="cover", is_point=True,
        entity="share_class", is_charted=True, successors=("shares_outstanding",),
        cues=(Cue(r"outstanding"),)),
    Metric(
        "shares_offered", "shares", "shares sold in the offering", statement="offering",
        is_point=True, entity="option", successors=("shares_offered",),
        option_part="shares_option",
        # ("issued and outstanding" is the count outstanding on a day, never an offering)
        cues=(Cue(r"\b(?:offer(?:ed|ing)?|sell(?:ing)?|sold|issu(?:ed|ing))\b"
                  r"(?!\s+and\s+outstanding)"),)),
    Metric(
        "shares_option", "shares", "shares the underwriters may buy under their option",
        statement="offering", is_point=True),
    Metric(
        "revenue_growth", "percent", "revenue (or the named figure) over a year earlier, less 1",
        is_stored=False, entity="segment",
        sign_words=GROWTH_FALL,
        # headlines speak in the present tense: "4Q earnings fall 14%", "revenue rises 17%";
        # "saw revenue grow 14 percent": "grow" only right before the figure ("continues to
        # grow" says nothing of a figure after it)
        cues=(Cue(r"(?:grew|grows|grow(?=(?:\s+by)?\s*$)|growth|growing|increas(?:e|ed|es|ing)|"
                  r"rose|rises?|rising|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|surg(?:e|es|ed|ing)|"
                  r"soar(?:s|ed|ing)?|gain(?:s|ed)?|uptick|up|higher|year[- ](?:over|on)[- ]year|"
                  r"y/y|yoy|leap(?:s|t|ed)?|rebound(?:s|ed)?|spik(?:e|es|ed)|"
                  r"slump(?:s|ed)?|plummet(?:s|ed)?|dip(?:s|ped)?|"
                  r"decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|fell|falls?|falling|"
                  r"drop(?:s|ped|ping)?|down|lower|shr(?:a|i|u)nks?|plunge[sd]?|slip(?:s|ped)?|"
                  r"slid(?:es)?|sank|sinks?|tumble[sd]?|"
                  # "a reduction of 5% in revenues", "a 5% reduction in sales" (a trade
                  # site on a software maker's quarter): the nouns of a fall, as "decline"
                  r"reductions?|contractions?|"
                  # "EBITDA ... eased by 0.4 per cent", "cut net income by 2 percent to $X"
                  # (a trade journal's and a trade paper's years)
                  r"(?<!\w)eas(?:e|ed|es|ing)(?=\s+(?:by\s+)?(?:about\s+|some\s+)?$)|"
                  # "revenue from cloud services advanced 30%" (a business site on a software
                  # maker's quarter): the verb only right before the figure ("advanced chips")
                  r"(?<!\w)advanc(?:e|ed|es|ing)(?=\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$)|"
                  # "revenue tanked 18%": slang verbs right before the figure (metric_words)
                  rf"(?<!\w)(?:{GROWTH_SLANG})(?=\s+(?:by\s+)?(?:about\s+|nearly\s+)?$)|"
                  # "pared overhead by nearly 12%", "slashed selling costs, by about a fifth"
                  # (an investors' site on a game retailer's year: read as SG&A's share of
                  # sales and drifted): a verb of cutting, its object, "by", a hedge at most
                  # (the cue runs to "by", so it stands nearer the figure than its object's)
                  rf"(?<!\w)(?:{CUT_VERBS})(?:\s+[^.;$%\d]{{0,60}}?)?\s+by(?:\s+(?:about|around|"
                  r"roughly|nearly|some|almost|approximately|more\s+than|over))?(?=\s+$))\b"),),
        derivation=Derivation("growth", (("revenue",),), "this period / a year earlier - 1")),
    Metric(
        "customer_concentration", "percent",
        "one customer's share of revenue (or of receivables)",
        concepts=("ConcentrationRiskPercentage1",), statement="notes", entity="customer",
        is_charted=True,
        cues=(Cue(rf"{SHARE_VERBS}|(?:'s|’s|\bits|\btheir)\s+share\b|share\s+of\s+"
                  r"(?:\w+\s+){0,2}(?:revenues?|sales|receivables)|comprised|contributed|"
                  # ("Gross margin, or revenue after the cost of sales, slipped to 40.6%": a
                  # wire story on a department store's quarter; a cost of sales is no share)
                  r"concentration|was\s+the\s+source\s+of|(?<!\bcost\s)(?<!\bcosts\s)"
                  rf"of\s+(?:(?:{SHARE_WHOLE_WORDS})\s+){{0,3}}(?:revenues?|sales)"),)),
    Metric(
        "revenue", "USD", "total revenue (net sales)",
        concepts=("Revenues", "RevenueFromContractWithCustomerExcludingAssessedTax",
                  "RevenueFromContractWithCustomerIncludingAssessedTax", "SalesRevenueNet",
                  # a utility's operating revenues (a segment note totals each so)
                  "RegulatedAndUnregulatedOperatingRevenue"),
        statement="income", is_charted=True, is_crosschecked=True, is_growth_base=True,
        entity="segment",
        # ("Total revenues and other income", as oil producers print and tag theirs; never a
        # total with gains on sales of assets in it, which is no revenue)
        labels=(Label(rf"total {REV_CORE}(?: and other income)?", rank=3), Label(REV_CORE)),
        section_labels=(SectionLabel(("total",), REV_CORE + r"(?: by \w+)?"),),
        label_words=("revenue", "sales", "total"),
        # ("systemwide sales rose 6%": a restaurant chain's sales at every store, franchisees'
        # too, which its revenue (their royalties) is not)
        cues=(Cue(r"\b(?:revenues?|net\s+sales|(?<!asset\s)(?<!assets\s)(?<!systemwide\s)"
                  r"(?<!system-wide\s)sales|top[- ]line|"
                  # ("gross cash proceeds ... realized from asset sales", a building-materials
                  # release: money raised by selling assets is no revenue)
                  rf"{TURNOVER})\b"),)),
    Metric(
        "operating_margin", "percent", "operating income as a percentage of revenue",
        # a segment's margin is its operating income over its revenue, both in the segment
        # note ("the Embedded segment's operating margin"), never the company's
        # ("operating profit margin"; "operating income as a percentage of revenue", the
        # margin in words)
        is_stored=False, entity="segment",
        cues=(Cue(r"operating\s+(?:profit\s+)?margins?|operating\s+(?:income|profit)\s+as\s+a"
                  rf"\s+{_SHARE_OF_REVENUE}"),),
        derivation=Derivation("ratio", (("operating_income",), ("revenue",)),
                              "operating income / revenue")),
    # "Net margin was 20.9%, 180 basis points worse than the prior-year quarter" (a stock
    # site on a chipmaker's quarter): net income over revenue; never a bank's "net interest
    # margin" (its own row), whose words hold another noun between
    Metric(
        "net_margin", "percent", "net income as a percentage of revenue",
        is_stored=False,
        cues=(Cue(r"\bnet\s+(?:profit\s+|income\s+)?margins?\b|\bnet\s+(?:income|profit|earnings)"
                  rf"\s+as\s+a\s+{_SHARE_OF_REVENUE}"),),
        derivation=Derivation("ratio", (("net_income",), ("revenue",)),
                              "net income / revenue")),
)

# Rows added after the ones above (their order is kept: earlier rows win ties of article cues).
ROWS += (
    # The consolidated figure before noncontrolling interests take their share (Costco's "Net
    # income including noncontrolling interests" 5,915 beside "Net income attributable to
    # Costco" 5,844): never net_income, which is the company's own (NetIncomeLoss). Read from
    # tables and tags only; an article's "net income" may be it where a filer prints no line of
    # its own share (PNC's releases: "Net income 1,456" above the noncontrolling interests'
    # 14): such a claim is supported by it, never drifted from it (quoted_as).
    Metric(
        "net_income_including_noncontrolling", "USD",
        "net income (loss) including noncontrolling interests (the consolidated figure)",
        concepts=("ProfitLoss",), statement="income", sign_words=MONEY_LOSS,
        quoted_as=("net_income",),
        labels=(Label(rf"(?:consolidated )?{NI_CORE},? including (?:non-?controlling|minority)"
                      r" interests?|consolidated net (?:income|earnings)(?: \(loss\))?"),),
        label_words=("net",)),
    # Interest expense (Spire's 10-Q: "Interest expense, net" 50.6 beside 43.6, tagged
    # InterestExpense), read from the tag and from the income statement's row, which is no cue
    # that a table is one (a return-on-capital reconciliation's "Interest expense" beside its
    # "Net income"). Not a bank's net interest income, nor noninterest expense; not "interest
    # income".
    Metric(
        "interest_expense", "USD", "interest expense for the period",
        concepts=("InterestExpense", "InterestExpenseNonoperating"), is_magnitude=True,
        is_growth_base=True, statement="income", is_statement_line=False,
        quoted_as=("net_interest_expense",),  # a filer's "Interest expense, net" line
        labels=(Label(r"(?:total )?interest expense"),), label_words=("interest expense",),
        # ("Total revenue, net of interest expense, increased 11 percent to $25.20 billion": a
        # bank's revenue line, which names the expense it nets out, never the expense's figure)
        cues=(Cue(r"(?<!non)(?<!non-)(?<!net\sof\s)\binterest\s+expenses?\b"
                  r"(?!\s+(?:and|or)\s+other\b)"),)),
)

ROWS += (
    # The income (loss) from continuing operations, after tax and before discontinued
    # operations: an article's "net income" or "net loss" of a year in which the filer sold a
    # business is most often this line (PNC's Q2 2021 release: "Net income (loss) from
    # continuing operations" (744) for 2Q20 beside a "Net income" of 3,655 with the sale's
    # gain; a recap wrote "a net loss of $744 million in the prior-year quarter"): such a
    # claim is supported by it, and drifted only when it matches neither line (quoted_as).
    Metric(
        "net_income_continuing_operations", "USD",
        "income (loss) from continuing operations, after income taxes",
        concepts=("IncomeLossFromContinuingOperations",), statement="income",
        sign_words=MONEY_LOSS, quoted_as=("net_income",),
        labels=(Label(r"(?:net )?(?:income|loss|earnings|income \(loss\)|\(loss\) income|"
                      r"earnings \(loss\)|\(loss\) earnings) from continuing operations"),),
        label_words=("continuing",)),
)
