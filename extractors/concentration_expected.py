"""Which of a sentence's customer shares the filer only expects (pure; called by
``extractors.concentration``): "we expect <customer> to account for about 20% of revenue" or
"<customer> will represent" states no fact, whatever period the sentence names elsewhere."""

from __future__ import annotations

import re

# A share verb in any form; the base forms are the ones a modal or "to" may govern ("will
# account for", "expected to represent", "to be"), with the adverbs and "continue to" that may
# stand between.
_VERB_FORM = re.compile(
    r"\b(?:(?P<base>account|represent|comprise|constitute|make\s+up|contribute|generate"
    r"|amount\s+to|exceed|be)|accounted|accounts|accounting|represent(?:ed|s|ing)"
    r"|compris(?:ed|es|ing)|constitut(?:ed|es|ing)|(?:made|makes|making)\s+up"
    r"|contribut(?:ed|es|ing)|generat(?:ed|es|ing)|amount(?:ed|s|ing)\s+to|exceed(?:ed|s|ing)"
    r"|was|were|is|are)\b", re.I)
_GOVERNOR = re.compile(
    r"\b(?P<by>will|would|could|may|might|should|shall|can|to)\s+(?:(?:again|also|likely"
    r"|still|only|each|together|collectively|continue\s+to|remain)\s+)*$", re.I)
# What makes a "to <verb>" an expectation rather than a fact ("continued to account for 21%"
# is the year's share): words of expecting before it, since the previous figure.
_EXPECTING = re.compile(
    r"\b(?:expect|anticipat|project|forecast|predict|estimat|plan|intend|likely|believe"
    r"|target|assum|guid)\w*", re.I)


def expected_figures(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans of the figures that state a share the filer expects, not one it reports ("we
    expect <customer> to account for about 20% of revenue", "<customer> will represent"): an
    expectation is no fact, whatever period the sentence names elsewhere. The last share verb
    since the previous figure decides (a base form a modal governs, or a "to" after words of
    expecting); a figure with no verb of its own ("20% and 15%", "20% of revenue and 15% of
    receivables") is as the figure before it."""
    expected, previous, last = set(), 0, False
    for span in spans:
        before = text[previous : span[0]]
        verbs = list(_VERB_FORM.finditer(before))
        if verbs:
            last = _governed(before, verbs[-1])
        if last:
            expected.add(span)
        previous = span[1]
    return expected


def _governed(before: str, verb: re.Match) -> bool:
    governor = _GOVERNOR.search(before, 0, verb.start()) if verb.group("base") else None
    if governor is None:
        return False
    return (governor.group("by").lower() != "to"
            or _EXPECTING.search(before, 0, governor.start()) is not None)
