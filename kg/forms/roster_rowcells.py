"""One text line of a fixed-width roster table: its cells where a chunk runs across a column start,
and whether the line is a section row naming a body ('Executive Officers')."""
from __future__ import annotations

import re

from kg.forms import roster_types as rt
from kg.forms.roster_fields import is_citizenships
from kg.forms.roster_geometry import RULE
from kg.forms.roster_rules import rules


def split_at_columns(chunks: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """A chunk that runs across a column start with one space just before it ('Olivia R.
    Pemberton Halden Property Trust': a name that fills its column) is two cells; one that runs across
    several ('Retired Chairman 2715 Farmington Heights United States': three columns, each full, one space
    apart) is cut at each of them."""
    out = []
    for offset, chunk in [part for offset, chunk in chunks for part in _unglue_nationality(offset, chunk, starts)]:
        while (cut := next((s for s in starts if offset < s - 1 < offset + len(chunk) - 1 and chunk[s - 1 - offset] == " "
                            and chunk[s - offset] != " "), None)) is not None:
            out.append((offset, chunk[:cut - 1 - offset]))
            offset, chunk = cut, chunk[cut - offset:]
        out.append((offset, chunk))
    return out


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")  # ('United States of AmericaDirector': a lower-case letter, then a capital)


def _unglue_nationality(offset: int, chunk: str, starts: list[int]) -> list[tuple[int, str]]:
    """A nationality glued to the next column's text with no space ('United States of AmericaDirector',
    'Republic of FranceMember, Conseil': a country wider than its column, the typist's overflow): two cells, cut
    where the whole nationality ends and a capital opens a word at or after the next column's start; the chunk
    as it is otherwise."""
    for glue in _CAMEL.finditer(chunk):
        at = glue.start()
        if any(offset < s <= offset + at for s in starts) and is_citizenships(chunk[:at]):
            return [(offset, chunk[:at]), (offset + at, chunk[at:])]
    return [(offset, chunk)]


ROW_MARK = re.compile(r"(?:[A-Z]|\d{1,3})\.")  # an entry's letter or number ('C.', '12.')


def marked_cells(cells: dict[int, list[tuple[int, str]]], line: str, start: int, column: int) -> bool:
    """'A.  Pei-yuan Chia' with the name in the column of the row mark: the mark is one chunk and the name
    another (two spaces apart, never an initial's one); joined as printed ('A.  Pei-yuan Chia'), the cell is that
    of a lettered or numbered row, which the name typing and the row letters read (in place). Whether it was."""
    cell = cells.get(column, [])
    if len(cell) > 1 and ROW_MARK.fullmatch(cell[0][1]) and cell[1][0] - cell[0][0] - len(cell[0][1]) <= 4:
        cells[column] = [(cell[0][0], line[cell[0][0] - start:cell[1][0] - start + len(cell[1][1])])] + cell[2:]
        return True
    return False


def section_row(stripped: str, chunks: list[tuple[int, str]], starts: list[int], under_row: bool = False) -> str | None:
    """The body a section row names: one short cell naming a body ('Executive Officers'), or
    that cell followed by column headers only ('OFFICERS    TITLE'); None for any other row. A
    cell that stands in a later column and reads as running text ('Directors, BP Amoco, p.l.c.
    His business address') is the wrap of a cell above, never a section; so is one right under a row
    (`under_row`: no break between them), a cell set a line lower than its row ('Tarek F. Abdel-Meguid' /
    'Directors' under the title caption)."""
    first = chunks[0][1].strip() if chunks else stripped
    if len(chunks) > 1 and not all(rt.is_header(c) for _, c in chunks[1:]):
        return None
    later = bool(chunks) and len(starts) > 1 and chunks[0][0] >= starts[1] - 1
    if later and (under_row or re.search(r"[,.;:]", first)):
        return None
    if ";" in first or re.search(r"\b(?:of|the|and|for|to|&)$", first, re.I):
        return None  # titles listed, or a line that runs on: 'Directors; Chairman of the' / 'Board', a title stacked under a name
    body = rt.body_of(first)
    if body and len(first.split()) <= 8 and not rt.is_person_name(first) and not _held_in_body(first):
        return body
    return None


_HELD_IN = re.compile(r"(.+?)(?:,|\s+of(?:\s+the)?)\s*$", re.I)  # 'Member,' / 'Chairman of the' before the body


def _held_in_body(cell: str) -> bool:
    """A title held in the body the cell names, set before it with a comma or 'of' ('Member, Conseil
    d'Administration', 'Member of the Supervisory Board'), or titles listed after it ('Directors, Chairman of the
    Board', 'Directors and Chairman of the Board of MSDW'): titles stacked under a name, no section heading (one
    qualified without them, 'Non-Executive Directors', is a heading; 'Directors and Executive Officers' names bodies)."""
    start = min((m.start() for pattern, _body in rules().body_headings if (m := pattern.search(cell))), default=0)
    held = _HELD_IN.fullmatch(cell[:start])
    if held and rt.is_title(held.group(1).strip()):
        return True
    parts = [part.strip() for part in re.split(r",|\s(?:and|&)\s", cell)[1:]]  # ('Directors, Chairman of the Board')
    return any(part and rt.body_of(part) is None and rt.is_title(part) for part in parts)


def unglue(cells: dict[int, list[tuple[int, str]]], line_start: int, starts: list[int], name_column: int,
           title_column: int | None, indent: int = 2, employers: set[str] | None = None) -> str | None:
    """A name cell that starts at the name column's margin and runs into the next column with no gap
    ('Cornelius J. Vantreight Executive Vice President': the name glued to its title) is a new row, never
    the wrap of the row above: cut in two in `cells` where the cut is certain ('split'), else 'refuse' (the
    row is left out with a finding); None for any other line. (`indent`: how far right of the column's start
    its names may begin: past the row numbers of a numbered table. `employers`: the folded cells of the next column
    where it is an employer column, whose organisation a name may be glued to: 'Cornelius J. Vantreight Acme
    Holdings Inc.'.)"""
    name_cells = cells.get(name_column)
    if not name_cells or name_column + 1 >= len(starts):
        return None
    offset, cell = name_cells[0]
    if offset - line_start > starts[name_column] + indent or offset - line_start + len(cell) <= starts[name_column + 1]:
        return None  # (an indented line, or one that stays in its column)
    text, cut = rt.strip_numbering(cell)
    from kg.forms.roster_name_guard import glued_employer, glued_title
    employer = glued_employer(text, employers) if employers is not None else None
    if isinstance(employer, tuple) and cells.get(name_column + 1):
        return "refuse"  # (the employer column holds text of this row already: where the cells lie is not certain)
    if isinstance(employer, tuple):
        name, organization = employer
        name_cells[0] = (offset, cell[:cut + len(name)])
        cells.setdefault(name_column + 1, []).insert(0, (offset + cut + text.index(organization, len(name)), organization))
        return "split"
    if employer == "ambiguous":
        return "refuse"
    if rt.is_person_name(text):
        return None
    found = glued_title(text)
    if found is None:
        return None
    if isinstance(found, str) or title_column is None or title_column == name_column:
        return "refuse"
    name, title = found
    at = offset + cut + text.index(title, len(name))
    name_cells[0] = (offset, cell[:cut + len(name)])
    cells.setdefault(title_column, []).insert(0, (at, title))
    return "split"


def stacked_titles(lines: list, starts: list[int]) -> set[int]:
    """Where a line of one cell naming a body stands right under a row and right over a title alone on its line,
    all three set at the same first column, or the two under the row set in by a hanging indent, with no break
    about them ('Tarek F. Abdel-Meguid   officer of ...' / 'Directors' / 'Chairman of the Board'): titles stacked
    under a name, no section heading (a heading is followed by a name, a header or an indented sentence)."""
    first_end = starts[1] - 1 if len(starts) > 1 else 10 ** 6
    out = set()
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        chunks, under, over = line.chunks(), below.chunks(), above.chunks()
        if len(chunks) != 1 or len(under) != 1 or not over or chunks[0][0] >= first_end \
                or not 0 <= chunks[0][0] - over[0][0] <= 6 or chunks[0][0] != under[0][0] or len(under[0][1].split()) > 6 \
                or RULE.match(above.text) or RULE.match(below.text):
            continue
        cell = under[0][1].strip()
        if rt.body_of(chunks[0][1]) and rt.is_title(cell) and not rt.is_person_name(cell) and not rt.is_header(cell):
            out.add(line.start)
    return out



def stray_names(name_cells: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Text before a grid's first name: a name in its name cells is a name that starts no entry (its spans)."""
    from kg.forms.nlp import person_names
    return [(offset + s, offset + e) for offset, chunk in name_cells if not rt.is_header(chunk) and not rt.body_of(chunk)
            for s, e in person_names(chunk)]


def listed_again(name_cell: list[tuple[int, str]] | None, entries: list) -> bool:
    """A row's name cell printing, whole, the name of an entry read above it (`entries`): that person listed again
    (under 'OFFICERS' after 'DIRECTORS'), never a line of the entry over it however its other cells run on."""
    cell = " ".join(text for _, text in name_cell or []).strip()
    return bool(cell) and any(entry.name.strip() == cell for entry in entries)


def caption_word(chunks: list[tuple[int, str]], caption: set[str]) -> bool:
    """A cell of the line is a word of the table's caption ('Name', 'Citizenship'): the line may be the caption again;
    else ('Company' / 'Company' under 'Director of Southwestern Energy' and the occupation, in an open entry) the
    header words are the entry's text wrapped."""
    words = {w.casefold() for line in caption for w in re.findall(r"[A-Za-z]+", line)}
    return any(w.casefold() in words for _, cell in chunks for w in re.findall(r"[A-Za-z]+", cell))
