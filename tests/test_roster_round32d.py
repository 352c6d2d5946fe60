"""Thirty-second round (d), issue 13: labelled blocks set as a form with two label/value pairs on each line
('Name:' / 'Position(s):' on the left, 'Citizenship:' / 'Address:' at one column on the right, the address's lines
stacked under it, a full-width 'Principal Occupation:' line after: kg/forms/roster_paired_labels.py); an HTML table
saved as text one cell a line, the address's lines before a title line and an occupation line, the citizenship last
(kg/forms/roster_cell_types.py). Texts of our own making. Each test marked "fails on main" failed on main c1c8b33 and
passes here; the guards pass on both and protect precision."""
from __future__ import annotations

import kg
from kg.errors import StructureError

_PREAMBLE = ("DIRECTORS AND EXECUTIVE OFFICERS\nOF ACME FOODS, INC.\n\nThe name, citizenship, position with Acme Foods, "
             "Inc., business\naddress and present principal occupation of each director and executive\nofficer of "
             "Acme Foods, Inc. are set forth below.\n\n")


def _read(tmp_path, text: str, suffix: str = "txt"):
    path = tmp_path / f"exhibit.{suffix}"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


def _pair(left: str, right: str) -> str:
    return f"{left:<38}{right}".rstrip()


def _form(rows: list[tuple[list[str], list[str], str]]) -> str:
    blocks = []
    for left, right, occupation in rows:
        lines = [_pair(a, b) for a, b in zip(left + [""] * (len(right) - len(left)),
                                             right + [""] * (len(left) - len(right)))]
        blocks.append("\n".join(lines + [f"Principal Occupation:  {occupation}"]))
    return _PREAMBLE + "\n\n".join(blocks) + "\n"


FORM = [(["Name:        Albert Q. Marsh", "Position(s): Chairman of the Board", "             Chief Administrative",
          "             Officer"],
         ["Citizenship: United States", "Address:     One Acme Drive", "             Omaha, NE 68102"],
         "Chairman, Acme Foods, Inc."),
        (["Name:        Delia R. Vance", "Position(s): Director"],
         ["Citizenship: Canada", "Address:     12 Harbor Road", "             Toronto, Ontario M5H 3C2"],
         "Partner, Vance Holdings LLC"),
        (["Name:        Oscar T. Nyberg", "Position(s): Director"],
         ["Citizenship: Sweden", "Address:     Kungsgatan 12", "             111 43 Stockholm", "             Sweden"],
         "Consultant")]


def test_two_label_pairs_a_line_are_read_a_side_at_a_time(tmp_path):
    """Fails on main: no person was read (the right side's lines ran into the left side's fields)."""
    people, _filing = _read(tmp_path, _form(FORM))
    assert set(people) == {"Albert Q. Marsh", "Delia R. Vance", "Oscar T. Nyberg"}
    assert people["Delia R. Vance"].citizenship == "Canada"
    assert people["Delia R. Vance"].positions == ["Director"]
    assert people["Delia R. Vance"].address == "12 Harbor Road, Toronto, Ontario M5H 3C2"
    assert people["Oscar T. Nyberg"].citizenship == "Sweden"
    assert people["Oscar T. Nyberg"].address_country == "SE"


def test_a_title_wrapped_within_the_left_side_is_one_title(tmp_path):
    """Fails on main: 'Chief Administrative' / 'Officer' (no room for 'Officer' before the second label) is one title; 'Chairman of the Board'
    above it, a whole title, stays its own."""
    people, _filing = _read(tmp_path, _form(FORM))
    positions = people["Albert Q. Marsh"].positions
    assert positions[:2] == ["Chairman of the Board", "Chief Administrative Officer"]
    assert "Officer" not in positions
    assert people["Albert Q. Marsh"].address == "One Acme Drive, Omaha, NE 68102"


def test_a_value_up_to_the_second_label_keeps_its_column(tmp_path):
    """Fails on main: a name that runs up to the second label's column (one space before 'Citizenship:') is split
    there too, the column being the one the other lines' wide gaps show."""
    rows = FORM[1:] + [(["Name:        Maximilian R. Wetherford", "Position(s): Director"],
                        ["Citizenship: Ireland", "Address:     4 Merrion Square", "             Dublin 2",
                         "             Ireland"], "Solicitor")]
    text = _form(rows)
    assert "Wetherford Citizenship:" in text
    people, _filing = _read(tmp_path, text)
    assert people["Maximilian R. Wetherford"].citizenship == "Ireland"
    assert people["Maximilian R. Wetherford"].positions == ["Director"]


def test_blocks_of_two_persons_side_by_side_stay_with_their_reader(tmp_path):
    """Guard (passes on both): the same label twice on a line is two persons' blocks side by side
    (kg/forms/roster_sides.py), never one person's form."""
    left = ["Name:        Albert Q. Marsh", "Position:    Director", "Citizenship: United States"]
    right = ["Name:        Delia R. Vance", "Position:    Director", "Citizenship: Canada"]
    text = _PREAMBLE + "\n".join(_pair(a, b) for a, b in zip(left, right)) + "\n"
    people, _filing = _read(tmp_path, text)
    assert people["Albert Q. Marsh"].citizenship == "United States"
    assert people["Delia R. Vance"].citizenship == "Canada"


# ---- an HTML table saved as text, one cell a line ----------------------------------------------------------------
_CAPTIONS = ("Schedule I\nDirectors and Executive Officers of Acme Foods, Inc.\n\nThe name, residence or business "
             "address, position(s) with Acme Foods, Inc. (the \"Reporting Person\"), present principal occupation or "
             "employment and country of citizenship of each of the directors and executive officers of the Reporting "
             "Person are set forth below.\n\nName\nResidence or Business Address\nPosition(s) with the Reporting "
             "Person\nPresent Principal Occupation or Employment\nCountry of Citizenship\n\n")


def _cells(rows: list[list[str]]) -> str:
    return _CAPTIONS + "\n\n".join("\n".join(row) for row in rows) + "\n"


def test_a_title_line_and_an_occupation_line_between_address_and_citizenship(tmp_path):
    """Fails on main: where the title column ends and the occupation column starts could not be seen, so every row
    was refused; two lines between the address and the citizenship are a line each."""
    people, _filing = _read(tmp_path, _cells([
        ["Albert Q. Marsh", "One Acme Drive", "Omaha, NE 68102", "Director; Chairman of the Board", "—",
         "United States"],
        ["Delia R. Vance", "12 Harbor Road", "Toronto, Ontario M5H 3C2", "Director", "Professional Board Director",
         "Canada"]]))
    assert people["Albert Q. Marsh"].positions == ["Director", "Chairman of the Board"]
    assert people["Albert Q. Marsh"].address == "One Acme Drive, Omaha, NE 68102"
    assert people["Delia R. Vance"].positions == ["Director"]
    assert people["Delia R. Vance"].other_positions == ["Professional Board Director"]
    assert people["Delia R. Vance"].citizenship == "Canada"


def test_an_occupation_over_two_lines_after_a_title_naming_its_employer(tmp_path):
    """Fails on main: a title line, then an occupation naming its employer over two lines: the title is the
    first line only."""
    people, _filing = _read(tmp_path, _cells([
        ["Albert Q. Marsh", "One Acme Drive", "Omaha, NE 68102", "Director", "Professor of Economics, Harvard University",
         "President, Marsh Foundation", "United States"],
        ["Delia R. Vance", "12 Harbor Road", "Toronto, Ontario M5H 3C2", "Director", "—", "Canada"]]))
    assert people["Albert Q. Marsh"].positions == ["Director"]
    assert people["Delia R. Vance"].citizenship == "Canada"


def test_two_bare_titles_over_an_occupation_stay_refused(tmp_path):
    """Guard (passes on both): 'Director' / 'Chairman' / 'Consultant' between the address and the citizenship:
    the title column could hold one line or two; no value is put in either column for that row."""
    try:
        people, _filing = _read(tmp_path, _cells([
            ["Albert Q. Marsh", "One Acme Drive", "Omaha, NE 68102", "Director", "Chairman", "Consultant",
             "United States"],
            ["Delia R. Vance", "12 Harbor Road", "Toronto, Ontario M5H 3C2", "Director", "—", "Canada"]]))
    except StructureError:  # (no person read at all: main)
        people = {}
    assert "Albert Q. Marsh" not in people
