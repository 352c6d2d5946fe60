"""Thirty-first round (d), issue 13: a name and its business address printed as one comma-joined string under a
'Name and Business Address' caption; a 'NAME, BUSINESS ADDRESS AND CITIZENSHIP' caption centred over its column
between dashed rules, with no <TABLE> tags, the citizenship the last line of each stack; a 'Directors' sub-heading
over the sentence that opens the table, titles then an outside job in parentheses. Texts of our own making. Each
test marked "fails on main" fails on main (run at 2195cab; branched from 526da9c) and passes here; the guards pass
on both and protect precision."""
from __future__ import annotations

import kg
from kg.errors import StructureError


def _read(tmp_path, text: str):
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return {p.name: p for p in kg.extract(path).people}
    except StructureError:
        return {}


ONE_STRING_HEAD = ["                                   SCHEDULE I", "",
                   "      DIRECTORS AND EXECUTIVE OFFICERS OF HARBOR MILLS, INC.", "",
                   "The following table sets forth the name and business address, the present",
                   "position with Harbor Mills, Inc., present principal occupation and citizenship of",
                   "each director and executive officer of Harbor Mills, Inc.", "", "<TABLE>",
                   "Name and                          Position with           Present Principal",
                   "Business Address                  Harbor Mills, Inc.      Occupation                          Citizenship",
                   "--------------------------------  ----------------------  ----------------------------------  --------------",
                   "<S>                               <C>                     <C>                                 <C>"]


def _one_string(rows: list[str]) -> str:
    return "\n".join(ONE_STRING_HEAD + rows + ["</TABLE>", ""])


GIVEN_FIRST = [
    "Alma T. Reeve, 100 Mill Road,     Chairman of the Board   --                                  U.S.",
    "Dayton, OH 45402                  Chief Executive",
    "                                   Officer",
    "",
    "Bruno K. Lind, Lakeshore          Director                Professor of Law, Lakeshore         Canada",
    "University, 45 Shore Road,                                 University",
    "Toronto, Ontario M5S 1A1",
    "",
    "Dale O. Frey, Jr., Frey           Director                President, Frey Foundation          U.S.",
    "Foundation, 9 Park Lane,",
    "Chicago, IL 60601",
    "",
    "Cora M. Pike, 2715 Farmington     Director                --                                  U.S.",
    "Heights, Dayton, OH 45402",
    ""]


def test_the_name_is_the_first_comma_part_of_a_name_and_address_string(tmp_path):
    """Fails on main: 'Alma T. Reeve, 100 Mill Road,' was read as an inverted name ('100 Mill Road Alma T. Reeve')
    and refused, 'Bruno K. Lind, Lakeshore' likewise, and the rows whose address opens with a number opened no entry:
    nobody was read. The name is the first comma part ('Jr.' kept with it), the rest of the cell the address."""
    people = _read(tmp_path, _one_string(GIVEN_FIRST))
    assert sorted(people) == ["Alma T. Reeve", "Bruno K. Lind", "Cora M. Pike", "Dale O. Frey, Jr."]
    assert people["Alma T. Reeve"].address == "100 Mill Road, Dayton, OH 45402"
    assert people["Bruno K. Lind"].address == "Lakeshore University, 45 Shore Road, Toronto, Ontario M5S 1A1"
    assert people["Dale O. Frey, Jr."].address == "Frey Foundation, 9 Park Lane, Chicago, IL 60601"
    assert people["Cora M. Pike"].address_city == "Dayton"
    assert people["Bruno K. Lind"].citizenship == "Canada"
    assert people["Alma T. Reeve"].positions == ["Chairman of the Board", "Chief Executive Officer"]


def test_a_capital_surname_then_the_given_name_then_the_address(tmp_path):
    """Fails on main: 'REEVE, Alma T., 100 Mill Road,' under 'Name and Business Address': the capitals mark the
    inversion; the name is 'REEVE, Alma T.', the rest of the string the address."""
    rows = ["REEVE, Alma T., 100 Mill Road,    Director                --                                  U.S.",
            "Dayton, OH 45402", "",
            "LIND, Bruno K., 45 Shore Road,    Director                --                                  Canada",
            "Toronto, Ontario M5S 1A1", ""]
    people = _read(tmp_path, _one_string(rows))
    assert sorted(people) == ["Alma T. Reeve", "Bruno K. Lind"]
    assert people["Alma T. Reeve"].address == "100 Mill Road, Dayton, OH 45402"
    assert people["Bruno K. Lind"].address == "45 Shore Road, Toronto, Ontario M5S 1A1"


def test_a_mixed_case_inverted_string_lists_no_person_who_is_none(tmp_path):
    """Guard (passes on both): 'Reeve, Alma T., 100 Mill Road' cannot be told from a name 'Reeve' joined to an
    address: no split, and no person whose name holds an address word."""
    rows = ["Reeve, Alma T., 100 Mill Road,    Director                --                                  U.S.",
            "Dayton, OH 45402", "",
            "Lind, Bruno K., Lakeshore         Director                --                                  Canada",
            "University, Toronto, Ontario", ""]
    people = _read(tmp_path, _one_string(rows))
    assert not any(word in name for name in people for word in ("Mill", "Road", "Lakeshore", "University"))


def test_an_employer_first_in_the_string_is_never_a_person(tmp_path):
    """Guard (passes on both): a row whose first comma part is an organisation ('Frey Foundation, 9 Park Lane')
    lists no person."""
    rows = ["Frey Foundation, 9 Park Lane,     Director                --                                  U.S.",
            "Chicago, IL 60601", ""]
    people = _read(tmp_path, _one_string(GIVEN_FIRST + rows))
    assert "Frey Foundation" not in people and not any("Park Lane" in name for name in people)


STACK = ["                                   SCHEDULE A", "",
         "                        DIRECTORS AND EXECUTIVE OFFICERS", "                               OF HARBOR MILLS", "",
         "     The following table sets forth the name, business address, citizenship,",
         "position(s) held with Harbor Mills (the \"Reporting Person\") and present principal",
         "occupation or employment of each director and executive officer of the Reporting", "Person.", "",
         "------------------------------------------------------------------------------------------------",
         "       NAME, BUSINESS ADDRESS        POSITION(S) HELD WITH      PRESENT PRINCIPAL OCCUPATION",
         "          AND CITIZENSHIP             THE REPORTING PERSON             OR EMPLOYMENT",
         "------------------------------------------------------------------------------------------------", "",
         "1. Alma T. Reeve                   Director                --",
         "   100 Mill Road                    Chairman of the Board",
         "   Dayton, Ohio 45402",
         "   United States", "",
         "2. Bruno K. Lind                   Director                Professor of Law, Lakeshore",
         "   Lakeshore University                                     University",
         "   45 Shore Road",
         "   Toronto, Ontario M5S 1A1",
         "   Canada",
         "   Canada", "",
         "3. Cora M. Pike                    Director                Chairman, Pike Capital",
         "   Pike Capital",
         "   United States", ""]


def test_centred_captions_between_rules_without_table_tags(tmp_path):
    """Fails on main: with no <TABLE> tags, captions centred over their columns between two dashed rules gave no
    column starts (the captions start right of the cells under them), so nobody was read. The body's gutters are
    the starts."""
    people = _read(tmp_path, "\n".join(STACK) + "\n")
    assert sorted(people) == ["Alma T. Reeve", "Bruno K. Lind", "Cora M. Pike"]
    assert people["Alma T. Reeve"].positions == ["Director", "Chairman of the Board"]


def test_the_last_line_of_each_stack_is_the_citizenship_the_caption_announces(tmp_path):
    """Fails on main: 'Dayton, Ohio 45402' / 'United States' was read as the address's country ('..., Ohio 45402,
    United States', no citizenship); every stack of the table closes with a country, the caption names the
    citizenship after the address: that line is the citizenship. An employer line under the name opens the
    address ('Pike Capital'), never an occupation."""
    people = _read(tmp_path, "\n".join(STACK) + "\n")
    assert people["Alma T. Reeve"].citizenship == "United States"
    assert people["Alma T. Reeve"].address == "100 Mill Road, Dayton, Ohio 45402"
    assert people["Bruno K. Lind"].citizenship == "Canada"
    assert people["Cora M. Pike"].citizenship == "United States"
    assert people["Cora M. Pike"].address == "Pike Capital"
    assert people["Cora M. Pike"].other_positions == ["Chairman, Pike Capital"]


def test_a_stack_that_closes_with_no_country_leaves_the_country_lines_to_the_addresses(tmp_path):
    """Guard (passes on both): one stack with no citizenship line, and no stack's country line is read as a
    citizenship (it may be the address's country)."""
    text = "\n".join(STACK[:-2] + [""]) + "\n"  # (Cora M. Pike's stack ends with her employer)
    people = _read(tmp_path, text)
    assert "Alma T. Reeve" not in people or people["Alma T. Reeve"].citizenship is None  # (main reads nobody here)


def _sections(directors: list[str], officers: list[str]) -> str:
    head = "Name                            Principal Occupation or Employment"
    rule = "----                            ----------------------------------"
    lines = ["Schedule I", "", "", "          Executive Officers and Directors of Harbor Mills, Inc.",
             "          ------------------------------------------------------", "", "", "Directors", "",
             "         The name and present principal occupation or employment of",
             "each director of Harbor Mills, Inc. are set forth below.", "", head, rule, "", *directors, "",
             "Executive Officers", "", "         The executive officers of Harbor Mills, Inc. who are not",
             "directors and the present principal occupation or employment of each of",
             "them are set forth below.", "", head, rule, "", *officers, ""]
    return "\n".join(lines) + "\n"


DIRECTORS = ["Alma T. Reeve                   President",
             "Bruno K. Lind                   Board Director (Professor of Law, Lakeshore",
             "                                University)",
             "Cora M. Pike                    Vice Chair of the Board (Chief Executive",
             "                                Officer, Pike Capital)"]
OFFICERS = ["Dale O. Frey                    Vice President (Finance)",
            "Edna R. Vale                    Chief Executive Officer (Principal Executive",
            "                                Officer)"]


def test_a_directors_sub_heading_over_the_opening_sentence_gives_the_seat(tmp_path):
    """Fails on main: the 'Directors' sub-heading stands above the sentence that opens the table, so the rows under
    it had no body and 'Alma T. Reeve  President' no seat on the board."""
    people = _read(tmp_path, _sections(DIRECTORS, OFFICERS))
    assert people["Alma T. Reeve"].positions == ["Director", "President"]
    assert "board of directors" in people["Alma T. Reeve"].bodies


def test_titles_then_an_outside_job_in_parentheses_under_a_sub_heading(tmp_path):
    """Fails on main: 'Board Director (Professor of Law, Lakeshore University)' was read whole as an occupation
    elsewhere (or whole as a title): under a sub-heading, titles then parentheses are the titles held here and the
    job held elsewhere."""
    people = _read(tmp_path, _sections(DIRECTORS, OFFICERS))
    assert people["Bruno K. Lind"].positions == ["Board Director"]
    assert people["Bruno K. Lind"].other_positions == ["Professor of Law, Lakeshore University"]
    assert people["Cora M. Pike"].positions == ["Vice Chair of the Board"]
    assert people["Cora M. Pike"].other_positions == ["Chief Executive Officer, Pike Capital"]


def test_parentheses_that_say_what_the_title_is_stay_with_it(tmp_path):
    """Guard (passes on both): '(Finance)' is a department and '(Principal Executive Officer)' says what the title
    is: neither is a job elsewhere."""
    people = _read(tmp_path, _sections(DIRECTORS, OFFICERS))
    assert "Finance" not in people["Dale O. Frey"].other_positions
    assert not any("Principal Executive" in other for other in people["Edna R. Vale"].other_positions)


def test_numbered_rows_with_no_break_between_them_are_entries_of_their_own(tmp_path):
    """Fails on main: '2. Bruno K. Lind  Professor of Law ...' right under '1. Alma T. Reeve  President' was read as
    a line of the entry above (its occupation going on), so Bruno K. Lind was missed and Alma T. Reeve got both
    occupations."""
    directors = ["1. Alma T. Reeve                President and Treasurer",
                 "2. Bruno K. Lind                Chief Executive Officer and Vice",
                 "                                Chairman of the Board"]
    people = _read(tmp_path, _sections(directors, ["3. Dale O. Frey                 Vice President"]))
    assert sorted(people) == ["Alma T. Reeve", "Bruno K. Lind", "Dale O. Frey"]
    assert people["Alma T. Reeve"].positions == ["Director", "President and Treasurer"]


def test_name_and_address_rows_run_together_are_refused(tmp_path):
    """Guard (passes on both): with no blank line between the rows, 'Bruno K. Lind, Lakeshore   Director ...' under
    Alma T. Reeve's address lines could be a line of hers or a row of its own: the rows are refused, never read as one
    person holding the others' addresses and titles."""
    people = _read(tmp_path, _one_string([row for row in GIVEN_FIRST if row]))
    assert "Alma T. Reeve" not in people or "Lakeshore" not in (people["Alma T. Reeve"].address or "")
    assert not any("Lind" in name or "Frey" in name for name in people if name != "Bruno K. Lind"
                   and name != "Dale O. Frey, Jr.")
