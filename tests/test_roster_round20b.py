"""Twentieth round (b) (issue 13): a word processor's table saved as text (one TAB between two cells, nothing
aligned, an empty cell two tabs, a wrapped cell going on after as many tabs as cells before it) and entries grouped
under sub-headings that give the business address once ('Persons whose business address is X:'). Texts of our own
making (people and organisations invented here). kg/forms/roster_tabcells.py lays a tab-separated table out cell
by cell; kg/forms/roster_addrgroups.py gives each group's address to the entries under its sub-heading."""
from __future__ import annotations

import kg
from kg.context import Context
from kg.forms import roster_types as rt
from kg.forms.roster_name_guard import unlisted
from kg.forms.roster_tabcells import cell_columns
from kg.records import Person

ORG = "Harrow & Pell Industries, Inc."
HEAD = f"""                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF {ORG.upper()}

The name, position, present principal occupation, business address and citizenship of each director and
executive officer of {ORG} are set forth below.

"""


def _people(tmp_path, text: str, name: str = "schedule_i.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


TAB_ROWS = [
    "Name\tPosition with Harrow & Pell Industries, Inc.\tPresent Principal Occupation\tBusiness Address\tCitizenship",
    "",
    "Oswin T. Marlowe\tDirector\tManaging Partner, Fenwick\tFenwick Crane LLP\tUnited States",
    "\t\tCrane LLP\t18 Quarry Lane",
    "\t\t\tHartford, Connecticut 06103",
    "",
    "Beatrix L. Ashdown\tChief Financial Officer\t\t400 Tillman Road\tUnited Kingdom",
    "\t\t\tSpringfield, Illinois 62701",
    "",
    "Cornelius Vantreight\tDirector; President\t\t400 Tillman Road\tCanada",
    "\t\t\tSpringfield, Illinois 62701",
    "",
]


def test_tab_separated_cells_are_read_by_tab_count_not_by_tab_stops(tmp_path):
    """Before, tabs were expanded to tab stops: nothing lined up and no roster was found in such a table (or a
    name ran into its titles: 'Cornelius Vantreight Director; President'). Now each cell stands in its column,
    a wrapped value under its own cell, an empty cell (two tabs) empty."""
    people = _people(tmp_path, HEAD + "\n".join(TAB_ROWS) + "\n")
    assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius Vantreight", "Oswin T. Marlowe"]
    oswin, beatrix, cornelius = people["Oswin T. Marlowe"], people["Beatrix L. Ashdown"], people["Cornelius Vantreight"]
    assert oswin.positions == ["Director"] and oswin.other_positions == ["Managing Partner, Fenwick Crane LLP"]
    assert oswin.address == "Fenwick Crane LLP, 18 Quarry Lane, Hartford, Connecticut 06103"
    assert beatrix.positions == ["Chief Financial Officer"] and beatrix.other_positions == []
    assert beatrix.address == "400 Tillman Road, Springfield, Illinois 62701" and beatrix.citizenship == "United Kingdom"
    assert cornelius.positions == ["Director", "President"] and cornelius.citizenship == "Canada"


def test_rows_without_blank_lines_and_numbered_rows(tmp_path):
    """Without blank lines only the tab count tells a new row (a filled first cell) from a wrapped line; a row
    number in a first cell of its own ('1.<TAB>Name', under an empty caption) is no part of the name."""
    rows = [line for line in TAB_ROWS if line]
    numbered = ["\t" + rows[0]] + [f"{n}.\t{line}" if not line.startswith("\t") else "\t" + line
                                   for n, line in zip([1, 0, 0, 2, 0, 3, 0], rows[1:])]
    for text in (rows, numbered):
        people = _people(tmp_path, HEAD + "\n".join(text) + "\n")
        assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius Vantreight", "Oswin T. Marlowe"]
        assert people["Oswin T. Marlowe"].address == "Fenwick Crane LLP, 18 Quarry Lane, Hartford, Connecticut 06103"
        assert people["Beatrix L. Ashdown"].citizenship == "United Kingdom"


def test_tabs_as_tab_stops_are_not_cells():
    """A table a typist lined up with tabs (two tabs where a caption is short) has no header of single tabs, and
    one whose rows line up at the tab stops reads as displayed: neither is laid out cell by cell."""
    typed = ["Name\t\t\tPosition\t\tCitizenship", "Ann Bell\t\t\tDirector\t\tCanada", "Tom Ray\t\t\tDirector\t\tPeru"]
    aligned = ["Name\tTitle\tCountry", "A. Bell\tCEO\tCanada", "T. Ray\tCFO\tPeru"]
    assert cell_columns(typed) == {} and cell_columns(aligned) == {}
    assert set(cell_columns([line for line in TAB_ROWS if line])) == set(range(8))


def test_a_position_caption_names_the_organisation():
    assert rt.is_header("Position with Harrow & Pell Industries, Inc.")
    assert rt.is_header("Title with Canopy") and rt.is_header("Position with Novo Holdings A/S")
    assert not rt.is_header("Head of Title at Fenwick Crane LLP") and not rt.is_header("Director of Canopy")


GROUPED = HEAD + """Name                            Position and Present                Citizenship
                                Principal Occupation
----------------------------    ----------------------------------  -----------

Persons whose business address is 400 Tillman Road, Springfield, Illinois
62701:

Beatrix L. Ashdown              Chief Financial Officer of Harrow   United Kingdom
                                & Pell Industries, Inc.

Cornelius Vantreight            Director of Harrow & Pell           Canada
                                Industries, Inc.; President of
                                Harrow & Pell Industries, Inc.


The business address of each of the following persons is Fenwick Crane LLP,
18 Quarry Lane, Hartford, Connecticut 06103:

Oswin T. Marlowe                Director of Harrow & Pell           United States
                                Industries, Inc.; Managing Partner
"""


def test_each_group_takes_the_address_of_its_sub_heading(tmp_path):
    """Before, the sub-headings were lines of no entry (or address lines of the entry above) and no address was
    read; now the entries under each take its address, up to the next sub-heading."""
    other = GROUPED.replace("The business address of each of the following persons is Fenwick Crane LLP,\n",
                            "EACH OF THE FOLLOWING PERSONS HAS A BUSINESS ADDRESS AT Fenwick Crane LLP,\n")
    for text in (GROUPED, other):
        people = _people(tmp_path, text)
        assert sorted(people) == ["Beatrix L. Ashdown", "Cornelius Vantreight", "Oswin T. Marlowe"]
        for name in ("Beatrix L. Ashdown", "Cornelius Vantreight"):
            assert people[name].address == "400 Tillman Road, Springfield, Illinois 62701"
            assert people[name].address_city == "Springfield"
        assert people["Oswin T. Marlowe"].address == "Fenwick Crane LLP, 18 Quarry Lane, Hartford, Connecticut 06103"
        assert people["Cornelius Vantreight"].positions == ["Director", "President"]


def test_a_title_without_of_the_company_in_a_cell_that_says_it_is_held_elsewhere(tmp_path):
    """'Director of Harrow & Pell Industries, Inc.; Managing Partner': the cell says 'of X' where X is meant, so
    'Managing Partner' (an officer's words, no organisation named) is held elsewhere; before, it was taken for a
    title in the listed organisation, where another entry could hold it."""
    oswin = _people(tmp_path, GROUPED)["Oswin T. Marlowe"]
    assert oswin.positions == ["Director"] and oswin.other_positions == ["Managing Partner"]


def test_a_printed_address_stands_under_a_sub_heading(tmp_path):
    """The sub-heading's address is the default of the entries under it: an entry that prints its own address
    keeps it, and an entry above the first sub-heading takes none."""
    text = HEAD + """Name                     Position                  Business Address               Citizenship
-----------------------  ------------------------  -----------------------------  -------------

Ulla Brandvik            Director                                                 Norway

Persons whose business address is 400 Tillman Road, Springfield, Illinois 62701:

Beatrix L. Ashdown       Chief Financial Officer                                  United Kingdom

Cornelius Vantreight     President                 77 Wharf Street                Canada
                                                   Halifax, Nova Scotia B3J 1A1
"""
    people = _people(tmp_path, text)
    assert people["Beatrix L. Ashdown"].address == "400 Tillman Road, Springfield, Illinois 62701"
    assert people["Cornelius Vantreight"].address == "77 Wharf Street, Halifax, Nova Scotia B3J 1A1"
    assert people["Ulla Brandvik"].address is None


def test_a_sub_heading_outranks_the_preamble_default(tmp_path):
    """The preamble's address for every entry gives way, under a sub-heading, to the sub-heading's, which names
    this group; above the first sub-heading it stands."""
    text = GROUPED.replace("are set forth below.", "are set forth below. Unless otherwise indicated, the business "
                           "address of each person is 9 Elm Court, Dover, Delaware 19901.")
    text = text.replace("\nPersons whose business address is", """
Ulla Brandvik                   Director of Harrow & Pell           Norway
                                Industries, Inc.

Persons whose business address is""")
    people = _people(tmp_path, text)
    assert people["Ulla Brandvik"].address == "9 Elm Court, Dover, Delaware 19901"
    assert people["Beatrix L. Ashdown"].address == "400 Tillman Road, Springfield, Illinois 62701"
    assert people["Oswin T. Marlowe"].address == "Fenwick Crane LLP, 18 Quarry Lane, Hartford, Connecticut 06103"


def test_sub_headings_in_an_html_table(tmp_path):
    """A sub-heading printed as a row of one cell across the table: the same groups."""
    row = "<tr><td>{}</td><td>{}</td><td>{}</td></tr>"
    heading = '<tr><td colspan="3">{}</td></tr>'
    text = ('<html><body><p align="center"><b>SCHEDULE I</b></p><p align="center">DIRECTORS AND EXECUTIVE OFFICERS OF '
            'HARROW &amp; PELL INDUSTRIES, INC.</p><table>'
            + row.format("Name", "Position with Harrow &amp; Pell Industries, Inc.", "Citizenship")
            + heading.format("Persons whose business address is 400 Tillman Road, Springfield, Illinois 62701:")
            + row.format("Beatrix L. Ashdown", "Chief Financial Officer", "United Kingdom")
            + row.format("Cornelius Vantreight", "President", "Canada")
            + heading.format("The business address of each of the following persons is Fenwick Crane LLP, 18 Quarry "
                             "Lane, Hartford, Connecticut 06103:")
            + row.format("Oswin T. Marlowe", "Director", "United States") + "</table></body></html>")
    people = _people(tmp_path, text, "schedule_i.htm")
    assert people["Beatrix L. Ashdown"].address == people["Cornelius Vantreight"].address \
        == "400 Tillman Road, Springfield, Illinois 62701"
    assert people["Oswin T. Marlowe"].address == "Fenwick Crane LLP, 18 Quarry Lane, Hartford, Connecticut 06103"
    assert people["Cornelius Vantreight"].positions == ["President"]


def test_a_header_over_two_lines_of_cells(tmp_path):
    """'Position with' over 'Harrow & Pell Industries, Inc.', 'Present Principal' over 'Occupation': the second
    line of the header goes on with the captions above it; before, it was read as a row of no one and the
    occupation and address columns were not known."""
    rows = ["Name\tPosition with\tPresent Principal\tBusiness\tCitizenship",
            "\tHarrow & Pell Industries, Inc.\tOccupation\tAddress"] + TAB_ROWS[1:]
    people = _people(tmp_path, HEAD + "\n".join(rows) + "\n")
    assert people["Oswin T. Marlowe"].other_positions == ["Managing Partner, Fenwick Crane LLP"]
    assert people["Oswin T. Marlowe"].address == "Fenwick Crane LLP, 18 Quarry Lane, Hartford, Connecticut 06103"
    assert people["Beatrix L. Ashdown"].address == "400 Tillman Road, Springfield, Illinois 62701"


def test_a_title_run_inside_a_name_refuses_the_roster():
    """Expanded to tab stops, the cells of such a table ran together into names no one has ('James W. Atkinson
    Executive Vice President', 'Mellody L. Director; President Hobson': the held-out measurement's six persons not
    listed); a title run inside or after a name refuses the roster, as a title glued after it did. A surname that
    is a title's modifier ('Vice') is no title."""
    for name in ("Oswin T. Marlowe Executive Vice President", "Beatrix L. Director; President Ashdown",
                 "Oswin T. Marlowe Director; President"):
        ctx = Context(source="roster.txt", text=" " * 20)
        assert unlisted(ctx, [Person(name="Ulla Brandvik", evidence=(0, 10)), Person(name=name, evidence=(0, 10))]) \
            is None, name
        assert [w.code for w in ctx.warnings] == ["roster-ambiguous"]
    ctx = Context(source="roster.txt", text=" " * 20)
    kept = unlisted(ctx, [Person(name="Jonathan A. Vice", evidence=(0, 10)), Person(name="Mary Ann Chief", evidence=(0, 10))])
    assert [p.name for p in kept] == ["Jonathan A. Vice", "Mary Ann Chief"]
