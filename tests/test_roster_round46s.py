"""Round 46s (issue 13): two gather56 families, precision.

(1) A fixed-width EDGAR table whose 'Present Principal Occupation and Business Address' column is typed with a
hanging indent throughout (each item's first line at the column's margin, its wraps set in two spaces), the
outside occupation first, then the address lines ('Head of Corporate and Regulatory' / '  Affairs, Deutsche Bank' /
'  Group-Americas' / '31 West 52nd Street' / 'New York, New York 10019'): the hanging items were taken only where every
item opened with a title, so a cell with its address under the occupation was read by the column's width and the
occupation's wrapped words ran into the address ('Affairs, Deutsche Bank Group-Americas, 31 West 52nd Street').
In a column typed so throughout, occupations that each open with a title and then a street line and lines that
open with no title are the occupations and the address (kg.forms.roster_hanging.titles_then_address).

(2) A title in capitals whose organisation wraps onto the next line ('DIRECTORS AND EXECUTIVE OFFICERS OF
SOUTHWESTERN ENERGY' / 'COMPANY'): the organisation was read 'Southwestern Energy', so 'Director of Southwestern
Energy Company' was an outside occupation. The wrapped line's words belong to the name where the preamble prints
the name with them in mixed case (kg.forms.roster_title_wrap).

(3) 'Director, Executive Officer, and Senior Vice President of X': with the board seat split off, the serial
comma's 'and' stayed on the last title ('Executive Officer, and Senior Vice President'). A comma's 'and' before the
last of two titles is dropped as it was before the last of three (kg.forms.roster_positions._comma_titles)."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.records import to_dict


def _people(tmp_path: Path, text: str, suffix: str = ".txt") -> dict[str, dict]:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text)
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


_EDGAR = """                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HALVERSTON ACQUISITION CORP.

Set forth below are the name, citizenship, position with Halverston Acquisition
Corp., present principal occupation and business address of each director and
executive officer of Halverston Acquisition Corp.

<TABLE>
NAME AND                        POSITION WITH                 PRESENT PRINCIPAL OCCUPATION
CITIZENSHIP                     HALVERSTON ACQUISITION CORP.  AND BUSINESS ADDRESS
--------------------            ------------------------      ----------------------------
<S>                             <C>                           <C>
Corvin J. Ashdale               Director                      Global Head of Fixed Income Sales
United States                   President                       and Trading, Marrowgate Bank
                                                              17 West 44th Street
                                                              New York, New York 10036

Petra L. Vondrakova             Director                      Head of Legal and Regulatory
United States                   Vice President                  Affairs, Marrowgate Bank
                                                                Group-Americas
                                                              17 West 44th Street
                                                              New York, New York 10036

Ansel Brightwater               Secretary                     Office of the Secretary, Marrowgate
United States                                                   Bank Group-Americas
                                                              90 Pearl Street
                                                              New York, New York 10004
{last}
</TABLE>
"""


def test_hanging_occupation_then_address_in_one_column(tmp_path):
    people = _people(tmp_path, _EDGAR.format(last=""))
    petra = people["Petra L. Vondrakova"]
    assert petra["other_positions"] == ["Head of Legal and Regulatory Affairs, Marrowgate Bank Group-Americas"]
    assert petra["address"] == "17 West 44th Street, New York, New York 10036"
    ansel = people["Ansel Brightwater"]
    assert ansel["other_positions"] == ["Office of the Secretary, Marrowgate Bank Group-Americas"]
    assert ansel["address"] == "90 Pearl Street, New York, New York 10004"


def test_guard_hanging_column_with_an_employer_line_stays_as_read(tmp_path):
    """An employer line at the margin before the address ('Marrowgate Museum of Art'): no street line right after the
    titles: the employer line opens the address, as it did before."""
    last = """
Mirela Oskarsdottir             Director                      Trustee and Chair of the Finance
Iceland                                                         Committee
                                                              Marrowgate Museum of Art
                                                              1 Harbour Row
                                                              New York, New York 10004
"""
    people = _people(tmp_path, _EDGAR.format(last=last))
    mirela = people["Mirela Oskarsdottir"]
    assert mirela["citizenship"] == "Iceland"
    assert mirela["positions"] == ["Director"]
    assert mirela["address"] == "Marrowgate Museum of Art, 1 Harbour Row, New York, New York 10004"


def test_hanging_occupation_then_employer_and_street_lines(tmp_path):
    """The employer's line at the margin between the occupation and the street line ('Senior Member of Oskar &' /
    '  Pell, a law firm in' / ... / 'Oskar & Pell' / '1 Harbour Row, Suite 400'): the employer's line opens the address
    (it was lost from it)."""
    last = """
Mirela Oskarsdottir             Director                      Senior Member of Oskar &
Iceland                                                         Pell, a law firm in
                                                                Boston, for over five
                                                                years
                                                              Oskar & Pell
                                                              1 Harbour Row, Suite 400
                                                              Boston, MA 02110
"""
    people = _people(tmp_path, _EDGAR.format(last=last))
    mirela = people["Mirela Oskarsdottir"]
    assert mirela["other_positions"] == ["Senior Member of Oskar & Pell, a law firm in Boston, for over five years"]
    assert mirela["address"] == "Oskar & Pell, 1 Harbour Row, Suite 400, Boston, MA 02110"


_PIPES = """                                  SCHEDULE A

DIRECTORS AND EXECUTIVE OFFICERS OF NORTHBRIDGE PRAIRIE ENERGY
{wrapped}

The name, position with {org}, present principal
occupation or employment, business address and citizenship of each director
and executive officer of {org} are set forth below.

|Executive
|Name
|Director
|Officer
|Present Principal Occupation or Employment
|Business Address
|Citizenship
|
Halvard T. Quenneby
|Yes
|No
|Director of {org}
|400 Prairie Road, Tulsa, Oklahoma 74103
|United States of America
|
Ottilie Varga
|Yes
|Yes
|Director, Executive Officer, and Senior Vice President of {org}
|400 Prairie Road, Tulsa, Oklahoma 74103
|United States of America
|
"""


def test_title_wrapped_onto_next_line_names_the_whole_organisation(tmp_path):
    org = "Northbridge Prairie Energy Company"
    people = _people(tmp_path, _PIPES.format(wrapped="COMPANY", org=org))
    halvard = people["Halvard T. Quenneby"]
    assert halvard["organization"] == org
    assert halvard["positions"] == ["Director"]
    assert not halvard.get("other_positions")


def test_serial_comma_and_after_the_board_seat(tmp_path):
    org = "Northbridge Prairie Energy Company"
    people = _people(tmp_path, _PIPES.format(wrapped="COMPANY", org=org))
    assert people["Ottilie Varga"]["positions"] == ["Director", "Executive Officer", "Senior Vice President"]


def test_guard_title_on_one_line(tmp_path):
    """The title's organisation whole on its line, a blank line under it: read as before."""
    org = "Northbridge Prairie Energy"
    people = _people(tmp_path, _PIPES.format(wrapped="", org=org))
    assert people["Halvard T. Quenneby"]["organization"] == org
    assert people["Halvard T. Quenneby"]["positions"] == ["Director"]


def test_rule_line_under_each_saved_row(tmp_path):
    """(4) A line of underscores under each row of '|' cells (a ruled table saved as text): it ran into the next
    row's unpiped name line ('____ John D. Gass'), and every row after the first was lost. A rule line is layout."""
    org = "Northbridge Prairie Energy"
    ruled = _PIPES.format(wrapped="", org=org).replace("|\nOttilie", "|\n" + "_" * 60 + "\nOttilie") + "_" * 60 + "\n"
    people = _people(tmp_path, ruled)
    assert set(people) == {"Halvard T. Quenneby", "Ottilie Varga"}
    assert people["Ottilie Varga"]["address"] == "400 Prairie Road, Tulsa, Oklahoma 74103"
    assert people["Ottilie Varga"]["citizenship"] == "United States of America"
