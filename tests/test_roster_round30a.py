"""Thirtieth round (a), issue 13: plain-text columns (Name | Citizenship | occupation) under sentences that open
each section, the default address in the preamble and the other addresses in sentences after the roster, one after
another in one paragraph indented as by a tab ('         The business address of A is X. The business address of
B is Y.'). Texts of our own making. Each test marked "fails on main" failed on main 9fbb707 and passes here; the
guards pass on both and protect precision."""
from __future__ import annotations

import kg

HEAD = "Name                               Citizenship     Present Principal Occupation or Employment"


def _read(tmp_path, text: str):
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def _row(name: str, citizenship: str, lines: list[str]) -> list[str]:
    return [f"{name:<35}{citizenship:<16}{lines[0]}", *(" " * 51 + line for line in lines[1:])]


def _exhibit(sections: list[tuple[str, list[list[str]]]], after: list[str], org: str = "Harbor Mills, Inc.") -> str:
    lines = ["Exhibit I", "", "", f"     Directors and Executive Officers of {org}", "", "",
             "         Unless otherwise indicated below, the business address of each person",
             "named in this Exhibit is 100 Mill Road, Dayton, Ohio 45402.", ""]
    for heading, rows in sections:
        lines += ["", heading, "", f"         The {heading.lower()} of {org} and the citizenship",
                  "and principal occupation of each of them are set forth in the following table.", "", HEAD, ""]
        for row in rows:
            lines += row
        lines.append("")
    return "\n".join(lines + after) + "\n"


ROWS = [_row("Alma T. Reeve", "United States", ["Director (Partner, Reeve & Stoll)"]),
        _row("Bruno K. Lind", "Canada", ["Director (Professor of Law, Lakeshore", "University)"]),
        _row("Cora M. Pike", "United States", ["Director; Chairman"]),
        _row("Dale O. Frey", "United States", ["Director (President, Frey Foundation)"])]
AFTER = ["         The business address of Alma T. Reeve is Reeve & Stoll, 20 Elm Street,",
         "Boston, Massachusetts 02108. The business address of Bruno K. Lind is Lakeshore",
         "University, 45 Shore Road, Toronto, Ontario M5S 1A1. The business address of",
         "Dale O. Frey is Frey Foundation, 9 Park Lane, Chicago, Illinois 60601."]


def test_each_address_sentence_of_one_paragraph_gives_its_person_the_address(tmp_path):
    """Fails on main: the sentences after the table, one paragraph indented by nine, were read as rows of the table
    (or the last row's cell) and not as sentences, so every director kept the preamble's Dayton address."""
    people = _read(tmp_path, _exhibit([("Directors", ROWS)], AFTER))
    assert people["Alma T. Reeve"].address_city == "Boston"
    assert people["Bruno K. Lind"].address_city == "Toronto"
    assert people["Dale O. Frey"].address_city == "Chicago"
    assert people["Cora M. Pike"].address_city == "Dayton"  # (named by no sentence: the preamble's default)


def test_the_last_row_takes_no_line_of_the_sentences_after_it(tmp_path):
    """Fails on main: the paragraph after the table ran into the last row's cells ('Director (President, Frey
    Foundation) is Frey Foundation, ...'; a citizenship 'United States ... 60601.')."""
    people = _read(tmp_path, _exhibit([("Directors", ROWS)], AFTER))
    frey = people["Dale O. Frey"]
    assert frey.citizenship == "United States"
    assert frey.positions == ["Director"]
    assert not any("business address" in p for p in frey.positions + frey.other_positions)


def test_a_sentence_after_the_last_section_gives_the_address_of_a_person_of_the_first(tmp_path):
    """Fails on main: with a second section ('Executive Officers', opened by its sentence), the address sentence
    after the last table named a director of the first and was not read: he kept the preamble's address."""
    officers = [_row("Eve R. Stone", "United States", ["Vice-President"])]
    after = ["         The business address of Bruno K. Lind is Lakeshore University, 45 Shore",
             "Road, Toronto, Ontario M5S 1A1."]
    people = _read(tmp_path, _exhibit([("Directors", ROWS[:2]), ("Executive Officers", officers)], after))
    assert people["Bruno K. Lind"].address_city == "Toronto"
    assert people["Eve R. Stone"].address_city == "Dayton"
    assert people["Eve R. Stone"].positions == ["Vice-President"]


def test_a_section_sentence_does_not_end_the_table(tmp_path):
    """Guard (passes on both): the indented sentence opening the second section is no end of the roster: the
    officers under it are read."""
    officers = [_row("Eve R. Stone", "United States", ["Vice-President"]),
                _row("Finn J. Hale", "United States", ["Treasurer"])]
    people = _read(tmp_path, _exhibit([("Directors", ROWS[:2]), ("Executive Officers", officers)], []))
    assert {"Eve R. Stone", "Finn J. Hale"} <= set(people)
    assert people["Finn J. Hale"].positions == ["Treasurer"]


def test_an_address_that_runs_on_into_another_sentence_is_refused(tmp_path):
    """Fails on main (the default stood): a named person's address that runs on into a sentence of another kind
    is not read for certain, and the preamble's default is no longer theirs: no address (refused)."""
    after = ["         The business address of Alma T. Reeve is Reeve & Stoll, 20 Elm Street,",
             "Boston, Massachusetts 02108. Reeve & Stoll has acted as counsel to the Company",
             "since its founding."]
    people = _read(tmp_path, _exhibit([("Directors", ROWS)], after))
    assert people["Alma T. Reeve"].address is None
    assert people["Bruno K. Lind"].address_city == "Dayton"
