"""The lines of one roster cell to the fields of an entry, by the roles the cell's header names
and by what each line is (shared by the text grid and the HTML table readers)."""
from __future__ import annotations

import re

from kg.forms import roster_fields as rf
from kg.forms import roster_types as rt
from kg.forms.roster_ditto import is_ditto
from kg.forms.roster_entry import Entry
from kg.forms.roster_lower_role import lower_role
from kg.forms.roster_residence import under_name_apart
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import LEGAL_FORM as _LEGAL_FORM
from kg.forms.roster_wrap import TITLE_OPENING as _TITLE_OPENING


def place(entry: Entry, lines: list[str], roles: list[str], stacked_under_name: bool = False,
          width: tuple[int, int] | None = None, apart: list[bool] | None = None, set_in: bool = False,
          hanging: bool = False) -> None:
    """The lines of one cell go to the roles its header names, by type: a line that is only a
    nationality is the citizenship; an occupation cell keeps its employer and address lines
    (split later, where the employer is compared with the listed organisation); otherwise an
    address line (with the employer line just above it) starts the address. Under a name
    with no role named, a title is a position. In a fixed-width column (`width`: its longest line,
    and its room up to the next column), the line after a title line starts a title of its own when
    its first word would have fitted after that line: in the longest line's width, or in the room
    when that line is a whole title ('Chairman of the Board' / 'Treasurer', never 'Assistant' /
    'Secretary'). In an occupation cell, a line `apart` (kg.forms.roster_place.occupations_apart) is an occupation
    of its own."""
    if not lines or stacked_under_name and under_name_apart(entry, roles):
        return  # (the lines under a name are a thing of no field the caption names: kg.forms.roster_residence)
    entry.mixed_titles = entry.mixed_titles or {"position", "occupation"} <= set(roles)
    kinds = [rt.line_kind(line) for line in lines]
    textual = next((r for r in roles if r not in ("citizenship", "address")), None)
    if "address" in roles and not textual:  # ('Dassault Investissements, 9, Rond-Point ..., 75008 Paris, France')
        kinds = ["address" if kind == "organization" and _addressee_then_street(line) else kind
                 for line, kind in zip(lines, kinds)]
    address_from = next((i for i, k in enumerate(kinds) if k == "address"), None)
    if address_from is not None and address_from > 0 and (kinds[address_from - 1] == "organization" or stacked_under_name
                                                          and not textual and kinds[address_from - 1] == "text"):
        address_from -= 1  # (under a name alone, 'Primary Business Center' over the street: the address's, no occupation)
    if set_in and address_from is not None and not textual:
        address_from = _employer_opens(kinds, address_from)
    if stacked_under_name and "address" in roles and set(roles) <= {"address", "citizenship"}:
        address_from = next((i for i, k in enumerate(kinds) if k not in ("title", "nationality")), address_from)  # (a
        # caption of the name, the address and the citizenship only: an employer under the name opens the address)
    if textual == "occupation" or address_from is None or not ("address" in roles or stacked_under_name):
        address_from = len(lines)
    last_citizen = stacked_under_name and _citizenship_closes(lines, kinds, roles)
    for index, (line, kind) in enumerate(zip(lines, kinds)):
        if last_citizen and index == len(lines) - 1:
            _append(entry, "citizenship", line)  # ('Name, Business Address and Citizenship': the stack's last line)
        elif roles == ["citizenship"] and len(lines) == 1 and is_ditto(line):
            _append(entry, "citizenship", line)  # ('"': the citizenship above, kg/forms/roster_ditto.py)
        elif said := rf.stated_citizenship(line):
            _append(entry, "citizenship", said)  # 'Citizen of the USA, Denmark' / '(citizen of France)': whatever
            # the column's caption, the line says what it is (never a title, never the address's last line)
        elif roles == ["citizenship"] and kind != "address" and rf.is_citizenships(line):
            _append(entry, "citizenship", line)  # 'USA, Denmark': a dual citizen
        elif kind == "nationality" and roles != ["address"] and not any(k == "address" for k in kinds[:index]) and not (
                textual == "occupation" and (entry.fields.get("citizenship") or index and lines[index - 1].rstrip()[-1:] in ",;")):
            # (in an occupation column, a country after a comma, or where the citizenship is printed
            # already, ends the occupation: 'Samsung Electronics,' / 'Korea')
            _append(entry, "citizenship", line)  # a country after an address line, or in an address column, is the
            # address's ('Tuborg Havnevej 19, 2900 Hellerup,' / 'Denmark')
        elif index >= address_from:
            _append(entry, "address", line)
        elif textual == "position" and kind != "nationality" and width and index and _fits(lines[index - 1], line, width) \
                and not _runs_on_to_semicolon(lines, index):
            _append(entry, "position", line, "; ")  # a title column's line where the next title would have fitted:
            # a title of its own ('Director' / 'President and Co-Chief Executive'), never 'Director President'
        elif (textual == "occupation" or textual == "position" and hanging) and apart and apart[index]:
            _append(entry, textual, line, "; ")  # (a title and occupation cell's items, each at the margin)
        elif textual:
            _append(entry, textual if kind != "nationality" or textual == "occupation" else "address", line)
        elif roles == ["address"]:
            _append(entry, "address", line)
        elif stacked_under_name or roles == ["citizenship"]:
            _append(entry, "title" if kind == "title" else "occupation", line)


def _addressee_then_street(line: str) -> bool:
    """An address column's line that opens with the addressee, a firm, and goes on after its comma with the street and
    town ('Dassault Investissements, 9, Rond-Point des Champs-Elysees, 75008 Paris, France'): the address whole."""
    head, comma, rest = line.partition(", ")
    return bool(comma) and rt.is_organization(head) and rt.is_address_line(rest)


def _employer_opens(kinds: list[str], address_from: int) -> int:
    """Where the address starts in lines set in under a name whose column names no field but the name: at the
    employer over the lines above the first address line ('Smith Barney Consulting Group' / '388 Greenwich
    Street', 'Dassault Investissements' / '9' / 'Rond-Point des Champs-Elysees' / '75008 Paris'), where those
    lines are names or plain text and the first of them an organisation's or a name ('Retired' opens none)."""
    run = address_from
    while run > 0 and kinds[run - 1] in ("organization", "name", "text"):
        run -= 1
    return run if run < address_from and kinds[run] in ("organization", "name") else address_from


def _citizenship_closes(lines: list[str], kinds: list[str], roles: list[str]) -> bool:
    """A cell under a name whose caption names the address and then the citizenship ('Name, Business Address and
    Citizenship'), its last line a country or countries ('USA, Denmark') right under the address's own country line
    ('2900 Hellerup' / 'Denmark' / 'USA'): the last line is the citizenship the caption announces (an address has one
    country). A country under an address line with none ('Toronto, Ontario M5H 3C2' / 'Canada') could be either: it
    is left to the address."""
    if "address" not in roles or "citizenship" not in roles or roles.index("address") > roles.index("citizenship"):
        return False
    return len(lines) >= 3 and "address" in kinds[:-2] and rf.is_citizenships(lines[-1].strip()) \
        and kinds[-2] == "nationality" and rf.is_citizenships(lines[-2].strip())


def _append(entry: Entry, field: str, line: str, separator: str = "\n") -> None:
    entry.fields[field] = f"{entry.fields[field]}{separator}{line}" if entry.fields.get(field) else line


_MID_PHRASE = re.compile(r"(?:[,&]|\b(?:and|of|the|for|at|in|to|with))$", re.I)


_BOARD_ALONE = re.compile(r"(?<!\bof the)(?<!\bof)\s+board$|^board$", re.I)  # ('Professional Board' / 'Director':
# a board is a title's head only as 'Chair of the Board', 'Member of the Board')


def _runs_on_to_semicolon(lines: list[str], index: int) -> bool:
    """Whether the cell's titles end at a semicolon closing a line ('Director;' / 'Executive' / 'Officer;'): there a
    line above that closes on no semicolon wraps into the line at `index` ('Executive Officer'), whatever its width."""
    ends = [line.rstrip().endswith(";") for line in lines[:-1]]
    return any(ends) and not ends[index - 1]


def _fits(previous: str, line: str, width: tuple[int, int]) -> bool:
    first = line.split()[0] if line.split() else ""
    longest, room = width
    whole = bool(rules().title_heads.search(previous.strip())) and not _BOARD_ALONE.search(previous.strip())
    if first[:1].islower():  # ('Directors, Chairman of the Board' / 'officer of Morgan Stanley & Co.': a whole title,
        return whole and lower_role(line, "") and len(previous) + 1 + len(first) <= room  # then a role of its own:
        # the title above ends whole, its own check, whatever `lower_role` says of a closing word such as "Board")
    if _MID_PHRASE.search(previous.strip()):
        return False  # 'Vice President, Secretary' / 'and Director': one title, wrapped
    return bool(first) and (len(previous) + 1 + len(first) <= longest or len(previous) + 1 + len(first) <= room
                            and whole or whole and _whole_title(line))  # ('Chairman of the Board' / 'Treasurer':
    # a whole title, then another, never one title 'Chairman of the Board Treasurer')


def occupations_apart(lines: list[tuple[str, str]], width: int) -> list[bool]:
    """The lines of a fixed-width occupation cell (each with the printed line above it, kg.forms.roster_wrap
    .unwrap_after) that start an occupation of its own: a line opening with a title ('President and CEO,
    National Bureau') after a printed line ('University') its first word would have fitted on in the column's
    `width`, or after an occupation that is whole (a title, then its organisation named in full: 'Professor of
    Economics, Harvard University'). There the text shows no wrap; elsewhere a line goes on with the occupation
    above (its employer, its address: 'Managing Director, National' / 'Director, ...' is one)."""
    out = []
    for index, (line, above) in enumerate(lines):
        first, head = (line.split() or [""])[0], line.split(",")[0].strip()
        whole = index > 0 and _whole_role(lines[index - 1][0])  # ('Counsel, Cassels' after 'Director, X, Inc.')
        fits = len(above.rstrip()) + 1 + len(first) <= width
        named = index > 0 and fits and _names_employer(lines[index - 1][0]) and line[:1].isupper() \
            and not any(rt.is_address_line(rest) for rest, _ in lines[index:])  # ('Member, Conseil
        # d'Administration, Lor' / 'Finance' / 'Treasury Department, AXA': the occupation above names its employer,
        # a line that would have fitted is no wrap of it; in a cell that prints no address, where the line could be
        # the employer's above it: 'Power Corporation of Canada' / '751 Victoria Square')
        out.append(bool(above) and (bool(_TITLE_OPENING.match(line.strip()) or whole) and rt.is_title(head) or named
                                    or fits and lower_role(line, above))  # ('main board member of X' under 'of Y')
                   and not _MID_PHRASE.search(above.strip()) and not rt.is_address_line(above) and (fits or whole))
    return out


def may_print_address(lines: list[tuple[str, str]], width: int) -> bool:
    """A fixed-width cell captioned for the occupation and the business address ('Occupation and Business
    Address') with a line after the first that names no title and was broken from the line above on purpose (its
    first word would have fitted there, and that line ends no phrase half-way: 'Chairman' / 'Globaltech
    Financial'): that line may be the address a preamble's default gives way to, so the default is refused."""
    for index, (line, above) in enumerate(lines):
        first = (line.split() or [""])[0]
        if index and above.strip() and len(above.rstrip()) + 1 + len(first) <= width \
                and not _MID_PHRASE.search(above.strip()) and not rt.is_title(line.split(",")[0].strip()):
            return True
    return False


def _names_employer(item: str) -> bool:
    """One occupation, a title and then the organisation it is held at ('Director, Scout Capital Corp.',
    'Member, Conseil d'Administration, Lor Finance'): its last part a name of two words or more in capitals, no
    title, no address (one word may be a name that goes on: 'Member, Conseil' / 'd'Administration')."""
    parts = [part.strip() for part in item.split(",")]
    if len(parts) >= 3 and _LEGAL_FORM.fullmatch(parts[-1]):
        parts = parts[:-1]
    return len(parts) >= 2 and ";" not in item and rt.is_title(parts[0]) and not _MID_PHRASE.search(item.strip()) \
        and len(parts[-1].split()) >= 2 and bool(_CAPITALISED.fullmatch(parts[-1])) and not rt.is_title(parts[-1]) and not rt.is_address_line(parts[-1])


_CAPITALISED = re.compile(r"[A-Z][\w.&'’/-]*(?:\s+(?:[A-Z][\w.&'’/-]*|of|and|for|the|de|du|&))*")


def _whole_role(item: str) -> bool:
    """'Professor of Economics, Harvard University': a title, then an organisation named in full (no word left
    hanging: 'Cassels, Brock &', 'National Bureau of')."""
    parts = [part.strip() for part in re.split(r"[,;]", item)]  # (its last part alone: 'Inc.; Corporate' is none)
    if len(parts) >= 3 and ";" not in item and _LEGAL_FORM.fullmatch(parts[-1]):  # ('Director, American
        named = parts[-2]  # International Group, Inc.': an organisation named with its legal form)
        return rt.is_title(parts[0]) and named[:1].isupper() and not rt.is_title(named) and not rt.is_address_line(named)
    return len(parts) >= 2 and rt.is_title(parts[0]) and not _MID_PHRASE.search(item.strip()) and (
        rt.is_organization(parts[-1]) and not rt.is_title(parts[-1]) and not rt.is_address_line(parts[-1]))


def _whole_title(line: str) -> bool:
    text = line.strip()
    return rt.is_title(text) and bool(rules().title_heads.search(text)) and bool(_TITLE_OPENING.match(text))


