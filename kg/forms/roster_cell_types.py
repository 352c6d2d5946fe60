"""One roster row saved one cell per line, whose cells take a varying number of lines (an HTML
table copied as text: a title under the name, three address lines, one or two citizenship lines).

The row's lines are given to the columns in the header's order by what each line is: the name
column takes the name and the titles under it, an address column takes an address (up to the
line naming its country), a citizenship column takes nationalities or countries only, and an
occupation column what stands between its neighbours. A row whose lines do not fit the columns
so is refused (None), never guessed at.
"""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_addressee import occupation_lines
from kg.forms.roster_cell_last_column import address_keeping_last
from kg.forms.roster_cell_mid_citizen import titles_before_mid_citizenship
from kg.forms.roster_cell_tail import occupation_then_address
from kg.forms.roster_cell_two_lines import a_line_each
from kg.forms.roster_ditto import is_ditto
from kg.forms.roster_name_titles import titles_before_citizenship
from kg.forms.roster_postal import hyphenated_postal
from kg.lookups.empty_cells import is_empty_cell

# an address line kg's address typing may not know: a European street ('Tuborg Havnevej 19'), a
# postal code before the city ('2900 Hellerup'), 'c/o'
_STREET = re.compile(r"^(?:c/o\b|\d{4,6}\s+[A-Z]|[A-Z][\w'.-]+(?:\s+[\w'.-]+){0,4}\s+\d{1,4}[a-zA-Z]?$)")


def address_start(line: str) -> bool:
    return rt.is_address_line(line) or rt.is_city_line(line) or bool(_STREET.match(line.strip()))


def _country_line(line: str) -> bool:
    """A line that is a country alone, in capitals too ('MONACO')."""
    bare = line.strip(" ,.")
    found = rf.find_country(bare.title() if bare.isupper() else bare)
    return bool(found) and found.group(0).casefold() == bare.casefold()


# the last line of an address with no country: a city, its state or province, and a postal code ('New York, New
# York 10270', 'Montreal QC H2Y 2J3', 'Toronto, Ontario M5H 3C2')
_POSTAL_END = re.compile(r"^(?:.*,\s*)?[A-Z][\w.' -]*,?\s+(?:[A-Z]{2}|(?:[A-Z]\.){2}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                         r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
                         r"|^(?:[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
                         r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")
# (or the state or province and its code alone, the city on the line above: 'Calgary' / 'Alberta T2L 0N8', 'Toronto'
# / 'ON M4T 2S7'; 'New York, N.Y. 10172'; a street line closing on its city: '1111 E. Warrenville Road, Suite 257,
# Naperville IL 60563')


def _address_end(lines: list[str]) -> int | None:
    """Index of an address's last line: the line naming its country, else the first line closing on a postal code
    (with a country line right under it, that line)."""
    country = next((i for i, line in enumerate(lines) if i > 0 and (_country_line(line) or _ends_on_country(line))),
                   None)
    postal = next((i for i, line in enumerate(lines) if _POSTAL_END.match(hyphenated_postal(line.strip(" ,."))) and i > 0), None)
    if postal is not None and (country is None or country > postal + 1):
        return postal
    return country


def _ends_on_country(line: str) -> bool:
    """A line whose last part after a comma is a country alone, after a postal code and city ('75008 Paris, France')."""
    head, _comma, tail = line.rpartition(",")
    return bool(head) and bool(re.match(r"\s*\d{4,6}\s+[A-Z]", head)) and _country_line(tail)


def fits(value: str, role: str) -> bool:
    """A one-line cell that can stand in a column of this role (an empty cell anywhere)."""
    value = value.strip()
    if not value or is_empty_cell(value, star=True) or role in ("address", "citizenship") \
            and is_ditto(value):  # ('"', 'Same as above': the value above, kg/forms/roster_ditto.py)
        return True
    if role == "address":  # (an employer's name alone, 'HPB/Blackrock', may be the address; a title, a
        # nationality or a person's name never is: the row is not what the header says)
        return address_start(value) or bool(re.search(r"\d", value) or rf.find_country(value)) or rt.is_organization(value) \
            or _employer_words(value) or not (rt.is_title(value) or rt.is_nationality(value) or rt.is_person_name(value))
        # ('Globaltech Financial': a name's shape, an organisation's last word)
    if role == "citizenship":
        return rf.is_citizenships(value.strip(" ,"))
    return True


def split_row(lines: list[str], roles: list[list[str]]) -> dict[str, list[str]] | None:
    """Field -> lines for one row (its first line the name), or None when the lines do not fit."""
    if not lines or "name" not in roles[0]:
        return None
    out: dict[str, list[str]] = {"name": [lines[0].rstrip(" ,")]}
    rest = lines[1:]
    kinds = [r[0] if r[0] != "name" else "name" for r in roles]
    for index, kind in enumerate(kinds):
        following = kinds[index + 1:]
        if kind == "name":
            stacked_role = next((r for r in roles[0] if r != "name"), None)
            taken = _until_next(rest, following)
            titles = next((i for i, line in enumerate(rest) if not rt.is_title(line)), len(rest))
            if following[:1] == ["address"] and not taken and _addressee_only(rest[titles:], following[1:]):
                taken = rest  # (no street in the row: the address is an employer's name; the titles end at it)
            if following[:1] == ["address"]:  # (an organisation's name over the street opens the address)
                taken = taken[:next((i for i, line in enumerate(taken) if not rt.is_title(line)), len(taken))]
            if not taken and stacked_role == "position" and following[:1] == ["citizenship"] and len(following) > 1:
                taken = titles_before_citizenship(rest)  # ('Name, Title' then 'Citizenship': the titles end at it)
                if taken is None:
                    return None
            if not taken and stacked_role == "address" and following[:1] != ["address"] \
                    and (taken := _address_lines(rest, following)) is None:
                return None  # ('Name and Business Address' over text columns: the address ends as it shows)
            if taken and not stacked_role:
                return None  # lines under the name with no column to hold them
            if taken:
                out[stacked_role] = taken
        elif kind == "address":
            taken = _address_lines(rest, following)
            if taken is None:
                return None
            taken = address_keeping_last(taken, rest, following, _POSTAL_END)  # ('... 10270' / 'United States')
            out["address"] = taken
        elif kind == "citizenship":
            taken = _citizenship_run(rest, following)
            if not taken:
                return None
            out["citizenship"] = [", ".join(line.strip(" ,") for line in taken)]
        elif kind in ("occupation", "position", "other_positions", "employer"):
            taken = _until_next(rest, following) or (_title_line(rest, following) or a_line_each(
                rest, following, address_start) if kind == "position" and following[:1] == ["occupation"] else [])
            if not taken and kind == "position":  # ('Director' / 'United States' / 'Retired Vice Chairman, ...')
                taken = titles_before_mid_citizenship(rest, following) or []
            if not taken and following == ["address"] and not any(address_start(line) for line in rest):
                split = occupation_then_address(rest)  # (no street: 'Chief Executive' / 'HPB/Blackrock')
                if split is None or any(_no_address_line(line) or rt.is_nationality(line) for line in split[1]):
                    return None
                return {**out, kind: split[0], "address": split[1]}
            if not taken:
                return None
            if following[:1] == ["address"]:  # (an addressee repeating the employer opens the address)
                if (ends := occupation_lines(taken)) is None:
                    return None
                taken = taken[:ends]
            out[kind] = taken
        else:
            return None
        rest = rest[len(taken):]
    return out if not rest else None


_MOST_ADDRESS_LINES = 6


def _address_lines(rest: list[str], following: list[str]) -> list[str] | None:
    """An address cell's lines: from the first lines (a street within the first four, under an organisation's name:
    'Smith Barney Consulting Group', its last word an organisation's, though shaped as a name; or within the first six
    under a firm's name broken at its commas, 'Skadden' / 'Arps' / 'Slate' / 'Meagher & Flom LLP') to the line naming
    its country or closing on a postal code; before a last column of text, an address of no street (an employer's
    name alone, 'HPB/Blackrock') or of no end kg can see ends where that column's title opens ('Chief Executive')."""
    opens = next((i for i, line in enumerate(rest[:6]) if address_start(line)), None)
    if opens is not None and opens >= 4 and not rt.is_organization(", ".join(line.strip(" ,") for line in rest[:opens])):
        opens = None
    if opens is None or any(_no_address_line(line) for line in rest[:opens]):
        return _addressee_only(rest, following) if not any(address_start(line) for line in rest) else None
    end = _address_end(rest)
    if end is None and not following and opens == 0 and len(rest) <= _MOST_ADDRESS_LINES \
            and not any(_no_address_line(line) or rt.is_nationality(line) for line in rest):
        return rest  # (the last cell, its street first: '2715 Farmington Heights', no city printed)
    if end is None:
        return _addressee_only(rest, following)  # an address kg cannot see the end of, unless a title ends it
    return rest[:end + 1]


def _no_address_line(line: str) -> bool:
    return rt.is_title(line) or rt.is_person_name(line) and not _employer_words(line)


def _addressee_only(rest: list[str], following: list[str]) -> list[str] | None:
    """The address lines before the next column's first line (the last column's, or a position column's), where
    that line is a title and none before it is a title, a person's name or a nationality (up to three lines: 'Skadden'
    / 'Arps' / 'Slate' / 'Director'); None when the end cannot be seen so."""
    if not following or following[0] not in ("occupation", "other_positions", "position") \
            or len(following) > 1 and following[0] != "position":
        return None  # (a title column next: its first title ends the address, the columns after it fit or refuse)
    end = next((i for i, line in enumerate(rest) if rt.is_title(line)), None)
    if end is None or not 1 <= end <= 3 or any(_no_address_line(line) or rt.is_nationality(line) for line in rest[:end]):
        return None
    return rest[:end]


def _employer_words(line: str) -> bool:
    """A name-shaped line whose last word names an organisation's kind ('Smith Barney Consulting Group')."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the grid)
    words = line.split()
    return len(words) >= 2 and bool(junk_rules()["name_organization_words"].fullmatch(words[-1].strip(" ,.").casefold()))


def _citizenship_run(lines: list[str], following: list[str]) -> list[str]:
    taken = []
    for line in lines:
        if not rf.is_citizenships(line.strip(" ,")):
            break
        taken.append(line)
    if not following:
        return taken if len(taken) == len(lines) else []
    return taken


def _title_line(lines: list[str], following: list[str]) -> list[str]:
    """A title column's cell before an occupation column, where the line the one ends at can be seen: a line of
    titles only ('Director; President'; no employer, no word that runs on), and under it either the occupation's only
    line (two lines between the address and the citizenship lines that end the row: a line each) or an empty cell
    ('—') or an occupation naming its employer ('Counsel, Cassels, Brock & Blackwell'). Else a title under it
    that names no employer ('Director' / 'Professional Board Director' / 'Consultant') could be either column's:
    nothing is taken (the row is refused)."""
    if len(lines) < 2:
        return []
    first, second = lines[0].strip(), lines[1].strip()
    ending = len(lines) - 1  # (the lines of the columns after the occupation, when the last is the citizenship)
    while following[1:] == ["citizenship"] and ending > 0 and rf.is_citizenships(lines[ending].strip(" ,")):
        ending -= 1
    two = following == ["occupation"] and len(lines) == 2 or following[1:] == ["citizenship"] and ending == 1
    if two:
        return lines[:1]
    if "," in first or rt.is_organization(first) or _RUNS_ON.search(first) \
            or not all(rt.is_title(part) for part in first.split(";") if part.strip()):
        return []
    empty = is_empty_cell(second)
    employer = rt.is_organization(second) or any(rt.is_organization(part) for part in _EMPLOYER_CUT.split(second)[1:])
    return lines[:1] if empty or employer else []


_RUNS_ON = re.compile(r"(?:\b(?:and|of|for|the|to|at|in|with)|[&,;])\s*$", re.I)
_EMPLOYER_CUT = re.compile(r",\s*|\s+(?:of|at|with)\s+")


def _until_next(lines: list[str], following: list[str]) -> list[str]:
    """The lines of a text column: up to where the next column's lines start."""
    if not following:
        return list(lines)
    nxt = following[0]
    for index, line in enumerate(lines):
        if nxt == "address" and address_start(line):
            return lines[:index]
        if nxt == "citizenship" and len(following) == 1 and all(rf.is_citizenships(x.strip(" ,")) for x in lines[index:]):
            return lines[:index]
    return []  # (two text columns side by side: where one ends cannot be seen)



def addressed(lines: list[str]) -> bool:
    """Lines under a name that close on an address: a city with its postal code, or a street line that is no
    person's name ('One ConAgra Drive' over 'Omaha, NE 68102'; '22 St. Clair Avenue East, Suite 2001'). The lines
    above it are that address's addressee (an employer wrapped over two lines: 'Wittington Investments' /
    'Limited'), never a second person: a cell listing several persons lists no address under them."""
    return any(rt.is_city_line(line) or _POSTAL_END.match(hyphenated_postal(line.strip(" ,.")))
               or (rt.is_address_line(line) and not rt.is_person_name(line)) for line in lines)
