"""Thirty-seventh round (e), issue 13: centred name blocks under a preamble of defaults (after Forstmann Little &
Co.'s Schedule I, whose names stand centred under 'The business address of each of the following persons is X and
each is a citizen of Y').

Each person a centred block - the name, '<titles> of', the organisation - and, only where something differs or is
added, an indented paragraph under the block about that person ('The present principal occupation of X is ...',
'The business address of X is ...', 'X is a citizen of ...'). Nothing was read: the centred lines (set by their
length) were taken for lines indented under the name (an own address, or an indented heading's lines); the
paragraph under a block ended the list as 'a block of another kind'; a block with such a paragraph under it was taken
for a heading of the preamble; two blocks were too few for a list. Now (kg/forms/roster_block_notes.py, used by
kg/forms/roster_nameblocks.py, roster_headed.py and roster_preamble.py) a block whose lines share one midpoint is
centred, not indented; its '<titles> of' / '<Org>' lines give titles all held in that organisation; a paragraph under
a block every sentence of which states a value of that block's person by full name gives that person those values;
and two centred blocks of one organisation are a list.

Texts of our own making. Each test marked "fails on main" failed on main 7498b25 and passes here; the guards pass on
both."""
from __future__ import annotations

import kg
from kg.errors import StructureError


def _c(line: str) -> str:
    return f"{line:^78}".rstrip()


_PREAMBLE = ["Schedule B", _c("Directors and Executive Officers"), _c("of"), _c("Northwind Holdings Corp."), "",
             "     The following are the directors and executive officers of Northwind",
             "Holdings Corp. Unless otherwise indicated below, the business address of each",
             "of the following persons is 12 Harbor Road, Portland, Maine 04101 and each of",
             "them is a citizen of the United States.", "", ""]


def _block(name: str, titles: str, note: list[str] | None = None) -> list[str]:
    return [_c(name), _c(f"{titles} of"), _c("Northwind Holdings Corp."), ""] + (note + [""] if note else [])


_OSTERMAN = ["     The present principal occupation of Paul R. Osterman is Partner, Osterman",
             "& Lyle LLP. The business address of Paul R. Osterman is Osterman & Lyle LLP,",
             "400 Main Street, Hartford, Connecticut 06103. Paul R. Osterman is a citizen",
             "of Canada."]


def _read(tmp_path, lines: list[str]):
    path = tmp_path / "schedule_b.txt"
    path.write_text("\n".join(lines) + "\n")
    try:
        return {p.name: p for p in kg.extract(path).people}
    except StructureError:  # (no roster read: no person)
        return {}


def test_centred_blocks_with_a_note_under_one(tmp_path):
    """Fails on main (no person read)."""
    people = _read(tmp_path, _PREAMBLE + _block("Helen T. Varga", "President and Chief Executive Officer")
                   + _block("Paul R. Osterman", "Director", _OSTERMAN) + _block("Dana L. Whitcomb", "Treasurer"))
    assert set(people) == {"Helen T. Varga", "Paul R. Osterman", "Dana L. Whitcomb"}
    varga, osterman = people["Helen T. Varga"], people["Paul R. Osterman"]
    assert varga.organization == "Northwind Holdings Corp."
    assert varga.address == "12 Harbor Road, Portland, Maine 04101" and varga.citizenship == "United States"
    assert osterman.positions == ["Director"] and osterman.other_positions == ["Partner, Osterman & Lyle LLP"]
    assert osterman.address == "Osterman & Lyle LLP, 400 Main Street, Hartford, Connecticut 06103"
    assert osterman.citizenship == "Canada"


def test_titles_joined_by_semicolon_all_held_in_the_organisation(tmp_path):
    """Fails on main (no person read)."""
    people = _read(tmp_path, _PREAMBLE + _block("Helen T. Varga", "Director; President")
                   + _block("Paul R. Osterman", "Director", _OSTERMAN) + _block("Dana L. Whitcomb", "Treasurer"))
    assert "Director" in people["Helen T. Varga"].positions and people["Helen T. Varga"].other_positions == []


def test_surname_first_with_suffix_named_in_the_note(tmp_path):
    """Fails on main (no person read): 'SCOTT, Walter, Jr.' is 'Walter Scott, Jr.' in the note under it."""
    note = ["     The business address of Walter Scott, Jr. is 1000 Kiewit Plaza, Omaha, NE",
            "68131."]
    people = _read(tmp_path, _PREAMBLE + _block("VARGA, Helen T.", "Director")
                   + _block("SCOTT, Walter, Jr.", "Director", note) + _block("WHITCOMB, Dana L.", "Treasurer"))
    assert people["Walter Scott, Jr."].address == "1000 Kiewit Plaza, Omaha, NE 68131"
    assert people["Helen T. Varga"].address == "12 Harbor Road, Portland, Maine 04101"


def test_two_centred_blocks_of_one_organisation_are_a_list(tmp_path):
    """Fails on main (no person read)."""
    people = _read(tmp_path, _PREAMBLE + _block("Helen T. Varga", "President") + _block("Dana L. Whitcomb",
                                                                                      "Treasurer"))
    assert {name: p.positions for name, p in people.items()} == {"Helen T. Varga": ["President"],
                                                                 "Dana L. Whitcomb": ["Treasurer"]}


def test_note_naming_another_person_gives_nobody_its_values(tmp_path):
    """Guard: a paragraph under Osterman's block about someone else is no note of his; nobody gets its address."""
    other = [line.replace("Paul R. Osterman", "Jane Q. Liddell") for line in _OSTERMAN]
    people = _read(tmp_path, _PREAMBLE + _block("Helen T. Varga", "President")
                   + _block("Paul R. Osterman", "Director", other) + _block("Dana L. Whitcomb", "Treasurer"))
    assert all("Hartford" not in (p.address or "") for p in people.values())
    assert all(p.citizenship != "Canada" for p in people.values())


def test_note_with_a_sentence_of_another_kind_is_no_note(tmp_path):
    """Guard: a paragraph with a sentence that states no value of the person is not read as a note."""
    other = _OSTERMAN[:-1] + ["of Canada. He joined the board in 1998."]
    people = _read(tmp_path, _PREAMBLE + _block("Helen T. Varga", "President")
                   + _block("Paul R. Osterman", "Director", other) + _block("Dana L. Whitcomb", "Treasurer"))
    assert all("Hartford" not in (p.address or "") for p in people.values())
