"""The unlabelled paragraph under a dot-leader line made of the occupations held elsewhere, then the business
address printed one line a line (its citizenship line, if any, taken off before: kg.forms.roster_leader_citizen):

    Martin S. Feldstein ............... Director
        Professor of Economics, Harvard
          University
        President and CEO, National Bureau
          of Economic Research
        National Bureau of Economic Research, Inc.
        1050 Massachusetts Avenue
        Cambridge, Massachusetts 02138

Read only where the boundary between the last occupation and the address's first line is sure. A line at the
paragraph's margin opens an item, a line set deeper goes on with it (a hanging indent); a line left of the margin
and the paragraph is not read. The address opens at the first item that types as an address line (a street, a PO
box, 'c/o', a postal or city line) and runs to the paragraph's end, each item one line, none opening with a title
or stating a citizenship; it closes on a postal / city line (or a country under one), or opens with a street number,
'c/o' or a PO box. The one-line item right above it is the address's first line too where it names an organisation
(kg.forms.roster_types.is_organization) or repeats the one the item above it names at its end ('President, American
Museum of Natural History' / 'American Museum of Natural History'), and opens with no title. Every item above the
address is an occupation: wrapped with a hanging indent or opening with a title, with a word of an occupation, no
address line, no citizenship, no ';'. Where there are such items, the list must wrap its items with a hanging indent
somewhere (else a line at the margin may be a wrap), or one occupation line stand right above a street's number. A
lone house number the leader reader left out as a page's ('21' / 'avenue Matignon') is put back where it stands at
the paragraph's margin, and opens the address. Anything else and the paragraph is not read this way (None).
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_rules import rules
from kg.read import clean

Span = tuple[int, int]
_OPENS_STREET = re.compile(r"(?:c/o\b|p\.?\s*o\.?\s+box\b|\d+[A-Za-z]?,?\s+\w)", re.I)
_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?")
_LONE_NUMBER = re.compile(r"[ \t]*\n([ \t]*)\d{1,5}[A-Za-z]?[ \t]*\n[ \t]*")
_CLOSES = re.compile(r"(?:\b\d{4,5}(?:-\d{4})?|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d)$")


def _lines(text: str, body: list[Span]) -> list[str] | None:
    """The paragraph's lines, with a lone house number left out between two of them as a page's put back where it
    stands at their margin with no blank line around ('21' / 'avenue Matignon'); None where anything else is."""
    lines = [text[body[0][0]:body[0][1]]]
    margin = len(lines[0]) - len(lines[0].lstrip())
    for above, below in zip(body, body[1:]):
        if number := _LONE_NUMBER.fullmatch(text, above[1], below[0]):
            if len(number.group(1)) != margin:
                return None
            lines.append(number.group(0).strip("\n"))
        elif text[above[1]:below[0]].strip():
            return None
        lines.append(text[below[0]:below[1]])
    return lines


def _items(lines: list[str]) -> list[list[str]] | None:
    margin = len(lines[0]) - len(lines[0].lstrip())
    items: list[list[str]] = []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if indent < margin or indent > margin and not items:
            return None
        if indent > margin and items[-1][-1][-2:-1].isalpha() and items[-1][-1].endswith("-"):
            items[-1][-1] += line.strip()  # ('Monte-' / 'Carlo': one word)
        elif indent > margin:
            items[-1].append(line.strip())
        else:
            items.append([line.strip()])
    return items


def _titled(line: str) -> bool:
    return rt.is_title(line.split(",")[0])


def _closes(address: list[str], cited: bool) -> bool:
    last = address[-1]
    return bool(rt.is_city_line(last) or _CLOSES.search(last)) or cited and len(address) > 1 and rt.is_nationality(last) \
        and bool(rt.is_city_line(address[-2]) or rt.is_address_line(address[-2]))  # ('2900 Hellerup' / 'Denmark')


def _repeats(line: str, above: str) -> bool:
    """`line` is the organisation `above` names at its end (a legal form after a comma aside)."""
    flat_above = re.sub(r"\s+", " ", above).casefold().rstrip(" .")
    names = {line.casefold().rstrip(" ."), line.rsplit(",", 1)[0].casefold().rstrip(" .")} - {""}
    return any(re.search(r"(?:^|,|\bof|\bat|\bfor)\s+" + re.escape(name) + "$", flat_above) for name in names)


def _one_then_street(occupations: list[list[str]], address: list[str]) -> bool:
    """One occupation line right above an address opening with a street's number, 'c/o' or a PO box: where the
    list wraps nothing with a hanging indent, a boundary as sure ('Portfolio Manager' / '40 West 57th Street')."""
    return len(occupations) == 1 and len(occupations[0]) == 1 and bool(_OPENS_STREET.match(address[0]))


def _occupation(item: list[str]) -> bool:
    from kg.forms.roster_leader_items import is_occupation
    flat = clean.squash(" ".join(item)) or ""
    return (len(item) > 1 or _titled(flat)) and is_occupation(flat) and ";" not in flat


def occupations_then_address(text: str, body: list[Span], hangs: bool, cited: bool) -> dict[str, str] | None:
    """{'other_positions': ..., 'address': ...} read from the paragraph `body`, or None where not sure (`cited`: the
    citizenship was stated on a line of its own under it, so a country closing the address is no citizenship)."""
    from kg.forms import roster_fields as rf
    lines = _lines(text, body) if body else None
    items = _items(lines) if lines else None
    if not items or any(pattern.match(item[0]) for item in items for pattern in rules().labels.values()):
        return None
    first = next((i for i, item in enumerate(items) if rt.is_address_line(item[0]) or rt.is_city_line(item[0])
                  or _HOUSE_NUMBER.fullmatch(item[0])), None)
    if first is None or any(len(item) > 1 for item in items[first:]):
        return None
    address = [item[0] for item in items[first:]]
    country = cited and _closes(address, cited) and rt.is_nationality(address[-1])
    if not (_closes(address, cited) or _OPENS_STREET.match(address[0]) or _HOUSE_NUMBER.fullmatch(address[0])) or any(
            _titled(line) or rf.is_citizenships(line) for line in (address[:-1] if country else address)):
        return None
    head = items[first - 1] if first else None
    if head and len(head) == 1 and not _titled(head[0]) and (rt.is_organization(head[0]) or first > 1 and _repeats(
            head[0], " ".join(items[first - 2]))):
        address.insert(0, head[0])
        first -= 1
    occupations = items[:first]
    if occupations and not (hangs or _one_then_street(occupations, address)) or not all(_occupation(item) for item in occupations):
        return None
    values = {"address": ", ".join(address)}
    if occupations:
        values["other_positions"] = ";".join(clean.squash(" ".join(item)) or "" for item in occupations)
    return values
