"""The business address closing a labelled block's lead: the lines under the name, before its first label, that
hold the person's titles and occupations one a line and then, with no label, the address ('Martin S. Feldstein' /
'Director, American International Group, Inc.' / 'President and CEO, National Bureau of Economic Research' /
'National Bureau of Economic Research, Inc.' / '1050 Massachusetts Avenue' / 'Cambridge, Massachusetts 02138' /
'Citizenship: United States'). Read as items, the address lines become occupations, or wrapped words of one.

The address is read only where the text shows it: the lead's last line closes an address (a postal code, a
country: kg.forms.roster_cell_types), and the run of address lines above it (a street, a postal code and city)
reaches up to a line that is no address line. That line, and one more above it, are the address's too where each
names an organisation (a legal form, an institution word) or repeats the organisation an occupation line above
names ('Counsel, Cassels, Brock & Blackwell' / 'Cassels, Brock & Blackwell' / '40 King Street West'), and stop it
where it opens with a title (an occupation) or where it may be the end of the line above, wrapped. A line that is neither is refused: it could be either, so neither
it nor the address below it is read (`lead_address` gives the lines to leave out, and no address)."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_cell_types import _address_end, address_start
from kg.forms.roster_hanging import _opens_title
from kg.forms.roster_own import LEGAL
from kg.patterns import build

_WRAPPED = re.compile(r"\S+$|[a-z&(]|(?:of|and|for|the)\s")  # one word, or no opening of a name: a line's end
MAX_EMPLOYER_LINES = 2  # lines naming the employer over the street ('Wabash National Corp.')


def lead_address(lines: list[str], width: int) -> tuple[int, str | None] | None:
    """For a lead's lines (the first: the titles in the listed organisation), where the address's lines begin
    and the address (its lines apart by '\n'), or where the lines left out begin and None (an
    address not read for certain); None where the lead closes on no address. `width`: the widest line of the
    roster's leads, where its lines wrap: a line whose first word would not have fitted on the line above may be
    that line's end, wrapped ('..., Southwestern Energy' / 'Company'), and is no employer's line of the address."""
    if len(lines) < 3 or _address_end(lines[1:]) != len(lines) - 2:
        return None
    first = len(lines) - 1
    while first > 1 and (address_start(lines[first - 1]) or _house_number(lines, first - 1, width)):
        first -= 1
    if first == len(lines) - 1 and not address_start(lines[first]):
        return None  # (a country alone under an occupation is no address)
    named = _named_above(lines[:first])
    for _ in range(MAX_EMPLOYER_LINES):
        above = lines[first - 1] if first > 1 else None
        if above is None or _opens_title(above):
            break
        if any(above.startswith(name) for name in named):  # ('Power Corporation of Canada' under '..., Power
            first -= 1  # Corporation of Canada': the employer named again, no wrapped line)
            continue
        if _may_wrap(lines[first - 2], above, width):
            if _WRAPPED.match(above):
                break  # ('..., Southwestern Energy' / 'Company': the line above goes on; the address is below)
            return first, None  # (the end of the line above, or the address's first line: neither is read)
        if not rt.is_organization(above):
            return first - 1, None  # ('main board member of Samsung Electronics, Korea': an occupation or not)
        first -= 1
    return first, "\n".join(line.strip(" ,") for line in lines[first:])


def _house_number(lines: list[str], index: int, width: int) -> bool:
    """The line is a house number alone over a street line ('21' / 'avenue Matignon', '400' / 'chemin de la
    Cote-Vertu ouest'), or that street line: the address's first lines, where the line above would have had room for it (no wrapped end
    of that line, 'President, Teamsters Local' / '21')."""
    street = lines[index + 1].strip()
    if index > 0 and _STREET_WORD.match(lines[index].strip()) and _HOUSE.fullmatch(lines[index - 1].strip(" ,")):
        return True  # (the street line under its number)
    return bool(_HOUSE.fullmatch(lines[index].strip(" ,"))) and (address_start(street) or bool(_STREET_WORD.match(
        street))) and not (index > 0 and _may_wrap(lines[index - 1], lines[index], width))


_HOUSE = re.compile(r"\d{1,5}[A-Za-z]?")


def _street_kinds(data) -> re.Pattern:
    """A street named by its kind first ('chemin de la Cote-Vertu ouest'): kg/patterns/roster_street_kinds.yml."""
    if not data["street_kinds"] or not all(re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w) for w in data["street_kinds"]):
        raise ValueError(f"street_kinds must be words of letters: {data['street_kinds']!r}")
    return re.compile(rf"(?:{'|'.join(map(re.escape, data['street_kinds']))})\s+\S", re.I)


_STREET_WORD = build("roster_street_kinds.yml", _street_kinds)


def _may_wrap(line: str, below: str, width: int) -> bool:
    """`below` may go on from `line`: its first word would not have fitted on it, and `line` closes on no legal form
    ('..., BP Amoco, p.l.c.' ends a name)."""
    return len(line) + 1 + len(below.split()[0]) > width and not LEGAL.search(line)


def _named_above(lines: list[str]) -> list[str]:
    """The organisations occupation lines name at their end ('President, American Museum of Natural History')."""
    named = []
    for line in lines:
        tail = re.split(r",\s+|\s+(?:of|at|with)\s+", line, maxsplit=1)
        if len(tail) == 2 and tail[1][:1].isupper() and len(tail[1].split()) >= 2:
            named.append(tail[1].strip(" ,."))
    return named
