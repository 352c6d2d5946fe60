"""Forty-third round (c), issue 13: rows of a fixed-width table shifted right of the header's columns.

After the mutation bench (indent_page x employer_tables_by_section): a later page of the table printed with another
margin, every line from a row on set in by six spaces while the header and the first rows are not. Read against the
unshifted header, the shifted row's employer 'Maple Corporation of' ran across the address column's start and was cut
there: 'of' went to the address ('of Contigroup Companies Inc., ...'), the employer lost its 'of Canada', and the
wrapped 'Canada' stood as the row's citizenship against the preamble's named exception. Such rows are now read
against the columns moved by the shift their cells show (kg/forms/roster_shifted.py, used by kg/forms/roster_grid.py).

A text of our own making. The test marked "fails on main" failed on main 449ab2a and passes here; the guards pass
on both."""
from __future__ import annotations

import kg

_HEAD = """                                                                    EXHIBIT 99.2

          IDENTITY AND BACKGROUND OF THE DIRECTORS AND OFFICERS OF MCC

To the knowledge of the Reporting Persons, the following represents the names,
present principal occupations or employment, and the names and addresses of the
employers, of the directors and executive officers of Maple Corporation of
Canada ("MCC"). Each of the persons listed below is a citizen of Canada, other
than Olivier Marchand, who is a citizen of France and Frank Whitney, who is a
citizen of the United States.

MCC's Directors

                            Present Principal
        Name            Occupation or Employment      Name of Employer         Address of Employer
---------------------   -------------------------   ---------------------   -------------------------
1. Henri Lachance       Director                    Maple Corporation of    Lachance Aerospace,
                                                    Canada                  400, chemin de la
                        President and Chief                                 Cote-Vertu ouest, Dorval
                         Operating Officer                                  H4S 1Y9

2. Olivier Marchand     Director                    Maple Corporation of    Marchand Investissements,
                                                    Canada                  9, Rond-Point des
                        Managing Director,                                  Champs-Elysees, 75008
                         Marchand Investissements                           Paris, France

"""
_PAGE = """3. Frank Whitney        Director                    Maple Corporation of    Contigroup Companies
                                                    Canada                  Inc., 277 Park Avenue,
                        Chairman, President and                             50th Floor, New York,
                         CEO                                                N.Y. 10172

MCC's Executive Officers

                            Present Principal
        Name            Occupation or Employment      Name of Employer         Address of Employer
---------------------   -------------------------   ---------------------   -------------------------
4. Robert Gauthier      Executive Officer           Maple Corporation of    Maple Corporation of
                                                    Canada                  Canada, 751 Victoria
                        Vice-President                                      Square, Montreal QC H2Y
                                                                            2J3
"""


def _shifted(page: str, pad: int) -> str:
    return "\n".join(" " * pad + line if line.strip() else line for line in page.split("\n"))


def _people(tmp_path, text: str) -> dict:
    path = tmp_path / "annex.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_rows_shifted_right_of_the_header_read_against_the_shifted_columns(tmp_path):
    """Fails on main (Frank Whitney's address 'of Contigroup Companies Inc., ...', his citizenship refused)."""
    people = _people(tmp_path, _HEAD + _shifted(_PAGE, 6))
    whitney = people["Frank Whitney"]
    assert whitney.address.startswith("Contigroup Companies Inc.")
    assert whitney.citizenship == "United States"
    assert people["Robert Gauthier"].address.startswith("Maple Corporation of Canada, 751 Victoria")


def test_the_unshifted_table_and_a_shift_that_cuts_nothing_read_as_before(tmp_path):
    """Guard (passes on both): the same table unshifted, and shifted by two spaces (no cell crosses a column start),
    read the same values for the rows of the second page."""
    for pad in (0, 2):
        people = _people(tmp_path, _HEAD + _shifted(_PAGE, pad))
        assert people["Frank Whitney"].address.startswith("Contigroup Companies Inc."), pad
        assert people["Frank Whitney"].citizenship == "United States", pad
        assert people["Henri Lachance"].address.startswith("Lachance Aerospace"), pad
        assert people["Robert Gauthier"].citizenship == "Canada", pad


_HANGING = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE INDUSTRIES, INC.

     The name, position with Northgate Industries, Inc. (the "Company"), present principal occupation (where
other than with the Company), business address and citizenship of each director and executive officer of the
Company are set forth below.

<TABLE>
<CAPTION>
                    Position
                    with
                    the      Present Principal                  Business
Name                Company  Occupation                         Address                    Citizenship
------------------- -------- ---------------------------------- -------------------------- -------------
</CAPTION>
<S>                 <C>      <C>                                <C>                        <C>

Harold P. Wexley    Director Retired Vice Chairman, Fairbank    c/o 12 Mill Street         United States
                              and Trust Company                 Albany, New York 12207

Simon R. Aldgate    Director Professor of Economics, Oakmont    Institute for Regional     United States
                              University                         Economic Studies, Inc.
                             President and CEO, Regional Bureau 1050 Commonwealth Avenue
                              of Economic Studies               Boston, Massachusetts
                                                                 02215

Clara N. Whitby     Director President, Museum of Coastal       Museum of Coastal Natural  United States
                              Natural History                    History
                                                                Harbor Road at 9th Street
                                                                Newport, Rhode Island 02840
</TABLE>
"""


def test_a_hanging_indent_in_every_column_is_no_shifted_page(tmp_path):
    """Guard (passes on both): cells wrapped one space in under every column ('University' / 'Economic Research,
    Inc.') are no page set in; the single-space gutter the next line crosses ('Regional Bureau 1050 Commonwealth') is
    still cut at the header's column start."""
    aldgate = _people(tmp_path, _HANGING)["Simon R. Aldgate"]
    assert "1050 Commonwealth Avenue" in aldgate.address
    assert any(o.startswith("President and CEO, Regional Bureau") for o in aldgate.other_positions)


_GLUED = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF SILVERPEAK HOLDINGS, INC.

     The name, position with Silverpeak Holdings, Inc. (the "Company"),
present principal occupation (where other than with the Company), business
address and citizenship of each director and executive officer of the Company
are set forth below.

<TABLE>
<CAPTION>
                    Position with   Present Principal                Business
Name                the Company     Occupation                       Address                  Citizenship
------------------- --------------- -------------------------------- ------------------------ -------------
</CAPTION>
<S>                 <C>             <C>                              <C>                      <C>

Walter B. Ainsley   Director        Chief Executive Officer and Vice c/o Silverpeak Holdings, United States
                                     Chairman of the Board of Ruby    Inc.
                                     Corporation                     90 West Canyon Road
                                                                     Reno, Nevada 89501

Patricia M. Odegard Chief Financial                                  c/o Silverpeak Holdings, United States
                     Officer                                          Inc.
                    Vice President                                   90 West Canyon Road
                    Secretary                                        Reno, Nevada 89501
</TABLE>
"""


def _set_in(text: str, first: str, pad: int) -> str:
    at = text.index(first)
    return text[:at] + _shifted(text[at:], pad)


def test_a_name_glued_to_its_title_on_a_page_set_in_is_cut_at_the_moved_start(tmp_path):
    """Fails on main (the set-in 'Patricia M. Odegard Chief Financial' is no name against the header's columns: her
    titles 'Vice President' and 'Secretary' went to Walter B. Ainsley). Guard: unshifted, the same people."""
    for pad in (0, 8):
        people = _people(tmp_path, _set_in(_GLUED, "Patricia M. Odegard", pad))
        assert set(people) == {"Walter B. Ainsley", "Patricia M. Odegard"}, pad
        assert people["Walter B. Ainsley"].positions == ["Director"], pad
        assert "Vice President" in people["Patricia M. Odegard"].positions, pad
