"""Thirty-first round (b), issue 13: values on the wrong person under mutated layouts (benchmarks/
bench_roster_mutations.py). A page printed with other margins (every line from a row on shifted right) or a page
break with its running header inside the address sentences after a roster table (the preamble's default address
then went to persons whose own address the sentences state); the next block's name line run into an address where
blocks print no blank line between them; a one-label roster ('Business Address:' only where not the default) read
as labelled blocks running over the other names. Texts of our own making (after the development families
paren_jobs_citizenship_rows, stacked_caption_address_under_name, name_title_lines_paren_citizenship and
labelled_occupation_sentence_blocks); for recall, occupations elsewhere in parentheses told by the layout
(paren_jobs_citizenship_rows) and a title-lines list of two. Each test marked "fails on main" failed on main 526da9c
and passes here; those marked "guard" pass on both and protect precision."""
from __future__ import annotations

import kg

CAPTIONS = "Name                               Citizenship     Present Principal Occupation or Employment\n"


def _read(tmp_path, text: str, suffix: str = ".txt"):
    path = tmp_path / f"roster{suffix}"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _exhibit(default: str, rows: list[str], notes: str) -> str:
    return ("Exhibit I\n" + " " * 63 + "Page 1 of 3 Pages\n" + "-" * 80 + "\n\n\n"
            "        Directors and Executive Officers of Power Corporation of Canada\n"
            "        ---------------------------------------------------------------\n\n\n"
            "         Unless otherwise indicated below, the business address of each person\n"
            f"named in this Exhibit is {default}\n\n\nDirectors\n\n"
            "         The directors of Power Corporation of Canada and the citizenship and\n"
            "principal occupation of each of them as of the date hereof are set forth in the\n"
            "following table.\n\n" + CAPTIONS + "\n" + "\n".join(rows) + "\n\n" + notes)


DEFAULT = "Power Corporation of Canada, 751 Victoria Square,\nMontreal QC H2Y 2J3."
ROWS = ["Laurent Dassault                   France          Director (Managing Director, Dassault",
        "                                                   Investissements)",
        "Paul G. Desmarais                  Canada          Director; Chairman of the Executive",
        "                                                   Committee",
        "Anthony R. Graham                  Canada          Director (President, Wittington",
        "                                                   Investments, Limited)",
        "Robert Gratton                     Canada          Director (President and CEO, Power",
        "                                                   Financial Corporation)"]
NOTES = ["         The business address of Laurent Dassault is Dassault Investissements,",
         "9, Rond-Point des Champs-Elysees, 75008 Paris, France. The business address of",
         "Anthony R. Graham is Wittington Investments, Limited, 22 St. Clair Avenue East,",
         "Suite 2001, Toronto, ON M4T 2S7. The business address of Robert Gratton is Power",
         "Financial Corporation, 751 Victoria Square, Montreal QC H2Y 2J3."]


def _shifted(lines: list[str], pad: str = "    ") -> list[str]:
    return [pad + line if line.strip() else line for line in lines]


def test_address_sentences_under_a_table_shifted_right_are_read(tmp_path):
    """Fails on main (Laurent Dassault and Anthony R. Graham got the preamble's Montreal address): the page
    printed with other margins shifts the rows and the sentences under them alike; the sentences stand at the
    rows' margin, so they end the table and give each person named their own address."""
    text = _exhibit(DEFAULT, _shifted(ROWS), "\n".join(_shifted(NOTES)) + "\n")
    people = _read(tmp_path, text)
    assert people["Laurent Dassault"].address.startswith("Dassault Investissements")
    assert people["Laurent Dassault"].address_city == "Paris"
    assert people["Anthony R. Graham"].address_city == "Toronto"
    assert people["Paul G. Desmarais"].address.startswith("Power Corporation of Canada")


def test_a_shift_from_a_row_in_the_middle_of_the_table_still_ends_it_at_the_sentences(tmp_path):
    """Fails on main (the sentences were read into Robert Gratton's row, and the people they name got the
    preamble's address): rows shifted from the third on, the sentences under them at the shifted margin."""
    text = _exhibit(DEFAULT, ROWS[:4] + _shifted(ROWS[4:], "   "), "\n".join(_shifted(NOTES, "   ")) + "\n")
    people = _read(tmp_path, text)
    for name in ("Laurent Dassault", "Anthony R. Graham", "Robert Gratton"):
        assert people[name].address is None or not people[name].address.startswith("Power Corporation"), name
    assert people["Laurent Dassault"].address_city == "Paris"


def test_an_address_sentence_cut_by_a_page_break_after_a_comma_runs_on(tmp_path):
    """Fails on main (Laurent Dassault's address 'Dassault Investissements' alone, Anthony R. Graham's the
    default): the page number and running header between 'Dassault Investissements,' and the rest of the
    sentence are no end of it; the sentences after it are read too."""
    notes = NOTES[:1] + ["", " " * 50 + "4", "\f", "SCHEDULE I (CONTINUED)", ""] + NOTES[1:]
    people = _read(tmp_path, _exhibit(DEFAULT, ROWS, "\n".join(notes) + "\n"))
    assert people["Laurent Dassault"].address.startswith("Dassault Investissements, 9, Rond-Point")
    assert people["Laurent Dassault"].address_city == "Paris"
    assert people["Anthony R. Graham"].address_city == "Toronto"


def test_an_address_sentence_cut_by_a_form_feed_mid_sentence_runs_on(tmp_path):
    """Fails on main (the sentence's first line was read into the table; the people it and the next sentences
    name got the preamble's address): a form feed after 'Dassault Investissements' (no comma) where the page
    broke; the sentence runs on after it."""
    notes = ["         The business address of Laurent Dassault is Dassault Investissements", "\f",
             "9, Rond-Point des Champs-Elysees, 75008 Paris, France. The business address of"] + NOTES[2:]
    people = _read(tmp_path, _exhibit(DEFAULT, ROWS, "\n".join(notes) + "\n"))
    assert people["Laurent Dassault"].address.startswith("Dassault Investissements")
    assert people["Laurent Dassault"].address_city == "Paris"
    assert people["Robert Gratton"].address.startswith("Power Financial Corporation")


def test_a_person_named_by_an_address_sentence_not_read_gets_no_default(tmp_path):
    """Fails on main (Anthony R. Graham got the preamble's address): the sentences after a paragraph that is no
    address sentence are not read, but a person they name for another address never takes the default."""
    notes = ["Each of the persons named above has held the position shown for at least five years.",
             "The business address of Anthony R. Graham is Wittington Investments, Limited, 22 St. Clair",
             "Avenue East, Suite 2001, Toronto, ON M4T 2S7."]
    people = _read(tmp_path, _exhibit(DEFAULT, ROWS, " ".join(notes) + "\n"))
    assert people["Anthony R. Graham"].address is None or "Toronto" in people["Anthony R. Graham"].address
    assert people["Paul G. Desmarais"].address.startswith("Power Corporation of Canada")


def test_address_sentences_under_an_unshifted_table_still_read(tmp_path):
    """Guard (passes on main too): the sentences after a table at the page's margin give each person named
    their own address, the others keep the default."""
    people = _read(tmp_path, _exhibit(DEFAULT, ROWS, "\n".join(NOTES) + "\n"))
    assert people["Laurent Dassault"].address_city == "Paris"
    assert people["Anthony R. Graham"].address_city == "Toronto"
    assert people["Robert Gratton"].address.startswith("Power Financial Corporation")
    assert people["Paul G. Desmarais"].address.startswith("Power Corporation of Canada")
    assert people["Paul G. Desmarais"].positions == ["Director", "Chairman of the Executive Committee"]


STACKED = """                                                                    SCHEDULE I

                       DIRECTORS AND EXECUTIVE OFFICERS
                   OF SMITH BARNEY CORPORATE TRUST COMPANY

The following table sets forth the name, business address, position(s) with
Smith Barney Corporate Trust Company (the "Reporting Person"), present
principal occupation or employment and country of citizenship of each director
and executive officer of the Reporting Person. Unless otherwise indicated,
each person's business address is Smith Barney Corporate Trust Company, 824
Market Street, Suite 210, Wilmington, DE 19801.

                                  Position(s) with      Present Principal
Name and                          the Reporting         Occupation or                 Country of
Business Address                  Person                Employment                    Citizenship
--------------------------------  --------------------  ----------------------------  -------------

(1) Paul Hatch                    Director              Executive Vice President,     United States
{break}    Smith Barney Consulting                               Director of Managed
      Group                                               Accounts, Smith Barney
    388 Greenwich Street                                  Consulting Group
    18th Floor
    New York, NY 10013

(2) Edmund Martinez               Director              --                            United States
                                  Executive Officer
                                  President

(3) Marianne Quinn                Director              --                            United States
                                  Executive Officer
                                  Senior Vice
                                    President
"""
BREAK = "\n                         Schedule I (continued)\n\nPage 4\n\n"


def test_lines_refused_as_a_person_after_a_page_break_take_the_default_from_the_entry_above(tmp_path):
    """Fails on main (Paul Hatch got the preamble's Wilmington address): Paul Hatch's own address lines, after
    a page break, are read as an entry of 'Smith Barney Consulting' and refused; they may be his, so the
    preamble's address is no longer his for certain. (Round 40a: in numbered rows the unnumbered lines after the page
    break open no entry; they go on with '(1) Paul Hatch', read as they are with no page break.)"""
    people = _read(tmp_path, STACKED.replace("{break}", BREAK))
    assert "Smith Barney Consulting" not in people
    assert people["Paul Hatch"].address.startswith("Smith Barney Consulting")  # (his own, never the preamble's)
    assert people["Paul Hatch"].address_city == "New York"
    assert people["Edmund Martinez"].address.startswith("Smith Barney Corporate Trust Company")


def test_stacked_address_under_the_name_without_a_page_break_is_read(tmp_path):
    """Guard (passes on main too): with no page break the address lines under the name are Paul Hatch's own."""
    people = _read(tmp_path, STACKED.replace("{break}", ""))
    assert people["Paul Hatch"].address.startswith("Smith Barney Consulting")
    assert people["Paul Hatch"].address_city == "New York"


TITLE_LINES = """                                                     EXHIBIT A
Names, positions, principal occupations, citizenship and business addresses of
the directors and executive officers of Deutsche Acquisition Corp.:
Each of the persons listed below is a citizen of the United States unless
another country is shown in parentheses after the person's title.
Deutsche Acquisition Corp.
A.  Kevin E. Parker
    Director
    President
    Global Head of Cash Equity Sales and Trading, Deutsche Bank
    Group
B.  Thomas A. Curtis
    Director
    Vice President
    Head of Corporate and Regulatory Affairs, Deutsche Bank Group-
    Americas
C.  Michelle Schwabe
    Director
    Chief Operating Officer, Deutsche Bank Group-Americas
D.  James T. Byrne, Jr.
    Secretary
    Office of the Secretary, Deutsche Bank Group-Americas
    Business Address: 130 Liberty Street, New York, New York 10006
E.  Sandra L. West
    Assistant Secretary
    Office of the Secretary, Deutsche Bank Group-Americas
    Business Address: 130 Liberty Street, New York, New York 10006
Unless another business address is shown above, the business address of each of
the above listed persons is:
   31 West 52nd Street
   New York, New York 10019
"""


def test_one_label_roster_without_blank_lines_is_no_labelled_blocks(tmp_path):
    """Fails on main (Michelle Schwabe got Kevin E. Parker's and Thomas A. Curtis's titles and an address holding
    'E. Sandra L. West'): 'Business Address:' is the only label and stands only where an address is not the
    default; with no blank line between the entries a block would run over the names above it."""
    people = _read(tmp_path, TITLE_LINES)
    schwabe = people["Michelle Schwabe"]
    assert "President" not in schwabe.positions and "Vice President" not in schwabe.positions
    assert schwabe.address is None or "Sandra" not in schwabe.address
    for person in people.values():
        assert person.address is None or "Sandra" not in person.address and "Director" not in person.address


def test_one_label_roster_with_blank_lines_is_still_read(tmp_path):
    """Guard (passes on main too): the same list with a blank line between the entries reads every person."""
    text = TITLE_LINES.replace("\nB.  ", "\n\nB.  ").replace("\nC.  ", "\n\nC.  ").replace("\nD.  ", "\n\nD.  ") \
        .replace("\nE.  ", "\n\nE.  ").replace("\nA.  ", "\n\nA.  ").replace("\nUnless another", "\n\nUnless another")
    people = _read(tmp_path, text)
    assert people["Sandra L. West"].address.startswith("130 Liberty Street")
    assert people["Michelle Schwabe"].positions == ["Director"]


BLOCKS = """Executive Officers and Directors
of ConAgra Foods, Inc.
The following information is given for each executive officer and director of
ConAgra Foods, Inc.
Stephen G. Butler
3108 West 117th Street
Leawood, KS 66211
Present Principal Occupation:   Mr. Butler is a director of ConAgra Foods, Inc.
Citizenship:                    U.S.
John T. Chain, Jr.
2101 Indian Creek Drive
Fort Worth, TX 76107
Present Principal Occupation:   Mr. Chain is a director of ConAgra Foods, Inc.
Citizenship:                    U.S.
Alice B. Hayes
University of San Diego
5998 Alcala Park
San Diego, CA 92110-2492
Present Principal Occupation:   Mrs. Hayes is a director of ConAgra Foods, Inc.
Citizenship:                    U.S.
"""


def test_next_name_line_run_into_an_address_is_refused(tmp_path):
    """Fails on main (John T. Chain, Jr. got 'Alice B. Hayes, University of San Diego, ...'): an address whose
    first line is a person's name with an initial is the next entry's name line run into it."""
    people = _read(tmp_path, BLOCKS)
    for person in people.values():
        assert person.address is None or "Alice B. Hayes" not in person.address
        assert person.address_city != "San Diego" or person.name == "Alice B. Hayes"


PAREN_ROWS = ["Lars Green                         Denmark         Chair of the Board (Professional Board",
              "                                                   Director)",
              "Britt Meelby Jensen                Denmark         Vice Chair of the Board (Chief Executive",
              "                                                   Officer, Ambu A/S)",
              "Torsten Slok                       Denmark         Board Director (Chief Economist of Apollo",
              "                                                   Global Management)"]


def test_occupations_elsewhere_in_parentheses_told_by_the_layout(tmp_path):
    """Fails on main ('Vice Chair of the Board (Chief Executive Officer, Ambu A/S)' one occupation elsewhere, no
    position): every parenthesis of the occupation column follows titles and holds an occupation, so the titles are
    the positions and the parentheses the occupations elsewhere, as a preamble's 'unless otherwise indicated in
    parentheses' says."""
    people = _read(tmp_path, _exhibit("Tuborg Havnevej 19, 2900 Hellerup, Denmark.", PAREN_ROWS, ""))
    assert people["Britt Meelby Jensen"].positions == ["Vice Chair of the Board"]
    assert people["Britt Meelby Jensen"].other_positions == ["Chief Executive Officer, Ambu A/S"]
    assert people["Torsten Slok"].positions == ["Board Director"]
    assert people["Torsten Slok"].other_positions == ["Chief Economist of Apollo Global Management"]


def test_a_lower_case_qualifier_in_parentheses_is_no_occupation_elsewhere(tmp_path):
    """Guard (passes on main too): '(retired)' after a title is no occupation held elsewhere (and with it the
    column's parentheses are not all occupations: the layout rule does not apply)."""
    rows = PAREN_ROWS[:4] + ["Torsten Slok                       Denmark         Chief Economist (retired)"]
    people = _read(tmp_path, _exhibit("Tuborg Havnevej 19, 2900 Hellerup, Denmark.", rows, ""))
    assert not any("retired" == value.casefold() for value in people["Torsten Slok"].other_positions)
    assert "Chief Economist" in " ".join(people["Torsten Slok"].positions + people["Torsten Slok"].other_positions)


def test_a_title_lines_list_of_two_closed_by_the_address_sentence_is_read(tmp_path):
    """Fails on main (no one read: a list of fewer than three blocks was no list): the everyone's-address sentence
    after the list says what it is, two entries are enough."""
    text = TITLE_LINES.split("A.  Kevin")[0].replace("Deutsche Acquisition Corp.\n", "Deutsche Acquisition Corp.\n\n")
    text = text.replace(".\nDeutsche", ".\n\nDeutsche") + (
        "James T. Byrne, Jr.\nSecretary\nOffice of the Secretary, Deutsche Bank Group-Americas\n\n"
        "Sandra L. West\nAssistant Secretary\nOffice of the Secretary, Deutsche Bank Group-Americas\n\n"
        "Unless another business address is shown above, the business address of each of\n"
        "the above listed persons is:\n\n   31 West 52nd Street\n   New York, New York 10019\n")
    people = _read(tmp_path, text)
    assert people["James T. Byrne, Jr."].positions == ["Secretary"]
    assert people["Sandra L. West"].other_positions == ["Office of the Secretary, Deutsche Bank Group-Americas"]
    assert people["Sandra L. West"].address_city == "New York"
