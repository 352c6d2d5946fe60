"""Forty-first round (d), issue 13: bullet_item_tables_html (after Southwestern Energy's HTML Schedule A: each title
and outside occupation a bulleted item saved by the word processor as a NESTED TABLE inside its cell, a narrow cell
with the bullet '•' then a cell with the text; one nested table per cell holding a row per item, or one per item).

kg's HTML reader took any table inside a cell for a layout: the cell was not inline, so each person's row broke into
lines ('Howard P. Berkowitz' / '• | Director' / '• | Chief Executive' / 'HPB/Blackrock | United States') and the
roster went unread, or a business address's lines ('Skadden Arps Slate') were read as a person. A table nested in a
cell that holds no table itself (and little text) is now that cell's content (kg/read/html_nested.py): the outer cell
stays inline, each nested row is a line of the cell (noted in `cell_breaks`, as a `<br>`), the nested row's cells
are a space apart, and a nested cell holding a bullet alone (kg/lookups/item_markers.yml) is the item's marker, no
part of its text. A cell alone in its row, or one whose nested table holds a table or a label beside a value in a
row, is read as before.

Texts of our own making. Each test marked "fails on main" failed on main 099f5a0 and passes here; the guards pass on
both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.read.html import html_to_text

_TOP = "vertical-align:top"


def _bullets(items: list[str], per_item: bool) -> str:
    rows = [f"<tr><td style=\"width:10pt;{_TOP}\">&#8226;</td><td style=\"{_TOP}\">{item}</td></tr>" for item in items]
    if not items:
        return "&nbsp;"
    if per_item:
        return "".join(f"<table style=\"width:100%\">{row}</table>" for row in rows)
    return "<table style=\"width:100%\">" + "".join(rows) + "</table>"


_PEOPLE = [
    ("Margaret A. Lowell", ["Director", "Chair of the Board"], ["Partner, Lowell &amp; Finch LLP"],
     ["Lowell &amp; Finch LLP", "Kirkland House", "Boston, MA 02110"], "United States"),
    ("Pieter van Daal", ["Executive Vice President", "Chief Financial Officer"], [],
     ["Orchard Tower", "Houston, TX 77002"], "Netherlands"),
    ("Hugh R. Tennant", ["Director"], ["Professor of Finance, Rice University", "Trustee, Houston Museum of Art"],
     ["Skadden", "Arps", "Slate"], "United States"),
]


def _schedule(per_item: bool) -> str:
    heads = ["Name", "Position with Orchard Energy Company", "Present Principal Occupation or Employment",
             "Business Address", "Citizenship"]
    rows = ["<tr>" + "".join(f"<td><b>{h}</b></td>" for h in heads) + "</tr>"]
    for name, titles, jobs, address, country in _PEOPLE:
        cells = [name, _bullets(titles, per_item), _bullets(jobs, per_item), "<br>".join(address), country]
        rows.append("<tr>" + "".join(f"<td style=\"{_TOP}\">{c}</td>" for c in cells) + "</tr>")
    return ("<html><body><p><b>SCHEDULE A</b></p><p><b>DIRECTORS AND EXECUTIVE OFFICERS OF ORCHARD ENERGY COMPANY"
            "</b></p><p>Set forth below are the name, present position with Orchard Energy Company, present principal "
            "occupation or employment, business address and citizenship of each director and executive officer of "
            "Orchard Energy Company.</p><table>" + "".join(rows) + "</table></body></html>\n")


def _read(tmp_path: Path, per_item: bool) -> dict:
    path = tmp_path / "schedule.htm"
    path.write_text(_schedule(per_item), encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_nested_bullet_table_is_its_cells_lines_and_the_bullets_are_markers():
    """Fails on main: the nested table broke the row into lines."""
    text, offsets = html_to_text("<table><tr><td>Hugh R. Tennant</td><td>" + _bullets(["Director", "Trustee"], False)
                                 + "</td><td>United States</td></tr></table>")
    assert text == "Hugh R. Tennant | Director Trustee | United States"
    assert [text[i:i + 7] for i in offsets.cell_breaks] == [" Truste"]


def test_one_nested_table_per_item_gives_the_same_line():
    """Fails on main: as above, one nested table per bullet."""
    text, offsets = html_to_text("<table><tr><td>Hugh R. Tennant</td><td>" + _bullets(["Director", "Trustee"], True)
                                 + "</td><td>United States</td></tr></table>")
    assert text == "Hugh R. Tennant | Director Trustee | United States"
    assert len(offsets.cell_breaks) == 1


def test_the_roster_reads_with_its_bulleted_titles_and_occupations(tmp_path):
    """Fails on main: nobody was read (or an address 'Skadden Arps Slate' was a person)."""
    for per_item in (False, True):
        people = _read(tmp_path, per_item)
        assert sorted(people) == ["Hugh R. Tennant", "Margaret A. Lowell", "Pieter van Daal"]
        assert people["Margaret A. Lowell"].positions == ["Director", "Chair of the Board"]
        assert people["Pieter van Daal"].positions == ["Executive Vice President", "Chief Financial Officer"]
        assert people["Pieter van Daal"].citizenship == "Netherlands"
        assert "Professor of Finance, Rice University" in people["Hugh R. Tennant"].other_positions


def test_no_address_line_is_a_person(tmp_path):
    """Guard (precision): the address cell's lines are no person, whichever way the bullets are saved."""
    for per_item in (False, True):
        assert not any("Skadden" in name or "Orchard" in name for name in _read(tmp_path, per_item))


def test_a_cell_alone_in_its_row_keeps_its_nested_tables_lines():
    """Guard (passes on main too): a layout cell (alone in its row) is read as before, its nested rows lines."""
    text, _ = html_to_text("<table><tr><td><table><tr><td>Name</td><td>Jane Doe</td></tr>"
                           "<tr><td>Address</td><td>1 Main Street</td></tr></table></td></tr></table>")
    assert text.splitlines() == ["Name | Jane Doe", "Address | 1 Main Street"]


def test_a_nested_table_holding_a_table_is_a_layout():
    """Guard (passes on main too): a cell whose table holds a table is a layout cell; its rows stay lines."""
    inner = "<table><tr><td>Jane Doe</td><td>Director</td></tr></table>"
    text, _ = html_to_text(f"<table><tr><td>Left</td><td><table><tr><td>{inner}</td></tr>"
                           "<tr><td>John Roe | Officer</td></tr></table></td></tr></table>")
    assert "Jane Doe | Director" in text.splitlines()


def test_a_nested_table_of_labels_beside_values_is_a_layout():
    """Guard (passes on main too): a nested table whose rows hold a label beside a value (nested_detail_table_html)
    is a grid, no cell's lines: its rows stay lines with their cells delimited."""
    inner = ("<table><tr><td>Business Address:</td><td>1 Main Street</td></tr>"
             "<tr><td>Citizenship:</td><td>France</td></tr></table>")
    text, _ = html_to_text(f"<table><tr><td>Jane Doe</td><td>{inner}</td></tr></table>")
    assert "Business Address: | 1 Main Street" in text.splitlines()
    assert "Citizenship: | France" in text.splitlines()
