"""Forty-third round (i), issue 13: speed, second step. (1) Reading HTML, each table row asked whether its cells are
kept level line by line (kg.read.html_linegrid) walked up to 4,096 elements of its subtree, so a thousand rows nested
in each other cost millions of steps: the rows' sizes are now counted once for the subtree walked whole
(`RowSizes`). (2) A region's lines (kg.read.sections.lines_with_offsets) are read once and kept for the readers
that read the same span in turn. (3) The numbered-body reader's flattening (kg.forms.roster_numbered._flatten) runs
its patterns compiled, and the blank-line pattern only where two line ends stand between two words. Output unchanged.

Texts of our own making. Each test marked "fails on main" failed on main 55f5a13 (no such class or constant) and
passes here; the guards pass on both."""
from __future__ import annotations

import re

import lxml.html

from kg.forms import roster_numbered
from kg.read import sections
from kg.read.html import html_to_text
from kg.read.html_linegrid import MAX_ELEMENTS, row_lines

_BLOCKS = frozenset({"p", "div"})
_GRID_ROW = ("<tr><td>Ann B. Cole<br>Director<br><br>Dan E. Fry<br>Treasurer</td>"
             "<td>10 Pier Road<br>Boston<br><br>2 Elm Street<br>Salem</td></tr>")
_GRID = f"<html><body><table>{_GRID_ROW}</table></body></html>"


def _nested_rows(depth: int, leaf: str) -> str:
    """`depth` rows each holding the next one in its first cell (a fuzzer's nesting), `leaf` innermost."""
    return "<table><tr><td>a</td><td>" * depth + leaf + "</td></tr></table>" * depth


def _old_size(row) -> tuple[bool, bool]:
    """main's test, as it was: (more than MAX_ELEMENTS elements, a table inside)."""
    over = next(iter(list(row.iter())[MAX_ELEMENTS:]), None) is not None
    return over, any(e.tag == "table" for e in row.iter() if e is not row)


def test_rows_nested_in_rows_are_counted_in_one_walk():
    """Fails on main (no RowSizes): every row of a subtree has its size and its 'table inside' from one count."""
    from kg.read.html_linegrid import RowSizes
    tree = lxml.html.fromstring("<html><body>" + _nested_rows(30, "<!-- note -->" + _GRID) + "</body></html>")
    rows = list(tree.iter("tr"))
    sizes = RowSizes()
    sizes.of(rows[0])
    assert set(sizes.known) == set(rows)  # (one walk from the outermost row counted them all)
    for row in rows:
        elements, table_inside = sizes.known[row]
        assert elements == sum(1 for _ in row.iter())  # (a comment counts, as `iter()` yields it)
        assert table_inside == _old_size(row)[1]
    sizes.clear()
    assert not sizes.known


def test_a_row_over_the_element_bound_is_still_refused_and_one_under_it_read():
    """Fails on main (no RowSizes): the bound reads as it did: one element over it refuses the grid."""
    from kg.read.html_linegrid import RowSizes
    def row_with(spans: int):
        padded = _GRID_ROW.replace("</td></tr>", "<span></span>" * spans + "</td></tr>")
        return lxml.html.fromstring(f"<table>{padded}</table>").find(".//tr")

    own = sum(1 for _ in row_with(0).iter())
    for pad in (0, 1):
        row = row_with(MAX_ELEMENTS - own + pad)
        total = sum(1 for _ in row.iter())
        assert total == MAX_ELEMENTS + pad
        assert _old_size(row)[0] == bool(pad)
        read = row_lines(row, _BLOCKS, RowSizes())
        assert (read is None) == bool(pad)
        assert read == row_lines(row, _BLOCKS)  # (with and without the counted sizes: the same reading)


def test_deeply_nested_rows_give_the_same_text_and_grids():
    """Guard: the text, its offsets and the rows kept level of rows nested in rows, and of a plain grid."""
    for source in (_GRID, "<html><body>" + _nested_rows(40, _GRID) + "</body></html>"):
        text, offsets = html_to_text(source)
        assert "Ann B. Cole" in text
        grids = [cells for _at, cells in offsets.line_grids]
        assert (("Ann B. Cole", "Director", "", "Dan E. Fry", "Treasurer"),
                ("10 Pier Road", "Boston", "", "2 Elm Street", "Salem")) in grids


def test_a_regions_lines_are_kept_and_each_caller_reads_them_all():
    """Fails on main (no KEPT_SPAN): a short span's lines are read once and handed out again; a long span is
    read as before, line by line."""
    assert sections.KEPT_SPAN >= 1 << 12
    text = "  Name      Title\n\n  Ann B. Cole   Director  \n\t\nDan E. Fry Treasurer"
    expected = [(2, 17, "Name      Title"), (21, 43, "Ann B. Cole   Director"), (48, 68, "Dan E. Fry Treasurer")]
    first = sections.lines_with_offsets(text, 0, len(text))
    assert next(first) == expected[0]  # (one caller stops early ...)
    assert list(sections.lines_with_offsets(text, 0, len(text))) == expected  # (... the next reads every line)
    assert list(first) == expected[1:]
    assert list(sections.lines_with_offsets(text)) == expected
    assert list(sections.lines_with_offsets(text, 19, 40)) == [(21, 40, "Ann B. Cole   Direc")]
    long_text = "x\n" * sections.KEPT_SPAN
    assert sum(1 for _ in sections.lines_with_offsets(long_text)) == sections.KEPT_SPAN


def _old_flatten(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """main's flattening, as it was."""
    region = roster_numbered._DEBRIS.sub(lambda m: " " * len(m.group()), text[start:end])
    flat, offsets, previous = [], [], None
    for word in re.finditer(r"\S+", region):
        if previous is not None:
            ended = re.search(r"\n[ \t]*\n", region[previous.end():word.start()]) and (
                previous.group().endswith(".")
                or not re.search(r"[a-z]", region[region.rfind("\n", 0, previous.start()) + 1:previous.end()]))
            flat.append("\n" if ended else " ")
            offsets.append(start + word.start() - 1)
        flat.append(word.group())
        offsets.extend(range(start + word.start(), start + word.end()))
        previous = word
    return "".join(flat), offsets


def test_the_numbered_reader_flattens_as_before():
    """Guard: paragraph ends (a blank line after a stop or after a heading in capitals), a blank line holding tabs,
    a line end with a carriage return between (no blank line), a page mark, a sentence split by a page break."""
    text = ("SCHEDULE A\n\nThe following persons are directors of Harbour Mutual:\n \t\n(1) Ann B. Cole, Director.\n"
            "\n(2) Dan E.\n\r\nFry, Treasurer\n\n-----\n<PAGE>\n\nand Secretary.\n\nEND OF SCHEDULE\n")
    for start, end in ((0, len(text)), (11, len(text) - 3), (30, 90)):
        new = roster_numbered._flatten(text, start, end)
        assert new == _old_flatten(text, start, end)
    flat, _offsets = roster_numbered._flatten(text, 0, len(text))
    assert flat.startswith("SCHEDULE A\nThe following")
    assert "Dan E. Fry, Treasurer and Secretary.\nEND OF SCHEDULE" in flat
