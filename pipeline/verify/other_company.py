"""A figure a sentence gives as another company's: "its rival Acme Corp. said its earnings sank
32 percent", "peer Acme's revenue rose 5%". Found in a wire story on a railroad's fourth
quarter, where a competitor's earnings drop was recomputed from the filer's net income and called
drifted. The loaded filings are the filer's, so such a figure is compared with nothing
(unverifiable, naming the words). Only a word for another company ("rival", "competitor",
"peer") opens such a subject: a bare capitalised name may be the filer's own.
"""

from __future__ import annotations

import re

# the word, a capitalised name, then a verb of reporting or a possessive: what follows is that
# company's. The name must follow the word: "a rival recap said" is another publication's
# account of the filer, not another company's figure.
_NAME = r"(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
_OTHER = r"(?:rivals?|competitors?|peers?)"
# the verbs a company reports its own figure with ("Rival Acme earned $1.20 a share")
_REPORTS = (r"(?:said|says|reported|reports|posted|posts|announced|announces|earned|earns|"
            r"made|makes|had|has|saw|sees|generated|generates|booked|books|recorded|records|"
            r"logged|logs|delivered|delivers|lost|loses|grew|grows|rose|rises|fell|falls)")
_ANOTHER = re.compile(
    rf"\b{_OTHER}\s+{_NAME}\s+(?:(?:also|meanwhile|recently|last\s+week)\s+)?{_REPORTS}\b|"
    rf"\b{_OTHER}\s+{_NAME}['’]s\s|"
    # the name in apposition, either way round: "Its closest competitor, Acme, reported ...",
    # "Acme Corp, a rival, posted ..." (the clause after it is that company's)
    rf"\b(?:its|their|the\s+company['’]s|[A-Z][\w.&-]*['’]s)\s+(?:[a-z]+\s+){{0,2}}?"
    rf"{_OTHER},\s+{_NAME},\s+(?:[a-z]+\s+){{0,2}}?{_REPORTS}\b|"
    rf"(?<![\w'’]){_NAME},\s+(?:a|an|its|one\s+of\s+its)\s+(?:[a-z]+\s+){{0,2}}?{_OTHER},"
    rf"\s+(?:[a-z]+\s+){{0,2}}?{_REPORTS}\b", re.I)
# Other companies as a group: "the $420 million many lenders reported", "above the $430 million
# its rivals posted", "the $8.2 billion the industry averaged" (a base set against the filer's
# figure, read as the filer's own a year back and compared). The group's nouns are data.
_GROUP = (r"(?:lenders|banks|rivals|peers|competitors|companies|firms|retailers|carriers|"
          r"airlines|automakers|carmakers|chipmakers|insurers|utilities|railroads|miners|"
          r"producers|others|industry|sector)")
_GROUP_WORDS = (r"(?:(?:many|most|some|other|its|their|the|rival|several|all|big|large|larger|"
                r"smaller|regional|major|u\.s\.)\s+){0,3}")
_THEIRS_AFTER = re.compile(rf"^\s*(?:that\s+|which\s+)?(?P<who>{_GROUP_WORDS}{_GROUP})\s+"
                           rf"(?:(?:had|have|also|typically|on\s+average)\s+)?"
                           rf"(?:{_REPORTS}|averaged?)\b", re.I)
_THEIRS_BEFORE = re.compile(rf"\b(?:many|most|some|other|its|their|rival)\s+(?:[a-z]+\s+)?"
                            rf"{_GROUP}\s+(?:also\s+|collectively\s+)?{_REPORTS}\b", re.I)


def others_figure(after: str) -> str | None:
    """The words right after a figure that make it other companies' ("the $420 million many
    lenders reported"), or None."""
    found = _THEIRS_AFTER.match(after)
    return found.group(0).strip() if found else None


# where the other company's clause ends: the sentence's next clause may be the filer's again
_CLAUSE_BREAK = re.compile(r";|,\s*(?:while|but|whereas|although|though)\b|\s(?:while|whereas|"
                           r"but|unlike)\s", re.I)


def another_company(before: str) -> str | None:
    """The words that make the figure after ``before`` (its sentence up to it) another
    company's ("rival Acme said", "other lenders reported"), or None."""
    found = max([*_ANOTHER.finditer(before), *_THEIRS_BEFORE.finditer(before)],
                key=lambda m: m.end(), default=None)
    if found is None or _CLAUSE_BREAK.search(before[found.end():]):
        return None
    return found.group(0).strip()


# the words between a name and its verb: an apposition ("Acme, the No. 2 maker,"), an adverb
_BETWEEN = (r"(?:\s*,[^,;]{1,80},)?"
            r"(?:\s+(?:also|meanwhile|recently|itself|separately|last\s+\w+|on\s+\w+day))*")
# an apposition the writer never closed: "Globex, the No. 2 oil company after Acme also posted
# earnings of $X a share" (a news brief on an oil major's quarter)
_OPEN_APPOSITION = re.compile(rf",\s+(?:the|a|an)\s+[^,;]{{0,60}}?\b(?:company|firm|maker|producer|"
                              rf"bank|lender|retailer|chain|giant|carrier|railroad|insurer|miner|"
                              rf"operator|conglomerate|automaker|chipmaker)\b(?!['’])[^,;]{{0,40}}?"
                              rf"\s+(?:also\s+)?{_REPORTS}\b", re.I)
# a new subject after the named company: "..., and the company earned $X"
_NEW_SUBJECT = re.compile(rf",\s+(?:and\s+|while\s+|but\s+)?(?:it|the\s+[a-z]+)\s+"
                          rf"(?:\w+\s+)?{_REPORTS}\b", re.I)


def named_company(before: str, names: tuple[str, ...]) -> str | None:
    """The words that make the figure after ``before`` (its sentence up to it) one of
    ``names``' (other_names: another company the article marks): the last company named in
    the figure's clause is its subject ("Acme also reported $1.90 a share") or owner ("Acme's
    sales fell 12%", "revenue at Acme rose 3%")."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    last = None
    for name in names:
        for found in re.finditer(rf"(?<![\w&]){re.escape(name)}(?![\w&])", clause):
            if last is None or found.start() > last.start():
                last = found
    if last is None or _NEW_SUBJECT.search(clause[last.end():]):
        return None
    rest = clause[last.end():]
    owner = re.match(r"(?:,?\s+(?:Inc\b\.?|Corp\b\.?|Co\.|plc\b|Ltd\b\.?))?['’]s?\s", rest)
    subject = re.match(rf"(?:,?\s+(?:Inc\b\.?|Corp\b\.?|Co\.|plc\b|Ltd\b\.?))?"
                       rf"(?:\s*\([^)]{{1,30}}\))?{_BETWEEN},?\s+{_REPORTS}\b", rest, re.I) or (
        _OPEN_APPOSITION.match(rest))
    at = re.search(r"\bat\s+$", clause[:last.start()])
    if at:
        return clause[at.start():last.end()]
    said = owner or subject
    return clause[last.start():last.end() + said.end()].strip() if said else None


def owned_by(before: str, owners: tuple[str, ...]) -> str | None:
    """The words that make the figure after ``before`` another company's when the last of
    ``owners`` (other_names.possessive_owners: a capitalised owner that is no word of the
    filer) named in the figure's clause is a possessive's: "Globex's data center business
    generated $X", "Initech's networking business brought in $Y" in a story on another
    chipmaker (each read as the filer's part and drifted). The filer's own possessive, "the
    company's" and "its" name the filer or no one else: they are no such owner."""
    found = named_company(before, owners)
    return found if found is not None and re.search(r"['’]s?$", found) else None


# "That dwarfs the $13.3 billion in revenue that Globex made in the same quarter" (a story on
# another chipmaker: read as the filer's revenue a year back and drifted): the maker a relative
# clause right after a figure names, its line's noun between; whether that maker is the filer
# is other_names.foreign_name's question
_MADE_BY = re.compile(rf"^(?:\s+(?:in|of)\s+(?:[a-z-]+\s+){{0,2}}?)?\s*(?:(?:that|which)\s+)?"
                      rf"(?P<name>(?-i:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,2}}))\s+"
                      rf"(?:(?:had|has|also)\s+)?{_REPORTS}\b")


def made_by(ahead: str) -> str | None:
    """The capitalised maker a relative clause right after a figure names ("the $X in revenue
    that Globex made"), or None."""
    found = _MADE_BY.match(ahead)
    return found.group("name") if found else None


def own_metric(metric: str | None, before: str, after: str = "") -> str | None:
    """None for another company's figure (compared with nothing), else ``metric``."""
    return None if another_company(before) or others_figure(after) else metric


def another_company_reason(before: str, after: str = "") -> str | None:
    """Why another company's figure is not compared, or None."""
    words = another_company(before) or others_figure(after)
    return None if words is None else company_reason(words)


def company_reason(words: str) -> str:
    """Why a figure ``words`` make another company's is not compared."""
    return (f"a figure of another company (\u201c{words}\u201d): the loaded filings are the "
            "filer's, so none states it")


_REPORTER = "a figure another company reports"


def reporter_reason(name: str) -> str:
    """Why a figure an unmarked name reports (``reported_by``) is not compared: the name may
    still be the filer's own by another name ("Big Red posted $12.45 billion in sales for the
    opening three months of its fiscal 2024", a tech site's nickname for a database maker), so
    the period its sentence names stays in force (``dates_its_sentence``)."""
    return (f"{_REPORTER} (\u201c{name}\u201d, unless that is the filer by another name): the "
            "loaded filings are the filer's, so none states it")


def dates_its_sentence(why: str | None) -> bool:
    """Whether a figure left unread for ``why`` still sets the period in force."""
    return bool(why) and why.startswith(_REPORTER)


# A capitalised name opening the figure's clause as the subject of a verb only a company reports
# its own results with: "Globex Rail reported revenue of $3.1 billion", "Initech earned $646
# million in the quarter", "Globex, by contrast, posted net income of $X" (a wire story on a
# railroad's quarter that sets a rival's figures beside the filer's, each read as the filer's
# and drifted). Never "said" (a person quoted on the filer's figures: "Vena said revenue rose")
# nor a verb a part's revenue takes ("iPhone generated", "Gaming grew"); whether the name is
# another company's is other_names.foreign_name's question.
_COMPANY_VERBS = (r"(?:reported|reports|posted|posts|announced|announces|earned|earns|booked|"
                  r"books|recorded|records|logged|logs)")
# where a clause opens: the sentence's start, a semicolon or colon, or a joining word
_CLAUSE_OPENS = r"(?:^|[;:]\s*|,\s+(?:and|while|but|whereas)\s+|\b(?:while|whereas|but|and)\s+)"
_REPORTED_BY = re.compile(rf"{_CLAUSE_OPENS}(?:(?:[A-Za-z]+\s+){{0,2}}[A-Za-z]+,\s+)?"
                          rf"(?P<name>{_NAME}){_BETWEEN},?\s+{_COMPANY_VERBS}\b[^;:]*$")


# a person's title or honorific in the name: "Chief Executive Jim Vena reported" is the filer's
# officer on the filer's figures
_PERSON = re.compile(r"\b(?:Chief|Executive|Officer|President|Chair(?:man|woman)?|CEO|CFO|COO|"
                     r"Director|Treasurer|Analysts?|Mr|Ms|Mrs|Dr)\b\.?")


# ... or the place the clause opens at: "At Hooli, net income fell 6% to $1.6 billion" (a
# bank's rival set beside it: the rate was recomputed from the filer's net income and
# drifted), "For Globex, revenue rose 3%", and "net income at Hooli fell 6%"
_AT_NAME = re.compile(rf"{_CLAUSE_OPENS}(?:[Oo]ver\s+)?(?:[Aa]t|[Ff]or)\s+(?P<name>{_NAME}),"
                      r"[^;:]*$")
_LINE_AT_NAME = re.compile(rf"\bat\s+(?P<name>{_NAME})\s+(?:(?:also|itself)\s+)?"
                           r"(?:rose|fell|grew|climbed|jumped|declined|dropped|slipped|increased|"
                           r"decreased|was|were|came\s+in|totall?ed|reached)\b[^;:]*$")
# a period's words, never a company: "For Fiscal Year 2022, revenue was $X"
_PERIOD_WORDS = re.compile(r"\b(?:Fiscal|Year|Quarter|First|Second|Third|Fourth|Full|Half|"
                           r"Q[1-4]|H[12]|FY\d*)\b")


def reported_by(before: str) -> str | None:
    """The capitalised subject of a company's verb of reporting that opens the clause holding
    the figure after ``before`` (its sentence up to it), or the name it opens at; None when
    none, or a person's title or a period's words are in it."""
    found = (_REPORTED_BY.search(before) or _AT_NAME.search(before)
             or _LINE_AT_NAME.search(before))
    if found is None or _PERSON.search(found["name"]) or _PERIOD_WORDS.search(found["name"]):
        return None
    return found["name"]
