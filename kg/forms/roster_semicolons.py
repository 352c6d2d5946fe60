"""Entries whose fields are cut only at semicolons, in an order the preamble states once: 'Set forth below
... is the following information, in this order: name -- position with Acme; present principal occupation
or employment, if other than that position; business address; and citizenship.' then 'Jane Roe --
Director; Chairman, Roe Capital; 1 Main Street, Dover, DE 19901; United States'.

The pieces are given their fields by position, and only where their number is the number the order
states (or one fewer, where the order itself says the occupation is printed only when it differs from
the position); the titles must read as titles and the citizenship as nationalities. More pieces than
fields are read only as more occupations (the one field that may repeat), where the address piece
reads as an address and none of the extra pieces does. Any other entry is left to the caller to
refuse: which piece is which is not printed.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_fields import is_citizenships

_ORDER = re.compile(r"\bin\s+(?:the\s+following|this)\s+order\s*:\s*name\s*(?:—|–|--?|,)\s*"
                    r"(?P<order>[^\n]+(?:\n[ \t]*\S[^\n]*){0,6}?)\.[ \t]*(?:\n[ \t]*\n|\Z)", re.I)  # (to the paragraph's end:
# the organisation's name in it may hold full stops, 'The St. Paul Travelers Companies, Inc.')
# what each item of the stated order names: the entry field it fills (an item naming none or two: no order)
_ITEMS = {"position": re.compile(r"\bposition", re.I), "occupation": re.compile(r"\boccupation|\bemployment", re.I),
          "address": re.compile(r"\baddress", re.I), "citizenship": re.compile(r"\bcitizenship|\bnationality", re.I)}
_OPTIONAL = re.compile(r"\bif\s+other\s+than\b|\bwhere\s+(?:it\s+is\s+)?(?:not|other\s+than)\b", re.I)


def stated_order(preamble: str) -> tuple[list[str], bool] | None:
    """The fields of the order the preamble states, and whether its occupation may be left out; None when
    it states none, or an item names no field or more than one, or a field twice."""
    found = _ORDER.search(preamble)
    if not found:
        return None
    items = [re.sub(r"^\s*(?:and\s+)", "", item).strip() for item in found.group("order").split(";")]
    fields: list[str] = []
    optional = False
    for item in items:
        named = [key for key, pattern in _ITEMS.items() if pattern.search(item)]
        if "occupation" in named:
            named = ["occupation"]  # 'occupation ..., if other than that position': names the position only
            optional = bool(_OPTIONAL.search(item))  # (as what the occupation is compared with)
        if len(named) != 1 or named[0] in fields:
            return None
        fields.append(named[0])
    return (fields, optional) if len(fields) >= 2 else None


def read_fields(body: str, order: tuple[list[str], bool]) -> dict[str, str] | None:
    """The fields of one entry's body by the stated order, or None where the pieces do not fit it."""
    fields, optional = order
    pieces = [piece.strip() for piece in " ".join(body.split()).split(";")]
    if len(pieces) == len(fields) - 1 and optional:
        fields = [f for f in fields if f != "occupation"]
    if not all(pieces):
        return None
    if len(pieces) > len(fields) and "occupation" in fields and "address" in fields:
        return _more_occupations(pieces, fields)
    if len(pieces) != len(fields):
        return None
    read = dict(zip(fields, pieces))
    return read if _fits(read) else None


def _more_occupations(pieces: list[str], fields: list[str]) -> dict[str, str] | None:
    """'Director; Professor, Harvard University; President, NBER; 1050 Massachusetts Avenue, Cambridge; United
    States': more pieces than fields, where only the occupation may repeat. The fields before and after it
    keep their places; the pieces between are occupations, read only where the address piece reads as an
    address and none of the occupations does (else which piece is the address is not printed)."""
    at = fields.index("occupation")
    after = len(fields) - at - 1
    read = dict(zip(fields[:at], pieces[:at])) | dict(zip(fields[at + 1:], pieces[len(pieces) - after:]))
    middle = pieces[at:len(pieces) - after]
    if not _is_address(read["address"]) or any(_is_address(piece) for piece in middle) or not _fits(read):
        return None
    return read | {"other_positions": "; ".join(middle)}


def _is_address(piece: str) -> bool:
    return any(rt.is_address_line(part) for part in piece.split(", "))


def _fits(read: dict[str, str]) -> bool:
    """The titles read as titles, the citizenship as nationalities, an occupation apart from the titles."""
    if "position" in read and not rt.is_title(read["position"]):
        return False
    if "citizenship" in read and not is_citizenships(read["citizenship"].rstrip(".")):
        return False
    return not ("occupation" in read and read["occupation"] == read.get("position"))
