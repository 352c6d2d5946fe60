"""Twenty-seventh round (b), issue 13: gather20's new features and gather19's dotted labels. An index of the roster
with notes keyed by surname alone (kg/forms/roster_surname_notes.py), a heading never a person; entries over two
HTML rows of different cells (kg/forms/roster_tiers.py); an address split over cells of its parts
(kg/forms/roster_address_cells.py); labels joined to their values by dot leaders, an underlined name after an item
mark and the address a paragraph after the roster gives everyone named above (kg/forms/roster_label_leaders.py,
roster_after.default_after). Texts of our own making, with people of the development rosters
(tests/data/relayout/people_dev.json). Each test but the guards fails on main c9f3f1c."""
from __future__ import annotations

import kg

NOTES = (
    '                                   SCHEDULE I\n'
    '\n'
    '      DIRECTORS AND EXECUTIVE OFFICERS OF AMERICAN INTERNATIONAL GROUP, INC.\n'
    '\n'
    'Set forth below are the name and present position with American International\n'
    'Group, Inc. (the "Company") of each director and executive officer of the\n'
    'Company, followed by certain additional information concerning each such person.\n'
    '\n'
    'Name                                    Position\n'
    '----                                    --------\n'
    'Pei-yuan Chia ......................... Director\n'
    'FELDSTEIN, Martin S. .................. Director; Chairman of the Audit\n'
    '                                        Committee\n'
    'Marshall A. Cohen ..................... Director\n'
    '\n'
    '\n'
    '                            ADDITIONAL INFORMATION\n'
    '\n'
    '     CHIA. Present principal occupation: Retired Vice Chairman, Citicorp.\n'
    'Business address: c/o 70 Pine Street, New York, New York 10270. Citizenship:\n'
    'United States.\n'
    '\n'
    '     COHEN. Present principal occupation: Counsel, Cassels, Brock & Blackwell.\n'
    'Business address: 40 King Street West, Toronto, Ontario M5H 3C2. Citizenship:\n'
    'Canada.\n'
    '\n'
    '     FELDSTEIN. Business address: 1050 Massachusetts Avenue, Cambridge,\n'
    'Massachusetts 02138. Citizenship: United States.\n')

TIERS = (
    '<html><body><p align="center"><b>SCHEDULE A</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF LOR FINANCE</b></p><p>The name, position with Lor Finance, present principal occupation, business address and citizenship of each director and executive officer of Lor Finance are set forth below.</p>\n'
    '<table cellspacing="0" cellpadding="2">\n'
    '<tr><th>Name</th><th>Position with Lor Finance</th><th>Citizenship</th></tr>\n'
    '<tr><th colspan="2">Present Principal Occupation</th><th>Business Address</th></tr>\n'
    "<tr><td>Marc Audrin</td><td>Member, Conseil d'Administration</td><td>Republic of France</td></tr>\n"
    '<tr><td colspan="2">Treasury Department, AXA</td><td><p>21 avenue Matignon</p><p>75008 Paris</p><p>France</p></td></tr>\n'
    "<tr><td>Christianne Butte</td><td>Member, Conseil d'Administration</td><td>Republic of France</td></tr>\n"
    '<tr><td colspan="2">&nbsp;</td><td><p>25 avenue Matignon</p><p>75008 Paris</p><p>France</p></td></tr>\n'
    '</table></body></html>\n')

SPLIT = (
    '<html><body><p align="center"><b>SCHEDULE I</b></p><p align="center"><b>DIRECTORS AND EXECUTIVE OFFICERS OF ARIEL CAPITAL MANAGEMENT, INC.</b></p><p>The following table sets forth the name, position with Ariel Capital Management, Inc., present principal occupation, business address and citizenship of each director and executive officer of Ariel Capital Management, Inc.</p>\n'
    '<table border="1" cellspacing="0" cellpadding="3">\n'
    '<tr><th rowspan="2">No.</th><th rowspan="2">Name</th><th rowspan="2">Position with Ariel Capital Management, Inc.</th><th rowspan="2">Present Principal Occupation</th><th colspan="5">Business Address</th><th rowspan="2">Citizenship</th></tr>\n'
    '<tr><th>Street</th><th>City</th><th>State / Province</th><th>Postal Code</th><th>Country</th></tr>\n'
    '<tr valign="top"><td>1.</td><td>James W. Atkinson</td><td>Executive Vice President</td><td>&nbsp;</td><td>307 North Michigan Avenue, Suite 500</td><td>Chicago</td><td>Illinois</td><td>60601</td><td>United States</td><td>United States</td></tr>\n'
    '<tr valign="top"><td>2.</td><td>Laurent Dassault</td><td>Director</td><td>Managing Director, Dassault Investissements</td><td>Dassault Investissements<br>9, Rond-Point des Champs-Elysees</td><td>Paris</td><td>&nbsp;</td><td>75008</td><td>France</td><td>France</td></tr>\n'
    '</table></body></html>\n')

DOTTED = (
    '                                  SCHEDULE I\n'
    '\n'
    '           INFORMATION CONCERNING DIRECTORS AND EXECUTIVE OFFICERS\n'
    '                          OF MICRON TECHNOLOGY, INC.\n'
    '\n'
    '     Set forth below are the name, office(s) held, present principal\n'
    'occupation and citizenship of each director and executive officer of Micron\n'
    'Technology, Inc.\n'
    '\n'
    '(a) Steven R. Appleton\n'
    '    ------------------\n'
    '     Office(s) held ..................... Director; Chairman; Chief\n'
    '                                          Executive Officer; President\n'
    '     Citizenship ........................ United States\n'
    '\n'
    '(b) James W. Bagley\n'
    '    ---------------\n'
    '     Office(s) held ..................... Director\n'
    '     Principal occupation ............... Chairman and Chief Executive\n'
    '                                          Officer of Lam Research\n'
    '                                          Corporation\n'
    '     Citizenship ........................ United States\n'
    '     Business address ................... 4650 Cushing Parkway\n'
    '                                          Fremont, CA 94538\n'
    '\n'
    '(c) Robert A. Lothrop\n'
    '    -----------------\n'
    '     Office(s) held ..................... Director\n'
    '     Citizenship ........................ United States\n'
    '\n'
    '\n'
    '     Except as otherwise indicated above, the business address of each of\n'
    'the persons named above is 8000 South Federal Way, Boise, ID 83716-9632.\n')


def _people(tmp_path, text: str, suffix: str = ".txt") -> dict:
    path = tmp_path / f"schedule{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_index_with_notes_keyed_by_surname_reads_each_persons_particulars(tmp_path):
    """(Fails on main: 'ADDITIONAL INFORMATION' is read as a person with CHIA's particulars, nobody else.)"""
    people = _people(tmp_path, NOTES)
    assert sorted(people) == ["Marshall A. Cohen", "Martin S. Feldstein", "Pei-yuan Chia"]
    chia, cohen, feldstein = people["Pei-yuan Chia"], people["Marshall A. Cohen"], people["Martin S. Feldstein"]
    assert chia.other_positions == ["Retired Vice Chairman, Citicorp"] and chia.address_city == "New York"
    assert cohen.citizenship == "Canada" and cohen.address == "40 King Street West, Toronto, Ontario M5H 3C2"
    assert feldstein.positions == ["Director", "Chairman of the Audit Committee"]  # (the title wraps under itself)
    assert feldstein.other_positions == [] and feldstein.address_city == "Cambridge"


def test_a_note_whose_surname_two_persons_share_goes_to_neither(tmp_path):
    """'COHEN.' could be either Cohen of the index: neither gets its particulars (no value on the wrong person); the
    other notes still pair. (Fails on main: 'Additional Information' read as a person.)"""
    text = NOTES.replace("Marshall A. Cohen .....................", "Marshall A. Cohen .....................") \
        .replace("Pei-yuan Chia .........................", "Lisa Cohen ............................") \
        .replace("CHIA. Present", "ZHAO. Present")
    people = _people(tmp_path, text)
    assert "Additional Information" not in people
    for name in ("Lisa Cohen", "Marshall A. Cohen"):
        assert people[name].address is None and people[name].citizenship is None, name
    assert people["Martin S. Feldstein"].address_city == "Cambridge"


def test_two_tier_html_rows_read_by_the_grid_columns(tmp_path):
    """(Fails on main: 'Treasury Department, AXA' is read as a person, 'Axa Treasury Department', and the lower
    rows' occupations and addresses are nobody's.)"""
    people = _people(tmp_path, TIERS, ".htm")
    assert sorted(people) == ["Christianne Butte", "Marc Audrin"]
    assert people["Marc Audrin"].other_positions == ["Treasury Department, AXA"]
    assert people["Marc Audrin"].address == "21 avenue Matignon, 75008 Paris, France"
    assert people["Christianne Butte"].other_positions == []  # (an empty occupation cell)
    assert people["Christianne Butte"].address == "25 avenue Matignon, 75008 Paris, France"


def test_an_address_split_over_cells_of_its_parts(tmp_path):
    """(Fails on main: no person is read from the numbered table; unnumbered, only the Street cell.)"""
    people = _people(tmp_path, SPLIT, ".htm")
    assert sorted(people) == ["James W. Atkinson", "Laurent Dassault"]
    atkinson, dassault = people["James W. Atkinson"], people["Laurent Dassault"]
    assert atkinson.address == "307 North Michigan Avenue, Suite 500, Chicago, Illinois, 60601, United States"
    assert (atkinson.address_city, atkinson.address_country, atkinson.citizenship) == ("Chicago", "US", "United States")
    assert dassault.address == "Dassault Investissements, 9, Rond-Point des Champs-Elysees, Paris, 75008, France"
    assert (dassault.address_city, dassault.address_country) == ("Paris", "FR")
    assert dassault.other_positions == ["Managing Director, Dassault Investissements"]


def test_dotted_labels_and_the_address_given_after_the_roster(tmp_path):
    """(Fails on main: no roster is read at all.)"""
    people = _people(tmp_path, DOTTED)
    assert sorted(people) == ["James W. Bagley", "Robert A. Lothrop", "Steven R. Appleton"]
    assert people["Steven R. Appleton"].positions == ["Director", "Chairman", "Chief Executive Officer", "President"]
    assert people["James W. Bagley"].other_positions == ["Chairman and Chief Executive Officer of Lam Research "
                                                         "Corporation"]
    assert people["James W. Bagley"].address == "4650 Cushing Parkway, Fremont, CA 94538"
    for name in ("Steven R. Appleton", "Robert A. Lothrop"):  # (the default, given after the roster)
        assert people[name].address == "8000 South Federal Way, Boise, ID 83716-9632", name
        assert people[name].citizenship == "United States"


def test_a_leader_between_a_title_and_a_name_is_no_label(tmp_path):
    """Guard (passes on main too): 'President ........ John Smith' stays a title and a name."""
    text = ("SCHEDULE I\n\nDIRECTORS AND EXECUTIVE OFFICERS OF MICRON TECHNOLOGY, INC.\n\n"
            "Chairman and Chief Executive Officer ........ Steven R. Appleton\n"
            "     Citizenship: United States\n\n"
            "Director .................................... James W. Bagley\n"
            "     Citizenship: United States\n")
    people = _people(tmp_path, text)
    assert sorted(people) == ["James W. Bagley", "Steven R. Appleton"]
    assert people["Steven R. Appleton"].positions == ["Chairman and Chief Executive Officer"]


def test_text_after_the_notes_ends_them_and_text_between_leaves_them_unread(tmp_path):
    """A paragraph after the last note is no note: the notes are read up to it; a paragraph keyed by no surname
    between two notes could be the note above's or another's: no particulars are read, the index is. (Fails on
    main: 'Additional Information' read as a person.)"""
    after = NOTES + "\nThe Company's address is 70 Pine Street, New York, New York 10270. None of the persons\n" \
                    "listed above has been convicted in a criminal proceeding.\n"
    people = _people(tmp_path, after)
    assert people["Marshall A. Cohen"].citizenship == "Canada"
    assert people["Martin S. Feldstein"].address_city == "Cambridge"
    between = NOTES.replace("     FELDSTEIN.", "The persons above have served for five years.\n\n     FELDSTEIN.")
    people = _people(tmp_path, between)
    assert sorted(people) == ["Marshall A. Cohen", "Martin S. Feldstein", "Pei-yuan Chia"]
    assert all(p.address is None and p.citizenship is None for p in people.values())
    assert people["Martin S. Feldstein"].positions == ["Director", "Chairman of the Audit Committee"]
