"""Roster tables in HTML whose person's name stands in several columns, or after a column numbering the rows.

A spreadsheet export prints the name over 'Last Name | First Name | Middle Name' cells (a suffix 'Jr.' in the
surname cell or a column of its own, an empty cell where a person has no middle name), and may number its rows in
a first column ('No.', 'Record': the rows, not the people). The captions are data: kg/patterns/name_parts.yml.
The name is composed in natural order ('First Middle Last, Suffix'; kg.forms.roster_names makes a surname printed
in capitals 'Last'), each part keeping the span where it is printed (`Entry.name_parts`); the other columns take
the roles their captions name, as in kg.forms.roster_table.

A row is read only where each printed cell is known to stand in its column: every cell printed, or the grid column
of each printed cell noted by kg.read.html_grid (the text drops an empty cell, and nothing else says which one is
missing). A row whose numbering cell holds more than a number, whose surname or given name is missing, or whose
composed name is no person's name is no entry: a name in it is reported unassigned, never read into a column.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_gridcols import FilledColumns, spread
from kg.forms.roster_place import place
from kg.forms.roster_table import DELIMITER, add_value, cell_lines, header_roles, names_column, unassigned_names
from kg.patterns import build, load_yaml
from kg.read.sections import lines_with_offsets

PARTS = ("given", "middle", "surname", "suffix")  # (the order of a name printed naturally)
KINDS = (*PARTS, "number")
_NUMBER = re.compile(r"^\(?\d{1,4}[.)]?$")


def _fold(caption: str) -> str:
    return re.sub(r"\s+", " ", caption).strip(" .:*").casefold()


@cache
def captions() -> dict[str, str]:
    """Folded caption -> kind ('surname', 'given', 'middle', 'suffix', 'number'), from kg/patterns/name_parts.yml."""
    def make(data) -> dict[str, str]:
        found: dict[str, str] = {}
        for kind in KINDS:
            for caption in data[kind]:
                if not isinstance(caption, str) or _fold(caption) in found:
                    raise ValueError(f"{kind}: {caption!r} is no caption, or a caption of two kinds")
                found[_fold(caption)] = kind
        return found
    return build("name_parts.yml", make)


@cache
def _suffix() -> re.Pattern:
    """'Dole, Jr.' / 'DOLE JR': a surname cell that ends in a suffix (kg/patterns/name_affixes.yml)."""
    words = sorted({w.rstrip(".") for w in load_yaml("name_affixes.yml")["suffixes"]}, key=len, reverse=True)
    return re.compile(rf"^(.*?[^\s,])(?:\s*,\s*|\s+)((?:{'|'.join(map(re.escape, words))})\.?)$", re.I)


@dataclass
class Header:
    kinds: list[str]  # per column: 'number', a name part, 'name' (a whole name) or 'rest'
    roles: list[list[str]]  # per column: the roles of a 'rest' column (kg.forms.roster_table.header_roles)
    folded: list[str]


def read_header(cells: list[str]) -> Header | None:
    """A header row whose name stands in name-part columns ('Last Name | First Name'), or in a 'Name' column after
    a column numbering the rows ('Record | Name'); None for any other row."""
    kinds = [captions().get(_fold(cell)) for cell in cells]
    at = 1 if kinds[:1] == ["number"] else 0
    parts: list[str] = []
    while at < len(kinds) and kinds[at] in PARTS and kinds[at] not in parts:
        parts.append(kinds[at])
        at += 1
    if not {"surname", "given"} <= set(parts):
        if not (at == 1 and not parts and len(cells) > 1 and header_roles(cells[1], True) == ["name"]):
            return None
        parts, at = ["name"], 2
    rest = [header_roles(cell, False) for cell in cells[at:]]
    if not rest or all(role == ["unknown"] for role in rest) or any(kind in KINDS for kind in kinds[at:]):
        return None  # (a name part among the other columns: where the name stands is not plain)
    return Header(kinds[:at - len(parts)] + parts + ["rest"] * len(rest), [[]] * at + rest, [_fold(c) for c in cells])


def read_part_table(text: str, start: int, end: int, breaks: Sequence[int] = (),
                    filled: Sequence[tuple[int, int]] = ()) -> tuple[list[Entry], list[tuple[int, int]]] | None:
    """Entries of a ' | '-joined table under a header `read_header` knows; None when no row is such a header."""
    lines = list(lines_with_offsets(text, start, end))
    at = next((i for i, (_s, _e, line) in enumerate(lines) if DELIMITER in line
               and read_header([c.strip() for c in line.split(DELIMITER)])), None)
    if at is None:
        return None
    line_start, _end, line = lines[at]
    header = read_header([c.strip() for c in line.split(DELIMITER)])
    placed = FilledColumns(filled)
    heads = placed.of_row(line_start, line) or list(range(len(header.kinds)))
    entries: list[Entry] = []
    skipped: list[tuple[int, int]] = []
    body = None
    for index, (line_start, line_end, line) in enumerate(lines[at + 1:], at + 1):
        cells = _cells(text, line_start, line, breaks)
        if [_fold(cell[2]) for cell in cells] == header.folded:
            continue  # the header again after a page break
        if len(cells) > 1 and (names_column(cells[0][2]) or read_header([cell[2] for cell in cells])):
            skipped += [(s, e) for s, e, rest in lines[index:] if DELIMITER in rest]  # another table's header: its
            break  # rows are not this header's (a name in them is reported, never read under these captions)
        columns = placed.of_row(line_start, line) or (heads if len(cells) == len(heads) else None)
        row = spread(cells, columns, heads, None) if columns else None
        if row is None:
            if len(cells) > 1:
                skipped.append((line_start, line_end))  # (cells whose columns are not certain)
            elif not read_header([line]):
                body = rt.body_of(line) or body
            continue
        entry = _entry(row, header, (line_start, line_end), body)
        if entry is None:
            skipped.append((line_start, line_end))
            continue
        entries.append(entry)
    return entries, unassigned_names(text, skipped)


def _cells(text: str, line_start: int, line: str, breaks: Sequence[int]) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, text, printed lines) of each printed cell of a row."""
    out, position = [], line_start
    for part, printed in zip(line.split(DELIMITER), cell_lines(text, line_start, line, breaks)):
        lead = len(part) - len(part.lstrip())
        out.append((position + lead, position + len(part.rstrip()), part.strip(), printed))
        position += len(part) + len(DELIMITER)
    return out


def _entry(row: list, header: Header, evidence: tuple[int, int], body: str | None) -> Entry | None:
    """The entry of one row (each cell in its header column, None where the row prints nothing), or None."""
    number = next((cell for cell, kind in zip(row, header.kinds) if kind == "number"), None)
    if number is not None and not _NUMBER.match(number[2]):
        return None  # (the numbering column holds text: the row is not what the header says)
    parts = {kind: cell for cell, kind in zip(row, header.kinds) if kind in (*PARTS, "name") and cell and cell[2]}
    name = compose(parts)
    if name is None:
        return None
    used = list(parts.values())
    entry = Entry(name=name, name_span=(min(c[0] for c in used), max(c[1] for c in used)), evidence=evidence,
                  body=body, title_column=any("position" in role for role in header.roles),
                  name_parts={kind: (cell[2], (cell[0], cell[1])) for kind, cell in parts.items() if kind != "name"})
    rest = [(cell, role) for cell, kind, role in zip(row, header.kinds, header.roles)
            if kind == "rest" and cell and cell[2] and role != ["unknown"]]
    if any(len(cell[3]) > 1 for cell, _role in rest):
        entry.lines_are_items = True  # ('<br>' lines: items of their own)
        for cell, role in rest:
            place(entry, cell[3], role)
    else:
        for cell, role in rest:
            add_value(entry, role[0], cell[2])
    return entry


def compose(parts: dict[str, tuple]) -> str | None:
    """'Burton A. Dole Jr.' from the cells of its parts ('Dole, Jr.' | 'Burton' | 'A.'); a whole name's cell as
    printed; None when the surname or the given name is missing, or what they make is no person's name."""
    if "name" in parts:
        name = parts["name"][2]
        return name if rt.is_person_name(name) else None
    if "surname" not in parts or "given" not in parts or any("\n" in c[2] or len(c[3]) > 1 for c in parts.values()):
        return None
    surname, suffix = parts["surname"][2], parts["suffix"][2] if "suffix" in parts else None
    if (found := _suffix().match(surname)) and suffix is None:
        surname, suffix = found.group(1), found.group(2)
    words = [parts[kind][2] for kind in ("given", "middle") if kind in parts] + [surname]
    if any("," in word or any(ch.isdigit() for ch in word) for word in words) or len(" ".join(words).split()) > 6:
        return None  # (a comma inside a part: two parts in one cell, or a part of another kind)
    name = " ".join(words + ([suffix] if suffix else []))  # (kg.forms.roster_names puts the comma of 'Dole, Jr.',
    return name if rt.is_person_name(name) else None  # and none before 'Walsh III') if rt.is_person_name(name) else None
