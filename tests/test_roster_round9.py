"""Roster layouts and checks of the ninth round (issue 13), each on a text of our own making with
the layout of a development family (the four measured once as held out after the eighth round):
the same people back, or a warning; never a value on the wrong person."""
from __future__ import annotations

import html

import kg

HEADS = ["Name", "Business Address", "Position with Larchmont Freight Inc.", "Principal Occupation", "Nationality"]


def _th_table(rows: list[list[str]]) -> str:
    """One HTML table, a <th> header row, each person a row of <td> cells (an empty cell for a
    value not printed), the way the nationality_adjective_th_html family prints them."""
    head = "<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in HEADS) + "</tr>"
    def cell(text: str) -> str:  # (each line of a cell in a <p> of its own)
        return "<td>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line) + "</td>"

    body = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in rows)
    return (f"<html><body><p>ANNEX A</p><p>Larchmont Freight Inc.: directors and executive officers</p>"
            f"<table>{head}{body}</table></body></html>")


ROWS = [["Oskar P. Lindqvist", "22 Dock Road, Gothenburg, Sweden", "Director", "Chairman, Nordhavn AB", "Swedish"],
        ["Maria E. Castellano", "Castellano Partners", "Chief Executive Officer", "", "American"],
        ["Henrik J. Aalto", "Hameentie 5, 00530 Helsinki, Finland", "Treasurer", "", "Finnish"],
        ["Diane R. Osei", "", "Secretary", "Partner, Osei & Mensah", "American"]]


def _read(tmp_path, rows):
    path = tmp_path / "th_table.htm"
    path.write_text(_th_table(rows), encoding="utf-8")
    filing = kg.extract(path)
    return filing, {p.name: p for p in filing.people}


def test_a_short_row_whose_cells_could_stand_in_several_empty_columns_is_refused(tmp_path):
    """Maria's occupation cell is empty and dropped: 'Castellano Partners' could be her address or
    her title, 'Chief Executive Officer' her title or her occupation. Nothing is guessed: both are
    left out, with a `roster-ambiguous` finding; her citizenship (typed) is still read. (Rows printed as ' | '
    text, where nothing says which cell is missing; in HTML, kg.read.html_grid notes the column of each printed
    cell and the row is read in its columns since the twenty-third round (c): tests/test_roster_round23c.py.)"""
    path = tmp_path / "rows.txt"
    path.write_text("ANNEX A\n\nLarchmont Freight Inc.: directors and executive officers\n\n" + " | ".join(HEADS) + "\n"
                    + "".join(" | ".join(cell for cell in row if cell) + "\n" for row in ROWS), encoding="utf-8")
    filing = kg.extract(path)
    got = {p.name: p for p in filing.people}
    maria = got["Maria E. Castellano"]
    assert maria.positions == [] and maria.other_positions == [] and maria.address is None
    assert maria.citizenship == "American"
    doubts = [w for w in filing.warnings if w.code == "roster-ambiguous" and "Castellano" in w.message]
    assert doubts and "Castellano Partners" in doubts[0].message


def test_a_short_row_is_read_where_its_cells_can_stand_in_one_column_only(tmp_path):
    """An address with digits and a country is typed as an address; a title left between the
    title columns goes to the first of them; a row of titles skips the empty address column."""
    filing, got = _read(tmp_path, ROWS)
    henrik, diane = got["Henrik J. Aalto"], got["Diane R. Osei"]
    assert henrik.address_city == "Helsinki" and henrik.positions == ["Treasurer"]
    assert henrik.other_positions == [] and henrik.citizenship == "Finnish"
    assert diane.address is None and diane.positions == ["Secretary"]
    assert diane.other_positions == ["Partner, Osei & Mensah"]
    oskar = got["Oskar P. Lindqvist"]
    assert oskar.positions == ["Director"] and oskar.other_positions == ["Chairman, Nordhavn AB"]


def test_each_paragraph_of_a_cell_in_a_short_row_is_an_item_of_its_own(tmp_path):
    """A row with an empty occupation cell whose title cell prints one title per <p>, and whose
    address cell prints one line per <p>: each title is a position, the address lines stay apart."""
    rows = ROWS[:2] + [["Petra N. Vogel", "Hafenstrasse 8\n20459 Hamburg, Germany", "Director\nVice President", "",
                        "German"]]
    _, got = _read(tmp_path, rows)
    petra = got["Petra N. Vogel"]
    assert petra.positions == ["Director", "Vice President"] and petra.other_positions == []
    assert petra.address == "Hafenstrasse 8, 20459 Hamburg, Germany" and petra.citizenship == "German"


def test_a_heading_org_colon_directors_names_the_organisation(tmp_path):
    """'Larchmont Freight Inc.: directors and executive officers' names whose roster it is."""
    filing, _ = _read(tmp_path, ROWS)
    assert {p.organization for p in filing.people} == {"Larchmont Freight Inc."}


def test_no_value_of_a_short_row_lands_on_another_person(tmp_path):
    """Whatever is refused, no person holds a value printed in another person's row."""
    _, got = _read(tmp_path, ROWS)
    for row in ROWS:
        others = {c for other in ROWS if other is not row for c in other[1:4] if c} - set(row)
        person = got[row[0]]
        assert not others & set(person.positions + person.other_positions + [person.address or ""])


def _ditto_table(addresses: list[str]) -> str:
    """A fixed-width <TABLE> (Name | Present Principal Occupation | Business Address | Citizenship), an
    address equal to the one above printed 'Same as above', as the ditto_address_column family prints it."""
    people = [("Walter G. Brennan", "Chairman, Larchmont Freight Inc.", "United States"),
              ("Ruth K. Okafor", "Vice President, Larchmont Freight Inc.", "United States"),
              ("Samuel T. Ibsen", "Treasurer, Larchmont Freight Inc.", "Norway")]
    lines = ["SCHEDULE I", "", "DIRECTORS AND EXECUTIVE OFFICERS OF LARCHMONT FREIGHT INC.", "", "<TABLE>",
             f"{'Name':<28}{'Present Principal':<42}{'Business':<30}Citizenship",
             f"{'':<28}{'Occupation or Employment':<42}{'Address':<30}",
             f"{'-' * 24:<28}{'-' * 38:<42}{'-' * 26:<30}{'-' * 11}"]
    for (name, job, country), address in zip(people, addresses):
        lines += [f"{name:<28}{job:<42}{address:<30}{country}", ""]
    return "\n".join(lines + ["</TABLE>"]) + "\n"


def test_same_as_above_is_the_address_printed_above(tmp_path):
    """'Same as above' under a printed address, and under another ditto: that address."""
    path = tmp_path / "ditto.txt"
    path.write_text(_ditto_table(["40 Harbor Street", "Same as above", "Same as above"]), encoding="utf-8")
    got = {p.name: p for p in kg.extract(path).people}
    assert [got[n].address for n in ("Walter G. Brennan", "Ruth K. Okafor", "Samuel T. Ibsen")] == ["40 Harbor Street"] * 3


def test_same_as_above_under_no_printed_address_is_refused(tmp_path):
    """A ditto under an entry whose address cell is empty has nothing to repeat: left out, with a finding."""
    path = tmp_path / "ditto_lost.txt"
    path.write_text(_ditto_table(["40 Harbor Street", "", "Same as above"]), encoding="utf-8")
    filing = kg.extract(path)
    got = {p.name: p for p in filing.people}
    assert got["Samuel T. Ibsen"].address is None and got["Walter G. Brennan"].address == "40 Harbor Street"
    assert any(w.code == "roster-ambiguous" and "Samuel T. Ibsen" in w.message for w in filing.warnings)
