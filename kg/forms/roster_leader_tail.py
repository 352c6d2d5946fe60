"""A title or occupation cell that runs on past its titles' closing full stop into text that no full stop closes
('Director of CF. 407 Southmoreland Place, Decatur, IL 62521', 'Partner, Skadden. Skadden, Arps, Slate',
'Chairman. ASTAR Air Cargo, Inc.'): the titles are a sentence of their own and what follows it is no title, but what
the entry prints besides them (its own address, in a roster whose preamble gives the address 'unless otherwise
indicated'). The tail is never read as a title, and the preamble's default address is not given over it (refused with
a `roster-ambiguous` finding by kg.forms.roster_entry, never guessed). A full stop after a lone initial or an
abbreviation ('N.W.', 'Inc.') opens no sentence and closes none."""
from __future__ import annotations

import re

from kg.forms.roster_leader_stop import ends_as_address, keeps_stop, legal_form_stop

_BREAK = re.compile(r"\.[ \t]*\n?[ \t]*(?=[A-Z0-9])")  # a full stop, then a capital or a street number
_OPENED_BY_ABBREVIATION = re.compile(r",[ \t]*(?:[A-Z]\.){1,3}[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*$")  # (', N.A. Keller
# Building': a legal form's stop after a comma, then words no stop closes before the tail)
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.?)+$")  # ('N.W', 'D.C', 'U.S')


def _sentence_stop(cell: str, at: int) -> bool:
    """The full stop at `at` closes a sentence: not an initial's or an abbreviation's."""
    before = cell[:at]
    return not (keeps_stop(before) or _INITIALS.search(before[-6:]))


def unstopped_tail(cell: str, loose: bool = False) -> tuple[str, str] | None:
    """(the cell up to its titles' full stop, left out, and the tail) where the cell's text after its last
    sentence-closing full stop is not itself closed by one; None where the cell ends with its sentence's full stop or
    has no break. `loose`: a legal form's stop before a capital may close the sentence too ('... Companies, Inc. The St.
    Paul Travelers')."""
    flat = cell.strip()
    breaks = [m for m in _BREAK.finditer(flat) if m.end() < len(flat) and (
        _sentence_stop(flat, m.start()) or (loose and legal_form_stop(flat[:m.start()], flat[m.end():])))]
    if not breaks:
        return None
    last = breaks[-1]
    tail = flat[last.end():].strip()
    if tail.endswith(".") and _sentence_stop(tail, len(tail) - 1):
        return None  # ('... since 1998. Previously President of X.': a sentence of its own)
    return flat[:last.start()], tail


def cut_tails(fields: dict[str, str], printed: dict[str, str], own: dict[str, str | None]) -> bool:
    """Cut from the entry's title and occupation cells (`fields`, as read so far) a tail past their titles' full stop
    that no full stop closes and that reads as no title; where the tail holds no other break, no ';' and closes with
    a ZIP code ('..., Decatur, IL 62521') it is the person's address (set in `own`), else it is left out (what it says
    is not certain). True where any such cell runs on (whether or not cut): the entry prints something of its own
    besides its titles. `printed`: the cells as printed (their closing full stops kept)."""
    from kg.forms import roster_types as rt  # (the type words import the readers' rules)
    from kg.forms.roster_fields import stated_citizenship
    ran_on = False
    for key in ("position", "occupation"):
        if key not in fields or key not in printed or (loose := unstopped_tail(printed[key], loose=True)) is None \
                or stated_citizenship(" ".join(loose[1].split())):
            continue  # ('...; Chief Economist of X.' / 'Citizen of USA, Denmark': the cell states a citizenship, no address)
        ran_on = True
        split = unstopped_tail(printed[key])
        if split is None or "\n" in printed[key].strip()[len(split[0]):len(split[0]) + 3]:
            continue  # (a tail on lines of its own is read by line: kg.forms.roster_occupation)
        tail = " ".join(split[1].split())
        flat = " ".join(fields[key].split())
        if not flat.endswith(tail) and (read := unstopped_tail(flat)) and tail.startswith(" ".join(read[1].split())):
            tail = " ".join(read[1].split())  # (a citizenship line closing the cell, read off it already)
        if tail and not rt.is_title(tail) and flat.endswith(tail) and len(flat) > len(tail):
            fields[key] = flat[:-len(tail)].rstrip(" .")
            if ";" in fields[key] and _OPENED_BY_ABBREVIATION.search(fields[key]):  # ('...; Director of Lakeside Bank,
                fields[key] = fields[key].rsplit(";", 1)[0].rstrip()  # N.A. Keller Building': where the address
                continue  # opens, 'Keller' or '9', is not certain: the item and the tail are left out)
            if "address" not in own and ";" not in tail and ends_as_address(tail) and not _BREAK.search(tail) \
                    and unstopped_tail(printed[key], loose=True)[1] == split[1]:
                own["address"] = tail  # (one break only opens it: the last, a sentence's full stop)
    return ran_on
