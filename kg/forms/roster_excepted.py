"""A citizenship the preamble states for everyone, with named exceptions: in parentheses ('Each of the persons
listed below is a citizen of Canada (except Laurent Dassault, who is a citizen of France).') or running on in the
sentence ('Each person listed below is a citizen of the United States, other than Paul Reichmann, who is a citizen
of Canada.'; 'except', 'other than', 'with the exception of', 'save for', 'excluding').

The default goes to every person but those named; each named person takes the citizenship the clause gives
('NAME, who is a citizen of X', 'NAME, who is a X citizen', 'A and B, who are citizens of X', clauses joined by
',', 'and' or ';'), or none when the sentence names them without one ('except Marshall A. Cohen.'): never the
default. A person whose surname is an exception's but whose name is not that exception's takes neither (refused,
with a finding: the preamble may name them otherwise). When the exceptions cannot be read clause by clause, no
default is given.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.name_suffixes import suffix_alternation
from kg.forms.roster_names import display_name
from kg.read import clean

if TYPE_CHECKING:
    from kg.context import Context
    from kg.records import Person

_OPEN = (r"\b(?:each|all)\b[^.]*?\b(?:is|are)\s+(?:an?\s+)?citizens?\s+of\s+(?:the\s+)?(?P<value>[A-Z][\w ]*?)")
_WORD = r"(?:except(?:\s+for)?|other\s+than|with\s+the\s+exception\s+of|save(?:\s+for)?|excluding)"
_BRACKETED = re.compile(_OPEN + r"\s*\(\s*" + _WORD + r"\s+(?P<rest>[^()]+)\)", re.I)
_RUNNING_ON = re.compile(_OPEN + r",?\s+" + _WORD + r"\s+(?P<rest>(?-i:[A-Z])(?!(?i:as|where|that|those)\b).*)", re.I | re.S)
_THAT = re.compile(_OPEN + r",?\s+except\s+that\s+(?P<rest>(?-i:[A-Z]).*)", re.I | re.S)  # '..., except that X is a
_IS_CITIZEN = re.compile(r"\s+(is|are)\s+(?=(?:an?\s+)?citizens?\s+of\b)")  # citizen of France': 'X, who is a ...'
_WHO = re.compile(r",\s+who\s+(?:is|are)\s+")
_SAID = re.compile(r"(?:an?\s+citizen\s+of|citizens\s+of)\s+(?:the\s+)?(?P<of>\S.*)|(?:an?\s+)?(?P<adj>(?:[A-Z]\.){2,}|"
                   r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+citizens?", re.S)  # ('a U.S. citizen': round 56f)
_APART = re.compile(r",\s+and\s+|;\s+(?:and\s+)?|,\s+(?!" + suffix_alternation(numerals=False) + r"\b\.?|" + suffix_alternation(words=False, longest_first=True) + r"\b)|\s+and\s+")
_NAMES = re.compile(r",?\s+and\s+|,\s+(?!" + suffix_alternation(numerals=False) + r"\b\.?|" + suffix_alternation(words=False, longest_first=True) + r"\b)")
_CAPITALS = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:[\s'’-]+[^\W\d_]+){0,2}")  # ('SLØK', 'VAN DER BERG' in capitals)
# A sentence's stop (no initial's, suffix's or legal form's) before a capital, a numbered heading ('... Italy. 1.
# Directors of X') or the end; at the end after an abbreviation, its stop kept ('..., who is a citizen of U.S.'); a
# colon ending the preamble ('..., who is a citizen of Canada:' over the list).
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bJr)(?<!\bSr)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bInc)(?<!\bCo)"
                           r"\.(?=\s+(?:[A-Z]|\d{1,2}\.\s)|\s*$)|(?<=\.[A-Z]\.)(?=\s*$)|(?<=[a-z.]):(?=\s*$)")


def fold(name: str) -> str:
    return " ".join(display_name(name).casefold().replace(",", " ").split())


def excepted(preamble: str) -> tuple[str, dict[str, str | None]] | None | bool:
    """(the default, {folded name: citizenship or None}) of a stated default with exceptions named; False when
    exceptions are named but not read whole (no default then); None when the preamble names none."""
    head = _BRACKETED.search(preamble)
    rest = head.group("rest").strip() if head else None
    if head is None and (head := _RUNNING_ON.search(preamble)):
        end = _SENTENCE_END.search(head.group("rest"))
        rest = head.group("rest")[:end.start()] if end else None
    if head is None and (head := _THAT.search(preamble)):
        end = _SENTENCE_END.search(head.group("rest"))
        said = head.group("rest")[:end.start()] if end else ""
        if "citizen" not in said.casefold():
            return None  # ('except that the address of ...': no citizenship excepted)
        rest = _IS_CITIZEN.sub(r", who \1 ", said)
    if head is None:
        return None
    found = _clauses(" ".join(rest.split())) if rest else None
    return (head.group("value").strip(), found) if found and rf.is_citizenships(head.group("value")) else False


def _clauses(rest: str) -> dict[str, str | None] | None:
    """{folded name: citizenship} of 'A, who is a citizen of X, B and C, who are citizens of Y' ({name: None}
    for names given no citizenship: 'A and B'); None when any part is not read for certain."""
    groups = exception_clauses(rest)
    return None if groups is None else {fold(name): value for group, value in groups for name in group}


def exception_clauses(rest: str) -> list[tuple[list[str], str | None]] | None:
    """The clauses of `_clauses`, each as (the names as printed, the citizenship they are given or None)."""
    pieces = _WHO.split(rest)
    groups: list[tuple[list[str], str | None]] = []
    names = pieces[0]
    for index, piece in enumerate(pieces[1:], 1):
        split = _value_then_names(piece, last=index == len(pieces) - 1)
        if split is None:
            return None
        groups.append((_names(names) or [], split[0]))
        names = split[1]
    if len(pieces) == 1:
        groups.append((_names(names) or [], None))
    return groups if all(group for group, _value in groups) else None


def _value_then_names(piece: str, last: bool) -> tuple[str, str] | None:
    """('USA, Denmark', 'Nirmal Prabhakar Narvekar') of 'a citizen of the USA, Denmark, Nirmal Prabhakar
    Narvekar': the one way to cut the piece into a citizenship and the names of the next clause."""
    cuts = [(piece, "")] if last else [(piece[:m.start()], piece[m.end():]) for m in _APART.finditer(piece)]
    read = [(value, names) for said, names in cuts
            if (value := _value(said)) and (last or _names(names))]
    return read[0] if len(read) == 1 else None


def _value(said: str) -> str | None:
    found = _SAID.fullmatch(said.strip())
    value = (found.group("of") or found.group("adj")).strip() if found else ""
    return value if value and rf.is_citizenships(value) else None


def _names(printed: str) -> list[str] | None:
    names = _inverted([name.strip() for name in _NAMES.split(printed.strip())])
    ok = names and all(rt.is_person_name(name) and not rf.is_citizenships(name) for name in names)
    return names if ok else None


def _inverted(pieces: list[str]) -> list[str]:
    """The pieces with a surname in capitals and the given names after its comma one name again ('COHEN' and
    'Marshall A.' -> 'COHEN, Marshall A.', as the list prints it), where that is a person's name and the surname
    alone is none."""
    names: list[str] = []
    for piece in pieces:
        if names and _CAPITALS.fullmatch(names[-1]) and names[-1].isupper() and not rt.is_person_name(names[-1]) \
                and not piece.isupper() and rt.is_person_name(joined := f"{names[-1]}, {piece}"):
            names[-1] = joined
        else:
            names.append(piece)
    return names


def citizenship_of(name: str, default: str, exceptions: dict[str, str | None]) -> str | None:
    """The citizenship the preamble gives the person printed as `name`: an exception's (None where the sentence
    gives none), the default, or None (a surname an exception has, under another name)."""
    folded = fold(name)
    if folded in exceptions:
        return exceptions[folded]
    return None if shares_surname(folded, exceptions) else default


def against_exception(name: str, printed: str | None, exceptions: dict[str, str | None]) -> bool:
    """Whether a citizenship read for the person printed as `name` differs from the one the preamble gives them by
    name (the cell was read from another column or row: neither is certain, so it is refused)."""
    stated = exceptions.get(fold(name)) if printed else None
    if not stated:
        return False
    same = clean.squash(printed).casefold() == clean.squash(stated).casefold()
    return not same and clean.country_of(printed)[0] != clean.country_of(stated)[0]


def shares_surname(folded: str, exceptions: dict[str, str | None]) -> bool:
    """Whether a person not named as an exception has an exception's surname (their citizenship is refused)."""
    surnames = {key.split()[-1] for key in exceptions if key.split()[-1] not in ("jr.", "sr.", "jr", "sr")}
    return folded not in exceptions and bool(set(folded.split()) & surnames)


def warn_surnames_excepted(ctx: Context, people: list[Person], exceptions: dict[str, str | None]) -> None:
    """A finding for each person whose citizenship was refused for sharing an exception's surname."""
    for person in people if exceptions else []:
        if person.name and person.citizenship is None and shares_surname(fold(person.name), exceptions):
            ctx.warn("roster-ambiguous", f"{person.name!r} has the surname of a person the preamble excepts from its "
                     "citizenship under another name; no citizenship is given", span=person.evidence,
                     readings=[person.name, None], field="citizenship")
