"""Eighteenth round (issue 13): EDGAR-converter HTML rosters. The roster table sits in a one-cell wrapper table,
an empty spacer column (`<td width="1%">&nbsp;</td>`) stands between every two data columns, an empty data cell
is a `&nbsp;`, every cell line is wrapped in `<p style><font>`, and the header is printed over two rows with
words broken at a hyphen and a `<br>` ('Citizen-<br>ship', 'Prin-<br>cipal Occu-' over 'pation'). Texts of our
own making (people and organisations invented here). kg/forms/roster_gridcols.py: a spacer column is no column,
each printed cell stands under the header cell of its grid column, a header over two rows is one caption per
column and a word broken by '-<br>' one word."""
from __future__ import annotations

import kg
from kg.forms.roster_gridcols import joined_caption

SPACER = '<td width="1%">&nbsp;</td>'


def _cell(lines: list[str]) -> str:
    inner = "".join(f'<p style="margin-top:0px;margin-bottom:0px"><font size="2">{line}</font></p>' for line in lines)
    return f'<td valign="top">{inner or "&nbsp;"}</td>'


def _row(cells: list[list[str]]) -> str:
    return "<tr>" + SPACER.join(_cell(c) for c in cells) + "</tr>\n"


HEADER = (_row([["Name"], ["Position"], ["Present Prin-<br>cipal Occu-"], ["Business"], ["Citizen-<br>ship"]])
          + _row([[], ["with Fernwick Tool Works, Inc."], ["pation"], ["Address"], []]))

PEOPLE = [
    [["Harriet Q. Plumley"], ["Director"], ["Partner, Osgood &amp; Vane LLP"], ["12 Tanner Row", "Akron, Ohio 44308"],
     ["United States"]],
    [["Tobias N. Wexford"], ["Chief Financial Officer"], [], ["40 Mill Street", "Dayton, Ohio 45402"],
     ["United States"]],
    [["Ingrid S. Falkvang"], ["Director"], ["Chair, Nordlys Shipping AS"], [], ["Norway"]],
]


def _document(header: str = HEADER, people=PEOPLE) -> str:
    rows = "".join(_row(p) + '<tr><td colspan="9"><font size="1">&nbsp;</font></td></tr>\n' for p in people)
    return ('<html><body><p align="center"><font size="2"><b>SCHEDULE A</b></font></p>'
            '<p align="center"><font size="2">DIRECTORS AND EXECUTIVE OFFICERS OF FERNWICK TOOL WORKS, INC.</font></p>\n'
            '<table width="100%"><tr><td><table width="100%">\n' + header + rows
            + "</table></td></tr></table></body></html>")


def _people(tmp_path, text: str):
    path = tmp_path / "schedule_a.htm"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_an_empty_cell_between_spacer_columns_leaves_the_others_in_their_columns(tmp_path):
    """Tobias's occupation cell is a '&nbsp;': before, his title, address and citizenship 'could stand in more
    than one of its empty columns' and were left out; now each stands under its own header cell."""
    tobias = _people(tmp_path, _document())["Tobias N. Wexford"]
    assert tobias.positions == ["Chief Financial Officer"] and tobias.other_positions == []
    assert tobias.address == "40 Mill Street, Dayton, Ohio 45402" and tobias.citizenship == "United States"


def test_a_header_over_two_rows_with_broken_words_names_its_columns(tmp_path):
    """'Present Prin-<br>cipal Occu-' over 'pation' is the occupation column, 'Citizen-<br>ship' the citizenship
    column: the occupation is an outside position, never a title in the organisation."""
    people = _people(tmp_path, _document())
    harriet = people["Harriet Q. Plumley"]
    assert harriet.positions == ["Director"] and harriet.other_positions == ["Partner, Osgood & Vane LLP"]
    assert harriet.address == "12 Tanner Row, Akron, Ohio 44308" and harriet.citizenship == "United States"


def test_an_empty_address_cell_gives_no_one_another_address(tmp_path):
    """Ingrid's address cell is empty: her citizenship stays hers, and no address is read for her."""
    ingrid = _people(tmp_path, _document())["Ingrid S. Falkvang"]
    assert ingrid.citizenship == "Norway" and ingrid.address is None
    assert ingrid.other_positions == ["Chair, Nordlys Shipping AS"] and ingrid.positions == ["Director"]


def test_a_word_broken_at_a_hyphen_is_one_word_and_a_real_hyphen_stays():
    assert joined_caption(["Present Prin- cipal Occu-", "pation"]) == "Present Principal Occupation"
    assert joined_caption(["Citizen- ship"]) == "Citizenship"
    assert joined_caption(["Non-U.S. Citizen"]) == "Non-U.S. Citizen"
