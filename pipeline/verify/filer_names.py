"""Whether a name an article writes is the filer's, by the names the filer goes by.

The filer's names come from the warehouse (``core.verdicts.Article.filer_names``: its covers'
registrant names, EDGAR's name, its ticker). An article spells them its own way: in another
case ("GLOBEX BANK" for "Globex Bank"), with or without a legal form ("& Co.", "Inc",
"Corporation", "N.A.", "plc"), with a space more or less ("Ini Tech" for "IniTech"), by its
first words alone (a short form), or by EDGAR's state tag ("/MN") left off. Names are compared
as normalised tokens: lower case, punctuation and the legal forms (a token table) dropped, the
rest compared joined, so spacing does not count but a word does: "Acme Bank" is not "Acme
Trust", and a rival sharing one word with the filer is never the filer.
"""

from __future__ import annotations

import re
from functools import lru_cache

# legal forms and the words around them that tell no company from another; dropped from a
# name's end (and "the" from its start), so "The Acme Group, Inc." is "acme"
LEGAL_TOKENS = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "company", "companies", "cos",
    "plc", "ltd", "limited", "llc", "lp", "llp", "na", "nv", "sa", "ag", "se", "public",
    "group", "holdings", "holding", "the", "and"})
# EDGAR's conformed names end in a state or a note: "ACME CORP /DE/", "ACME & COMPANY/MN"
_EDGAR_TAG = re.compile(r"\s*/[A-Z]{2,4}/?\s*$|\s*\\[A-Z]+\\?\s*$")
# dotted initials are one token: "N.A." is "na", "U.S." is "us"
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# the shortest joined spelling a short form may have ("JP" alone names no one)
_MIN_SHORT = 3


def name_tokens(name: str) -> tuple[str, ...]:
    """The tokens that tell the company of ``name`` from another, in order."""
    name = _EDGAR_TAG.sub("", name.replace("’", "'"))
    name = re.sub(r"'s\b", "", name)
    name = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), name)
    words = re.findall(r"[a-z0-9]+", name.lower())
    while words and words[0] == "the":
        words.pop(0)
    while words and words[-1] in LEGAL_TOKENS:
        words.pop()
    return tuple(words)


@lru_cache(maxsize=64)
def _filer_tokens(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(t for t in dict.fromkeys(name_tokens(n) for n in names) if t)


def names_the_filer(name: str, filer_names: tuple[str, ...]) -> bool:
    """Whether ``name`` is one of the filer's names as an article may spell it: the same
    tokens joined, the first of its tokens (a short form: "Acme" for "Acme Widgets Inc."), a
    name that opens with the whole of it ("Acme Widgets Bank"), or its initials written in
    capitals ("AW")."""
    said = name_tokens(name)
    if not said:
        return False
    joined = "".join(said)
    for filer in _filer_tokens(filer_names):
        whole = "".join(filer)
        if joined == whole or _opens(filer, joined) or _opens(said, whole):
            return True
        if len(filer) > 1 and name.strip().isupper() and joined == "".join(w[0] for w in filer):
            return True
    return False


def _opens(tokens: tuple[str, ...], joined: str) -> bool:
    """Whether ``joined`` spells the first of ``tokens`` (one or more whole tokens)."""
    if len(joined) < _MIN_SHORT:
        return False
    spelled = ""
    for token in tokens:
        spelled += token
        if spelled == joined:
            return True
        if not joined.startswith(spelled):
            return False
    return False


# a run of capitalised words, "of" and "&" inside it ("Bank of Acme", "Acme & Co.")
_RUN = re.compile(r"(?-i:[A-Z][\w&.'’!-]*(?:[ \t]+(?:(?:of|&)[ \t]+)?[A-Z][\w&.'’!-]*)*)")
# what sets two companies side by side in a lead: "Acme and Globex", "Acme, Globex and ...",
# all that stands between the two names (on one line: a headline's end is no joint)
_BESIDE = re.compile(r"(?:['’]s)?(?:,[ \t]*(?:(?:and|or)[ \t]+)?|"
                     r"[ \t]+(?:and|or|vs\.?|versus)[ \t]+)")


def filer_runs(text: str, filer_names: tuple[str, ...], lower: frozenset[str]
               ) -> tuple[str, ...]:
    """The names ``text`` gives the filer: each run of capitalised words, from its first word
    or a later one ("In Acme Bank's quarter"), that names it; a short form only when the
    article never writes its first word in lower case ("First" opens sentences)."""
    found = []
    for run in _RUN.finditer(text):
        name = _filer_tail(run.group(0), filer_names, lower)
        if name:
            found.append(name)
    return tuple(dict.fromkeys(found))


def _filer_tail(run: str, filer_names: tuple[str, ...], lower: frozenset[str]) -> str | None:
    words = run.split()
    for start in range(len(words)):
        name = " ".join(words[start:])
        if names_the_filer(name, filer_names) and (
                len(name_tokens(name)) > 1 or name_tokens(name)[0] not in lower):
            return _whole_name(words[start:], filer_names)
    return None


def _whole_name(words: list[str], filer_names: tuple[str, ...]) -> str:
    """The words up to the end of the filer's whole name, where the run goes on past it
    ("Acme Bancorp Chief Executive Jane Roe" is "Acme Bancorp"); all of them else."""
    wholes = {"".join(tokens) for tokens in _filer_tokens(filer_names)}
    for end in range(len(words), 0, -1):
        if "".join(name_tokens(" ".join(words[:end]))) in wholes:
            return " ".join(words[:end])
    return " ".join(words)


def rivals_beside(lead: str, filer_names: tuple[str, ...], lower: frozenset[str]
                  ) -> tuple[str, ...]:
    """The names a lead sets beside the filer's as companies of their own: "Acme and Globex
    reported ...", "Globex, Acme and Initech ..." (a story on two or more banks' quarters).
    Such a name is another company's even though the lead names it; the words that open a
    sentence before it ("Shares of") are left off."""
    runs = list(_RUN.finditer(lead))
    chain: list[tuple[str, bool]] = []
    found: list[str] = []
    for i, run in enumerate(runs):
        joined = i > 0 and _BESIDE.fullmatch(lead[runs[i - 1].end():run.start()]) is not None
        if not joined:
            found += _others(chain)
            chain = []
        is_filer = _filer_tail(run.group(0), filer_names, lower) is not None
        chain.append((_trim(run.group(0)), is_filer))
    return tuple(dict.fromkeys(found + _others(chain)))


def _others(chain: list[tuple[str, bool]]) -> list[str]:
    if len(chain) < 2 or not any(is_filer for _, is_filer in chain):
        return []
    return [name for name, is_filer in chain if name and not is_filer]


# words that open a sentence before a name: "Shares of Globex", "At Globex", "Both Globex"
_OPENING_WORDS = frozenset({"the", "shares", "stock", "of", "in", "at", "for", "both", "as",
                            "on", "after", "while", "when", "with", "from", "by", "like",
                            "unlike", "rival", "rivals", "peer", "peers", "meanwhile"})


def _trim(run: str) -> str:
    words = run.split()
    while words and words[0].lower() in _OPENING_WORDS:
        words.pop(0)
    return re.sub(r"['’]s$", "", " ".join(words))
