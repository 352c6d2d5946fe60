"""Twenty-third round (c), issue 13: HTML roster tables whose name stands in several columns, or after a column
numbering the rows, and tables that print one row per title held. Texts of our own making (people and
organisations invented here).

Before, a header 'Last Name | First Name | Middle Name | ...' or 'Record | Name | ...' was no header kg knew (its
first cell names no names column): nothing was read. Now (kg/forms/roster_nameparts.py, captions in
kg/patterns/name_parts.yml) the name is composed from its parts in natural order, each part keeping its span, a
row-number column is no value of the person, and a cell is read only where its column is certain (an empty cell is
dropped from the text; kg.read.html_grid notes the column of each printed cell). A name printed on several rows
under one heading is one person only when the rows print the same other values; else every row of the name is left
out with a `roster-ambiguous` finding (kg/forms/roster_merge.py `apart`): it could be two people of one name.
"""
from __future__ import annotations

import html

import pytest

import kg
from kg.errors import StructureError

ORG = "Halden Marine Corporation"
HEAD = (f"<html><body><p align=center><b>SCHEDULE A</b></p><p align=center><b>DIRECTORS AND EXECUTIVE OFFICERS OF "
        f"{ORG.upper()}</b></p><p>The following table sets forth the name, position, present principal occupation, "
        f"business address and citizenship of each director and executive officer of {ORG}.</p>")


def _table(heads: list[str], rows: list[list[str]], break_after: int | None = None) -> str:
    header = "<tr>" + "".join(f"<td><b>{html.escape(h)}</b></td>" for h in heads) + "</tr>"
    out = [HEAD, "<table border=1>", header]
    for index, row in enumerate(rows):
        out.append("<tr>" + "".join(f"<td valign=top>{c or '&nbsp;'}</td>" for c in row) + "</tr>")
        if index == break_after:
            out += ["</table>", "<p style=\"page-break-before:always\">&nbsp;</p>", "<table border=1>", header]
    return "".join(out) + "</table></body></html>"


def _extract(tmp_path, text: str):
    path = tmp_path / "schedule_a.htm"
    path.write_text(text, encoding="utf-8")
    return kg.extract(path), text


def _people(tmp_path, text: str) -> dict:
    return {p.name: p for p in _extract(tmp_path, text)[0].people}


def _read_if_any(tmp_path, text: str) -> dict:
    try:
        return _people(tmp_path, text)
    except StructureError:
        return {}  # (nothing read: allowed)


SPLIT_HEADS = ["Last Name", "First Name", "Middle Name", f"Position with {ORG}", "Present Principal Occupation",
               "Business Address", "Citizenship"]
SPLIT_ROWS = [["VASQUEZ-LIND", "Oriana", "P.", "Director", "Senior Counsel, Brisk, Tallow &amp; Orme",
               "18 Quay Street<br>Portland, Maine 04101", "United States"],
              ["SZALAI, JR.", "Teodor", "K.", "Chief Financial Officer", "", "One Halden Plaza<br>Bath, Maine 04530",
               "Hungary"],
              ["Sloane", "Lucinda", "", "Director", "Professor of Naval Architecture, Coastline University",
               "4 Harbor Road<br>Camden, Maine 04843", "United Kingdom"],
              ["Marlow III", "Kenneth", "J.", "Director<br>Secretary", "Retired", "One Halden Plaza<br>Bath, Maine 04530",
               "United States"]]


def test_a_name_split_over_last_first_middle_columns_is_read_in_natural_order(tmp_path):
    """Fails on main (nothing read: 'not a Schedule 13D or 13G, and no roster ... found')."""
    people = _people(tmp_path, _table(SPLIT_HEADS, SPLIT_ROWS, break_after=1))
    assert set(people) == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai, Jr.", "Lucinda Sloane", "Kenneth J. Marlow III"}
    teodor, lucinda = people["Teodor K. Szalai, Jr."], people["Lucinda Sloane"]  # (a suffix in the surname cell;
    assert teodor.positions == ["Chief Financial Officer"] and teodor.citizenship == "Hungary"  # no middle name)
    assert teodor.address == "One Halden Plaza, Bath, Maine 04530" and teodor.other_positions == []
    assert lucinda.other_positions == ["Professor of Naval Architecture, Coastline University"]
    assert lucinda.citizenship == "United Kingdom" and lucinda.address == "4 Harbor Road, Camden, Maine 04843"
    assert people["Kenneth J. Marlow III"].positions == ["Director", "Secretary"]
    assert people["Oriana P. Vasquez-Lind"].address == "18 Quay Street, Portland, Maine 04101"


def test_each_name_part_keeps_the_span_where_it_is_printed(tmp_path):
    """Fails on main (nothing read)."""
    filing, text = _extract(tmp_path, _table(SPLIT_HEADS, SPLIT_ROWS))
    from kg.read.documents import load
    shown = load(tmp_path / "schedule_a.htm").text
    teodor = next(p for p in filing.people if p.name == "Teodor K. Szalai, Jr.")
    assert {part: teodor.printed[f"name:{part}"] for part in ("surname", "given", "middle")} == {
        "surname": "SZALAI, JR.", "given": "Teodor", "middle": "K."}
    for part in ("surname", "given", "middle"):
        start, end = teodor.spans[f"name:{part}"]
        assert shown[start:end] == teodor.printed[f"name:{part}"]
    start, end = teodor.spans["name"]  # (the name's span runs over its cells)
    assert shown[start:end].startswith("SZALAI, JR.") and shown[start:end].endswith("K.")


def test_other_captions_and_orders_of_the_name_parts_and_a_row_number_column(tmp_path):
    """'No. | Given Name | Middle Initial | Family Name | Suffix': the captions are data (kg/patterns/name_parts.yml),
    the parts in any order, the numbers no value. Fails on main (nothing read)."""
    heads = ["No.", "Given Name", "Middle Initial", "Family Name", "Suffix", "Title", "Citizenship"]
    rows = [["1", "Oriana", "P.", "Vasquez-Lind", "", "Director", "United States"],
            ["2", "Teodor", "", "Szalai", "Jr.", "Chief Financial Officer", "Hungary"]]
    people = _people(tmp_path, _table(heads, rows))
    assert set(people) == {"Oriana P. Vasquez-Lind", "Teodor Szalai, Jr."}
    assert people["Teodor Szalai, Jr."].positions == ["Chief Financial Officer"]
    assert people["Teodor Szalai, Jr."].citizenship == "Hungary"


RECORD_HEADS = ["Record", "Name", f"Position with {ORG}", "Present Principal Occupation", "Business Address",
                "Citizenship"]
TEODOR = ["Teodor K. Szalai", "Partner, Szalai Advisers", "9 Elm Street<br>Boston, Massachusetts 02110", "Hungary"]


def test_one_row_per_title_with_numbered_rows_gives_one_person_with_all_titles(tmp_path):
    """'Record | Name | Position ...': the rows are numbered, not the people; a person's name and the rest of the
    record repeat on each of his rows (here across a page break). Fails on main (nothing read)."""
    rows = [["1", "Oriana P. Vasquez-Lind", "Director", "Senior Counsel, Brisk, Tallow &amp; Orme",
             "18 Quay Street<br>Portland, Maine 04101", "United States"],
            ["2", TEODOR[0], "Director", *TEODOR[1:]], ["3", TEODOR[0], "Treasurer", *TEODOR[1:]],
            ["4", TEODOR[0], "Secretary", *TEODOR[1:]]]
    people = _people(tmp_path, _table(RECORD_HEADS, rows, break_after=1))
    assert set(people) == {"Oriana P. Vasquez-Lind", "Teodor K. Szalai"}
    teodor = people["Teodor K. Szalai"]
    assert teodor.positions == ["Director", "Treasurer", "Secretary"]
    assert teodor.other_positions == ["Partner, Szalai Advisers"] and teodor.citizenship == "Hungary"
    assert teodor.address == "9 Elm Street, Boston, Massachusetts 02110"


@pytest.mark.parametrize("numbered", [False, True])
def test_one_name_on_two_rows_with_different_values_is_refused_not_merged(tmp_path, numbered):
    """The same name on two rows of one table with two business addresses could be two people: neither row is
    recorded, with a `roster-ambiguous` finding. Fails on main (unnumbered: two records of one name; numbered:
    nothing read at all)."""
    rows = [["Oriana P. Vasquez-Lind", "Director", "Senior Counsel, Brisk, Tallow &amp; Orme",
             "18 Quay Street<br>Portland, Maine 04101", "United States"],
            [TEODOR[0], "Director", *TEODOR[1:]],
            [TEODOR[0], "Treasurer", TEODOR[1], "One Halden Plaza<br>Bath, Maine 04530", "Hungary"]]
    rows = [[str(i + 1), *row] for i, row in enumerate(rows)] if numbered else rows
    filing, _text = _extract(tmp_path, _table(RECORD_HEADS if numbered else RECORD_HEADS[1:], rows))
    assert [p.name for p in filing.people] == ["Oriana P. Vasquez-Lind"]
    assert any(w.code == "roster-ambiguous" and w.values.get("name") == "Teodor K. Szalai" for w in filing.warnings)


def test_an_empty_cell_under_a_header_printed_whole_leaves_the_other_cells_in_their_columns(tmp_path):
    """'Name | Position | Present Principal Occupation | Business Address | Citizenship' with no occupation printed:
    the text drops the empty cell; kg.read.html_grid says which column each printed cell stands in, so the title
    and the address are read (kg/forms/roster_table.py). Fails on main (two cells for three columns: left out)."""
    rows = [["Oriana P. Vasquez-Lind", "Director", "Senior Counsel, Brisk, Tallow &amp; Orme",
             "18 Quay Street<br>Portland, Maine 04101", "United States"],
            ["Kenneth J. Marlow", "Chief Executive", "", "Halden Marine", "United States"]]
    people = _people(tmp_path, _table(RECORD_HEADS[1:], rows))
    assert people["Kenneth J. Marlow"].positions == ["Chief Executive"]
    assert people["Kenneth J. Marlow"].address == "Halden Marine" and people["Kenneth J. Marlow"].other_positions == []


def test_the_th_table_row_with_an_empty_occupation_cell_is_read_in_its_columns(tmp_path):
    """tests/test_roster_round9.py's HTML rows: Maria's empty occupation cell is a `<td>` of its own, so her
    address and title are certain (before: left out as doubts; that test now holds the ' | ' text form, where the
    refusal stands). Fails on main."""
    from test_roster_round9 import ROWS, _read
    _filing, got = _read(tmp_path, ROWS)
    maria = got["Maria E. Castellano"]
    assert (maria.positions, maria.other_positions, maria.address) == (["Chief Executive Officer"], [],
                                                                        "Castellano Partners")
    assert got["Diane R. Osei"].address is None and got["Diane R. Osei"].positions == ["Secretary"]


# ---- guards (pass on main and on this branch): what is not certain is not read ----------------------------------
def test_a_row_whose_number_cell_holds_text_or_whose_given_name_is_missing_is_no_person(tmp_path):
    heads = ["No.", "Last Name", "First Name", "Middle Name", "Position", "Citizenship"]
    rows = [["1", "Vasquez-Lind", "Oriana", "P.", "Director", "United States"],
            ["Chief", "Szalai", "Teodor", "K.", "Financial Officer", "Hungary"],  # (not what the header says)
            ["3", "Sloane", "", "", "Director", "United Kingdom"]]  # (no given name: which cell is empty is certain,
    people = _read_if_any(tmp_path, _table(heads, rows))  # but the name is not whole)
    assert set(people) <= {"Oriana P. Vasquez-Lind"}  # (on main: nothing read)


def test_a_title_in_a_name_part_cell_makes_no_name(tmp_path):
    heads = ["Last Name", "First Name", "Position", "Citizenship"]
    rows = [["Vasquez-Lind", "Oriana", "Director", "United States"],
            ["Officer", "Financial", "Chief Financial Officer", "Hungary"]]
    people = _read_if_any(tmp_path, _table(heads, rows))
    assert set(people) <= {"Oriana Vasquez-Lind"}


def test_a_surname_column_without_a_given_name_column_is_not_read_as_names(tmp_path):
    heads = ["Last Name", "Position", "Citizenship"]
    rows = [["Vasquez-Lind", "Director", "United States"], ["Szalai", "Chief Financial Officer", "Hungary"]]
    people = _read_if_any(tmp_path, _table(heads, rows))
    assert not {"Vasquez-Lind", "Szalai"} & set(people)


def test_rows_of_one_name_with_the_same_values_merge_and_a_blank_value_says_nothing(tmp_path):
    rows = [[TEODOR[0], "Director", *TEODOR[1:]], [TEODOR[0], "Treasurer", TEODOR[1], "", ""]]
    people = _people(tmp_path, _table(RECORD_HEADS[1:], rows))
    assert list(people) == ["Teodor K. Szalai"]
    assert people["Teodor K. Szalai"].positions == ["Director", "Treasurer"]
    assert people["Teodor K. Szalai"].citizenship == "Hungary"
