"""Issue 13, twenty-seventh round (c): four recombination families (gather18's lettered_name_address_stack and
capitals_citizenship_second, gather19's html_stacked_pair_default_address, gather20's citizenship_group_headings),
each an ordinary layout the reader reads, features recombined. Small texts of our own making, with people of the
development rosters retyped.

Each test says whether it fails on main c9f3f1c (a fix) or passes on both (a guard of precision)."""
from __future__ import annotations

import kg


def _extract(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return kg.extract(path)


def _people(filing) -> dict[str, object]:
    return {p.name: p for p in filing.people}


_LETTERED = '                                   ANNEX A\n\n                       DIRECTORS AND EXECUTIVE OFFICERS\n                            OF BOMBARDIER INC.\n\n     The following table sets forth the name, residence or business address,\nposition(s) with Bombardier Inc. (the "Reporting Person") and present\nprincipal occupation of each director and executive officer of the Reporting\nPerson. Each of the persons named below is a citizen of Canada.\n\nName and Residence                    Position(s) with the Reporting Person\nor Business Address                   and Present Principal Occupation\n----------------------------------    ------------------------------------------\nA.  Laurent Beaudoin                  Director; Chairman of the Board of\n    800 Rene-Levesque Blvd. West      Bombardier Inc.\n    Montreal, Quebec H3B 1Y8\n\nB.  Pierre Beaudoin                   Director; President and Chief Operating\n    Bombardier Aerospace              Officer, Bombardier Aerospace\n    400 Cote-Vertu Road West\n    Dorval, Quebec H4S 1Y9\n\nC.  Jean-Louis Fontaine               Director; Vice Chairman of the Board of\n    800 Rene-Levesque Blvd. West      Bombardier Inc.\n    Montreal, Quebec H3B 1Y8\n'


def test_a_row_letter_two_spaces_before_the_name_opens_the_row(tmp_path):
    """Fails on main: 'A.  Laurent Beaudoin' (the letter a chunk of its own in the name column) opened no row, so the
    rows ran together and 'Bombardier Aerospace', an address line, was read as a person holding the others' values."""
    people = _people(_extract(tmp_path, _LETTERED))
    assert set(people) == {"Laurent Beaudoin", "Pierre Beaudoin", "Jean-Louis Fontaine"}
    assert people["Laurent Beaudoin"].address == "800 Rene-Levesque Blvd. West, Montreal, Quebec H3B 1Y8"
    assert people["Pierre Beaudoin"].address.startswith("Bombardier Aerospace, 400 Cote-Vertu Road West")
    assert people["Jean-Louis Fontaine"].positions == ["Director", "Vice Chairman of the Board"]
    assert all(p.citizenship == "Canada" for p in people.values())


def test_row_numbers_two_spaces_before_the_names_are_no_part_of_them(tmp_path):
    """Fails on main (as the letters): numbers in place of the letters ('1.  Laurent Beaudoin') open the same rows,
    the numbers in no name."""
    text = _LETTERED.replace("A.  ", "1.  ").replace("B.  ", "2.  ").replace("C.  ", "3.  ")
    people = _people(_extract(tmp_path, text))
    assert set(people) == {"Laurent Beaudoin", "Pierre Beaudoin", "Jean-Louis Fontaine"}
    assert people["Jean-Louis Fontaine"].address == "800 Rene-Levesque Blvd. West, Montreal, Quebec H3B 1Y8"


def test_an_initial_two_spaces_before_a_surname_is_no_row_mark_alone(tmp_path):
    """Passes on both (a guard): where no sequence of letters runs down the rows, nobody loses an initial or takes
    another row's values."""
    text = _LETTERED.replace("B.  Pierre Beaudoin", "    Pierre Beaudoin").replace("C.  Jean-Louis", "    Jean-Louis")
    people = _people(_extract(tmp_path, text))
    assert "Bombardier Aerospace" not in people
    for person in people.values():
        assert person.address is None or "Rene-Levesque" in person.address or "Cote-Vertu" in person.address
    if "Jean-Louis Fontaine" in people:
        assert people["Jean-Louis Fontaine"].address in (None, "800 Rene-Levesque Blvd. West, Montreal, Quebec H3B 1Y8")


def test_a_legal_form_wrapped_under_and_co_joins_it_as_printed(tmp_path):
    """Fails on main: 'Morgan Stanley & Co.' / 'Incorporated' stacked under a name became 'Morgan Stanley & Co.,
    Incorporated', which no longer matched the employer the occupation names, and the titles were lost."""
    head, rule, body = _LETTERED.partition("-" * 42 + "\n")  # (no letters, the name column at the margin: the rows
    body = "\n".join(line[4:38] + "    " + line[38:] if len(line) > 38 else line[4:] for line in body.splitlines())
    text = head + rule + body.replace(  # open on main too)
        "Bombardier Aerospace                  Officer, Bombardier Aerospace",
        "Morgan Stanley & Co.                  Officer, Bombardier Aerospace\nIncorporated")
    people = _people(_extract(tmp_path, text))
    assert people["Pierre Beaudoin"].address.startswith("Morgan Stanley & Co. Incorporated, 400 Cote-Vertu")


_CAPITALS = '                                   ANNEX B\n\n         INFORMATION CONCERNING THE DIRECTORS AND EXECUTIVE OFFICERS\n                    OF SMITH BARNEY CORPORATE TRUST COMPANY\n\nThe following table sets forth the name, country of citizenship, present\nprincipal occupation or employment and residence or business address of each\nof the directors and executive officers of Smith Barney Corporate Trust Company.\n\n<TABLE>\n<CAPTION>\n                                          Present Principal Occupation or\n                            Country of    Employment and the Name of Any\nName                        Citizenship   Corporation in Which It Is Conducted      Residence or Business Address\n--------------------------  ------------  ----------------------------------------  ------------------------------\n<S>                         <C>           <C>                                       <C>\nEDMUND MARTINEZ             United        Director, Smith Barney Corporate Trust    Smith Barney Corporate Trust\n                            States        Company                                   Company\n                                          President, Smith Barney Corporate Trust   824 Market Street, Suite 210\n                                          Company                                   Wilmington, DE 19801\n\nMARSHALL A. COHEN           Canada        Director, Smith Barney Corporate Trust    Cassels, Brock & Blackwell\n                                          Company                                   40 King Street West\n                                          Counsel, Cassels, Brock & Blackwell       Toronto, Ontario M5H 3C2\n\nTHOMAS H. FIELD             Canada        Director, Scout Capital Corp.             4028 Comanche Road N.W.\n                                          Self Employed Businessman                 Calgary, Alberta T2L 0N8\n\nKEITH B. HENNESSEY          United        Director, MSDW OIP Investors, Inc.        1585 Broadway\n                            States        Vice President, MSDW OIP Investors, Inc.  New York, New York 10036\n                                          officer of Morgan Stanley & Co.\n                                          Incorporated\n</TABLE>\n'


def test_a_line_of_header_words_under_a_name_wraps_the_cells_above(tmp_path):
    """Fails on main: 'States   Company   Company' (every word one a header may hold) under 'EDMUND MARTINEZ' was
    taken for the header repeated: the citizenship lost its second word ('United' went into the occupation) and
    the occupation and the address their last."""
    people = _people(_extract(tmp_path, _CAPITALS))
    martinez = people["Edmund Martinez"]
    assert martinez.citizenship == "United States"
    assert martinez.address == "Smith Barney Corporate Trust Company, 824 Market Street, Suite 210, Wilmington, DE 19801"
    assert martinez.positions == ["Director", "President"]
    assert not any("United" in item for item in martinez.other_positions)


def test_an_occupation_after_one_named_with_its_legal_form_stands_apart(tmp_path):
    """Fails on main: 'Director, Smith Barney Corporate Trust' / 'Company' / 'Counsel, Cassels, Brock & Blackwell'
    read as one occupation; 'officer of Morgan Stanley & Co.' joined to the occupation above it."""
    people = _people(_extract(tmp_path, _CAPITALS))
    assert people["Marshall A. Cohen"].positions == ["Director"]
    assert people["Marshall A. Cohen"].other_positions == ["Counsel, Cassels, Brock & Blackwell"]
    assert "officer of Morgan Stanley & Co. Incorporated" in people["Keith B. Hennessey"].other_positions


def test_a_line_that_would_have_fitted_after_a_named_employer_is_an_occupation_of_its_own(tmp_path):
    """Fails on main: 'Director, Scout Capital Corp.' / 'Self Employed Businessman', where the column prints longer
    lines, read as one occupation."""
    field = _people(_extract(tmp_path, _CAPITALS))["Thomas H. Field"]
    items = field.positions + field.other_positions
    assert "Self Employed Businessman" in items and "Director, Scout Capital Corp." in items


def test_the_employer_line_above_an_address_in_an_occupation_cell_stays_the_address(tmp_path):
    """Passes on both (a guard): in a cell that prints the address too, the line naming the employer above the
    street line is the address's first, no occupation of its own."""
    text = _CAPITALS.replace(
        "THOMAS H. FIELD             Canada        Director, Scout Capital Corp.             4028 Comanche Road N.W.\n"
        "                                          Self Employed Businessman                 Calgary, Alberta T2L 0N8",
        "THOMAS H. FIELD             Canada        Director, Scout Capital Corp.\n"
        "                                          Scout Capital Holdings\n"
        "                                          4028 Comanche Road N.W.\n"
        "                                          Calgary, Alberta T2L 0N8")
    field = _people(_extract(tmp_path, text))["Thomas H. Field"]
    assert "Scout Capital Holdings" not in field.positions + field.other_positions
    assert field.address is None or field.address.startswith("Scout Capital Holdings, 4028 Comanche Road")


_GROUPS = '                                   SCHEDULE I\n\n          DIRECTORS AND EXECUTIVE OFFICERS OF NOVO HOLDINGS A/S\n\nThe following table sets forth the name, position with Novo Holdings A/S (the\n"Company"), present principal occupation and business address of each director\nand executive officer of the Company.\n\n<TABLE>\n                            Position with           Present Principal\nName                        the Company             Occupation                      Business Address\n--------------------------  ----------------------  ------------------------------  --------------------------------\n<S>                         <C>                     <C>                             <C>\n\nThe following persons are citizens of Denmark:\n\nLars Rebien Sorensen        Chairman of the Board   Professional Board Director     Tuborg Havnevej 19\n                                                                                    2900 Hellerup, Denmark\n\nKasim Kutay                 Chief Executive Officer Chief Executive Officer of      Tuborg Havnevej 19\n                                                     Novo Holdings A/S              2900 Hellerup, Denmark\n\nEach of the following persons is a citizen of the United Kingdom:\n\nFrancis Michael Cyprian     Director                Biopharmaceutical Consultant    Tuborg Havnevej 19\nCuss                                                                                2900 Hellerup, Denmark\n\n</TABLE>\n'


def test_each_person_takes_the_citizenship_of_the_group_heading_above(tmp_path):
    """Fails on main: 'The following persons are citizens of Denmark:' and 'Each of the following persons is a
    citizen of the United Kingdom:' over groups of rows gave nobody a citizenship."""
    people = _people(_extract(tmp_path, _GROUPS))
    assert set(people) == {"Lars Rebien Sorensen", "Kasim Kutay", "Francis Michael Cyprian Cuss"}
    assert people["Lars Rebien Sorensen"].citizenship == "Denmark"
    assert people["Kasim Kutay"].citizenship == "Denmark"
    assert people["Francis Michael Cyprian Cuss"].citizenship == "United Kingdom"
    assert people["Francis Michael Cyprian Cuss"].country == "GB"


def test_a_citizenship_printed_in_the_entry_stands_over_the_group_heading(tmp_path):
    """Passes on both (a guard): an entry that prints its own nationality in brackets is not given the heading's."""
    text = _GROUPS.replace("Kasim Kutay                ", "Kasim Kutay (British)      ")
    people = _people(_extract(tmp_path, text))
    assert people["Kasim Kutay"].citizenship in (None, "British")
    assert people["Lars Rebien Sorensen"].citizenship in (None, "Denmark")


def _html(cells: list[tuple[str, list[str], list[str]]]) -> str:
    rows = "".join(
        "<tr><td valign=\"top\">" + f"<p><b>{name}</b></p>" + "".join(f"<p>{x}</p>" for x in left) + "</td>"
        "<td valign=\"top\">" + "".join(f"<p>{x}</p>" for x in right) + "</td></tr><tr><td colspan=\"2\">&nbsp;</td></tr>"
        for name, left, right in cells)
    return ("<html><body><p align=\"center\"><b>ANNEX A</b></p><p align=\"center\"><b>DIRECTORS AND EXECUTIVE "
            "OFFICERS OF ARIEL CAPITAL MANAGEMENT, INC.</b></p><p>The name, title, citizenship, present principal "
            "occupation or employment and business address of each director and executive officer of Ariel Capital "
            "Management, Inc. are set forth below. Where no business address is shown below, the business address "
            "of the person is 307 North Michigan Avenue, Suite 500, Chicago, Illinois 60601.</p>"
            "<table><tr><td><b><u>Name, Title and Citizenship</u></b></td><td><b><u>Present Principal Occupation "
            "and Business Address</u></b></td></tr>" + rows + "</table></body></html>")


def test_where_no_business_address_is_shown_the_preamble_gives_it(tmp_path):
    """Fails on main: 'Where no business address is shown below, the business address of the person is X' was
    not read (only 'If no address is given, ...')."""
    text = _html([("James W. Atkinson", ["Executive Vice President", "United States"],
                   ["Executive Vice President, Ariel Capital Management, Inc."]),
                  ("Mellody L. Hobson", ["Director", "President", "United States"],
                   ["Director, Ariel Capital Management, Inc.", "President, Ariel Capital Management, Inc."])])
    people = _people(_extract(tmp_path, text, "roster.htm"))
    for name in ("James W. Atkinson", "Mellody L. Hobson"):
        assert people[name].address == "307 North Michigan Avenue, Suite 500, Chicago, Illinois 60601"
        assert people[name].address_city == "Chicago"


def test_a_cell_line_that_names_no_title_keeps_the_conditional_default_off(tmp_path):
    """Passes on both (a guard): 'Chairman' / 'Globaltech Financial' may show the person's business address (the
    preamble's 'where none is shown' then does not hold); the default is left off, never given to the wrong
    person's entry."""
    text = _html([("James W. Atkinson", ["Executive Vice President", "United States"],
                   ["Executive Vice President, Ariel Capital Management, Inc."]),
                  ("Carolyn H. Byrd", ["Director", "United States"], ["Chairman", "Globaltech Financial"])])
    people = _people(_extract(tmp_path, text, "roster.htm"))
    assert people["Carolyn H. Byrd"].address in (None, "Globaltech Financial")
