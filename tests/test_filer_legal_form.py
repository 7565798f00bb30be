"""A legal form alone is no company's name: "<Filer>, Inc." in an article's lead, where the
filer's name holds a mark that ends a run of words ("Yum!"), set "Inc." beside the filer as a
rival, and every figure of the lead became another company's. Checked against a restaurant
group's real 10-K for fiscal 2008 (net income 964 million), with the filer's cover name as the
warehouse stores it. The sentences are the project's own.
"""

from __future__ import annotations

import hashlib
from datetime import date

from core.verdicts import Article
from pipeline.verify.api import verify_claims
from pipeline.verify.claims import extract_claims
from tests.conftest import stored_corpus_facts

_TENK = ("dev/10-K_YUM_0001041061-09-000077.html", date(2009, 2, 20))


def _verdicts(text: str, filer_names: tuple[str, ...]) -> dict[str, str]:
    relative, filed = _TENK
    facts = stored_corpus_facts(relative, "0000000000-00-000001", "10-K", filed)
    article = Article("t", text, hashlib.sha256(text.encode()).hexdigest(), filer_names)
    return {v.claim.text: v.verdict for v in verify_claims(extract_claims(article), facts)}


def test_the_filers_legal_form_is_no_rival(corpus_dir):
    text = ("LOUISVILLE - In its 2008 fiscal year, Yum! Brands, Inc. posted net income of "
            "$964 million, its annual report shows.")
    assert _verdicts(text, ("YUM! BRANDS, INC.",))["$964 million"] == "supported"


def test_a_rival_with_a_legal_form_stays_a_rival(corpus_dir):
    text = ("LOUISVILLE - In the 2008 fiscal year, Globex Foods, Inc. and Yum! Brands, Inc. "
            "both grew. Globex Foods, Inc. posted net income of $964 million.")
    assert _verdicts(text, ("YUM! BRANDS, INC.",))["$964 million"] != "supported"
