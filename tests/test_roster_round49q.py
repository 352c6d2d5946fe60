"""Round 49q (issue 13): gather77's tab_cells_address_before_titles_citizenship_preamble_exceptions.

- A table saved as text (one tab between two cells) whose numbered rows have a caption of their own over the
  numbers ('No.<TAB>Name<TAB>Business Address<TAB>Position with ...<TAB>Principal Occupation'): 'No.' is no caption
  word of a value's column, so the header was not taken for one and the columns were typed from their cells; the
  last column's outside occupations were read as the titles held (on the wrong person where another listed person
  holds that title). A header whose first caption is the rows' numbers' and whose next is the names' is a header
  (kg/forms/roster_name_caption.py `number_caption_first`, kg/forms/roster_geometry.py).
- A preamble naming its exceptions whose last one ends the preamble with an abbreviation ('..., and Ronnie C. Chan,
  who is a citizen of U.S.'): the stop after a lone capital was no sentence end (an initial's), so the exceptions
  were not read whole and no one was given a citizenship. At the preamble's end the stop after an abbreviation
  ('.S.') ends it, and is kept in the value (kg/forms/roster_excepted.py `_SENTENCE_END`).
"""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms.roster_excepted import excepted
from kg.records import to_dict


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "schedule.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path))["people"]}


_ROWS = [("Maren T. Holloway", "410 Quarry Lane, Dover, Delaware 19901", "Director", "Partner, Holloway & Reese"),
         ("Tobias K. Wren", "88 Harbor Road, Portland, Maine 04101", "Director", "President, Wren Timber Co."),
         ("Celia B. Marsh", "12 Orchard Street, Albany, New York 12207", "Director; Chief Executive Officer", ""),
         ("Daniel F. Okafor", "5 Mill Road, Lagos, Nigeria", "Director", "Chief Executive Officer, Okafor Mills")]


def _tab_schedule(number_caption: str, sentence: str) -> str:
    lines = ["Schedule A", "", "Directors and Executive Officers of Brantley Holdings, Inc.", "",
             "The following table sets forth the name, business address, position with Brantley Holdings, Inc. and",
             f"principal occupation of each director and executive officer. {sentence}", "",
             "\t".join([number_caption, "Name", "Business Address", "Position with Brantley Holdings, Inc.",
                        "Principal Occupation"]), ""]
    for index, row in enumerate(_ROWS):
        lines += ["\t".join([f"{index + 1}.", *row]).rstrip(), ""]
    return "\n".join(lines) + "\n"


_EXCEPTED = ("Each person listed below is a citizen of the United States, except Daniel F. Okafor, who is a\n"
             "citizen of Nigeria.")


def test_a_number_caption_over_the_numbers_keeps_the_columns(tmp_path: Path) -> None:
    people = _people(tmp_path, _tab_schedule("No.", _EXCEPTED))
    assert list(people) == [row[0] for row in _ROWS]
    holloway, marsh, okafor = people["Maren T. Holloway"], people["Celia B. Marsh"], people["Daniel F. Okafor"]
    assert holloway["positions"] == ["Director"] and holloway["other_positions"] == ["Partner, Holloway & Reese"]
    assert holloway["address"] == "410 Quarry Lane, Dover, Delaware 19901"
    assert marsh["positions"] == ["Director", "Chief Executive Officer"] and not marsh.get("other_positions")
    assert okafor["other_positions"] == ["Chief Executive Officer, Okafor Mills"]
    assert okafor["citizenship"] == "Nigeria" and holloway["citizenship"] == "United States"


def test_guard_an_empty_caption_over_the_numbers_still_reads(tmp_path: Path) -> None:
    people = _people(tmp_path, _tab_schedule("", _EXCEPTED))
    wren = people["Tobias K. Wren"]
    assert wren["positions"] == ["Director"] and wren["other_positions"] == ["President, Wren Timber Co."]
    assert wren["address"] == "88 Harbor Road, Portland, Maine 04101"


def test_an_abbreviation_ending_the_preamble_ends_its_exceptions(tmp_path: Path) -> None:
    sentence = ("Each person listed below is a citizen of Canada, except Daniel F. Okafor, who is a citizen of "
                "Nigeria, and\nTobias K. Wren, who is a citizen of U.S.")
    people = _people(tmp_path, _tab_schedule("No.", sentence))
    assert people["Tobias K. Wren"]["citizenship"] == "U.S."
    assert people["Daniel F. Okafor"]["citizenship"] == "Nigeria"
    assert people["Maren T. Holloway"]["citizenship"] == "Canada"


def test_guard_an_initial_is_still_no_sentence_end() -> None:
    assert excepted("Each person listed below is a citizen of Canada, except John A. Smith, who is a citizen of "
                    "France.") == ("Canada", {"john a. smith": "France"})
    assert excepted("Each person listed below is a citizen of Canada, except Tobias K. Wren, who is a citizen of "
                    "U.S. and Jane Roe") is False  # (no stop at the end: not read whole, no default)
