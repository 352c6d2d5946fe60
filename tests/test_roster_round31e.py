"""Thirty-first round (e), issue 13: an HTML table whose first cell holds the name over the business address
('<b>Name</b>' / 'One Acme Drive' / 'Omaha, NE 68102'); name lines with the titles in parentheses and the occupation
under them with no title word ('Self Employed Businessman'), the employer an occupation names heading the address
over two lines, a street number alone on its line; a details table nested in a cell of the roster table (a header
row 'Name | Information' above the first name; a name the NER misses). Texts of our own making. Each test marked
"fails on main" failed on main 2195cab and passes here; the guards pass on both and protect precision."""
from __future__ import annotations

import kg


def _read(tmp_path, text: str, suffix: str = "htm"):
    path = tmp_path / f"exhibit.{suffix}"
    path.write_text(text, encoding="utf-8")
    filing = kg.extract(path)
    return {p.name: p for p in filing.people}, filing


# ---- a name cell over the business address --------------------------------------------------------------------
def _cell(lines: list[str]) -> str:
    return "".join(f'<p style="margin:0pt">{line}</p>' for line in lines)


def _table(rows: list[tuple[list[str], list[str]]]) -> str:
    head = ("<tr><th align='left'><u>Name and Business Address</u></th><th align='left'><u>Position(s) with Acme "
            "Foods, Inc.</u></th><th align='left'><u>Present Principal Occupation or Employment</u></th></tr>"
            "<tr><td colspan='3' align='center'><b>DIRECTORS</b></td></tr>")
    body = "".join(f"<tr><td valign='top'><p style='margin:0pt'><b>{name[0]}</b></p>{_cell(name[1:])}</td>"
                   f"<td valign='top'>{_cell(titles)}</td><td valign='top'>&#8212;</td></tr>" for name, titles in rows)
    return ("<html><body><p align='center'><b>DIRECTORS AND EXECUTIVE OFFICERS OF ACME FOODS, INC.</b></p><p>The "
            "name, business address, position(s) with the Reporting Person and present principal occupation or "
            "employment of each director and executive officer of Acme Foods, Inc. (the &quot;Reporting "
            "Person&quot;) are set forth below. Unless otherwise indicated, each individual is a citizen of the "
            f"U.S.</p><table>{head}{body}</table></body></html>")


ROWS = [(["Albert Q. Marsh", "One Acme Drive", "Omaha, NE 68102"], ["Chairman of the Board", "Chief Executive Officer"]),
        (["Delia R. Vance", "Vance Holdings LLC", "12 Harbor Road, Suite 300", "San Diego, CA 92130"], ["Director"]),
        (["Oscar T. Nyberg", "Wexley Investments", "Limited", "22 Queen Street East, Suite 2001", "Toronto",
          "ON M4T 2S7"], ["Director"])]


def test_a_street_line_under_the_name_is_no_second_person(tmp_path):
    """Fails on main: 'One Acme Drive' under the name has a person's name's shape, so the cell was taken for one
    listing several persons and Albert Q. Marsh was left out."""
    people, _filing = _read(tmp_path, _table(ROWS))
    assert people["Albert Q. Marsh"].positions == ["Chairman of the Board", "Chief Executive Officer"]
    assert people["Albert Q. Marsh"].address == "One Acme Drive, Omaha, NE 68102"


def test_an_employer_wrapped_over_two_lines_above_the_street_is_the_addressee(tmp_path):
    """Fails on main: 'Wexley Investments' (its 'Limited' on the next line) was taken for a second person's name."""
    people, _filing = _read(tmp_path, _table(ROWS))
    assert people["Oscar T. Nyberg"].positions == ["Director"]
    assert people["Oscar T. Nyberg"].address_city == "Toronto"
    assert "Wexley Investments" in people["Oscar T. Nyberg"].address


def test_a_cell_listing_two_persons_without_an_address_stays_refused(tmp_path):
    """Guard (passes on both): two names in one cell, no address under them, are no one person's entry."""
    rows = ROWS[1:] + [(["Albert Q. Marsh", "Helena K. Dorn"], ["Director"])]
    people, _filing = _read(tmp_path, _table(rows))
    assert "Albert Q. Marsh" not in people and "Helena K. Dorn" not in people
    assert not any("Dorn" in (p.address or "") for p in people.values())


# ---- parenthesised titles after the name ------------------------------------------------------------------------
def _paren(entries: list[list[str]]) -> str:
    lines = ["<PAGE>", "", "                                   SCHEDULE I", "",
             "      DIRECTORS AND EXECUTIVE OFFICERS OF PRAIRIE CAPITAL CORP.", "",
             "Set forth below are the name, present principal occupation or employment,",
             "business address and citizenship of each director and executive officer of",
             "Prairie Capital Corp. The position or positions held with Prairie Capital Corp. by",
             "each such person are set forth in parentheses following his or her name.", ""]
    for entry in entries:
        lines += [entry[0], *("      " + line for line in entry[1:]), ""]
    return "\n".join(lines) + "\n"


FIELD = ["Morris H. Gable (Director)", "Self Employed Businessman", "4028 Coulee Road N.W.", "Calgary",
         "Alberta T2L 0N8", "Citizen of Canada"]
TOMAS = ["Edwin Tomasz (Director; Chief Financial Officer)", "400", "521 - 3rd Avenue S.W.", "Calgary",
         "Alberta T2P 3T3", "Citizen of Canada"]
GRAHAM = ["Lionel R. Abbott (Director)", "President, Wexley Investments, Limited", "Wexley Investments", "Limited",
          "22 Queen Street East, Suite 2001", "Toronto", "ON M4T 2S7", "Citizen of Canada"]


def test_an_occupation_without_a_title_word_is_the_occupation_not_the_address(tmp_path):
    """Fails on main: 'Self Employed Businessman' holds no title word, so it was taken for the address's first
    line, which is no organisation: the address and the occupation were both left out."""
    people, _filing = _read(tmp_path, _paren([FIELD, TOMAS, GRAHAM]), "txt")
    gable = people["Morris H. Gable"]
    assert gable.other_positions == ["Self Employed Businessman"]
    assert gable.address == "4028 Coulee Road N.W., Calgary, Alberta T2L 0N8"


def test_the_employer_an_occupation_names_heads_the_address(tmp_path):
    """Fails on main: 'Wexley Investments' / 'Limited' above the street is no organisation line by line, so the
    address and the occupation were left out; the occupation names it."""
    people, _filing = _read(tmp_path, _paren([FIELD, TOMAS, GRAHAM]), "txt")
    abbott = people["Lionel R. Abbott"]
    assert abbott.other_positions == ["President, Wexley Investments, Limited"]
    assert abbott.address_city == "Toronto" and abbott.address.startswith("Wexley Investments, Limited, 22 Queen")


def test_a_street_number_alone_on_its_line_is_no_page_number(tmp_path):
    """Fails on main: '400' alone on its line was dropped as a page's number."""
    people, _filing = _read(tmp_path, _paren([FIELD, TOMAS, GRAHAM]), "txt")
    assert people["Edwin Tomasz"].address == "400, 521 - 3rd Avenue S.W., Calgary, Alberta T2P 3T3"


def test_an_addressee_no_occupation_names_leaves_the_address_out(tmp_path):
    """Guard (passes on both): 'Primary Trade Center' above the street is no organisation the text shows, nor the
    employer of the occupation above: the occupation and the address are left out, never guessed."""
    fuller = ["Harold P. Finch (Director)", "formerly Co-Chairman of the Board, Delta Oil plc", "Primary Trade Center",
              "1111 E. Warrenville Road, Suite 257, Naperville IL 60563", "Citizen of the United States"]
    people, _filing = _read(tmp_path, _paren([FIELD, TOMAS, fuller]), "txt")
    assert people["Harold P. Finch"].address is None
    assert "Primary Trade Center" not in people["Harold P. Finch"].other_positions


# ---- a details table nested in the roster table ----------------------------------------------------------------
def _nested(entries: list[tuple[str, list[tuple[str, list[str]]]]]) -> str:
    def details(rows):
        return "<table>" + "".join(f"<tr valign='top'><td width='40%'>{label}</td><td>"
                                   + "".join(f"<p style='margin:0'>{v}</p>" for v in values) + "</td></tr>"
                                   for label, values in rows) + "</table>"
    body = "".join(f"<tr valign='top'><td><b>{name}</b></td><td>{details(rows)}</td></tr>" for name, rows in entries)
    return ("<html><body><p align='center'><b>SCHEDULE I</b></p><p align='center'><b>DIRECTORS AND EXECUTIVE OFFICERS "
            "OF HARBOR MILLS, INC.</b></p><p>The name, position with Harbor Mills, Inc., present principal occupation "
            "or employment, business address and citizenship of each director and executive officer of Harbor Mills, "
            "Inc. are set forth below.</p><table><tr><td><b>Name</b></td><td><b>Information</b></td></tr>"
            f"{body}</table></body></html>")


def _details(titles: list[str], street: str) -> list[tuple[str, list[str]]]:
    return [("Position with Harbor Mills, Inc.:", titles), ("Business Address:", [street, "New York, New York 10019"]),
            ("Citizenship:", ["United States"])]


NESTED = [("Gordon T. Pryce", _details(["Director", "President"], "31 West 52nd Street")),
          ("Lydia M. Hart", _details(["Director"], "31 West 52nd Street")),
          ("Nora B. West", _details(["Assistant Secretary"], "130 Liberty Street"))]


def test_the_header_row_above_the_first_name_is_no_value(tmp_path):
    """Fails on main: the header row 'Name | Information' was read into the first entry's first value, which was
    then refused for its cell separator: the first person lost their positions."""
    people, _filing = _read(tmp_path, _nested(NESTED))
    assert people["Gordon T. Pryce"].positions == ["Director", "President"]


def test_a_name_row_the_ner_misses_is_its_entrys_name(tmp_path):
    """Fails on main: the NER does not see 'Nora B. West', so her name ran into the citizenship above ('United
    States Nora B. West') and her entry had no name."""
    people, _filing = _read(tmp_path, _nested(NESTED))
    assert people["Lydia M. Hart"].citizenship == "United States"
    assert people["Nora B. West"].positions == ["Assistant Secretary"]
    assert people["Nora B. West"].address == "130 Liberty Street, New York, New York 10019"


def test_a_lone_row_that_is_no_name_stays_out(tmp_path):
    """Guard (passes on both): a lone row of a phrase above a label is no person."""
    entries = NESTED[:2] + [("Executive Officers", _details(["Treasurer"], "130 Liberty Street"))]
    people, _filing = _read(tmp_path, _nested(entries))
    assert "Executive Officers" not in people
    assert set(people) <= {"Gordon T. Pryce", "Lydia M. Hart"}
