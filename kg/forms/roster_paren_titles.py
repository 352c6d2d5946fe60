"""Name lines with the titles in parentheses: each entry a name line, the titles the person holds in the
organisation in parentheses after the name (apart by '; '; none for a person without one), then indented lines
without labels: the occupations outside the organisation, the business address lines, 'Citizen of X'.

    Andre Desmarais (Director; President and Co-Chief Executive Officer)
          Power Corporation of Canada
          751 Victoria Square
          Montreal QC H2Y 2J3
          Citizen of Canada

What the indented lines are is told by their shape only where it is certain: the last line 'Citizen of X' is the
citizenship; the address is the run of lines that ends the entry with a city line or a line with a number, whose
first lines before the street are an organisation's name (or 'c/o ...'); the lines above it, each starting with a
title word, are the occupations. Anything else leaves the address and the occupations out (the titles and the
citizenship stay). A line of another kind under a name (a table row, a name) means another layout: nothing is read.
"""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_rules import rules

_NAME_LINE = re.compile(r"(?P<name>[^()\n]*?[^\s(])\s*\((?P<titles>[^()]+)\)\s*$")
_CITIZEN = re.compile(r"(?:Citizen|Citizens|Citizenship)\s*(?:of|:)\s*(?P<country>\S.*)$", re.I)
_RULE = re.compile(r"[-=_*]{5,}")
_CARE_OF = re.compile(r"c/o\b", re.I)
FEWEST = 2  # fewer entries of this shape are no list
_LINE = re.compile(r"[^\n]+")


def read_paren_titles(text: str, start: int, end: int) -> list[Entry] | None:
    """The entries of a list of parenthesised-title name lines in text[start:end], or None."""
    lines = [(m.start(), m.group(0)) for m in _LINE.finditer(text, text.rfind("\n", 0, start) + 1, end)
             if m.start() >= start]  # (from the line `start` is in: a document of many rosters is not read whole each time)
    entries: list[Entry] = []
    current: tuple[int, str, list[tuple[int, str]]] | None = None  # (name's offset, name line, indented lines)
    for at, line in _joined(lines):
        stripped = line.strip()
        if not stripped or _RULE.fullmatch(stripped) or _page_debris(stripped) and not _street_number(text, at, line):
            continue
        indented = line[:1].isspace()
        if not indented and (_NAME_LINE.match(stripped) or current is not None and rt.is_person_name(rt.strip_numbering(stripped)[0])):
            entries += _close(current)
            current = (at + len(line) - len(line.lstrip()), stripped, [])
        elif indented and current is not None:
            current[2].append((at, line))
        elif current is not None:
            break  # (text after the list: a note, a signature)
    entries += _close(current)
    if any(entry is None for entry in entries) or len(entries) < FEWEST:
        return None
    return entries


def _joined(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines, a name line whose parentheses close on an indented line below joined with it."""
    out: list[tuple[int, str]] = []
    for at, line in lines:
        if out and "(" in (last := out[-1][1]) and ")" not in last.split("(")[-1] and line[:1].isspace() \
                and not last[:1].isspace():
            out[-1] = (out[-1][0], f"{last} {line.strip()}")
        else:
            out.append((at, line))
    return out


def _page_debris(line: str) -> bool:
    """A page's number or heading repeated inside the list ('-2-', '<PAGE>', '... (continued)')."""
    return bool(re.fullmatch(r"-?\s*\d{1,3}\s*-?|<PAGE>|.*\(continued\)", line, re.I))


def _street_number(text: str, at: int, line: str) -> bool:
    """A number alone on an indented line inside an entry's lines, a line printed right above and right below it
    ('400' over 'chemin de la Cote-Vertu ouest'): the street's number, never a page's (which stands apart)."""
    end = at + len(line)
    return line[:1].isspace() and line.strip().isdigit() and at >= 2 and text[at - 1] == "\n" \
        and text[at - 2] != "\n" and text[end:end + 1] == "\n" and text[end + 1:end + 2] not in ("", "\n")


def _close(current) -> list:
    if current is None:
        return []
    at, first, body = current
    match = _NAME_LINE.match(first)  # (no parentheses: a person without a title in the organisation)
    name, titles = (match.group("name"), match.group("titles")) if match else (first, "")
    titles = [t.strip() for t in titles.split(";") if t.strip()]
    if not rt.is_person_name(rt.strip_numbering(name)[0]) or match and not (titles and all(map(_has_title, titles))):
        return [None]
    fields = {"position": ";".join(titles)} if titles else {}
    items = _unwrap(body)
    if items and (said := _CITIZEN.fullmatch(items[-1][1])):
        fields["citizenship"] = re.sub(r"^the\s+", "", said.group("country"), flags=re.I)
        if fields["citizenship"].endswith(".") and not re.search(r"\b[A-Z]\.$", fields["citizenship"]):
            fields["citizenship"] = fields["citizenship"][:-1]  # ('Citizen of Canada.'; 'U.S.' keeps its point)
        items = items[:-1]
    if any(re.search(r"\S {3,}\S", line) for _at, line in items):
        return [None]  # (a table's row: no entry of this shape)
    fields.update(_occupations_and_address([line for _at, line in items]))
    last = (items[-1][0] + len(items[-1][1])) if items else at + len(first)
    return [Entry(name=name, name_span=(at, at + len(name)), evidence=(at, last), fields=fields,
                  lines_are_items=True)]


def _unwrap(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The indented lines as items: a line indented deeper than the first is the wrap of the line above."""
    if not body:
        return []
    indent = len(body[0][1]) - len(body[0][1].lstrip())
    items: list[tuple[int, str]] = []
    for at, line in body:
        depth = len(line) - len(line.lstrip())
        if items and depth > indent:
            items[-1] = (items[-1][0], f"{items[-1][1]} {line.strip()}")
        else:
            items.append((at + depth, line.strip()))
    return items


def _occupations_and_address(lines: list[str]) -> dict[str, str]:
    """The occupations (the first lines, each holding a title word) and the address (the rest, none holding one:
    an organisation's name, the street, the city) of an entry's lines, when both are certain; nothing otherwise."""
    cut = next((i for i, line in enumerate(lines) if not _has_title(line) and not _plain_occupation(line, lines[i + 1:])
                and not _UNIT_OF.match(line)), len(lines))  # ('Treasury Department, AXA': a unit of a company, named)
    occupations, address = lines[:cut], lines[cut:]
    if any(_has_title(line) for line in address):
        return {}
    if address and not _certain_address(address, occupations):
        return {}
    fields = {"other_positions": ";".join(occupations)} if occupations else {}  # (the titles held in the
    # organisation are those in parentheses: each line below is an occupation elsewhere)
    return fields | ({"address": ", ".join(address)} if address else {})


def _certain_address(address: list[str], occupations: list[str]) -> bool:
    """Lines that are an address for certain: a street line, the last line a city, a postal code or a country under
    one (in capitals too: 'UNITED KINGDOM'), and the lines above the street an addressee: an organisation's name
    (wrapped over lines too: 'The Economist Newspaper' / 'LTD') or the employer an occupation above names."""
    street = next((i for i, line in enumerate(address) if _is_street(line)), None)
    last = address[-1].title() if address[-1].isupper() else address[-1]
    if street is None or not (re.search(r"\d", last) or rt.is_city_line(last)
                              or rt.is_nationality(last) and len(address) > 1 and re.search(r"\d", address[-2])):
        return False
    addressee = address[:street]
    return not addressee or rt.is_organization(" ".join(addressee)) or _building(addressee) \
        or all(rt.is_organization(line) or _named_in(line, occupations) for line in addressee)


_UNIT_OF = re.compile(r"[A-Z][\w&' -]*\b(?:Department|Division)\b,\s+[A-Z]")
_BUILDING = re.compile(r"[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|de|du|des|la|le|of|the|di|del))*")


def _building(addressee: list[str]) -> bool:
    """One line over the street that names a building, no person ('Le Prince de Galles', 'Primary Business
    Center'): capitalised words, at most six."""
    line = addressee[0].strip(" ,") if len(addressee) == 1 else ""
    return bool(_BUILDING.fullmatch(line)) and len(line.split()) <= 6 and not rt.is_person_name(line)


def _is_street(line: str) -> bool:
    return bool(re.search(r"\d", line) or _CARE_OF.match(line) or rt.is_address_line(line))


def _has_title(item: str) -> bool:
    """A title held ('Co Vice Chair of the Board', 'Vice-President'): a title word in it."""
    return any(rules().title_words.fullmatch(word) for word in re.findall(r"[A-Za-z]+", item))


def _plain_occupation(item: str, below: list[str]) -> bool:
    """An occupation with no title word ('Self Employed Businessman', 'Private Investor'): a word of an occupation,
    in a line that is no organisation's name (nor its first line: 'The Economist Newspaper' over 'LTD') and no
    street."""
    from kg.forms.roster_junk import junk_rules  # (roster_junk imports the guard that imports the readers)
    return bool(junk_rules()["occupation_nouns"].search(item)) and not junk_rules()["name_organization_words"].search(
        item) and not rt.is_organization(item) and not _is_street(item) \
        and not (below and rt.is_organization(f"{item} {below[0]}"))


def _named_in(line: str, occupations: list[str]) -> bool:
    """An addressee line printed in an occupation above it ('Wittington Investments' / 'Limited' under 'President,
    Wittington Investments, Limited'): the employer the occupation names, heading its address."""
    words = re.findall(r"[\w&'.-]+", line)
    return bool(words) and any(re.search(r"(?<![\w-])" + r"\W+".join(map(re.escape, words)) + r"(?![\w-])", occupation)
                               for occupation in occupations)
