"""Roster tables in text, whatever their geometry: one reader for fixed-width tables.

1. Geometry: column starts from EDGAR's <S>/<C> markers, dashed rules, the header's words, or
   the vertical gutters that every multi-cell line leaves blank.
2. Each line is cut into chunks (runs of text with single spaces) and each chunk goes to the
   column it starts in; a column of row numbers ("1.", "2.") is recognised and dropped.
3. Entries start at name anchors: a line whose name-column cell is a person's name (typed
   by kg.forms.roster_types). Lines up to the next anchor belong to the entry; a line after a
   page break continues it.
4. Lines that stand between a break (blank line or rule) and the next anchor could belong to
   either neighbour: they are reported as `roster-ambiguous` with both readings, never guessed.
5. Each entry's cells are typed (name, title, nationality, address) and go to the roles the
   header gives their column, else the role their type says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.forms import roster_types as rt
from kg.forms.roster_entry import Entry
from kg.forms.roster_rules import rules
from kg.forms.roster_table import header_roles

_RULE = re.compile(r"^[\s\-=_+|]+$")
_MARKERS = re.compile(r"<[SC]>", re.I)
_MARKUP = re.compile(r"^\s*</?(?:table|caption|page|s|c|fn|r)\b[^>]*>\s*$|^\s*page\s+\d+(?:\s+of\s+\d+)?\s*$|^\s*-\s*\d+\s*-\s*$",
                     re.I)
_CHUNK = re.compile(r"\S+(?: \S+)*")


@dataclass
class Line:
    start: int   # offset of the line's first character in the text
    text: str    # the whole line (indentation kept), without its newline

    def chunks(self) -> list[tuple[int, str]]:
        return [(m.start(), m.group(0)) for m in _CHUNK.finditer(self.text)]


@dataclass
class Ambiguity:
    span: tuple[int, int]
    text: str
    before: str | None
    after: str | None


@dataclass
class GridResult:
    entries: list[Entry]
    orphans: list[tuple[int, int]] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)


def _physical_lines(text: str, start: int, end: int) -> list[Line]:
    lines, position = [], start
    while position < end:
        stop = text.find("\n", position, end)
        stop = end if stop < 0 else stop
        lines.append(Line(position, text[position:stop].rstrip()))
        position = stop + 1
    return lines


def read_grid(text: str, raw: str, start: int, end: int) -> GridResult | None:
    lines = _physical_lines(text, start, end)
    raw_lines = _physical_lines(raw, start, end) if len(raw) == len(text) else lines
    geometry = _geometry(lines, raw_lines)
    if geometry is None:
        return None
    starts, body_from, heads = geometry
    body = lines[body_from:]
    columns = _columns_of(body, starts)
    roles = _roles(heads, columns, starts)
    if "name" not in roles[_name_column(roles)]:
        return None
    return _entries(body, starts, roles, _heading_body(lines[:body_from]))


def _heading_body(above: list[Line]) -> str | None:
    """The body a section heading just above the table names ('DIRECTORS')."""
    for line in reversed(above):
        stripped = line.text.strip()
        if stripped and len(line.chunks()) == 1 and len(stripped.split()) <= 6 and (body := rt.body_of(stripped)):
            return body
    return None


# ---- geometry --------------------------------------------------------------------------
def _geometry(lines: list[Line], raw_lines: list[Line]) -> tuple[list[int], int, list[str]] | None:
    """Column starts, the index of the first body line, and the header text of each column."""
    for index, line in enumerate(raw_lines):
        if len(_MARKERS.findall(line.text)) >= 2:
            starts = [m.start() for m in _MARKERS.finditer(line.text)]
            return starts, index + 1, _header_text(lines[:index], starts)
    for index, line in enumerate(lines):
        if _RULE.match(line.text) and len(re.findall(r"-{2,}|={2,}", line.text)) >= 2:
            starts = [m.start() for m in re.finditer(r"-{2,}|={2,}", line.text)]
            return starts, index + 1, _header_text(lines[:index], starts)
    for index, line in enumerate(lines):
        chunks = line.chunks()
        if len(chunks) >= 2 and rules().column_roles["name"].match(chunks[0][1]) and all(
                rt.is_header(c) for _, c in chunks):
            starts = [s for s, _ in chunks]
            return starts, index + 1, _header_text(lines[:index + 1], starts)
    starts = _gutters(lines)
    return (starts, 0, [""] * len(starts)) if starts and len(starts) >= 2 else None


def _header_text(above: list[Line], starts: list[int]) -> list[str]:
    """The words of the header lines just above the body, column by column."""
    block: list[Line] = []
    for line in reversed(above):
        if not line.text.strip():
            if block:
                break
            continue
        if _RULE.match(line.text) or _MARKUP.match(line.text):
            continue
        chunks = [chunk for _, chunk in line.chunks()]
        if not any(rt.is_header(c) for c in chunks) or any(len(c) > 60 or rt.is_person_name(c, False) for c in chunks):
            break
        block.insert(0, line)
    heads = [""] * len(starts)
    for line in block:
        for offset, chunk in line.chunks():
            index = _column_at(starts, offset, len(chunk))
            heads[index] = f"{heads[index]} {chunk}".strip()
    return heads


def _gutters(lines: list[Line]) -> list[int]:
    """Column starts where every line with two or more chunks leaves a gap of two spaces."""
    multi = [line for line in lines if len(line.chunks()) >= 2 and not _MARKUP.match(line.text)]
    if len(multi) < 2:
        return []
    width = max(len(line.text) for line in multi)
    filled = [False] * (width + 1)
    for line in multi:
        for offset, chunk in line.chunks():
            for position in range(offset, offset + len(chunk)):
                filled[position] = True
    starts = [0] if filled[0] else []
    for position in range(1, width + 1):
        if filled[position] and not filled[position - 1] and position >= 2 and not filled[position - 2]:
            starts.append(position)
    first = min(offset for line in multi for offset, _ in line.chunks()[:1])
    return [first] + [s for s in starts if s > first + 1]


def _column_at(starts: list[int], offset: int, length: int = 1) -> int:
    """The column a chunk starting at `offset` belongs to (a cell may start a little early)."""
    index = 0
    for i, column in enumerate(starts):
        if offset + 2 >= column:
            index = i
    return index


def _columns_of(body: list[Line], starts: list[int]) -> list[list[str]]:
    columns: list[list[str]] = [[] for _ in starts]
    for line in body:
        if _RULE.match(line.text) or _MARKUP.match(line.text):
            continue
        for offset, chunk in line.chunks():
            columns[_column_at(starts, offset, len(chunk))].append(chunk)
    return columns


def _roles(heads: list[str], columns: list[list[str]], starts: list[int]) -> list[list[str]]:
    roles: list[list[str]] = []
    for index, head in enumerate(heads):
        cells = [c for c in columns[index] if c.strip()]
        if cells and all(re.fullmatch(r"\(?\d{1,3}[.)]?|[a-z][.)]", c) for c in cells):
            roles.append(["number"])
        elif head:
            named_before = any("name" in r for r in roles)
            roles.append(header_roles(head, not named_before))
        else:
            roles.append([])
    if all(not r or r == ["number"] for r in roles):
        inferred = _infer_roles([c for c, r in zip(columns, roles) if r != ["number"]])
        iterator = iter(inferred)
        roles = [r if r == ["number"] else next(iterator) for r in roles]
    return [r or ["occupation"] for r in roles]


def _name_column(roles: list[list[str]]) -> int:
    return next((i for i, r in enumerate(roles) if "name" in r), 0)


def _infer_roles(columns: list[list[str]]) -> list[list[str]]:
    """Roles of a table without a header, from what its cells hold: the first column with
    person names holds the names; nationalities, addresses and titles type the others."""
    roles: list[list[str]] = []
    for cells in columns:
        filled = [c for c in cells if c.strip()] or [""]
        if not any("name" in r for r in roles) and sum(rt.is_person_name(c) for c in filled) >= max(1, len(filled) // 3):
            roles.append(["name"])
        elif all(rt.is_nationality(c) for c in filled):
            roles.append(["citizenship"])
        elif sum(rt.is_address_line(c) for c in filled) > len(filled) / 2:
            roles.append(["address"])
        elif all(rt.is_title(c) for c in filled):
            roles.append(["position"])
        else:
            roles.append(["occupation"])
    return roles


# ---- entries ---------------------------------------------------------------------------
@dataclass
class _Row:
    line: Line
    cells: dict[int, list[tuple[int, str]]]  # column -> (offset in text, chunk)


class _Builder:
    """Walks the body lines, opening an entry at each name anchor."""

    def __init__(self, starts: list[int], roles: list[list[str]], widths: list[int]):
        self.starts, self.roles, self.widths = starts, roles, widths
        self.name_column = _name_column(roles)
        self.result = GridResult(entries=[])
        self.rows: list[_Row] = []          # rows of the open entry
        self.floating: list[_Row] = []      # rows after a break, not yet placed
        self.floating_closed = False         # a break followed the floating rows
        self.body: str | None = None
        self.entry_body: str | None = None
        self.broke = self.paged = False

    def row(self, line: Line) -> _Row:
        cells: dict[int, list[tuple[int, str]]] = {}
        for offset, chunk in line.chunks():
            cells.setdefault(_column_at(self.starts, offset, len(chunk)), []).append((line.start + offset, chunk))
        return _Row(line, cells)

    def feed(self, line: Line) -> None:
        stripped = line.text.strip()
        if not stripped or _RULE.match(line.text):
            self.broke = True
            self.floating_closed = bool(self.floating)
            return
        if _MARKUP.match(line.text):
            self.paged = True
            return
        chunks = line.chunks()
        if all(rt.is_header(c) for _, c in chunks):
            self.paged = True  # a header repeated on a new page
            return
        if len(chunks) == 1 and (body := rt.body_of(stripped)) and len(stripped.split()) <= 8 \
                and not rt.is_person_name(stripped):
            self.close()
            self.body = body
            return
        row = self.row(line)
        name_cells = row.cells.get(self.name_column, [])
        if name_cells and rt.is_person_name(name_cells[0][1]):
            self.open(row)
        elif not self.rows:
            self.stray(row)
        elif (self.broke or self.floating) and not self.paged:
            if self.floating_closed:  # floating rows, a break, then more text: they were the previous entry's
                self.rows += self.floating
                self.floating, self.floating_closed = [], False
            self.floating.append(row)
        else:
            self.rows.append(row)
        self.broke = self.paged = False

    def open(self, row: _Row) -> None:
        if self.floating and not self.floating_closed:
            for ambiguous in self.floating:
                previous = self.rows[0].cells[self.name_column][0][1] if self.rows else None
                following = row.cells[self.name_column][0][1]
                self.result.ambiguous.append(Ambiguity((ambiguous.line.start, ambiguous.line.start + len(ambiguous.line.text)),
                                                       ambiguous.line.text.strip(), previous, following))
            self.floating = []
        self.close()
        self.rows = [row]
        self.entry_body = self.body

    def stray(self, row: _Row) -> None:
        """Text before the first name: a name cell there is a name that starts no entry."""
        for offset, chunk in row.cells.get(self.name_column, []):
            if not rt.is_header(chunk) and not rt.body_of(chunk):
                from kg.forms.nlp import person_names
                self.result.orphans += [(offset + s, offset + e) for s, e in person_names(chunk)]

    def close(self) -> None:
        self.rows += self.floating
        self.floating, self.floating_closed = [], False
        if self.rows:
            self.result.entries.append(_entry(self.rows, self.roles, self.name_column, self.entry_body, self.widths))
        self.rows = []


def _entries(body: list[Line], starts: list[int], roles: list[list[str]], first_body: str | None = None) -> GridResult:
    builder = _Builder(starts, roles, _wrap_widths(body, starts))
    builder.body = first_body
    for line in body:
        builder.feed(line)
    builder.close()
    return builder.result


def _wrap_widths(body: list[Line], starts: list[int]) -> list[int]:
    """The width each column wraps at: a long line or two (an address printed wider than the
    column) are outliers, so the width is the length that a tenth of the lines reach."""
    lengths: list[list[int]] = [[] for _ in starts]
    for line in body:
        if not _MARKUP.match(line.text) and not _RULE.match(line.text):
            for offset, chunk in line.chunks():
                lengths[_column_at(starts, offset, len(chunk))].append(len(chunk))
    widths = []
    for column in lengths:
        ranked = sorted(column, reverse=True)
        widths.append(ranked[min(len(ranked) - 1, max(1, len(ranked) // 10))] if len(ranked) > 2 else max(ranked, default=0))
    return widths


def _column_lines(rows: list[_Row], column: int) -> list[tuple[int, str]]:
    out = []
    for row in rows:
        cells = row.cells.get(column)
        if cells:
            out.append((cells[0][0], " ".join(text for _, text in cells)))
    return out


def _entry(rows: list[_Row], roles: list[list[str]], name_column: int, body: str | None,
           widths: list[int]) -> Entry:
    name_lines = _column_lines(rows, name_column)
    offset, printed = name_lines[0]
    printed, cut = rt.strip_numbering(printed)
    offset += cut
    last = rows[-1].line
    entry = Entry(name=printed.rstrip(" ,"), name_span=(offset, offset + len(printed.rstrip(" ,"))),
                  evidence=(rows[0].line.start, last.start + len(last.text)), body=body,
                  title_column=any("position" in r for r in roles))
    stacked = [text for _, text in name_lines[1:]]
    joined = printed.rstrip()
    while stacked and _continues_name(joined, stacked[0]):
        joined = f"{joined} {stacked.pop(0)}"
        entry.name = joined.rstrip(" ,")
    stacked = _join_continuations(unwrap(stacked, widths[name_column], employer_lines=False))
    _place(entry, stacked, [r for r in roles[name_column] if r != "name"], stacked_under_name=True)
    for column, column_roles in enumerate(roles):
        if column == name_column or column_roles in (["number"], ["unknown"]):
            continue
        _place(entry, unwrap([text for _, text in _column_lines(rows, column)], widths[column]), column_roles)
    return entry


def unwrap(lines: list[str], width: int, employer_lines: bool = True) -> list[str]:
    """Join the lines of a cell that wrapped: a line is continued on the next when the next
    line's first word would not have fitted after it (the column is `width` wide), unless the
    next line starts a value of its own (an address, a nationality)."""
    out: list[str] = []
    previous = ""
    for line in lines:
        first = line.split()[0] if line.split() else ""
        dangling = bool(_DANGLING.search(previous.strip()))
        if out and previous.endswith("-") and line[:1].isupper() and not rt.starts_value(line):
            out[-1] = f"{out[-1]}{line}"  # 'Co-' / 'Chief Executive Officer', 'Champs-' / 'Elysees'
        elif out and (dangling or len(previous) + 1 + len(first) > width) and not _starts_item(previous, line, employer_lines):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        previous = line
    return out


_AFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|[A-Z]\.?[A-Z]?\.?|C\.C\.?|O\.C\.?|M\.D\.?|Ph\.?D\.?|CFA|CPA|Esq\.?)$")


def _continues_name(name: str, line: str) -> bool:
    """'DESMARAIS, PAUL G., P.C.,' + 'C.C': a name wrapped onto the next line."""
    return name.endswith(",") and bool(_AFFIX.match(line.strip(" ,"))) or bool(_AFFIX.match(line.strip(" ,"))) and len(line) <= 6


def _place(entry: Entry, lines: list[str], roles: list[str], stacked_under_name: bool = False) -> None:
    """The lines of one cell go to the roles its header names, by type: a line that is only a
    nationality is the citizenship; an occupation cell keeps its employer and address lines
    (split later, where the employer is compared with the listed organisation); otherwise an
    address line (with the employer line just above it) starts the address. Under a name
    with no role named, a title is a position."""
    if not lines:
        return
    kinds = [rt.line_kind(line) for line in lines]
    textual = next((r for r in roles if r not in ("citizenship", "address")), None)
    address_from = next((i for i, k in enumerate(kinds) if k == "address"), None)
    if address_from is not None and address_from > 0 and kinds[address_from - 1] == "organization":
        address_from -= 1
    if textual == "occupation" or address_from is None or not ("address" in roles or stacked_under_name):
        address_from = len(lines)
    for index, (line, kind) in enumerate(zip(lines, kinds)):
        if kind == "nationality" and not any(k == "address" for k in kinds[:index]):
            _append(entry, "citizenship", line)  # a country after an address line is the address's
        elif index >= address_from:
            _append(entry, "address", line)
        elif textual:
            _append(entry, textual if kind != "nationality" or textual == "occupation" else "address", line)
        elif roles == ["address"]:
            _append(entry, "address", line)
        elif stacked_under_name or roles == ["citizenship"]:
            _append(entry, "title" if kind == "title" else "occupation", line)


_MID_PHRASE = re.compile(r"(?:\b(?:and|of|the|&|for|at|in|to|chief|vice|senior|executive|general|managing)|,)$", re.I)
_DANGLING = re.compile(r"\b(?:and|of|the|&|for|at|in|to|with)$", re.I)  # a line that cannot end a value
_TITLE_START = re.compile(r"^(?:president|vice|chairman|chairwoman|chair|director|managing|senior|executive|partner|"
                          r"member|trustee|general\s+partner|treasurer|secretary)\b", re.I)


def _starts_item(previous: str, line: str, employer_lines: bool = True) -> bool:
    """A line that begins an item of its own (an address, a nationality, an employer, a new
    title) rather than continuing the wrapped line above it."""
    if rt.starts_value(line) or rt.is_city_line(line):
        return True
    if line[:1].islower() or _MID_PHRASE.search(previous.strip()):
        return False
    words = [w for w in re.findall(r"[A-Z][\w&'-]+", line) if not re.fullmatch(r"Inc|Corp|Ltd|Co|LLC|LLP|plc", w)]
    return bool(_TITLE_START.match(line)) or (employer_lines and ";" not in line and len(words) >= 2
                                              and rt.is_organization(line) and not rt.is_title(line))


def _join_continuations(lines: list[str]) -> list[str]:
    """Stacked lines under a name: a line that starts in lower case, or follows one that ends
    mid-phrase ('Director and' / 'Officer'), continues the line above."""
    out: list[str] = []
    for line in lines:
        if out and (line[:1].islower() or _MID_PHRASE.search(out[-1])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _append(entry: Entry, field: str, line: str) -> None:
    entry.fields[field] = f"{entry.fields[field]}\n{line}" if entry.fields.get(field) else line
