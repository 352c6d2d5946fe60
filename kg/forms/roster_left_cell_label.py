"""A lone kind of label inside a table's left cell (issue 13, round 51j): 'Citizenship: United States' as the last
line of the name column of a fixed-width table ('NAME AND ADDRESS' | 'POSITION(S) HELD WITH THE COMPANY' |
'PRINCIPAL OCCUPATION(S)'), stacked under the name and the address lines where Citizens Funds prints the age. Each
such label opens its line, so it reads like a block's label, and a block reader then hands the citizenship to the
name below it. But the names print, on their own lines, a gap and then the next column's cell, and the label's cell
ends short of that column (any text after it on its line starts at or past it): the label is a line of the name's
cell (a note within unlabelled rows), no block's head (the mirror of kg.forms.roster_column_note, a label in the
right-hand column)."""
from __future__ import annotations

import re

from kg.forms.roster_rules import rules

MIN_NAMED_ROWS = 2  # names that each print a next cell after a gap, the label's column being the names'
_GAP = re.compile(r"[ \t]{2,}(?=\S)")  # (between one cell and the next on a line)
_MARK = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[IVXivx]{1,5})[.)]")  # ('1)', '2.', '(c)', 'IV.': an entry's mark)


def labels_in_left_cell(text: str, start: int, end: int, blocks: list, orphans: list) -> bool:
    """Whether the roster's only labels are of one field other than the name, each opening its line at the column
    its roster's names (or their entries' marks) open theirs at, and at least MIN_NAMED_ROWS names print after a gap
    a next cell at a column past every label's cell, the text after a label's cell (if any) starting at or past the
    nearest such column (the name column of a table; `blocks`, `orphans`: roster_blocks.read_blocks')."""
    fields = {f for block in blocks for f in block.columns}
    if len(fields) != 1 or "name" in fields:
        return False
    cells = [_label_cell(text, label.start(), end)
             for label in rules().labels[next(iter(fields))].finditer(text, start, end)]
    if not cells or None in cells or len({column for column, _end, _rest in cells}) != 1:
        return False
    column, furthest = cells[0][0], max(cell_end for _column, cell_end, _rest in cells)
    names = [block.name for block in blocks if block.name] + list(orphans)
    nexts = [at for at in (_next_cell(text, name, column) for name in names) if at is not None and at > furthest]
    return len(nexts) >= MIN_NAMED_ROWS and all(rest is None or rest >= min(nexts) for _c, _e, rest in cells)


def _label_cell(text: str, at: int, end: int) -> tuple[int, int, int | None] | None:
    """The column a label opens its line at, the column its cell ends at (the first gap after it, or the line's
    end) and the column of the text after that gap (None where there is none); None where text stands before it."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if 0 <= line_end < end else end].rstrip()
    if line[:at - line_start].strip():
        return None  # (a label with text before it on its line: not this sign)
    gap = _GAP.search(line, at - line_start)
    return at - line_start, gap.start() if gap else len(line), gap.end() if gap else None


def _next_cell(text: str, name: tuple[int, int], column: int) -> int | None:
    """The column of the text after a gap following the name on its line, where the name (or its entry's mark)
    opens that line at `column`; None otherwise."""
    line_start = text.rfind("\n", 0, name[0]) + 1
    line_end = text.find("\n", name[1])
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    lead = line[:name[0] - line_start]  # (the entry's mark before the name, if any: '1) Pei-yuan Chia')
    if len(lead) - len(lead.lstrip()) != column or lead.strip() and not _MARK.fullmatch(lead.strip()):
        return None
    gap = _GAP.match(line, name[1] - line_start)
    return gap.end() if gap else None
