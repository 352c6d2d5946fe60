"""Thirty-fourth round (b), issue 13: the mutation bench's page breaks, indented pages, rewrapped lines and cells
shifted a line below their name in fixed-width rosters (benchmarks/bench_roster_mutations.py). A page break inside
a section, or a section heading, shows nothing of how a table's entries are set apart; a running header
('Schedule B (continued)') marks a page break as a form feed does (the lone page number beside it is no row);
lines after a page break that stand before the next table's header may be the broken entry's (its default address
and citizenship are refused); lines set in under the names are found page by page (an indented page); a row opening
with a name right under an entry, where the entries are set apart or the entry above filled its name only, may be
a line of that entry (its defaults are refused). Texts of our own making, and one development roster mutated
(Power Corporation's, tests/data/relayout/people_dev.json). Each test failed on main 020537d and passes here,
except the guards, which pass on both."""
from __future__ import annotations

import kg


def _read(tmp_path, text: str):
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


POWER_PAGE = """\
<PAGE>

                                   SCHEDULE B

        DIRECTORS AND EXECUTIVE OFFICERS OF POWER CORPORATION OF CANADA

The names of the directors and the names and positions of the executive
officers of Power Corporation of Canada (the "Company") are set forth below. If
no business address is given, the business address of the director or executive
officer is 751 Victoria Square, Montreal QC H2Y 2J3. Unless otherwise
indicated, each position set forth opposite a name refers to the Company and
each individual is a citizen of Canada, except Laurent Dassault, who is a
citizen of France.

             DIRECTORS                      POSITION

      Laurent Dassault                      Director
        Dassault Investissements
        9, Rond-Point des Champs-Elysees
        75008 Paris, France

                                                  4

SCHEDULE I (CONTINUED)

      Andre Desmarais                       Director

             OFFICERS                       POSITION

      Andre Desmarais                       President and Co-Chief Executive Officer
      Daniel Friedberg                      Vice-President

"""


def test_a_page_break_between_directors_puts_no_title_on_the_officer_above(tmp_path):
    """Fails on main: the page break's blank lines read as entries set apart, so 'Daniel Friedberg  Vice-President'
    was a wrapped line of Andre Desmarais's officer entry ('Vice-President' his, Daniel Friedberg not listed)."""
    people = _read(tmp_path, POWER_PAGE)
    assert people["Andre Desmarais"].positions == ["Director", "President and Co-Chief Executive Officer"]
    assert people["Daniel Friedberg"].positions == ["Vice-President"]


PAGE_NUMBER = """\
<PAGE>

                                   SCHEDULE B

        DIRECTORS AND EXECUTIVE OFFICERS OF NORTHGATE HOLDINGS LTD.

The names of the directors and the names and positions of the executive
officers of Northgate Holdings Ltd. (the "Company") are set forth below. If
no business address is given, the business address of the director or executive
officer is 200 Bay Street, Toronto ON M5J 2J2. Unless otherwise
indicated, each individual is a citizen of Canada.

             DIRECTORS                      POSITION

      Marcel Lavoie                         Director
        Lavoie Conseil S.A.
        12, rue de Rivoli
        75004 Paris, France

                                                  4

SCHEDULE B (CONTINUED)

      Helene Tremblay                       Director

             OFFICERS                       POSITION

      Helene Tremblay                       President and Chief Executive Officer
      Gordon Fraser                         Vice-President
"""


def test_a_page_number_over_a_running_header_is_no_row(tmp_path):
    """Fails on main: the lone '4' over 'SCHEDULE B (CONTINUED)' stood in the name column, so the rows were read
    as centred blocks: 'Marcel Lavoie Lavoie Conseil S.a.' and 'Helene Tremblay Gordon Fraser' were listed."""
    people = _read(tmp_path, PAGE_NUMBER)
    assert set(people) == {"Marcel Lavoie", "Helene Tremblay", "Gordon Fraser"}
    assert people["Gordon Fraser"].positions == ["Vice-President"]
    assert people["Marcel Lavoie"].address_city == "Paris"


PAGE_LEADS = """\
                                   SCHEDULE B

            DIRECTORS AND EXECUTIVE OFFICERS OF PRAIRIE MILLS, INC.

The names of the directors and the names and positions of the executive
officers of Prairie Mills, Inc. (the "Company") are set forth below. If no
business address is given, the business address of the director or executive
officer is One Prairie Plaza, Wichita, KS 67202. Unless otherwise indicated,
each individual is a citizen of the United States.

             DIRECTORS                      POSITION

      Ruth A. Kellner                       Director
        Kellner Advisors LLC
        500 Main Street
        Dallas, TX 75201
      Victor M. Salas                       Director

<PAGE>

                                      -3-

        Wichita State University
        1845 Fairmount Street
        Wichita, KS 67260

             OFFICERS                       POSITION

      Dale P. Ostrow                        Chief Executive Officer
      Marion T. Wirth                       Chief Financial Officer
"""


def test_lines_after_a_page_break_before_the_next_header_refuse_the_default(tmp_path):
    """Fails on main: the university's address after the page break was read as the officers' heading and
    dropped, and Victor M. Salas got the preamble's Wichita address and citizenship."""
    people = _read(tmp_path, PAGE_LEADS)
    assert people["Victor M. Salas"].address is None
    assert people["Victor M. Salas"].citizenship is None


def test_the_default_still_fills_the_entries_of_the_next_table(tmp_path):
    """Guard (passes on main too): the officers under the header keep the preamble's defaults."""
    people = _read(tmp_path, PAGE_LEADS)
    assert people["Dale P. Ostrow"].address_city == "Wichita"
    assert people["Ruth A. Kellner"].address_city == "Dallas"


INDENT_PAGE = """\
                                   SCHEDULE II

       DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR TRUST COMPANY

The names of the directors and the names and positions of the executive
officers of Harbor Trust Company (the "Company") are set forth below. If no
business address is given, the business address of the director or executive
officer is Harbor Trust Company, 824 Market Street, Wilmington, DE 19801.
Unless otherwise indicated, each individual is a citizen of the United States.

             DIRECTORS                      POSITION

      Alan Whitcombe                        Director
        Whitcombe Advisory Services
        40 Wall Street
        New York, NY 10005
      Brenda Okafor                         Director
      Carla Mendes                          Director
      Dennis Fairley                        Director
        Whitcombe Advisory Services
             40 Wall Street
             New York, NY 10005

                  OFFICERS                       POSITION

           Brenda Okafor                         President
           Carla Mendes                          Senior Vice President
"""


def test_an_indented_page_keeps_the_lines_set_in_under_the_name(tmp_path):
    """Fails on main: the officers printed five places further in, the names' offsets differed, no line was
    known set in, and 'Whitcombe Advisory Services' under Dennis Fairley opened an entry of its own (refused):
    Dennis Fairley got the preamble's Wilmington address."""
    people = _read(tmp_path, INDENT_PAGE)
    assert people["Dennis Fairley"].address_city == "New York"
    assert people["Alan Whitcombe"].address_city == "New York"
    assert set(people) == {"Alan Whitcombe", "Brenda Okafor", "Carla Mendes", "Dennis Fairley"}


REWRAP = """\
                                                                     SCHEDULE II

    DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR TRUST COMPANY

Set forth below are the name and present principal occupation or employment of
each director and executive officer of Harbor Trust Company. Unless otherwise
noted, the business address of each such person is Harbor Trust Company, 824
Market Street, Wilmington, DE 19801. Each person listed below is a citizen of
the United States.

                                        DIRECTORS

<TABLE>
<CAPTION>
Name and Business Address                 Present Principal Occupation or Employment
-------------------------                 ------------------------------------------
<S>                                       <C>
----------------------------------------------------------------------------------------------------------
WHITCOMBE, Alan                           Director, Harbor Trust Company
Marlow Advisory Group                     Managing Director, Head of Fiduciary Services, Marlow
40 Wall Street                            Advisory Group
New York, NY 10005
----------------------------------------------------------------------------------------------------------
OKAFOR, Brenda                            Director, Harbor Trust Company
                                          President, Harbor Trust Company
----------------------------------------------------------------------------------------------------------
MENDES, Carla                             Director, Harbor Trust Company
                                          Senior Vice President, Harbor Trust Company
----------------------------------------------------------------------------------------------------------
FAIRLEY, Dennis                           Director, Harbor Trust Company
Marlow Advisory Group                     Managing Director, National Director, Marlow Advisory
40 Wall Street                            Group
New York, NY 10005
</TABLE>
"""


def test_a_name_like_line_under_an_entry_set_apart_by_rules_refuses_the_default(tmp_path):
    """Fails on main: 'Marlow Advisory Group' (a name to kg) under WHITCOMBE, Alan, its occupation not read as
    wrapped, opened an entry (then refused): Alan Whitcombe got the preamble's Wilmington address."""
    people = _read(tmp_path, REWRAP)
    assert people["Alan Whitcombe"].address is None
    assert people["Dennis Fairley"].address is None
    assert people["Brenda Okafor"].address_city == "Wilmington"  # (guard: an entry with no such line)


SHIFTED = """\
                                                                     SCHEDULE II

    DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR TRUST COMPANY

Set forth below are the name and present principal occupation or employment of
each director and executive officer of Harbor Trust Company. Unless otherwise
noted, the business address of each such person is Harbor Trust Company, 824
Market Street, Wilmington, DE 19801. Each person listed below is a citizen of
the United States.

                                        DIRECTORS

<TABLE>
<CAPTION>
Name and Business Address                 Present Principal Occupation or Employment
-------------------------                 ------------------------------------------
<S>                                       <C>

Alan Whitcombe
Marlow Advisory Group                      Director, Harbor Trust Company
40 Wall Street                            Managing Director, Marlow Advisory Group
New York, NY 10005

Brenda Okafor
                                          Director, Harbor Trust Company
                                          President, Harbor Trust Company

Carla Mendes
                                          Director, Harbor Trust Company
                                          Senior Vice President, Harbor Trust Company

Dennis Fairley
Marlow Advisory Group                     Director, Harbor Trust Company
40 Wall Street                            Managing Director, Marlow Advisory Group
New York, NY 10005
</TABLE>
"""


def test_cells_a_line_below_a_lone_name_refuse_the_default(tmp_path):
    """Fails on main: 'Marlow Advisory Group   Director, ...' under 'Dennis Fairley' alone on his line opened an
    entry (then refused): Dennis Fairley got the preamble's Wilmington address."""
    people = _read(tmp_path, SHIFTED)
    assert people["Dennis Fairley"].address is None
    assert people["Alan Whitcombe"].address is None
    assert people["Carla Mendes"].positions == ["Director", "Senior Vice President"]  # (guard)
