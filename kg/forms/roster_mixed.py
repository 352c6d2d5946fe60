"""A cell that mixes titles in the listed organisation with occupations elsewhere ('Position with the Company
and Present Principal Occupation': 'Director; Chief Executive'): which of its items is which.

An item that names the listed organisation ('President of X') is a title there, one that names another
organisation an occupation elsewhere (kg.forms.roster_entry decides both); a board seat ('Director') is the
seat in the listed organisation, one with another organisation's name appended ('Partner, Skadden') an
occupation there. Any other item ('Chief Executive', 'Chairman') reads both ways: the same
words are one person's title in the listed organisation and another's occupation elsewhere. The person's
business address decides only when its first line names the listed organisation as the employer (a title
there). Otherwise the item is undecided: left out, with a `roster-ambiguous` finding (kg.forms.annex), never
guessed (another employer's address does not make the title an occupation there: the officers of a
subsidiary often work at the parent's address)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_own import LEGAL, is_department, names_org, org_phrase
from kg.forms.roster_rules import rules

SEATS = re.compile(r"(?:honorary\s+|non-executive\s+|independent\s+)?(?:directors?|trustee|member\s+of\s+the\s+board)"
                    r"|general\s+partner|managing\s+member"
                    r"|board\s+director|(?:co[\s-]+)?(?:vice[\s-]+)?chair(?:man|woman|person)?\s+of\s+the\s+board"
                    r"|member,?\s+(?:of\s+(?:the\s+)?)?(?:(?:supervisory|management)\s+)?(?:board|conseil\s+d.administration)",
                    re.I)
# ('Chair of the Board', 'Board Director': a seat on the board, the listed organisation's where no other is named)


def mixed_kind(item: str, organizations: list[str], address: str | None, cell: str = "", named_own: bool = False,
               unseated: bool = False, occupations: bool = False) -> str:
    """'position', 'other' or 'undecided' for an item of a mixed cell (`cell`, its whole text) that names no
    organisation; `named_own`: another item of the cell names the listed organisation ('Director of X; Chief
    Executive': the cell says 'of X' where X is meant, so an officer's title without it is held elsewhere);
    `unseated`: no heading or caption puts the person on a board (a roster of directors and officers);
    `occupations`: the cell's caption names occupations only, no position held in the listed organisation
    (kg.forms.roster_leader_caption): an officer's title there is not presumed the listed organisation's."""
    flat = " ".join(item.split())
    if SEATS.fullmatch(flat):
        return "position"
    if unseated and not occupations and is_officer_title(flat) and len([p for p in cell.split(";") if p.strip()]) == 1:
        return "position"  # an officer's title alone, no seat: the person is listed for a position in the listed
        # organisation, which the cell headed 'Position ... and Present Principal Occupation' prints first
    if named_own or work_after_seat(flat, cell):
        return "other"
    phrase, appended = org_phrase(flat)  # 'Partner, Skadden', 'Treasury Department, AXA': another organisation
    if appended and phrase and not any(names_org(phrase, org.casefold()) for org in organizations if org) \
            and not is_department(phrase) and not rt.is_title(phrase) and not rt.body_of(phrase):
        return "other"
    employer = employer_line(address)
    if employer is None:
        return "position" if is_officer_title(flat) and not occupations else "undecided"
    bare = _bare(employer)
    if any(names_org(employer.casefold(), org.casefold()) or bare == _bare(org) for org in organizations if org):
        return "position"
    if is_officer_title(flat) and not occupations and _occupation_there(item, bare, cell):
        return "position"  # 'Vice President; officer of Morgan Stanley & Co.' beside that employer's address: the
        # occupation there is stated apart, the bare title is the listed organisation's
    return "undecided"  # (another employer: the title may still be held in the listed organisation too, 'Vice
    # President' of a subsidiary whose officers work at the parent's address; 'The St. Paul Travelers' for 'The
    # St. Paul Travelers Companies, Inc.': the group's parent, or the listed company cut short?)


# the words of an officer's title ('Executive Vice President', 'President and Co-Chief Executive Officer')
_OFFICER_WORDS = {"president", "vice", "vice-president", "executive", "senior", "first", "chief", "co-chief", "officer",
                  "operating", "financial", "treasurer", "secretary", "controller", "ceo", "cfo", "coo", "general",
                  "counsel", "chairman", "chairwoman", "chair", "co-chairman", "corporate", "assistant", "deputy",
                  "associate", "committee", "of", "the", "board", "and", "&"}
_FUNCTION = re.compile(r"\s+-\s+|,\s+|\s+of\s+(?!the\s+board)")  # 'Vice President - Administration'


def _officer_words(item: str) -> bool:
    words = [w.strip(",.").casefold() for w in item.split()]
    return bool(rules().officer_titles.search(item) or re.match(r"(?i:chair)", item)) and all(
        w in _OFFICER_WORDS for w in words if w)


def is_officer_title(item: str) -> bool:
    """An officer's title and nothing else ('Executive Vice President'; with a function of the company, 'Vice
    President - Administration'), in a cell headed 'Position with the Company and Present Principal Occupation'
    on a person whose address names no employer: the cell names no other organisation, so the title is held
    in the listed one (an occupation elsewhere names where: 'President, Lam Research')."""
    if _officer_words(item):
        return True
    parts = _FUNCTION.split(item, maxsplit=1)
    return len(parts) == 2 and _officer_words(parts[0]) and is_department(parts[1])


def _occupation_there(item: str, employer: str, cell: str) -> bool:
    """Another item of the cell names the address's employer ('officer of Morgan Stanley & Co. Incorporated')."""
    return len(employer) > 3 and any(employer in _bare(" ".join(other.split())) for other in cell.split(";")
                                     if " ".join(other.split()) != item and re.search(r"\s(?:of|at|with)\s|,", other))


def work_after_seat(item: str, cell: str) -> bool:
    """The item follows a seat in the cell and names a person by their work, no office ('Director; Portfolio
    Manager', 'Chair of the Board; Professional Board Director', 'Director; Retired Chairman'): the seat is the
    position in the listed organisation, the work the director's occupation (as kg.forms.roster_bare reads a
    board member's occupation that names no office)."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    pieces = [" ".join(piece.split()) for piece in cell.split(";")]
    before = pieces[:pieces.index(item)] if item in pieces else []
    return any(SEATS.fullmatch(piece) for piece in before) and not is_officer_title(item) \
        and bool(junk_rules()["occupation_nouns"].search(item))


def employer_line(address: str | None) -> str | None:
    """The first line of a business address when it names no street, city or country: the employer."""
    first = next((line.strip() for line in (address or "").splitlines() if line.strip()), "")
    first = first.split(",")[0].strip() if "\n" not in (address or "") and "," in first else first
    if not first or rt.is_address_line(first) or rt.is_city_line(first) or rt.is_nationality(first) \
            or not re.search(r"[A-Za-z]{3}", first):
        return None
    return first


def _bare(name: str) -> str:
    return LEGAL.sub("", re.sub(r"^the\s+", "", name.strip(), flags=re.I)).strip(" ,.").casefold()
