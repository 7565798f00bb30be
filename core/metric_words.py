"""Regex pieces that several metric rows' table labels share (net income's wording, the
per-share phrases, the revenue core): one home, imported by the row modules."""

MONEY_LOSS = r"\blos(?:s|t|ing|es)"
# The verbs of cutting a line by a rate ("cut costs by 8%", "reduced SG&A by around 21%"): a fall
CUT_VERBS = r"cut(?:s|ting)?|reduc(?:ed|es|ing)|trimm(?:ed|ing)|slash(?:ed|es|ing)|pared"
# the words that make a growth rate a fall ("revenue fell 5%": -5%), for every row of growth an
# article may quote: revenue's, and the rates the filer states (constant currency, organic,
# comparable sales), which read "fell 6% in constant currency" as +6% while they had none
GROWTH_FALL = (r"decreas|declin|fell|fall|drop|down|lower|shrank|shrink|shrunk|plunge|slip|slid|"
               r"sank|sink|tumbl|slump|plummet|dip|\beas(?:e|ed|es|ing)\b|"
               rf"\b(?:{CUT_VERBS})\b|\breductions?\b|\bcontractions?\b")
# Slang verbs of a move ("revenue tanked 18%", "profit cratered 40%", "sales skyrocketed 50%": a
# markets site's and a blog's quarters), read only right before the figure (core/rows_income's
# growth cue: "a tanker fleet", "rocket engines" name no move); the falling ones sign the rate
GROWTH_SLANG_FALL = (r"tank(?:s|ed)|crater(?:s|ed)|nosedive[sd]|nose-dived|skid(?:s|ded)|"
                     r"sag(?:s|ged)|cratering|tanking")
GROWTH_SLANG = (GROWTH_SLANG_FALL + r"|skyrocket(?:s|ed)|rocket(?:s|ed)|balloon(?:s|ed)|"
                r"swell(?:s|ed)|vault(?:s|ed)|leapfrogged|zoom(?:s|ed)")
GROWTH_FALL += r"|\b(?:" + GROWTH_SLANG_FALL + r")\b"
REV_CORE = (r"(?:net )?(?:operating )?(?:revenues?|sales)(?:, net)?"
            r"(?:,? net of (?:returns|discounts|allowances)[\w ,]*)?")
ATTR = r"(?: (?:attributable|available) to (?P<owner>[\w ,.'&-]+))?"
# ("Net (loss)": a shell company's 10-K prints its bottom line so)
NI_CORE = (r"net (?:income|loss|earnings|\(loss\) income|income \(loss\)|loss \(income\)|"
           r"\(loss\) earnings|earnings \(loss\)|profit|\(loss\)/income|income/\(loss\)|"
           r"\(loss\))")
PER_SHARE_ROWS = (r"(?:income|loss|earnings|\(loss\) income|income \(loss\)|loss \(income\)|"
                  r"earnings \(loss\)|\(loss\) earnings)")
# "per share", "per common share", "per ordinary share", and whose shares they are
# (an LLC's or a partnership's units: "Net income (loss) per unit - basic and diluted", an
# ethanol producer's 10-K; "per limited partner unit")
PER_SHARE = (r"per (?:common |ordinary |membership |limited partner(?:ship)? )?"
             r"(?:share|stock|unit)(?: of common stock)?"
             r"(?: (?:attributable|available) to [\w ,.'&-]+)?")
# whose income: "Net loss attributable to common stockholders per common stock" (Marathon)
OWNER = r"(?: (?:attributable|available) to [\w ,.'&-]+?)?"
# A figure's base or subject qualified by a part of the company: "of revenue in our Europe
# region", "gross margin for the Widgets segment", "in the Americas". The part is a word naming
# one, or any capitalised name that is no period, no heading word and not the company itself.
PART_WORD = (r"(?:segments?|divisions?|regions?|business(?:es)?|units?|subsidiar(?:y|ies)|"
             r"operations|markets?|products?|services?)")
PART_NAME = (r"(?!(?-i:(?:January|February|March|April|May|June|July|August|September|October|"
             r"November|December|Fiscal|First|Second|Third|Fourth|Years?|Quarters?|Months?|"
             r"Periods?|Three|Six|Nine|Twelve|Each|Both|Company|Registrant|Partnership|Fund|"
             r"Trust|Bank|Corporation|Group|Combined|Consolidated|Total)\b))(?-i:[A-Z])[a-z]")
# Banks' credit losses: "credit losses", "loan losses", "loan and lease losses"; and the words
# that make a provision negative ("recaptured $120 million", "a provision benefit of $25 million")
CREDIT_LOSSES = r"(?:credit|loan|loan and lease) losses"
RECAPTURE = r"(?:recaptur|benefit|revers)"
# The nouns that make the words right before a figure name a line of their own, its subject
# ("marketing expenses were $400 million", "R&D spending reached $1.5 billion", "depreciation
# and amortization was $300 million"): such a figure never takes the metric of the figure before
# it in the sentence (pipeline.verify.claims_metric), whatever line that was.
LINE_NOUNS = (r"expenses?|expenditures?|costs?|spending|spend|charges?|outlays?|fees|"
              r"amortization|depreciation|impairments?|write-?(?:downs?|offs?)|provisions?|"
              r"reserves?|proceeds|payments?|purchases?|benefits?|taxes|losses|gains?|"
              r"investments?|borrowings|contributions?")
# Lines no registry row reads, named before a figure as its subject ("R&D was $1.5 billion"):
# as LINE_NOUNS, such a figure never takes the previous figure's metric.
LINE_NAMES = r"R\s?&\s?D|research\s+(?:and|&)\s+development"
# A change named by its noun, and the base its adjective names: "a $1.2 billion annual drop",
# "a $115 million reduction in deferred tax expense" (pipeline.verify.amount_changes reads the
# change; claims_line_words keeps such a figure off any line's level)
CHANGE_YEARLY = r"annual|yearly|year[- ]over[- ]year|year[- ]on[- ]year|y/y|yoy"
CHANGE_QUARTERLY = r"sequential|quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|q/q|qoq"
# The preceding quarter by its months: "from $3.09 billion in the preceding three months" (a trade
# paper on a metals maker's quarter, read as a year earlier and called drifted); after "prior",
# "previous" or "preceding" only ("the last three months" may be any trailing window)
PRIOR_THREE_MONTHS = (r"(?:prior|previous|preceding)\s+(?:three|3)(?:[- ]months?(?:\s+period)?|"
                      r"[- ]month\s+period)")
CHANGE_UP_NOUNS = r"increase|rise|jump|surge|climb|improvement|uptick|upswing"
CHANGE_DOWN_NOUNS = r"drop|decline|decrease|fall|reduction|dip|slide|plunge|downturn|contraction"
# The words that say which way a figure went, verbs and adjectives ("grew", "higher", "down"):
# the way of a part's rate in parentheses (claims_part_lists), and the glue that attaches a rate
# to the level before it across an aside (claims_asides)
CHANGE_UP_WORDS = (r"increas\w*|growth|grew|grow\w*|higher|rose|rise|rising|up|gains?|strong\w*|"
                   r"jump\w*|improv\w*")
CHANGE_DOWN_WORDS = (r"decreas\w*|declin\w*|lower|fell|fall\w*|down|drop\w*|los[st]\w*|weak\w*|"
                     r"shr[ai]nk\w*")
# The verbs of a move that the way words above leave out ("climbed", "slid", "dipped"): a
# second rate led by one ("slid 19% year over year but climbed 4% sequentially") is read as the
# first's line (claims_part_lists)
CHANGE_MOTION_VERBS = (r"climb\w*|jump\w*|surg\w*|soar\w*|advanc\w*|slid\w*|slipp?\w*|dipp?\w*|"
                       r"plung\w*|tumbl\w*|sank|edg\w*")
# A line stated as a share of revenue, the margin in words: "gross profit as a percentage of net
# sales", "operating income as a percent of total revenues" (core/rows_income's margin cues)
SHARE_OF_REVENUE = (r"(?:percentage|percent|%|share|proportion)\s+of\s+(?:(?:total|net|its|the)\s+)"
                    r"{0,2}(?:revenues?|sales)")
# The verbs of a share, in every tense ("grew to account for 28% of revenues", "representing
# 88% of total company revenue", "makes up 8% of sales": recaps of device and chip makers'
# quarters), and the whole after "of" a share names, a possessive or "overall" among its words
# ("of the company's overall revenues", "of a maker's revenue")
# (never "represents a change of +10.5%", a key-metrics recap's rate: a change, no share)
SHARE_VERBS = (r"(?<!\w)account(?:s|ed|ing)?\s+for|(?<!\w)represent(?:s|ed|ing)?\b(?!\s+an?\s+"
               rf"(?:[\w-]+\s+){{0,3}}?(?:change|growth|gain|{CHANGE_UP_NOUNS}|{CHANGE_DOWN_NOUNS})"
               r"\b)|(?<!\w)(?:make|makes|made|making)\s+up")
SHARE_WHOLE_WORDS = r"our|its|the|\w+['’]s|company|overall|total|net|fiscal|(?:19|20)\d\d"
# The words journalists name earnings per share with besides "earnings per share" and "EPS":
# "profit per share", "loss per share", "per-share earnings", "per-share profit of 53 cents"
PER_SHARE_PROFIT = (r"(?:profits?|income|earnings|loss(?:es)?)\s+per\s+(?:diluted\s+)?"
                    r"(?:common\s+)?share|per[- ]share\s+(?:net\s+)?(?:profits?|earnings|income|"
                    r"loss(?:es)?)")
# A revenue line before other revenues are added to it: "Net sales" above "Delivery revenues"
# and "Total revenues" (a materials maker's FY2012 10-K). Filers and journalists state margins
# over it, while the total-revenue line is what a statement's revenue reads as.
NET_SALES_LINE = r"^\s*net\s+(?:sales|revenues?)\b(?:\s*\(?\d\)?)?\s*$"
# Operating income called a margin in money: "the group posted a $225 million operating
# margin" (a forum's recap of a chipmaker's segment quarter), "an operating margin of $1.2
# billion". Only right before or right after its amount, as the gross margin in money is
# (core/rows_income): "operating margin rose 4%" is the rate's change, and "a $50 million
# operating margin improvement" is a change, never the line's level.
OPERATING_MARGIN_MONEY = (
    r"operating\s+margins?(?=\s+(?:of|was|were|totall?ed|reached|came\s+in\s+at|at)\s+"
    r"(?:about\s+|roughly\s+|nearly\s+|approximately\s+)?(?:US)?\$?\s*$)|"
    r"^\s+operating\s+margins?\b(?!\s+(?:improvement|expansion|increase|decline|decrease|"
    r"contraction|gain|hit|impact|benefit|drag|headwind|tailwind|uplift|boost|erosion|"
    r"compression|change|growth|shortfall|target|goal|guidance)s?\b)")
# "Turnover", British for revenue ("Group turnover rose 6 per cent", a trade paper on a
# materials maker's year), never the turnover of staff, of stock or of assets ("employee
# turnover rose 5%", "inventory turnover of 5.2 times", "turnover among executives"): read as
# revenue, such a rate was a part's revenue growth.
TURNOVER = (r"(?<!staff\s)(?<!employee\s)(?<!employees\s)(?<!workforce\s)(?<!labor\s)"
            r"(?<!labour\s)(?<!personnel\s)(?<!worker\s)(?<!inventory\s)(?<!stock\s)"
            r"(?<!asset\s)(?<!assets\s)(?<!receivables\s)(?<!portfolio\s)(?<!share\s)"
            r"(?<!management\s)(?<!executive\s)(?<!board\s)(?<!customer\s)(?<!tenant\s)"
            r"turnover(?!\s+(?:rates?|ratios?|(?:of|among|in|at)\s+(?:the\s+|its\s+)?(?:staff|"
            r"employees|workers|personnel|inventor(?:y|ies)|assets|management|executives|"
            r"directors|customers|tenants)\b))")
