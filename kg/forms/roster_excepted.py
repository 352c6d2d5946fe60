"""A citizenship the preamble states for everyone, with named exceptions in parentheses ('Each of the persons
listed below is a citizen of Canada (except Laurent Dassault, who is a citizen of France).') or after a comma to the
end of the sentence ('... a citizen of Canada, except Laurent Dassault, who is a citizen of France.').

The default goes to every person but those named; each named person takes the citizenship the clause gives, where
the clause is read whole ('NAME, who is a citizen of X' or 'NAME, who is a X citizen', joined by 'and' or ';').
A person whose surname is an exception's but whose name is not that exception's takes neither (refused: the
preamble may name them otherwise). When the parentheses cannot be read clause by clause, no default is given.
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms.roster_names import display_name

_HEAD = re.compile(r"\b(?:each|all)\b[^.]*?\b(?:is|are)\s+(?:an?\s+)?citizens?\s+of\s+(?:the\s+)?(?P<value>[A-Z][\w ]*?)"
                   r"\s*\(\s*(?:except|other\s+than|excluding)\s+(?:for\s+)?(?P<rest>[^()]+)\)", re.I)
# (not in parentheses: '... a citizen of Canada, except Laurent Dassault, who is a citizen of France.')
_BARE = re.compile(r"\b(?:each|all)\b[^.]*?\b(?:is|are)\s+(?:an?\s+)?citizens?\s+of\s+(?:the\s+)?(?P<value>[A-Z][\w ]*?)"
                   r"\s*,\s*(?:except|other\s+than|excluding)\s+(?:for\s+)?(?-i:(?=[A-Z]))", re.I)
_CLAUSE = re.compile(r"\s*(?P<name>[A-Z][^,();]{1,60}?(?:,\s+(?:Jr|Sr)\.?)?),\s+who\s+is\s+(?:a\s+citizen\s+of\s+(?:the\s+)?"
                     r"(?P<of>[A-Z][\w .]*?[\w])|an?\s+(?P<adj>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+citizen)"
                     r"\s*(?:(?:,\s*)?\band\b\s*|;\s*|(?P<stop>\.(?=\s|$))|$)")


def fold(name: str) -> str:
    return " ".join(display_name(name).casefold().replace(",", " ").split())


def excepted(preamble: str) -> tuple[str, dict[str, str]] | None | bool:
    """(the default, {folded name: citizenship}) of a stated default with exceptions in parentheses; False when
    such parentheses are there but not read whole (no default then); None when the preamble has none."""
    head = _HEAD.search(preamble) or _BARE.search(preamble)
    if head is None:
        return None
    rest, at, found = (head.group("rest").strip() if "rest" in head.groupdict() else preamble[head.end():]), 0, {}
    while at < len(rest):
        clause = _CLAUSE.match(rest, at)
        if clause is None or clause.end() == at:
            return False
        value = clause.group("of") or clause.group("adj")
        if not rf.is_citizenships(value):
            return False
        found[fold(clause.group("name"))] = value
        at = clause.end()
        if clause.group("stop") and "rest" not in head.groupdict():
            break  # (the sentence of the exceptions ends)
    return (head.group("value").strip(), found) if found and rf.is_citizenships(head.group("value")) else False


def citizenship_of(name: str, default: str, exceptions: dict[str, str]) -> str | None:
    """The citizenship the preamble gives the person printed as `name`: an exception's, the default, or None
    (a surname an exception has, under another name)."""
    folded = fold(name)
    if folded in exceptions:
        return exceptions[folded]
    surnames = {key.split()[-1] for key in exceptions}
    return None if set(folded.split()) & surnames else default
