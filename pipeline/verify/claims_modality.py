"""What a figure's sentence says the figure IS: reported, an estimate or consensus, guidance or an
outlook, or a hypothetical. Only a reported figure is compared with the filings.

A sentence often mixes them ("revenue was $11.08 billion, above the $11.07 billion analysts
expected"), so modality belongs to the figure, not the sentence. It is read from the table below
(``PHRASINGS``): each row is a phrasing, the modality it gives, and where the figure sits:
- ``ahead``: the words govern the figures after them to the end of their clause ("analysts
  expected revenue of $X and EPS of $Y", "the company guided to $X to $Y", "now expects $X");
- ``object``: a noun that governs only a figure right after it as its object ("estimates of
  $X", "prior guidance of $X to $Y", "the consensus for net income of around $X");
- ``behind``: the words follow the figure they govern ("the $1.11 Wall Street was expecting",
  "$6.4bn analysts had expected", "a $0.40 consensus estimate");
- ``head``: the figure modifies a noun after it that a determiner before it opens ("the $5.12
  StreetAccount consensus", "a $10.5 billion target"): the words between are names or
  modifiers, never a verb ("the $46.8 billion topped estimates" is no estimate);
- ``distance``: the figure is how far a result fell from the estimates, the comparison right
  after it ("came in 10 cents ahead of the consensus"), unless a result's preposition or verb
  comes before it ("revenue of $5.4 billion above estimates").

To teach the verifier a new phrasing, add a row; ``tests/test_claims_modality.py`` shows how.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.verify.claims_modality_governs import COMPARING_WORDS, governs
from pipeline.verify.claims_modality_tail import (
    attributive_estimate,
    compiled_estimate,
    outlook_change,
    set_aside,
    trailing_estimate,
)
from pipeline.verify.claims_tables import TARGET_HEADER
from pipeline.verify.expectation_words import FORECASTERS, ROWS, outlook_reading

REPORTED = "reported"
ESTIMATE = "estimate"
GUIDANCE = "guidance"
HYPOTHETICAL = "hypothetical"

REASONS = {
    ESTIMATE: "an analysts' estimate or consensus, not a figure a filing reports",
    GUIDANCE: "guidance, an outlook or a forecast, not a figure a filing reports",
    HYPOTHETICAL: "a threshold or scenario the article sets, not a figure a filing reports",
}


@dataclass(frozen=True)
class Phrasing:
    pattern: str  # a case-blind regex
    modality: str
    place: str  # "ahead", "object", "behind", "head" or "distance"


_WHO = (rf"(?:{FORECASTERS}|consensus|"
        # "Our model predicted an operating income of $139.9 million" (an investment site's recap)
        r"(?:[Oo]ur|[Tt]heir|[Tt]he|[Ii]ts)\s+models?)")
_VERB_EXPECT = r"(?:expect(?:ed|ing|s)?|forecast(?:ed|ing|s)?|predict(?:ed|ing|s)?|" \
               r"estimat(?:ed|ing|es?)|anticipat(?:ed|ing|es?)|project(?:ed|ing|s)?|" \
               r"look(?:ing|ed)?\s+for|penciled\s+in|pencilled\s+in|pegg(?:ed|ing)|" \
               r"model(?:l?ed|l?ing)|brac(?:ed|ing)\s+for)"
# the verb of expecting, with the auxiliary it may take ("were expecting", "had been looking for")
_EXPECTING = (r"(?:had\s+|have\s+|were\s+|was\s+|are\s+|is\s+|had\s+been\s+)?"
              rf"{_VERB_EXPECT}\b")

# Who in the company sets its outlook, after the figure: "the $10.5 billion figure that
# management had called for" (CNBC on IBM's 2023)
_COMPANY = (r"(?:management|executives|(?:the\s+)?company(?:\s+executives)?|the\s+firm|"
            r"(?:its|the\s+company['’]s)\s+(?:management|executives|leadership)|it|they|we)")
_VERB_OUTLOOK = (r"(?:called\s+for|guided(?:\s+to)?|forecast|projected|expected|targeted|"
                 r"anticipated|predicted|promised|penciled\s+in|pencilled\s+in)")
# The words a 'head' noun may follow: names ("LSEG", "StreetAccount", a capitalised word) and
# the modifiers of a consensus or a target, never a verb of comparing, even title-cased ("the
# $46.8 billion Topped Estimates" of a headline).
_MODIFIER = (r"(?:(?!(?:beat|beats|beating|tops?|topped|topping|miss\w*|exceed\w*|surpass\w*|"
             r"trail\w*|lag\w*|above|below|ahead|short|than|versus|vs|and|or)\b)"
             r"(?-i:[A-Z][\w.&/'’-]*)|analysts?['’]?|street|average|mean|median|internal|own|"
             r"company['’]s|management['’]s|its|their|revenue|sales|earnings|profit|eps|"
             # "the full 23 EH capacity target" (a miner's hash rate goal)
             r"capacity|production|output)")
_HEAD = rf"^\s*(?:{_MODIFIER}\s+){{0,2}}?"

# Someone saying or expecting what follows in the clause: "said revenue would be about $X",
# "which it said will be 45.5% to 46.5%" (a forecast in reported speech)
_SPEAKER = r"\b(?:said|says|told|expects?|expected|predicted|warned|forecast|sees)\b[^.;]{0,80}?"

# Verbs and words of comparing a result with a forecast ("missed analysts' forecast"): the
# figure before them is the result, never the forecast
_NOT_COMPARING = rf"(?!{COMPARING_WORDS}\b)"

PHRASINGS: tuple[Phrasing, ...] = (
    # a result the words after the figure say the company delivered, even inside an outlook's
    # clause: "projects earnings to grow N% to M% from the $X a share it delivered in <year>"
    # (a recap of a drinks maker's quarter): the base is reported, only the growth is guidance
    Phrasing(r"^\s*(?:a\s+share\s+|per\s+share\s+)?(?:that\s+|which\s+)?(?:it|the\s+company|"
             r"they|we)\s+(?:had\s+)?(?:delivered|reported|earned|posted|recorded|booked|"
             r"generated)\b", REPORTED, "behind"),
    # ... or says was seen a year before: "estimated to come in at $X, which would be wider
    # than the $Y loss seen the year before" (an earnings preview of a software maker's
    # quarter): the estimate is the forecasters', the year-before base is a result
    Phrasing(r"^\s*(?:(?:net\s+|operating\s+)?(?:loss|profit|income|earnings)\s+"
             r"(?:(?:per|a)\s+share\s+)?)?(?:that\s+was\s+|which\s+was\s+)?(?:seen|reported|"
             r"posted|recorded|booked|logged)\s+(?:in\s+)?(?:the\s+|a\s+)?(?:year\s+(?:before|"
             r"earlier|ago)|(?:prior|previous|same)[- ](?:year|quarter|period)|year-ago\s+"
             r"(?:quarter|period)|last\s+year)\b", REPORTED, "behind"),
    # who expected, before the figures: "Analysts were expecting earnings of 4 cents"
    Phrasing(rf"\b{_WHO},?\s+(?:\w+,?\s+){{0,4}}?{_EXPECTING}", ESTIMATE, "ahead"),
    # forecasters' present "see": "Analysts polled by FactSet see earnings of $1.10 a share"
    # (read as a result; a past "saw" may be a result the market saw, so only the present)
    Phrasing(r"\b(?:analysts|Wall\s+Street|the\s+Street|forecasters|economists),?\s+"
             r"(?:\w+,?\s+){0,5}?(?:see|sees|seeing)\b", ESTIMATE, "ahead"),
    # who expected, named by the poll that asked them: "the 30 analysts polled by a data
    # firm looked for revenue of $X" (the firm's name may be several words, with '&')
    Phrasing(rf"\b{_WHO}\s+(?:polled|surveyed|questioned|tracked|asked)\s+by\s+"
             rf"(?:[\w&.'’-]+\s+){{1,6}}?{_EXPECTING}", ESTIMATE, "ahead"),
    # the forecasters' noun, then what it "was for": "the average estimate of 12 analysts
    # surveyed by a research firm was for earnings of $X a share"
    Phrasing(r"\b(?:estimates?|forecasts?|consensus|expectations?|projections?)\b"
             r"[^.;:]{0,100}?\b(?:was|were|is|are|had\s+been)\s+for\b", ESTIMATE, "ahead"),
    # the forecasters' noun and a relative clause whose verb expects the figure: "beat
    # analysts' expectations, which on average were looking for earnings of $X"
    # (or "who": "missed analysts' expectations, who were looking for on average a profit of
    # $X a share", a wire copy on a bank's quarter)
    Phrasing(rf"\b(?:expectations?|estimates?|forecasts?|consensus),?\s+(?:which|who)\s+"
             rf"(?:\w+\s+){{0,3}}?{_EXPECTING}", ESTIMATE, "ahead"),
    # the company's own outlook, before the figures: "projects Q3 revenue of", "now expects"
    # (never the noun with its amount in brackets: "investments in capacity projects ($118
    # million for 6M 2025 vs $92 million ...)", a machine summary of a railroad's half-year)
    Phrasing(r"\b(?:projects?(?!\s*\()|projected|projecting|expects?|expecting|anticipates?|"
             r"anticipating|forecasts?|forecasting|guides?|guided|guiding|sees|"
             # "the company predicts operating income of $X next quarter" (a news site on a
             # streamer's quarter); the past too: "For the current quarter, the company
             # predicted adjusted earnings of $X" (a recap of a software maker's quarter): no
             # one predicts a result already filed. Analysts' 'predicted' is caught by the
             # forecasters' row above, which comes first.
             r"predicts|predicting|predicted|"
             # the verb "plan(s) to", never the noun of a plan's name ("the Employee Stock
             # Purchase Plan to increase the shares": a meeting's vote on amending it)
             r"targeting|(?-i:plans?|Plans|PLANS?)\s+to|aims?\s+to|called\s+for|calls?\s+for|"
             r"calling\s+for|"
             # the verb of a figure, not the noun ("hit its targets, posting ...") nor a
             # drug's aim ("its lead program targets a market worth $2 billion")
             r"(?<!\bits\s)(?<!\bthe\s)(?<!\btheir\s)(?<!\bour\s)targets(?=\s+(?:(?:about|"
             r"around|roughly|approximately|some|at\s+least)\s+)?(?:[$\d]|$))|"
             # an outlook restated: "reiterated adjusted EBITDA of $X for the year"
             r"reiterat(?:ed|es|e|ing)|reaffirm(?:ed|s|ing)?|"
             # what the company was aiming at: "said in December it was looking for adjusted
             # earnings of $X", "aiming for", "hoping for" (the analysts' are the rows above)
             r"aim(?:s|ed|ing)?\s+for|hop(?:es|ed|ing)\s+(?:for|to)|"
             rf"{_COMPANY}\s+(?:was\s+|were\s+|is\s+|are\s+|had\s+been\s+)?looking\s+for|"
             # the past of its own outlook: "had said in July that it expected adjusted
             # earnings of $X" (a result is "better than it expected": _COMPARATIVE)
             rf"{_COMPANY}\s+(?:had\s+|has\s+)?(?:expected|forecast|projected|targeted))\b",
             GUIDANCE, "ahead"),
    Phrasing(r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:expected|forecast|projected|"
             r"anticipated|estimated|predicted|set)\s+to\b|"
             # an impersonal estimate of what is to come: "it's estimated he will receive $X"
             r"\bit(?:['’]s|\s+is)\s+(?:estimated|expected|projected|forecast)\s+(?:that\s+)?"
             r"(?:he|she|it|they|the\s+\w+)\s+will\b|"
             # a noun's reduced clause: "a streamlined operating model expected to generate $X
             # to $Y in annual savings" (a broker's recap of a consumer-goods maker's quarter)
             r"\b(?:expected|projected|forecast|estimated)\s+to\s+(?:generate|deliver|save|"
             r"yield|produce|bring\s+in|contribute|result\s+in|cost)\b|"
             r"\bwill\s+(?:continue\s+to\s+)?"
             r"(?:reach|come\s+in|grow|rise|increase|decline|fall|generate|deliver|achieve)\b|"
             # ("its expenses in 2022 could rise by $X ... to reach $Y": a bank's warning)
             r"\bcould\s+(?:reach|be|hit|rise|grow|increase|climb|top|exceed|fall|decline|"
             r"drop|decrease)\b|\banticipated\b|"
             r"\b(?:is|are)\s+(?:now\s+)?(?:likely|poised|on\s+track)\s+to\b|"
             # "first-quarter revenue is expected at $X to $Y", "is seen rising 7% to $X"
             r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:(?:expected|forecast|projected|"
             r"anticipated|targeted|guided)\s+(?:at|between|around|near|of|to|"
             r"in\s+the\s+range\s+of)|"
             r"seen\s+(?:at|between|around|near|to|in\s+the\s+range\s+of|(?:rising|growing|"
             r"falling|declining|increasing|decreasing|reaching|coming\s+in|climbing)))\b|"
             # a modal's forecast: "revenue should grow 8% to $X", "will total about $X"
             # ("That sum should include $3.3 billion of cost savings": a bank's plan for the
             # year ahead)
             r"\b(?:should|will)\s+(?:grow|rise|increase|decline|fall|reach|come\s+in|total|include|"
             r"exceed|top|climb|range|be\s+(?:between|around|about|approximately|roughly|"
             r"in\s+the\s+range\s+of))\b|"
             # ("gross margins, which it said will be 45.5% to 46.5%": a wire story on a device
             # maker's quarter with no year stated, where no later period marked it; said by
             # someone: a prospectus's "there will be N shares outstanding" is its own term)
             rf"{_SPEAKER}\b(?:should|will)\s+be\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|"
             r"approximately\s+)?(?:US)?\$?$|"
             # reported speech of a forecast: "said revenue in the fourth quarter would be about
             # $X", "the last three months of the year would bring $X" (never "would have been",
             # nor a prospectus's "market capitalization would be roughly $X": no one said it)
             rf"{_SPEAKER}\bwould\s+(?:grow|rise|increase|decline|fall|reach|come\s+in|total|exceed|top|"
             r"climb|range|bring|generate|deliver|be\s+(?:between|around|about|approximately|"
             r"roughly|near|at\s+least|in\s+the\s+range\s+of|[$\d]))|"
             r"\b(?:is|are)\s+(?:now\s+)?likely\s+(?:to\s+be\s+)?(?:around|about|near|between|"
             r"at|roughly|approximately)\b|"
             # the future's copula right before the amount: "Third-quarter revenue will be
             # $5.4-billion to $6-billion, the company said" (a wire reprint on a chipmaker);
             # never a prospectus's own term, "There will be N shares outstanding"
             r"(?<!\bthere\s)(?<!\bThere\s)\bwill\s+be\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|between\s+)?"
             r"(?:US)?\$?$|"
             # an outlook revised: "Operating margin for the year was also revised upward from 29
             # percent to 29.5 percent" (a trade site on a streamer's quarter)
             r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?revised\s+(?:upward|"
             r"upwards|downward|downwards|up|down|higher|lower)\b",
             GUIDANCE, "ahead"),
    # a revised outlook governs its new and its old figures: "FY guidance raised: revenue to
    # $X (from $Y)", "lifted its full-year forecast to $X from $Y" (a research summary of
    # a SaaS quarter)
    Phrasing(r"\b(?:guidance|outlook|forecast)\s+(?:was\s+|is\s+)?(?:raised|lifted|increased|"
             r"boosted|cut|lowered|reduced|reaffirmed|maintained|narrowed|updated)\b|"
             r"\b(?:rais|lift|boost|lower|reduc|reaffirm|maintain|narrow|updat)(?:ed|es|s|e|ing)?"
             r"\s+(?:its\s+|their\s+|the\s+)?(?:full[- ]year\s+|annual\s+|fiscal\s+(?:year\s+)?|"
             r"(?:FY\s?)?(?:20)?\d\d\s+)*(?:guidance|outlook|forecast)\b",
             GUIDANCE, "ahead"),
    # nouns whose object is the figure: "estimates of $11.07 billion", "guidance of $5.90"
    Phrasing(r"\b(?:consensus|estimates?|expectations?|projections?|forecasts?)\b|"
             # a results summary's abbreviation: "Revenue: $4.0B (Est. $4.05B)"
             r"\best\.|"
             # a wire brief's and a market column's 'view': "Q2 revenue view $X", "a Street
             # view of $X" (never "in view of", nor a guidance's prior view: the row below)
             r"(?<!\bin\s)(?<!\bprevious\s)(?<!\bprior\s)(?<!\bearlier\s)(?<!\bold\s)"
             r"(?<!\binitial\s)(?<!\boriginal\s)\bview\b", ESTIMATE, "object"),
    # a participle naming a result line as forecast: an earnings card's "Expected Revenue $X"
    # beside its "Actual Revenue $Y" (a stock site's earnings page on a miner's quarter, read
    # as revenue and drifted); a blog's "exceeded the estimated decline of 4.1%", "the
    # estimated figure of $42.1B" (a retailer's quarter); only a result's noun or a change's,
    # never a filed line's name ("expected credit losses")
    Phrasing(r"\b(?:expected|estimated|anticipated|forecast(?:ed)?|predicted)\s+(?:(?:total|"
             r"net|adjusted|GAAP|non-GAAP|quarterly|annual)\s+)*(?:revenues?|sales|EPS|"
             r"earnings?|profit|income|loss|figures?|numbers?|declines?|drops?|falls?|"
             r"increases?|rises?|gains?|growth)\b", ESTIMATE, "object"),
    # the forecasters' own figure: "beating Wall Street's $1.10", "analysts' $3.2 billion"
    Phrasing(r"(?:\banalysts['’]|\bStreet['’]s)(?=\s*$|\s+\w)", ESTIMATE, "object"),
    # the distance from the consensus: "an earnings surprise of N%" (a recap of a bank's
    # quarter), "The reported revenue represents a surprise of +N% over the consensus" (a
    # key-metrics recap of a gas utility's quarter, read as revenue growth and drifted); a bare
    # "surprise" only with "of"/"was" and the figure: "a surprise 12% rise" is a result
    # its forecast too: "The Earnings Expected Surprise Prediction was -0.84%" (a recap of a
    # bank's quarter, read as a fall in net income and drifted), "the predicted surprise"
    Phrasing(r"\b(?:earnings|sales|revenue|positive|negative)\s+(?:(?:expected|predicted)\s+)?"
             r"surprises?\b|\b(?:expected|predicted)\s+surprises?\b|\bsurprise\s+predictions?\b|"
             r"\bsurprises?(?=\s+(?:of|was|were|is|stood\s+at|came\s+in\s+at)\s+"
             r"[-+\u2212(]?\$?\s*$)", ESTIMATE, "object"),
    # ... and a brief's bare verb of it: "GAAP EPS of $X beats by $Y, revenue of $ZM
    # misses by $WM" (a financial site's one-line earnings brief format)
    Phrasing(r"\b(?:beat|beats|beating|miss|misses|missed|missing|tops|topped|topping)\s+by\b",
             ESTIMATE, "object"),
    # ("down from the prior quarter's range of $X billion to $Y billion", a wire story on
    # a metals maker's quarter: the outlook given a quarter before)
    Phrasing(r"\b(?:guidance|outlook|target|goal|(?:previous|prior|earlier|old|initial|original)\s+"
             r"(?:(?:quarter|month|year)['’]s\s+)?(?:range|view|goal))\b", GUIDANCE, "object"),
    # a pledge's object: "a 2023 commitment to 100% carbon neutrality" (a machine summary of a
    # miner's call), "pledged to 50% renewable power": what the company means to reach
    Phrasing(r"\b(?:commitment|committed|pledged?|pledging)\s+to\b", GUIDANCE, "object"),
    # after the figure: "the $1.11 Wall Street was expecting", "$2.9bn analysts had forecast"
    Phrasing(rf"^\s*(?:{_NOT_COMPARING}\w+\s+){{0,1}}?(?:that\s+|which\s+)?"
             rf"(?:most\s+|many\s+|some\s+)?"
             rf"{_WHO}\s+(?:\w+\s+){{0,3}}?{_EXPECTING}", ESTIMATE, "behind"),
    # a bare participle right after the figure: "Revenue: $17.38 billion, vs. $17.30 billion
    # expected" (CNBC's format, IBM's 2023), "$3.78 per share expected"
    Phrasing(r"^\s*(?:(?:a|per)\s+share\s+)?(?:(?:expected|estimated|forecast|projected|"
             r"anticipated|predicted)\b(?!\s+(?:to|that|in|for|by|from|of|at|with|growth|"
             r"increase|decline|rise|gain|results?)\b)|est\.)", ESTIMATE, "behind"),
    # the future's copula right after the figure, its subject: "<part> revenue of $A to $B, of
    # which $C to $D will be subscription revenue" (a trader's column on a software maker's
    # outlook: the share of next quarter's range drifted against the quarter reported); never
    # what a declared term will be done with ("a dividend of $0.24 per share will be paid")
    Phrasing(r"^\s*(?:(?:a|per)\s+share\s+)?(?:will|would|is\s+expected\s+to|are\s+expected\s+to)"
             r"\s+(?:be|come|total|reach|amount)\b(?!\s+(?:paid|payable|distributed|issued|"
             r"offered|sold|used|returned|repurchased|outstanding|deposited|held)\b)",
             GUIDANCE, "behind"),
    # the company's own outlook, after the figure: "the $10.5 billion figure that management
    # had called for", "the $2 billion it had forecast"
    Phrasing(rf"^\s*(?:(?:a|per)\s+share\s+)?(?:{_NOT_COMPARING}\w+\s+)?(?:that\s+|which\s+)?"
             rf"{_COMPANY}\s+"
             rf"(?:\w+\s+){{0,2}}?(?:had\s+|has\s+|have\s+)?{_VERB_OUTLOOK}\b",
             GUIDANCE, "behind"),
    # passive, after the figure: "the $1.02 a share expected by analysts", "forecast by the bank"
    Phrasing(r"^\s*(?:that\s+|which\s+)?(?:was\s+|were\s+|had\s+been\s+)?(?:expected|"
             r"forecast|predicted|projected|estimated|anticipated|penciled\s+in)\s+by\b",
             ESTIMATE, "behind"),
    Phrasing(rf"^\s*(?:{_NOT_COMPARING}\w+\s+)?(?:consensus|analysts?'?)\s+(?:estimates?|"
             r"forecasts?|expectations?)\b|^\s*(?:estimates?|consensus)\b", ESTIMATE, "behind"),
    # the distance from the estimates, right before the comparison: "EPS came in 10 cents ahead
    # of the consensus", "$100 million above estimates" (a result is written "of $X, above")
    Phrasing(r"^\s*(?:(?:a|per)\s+share\s+)?(?:above|below|ahead\s+of|short\s+of|better\s+than|"
             r"worse\s+than|higher\s+than|lower\s+than)\s+(?:(?:the|analysts?['’]?|Wall\s+"
             r"Street['’]s|the\s+Street['’]s|average|mean|consensus)\s+){0,3}(?:consensus|"
             r"estimates?|expectations?|forecasts?)\b", ESTIMATE, "distance"),
    # the noun the figure modifies: "than the $5.12 StreetAccount consensus", "vs. the $17.30
    # billion LSEG estimate", "a $10.5 billion target"
    Phrasing(rf"{_HEAD}(?:consensus|estimates?|forecasts?|expectations?|projections?)\b",
             ESTIMATE, "head"),
    Phrasing(rf"{_HEAD}(?:targets?|goals?|guidance|outlook|predictions?)\b", GUIDANCE, "head"),
    # a forecast's band: "Revenue: $14.4 billion, plus or minus $500 million" (a chip maker's
    # outlook list, copied under a bare "Q3 2014" line): no filing reports a figure so
    Phrasing(r"^\s*,?\s*(?:plus\s+or\s+minus|give\s+or\s+take|\+/-|\u00b1)", GUIDANCE,
             "behind"),
    Phrasing(r"\b(?:plus\s+or\s+minus|give\s+or\s+take)\b|\+/-|\u00b1", GUIDANCE, "ahead"),
    # a growth rate an article infers, not one reported: "posted $1.05 a share in the same
    # quarter last year, which would suggest a negative year-over-year growth rate of 18.1%"
    # (a stock-note template, whose rate is the consensus's over last year's figure); the
    # noun "rate" after the verb of inference, never "suggesting strong growth of 12%"
    Phrasing(r"\b(?:would\s+(?:suggest|imply|indicate|point\s+to|represent|mean)|suggests|"
             r"suggesting)\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?(?:growth|decline|change)\s+rate\b",
             ESTIMATE, "ahead"),
    # thresholds and scenarios the article sets itself
    Phrasing(r"\b(?:walk[- ]away|threshold|checklist|kill switch|follow condition|"
             r"wait condition|would need to|price target|target price|bull case|bear case|"
             r"(?:moves?|climbs?|rises?|falls?|drops?|heads?) (?:quickly )?toward)\b|"
             # a rhetorical challenge's figure: "Show me a retail store with a 76% gross
             # margin" (a personal blog on a device maker's services, read as the company's
             # margin and drifted): of whatever the reader might name, no filer's
             r"\b(?:show\s+me|name|find\s+me|imagine|picture)\s+(?:a|an|any|one)\s+"
             r"(?:[\w-]+\s+){0,3}?(?:with|that\s+(?:has|had|earns|makes|made))\b",
             HYPOTHETICAL, "ahead"),
) + tuple(Phrasing(*row) for row in ROWS)  # "$X is expected", "$Y behind what analysts expected"

# What a 'head' noun's figure must follow: a determiner or a word of comparing, which opens
# the noun phrase ("than the $5.12 StreetAccount consensus", "vs. $17.30 billion expected")
# What a result's figure follows: its preposition or a verb of reporting it ("revenue of $X
# above estimates", "rose to $X"); a distance follows none ("came in 10 cents ahead of")
_NAMES_RESULT = re.compile(r"\b(?:of|at|to|totaled|totalled|reached|reaching|posted|reported|"
                           r"earned|generated|delivered|hit)\s*$|:\s*$", re.I)
# (an adjective of the whole may stand between: "the full 23 EH capacity target")
_OPENS_PHRASE = re.compile(r"\b(?:the|a|an|vs\.?|versus|against)(?:\s+(?:full|entire|whole|"
                           r"new|initial|original|revised|stated))?\s*$", re.I)


@dataclass(frozen=True)
class Modality:
    modality: str
    words: str  # the words that gave it, for the reason shown

    @property
    def reason(self) -> str:
        return f"{REASONS[self.modality]} (\u201c{self.words.strip()}\u201d)"


def column_reason(words: str) -> str:
    """Why a table's cell under a column of estimates ("Analysts' Prediction") or of the
    company's targets ("Q2 target") is not compared."""
    own = TARGET_HEADER.search(words) and not _ANALYSTS.search(words)
    return Modality(GUIDANCE if own else ESTIMATE, words).reason


_ANALYSTS = re.compile(r"\b(?:analysts?|consensus|street|estimates?)\b", re.I)


@dataclass(frozen=True)
class _Compiled:
    regex: re.Pattern
    modality: str
    place: str


def _compiled() -> tuple[_Compiled, ...]:
    return tuple(_Compiled(re.compile(p.pattern, re.I), p.modality, p.place)
                 for p in PHRASINGS)


_TABLE = _compiled()


def figure_modality(sentence: str, span: tuple[int, int]) -> Modality | None:
    """The modality of the figure at ``span`` of ``sentence``; None when it is reported."""
    before, after = sentence[:span[0]], sentence[span[1]:]
    for row in _TABLE:
        if row.place == "head":
            found = row.regex.match(after) if _OPENS_PHRASE.search(before) else None
            if found:
                return Modality(row.modality, found.group(0))
            continue
        if row.place == "distance":
            found = row.regex.match(after) if not _NAMES_RESULT.search(before) else None
            if found:
                return Modality(row.modality, found.group(0))
            continue
        if row.place == "behind":
            found = row.regex.match(after)
            if found:
                return None if row.modality == REPORTED else Modality(row.modality,
                                                                      found.group(0))
            continue
        for found in row.regex.finditer(before):
            if governs(row.place, row.modality == GUIDANCE, before, found):
                return Modality(row.modality, found.group(0))
    # "versus $X as expected by analysts, per ...", "lower than the forecasted $X"
    words = trailing_estimate(sentence, span) or attributive_estimate(sentence, span) or (
        compiled_estimate(sentence, span)  # "... on <a data provider> of $X"
        or set_aside(sentence, span))  # "$73.7 billion rather than $78.7 billion"
    if words:
        return Modality(ESTIMATE, words)
    words = outlook_change(sentence, span)  # "(up $0.5B vs. prior forecast)"
    if words:
        return Modality(GUIDANCE, words)
    read = outlook_reading(sentence, span, figure_modality)  # "up from the previous 29%"
    return Modality(*read) if read else None
