"""A table printed one column after another (a PDF-to-text tool without a layout mode prints a
typeset table so): each column a block, its caption first ('Name', 'Position with X', 'Citizenship',
'Business Address'), then its cells in row order, one paragraph each (a blank line after each cell,
the wrapped lines of a cell together; '—' for an empty cell). A page break starts the blocks again,
captions first.

Nothing on a line ties a value to its person except the order, so the reading is taken only where
it is unambiguous: every block of a page has exactly as many cells as its 'Name' block has names.
Where one has more or fewer (a cell split by a blank line, a page whose blocks print no captions,
text after the table), any value could be another person's: the whole table is refused with a
`roster-ambiguous` finding, never read by position.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_table import header_roles, names_column

_EMPTY = re.compile(r"[\u2014\u2013\-*]+|n/?a|none", re.I)
_OF = re.compile(r"\s+(?:with|of|at|in)\s+")
_PAGE_NUMBER = re.compile(r"\d{1,3}|<PAGE>|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?", re.I)


@dataclass
class ColumnBlocks:
    entries: list[Entry] = field(default_factory=list)
    refusal: str | None = None  # why the table is not read (a block whose cells do not match the names)
    span: tuple[int, int] = (0, 0)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int, list[str]]]:
    """(start, end, lines) of each run of printed lines between blank lines."""
    out: list[tuple[int, int, list[str]]] = []
    current: list = []
    line_start = start
    for line in text[start:end].split("\n"):
        line_start, line_end = line_start + 0, line_start + len(line)
        if line.strip():
            current.append((line_start, line_end, line.strip()))
        elif current:
            out.append((current[0][0], current[-1][1], [x[2] for x in current]))
            current = []
        line_start = line_end + 1
    if current:
        out.append((current[0][0], current[-1][1], [x[2] for x in current]))
    return [p for p in out if not (len(p[2]) == 1 and _PAGE_NUMBER.fullmatch(p[2][0]))]  # (a page's number)


def _caption(lines: list[str]) -> list[str] | None:
    """The roles a caption paragraph names (one line of header words), else None."""
    if len(lines) != 1 or not rt.is_header(_OF.split(lines[0])[0]):  # ('Position with X Corp.')
        return None
    roles = header_roles(lines[0], names_column(lines[0]))
    return None if roles == ["unknown"] else roles


def read_column_blocks(text: str, start: int, end: int) -> ColumnBlocks | None:
    """The entries of a table printed column by column, a refusal where its blocks do not line up, or
    None when the text is not such a table (a 'Name' caption alone, then names one per paragraph, then
    another caption)."""
    paragraphs = _paragraphs(text, start, end)
    first = next((i for i, (_s, _e, lines) in enumerate(paragraphs) if (roles := _caption(lines)) and "name" in roles
                  and names_column(lines[0])), None)
    if first is None:
        return None
    pages: list[list[tuple[str, list[str], list[tuple[int, int, list[str]]]]]] = []  # caption, roles, cells
    for paragraph in paragraphs[first:]:
        roles = _caption(paragraph[2])
        if roles is not None and "name" in roles and names_column(paragraph[2][0]):
            pages.append([(paragraph[2][0], roles, [])])
        elif roles is not None:
            pages[-1].append((paragraph[2][0], roles, []))
        else:
            pages[-1][-1][2].append(paragraph)
    names = pages[0][0][2]
    if len(pages[0]) < 2 or len(names) < 2 or not all(_is_name(cell[2]) for cell in names[:3]):
        return None
    result = ColumnBlocks(span=(paragraphs[first][0], paragraphs[-1][1]))
    for page in pages:
        count = len(page[0][2])
        seen = [r for _c, roles, _cells in page for r in roles]
        for caption, _roles, cells in page:
            if len(cells) != count or len(seen) != len(set(seen)) or not all(_is_name(c[2]) for c in page[0][2]):
                result.refusal = (f"the column {caption!r} prints {len(cells)} cells beside {count} names; printed "
                                  "one column after another, only the order ties a value to its person")
                result.entries = []
                return result
        result.entries += _entries(page)
    return result


def _is_name(lines: list[str]) -> bool:
    return len(lines) <= 2 and rt.is_person_name(rt.strip_numbering(" ".join(lines))[0])


def _joined(lines: list[str]) -> str:
    """The wrapped lines of one cell (its paragraph) as one line; a word broken at a hyphen is joined whole."""
    out = lines[0]
    for line in lines[1:]:
        out += line if re.search(r"[a-z]-$", out) and line[:1].islower() else " " + line
    return out


def _entries(page) -> list[Entry]:
    entries = []
    roles_of = [roles for _caption, roles, _cells in page]
    titled = any("position" in r for r in roles_of) and any("occupation" in r for r in roles_of)
    for row, (s, e, name_lines) in enumerate(page[0][2]):
        fields: dict[str, str] = {}
        evidence_end = e
        for _caption, roles, cells in page[1:]:
            cs, ce, lines = cells[row]
            evidence_end = max(evidence_end, ce)
            if len(lines) == 1 and _EMPTY.fullmatch(lines[0]):
                continue
            fields[roles[0]] = "\n".join(lines) if roles[0] == "address" else _joined(lines)
        entries.append(Entry(name=" ".join(name_lines), name_span=(s, e), evidence=(s, evidence_end),
                             fields=fields, title_column=titled))
    return entries
