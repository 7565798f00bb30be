"""Registry rows: the ratios and per-share values banks print in their key-data tables.

Bank releases open with a table of a few ratios the bank computes itself (U.S. Bancorp's Q4
2021 release: "Return on average common equity (%)" 13.0, "Net charge-off ratio" .17%, "Book
value per common share (period end)" $32.71, "Basel III standardized CET1" 10.0%; Citizens':
"ROTCE", "Period-end loans-to-deposit ratio", "TBV/Share"; PNC's "Net charge-offs to average
loans (annualized)"). Articles quote them as stated; none is recomputed (each bank defines its
own averages and capital). Read as key metrics (statement "kpi": any table whose row names
one, dated by its column): a return or a charge-off ratio is the column's period's; a capital
ratio, a loans-to-deposits ratio and a book value per share are stated on the column's last
day (``is_balance``: an article's "CET1 at 9.9%" in its quarter is the ratio at the quarter's
end). Each label is matched whole, so a release's "Underlying" or "fully implemented" twin
and an "(average)" loans-to-deposits ratio are never read as these.
"""

from __future__ import annotations

from core.metric_model import Cue, Derivation, Label, Metric

# whose equity: "common equity", "common shareholders' equity", "shareholders' equity"
_HOLDERS = r"(?:(?:share|stock)holders'? )?"
# the asides a key-data label carries: "(ROE)", "(“ROE”)", "(%)", "(annualized)"
_ASIDES = r"(?: \([^)]{1,40}\))*"
_CUE_HOLDERS = r"(?:(?:share|stock)holders['’]?\s+)?"

# Cost ratios a release may not print that articles quote, recomputed from the filed lines of
# the same period, support-only (``Metric.supported_by``, pipeline.verify.support_sums): banks
# define them differently (revenue on a taxable-equivalent basis or net of provisions, the
# expenses of some lines left out), so a recomputed ratio that rounds to the article's figure
# bears it out and one that does not proves nothing (unverifiable, never drifted). Expenses:
# a bank's noninterest expense, else a broker's total operating expenses; revenue: the
# statement's total net revenue, then its managed (taxable-equivalent) total.
_COSTS = ("noninterest_expense", "operating_expenses")
_REVENUES = (("revenue",), ("revenue_fte",))
EFFICIENCY_RATIOS = tuple(Derivation("ratio", (_COSTS, revenue), "noninterest expense / "
                                     "total net revenue") for revenue in _REVENUES)
COMPENSATION_RATIOS = tuple(Derivation("ratio", (("compensation_expense",), revenue),
                                       "compensation and benefits / net revenues")
                            for revenue in _REVENUES)

ROWS: tuple[Metric, ...] = (
    # Return on tangible common equity before return on equity: its words hold "common equity"
    # too. Citizens' "Underlying ROTCE" is another figure (an article's "underlying" makes the
    # claim adjusted: claims_qualifiers.adjusted).
    Metric(
        "return_on_tangible_common_equity", "percent",
        "net income to common as a percentage of average tangible common equity (ROTCE, "
        "banks), as stated",
        statement="kpi",
        labels=(Label(rf"return on (?:average )?tangible common {_HOLDERS}equity{_ASIDES}|"
                      r"rotce(?: \(%\))?"),),
        label_words=("tangible common", "rotce"),
        cues=(Cue(rf"return\s+on\s+(?:average\s+)?tangible\s+common\s+{_CUE_HOLDERS}equity|"
                  r"\bRO(?:A)?TCE\b"),)),
    # Return on (average) common equity (U.S. Bancorp, PNC, Citizens, JPMorgan's "Return on
    # common equity"; Wells Fargo's "Return on equity (ROE)", which is on common equity). A
    # table that prints both a total-equity and a common-equity return: the common one (rank 3).
    Metric(
        "return_on_common_equity", "percent",
        "net income to common as a percentage of average common equity (ROE, banks), as stated",
        statement="kpi",
        labels=(Label(rf"return on (?:average )?common {_HOLDERS}equity{_ASIDES}", rank=3),
                Label(rf"return on (?:average )?(?:total )?{_HOLDERS}equity{_ASIDES}|"
                      r"roe(?: \(%\))?")),
        label_words=("return on", "roe"),
        cues=(Cue(rf"return\s+on\s+(?:average\s+)?(?:common\s+)?{_CUE_HOLDERS}equity|"
                  r"\bRO(?:AC?)?E\b"),)),
    # Net charge-offs over average loans for the period, annualised (U.S. Bancorp's "Net
    # charge-off ratio", Citizens' "NCO ratio", PNC's "Net charge-offs to average loans (for the
    # three months ended) (annualized)", JPMorgan's "Net charge-off rate"). Never the dollar
    # line "Net charge-offs".
    Metric(
        "net_charge_off_ratio", "percent",
        "net charge-offs as an annualised percentage of average loans (banks), as stated",
        statement="kpi",
        labels=(Label(r"(?:net charge-offs? (?:ratio|rate)|nco ratio|net charge-offs? (?:to|"
                      r"as an? (?:percent(?:age)?|%) of) average (?:total )?loans(?: and "
                      r"leases)?)" + _ASIDES),),
        label_words=("charge-off", "nco ratio"),
        cues=(Cue(r"net\s+charge-?offs?\s+(?:ratio|rate)|\bNCO\s+(?:ratio|rate)|net\s+charge-?"
                  r"offs?\s+(?:to|as\s+a\s+percent(?:age)?\s+of)\s+average\s+(?:total\s+)?"
                  r"loans"),)),
    # The common equity tier 1 capital ratio at the period's end, as the bank states its
    # binding one (Wells Fargo's "Common Equity Tier 1 (CET1) ratio", PNC's "Basel III common
    # equity Tier 1 capital ratio", U.S. Bancorp's "Basel III standardized CET1"). Not the
    # dollar "capital" line, nor PNC's "fully implemented" ratio beside it.
    Metric(
        "cet1_ratio", "percent",
        "common equity tier 1 capital as a percentage of risk-weighted assets at the period's "
        "end (banks), as stated", statement="kpi", is_balance=True,
        labels=(Label(r"(?:basel iii )?(?:standardized )?(?:common equity tier 1|cet1?)"
                      r"(?: \([^)]{1,12}\))?(?: capital)? ratio|(?:basel iii standardized )?"
                      r"cet1?"),),
        label_words=("tier 1", "cet1", "standardized cet"),
        cues=(Cue(r"common\s+equity\s+tier\s+(?:1|one)(?:\s+\(CET1\))?(?:\s+capital)?"
                  r"(?:\s+ratio)?|\bCET1\b(?:\s+capital)?(?:\s+ratio)?"),)),
    # Loans over deposits at the period's end (Citizens' "Period-end loans-to-deposit ratio";
    # PNC's "Loans to deposits"); never the ratio of the averages printed beside it.
    Metric(
        "loans_to_deposits_ratio", "percent",
        "total loans as a percentage of total deposits at the period's end (banks), as stated",
        statement="kpi", is_balance=True,
        labels=(Label(r"(?:period-end )?loans?[- ]to[- ]deposits?(?: ratio)?"
                      r"(?: \(period-end\))?"),),
        label_words=("to deposit", "to-deposit"),
        cues=(Cue(r"(?<!average\s)\bloans?[- ]to[- ]deposits?\s+ratio|\bLDR\b"),)),
    # Book value per common share at the period's end, and its tangible twin (Citizens'
    # "TBV/Share", PNC's "Tangible book value per common share (non-GAAP)"): the tangible one
    # first, its words holding the other's.
    Metric(
        "tangible_book_value_per_share", "USD/share",
        "tangible common equity per common share outstanding at the period's end (banks), as "
        "stated", statement="kpi", is_balance=True,
        labels=(Label(r"tangible book value per (?:common )?share(?: \((?:non-gaap|period[- ]"
                      r"end)\))?|tbv/share|tbvps", per_share=True),),
        label_words=("tangible book", "tbv"),
        # never the bare "tangible book value", which an article may give in billions
        cues=(Cue(r"tangible\s+book\s+value\s+per\s+(?:common\s+)?share|\bTBV\s*(?:/\s*|per\s+)"
                  r"share\b|\bTBVPS\b", ("USD/share", "USD")),
              # "a tangible book value of $70 a share": the bare words, of a per-share figure
              Cue(r"tangible\s+book\s+value\b(?!\s+per\b)", ("USD/share",)))),
    Metric(
        "book_value_per_share", "USD/share",
        "common shareholders' equity per common share outstanding at the period's end, as "
        "stated", statement="kpi", is_balance=True,
        labels=(Label(r"book value per (?:common )?share(?: \((?:period[- ]end)\))?",
                      per_share=True),),
        label_words=("book value",),
        cues=(Cue(r"(?<!tangible\s)\bbook\s+value\s+per\s+(?:common\s+)?share|\bBVPS\b",
                  ("USD/share", "USD")),
              # "a book value of $284 a share" (a financial weekly on an investment bank's
              # year): a bare book value whose figure is per share
              Cue(r"(?<!tangible\s)\bbook\s+value\b(?!\s+per\b)", ("USD/share",)))),
    # Compensation and benefits over net revenues (an investment bank's pay ratio), never
    # stated as a line here: support-only from the two lines (COMPENSATION_RATIOS).
    Metric(
        "compensation_ratio", "percent",
        "compensation and benefits as a percentage of net revenues (banks), recomputed",
        is_stored=False, supported_by=COMPENSATION_RATIOS,
        cues=(Cue(r"\b(?:compensation|comp)(?:[- ]to[- ](?:net\s+)?revenues?)?\s+ratios?\b|"
                  r"\bratio\s+of\s+compensation(?:\s+and\s+benefits)?\s+(?:expenses?\s+)?to\s+"
                  r"(?:net\s+)?revenues?", ("percent",)),)),
    # A book value in total ("tangible book value totaled $185.3 billion"): named so that no
    # per-share row nearby takes it; not stored, so always unverifiable.
    Metric(
        "book_value", "USD", "common (or tangible common) equity in total, as an article "
        "names it: never a per-share value", is_stored=False,
        cues=(Cue(r"\b(?:tangible\s+)?book\s+value(?!\s+per\b)(?!\s*/)", ("USD",)),)),
)
