"""Twenty-ninth round (c), issue 13: rosters near the bar that still lost values. Texts of our own making. Each test
marked "fails on main" failed on main ba7a30e and passes here; the guards pass on both and protect precision."""
from __future__ import annotations

import kg
from kg.read.sections import find_sections

RULE = "-" * 94


def _dashed_table(rows: list[tuple[list[str], list[str]]], preamble: list[str]) -> str:
    """A <TABLE> between dashed rules: the name and the titles under it on the left, the occupation on the right."""
    lines = ["                                   Schedule A", "", "",
             "         Directors and Executive Officers of Lor Finance", "", ""] + preamble + [
        "", "<TABLE>", "", RULE, f"{'Name and Present Position':<44}Present Principal Occupation and Business Address",
        RULE, "<CAPTION>", "", f"{'<S>':<44}<C>"]
    for left, right in rows:
        for index in range(max(len(left), len(right))):
            cell = left[index] if index < len(left) else ""
            lines.append((f"{cell:<44}" + (right[index] if index < len(right) else "")).rstrip())
        lines.append(RULE)
    return "\n".join(lines + ["</TABLE>"]) + "\n"


PREAMBLE = ["         Unless otherwise specified, the business address of each person is",
            "21, avenue Matignon, 75008 Paris, France. Each person is a citizen of the",
            "Republic of France. During the last five years, no person set forth below: (i)",
            "has been convicted in a criminal proceeding (excluding traffic violations or",
            "similar misdemeanors) or (ii) was party to a civil proceeding described in",
            "Item 2 of Schedule 13D."]
SHORT = PREAMBLE[:2] + ["Republic of France."]  # (no reference to an item at a line's start)


def _read_text(tmp_path, text: str, name: str = "roster.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_an_item_reference_wrapped_to_a_lines_start_is_no_item_heading(tmp_path):
    """Fails on main: 'Item 2 of Schedule 13D.' opening a line of the preamble was read as the heading of Item 2,
    which cut the roster off its table: nobody was read ('no roster ... found')."""
    text = _dashed_table([(["Marc Audrin", "Director"], ["Treasury Department, AXA"]),
                          (["Emmanuel Vercoustre", "Director"], ["Head of Treasury Department, AXA"])], PREAMBLE)
    assert not any(s.name.startswith("item") for s in find_sections(text))
    people = _read_text(tmp_path, text)
    assert set(people) == {"Marc Audrin", "Emmanuel Vercoustre"}
    assert people["Marc Audrin"].other_positions == ["Treasury Department, AXA"]
    assert people["Marc Audrin"].citizenship == "Republic of France"


def test_a_real_item_heading_is_still_one():
    """Guard (passes on both): 'Item 2. Identity and Background' and 'ITEM 2 - IDENTITY' are headings."""
    for heading in ("Item 2. Identity and Background", "ITEM 2 - IDENTITY AND BACKGROUND", "Item 2 Identity"):
        text = f"Cover text\n\n{heading}\n\nThe persons filing are X and Y.\n"
        assert [s.name for s in find_sections(text)][-1] == "item2", heading


def test_a_title_held_in_a_body_under_the_name_is_no_section_row(tmp_path):
    """Fails on main: 'Member, Conseil d'Administration' alone under a name (the occupation beside it one line)
    was read as a section row naming the board: the title was lost and the next people got 'Director'."""
    text = _dashed_table([(["Marc Audrin", "Member, Conseil d'Administration"], ["Treasury Department, AXA"]),
                          (["Christianne Butte", "Member, Conseil d'Administration"],
                           ["Head of Central Legal Department, AXA"]),
                          (["Emmanuel Vercoustre", "Member, Conseil d'Administration"],
                           ["Head of Treasury Department, AXA"])], SHORT)
    people = _read_text(tmp_path, text)
    for name in ("Marc Audrin", "Christianne Butte", "Emmanuel Vercoustre"):
        assert people[name].positions == ["Member, Conseil d'Administration"], name


def test_titles_listed_after_a_body_word_are_no_section_row(tmp_path):
    """Fails on main: 'Directors, Chairman of the Board' under a name was read as a section row ('Directors'):
    the person got no title."""
    text = _dashed_table([(["Tarek F. Abdel-Meguid", "Directors, Chairman of the Board"],
                           ["officer of Morgan Stanley & Co. Incorporated"]),
                          (["G. Andrea Botta", "Director, President"], ["officer of Morgan Stanley & Co. Incorporated"])],
                         SHORT)
    people = _read_text(tmp_path, text)
    assert "Chairman of the Board" in people["Tarek F. Abdel-Meguid"].positions
    assert "President" in people["G. Andrea Botta"].positions


def test_a_body_heading_row_is_still_a_section(tmp_path):
    """Guard (passes on both): 'Executive Officers' alone in the name column opens a section of officers."""
    text = _dashed_table([(["Marc Audrin", "Director"], ["Treasury Department, AXA"]),
                          (["Executive Officers"], []),
                          (["Emmanuel Vercoustre", "Treasurer"], ["Head of Treasury Department, AXA"])], SHORT)
    people = _read_text(tmp_path, text)
    assert "Director" not in people["Emmanuel Vercoustre"].positions
    assert "executive officers" in people["Emmanuel Vercoustre"].bodies


TRAVELERS = ("<p>The name, business address, title and present principal occupation or employment of each of the "
             "directors and executive officers of The Acme Travelers Companies, Inc. are set forth below. Except where "
             "another address is shown, the business address of each such person is 385 Washington Street, Saint "
             "Paul, MN 55102. Unless otherwise indicated, each occupation set forth opposite an individual's name "
             "refers to The Acme Travelers Companies, Inc. Unless otherwise indicated below, all of the persons listed "
             "below are citizens of the United States.</p>")


def _wide(sections: list[tuple[str, list[tuple[str, list[str]]]]]) -> str:
    out = ['<table><tr><td><b>Name</b></td><td>&nbsp;</td><td><b>Present Principal Occupation Including Name and '
           'Address of Employer</b></td></tr>']
    for section, rows in sections:
        out.append(f"<tr><td><i>{section}</i></td><td>&nbsp;</td><td></td></tr>")
        for name, lines in rows:
            cell = "".join(f"<p>{line}</p>" for line in lines)
            out.append(f"<tr><td><p>{name}</p></td><td>&nbsp;</td><td>{cell}</td></tr>")
    return "".join(out) + "</table>"


def _read_html(tmp_path, body: str, preamble: str = TRAVELERS):
    path = tmp_path / "roster.htm"
    path.write_text("<html><body><p align='center'><b>SCHEDULE A</b></p><p><b>THE ACME TRAVELERS COMPANIES, INC."
                    f"</b></p>{preamble}{body}</body></html>", encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_sole_title_read_for_two_people_is_neither_ones(tmp_path):
    """Fails on main: a director's bare 'Chief Executive' (held at another company, the text not saying so) was read
    as the listed company's title, on a roster whose chief executive is listed too: a value on the wrong person."""
    people = _read_html(tmp_path, _wide([
        ("Directors", [("Howard P. Berkowitz", ["Director", "Chief Executive"]),
                       ("Janet M. Dolan", ["Director", "Chief Executive", "Tennant Company"])]),
        ("Executive Officers (Who Are Not Directors)", [("Jay S. Fishman", ["Chief Executive"])])]))
    for name in ("Howard P. Berkowitz", "Janet M. Dolan", "Jay S. Fishman"):
        assert not any(p.startswith("Chief Executive") for p in people[name].positions), name
    assert people["Howard P. Berkowitz"].positions == ["Director"]


def test_a_sole_title_read_for_one_person_is_kept(tmp_path):
    """Guard (passes on both): one chief executive, and two vice presidents, are read as printed."""
    people = _read_html(tmp_path, _wide([
        ("Directors", [("Howard P. Berkowitz", ["Director"]), ("Jay S. Fishman", ["Director", "Chief Executive Officer"])]),
        ("Executive Officers (Who Are Not Directors)", [("Janet M. Dolan", ["Vice President"]),
                                                        ("Carolyn H. Byrd", ["Vice President"])])]))
    assert "Chief Executive Officer" in people["Jay S. Fishman"].positions
    assert people["Janet M. Dolan"].positions == ["Vice President"]
    assert people["Carolyn H. Byrd"].positions == ["Vice President"]


def test_two_people_printed_with_one_title_in_a_title_column_keep_it(tmp_path):
    """Guard (passes on both): where a column gives the titles apart and no preamble says each occupation refers to
    the listed company, two people printed 'President' keep it (a table may list two organisations' officers)."""
    preamble = TRAVELERS.replace(" Unless otherwise indicated, each occupation set forth opposite an individual's name "
                                 "refers to The Acme Travelers Companies, Inc.", "")
    rows = "".join(f"<tr><td>{name}</td><td>Director, President</td><td>{job}</td></tr>" for name, job in (
        ("Howard P. Berkowitz", "Chief Executive, HPB Associates"), ("Kenneth M. Duberstein", "Chairman, The Duberstein Group")))
    body = f"<table><tr><th>Name</th><th>Position</th><th>Principal Occupation</th></tr>{rows}</table>"
    people = _read_html(tmp_path, body, preamble)
    assert "President" in people["Howard P. Berkowitz"].positions
    assert "President" in people["Kenneth M. Duberstein"].positions

def _line_grid(columns: list[list[str]]) -> str:
    heads = ["Name", "Position with Deutsche Acquisition Corp.", "Present Principal Occupation", "Business Address",
             "Citizenship"]
    header = "<tr>" + "".join(f"<td><b>{h}</b></td>" for h in heads) + "</tr>"
    cells = "".join("<td valign='top'>" + "".join(f"<p style='margin:0'>{line or '&nbsp;'}</p>" for line in column)
                    + "</td>" for column in columns)
    return (
        "<html><body><p align='center'><b>SCHEDULE A</b></p><p align='center'><b>DIRECTORS AND EXECUTIVE OFFICERS OF "
        "DEUTSCHE ACQUISITION CORP.</b></p><p>The name, position with Deutsche Acquisition Corp., present principal "
        "occupation, business address and citizenship of each director and executive officer of Deutsche "
        f"Acquisition Corp. are set forth below.</p><table border='0'>{header}<tr>{cells}</tr></table></body></html>")


def test_a_line_grid_cell_wrapped_by_the_typist_is_one_value(tmp_path):
    """Fails on main: in one table row whose cells list everyone's lines, an occupation wrapped at the column's
    width ('Chief Operating Officer, Deutsche' / 'Bank Group-Americas') was cut at its first line."""
    path = tmp_path / "roster.htm"
    path.write_text(_line_grid([
        ["Kevin E. Parker", "", "", "Michelle Schwabe", ""],
        ["Director", "President", "", "Director", ""],
        ["Global Head of Cash Equity Sales", "and Trading, Deutsche Bank Group", "", "Chief Operating Officer, Deutsche",
         "Bank Group-Americas"],
        ["31 West 52nd Street", "New York, New York 10019", "", "31 West 52nd Street", "New York, New York 10019"],
        ["United States", "", "", "United States", ""]]), encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    assert people["Michelle Schwabe"].other_positions == ["Chief Operating Officer, Deutsche Bank Group-Americas"]
    assert people["Kevin E. Parker"].other_positions == ["Global Head of Cash Equity Sales and Trading, Deutsche Bank Group"]
    assert people["Michelle Schwabe"].address == "31 West 52nd Street, New York, New York 10019"


def test_line_grid_address_lines_stay_apart(tmp_path):
    """Guard (passes on both): address lines, one a line as typed ('400' / 'chemin de ...'), are no wrap."""
    path = tmp_path / "roster.htm"
    path.write_text(_line_grid([
        ["Pierre Beaudoin", "", "", "", "", "Michelle Schwabe", ""],
        ["Director", "", "", "", "", "Director", ""],
        ["President and Chief Operating", "Officer, Bombardier Aerospace", "", "", "", "Chief Operating Officer", ""],
        ["Power Corporation of Canada", "400", "chemin de la Cote-Vertu ouest", "Dorval H4S 1Y9", "",
         "31 West 52nd Street", "New York, New York 10019"],
        ["Canada", "", "", "", "", "United States", ""]]), encoding="utf-8")
    people = {p.name: p for p in kg.extract(path).people}
    address = people["Pierre Beaudoin"].address or ""
    assert "Canada 400" not in address and "400 chemin" not in address


GRID_HEAD = ["-" * 81, f"{'':68}Country of", f"{'Name and Title':<34}{'Occupation and Business Address':<34}Citizenship",
             "-" * 81, ""]


def _grid(title: str, intro: list[str], rows: list[list[tuple[str, str, str]]]) -> str:
    lines = [f"{'Exhibit 99.2':>78}", "", title, ""] + intro + [""] + GRID_HEAD
    for row in rows:
        lines += [f"{left:<34}{middle:<34}{right}".rstrip() for left, middle, right in row] + ["-" * 81]
    return "\n".join(lines) + "\n"


def test_occupation_items_naming_the_listed_organisation_are_cut_where_it_ends(tmp_path):
    """Fails on main: 'Director of Smith Barney' / 'Corporate Trust Company' / 'Executive Officer of Smith' / ...
    was unwrapped into one line and read as one long title ('Director of ... Company Executive Officer of ...')."""
    text = _grid("       IDENTITY AND BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS OF SMITH BARNEY CORPORATE "
                 "TRUST COMPANY",
                 ["         Set forth below are the name, title, present principal occupation and",
                  "country of citizenship of each director and executive officer of Smith Barney",
                  "Corporate Trust Company. Unless otherwise specified, the business address of",
                  "each person is 824 Market Street, Suite 210, Wilmington, DE 19801."],
                 [[("(1) Marianne Quinn,", "Director of Smith Barney", "United States"),
                   ("    Director; Executive Officer;", "Corporate Trust Company", ""),
                   ("    Senior Vice President", "Executive Officer of Smith", ""),
                   ("", "Barney Corporate Trust Company", ""),
                   ("", "Senior Vice President of Smith", ""),
                   ("", "Barney Corporate Trust Company", "")],
                  [("(2) Donna Marley,", "Director of Smith Barney", "United States"),
                   ("    Director; Executive Officer;", "Corporate Trust Company", ""),
                   ("    First Vice President", "Executive Officer of Smith", ""),
                   ("", "Barney Corporate Trust Company", ""),
                   ("", "First Vice President of Smith", ""),
                   ("", "Barney Corporate Trust Company", "")]])
    people = _read_text(tmp_path, text)
    assert people["Marianne Quinn"].positions == ["Director", "Executive Officer", "Senior Vice President"]
    assert people["Donna Marley"].positions == ["Director", "Executive Officer", "First Vice President"]


def test_numbered_table_rows_are_no_clauses(tmp_path):
    """Fails on main: '(1) Theodore J. Forstmann,   General partner of partnerships   United States' rows of a
    fixed-width table were read as numbered clauses across the columns ('General partner of partnerships United
    States General Partner affiliated with ...'), the citizenship lost."""
    text = _grid("       IDENTITY AND BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS OF FLC XXX PARTNERSHIP, L.P.",
                 ["         Set forth below are the name, title, present principal occupation and",
                  "country of citizenship of each director and executive officer of FLC XXX",
                  "Partnership, L.P. Unless otherwise specified, the business address of each",
                  "person is 767 Fifth Avenue, New York, NY 10153."],
                 [[("(1) Theodore J. Forstmann,", "General partner of partnerships", "United States"),
                   ("    General Partner", "affiliated with Forstmann Little", ""), ("", "& Co.", "")],
                  [("(2) Sandra J. Horbach,", "General partner of partnerships", "United States"),
                   ("    General Partner", "affiliated with Forstmann Little", ""), ("", "& Co.", "")]])
    people = _read_text(tmp_path, text)
    for name in ("Theodore J. Forstmann", "Sandra J. Horbach"):
        assert people[name].citizenship == "United States", name
        assert not any("United States" in o for o in people[name].other_positions), name


def test_a_title_in_a_committee_of_the_listed_company_is_its_title(tmp_path):
    """Fails on main: 'Director, Chairman of the Executive Committee' in one cell was read as an occupation
    elsewhere ('Committee' an organisation's word): the committee is the listed company's."""
    people = _read_html(tmp_path, _wide([("Directors", [
        ("Paul G. Desmarais", ["Director, Chairman of the Executive Committee"]),
        ("Laurent Dassault", ["Director", "Managing Director, Dassault Investissements"])])]))
    assert people["Paul G. Desmarais"].positions == ["Director", "Chairman of the Executive Committee"]
    assert people["Paul G. Desmarais"].other_positions == []
    assert people["Laurent Dassault"].other_positions == ["Managing Director, Dassault Investissements"]


def test_a_heading_in_capitals_that_the_preamble_names_is_no_persons_name(tmp_path):
    """Fails on main: 'LOR FINANCE' (two words, read as a person's name) above the preamble ended it before it
    began: neither the default address nor the citizenship was read."""
    path = tmp_path / "roster.htm"
    preamble = TRAVELERS.replace("The Acme Travelers Companies, Inc.", "Lor Finance").replace(
        "385 Washington Street, Saint Paul, MN 55102", "21, avenue Matignon, 75008 Paris, France").replace(
        "the United States", "the Republic of France")
    path.write_text("<html><body><p align='center'><b>SCHEDULE A</b></p><p><b>LOR FINANCE</b></p>" + preamble
                    + _wide([("Directors", [("Christianne Butte", ["Member, Conseil d'Administration",
                                                                   "Head of Central Legal Department, AXA"])])])
                    + "</body></html>", encoding="utf-8")
    person = {p.name: p for p in kg.extract(path).people}["Christianne Butte"]
    assert person.citizenship == "Republic of France"
    assert person.address == "21, avenue Matignon, 75008 Paris, France"


def test_one_organisation_named_twice_in_an_unwrapped_item_cuts_it(tmp_path):
    """Fails on main: 'Chairman of the Board of' / 'Motorola' / 'Chief Executive Officer of' / 'Motorola' unwrapped
    gave a title 'Chairman of the Board of Motorola Chief Executive Officer'."""
    text = _grid("       IDENTITY AND BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS OF MOTOROLA, INC.",
                 ["         Set forth below are the name, title, present principal occupation and",
                  "country of citizenship of each director and executive officer of Motorola, Inc.",
                  "Unless otherwise specified, the business address of each person is 1303 East",
                  "Algonquin Road, Schaumburg, IL 60196."],
                 [[("(1) Christopher B. Galvin,", "Director of Motorola; Chairman", "United States"),
                   ("    Director; Chairman of the", "of the Board of Motorola", ""),
                   ("    Board; Chief Executive", "Chief Executive Officer of", ""),
                   ("    Officer", "Motorola", "")],
                  [("(2) Robert W. Galvin,", "Director of Motorola", "United States"), ("    Director", "", "")]])
    people = _read_text(tmp_path, text)
    assert not any("Motorola Chief" in p for p in people["Christopher B. Galvin"].positions)
    assert "Chief Executive Officer" in people["Christopher B. Galvin"].positions


def test_a_name_closed_by_its_comma_on_the_next_line_goes_on_there(tmp_path):
    """Fails on main: '(7) Francis Michael Cyprian' / 'Cuss,' / 'Board Director' was read as the person 'Francis
    Michael Cyprian'."""
    text = _grid("       IDENTITY AND BACKGROUND OF THE DIRECTORS AND EXECUTIVE OFFICERS OF NOVO HOLDINGS A/S",
                 ["         Set forth below are the name, title, present principal occupation and",
                  "country of citizenship of each director and executive officer of Novo",
                  "Holdings A/S. Unless otherwise specified, the business address of each",
                  "person is Tuborg Havnevej 19, 2900 Hellerup, Denmark."],
                 [[("(1) Lars Green,", "Professional Board Director", "Denmark"), ("    Chair of the Board", "", "")],
                  [("(2) Francis Michael Cyprian", "Biopharmaceutical Consultant", "United Kingdom"),
                   ("    Cuss,", "", ""), ("    Board Director", "", "")]])
    people = _read_text(tmp_path, text)
    assert set(people) == {"Lars Green", "Francis Michael Cyprian Cuss"}
    assert people["Francis Michael Cyprian Cuss"].positions == ["Board Director"]
