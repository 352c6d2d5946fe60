"""Twenty-ninth round (b), issue 13: gather25's recombined layouts. Two columns without table tags whose left column
stacks the titles under the name and whose right column goes on, where a person is not the preamble's default, in
'Business address: ...' and '<Full Name> is a citizen of X.' sentences; an HTML table whose title is its colspan
first row; a table saved as text with a '|' before each cell and ' (1)' notes giving the business address. Texts of
our own making. Each test marked "fails on main" failed on main ba7a30e and passes here; the guards pass on both and
protect precision."""
from __future__ import annotations

import kg
from kg.errors import StructureError

PREAMBLE = """APPENDIX A

INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS
OF ACME WIDGETS CORPORATION

The following table sets forth the name, position with Acme Widgets
Corporation, principal occupation or employment and business address of
each director and executive officer of Acme Widgets Corporation. Each of
the persons named below is a citizen of the United States, unless
otherwise noted. In addition, unless otherwise noted, each such
person's business address is 100 Main Street, Springfield, Illinois
62701.


"""
CAPTIONS = """Name and Position         Principal Occupation
-----------------         --------------------

"""
DEFAULT = "100 Main Street, Springfield, Illinois 62701"


def _read(tmp_path, text: str, suffix: str = ".txt"):
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


OVERRIDES = PREAMBLE + "DIRECTORS OF ACME WIDGETS CORPORATION\n\n" + CAPTIONS + """\
John A. Smith             Director, Acme Widgets Corporation; Chairman
Director                  of the Board, Acme Widgets Corporation.
Chairman of the Board

Pierre Dupont             Chief Executive Officer, Netscalibur.
Director                  Business address: 12 rue de la Paix, 75002
                          Paris, France. Pierre Dupont is a citizen of
                          France.

Mary K. Jones             Retired; formerly Chairman of the Board of
Director                  Directors, BP Amoco, p.l.c. Business address:
                          Primary Business Center, 1111 E. Warrenville
                          Road, Suite 257, Naperville IL 60563.

Anne P. Brown             Consultant. Business address: 5716 Bent Branch
Director                  Road, Bethesda, MD 20816.
"""


def test_business_address_sentences_in_the_occupation_column_are_no_labelled_blocks(tmp_path):
    """Fails on main: the only label, 'Business address:', printed in the entries whose address is not the default,
    was read as the structure of labelled blocks: addresses, titles and occupations went to other persons."""
    people = _read(tmp_path, OVERRIDES)
    assert set(people) == {"John A. Smith", "Pierre Dupont", "Mary K. Jones", "Anne P. Brown"}
    smith = people["John A. Smith"]
    assert smith.address == DEFAULT and smith.citizenship == "United States"
    assert set(smith.positions) == {"Director", "Chairman of the Board"}
    dupont = people["Pierre Dupont"]
    assert dupont.address == "12 rue de la Paix, 75002 Paris, France" and dupont.citizenship == "France"
    assert dupont.positions == ["Director"]
    assert dupont.other_positions == ["Chief Executive Officer, Netscalibur"]
    assert people["Anne P. Brown"].address == "5716 Bent Branch Road, Bethesda, MD 20816"
    assert people["Anne P. Brown"].other_positions == ["Consultant"]


def test_an_address_sentence_after_an_abbreviation_keeps_the_default_off(tmp_path):
    """Fails on main: 'p.l.c. Business address: ...' was not cut into two sentences, so the person kept the
    preamble's default address (another person's) beside an address the cell prints."""
    jones = _read(tmp_path, OVERRIDES)["Mary K. Jones"]
    assert jones.address != DEFAULT
    assert jones.address in (None, "Primary Business Center, 1111 E. Warrenville Road, Suite 257, Naperville IL 60563")


def test_a_citizenship_sentence_after_an_address_ending_in_capitals_is_cut_off(tmp_path):
    """Fails on main: '... Ontario M5H 3C2. Marshall A. Cohen is a citizen of Canada.' was read whole as the
    address and the person kept the preamble's citizenship."""
    text = PREAMBLE + CAPTIONS + """\
Marshall A. Cohen         Counsel, Cassels, Brock & Blackwell. Business
Director                  address: 40 King Street West, Toronto,
                          Ontario M5H 3C2. Marshall A. Cohen is a
                          citizen of Canada.

John A. Smith             Director, Acme Widgets Corporation.
Director
"""
    cohen = _read(tmp_path, text)["Marshall A. Cohen"]
    assert cohen.citizenship == "Canada"
    assert cohen.address == "40 King Street West, Toronto, Ontario M5H 3C2"


def test_a_dual_citizenship_sentence_with_the_full_name(tmp_path):
    """Fails on main: '<Given Surname> is a citizen of the USA, Denmark.' (the full name, two countries) was read as
    a sentence kg could not read: no citizenship and no default address."""
    text = PREAMBLE + CAPTIONS + """\
Torsten Slok              Chief Economist of Apollo Global Management.
Director                  Torsten Slok is a citizen of the USA, Denmark.

John A. Smith             Director, Acme Widgets Corporation.
Director
"""
    slok = _read(tmp_path, text)["Torsten Slok"]
    assert slok.citizenship == "USA, Denmark"
    assert slok.address == DEFAULT


def test_a_citizenship_sentence_about_someone_else_gives_nothing(tmp_path):
    """Guard (passes on both): a cell's sentence giving another person's citizenship is not this person's, and the
    preamble's default is not given either."""
    text = PREAMBLE + CAPTIONS + """\
Pierre Dupont             Chief Executive Officer, Societe Generale des
Director                  Eaux. Jean Martin is a citizen of France.

John A. Smith             Director, Acme Widgets Corporation.
Director
"""
    dupont = _read(tmp_path, text)["Pierre Dupont"]
    assert dupont.citizenship is None


def test_a_list_under_its_own_title_takes_the_defaults_of_the_preamble_above(tmp_path):
    """Fails on main: the officers listed under 'EXECUTIVE OFFICERS OF X' after the directors' list got no address
    and no citizenship (the preamble above both lists was read for the first only)."""
    text = PREAMBLE + "DIRECTORS OF ACME WIDGETS CORPORATION\n\n" + CAPTIONS + """\
John A. Smith             Director, Acme Widgets Corporation.
Director

EXECUTIVE OFFICERS OF ACME WIDGETS CORPORATION

""" + CAPTIONS + """\
Debra M. Aaron            Vice President, Acme Widgets Corporation.
Vice President
"""
    aaron = _read(tmp_path, text)["Debra M. Aaron"]
    assert aaron.address == DEFAULT and aaron.citizenship == "United States"
    assert aaron.positions == ["Vice President"]


def test_a_name_wrapped_under_itself_in_a_name_and_position_column(tmp_path):
    """Fails on main: 'Nirmal Prabhakar' / 'Narvekar' (the name too long for its column) was read as the person
    'Nirmal Prabhakar' with the title 'Narvekar'."""
    text = PREAMBLE + CAPTIONS + """\
John A. Smith             Director, Acme Widgets Corporation.
Director

Nirmal Prabhakar          CEO of Harvard Management Company.
Narvekar
Director
"""
    people = _read(tmp_path, text)
    assert "Nirmal Prabhakar" not in people
    assert people["Nirmal Prabhakar Narvekar"].positions == ["Director"]


def test_a_sentence_full_stop_is_no_part_of_the_occupation(tmp_path):
    """Fails on main: 'Portfolio Manager.' and 'Chairman, President and CEO.' kept their full stop; an
    abbreviation's ('& Co.') stays."""
    text = PREAMBLE + CAPTIONS + """\
John A. Smith             Portfolio Manager.
Director

Jane B. Doe               Partner, Goldman, Sachs & Co.
Director

Paul J. Fribourg          Chairman, President and CEO.
Director
"""
    people = _read(tmp_path, text)
    assert people["John A. Smith"].other_positions == ["Portfolio Manager"]
    assert people["Paul J. Fribourg"].other_positions == ["Chairman, President and CEO"]
    assert people["Jane B. Doe"].other_positions == ["Partner, Goldman, Sachs & Co."]


def test_an_html_tables_title_row_names_the_organisation(tmp_path):
    """Fails on main: the organisation was named only by the table's colspan first row ('DIRECTORS AND EXECUTIVE
    OFFICERS OF X'), so no title was read as held in it ('Director, X' became an occupation elsewhere)."""
    rows = "".join(
        f"<tr><td><p>{name}</p></td><td><p>{country}</p></td><td>{''.join(f'<p>{x}</p>' for x in cell)}</td></tr>"
        for name, country, cell in [
            ("Laurent Dassault", "France", ["Director, Acme Corporation of Canada",
                                            "Managing Director, Dassault Investissements", "Dassault Investissements",
                                            "9, Rond-Point des Champs-Elysees", "75008 Paris, France"]),
            ("Daniel Friedberg", "Canada", ["Vice-President, Acme Corporation of Canada", "751 Victoria Square",
                                            "Montreal QC H2Y 2J3"])])
    html = ("<html><body><p>Exhibit 2</p><p>The following table sets forth the name, country of citizenship and "
            "present principal occupation or employment, including the name, principal business and address of any "
            "corporation or other organization in which such employment is conducted, of each director and "
            "executive officer of Acme Corporation of Canada.</p><table><tr><td colspan='3'><b>DIRECTORS AND EXECUTIVE OFFICERS OF ACME "
            "CORPORATION OF CANADA</b></td></tr><tr><th>Name</th><th>Country of Citizenship</th><th>Present Principal "
            f"Occupation or Employment</th></tr>{rows}</table></body></html>")
    people = _read(tmp_path, html, ".htm")
    assert people["Laurent Dassault"].positions == ["Director"]
    assert people["Laurent Dassault"].other_positions == ["Managing Director, Dassault Investissements"]
    assert people["Daniel Friedberg"].positions == ["Vice-President"]
    assert people["Daniel Friedberg"].other_positions == []


def test_a_national_organisation_in_a_wide_cell_is_no_statement_of_nationality(tmp_path):
    """Fails on main: 'National Bureau of Economic Research' in an occupation cell was read as a sentence about the
    person's nationality: the occupations and the address after it were left out."""
    html = ("<html><body><p>SCHEDULE I</p><p>DIRECTORS AND EXECUTIVE OFFICERS OF ACME WIDGETS, INC.</p>"
            "<table><tr><th>Name</th><th>Citizenship</th><th>Present Principal Occupation or Employment and the Name, "
            "Principal Business and Address of Any Corporation or Other Organization in Which Such Employment Is "
            "Conducted</th></tr>"
            "<tr><td>Martin S. Feldstein</td><td>United States</td><td><p>Director, Acme Widgets, Inc.</p>"
            "<p>Professor of Economics, Harvard University</p><p>President and CEO, National Bureau of Economic "
            "Research</p><p>National Bureau of Economic Research, Inc.</p><p>1050 Massachusetts Avenue</p>"
            "<p>Cambridge, Massachusetts 02138</p></td></tr>"
            "<tr><td>John A. Smith</td><td>United States</td><td><p>Director, Acme Widgets, Inc.</p>"
            "<p>100 Main Street</p><p>Springfield, Illinois 62701</p></td></tr></table></body></html>")
    feldstein = _read(tmp_path, html, ".htm")["Martin S. Feldstein"]
    assert "Professor of Economics, Harvard University" in feldstein.other_positions
    assert feldstein.address_city == "Cambridge"


BARRED = """                                   ANNEX A

      DIRECTORS AND EXECUTIVE OFFICERS OF ACME WIDGETS CORPORATION

Set forth below are the name, position(s) with Acme Widgets Corporation,
present principal occupation or employment and citizenship of each director
and executive officer of Acme Widgets Corporation. Unless otherwise
indicated in the notes to the table, the business address of each person
listed below is 100 Main Street, Springfield, Illinois 62701.

|Name
|Present Principal Occupation or Employment
|Position(s) with Acme Widgets Corporation
|Citizenship
|John A. Smith
|-
|Director; Chairman of the Board
|United States
|Marshall A. Cohen (1)
|Counsel, Cassels, Brock & Blackwell
|Director
|Canada
|Martin S. Feldstein (2)
|
Professor of Economics, Harvard University; President and CEO, National Bureau of Economic Research
|Director
|United States

(1) The business address of Marshall A. Cohen is Cassels, Brock & Blackwell,
40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2.
(2) The business address of Martin S. Feldstein is National Bureau of Economic
Research, Inc., 1050 Massachusetts Avenue, Cambridge, Massachusetts 02138.
"""


def test_cells_a_line_with_a_bar_and_address_notes(tmp_path):
    """Fails on main: nothing was read (a '|' before each cell, one cell a line; 'Name (1)' marks; notes 'The
    business address of X is ...' run on at the margin; the default 'Unless otherwise indicated in the notes')."""
    people = _read(tmp_path, BARRED)
    assert set(people) == {"John A. Smith", "Marshall A. Cohen", "Martin S. Feldstein"}
    assert people["John A. Smith"].address == DEFAULT
    assert set(people["John A. Smith"].positions) == {"Director", "Chairman of the Board"}
    cohen = people["Marshall A. Cohen"]
    assert cohen.address == "Cassels, Brock & Blackwell, 40 King Street West, 20th Floor, Toronto, Ontario M5H 3C2"
    assert cohen.citizenship == "Canada" and cohen.other_positions == ["Counsel, Cassels, Brock & Blackwell"]
    feldstein = people["Martin S. Feldstein"]
    assert feldstein.address_city == "Cambridge"
    assert feldstein.other_positions == ["Professor of Economics, Harvard University",
                                         "President and CEO, National Bureau of Economic Research"]


def test_a_marked_name_whose_note_is_not_read_keeps_no_default_address(tmp_path):
    """Guard (passes on both; on main nothing of this table is read): a note kg cannot read leaves the marked
    person without the preamble's default address (the note may give another), never with it."""
    text = BARRED.replace("(1) The business address of Marshall A. Cohen is Cassels",
                          "(1) Mr. Cohen spends part of the year at Cassels")
    try:
        people = _read(tmp_path, text)
    except StructureError:
        return  # (nothing read: allowed)
    assert people.get("Marshall A. Cohen") is None or people["Marshall A. Cohen"].address != DEFAULT


def test_an_honorific_before_the_surname_cuts_no_sentence(tmp_path):
    """Guard (passes on both): 'Mr. Dupont is a citizen of France.' after the address sentence gives the
    citizenship, and no 'Mr.' is left on the occupation."""
    text = PREAMBLE + CAPTIONS + """\
Pierre Dupont             Chief Executive Officer, Netscalibur. His
Director                  business address is: 12 rue de la Paix, 75002
                          Paris, France. Mr. Dupont is a citizen of
                          France.

John A. Smith             Director, Acme Widgets Corporation.
Director
"""
    dupont = _read(tmp_path, text)["Pierre Dupont"]
    assert dupont.citizenship == "France"
    assert dupont.other_positions == ["Chief Executive Officer, Netscalibur"]
    assert dupont.address == "12 rue de la Paix, 75002 Paris, France"
