"""Roster layouts and checks of the eleventh round (issue 13), each on a text of our own making with the layout
of a development family (gather8's four, measured once as held out after the ninth round): the same people
back, or a warning; never a value on the wrong person."""
from __future__ import annotations

import kg

RULE = "-" * 100


def _extract(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return filing, {p.name: p for p in filing.people}


def _row(*cells: str, starts=(0, 28, 58, 92)) -> str:
    line = ""
    for cell, start in zip(cells, starts):
        if cell:
            line = f"{line:<{start}}{cell}"
    return line.rstrip()


# ---- a page that ends inside an entry: footer, <PAGE>, a running header 'SCHEDULE I (continued)' -----------
PAGED = "\n".join([
    " " * 35 + "SCHEDULE I", "", "        DIRECTORS AND EXECUTIVE OFFICERS OF HALLORAN MARITIME HOLDINGS, INC.", "",
    "<TABLE>", _row("", "Present Principal", "Business"),
    _row("Name", "Occupation or Employment", "Address", "Citizenship"),
    _row("-" * 22, "-" * 26, "-" * 24, "-" * 11),
    _row("Agnes T. Whitcombe", "Director of Halloran", "Whitcombe Advisory", "United States"),
    _row("", "Maritime Holdings, Inc.;", "12 Quay Street"), _row("", "Managing Partner"), "",
    _row("Desmond R. Okafor", "Director of Halloran", "Okafor Shipping", "Nigeria"),
    "", "", f"{'Page 6 of 8 Pages':>48}", "<PAGE>", f"{'SCHEDULE I (continued)':>50}", "",
    f"{'HALLORAN MARITIME HOLDINGS, INC.':^78}".rstrip(), f"{'DIRECTORS AND EXECUTIVE OFFICERS (continued)':^78}".rstrip(),
    "", _row("", "Present Principal", "Business"), _row("Name", "Occupation or Employment", "Address", "Citizenship"),
    _row("-" * 22, "-" * 26, "-" * 24, "-" * 11),
    _row("", "Maritime Holdings, Inc.;", "4 Marina Road"), _row("", "Chief Executive"), "",
    _row("Lucia M. Ferrante", "Chief Executive of", "Halloran Maritime", "Italy"),
    _row("", "Halloran Maritime", "Holdings"), _row("", "Holdings, Inc."), "",
    "</TABLE>", "", f"{'Page 7 of 8 Pages':>48}", ""])


def test_a_continued_schedule_is_read_once_as_the_rest_of_its_roster(tmp_path):
    """'SCHEDULE I (continued)' after a page break is more of the roster above, never a roster of its own: every
    person once, with the listed organisation (the continued part read again gave each person after the break a
    second record, with no organisation and the titles read the other way round)."""
    filing, got = _extract(tmp_path, PAGED)
    assert sorted(p.name for p in filing.people) == ["Agnes T. Whitcombe", "Desmond R. Okafor", "Lucia M. Ferrante"]
    assert all(p.organization == "Halloran Maritime Holdings, Inc." for p in filing.people)
    assert got["Lucia M. Ferrante"].positions == ["Chief Executive"]
    assert got["Agnes T. Whitcombe"].positions == ["Director"]
    assert got["Agnes T. Whitcombe"].other_positions == ["Managing Partner"]


def test_the_furniture_of_a_page_break_inside_an_entry_is_no_value_of_it(tmp_path):
    """The footer, '<PAGE>', 'SCHEDULE I (continued)', the filer's name in capitals, 'DIRECTORS AND EXECUTIVE
    OFFICERS (continued)' and the column caption again stand between two lines of Desmond's entry: none of it is
    his, and the lines after it are (his title goes on: 'Director of Halloran' / 'Maritime Holdings, Inc.;')."""
    filing, got = _extract(tmp_path, PAGED)
    okafor = got["Desmond R. Okafor"]
    assert okafor.positions == ["Director"] and okafor.other_positions == ["Chief Executive"]
    assert okafor.address == "Okafor Shipping, 4 Marina Road"
    assert not [w for w in filing.warnings if w.code == "unassigned-name"]


def test_a_form_feed_page_break_inside_an_entry_is_furniture_too(tmp_path):
    filing, got = _extract(tmp_path, PAGED.replace("<PAGE>", "\f"))
    assert got["Desmond R. Okafor"].other_positions == ["Chief Executive"]
    assert got["Desmond R. Okafor"].positions == ["Director"]


# ---- honorifics and degrees around names; names wrapped in their column ----------------------------------
HONOURED = "\n".join([
    " " * 35 + "SCHEDULE I", "", "  Information with Respect to Directors and Executive Officers of Brantwood Optics Inc.",
    "", "<TABLE>", RULE, _row("", "", "Position with the Company and"),
    _row("Officer / Director", "Business Address", "Present Principal Occupation", "Citizenship"), RULE,
    _row("Prof. Dr. Ingrid K.", "Brantwood Optics Inc.", "Director; President", "Germany"),
    _row("Vossberg, Ph.D.", "1 Lens Way"), RULE,
    _row("The Rt. Hon. Alistair J.", "Carrick Mills Ltd.", "Director; Chairman", "United Kingdom"),
    _row("Pembury"), RULE,
    _row("Samuel O. Adeyemi, Esq.", "18 Harbour Street", "Director; Treasurer", "Ghana"), RULE,
    _row("NAKASHIMA, The Hon. Keiko", "Nakashima Foundation", "Director; Trustee", "Japan"), RULE,
    "</TABLE>", ""])


def test_honorifics_and_degrees_are_no_part_of_the_name_and_a_wrapped_name_opens_its_entry(tmp_path):
    """'Prof. Dr.', 'The Rt. Hon.', ', Ph.D.', ', Esq.' and 'SURNAME, The Hon. Given' give the bare name (the
    printed form kept in name_as_printed); a name wrapped over two lines of its column ('The Rt. Hon. Alistair J.'
    / 'Pembury') opens its entry at its first line, so its cells are its own and not the entry's above."""
    filing, got = _extract(tmp_path, HONOURED)
    assert sorted(got) == ["Alistair J. Pembury", "Ingrid K. Vossberg", "Keiko Nakashima", "Samuel O. Adeyemi"]
    assert got["Ingrid K. Vossberg"].name_as_printed == "Prof. Dr. Ingrid K. Vossberg, Ph.D."
    assert got["Keiko Nakashima"].name_as_printed == "NAKASHIMA, The Hon. Keiko"
    assert got["Alistair J. Pembury"].citizenship == "United Kingdom"
    assert got["Alistair J. Pembury"].address.startswith("Carrick Mills")
    assert got["Ingrid K. Vossberg"].citizenship == "Germany"


def test_a_title_that_reads_both_ways_in_a_mixed_cell_is_decided_by_the_employer_or_refused(tmp_path):
    """In a 'Position with the Company and Present Principal Occupation' cell, 'President' under a business
    address at the company is a title there; 'Chairman' under another employer's address could be a title in the
    company or an occupation there: left out, with a `roster-ambiguous` finding. 'Treasurer' under a street
    address alone is the company's (round 15: neither the cell nor the address names any other organisation it
    could be held in). 'Director' is the seat on the company's board whatever the address."""
    filing, got = _extract(tmp_path, HONOURED)
    assert got["Ingrid K. Vossberg"].positions == ["Director", "President"]
    pembury, adeyemi = got["Alistair J. Pembury"], got["Samuel O. Adeyemi"]
    assert pembury.positions == ["Director"] and pembury.other_positions == []
    assert adeyemi.positions == ["Director", "Treasurer"] and adeyemi.other_positions == []
    doubts = " ".join(w.message for w in filing.warnings if w.code == "roster-ambiguous")
    assert "'Treasurer' in the titles of 'Samuel O. Adeyemi" not in doubts
    assert "'Chairman' in the titles of 'The Rt. Hon. Alistair J." in doubts


def test_rows_between_two_rules_with_an_unreadable_name_are_no_continuation_of_the_entry_above(tmp_path):
    """A name kg cannot read ('Xq Zzv' here stands for any) in rows set apart by blank lines is an entry of its
    own: reported as an `unassigned-name`, never added to the entry above (its cells would be that person's)."""
    text = "\n".join([
        "DIRECTORS AND EXECUTIVE OFFICERS OF CORVALE MINING CORP.", "", "<TABLE>",
        _row("Name", "Business Address", "Position", "Citizenship"), _row("-" * 20, "-" * 20, "-" * 20, "-" * 11),
        _row("Harriet V. Lindgren", "Corvale Mining Corp.", "Director", "Canada"), "",
        _row("and 47 more of", "Tuvan Minerals", "Chief Geologist", "Peru"), _row("the same", "9 Calle Real"), "",
        _row("Rupert D. Anselm", "Corvale Mining Corp.", "Secretary", "Canada"), "", "</TABLE>", ""])
    filing, got = _extract(tmp_path, text)
    assert got["Harriet V. Lindgren"].citizenship == "Canada"
    assert "Chief Geologist" not in got["Harriet V. Lindgren"].positions + got["Harriet V. Lindgren"].other_positions
    assert got["Rupert D. Anselm"].positions == ["Secretary"]


# ---- one Schedule I with the Purchaser's roster, then the Parent's ----------------------------------------
def _part(title: str, role: str, rows: list[tuple[str, str, str]]) -> list[str]:
    lines = [title, "", "<TABLE>", _row("", "Position with", "Business", starts=(0, 26, 50, 80)),
             _row("Name", role, "Address", "Citizenship", starts=(0, 26, 50, 80)),
             _row("-" * 22, "-" * 20, "-" * 26, "-" * 11, starts=(0, 26, 50, 80))]
    for name, title_, address in rows:
        lines += [_row(name, title_, address, "Denmark", starts=(0, 26, 50, 80)), ""]
    return lines + ["</TABLE>", ""]


TWO_PARTS = "\n".join([
    " " * 35 + "SCHEDULE I", "", "    INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS OF",
    "                         PURCHASER AND PARENT", "",
    "Set forth below are the name, position, business address and citizenship of each director and executive",
    "officer of Fjordlys Acquisition ApS (\"Purchaser\") and of Fjordlys Holding A/S (\"Parent\").", "",
    *_part("1. DIRECTORS AND EXECUTIVE OFFICERS OF PURCHASER (FJORDLYS ACQUISITION APS)", "Purchaser",
           [("Mette K. Lund", "Director", "Havnegade 4, Aarhus"), ("Jonas P. Berg", "Secretary", "Havnegade 4, Aarhus")]),
    *_part("2. DIRECTORS AND EXECUTIVE OFFICERS OF PARENT (FJORDLYS HOLDING A/S)", "Parent",
           [("Mette K. Lund", "Chief Executive Officer", "Havnegade 4, Aarhus"),
            ("Sofie A. Holm", "Chief Financial Officer", "Havnegade 4, Aarhus")])])


def test_two_organisations_parts_named_in_brackets_after_their_defined_terms(tmp_path):
    """'OF PURCHASER (FJORDLYS ACQUISITION APS)' and 'OF PARENT (FJORDLYS HOLDING A/S)' start a roster each,
    named as the preamble prints the names; a person in both is one record per organisation, each with the
    titles of its part."""
    filing, _got = _extract(tmp_path, TWO_PARTS)
    records = {(p.name, p.organization): p for p in filing.people}
    assert sorted(records) == [("Jonas P. Berg", "Fjordlys Acquisition ApS"), ("Mette K. Lund", "Fjordlys Acquisition ApS"),
                               ("Mette K. Lund", "Fjordlys Holding A/S"), ("Sofie A. Holm", "Fjordlys Holding A/S")]
    assert records[("Mette K. Lund", "Fjordlys Acquisition ApS")].positions == ["Director"]
    assert records[("Mette K. Lund", "Fjordlys Holding A/S")].positions == ["Chief Executive Officer"]


# ---- HTML: full-width section rows; a shared cell printed once with a rowspan ------------------------------
SPANNED = ("<html><body><p>SCHEDULE I</p><p>DIRECTORS AND EXECUTIVE OFFICERS OF QUILLON PAPER MILLS INC.</p>"
           "<table border=1><tr><td>Name</td><td>Position with Quillon Paper Mills Inc.</td>"
           "<td>Present Principal Occupation</td><td>Citizenship</td><td>Business Address</td></tr>"
           "<tr><td colspan=5><b>EXECUTIVE OFFICERS</b></td></tr>"
           "<tr><td>Teodora V. Marsh</td><td>President</td><td>&nbsp;</td><td rowspan=2>Canada</td>"
           "<td rowspan=3>1 Mill Lane<br>Halifax, Nova Scotia</td></tr>"
           "<tr><td>Oren B. Castellan</td><td>Treasurer</td><td>&nbsp;</td></tr>"
           "<tr><td>Pilar N. Esquivel</td><td>Secretary</td><td>Partner, Esquivel &amp; Roca</td><td>Spain</td></tr>"
           "<tr><td colspan=5><b>DIRECTORS WHO ARE NOT EXECUTIVE OFFICERS</b></td></tr>"
           "<tr><td>Wendell K. Ibarra</td><td>Director</td><td>Chairman, Ibarra Timber Ltd.</td><td>Chile</td>"
           "<td>44 Avenida Sur<br>Santiago, Chile</td></tr></table></body></html>")


def test_the_reader_notes_the_grid_column_of_each_cell_of_an_irregular_row(tmp_path):
    """kg.read.html: a row under a rowspan cell shows fewer cells; the grid column of each of its cells is
    noted (regular rows note nothing), the spanning cell with the rows it spans."""
    from kg.read.documents import load
    path = tmp_path / "spanned.htm"
    path.write_text(SPANNED, encoding="utf-8")
    doc = load(path)
    noted = {doc.text[i:i + 40].removeprefix(" | ").split(" | ")[0].split("\n")[0]: (column, rows)
             for i, column, rows, _columns in doc.offsets.cell_columns}
    assert noted["Canada"] == (3, 2) and noted["1 Mill Lane Halifax, Nova Scotia"] == (4, 3)
    assert noted["Oren B. Castellan"] == (0, 1) and noted["Treasurer"] == (1, 1)
    assert noted["Spain"] == (3, 1)
    assert "Wendell K. Ibarra" not in noted  # (a regular row)


def test_a_cell_printed_once_with_a_rowspan_is_each_spanned_row_s_value(tmp_path):
    """The citizenship 'Canada' spans Teodora's and Oren's rows, the address three rows: each of those people
    has them (not refused as carried over from a neighbour: the markup gives the cell to each row); Pilar's
    own citizenship is hers; section rows spanning the table set the body."""
    filing, got = _extract(tmp_path, SPANNED, "spanned.htm")
    assert got["Oren B. Castellan"].citizenship == "Canada" and got["Oren B. Castellan"].positions == ["Treasurer"]
    assert got["Oren B. Castellan"].address == "1 Mill Lane, Halifax, Nova Scotia"
    assert got["Pilar N. Esquivel"].citizenship == "Spain"
    assert got["Pilar N. Esquivel"].address == "1 Mill Lane, Halifax, Nova Scotia"
    assert got["Pilar N. Esquivel"].other_positions == ["Partner, Esquivel & Roca"]
    assert got["Teodora V. Marsh"].citizenship == "Canada"
    assert got["Wendell K. Ibarra"].bodies == ["board of directors"]
    assert "executive officers" in got["Oren B. Castellan"].bodies
    assert not [w for w in filing.warnings if w.code == "roster-ambiguous"]


def test_names_wrapped_around_their_honorifics_and_degrees(tmp_path):
    """'Prof. Dr. Susanne' / 'Antonie Schaffert' (the second line a name on its own: the first opens with an
    honorific and holds no whole name), 'Francis Michael Cyprian' / 'Cuss, M.D.' (a surname with a degree that
    did not fit), 'Prof. Viviane Monges,' / 'C.B.E.' (a decoration alone): one person each, the bare name."""
    text = "\n".join([
        "DIRECTORS AND EXECUTIVE OFFICERS OF HOLMFIRTH LENSES PLC", "", "<TABLE>", RULE,
        _row("Officer / Director", "Business Address", "Position", "Citizenship"), RULE,
        _row("Prof. Dr. Susanne", "7 Canal Street", "Board Director", "Germany"), _row("Antonie Schaffert"), RULE,
        _row("Francis Michael Cyprian", "7 Canal Street", "Board Director", "United Kingdom"), _row("Cuss, M.D."), RULE,
        _row("Prof. Viviane Monges,", "7 Canal Street", "Board Director", "France"), _row("C.B.E."), RULE,
        "</TABLE>", ""])
    filing, got = _extract(tmp_path, text)
    assert sorted(got) == ["Francis Michael Cyprian Cuss", "Susanne Antonie Schaffert", "Viviane Monges"]
    assert got["Viviane Monges"].other_positions == [] and got["Viviane Monges"].citizenship == "France"
    assert got["Francis Michael Cyprian Cuss"].citizenship == "United Kingdom"
    assert got["Susanne Antonie Schaffert"].name_as_printed == "Prof. Dr. Susanne Antonie Schaffert"


def test_the_rest_of_an_unreadable_entry_after_a_page_break_is_not_the_entry_above(tmp_path):
    """'LOTHROP, The Rt. Hon.' (no whole name) stands after a break; the page ends; 'Robert A.' and the rest of
    his cells follow on the next page. Those rows are one entry kg cannot name (reported), never the rest of the
    entry above (Bagley's address would have gained Lothrop's city)."""
    text = "\n".join([
        "DIRECTORS AND EXECUTIVE OFFICERS OF KESTREL SEMICONDUCTOR, INC.", "", "<TABLE>", RULE,
        _row("Officer / Director", "Business Address", "Position", "Citizenship"), RULE,
        _row("BAGLEY, James W.", "4650 Cushing Parkway", "Director", "United States"), _row("", "Fremont, CA 94538"), "",
        _row("LOTHROP, The Rt. Hon.", "3308 Catalina", "Director", "United States"), "", "<PAGE>", "",
        _row("Robert A.", "Boise, ID 83705"), "", "</TABLE>", ""])
    filing, got = _extract(tmp_path, text)
    assert list(got) == ["James W. Bagley"]
    assert got["James W. Bagley"].address == "4650 Cushing Parkway, Fremont, CA 94538"
    assert any(w.code == "unassigned-name" and "LOTHROP" in w.message for w in filing.warnings)


def test_in_a_mixed_cell_another_organisation_named_after_a_comma_makes_an_occupation_and_a_member_a_seat(tmp_path):
    """'Partner, Dunmore & Pell' names another organisation: an occupation there; 'Member, Conseil
    d'Administration' is a seat on the listed organisation's board."""
    text = "\n".join([
        "  Information with Respect to Directors and Executive Officers of Brantwood Optics Inc.", "", "<TABLE>",
        RULE, _row("", "", "Position with the Company and"),
        _row("Officer / Director", "Business Address", "Present Principal Occupation", "Citizenship"), RULE,
        _row("Dr. Helena F. Marchetti", "9 Via Roma", "Director; Partner, Dunmore", "Italy"), _row("", "", "& Pell"),
        RULE, _row("Jean-Luc R. Ferrand", "12 Rue de Lille", "Member, Conseil", "France"),
        _row("", "", "d'Administration"), RULE, "</TABLE>", ""])
    filing, got = _extract(tmp_path, text)
    marchetti, ferrand = got["Helena F. Marchetti"], got["Jean-Luc R. Ferrand"]
    assert marchetti.positions == ["Director"] and marchetti.other_positions == ["Partner, Dunmore & Pell"]
    assert ferrand.positions == ["Member, Conseil d'Administration"] and ferrand.other_positions == []


def test_a_labelled_value_a_page_break_cuts_is_refused_and_no_default_fills_it(tmp_path):
    """'Principal Business Address:' / '400' / (a page break) / '521 - 3rd Avenue S.W.' ...: the bare number
    reads as a page number and the blank lines end the value, so the rest stands under no label. The address is
    not known: left empty, and the preamble's default (the company's address, another block's printed address)
    does not stand in for it."""
    text = "\n".join([
        " " * 35 + "EXHIBIT 1", "", "INFORMATION CONCERNING THE REPORTING PERSON AND ITS EXECUTIVE OFFICERS AND DIRECTORS",
        "", "Unless another address is given below, the principal business address of each person named in this",
        "Exhibit 1 is that of Tamarack Drilling Corp.", "", "1.       TAMARACK DRILLING CORP.", "",
        "         Principal Business Address:", "         77 Ridge Road N.W.", "         Calgary",
        "         Alberta T2L 0N8", "", "         Directors and Executive Officers of Tamarack Drilling Corp.:", "",
        "                  Director:  FIELDING, Thomas H.", "",
        "                                     Principal Occupation: Rancher", "", "",
        "                  Director; Chief Financial Officer:  TOMASZ, John", "",
        "                                     Principal Business Address:", "                                     400",
        "", "<PAGE>", "", "                                     521 - 3rd Avenue S.W.",
        "                                     Calgary", "                                     Alberta T2P 3T3", ""])
    filing, got = _extract(tmp_path, text)
    assert got["Thomas H. Fielding"].address == "77 Ridge Road N.W., Calgary, Alberta T2L 0N8"
    assert got["John Tomasz"].address is None
    assert got["John Tomasz"].positions == ["Director", "Chief Financial Officer"]
