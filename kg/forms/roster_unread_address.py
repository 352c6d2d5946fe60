"""An address an entry prints and the reader did not take: a cell of run-in sentences ('Director of PCC. Managing
Director, Dassault Investissements. Dassault Investissements, 9, Rond-Point des Champs-Elysees, 75008 Paris, France.
Citizen of France.') whose sentence closes as an address (a ZIP or postal code, or a country's name after a comma with
a number before it) prints the person's own address. Where that address was not read, the preamble's default 'unless
otherwise indicated' is not given in its place: the text indicates otherwise (refused, never another's address)."""
from __future__ import annotations

import re

_STOP = re.compile(r"\.(?=\s|$)")  # a full stop that may close a sentence ('N.Y. 10172.': the last one)


def prints_unread_address(printed: dict[str, str]) -> bool:
    """True where one of the entry's printed cells holds a sentence that closes as an address (a state's code or
    'N.Y.' and a ZIP code, a postal code, a country's name after a comma and a number)."""
    from kg.forms.roster_leader_address import postal_closing
    from kg.forms.roster_leader_stop import ends_as_address
    from kg.forms.roster_stopped_tail import ends_abroad
    for value in printed.values():
        flat = " ".join((value or "").split())
        for stop in _STOP.finditer(flat):  # (the text up to each full stop: where a sentence may close)
            before = flat[:stop.start()].rstrip()
            if before and (ends_as_address(before) or ends_abroad(before) or postal_closing(before)):
                return True
    return False
