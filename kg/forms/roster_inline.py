"""Values printed inside another cell of a roster entry: a nationality in parentheses after the name
('Marshall A. Cohen (Canadian)', 'Torsten Slok (USA, Denmark)', or wrapped to the top of the next
column), and the outside occupation in parentheses after the titles held in the listed
organisation, where the preamble says so ('Unless otherwise indicated in parentheses, each
occupation ... refers to employment with X')."""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_citizen_label import labels_citizenship
from kg.forms.roster_own import is_department
from kg.forms.roster_rules import rules
from kg.read import clean

_TRAILING = re.compile(r"(?<!\s)\s*\(([^()]{2,40})\)\s*$")
_LEADING = re.compile(r"\s*\(([^()]{2,40})\)\s*")
_TITLES_THEN_ELSEWHERE = re.compile(r"^\s*([^()]+?)\s*\(((?-i:[A-Z])[^()]*|(?-i:[a-z])[^()]*?\s(?:of|at|with)\s+(?-i:[A-Z])"
                                    r"[^()]*)\)\s*\.?\s*$", re.S)  # ('(officer of Morgan Stanley & Co.)' too)
_TITLES_THEN_GROUPS = re.compile(r"^\s*([^()]+?)[\s;,]*((?:\([^()]+\)[\s;,]*){2,})\.?\s*$")  # (two groups or more)
_GROUP = re.compile(r"\(([^()]+)\)")
_GROUP_INSIDE = re.compile(r"(?-i:[A-Z])[^()]*|(?-i:[a-z])[^()]*?\s(?:of|at|with)\s+(?-i:[A-Z])[^()]*")


def nationalities(text: str) -> bool:
    """'Canadian', 'USA, United Kingdom': each piece a nationality or a country (by name or capital code; a longer
    name only whole: 'United States of America')."""
    return all(rf.is_citizenship_value(p) and (len(p.split()) <= 3 or _whole_country(p)) or p.isupper() and bool(
        clean.country_of(p)[0]) for p in (piece.strip() for piece in text.split(",")))


def _whole_country(text: str) -> bool:
    return bool((found := rf.find_country(text)) and found.group(0) == text)


def name_nationality(name: str) -> tuple[str, str | None]:
    """The name without a nationality printed after it in parentheses, and that nationality."""
    paren = _TRAILING.search(name)
    if not paren or not nationalities(paren.group(1)):
        return name, None
    return name[:paren.start()].rstrip(), clean.squash(paren.group(1))


def lead_nationality(text: str) -> tuple[str | None, str]:
    """A nationality in parentheses at the top of a cell (the name cell's second line beside it),
    and the cell's text without it."""
    lead = _LEADING.match(text)
    if not lead or not nationalities(lead.group(1)):
        return None, text
    return clean.squash(lead.group(1)), text[lead.end():]


def unbracket(citizenship: str | None) -> str | None:
    """'(American)' in a name column's second line: the nationality without its brackets."""
    inner = re.fullmatch(r"\(([^()]{2,40})\)", citizenship or "")
    return clean.squash(inner.group(1)) if inner and nationalities(inner.group(1)) else citizenship


def titles_then_elsewhere(text: str, told: bool = True, headed: bool = False) -> tuple[str, list[str]] | None:
    """'Board Director (Chief Economist of Apollo; Trustee, X)': the titles before the parentheses, and the
    occupations elsewhere inside them. Where the preamble says so (`told`), whatever stands before them; else, for
    an entry listed under a sub-heading (`headed`: 'Directors', 'Executive Officers'), only where each part before
    them is a title and what is inside names no nationality, no department ('Vice President (Finance)') and
    nothing a title says of itself ('(Principal Executive Officer)', kg/patterns/roster.yml paren_of_title)."""
    match = _TITLES_THEN_ELSEWHERE.match(text) if told or headed else None
    if not match:
        return _titles_then_groups(text) if told else None
    inside = clean.squash(match.group(2).replace("\n", " ")) or ""
    titles = clean.squash(match.group(1).replace("\n", " ")) or ""
    if not told and not (all(rt.is_title(part) for part in re.split(r",\s*|\s+and\s+|\s*;\s*", titles) if part)
                         and not nationalities(inside) and not is_department(inside)
                         and not rules().paren_of_title.match(inside)):
        return None
    return titles, [p.strip() for p in inside.split(";") if p.strip()]


def _titles_then_groups(text: str) -> tuple[str, list[str]] | None:
    """'Director; (Professor of Economics, Harvard University); (President and CEO, X)': where the preamble says the
    occupations elsewhere stand in parentheses, the titles, then each whole group one occupation (its wrap joined).
    Refused (None) where a group could say something of the title or a nationality ('(Principal Executive
    Officer)', '(Canada)'): the groups are then not certainly occupations."""
    match = _TITLES_THEN_GROUPS.match(text)
    if not match:
        return None
    insides = [clean.squash(m.group(1).replace("\n", " ")) or "" for m in _GROUP.finditer(match.group(2))]
    if not all(_GROUP_INSIDE.fullmatch(inside) and not nationalities(inside) and not rf.is_citizenships(inside)
               and not rules().paren_of_title.match(inside) for inside in insides):
        return None
    return clean.squash(match.group(1).replace("\n", " ")) or "", insides


def bracketed_nationality(printed: str) -> bool:
    """The printed text of an entry holds a nationality or country in brackets, closed or not ('Cyprian
    (USA, United' / 'Kingdom)' wrapped in a name cell): where no field took it, the preamble's 'each is a
    citizen of X unless ...' must not cover the entry."""
    pieces = [clean.squash(m.group(1).replace("\n", " ")) or "" for m in re.finditer(r"\(([^()]{2,60})", printed)]
    return any(rf.find_nationality(p) or rf.find_country(p) or nationalities(p) for p in pieces)  # ('(USA)': a country by its capital code)


_CITIZEN_OF = (re.compile(r"\b(?i:citizens?\s+of\s+(?:the\s+)?)([A-Z][^\n;()]{1,60})"),
               re.compile(r"\b([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)\s+(?i:citizens?)\b(?!\s+of\b)"))
_CITIZEN_NOTE = re.compile(r"(?:^|[ \t]+|(?<=\n))\((?:a\s+)?(?i:citizen\s+of\s+(?:the\s+)?)([A-Z][^;()]{1,60}?)\)[ \t]*(?=\n|$|\s)")
_CITIZEN_LINE = re.compile(r"(?:^|\s)(?:Citizen|CITIZEN)\s+(?i:of\s+(?:the\s+)?)([A-Z][^\n;()]{1,60}?)[ \t.]*$")


def printed_nationality(printed: str) -> bool:
    """The printed text of an entry states a nationality: in brackets (bracketed_nationality) or as a citizenship
    line in a cell ('Citizen of Canada', 'Citizen of the USA, Denmark', 'Canadian citizen'), wherever a cell glued
    it to a title. Where no field took it, the preamble's 'each is a citizen of X, except as noted' must not cover
    the entry: the entry says otherwise, or may (refused, not guessed)."""
    return bracketed_nationality(printed) or bool(stated_citizenships(printed)) \
        or labels_citizenship(printed)  # ('(Nacionalidad / Citizenship: USA)' unread: kg.forms.roster_citizen_label)


def stated_citizenships(printed: str) -> list[str]:
    """The nationalities a text states in citizenship phrases ('Citizen of Canada', 'Canadian citizen')."""
    lines = [clean.squash(line) or "" for line in printed.splitlines()]  # ('Denmark' / 'Citizen of X': apart)
    after_of = [m.group(1).strip() for line in lines for m in _CITIZEN_OF[0].finditer(line)]
    before = [m.group(1) for line in lines for m in _CITIZEN_OF[1].finditer(line)]
    return [s for s in after_of if rf.is_citizenship_value(s) or nationalities(s)] + [s for s in before if nationalities(s)]


def indicated_citizenship(text: str) -> tuple[str | None, str]:
    """Under a preamble's 'each ... is a citizen of X unless otherwise indicated': a nationality or country in
    parentheses closing a cell of the entry ('CEO of Harvard Management Company (USA)', 'Chairman, President and
    CEO (United' / 'States)') is that indication; the cell without it."""
    if (line := _CITIZEN_LINE.search(text)) and nationalities(line.group(1)):  # 'Citizen of Canada' closing the cell
        return line.group(1), text[:line.start()].rstrip()  # (its last line; a cell glued to one line too)
    if (note := _CITIZEN_NOTE.search(text)) and nationalities(clean.squash(note.group(1))):  # '(citizen of Canada)'
        before, after = text[:note.start()].rstrip(), text[note.end():].strip()  # (the note closes the occupation;
        return clean.squash(note.group(1)), f"{before}\n{after}".strip()  # the person's address lines may follow it)
    paren = _TRAILING.search(text)
    if not paren or not nationalities(clean.squash(paren.group(1).replace("\n", " ")) or ""):
        return None, text
    return clean.squash(paren.group(1).replace("\n", " ")), text[:paren.start()].rstrip()


def may_show_address(lines_are_items: bool, occupation: str) -> bool:
    """An occupation cell broken into lines by the markup ('Chairman' / 'Globaltech Financial') with a line that
    names no title, or an occupation that holds no word of a title or an occupation at all ('The St. Paul
    Travelers' alone, beside a title column): that text may be the business address a preamble's 'unless otherwise
    indicated, ... is X' defers to, so X is left off the entry (refused, not guessed)."""
    from kg.forms.roster_junk import holds_occupation  # (roster_junk imports the guard that imports the readers)
    if not lines_are_items:
        flat = clean.squash(occupation.replace("\n", " ")) or ""
        return bool(re.search(r"[A-Za-z]", flat)) and not holds_occupation(flat)
    lines = [line.strip() for line in occupation.splitlines() if line.strip()]
    return any(not rt.is_title(line.split(",")[0]) for line in lines if re.search(r"[A-Za-z]", line))  # ('—': empty)
