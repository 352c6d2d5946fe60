"""Round 54h (issue 13): gather121's ariel_exhibit_officer_or_director_full_rules and gather122's
text_lettered_underlined_name_runin_labels_paragraph.

What was wrong: (1) an EDGAR table 'Officer or Director | Address | Present Principal Occupation' whose Address cells
are all empty (the shared address) is read by the stacked-blocks reader, which took the name column to run up to the
occupations: 'CUSS, Francis Michael' / '  Cyprian' (the name wrapped in its 28 columns) became 'Francis Michael
Cuss' with the address 'Cyprian'. (2) a run-in paragraph of labelled sentences under a name on its own line
('Position with X: Director. ... Business Address: Tuborg' / 'Havnevej 19, ... Denmark. Citizenship: Denmark.') kept
each sentence's full stop and joined a wrapped value with ', '; and a name lettered '(c) Britt Meelby Jensen' was no
entry's head (one space after '(c)').

What changed: kg/forms/roster_stacked_caption.py (the caption row bounds the name column; the word under the name
that did not fit there is the name's, by the grid's name-wrap rules); kg/forms/roster_label_run_headed.py (such
paragraphs printed again a line per field, as kg/forms/roster_label_runs.py prints those that open with the name);
kg/forms/roster_block_names.py `_MARK`: '(c) ' (a letter in brackets, one space) is an entry's mark.

Texts of our own making. Tests marked "fails on main" fail on main bd51c90c; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg

RULE = "=" * 100
TABLE = f"""\
<PAGE>

                                   EXHIBIT B

  Information Concerning the Directors and Executive Officers of Harbourview Holdings A/S

     The following information is disclosed for each of Harbourview Holdings A/S's
directors and executive officers: name; business address; and present principal
occupation or employment and the name of any corporation or other organization
in which such employment is conducted. Unless otherwise specified, the principal
employer and business address of each such individual is Harbourview Holdings A/S,
Strandvejen 7, 2900 Hellerup, Denmark.

<TABLE>
<CAPTION>
{RULE}
Officer or Director           Address                         Present Principal Occupation
-------------------           -------                         ----------------------------
{RULE}
<S>                           <C>                             <C>
LINDQVIST, Anders                                             Chair of the Board; Professional Board
                                                              Director

{RULE}
HALVORSEN, Peter Christian                                    Board Director; Biopharmaceutical Consultant
  Emmanuel

{RULE}
BRANDT, Sofie                                                 Chief Executive Officer

{RULE}
</TABLE>
"""

TABLE_NUMBERED = TABLE.replace("HALVORSEN, Peter Christian                                    Board Director; Biopharmaceutical Consultant\n  Emmanuel",
                               "2. Peter Christian Emmanuel                                   Board Director; Biopharmaceutical\n  Halvorsen                                                   Consultant") \
    .replace("LINDQVIST, Anders         ", "1. Anders Lindqvist       ").replace("BRANDT, Sofie     ", "3. Sofie Brandt    ")

STACKED = """\
                                  SCHEDULE I

              DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURVIEW FOODS, INC.

      Bruce C. Rohde                   Chairman of the Board and
      One Harbourview Drive            Chief Executive Officer of Harbourview Foods
      Omaha, NE 68102

      Mary Anne Kellerman              Director
      Skadden
      Omaha, NE 68102

      Peter T. Lindgren                President
      Twelve Harbourview Drive
      Omaha, NE 68102
"""


def _runin(letters: bool) -> str:
    entries = [("Lars Gredstrup", "Chair of the Board", "Professional Board Director", "Denmark"),
               ("Steen Abildgaard", "Co Vice Chair of the Board", "Professional Board Director", "Denmark"),
               ("Britt Meelby Jessen", "Vice Chair of the Board", "Chief Executive Officer, Ambu A/S", "Denmark"),
               ("Kasim Kuray", "Chief Executive Officer", "", "United Kingdom")]
    lines = ["                                   ANNEX A", "",
             "            DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURVIEW HOLDINGS A/S", "",
             "The name, position with Harbourview Holdings A/S, present principal occupation,",
             "business address and citizenship of each director and executive officer of",
             "Harbourview Holdings A/S are set forth below.", ""]
    for index, (name, position, occupation, citizenship) in enumerate(entries):
        head = f"({'abcd'[index]}) {name}" if letters else name
        lines += [head, "-" * len(head)]
        text = f"Position with Harbourview Holdings A/S: {position}. "
        text += f"Present Principal Occupation: {occupation}. " if occupation else ""
        text += f"Business Address: 40 King Street West, Suite 500, 2900 Hellerup, Denmark. Citizenship: {citizenship}."
        words, line = text.split(), "   "
        for word in words:
            if len(line) + 1 + len(word) > 66:
                lines.append(line)
                line = "   "
            line += " " + word
        lines += [line, ""]
    return "\n".join(lines) + "\n"


BLOCK_LINES = """\
                                   ANNEX A

            DIRECTORS AND EXECUTIVE OFFICERS OF HARBOURVIEW HOLDINGS A/S

Lars Gredstrup
--------------
    Position with Harbourview Holdings A/S: Chair of the Board.
    Business Address: 40 King Street West
                      Toronto, Ontario
    Citizenship: Canada.

Steen Abildgaard
----------------
    Position with Harbourview Holdings A/S: Director.
    Business Address: 12 Queen Street East
                      Toronto, Ontario
    Citizenship: Canada.
"""


def _people(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "roster.txt"
    path.write_text(text, encoding="utf-8")
    return {p.name: p for p in kg.extract(path).people}


def test_a_given_name_wrapped_under_a_surname_first_name_is_the_names(tmp_path):  # fails on main
    people = _people(tmp_path, TABLE)
    assert "Peter Christian Halvorsen" not in people
    assert "Peter Christian Emmanuel Halvorsen" in people
    assert not people["Peter Christian Emmanuel Halvorsen"].address or "Emmanuel" not in people[
        "Peter Christian Emmanuel Halvorsen"].address


def test_a_surname_wrapped_under_a_numbered_name_is_the_names(tmp_path):  # fails on main
    people = _people(tmp_path, TABLE_NUMBERED)
    assert "Peter Christian Emmanuel" not in people
    assert "Peter Christian Emmanuel Halvorsen" in people


def test_stacked_blocks_without_a_caption_row_keep_their_address_lines(tmp_path):  # guard
    people = _people(tmp_path, STACKED)
    assert set(people) == {"Bruce C. Rohde", "Mary Anne Kellerman", "Peter T. Lindgren"}
    assert "Skadden" in (people["Mary Anne Kellerman"].address or "")


def test_runin_labelled_sentences_under_the_name_lose_their_full_stops(tmp_path):  # fails on main
    people = _people(tmp_path, _runin(False))
    assert set(people) == {"Lars Gredstrup", "Steen Abildgaard", "Britt Meelby Jessen", "Kasim Kuray"}
    assert people["Lars Gredstrup"].citizenship == "Denmark"
    assert people["Kasim Kuray"].citizenship == "United Kingdom"
    assert people["Britt Meelby Jessen"].other_positions == ["Chief Executive Officer, Ambu A/S"]
    assert all(p.address == "40 King Street West, Suite 500, 2900 Hellerup, Denmark" for p in people.values())


def test_names_lettered_in_brackets_head_their_runin_paragraphs(tmp_path):  # fails on main
    people = _people(tmp_path, _runin(True))
    assert set(people) == {"Lars Gredstrup", "Steen Abildgaard", "Britt Meelby Jessen", "Kasim Kuray"}
    assert people["Steen Abildgaard"].citizenship == "Denmark"
    assert people["Kasim Kuray"].positions == ["Chief Executive Officer"]


def test_labelled_lines_keep_an_address_stacked_over_lines(tmp_path):  # guard: each label opens its line
    people = _people(tmp_path, BLOCK_LINES)
    assert set(people) == {"Lars Gredstrup", "Steen Abildgaard"}
    assert people["Lars Gredstrup"].address == "40 King Street West, Toronto, Ontario"


def test_labels_side_by_side_are_no_runin_paragraph():  # guard: 'Name: X   Name: Y', two entries side by side
    from kg.forms.roster_label_run_headed import _from_label
    from kg.forms.roster_label_runs import _field
    side = ("Name:         Bruce C. Rohde                Name:         James P. O'Donnell\n"
            "Position:     Director                      Position:     President\n"
            "Citizenship:  U.S.                          Citizenship:  U.S.\n"
            "Address:      One Harbourview Drive         Address:      One Harbourview Drive\n")
    assert _from_label(side, _field) is None
    runin = "Position with X Corp.: Director. Business Address: 1 Main Street,\n    Omaha. Citizenship: Canada."
    assert _from_label(runin, _field).split("\n")[-1].strip() == "Citizenship: Canada"
