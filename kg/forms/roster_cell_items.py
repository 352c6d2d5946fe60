"""The items of an offices cell stacked beside a name-and-address column (kg/forms/roster_stacked.py): one title or
job a line, each wrapping under itself, perhaps a 'Citizen of X' line last.

      Pei-yuan Chia          Director of American International Group,
      c/o 70 Pine Street     Inc.
      New York, NY 10270     Retired Vice Chairman, Citicorp and
                             Citibank, N.A.
                             Citizen of Canada

A line goes on with the one above where the text shows a wrap: the line above ends mid-phrase ('... and', '... of',
'Group,', 'Chief'), or its first word would not have fitted after the line above in
the column (as wide as its longest line over the roster) and it starts no item of its own (kg.forms.roster_wrap), nor
follows an item ending in a legal form ('... of Novo Holdings A/S' / 'Professional Board Director') or holding a
title somewhere when it opens with a title of its own ('President of X' / 'Co-Chief Executive Officer of X').
Otherwise a line that starts where the one above stopped short of the column's edge starts an item of its own. A
closing line 'Citizen of X' (X a nationality or country) is the person's citizenship, no item. A line after a full
stop that opens a sentence about the person's own citizenship or address ('Mr. Kutay is a citizen of ...') goes on
with the item above, and so does every line under it: the sentences are read as the person's own values.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_inline import nationalities
from kg.forms.roster_rules import rules
from kg.forms.roster_wrap import LEGAL_FORM, unwrap
from kg.lookups.legal_forms import legal_forms

_CITIZEN = re.compile(r"(?:Citizen|CITIZEN)\s+(?i:of\s+(?:the\s+)?)([A-Z][^\n;()]{1,60}?)[ \t.]*")
_MID_PHRASE = re.compile(r"(?:[,&]|\b(?:and|or|of|the|for|at|in|to|with|chief|vice|senior|executive|general|managing|corporate"
                         r"|assistant|deputy|associate|acting|interim|first))$", re.I)  # (words that end no item)
_OPENS_MID = re.compile(r"(?:and|or|of|&)\s")  # ('... Chairman of the Board' / 'and Chief Executive Officer of':
# a line that opens with a joining word goes on with the item above, never opens one)
_ENDS_FORM = re.compile(r"(?:,|\s)" + legal_forms("item_ends") + r"\.?$")


def closing_citizenship(lines: list[str]) -> tuple[str | None, list[str]]:
    """('Canada', the lines above) where the cell's last line is 'Citizen of Canada' alone; (None, lines) otherwise."""
    if lines and (said := _CITIZEN.fullmatch(lines[-1].strip())) and nationalities(said.group(1)):
        return said.group(1).strip(), lines[:-1]
    return None, lines


def cell_items(lines: list[str], width: int) -> list[str]:
    """The cell's items, its wrapped lines joined (`width`: the column's, its longest line over the roster)."""
    items: list[str] = []
    previous, own = "", False
    for line in (line.strip() for line in lines):
        if not line:
            continue
        own = own or bool(items and previous.endswith(".") and rules().cell_own_opener.match(line))
        if own or items and (_MID_PHRASE.search(previous) or _OPENS_MID.match(line) or not after_legal_form(previous, line)
                      and not _title_after_held(items[-1], line)
                      and len(unwrap([previous, line], width, employer_lines=False)) == 1):
            items[-1] = f"{items[-1]} {line}"  # ('Executive Vice President,' / 'Operations Control and': a wrap)
        else:
            items.append(line)
        previous = line
    return items


def after_legal_form(previous: str, line: str) -> bool:
    """The line above ends in an organisation's legal form ('... of Novo Holdings A/S') and this one opens in capitals
    with more than a legal form of its own ('Incorporated' under '... & Co.'): the item above is whole."""
    return bool(_ENDS_FORM.search(previous)) and line[:1].isupper() and not LEGAL_FORM.fullmatch(line.strip())


_HELD = re.compile(r"\s(?:of|at|with)\s+(?:the\s+)?[A-Z]")
_OPENING = re.compile(r"^(.+?)(?:\s+(?:of|at|with)\s|,|$)")
_HEADS = {"officer", "officers"}  # ('... Chief Financial' / 'Officer of X': the title's head, wrapped)


def _title_after_held(item: str, line: str) -> bool:
    """The item above holds a title somewhere ('President of Power Corporation of Canada') and this line opens with
    a title of its own ('Co-Chief Executive Officer of Power'): a new item, though its first word would not have
    fitted above."""
    opening = _OPENING.match(line.strip())
    return bool(_HELD.search(item)) and opening is not None and line.split()[0].casefold() not in _HEADS \
        and rt.is_title(opening.group(1))
