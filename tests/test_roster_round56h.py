"""Round 56h (issue 13): two families of gather148-150 (measured at 23:31 UTC on main 11b6e7c7).

- html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions (tests/relayout_heldout149.py):
  an HTML table of two cells a row, the name | Micron's labelled lines joined by <br> ('Position: ...<br>Principal
  Occupation: ...<br>Business Address: ...<br>...'), Southwestern's italic section rows, the citizenship said once
  after the table. kg.read.html writes the row as one line, the labels running into each other: the labelled
  reader took a long name's last words for the first value ('Britt Meelby' + 'Jensen | Vice Chair ...'), the
  address lost its lines and the title-case section row went into the first title ('Directors Chair of the Board').
  Now such a row is shown as a labelled block, the name over the cell's lines (kg/forms/roster_name_label_rows.py,
  through kg/forms/roster_cards.py's view), and a title-case section heading right over a name and its first label
  is a heading (kg/forms/roster_block_events.py).
- citigroup_position_caption_country_if_other_than_us_two_lines (tests/relayout_heldout148.py): the caption's
  'COUNTRY OF CITIZENSHIP, IF' / 'OTHER THAN THE UNITED STATES)' was no default ('if not' only:
  kg/patterns/roster.yml citizenship_if_not, kg/forms/roster_caption_default.py), and the preamble's last line
  'Officers of Danaher.' was read as a section heading over the table, giving every director the officers' body
  too (kg/forms/roster_geometry.py heading_body).

Each test marked "fails on main" fails on main 5f1c3c78 (run 00:20 UTC) and passes here; the guards pass on both."""
from __future__ import annotations

import sys

import relayout
from conftest import DATA

import kg
from kg.forms import roster_geometry as geo
from kg.forms.roster_caption_default import wrapped_if_not

HTML = "html_two_column_name_labelled_br_cell_section_rows_citizenship_postamble_exceptions"
CITI = "citigroup_position_caption_country_if_other_than_us_two_lines"
AIG, NOVO = "American International Group, Inc.", "Novo Holdings A/S"


def _people(tmp_path, family: str, organisation: str, options: relayout.Options) -> dict:
    """The people read from `family` rendered on the development roster of `organisation` (AIG's is the first of
    people_dev.json; Novo's and Danaher's are real development rosters, as the benchmark renders them)."""
    sys.path.insert(0, str(DATA.parent.parent / "benchmarks"))
    import bench_rosters
    rosters = relayout.load_rosters(DATA / "relayout" / "people_dev.json") + bench_rosters.real_rosters()
    roster = next(r for r in rosters if r.organization == organisation)
    suffix, text, _expected = relayout.DEV_FAMILIES[family](roster, options)
    return _read(tmp_path, text, suffix)


def _read(tmp_path, text: str, suffix: str = ".htm") -> dict:
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _row(name: str, lines: list[str]) -> str:
    return f'<tr><td valign="top">{name}</td><td>&nbsp;</td><td valign="top">{"<br>".join(lines)}</td></tr>'


TABLE = "\n".join([
    "<html><body>", "<p><b>SCHEDULE I</b></p>",
    "<p>The name, position with Harrow Instruments, Inc., present principal occupation and business address of each "
    "of the directors and executive officers of Harrow Instruments, Inc. are set forth below.</p>",
    '<table width="100%">',
    "<tr><td><b>Name</b></td><td>&nbsp;</td><td><b>Position, Principal Occupation and Business Address</b></td></tr>",
    '<tr><td colspan="3"><i>Directors</i></td></tr>',
    _row("Maria Luisa Fernandez Ortega", ["<b>Position:</b> Director", "<b>Principal Occupation:</b> Partner, Ortega "
         "Abogados", "<b>Business Address:</b> Calle Serrano 41", "28001 Madrid", "Spain"]),
    _row("Walter P. Linden", ["<b>Position:</b> Chairman of the Board", "<b>Business Address:</b> 12 Bay Street",
                              "Toronto, Ontario M5J 2R8"]),
    '<tr><td colspan="3"><i>Executive Officers (Who Are Not Directors)</i></td></tr>',
    _row("Ruth Q. Hallorann", ["<b>Position:</b> Chief Financial Officer", "<b>Business Address:</b> 40 Main Street",
                               "Hartford, Connecticut 06103"]),
    "</table>",
    "<p>Each of the persons named above is a citizen of the United States, other than Maria Luisa Fernandez Ortega, "
    "who is a citizen of Spain; and Walter P. Linden, who is a citizen of Canada.</p>",
    "</body></html>"]) + "\n"


def test_long_names_beside_labelled_br_cells_are_whole(tmp_path):
    """Fails on main: 'Britt Meelby' (and 'Jensen | Vice Chair of the Board' her title, left out), 'Nirmal
    Prabhakar', 'Jun Sung', 'Francis Michael' ... were persons who are none, the addresses ran on without commas."""
    people = _people(tmp_path, HTML, NOVO, relayout.Options())
    assert "Britt Meelby Jensen" in people and "Britt Meelby" not in people
    assert "Francis Michael Cyprian Cuss" in people and "Jun Sung Kim" in people
    assert not {"Jun Sung", "Cyprian Cuss", "Nirmal Prabhakar", "Nigel Kevin"} & set(people)
    britt = people["Britt Meelby Jensen"]
    assert britt.positions == ["Vice Chair of the Board"]
    assert britt.other_positions == ["Chief Executive Officer, Ambu A/S"]
    assert britt.address == "Tuborg Havnevej 19, 2900 Hellerup, Denmark"
    assert britt.citizenship == "Denmark"  # (the sentence after the table: its default)
    assert people["Jun Sung Kim"].citizenship == "Singapore"  # (its exception)


def test_title_case_section_rows_are_headings_not_titles(tmp_path):
    """Fails on main: 'Directors Chair of the Board' for the first entry, the officers' first entry's title left out
    (it ran into 'Executive Officers (Who Are Not Directors)')."""
    people = _people(tmp_path, HTML, NOVO, relayout.Options())
    assert people["Lars Green"].positions == ["Chair of the Board"]
    assert people["Lars Green"].bodies == ["board of directors"]
    assert people["Kasim Kutay"].positions == ["Chief Executive Officer"]
    assert people["Kasim Kutay"].bodies == ["executive officers"]


def test_name_beside_labelled_lines_a_table_of_my_own(tmp_path):
    """Fails on main (a four-word name cut, the address's lines run together)."""
    people = _read(tmp_path, TABLE)
    assert list(people) == ["Maria Luisa Fernandez Ortega", "Walter P. Linden", "Ruth Q. Hallorann"]
    maria = people["Maria Luisa Fernandez Ortega"]
    assert maria.positions == ["Director"] and maria.other_positions == ["Partner, Ortega Abogados"]
    assert maria.address == "Calle Serrano 41, 28001 Madrid, Spain" and maria.citizenship == "Spain"
    assert people["Walter P. Linden"].positions == ["Chairman of the Board"]
    assert people["Walter P. Linden"].citizenship == "Canada"
    assert people["Ruth Q. Hallorann"].positions == ["Chief Financial Officer"]
    assert people["Ruth Q. Hallorann"].citizenship == "United States"


def test_a_row_of_three_cells_is_no_labelled_block(tmp_path):
    """Guard (passes on both): a third cell beside the labelled lines is no one person's block: the row is left to
    the table readers, and no value of it lands on a person the row does not name."""
    text = TABLE.replace("<td valign=\"top\">Walter P. Linden</td>", "<td valign=\"top\">Walter P. Linden</td>"
                         "<td>Canada</td>")
    people = _read(tmp_path, text)
    assert "Toronto" not in (people.get("Ruth Q. Hallorann") and people["Ruth Q. Hallorann"].address or "")
    assert "Toronto" not in (people.get("Maria Luisa Fernandez Ortega") and people["Maria Luisa Fernandez Ortega"]
                             .address or "")


def test_labelled_paragraphs_read_as_before(tmp_path):
    """Guard (passes on both): heldout31's labelled <br> lines in paragraphs, no table."""
    people = _people(tmp_path, "html_bold_name_labelled_br_paragraphs", AIG, relayout.Options())
    assert people["Marshall A. Cohen"].positions == ["Director"]
    assert people["Marshall A. Cohen"].citizenship == "Canada"


def test_value_line_directors_under_a_label_is_no_heading(tmp_path):
    """Guard (passes on both): a title wrapping onto a line 'Directors' before the next label stays the title's."""
    text = "\n".join([
        "SCHEDULE A", "", "DIRECTORS AND EXECUTIVE OFFICERS OF HARROW INSTRUMENTS, INC.", "",
        "Walter P. Linden", "Position: Chairman of the Board of", "Directors", "Citizenship: Canada",
        "Business Address: 12 Bay Street, Toronto, Ontario M5J 2R8", "",
        "Ruth Q. Hallorann", "Position: Chief Financial Officer", "Citizenship: United States",
        "Business Address: 40 Main Street, Hartford, Connecticut 06103", ""])
    people = _read(tmp_path, text, ".txt")
    assert people["Walter P. Linden"].positions == ["Chairman of the Board of Directors"]
    assert people["Ruth Q. Hallorann"].positions == ["Chief Financial Officer"]


def test_caption_if_other_than_the_united_states_over_two_lines(tmp_path):
    """Fails on main (no default: the United States citizens had none)."""
    caption = "NAME                             POSITION (AND COUNTRY OF CITIZENSHIP, IF\n" \
              "                                 OTHER THAN THE UNITED STATES)\n"
    assert wrapped_if_not(caption).group(1) == "UNITED STATES"
    people = _people(tmp_path, CITI, AIG, relayout.Options())
    assert people["Pei-yuan Chia"].citizenship.casefold() == "united states"
    assert people["Marshall A. Cohen"].citizenship == "Canada"  # (his own, in parentheses)


def test_one_line_caption_if_not_read_as_before(tmp_path):
    """Guard (passes on both): the real 'TITLE (AND CITIZENSHIP, IF NOT UNITED STATES)' on one line."""
    people = _people(tmp_path, "citigroup_real_title_caption_33_rows_no_blank", AIG, relayout.Options())
    assert people["Pei-yuan Chia"].citizenship.casefold() == "united states"
    assert people["Marshall A. Cohen"].citizenship == "Canada"


def test_a_preamble_last_line_officers_of_x_is_no_section_heading(tmp_path):
    """Fails on main: ['board of directors', 'executive officers'] for a director listed under a sentence wrapped
    '... the Directors and Executive' / 'Officers of Danaher.'."""
    people = _people(tmp_path, CITI, "Danaher", relayout.Options())
    assert {name: p.bodies for name, p in people.items()} == {
        "Mortimer M. Caplin": ["board of directors"], "Donald J. Ehrlich": ["board of directors"]}
    sentence = [geo.Line(0, "Set forth below are the names and titles of the Directors and Executive"),
                geo.Line(80, "Officers of Danaher.")]
    assert geo.heading_body(sentence) is None


def test_a_heading_line_over_the_table_names_its_body_as_before():
    """Guard (passes on both): 'EXECUTIVE OFFICERS' alone, or 'Officers.' under a title line, is a heading."""
    assert geo.heading_body([geo.Line(0, "EXECUTIVE OFFICERS")]) == "executive officers"
    assert geo.heading_body([geo.Line(0, "SCHEDULE A"), geo.Line(11, "Executive Officers.")]) == "executive officers"
