"""Round 53h (issue 13): gather110's text_runin_labelled_paragraph_default_address_citizenship_exceptions and
gather111's drafting_notes_left_in_blocks.

What was wrong: (1) one paragraph per person, the name and a full stop run into labelled sentences ('Position with X:
...', 'Principal occupation: ...', 'Business address: ...', 'Citizenship: ...'), under a preamble giving the address and
citizenship most persons share, so that most paragraphs print one label only ('Ariel Name. Position with X:
Director.'). kg/forms/roster_label_runs.py printed a paragraph again a line per field only where it held two labels
or more: the one-label paragraphs stayed run-in, and were read by no reader (no roster at all where every paragraph
has one label) or as '. Director'. (2) Micron-style labelled blocks with a law firm's bracketed drafting note left
after a value ('Director [NTD: Company to confirm.]', '... 77389 [NTD: Please confirm this is current.]'): the note
made the title refused or ran into the next field ('[NTD: ...] 10000 Energy Drive, ...' as the address).

What changed: kg/forms/roster_label_run_one.py (new): a paragraph of one label right after the name's full stop is
printed again where two paragraphs or more of the region are; kg/forms/roster_drafting_notes.py (new, with
kg/patterns/roster_drafting_notes.yml): a closed bracketed drafting note is blanked in the roster's text.

Texts of our own making. Tests marked "fails on main" fail on main 8f28a27; the guards pass on both."""
from __future__ import annotations

from pathlib import Path

import kg
from kg.forms import roster_label_runs as runs
from kg.records import to_dict

_ORG = "Halvard Instruments Corporation"
_HOME = "4410 Quarry Ridge Parkway, Boise, Idaho 83706"


def _people(tmp_path: Path, text: str) -> dict[str, dict]:
    path = tmp_path / "exhibit.txt"
    path.write_text(text, encoding="utf-8")
    return {p["name"]: p for p in to_dict(kg.extract(path)).get("people", [])}


def _runin(paragraphs: list[str]) -> str:
    lines = ["                                  SCHEDULE I", "",
             f"         Directors and Executive Officers of {_ORG}", "",
             f"Set forth below are the name, position with {_ORG}, present",
             "principal occupation, business address and citizenship of each director and",
             f"executive officer of {_ORG}. Unless otherwise indicated below, the",
             f"business address of each person is {_HOME}, and each",
             "person is a citizen of the United States.", ""]
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return "\n".join(lines) + "\n"


_ONE_LABEL = [f"Rosalind T. Ekwueme. Position with {_ORG}: Director.",
              f"Matthias L. Grunewald. Position with {_ORG}: President; Chief\n    Executive Officer.",
              f"Oksana V. Lindqvist. Position with {_ORG}: Chief Financial Officer."]


def test_one_label_paragraphs_read_with_the_preamble_defaults(tmp_path):  # fails on main (no roster found)
    people = _people(tmp_path, _runin(_ONE_LABEL))
    assert sorted(people) == ["Matthias L. Grunewald", "Oksana V. Lindqvist", "Rosalind T. Ekwueme"]
    assert people["Matthias L. Grunewald"]["positions"] == ["President", "Chief Executive Officer"]
    assert people["Rosalind T. Ekwueme"]["positions"] == ["Director"]
    assert all(p["address"] == _HOME and p["citizenship"] == "United States" for p in people.values())


def test_one_label_paragraph_among_exceptions_keeps_its_own_and_the_default(tmp_path):  # fails on main
    exception = (f"Henrik A. Solberg. Position with {_ORG}: Director. Principal occupation: Managing\n"
                 "    Partner, Fjordvik Capital AS. Business address: Fjordvik Capital AS, Bryggen 12,\n"
                 "    5003 Bergen, Norway. Citizenship: Norway.")
    people = _people(tmp_path, _runin([exception] + _ONE_LABEL[:2]))
    assert people["Henrik A. Solberg"]["citizenship"] == "Norway"
    assert people["Henrik A. Solberg"]["other_positions"] == ["Managing Partner, Fjordvik Capital AS"]
    assert "Bergen" in people["Henrik A. Solberg"]["address"]
    assert people["Rosalind T. Ekwueme"]["positions"] == ["Director"]  # ('. Director' on main)
    assert people["Rosalind T. Ekwueme"]["address"] == _HOME
    assert people["Matthias L. Grunewald"]["citizenship"] == "United States"


def test_one_label_needs_the_layout_shown():  # new module (fails on main: no such module)
    from kg.forms import roster_label_run_one as one
    text = f"Rosalind T. Ekwueme. Position with {_ORG}: Director.\n"
    parts = [(0, len(text) - 1, None)]
    assert one.one_label_parts(text, parts, runs._as_lines) == parts
    assert runs._as_lines(text[:-1], fewest=1) is not None  # (the shape reads; the region does not show it)


def test_one_label_after_titles_is_not_printed_again():  # fails on main (no `fewest`): the label after the name only
    assert runs._as_lines("Rosalind T. Ekwueme. Director. Citizenship: Norway.", fewest=1) is None
    assert runs._as_lines(f"Rosalind T. Ekwueme. Position with {_ORG}: Director.") is None  # (two labels by default)


def _blocks(people: list[tuple[str, list[str], list[str], str]], note_line: bool = True) -> str:
    lines = ["                                  SCHEDULE I", "",
             f"           DIRECTORS AND EXECUTIVE OFFICERS OF {_ORG.upper()}", ""]
    if note_line:
        lines += ["[NTD: Schedule I to be updated from the Company's most recent D&O", "questionnaires prior to filing.]", ""]
    lines += ["Set forth below are the name, position, business address and citizenship of each",
              f"director and executive officer of {_ORG}.", ""]
    for name, titles, address, citizenship in people:
        lines.append(f"{'Name:':<26}{name}")
        lines += [f"{'Position:' if i == 0 else '':<26}{t}" for i, t in enumerate(titles)]
        lines += [f"{'Business Address:' if i == 0 else '':<26}{a}" for i, a in enumerate(address)]
        lines += [f"{'Citizenship:':<26}{citizenship}", ""]
    return "\n".join(lines) + "\n"


_ADDRESS = ["4410 Quarry Ridge Parkway", "Boise, Idaho 83706"]


def test_drafting_notes_are_no_part_of_a_value(tmp_path):  # fails on main
    text = _blocks([("Rosalind T. Ekwueme", ["Director [NTD: Company to confirm.]"], _ADDRESS, "United States"),
                    ("Matthias L. Grunewald", ["President", "Chief Executive Officer [NTD: To be confirmed against",
                                               "the D&O questionnaire.]"], _ADDRESS, "United States"),
                    ("Oksana V. Lindqvist", ["Chief Financial Officer"], _ADDRESS,
                     "United States [NTD: Please confirm this is current.]"),
                    ("Henrik A. Solberg", ["Director"], ["Bryggen 12", "5003 Bergen, Norway [NTD: Confirm with client.]"],
                     "Norway")])
    people = _people(tmp_path, text)
    assert people["Rosalind T. Ekwueme"]["positions"] == ["Director"]
    assert people["Matthias L. Grunewald"]["positions"] == ["President", "Chief Executive Officer"]
    assert people["Oksana V. Lindqvist"]["citizenship"] == "United States"
    assert people["Henrik A. Solberg"]["address"] == "Bryggen 12, 5003 Bergen, Norway"
    assert not any("NTD" in str(value) for p in people.values() for value in p.values())


def test_blocks_without_notes_still_read(tmp_path):  # guard: the neighbouring layout
    people = _people(tmp_path, _blocks([("Rosalind T. Ekwueme", ["Director"], _ADDRESS, "United States"),
                                        ("Oksana V. Lindqvist", ["Chief Financial Officer"], _ADDRESS, "Canada")],
                                       note_line=False))
    assert people["Rosalind T. Ekwueme"]["positions"] == ["Director"]
    assert people["Oksana V. Lindqvist"]["citizenship"] == "Canada"


def test_only_closed_drafting_notes_are_blanked():  # new module (fails on main: no such module)
    from kg.forms.roster_drafting_notes import without_drafting_notes
    text = "Director [NTD: Company to\n  confirm.]\nTitle [Reserved]\nOfficer [NTD: never closed\n"
    blanked = without_drafting_notes(text, 0, len(text))
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert "NTD: Company" not in blanked and "confirm.]" not in blanked
    assert "[Reserved]" in blanked and "[NTD: never closed" in blanked
    assert without_drafting_notes("Director [Company to confirm.]", 0, 30).rstrip() == "Director"



def test_paragraphs_of_two_labels_still_read(tmp_path):  # guard: the neighbouring layout, as on main
    paragraphs = [f"Henrik A. Solberg. Position with {_ORG}: Director. Citizenship: Norway.",
                  f"Rosalind T. Ekwueme. Position with {_ORG}: Director. Citizenship: Canada."]
    people = _people(tmp_path, _runin(paragraphs))
    assert {name: p["citizenship"] for name, p in people.items()} == {"Henrik A. Solberg": "Norway",
                                                                       "Rosalind T. Ekwueme": "Canada"}
    assert all(p["positions"] == ["Director"] and p["address"] == _HOME for p in people.values())
