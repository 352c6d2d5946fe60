"""A small table nested inside a cell of text: its rows are the cell's lines, its cells words of a line.

A word processor saves a bulleted item inside a table cell as a table of its own inside the cell: a row per item
(or a table per item), a narrow cell holding the bullet ('•') and a cell holding the item's text. The table is
the cell's content, not a layout: kg.read.html writes the outer cell inline as ever (one line of the row, joined
to the other cells by the delimiter), each row of the nested table a line of the cell (its text index kept in
`offsets.cell_breaks`, as for a `<br>`) and the nested row's cells one after the other, a space apart, so that
the item reads as printed. A nested cell holding a bullet alone (kg/lookups/item_markers.yml) is the item's marker,
no part of its text: it is skipped like hidden text (its offsets are not in the text). Only a table holding no
table, each row of it one line (text in one cell besides a bullet), is read so, and only inside a cell that is not
alone in its row; a table of label and value cells, one holding a table, or a cell of much text, is a layout cell
(kg.read.html), its rows lines of their own.
"""
from __future__ import annotations

from functools import cache

from kg.errors import DataError

_CELLS = ("td", "th")


@cache
def item_markers() -> frozenset[str]:
    """The bullets that mark an item (kg/lookups/item_markers.yml)."""
    from kg.lookups import load_yaml
    markers = (load_yaml("item_markers.yml") or {}).get("markers")
    if not isinstance(markers, list) or not all(isinstance(m, str) and len(m) == 1 for m in markers):
        raise DataError("kg/lookups/item_markers.yml", "expected `markers`: a list of single characters")
    return frozenset(markers)


def layout_table(table, cell) -> bool:
    """Whether `table`, inside `cell`, is a layout rather than the cell's lines: it stands inside another table
    inside `cell`, or a row of it holds text in more than one cell besides a bullet (a grid: 'Address:' | '1 Main
    Street' is a label beside its value, no line)."""
    for ancestor in table.iterancestors():
        if ancestor is cell:
            break
        if isinstance(ancestor.tag, str) and ancestor.tag.lower() == "table":
            return True
    for row in table.iter("tr"):
        printed = [_printed(c) for c in row if isinstance(c.tag, str) and c.tag.lower() in _CELLS]
        if sum(1 for text in printed if text and text not in item_markers()) > 1:
            return True
    return False


def _printed(element) -> str:
    return "".join(element.itertext()).strip(" \t\r\n\xa0")


class CellTables:
    """The tables open inside an inline cell; their rows and cells are written as the cell's lines and words."""

    def __init__(self) -> None:
        self.depth = 0

    def marker(self, element, tag: str) -> bool:
        """Whether `element` is a cell of such a table holding an item's bullet alone."""
        if not self.depth or tag not in _CELLS:
            return False
        return _printed(element) in item_markers()

    def open(self, tag: str, inline: bool, out) -> bool:
        """Write what an element opening inside such a table stands for; False when it is no part of one."""
        if tag == "table" and inline:
            self.depth += 1
            out.space = out.cell_break = True
            return True
        return self.depth > 0 and _within(tag, out)

    def end(self, tag: str, out) -> bool:
        """As `open`, for an element's end."""
        if not self.depth:
            return False
        if tag == "table":
            self.depth -= 1
            out.space = out.cell_break = True
            return True
        return _within(tag, out)


def _within(tag: str, out) -> bool:
    """Write what a row, cell or row group of such a table stands for at its start or end (a row: a line break)."""
    if tag == "tr":
        out.space = out.cell_break = True
        return True
    if tag in _CELLS:
        out.space = True
        return True
    return tag in ("tbody", "thead", "tfoot")
