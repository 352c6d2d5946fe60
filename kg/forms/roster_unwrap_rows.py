"""The lines of a hard-wrapped table put back, one by one (kg.forms.roster_unwrap): each line of the table is either
a new line, its cells starting at column starts from column 0, or the rest of the line above, carried to column 0
when the line was broken at the last space at or before the page's width."""
from __future__ import annotations

import re

_RUN = re.compile(r"[^\s\xa0]+(?:[ \xa0][^\s\xa0]+)*")  # (a cell: words one space apart, a no-break space
# too; two spaces or more end it)
_RULE = re.compile(r"^[-=_]+(?: +[-=_]+)*$")


def runs(text: str, shift: int = 0) -> list[tuple[int, int]]:
    return [(m.start() + shift, m.end() + shift) for m in _RUN.finditer(text)]


class WrappedTable:
    """A table `width` columns wide whose columns are `columns` (start, end), printed on a page `page` wide."""

    def __init__(self, lines: list[str], page: int, columns: list[tuple[int, int]], width: int) -> None:
        self.lines, self.page, self.width = lines, page, width
        self.starts, self.ends = [start for start, _ in columns], [end for _, end in columns]
        self.name_width = columns[0][1] - columns[0][0]
        self.rest_at: dict[int, int] = {}
        self.uncertain: int | None = None  # (the first line where both readings fit and nothing decides)
        self.row_start = 0

    def read(self, start: int, stop: int) -> int:
        """Put back lines start..stop-1; the line where the table ends (a line that fits no reading), else stop."""
        index, above = start, None  # (above: the cells {column: text} of the line above in the same row)
        blank = False  # (a blank line seen in the table: the empty first part of a line is printed)
        self.row_start = start  # (the first line of the row being read: where a refusal starts)
        while index < stop:
            line = self.lines[index].rstrip()
            if above is None:
                self.row_start = index
            if line and _RULE.match(line):  # (a rule between rows, its rest carried over when it is long)
                following = self.lines[index + 1].rstrip() if index + 1 < stop else ""
                if len(line) >= self.page - 1 and _RULE.match(following) and not following.startswith(" "):
                    self.rest_at[index + 1] = len(line)
                    index += 1
                index, above = index + 1, None
                continue
            if line and not self._fits(line, 0):
                return index
            blank = blank or not line  # (no blank line yet: an empty line's rest shows as a line of its own)
            if above and set(self._cells(line, 0)) == {0} and not self._new_row(line, index, above, blank) and (
                    0 not in above or not self._name_full(above[0], line) or not blank and self.rest_of_empty(line)):
                self.uncertain = index if self.uncertain is None else self.uncertain  # (a name cell's next line
                # under a line with no name, or whose first word would have fitted on the line above: no line of
                # this table's, or a row of a name alone: nothing says which)
            cells, index = self._line(line, index, stop, above)
            above = cells if cells else None  # (a blank line that is no line's first part: between rows)
        return stop

    def _line(self, line: str, index: int, stop: int, above) -> tuple[dict[int, str], int]:
        """A line (blank: maybe the empty first part of a line) and its rests: (its cells, the index after it)."""
        cells, piece, last, end, index = self._cells(line, 0), line, 0, len(line), index + 1
        while index < stop:
            following = self.lines[index].rstrip()
            if not following or following.startswith(" "):
                break
            shifts = self._shifts(piece, last, following, end)
            if not shifts:
                break
            fits_new = self._fits(following, 0) and self._new_name_ok(cells, following)
            if fits_new and not self._continues(above, following, shifts):
                if line and self.uncertain is None:  # (both readings fit, nothing above decides)
                    self.uncertain = index
                break
            shift = self._choose(shifts, following, above)
            self.rest_at[index] = shift
            cells.update(self._cells(following, shift))
            piece, last, end, index = following, shift, shift + len(following), index + 1
        return cells, index

    def _shifts(self, piece: str, last: int, following: str, end: int) -> list[int]:
        """The columns where `following` fits as the rest of a line ending at `end` (its last piece `piece`
        starting at column `last`)."""
        word = len(following.split()[0])
        options = []
        if piece:
            options.append(end + 1)  # (the break inside a cell: its next word)
        options += [start for start in self.starts if start >= end + 2]
        return [shift for shift in options if shift + word > last + self.page
                and shift + len(following) <= self.width + 2 and self._fits(following, shift, end)]

    def _fits(self, text: str, shift: int, end: int = -1) -> bool:
        """Every cell of `text` at `shift` starts at a column start (the first may go on with the cell cut at `end`)
        and stops before the next column."""
        for number, (begin, stop) in enumerate(runs(text, shift)):
            if number == 0 and begin == end + 1:
                begin = max((s for s in self.starts if s <= begin), default=0)
            if begin not in self.starts or stop > self.ends[self.starts.index(begin)]:
                return False  # (a cell is as wide as its column's rule at most)
        return True

    def _cells(self, text: str, shift: int) -> dict[int, str]:
        cells = {}
        for begin, stop in runs(text, shift):
            column = max(n for n, s in enumerate(self.starts) if s <= begin)
            cells[column] = text[begin - shift:stop - shift]
        return cells

    def _continues(self, above, following: str, shifts: list[int]) -> bool:
        """The line above in the row has cells past the page where `following` would go: a rest goes on there."""
        if above is None:
            return False
        past = {n for n, s in enumerate(self.starts) if s > self.page - 8}
        return any(set(cells := self._cells(following, shift)) <= set(above) and set(cells) & past
                   for shift in shifts)

    def _choose(self, shifts: list[int], following: str, above) -> int:
        """The leftmost place whose cells the line above has too (a cell's lines stand at its top)."""
        if above is not None:
            kept = [s for s in shifts if set(self._cells(following, s)) <= set(above)]
            shifts = kept or shifts
        return shifts[0]

    def _name_full(self, above: str, below: str) -> bool:
        """A name cell goes on on the next line only if its next word did not fit on the line above."""
        return len(above) + 1 + len(below.split()[0]) > self.name_width

    def _new_name_ok(self, cells: dict[int, str], following: str) -> bool:
        if not following[:1].strip():
            return True
        return 0 not in cells or self._name_full(cells[0], following)

    def _new_row(self, line: str, index: int, above: dict[int, str], blank: bool) -> bool:
        """A line of a name alone that starts a row, no blank line above it: not the name's next line (none above,
        or its first word would have fitted on the line above), not a rest (of the line above: read so already; of an empty line:
        blank lines are printed), and the next line goes on with the row (its cells at column starts, no name)."""
        following = self.lines[index + 1].rstrip() if index + 1 < len(self.lines) else ""
        return ((0 not in above or not self._name_full(above[0], line)) and (blank or not self.rest_of_empty(line))
                and following[:1].isspace() and self._fits(following, 0) and 0 not in self._cells(following, 0))

    def fits_new(self, line: str) -> bool:
        """`line` fits as a line of its own: its cells at column starts from column 0."""
        return self._fits(line, 0)

    def rest_of_empty(self, line: str) -> bool:
        """`line` fits as the rest of a line whose first part is empty (its cells past the page's width)."""
        return not line[:1].isspace() and bool(self._shifts("", 0, line, 0))

    def goes_on(self, after: int) -> int | None:
        """The last line after `after` that is a line of this table (two cells or more, each at a column start), else
        None: a table that ends there did not end, it could not be put back."""
        last = None
        for index in range(after, len(self.lines)):
            line = self.lines[index].rstrip()
            if len(runs(line)) >= 2 and self._fits(line, 0):
                last = index
        return last
