"""Address lines stacked one a line at the close of a dot-leader roster's cell, under the occupation's full stop
('Director, ConAgra Foods, Inc.' / '407 Southmoreland Place' / 'Decatur, IL 62521'; 'Dassault Investissements' / '9' /
'Rond-Point des Champs-Elysees' / '75008 Paris' / 'France' / 'Citizen of France'). Read flat, no comma says where the
occupation ends and where the city begins: read by the cell's lines, the stack is the run of lines after a line closed
by a full stop, down to a postal line (or a country's name under one) and the citizenship line the cell may close
with, where every line break in it (and the one before it) is the printer's, not a wrap: the next line's first word
would have fitted on the line above within the widest line the roster's cells print. No line of it may read as a
title, an occupation, a label, a status or a sentence closed by its full stop, and the city read from it must stand on
its last lines; anything else is left as it was (refused there, never guessed). The patterns are data:
kg/patterns/roster_leader_address.yml."""
from __future__ import annotations

import re
from functools import cache

from kg.patterns import build

_KEYS = ("postal_line", "postal_first_line", "country_line", "street_line", "number_line", "occupation_line")


@cache
def _patterns() -> dict[str, re.Pattern]:
    def make(data) -> dict[str, re.Pattern]:
        if any(not isinstance(data[key], str) or not data[key] for key in _KEYS):
            raise ValueError(f"{_KEYS}: expected regular expressions")
        return {key: re.compile(data[key], re.I if key == "occupation_line" else 0) for key in _KEYS}
    return build("roster_leader_address.yml", make)


def postal_closing(text: str) -> bool:
    """`text` closes with a postal line's ZIP or postal code ('..., New York, N.Y. 10172'; kg.forms.roster_unread_address)."""
    return _patterns()["postal_line"].fullmatch(text) is not None


def lone_number(lines: list[tuple[int, int, str]], index: int, head: dict, body: list) -> bool:
    """Line `index` prints a number alone at the title's column of the leader line above (name on the left), with a
    line of the cell right above it and one at that column right below it: a line of the cell, no page's number."""
    line, column = lines[index][2], head["title_column"]
    if head["side"] != "left" or body or not _patterns()["number_line"].fullmatch(line.strip()):
        return False
    above, below = lines[index - 1][2], lines[index + 1][2] if index + 1 < len(lines) else ""
    return (index - 1 >= head["line"] and len(line) - len(line.lstrip()) == column and above.strip() != ""
            and below.strip() != "" and len(below) - len(below.lstrip()) == column)


def stacked_address(rows: list[str], width: int) -> tuple[int, int] | None:
    """(first, last + 1) of the rows of a cell (its lines, stripped, the leader line's first) that are its address
    stacked one a line, or None where the cell prints none that way for certain."""
    from kg.forms.roster_fields import stated_citizenship
    end = len(rows)
    while end > 1 and stated_citizenship(rows[end - 1]):
        end -= 1  # ('Citizen of France': the cell's last line, read as before)
    last, first, at = end - 1, None, end - 1
    while at >= 1 and _may_be_address(rows[at]) and _fits(rows[at - 1], rows[at], width):
        if rows[at - 1].endswith("."):
            first = at  # (the occupation's full stop right above: the stack may open here)
        at -= 1
    if first is None or last - first < 1 or not _closes(rows[first:end]):
        return None
    return first, end


def _fits(above: str, row: str, width: int) -> bool:
    """The break between `above` and `row` is the printer's: `row`'s first word would have fitted on `above`."""
    return len(above) + 1 + len(row.split()[0]) <= width


def _may_be_address(row: str) -> bool:
    """A line that may be one of an address: no title, occupation, status, label, list or sentence."""
    from kg.forms import roster_types as rt
    from kg.forms.roster_leader_stop import keeps_stop
    from kg.forms.roster_rules import rules
    if ";" in row or rt.is_title(row) or rules().no_occupation.match(row) \
            or any(pattern.search(row) for pattern in rules().labels.values()) \
            or _patterns()["occupation_line"].fullmatch(row) and not rt.is_organization(row):
        return False  # ('Private Investor': an occupation's line)
    return not row.endswith(".") or keeps_stop(row[:-1])  # ('N.W.', 'Inc.': no sentence's stop)


def _closes(stack: list[str]) -> bool:
    """The stack closes with a postal line, or a country's name under one, and the city read from it opens one of its
    last two lines before the country (or follows the postal code opening the line: '75008 Paris'); a country's name
    under no postal line closes it only as its own city ('4 Des Voeux Road Central' / 'Hong Kong')."""
    from kg.forms.roster_fields import parse_address
    from kg.forms.roster_rules import rules
    from kg.read.clean import country_of
    patterns = _patterns()
    postal = len(stack) - 1
    if not patterns["postal_line"].fullmatch(stack[postal]):
        if not (patterns["country_line"].fullmatch(stack[postal]) and country_of(stack[postal])[0]):
            return False
        above = stack[postal - 1]
        postal -= bool(patterns["postal_line"].fullmatch(above) or patterns["postal_first_line"].fullmatch(above)
                       and not rules().address_in_title.search(above))
    _text, city, country = parse_address(", ".join(stack))
    if not (city and country):
        return False
    if postal == len(stack) - 1 and not patterns["postal_line"].fullmatch(stack[postal]):
        return city == stack[postal] and any(patterns["street_line"].fullmatch(row) for row in stack[:-1])
    opens = re.compile(r"(?:(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+)?" + re.escape(city) + r"\b")
    return any(opens.match(row) for row in stack[max(0, postal - 1):postal + 1])
