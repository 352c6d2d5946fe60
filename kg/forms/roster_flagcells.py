"""An HTML table saved as text one cell a line, each cell's line starting with '|' (a cell the
rendering put on the next line follows a line holding only '|'), with Yes/No flag columns:

    |Executive
    |Name
    |Director
    |Officer
    |Present Principal Occupation or Employment
    |
    Dennis R. Cassell (1)
    |Yes
    |No
    |Partner of Haynes and Boone, LLP (1)
    |(1)
    |The business address of Mr. Cassell is c/o Haynes and Boone, LLP, 901 Main Street, ...

Each table starts at its header (the cells up to its first person's name; cells above 'Name' are the upper row
of a two-row header, each joined to the one column it completes, kg/patterns/roster.yml `flag_columns`);
every following run of that many cells is one row. A flag column takes only yes or no: 'Yes' gives its title.
A footnote marker after a name keys the notes under the table: a note's sentence gives an address or a
citizenship to its person when it names that person (every word of the name, or the title and surname: 'Mr.
Cassell'); anything else in a note is not read. A line after a blank line, over a table's header, is its
caption: the body it names ('Executive Officers of X') is its rows' (never more text of the last cell above);
a No under a flag column is kept (`flags_no`): no caption or title gives that row the seat it denies
(kg/forms/roster_entry.py). Rows whose cells do not fit (a flag cell neither yes nor no, a first cell that is
no person's name) end the table's rows and are reported.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_flag_join import is_join_table, join_rows
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles
from kg.read.sections import lines_with_offsets
from kg.records import Span

_MARKER = re.compile(r"\s*\((\d{1,2})\)\s*$")  # 'Dennis R. Cassell (1)'
_NOTE = re.compile(r"^\((\d{1,2})\)$")
_FIELDS = ("occupation", "address", "citizenship", "position")
# a full stop that ends a sentence: not an initial's ('Marshall A. Cohen') or an abbreviation's
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bCo)(?<!\bInc)(?<!\bNo)\.\s+(?=[A-Z])")


@dataclass
class _Table:
    roles: list[str]  # per column: a flag title ('flag:Director'), or a role of header_roles
    body: str | None = None  # the body its caption names ('Executive Officers of X', a line of its own above it)
    rows: list[list[tuple[str, Span]]] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)


def read_flag_cells(text: str, start: int, end: int) -> tuple[list[Entry], list[Span]] | None:
    """(entries, spans of unread first cells) of '|'-prefixed cell lines with flag columns, or None."""
    read = _cells(text, start, end)
    if read is None:
        return None
    cells, captions = read
    tables, skipped, index, entries = [], [], 0, []
    while index < len(cells):
        head, head_at = _header(cells, index), index
        if head is None:
            if tables and not _NOTE.match(cells[index][0]):
                skipped.append(cells[index][1])
            index += 1
            continue
        table, index = head
        if tables and is_join_table(table.roles):  # (address and citizenship by name: kg.forms.roster_flag_join)
            index, refused = join_rows(cells, index, table.roles, entries, _key)
            skipped += refused
            continue
        table.body = rt.body_of(captions.get(head_at, ""))
        index = _rows(cells, index, table, skipped)
        tables.append(table)
        entries += _entries(table)
    if not tables or not any(any(r.startswith("flag:") for r in t.roles) for t in tables):
        return None
    return (entries, skipped) if entries else None


def _key(name: str) -> str:
    """A printed name as the tables' rows are joined on: no number, no note marker, case aside."""
    return rt.strip_numbering(_MARKER.sub("", name))[0].strip().casefold()


def _cells(text: str, start: int, end: int) -> tuple[list[tuple[str, Span]], dict[int, str]] | None:
    """Each cell (the text after '|' and the lines up to the next '|' line or blank line) and its span; the
    captions (lines after a blank line, before a '|' line) by the index of the cell they stand over."""
    lines = list(lines_with_offsets(text, start, end))
    first = next((i for i, (_s, _e, line) in enumerate(lines) if line.startswith("|")), None)
    if first is None or sum(line.startswith("|") for _s, _e, line in lines) < 8:
        return None
    cells: list[tuple[str, Span]] = []
    captions: dict[int, str] = {}
    previous_end = lines[first][0]
    for line_start, line_end, line in lines[first:]:
        after_blank, previous_end = text.count("\n", previous_end, line_start) > 1, line_end
        if re.fullmatch(r"\s*[-=_*]{3,}\s*", line):
            continue  # (a rule under a row: layout, no cell's text and no caption)
        if (after_blank or len(cells) in captions) and not line.startswith("|"):
            captions[len(cells)] = f"{captions.get(len(cells), '')} {line}".strip()  # ('Executive Officers of X')
        elif line.startswith("|"):
            value = line[1:].strip()
            offset = line_start + line.index(value) if value else line_end
            cells.append((value, (offset, line_end if value else offset)))
        elif cells and line.strip():
            value, (s, _e) = cells[-1]
            cells[-1] = (f"{value} {line.strip()}".strip(), (s if value else line_start + len(line) - len(line.lstrip()),
                                                              line_end))
        elif line.strip():
            return None
    return cells, captions


def _header(cells: list[tuple[str, Span]], index: int) -> tuple[_Table, int] | None:
    """The table whose header starts at cells[index], and where its rows start; None if none does."""
    name_at = next((i for i in range(index, min(index + 4, len(cells)))
                    if rules().column_roles["name"].match(cells[i][0])), None)
    if name_at is None or any(rt.is_person_name(cells[i][0]) for i in range(index, name_at)):
        return None
    width = next((i - name_at for i in range(name_at + 1, min(name_at + 12, len(cells)))
                  if rt.is_person_name(_MARKER.sub("", cells[i][0]))), 0)
    if width < 2:
        return None
    labels = [cells[i][0] for i in range(name_at, name_at + width)]
    upper = [cells[i][0] for i in range(index, name_at)]
    for word in upper:  # 'Executive' over 'Officer': the one column it completes
        fits = [i for i, label in enumerate(labels) if f"{word} {label}".casefold() in rules().flag_columns]
        if len(fits) != 1:
            return None
        labels[fits[0]] = f"{word} {labels[fits[0]]}"
    roles = ["name"] + [f"flag:{rules().flag_columns[label.casefold()]}" if label.casefold() in rules().flag_columns
                        else header_roles(label, False)[0] for label in labels[1:]]
    return _Table(roles), name_at + width


def _rows(cells: list[tuple[str, Span]], index: int, table: _Table, skipped: list[Span]) -> int:
    """Read the table's rows from cells[index]; then its notes ('(1)', text); where they end."""
    width = len(table.roles)
    while True:
        if table.rows and index < len(cells) and not cells[index][0] \
                and _fits(cells[index + 1:index + 1 + width], table.roles):
            index += 1  # (a '|' line alone between two rows: the rule the saved table kept, no cell)
        if index + width > len(cells) or not _fits(cells[index:index + width], table.roles):
            break
        table.rows.append(cells[index:index + width])
        index += width
    while index + 1 < len(cells) and _NOTE.match(cells[index][0]):
        table.notes[_NOTE.match(cells[index][0]).group(1)] = cells[index + 1][0]
        index += 2
    return index


def _fits(row: list[tuple[str, Span]], roles: list[str]) -> bool:
    if len(row) < len(roles) or not rt.is_person_name(_MARKER.sub("", row[0][0])):
        return False
    return all(rules().flag_yes.match(value) or rules().flag_no.match(value)
               for (value, _span), role in zip(row, roles) if role.startswith("flag:"))


def _entries(table: _Table) -> list[Entry]:
    out = []
    for row in table.rows:
        (printed, span), marker = row[0], _MARKER.search(row[0][0])
        name = _MARKER.sub("", printed)
        fields: dict[str, str] = {}
        titles = [role[5:] for (value, _s), role in zip(row[1:], table.roles[1:])
                  if role.startswith("flag:") and rules().flag_yes.match(value)]
        for (value, _s), role in zip(row[1:], table.roles[1:]):
            if role in _FIELDS and _MARKER.sub("", value):
                fields[role] = "\n".join(v for v in (fields.get(role), _MARKER.sub("", value)) if v)
        if titles:
            fields["flags"] = "; ".join(titles)
        refused: set[str] = set()
        if marker:  # the note says where this person differs from the preamble: what it says and kg cannot
            note = table.notes.get(marker.group(1), "address citizen")  # read (or a note not printed) keeps the
            fields.update(said := _note_values(note, rt.strip_numbering(name)[0]))  # default off too
            refused = {f for f, word in (("address", "address"), ("citizenship", "citizen"))
                       if word in note.casefold() and f not in said}
        if noes := [role[5:] for (value, _s), role in zip(row[1:], table.roles[1:])
                    if role.startswith("flag:") and not rules().flag_yes.match(value)]:
            fields["flags_no"] = "; ".join(noes)  # a No under 'Director': no seat there, whatever the caption says
        out.append(Entry(name=name, name_span=(span[0], span[0] + len(name)), evidence=(span[0], row[-1][1][1]),
                         body=table.body, fields=fields, title_column=True, refused=refused))
    return out


def _note_values(note: str, name: str) -> dict[str, str]:
    """The address and citizenship a note's sentences state of `name` (and of nobody else)."""
    found: dict[str, str] = {}
    for sentence in _SENTENCE_END.split(note):
        sentence = sentence.strip()
        if (said := rules().address_after_table.match(sentence)) and _names(said.group("who"), name):
            found["address"] = said.group("value").rstrip(".")
        elif (said := rules().note_citizen.match(sentence)) and _names(said.group("who"), name):
            found["citizenship"] = said.group("value").rstrip(".")
    return found


def _names(who: str, name: str) -> bool:
    """'Dennis R. Cassell' and 'Mr. Cassell' (a title and the surname) or the same words in any order."""
    words = lambda text: re.sub(r"[^\w\s-]", " ", text).casefold().split()  # noqa: E731
    said, full = words(who), [w for w in words(name) if w not in ("jr", "sr")]
    if said and said[0] in ("mr", "mrs", "ms", "dr") and len(said) == 2:
        return bool(full) and said[1] == full[-1]
    return sorted(said) == sorted(words(name))
