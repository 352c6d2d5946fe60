"""A title printed on a line of its own under the first, beside an employer column that names the listed organisation
once (kg.forms.roster_one_employer): 'President' beside 'Southwestern Energy' / 'Company', then 'Chief Executive
Officer' and 'Director' on the rows under, the employer's cell empty beside them.

An office (a seat, 'Director', 'Vice Chairman of the Board'; an officer's title, 'Chief Financial Officer',
'President and Co-Chief Executive Officer') is held in some organisation; where its line names none and the entry
names no other employer for it, the only organisation the entry names is the listed one, beside the first title:
the office is a title there. The entry names another employer where the business address opens with another
organisation's name ('Chairman' beside 'Globaltech Financial', 'Chief Executive' beside 'HPB/Blackrock', 'c/o
Contigroup Companies Inc.'): the office may be held there, and stays an occupation elsewhere (round 40c) - unless
another line of the entry already says what the person does there ('Vice President' / 'officer of Morgan Stanley &
Co. Incorporated' beside 'Morgan Stanley & Co. Incorporated, 1585 Broadway'). Work that names no office ('Portfolio
Manager', 'Consultant', 'Retired Chairman', 'Professional Board Director') is no title there."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.forms import roster_types as rt
from kg.forms.roster_mixed import SEATS, _bare, _occupation_there, employer_line, is_officer_title
from kg.forms.roster_own import names_org
from kg.read import clean

if TYPE_CHECKING:
    from kg.forms.roster_entry import Roster

_CARE_OF = re.compile(r"^\s*c/o\s+", re.I)


def listed_office(item: str, named: bool, address: str | None, items: list[str], roster: Roster) -> bool:
    """`item` (a later item of the entry, `named`: it names another organisation) is an office held in the listed
    organisation (see above); `items`: the entry's items, `address`: its business address."""
    flat = (clean.squash(item.replace("\n", " ")) or "").strip(" .")
    if named or not (SEATS.fullmatch(flat) or is_officer_title(flat)):
        return False
    first = re.split(r",\s*(?=\d)|\n", (address or "").strip())[0]
    employer = _CARE_OF.sub("", first) if _CARE_OF.match(first) else first if rt.is_organization(first) \
        else employer_line(address)  # ('Contigroup Companies Inc., 277 Park Avenue,' / '50th Floor, ...')
    if employer is None:
        return True
    if _listed(employer, roster):
        return True
    return _occupation_there(flat, _bare(employer), "; ".join(" ".join(i.split()) for i in items))


def _listed(employer: str, roster: Roster) -> bool:
    """The employer is the listed organisation, or one named in its name ('MetLife, Inc.' of 'MLINC and MetLife')."""
    from kg.forms.roster_entry import _is_own  # (the entry's own reading)
    return _is_own(employer, roster) or any(names_org(_bare(employer), name.casefold()) for name in roster.own_names
                                            if name)
