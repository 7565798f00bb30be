"""Registry rows: capital-return figures a filing states in prose (a newly declared dividend
rate, a buyback authorization), read by ``extractors.capital_return``."""

from __future__ import annotations

from core.metric_model import Cue, Metric

# Both are stated as of the day the board acted, often after the period (a 10-Q's liquidity
# paragraph: "On May 1, 2025, the Board ... authorized an additional program to repurchase up
# to $100 billion ... and raised the quarterly cash dividend from $0.25 to $0.26 per share"):
# ``is_point`` facts with no period, as an offering's terms; the filing date carries when.
# Placed before the cash-flow rows so that their cues win ties over "share repurchases" and
# "dividends" (the money spent or paid in the period, a different figure).
ROWS: tuple[Metric, ...] = (
    # The rate declared, never the dividends paid in the period. An article's "dividend per
    # share" (dividends_per_share) may be this rate: quoted_as lets such a claim be borne out by
    # it; drifts_alone=False keeps a miss from drifting on this line alone. Its own cues are a
    # raise only ("raised its dividend to", "an increased dividend of"): "declared a dividend of
    # $X" stays dividends_per_share, which a declared rate then bears out (quoted_as).
    Metric(
        "dividend_declared_per_share", "USD/share",
        "the common dividend rate per share the board declared or raised to (as of that day)",
        is_point=True, quoted_as=("dividends_per_share",), drifts_alone=False,
        cues=(Cue(r"(?:rais|increas|hik|boost|lift)(?:ed|es|ing)?\s+(?:its\s+|the\s+|our\s+)?"
                  r"(?:quarterly\s+)?(?:cash\s+)?dividend(?:\s+(?:payment|payout))?"
                  r"(?:\s+by\s+[\d.]+\s*(?:%|percent))?(?:\s+to)?|"
                  r"(?:increased|higher|raised)\s+(?:quarterly\s+)?(?:cash\s+)?dividend(?:\s+of)?",
                  ("USD/share",)),)),
    # The rise of that rate in percent, as the raise's sentence states it ("an increase of 25
    # cents per share, or 20%": a bank's release); an article's "raised its dividend by 20%",
    # "a 9% increase to its common stock dividend". Never the growth of dividends paid.
    Metric(
        "dividend_increase", "percent",
        "the rise of the common dividend rate the board raised, in percent (as of that day)",
        is_point=True, drifts_alone=False,
        cues=(Cue(r"(?:rais|increas|hik|boost|lift)(?:ed|es|ing)?\s+(?:its\s+|the\s+|our\s+)?"
                  r"(?:quarterly\s+)?(?:common\s+(?:stock\s+)?)?(?:cash\s+)?dividend(?:\s+on\s+"
                  r"(?:its\s+|our\s+)?common\s+(?:stock|shares))?\s+by|"
                  r"\b(?:increase|rise|hike|raise)\s+(?:to|in|of)\s+(?:its\s+|the\s+|our\s+)?"
                  r"(?:quarterly\s+)?(?:common\s+(?:stock\s+)?)?(?:cash\s+)?dividend\b",
                  ("percent",)),)),
    # The total dividends declared in a period, in money ("declared cash dividends of $3,212
    # million in 2024", a machine summary of a railroad's 10-K): the equity statement's line,
    # which differs from the cash paid (a dividend declared in December is paid in January), so
    # never compared with dividends_paid. Plural only: "declared a dividend of $0.34" is a rate.
    Metric(
        "dividends_declared", "USD", "the total common dividends declared in the period",
        concepts=("DividendsCommonStockCash", "DividendsCommonStock"), is_magnitude=True,
        is_growth_base=True, drifts_alone=False,
        cues=(Cue(r"\bdeclared\s+(?:(?:cash|common|quarterly)\s+){0,2}dividends\b|"
                  r"\b(?:cash\s+)?dividends\s+declared\b", ("USD",)),)),
    # What remains of a buyback authorization on a day ("$X remaining under its buyback
    # authorization", "$X still available under the program", "an authorized buyback balance of
    # $X", a machine summary of a chip maker's quarter): the amount authorized less all bought
    # back under it. Most filers state it in prose as of a day ("As of July 1, 2023, $6.3
    # billion remains available for future stock repurchases", extractors.buyback_remaining),
    # a balance of that day. Never the amount authorized, which it equals only by chance
    # (compared with it, a streamer's old $10 billion authorization bore out the remaining
    # amount). It never drifts: the day an article means may be another (a release's balance
    # after the quarter's end, a new authorization added), so a different value is no drift.
    Metric(
        "repurchase_authorization_remaining", "USD",
        "what remains available under a buyback authorization on a day (a balance)",
        concepts=("StockRepurchaseProgramRemainingAuthorizedRepurchaseAmount1",),
        is_balance=True, drifts_alone=False,
        cues=(Cue(r"(?:remain(?:s|ed|ing)?|left|(?:still\s+)?available|unused)\s+(?:for\s+"
                  r"(?:future\s+)?(?:share\s+|stock\s+)?(?:repurchases?|buybacks?)\s+)?(?:under|on|"
                  r"in)\s+(?:(?:its|the|their|our|a|an|this|that)\s+)?(?:[\w$.,-]+\s+){0,3}?"
                  r"(?:(?:share|stock)\s+)?(?:(?:repurchase|buyback)\s+)?(?:program|plan|"
                  r"authori[sz]ation)s?|remaining\s+(?:(?:share|stock)\s+)?(?:repurchase|buyback)"
                  r"\s+(?:authori[sz]ation|capacity)|(?:authori[sz]ed\s+)?(?:(?:share|stock)\s+)?"
                  r"(?:repurchase|buyback)\s+balance", ("USD",)),)),
    # The amount authorized for buybacks, never money spent on them (share_repurchases).
    Metric(
        "repurchase_authorization", "USD",
        "the amount the board authorized for share repurchases (as of that day)",
        is_point=True, drifts_alone=False,
        cues=(Cue(r"(?:(?:share|stock)\s+)?(?:repurchase|buyback)\s+(?:program|plan|"
                  r"authori[sz]ation)s?|authori[sz]ation", ("USD",)),)),
    # The count of shares bought back in the period ("repurchased 6.3 million shares for $1.5
    # billion", a markets site on a railroad's year): the filer's tag of the equity statement,
    # the issuer-purchases table or the liquidity prose (no dimension: a program's or a month's
    # count is tagged on its own axis or period). Which shares an article counts (the program's
    # only, or with those withheld for taxes) is not said, so a miss never drifts alone.
    Metric(
        "shares_repurchased", "shares", "the number of its own shares the company bought back "
        "in the period",
        concepts=("TreasuryStockSharesAcquired", "StockRepurchasedAndRetiredDuringPeriodShares",
                  "StockRepurchasedDuringPeriodShares"),
        drifts_alone=False,
        cues=(Cue(r"(?:share|stock)\s+(?:repurchases?|buybacks?)|buybacks?|"
                  r"repurchas(?:ed|es?|ing)|\b(?:bought|buys?|buying)\s+back\b", ("shares",)),)),
    # "authorized the repurchase of up to 100 million shares": a count the board authorized,
    # never shares bought back (AUTHORIZED_AS below); naming only, always unverifiable.
    Metric(
        "repurchase_authorization_shares", "shares",
        "the number of shares the board authorized for repurchase (as the article says)",
        is_stored=False),
)

# "the board authorized $100 billion in share repurchases": a figure the board authorized is
# the authorization, whatever cue names the buyback after it (money spent is "repurchased").
# ("authorized the repurchase of up to $X", "approved the buyback of up to $X", "authorized it to
# repurchase up to $X": the act's object names the buyback before the limit, a news brief on a
# streamer's program read the limit as the year's buybacks.) A buyback "up to" an amount, by
# whatever verb ("may buy back up to $X"), is bounded by it: the limit is the authorization's.
AUTHORIZED_BEFORE = (r"\b(?:authori[sz]ed|approved)\s+(?:an?\s+)?(?:additional\s+|new\s+|"
                     r"further\s+)?(?:(?:the\s+|a\s+)?(?:(?:share|stock)\s+)?(?:repurchase|"
                     r"buyback|purchase)\s+of\s+|(?:it|the\s+company|management)\s+to\s+"
                     r"(?:repurchase|buy\s+back)\s+)?(?:up\s+to\s+)?(?:an?\s+(?:additional|"
                     r"further)\s+)?$|\bup\s+to\s+(?:an?\s+(?:additional|further)\s+)?$")
AUTHORIZED_AS = {"share_repurchases": "repurchase_authorization",
                 "shares_repurchased": "repurchase_authorization_shares"}
# "initiated a $100 billion share buyback", "unveiled a new $20 billion stock repurchase" (a
# blog's recap of a device maker's quarter read it as the quarter's buybacks): a buyback a
# company announces as one act, its amount right before the buyback's noun, is the program's
# size; money spent is "repurchased $X" or "$X of buybacks", never "a $X buyback" announced.
ANNOUNCED_BEFORE = (r"\b(?:initiated|announced|unveiled|launched|approved|authori[sz]ed|"
                    r"introduced|adopted|started|set\s+up|rolled\s+out)\s+(?:an?\s+|its\s+|"
                    r"the\s+)?(?:(?:new|additional|fresh|further|incremental|massive|record|"
                    r"huge)\s+)?$")
ANNOUNCED_AFTER = (r"^\s*(?:(?:share|stock)\s+)?(?:repurchase|buyback|buy-back)s?\b"
                   r"(?!\s+(?:of|in)\s)")
# "Shareholders of record on <a day> will be issued a $0.39 dividend" (a stock-note site's recap
# of a bank's quarter): a dividend still to be paid is the one the board just declared, often
# for the next quarter, never the reported quarter's rate ("were paid a $0.46 dividend" is).
DECLARED_BEFORE = (r"\b(?:will|shall|are\s+to|is\s+to)\s+(?:be\s+(?:paid|issued|given|"
                   r"distributed)|receive|get|pay)\s+(?:a|an|the)\s+$")
DECLARED_AS = {"dividends_per_share": "dividend_declared_per_share"}
# "... repurchased to-date under the $18B program": the program's own noun after the figure
# names the authorization; and the money spent "to date" under it sums every period since the
# program began, no period's buyback (a results brief on an apparel maker's quarter read both
# as the quarter's repurchases)
AUTHORIZED_AFTER = r"^\s*(?:(?:share|stock)\s+)?(?:(?:repurchase|buyback)\s+)?(?:program|plan)\b"
CUMULATIVE_AFTER = (r"^\s*(?:(?:of\s+)?(?:shares|stock)\s+)?"
                    r"(?:repurchased|bought\s+back|returned)\s+"
                    r"(?:to[- ]date|so\s+far|since|under)\b")
