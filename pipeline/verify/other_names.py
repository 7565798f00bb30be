"""The other companies an article names: "Globex also reported $1.90 per share" in a story on
Acme, "Initech's sales fell 12%" in one on a chipmaker. A figure whose clause has such a
company as its subject or owner is compared with nothing: the loaded filings are the filer's.

A name is another company's when the article gives it a corporate mark somewhere (a ticker
"(NYSE: GBX)", a legal suffix "Inc."/"Corp."/"plc", a possessive of its shares or chief
executive, a word such as "rival" before it) and the headline and lead do not name it: the
filer is the company they name, and a name they give ("Acme Bank, which bought Globex
Corp.") stays unread rather than risk the filer's own figures. The marks and words are data
(token tables below); no company is named here.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.verify.filer_names import filer_runs, names_the_filer, rivals_beside
from pipeline.verify.named_parts import part_words
from pipeline.verify.part_words import SEGMENT_WORDS

# a capitalised word of a name, and a name of up to four of them on one line
_WORD = r"[A-Z][\w&'’.!-]*"
_NAME = rf"(?-i:{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,3}})"
# the legal forms a company's name ends in
_SUFFIXES = ("Inc", "Inc.", "Incorporated", "Corp", "Corp.", "Corporation", "Co.", "plc",
             "PLC", "Ltd", "Ltd.", "Limited", "LLC", "N.V.", "S.A.", "AG", "SE")
_SUFFIX = "(?:" + "|".join(re.escape(s) + (r"(?![\w])" if s[-1] != "." else "")
                           for s in sorted(_SUFFIXES, key=len, reverse=True)) + ")"
# the exchanges a ticker is given with: "(NYSE: GBX)", "(Nasdaq:INI)"
_EXCHANGES = ("NYSE", "NASDAQ", "Nasdaq", "NasdaqGS", "AMEX", "NYSE American", "NYSE Arca", "TSX",
              "LSE", "OTCQB", "OTCQX", "OTC")
_TICKER = r"\((?:" + "|".join(map(re.escape, _EXCHANGES)) + r")\s*:\s*[A-Z.]{1,6}\)"
# words that make the name after them another company's
_OTHER_WORDS = r"(?:rivals?|competitors?|peers?)"
# what only a company has: its shares, its stock, its chief executive
_OWNED = r"(?:shares|stock|stock\s+price|CEO|chief\s+executive|market\s+value)"
# what an apposition calls a company: "Globex, the No. 2 oil company"
_COMPANY_NOUNS = (r"(?:company|firm|maker|producer|bank|lender|retailer|chain|giant|carrier|"
                  r"railroad|insurer|miner|operator|conglomerate|automaker|chipmaker)")
_MARKS = (
    re.compile(rf"(?<![\w&])(?P<name>{_NAME}),?[ \t]+{_SUFFIX}"),
    re.compile(rf"(?<![\w&])(?P<name>{_NAME}),[ \t]+(?:the|a|an)[ \t]+(?:[\w.'’-]+[ \t]+){{0,6}}?"
               rf"{_COMPANY_NOUNS}\b(?!['’])"),
    re.compile(rf"(?<![\w&])(?P<name>{_NAME})[ \t]*{_TICKER}"),
    re.compile(rf"\b{_OTHER_WORDS}[ \t]+(?P<name>{_NAME})", re.I),
    re.compile(rf"(?<![\w&])(?P<name>{_NAME})['’]s[ \t]+(?:[a-z-]+[ \t]+)?{_OWNED}\b"),
)
# the marks only a company's name carries: a legal form, a ticker, "rival" before it
_COMPANY_MARKS = (_MARKS[0], _MARKS[2], _MARKS[3])
# words of a name that tell no company from another ("The", the legal forms)
_PLAIN = {"the", "&", "and", "of", "group", "holdings", "company", "companies", "inc", "corp",
          "co", "corporation", "incorporated", "plc", "ltd", "limited", "llc", "ag", "se"}
# acronyms of finance and trade written in capitals that name no company
_ACRONYMS = {"gaap", "eps", "ceo", "cfo", "coo", "cto", "usd", "eur", "gbp", "yoy", "qoq", "ttm",
             "ytd", "ai", "cpu", "gpu", "etf", "ipo", "sec", "fy", "us", "usa", "uk", "eu",
             "nyse", "ebitda", "ebit", "roe", "roa", "roic", "rpo", "arr", "fcf", "capex",
             "opex", "sga", "pc", "pcs", "tv", "ev", "evs", "llc", "inc", "plc", "ltd", "ceos",
             "bps", "bp", "dau", "mau", "arpu", "esg", "hr", "it", "ar", "vr", "dc",
             "ok", "ny", "la", "dj", "sp", "nasdaq", "otc", "adr", "adrs", "cagr", "kpi",
             "api", "saas", "b2b", "iot", "lng", "oem", "oems"}
# capitalised words of any article that name no company
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday"}
# what opens a sentence before a comma and names no company: a connective ("Additionally,
# the tech giant announced"), a time ("Last December, the company"), a preposition's phrase
_OPENER = re.compile(r"(?-i:[A-Z][a-z]+ly\b|(?:However|Furthermore|Moreover|Meanwhile|Still|"
                     r"Nonetheless|Nevertheless|Also|Overall|Instead|Then|Now|Yet|Thus|Hence|"
                     r"Besides|Otherwise|Indeed|Today|Yesterday|Last|This|That|Next|For|In|At|"
                     r"On|By|During|After|Before|Since|With|From|As|Under|Over|Despite|"
                     r"January|February|March|April|May|June|July|August|September|October|"
                     r"November|December|Q[1-4]|FY)\b)")
# the most of the article's start its headline and lead may be
_LEAD_CHARS = 600


@dataclass(frozen=True)
class _Reading:
    """What every question about an article's companies starts from, read once."""

    text: str
    lead: str  # the headline and lead
    counts: Counter  # how often the article names each key word
    proper: dict[str, int]  # the lead's proper words, with their counts


@dataclass(frozen=True)
class _Names:
    """What the article says of companies, read once: its other companies, its filer's words,
    the words of its lead and those it writes in lower case (``foreign_name``'s tests), and
    the owners of its possessives that are no word of the filer."""

    others: tuple[str, ...]
    filer: frozenset[str]
    lead: frozenset[str]
    lower: frozenset[str]
    owners: tuple[str, ...] = ()
    initials: frozenset[str] = frozenset()  # of the lead's runs of capitalised words
    tickers: frozenset[str] = frozenset()  # those the article gives companies its lead never names
    # the filer's names (Article.filer_names) when the article names the filer by one of them;
    # then a name is the filer's by them, not by being in the lead
    known: tuple[str, ...] = ()
    rivals: frozenset[str] = frozenset()  # the keys of the names the lead sets beside the filer
    lead_names_filer: bool = False  # the lead gives the filer one of its names


# one entry, the article being read: every figure of it asks (build_claim), for the other
# companies, the filer's words and the possessives' owners; a cache of 64 articles would hold
# up to 64 whole texts (20 MiB each at the article limit)
@lru_cache(maxsize=1)
def _names(text: str, filer_names: tuple[str, ...] = ()) -> _Names:
    counts = Counter(_keys(text))
    lead = _lead(text)
    reading = _Reading(text, lead, counts, _lead_proper_counts(text, lead, counts))
    lower = frozenset(re.findall(r"\b[a-z]{2,}\b", text))
    own = filer_runs(text, filer_names, lower) if filer_names else ()
    if own:
        return _known_filer(reading, lower, filer_names, own)
    names = _Names(_other_companies(reading), _filer_words(reading), frozenset(_keys(lead)),
                   lower, initials=_initials(lead), tickers=_other_tickers(text, lead))
    return _with_owners(names, text)


def _known_filer(reading: _Reading, lower: frozenset[str], filer_names: tuple[str, ...],
                 own: tuple[str, ...]) -> _Names:
    """What the article says of companies when it names the filer by one of its own names:
    the filer's words are those of the names it gives the filer, and a name the lead sets
    beside the filer's ("Acme and Globex reported ...") is another company's."""
    rivals = rivals_beside(reading.lead, filer_names, lower)
    others = set(_other_companies(reading, filer_names))
    for name in rivals:
        others.update(_forms(name, reading.text))
    # (a rival's first word alone may be the filer's short form: "Acme" of "Acme Trust" beside
    # the filer "Acme Bancorp" names neither for sure, so it is no other company's name)
    # ... nor a legal form alone: "<Filer>! <Word>, Inc. had net income" (a trade paper on a
    # restaurant group's year) set "Inc." beside the filer's name as a rival
    others = {name for name in others if _keys(name) and not names_the_filer(name, filer_names)}
    own_keys = frozenset(key for name in own for key in _keys(name))
    names = _Names(tuple(sorted(others, key=len, reverse=True)), own_keys,
                   frozenset(_keys(reading.lead)), lower,
                   initials=frozenset("".join(w[0] for w in n.split()).lower() for n in own),
                   tickers=_other_tickers(reading.text, reading.lead), known=filer_names,
                   rivals=frozenset(key for name in (*rivals, *others) for key in _keys(name)),
                   lead_names_filer=bool(filer_runs(reading.lead, filer_names, lower)))
    return _with_owners(names, reading.text)


def _with_owners(names: _Names, text: str) -> _Names:
    found = {name for owner in _OWNER.finditer(text.replace("\u2019", "'"))
             if (name := _foreign(owner.group("name"), names))}
    return replace(names, owners=tuple(sorted(found, key=len, reverse=True)))


def other_companies(text: str, filer_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The names of companies other than the filer that ``text`` gives a corporate mark,
    longest first (so "Globex Energy" is found before a shorter name in it); with the filer's
    own names (``Article.filer_names``), also those its lead sets beside the filer's."""
    return _names(text, filer_names).others


def filer_words(text: str, filer_names: tuple[str, ...] = ()) -> frozenset[str]:
    """The lower-cased words the article names its filer by: the lead's most named proper
    word, named at least three times ("Acme revenue was $X" in a story on Acme is the
    company's revenue, never a part called "Acme"), and the words of a name the lead gives
    a corporate mark ("Acme Oil Corp. (NYSE: AOC) reported"). Empty when the lead names no
    company so often (a bare list of results). With the filer's own names, when the article
    names it by one: the words of the names it gives the filer."""
    return _names(text, filer_names).filer


def _other_companies(reading: _Reading, filer_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    text, counts = reading.text, reading.counts
    lead = set(_keys(reading.lead))
    marked = [(_trimmed(found.group("name")), found.start() < len(reading.lead),
               mark in _COMPANY_MARKS)
              for mark in _MARKS for found in mark.finditer(text)
              if not _OPENER.match(found.group("name"))]
    # the filer named in the lead with a mark ("Acme Oil Corp. reported ..."), else the
    # lead's most named proper word, and how often the article names it
    filer = max((counts[key] for name, in_lead, _ in marked if in_lead for key in _keys(name)),
                default=0)
    named = max(filer + 1, _lead_name_count(reading)) if filer else _lead_name_count(reading)
    names: set[str] = set()
    for name, in_lead, company in marked:
        keys = _keys(name)
        if not keys or (filer_names and names_the_filer(name, filer_names)):
            continue
        # (the filer known by its own names: a name the lead marks as a company by a legal
        # form, a ticker or "rival" and that is not the filer's is another company's, however
        # often the article names it; an apposition or a possessive may be a person's)
        if (filer_names and in_lead and company) or (
                not lead.intersection(keys) and max(counts[key] for key in keys) < named):
            names.update(_forms(name, text))
    return tuple(sorted(names, key=len, reverse=True))


def _filer_words(reading: _Reading) -> frozenset[str]:
    words = _most_named(reading.proper)
    for mark in _MARKS[:3]:  # a suffix, an apposition, a ticker; never "rival X"
        for found in mark.finditer(reading.lead):
            if not _OPENER.match(found.group("name")):
                words.update(_keys(_trimmed(found.group("name"))))
    if not words:
        # a feature whose lead sets a scene ("Wall Street firms are raising pay ...") and
        # names the bank in its next paragraph: the filer is the company the opening names
        # most, else every possessive of it ("the bank's pay rise") read as a rival's
        opening = _lead(reading.text, paragraphs=2)
        words = _most_named(_lead_proper_counts(reading.text, opening, reading.counts))
    return frozenset(words)


def _most_named(proper: dict[str, int]) -> set[str]:
    """The proper words named most often, if at least three times."""
    best = max(proper.values(), default=0)
    return {key for key, count in proper.items() if count == best} if best >= 3 else set()


def _forms(name: str, text: str) -> list[str]:
    """The name and its first word, which a story uses once it has given the whole name
    ("Globex Energy Inc." then "Globex also reported"), unless that word is a common one the
    article also writes in lower case ("Energy")."""
    first = name.split()[0]
    if len(first) < 3 or first == name or re.search(rf"\b{re.escape(first.lower())}\b", text):
        return [name]
    return [name, first]


def _lead_name_count(reading: _Reading) -> int:
    """How often the article names the company its lead names: the most frequent proper word
    of the lead (capitalised, never written in lower case in the article). An article whose
    lead names no company at least three times (a bare list of results) has no filer to tell
    another company from: it gets none (the marked name may be the filer's, named once)."""
    best = max(reading.proper.values(), default=0)
    return best if best >= 3 else 0


def _lead_proper_counts(text: str, lead: str, counts: Counter) -> dict[str, int]:
    """The lead's proper words (capitalised, never written in lower case in the article, no
    month or day, no word of a part), lower-cased, with how often the article names each."""
    lower = set(re.findall(r"\b[a-z]{3,}\b", text))
    # (a stock-analysis blog on a phone maker's quarter named its "Services" more often than
    # the company: the part's "Services revenue" was then read as the company's own revenue.
    # A word the part table knows names the filer only where the lead marks it as a name)
    # (a name written in capitals is one too: "CHIPCO revenue totaled $5.4 billion" in an analyst
    # firm's note on a chip maker, read as a part called by the capitals; never an acronym)
    return {key: counts[key]
            for key in {word.lower() for word in re.findall(
                r"(?-i:\b(?:[A-Z][a-z]{2,}|[A-Z]{2,7})\b)", lead)}
            if key not in lower and key not in _CALENDAR and key not in SEGMENT_WORDS
            and key not in _ACRONYMS and key not in part_words(text)}


# a capitalised owner before a possessive: "Globex's data center business generated $X" in a
# story on a rival chipmaker (read as the filer's Data Center revenue and drifted)
_OWNER = re.compile(r"(?-i:(?<![\w&'’])(?P<name>[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2})['’]s\b)")
# an owner that names a period, not a company ("Q2's", "FY25's", "H1's")
_PERIOD_OWNER = re.compile(r"(?:q[1-4]|h[12]|fy\d*|\d.*)$")


def possessive_owners(text: str, filer_names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The capitalised owners the article gives a possessive ("Globex's data center business")
    that are no word of its filer (``foreign_name``). A figure such an owner's clause holds
    is that company's, never the filer's part; longest first."""
    return _names(text, filer_names).owners


def foreign_name(name: str, text: str, filer_names: tuple[str, ...] = ()) -> str | None:
    """``name`` (capitalised words), without the words that open a sentence ("Meanwhile"),
    when it is no word of the article's filer: none its headline and lead name, none of
    ``filer_words``, no word the article also writes in lower case ("Last year's"), no month,
    acronym, period or word of a part ("Services' revenue", "Q2's"); None else. With the
    filer's own names, when the article names it by one: no name of the filer's, and a lead's
    name only when the lead sets it beside the filer's (a rival sharing a word with the filer
    is no word of it)."""
    return _foreign(name, _names(text, filer_names))


def _foreign(name: str, names: _Names) -> str | None:
    words = name.split()
    while words and (_OPENER.fullmatch(words[0]) or words[0].lower() in names.lower):
        words.pop(0)  # "Meanwhile Globex's", "By comparison, Last year's"
    name = " ".join(words)
    keys = _keys(name)
    if names.known:
        # (a lead that never names the filer is about another company: its names are no
        # filer's words)
        if not keys or names_the_filer(name, names.known) or (
                names.lead_names_filer and names.lead.intersection(keys)
                and not names.rivals.intersection(keys)):
            return None
        return _foreign_word(name, words, keys, names)
    if not keys or any(key in names.lead or key in names.filer for key in keys):
        return None
    return _foreign_word(name, words, keys, names)


def _foreign_word(name: str, words: list[str], keys: list[str], names: _Names) -> str | None:
    """``name``, unless a word of it is one no company is named by (written in lower case
    too, a month, an acronym, a period, a part's word) or the filer's ticker or initials."""
    if any(key in names.lower or key in _CALENDAR or key in _ACRONYMS or key in SEGMENT_WORDS
           or _PERIOD_OWNER.match(key) for key in keys) or any(
               _abbreviates(word, names) for word in words):
        return None
    return name


def _initials(lead: str) -> frozenset[str]:
    """The initials of each run of capitalised words the lead writes ("Acme Micro Devices")."""
    runs = re.findall(r"(?-i:[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*)+)", lead.replace("\u2019", "'"))
    return frozenset("".join(word[0] for word in run.split()).lower() for run in runs)


# a name and the ticker an article gives it: "Globex Corp. (NASDAQ: GBX)"
_NAMED_TICKER = re.compile(rf"(?<![\w&])(?P<name>{_NAME}),?(?:[ \t]+{_SUFFIX})?[ \t]*\((?:"
                           + "|".join(map(re.escape, _EXCHANGES))
                           + r")\s*:\s*(?P<ticker>[A-Z.]{1,6})\)")


def _other_tickers(text: str, lead: str) -> frozenset[str]:
    """The tickers the article gives companies its lead never names ("AppCo Corp. (NASDAQ:
    APP)" further down a note on Apex): such a ticker's possessive is that company's, however
    its letters fit the filer's name."""
    lead_keys = set(_keys(lead))
    return frozenset(found.group("ticker").lower() for found in _NAMED_TICKER.finditer(text)
                     if not lead_keys.intersection(_keys(_trimmed(found.group("name")))))


def _abbreviates(word: str, names: _Names) -> bool:
    """Whether ``word``, written in capitals, is the filer's ticker or initials: "AMCD's" in a
    stock note on Acme Micro, "AMDC's" in one on Acme Micro Devices Corp (a ticker-led note names
    the filer so; read as another company, the filer's own part went unchecked). Its letters
    are a lead word's, in order, from its first (a doubled letter read once), or a run of the
    lead's words' initials."""
    word = re.sub(r"['’]s$", "", word).rstrip(".")
    if not re.fullmatch(r"(?-i:[A-Z]{2,5})", word):
        return False
    key = word.lower()
    if key in names.tickers:
        return False  # another company's ticker, given in a mark: "AppCo Corp. (NASDAQ: APP)"
    if any(key in run for run in names.initials):
        return True
    key = re.sub(r"(.)\1+", r"\1", key)  # a doubled letter once: "GLLB" is "Globble"'s
    # (the filer known by its own names: the words of those, never a rival's in the lead)
    return any(lead[0] == key[0] and len(lead) > len(key) and _in_order(key, lead)
               for lead in (names.filer if names.known else names.lead))


def _in_order(letters: str, word: str) -> bool:
    rest = iter(word)
    return all(letter in rest for letter in letters)


def names_filer(name: str | None, words: frozenset[str]) -> bool:
    """Whether every word of ``name`` is one the article names its filer by."""
    keys = _keys(name or "")
    return bool(keys) and all(key in words for key in keys)


def _lead(text: str, paragraphs: int = 1) -> str:
    """The headline and lead: the lines up to the end of the first of at least fifteen words
    (a dateline or a byline is shorter), at most ``_LEAD_CHARS``; with ``paragraphs``, as many
    such lines (at most that many times the characters)."""
    end = 0
    for line in text[:_LEAD_CHARS * paragraphs].splitlines(keepends=True):
        end += len(line)
        if len(line.split()) >= 15:
            paragraphs -= 1
            if not paragraphs:
                break
    return text[:end]


def _trimmed(name: str) -> str:
    """The name without a leading article, a legal form or a possessive."""
    words = name.replace("’", "'").split()
    while words and words[0].lower() == "the":
        words.pop(0)
    while words and words[-1].rstrip(",").lower().rstrip(".") in _PLAIN:
        words.pop()
    return re.sub(r"'s$", "", " ".join(words)).rstrip(".,")


def _keys(text: str) -> list[str]:
    """The capitalised words of ``text`` that can tell one company from another."""
    words = re.findall(r"(?-i:[A-Z][\w&.!-]*)", text.replace("’", "'"))
    keys = (re.sub(r"'s$", "", w.rstrip(".")).lower() for w in words)
    return [key for key in keys if key not in _PLAIN]
