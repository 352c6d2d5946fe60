"""Fifteenth round (issue 13): the outline, honorific and transposed-table families, each cause on a text of our
own making (people and organisations invented here)."""
from __future__ import annotations

import pytest

import kg
from kg.errors import StructureError
from kg.read.html import html_to_text

OUTLINE = """\
                                   SCHEDULE I

      DIRECTORS AND EXECUTIVE OFFICERS OF HARROWGATE MILLS, INC.

I.  Directors

     A.  Pei-lin Zhao
          (a) Business address: c/o 12 Tanner Street, New York, New York
              10270
          (b) Position with Harrowgate Mills, Inc.: Director
          (c) Present principal occupation: Retired Vice Chairman,
              Kestrel Bank, N.A.
          (d) Citizenship: United States

     B.  Bill Way
          (a) Business address: 200 Quarry Lane, Spring, Texas 77389
          (b) Position with Harrowgate Mills, Inc.: President and Chief
              Operating Officer
          (c) Present principal occupation: Same
          (d) Citizenship: United States

     C.  Ronald C. Tam
          (a) Business address: Tang Lung Development Company Limited,
              28/F Standard Chartered Bank Building, 4 Des Voeux Road
              Central, Hong Kong
          (b) Position with Harrowgate Mills, Inc.: Director
          (c) Present principal occupation: Chairman and Chief Executive
              Officer of Tang Lung Development Company Limited
          (d) Citizenship: United Kingdom

II.  Executive Officers who are not Directors

     A.  Desmond K. Varga
          (a) Business address: 400 Kiln Road, Suite 12, Troy, New York
              12180
          (b) Position with Harrowgate Mills, Inc.: Executive Vice
              President; Chief Financial Officer
          (c) Present principal occupation: Same
          (d) Citizenship: Canada
"""


def _extract(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    try:
        return kg.extract(path)
    except StructureError:
        return None


def test_an_outline_gives_each_section_its_body_and_reads_every_lettered_entry(tmp_path):
    """'I. Directors' / 'II. Executive Officers who are not Directors' are section headings: the body of the
    entries under them (the body named before 'who are not'), never text of a value; 'A.', 'B.' are entry marks;
    a name under a mark right above its first label heads the block even where its words read as a street
    ('Bill Way'); 'Same' states no occupation elsewhere."""
    filing = _extract(tmp_path, "outline.txt", OUTLINE)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Pei-lin Zhao", "Bill Way", "Ronald C. Tam", "Desmond K. Varga"}
    assert people["Pei-lin Zhao"].bodies == ["board of directors"]
    assert people["Desmond K. Varga"].bodies == ["executive officers"]
    assert people["Desmond K. Varga"].positions == ["Executive Vice President", "Chief Financial Officer"]
    assert people["Bill Way"].other_positions == [] and people["Desmond K. Varga"].other_positions == []
    assert people["Desmond K. Varga"].citizenship == "Canada"
    values = [v for p in filing.people for v in (*p.positions, *p.other_positions, p.citizenship or "", p.address or "")]
    assert not any("Directors" in v or "II." in v or "Same" == v for v in values)
    assert not any("section heading" in w.message for w in filing.warnings)


def test_a_labelled_value_wrapped_with_a_hanging_indent_is_one_value(tmp_path):
    """A line indented under its label, short of the value's column, whose first word would not have fitted on
    the line above is a wrap: 'New York' is one city, 'President and Chief Operating Officer' one title,
    'Chairman and Chief Executive Officer of Tang Lung ...' one occupation; 'Central, Hong Kong' ends an
    address (a country is never a person's name)."""
    filing = _extract(tmp_path, "outline.txt", OUTLINE)
    people = {p.name: p for p in filing.people}
    assert people["Pei-lin Zhao"].address_city == "New York"
    assert people["Bill Way"].positions[-1:] == ["President and Chief Operating Officer"]
    assert people["Ronald C. Tam"].other_positions == ["Chairman and Chief Executive Officer of Tang Lung Development Company Limited"]
    assert people["Ronald C. Tam"].address_city == "Hong Kong"
    assert not any(w.code == "unassigned-name" for w in filing.warnings)


PARTS = """\
                     DIRECTORS AND EXECUTIVE OFFICERS OF CALDERA AVIATION CORP.

Name: Pierre Lavallee
Position: Director
Principal Occupation: President and Chief Operating Officer
Business Address: Lavallee Aerospace
        400, chemin de la Cote-Vertu ouest
        Dorval H4S 1Y9
Citizenship: Canada

Name: Jeanne Moreau-Baptiste
Position: Director
Principal Occupation: Chairman, Baptiste Freres
Business Address: Baptiste Freres
        277 Park Avenue, 50th Floor
        New York, N.Y. 10172
Citizenship: France
"""


def test_an_address_printed_one_part_a_line_keeps_its_lines(tmp_path):
    """Lines under a label that are short of the roster's width are parts of their own, not wraps: the city is
    the last line's ('Dorval', 'New York'), never 'Cote-Vertu' or 'Floor New York'."""
    filing = _extract(tmp_path, "parts.txt", PARTS)
    people = {p.name: p for p in filing.people}
    assert people["Pierre Lavallee"].address_city == "Dorval"
    assert people["Jeanne Moreau-Baptiste"].address_city == "New York"


HONORIFICS = """\
                                   SCHEDULE I

  Information with Respect to Directors and Executive Officers of Brightwater Capital Management, Inc.

<TABLE>
<CAPTION>
--------------------------------------------------------------------------------------------------------------
                                                            Position with the Company and
Officer / Director          Business Address                Present Principal Occupation        Citizenship
--------------------------------------------------------------------------------------------------------------
<S>                         <C>                             <C>                                 <C>
SCHAFFERT, The Rt. Hon.     Tuborg Havnevej 19              Director; Executive Vice President   Germany
Susanne Antonie             2900 Hellerup

HOLT, Prof. Sylvester       10000 Energy Drive              Director                            United States
“Chip”, C.B.E.              Spring, Texas 77389

JR., Dr. Louis A.           Orrin Partners LLC              Director; Chairman                  United States
Palladino,                  1585 Broadway
                            New York, New York 10036

Dr. Mara Ellison, Ph.D.     Orrin Partners LLC              Vice President; officer of Orrin    United States
                            1585 Broadway                   Partners LLC
                            New York, New York 10036
</TABLE>
"""


def test_names_wrapped_with_their_honorifics_are_one_name_without_them(tmp_path):
    """'SCHAFFERT, The Rt. Hon.' / 'Susanne Antonie', 'HOLT, Prof. Sylvester' / '“Chip”, C.B.E.' and 'JR., Dr.
    Louis A.' / 'Palladino,' are names wrapped in their column: one person each, named without the honorific
    and the credentials, the printed form kept."""
    filing = _extract(tmp_path, "honorifics.txt", HONORIFICS)
    names = {p.name for p in filing.people}
    assert names == {"Susanne Antonie Schaffert", "Sylvester “Chip” Holt", "Louis A. Palladino Jr.", "Mara Ellison"}
    holt = next(p for p in filing.people if p.name.endswith("Holt"))
    assert holt.other_positions == [] and holt.positions == ["Director"]


def test_a_mixed_cell_gives_an_officer_title_to_the_company_only_where_no_other_employer_is_named(tmp_path):
    """'Executive Vice President' in a 'Position with the Company and Present Principal Occupation' cell, under a
    street address, is the company's title (nothing names another organisation it could be held in); 'Chairman'
    under another employer's address ('Orrin Partners LLC') could be either: left out, with a finding. The
    mixed-case heading under 'SCHEDULE I' names the bodies listed: the officer is among the executive officers."""
    filing = _extract(tmp_path, "honorifics.txt", HONORIFICS)
    people = {p.name: p for p in filing.people}
    schaffert, palladino = people["Susanne Antonie Schaffert"], people["Louis A. Palladino Jr."]
    assert schaffert.positions == ["Director", "Executive Vice President"]
    assert schaffert.bodies == ["board of directors", "executive officers"]
    assert palladino.positions == ["Director"] and palladino.other_positions == []
    assert any(w.code == "roster-ambiguous" and "'Chairman'" in w.message for w in filing.warnings)


def test_a_bare_officer_title_beside_the_occupation_at_the_address_employer_is_the_company_s(tmp_path):
    """'Vice President; officer of Orrin Partners LLC' under Orrin's address: the occupation there is stated
    apart, so the bare title is the listed organisation's (a subsidiary's officer at the parent's address)."""
    filing = _extract(tmp_path, "honorifics.txt", HONORIFICS)
    ellison = next(p for p in filing.people if p.name == "Mara Ellison")
    assert ellison.positions == ["Vice President"]
    assert ellison.other_positions == ["officer of Orrin Partners LLC"]
    assert ellison.bodies == ["executive officers"]


def _transposed(tables: list[str]) -> str:
    return ("<html><body><p align=center><b>SCHEDULE A</b></p><p align=center>INFORMATION CONCERNING THE "
            "DIRECTORS AND EXECUTIVE OFFICERS OF QUILLON FOODS, INC.</p>" + "<p>&nbsp;</p>".join(tables)
            + "</body></html>")


_LABELS = ["Position with Quillon Foods, Inc.", "Present Principal Occupation", "Business Address", "Citizenship"]


def _table(names: list[str], rows: list[list[str]], first: str = "&nbsp;") -> str:
    head = "".join(f"<th>{n}</th>" for n in names)
    body = "".join(f"<tr><td><b>{label}</b></td>{''.join(f'<td>{c}</td>' for c in cells)}</tr>"
                   for label, cells in zip(_LABELS, rows))
    return f"<table border=1><tr><th>{first}</th>{head}</tr>{body}</table>"


TRANSPOSED = _transposed([
    _table(["Agnes T. Morrow", "Hector Lindqvist", "Ilse M. Brandauer"],
           [["Director", "Director", "Treasurer"],
            ["Partner, Pryce Whitlow", "", "&mdash;"],  # (Lindqvist's cell empty: the text drops it)
            ["18 Canal Street<br>Albany, New York 12207", "7 Mill Road<br>Troy, New York 12180",
             "400 Kiln Road<br>Troy, New York 12180"],
            ["United States", "Sweden", "Austria"]]),
    _table(["Oren Castellanos"], [["Director"], ["Partner, Castellanos Vega LLP"],
                                  ["9 Harbour Street<br>Boston, Massachusetts 02110"], ["Spain"]]),
])


def test_a_transposed_table_is_read_by_its_grid_columns(tmp_path):
    """One column per person, one row per field: each value is the person's whose column it stands in, by the
    grid (an empty cell, dropped from the text, leaves that person's value empty and moves no other value); a
    table of one column (its header row prints no ' | ') is read too; '&mdash;' states no value."""
    filing = _extract(tmp_path, "transposed.htm", TRANSPOSED)
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Agnes T. Morrow", "Hector Lindqvist", "Ilse M. Brandauer", "Oren Castellanos"}
    assert people["Agnes T. Morrow"].other_positions == ["Partner, Pryce Whitlow"]
    assert people["Hector Lindqvist"].other_positions == [] and people["Hector Lindqvist"].citizenship == "Sweden"
    assert people["Ilse M. Brandauer"].other_positions == [] and people["Ilse M. Brandauer"].positions == ["Treasurer"]
    assert people["Hector Lindqvist"].address_city == "Troy" and people["Oren Castellanos"].citizenship == "Spain"
    assert all(p.organization == "Quillon Foods, Inc." for p in filing.people)


def test_a_transposed_table_whose_rows_do_not_line_up_is_refused_with_a_finding(tmp_path):
    """A cell spanning two persons' columns (colspan) could be either's: that table gives no person, with a
    `roster-ambiguous` finding; the table after it is still read."""
    spanning = _table(["Agnes T. Morrow", "Hector Lindqvist"], [["Director", "Director"], ["Partner", "Counsel"],
                                                                 ["18 Canal Street", "7 Mill Road"], ["Sweden", "Norway"]])
    spanning = spanning.replace("<td>Sweden</td><td>Norway</td>", "<td colspan=2>Sweden</td>")
    filing = _extract(tmp_path, "spanning.htm", _transposed([spanning, _table(
        ["Oren Castellanos"], [["Director"], ["Partner, Castellanos Vega LLP"], ["9 Harbour Street"], ["Spain"]])]))
    assert [p.name for p in filing.people] == ["Oren Castellanos"]
    assert any(w.code == "roster-ambiguous" and "spans rows or columns" in w.message for w in filing.warnings)


def test_html_notes_the_grid_column_of_each_printed_cell_of_a_row_with_empty_cells():
    """kg.read.html drops empty cells from a row's text; for such a row it notes the grid column of each cell it
    prints (a row whose every cell prints notes nothing: its cells are its columns in order)."""
    text, offsets = html_to_text("<table><tr><td></td><td>Ann Lee</td><td>&nbsp;</td><td>Bo Tan</td></tr>"
                                 "<tr><td>Citizenship</td><td>Canada</td><td>x</td><td>Peru</td></tr></table>")
    assert text.splitlines()[0] == "Ann Lee | Bo Tan"
    assert [column for _at, column in offsets.filled_columns] == [1, 3]


@pytest.mark.parametrize("variant", ["numbered", "plain"])
def test_a_numbered_transposed_header_names_its_people_without_their_numbers(tmp_path, variant):
    names = ["1. Agnes T. Morrow", "2. Hector Lindqvist"] if variant == "numbered" else ["Agnes T. Morrow",
                                                                                          "Hector Lindqvist"]
    filing = _extract(tmp_path, "numbered.htm", _transposed([_table(names, [
        ["Director", "Director"], ["Partner, Pryce Whitlow", "Counsel, Lindqvist AB"],
        ["18 Canal Street<br>Albany, New York 12207", "7 Mill Road<br>Troy, New York 12180"], ["Canada", "Sweden"]])]))
    people = {p.name: p for p in filing.people}
    assert set(people) == {"Agnes T. Morrow", "Hector Lindqvist"}
    assert people["Hector Lindqvist"].other_positions == ["Counsel, Lindqvist AB"]
    assert people["Agnes T. Morrow"].citizenship == "Canada"
