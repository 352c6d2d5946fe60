"""Thirty-seventh round (g), issue 13: acronym legends under a table, and caption tables apart from their rows.

1. An EDGAR table whose Title column prints each title as an acronym ('D', 'EVP', 'CEO'), spelt out in a legend
   UNDER the table - a list ('     EVP     Executive Vice President' under a line ending in ':') or one paragraph
   ('... are: D = Director; EVP = Executive Vice President.'). On main the legend was read as the last row's text
   (its titles given to the last person) and the acronyms were kept as titles or refused. Now the legend ends the
   table and its acronyms decode the title column; an acronym the legend does not give is refused
   (kg/forms/roster_acronyms.py, kg/forms/roster_legend.expand, kg/forms/annex.py).
2. The column captions an HTML <table> of their own (one row), the people a second table whose rows hold an empty
   spacer cell between every two values: the rows' grid columns (0, 2, 4, ...) stood under no caption. Where every
   printed cell of the rows' table is in an even column and either a row fills each value column or the caption
   table is as wide as the rows' values, the columns are halved to the captions' (kg/forms/roster_gridcols.py).

Texts of our own making. Each test marked "fails on main" failed on main 7498b25 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg

_HEAD = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOUR MUTUAL HOLDINGS, INC.

Set forth below are the name, title with Harbour Mutual Holdings, Inc. (the
"Company"), present principal occupation and business address of each director
and executive officer of the Company. Abbreviations used in the table are
explained below the table.


Name                        Title         Present Principal Occupation  Business Address
----                        -----         ----------------------------  ----------------
Miriam T. Cole              D, CEO                                      12 Harbour Street
                                                                        Boston, MA 02110

Walter R. Dunn              EVP           Partner, Dunn & Reed LLP      40 Pier Road
                                                                        Salem, MA 01970

Anna K. Lowe                {third}                                      12 Harbour Street
                                                                        Boston, MA 02110

"""
_LIST = """
Abbreviations used in the column "Title":

     CEO     Chief Executive Officer
     D       Director
     EVP     Executive Vice President
"""
_RUN_ON = """
The abbreviations used in the column "Title" are: CEO = Chief Executive
Officer; D = Director; EVP = Executive Vice President.
"""


def _read(tmp_path, text: str, name: str = "annex.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_acronyms_spelt_out_in_a_list_under_the_table(tmp_path):
    """Fails on main: 'D, CEO' and 'EVP' were kept as printed (or refused)."""
    people = _read(tmp_path, _HEAD.format(third="D ") + _LIST)
    assert people["Miriam T. Cole"].positions == ["Director", "Chief Executive Officer"]
    assert people["Walter R. Dunn"].positions == ["Executive Vice President"]
    assert people["Anna K. Lowe"].positions == ["Director"]


def test_acronyms_spelt_out_in_a_paragraph_under_the_table(tmp_path):
    """Fails on main: the legend paragraph was read into the last row (its text a title of Anna K. Lowe's)."""
    people = _read(tmp_path, _HEAD.format(third="D ") + _RUN_ON)
    assert people["Anna K. Lowe"].positions == ["Director"]
    assert people["Walter R. Dunn"].positions == ["Executive Vice President"]
    assert not any("abbreviation" in value.lower() for p in people.values() for value in p.positions + p.other_positions)


def test_acronym_the_legend_does_not_give_is_refused(tmp_path):
    """Fails on main ('EVP' kept as printed); precision: 'VP' is in no legend line, so no title is read for it."""
    people = _read(tmp_path, _HEAD.format(third="VP") + _LIST)
    assert people["Anna K. Lowe"].positions == []
    assert people["Walter R. Dunn"].positions == ["Executive Vice President"]


_CAPTION = ("<table width=\"100%\"><tr>{first}<td width=\"24%\"><b><u>Name</u></b></td><td width=\"20%\"><b><u>Position "
            "with Harbour Mutual</u></b></td><td width=\"22%\"><b><u>Present Principal Occupation</u></b></td><td width="
            "\"22%\"><b><u>Business Address</u></b></td><td width=\"12%\"><b><u>Citizenship</u></b></td></tr></table>")
_SPACER = "<td width=\"2%\">&nbsp;</td>"


def _rows(numbered: bool, rows: list[list[str]]) -> str:
    cells = [([f"{i + 1}."] if numbered else []) + row for i, row in enumerate(rows)]
    return "<table width=\"100%\">" + "".join(
        "<tr>" + _SPACER.join(f"<td valign=\"top\">{c or '&nbsp;'}</td>" for c in row) + "</tr>" for row in cells) + "</table>"


def _html(numbered: bool, rows: list[list[str]]) -> str:
    return ("<html><body><p align=\"center\"><b>SCHEDULE A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE OFFICERS"
            " OF HARBOUR MUTUAL</b></p><p>The name, position with Harbour Mutual, present principal occupation, business "
            "address and citizenship of each director and executive officer of Harbour Mutual are set forth below.</p>"
            + _CAPTION.format(first="<td width=\"4%\">&nbsp;</td>" if numbered else "") + _rows(numbered, rows)
            + "</body></html>")


_PEOPLE = [["Miriam T. Cole", "Director", "", "12 Harbour Street<br>Boston, MA 02110", "United States"],
           ["Walter R. Dunn", "Treasurer", "", "40 Pier Road<br>Salem, MA 01970", "Canada"]]


def test_numbered_rows_with_spacer_cells_under_a_caption_table(tmp_path):
    """Fails on main: no person was read (the rows' number and value cells stood in no caption's column)."""
    people = _read(tmp_path, _html(True, _PEOPLE), "annex.htm")
    assert people["Miriam T. Cole"].positions == ["Director"]
    assert people["Walter R. Dunn"].positions == ["Treasurer"]
    assert people["Walter R. Dunn"].citizenship == "Canada"
    assert people["Walter R. Dunn"].other_positions == []


def test_rows_with_spacer_cells_keep_each_value_under_its_caption(tmp_path):
    """Guard: unnumbered rows, one with an outside occupation, one without: each value under its caption."""
    rows = [_PEOPLE[0][:2] + ["Partner, Cole & Reed LLP"] + _PEOPLE[0][3:], _PEOPLE[1]]
    people = _read(tmp_path, _html(False, rows), "annex.htm")
    assert people["Miriam T. Cole"].other_positions == ["Partner, Cole & Reed LLP"]
    assert people["Walter R. Dunn"].other_positions == []
    assert people["Walter R. Dunn"].positions == ["Treasurer"]
