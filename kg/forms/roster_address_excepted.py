"""A business address the preamble states for everyone, with named exceptions after it: 'The business address of
each such person is 751 Victoria Square, Montreal QC H2Y 2J3, except that the business address of Pierre Beaudoin is
Bombardier Aerospace, 400, chemin de la Cote-Vertu ouest, Dorval H4S 1Y9; the business address of Paul Fribourg is
Contigroup Companies Inc., 277 Park Avenue, ....', the words 'the business address' perhaps left out after the first
clause ('...; and of Paul Fribourg is Contigroup ...'). Each person so named has the address the clause gives; a
person who shares an excepted person's surname under another name gets neither (the default is refused for them);
the others the default. Where a clause does not read as '<person's name> is <address>', no address is given anyone.
The same sentence after the list (kg/forms/roster_after_excepted.py) is read alike."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_excepted import fold, shares_surname

_CLAUSE_HEAD = r"the\s+(?:principal\s+)?business\s+address\s+of\s+"
_EXCEPT = re.compile(r",?\s+except\s+that\s+(?=" + _CLAUSE_HEAD + ")", re.I)
_NEXT = re.compile(r"(?:;|,)\s+(?:and\s+)?(?=" + _CLAUSE_HEAD + r")|\s+and\s+(?=" + _CLAUSE_HEAD + r")"
                   r"|;\s+(?:and\s+)?(?=of\s+(?-i:[A-Z]))", re.I)  # ('...; and of B is Y': the head left out)
_CLAUSE = re.compile(r"(?:" + _CLAUSE_HEAD[:-len(r"of\s+")] + r")?of\s+(?P<who>.+?)\s+is\s+(?P<value>\S.*)$",
                     re.I | re.S)
_RUN_ON = re.compile(r";\s+(?:and\s+)?of\s|\s(?:is|are)\s", re.I)  # (a clause not cut from the next: no value)
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bJr)(?<!\bSr)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bInc)(?<!\bCo)"
                           r"(?<!\bLtd)(?<!\bCorp)(?<!\bNo)(?<!\bAve)\.(?=\s+[A-Z][a-z]|\s*$)")


def address_exceptions(default: str, preamble: str) -> tuple[str | None, dict[str, str]] | None:
    """(the default, {folded name: address}) where the stated default goes on with 'except that the business address
    of <name> is ...' clauses; (None, {}) where they do not all read; None where the default names no exception."""
    cut = _EXCEPT.search(default)
    at = preamble.find(default[:cut.start()]) if cut else -1
    if cut is None:
        return None
    head = _EXCEPT.search(preamble, at) if at >= 0 else None
    if head is None:
        return None, {}
    rest = preamble[head.end():]
    end = _SENTENCE_END.search(rest)
    found: dict[str, str] = {}
    for clause in _NEXT.split(rest[:end.start()] if end else rest):
        said = _CLAUSE.match(clause.strip())
        if said is None or not rt.is_person_name(said.group("who")) or not re.search(r"\d", said.group("value")) \
                or _RUN_ON.search(said.group("value")):
            return None, {}
        found[fold(said.group("who"))] = said.group("value").strip(" ,;.")
    return default[:cut.start()].strip(" ,"), found


def excepted_address(name: str, exceptions: dict[str, str]) -> tuple[bool, str | None]:
    """(whether the preamble's exceptions speak of the person printed as `name`, the address they give or None)."""
    folded = fold(name)
    if folded in exceptions:
        return True, exceptions[folded]
    return shares_surname(folded, dict(exceptions)), None
