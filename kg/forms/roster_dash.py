"""Run-on dash paragraphs: one paragraph per person, 'Name — Titles. Occupations. Address.
Citizenship.', with no labels and no sentence verbs.

Each paragraph is cut into pieces at its full stops; a full stop after an abbreviation ('N.A.',
'Co.', 'St.', an initial) ends a piece only where what follows begins a value of its own (an
address line: 'c/o', a street number) or is the citizenship that ends the paragraph. Each piece
is then typed by what it holds: the last one a citizenship when it is nationalities or
countries only, the one before it the business address when it reads as one, and the pieces
before those the titles held in the listed organisation, then the occupations elsewhere. A
piece that could be two things (a title run into an address, a third piece of roles, a last
piece that is neither an address nor a title) is left out and named in the entry's doubts
(a `roster-ambiguous` finding): the rest of the entry is still read.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_address_follows import lead_above
from kg.forms.roster_entry import Entry
from kg.forms.roster_fields import MAX_FIELD_CHARS, is_citizenships, stated_citizenship
from kg.forms.roster_own import is_department, title_in_own_organization
from kg.forms.roster_rules import rules
from kg.forms.roster_semicolons import read_fields, stated_order
from kg.lookups.abbreviations import abbreviations
from kg.read.sections import lines_with_offsets

_OPENING = re.compile(r"^[ \t]*(?P<name>(?:\d{1,3}[.)][ \t]+)?[A-Z][^\n—–]{2,80}?)[ \t]+(?:—|–|--?)[ \t]+(?=\S)")
_EMPTY_CELL = re.compile(r"[ \t]{3,}(?:—|–|--?)[ \t]{3,}")  # a dash alone between wide gaps: a fixed-width table's empty
# cell ('Raymond J. Noorda         --          333 South 520 West'), no dash after a name
_DASH = re.compile(r"^[ \t]*\S[^\n]{2,90}?[ \t]+(?:—|–|--?)[ \t]+\S", re.M)
_RULE = re.compile(r"[-_=*. \t]*|<PAGE>|[ \t]*-?\s*\d{1,3}\s*-?[ \t]*")
_STOP = re.compile(r"(?<=\.)\s+(?=\S)")
# a full stop that may belong to an abbreviation: an initial or letters with inner stops ('J.R.', 'N.A.',
# 'p.l.c.'), a legal form or a street or title abbreviation
_ABBREVIATION = re.compile(r"(?:\b[A-Za-z]|\b(?:[A-Za-z]\.)+[A-Za-z]|\b" + abbreviations("dash_piece") + r")\.$")
_ADDRESS_LISTED = re.compile(r"\bbusiness\s+address\b[^.]{0,200}\bof\s+each\b", re.I)  # 'Set forth below are
# the name, ..., the business address and the citizenship of each director': every entry prints one
_LISTED_WITH = re.compile(r"^(?:positions?|titles?|offices?)\s+(?:held\s+)?(?:with|at)\s+[^:]{2,100}:\s", re.I)
_ALSO = re.compile(r"(?:^|(?<=\.\s))Also\s+(?=[A-Z])")
_VALUE_START = re.compile(r"^(?:c/o\b|p\.?\s*o\.?\s+box\b|\d[\w/-]*\s+[A-Za-z])", re.I)


def read_dash(text: str, start: int, end: int, own_names: list[str] = ()) -> list[Entry] | None:
    """Entries of a roster of 'Name — ...' paragraphs, or None when fewer than two paragraphs (and
    most of those after the first entry) open with a person's name and a dash. An entry runs from
    its opening line to the next opening line or blank line; past a blank line (a page break), only
    while its text has not ended in a full stop."""
    if len(_DASH.findall(text, start, end)) < 2:
        return None  # (a cheap test first)
    entries: list[Entry] = []
    others, blank = 0, False
    open_entry: list | None = None  # [name, name_span, p_start, p_end, [body lines]]
    address_listed, order = False, None
    for line_start, line_end, line in lines_with_offsets(text, start, end):
        if not line.strip() or _RULE.fullmatch(line.strip()):
            blank = True  # a blank line, a rule, a page marker or a page number
            continue
        opening = _OPENING.match(line)
        opening = None if opening and _EMPTY_CELL.match(line, opening.end("name")) else opening
        name = opening.group("name").strip() if opening else None
        if name and rt.is_person_name(rt.strip_numbering(name)[0]):
            if open_entry:
                entries.append(_entry(*open_entry, address_listed, order, own_names))
            if not entries and not open_entry:  # (the preamble, above the first entry)
                if lead_above(text, start, line_start):  # ('The business addresses of the persons named above are
                    return None  # as follows:': the lines are a postamble's, under the roster)
                address_listed = bool(_ADDRESS_LISTED.search(text, start, line_start))
                order = stated_order(text[start:line_start])
            open_entry = [name, (line_start + opening.start("name"), line_start + opening.end("name")),
                          line_start, line_end, [line[opening.end():]]]
        elif open_entry and (not blank or not open_entry[4][-1].rstrip().endswith(".")):
            open_entry[3] = line_end
            open_entry[4].append(line)  # (past a blank line: a page broke the entry)
        else:
            if open_entry:
                entries.append(_entry(*open_entry, address_listed, order, own_names))
                open_entry = None
            others += bool(entries)
        blank = False
    if open_entry:
        entries.append(_entry(*open_entry, address_listed, order, own_names))
    if len(entries) < 2 or others > 0.4 * len(entries):
        return None
    return entries


def pieces(body: str) -> list[str]:
    """The pieces of a paragraph's body, cut at its full stops (see the module's docstring)."""
    parts = [p for p in _STOP.split(" ".join(body.split())) if p]
    out: list[str] = []
    for index, part in enumerate(parts):
        rest = " ".join(parts[index:index + 4])  # (a citizenship is a few words: 'United States of America')
        if out and _ABBREVIATION.search(out[-1][-16:]) and not (  # (the end of a piece: bounded work)
                _VALUE_START.match(part) and not re.fullmatch(r"\d[\d-]*\.?", part)
                or rules().cell_address.match(part)  # ('p.l.c. Business address: ...': a label opens a value)
                or len(parts) - index <= 4 and (is_citizenships(rest.rstrip(".")) or _citizen_of(rest))):
            out[-1] = f"{out[-1]} {part}"  # 'J.R. Simplot Company', 'St. Paul', 'N.Y. 10172'
        else:
            out.append(part)
    return [p if _ABBREVIATION.search(p) else p.rstrip(".") for p in out]


def _is_address(piece: str) -> bool:
    return any(rt.is_address_line(part) for part in piece.split(", "))


def _split_title_address(piece: str) -> tuple[str, str] | None:
    """'formerly Co-Chairman, BP Amoco, p.l.c. Primary Business Center, 1111 E. Warrenville Road':
    a role and an address run together at an abbreviation's full stop: (role, address) when the
    text before it is a title and the text after it an address with no title in it."""
    for stop in _STOP.finditer(piece):
        before, after = piece[:stop.start()], piece[stop.end():]
        if _ABBREVIATION.search(before) and rt.is_title(before) and _is_address(after) and not rt.is_title(after):
            return before, after
    return None


def _entry(name: str, name_span: tuple[int, int], p_start: int, p_end: int, lines: list[str],
           address_listed: bool, order: tuple[list[str], bool] | None = None, own_names: list[str] = ()) -> Entry:
    body = " ".join(lines)
    if len(body) > MAX_FIELD_CHARS:  # no entry of a roster is this long: debris, none of it read
        return Entry(name=name, name_span=name_span, evidence=(p_start, p_end), doubts=[body[:80]],
                     refused={"address", "citizenship"})
    parts = [_ALSO.sub("", part) for part in pieces(body)]  # ('Also Chairman.': the sentence's adverb, no word of
    fields: dict[str, str] = {}  # the title)
    doubts: list[str] = []
    if any(_semicolon_fields(part) and not _own_items(part, own_names) and not rules().cell_address.match(part)
           for part in parts):  # fields cut at (a labelled address's lines apart by semicolons: its label says)
        # semicolons, not at full stops (no '<Title>, <Org>' items naming the listed organisation): read
        if order and (read := read_fields(body, order)):  # by the order the preamble states, if they fit it
            return Entry(name=name, name_span=name_span, evidence=(p_start, p_end), fields=read, title_column=True)
        return Entry(name=name, name_span=name_span, evidence=(p_start, p_end), doubts=parts,  # else which
                     refused={"address", "citizenship"})  # piece is which is not read here
    doubts += [part for part in parts if _LISTED_WITH.match(part)]  # ('Positions with X: Director; President':
    parts = [part for part in parts if not _LISTED_WITH.match(part)]  # not read here, refused)
    if len(parts) > 1 and is_citizenships(parts[-1].rstrip(".")):
        fields["citizenship"] = parts.pop()
    elif len(parts) > 1 and (said := _citizen_of(parts[-1])):  # 'Citizen of Italy.': the sentence says what it is
        fields["citizenship"] = said
        parts.pop()
    if len(parts) > 1 and (labelled := rules().cell_address.match(parts[-1])):
        fields["address"] = labelled.group("value").replace("; ", ", ") + (
            "." if _ABBREVIATION.search(parts.pop()[-16:]) else "")
        # ('Business address: 1303 East Algonquin Road, ...': labelled; '... Air Cargo, Inc.' keeps the form's stop)
    elif parts and _is_address(parts[-1]):
        address = parts.pop()
        head = address.split(", ")[0]
        split = _split_title_address(address)
        if split:
            parts.append(split[0])
            fields["address"] = split[1]
        elif rt.is_title(head) and not _VALUE_START.match(head):
            doubts.append(address)  # a title run into the address: which part is which is not printed
        else:
            fields["address"] = address
    elif address_listed and len(parts) >= 2 and not rt.is_title(parts[-1]):
        fields["address"] = parts.pop()  # no title, where the preamble says each entry prints its address
    if any(_is_address(p) for p in parts):
        doubts += parts  # an address among the roles: the pieces are not in the order this layout prints
    elif len(parts) == 1 and rt.is_title(parts[0]):  # one piece of roles: titles here, or a role elsewhere
        kind = _one_role(parts[0], own_names)
        if kind:
            fields[kind] = parts[0]
        else:
            doubts += parts
    elif len(parts) == 2 and rt.is_title(parts[0]) and (rt.is_title(parts[1]) or "address" in fields):
        fields["position"], fields["other_positions"] = parts[0], parts[1]  # (the address after them: the
        # second piece is the occupation whatever it says)
    elif parts:
        doubts += parts  # roles that are no titles, or more pieces than titles and occupations
    return Entry(name=name, name_span=name_span, evidence=(p_start, p_end), fields=fields, doubts=doubts,
                 refused={"address"} if "address" not in fields and doubts else set())


def _semicolon_fields(piece: str) -> bool:
    """True when a piece's semicolons cut more than titles: 'Director; Chief Executive; HPB/Blackrock;
    United States' (an occupation, an organisation, a citizenship), as a layout that separates its
    fields by semicolons prints them."""
    parts = [part.strip() for part in piece.split(";")]
    return len(parts) > 1 and any(is_citizenships(part.rstrip(".")) or _is_address(part) or not rt.is_title(part)
                                  for part in parts)


def _citizen_of(piece: str) -> str | None:
    """'Italy' for a piece that only states a citizenship ('Citizen of Italy', 'Citizens of the United States');
    None for any other piece."""
    return stated_citizenship(piece) if rules().cell_citizen_line.match(piece.strip()) else None


def _own_items(piece: str, own_names: list[str]) -> bool:
    """Whether a piece is items apart by semicolons (or one item), one of them a title of the listed organisation
    ('Director, Motorola; Chief Executive Officer, Netscalibur', 'Director, Canopy') and none an address or a
    citizenship."""
    items = [item.strip() for item in piece.split(";")]
    return all(items) and \
        not any(_is_address(item) or is_citizenships(item.rstrip(".")) for item in items) and \
        any(title_in_own_organization(item, name.casefold()) for item in items for name in own_names if name)


def _one_role(piece: str, own_names: list[str] = ()) -> str | None:
    """'position' for titles ('Director, Chairman of the Board', 'Executive Vice President, Operations
    Control'), 'occupation' for a title and an organisation ('President, Acme Corp.'), else None. Items apart by
    semicolons ('Director, Motorola; Chief Executive Officer, Netscalibur; Consultant'): 'occupation' where an item
    names the listed organisation after its title (the items are '<Title>, <Org>': which are held in the listed one
    is read from the name each prints) and none is an address or a citizenship, else each item read as above (a
    title each), None where any reads neither."""
    items = [item.strip() for item in piece.split(";")]
    if _own_items(piece, own_names):
        return "occupation"  # (the items not naming it: occupations elsewhere, 'Self Employed Businessman')
    if len(items) > 1:
        if not all(item and rt.is_title(item) for item in items):
            return None
        kinds = {_one_role(item) for item in items}
        return None if None in kinds else "occupation" if "occupation" in kinds else "position"
    rest = [part for part in piece.split(", ") if not rt.is_title(part)]
    if all(is_department(part) for part in rest):
        return "position"
    return "occupation" if all(rt.is_organization(part) or rules().organization_words.search(part) for part in rest) \
        else None
