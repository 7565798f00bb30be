"""Registry rows: the balance sheet's totals (assets, current assets and liabilities,
liabilities, the stockholders' equity, net property and equipment) and the long-term debt less
its current portion. Articles quote them as-of a day ("Total liabilities increased to $75.052
billion as of July 30, 2023"); without rows such figures came back "no filed metric is named
near this figure" (machine summaries of a home-improvement retailer's and a gas utility's 10-Qs).

All are balances (``is_point``, ``is_balance``): dated by their day, no successors. Each is a
growth base: a machine summary of a railroad's 10-K states "Total liabilities decreased to $X in
2024 from $Y in 2023, a reduction of 2.9%", and the rate is theirs. Each is read
from the filer's own tag first, then from the balance sheet's line (never a note's table: the
property note prints the gross cost and the accumulated depreciation beside the net line).
"""

from __future__ import annotations

from core.metric_model import Cue, Label, Metric

# whose equity: "stockholders'", "shareholders'", "shareowners'" (apostrophe folded or absent)
_HOLDERS = r"(?:stockholders|shareholders|shareowners)['’]?"
# the word at a label's or clause's head (no word before it but "total"), then its colon or verb
_BARE_EQUITY = (r"(?<![\w'’&/]\s)(?<![\w'’&/-])\b(?:total\s+)?equity\b(?=\s*:|\s+(?:was|were|"
                r"is|of|stood|totall?ed|reached|came|rose|fell|grew|increased|decreased|"
                r"climbed|declined|dropped|ended)\b)")
# A balance-sheet line of the holders' equity (normalised: lower case, apostrophes folded):
# "stockholders' equity", "shareholders' deficit", "stockholders' equity (deficit)"
_HOLDERS_LINE = (r"(?:stockholders|shareholders|shareowners)'? (?:\((?:deficit|deficiency)\) )?"
                 r"(?:equity|deficit|deficiency)(?: \((?:deficit|deficiency)\))?")
# Whose equity a line names ("Total Acme Corporation stockholders' equity", "The Acme
# Company shareowners' equity"): a name, never words that make the line another figure (the
# sheet's other side, "liabilities and"; preferred or mezzanine stock; an average, a return, a
# change) or a part of the company
_OWNER = (r"(?P<owner>(?!(?:.* )?(?:and|&|liabilit\w*|preferred|mezzanine|temporary|redeemable|"
          r"convertible|average|tangible|return|ratio|per|increase|decrease|change|impact|pro "
          r"forma|other|subsidiar\w*|parent|guarantor\w*|segment|total|common)(?: |$))"
          r"[a-z][\w.,&'-]*(?: [\w.,&'-]+){0,5})")
ROWS: tuple[Metric, ...] = (
    Metric(
        "total_current_assets", "USD", "total current assets (a balance)",
        concepts=("AssetsCurrent",), statement="balance", is_crosschecked=True, is_balance=True,
        is_growth_base=True,
        labels=(Label(r"total current assets", rank=3),), label_words=("current assets",),
        cues=(Cue(r"\b(?:total\s+)?current\s+assets\b"),)),
    # "total current liabilities of $144.571B" (a machine summary of a phone maker's quarter)
    Metric(
        "total_current_liabilities", "USD", "total current liabilities (a balance)",
        concepts=("LiabilitiesCurrent",), statement="balance", is_crosschecked=True,
        is_balance=True, is_growth_base=True,
        labels=(Label(r"total current liabilities", rank=3),),
        label_words=("current liabilities",),
        cues=(Cue(r"\b(?:total\s+)?current\s+liabilities\b"),)),
    Metric(
        "total_assets", "USD", "total assets (a balance)",
        concepts=("Assets",), statement="balance", is_crosschecked=True, is_balance=True,
        is_growth_base=True,
        labels=(Label(r"total assets", rank=3),), label_words=("total assets",),
        # never the assets a manager runs for clients ("total assets under management")
        cues=(Cue(r"\btotal\s+assets\b(?!\s+under\b)"),)),
    Metric(
        "total_liabilities", "USD", "total liabilities (a balance)",
        concepts=("Liabilities",), statement="balance", is_crosschecked=True, is_balance=True,
        is_growth_base=True,
        labels=(Label(r"total liabilities", rank=3),), label_words=("total liabilities",),
        # "total liabilities and stockholders' equity" is the balance sheet's other side
        cues=(Cue(r"\btotal\s+liabilities\b(?!\s+and\s+(?:\w+['’]?\s+)?(?:equity|deficit|"
                  r"stockholders|shareholders|shareowners|partners|members|capital))"),)),
    # The equity attributable to the company's own holders (StockholdersEquity), never "Total
    # equity" with noncontrolling interests added. Read from the tag and from the balance
    # sheet's holders' total: "Total stockholders' equity", "Total shareholders' deficit", "Total
    # <Company> stockholders' equity", a summary's bare "Stockholders' equity". A holders' line
    # printed under the noncontrolling interests' share sums them in (a software maker's 10-Q:
    # "Total stockholders' equity" 1,556 under "Noncontrolling interests" 483, beside "Total
    # <Company> stockholders' equity" 1,073, the tagged figure) and a common holders'
    # line leaves out preferred stock: both are judged by the table reader
    # (``extractors.table_readings.holders_equity_readings``).
    Metric(
        "stockholders_equity", "USD", "total stockholders' equity attributable to the company "
        "(a balance)",
        concepts=("StockholdersEquity",), is_balance=True, is_growth_base=True,
        statement="balance", is_crosschecked=True,
        labels=(Label(rf"(?:total )?(?:{_OWNER} )?(?:common )?{_HOLDERS_LINE}", rank=3),
                # "Equity Attributable to Shareowners of The <Company>" (a drinks maker)
                Label(r"(?:total )?(?:stockholders|shareholders|shareowners)?'? ?equity "
                      r"attributable to (?:the )?(?:stockholders|shareholders|shareowners) of "
                      rf"{_OWNER}", rank=3)),
        label_words=("stockholders", "shareholders", "shareowners"),
        quoted_as=("equity",),
        # "Stockholders' deficit decreased to $(17,286)K" (a small filer's release): negative
        # equity by its own name, filed as a negative StockholdersEquity
        sign_words=r"\bdeficit\b|\bdeficiency\b",
        cues=(Cue(rf"\b{_HOLDERS}\s+equity\b(?!\s+(?:and|ratio))|"
                  rf"\b{_HOLDERS}\s+(?:deficit|deficiency)\b(?!\s+and\b)"),)),
    # A bare "Equity: $100.1B" or "total equity was $X" (a blog's balance-sheet bullets on a
    # chipmaker's quarter): whose equity is not said, so no one line. It may be the holders'
    # own (``stockholders_equity``, whose ``quoted_as`` names this row) or the total with
    # noncontrolling interests added, which no row reads: the holders' figure bears it out,
    # and a miss is unverifiable, never drifted. Only the word at the head of a label or
    # clause, right before its colon or verb: "private equity", "return on equity", "equity
    # investments", "equity-based compensation", "the bank's equity" are other things or say
    # whose.
    Metric(
        "equity", "USD", "equity as an article names it bare (the holders' own, or the total "
        "with noncontrolling interests)", is_stored=False, is_balance=True,
        cues=(Cue(_BARE_EQUITY, ("USD",)),)),
    # The earnings kept since the company began ("Retained earnings rose to $X", a machine
    # summary of a railroad's 10-K): without a row, its "earnings" was read as the year's net
    # income. An accumulated deficit is the negative balance under the same tag. Read from the
    # tag and from the balance sheet's line ("Retained earnings", "Accumulated deficit",
    # "Reinvested earnings"); a line that names only a deficit is read only where printed
    # negative (``table_readings.holders_equity_readings``): a deficit printed as its size would
    # be read as earnings.
    Metric(
        "retained_earnings", "USD",
        "retained earnings, or the accumulated deficit when negative (a balance)",
        concepts=("RetainedEarningsAccumulatedDeficit",), is_balance=True, is_growth_base=True,
        statement="balance", is_crosschecked=True,
        labels=(Label(r"(?:retained|reinvested) earnings(?: ?/? ?\(?(?:accumulated )?deficit\)?)?|"
                      r"(?:accumulated|retained) \(?deficit\)?(?: \(?earnings\)?)?|"
                      r"accumulated \(deficit\) earnings|accumulated earnings(?: \(deficit\))?"),),
        label_words=("retained", "reinvested", "accumulated"),
        sign_words=r"\bdeficit\b",
        cues=(Cue(r"\bretained\s+earnings\b|\baccumulated\s+deficit\b"),)),
    Metric(
        "property_and_equipment_net", "USD",
        "property (plant) and equipment, net of accumulated depreciation (a balance)",
        concepts=("PropertyPlantAndEquipmentNet",), statement="balance", is_crosschecked=True,
        is_balance=True, is_growth_base=True,
        labels=(Label(r"(?:total )?property(?:,)? (?:plant,? )?and equipment,? net|net property"
                      r"(?:,)? (?:plant,? )?and equipment"),),
        label_words=("equipment",),
        # only with "net" said: the gross cost and the accumulated depreciation are other lines
        cues=(Cue(r"\bnet\s+property,?\s+(?:plant,?\s+)?and\s+equipment\b|\bproperty,?\s+"
                  r"(?:plant,?\s+)?and\s+equipment,?\s+net\b"),)),
    # "Long-term debt (less current portion)": the noncurrent part as the filer tags it. Read
    # from the tag and from the balance sheet's line that says so ("Long-term debt, excluding
    # current installments", "Debt due after one year"); a bare "Long-term debt" line (its
    # aside dropped by the label reader) only below "Total current liabilities": on an
    # unclassified sheet it may hold the current maturities too. A plain "long-term debt" in
    # an article stays the unverifiable ``debt``: which line it is, is not said.
    Metric(
        "long_term_debt_noncurrent", "USD",
        "long-term debt less its current portion (a balance)",
        concepts=("LongTermDebtNoncurrent",), is_balance=True, is_growth_base=True,
        statement="balance", is_crosschecked=True,
        labels=(Label(r"(?:total )?long[- ]term debt(?:, net)?,? \(?(?:less|net of|excluding)"
                      r"(?: the)? (?:current (?:portion|maturities|installments)|amounts? due "
                      r"within one year)\)?(?:, net)?|(?:long[- ]term )?debt,? non-?current|"
                      r"non-?current (?:portion of )?(?:long[- ]term )?debt|"
                      r"debt due after one year"),
                # the bare line of a classified balance sheet, below its current liabilities
                Label(r"long[- ]term debt(?:, net)?", after=r"total current liabilities")),
        label_words=("term debt", "debt due", "current debt", "debt, non", "debt non"),
        cues=(Cue(r"\blong[- ]term\s+debt,?\s*\(?\s*(?:less|net\s+of|excluding)\s+(?:the\s+)?"
                  r"current\s+(?:portion|maturities|installments)\)?"),)),
)
